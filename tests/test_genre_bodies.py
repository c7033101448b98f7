"""Constructions of the English release about meetings of named bodies and multilateral
meetings, beyond the grammar's one-sentence slots.

An official abroad is often reported at a part of a multilateral meeting rather than at the
meeting itself: a plenary or discussion session, the luncheon, the retreat, "related
activities". The meeting is the series the part belongs to, attended or spoken at, with the
ordinal printed before its name. Every combination of the slots below must give that one
meeting. The actors, dateline and release builder are the grammar's
(``tests/genre_grammar.py``); all names are invented.
"""

from __future__ import annotations

import itertools
import random
from datetime import date

import pytest

from pressgraph.extract import english
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.genre_grammar import ACTORS, DATELINE, Case, Expected, problems, release_of

# Multilateral series an official attends or speaks at: the name as printed after "the",
# and the body (a committee printed with "Meeting" after it is the committee).
MULTILATERAL_SERIES = {
    "ministerial meeting": ("Pacific Rim Ministerial Meeting",) * 2,
    "ministerial conference": ("World Commerce Forum Ministerial Conference",) * 2,
    "ministers' meeting": ("Pacific Rim Finance Ministers' Meeting",) * 2,
    "standing committee meeting": ("Pacific Trade Council Standing Committee Meeting",
                                   "Pacific Trade Council Standing Committee"),
}
# The part of the meeting the official is reported at.
MEETING_PARTS = {
    "plenary session": "a plenary session",
    "the plenary session": "the plenary session",
    "discussion session": "a discussion session",
    "luncheon": "the luncheon",
    "retreat": "the retreat",
    "related activities": "related activities",
    "opening session": "the opening session",
}
# How the sentence ties the official to the part: a verb of attending, a verb of speaking,
# a speech's opening line. "{actor}" is the subject, "{part}" the part and its meeting.
PART_LEADS = {
    "attended": "{actor} attended {part}",
    "took part in": "{actor} took part in {part}",
    "spoke at": "{actor} spoke at {part}",
    "made the remarks at": "{actor} made the remarks at {part}",
    "speech by, at": "Following is the speech by {actor} at {part}",
}
# A speech's opening names the official with a comma after the name only.
PART_ORDINALS = {"digits": ("25th", 25), "word": ("Second", 2), "none": (None, None)}
PART_TIMES = {"today (May 10)": ("today (May 10)", date(2022, 5, 10)),
              "on May 9": ("on May 9", date(2022, 5, 9))}
PART_PLACES = {"in Lima, Peru": ("in Lima, Peru", "Lima"), "in Lima": ("in Lima", "Lima")}


def _part_case(series_key: str, part_key: str, lead_key: str, ordinal_key: str,
               rng: random.Random) -> Case:
    actor_key = rng.choice(sorted(ACTORS))
    actor = ACTORS[actor_key]
    ordinal_text, ordinal = PART_ORDINALS[ordinal_key]
    series, body = MULTILATERAL_SERIES[series_key]
    named = f"the {ordinal_text} {series}" if ordinal_text else f"the {series}"
    part = f"{MEETING_PARTS[part_key]} of {named}"
    time_key = rng.choice(sorted(PART_TIMES))
    time_text, when = PART_TIMES[time_key]
    place_key = rng.choice(sorted(PART_PLACES))
    place_text, place = PART_PLACES[place_key]
    subject = actor.text
    if lead_key == "speech by, at":
        subject = subject[:1].lower() + subject[1:] if subject.startswith("The ") else subject
    sentence = PART_LEADS[lead_key].format(actor=subject, part=part)
    ending = ":" if lead_key == "speech by, at" else "."
    lead = f"{' '.join(sentence.split())} {place_text} {time_text}{ending}"
    paragraphs = (lead, "Ministers exchanged views on the outlook for regional trade.")
    slots = {"series": series_key, "part": part_key, "lead": lead_key, "ordinal": ordinal_key,
             "actor": actor_key, "time": time_key, "place": place_key}
    expected = Expected("held", when, body, ordinal, place, None)
    return Case("Official at multilateral meeting", paragraphs, DATELINE, expected, slots)


def part_cases() -> list[Case]:
    """Every series, part, lead and ordinal, with the other slots drawn by a fixed seed."""
    rng = random.Random(6)
    return [_part_case(*combination, rng) for combination in itertools.product(
        sorted(MULTILATERAL_SERIES), sorted(MEETING_PARTS), sorted(PART_LEADS),
        sorted(PART_ORDINALS)) if combination[1:3] not in _UNPRINTED]


# A speech's opening names its occasion with an article ("at the luncheon of"), never "at
# related activities of".
_UNPRINTED = {("related activities", "speech by, at")}


PART_CASES = part_cases()


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in PART_CASES])
def test_a_part_of_a_multilateral_meeting_gives_the_meeting(case: Case) -> None:
    assert problems(case) == [], "\n\n".join(case.paragraphs)


