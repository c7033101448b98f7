"""A meeting's day where the text gives it away from the meeting, or gives none of its own.

* Chinese: a meeting told after a coarse earlier time (``上周在北京出席論壇後，亦會見了…``)
  does not take the day an earlier sentence spoke of; without that time it does.
* Chinese: ``昨晨``, ``昨夜``, ``今夜``, ``明晨`` name days as ``昨日``, ``明早`` do; a name
  ending in 明 before ``早前`` (earlier) is no ``明早`` (tomorrow morning), and announces nothing.
* Chinese: a weekday of a named week (``本星期一``, ``今個星期六``, ``下周五``) is that week's
  (a week runs from Monday), past or to come; a bare ``星期一`` stays the nearest. A body
  that ``定於`` or ``訂於`` a day holds a meeting is named up to those words, as before ``於``.
* Chinese: a release without a date dates a meeting's month and day in the year its own
  name prints (``舉行「2023…交流會」``); a year printed anywhere else is no date.
* English: a meeting dated by the day of a journey to it ("will depart for Geneva on May 12
  to attend ..."), or by a day an earlier sentence gave, takes the day a later sentence
  opened by the meeting's own noun gives ("The informal ministerial meeting on May 13 is
  hosted by ...", "The Conference will take place from May 13 to 15": several days, none); "The
  next meeting" is another meeting, and a day printed with the meeting itself stays.
* English: "On the second day (of the visit)" is the day after the first day the text spoke
  of (the first of a range); with none spoken of, no day.
* English: a meeting "on Monday and Tuesday" is held over two days: no date; so is a named
  meeting its clause or a later sentence calls "the two-day ..." (a three-day visit is no
  meeting). Chinese: ``舉行，為期兩天``, ``一連三天的會議`` likewise.
* Chinese: ``訪問首日``, ``第三天`` count from the first day the text spoke of (a bracketed
  date after them wins); with none spoken of, no day.

All names of people and meetings are invented.
"""

from __future__ import annotations

from datetime import date, timedelta

import opencc
import pytest

from pressgraph.extract import english, extract
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.genre_grammar import Case, Expected, release_of

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


# --- English: the meeting's own day in a later sentence ------------------------------------

EN_DATELINE = "Ends/Tuesday, May 10, 2022\nIssued at HKT 18:30"
JOURNEYS = {
    "depart for": "The Secretary for Trade, Mr Lam Ka-ming, will depart for Geneva on May 12 "
                  "to attend {meeting}.",
    "leave for": "The Secretary for Trade, Mr Lam Ka-ming, will leave for Geneva on May 12 to "
                 "attend {meeting}.",
    "carried": "The Secretary for Trade, Mr Lam Ka-ming, will visit Geneva on May 12. "
               "He will attend {meeting}.",
}
MEETINGS = {  # what the lead calls it, and how a later sentence opens on it
    "informal meeting": ("an informal ministerial meeting on trade rules",
                         "The informal ministerial meeting"),
    "conference": ("the Third Asian Trade Ministers Conference", "The Conference"),
}
OWN_DAYS = {
    "on the day": ("{subject} on May 13 is hosted by the Swiss Government.", date(2022, 5, 13)),
    "will be held": ("{subject} will be held in Geneva on May 14.", date(2022, 5, 14)),
    "over days": ("{subject} will take place in Geneva from May 13 to 15.", None),
}


def _en_meetings(paragraphs: tuple[str, ...]):  # type: ignore[no-untyped-def]
    case = Case("Secretary to visit Geneva", paragraphs, EN_DATELINE,
                Expected("planned", None, None, None, None, None), {})
    return english.extract(release_of(case)).meetings


@pytest.mark.parametrize(("journey", "meeting", "own"),
                         [(j, m, o) for j in JOURNEYS for m in MEETINGS for o in OWN_DAYS])
def test_a_later_sentence_gives_the_meetings_own_day(journey: str, meeting: str,
                                                     own: str) -> None:
    named, subject = MEETINGS[meeting]
    later, day = OWN_DAYS[own]
    paragraphs = (JOURNEYS[journey].format(meeting=named), later.format(subject=subject))
    meetings = _en_meetings(paragraphs)
    assert [(m.status, m.date) for m in meetings] == [("planned", day)], paragraphs


@pytest.mark.parametrize("meeting", sorted(MEETINGS))
def test_the_next_meeting_gives_no_day_to_this_one(meeting: str) -> None:
    named, subject = MEETINGS[meeting]
    paragraphs = (JOURNEYS["depart for"].format(meeting=named),
                  subject.replace("The ", "The next ", 1) + " will be held on June 20.")
    meetings = _en_meetings(paragraphs)
    assert [m.date for m in meetings][:1] == [date(2022, 5, 12)], paragraphs


def test_a_day_of_its_own_is_not_replaced() -> None:
    paragraphs = ("The Secretary for Trade, Mr Lam Ka-ming, will attend an informal ministerial "
                  "meeting on trade rules in Geneva on May 12.",
                  "The informal ministerial meeting on May 13 is hosted by the Swiss "
                  "Government.")
    meetings = _en_meetings(paragraphs)
    assert [m.date for m in meetings] == [date(2022, 5, 12)], paragraphs


