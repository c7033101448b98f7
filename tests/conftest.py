"""Shared fixtures. Tests never read ../shared: the corpus is copied under fixtures/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis profiles: "ci" (the default: a few hundred examples across the property
# tests, derandomised so a CI run is reproducible) and "long" for a nightly job:
#   HYPOTHESIS_PROFILE=long bash scripts/test -k properties
settings.register_profile(
    "ci", max_examples=150, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long", max_examples=2000, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = FIXTURES / "corpus"
SEEDS = ROOT / "seeds"
SAMPLE = SEEDS / "000_edf9ecb9d87a9a32.txt"

# The mapper's tests share the mapped sample: the ``mapped`` and ``graph`` fixtures.
pytest_plugins = ["tests.mapped_sample"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite golden files from the current output instead of comparing.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE
