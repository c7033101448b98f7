"""The days an English release carries from sentence to sentence: an announcement's day for
the announced meetings after it (not a journey's day, nor a stretch of days), the day an
announced meeting's own sentence gives (not a stay's range told before a call's verb), the
first day of a stay (what "the second day" counts from) and the release's own day that the
meetings after a lead sentence take, but not a meeting told in another city.

``located_meetings.py`` asks these as it walks the sentences; they read the date phrases of
``dates.py`` and the tense of ``meetings.py``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from pressgraph.dateforms import WEEKDAYS
from pressgraph.extract import dates as date_rules
from pressgraph.extract import wordlists
from pressgraph.extract.lexicon import alternation
from pressgraph.extract.meetings import Clause, Context, future_cue, is_future
from pressgraph.extract.places import apart, journey_place, place_in
from pressgraph.extract.sentences import Sentence
from pressgraph.model import ParsedRelease

# "yesterday concluded his three-day visit": the last of several days, not the day of the
# meetings reported after it.
WHOLE_VISIT = re.compile(r"\b(?:concluded|ended|wrapped\s+up|rounded\s+off|completed)\s+"
                          r"(?:his|her|their|the)\s+(?:[\w-]+\s+)?[\w-]+-day\s+(?:[\w-]+\s+)?"
                          r"(?:visit|trip|tour)\b")
# "During the visit, he will meet ...", "While in Fujian, the delegation will also meet ...",
# "will visit three cities, where she will meet ...": a stretch of days, not the day of one
# meeting.
SPELL = re.compile(r"\b(?:during|in\s+the\s+course\s+of|throughout)\s+(?:the|his|her|their|this|"
                    r"that|its)\s+(?:[\w-]+\s+)?(?:visit|trip|stay|tour|mission)\b"
                    r"|\bwhile\s+(?:in\s+(?-i:[A-Z])|there\b|visiting\b)"
                    r"|\bvisit\s+(?:two|three|four|five|six|several)\s+(?:[\w-]+\s+){0,2}"
                    r"(?:cities|places|provinces|countries|regions)\b", re.IGNORECASE)


@cache
def _setting_out() -> re.Pattern[str]:
    """Setting out for a place ("leave for", "fly to"): the journey words of
    ``data/journeys.tsv`` that take a preposition; "visit" is a stay, not a journey."""
    return re.compile(rf"\b(?:{alternation(wordlists.journey_cues(setting_out=True))})\b")


def carry_planned_date(context: Context, sentence: Sentence, clause: Clause,
                        phrase: date_rules.DatePhrase | None, release: ParsedRelease) -> None:
    """The day an announcement speaks of ("will lead a delegation to Macao tomorrow"), for the
    announced meetings of the sentences after it that give no day of their own; a sentence
    about a stretch of days ("during the three-day visit") ends it."""
    if SPELL.search(sentence.text) or (phrase is not None and phrase.is_range):
        context.planned_date, context.planned_text = None, None  # (a trip of several days)
    elif phrase is not None and is_future(clause.text) and _setting_out().search(clause.text) \
            and not journey_place(clause.text):
        context.planned_date, context.planned_text = None, None  # "will leave for X on
        # Sunday": the day of a journey, not of the meetings announced for the stay after it
    elif phrase is not None and is_future(clause.text):
        context.planned_date = date_rules.resolve_from(phrase, release.release_date,
                                                       context.planned_date or context.date,
                                                       first_day=context.stay_start)
        context.planned_text = phrase.text


def planned_date(sentence: Sentence, anchor: int, release: ParsedRelease,
                  last_day: date | None = None,
                  stay_start: date | None = None) -> tuple[date | None, str | None]:
    """An announced meeting's date: the first phrase after its verb ("to co-chair ...
    tomorrow morning"), else the last before it ("will depart this afternoon to attend")."""
    relative = anchor - sentence.span.start
    phrases = date_rules.find_dates(sentence.text)
    after = [p for p in phrases if p.start >= relative]
    before = [p for p in phrases if p.start < relative]
    phrase = after[0] if after else before[-1] if before else None
    if phrase is None:
        return None, None
    return date_rules.resolve_from(phrase, release.release_date,
                                   day_before(sentence, phrase, release) or last_day,
                                   "planned", stay_start), phrase.text


def days_of_stay(sentence: Sentence, anchor: int) -> bool:
    """Whether the day an announced meeting would take from its sentence is a range printed
    before its verb ("will visit Beijing from November 19 to 21 to meet ..."): the days of
    the stay it is announced for, none of a call's own."""
    relative = anchor - sentence.span.start
    phrases = date_rules.find_dates(sentence.text)
    after = [p for p in phrases if p.start >= relative]
    before = [p for p in phrases if p.start < relative]
    return not after and bool(before) and before[-1].is_range


def stay_first_day(sentence: Sentence, release: ParsedRelease) -> date | None:
    """The first day ``sentence`` speaks of (the first of a range), unless it sums up a
    whole visit: where a stay's "second day" counts from."""
    if WHOLE_VISIT.search(sentence.text):
        return None
    days = (date_rules.first_day_of(p, release.release_date)
            for p in date_rules.find_dates(sentence.text))
    return next((day for day in days if day is not None), None)


def day_before(sentence: Sentence, phrase: date_rules.DatePhrase,
                release: ParsedRelease) -> date | None:
    """The day printed before ``phrase`` in its sentence, which "the next day" counts from
    ("will depart on May 11 and call on X the next day")."""
    if phrase.relative not in date_rules.NEXT_DAY:
        return None
    before = [p for p in date_rules.find_dates(sentence.text)
              if p.end <= phrase.start and p.relative not in date_rules.NEXT_DAY]
    return date_rules.resolve(before[-1], release.release_date) if before else None


# Relative words that name the release's own day or the day before it.
_DEICTIC_HEADS = frozenset({"today", "tonight", "this", "yesterday", "earlier", "later"})


def lead_day(sentence: Sentence, phrase: date_rules.DatePhrase | None) -> bool:
    """Whether ``phrase`` is the release's day that the meetings after it take: "arrived in
    X today (May 17) to attend a fair to be held tomorrow", "continued the visit today": a
    day named by the release's own words, in a part of the sentence that reports the past."""
    if phrase is None or phrase.relative is None or phrase.is_range:
        return False
    words = phrase.relative.split()
    if words[0] not in _DEICTIC_HEADS or (words[0] == "this" and words[1] in WEEKDAYS):
        return False
    cue = future_cue(sentence.text)
    return cue is None or cue > phrase.end


def elsewhere(clause: str, where_dated: str | None) -> bool:
    """Whether the clause places its meeting in another city or province than the one where
    the day carried to it was spent ("met X in Hanoi today. He also met Y in Ho Chi Minh
    City"): a meeting told without a day of its own, elsewhere, does not take that day."""
    return apart(place_in(clause), where_dated)
