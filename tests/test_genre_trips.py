"""Trips: where the calls of a duty visit or an overseas trip took place.

A trip's release names its city once, in the lead, and reports the calls after it without
naming the city again: each call is held where the lead put the visitor. The lead names
the city in one of several ways (its framings below): the visitor "continued his visit in"
it, "started his visit programme to" it, or "visited" offices "in" it. The sentences
between the calls may name other places that are not where the visitor is: a place that
joins another in an office's name ("the Hong Kong and Macao Affairs Office"). The actors,
counterparts, dateline and release builder are the grammar's (``tests/genre_grammar.py``);
all names are invented.
"""

from __future__ import annotations

import pytest

from pressgraph.extract import english
from tests.genre_grammar import ACTORS, DATELINE, Case, Expected, release_of

# The lead of the trip's day: (text, the city every call of the day is held in).
TRIP_LEADS = {
    "continued his visit in": ("{actor} continued his visit in {city} today (May 10).", None),
    "started his visit programme to, city and country": (
        "{actor} started his visit programme to {city}, {country}.", None),
    "began his two-day visit to": ("{actor} began his two-day visit to {city} today.", None),
    "visited offices in": ("{actor} visited the Ministry of Trade and the Regional Affairs "
                           "Office in {city} today.", None),
    "visited an office with its short form in": (
        "{actor} visited the Office of the Regional Government (ORG) in {city} today.", None),
}
CITIES = {"Beijing": ("Beijing", "China"), "Lima": ("Lima", "Peru"),
          "Chengdu": ("Chengdu", "China")}

# A call after the lead, naming no place: ("{he}" is the actor named again).
CALLS = ("{he} then met the Vice Governor of Lingnan Province, Mr Zhang Wei.",
         "In the afternoon, {he} called on the Mayor of Rivertown, Ms Anna Holt.")

# A sentence of the call that names a place where the visitor is not.
ASIDES = {
    "none": "",
    "a place opening an office's name": " to thank the Hong Kong and Macao Affairs Office "
                                        "for its support",
}

ACTOR_KEYS = ("post, honorific name", "post name", "chief executive, honorific name")


def _trip(lead: str, city: str, aside: str, actor_key: str) -> tuple[str, ...]:
    actor = ACTORS[actor_key]
    name, country = CITIES[city]
    first = TRIP_LEADS[lead][0].format(actor=actor.text.rstrip(","), city=name,
                                       country=country)
    calls = tuple(call.format(he=actor.surname) for call in CALLS)
    calls = (calls[0][:-1] + ASIDES[aside] + ".", *calls[1:])
    return (first, *calls)


@pytest.mark.parametrize(("lead", "city", "aside", "actor_key"),
                         [(lead, city, aside, actor)
                          for lead in sorted(TRIP_LEADS) for city in sorted(CITIES)
                          for aside in sorted(ASIDES) for actor in ACTOR_KEYS])
def test_each_call_of_a_trip_is_held_in_the_city_of_its_lead(lead: str, city: str, aside: str,
                                                            actor_key: str) -> None:
    paragraphs = _trip(lead, city, aside, actor_key)
    case = Case("Secretary continues duty visit", paragraphs, DATELINE,
                Expected("held", None, None, None, None, None), {})
    meetings = english.extract(release_of(case)).meetings
    assert len(meetings) == len(CALLS), "\n".join(paragraphs)
    assert [m.location for m in meetings] == [city] * len(CALLS), "\n".join(paragraphs)


# A call held in a venue the registry lists within a city: the call is held in that city.
VENUE_CALLS = {
    "met ... in the venue": "{actor} met the Minister of Trade, Mr Zhao Ming, in Zhongnanhai "
                            "today.",
    "in the afternoon, met ... in the venue": "In the afternoon, {actor} met the Minister of "
                                              "Trade, Mr Zhao Ming, in Zhongnanhai.",
    "called on ... in the venue": "{actor} called on the Minister of Trade, Mr Zhao Ming, in "
                                  "Zhongnanhai today.",
}


@pytest.mark.parametrize(("call", "actor_key"),
                         [(call, actor) for call in sorted(VENUE_CALLS) for actor in ACTOR_KEYS])
def test_a_call_in_a_listed_venue_is_held_in_its_city(call: str, actor_key: str) -> None:
    paragraph = VENUE_CALLS[call].format(actor=ACTORS[actor_key].text.rstrip(","))
    case = Case("Secretary continues duty visit", (paragraph,), DATELINE,
                Expected("held", None, None, None, None, None), {})
    meetings = english.extract(release_of(case)).meetings
    assert [m.location for m in meetings] == ["Beijing"], paragraph
