"""Checks on the project's own configuration, so that it cannot silently rot."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT


def test_pyproject_has_only_known_top_level_tables() -> None:
    # Tools ignore tables outside [tool.*] without a word (e.g. a stray [lint]).
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert set(config) <= {"build-system", "project", "dependency-groups", "tool"}


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test" in readme
    assert "scripts/test" in ci


def test_version_is_defined_once() -> None:
    from pressgraph import __version__

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in config["project"]["dynamic"]
    assert __version__.count(".") == 2
