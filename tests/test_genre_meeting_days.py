"""A meeting's day where the text gives it away from the meeting, or gives none of its own.

* Chinese: a meeting told after a coarse earlier time (``上周在北京出席論壇後，亦會見了…``)
  does not take the day an earlier sentence spoke of; without that time it does.
* Chinese: a release without a date dates a meeting's month and day in the year its own
  name prints (``舉行「2023…交流會」``); a year printed anywhere else is no date.

All names of people and meetings are invented.
"""

from __future__ import annotations

from datetime import date

import opencc
import pytest

from pressgraph.extract import extract
from pressgraph.parse import parse
from pressgraph.reader import decode

_TO_SIMPLIFIED = opencc.OpenCC("hk2s")
ZH_DATELINE = "完\n2024年5月10日（星期五）\n香港時間18時30分"
ZH_LEAD = "  政制及內地事務局局長黃大文今日（五月十日）在深圳會見深圳市副市長張偉。"


def _zh_meetings(text: str, simplified: bool):  # type: ignore[no-untyped-def]
    if simplified:
        text = _TO_SIMPLIFIED.convert(text)
    return extract(parse(decode(text.encode("utf-8"), "days.txt"))).meetings


# --- Chinese: an earlier time before the meeting -------------------------------------------

EARLIER = ("上周", "上星期", "早前", "上月")
LATER_CALLS = ("在北京出席論壇後，亦會見了廣東省副省長李明。",
               "在北京出席論壇後，亦拜會了國務院港澳事務辦公室副主任李明。")


@pytest.mark.parametrize("simplified", [False, True])
@pytest.mark.parametrize(("earlier", "call"), [(e, c) for e in EARLIER for c in LATER_CALLS])
def test_a_meeting_at_an_earlier_time_takes_no_carried_day(earlier: str, call: str,
                                                           simplified: bool) -> None:
    text = f"{ZH_LEAD}\n\n  黃大文{earlier}{call}\n\n{ZH_DATELINE}\n"
    meetings = _zh_meetings(text, simplified)
    assert [m.date for m in meetings] == [date(2024, 5, 10), None], text


@pytest.mark.parametrize("simplified", [False, True])
@pytest.mark.parametrize("call", LATER_CALLS)
def test_a_meeting_after_the_lead_takes_its_day(call: str, simplified: bool) -> None:
    text = f"{ZH_LEAD}\n\n  黃大文{call}\n\n{ZH_DATELINE}\n"
    meetings = _zh_meetings(text, simplified)
    assert [m.date for m in meetings] == [date(2024, 5, 10)] * 2, text


# --- Chinese: the year a meeting's name prints, in a release without a date ------------------

NAMED_YEARS = {"2023": 2023, "二〇二三年": 2023, "2019年度": 2019}
DAYS = {"三月十二日": (3, 12), "12月3日": (12, 3)}


@pytest.mark.parametrize("simplified", [False, True])
@pytest.mark.parametrize(("year", "day"), [(y, d) for y in NAMED_YEARS for d in DAYS])
def test_an_undated_release_takes_the_year_of_the_meetings_name(year: str, day: str,
                                                                 simplified: bool) -> None:
    text = (f"  水警總區於{day}在赤柱舉行「{year}粵港澳海上執法聯絡交流會」，"
            "由水警總區指揮官何志明主持。\n")
    meetings = _zh_meetings(text, simplified)
    assert [m.date for m in meetings] == [date(NAMED_YEARS[year], *DAYS[day])], text


@pytest.mark.parametrize("simplified", [False, True])
def test_a_year_printed_elsewhere_is_no_date(simplified: bool) -> None:
    text = ("  水警總區於三月十二日在赤柱舉行「粵港澳海上執法聯絡交流會」，"
            "由水警總區指揮官何志明主持。\n\n  交流會自2015年起每年舉行。\n")
    meetings = _zh_meetings(text, simplified)
    assert [(m.date, m.date_text) for m in meetings] == [(None, "三月十二日")], text
