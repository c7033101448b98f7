"""The scorer's per-field counts for a meeting: single values, labels in several languages, null
gold values, places, status, chairs, participants, agenda items and visits, and missing queries.
"""

from __future__ import annotations

from pressgraph.evaluate import (
    AGENDA,
    CHAIRS,
    DATE,
    MEETING,
    ORDINAL,
    PARTICIPANTS,
    PLACE,
    STATUS,
    TITLE,
    VISITS,
    build_system,
    score_release,
)
from tests.scorer_rows import (
    M1,
    M2,
    REL,
    RELEASED,
    SIDE,
    gold_meeting,
    gold_release,
    meeting_row,
    perfect_rows,
    score,
    tpfpfn,
)


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


def test_agenda_items_are_counted_by_text_in_order() -> None:
    rows = perfect_rows()
    rows["agenda"] = [{"meeting": M1, "position": "2", "text": "cross-boundary e-commerce"},
                      {"meeting": M1, "position": "1", "text": "cross-boundary e-commerce"},
                      {"meeting": M1, "position": "1", "text": "cross-boundary e-commerce"}]
    assert tpfpfn(score(gold_release([gold_meeting()]), rows)[AGENDA]) == (1, 1, 0)


def three_topics() -> dict[str, object]:
    return gold_meeting(agenda_items=[{"position": 1, "text": "smart city"},
                                      {"position": 2, "text": "open data"},
                                      {"position": 3, "text": "cyber security"}])


def test_an_agenda_item_missed_early_does_not_shift_the_later_ones() -> None:
    rows = perfect_rows()
    rows["agenda"] = [{"meeting": M1, "position": "1", "text": "open data"},
                      {"meeting": M1, "position": "2", "text": "cyber security"}]
    assert tpfpfn(score(gold_release([three_topics()]), rows)[AGENDA]) == (2, 0, 1)


def test_agenda_items_out_of_order_count_only_once_in_order() -> None:
    rows = perfect_rows()
    rows["agenda"] = [{"meeting": M1, "position": "1", "text": "cyber security"},
                      {"meeting": M1, "position": "2", "text": "smart city"}]
    result = score_release("x.txt", gold_release([three_topics()]), RELEASED,
                           build_system(rows, REL))
    assert tpfpfn(result.counts[AGENDA]) == (1, 1, 2)
    misses = {(m.expected, m.got) for m in result.misses if m.field == AGENDA}
    assert ("1. smart city", "2. smart city") in misses  # the item out of order, shown as near


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
