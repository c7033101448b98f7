"""When and where a meeting was: constructions of the genre that name a day or a place in
a way the main grammars do not generate, each as slots whose every combination must read.

* English: an organisation whose name opens with a place and goes on after "and" ("the
  Hong Kong and Macao Affairs Office", "the Guangdong and Hong Kong Co-operation Joint
  Conference") is visited, gone to or met at; its first word is no place of the meeting,
  which stays where the visit's opening sentence put it (or unplaced).
* Chinese: a weekday written ``周`` / ``週`` with the day of the month in brackets
  (``周四（9日）``), as news pages print it, dates the meeting; a surname ``周`` followed by a
  weekday's numeral (a name such as ``周一岳``) is no weekday. A day of the month printed
  alone before a time of day (``9日上午``) dates it too, in the month nearest the release.

All names of people are invented.
"""

from __future__ import annotations

from datetime import date

import opencc
import pytest

from pressgraph.extract import english, extract
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.genre_grammar import DATELINE, Case, Expected, release_of

# --- English: an organisation named after two places --------------------------------------

# The visit's opening sentence, and the city it puts the day's meetings in.
OPENERS = {
    "began his visit": ("The Secretary for Justice, Mr Ho Wai-man, began his visit to Beijing "
                        "today (May 10).", "Beijing"),
    "continued his visit": ("The Secretary for Justice, Mr Ho Wai-man, continued his visit in "
                            "Shanghai today (May 10).", "Shanghai"),
    "arrived in": ("The Secretary for Justice, Mr Ho Wai-man, arrived in Guangzhou this "
                   "morning (May 10).", "Guangzhou"),
    "none": ("", None),
}
ORGANISATIONS = {
    "affairs office": "the Hong Kong and Macao Affairs Office of the State Council",
    "joint conference": "the Guangdong and Hong Kong Co-operation Joint Conference",
    "liaison bureau": "the Macao and Taiwan Liaison Bureau",
}
CALLS = {
    "visited and called on": "He visited {org} and called on its Director, Mr Li Ming.",
    "went to and met": "Mr Ho then went to {org} and met its Director, Mr Li Ming.",
    "called on at": "In the afternoon, Mr Ho called on the Director, Mr Li Ming, at {org}.",
}


@pytest.mark.parametrize(("opener", "organisation", "call"),
                         [(o, g, c) for o in sorted(OPENERS) for g in sorted(ORGANISATIONS)
                          for c in sorted(CALLS)])
def test_an_organisation_named_after_places_is_no_place(opener: str, organisation: str,
                                                        call: str) -> None:
    lead, city = OPENERS[opener]
    sentence = CALLS[call].format(org=ORGANISATIONS[organisation])
    paragraphs = tuple(p for p in (lead, sentence) if p)
    case = Case("Secretary's visit", paragraphs, DATELINE,
                Expected("held", None, None, None, city, None), {})
    meetings = english.extract(release_of(case)).meetings
    assert [m.location for m in meetings] == [city], "\n\n".join(paragraphs)


# --- Chinese: a weekday with its day in brackets -------------------------------------------

ZH_RELEASE_DAY = date(2024, 5, 10)  # a Friday
ZH_DATELINE = "完\n2024年5月10日（星期五）\n香港時間18時30分"
WEEKDAYS = {
    "周四（9日）": date(2024, 5, 9),
    "週四(9日)": date(2024, 5, 9),
    "周三（8日）上午": date(2024, 5, 8),
    "周五（10日）下午": ZH_RELEASE_DAY,
    # a day of the month alone before a time of day
    "9日上午": date(2024, 5, 9),
    "於9日下午": date(2024, 5, 9),
    "九日早上": date(2024, 5, 9),
    "於十日晚上": ZH_RELEASE_DAY,
    "二十八日下午": date(2024, 4, 28),
}
ZH_ACTORS = ("政制及內地事務局局長何志明", "何志明", "律政司司長黃大文")
ZH_CLAUSES = {
    "meets in a city": ("在深圳會見深圳市副市長張偉。", "深圳"),
    "meets with": ("在廣州與廣東省副省長張偉會面。", "廣州"),
    "calls on": ("在北京拜會國家發展和改革委員會副主任李明。", "北京"),
}
_TO_SIMPLIFIED = opencc.OpenCC("hk2s")


def _zh_meetings(text: str):  # type: ignore[no-untyped-def]
    return extract(parse(decode(text.encode("utf-8"), "grammar.txt"))).meetings


@pytest.mark.parametrize("simplified", [False, True])
@pytest.mark.parametrize(("weekday", "actor", "clause"),
                         [(w, a, c) for w in WEEKDAYS for a in ZH_ACTORS for c in ZH_CLAUSES])
def test_a_day_printed_without_its_month_dates_the_meeting(weekday: str, actor: str,
                                                              clause: str,
                                                              simplified: bool) -> None:
    rest, city = ZH_CLAUSES[clause]
    text = f"  {actor}{weekday}{rest}\n\n{ZH_DATELINE}\n"
    if simplified:
        text = _TO_SIMPLIFIED.convert(text)
        city = _TO_SIMPLIFIED.convert(city)
    meetings = _zh_meetings(text)
    assert [(m.date, m.location) for m in meetings] == [(WEEKDAYS[weekday], city)], text


@pytest.mark.parametrize("name", ["周一岳", "周一鳴", "週三明"])
def test_a_surname_before_a_numeral_is_no_weekday(name: str) -> None:
    text = (f"  衞生局局長{name}今日在北京會見國家衞生健康委員會副主任李明。\n\n"
            f"{ZH_DATELINE}\n")
    meetings = _zh_meetings(text)
    assert [m.date for m in meetings] == [ZH_RELEASE_DAY], text


