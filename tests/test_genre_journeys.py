"""Words of setting out on a journey: one list (``data/journeys.tsv``) that every reading
takes its words from.

* The place a journey goes to: a verb with its preposition ("set out for", "fly to"), or a
  visit's verb, before a place ("will set out for Rivertown to attend ...") places the
  meeting the journey is made for.
* The day of a journey: a day told before a verb of setting out, and a meeting after it, is
  the journey's ("will be heading for Geneva on May 12 to attend ..."), and a later sentence
  opened by the meeting's own noun gives the meeting its day. A verb reads so alone ("depart",
  "flying") or only with its preposition ("head for": "the head of" is no journey); "go" and
  "proceed" only before a place ("went on to attend", "proceeded to sign").

All names of people, places and meetings are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressgraph.extract import wordlists
from tests.english_meetings import meetings_of

# --- the one list and its readings ----------------------------------------------------------


def test_every_reading_comes_from_the_one_list() -> None:
    cues, setting_out, verbs = (wordlists.journey_cues(), wordlists.journey_cues(True),
                                wordlists.journey_verbs())
    assert {"leave for", "fly to", "head to", "went to", "visit"} <= set(cues)
    assert "visit" not in setting_out and set(setting_out) < set(cues)  # a visit is a stay
    assert {"depart", "left", "flying", "head for", "heading to"} <= set(verbs)
    assert not {"head", "heading", "went", "go", "proceeded", "visit"} & set(verbs)
    words = {word for journey in wordlists.journeys()
             for word in (*journey.forms, *journey.phrases())}
    assert set(verbs) <= words
    assert list(verbs) == sorted(verbs, key=lambda verb: (-len(verb), verb))  # longest first


# --- the place a journey goes to ------------------------------------------------------------


@pytest.mark.parametrize("verb", ["set out for", "depart for", "fly to"])
def test_a_journey_places_the_meeting_it_is_made_for(verb: str) -> None:
    (meeting,) = meetings_of(
        f"The Secretary for Transport, Mr Sam Ho, will {verb} Xiamen this afternoon "
        "(October 9) to attend the fifth meeting of the Ferry Working Group tomorrow "
        "(October 10).",
        "Mr Ho will return to Hong Kong in the evening.")
    assert (meeting.status, meeting.location) == ("planned", "Xiamen")


def test_rules_set_out_for_a_body_place_no_meeting() -> None:
    (meeting,) = meetings_of(
        "The Ferry Working Group held its fifth meeting today (October 9) to review the rules "
        "set out for Harbour Ferries Limited last year.")
    assert meeting.location is None


# --- the day of a journey -------------------------------------------------------------------

LATER = "The informal ministerial meeting on May 13 is hosted by the Swiss Government."
MEETING = "an informal ministerial meeting on trade rules"


@pytest.mark.parametrize("journey", [
    "will be heading for Geneva on May 12 to attend",
    "will be flying to Geneva on May 12 to attend",
    "will be travelling to Geneva on May 12 to attend",
    "will depart on May 12 to attend",
])
def test_a_day_before_setting_out_is_the_journeys(journey: str) -> None:
    meetings = meetings_of(f"The Secretary for Trade, Mr Lam Ka-ming, {journey} {MEETING}.",
                           LATER, dateline="Ends/Tuesday, May 10, 2022")
    assert [(m.status, m.date) for m in meetings] == [("planned", date(2022, 5, 13))]


@pytest.mark.parametrize("opening", [
    "On May 12, the head of the trade office, Mr Lam Ka-ming, will attend",
    "On May 12, Mr Lam Ka-ming will go on to attend",
    "On May 12, Mr Lam Ka-ming will proceed to attend",
])
def test_a_verb_that_needs_its_place_tells_no_journey_without_it(opening: str) -> None:
    meetings = meetings_of(f"{opening} {MEETING}.", LATER, dateline="Ends/Tuesday, May 10, 2022")
    assert [(m.status, m.date) for m in meetings][:1] == [("planned", date(2022, 5, 12))]
