"""The scorer's targets and report: the shipped targets, a targets file refused, the fields below
target in the table and the JSON, meetings found per input, and an empty answer failing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressgraph.errors import UsageError
from pressgraph.evaluate import (
    AGENDA,
    BODY,
    CHAIRS,
    DATE,
    HANDLED,
    LANGUAGE,
    MEETING,
    ORDINAL,
    PARTICIPANTS,
    PLACE,
    RELEASE_DATE,
    RELEASE_TIME,
    STATUS,
    VISITS,
    Report,
    SystemRelease,
    build_system,
    check_targets,
    format_table,
    load_targets,
    score_release,
    to_json,
)
from tests.scorer_rows import (
    REL,
    RELEASED,
    gold_meeting,
    gold_release,
    perfect_rows,
)


def test_shipped_targets_cover_the_issue() -> None:
    targets = {(t.group, t.field): t.min_f1 for t in load_targets()}
    for group in ("all", "en", "zh", "html"):
        assert targets[(group, MEETING)] == 1.0
        for name in (BODY, ORDINAL, DATE, PLACE, STATUS, RELEASE_DATE, RELEASE_TIME, LANGUAGE):
            assert targets[(group, name)] >= 0.98
        for name in (CHAIRS, PARTICIPANTS, AGENDA, VISITS):
            assert targets[(group, name)] >= 0.95
    assert targets[("non-meeting", MEETING)] == 1.0
    assert targets[("awkward", HANDLED)] == 1.0


def test_a_targets_file_with_an_unknown_field_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "targets.json"
    path.write_text(json.dumps({"targets": [{"groups": ["all"], "min_f1": {"bodies": 0.9}}]}))
    with pytest.raises(UsageError, match="unknown field"):
        load_targets(path)


def test_check_reports_the_fields_below_target(tmp_path: Path) -> None:
    good = score_release("a.txt", gold_release([gold_meeting()]), RELEASED,
                         build_system(perfect_rows(), REL))
    rows = perfect_rows()
    rows["agenda"] = []
    bad = score_release("b.txt", gold_release([gold_meeting()], language="zh-Hant"), RELEASED,
                        build_system(rows, REL))
    report = Report(files=[good, bad])
    path = tmp_path / "targets.json"
    path.write_text(json.dumps({"targets": [
        {"groups": ["all", "en", "zh", "awkward"], "min_f1": {AGENDA: 0.95, BODY: 0.98}}]}))
    results = check_targets(report, load_targets(path))
    below = sorted((r.target.group, r.target.field) for r in results if not r.met)
    assert below == [("all", AGENDA), ("zh", AGENDA)]  # awkward is absent: not checked
    table = format_table(report, results)
    assert "BELOW" in table and "expected: 1. cross-boundary e-commerce" in table
    document = json.loads(to_json(report, results))
    assert document["groups"]["zh"][AGENDA]["f1"] == 0.0
    assert document["fields"][AGENDA]["tp"] == 1
    # b.txt's release rows also say "en" where the gold says zh-Hant.
    assert sorted((m["file"], m["field"]) for m in document["misses"]) == [
        ("b.txt", AGENDA), ("b.txt", LANGUAGE)]


def test_the_report_says_how_many_inputs_had_every_meeting_found_and_how_many_none() -> None:
    found = score_release("a.txt", gold_release([gold_meeting()]), RELEASED,
                          build_system(perfect_rows(), REL))
    rows = perfect_rows()
    for key in ("meetings", "people", "participants", "agenda", "visits"):
        rows[key] = []
    lost = score_release("b.txt", gold_release([gold_meeting()]), RELEASED,
                         build_system(rows, REL))
    tender = score_release("c.txt", gold_release([], release_kind="tender notice"), RELEASED,
                           build_system(rows, REL))
    report = Report(files=[found, lost, tender])
    assert report.meetings_found_per_input() == (1, 1, 2)  # the tender has no gold meeting
    assert "every meeting found in 1 of 2 (50.0 %), none found in 1 (50.0 %)" in \
        format_table(report, [])
    assert json.loads(to_json(report, []))["meetings_found_per_input"] == {
        "every_meeting_found": 1, "no_meeting_found": 1, "inputs_with_gold_meetings": 2}


def test_an_unfilled_system_answer_is_not_scored_as_perfect() -> None:
    """Guard against a scorer that passes everything: an empty answer fails every target."""
    result = score_release("x.txt", gold_release([gold_meeting()]), RELEASED,
                           SystemRelease(meetings=[], releases=[]))
    report = Report(files=[result])
    results = check_targets(report, load_targets())
    assert results and not any(r.met for r in results if r.target.field in (MEETING, BODY))
