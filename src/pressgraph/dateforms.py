"""How releases write a calendar date: month and weekday names, Chinese numerals.

Shared by the parser (the dateline, a date at the top of a page) and the extractors.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZH_WEEKDAYS = "一二三四五六日"
ZH_NUM = "〇○零一二三四五六七八九十兩两"
#: How a release names its own day before giving it in brackets: "today (May 16)", "this
#: evening (June 30)", ``今日(十二月六日)``, ``今晚(五月十六日)``.
EN_TODAY_WORDS = r"(?:today|tonight|this\s+(?:morning|afternoon|evening))"
ZH_TODAY_WORDS = r"(?:今日|今天|今晚|今早|今午|今明兩日|今明两日)"
#: A Chinese date: ``2024年10月9日（星期三）``, ``二○二四年十月九日``.
ZH_DATE = (
    rf"(?P<year>\d{{4}}|[{ZH_NUM}]{{4}})\s*年\s*(?P<month>\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s*月"
    rf"\s*(?P<day>\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s*日\s*"
    r"(?:[(（]\s*(?:星期|週|周|禮拜|礼拜)(?P<weekday>[一二三四五六日天])\s*[)）])?"
)
#: A day of the month printed alone before a time of day (``3日上午``, ``於二十七日早上``), as
#: releases give the days of a trip: not part of a date, a range or a weekday (``下周三日晚上``).
ZH_BARE_DAY = re.compile(
    rf"(?<![月年\d{ZH_NUM}至到及和、（(周週期])(?P<day>\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s*日"
    r"(?=上午|下午|早上|晚上|中午|傍晚)")
#: A line that is a Chinese date.
ZH_DATE_LINE = re.compile(rf"^\s*{ZH_DATE}\s*$")
_SPACED = re.compile(r"(?<=[^\sA-Za-z]) (?=[^\sA-Za-z])")


def despaced(text: str) -> str:
    """A line whose characters a page spaced out (``二 ○ ○ 四 年 四 月``), closed up; Latin
    words keep their spaces."""
    return _SPACED.sub("", text)


def chinese_number(text: str) -> int | None:
    """The value of a number written in Chinese or Arabic digits, up to 9999.

    Positional digit strings (``二○二四`` = 2024) and counted forms (``二十四`` = 24,
    ``十`` = 10, ``一百零五`` = 105) are both read.

    >>> chinese_number("二十四"), chinese_number("二○一六"), chinese_number("12")
    (24, 2016, 12)
    """
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    digits = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    units = {"十": 10, "百": 100, "千": 1000}
    if all(ch in digits for ch in text):
        return int("".join(str(digits[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        elif ch in units:
            total += (current or 1) * units[ch]
            current = 0
        else:
            return None
    return total + current


def valid_date(year: int, month: int, day: int) -> date | None:
    """The day, or None when it does not exist (February 30 is never rolled over)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest_day_of_month(day: int, around: date) -> date | None:
    """The date with day-of-month ``day`` nearest to ``around`` (its month, the month
    before or the month after): what a day printed without its month means (``周四（18日）``
    in a release of the 19th is the 18th; in a release of the 2nd, the 18th is last month's)."""
    candidates = []
    for shift in (-1, 0, 1):
        month_index = around.year * 12 + around.month - 1 + shift
        found = valid_date(month_index // 12, month_index % 12 + 1, day)
        if found is not None:
            candidates.append(found)
    if not candidates:
        return None
    return min(candidates, key=lambda value: (abs((value - around).days), value))
