from __future__ import annotations

import json

import pytest

from pressgraph.extract import extract
from pressgraph.extract.agenda import find_agenda
from pressgraph.extract.nametokens import body_region, normalise
from pressgraph.model import ParsedRelease, Span
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.conftest import CORPUS, SAMPLE


def release_of(*parts: str) -> ParsedRelease:
    """Paragraphs are indented; list items and sub-headings (prefixed "#") are not."""
    lines = []
    for part in parts:
        if part.startswith("#"):
            lines.append(part[1:])
        elif part[:1] in "*-(" or part[:2].rstrip(".").isdigit():
            lines.append(part)
        else:
            lines.append("     " + part)
    text = ("A test release\n\n" + "\n\n".join(lines)
            + "\n\nEnds/Monday, March 4, 2024\nIssued at HKT 10:00\n")
    return parse(decode(text.encode("utf-8"), "t.txt"))


def agenda(release: ParsedRelease) -> list[str]:
    items = find_agenda(release, body_region(release))
    assert [i.position for i in items] == list(range(1, len(items) + 1))
    for item in items:
        assert release.quote(item.span) == item.text
    return [i.text for i in items]


@pytest.mark.parametrize("markers", [("1.", "2.", "3."), ("(a)", "(b)", "(c)"),
                                     ("(i)", "(ii)", "(iii)"), ("*", "*", "*"),
                                     ("-", "-", "-"), ("(1)", "(2)", "(3)")])
def test_lists_introduced_as_the_meeting_agenda(markers: tuple[str, str, str]) -> None:
    release = release_of(
        "The panel met today and discussed the following matters:",
        f"{markers[0]} water quality in the river basin;",
        f"{markers[1]} joint patrols on the boundary waters; and",
        f"{markers[2]} training of rescue crews.",
    )
    assert agenda(release) == ["water quality in the river basin",
                               "joint patrols on the boundary waters",
                               "training of rescue crews"]


def test_lists_that_are_not_agendas() -> None:
    release = release_of(
        "The panel met today. Members of the public should take these precautions:",
        "1. stay away from the shore;",
        "2. keep children indoors.",
    )
    assert agenda(release) == []


def test_a_meeting_endorsing_proposals_is_an_agenda() -> None:
    release = release_of(
        "The Council met today. Members endorsed the following proposals:",
        "(a) a levy on plastic cups;",
        "(b) more recycling stations.",
    )
    assert agenda(release) == ["a levy on plastic cups", "more recycling stations"]