# --- Chinese: days named by their distance from the release ---------------------------------

RELATIVE_DAYS = {"昨晨": date(2024, 5, 9), "昨夜": date(2024, 5, 9), "昨午": date(2024, 5, 9),
                 "今夜": date(2024, 5, 10), "明晨": date(2024, 5, 11),
                 "明早": date(2024, 5, 11)}


@pytest.mark.parametrize("simplified", [False, True])
@pytest.mark.parametrize("day", sorted(RELATIVE_DAYS))
def test_a_relative_day_dates_the_meeting(day: str, simplified: bool) -> None:
    text = f"  律政司司長黃大文{day}在北京會見國務院港澳事務辦公室副主任李明。\n\n{ZH_DATELINE}\n"
    meetings = _zh_meetings(text, simplified)
    assert [m.date for m in meetings] == [RELATIVE_DAYS[day]], text


@pytest.mark.parametrize("simplified", [False, True])
@pytest.mark.parametrize("name", ["何志明", "陳國明", "李偉明"])
def test_a_name_ending_in_ming_before_earlier_is_no_tomorrow(name: str, simplified: bool) -> None:
    text = (f"{ZH_LEAD}\n\n  {name}早前在北京出席論壇後，亦會見了廣東省副省長李明。\n\n"
            f"{ZH_DATELINE}\n")
    meetings = _zh_meetings(text, simplified)
    assert [(m.status, m.date) for m in meetings] == [("held", date(2024, 5, 10)),
                                                      ("held", None)], text


# --- English: a day of the stay counted from its first ---------------------------------------

STAY_LEADS = {  # the lead, and the first day of the stay it gives (release of May 10, 2022)
    "began yesterday": ("The Secretary for Justice, Mr Ho Wai-man, began his visit to Beijing "
                        "yesterday (May 9).", date(2022, 5, 9)),
    "arrived on": ("The Secretary for Justice, Mr Ho Wai-man, arrived in Beijing on May 8 for "
                   "a four-day visit.", date(2022, 5, 8)),
    "visits from": ("The Secretary for Justice, Mr Ho Wai-man, is visiting Beijing from May 8 "
                    "to 11.", date(2022, 5, 8)),
}
STAY_DAYS = {"On the second day": 1, "On his third day in the capital": 2,
             "On the first day of the visit": 0}


@pytest.mark.parametrize(("lead", "day"), [(lead, day) for lead in STAY_LEADS for day in STAY_DAYS])
def test_a_day_of_the_stay_counts_from_its_first(lead: str, day: str) -> None:
    opening, first = STAY_LEADS[lead]
    paragraphs = (opening, f"{day}, Mr Ho met the Minister of Justice, Mr Li Ming.")
    meetings = _en_meetings(paragraphs)
    assert [m.date for m in meetings] == [first + timedelta(days=STAY_DAYS[day])], paragraphs


def test_a_day_of_the_stay_with_no_first_day_is_none() -> None:
    paragraphs = ("On the second day of his visit to Beijing, the Secretary for Justice, "
                  "Mr Ho Wai-man, met the Minister of Justice, Mr Li Ming.",)
    meetings = _en_meetings(paragraphs)
    assert [(m.date, m.date_text) for m in meetings] == [(None, "the second day")], paragraphs


# --- Chinese: a weekday of this week, next week or last -------------------------------------

WEEK_DAYS = {  # release of Friday, May 10, 2024
    "本星期一": ("held", date(2024, 5, 6)), "本周三": ("held", date(2024, 5, 8)),
    "今個星期六": ("planned", date(2024, 5, 11)), "下星期一": ("planned", date(2024, 5, 13)),
    "下周五": ("planned", date(2024, 5, 17)), "下週二": ("planned", date(2024, 5, 14)),
}
SCHEDULED = {"定於五月十三日": date(2024, 5, 13), "訂於五月十四日": date(2024, 5, 14)}


@pytest.mark.parametrize("simplified", [False, True])
@pytest.mark.parametrize("day", sorted(WEEK_DAYS))
def test_a_weekday_of_a_named_week(day: str, simplified: bool) -> None:
    text = f"  扶貧委員會{day}舉行會議，討論兒童貧窮問題。\n\n{ZH_DATELINE}\n"
    meetings = _zh_meetings(text, simplified)
    assert [(m.status, m.date) for m in meetings] == [WEEK_DAYS[day]], text


@pytest.mark.parametrize("simplified", [False, True])
@pytest.mark.parametrize("day", sorted(SCHEDULED))
def test_a_meeting_scheduled_for_a_day(day: str, simplified: bool) -> None:
    text = f"  立法會財經事務委員會{day}舉行會議，討論金融科技發展。\n\n{ZH_DATELINE}\n"
    meetings = _zh_meetings(text, simplified)
    assert [(m.status, m.date, m.body) for m in meetings] == [
        ("planned", SCHEDULED[day], _TO_SIMPLIFIED.convert("立法會財經事務委員會")
         if simplified else "立法會財經事務委員會")], text


