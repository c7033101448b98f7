"""English agenda items printed as lists and sub-headings: lists introduced as the meeting's
business (numbered, lettered, bulleted, indented), lists and points that are not, sub-headings
over one or two lines, and a transcript's turns, which are no agenda.
"""

from __future__ import annotations

import pytest

from pressgraph.extract.agenda import find_agenda
from pressgraph.extract.nametokens import body_region
from tests.agenda_releases import agenda, release_of


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
