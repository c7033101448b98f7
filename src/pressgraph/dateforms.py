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
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


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


# --------------------------------------------------------------------------- a line that is a date

_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_NAME = "|".join(WEEKDAYS)
_EN_DATE_LINE = re.compile(
    rf"^(?:(?:{_WEEKDAY_NAME})\s*,?\s*)?"
    rf"(?:(?P<month>{_MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH_NAME})\.?\s*,?\s*(?P<year2>\d{{4}}))"
    r"\s*(?:[(（][^()（）]{1,12}[)）])?$",
    re.IGNORECASE,
)
# "25.02.2016 13:52", "25/02/2016", "2016-02-25 13:52": day first, as Hong Kong writes it,
# or year first with hyphens. "30-8-2024" (a news portal's), "2015-6-15" (a department's
# archive): the day and month need not be padded. (A year first with slashes, "2019/01/17"
# above a converted page, is the conversion proxy's stamp.)
_NUMERIC_DATE_LINE = re.compile(
    r"^(?:(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})"
    r"|(?P<y2>\d{4})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2}))"
    r"(?:\s+(?P<hour>\d{1,2}):(?P<minute>\d{2}))?$")
# A department's page prints its date in brackets ("(January 05 2006)") or after a label
# ("Date: 2006-01-05", ``日期:2006年1月5日``); with a time of day after it, such a label is a
# reposting site's posting stamp (page_credits), not the release's date.
_DATE_LABEL = re.compile(r"^(?:Date|日期)\s*[:：]\s*", re.IGNORECASE)
_BRACKETED_LINE = re.compile(r"^[(（]\s*(?P<inner>[^()（）]+?)\s*[)）]$")
_TIME_OF_DAY = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}\s*$")
# A Chinese site's day, numbered month and year, as a blog's date stamp prints them:
# "10 5 月, 2023" (May 10, 2023).
_NUMBERED_MONTH_LINE = re.compile(r"^(?P<d>\d{1,2})\s+(?P<m>\d{1,2})\s*月\s*[,，]?\s*(?P<y>\d{4})$")
# A Chinese date with its weekday at the head of the first paragraph, run into it:
# ``2020年4月22日(星期三)2020年4月21至22日,…``.
_LEADING_ZH_DATE = re.compile(rf"^\s*{ZH_DATE}(?=\S)")
_EN_MONTH_LINE = re.compile(rf"^(?P<month>{_MONTH_NAME})\.?\s*,?\s*(?P<year>\d{{4}})$",
                            re.IGNORECASE)
_ZH_MONTH_LINE = re.compile(r"^(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月$")


def date_line(text: str) -> date | None:
    """The date a line consists of ("Sunday, December 28, 1997", "25 September 2012",
    ``2011年10月31日``, ``2009年2月13日(星期五)``), else None."""
    text = text.strip()
    if bracketed := _BRACKETED_LINE.match(text):
        text = bracketed["inner"]
    if label := _DATE_LABEL.match(text):
        text = text[label.end():]
        if _TIME_OF_DAY.search(text):
            return None
    if numbered := _NUMBERED_MONTH_LINE.match(text):
        return valid_date(int(numbered["y"]), int(numbered["m"]), int(numbered["d"]))
    if _CJK.search(text):
        text = despaced(text)  # ``二 ○ 一 二 年 三 月 …``
    if match := _EN_DATE_LINE.match(text):
        month = match["month"] or match["month2"]
        day = match["day"] or match["day2"]
        year = match["year"] or match["year2"]
        return valid_date(int(year), MONTHS[month.lower().rstrip(".")], int(day))
    if match := ZH_DATE_LINE.match(text):
        year, month, day = (chinese_number(match[k]) for k in ("year", "month", "day"))
        return valid_date(year or 0, month or 0, day or 0)
    if match := _NUMERIC_DATE_LINE.match(text):
        return valid_date(int(match["y"] or match["y2"]), int(match["m"] or match["m2"]),
                          int(match["d"] or match["d2"]))
    return None


def leading_date(text: str) -> date | None:
    """The date with its weekday a paragraph opens with, run into its first sentence
    (``2020年4月22日(星期三)2020年4月21至22日,…``), else None."""
    match = _LEADING_ZH_DATE.match(text)
    if not match or not match["weekday"]:
        return None
    return valid_date(chinese_number(match["year"]) or 0, chinese_number(match["month"]) or 0,
                      chinese_number(match["day"]) or 0)


def month_line(text: str) -> tuple[int, int] | None:
    """(year, month) of a line that prints only a month ("Oct 2023", ``2023年10月``)."""
    text = text.strip()
    if match := _EN_MONTH_LINE.match(text):
        return int(match["year"]), MONTHS[match["month"].lower().rstrip(".")]
    if match := _ZH_MONTH_LINE.match(text):
        month = int(match["month"])
        return (int(match["year"]), month) if 1 <= month <= 12 else None
    return None
