"""Dates written in English release bodies, resolved against the release's dateline.

Shapes handled (all case-insensitive)::

    today (October 20)          this afternoon (March 6)     Yesterday (May 6)
    yesterday                   this morning                  tomorrow morning (November 23)
    next Wednesday (October 12) on October 20                 on October 15 (London time)
    yesterday (London time, May 20)                           on Monday, 5 May 2025
    on the morning of May 17    from May 21-23                the next day
    in the evening of May 17    the day after tomorrow
    on November 8 and 9         from November 27 to 29        on the second day (of the stay)

A date in brackets wins over the relative word (the bracket is the local date the release
means, whatever the time zone). Without a year, the year is the one that puts the date
nearest to the release date, so a January release can report "December 30" of the year
before. A day that does not exist (February 30) is never rolled over: it resolves to None
and the phrase is kept. Without a release date, only phrases that carry a year resolve.
A range of days ("May 21-23", "November 8 and 9") is kept as a phrase but resolves to
None: a meeting held over several days has no one date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from pressgraph.parse import MONTHS, WEEKDAYS

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?:morning|afternoon|evening|night)"
# "On the second day of his visit": counted from the first day the text spoke of.
ORDINAL_DAYS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
_ORDINAL_DAY = rf"(?:{'|'.join(ORDINAL_DAYS)})"
_RELATIVE = (
    rf"(?:the\s+day\s+(?:after\s+tomorrow|before\s+yesterday)"
    rf"|(?:today|yesterday|tomorrow)(?:\s+{_PART})?|tonight|last\s+night"
    rf"|this\s+(?:{_PART}|{_WEEKDAY})|(?:next|last)\s+{_WEEKDAY}|{_WEEKDAY}\s+{_PART}"
    rf"|{_WEEKDAY}(?=\s*\({_MONTH})"
    rf"|earlier\s+today|later\s+today|(?:the\s+)?(?:next|following)\s+day"
    rf"|(?<=on\s)(?:the|his|her|their)\s+{_ORDINAL_DAY}\s+day)"
)
_BRACKET = r"(?:\s*\((?P<bracket>[^()]{1,60})\))?"
_MONTH_DAY = (rf"(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
              r"(?:\s*,?\s*(?P<year>\d{4}))?")
_DAY_MONTH = (rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH})\.?"
              r"(?:\s*,?\s*(?P<year2>\d{4}))?")

RELATIVE_PHRASE = re.compile(rf"\b(?P<rel>{_RELATIVE})\b{_BRACKET}", re.IGNORECASE)
ABSOLUTE_PHRASE = re.compile(
    rf"\b(?P<lead>(?:on(?:\s+the\s+{_PART}\s+of)?|in\s+the\s+{_PART}\s+of|from)\s+)"
    rf"(?:(?P<wd>{_WEEKDAY})\s*,?\s*)?(?:{_MONTH_DAY}|{_DAY_MONTH})\b{_BRACKET}",
    re.IGNORECASE,
)
# A weekday alone, not the start of a written date ("Monday, 5 May 2025").
_BARE_WEEKDAY = re.compile(rf"\b(?P<wd>{_WEEKDAY})\b(?!\s*,?\s*(?:\d|{_MONTH}))", re.IGNORECASE)
# The day after the one the text spoke of last ("The next day, he met ...").
NEXT_DAY = frozenset({"next day", "following day"})
# The end of a range of days after a day ("21-23", "8 and 9", "27 to 29", "30 to June 2"),
# not a time or an amount ("8 to 10am", "3 and 4 per cent").
_RANGE_END = re.compile(
    rf"\s*(?:-|\u2013|to|and|&)\s*(?:{_MONTH}\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"(?!\s*(?:am|pm|a\.m|p\.m|per\s*cent|%|:|\.\d))", re.IGNORECASE)
# A second day joined to a relative one ("tomorrow and on Sunday", "yesterday and today"): the
# meeting is held over both.
_SECOND_DAY = re.compile(
    rf"\s+and\s+(?:on\s+)?(?:today|tomorrow|yesterday|this\s+{_PART}|{_WEEKDAY})\b", re.IGNORECASE)
_IN_BRACKET = re.compile(rf"(?:{_MONTH_DAY}|{_DAY_MONTH})\b", re.IGNORECASE)
_TIME_ZONE = re.compile(r"\b(?P<zone>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)\s+time\b")


@dataclass(frozen=True)
class DatePhrase:
    """A date expression found in a piece of text (offsets relative to that text)."""

    start: int
    end: int
    text: str  # as written, without a leading "on"
    relative: str | None  # "today", "yesterday", "next wednesday"... lower case
    month: int | None
    day: int | None
    year: int | None
    time_zone: str | None  # "London" in "(London time)"
    is_range: bool = False  # "May 21-23": the first of several days


    @property
    def is_past_reference(self) -> bool:
        return bool(self.relative) and (self.relative.split()[0] in {"yesterday", "last"}
                                        or self.relative == "day before yesterday")

    @property
    def is_future_reference(self) -> bool:
        return bool(self.relative) and (self.relative.split()[0] in {"tomorrow", "next"}
                                        or self.relative == "day after tomorrow")


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def _parts(match: re.Match[str]) -> tuple[int | None, int | None, int | None]:
    groups = match.groupdict()
    month = groups.get("month") or groups.get("month2")
    day = groups.get("day") or groups.get("day2")
    year = groups.get("year") or groups.get("year2")
    if not month or not day:
        return None, None, None
    return _month_number(month), int(day), int(year) if year else None


def _bracket(content: str | None) -> tuple[int | None, int | None, int | None, str | None]:
    if not content:
        return None, None, None, None
    zone = _TIME_ZONE.search(content)
    found = _IN_BRACKET.search(content)
    month, day, year = _parts(found) if found else (None, None, None)
    return month, day, year, zone.group("zone") if zone else None


def find_dates(text: str) -> list[DatePhrase]:
    """Every relative or absolute date phrase in ``text``, in text order."""
    found: list[DatePhrase] = []
    taken: list[tuple[int, int]] = []
    for match in RELATIVE_PHRASE.finditer(text):
        month, day, year, zone = _bracket(match.group("bracket"))
        if match.group("bracket") and month is None and zone is None:
            end = match.end("rel")  # an unrelated bracket follows the word
        else:
            end = match.end()
        relative = re.sub(r"^(?:the|his|her|their) (?=\w+ day$)|^the ", "",
                          " ".join(match.group("rel").lower().split()))
        ranged = _SECOND_DAY.match(text, end) is not None or _bracket_range(
            match.group("bracket"))
        found.append(DatePhrase(match.start(), end, text[match.start():end], relative,
                                month, day, year, zone, ranged))
        taken.append((match.start(), end))
    for match in ABSOLUTE_PHRASE.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        month, day, year = _parts(match)
        b_month, b_day, _, zone = _bracket(match.group("bracket"))
        if b_month is not None and month is not None and (b_month, b_day) != (month, day):
            continue  # two different dates: not a phrase this module understands
        end = match.end() if zone or b_month else _end_without_bracket(match)
        start = match.end("lead")  # "May 17" of "on the morning of May 17", "from May 21-23"
        day_end = match.end("day") if match.group("day") else match.end("month2")
        ranged = match.group("year") is None and match.group("bracket") is None \
            and match.group("day") is not None and _RANGE_END.match(text, day_end) is not None
        found.append(DatePhrase(start, end, text[start:end], None, month, day, year, zone,
                                ranged))
        taken.append((match.start(), end))
    for match in _BARE_WEEKDAY.finditer(text):  # "met Mr Leung in Beijing Tuesday"
        if not any(s <= match.start() < e for s, e in taken):
            # "on Monday and Tuesday": the first of two days
            ranged = _SECOND_DAY.match(text, match.end()) is not None
            found.append(DatePhrase(match.start(), match.end(), match.group(0),
                                    match.group("wd").lower(), None, None, None, None, ranged))
    return sorted(found, key=lambda phrase: phrase.start)


def _bracket_range(content: str | None) -> bool:
    """"(May 9 and 10)", "(September 13-14)": a bracket that gives several days."""
    found = _IN_BRACKET.search(content or "")
    if found is None:
        return False
    day_end = found.end("day") if found.group("day") else found.end("month2")
    return found.group("year") is None and _RANGE_END.match(content or "", day_end) is not None


def _end_without_bracket(match: re.Match[str]) -> int:
    if match.group("bracket") is None:
        return match.end()
    # Drop a bracket that is not about the date, e.g. "on May 8 (the second day)".
    return match.start() + len(match.group(0)[: match.group(0).rfind("(")].rstrip())


def _nearest_year(month: int, day: int, reference: date) -> date | None:
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda value: (abs((value - reference).days), value))


def _first_on_or_after(month: int, day: int, reference: date) -> date | None:
    for year in (reference.year, reference.year + 1):
        value = _exists(year, month, day)
        if value is not None and value >= reference:
            return value
    return None


def _last_on_or_before(month: int, day: int, reference: date) -> date | None:
    for year in (reference.year, reference.year - 1):
        value = _exists(year, month, day)
        if value is not None and value <= reference:
            return value
    return None


def _exists(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_after(reference: date, weekday: int, *, strictly: bool = True) -> date:
    ahead = (weekday - reference.weekday()) % 7
    if ahead == 0 and strictly:
        ahead = 7
    return reference + timedelta(days=ahead)


def resolve(phrase: DatePhrase, release_date: date | None,
            tense: str | None = None) -> date | None:
    """The calendar date ``phrase`` means in a release dated ``release_date`` (None for a
    range of days). A weekday alone ("On Friday, he met ...") is the last such day on or
    before the release for a meeting ``tense`` "held", the first on or after it for one
    "planned", else the nearest."""
    if phrase.is_range:
        return None
    if phrase.month is not None and phrase.day is not None:
        if phrase.year is not None:
            return _exists(phrase.year, phrase.month, phrase.day)
        if release_date is None:
            return None
        if not any(_exists(y, phrase.month, phrase.day)
                   for y in (release_date.year - 1, release_date.year, release_date.year + 1)):
            return None
        if phrase.month == 2 and phrase.day == 29:  # only valid in leap years: no guessing
            return _exists(release_date.year, 2, 29)
        if phrase.is_future_reference:
            return _first_on_or_after(phrase.month, phrase.day, release_date)
        if phrase.is_past_reference:
            return _last_on_or_before(phrase.month, phrase.day, release_date)
        return _nearest_year(phrase.month, phrase.day, release_date)
    if release_date is None or phrase.relative is None:
        return None
    words = phrase.relative.split()
    head = words[0]
    if head in {"today", "tonight", "this", "earlier", "later"}:
        if head == "this" and words[1] in WEEKDAYS:
            return _weekday_after(release_date, WEEKDAYS.index(words[1]), strictly=False)
        return release_date
    if phrase.relative in {"day after tomorrow", "day before yesterday"}:
        return release_date + relativedelta(days=2 if words[1] == "after" else -2)
    if head == "yesterday" or phrase.relative == "last night":
        return release_date + relativedelta(days=-1)
    if head == "tomorrow":
        return release_date + relativedelta(days=1)
    if head == "next" and words[1] in WEEKDAYS:
        return _weekday_after(release_date, WEEKDAYS.index(words[1]))
    if head == "last" and words[1] in WEEKDAYS:
        back = (release_date.weekday() - WEEKDAYS.index(words[1])) % 7 or 7
        return release_date - timedelta(days=back)
    if head in WEEKDAYS:  # "Monday morning": the nearest such day
        ahead = _weekday_after(release_date, WEEKDAYS.index(head), strictly=False)
        behind = ahead - timedelta(days=7) if ahead > release_date else ahead
        if tense == "held":
            return behind
        if tense == "planned":
            return ahead
        return min((ahead, behind), key=lambda value: (abs((value - release_date).days), value))
    return None


def ordinal_day(phrase: DatePhrase) -> int | None:
    """2 for "on the second day" (of a visit), else None."""
    words = (phrase.relative or "").split()
    if len(words) == 2 and words[1] == "day" and words[0] in ORDINAL_DAYS:
        return ORDINAL_DAYS.index(words[0]) + 1
    return None


def first_day_of(phrase: DatePhrase, release_date: date | None) -> date | None:
    """The day ``phrase`` means, the first of a range ("from May 13 to 15"): what an ordinal
    day of the stay counts from."""
    if ordinal_day(phrase) is not None or phrase.relative in NEXT_DAY:
        return None
    return resolve(replace(phrase, is_range=False), release_date)


def resolve_from(phrase: DatePhrase, release_date: date | None,
                 last_day: date | None, tense: str | None = None,
                 first_day: date | None = None) -> date | None:
    """``phrase`` resolved as :func:`resolve` does, "the next day" as the day after
    ``last_day`` (the day the text spoke of last), "on the second day" as the day after
    ``first_day`` (the first day the text spoke of)."""
    if phrase.relative in NEXT_DAY:
        return last_day + timedelta(days=1) if last_day else None
    if (number := ordinal_day(phrase)) is not None:
        return first_day + timedelta(days=number - 1) if first_day else None
    return resolve(phrase, release_date, tense)


def resolve_text(text: str, release_date: date | None) -> tuple[date | None, str | None]:
    """The first date phrase of ``text`` resolved, with the phrase as written."""
    phrases = find_dates(text)
    if not phrases:
        return None, None
    return resolve(phrases[0], release_date), phrases[0].text
