"""The walk down an English release's sentences that locates its meetings: each clause that
reports one, with the day and place carried from sentence to sentence ("In the afternoon,
he met ..." after "Yesterday (May 6), ..."), a meeting's own day where its clause gives
one, none for a meeting over several days or on the sidelines of another, and the one day
a release prints for meetings left without one; a caption's call or a summing-up told
again is dropped."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pressgraph.extract import dates as date_rules
from pressgraph.extract.adhoc_meetings import is_caption, told_again
from pressgraph.extract.carried_days import (
    SPELL,
    WHOLE_VISIT,
    carry_planned_date,
    day_before,
    days_of_stay,
    elsewhere,
    lead_day,
    planned_date,
    stay_first_day,
)
from pressgraph.extract.located import (
    Located,
    date_phrase,
    lasting_days,
    later_own_days,
    quoted,
    reported,
)
from pressgraph.extract.meeting_nouns import same_counterpart, told_by_its_people
from pressgraph.extract.meetings import Context, Found, Mentions, clauses, find_in_clause, is_future
from pressgraph.extract.places import (
    arrival_place,
    event_place,
    journey_place,
    narrowest,
    opening_place,
    place_in,
    unknown_place_in,
)
from pressgraph.extract.sentences import Sentence
from pressgraph.model import ParsedRelease


def locate_meetings(release: ParsedRelease, all_sentences: tuple[Sentence, ...],
                    mentions: Mentions, warnings: list[str]) -> list[Located]:
    context = Context()
    located: list[Located] = []
    fallback_place = opening_place(release)
    from_lead = False  # whether the day carried was set by a lead that reports no meeting
    for index, sentence in enumerate(all_sentences):
        context.stay_start = context.stay_start or stay_first_day(sentence, release)
        for clause in clauses(sentence, index):
            found, summary = find_in_clause(clause, release, mentions, context.meetings)
            phrase = date_phrase(sentence, clause.start)
            first_day = context.date is None and lead_day(sentence, phrase)
            sets_context = bool(found or summary or first_day or (
                phrase is not None and (phrase.start <= 1 or index == 0)  # or the lead's date
                and not is_future(sentence.text))) and not WHOLE_VISIT.search(sentence.text)
            when, when_text = context.date, context.date_text
            last_planned = context.planned_date or context.date
            carry_planned_date(context, sentence, clause, phrase, release)
            if phrase is not None and (not phrase.is_future_reference
                                       or phrase.relative in date_rules.NEXT_DAY):
                tense = "planned" if is_future(clause.text) else "held"
                when = date_rules.resolve_from(
                    phrase, release.release_date,
                    day_before(sentence, phrase, release) or context.date, tense,
                    context.stay_start)
                when_text = phrase.text
                if sets_context and (first_day or not is_future(clause.text)):
                    context.date, context.date_text = when, when_text
                    context.date_spans = _spans_days(sentence, sentence.span.start, phrase)
                    from_lead = first_day and not (found or summary)
            place, unplaced = None, None
            where_dated = context.place
            if found or summary:
                place = place_in(clause.text) or journey_place(sentence.text) \
                    or place_in(sentence.text) or journey_place(sentence.text, purpose=False)
                if place:
                    context.place = place
                else:
                    unplaced = unknown_place_in(clause.text)
            elif arrived := arrival_place(clause.text) \
                    or journey_place(clause.text, purpose=False) or event_place(clause.text):
                context.place = arrived  # "after arriving in Tokyo", "will visit Davos from
                # tomorrow": where the meetings after it are
            for number, item in enumerate(found):
                if quoted(release, sentence, item.anchor):
                    continue  # "This is the first meeting held after ...," he said.
                report = reported(sentence, item.anchor) if item.status != "planned" else None
                if report is not None:
                    if not is_future(report):
                        continue  # "pointed out that the two sides held a meeting in May"
                    item.status = "planned"  # "agreed that the next meeting would be held"
                when_found = when if when_text else None
                if (_spans_days(sentence, item.anchor, phrase) if phrase is not None
                        else context.date_spans):
                    when_found = None  # "the eighth meeting ... that ended in Hong Kong today":
                    # a meeting over several days has no single date (its day text kept)
                if phrase is None and item.status != "planned" and elsewhere(
                        clause.text, where_dated):
                    when_found, when_text = None, None  # "met X in Hanoi today. He also met Y
                    # in Ho Chi Minh City": the day carried is that of another city
                if phrase is None and from_lead and _SIDELINES.search(clause.text):
                    when_found, when_text = None, None  # "On the sidelines of the meeting,
                    # he met ...": no day of its own; the day of remarks is not the meeting's
                own = _own_phrase(sentence, found, number)
                if own is not None:  # "attended A tonight (November 12) and B last night"
                    when_found, when_text = date_rules.resolve(own, release.release_date), own.text
                if item.status == "planned":
                    if item.body is None and days_of_stay(sentence, item.anchor):
                        continue  # "will visit Beijing from November 19 to 21 to meet ...":
                        # a call announced for the stay, with no day of its own
                    when_found, when_text = planned_date(sentence, item.anchor, release,
                                                          last_planned, context.stay_start)
                    if when_text is None and not SPELL.search(sentence.text):
                        when_found, when_text = context.planned_date, context.planned_text
                    if when_text is None:
                        continue  # "will meet regularly", "during the visit, will meet":
                        # an announced meeting has a day of its own
                if when_found is None and when_text and item.session and item.session.isdigit():
                    when_found = _in_year_of_name(release, sentence, item)
                location = None if unplaced else narrowest(place or context.place,
                                                            fallback_place)
                if unplaced:
                    warnings.append(f"place {unplaced!r} is not in the gazetteer: meeting left "
                                    "without a location")
                located.append(Located(item, sentence, when_found, when_text, location))
                if item.body or not is_caption(item):  # a caption's call is told again:
                    context.meetings.append(item)  # not one met before it
    # "Mr X (right) meets Mr Y (caption). Mr X met Mr Y today ...": one call
    found = [item.found for item in located]
    located = [item for item in located
               if not (item.found.body is None and is_caption(item.found)
                       and told_again(item.found, found))]
    located = _summing_up_dropped(_on_the_only_day(release, all_sentences, located))
    located = lasting_days(all_sentences, later_own_days(release, all_sentences, located))
    # "Premier Li, in a meeting with Mr Leung (caption). Mr Li met Mr Leung ...": one call
    found = [item.found for item in located]
    # "called on the A Commission. They met its Director-General, Mr X": one call
    return [item for item in located
            if not (item.found.by_noun and same_counterpart(item.found, found))
            and not told_by_its_people(item.found, found)]


# "met financial officials of the Central Authorities": a group with no one named.
_OFFICIALS = re.compile(r"\b(?:officials|leaders)\b")


def _summing_up_dropped(located: list[Located]) -> list[Located]:
    """A lead that met a group of officials, no one named ("today met financial officials of
    the Central Authorities in Beijing"), followed by two or more calls on named people on
    its day, sums those calls up: it is not a meeting of its own."""
    if len(located) < 3:
        return located
    first = located[0]
    found = first.found
    named_after = [item for item in located[1:] if item.found.counterpart
                   and item.date == first.date and item.found.status == found.status]
    if found.counterpart is None and found.body is None and not found.by_noun \
            and first.sentence.span.start == min(item.sentence.span.start for item in located) \
            and _OFFICIALS.search(found.clause.text) and len(named_after) >= 2:
        return located[1:]
    return located


# "... that ended in Hong Kong today", "which opened yesterday": the meeting's last or first day.
_OPENED_OR_ENDED = re.compile(r"\b(?:that|which)\s+(?:was\s+|were\s+)?(?:opened|ended|concluded|"
                              r"closed)\b", re.IGNORECASE)


def _spans_days(sentence: Sentence, anchor: int, phrase: date_rules.DatePhrase) -> bool:
    """Whether the meeting's own words, between it and its day, say it opened or ended on
    that day: it lasts several days."""
    start = anchor - sentence.span.start
    return 0 <= start < phrase.start and bool(
        _OPENED_OR_ENDED.search(sentence.text, start, phrase.start))


# "On the sidelines of the meeting, he met ...": a meeting without a day of its own.
_SIDELINES = re.compile(r"\b(?:sidelines?|margins?)\b", re.IGNORECASE)


def _on_the_only_day(release: ParsedRelease, all_sentences: tuple[Sentence, ...],
                     located: list[Located]) -> list[Located]:
    """Held meetings left without a day, dated by the one day the release prints when it
    prints no other ("... is leading a delegation to co-chair the meeting. Today they
    reviewed ...", a photo caption naming the meeting before the lead): the text determines
    the day. Meetings on the sidelines of another, or told in another city than the day's,
    keep none."""
    if not any(item.date_text is None and item.found.status != "planned" for item in located):
        return located
    days = set()
    text = where = None
    for sentence in all_sentences:
        for phrase in date_rules.find_dates(sentence.text):
            if not lead_day(sentence, phrase) or WHOLE_VISIT.search(sentence.text):
                return located  # another day, or the last day of several
            days.add(date_rules.resolve(phrase, release.release_date))
            text = text or phrase.text
            where = where or place_in(sentence.text)
    if len(days) != 1 or None in days:
        return located
    only = days.pop()
    return [replace(item, date=only, date_text=text)
            if item.date_text is None and item.found.status != "planned"
            and not _SIDELINES.search(item.found.clause.text)
            and not elsewhere(item.found.clause.text, where) else item
            for item in located]


def _own_phrase(sentence: Sentence, found: list[Found],
                number: int) -> date_rules.DatePhrase | None:
    """The date phrase between a meeting and the next one named in the same clause, when the
    clause names several: each is dated by its own."""
    if len(found) < 2:
        return None
    start = found[number].anchor - sentence.span.start
    later = [f.anchor - sentence.span.start for f in found[number + 1:]]
    end = min(later) if later else len(sentence.text)
    inside = [p for p in date_rules.find_dates(sentence.text) if start <= p.start < end]
    return inside[0] if inside and not inside[0].is_future_reference else None


def _in_year_of_name(release: ParsedRelease, sentence: Sentence, item: Found) -> date | None:
    """A release without a date: the meeting's date in the year its name prints ("co-chaired
    the 2011 Hong Kong/Shenzhen Co-operation Meeting ... today (November 25)")."""
    phrase = (date_phrase(sentence, item.clause.start) if item.status != "planned"
              else next(iter(date_rules.find_dates(sentence.text)), None))
    if phrase is None or release.release_date is not None or not item.session:
        return None
    if phrase.month is not None and phrase.day is not None and phrase.year is None:
        # the day falls in the name's year, whether the phrase looks back or ahead
        return date_rules.resolve(replace(phrase, year=int(item.session)), None)
    return date_rules.resolve(phrase, date(int(item.session), 7, 1))
