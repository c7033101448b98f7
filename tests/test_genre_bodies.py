"""Constructions of the English release about meetings of named bodies and multilateral
meetings, beyond the grammar's one-sentence slots.

An official abroad is often reported at a part of a multilateral meeting rather than at the
meeting itself: a plenary or discussion session, the luncheon, the retreat, "related
activities". The meeting is the series the part belongs to, attended or spoken at, with the
ordinal printed before its name. Every combination of the slots below must give that one
meeting. The actors, dateline and release builder are the grammar's
(``tests/test_genre_grammar.py``); all names are invented.
"""

from __future__ import annotations

import itertools
import random
from datetime import date

import pytest

from pressgraph.extract import english
from tests.test_genre_grammar import ACTORS, DATELINE, Case, Expected, problems, release_of

# Multilateral series an official attends or speaks at (the name as printed after "the").
MULTILATERAL_SERIES = {
    "ministerial meeting": "Pacific Rim Ministerial Meeting",
    "ministerial conference": "World Commerce Forum Ministerial Conference",
    "ministers' meeting": "Pacific Rim Finance Ministers' Meeting",
    "standing committee meeting": "Pacific Trade Council Standing Committee Meeting",
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
    series = MULTILATERAL_SERIES[series_key]
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
    expected = Expected("held", when, series, ordinal, place, None)
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
