"""A grammar of posting stamps: the line a reposting site, a news portal or a department's
page prints near the headline to say when the item was posted -- a date with the time of day,
and around it only the site's furniture (a source credit, the site's address, the section, a
label, an update time). Every combination must give the headline (never the stamp) and the
stamp's day as the release date.

Slots (in our own words): the date's form (ISO, Chinese with zero padding or without), the
time's form (hours and minutes, with seconds, after "HKT"), the furniture around the stamp
(none, a source credit after it, the site's address before it, a section and a bar before it,
a label before and a credit after, an update time after) and where the stamp stands (under
the headline, above it).
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.test_page_grammar import BODIES, HEADLINES

DAY = date(2016, 3, 15)

DATES = {"iso": "2016-03-15", "zh padded": "2016年03月15日", "zh plain": "2016年3月15日"}
TIMES = {"minutes": "17:40", "seconds": "17:40:08", "after HKT": "HKT 17:40"}
# (before the stamp, after it)
FURNITURE = {
    "none": ("", ""),
    "source credit": ("", "  來源:渡輪日報"),
    "source credit, bar": ("", " | 稿件來源:渡輪通訊社"),
    "source credit, English": ("", " | Source: Ferry Daily"),
    "site address": ("http://www.ferry-daily.example.com   ", ""),
    "section and bar": ("時事評論 | ", ""),
    "label and credit": ("时间:", "  来源:渡轮通讯社  作者:"),
    "update time": ("", " 最後更新:18:52"),
}
PLACES = ("under the headline", "above the headline")

CASES = [
    (language, date_key, time_key, furniture_key, place)
    for language, date_key, time_key, furniture_key, place in itertools.product(
        ("en", "zh"), DATES, TIMES, FURNITURE, PLACES)
    # an English page prints no Chinese date, nor a Chinese site's credit
    if language == "zh" or (date_key == "iso" and furniture_key in (
        "none", "source credit, English", "site address"))
]


def _page(language: str, date_key: str, time_key: str, furniture_key: str,
          place: str) -> tuple[str, str]:
    headline = HEADLINES[language]["plain"]
    before, after = FURNITURE[furniture_key]
    stamp = f"{before}{DATES[date_key]} {TIMES[time_key]}{after}"
    head = (f"{headline}\n\n{stamp}\n" if place == "under the headline"
            else f"{stamp}\n\n{headline}\n")
    lead, rest = BODIES[language]
    return f"{head}\n{lead}\n\n{rest}\n", headline


@pytest.mark.parametrize("case", CASES, ids=["|".join(c) for c in CASES])
def test_a_posting_stamp_gives_the_release_date_and_is_no_headline(
        case: tuple[str, str, str, str, str]) -> None:
    text, headline = _page(*case)
    release = parse(decode(text.encode("utf-8"), "page.txt"))
    assert (release.title, release.release_date) == (headline, DAY)


# A date in a sentence, a headline naming a date, or an event's time in a notice is no stamp.
NOT_STAMPS = {
    "en": ("Ferry panel to meet on 2016-03-20 at 10:00 to review timetable",),
    "zh": ("渡輪諮詢小組定於2016年3月20日 10:00開會",),
}


@pytest.mark.parametrize("language", sorted(NOT_STAMPS))
def test_a_headline_that_names_a_date_and_time_stays_the_headline(language: str) -> None:
    headline = NOT_STAMPS[language][0]
    lead, rest = BODIES[language]
    text = f"{headline}\n\n{lead}\n\n{rest}\n"
    release = parse(decode(text.encode("utf-8"), "page.txt"))
    assert (release.title, release.release_date) == (headline, None)