# --- English: the next stop of a journey, and a city after "at" ------------------------------

NEXT_STOPS = {
    "before leaving for": "Before leaving for Chongqing in the evening, Mr Ho met",
    "before proceeding to ... from": "Before proceeding to Chongqing today from Chengdu, Mr Ho "
                                     "met",
    "before he travels to": "Mr Ho met {counterpart} before he travels to Chongqing tonight.",
    "before heading to": "Before heading to Chongqing, Mr Ho met",
}
COUNTERPART = "the Vice Governor of Sichuan Province, Mr Li Ming"


@pytest.mark.parametrize("stop", sorted(NEXT_STOPS))
def test_the_next_stop_of_a_journey_is_no_place_of_the_meeting(stop: str) -> None:
    lead = "The Secretary for Justice, Mr Ho Wai-man, began his visit to Chengdu today (May 10)."
    text = NEXT_STOPS[stop]
    sentence = text.format(counterpart=COUNTERPART) if "{" in text \
        else f"{text} {COUNTERPART}, to exchange views on trade."
    case = Case("Secretary's visit", (lead, sentence), DATELINE,
                Expected("held", None, None, None, "Chengdu", None), {})
    meetings = english.extract(release_of(case)).meetings
    assert [m.location for m in meetings] == ["Chengdu"], sentence


def test_a_journey_to_a_city_still_places_the_meeting_it_is_made_for() -> None:
    sentence = ("The Secretary for Justice, Mr Ho Wai-man, proceeded to Chongqing today "
                "(May 10) and met the Mayor, Mr Li Ming.")
    case = Case("Secretary's visit", (sentence,), DATELINE,
                Expected("held", None, None, None, "Chongqing", None), {})
    meetings = english.extract(release_of(case)).meetings
    assert [m.location for m in meetings] == ["Chongqing"]


@pytest.mark.parametrize(("where", "city"), [("at Shenzhen", "Shenzhen"),
                                             ("at Shenzhen Bay Port", None),
                                             ("at the Shenzhen Civic Centre", None)])
def test_a_city_after_at_is_the_place_only_as_a_whole_name(where: str, city: str | None) -> None:
    sentence = (f"Health officials of Guangdong and Hong Kong held a meeting {where} today "
                "(May 10) to discuss the prevention of infectious diseases.")
    case = Case("Health officials meet", (sentence,), DATELINE,
                Expected("held", None, None, None, city, None), {})
    meetings = english.extract(release_of(case)).meetings
    assert [m.location for m in meetings] == [city]


def test_a_body_named_again_by_its_short_form_in_a_city_is_placed_there() -> None:
    caption = ("The Secretary for Commerce and Industry, Mr Ho Wai-man, speaks at a plenary "
               "session of the 12th Asia-Pacific Economic Cooperation Ministerial Meeting.")
    remarks = ("Mr Ho made the remarks at the 12th APEC Ministerial Meeting in Lima, Peru, "
               "today (May 10).")
    case = Case("Secretary attends ministerial meeting", (caption, remarks), DATELINE,
                Expected("held", None, None, None, "Lima", None), {})
    meetings = english.extract(release_of(case)).meetings
    assert [m.location for m in meetings][:1] == ["Lima"]


# --- English: a sentence that opens with its place; leaving one city for another -----------

# A day of a trip abroad: the first city's call, the next day, then the next city's calls.
# The second city is named either as the opening of its call's sentence ("In Ottawa on May
# 12, ...") or only by the journey the day before ("will leave London for Ottawa"); either
# way the calls after it are held there, not in the city the trip was in before.
OPENINGS = {
    "opening with its place": (
        "On May 11, the Secretary will open an exhibition of Hong Kong design.",
        "In Ottawa on May 12, the Secretary will call on the Minister of Finance, "
        "Mr Hans Keller."),
    "after a journey that names the city left": (
        "The Secretary will leave London for Ottawa on May 11 where he will open an "
        "exhibition of Hong Kong design.",
        "On May 12, the Secretary will call on the Minister of Finance, Mr Hans Keller."),
}


@pytest.mark.parametrize("opening", sorted(OPENINGS))
def test_a_trip_moves_on_to_the_next_city(opening: str) -> None:
    paragraphs = (
        "On his arrival in London on May 10, the Secretary for Commerce, Mr Ho Wai-man, will "
        "meet the Mayor of London, Mr Karl Brandt.",
        *OPENINGS[opening],
        "In the afternoon, Mr Ho will call on the Governor of the central bank, Mr Otto Weber.")
    case = Case("Secretary to visit UK and Canada", paragraphs, DATELINE,
                Expected("planned", None, None, None, None, None), {})
    meetings = english.extract(release_of(case)).meetings
    assert [m.location for m in meetings] == ["London", "Ottawa", "Ottawa"]


@pytest.mark.parametrize("opening", ["In April", "In Hong Kong's view"])
def test_an_opening_in_that_names_no_place_places_nothing(opening: str) -> None:
    sentence = (f"{opening}, the Secretary for Commerce, Mr Ho Wai-man, met the Minister of "
                "Finance of Ruritania, Mr Hans Keller.")
    case = Case("Secretary meets minister", (sentence,), DATELINE,
                Expected("held", None, None, None, None, None), {})
    meetings = english.extract(release_of(case)).meetings
    assert [m.location for m in meetings] == [None]