# The same parts of occasions that are no meeting: a public event, a ceremony, a meeting of
# other parties named only as background.
PART_NON_MEETINGS = {
    "luncheon of a festival": "{actor} spoke at the luncheon of the Harbour Lights Festival "
                              "in Lima today (May 10).",
    "session of an exhibition": "{actor} attended the opening session of the Pacific Rim "
                                "Trade Exhibition in Lima today (May 10).",
    "since the last meeting": "Since the plenary session of the Pacific Rim Ministerial "
                              "Meeting in 2019, members have reviewed ten rules.",
}


@pytest.mark.parametrize("shape", sorted(PART_NON_MEETINGS))
def test_a_part_of_an_occasion_that_is_no_meeting_gives_none(shape: str) -> None:
    actor = ACTORS["post, honorific name"]
    text = PART_NON_MEETINGS[shape].format(actor=actor.text)
    case = Case("Official's day", (text,), DATELINE,
                Expected("held", None, None, None, None, None), {})
    assert english.extract(release_of(case)).meetings == ()


# A LegCo committee's meeting announced by its slot rather than by a verb of holding: "the
# meeting of the <Committee> originally scheduled at 3pm tomorrow will start at 3.15pm", "the
# Panel meeting scheduled for tomorrow be conducted by video conference". The release is
# dated Tuesday, May 10, 2022; the meeting is planned for the next day.
SCHEDULED_MEETINGS = {
    "the meeting of the committee": ("The meeting of the Legislative Council Works Committee",
                                     "Legislative Council Works Committee"),
    "the panel meeting": ("Mr Ho Wai-man, Chairman of Panel on Harbour Affairs, has decided "
                          "that the Panel meeting", "Panel on Harbour Affairs"),
}
SCHEDULED_SLOTS = {"scheduled for tomorrow": "scheduled for tomorrow (May 11) at 9am",
                   "originally scheduled at": "originally scheduled at 3pm tomorrow (May 11)"}
SCHEDULED_CHANGES = {"will start later": "will start at 3.30pm",
                     "conducted by video": "will be conducted by video conference",
                     "will be held elsewhere": "will be held in Conference Room 2"}


@pytest.mark.parametrize(("meeting", "slot", "change"), list(itertools.product(
    sorted(SCHEDULED_MEETINGS), sorted(SCHEDULED_SLOTS), sorted(SCHEDULED_CHANGES))))
def test_a_meeting_announced_by_its_slot_is_planned(meeting: str, slot: str,
                                                    change: str) -> None:
    opening, body = SCHEDULED_MEETINGS[meeting]
    text = f"{opening} {SCHEDULED_SLOTS[slot]} {SCHEDULED_CHANGES[change]}."
    case = Case("LegCo committee meetings", (text,), DATELINE,
                Expected("planned", date(2022, 5, 11), body, None, None, None), {})
    assert problems(case) == [], text


@pytest.mark.parametrize("meeting", sorted(SCHEDULED_MEETINGS))
@pytest.mark.parametrize("called_off", ["has been cancelled", "has been postponed"])
def test_a_meeting_called_off_from_its_slot_gives_none(meeting: str, called_off: str) -> None:
    opening, _ = SCHEDULED_MEETINGS[meeting]
    text = f"{opening} originally scheduled for tomorrow (May 11) {called_off}."
    case = Case("LegCo committee meetings", (text,), DATELINE,
                Expected("planned", None, None, None, None, None), {})
    assert english.extract(release_of(case)).meetings == ()


@pytest.mark.parametrize(("printed", "body"), [
    ("Legislative Council Housing Panel Meeting", "Legislative Council Housing Panel"),
    ("Pacific Trade Council (PTC) Standing Committee Meeting",
     "Pacific Trade Council (PTC) Standing Committee"),
    ("Joint Working Group meeting", "Joint Working Group"),
    # an event named by its meeting keeps the word
    ("Pacific Rim Ministerial Meeting", "Pacific Rim Ministerial Meeting"),
    ("OECD Ministerial Council Meeting", "OECD Ministerial Council Meeting"),
])
def test_a_committee_printed_with_meeting_after_it_is_the_committee(printed: str,
                                                                    body: str) -> None:
    from pressgraph.extract.body_names import without_meeting_word
    from pressgraph.model import Span

    assert without_meeting_word(printed, Span(10, 10 + len(printed))) == (
        body, Span(10, 10 + len(body)))


# A body named in full, then by its head noun alone as the subject of its meeting ("The
# Panel will hold a special meeting on ..."): the meeting is the full name's. With no full
# name before it, the head noun stays as printed.
@pytest.mark.parametrize(("opening", "body"), [
    ("The Legislative Council Panel on Harbour Affairs invites the public to give views on "
     "the ferry review.", "Legislative Council Panel on Harbour Affairs"),
    ("Members of the public are invited to give views on the ferry review.", "Panel"),
])
def test_a_body_named_again_by_its_head_noun(opening: str, body: str) -> None:
    text = (f"Views sought on ferry review\n\n     {opening}\n\n     The Panel will hold a "
            f"special meeting on May 20 to receive public views.\n\n{DATELINE}\n")
    meetings = english.extract(parse(decode(text.encode("utf-8"), "t.txt"))).meetings
    assert [m.body for m in meetings] == [body]
