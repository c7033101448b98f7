"""Whose business English agenda items are: the meeting a sentence names, business stated apart
from the report of a call or a body's meeting, later paragraphs, a single topic (no agenda),
what a meeting reviewed, motions a council will debate, and nothing from statements, quoted
words or a meal's talk.
"""

from __future__ import annotations

import pytest

from pressgraph.extract import extract
from pressgraph.extract.agenda import find_agenda
from pressgraph.model import Span
from tests.agenda_releases import agenda, release_of


def test_a_sentence_about_all_the_meetings_of_a_paragraph() -> None:
    release = release_of(
        "Mr Ho first called on the Mayor of Xiamen, Mr Lin Bo. He then met the Governor of "
        "Fujian, Mr Zhou Yi. At these meetings, he briefed his hosts on port logistics and "
        "youth exchanges.",
        "Later, he met the press to talk about ferry fares.",
    )
    text = release.text
    first = text.index("Mr Ho first")
    first_meeting = Span(first, text.index("He then met"))
    items = [i.text for i in find_agenda(release, first_meeting)]
    assert items == ["port logistics", "youth exchanges"]
    later = Span(text.index("Later, he met"), len(text.rstrip()))
    assert [i.text for i in find_agenda(release, later)] == []


def test_a_prose_item_goes_to_the_meeting_its_sentence_names() -> None:
    release = release_of(
        "Visiting Xiamen today (March 4), the Secretary, Mr Ho, first called on the Mayor "
        "of Xiamen, Mr Lin Bo, and then co-chaired the third Plenary of the Xiamen/Hong Kong "
        "Co-operation Conference with the Governor of Fujian, Mr Zhou Yi.",
        "During the call, Mr Ho and Mr Lin exchanged views on ferry fares and pier repairs.",
        "The two sides agreed on the priorities for the coming year, as summarised below.",
        "#Port logistics",
        "Both sides will widen the port channels.",
        "#Youth exchanges",
        "Both sides will host more youth visits.",
    )
    meetings = extract(release).meetings
    by_kind = {m.kind: [(i.position, i.text) for i in m.agenda] for m in meetings}
    assert by_kind == {"courtesy call": [(1, "ferry fares"), (2, "pier repairs")],
                       "standing body meeting": [(1, "Port logistics"), (2, "Youth exchanges")]}


def test_what_a_meeting_reviewed_is_an_item_only_when_nothing_else_is() -> None:
    alone = release_of(
        "The two sides reviewed the supply of fish to Hong Kong and agreed to meet again.")
    assert agenda(alone) == ["the supply of fish to Hong Kong"]
    with_items = release_of(
        "The two sides reviewed the work of the past year. They also discussed ferry fares "
        "and pier repairs.")
    assert agenda(with_items) == ["ferry fares", "pier repairs"]


def test_statements_are_not_agendas() -> None:
    release = release_of("Mr Lee said they exchanged views on dredging and piers.")
    assert agenda(release) == []


def meeting_agendas(*parts: str) -> list[list[str]]:
    return [[i.text for i in m.agenda] for m in extract(release_of(*parts)).meetings]


def test_a_call_with_one_topic_has_no_agenda() -> None:
    assert meeting_agendas(
        "The Secretary for Transport, Mr Ho, met the Mayor of Xiamen, Mr Lin Bo, today "
        "(March 4) to discuss ferry fares.") == [[]]
    assert meeting_agendas(
        "The Secretary for Transport, Mr Ho, met the Mayor of Xiamen, Mr Lin Bo, today "
        "(March 4) to discuss ferry fares and pier repairs.") == [["ferry fares", "pier repairs"]]


def test_a_standing_body_states_its_business_separately() -> None:
    assert meeting_agendas(
        "The Harbour Board held its third meeting today (March 4). At the meeting, the "
        "Director of Marine briefed members on the dredging programme.",
        "Members also deliberated on the licensing of pleasure boats.",
    ) == [["the dredging programme", "the licensing of pleasure boats"]]
    # one topic, or topics that name nothing, are no agenda
    assert meeting_agendas(
        "The Harbour Board held its third meeting today (March 4). At the meeting, members "
        "exchanged views on further co-operation.",
        "Members also discussed matters of common concern.",
    ) == [[]]


