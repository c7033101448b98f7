"""The scorer on whole releases: the release's own fields, meetings invented in a release with
none, inputs expected to fail and releases that failed, and the group each gold file is in.
"""

from __future__ import annotations

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
    TITLE,
    VISITS,
    RunOutcome,
    build_system,
    group_of,
    issued_parts,
    score_release,
)
from tests.scorer_rows import (
    REL,
    RELEASED,
    gold_meeting,
    gold_release,
    perfect_rows,
    release_rows,
    score,
    tpfpfn,
)


def test_release_fields_from_the_issued_date_time() -> None:
    assert issued_parts("2023-02-23T00:45:00+08:00") == ("2023-02-23", "00:45")
    assert issued_parts("2023-02-22T16:45:00Z") == ("2023-02-23", "00:45")  # in HKT
    assert issued_parts("2024-02-29") == ("2024-02-29", None)
    assert issued_parts("17:10:00+08:00") == (None, "17:10")  # a dateline with an invalid date
    assert issued_parts("not a date") == (None, None)
    rows = perfect_rows()
    rows["releases"] = release_rows(issued="2025-10-20", language="EN",
                                    title="\ufeffA meeting (with photos)")
    counts = score(gold_release([gold_meeting()]), rows)
    assert tpfpfn(counts[RELEASE_DATE]) == (1, 0, 0)
    assert tpfpfn(counts[RELEASE_TIME]) == (0, 0, 1)
    assert tpfpfn(counts[LANGUAGE]) == (1, 0, 0)
    assert tpfpfn(counts[TITLE]) == (0, 1, 1)  # a byte-order mark left in the title


def test_a_non_meeting_release_with_an_invented_meeting_fails_detection() -> None:
    gold = gold_release([], release_kind="tender notice")
    assert group_of(gold) == "non-meeting"
    clean = perfect_rows()
    for key in ("meetings", "people", "participants", "agenda", "visits"):
        clean[key] = []
    assert score(gold, clean)[MEETING].f1 == 1.0
    counts = score(gold, perfect_rows())
    assert tpfpfn(counts[MEETING]) == (0, 1, 0)
    assert counts[MEETING].f1 == 0.0


def test_an_empty_input_expects_a_clear_error() -> None:
    gold = {"file": "awkward/awkward-empty.txt", "language": None, "format": "text",
            "title": None, "release_date": None, "issued_time": None, "meetings": [],
            "expected_behaviour": "zero-byte file: skip it"}
    result = score_release("e.txt", gold, RunOutcome("error", "InputError: empty"), None)
    assert result.group == "awkward"
    assert tpfpfn(result.counts[HANDLED]) == (1, 0, 0)
    assert result.misses == []
    result = score_release("e.txt", gold, RELEASED, build_system(perfect_rows(), REL))
    assert result.counts[HANDLED].fp == 1
    crashed = score_release("e.txt", gold, RunOutcome("crash", "KeyError: 'x'"), None)
    assert tpfpfn(crashed.counts[HANDLED]) == (0, 0, 1)


def test_a_failed_release_misses_every_gold_fact() -> None:
    gold = gold_release([gold_meeting()], format="html")
    result = score_release("x.html", gold, RunOutcome("error", "ParseError: no title"), None)
    assert result.group == "html"
    for name in (MEETING, BODY, ORDINAL, DATE, PLACE, STATUS, CHAIRS, PARTICIPANTS, AGENDA,
                 VISITS, TITLE, RELEASE_DATE, RELEASE_TIME, LANGUAGE, HANDLED):
        assert tpfpfn(result.counts[name]) == (0, 0, 1), name


def test_groups_come_from_the_gold() -> None:
    assert group_of(gold_release([gold_meeting()])) == "en"
    assert group_of(gold_release([gold_meeting()], language="zh-Hant")) == "zh"
    assert group_of(gold_release([gold_meeting()], format="html")) == "html"
    assert group_of(gold_release([gold_meeting()], expected_behaviour="BOM")) == "awkward"