@pytest.mark.parametrize("simplified", [False, True])
def test_a_bare_weekday_is_still_the_nearest(simplified: bool) -> None:
    text = f"  扶貧委員會星期一舉行會議，討論兒童貧窮問題。\n\n{ZH_DATELINE}\n"
    meetings = _zh_meetings(text, simplified)
    assert [(m.status, m.date) for m in meetings] == [("planned", date(2024, 5, 13))], text


# --- English: two weekdays joined ----------------------------------------------------------

@pytest.mark.parametrize(("days", "expected"), [
    ("on Monday and Tuesday", None), ("on Monday and on Tuesday", None),
    ("on Monday", date(2022, 5, 16)), ("on Monday (May 16)", date(2022, 5, 16))])
def test_a_meeting_on_two_weekdays_has_no_date(days: str, expected: date | None) -> None:
    paragraphs = (f"The Secretary for Trade, Mr Lam Ka-ming, will attend the Third Asian Trade "
                  f"Ministers Conference in Geneva {days}.",)
    meetings = _en_meetings(paragraphs)
    assert [(m.status, m.date) for m in meetings] == [("planned", expected)], paragraphs


# --- A meeting that lasts several days ------------------------------------------------------

LASTING_EN = {
    "own clause": ("The Secretary for Trade, Mr Lam Ka-ming, attended the two-day Third Asian "
                   "Trade Ministers Conference in Geneva today.",),
    "later sentence": ("The Secretary for Trade, Mr Lam Ka-ming, attended the Third Asian Trade "
                       "Ministers Conference in Geneva today.",
                       "Topics of the three-day conference included trade rules."),
}


@pytest.mark.parametrize("form", sorted(LASTING_EN))
def test_a_meeting_of_several_days_has_no_date(form: str) -> None:
    meetings = _en_meetings(LASTING_EN[form])
    assert [m.date for m in meetings] == [None], LASTING_EN[form]


def test_a_visit_of_several_days_leaves_the_meetings_day() -> None:
    paragraphs = ("On a three-day visit to Geneva, the Secretary for Trade, Mr Lam Ka-ming, "
                  "attended the Third Asian Trade Ministers Conference today.",)
    meetings = _en_meetings(paragraphs)
    assert [m.date for m in meetings] == [date(2022, 5, 10)], paragraphs


ZH_LASTING = ("  粵港合作聯席會議第二十次會議今日在廣州舉行，為期兩天。",
              "  粵港合作聯席會議第二十次會議今日在廣州舉行。一連三天的會議討論了多個範疇的合作。")


@pytest.mark.parametrize("simplified", [False, True])
@pytest.mark.parametrize("lead", ZH_LASTING)
def test_a_chinese_meeting_of_several_days_has_no_date(lead: str, simplified: bool) -> None:
    meetings = _zh_meetings(f"{lead}\n\n{ZH_DATELINE}\n", simplified)
    assert [m.date for m in meetings] == [None], lead


@pytest.mark.parametrize("simplified", [False, True])
def test_a_chinese_visit_of_several_days_leaves_the_days(simplified: bool) -> None:
    text = ("  律政司司長黃大文今日展開一連三天的粵港澳大灣區訪問，並在廣州會見廣東省副省長李明。"
            f"\n\n{ZH_DATELINE}\n")
    meetings = _zh_meetings(text, simplified)
    assert [m.date for m in meetings] == [date(2024, 5, 10)], text


# --- Chinese: a day of the stay counted from its first ---------------------------------------

ZH_STAYS = {
    "於五月七日至九日訪問北京。他在訪問首日": date(2024, 5, 7),
    "於五月七日起訪問北京四天。他在第三天": date(2024, 5, 9),
    "昨日（五月九日）抵達北京，展開訪問。他在訪問第一天": date(2024, 5, 9),
    "在訪問行程首日（五月八日）": date(2024, 5, 8),
}


@pytest.mark.parametrize("simplified", [False, True])
@pytest.mark.parametrize("stay", sorted(ZH_STAYS))
def test_a_chinese_day_of_the_stay(stay: str, simplified: bool) -> None:
    text = (f"  律政司司長黃大文{stay}會見了國務院港澳事務辦公室副主任李明。\n\n"
            f"{ZH_DATELINE}\n")
    meetings = _zh_meetings(text, simplified)
    assert [m.date for m in meetings] == [ZH_STAYS[stay]], text


@pytest.mark.parametrize("simplified", [False, True])
def test_a_chinese_day_of_the_stay_with_no_first_day_is_none(simplified: bool) -> None:
    text = f"  律政司司長黃大文在訪問首日會見了國務院港澳事務辦公室副主任李明。\n\n{ZH_DATELINE}\n"
    meetings = _zh_meetings(text, simplified)
    assert [m.date for m in meetings] == [None], text
