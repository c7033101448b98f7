"""Itineraries: releases that report several calls of one trip in sequence.

A duty visit's release tells its calls one after another ("He then met ...", "In the
afternoon, he called on ...", "At the meeting with ..., he said ..."); each call is a
meeting of its own, with the day carried from the sentence or the one before, the place
carried across the trip, and its status from the tense. The tables below are the ways the
genre opens a call of such a sequence (its framings) and the leads that only sum the
calls up. The actors, counterparts, dateline and release builder are the grammar's
(``tests/genre_grammar.py``); all names are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressgraph.extract import english
from tests.genre_grammar import ACTORS, DATELINE, Case, Expected, release_of

# Leads that sum the day up and name no one: not a meeting of their own when named calls
# follow on their day.
LEADS = {
    "officials of several ministries": "{actor} met officials of several ministries in Chengdu "
                                       "today (May 10).",
    "officials of one authority": "{actor} today met financial officials of the Regional "
                                  "Authorities in Chengdu.",
}
LEAD = LEADS["officials of several ministries"]
SECOND = "the Vice Governor of Lingnan Province, Mr Zhang Wei"
THIRD = "the Mayor of Rivertown, Ms Anna Holt"

# A call of the sequence opened by a noun phrase or a gerund rather than a verb of meeting:
# (paragraphs after the lead, the surnames of the people met, in order). "{he}" is the actor
# named again. The lead sums the day up and names no one.
CALL_FRAMINGS = {
    "at the meeting with, after a call by verb": (
        ("{he} first called on {second}.",
         "At the meeting with {third}, {he} said that trade between the two places had grown."),
        ("Zhang", "Holt")),
    "at the meeting with, the first call of the day": (
        ("At the meeting with {second}, {he} briefed him on the economy.",
         "{he} then met {third}."),
        ("Zhang", "Holt")),
    "at the meeting with someone met before is the same call": (
        ("{he} first called on {second}.",
         "At the meeting with Mr Zhang, {he} said that the two sides would keep in touch."),
        ("Zhang",)),
    "at the meeting with someone of the same surname as the one met before": (
        ("{he} first called on {second}.",
         "At the meeting with the Deputy Director of the Regional Affairs Office, Mr Zhang "
         "Ming, {he} said that the two sides would keep in touch."),
        ("Wei", "Ming")),
    "during the meeting with, after the day's first call": (
        ("{he} first called on {second}.",
         "During the meeting with {third}, both sides exchanged views on tourism."),
        ("Zhang", "Holt")),
    "started the day by meeting": (
        ("{he} started the day by meeting {second}.",
         "{he} then met {third}."),
        ("Zhang", "Holt")),
    "concluded the day by meeting": (
        ("{he} first called on {second}.",
         "{he} concluded the day by meeting {third}."),
        ("Zhang", "Holt")),
    "separate courtesy calls to two people, one posted to a place": (
        ("{he} started the day with separate courtesy calls to the Ambassador of Ruritania to "
         "the Kingdom, Mr Karl Berg, and {third}.",),
        ("Berg", "Holt")),
    "called on a People's court in the morning to meet its head": (
        ("{he} first called on {second}.",
         "{he} called on the Lingnan Higher People's Court in the morning to meet with its "
         "President, Mr Lu Ping."),
        ("Zhang", "Ping")),
    "continued the visit to call on": (
        ("{he} first called on {second}.",
         "{he} continued his visit in Chengdu to call on {third}."),
        ("Zhang", "Holt")),
}

ACTOR_KEYS = ("post, honorific name", "post name", "chief executive, honorific name")


def _fill(paragraph: str, actor_key: str) -> str:
    actor = ACTORS[actor_key]
    return (paragraph.format(actor=actor.text.rstrip(","), he=actor.surname, second=SECOND,
                             third=THIRD)
            .replace(",.", ".").replace(", to", " to"))


def _meetings(paragraphs: tuple[str, ...], actor_key: str,  # type: ignore[no-untyped-def]
              lead: str = LEAD):
    filled = tuple(_fill(p, actor_key) for p in (lead, *paragraphs))
    case = Case("Officials meet", filled, DATELINE,
                Expected("held", None, None, None, None, None), {})
    return filled, english.extract(release_of(case)).meetings


def _surnames(meeting) -> set[str]:  # type: ignore[no-untyped-def]
    """Every word of the names of the people in ``meeting`` (a Chinese name's surname first)."""
    return {word for role in meeting.roles if role.person.name
            for word in role.person.name.split()}


@pytest.mark.parametrize(("framing", "actor_key", "lead"),
                         [(f, a, lead) for f in sorted(CALL_FRAMINGS) for a in ACTOR_KEYS
                          for lead in sorted(LEADS)])
def test_each_call_of_an_itinerary_is_a_meeting(framing: str, actor_key: str,
                                                lead: str) -> None:
    paragraphs, met = CALL_FRAMINGS[framing]
    filled, meetings = _meetings(paragraphs, actor_key, LEADS[lead])
    counterparts = [m for m in meetings if _surnames(m) & set(met)]
    assert len(counterparts) == len(met), "\n".join(filled)
    if len(met) >= 2:  # the lead sums the calls up
        assert len(meetings) == len(met), "\n".join(filled)
    for meeting, surname in zip(counterparts, met, strict=True):
        assert surname in _surnames(meeting), "\n".join(filled)
        assert (meeting.status, meeting.date, meeting.location) == (
            "held", date(2022, 5, 10), "Chengdu"), "\n".join(filled)


# Calls announced as a list with the day after it: one call on each organisation, on that
# day; an appeal ("called on the People's Government to review ...") is no call.
def test_organisations_called_on_the_next_day_are_a_call_each() -> None:
    paragraphs = ("Mr Chan Tai-man will depart for Rivertown on May 12 evening and call on the "
                  "Lingnan Provincial Trade Department and the Rivertown Municipal Ports Bureau "
                  "the next day.",)
    case = Case("Officials to visit", paragraphs, DATELINE,
                Expected("planned", None, None, None, None, None), {})
    meetings = english.extract(release_of(case)).meetings
    assert [(m.status, m.date) for m in meetings] == [("planned", date(2022, 5, 13))] * 2


@pytest.mark.parametrize("sentence", [
    "The Secretary called on the Lingnan People's Government to review the fees.",
    "The Secretary today called on the public to stay calm during the storm.",
])
def test_an_appeal_is_no_call(sentence: str) -> None:
    case = Case("Secretary appeals", (sentence,), DATELINE,
                Expected("held", None, None, None, None, None), {})
    assert english.extract(release_of(case)).meetings == ()


# An organisation called on or met with no one named, then a call on a person named as of
# it (by its name or the short form printed after it): one call, the person's. A person of
# another organisation is a call of its own.
TOLD_BY_ITS_PEOPLE = {
    "short form": ("The delegation called on the Lingnan Commission of Housing, Land and "
                   "Planning (LCHLP) this morning.",
                   "They met the Director-General of the LCHLP, Mr Karl Berg, to exchange views "
                   "on urban renewal."),
    "members, then the chairman": ("{actor} met with members of the Rivertown District Council "
                                   "today (May 10).",
                                   "{he} first met with the Chairman of the Rivertown District "
                                   "Council, Mr Karl Berg, and other council members."),
}


@pytest.mark.parametrize("shape", sorted(TOLD_BY_ITS_PEOPLE))
def test_an_organisation_met_then_its_head_is_one_call(shape: str) -> None:
    lead = "{actor} led a delegation to Chengdu today (May 10)."
    filled, meetings = _meetings(TOLD_BY_ITS_PEOPLE[shape], "post, honorific name", lead)
    assert len(meetings) == 1, "\n".join(filled)
    assert "Berg" in _surnames(meetings[0]), "\n".join(filled)


def test_an_organisation_met_then_someone_else_is_two_calls() -> None:
    lead = "{actor} led a delegation to Chengdu today (May 10)."
    paragraphs = ("The delegation called on the Lingnan Commission of Housing, Land and Planning "
                  "(LCHLP) this morning.",
                  "They met the Mayor of Rivertown, Mr Karl Berg, to exchange views on tourism.")
    filled, meetings = _meetings(paragraphs, "post, honorific name", lead)
    assert len(meetings) == 2, "\n".join(filled)
