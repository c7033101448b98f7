"""Dates in Chinese release text, resolved against the dateline.

``今日（七月十二日）``, ``今日``, ``昨日（五月六日）``, ``昨夜``, ``明晨``, ``二月二十二日``,
``二○二五年十一月九日``, ``星期六早上`` (the nearest Saturday; on or after the release for
an announcement), ``翌日`` (the day after the one spoken of last), ``首日``, ``第三天`` (a day
of the stay, counted from the first day the text spoke of). A month and day
without a year take the release's year, or the year before when that would put the date
more than a month after the release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from pressgraph.dateforms import ZH_BARE_DAY, ZH_WEEKDAYS, nearest_day_of_month
from pressgraph.model import Span
from pressgraph.parse import chinese_number

_NUM = "〇○零一二三四五六七八九十兩"
_RELATIVE = {"今日": 0, "今天": 0, "今早": 0, "今晨": 0, "今晚": 0, "今午": 0, "今明": 0,
             "今夜": 0, "昨日": -1, "昨天": -1, "昨晚": -1, "昨早": -1, "昨晨": -1, "昨午": -1,
             "昨夜": -1, "明日": 1, "明天": 1, "明晚": 1, "明早": 1, "明晨": 1, "明午": 1,
             "後天": 2}
# Days counted from the day spoken of last, not from the release: 翌日, 次日.
_NEXT_DAY = re.compile(r"(?:翌日|次日|翌晨|第二天)")
# A day of a stay counted from its first, the first day the text spoke of: 訪問首日, 第三天
# (第二天 is the day after the one spoken of last, as 翌日). Not 首日封, a first-day cover.
_STAY_DAY = re.compile(r"(?:首日(?!封)|第一天|第(?P<nth>[三四五六七])天)")
# How far back the day spoken of last is looked for.
_LAST_DAY_REACH = 400
_DATE = re.compile(
    # (早前 is "earlier": 何志明早前 is no 明早, tomorrow morning)
    rf"(?:(?P<relative>{'|'.join(_RELATIVE)})(?!(?<=早)前))?(?:上午|下午|早上|晚上|中午)?"
    rf"(?:[（(]?(?:(?:(?P<year>\d{{4}}|[{_NUM}]{{4}})年)?(?P<month>\d{{1,2}}|[{_NUM}]{{1,3}})月"
    rf"|(?P<this_month>本月))(?P<day>\d{{1,2}}|[{_NUM}]{{1,3}})日[）)]?)?"
)


@dataclass(frozen=True)
class DatePhrase:
    value: date | None
    text: str
    span: Span
    relative: bool
    weekday: int | None = None  # 0 = Monday, for a weekday named on its own

    def ahead(self, release_date: date | None) -> date | None:
        """The date, a weekday taken on or after the release date (an announcement's)."""
        if self.weekday is None or release_date is None:
            return self.value
        return release_date + timedelta(days=(self.weekday - release_date.weekday()) % 7)


# A weekday on its own (``星期六早上``), not one in brackets after a date (``今日（星期五）``)
# nor one followed by its date (``星期三（十一月七日）``, which the date gives).
# ``周四（18日）``: a weekday written 周/週 counts only with its day in brackets after it (周一
# also opens names, 周一岳); the bracketed day then dates it.
# ``本星期三``, ``下周一``, ``今個星期五``: the weekday of the release's week, or of the week
# after or before it (a week runs from Monday), whether it lies ahead or not.
_WEEKS = {"本": 0, "今個": 0, "這個": 0, "这个": 0, "下": 1, "下個": 1, "上": -1, "上個": -1}
_WEEKDAY = re.compile(
    rf"(?<![（(])(?:(?P<week>{'|'.join(sorted(_WEEKS, key=len, reverse=True))})(?:星期|禮拜|[周週])"
    rf"|星期|[周週](?=[一二三四五六日天]\s*[（(]\s*(?:\d{{1,2}}|[{_NUM}]{{1,3}})\s*日))"
    rf"(?P<wd>[一二三四五六日天])(?:\s*[（(]\s*(?P<day>\d{{1,2}}|[{_NUM}]{{1,3}})\s*日\s*[）)])?"
    r"(?![^（）()]{0,4}[（(][^（）()]*月)")


def find_dates(text: str, folded: str, span: Span, release_date: date | None) -> list[DatePhrase]:
    found = []
    for match in _DATE.finditer(folded, span.start, span.end):
        if not match.group("relative") and not _has_day(match):
            continue
        found.append(DatePhrase(_resolve(match, release_date), text[match.start():match.end()],
                                Span(match.start(), match.end()),
                                bool(match.group("relative"))))
    for match in _NEXT_DAY.finditer(folded, span.start, span.end):
        if any(p.span.start <= match.start() < p.span.end for p in found):
            continue
        last = _last_day_before(folded, match.start(), release_date)
        found.append(DatePhrase(last + timedelta(days=1) if last else None,
                                text[match.start():match.end()],
                                Span(match.start(), match.end()), True))
    for match in _STAY_DAY.finditer(folded, span.start, span.end):
        if any(p.span.start <= match.start() < p.span.end for p in found) \
                or folded[match.end():match.end() + 1] in ("（", "("):
            continue  # 行程首日（倫敦時間十月十五日）: the bracket gives the day
        first = _first_day_before(folded, match.start(), release_date)
        days = chinese_number(match.group("nth")) - 1 if match.group("nth") else 0
        found.append(DatePhrase(first + timedelta(days=days or 0) if first else None,
                                text[match.start():match.end()],
                                Span(match.start(), match.end()), True))
    for match in ZH_BARE_DAY.finditer(folded, span.start, span.end):
        day = chinese_number(match.group("day"))
        if day and not any(p.span.start <= match.start() < p.span.end for p in found):
            found.append(DatePhrase(nearest_day_of_month(day, release_date) if release_date
                                    else None, text[match.start():match.end()],
                                    Span(match.start(), match.end()), False))
    for match in _WEEKDAY.finditer(folded, span.start, span.end):
        if any(p.span.start <= match.start() < p.span.end + 1 for p in found):
            continue
        weekday = 6 if match.group("wd") in "日天" else ZH_WEEKDAYS.index(match.group("wd"))
        day = chinese_number(match.group("day")) if match.group("day") else None
        if day and release_date is not None:
            found.append(DatePhrase(nearest_day_of_month(day, release_date),
                                    text[match.start():match.end()],
                                    Span(match.start(), match.end()), True))
            continue
        if match.group("week") and release_date is not None:
            monday = release_date - timedelta(days=release_date.weekday())
            found.append(DatePhrase(monday + timedelta(days=7 * _WEEKS[match.group("week")]
                                                       + weekday),
                                    text[match.start():match.end()],
                                    Span(match.start(), match.end()), True))
            continue
        found.append(DatePhrase(_weekday(weekday, release_date),
                                text[match.start():match.end()], Span(match.start(), match.end()),
                                True, weekday))
    return sorted(found, key=lambda phrase: phrase.span.start)


def _last_day_before(folded: str, position: int, release_date: date | None) -> date | None:
    """The day the text spoke of last before ``position`` (what 翌日 counts from)."""
    start = max(0, position - _LAST_DAY_REACH)
    days = [match for match in _DATE.finditer(folded, start, position)
            if match.group("relative") or _has_day(match)]
    return _resolve(days[-1], release_date) if days else None


def _first_day_before(folded: str, position: int, release_date: date | None) -> date | None:
    """The first day the text spoke of before ``position`` (what 首日 and 第三天 count from)."""
    for match in _DATE.finditer(folded, 0, position):
        if match.group("relative") or _has_day(match):
            return _resolve(match, release_date)
    return None


def _weekday(weekday: int, release_date: date | None) -> date | None:
    """The nearest such weekday to the release date (a week either side)."""
    if release_date is None:
        return None
    ahead = release_date + timedelta(days=(weekday - release_date.weekday()) % 7)
    behind = ahead - timedelta(days=7)
    return min((ahead, behind), key=lambda value: (abs((value - release_date).days), value))


def _has_day(match: re.Match[str]) -> bool:
    """A day of a month: ``五月二十日``, or ``本月20日`` (of the release's month)."""
    return bool(match.group("month") or match.group("this_month"))


def _resolve(match: re.Match[str], release_date: date | None) -> date | None:
    if match.group("this_month"):
        if release_date is None:
            return None
        try:
            return release_date.replace(day=chinese_number(match.group("day")) or 0)
        except ValueError:
            return None
    if match.group("month"):
        month = chinese_number(match.group("month"))
        day = chinese_number(match.group("day"))
        year = chinese_number(match.group("year")) if match.group("year") else None
        if year is None:
            if release_date is None:
                return None
            year = release_date.year
            try:
                candidate = date(year, month or 0, day or 0)
            except ValueError:
                return None
            if candidate - release_date > timedelta(days=31):
                year -= 1
        try:
            return date(year, month or 0, day or 0)
        except ValueError:
            return None
    if release_date is None:
        return None
    return release_date + timedelta(days=_RELATIVE[match.group("relative")])
