"""Chinese extraction: whether a meeting was held, is planned or is none (future and referred-to
meetings, notices, announced visits), and its date: the day it is held, not the day someone
leaves for it, none over several days or without a day in the text, the next day counted on.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.chinese_extraction import _extract_text


@pytest.mark.parametrize(
    "sentence",
    ["委員會將於下月舉行第三次會議。",
     "雙方回顧上一次合作會議以來的成果。",
     "他表示，這是首次以實體形式舉行的合作會議。",
     "香港特區政府主要官員出席會議。",
     "局長負責統籌援建工作，大約每年與四川省政府官員會面，檢視項目進度。"],
)
def test_sentences_that_report_no_meeting(sentence: str) -> None:
    text = f"標題\n\n　　{sentence}\n\n完\n\n2024年5月7日（星期二）\n香港時間18時00分\n"
    assert _extract_text(text).meetings == ()


ANNOUNCEMENT = """水務署署長明日赴廈門主持會議

　　水務署署長李明明日（十月十日）在廈門與廈門市水利局局長王強共同主持港廈河道保育合作小組第八次會議。

　　李明今日表示，雙方會定期會面。

完

2024年10月9日（星期三）
香港時間12時00分
"""


def test_an_announced_meeting_is_planned_for_its_day() -> None:
    (meeting,) = _extract_text(ANNOUNCEMENT).meetings
    assert meeting.status == "planned"
    assert meeting.date == date(2024, 10, 10)
    assert (meeting.body, meeting.ordinal) == ("港廈河道保育合作小組", 8)


COUNCIL_NOTICE = """立法會明天舉行會議

　　立法會星期四（十月十日）上午十一時在立法會綜合大樓會議廳舉行會議。

　　主席表示：「我們期待委員會在月底前舉行首次會議。」

完

2024年10月9日（星期三）
香港時間12時00分
"""


def test_a_council_meeting_dated_after_the_release_is_planned_and_quotes_report_none() -> None:
    (meeting,) = _extract_text(COUNCIL_NOTICE).meetings
    assert (meeting.body, meeting.status, meeting.date) == ("立法會", "planned", date(2024, 10, 10))


ATTENDED_THE_SAME_DAY = """商務局局長出席部長級會議

　　商務及經濟發展局局長李明今日（十月九日）在利馬出席同日舉行的環太平洋貿易部長級會議。

完

2024年10月9日（星期三）
香港時間20時00分
"""


def test_a_meeting_attended_where_it_is_held_that_day() -> None:
    (meeting,) = _extract_text(ATTENDED_THE_SAME_DAY).meetings
    assert (meeting.body, meeting.status, meeting.date) == ("環太平洋貿易部長級會議", "held",
                                                            date(2024, 10, 9))


ANNOUNCED_VISIT = """局長訪問成都

　　勞工及福利局局長李明明日（十月十日）上午前往成都訪問。

　　訪問期間，李明將參觀四川大學。他亦會拜會四川省領導，與民政廳官員會面。

　　李明十月十一日（以色列時間）會到訪特拉維夫，會晤以色列政府官員。

　　衞生局局長王強將於十月十四日出席在瑞士日內瓦舉行的世界衞生組織第七十屆世界衞生大會。

　　財政司司長張華明晚（十月十日）離港前赴法國，於十月十二及十三日出席20國集團領導人峰會，再於十月十五日出席在上海舉行的亞太區經濟合作組織財長會議。

　　他隨後會出席亞太經合組織財長會議的晚宴，並於星期六出席頒獎大會，然後於大會堂出席音樂會。

完

2024年10月9日（星期三）
香港時間15時00分
"""


def test_announced_meetings_need_a_day_and_may_be_summits_or_assemblies() -> None:
    found = _extract_text(ANNOUNCED_VISIT).meetings
    assert [(m.kind, m.body, m.ordinal, m.status, m.date) for m in found] == [
        ("courtesy call", None, None, "planned", date(2024, 10, 11)),
        ("standing body meeting", "世界衞生大會", 70, "planned", date(2024, 10, 14)),
        ("standing body meeting", "20國集團領導人峰會", None, "planned", None),
        ("standing body meeting", "亞太區經濟合作組織財長會議", None, "planned",
         date(2024, 10, 15)),
    ]


NOTICE_TODAY = """今日立法會會議議程已作修訂

