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


def test_the_rules_version_covers_the_parsing_rules() -> None:
    """A change to how a page is parsed (or a script recognised) must change the rules
    version, which keys the render cache and is recorded in provenance."""
    from pressgraph import pipeline

    full = pipeline.rules_version()
    assert pipeline.rules_digest(pipeline._RULE_FILES) == full
    for name in pipeline._RULE_FILES:
        fewer = tuple(n for n in pipeline._RULE_FILES if n != name)
        assert pipeline.rules_digest(fewer) != full, name
