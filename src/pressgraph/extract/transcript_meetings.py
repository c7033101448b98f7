"""The meetings an English transcript reports: the occasion its opening names ("Following is
the speech by X at the Second Joint Meeting of ... today"), and the speaker's own account
("Earlier today, I met ...", "The Task Force has held its first meeting"), each dated by its
own words or by the opening. Read by ``english.py`` after the meetings are located."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pressgraph.extract import dates as date_rules
from pressgraph.extract.body_names import same_body
from pressgraph.extract.located import Located, date_phrase
from pressgraph.extract.meetings import Mentions
from pressgraph.extract.places import opening_place, place_in
from pressgraph.extract.sentences import Sentence
from pressgraph.extract.transcripts import (
    body_has_met,
    occasion_meetings,
    occasion_undated,
    opening_sentence,
    reported_as_held,
    reported_body,
)
from pressgraph.model import ParsedRelease


def opening_occasion(release: ParsedRelease, all_sentences: tuple[Sentence, ...],
                     mentions: Mentions) -> list[Located]:
    """A transcript reports no meeting, but its opening may name the meeting it was given at
    ("Following is the speech by X at the Second Joint Meeting of ... today (October 25):")."""
    if not all_sentences or not all_sentences[0].text.lower().startswith("following"):
        return []
    sentence = all_sentences[0]
    located = []
    for found in occasion_meetings(sentence, 0, release, mentions):
        phrase = None if occasion_undated(sentence) else date_phrase(sentence, found.clause.start)
        when = date_rules.resolve(phrase, release.release_date) if phrase else None
        located.append(Located(found, sentence, when, phrase.text if phrase else None,
                                place_in(sentence.text) or opening_place(release)))
    return located


def not_the_occasion(occasions: list[Located], told: list[Located]) -> list[Located]:
    """The speaker's account without the occasion's meeting told again ("... after the Fight
    Crime Committee meeting this afternoon: The Committee held its meeting this afternoon"):
    the same body's meeting on the same day, or with no day of its own."""
    return [item for item in told
            if not any(item.found.body and occasion.found.body
                       and same_body(item.found.body, occasion.found.body)
                       and item.date in (None, occasion.date) for occasion in occasions)]


# "I met President X and the Premier", "we had a meeting with ...": the speaker's subject
# right before the verb of meeting.
SPEAKER_SUBJECT = re.compile(
    r"(?:^|[\s,])(?:I|[Ww]e)\s+(?:(?:have|had|just|also|then|all)\s+){0,2}$")


# "Last week, I met ...": in a speech, a contact of the past recounted, not the day's news.
_LAST_WEEK = re.compile(r"\blast\s+week\b", re.IGNORECASE)


def first_person(release: ParsedRelease, all_sentences: tuple[Sentence, ...],
                 located: list[Located]) -> list[Located]:
    """What a transcript reports as met in the speaker's own words ("Earlier today, I met
    ..."): held meetings whose subject is the speaker, dated, when they give no day, by the
    opening ("Following is the transcript of remarks ... this afternoon (August 11):"). The
    rest of a transcript (what was said about others, what is planned) reports no meeting."""
    located = located + _bodies_met(release, all_sentences)
    kept = [item for item in located if item.found.status != "planned" and (
        (item.found.body is None and SPEAKER_SUBJECT.search(before_meeting(item)))
        or reported_as_held(before_meeting(item), item.sentence.text))
        and not _LAST_WEEK.search(item.found.clause.text)]
    opening = opening_sentence(all_sentences)
    phrase = date_phrase(opening, opening.span.end) if opening is not None else None
    dated = phrase is not None and not phrase.is_future_reference
    when = date_rules.resolve(phrase, release.release_date) if dated else None
    return [_own_day(item, when or release.release_date)
            if not SPEAKER_SUBJECT.search(before_meeting(item))
            else _undated(item) if _day_carried(item, opening)
            else item if phrase is None or not dated
            else replace(item, date=_from_the_opening(item, when)) if item.date_text
            else replace(item, date=when, date_text=phrase.text) for item in kept]


# "I have just met ...", "I have also met ...": met on the day of the remarks.
_JUST_NOW = re.compile(r"\b(?:have|has|just)\b", re.IGNORECASE)


def _day_carried(item: Located, opening: Sentence | None) -> bool:
    """Whether the speaker's meeting has its day only from another of his sentences
    ("Yesterday afternoon I met the Mayor ... Secondly, I had meetings with ..."): the day
    of the remarks, or of the meeting told before, is not that of a meeting recounted
    without one. A meeting the speaker "has just" held is of the day of the remarks."""
    return item.date_text is not None and item.sentence is not opening \
        and date_phrase(item.sentence, item.found.clause.start) is None \
        and not _JUST_NOW.search(before_meeting(item))


def _undated(item: Located) -> Located:
    return replace(item, date=None, date_text=None)


def _own_day(item: Located, opening_day: date | None) -> Located:
    """A meeting others held, as the speaker reports it, has the day its own sentence
    gives ("The committee held its meeting this afternoon"), counted from the day of the
    remarks; none when the sentence gives none ("The Task Force has held its first
    meeting"): the day of the remarks is not the meeting's."""
    found = replace(item.found, body=reported_body(item.found.body, before_meeting(item)))
    phrase = date_phrase(item.sentence, item.found.anchor)
    if phrase is None or phrase.is_future_reference:
        return replace(item, found=found, date=None, date_text=None)
    return replace(item, found=found, date=date_rules.resolve(phrase, opening_day),
                   date_text=phrase.text)


def _bodies_met(release: ParsedRelease, all_sentences: tuple[Sentence, ...]) -> list[Located]:
    """"The <Body> has met today" in a transcript's account."""
    located = []
    for index, sentence in enumerate(all_sentences):
        found = body_has_met(sentence, index)
        if found is None:
            continue
        phrase = date_phrase(sentence, found.anchor)
        when = date_rules.resolve(phrase, release.release_date) if phrase else None
        located.append(Located(found, sentence, when, phrase.text if phrase else None,
                                place_in(sentence.text)))
    return located


def before_meeting(item: Located) -> str:
    """The words of a meeting's clause before the meeting."""
    return item.found.clause.text[:item.found.anchor - item.found.clause.start]


def _from_the_opening(item: Located, opening_day: date | None) -> date | None:
    """A day the speaker names by its distance from the day of the remarks ("yesterday",
    "this morning"), counted from the day the opening gives, which may not be the
    release's ("today (June 11, New York time)" in a release of June 12)."""
    phrase = date_phrase(item.sentence, item.found.clause.start)
    if opening_day is None or phrase is None or phrase.text != item.date_text \
            or phrase.day is not None:
        return item.date
    return date_rules.resolve(phrase, opening_day)