def test_a_call_states_its_business_separately() -> None:
    assert meeting_agendas(
        "The Secretary for Transport, Mr Ho, met the Mayor of Xiamen, Mr Lin Bo, today "
        "(March 4). Both sides exchanged views on the ferry fares.",
        "They also discussed ways for the two ports to share tide data.",
    ) == [["the ferry fares", "ways for the two ports to share tide data"]]
    # a topic told in a sentence about someone else is not the call's business
    assert meeting_agendas(
        "The Secretary for Transport, Mr Ho, met the Mayor of Xiamen, Mr Lin Bo, today "
        "(March 4). Both sides exchanged views on the ferry fares.",
        "Mr Ho later discussed the pier repairs with the harbour staff.",
    ) == [[]]


def test_a_lone_topic_beside_an_enumeration_is_not_an_item() -> None:
    assert meeting_agendas(
        "The Harbour Board held its third meeting today (March 4) to discuss the future of "
        "the harbour.",
        "Members focused their discussion on the opportunities ahead, covering river "
        "safety, pier upkeep and ferry licensing.",
    ) == [["river safety", "pier upkeep", "ferry licensing"]]


def test_words_quoted_from_a_speaker_are_no_agenda() -> None:
    release = release_of('Mr Ho said, "The meeting went well. We discussed ferry fares and '
                         'pier repairs."')
    assert agenda(release) == []


def test_motions_a_council_will_debate() -> None:
    release = release_of(
        "The Legislative Council will hold a meeting this Wednesday (March 6). During the "
        "meeting, Members will debate a motion on river safety.",
        "The motion, to be moved by a Member, states: \"That this Council urges the "
        "Government to act; the measures should include:",
        "(a) more patrols;",
        "(b) more buoys.\"",
        "Members will debate another motion on the licensing of ferries.",
    )
    assert agenda(release) == ["a motion on river safety", "the licensing of ferries"]


def test_topics_of_two_cues_in_one_sentence_enumerate() -> None:
    assert meeting_agendas(
        "The Secretary for Transport, Mr Ho, met the Mayor of Xiamen, Mr Lin Bo, today "
        "(March 4) to exchange views on ferry fares and discuss the plans for a new pier.",
    ) == [["ferry fares", "the plans for a new pier"]]
    # being briefed on A beside exchanging views on B: two pieces of business (the real
    # set's settled "agendas of two verbs")
    assert meeting_agendas(
        "At his meeting with the Mayor of Xiamen, Mr Lin Bo, today (March 4), the Secretary "
        "for Transport, Mr Ho, was briefed on the ferry fleet and exchanged views with him "
        "on pier repairs.") == [["the ferry fleet", "pier repairs"]]
    # being briefed alone is no business of the call
    assert meeting_agendas(
        "At his meeting with the Mayor of Xiamen, Mr Lin Bo, today (March 4), the Secretary "
        "for Transport, Mr Ho, was briefed on the ferry fleet.") == [[]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Both sides reviewed the dredging of the fairway and discussed the plan for a new pier.",
     ["the dredging of the fairway", "the plan for a new pier"]),
    ("The two sides reviewed the licensing of pilots this year and agreed on a work plan "
     "for next year.", ["the licensing of pilots this year", "a work plan for next year"]),
    ("The Joint Group was briefed by its panels on the dredging of the fairway, and "
     "discussed the way forward.", ["the dredging of the fairway", "the way forward"]),
    # beside an enumeration, what was reviewed is background
    ("The two sides reviewed the work of the past year, and had in-depth discussion on "
     "co-operation in key areas such as dredging, pilot licensing and ferry fares.",
     ["dredging", "pilot licensing", "ferry fares"]),
    # a generic topic counts beside a named one of another verb, never beside a generic one
    ("The two sides reviewed the dredging of the fairway and had in-depth discussion on a "
     "number of key areas.", ["the dredging of the fairway", "a number of key areas"]),
    ("The two sides exchanged views on issues of mutual interest and had in-depth discussion "
     "on a number of key areas.", []),
    # a run of clauses ("reviewed A, explored B and agreed on C") is no two pieces of business
    ("The officials reviewed the progress of the port works, explored in depth the role of "
     "the two ports and agreed on the plans for the coming months.", []),
])
def test_two_verbs_of_business_are_two_items(sentence: str, expected: list[str]) -> None:
    assert meeting_agendas(
        "The Secretary for Transport, Mr Ho, and the Mayor of Xiamen, Mr Lin Bo, co-chaired "
        "the third meeting of the Hong Kong-Xiamen Port Co-operation Group today (March 4).",
        sentence) == [expected]


