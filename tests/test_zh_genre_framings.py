"""More framings of the Chinese meeting release, beside the slots of test_zh_genre_grammar:
a board's minutes, leaving today to attend, calls on several parties apart or on parties
only counted, a trip over several days, an exchange session under its quoted name. Each is
checked in Traditional and in Simplified script; fixtures in our own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_zh_genre_grammar import (
    _TO_SIMPLIFIED,
    BODIES,
    DATELINE,
    PARTIES,
    RELEASE_DAY,
    _extract,
)

# A board's minutes, headed by the body and the meeting's day (…委員會<date>會議記錄), with
# or without the board it sits under: one meeting, held that day, the body as printed.
MINUTES = [(parent, body, day, noun) for parent in ("", "諮詢委員會轄下")
           for body in ("貨幣事務委員會", "投資小組") for noun in ("會議記錄", "會議紀要")
           for day in ("2024年4月12日", "二〇二四年四月十二日")]


@pytest.mark.parametrize(("parent", "body", "day", "noun"), MINUTES)
def test_a_boards_minutes_report_its_meeting(parent: str, body: str, day: str, noun: str) -> None:
    headline = f"{parent}{body}{day}{noun}"
    text = (f"{headline}\n\n2024年5月10日\n\n{headline}\n　　委員會獲悉報告期內的市場情況。\n"
            "　　委員會審議了一份文件。\n")
    for fold in (lambda s: s, _TO_SIMPLIFIED.convert):
        meetings = _extract(fold(text)).meetings
        assert [(m.body, m.date, m.status) for m in meetings] == [
            (fold(body), date(2024, 4, 12), "held")], text


# Leaving today to attend a meeting (今日啟程前往…，出席…): announced, on the day of leaving.
DEPARTURES = [(when, verb) for when in ("今日", "今早", "今日（五月十日）上午")
              for verb in ("啟程前往北京", "起程前往北京", "啟程訪問北京")]


@pytest.mark.parametrize(("when", "verb"), DEPARTURES)
def test_leaving_today_to_attend_announces_the_meeting(when: str, verb: str) -> None:
    text = (f"局長出席會議\n*****\n　　律政司司長李家明{when}{verb}，出席{BODIES[4].text}。\n"
            f"完\n\n{DATELINE}\n香港時間18時00分\n")
    for fold in (lambda s: s, _TO_SIMPLIFIED.convert):
        meetings = _extract(fold(text)).meetings
        assert [(m.date, m.status) for m in meetings] == [(RELEASE_DAY, "planned")], text


# 分別與A、B和C會面: one call on each party named, in either script.
@pytest.mark.parametrize("joiners", [("、", "、"), ("、", "和"), ("和", "及")])
def test_met_each_of_several_parties_apart(joiners: tuple[str, str]) -> None:
    first, second = joiners
    parties = f"{PARTIES[0].text}{first}{PARTIES[2].text}{second}{PARTIES[4].text}"
    text = (f"主任訪問廣州\n*****\n　　駐粵辦主任黃國強今日（五月十日）訪問廣州，"
            f"分別與{parties}會面。\n完\n\n{DATELINE}\n香港時間18時00分\n")
    for fold in (lambda s: s, _TO_SIMPLIFIED.convert):
        meetings = _extract(fold(text)).meetings
        met = [{r.person.name for r in m.roles} - {fold("黃國強")} for m in meetings]
        assert met == [{fold(p.name)} for p in (PARTIES[0], PARTIES[2], PARTIES[4])], text


# A trip over several days, then what was done on it without a day of its own
# (五月八日至十日訪問廣州。訪問期間…會面): the meeting has no date.
@pytest.mark.parametrize("days", ["5月8日至10日", "五月八日及九日", "5月8至9日"])
def test_a_meeting_on_a_trip_of_several_days_has_no_date(days: str) -> None:
    text = (f"主任訪問廣州\n*****\n　　駐粵辦主任黃國強{days}訪問廣州。訪問期間，"
            f"黃國強與{PARTIES[0].text}會面。\n完\n\n{DATELINE}\n香港時間18時00分\n")
    for fold in (lambda s: s, _TO_SIMPLIFIED.convert):
        meetings = _extract(fold(text)).meetings
        assert [(m.date, m.status) for m in meetings] == [(None, "held")], text


# An exchange or liaison session under its quoted name (舉行「…聯絡交流會」, 「…交流會」今早
# 舉行): a meeting of that name, with the ordinal printed before it.
EXCHANGES = [(form, name, ordinal) for name in ("粵港海上執法聯絡交流會", "行政立法交流會")
             for form, ordinal in (("水警總區今日在總部舉行「{name}」", None),
                                   ("立法會將於本月十三日舉行第二次「{name}」", 2),
                                   ("首場「{name}」今早舉行", 1),
                                   ("水警總區今日舉行「2024{name}」", None))]


@pytest.mark.parametrize(("form", "name", "ordinal"), EXCHANGES)
def test_a_quoted_exchange_session_is_a_meeting(form: str, name: str, ordinal: int | None) -> None:
    text = (f"交流會\n*****\n　　{form.format(name=name)}，各方代表交流經驗。\n"
            f"完\n\n{DATELINE}\n香港時間18時00分\n")
    day, status = ((date(2024, 5, 13), "planned") if "將於" in form else (RELEASE_DAY, "held"))
    for fold in (lambda s: s, _TO_SIMPLIFIED.convert):
        meetings = _extract(fold(text)).meetings
        assert [(m.body, m.ordinal, m.date, m.status) for m in meetings] == [
            (fold(name), ordinal, day, status)], text


def test_a_sports_exchange_unquoted_is_no_meeting() -> None:
    text = (f"體育交流會\n*****\n　　第十屆三地警察體育交流會今日在香港舉行，共五個比賽項目。\n"
            f"完\n\n{DATELINE}\n香港時間18時00分\n")
    assert _extract(text).meetings == ()


# A call on parties the release does not name, only counts (拜會內地多個部門, 與一共十五個
# 國家的代表會面): no call; a named organisation's officials stay one.
UNNAMED_CALLS = ("拜會內地多個與環保相關的部門", "禮節性拜訪當地多個部門",
                 "與一共十五個國家的執法機構代表會面", "與多名商界代表會面", "與15個地區的代表會面")


@pytest.mark.parametrize("call", UNNAMED_CALLS)
def test_a_call_on_unnamed_parties_is_none(call: str) -> None:
    text = (f"局長訪問北京\n*****\n　　環境局局長陳大文今日（五月十日）在北京{call}，"
            f"交流意見。\n完\n\n{DATELINE}\n香港時間18時00分\n")
    for fold in (lambda s: s, _TO_SIMPLIFIED.convert):
        assert _extract(fold(text)).meetings == (), text


# A meeting series named only as the mechanism people belong to (…會議機制下的代表) is no
# meeting, in either script (Simplified 机制 is Traditional 機制, not 機製); a meeting of the
# series that is held is one.
MECHANISM = ("　　出席開幕式的嘉賓包括嶺港合作會議機制下嶺南有關部門代表以及當地港人團體代表。\n")


def test_a_series_named_as_a_mechanism_is_no_meeting() -> None:
    text = (f"嶺港合作成果展今日開幕\n*****\n　　嶺港合作成果展今日（五月十日）在嶺南開幕。\n"
            f"{MECHANISM}完\n\n{DATELINE}\n香港時間18時00分\n")
    for fold in (lambda s: s, _TO_SIMPLIFIED.convert):
        assert _extract(fold(text)).meetings == (), fold(text)


def test_a_meeting_of_the_series_beside_its_mechanism_is_one() -> None:
    text = (f"嶺港合作會議舉行\n*****\n　　政務司司長李家明今日（五月十日）在嶺南主持"
            f"嶺港合作會議第三次會議。\n{MECHANISM}完\n\n{DATELINE}\n香港時間18時00分\n")
    for fold in (lambda s: s, _TO_SIMPLIFIED.convert):
        meetings = _extract(fold(text)).meetings
        assert [(m.ordinal, m.date) for m in meetings] == [(3, RELEASE_DAY)], fold(text)


# A photo caption placing the people it shows (…（右）) and the text telling the same call
# give one call; a caption alone still reports it.
CAPTION = "　　嶺港聯繫：李家明（右）在政府總部與嶺州市市長陳文新會面。\n"
LEAD = "　　政務司司長李家明今日（五月十日）在政府總部與嶺州市市長陳文新會面。\n"


def test_a_caption_and_the_text_telling_one_call_give_one() -> None:
    for order in ((CAPTION, LEAD), (LEAD, CAPTION)):
        text = f"司長會見市長\n*****\n{''.join(order)}完\n\n{DATELINE}\n香港時間18時00分\n"
        for fold in (lambda s: s, _TO_SIMPLIFIED.convert):
            meetings = _extract(fold(text)).meetings
            assert [m.date for m in meetings] == [RELEASE_DAY], fold(text)


def test_a_caption_alone_reports_its_call() -> None:
    text = f"司長會見市長\n*****\n{CAPTION}完\n\n{DATELINE}\n香港時間18時00分\n"
    assert len(_extract(text).meetings) == 1


# A group of people in general met (與在當地就學的港人會面) is no call; the city's leaders
# named beside it are.
def test_a_group_of_people_met_is_no_call() -> None:
    text = (f"司長訪問嶺州\n*****\n　　政務司司長李家明今日（五月十日）在嶺州與"
            f"嶺州市市長陳文新會面。\n　　同日，李家明亦會與在當地就學和工作的港人會面。\n完\n\n"
            f"{DATELINE}\n香港時間18時00分\n")
    for fold in (lambda s: s, _TO_SIMPLIFIED.convert):
        meetings = _extract(fold(text)).meetings
        assert [(m.date, m.status) for m in meetings] == [(RELEASE_DAY, "held")], fold(text)