下稿代立法會秘書處發出：

　　立法會今日（十月九日）上午十一時在立法會綜合大樓會議廳舉行的會議，議程已作修訂。

　　財務委員會主席準備出席明日（十月十日）舉行的第八屆內地、香港、澳門財務高層聯席會議。

完

2024年10月9日（星期三）
香港時間11時00分
"""


def test_a_secretariats_notice_announces_todays_meeting() -> None:
    found = _extract_text(NOTICE_TODAY).meetings
    assert [(m.body, m.ordinal, m.status, m.date) for m in found] == [
        ("立法會", None, "planned", date(2024, 10, 9)),
        ("內地、香港、澳門財務高層聯席會議", 8, "planned", date(2024, 10, 10)),
    ]


SEVERAL_DAYS = """立法會將辯論議案

下稿代立法會秘書處發出：

　　立法會星期三（十月九日）上午十一時，以及星期四（十月十日）上午九時在立法會綜合大樓會議廳舉行會議。

　　衞生局常任秘書長李明將於本月十四日離港，出席10月15日至16日在北京舉行的中國與東盟衞生檢疫會議。

　　商務局局長王強將於明晚（十月十日）前往青島，出席「內地與香港科技合作委員會」第九次會議。

　　會議將於十月十一日舉行，由王強與科學技術部副部長曹林共同主持。

完

2024年10月8日（星期二）
香港時間11時00分
"""


def test_a_meeting_over_several_days_has_no_date_and_a_later_sentence_may_give_it() -> None:
    found = _extract_text(SEVERAL_DAYS).meetings
    assert [(m.body, m.status, m.date) for m in found] == [
        ("立法會", "planned", None),
        ("中國與東盟衞生檢疫會議", "planned", None),
        ("內地與香港科技合作委員會", "planned", date(2024, 10, 11)),
    ]


def test_an_announced_call_by_someone_named_again_on_the_day_spoken_of_last() -> None:
    text = ("財政司司長將訪問河源\n\n　　財政司司長李家明將於星期四（十月十日）"
            "啟程前往河源訪問兩天。\n\n　　星期六早上，李家明將出席第三屆河源經濟論壇開幕式。\n\n"
            "　　同日下午，李家明亦將與商務部官員會面，然後於傍晚返港。\n\n"
            "完\n\n2024年10月9日（星期三）\n香港時間16時00分\n")
    found = _extract_text(text).meetings
    assert [(m.kind, m.status, m.date) for m in found] == [
        ("courtesy call", "planned", date(2024, 10, 12))]


LEAVING_TO_ATTEND = """局長出席會議

　　環境局局長李家明明日（十月十日）離港前往迪拜，出席《河流公約》締約方大會第5屆會議。

　　環境局局長李家明明日（十月十日）早上啟程前往廣州，與廣東省副省長王平共同主持粵港河流合作小組第三次會議。

　　发展局局长王强明日(十月十日)离港前往利马,出席在利马举行的第三十届环太平洋部长级会议。

完