def test_sub_headings_as_agenda() -> None:
    release = release_of(
        "The two sides agreed on the priorities for next year, set out below.",
        "#River management",
        "Both sides will share flood data.",
        "#Ferry services",
        "More sailings will be added.",
    )
    assert agenda(release) == ["River management", "Ferry services"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("They exchanged views on river safety, the upkeep of piers and the licensing of "
     "ferries.", ["river safety", "the upkeep of piers", "the licensing of ferries"]),
    ("She briefed them on the state of the harbour, and on plans for a new pier.",
     ["the state of the harbour", "plans for a new pier"]),
    ("They talked about how the two ports could share berths.",
     ["how the two ports could share berths"]),
    ("The two sides agreed to deepen ties in three areas: first, flood control; second, "
     "ferry safety; and third, pier design.", ["flood control", "ferry safety", "pier design"]),
    ("They discussed closer links between the fleets of the two ports, especially tugs, "
     "shared berths, and the upkeep of Tsing Yi and the Kwai Chung terminals.",
     ["closer links between the fleets of the two ports, especially tugs", "shared berths",
      "the upkeep of Tsing Yi and the Kwai Chung terminals"]),
    ("Members agreed that the Lands Department would clear the slopes, and that the "
     "Water Supplies Department would check the mains.",
     ["clear the slopes", "check the mains"]),
    ("They also discussed dredging and piers.", ["dredging", "piers"]),
    ("Ministers welcomed the conclusion of talks on the Hong Kong, China Port Accord and the "
     "related Ferry Protocol, and agreed to sign both later this year.",
     ["the conclusion of talks on the Hong Kong, China Port Accord and the related Ferry "
      "Protocol"]),
    ("They discussed ferry fares and the related subsidies.",
     ["ferry fares and the related subsidies"]),
])
def test_enumerations_in_prose(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


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


def test_prose_in_the_paragraph_introducing_a_list_is_not_an_item() -> None:
    release = release_of(
        "The Director of Marine and the Mayor of Xiamen met today (March 4). The two sides "
        "exchanged views on ferry fares and on pier repairs. They agreed to:",
        "1. share port statistics;",
        "2. hold a joint drill.",
    )
    assert agenda(release) == ["share port statistics", "hold a joint drill"]
    prose_only = release_of(
        "The Director of Marine and the Mayor of Xiamen met today (March 4). The two sides "
        "exchanged views on ferry fares and on pier repairs.",
    )
    assert agenda(prose_only) == ["ferry fares", "pier repairs"]


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


# --------------------------------------------------------------------------- corpus


def _release(path) -> ParsedRelease:  # type: ignore[no-untyped-def]
    return parse(decode(path.read_bytes(), path.name))


def test_sample_agenda() -> None:
    items = agenda(_release(SAMPLE))
    assert len(items) == 5
    assert items[0] == "accelerating development of a Guangdong-Hong Kong smart city cluster"
    assert items[3] == "continuing to deepen the innovation and technology (I&T) co-operation"


@pytest.mark.parametrize("name", [
    "en-2010-06-meeting-strategic-development-research-group",
    "en-2015-12-meeting-hk-guangzhou-working-group",
    "en-2019-05-meeting-sdev-beijing-visit",
    "en-2023-02-meeting-hk-shenzhen-cooperation",
    "en-2024-07-meeting-joint-conference-plenary",
    "en-2025-07-meeting-steering-committee-typhoon",
    "en-2025-12-meeting-qianhai-task-force-shenzhen",
])
def test_corpus_agenda_matches_gold(name: str) -> None:
    release = _release(CORPUS / f"{name}.txt")
    gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    expected = [normalise(a["text"]) for m in gold["meetings"] for a in m["agenda_items"]]
    assert [normalise(t) for t in agenda(release)] == list(dict.fromkeys(expected))


# --------------------------------------------------------------------------- real-page classes


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


@pytest.mark.parametrize(("sentence", "expected"), [
    ("They discussed various issues including river safety, pier upkeep, and ferry "
     "licensing.", ["river safety", "pier upkeep", "ferry licensing"]),
    ("The meeting discussed at length three items, namely river safety, pier upkeep and "
     "ferry licensing.", ["river safety", "pier upkeep", "ferry licensing"]),
    ("They met to discuss port matters in the coming months, including berth allocation, "
     "tug services, as well as pilotage fees.",
     ["berth allocation", "tug services", "pilotage fees"]),
    ("The two sides had in-depth discussion on co-operation in key areas, such as "
     "port logistics, tourism promotion and youth exchanges, etc.",
     ["port logistics", "tourism promotion", "youth exchanges"]),
    # "including" with one item after it stays with its item
    ("They discussed port issues, including fees for small and medium-sized vessels.",
     ["port issues, including fees for small and medium-sized vessels"]),
])
def test_umbrella_words_introduce_the_items(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("They exchanged views on the port budget as well as fishing and marine conservation.",
     ["the port budget", "fishing and marine conservation"]),
    ("They also discussed trade and maritime relations.", ["trade and maritime relations"]),
    ("The two sides exchanged views on river safety, pilotage and the upkeep of the piers at "
     "Tai O and Mui Wo.",
     ["river safety", "pilotage", "the upkeep of the piers at Tai O and Mui Wo"]),
    ("They exchanged views on river safety, pier upkeep, energy and clean shipping.",
     ["river safety", "pier upkeep", "energy and clean shipping"]),
])
def test_how_an_enumeration_is_cut(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("She briefed the Mayor and his deputies on the ferry timetable, and the new pier.",
     ["the ferry timetable", "the new pier"]),
    ("They will discuss the ferry timetable and the pier plans.",
     ["the ferry timetable", "the pier plans"]),
    ("Discussion on pier repairs was also on the agenda.", ["pier repairs"]),
    ("To exchange views on ferry fares and pier repairs, he also met the harbour masters.",
     ["ferry fares", "pier repairs"]),
    ("They exchanged views on dredging and provided him with an update on the ferry fleet.",
     ["dredging"]),
    ("Today's meeting involved a discussion on dredging the channel in accordance with the "
     "plan.", ["dredging the channel"]),
    ("The Minister discussed with the visitors how the ports could share berths.",
     ["how the ports could share berths"]),
    ("He went on to report on the ferry timetable and the new pier.",
     ["the ferry timetable", "the new pier"]),
    ("They will discuss port fees, and Mr Ho will brief the media afterwards.", ["port fees"]),
    ("They will discuss co-operation items and matters.", ["co-operation items"]),
    ("Topics discussed: river safety, pier upkeep and ferry licensing.",
     ["river safety", "pier upkeep", "ferry licensing"]),
    ("They discussed the outbreak that struck Hong Kong and nearby towns.",
     ["the outbreak that struck Hong Kong and nearby towns"]),
    ("They will have a meeting with officials of the Port Authority on Monday (March 4).", []),
    ("Ahead of the talks, he said, the ministers would focus on three areas: river safety, "
     "pier upkeep and ferry licensing.", ["river safety", "pier upkeep", "ferry licensing"]),
])
def test_cues_and_ends_of_prose_enumerations(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


def test_words_quoted_from_a_speaker_are_no_agenda() -> None:
    release = release_of('Mr Ho said, "The meeting went well. We discussed ferry fares and '
                         'pier repairs."')
    assert agenda(release) == []


def test_the_last_item_of_an_excerpt_cut_short_is_dropped() -> None:
    text = ("A test release\n\n     The Secretary for Transport, Mr Ho, visited Xiamen today "
            "(March 4).\n\n     He met the Mayor of Xiamen, Mr Lin Bo, to discuss ferry "
            "fares, pier repairs, the training of cre")
    assert agenda(parse(decode(text.encode("utf-8"), "t.txt"))) == ["ferry fares", "pier repairs"]


def test_planned_steps_of_a_meeting() -> None:
    assert agenda(release_of(
        "During the meeting, both sides will review the work of the past year, and agree on "
        "the priorities for next year.")) == [
            "review the work of the past year", "agree on the priorities for next year"]


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


def test_sub_headings_printed_over_two_lines_or_without_an_introduction() -> None:
    release = release_of(
        "The Harbour Board met today (March 4) and set the course for next year.",
        "#Widening the river channels between the\ntwo harbours",
        "The two sides agreed to dredge the channels by 2026.",
        "#Ferry services",
        "Both sides discussed adding sailings at night.",
    )
    items = find_agenda(release, body_region(release))
    # the heading's text reads as one line; its evidence is the two lines as printed
    assert [i.text for i in items] == ["Widening the river channels between the two harbours",
                                       "Ferry services"]
    assert release.quote(items[0].span) == "Widening the river channels between the\ntwo harbours"


def test_a_long_sub_heading_after_the_following() -> None:
    release = release_of(
        "At the meeting, the two sides also reviewed the results of several initiatives, "
        "including the following:",
        "#Co-operation in the maintenance of the cross-harbour tunnels, the piers and the "
        "boundary crossings",
        "Both sides have agreed a maintenance timetable.",
    )
    # the parser reads a line this long as a paragraph; printed bare and followed by an
    # indented paragraph, it is a sub-heading
    assert agenda(release) == ["Co-operation in the maintenance of the cross-harbour tunnels, "
                               "the piers and the boundary crossings"]


def test_sub_headings_after_an_enumeration_are_not_more_items() -> None:
    release = release_of(
        "The meeting discussed three items, namely river safety, pier upkeep and ferry "
        "licensing. The results are set out below.",
        "#River safety in the typhoon season",
        "Both sides will share flood data.",
        "#Pier upkeep",
        "Both sides will repair the piers.",
    )
    assert agenda(release) == ["river safety", "pier upkeep", "ferry licensing"]


def test_turns_of_a_transcript_are_no_agenda() -> None:
    release = release_of(
        "Following is the transcript of remarks by the Secretary after the meeting today:",
        "#Reporter: What did the two sides discuss?",
        "Secretary: We discussed ferry fares, pier repairs and the training of crews.",
        "#Reporter: Will fares go up?",
        "Secretary: Not this year.",
    )
    assert agenda(release) == []


# --------------------------------------------------------------------------- round 2 classes


def test_a_list_printed_indented_with_bullets() -> None:
    # release_of indents these lines: the parser leaves them paragraphs
    release = release_of(
        "The panel met today and exchanged views on matters of common concern, including:",
        "• Water quality in the river basin;",
        "• Joint patrols, and training of rescue crews; and",
        "• Flood warnings.",
    )
    assert agenda(release) == ["Water quality in the river basin",
                               "Joint patrols, and training of rescue crews", "Flood warnings"]


def test_points_under_numbered_items_are_no_items() -> None:
    release = release_of(
        "The experts discussed the following issues:",
        "1. Flood warnings across the delta",
        "* send warnings to each other within an hour.",
        "2. Training of rescue crews",
        "* hold a joint drill every year.",
    )
    assert agenda(release) == ["Flood warnings across the delta", "Training of rescue crews"]


def test_a_list_introduced_as_the_agenda_is_the_whole_of_it() -> None:
    release = release_of(
        "The panel met today. They exchanged views on tides, dredging and dune erosion.",
        "The panel discussed the following matters:",
        "* enhancing exchanges on tug fleets, pilot boats and mooring buoys;",
        "* water quality in the river basin.",
    )
    assert agenda(release) == [
        "enhancing exchanges on tug fleets, pilot boats and mooring buoys",
        "water quality in the river basin"]


def test_topics_of_two_cues_in_one_sentence_enumerate() -> None:
    assert meeting_agendas(
        "The Secretary for Transport, Mr Ho, met the Mayor of Xiamen, Mr Lin Bo, today "
        "(March 4) to exchange views on ferry fares and discuss the plans for a new pier.",
    ) == [["ferry fares", "the plans for a new pier"]]
    # being briefed is being told: no topic of the meeting
    assert meeting_agendas(
        "At his meeting with the Mayor of Xiamen, Mr Lin Bo, today (March 4), the Secretary "
        "for Transport, Mr Ho, was briefed on the ferry fleet and exchanged views with him "
        "on pier repairs.") == [[]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ministers exchanged views on ferry fares, discussed pier repairs, and took stock of "
     "the harbour plan.", ["ferry fares", "pier repairs", "the harbour plan"]),
    ("Both sides discussed the dredging of the channel, the training and licensing of "
     "pilots, as well as the upkeep of the piers.",
     ["the dredging of the channel", "the training and licensing of pilots",
      "the upkeep of the piers"]),
    ("Areas of co-operation include port logistics, ferry safety and pier upkeep to "
     "implement the harbour plan.", ["port logistics", "ferry safety", "pier upkeep"]),
    ("Both sides will discuss enhancing co-operation in such areas as dredging, pilot "
     "training and ferry safety.", ["dredging", "pilot training", "ferry safety"]),
    ("Members held dialogues with the Government on how to share berths, as well as how to "
     "train pilots and how to cut fares.",
     ["how to share berths", "how to train pilots", "how to cut fares"]),
    ("The Council focused discussions, in the light of the harbour plan, on how to widen the "
     "channel, as well as on the dredging budget.",
     ["how to widen the channel", "the dredging budget"]),
    ("Discussion on how to promote ferry travel was also on the agenda.",
     ["how to promote ferry travel"]),
])
def test_round_two_prose_constructions(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("They discussed the ferry licensing scheme and the Harbour Safety Accord.",
     ["the ferry licensing scheme", "the Harbour Safety Accord"]),
    ("They discussed the licensing of ferries and the Harbour Authority.",
     ["the licensing of ferries and the Harbour Authority"]),
    ("The agenda included tide tables, pier upkeep, and the training of pilots.",
     ["tide tables", "pier upkeep", "the training of pilots"]),
    ("The port agenda included tide tables, pier upkeep, and the training of pilots.", []),
    ("They discussed the state of the fleet and efforts to promote ferry travel.",
     ["the state of the fleet and efforts to promote ferry travel"]),
])
def test_round_two_joins_and_cues(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


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


@pytest.mark.parametrize(("sentence", "expected"), [
    ("She had an in-depth discussion with them on issues of interest including pier upkeep, "
     "ferry fares and the training of pilots.",
     ["pier upkeep", "ferry fares", "the training of pilots"]),
    ("They held discussions with the port officials on tide tables and the dredging budget.",
     ["tide tables", "the dredging budget"]),
])
def test_a_discussion_held_with_someone_on_topics_enumerates_them(
        sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Members noted the progress of the pier repairs and the budget of the Harbour Fund.",
     ["the progress of the pier repairs", "the budget of the Harbour Fund"]),
    ("The Commission also took note of tide tables and pier upkeep.",
     ["tide tables", "pier upkeep"]),
    ("Members noted that the pier repairs and the dredging were on time.", []),
    ("He noted the close ties and the frequent visits between the two places.", []),
])
def test_what_members_of_a_body_noted_is_its_business(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("She discussed with the Director of the Port Office, Mr Jan Novak, on pier upkeep and "
     "tide tables.", ["pier upkeep", "tide tables"]),
    ("They discussed pier upkeep, tide tables, Mr Jan Novak, and the dredging budget.",
     ["pier upkeep", "tide tables", "the dredging budget"]),
])
def test_a_person_set_off_by_commas_is_no_topic(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


def test_a_further_verb_of_the_visit_ends_the_topics() -> None:
    release = release_of("The Council will discuss tide tables and pier upkeep and attend a "
                         "dinner hosted by the Harbour Club.")
    assert agenda(release) == ["tide tables", "pier upkeep"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Mayor had a frank exchange with the Director on the upkeep of the piers and the "
     "training of the harbour pilots.",
     ["the upkeep of the piers", "the training of the harbour pilots"]),
    ("The Mayor had a frank exchange with the Director.", []),
])
def test_an_exchange_with_someone_on_topics_enumerates_them(sentence: str,
                                                            expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected


def test_a_participle_of_speech_ends_the_topics() -> None:
    release = release_of("Addressing the club, he talked about the ferry fares, saying that the "
                         "cause of the rise is fuel, in particular, how the fuel is bought.")
    assert agenda(release) == ["the ferry fares"]


def test_various_issues_is_no_topic() -> None:
    release = release_of("He talked about the ferry fares and the pier upkeep, and exchanged "
                         "views with the members on various issues.")
    assert agenda(release) == ["the ferry fares", "the pier upkeep"]


def test_a_purpose_after_the_topics_is_no_topic() -> None:
    release = release_of("The harbour officers met to discuss ferry safety, to improve the "
                         "rescue and patrol services of the two ports.")
    assert agenda(release) == ["ferry safety"]


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


def test_a_new_clause_of_affirming_ends_the_topics() -> None:
    release = release_of("They also discussed pier upkeep and affirmed their commitment to "
                         "the harbour plan, and the Director thanked the Mayor.")
    assert agenda(release) == ["pier upkeep"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("During the meeting, the two sides examined the upkeep of the piers as well as the "
     "dredging plan for next year.",
     ["the upkeep of the piers", "the dredging plan for next year"]),
    ("Other matters of the piers and the dredging plan were also examined at the meeting.", []),
])
def test_examined_is_a_verb_of_business(sentence: str, expected: list[str]) -> None:
    assert agenda(release_of(sentence)) == expected