def test_learning_about_a_topic_beside_another_is_business() -> None:
    assert meeting_agendas(
        "The Secretary for Transport, Mr Ho, met members of the Islands District Council today "
        "(March 4) to learn about the upkeep of the piers and exchange views on ferry fares.",
    ) == [["the upkeep of the piers", "ferry fares"]]


def test_later_paragraphs_elaborate_an_enumerated_opening() -> None:
    release = release_of(
        "The Harbour Board held its third meeting today. At the meeting, the Chairman briefed "
        "members on the new ferry routes. Members also deliberated on the pier upgrade "
        "programme.",
        "Members noted the progress of the routes.",
        "At the meeting, members continued the discussion on the tender timetable of the "
        "pier upgrade programme.")
    assert agenda(release) == ["the new ferry routes", "the pier upgrade programme"]


def test_later_paragraphs_count_when_the_opening_names_one_topic() -> None:
    release = release_of(
        "The Harbour Board held its third meeting today. At the meeting, the Chairman briefed "
        "members on the new ferry routes.",
        "Members also deliberated on the pier upgrade programme.")
    assert agenda(release) == ["the new ferry routes", "the pier upgrade programme"]


@pytest.mark.parametrize(("sentences", "expected"), [
    # a meal the sentence opens with is another occasion: its topics are not the meeting's
    (["The Mayor met the Port Director today. They discussed the dredging budget.",
      "At a luncheon hosted by the Harbour Club, the Mayor discussed the ferry fares as well "
      "as the pier upkeep.",
      "They also discussed the tide tables."], ["the dredging budget", "the tide tables"]),
    # without the meal, the same enumeration is the meeting's
    (["The Mayor met the Port Director today.",
      "At the meeting, the Mayor discussed the ferry fares as well as the pier upkeep."],
     ["the ferry fares", "the pier upkeep"]),
])
def test_topics_told_at_a_meal_are_not_the_meetings(sentences: list[str],
                                                     expected: list[str]) -> None:
    release = release_of(*sentences)
    meeting = extract(release).meetings[0]
    assert [item.text for item in meeting.agenda] == expected


def test_meetings_reported_in_one_sentence_share_its_business() -> None:
    assert meeting_agendas(
        "The Secretary for Transport, Mr Ho, today (March 4) had a breakfast meeting with "
        "ferry operators and met the Chairman of the Harbour Board, Mr Lam Tai-man, to "
        "exchange views on ferry fares and pier repairs.") == [
            ["ferry fares", "pier repairs"], ["ferry fares", "pier repairs"]]
    # a meeting reported in a sentence of its own takes nothing from a later one
    assert meeting_agendas(
        "The Secretary for Transport, Mr Ho, today (March 4) met the Chairman of the Harbour "
        "Board, Mr Lam Tai-man.",
        "In the afternoon, he called on the Mayor of Xiamen, Mr Lin Bo, to discuss ferry "
        "fares and pier repairs.") == [[], ["ferry fares", "pier repairs"]]