2024年10月9日（星期三）
香港時間11時00分
"""


def test_leaving_on_a_later_day_to_attend_a_meeting_does_not_date_it() -> None:
    found = _extract_text(LEAVING_TO_ATTEND).meetings
    assert [(m.ordinal, m.status, m.date) for m in found] == [
        (5, "planned", None), (3, "planned", date(2024, 10, 10)), (30, "planned", None)]


def test_a_call_without_a_day_in_the_text_has_no_date() -> None:
    text = ("行政長官晤特別代表\n\n　　行政長官李家明與國家氣候事務特別代表解文華會面，"
            "就共同關心的課題交換意見。\n\n完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    (call,) = _extract_text(text).meetings
    assert (call.status, call.date) == ("held", None)


def test_leaving_today_for_a_meeting_told_in_the_future_announces_it() -> None:
    text = ("局長赴日本出席會議\n\n　　商務局局長王美玲今日（八月六日）前赴日本別府，"
            "出席亞太區經濟合作組織增長策略高層政策圓桌會議。\n\n"
            "　　與會的部長將在會議中討論區內的長遠增長策略。\n\n完\n\n2024年8月6日（星期二）\n"
            "香港時間9時00分\n")
    (meeting,) = _extract_text(text).meetings
    assert (meeting.status, meeting.date, meeting.location) == ("planned", None, "別府")


def test_leaving_today_for_a_meeting_reported_as_done_dates_it_today() -> None:
    text = ("局長赴深圳出席會議\n\n　　政制局局長王美玲今日（十二月十八日）前往深圳，"
            "出席深港合作專班第二次會議。\n\n　　會上，雙方回顧了合作區的發展。\n\n"
            "完\n\n2024年12月18日（星期三）\n香港時間19時00分\n")
    (meeting,) = _extract_text(text).meetings
    assert (meeting.status, meeting.date) == ("held", date(2024, 12, 18))


def test_the_next_day_counts_from_the_day_spoken_of_last() -> None:
    text = ("局長訪京\n\n　　運輸局局長何志明明日（六月四日）前往北京，與國家發改委主任高遠會面。"
            "他翌日會與商務部部長楊明會面，並於明晚返港。\n\n"
            "完\n\n2024年6月3日（星期一）\n香港時間20時00分\n")
    calls = _extract_text(text).meetings
    assert [(c.status, c.date) for c in calls] == [("planned", date(2024, 6, 4)),
                                                   ("planned", date(2024, 6, 5))]


OPENED_OR_RANGE = """天文台參與區域氣象合作

　　河源氣象協會第九屆會今天在香港會議展覽中心揭幕。

　　這次氣象部門首腦會議由河源氣象協會主辦，該協會每4年召開首腦會議，討論區域合作。

完

2024年10月9日（星期三）
香港時間18時00分
"""


def test_a_sitting_that_opened_today_or_a_range_of_days_gives_no_date() -> None:
    (sitting,) = _extract_text(OPENED_OR_RANGE).meetings
    assert sitting.date is None
    text = ("駐粵辦到訪河源市\n\n　　2024年10月7日至8日，駐粵辦副主任李明一行到訪河源市，"
            "與河源市副市長王強會面，就兩地物流合作交換意見。\n\n"
            "完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    (call,) = _extract_text(text).meetings
    assert (call.status, call.date) == ("held", None)
    # an opening ceremony attended is one day's: the calls after it keep the day
    for opening in ("河源經濟論壇開幕儀式", "河源經濟論壇開幕"):
        text = (f"總理訪港\n\n　　總理今天上午出席{opening}。隨後，總理與行政長官李家明"
                "會面，就經濟合作交換意見。\n\n完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
        found = _extract_text(text).meetings
        assert [m.date for m in found] == [date(2024, 10, 9)]


STAY = """發展局局長訪問成都及福州

　　發展局局長李明將於十月十二日晚上率領代表團，前往成都視察援建項目。

　　在成都，李明與四川省副省長王強會面，檢視合作進度。

　　在福州期間，李明會參觀科技園，並與福建省副省長陳東會面。

　　李明明日（十月十日）會參觀港口，並與深圳市副市長張華會面。

完

2024年10月9日（星期三）
香港時間15時00分
"""


def test_a_stay_gives_no_day_of_leaving_and_a_call_to_come_during_it_is_not_listed() -> None:
    found = _extract_text(STAY).meetings
    # the day of leaving is not the day of a call told after it; a call that will come during
    # a stay (會參觀…，並與…會面) has no day and is not listed; one with its own day is
    assert [(m.status, m.date, m.roles[-1].person.name) for m in found] == [
        ("held", None, "王強"),
        ("planned", date(2024, 10, 10), "張華"),
    ]
