"""The scorer: normalised matching, meeting alignment, per-field counts, targets, CLI."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pressgraph.cli import main
from pressgraph.errors import UsageError
from pressgraph.evaluate import (
    AGENDA,
    BODY,
    CHAIRS,
    DATE,
    FIELDS,
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
    Counts,
    Report,
    RunOutcome,
    SystemRelease,
    align_meetings,
    assign,
    build_system,
    check_targets,
    evaluate_corpus,
    expects_release,
    format_table,
    group_of,
    issued_parts,
    load_targets,
    normalise_name,
    score_release,
    to_json,
)
from tests.conftest import CORPUS

M1 = "https://example.org/meeting/1"
M2 = "https://example.org/meeting/2"
REL = "https://example.org/release/1"
SIDE = "https://w3id.org/pressgraph/def#side/"
RELEASED = RunOutcome("release")


# --------------------------------------------------------------------------- helpers


def gold_meeting(**overrides: Any) -> dict[str, Any]:
    meeting: dict[str, Any] = {
        "body": "Hong Kong/Guangdong Expert Group on Co-operation in Informatisation",
        "ordinal": 20, "date": "2025-10-20", "location": "Hong Kong", "mode": "in person",
        "chairs": [{"name": "Tony Wong", "honorific": "Mr",
                    "post": "Commissioner for Digital Policy", "agency": "Digital Policy Office"}],
        "participants": [{"agency": "Customs and Excise Department", "acronym": None,
                          "side": "HKSAR",
                          "mentions": ["Hong Kong Customs", "Customs and Excise Department"]}],
        "agenda_items": [{"position": 1, "text": "cross-boundary e-commerce"}],
        "outcomes": [], "visits": [{"organisation": "Hong Kong Science Park",
                                    "date": "2025-10-20"}],
    }
    meeting.update(overrides)
    return meeting


def gold_release(meetings: list[dict[str, Any]], **overrides: Any) -> dict[str, Any]:
    release: dict[str, Any] = {
        "file": "x.txt", "language": "en", "format": "text", "title": "A meeting (with photos)",
        "release_date": "2025-10-20", "issued_time": "18:05", "meetings": meetings,
    }
    release.update(overrides)
    return release


def release_rows(**overrides: str) -> list[dict[str, str]]:
    row = {"release": REL, "title": "A meeting (with photos)",
           "issued": "2025-10-20T18:05:00+08:00", "language": "en"}
    row.update(overrides)
    return [row]


def meeting_row(meeting: str = M1, **overrides: str) -> dict[str, str]:
    row = {"meeting": meeting, "bodyName": "The Hong Kong-Guangdong Expert Group on "
           "Co-operation in Informatisation", "ordinal": "20", "date": "2025-10-20",
           "locationName": "Hong Kong", "release": REL, "status": "held"}
    row.update(overrides)
    return {k: v for k, v in row.items() if v}


def perfect_rows(meeting: str = M1) -> dict[str, Any]:
    """Query rows that say exactly what :func:`gold_meeting` says."""
    return {
        "meetings": [meeting_row(meeting)],
        "people": [{"meeting": meeting, "person": "p/tony-wong", "name": "Tony Wong",
                    "post": "Commissioner for Digital Policy", "role": "chair"}],
        "participants": [{"meeting": meeting, "agency": "org/c-and-ed",
                          "agencyName": "Hong Kong Customs", "side": SIDE + "HKSAR"}],
        "agenda": [{"meeting": meeting, "position": "1", "text": "Cross-boundary e-commerce;"}],
        "visits": [{"meeting": meeting, "organisation": "org/hksp",
                    "organisationName": "Hong Kong Science Park", "date": "2025-10-20"}],
        "releases": release_rows(),
    }


def score(gold: dict[str, Any], rows: dict[str, Any] | None,
          outcome: RunOutcome = RELEASED) -> dict[str, Counts]:
    system = build_system(rows, REL) if rows is not None else None
    return score_release("x.txt", gold, outcome, system).counts


def tpfpfn(counts: Counts) -> tuple[int, int, int]:
    return counts.tp, counts.fp, counts.fn


# --------------------------------------------------------------------------- normalising


@pytest.mark.parametrize(("a", "b"), [
    ("The Hong Kong/Guangdong Co-operation Joint Conference",
     "hong kong guangdong co operation joint conference"),
    ("Innovation & Technology Commission", "Innovation and Technology Commission"),
    ("  Digital   Policy\tOffice. ", "digital policy office"),
    ("Hong Kong-Guangdong", "Hong Kong / Guangdong"),
    ("「深港」合作會議", "深港合作會議"),
    ("ＤＰＯ", "DPO"),
])
def test_names_match_after_normalising(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Szijjártó", "Szijjarto"),  # diacritics are letters, not noise
    ("Hong Kong", "Hongkong"),  # no fuzzy joining of words
    ("Theatre Board", "atre Board"),  # "the" only as a whole leading word
    ("Marine Department", "Marine Dept"),
])
def test_normalising_is_not_fuzzy(a: str, b: str) -> None:
    assert normalise_name(a) != normalise_name(b)


def test_a_leading_the_alone_is_kept() -> None:
    assert normalise_name("The") == "the"
    assert normalise_name(None) == ""


# --------------------------------------------------------------------------- counts


def test_counts_precision_recall_f1() -> None:
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 1.0  # nothing expected, nothing claimed
    assert Counts(fp=1).f1 == 0.0  # something invented where nothing was expected
    assert Counts(fn=1).f1 == 0.0


def test_assign_maximises_the_total_and_is_one_to_one() -> None:
    # Greedy would take (0, 0) = 5 and leave row 1 with nothing; the best total is 4 + 4.
    assert assign([[5, 4], [4, 0]]) == [(0, 1), (1, 0)]
    assert assign([[1, 1, 1]]) == [(0, 0)]
    assert assign([[0, 0], [0, 2]]) == [(1, 1)]  # zero-weight pairs are not pairs
    assert assign([[1], [3], [2]]) == [(1, 0)]
    assert assign([]) == []


# --------------------------------------------------------------------------- alignment


def bilateral(name: str, post: str, agency: str) -> dict[str, Any]:
    return gold_meeting(body=None, ordinal=None, date="2019-05-06", location="Beijing",
                        chairs=[{"name": name, "post": post, "agency": agency}],
                        participants=[{"agency": agency, "side": "Mainland", "acronym": None,
                                       "mentions": [agency]}],
                        agenda_items=[], visits=[])


def bilateral_rows(meeting: str, name: str, post: str,
                   agency: str) -> dict[str, list[dict[str, str]]]:
    return {
        "meetings": [{"meeting": meeting, "date": "2019-05-06", "locationName": "Beijing",
                      "status": "held"}],
        "people": [{"meeting": meeting, "person": f"p/{name}", "name": name, "post": post,
                    "role": "principal"}],
        "participants": [{"meeting": meeting, "agency": f"o/{agency}", "agencyName": agency,
                          "side": "Mainland"}],
    }


def merge(*parts: dict[str, list[dict[str, str]]]) -> dict[str, Any]:
    merged: dict[str, Any] = {"agenda": [], "visits": [], "releases": release_rows()}
    for part in parts:
        for key, rows in part.items():
            merged.setdefault(key, []).extend(rows)
    return merged


def test_alignment_pairs_same_day_meetings_by_their_chairs() -> None:
    gold = [bilateral("Wang Menghui", "Minister of Housing", "Ministry of Housing"),
            bilateral("Lu Hao", "Minister of Natural Resources", "Ministry of Natural Resources")]
    # The system lists them the other way round (IRIs sort "a" before "b").
    rows = merge(bilateral_rows("b", "Wang Menghui", "Minister of Housing", "Ministry of Housing"),
                 bilateral_rows("a", "Lu Hao", "Minister of Natural Resources",
                                "Ministry of Natural Resources"))
    system = build_system(rows, REL)
    assert [m.iri for m in system.meetings] == ["a", "b"]
    assert align_meetings(gold, system.meetings) == [(0, 1), (1, 0)]
    counts = score_release("x.txt", gold_release(gold), RELEASED, system).counts
    assert tpfpfn(counts[MEETING]) == (2, 0, 0)
    assert tpfpfn(counts[CHAIRS]) == (2, 0, 0)
    assert tpfpfn(counts[PARTICIPANTS]) == (2, 0, 0)


def test_one_gold_meeting_pairs_with_one_system_meeting_only() -> None:
    rows = perfect_rows()
    rows["meetings"].append(meeting_row(M2))  # the same meeting reported twice
    counts = score(gold_release([gold_meeting()]), rows)
    assert tpfpfn(counts[MEETING]) == (1, 1, 0)
    assert tpfpfn(counts[BODY]) == (1, 1, 0)  # the duplicate's fields are false positives
    assert tpfpfn(counts[DATE]) == (1, 1, 0)


def test_a_perfect_answer_scores_one_everywhere() -> None:
    counts = score(gold_release([gold_meeting()]), perfect_rows())
    for name in FIELDS:
        assert counts[name].fp == 0 and counts[name].fn == 0, name
    assert counts[MEETING].tp == counts[CHAIRS].tp == counts[VISITS].tp == 1
    assert counts[HANDLED].tp == 1


# --------------------------------------------------------------------------- fields


def test_wrong_single_values_are_both_a_false_positive_and_a_false_negative() -> None:
    rows = perfect_rows()
    rows["meetings"] = [meeting_row(ordinal="19", date="2025-10-19")]
    result = score_release("x.txt", gold_release([gold_meeting()]), RELEASED,
                           build_system(rows, REL))
    assert tpfpfn(result.counts[ORDINAL]) == (0, 1, 1)
    assert tpfpfn(result.counts[DATE]) == (0, 1, 1)
    assert tpfpfn(result.counts[MEETING]) == (1, 0, 0)  # still paired: body, chair, place
    misses = {(m.field, m.expected, m.got) for m in result.misses}
    assert (ORDINAL, "20", "19") in misses
    assert (DATE, "2025-10-20", "2025-10-19") in misses


def test_labels_in_several_languages_need_one_right_label() -> None:
    rows = perfect_rows()
    rows["meetings"] = [meeting_row(locationName="Hong Kong"), meeting_row(locationName="香港")]
    counts = score(gold_release([gold_meeting(location="香港")]), rows)
    assert tpfpfn(counts[PLACE]) == (1, 0, 0)
    counts = score(gold_release([gold_meeting(location="Macao")]), rows)
    assert tpfpfn(counts[PLACE]) == (0, 1, 1)


def test_a_null_gold_value_is_not_counted_unless_the_system_invents_one() -> None:
    rows = perfect_rows()
    counts = score(gold_release([gold_meeting(ordinal=None)]), rows)
    assert tpfpfn(counts[ORDINAL]) == (0, 1, 0)
    rows["meetings"] = [meeting_row(ordinal="")]
    counts = score(gold_release([gold_meeting(ordinal=None)]), rows)
    assert tpfpfn(counts[ORDINAL]) == (0, 0, 0)


def test_a_video_conference_expects_no_place() -> None:
    rows = perfect_rows()
    rows["meetings"] = [meeting_row(locationName="")]
    assert tpfpfn(score(gold_release([gold_meeting(location=None)]), rows)[PLACE]) == (1, 0, 0)
    rows["meetings"] = [meeting_row(locationName="Wuhan")]
    assert tpfpfn(score(gold_release([gold_meeting(location=None)]), rows)[PLACE]) == (0, 1, 1)


def test_status_must_say_held_and_planned_meetings_are_not_claims() -> None:
    rows = perfect_rows()
    rows["meetings"] = [meeting_row(status="")]
    # The query has a status column, but this meeting has none: a miss, not a skip.
    counts = score_release("x.txt", gold_release([gold_meeting()]), RELEASED,
                           build_system(rows, REL, columns={"meetings": ("meeting", "status")})
                           ).counts
    assert tpfpfn(counts[STATUS]) == (0, 0, 1)
    rows["meetings"] = [meeting_row(status="http://publications.europa.eu/resource/authority/"
                                           "event-status/COMPLETED")]
    assert tpfpfn(score(gold_release([gold_meeting()]), rows)[STATUS]) == (1, 0, 0)
    # A future meeting the system marks planned is not an invented held meeting.
    rows["meetings"].append(meeting_row(M2, status="planned", date="2026-01-01"))
    result = score_release("x.txt", gold_release([gold_meeting()]), RELEASED,
                           build_system(rows, REL))
    assert tpfpfn(result.counts[MEETING]) == (1, 0, 0)
    assert any("planned" in note for note in result.notes)


def test_status_is_a_miss_when_the_graph_cannot_express_it() -> None:
    rows = perfect_rows()
    rows["meetings"] = [{k: v for k, v in meeting_row().items() if k != "status"}]
    system = build_system(rows, REL, columns={"meetings": ("meeting", "bodyName")})
    assert not system.status_available
    result = score_release("x.txt", gold_release([gold_meeting()]), RELEASED, system)
    assert tpfpfn(result.counts[STATUS]) == (0, 0, 1)
    assert any(m.field == STATUS and "no status" in m.got for m in result.misses)


def test_status_can_come_from_a_status_query() -> None:
    rows = perfect_rows()
    rows["meetings"] = [{k: v for k, v in meeting_row().items() if k != "status"}]
    rows["meeting-status"] = [{"meeting": M1, "status": "held"}]
    system = build_system(rows, REL, columns={"meetings": ("meeting",)})
    assert system.status_available
    assert tpfpfn(score_release("x.txt", gold_release([gold_meeting()]), RELEASED,
                                system).counts[STATUS]) == (1, 0, 0)


def test_chairs_pair_name_and_every_post() -> None:
    second_post = "Director General of the Hong Kong and Macao Affairs Office of Guangdong Province"
    chair = {"name": "Tang Hao", "honorific": "Mr", "agency": "x",
             "post": "Deputy Secretary General of the People's Government of Guangdong Province; "
                     + second_post}
    nameless = {"name": None, "honorific": None, "agency": "y",
                "post": "Deputy Director-General of the Administration for Market Regulation"}
    gold = gold_release([gold_meeting(chairs=[chair, nameless])])
    rows = perfect_rows()
    # Two posts as two rows of one person; the nameless chair matched by its post alone.
    rows["people"] = [
        {"meeting": M1, "person": "p/tang", "name": "Tang Hao", "role": "co-chair",
         "post": "Deputy Secretary General of the People’s Government of Guangdong Province"},
        {"meeting": M1, "person": "p/tang", "name": "Tang Hao", "role": "co-chair",
         "post": second_post},
        {"meeting": M1, "person": "p/anon", "role": "Chair",
         "post": "Deputy Director-General of the Administration for Market Regulation"},
        {"meeting": M1, "person": "p/guest", "name": "A Guest", "post": "Guest",
         "role": "attendee"},
    ]
    assert tpfpfn(score(gold, rows)[CHAIRS]) == (2, 0, 0)
    rows["people"] = rows["people"][:1] + rows["people"][2:]  # one post missing
    result = score_release("x.txt", gold, RELEASED, build_system(rows, REL))
    assert tpfpfn(result.counts[CHAIRS]) == (1, 1, 1)
    assert [m.got for m in result.misses if m.field == CHAIRS] == [
        "Tang Hao, Deputy Secretary General of the People’s Government of Guangdong Province"]


def test_a_chair_matches_by_any_name_of_the_same_person_node() -> None:
    chair = {"name": "C Y Leung", "honorific": "Mr", "agency": "x", "post": "Chief Executive"}
    gold = gold_release([gold_meeting(chairs=[chair])])
    rows = perfect_rows()
    rows["people"] = [{"meeting": M1, "person": "p/leung", "name": "Leung Chun-ying",
                       "role": "chair", "post": "Chief Executive"}]
    assert tpfpfn(score(gold, rows)[CHAIRS]) == (0, 1, 1)
    # Another node's spelling does not count; the same node's alternative label does.
    rows["person-names"] = [{"person": "p/other", "name": "C Y Leung"}]
    assert tpfpfn(score(gold, rows)[CHAIRS]) == (0, 1, 1)
    rows["person-names"].append({"person": "p/leung", "name": "C. Y. Leung"})
    assert tpfpfn(score(gold, rows)[CHAIRS]) == (1, 0, 0)


def test_chairs_need_a_chairing_role() -> None:
    rows = perfect_rows()
    rows["people"][0]["role"] = "attendee"
    assert tpfpfn(score(gold_release([gold_meeting()]), rows)[CHAIRS]) == (0, 0, 1)
    del rows["people"][0]["role"]
    assert tpfpfn(score(gold_release([gold_meeting()]), rows)[CHAIRS]) == (0, 0, 1)


def test_participants_match_any_mention_and_need_the_side() -> None:
    rows = perfect_rows()
    assert tpfpfn(score(gold_release([gold_meeting()]), rows)[PARTICIPANTS]) == (1, 0, 0)
    rows["participants"][0]["side"] = SIDE + "Mainland"
    result = score_release("x.txt", gold_release([gold_meeting()]), RELEASED,
                           build_system(rows, REL))
    assert tpfpfn(result.counts[PARTICIPANTS]) == (0, 1, 1)
    [miss] = [m for m in result.misses if m.field == PARTICIPANTS]
    assert miss.expected == "Customs and Excise Department [HKSAR]"
    assert miss.got == "Hong Kong Customs [Mainland]"
    rows["participants"][0]["side"] = SIDE + "HongKong"  # another spelling of the side
    assert tpfpfn(score(gold_release([gold_meeting()]), rows)[PARTICIPANTS]) == (1, 0, 0)
    del rows["participants"][0]["side"]  # a graph that cannot say the side
    assert tpfpfn(score(gold_release([gold_meeting()]), rows)[PARTICIPANTS]) == (0, 1, 1)
    rows["participants"] = [{"meeting": M1, "agency": "o/x", "agencyName": "Customs",
                             "side": "HKSAR"}]  # not a form the text uses
    assert tpfpfn(score(gold_release([gold_meeting()]), rows)[PARTICIPANTS]) == (0, 1, 1)
    rows["participants"][0]["mention"] = "Hong Kong Customs"  # ... but the release's wording is
    assert tpfpfn(score(gold_release([gold_meeting()]), rows)[PARTICIPANTS]) == (1, 0, 0)


def test_agenda_items_need_position_and_text() -> None:
    rows = perfect_rows()
    rows["agenda"] = [{"meeting": M1, "position": "2", "text": "cross-boundary e-commerce"},
                      {"meeting": M1, "position": "1", "text": "cross-boundary e-commerce"},
                      {"meeting": M1, "position": "1", "text": "cross-boundary e-commerce"}]
    assert tpfpfn(score(gold_release([gold_meeting()]), rows)[AGENDA]) == (1, 1, 0)


def test_visits_need_the_organisation_and_the_date() -> None:
    rows = perfect_rows()
    rows["visits"][0]["date"] = "2025-10-21"
    assert tpfpfn(score(gold_release([gold_meeting()]), rows)[VISITS]) == (0, 1, 1)
    gold = gold_release([gold_meeting(visits=[{"organisation": "Hong Kong Science Park",
                                               "date": None}])])
    del rows["visits"][0]["date"]
    assert tpfpfn(score(gold, rows)[VISITS]) == (1, 0, 0)


def test_a_missing_query_scores_its_fields_as_misses() -> None:
    rows = perfect_rows()
    rows["agenda"] = None
    system = build_system(rows, REL)
    assert system.unavailable == {"agenda"}
    assert tpfpfn(score(gold_release([gold_meeting()]), rows)[AGENDA]) == (0, 0, 1)
    counts = score(gold_release([gold_meeting()]), {"meetings": None, "releases": None})
    assert tpfpfn(counts[MEETING]) == (0, 0, 1)
    assert tpfpfn(counts[TITLE]) == (0, 0, 1)


def test_meetings_of_other_releases_are_left_out() -> None:
    rows = perfect_rows()
    rows["meetings"].append(meeting_row(M2, release="https://example.org/release/other"))
    assert tpfpfn(score(gold_release([gold_meeting()]), rows)[MEETING]) == (1, 0, 0)


# --------------------------------------------------------------------------- releases


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


# --------------------------------------------------------------------------- targets, output


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


# --------------------------------------------------------------------------- corpus and CLI


def small_corpus(tmp_path: Path, names: list[str]) -> tuple[Path, Path]:
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    for name in names:
        for source, target in ((CORPUS / name, corpus / name),
                               (CORPUS / "gold" / Path(name).with_suffix(".json"),
                                gold / Path(name).with_suffix(".json"))):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return corpus, gold


def test_the_scorer_runs_the_pipeline_and_reads_the_graph_back(tmp_path: Path) -> None:
    corpus, gold = small_corpus(tmp_path, ["non-meeting-2024-05-tender-notice.txt",
                                           "awkward/awkward-empty.txt"])
    report = evaluate_corpus(corpus, gold)
    by_file = {f.file: f for f in report.files}
    assert by_file["awkward/awkward-empty.txt"].outcome == "error"
    assert tpfpfn(by_file["awkward/awkward-empty.txt"].counts[HANDLED]) == (1, 0, 0)
    tender = by_file["non-meeting-2024-05-tender-notice.txt"]
    assert tender.outcome == "release"
    # The release title comes back through releases.rq from the exported graph.
    assert tpfpfn(tender.counts[TITLE]) == (1, 0, 0)
    assert tpfpfn(tender.counts[RELEASE_DATE]) == (1, 0, 0)


def test_cli_prints_a_table_and_check_fails_below_target(tmp_path: Path) -> None:
    corpus, gold = small_corpus(tmp_path, ["en-2023-03-meeting-commission-on-poverty.txt"])
    runner = CliRunner()
    result = runner.invoke(main, ["evaluate", str(corpus), "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert "participants with side" in result.output and "Misses" in result.output
    # The fixture has meetings; unless every field is perfect, --check must fail.
    checked = runner.invoke(main, ["evaluate", str(corpus), "--gold", str(gold), "--check",
                                   "--format", "json"])
    document = json.loads(checked.stdout)
    expected = 0 if all(t["met"] for t in document["targets"]) else 1
    assert checked.exit_code == expected
    assert document["inputs"] == 1


def test_cli_refuses_a_missing_gold_directory(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(CORPUS), "--gold", str(tmp_path / "no")])
    assert result.exit_code == 2
    assert "gold" in result.output


# Targets the development corpus does not reach yet, with the F1 it must not fall below.
# Each is explained in docs/evaluation.md; when one is reached, remove it here (the test
# fails on a listed target that is met, so this list cannot go stale).
KNOWN_SHORTFALLS: dict[tuple[str, str], float] = {}


@pytest.fixture(scope="module")
def corpus_results():
    report = evaluate_corpus(CORPUS, CORPUS / "gold")
    return check_targets(report, load_targets())


def test_corpus_meets_targets(corpus_results) -> None:
    below = [f"{r.target.group} / {r.target.field}: {r.f1:.3f} < {r.target.min_f1}"
             for r in corpus_results
             if not r.met and (r.target.group, r.target.field) not in KNOWN_SHORTFALLS]
    assert not below, "\n".join(below)


def test_known_shortfalls_hold_their_floor_and_are_still_short(corpus_results) -> None:
    by_key = {(r.target.group, r.target.field): r for r in corpus_results}
    for key, floor in KNOWN_SHORTFALLS.items():
        result = by_key[key]
        assert result.f1 >= floor, f"{key}: F1 {result.f1:.3f} fell below {floor}"
        assert not result.met, f"{key} now meets its target: remove it from KNOWN_SHORTFALLS"


def test_an_unfilled_system_answer_is_not_scored_as_perfect() -> None:
    """Guard against a scorer that passes everything: an empty answer fails every target."""
    result = score_release("x.txt", gold_release([gold_meeting()]), RELEASED,
                           SystemRelease(meetings=[], releases=[]))
    report = Report(files=[result])
    results = check_targets(report, load_targets())
    assert results and not any(r.met for r in results if r.target.field in (MEETING, BODY))


def test_graph_rows_asks_the_queries_of_an_in_memory_store() -> None:
    from rdflib import Graph, Literal, URIRef

    from pressgraph.evaluate import QuerySet, graph_rows

    ex = "https://example.org/"
    graph = Graph()
    graph.add((URIRef(ex + "m1"), URIRef(ex + "date"), Literal("2025-10-20")))
    graph.add((URIRef(ex + "m1"), URIRef(ex + "place"), Literal("Hong Kong", lang="en")))
    meetings = (f"SELECT ?meeting ?date ?locationName WHERE {{ ?meeting <{ex}date> ?date ; "
                f"<{ex}place> ?locationName }}")
    queries = QuerySet({"meetings": meetings, "agenda": "SELECT nonsense", "visits": None})
    rows, columns = graph_rows(graph, ex + "graph", queries)
    assert rows["meetings"] == [{"meeting": ex + "m1", "date": "2025-10-20",
                                 "locationName": "Hong Kong"}]
    assert rows["agenda"] is None and rows["visits"] is None
    assert columns["meetings"] == ("meeting", "date", "locationName")
    assert any("agenda.rq cannot be answered" in n for n in queries.notes)
    assert any("meetings.rq has no column ?body, ?bodyName" in n for n in queries.notes)
    system = build_system(rows, None, columns=columns)
    assert [sorted(m.places) for m in system.meetings] == [["Hong Kong"]]
    assert not system.status_available


# --------------------------------------------------------------------------- oracle on the corpus


def oracle_rows(gold: dict[str, Any]) -> dict[str, Any]:
    """Query rows a perfect system would return for a gold file, meetings in reverse order
    and under IRIs that sort differently from the gold order."""
    rows: dict[str, Any] = {"meetings": [], "people": [], "participants": [], "agenda": [],
                            "visits": []}
    for index, meeting in reversed(list(enumerate(gold["meetings"]))):
        iri = f"{REL}/meeting/{len(gold['meetings']) - index:02d}"
        rows["meetings"].append({k: v for k, v in {
            "meeting": iri, "bodyName": meeting["body"], "date": meeting["date"],
            "ordinal": None if meeting["ordinal"] is None else str(meeting["ordinal"]),
            "locationName": meeting["location"], "status": "held", "release": REL}.items() if v})
        for n, chair in enumerate(meeting["chairs"]):
            for post in re.split(r"[;；]", chair["post"]):
                rows["people"].append({k: v for k, v in {
                    "meeting": iri, "person": f"{iri}/chair/{n}", "name": chair["name"],
                    "post": post.strip(), "role": "chair"}.items() if v})
        for n, participant in enumerate(meeting["participants"]):
            for mention in participant["mentions"]:
                rows["participants"].append({"meeting": iri, "agency": f"{iri}/org/{n}",
                                             "agencyName": mention, "side": participant["side"]})
        for item in meeting["agenda_items"]:
            rows["agenda"].append({"meeting": iri, "position": str(item["position"]),
                                   "text": item["text"]})
        for n, visit in enumerate(meeting["visits"]):
            rows["visits"].append({k: v for k, v in {
                "meeting": iri, "organisation": f"{iri}/visit/{n}",
                "organisationName": visit["organisation"], "date": visit["date"]}.items() if v})
    issued = None
    if gold["release_date"] and gold["issued_time"]:
        issued = f"{gold['release_date']}T{gold['issued_time']}:00+08:00"
    else:
        issued = gold["release_date"] or (f"{gold['issued_time']}:00+08:00"
                                          if gold["issued_time"] else None)
    rows["releases"] = [{k: v for k, v in {"release": REL, "title": gold["title"],
                                           "issued": issued, "language": gold["language"]
                                           }.items() if v}]
    return rows


def corpus_gold() -> list[tuple[str, dict[str, Any]]]:
    gold_dir = CORPUS / "gold"
    return [(p.relative_to(gold_dir).as_posix(), json.loads(p.read_text(encoding="utf-8")))
            for p in sorted(gold_dir.rglob("*.json"))]


def test_a_perfect_system_meets_every_target_on_the_corpus_gold() -> None:
    report = Report()
    for name, gold in corpus_gold():
        if expects_release(gold):
            result = score_release(name, gold, RELEASED, build_system(oracle_rows(gold), REL))
        else:
            result = score_release(name, gold, RunOutcome("error", "InputError: empty"), None)
        report.files.append(result)
    assert len(report.files) == 44
    assert report.totals()[MEETING].tp == 63
    assert report.misses == []
    assert all(r.met for r in check_targets(report, load_targets()))


def test_the_oracle_loses_exactly_what_is_taken_away() -> None:
    gold = dict(corpus_gold())["en-2019-05-meeting-sdev-beijing-visit.json"]
    assert len(gold["meetings"]) == 6  # six bilateral meetings on two days, one city
    full = score_release("x.txt", gold, RELEASED, build_system(oracle_rows(gold), REL)).counts
    rows = oracle_rows(gold)
    gone = rows["participants"][0]["agency"]
    rows["participants"] = [r for r in rows["participants"] if r["agency"] != gone]
    renamed = rows["people"][0]["person"]
    for row in rows["people"]:
        if row["person"] == renamed:
            row["name"] = "Somebody Else"
    result = score_release("x.txt", gold, RELEASED, build_system(rows, REL))
    counts = result.counts
    assert tpfpfn(counts[MEETING]) == (6, 0, 0)
    assert tpfpfn(counts[PARTICIPANTS]) == (full[PARTICIPANTS].tp - 1, 0, 1)
    assert tpfpfn(counts[CHAIRS]) == (full[CHAIRS].tp - 1, 1, 1)
    assert {m.field for m in result.misses} == {PARTICIPANTS, CHAIRS}
