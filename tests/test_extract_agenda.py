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
        "During the call, Mr Ho and Mr Lin exchanged views on ferry fares.",
        "The two sides agreed on the priorities for the coming year, as summarised below.",
        "#Port logistics",
        "Both sides will widen the port channels.",
        "#Youth exchanges",
        "Both sides will host more youth visits.",
    )
    meetings = extract(release).meetings
    by_kind = {m.kind: [(i.position, i.text) for i in m.agenda] for m in meetings}
    assert by_kind == {"courtesy call": [(1, "ferry fares")],
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
