"""Chinese extraction from transcripts, speeches and statements: the meeting a transcript's
opening names, the calls the speaker reports (not those a reporter asks about), the speaker
who says 我, and the actor of a sentence without its subject.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.chinese_extraction import _extract_text

REMARKS = """財政司司長會見傳媒談話全文

　　以下是財政司司長李明今日（十月九日）在立法會大樓會見傳媒的談話全文：

記者：司長今日與局長會面，談了甚麼？

財政司司長：我們討論了預算案的安排。

完

2024年10月9日（星期三）
香港時間18時00分
"""


def test_remarks_to_the_media_report_no_meeting() -> None:
    assert _extract_text(REMARKS).meetings == ()


def _transcript(opening: str) -> str:
    return (f"局長答問全文\n\n　　{opening}\n\n記者：局長今日會否與廣東省副省長王平會面？\n\n"
            "局長：我會繼續與各方溝通。\n\n完\n\n2024年10月9日（星期三）\n"
            "香港時間18時00分\n")


@pytest.mark.parametrize(("opening", "body"), [
    ("以下為運輸局局長李明今日（十月九日）在立法會交通事務委員會上的答問全文：",
     "立法會交通事務委員會"),
    ("以下為行政長官李明今日（十月九日）出席「第五屆區域合作論壇」-「行政首長聯席會」後"
     "會見傳媒的談話全文：", "行政首長聯席會"),
    ("以下為政務司司長李明今日（十月九日）在立法會會議上就訪問一事作出聲明的全文：", None),
    ("以下為財政司司長李明今日（十月九日）出席「青年創業全球年會2024」後與傳媒的談話全文：", None),
])
def test_a_transcript_reports_only_the_meeting_its_opening_names(opening: str,
                                                                body: str | None) -> None:
    found = _extract_text(_transcript(opening)).meetings
    assert [(m.body, m.date, m.roles, m.participants) for m in found] == (
        [(body, date(2024, 10, 9), (), ())] if body else [])


def test_a_transcript_reports_what_the_speaker_reports_not_what_is_asked() -> None:
    text = ("局長答問全文\n\n　　以下為局長李明今日（十月九日）會見傳媒的答問全文：\n\n"
            "記者：局長今日會否與廣東省副省長王平會面？\n\n"
            "局長：我昨日已與廣東省副省長王平會面。我希望日後能夠與學生代表見面。\n\n"
            "完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    found = _extract_text(text).meetings
    assert [(m.kind, m.date) for m in found] == [("courtesy call", date(2024, 10, 8))]


def test_a_speaker_reports_a_call_today_and_one_later_that_day() -> None:
    text = ("行政長官答問全文\n\n　　以下為行政長官李家明今日（十月九日）"
            "下午在北京會見傳媒的答問全文：\n\n行政長官：今天我跟王總理會面的時候，"
            "王總理表示支持香港。在我與王總理會面時，我亦介紹了香港的情況。"
            "稍後我會去會見河源省書記張德仁先生。\n\n完\n\n2024年10月9日（星期三）\n"
            "香港時間18時00分\n")
    found = _extract_text(text).meetings
    assert [(m.kind, m.status, m.date) for m in found] == [
        ("courtesy call", "held", date(2024, 10, 9)),
        ("courtesy call", "planned", date(2024, 10, 9))]


def test_a_speaker_calling_on_no_one_named_reports_no_call() -> None:
    text = ("行政長官談話全文\n\n　　以下是行政長官李家明今日（十月九日）"
            "上午返抵香港後會見傳媒的談話全文：\n\n行政長官：今次去了河源，"
            "亦藉此機會拜會了河源市的朋友。\n\n完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    assert _extract_text(text).meetings == ()


def test_a_speaker_calling_on_a_places_leaders_is_the_speakers_call() -> None:
    text = ("行政長官談話全文\n\n　　以下是行政長官李家明今日（十月九日）"
            "上午返抵香港後會見傳媒的談話全文：\n\n行政長官：接着，我想講講我今次兩日的行程。"
            "今次去了廣州，亦藉此機會拜會了廣州市的領導。\n\n完\n\n2024年10月9日（星期三）\n"
            "香港時間18時00分\n")
    (call,) = _extract_text(text).meetings
    assert call.kind == "courtesy call" and call.status == "held"
    assert [(r.person.name, [p.title for p in r.person.posts]) for r in call.roles] == [
        ("李家明", ["行政長官"])]  # the speaker, who says 我 and is named in the opening


def test_the_speaker_says_i_and_calls_on_two_people_named() -> None:
    text = ("司長聲明全文\n\n　　以下為政務司司長張美華於今日（十月十八日）"
            "在立法會會議上作出聲明的全文：\n\n主席女士：\n\n　　我於今年九月二十六日前往北京，"
            "與國務院副總理錢志遠及港澳事務辦公室主任廖德明會面，翌日返港。\n\n完\n\n"
            "2024年10月18日（星期五）\n香港時間18時00分\n")
    calls = _extract_text(text).meetings
    assert [{(r.person.name, tuple(p.title for p in r.person.posts)) for r in c.roles}
            for c in calls] == [  # Central officials: a call on each
        {("張美華", ("政務司司長",)), ("錢志遠", ("國務院副總理",))},
        {("張美華", ("政務司司長",)), ("廖德明", ("港澳事務辦公室主任",))}]
    assert {(c.date, c.location) for c in calls} == {(date(2024, 9, 26), "北京")}


def test_a_sentence_without_its_subject_is_the_previous_sentences_actor() -> None:
    text = ("行政長官致辭全文\n\n　　以下為行政長官何俊文今晚（十一月十九日）"
            "歡迎孫志明總理晚宴的致辭全文：\n\n　　今天上午，孫總理出席論壇開幕儀式，並發表講話。"
            "隨後，接見國際顧問委員會委員，與他們座談。下午，孫總理召見了本地商界代表。\n\n完\n\n"
            "2024年11月19日（星期二）\n香港時間22時00分\n")
    calls = _extract_text(text).meetings
    assert [[(r.person.name, [p.title for p in r.person.posts]) for r in c.roles]
            for c in calls] == [[("孫志明", ["總理"])], [("孫志明", ["總理"])]]


def test_a_speakers_other_remarks_do_not_date_a_call_but_later_today_does() -> None:
    text = ("行政長官談話全文\n\n　　以下是行政長官李家明今日（十月九日）"
            "上午返抵香港後會見傳媒的談話全文：\n\n行政長官：首先，昨日香港受到暴雨影響，"
            "我感謝各個部門的工作。\n\n　　接着，我想講講我今次的行程。今次去了廣州，"
            "亦藉此機會拜會了廣州市的領導。稍後我會去會見省長王建明先生，與他探討合作。\n\n"
            "完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    assert [(m.status, m.date) for m in _extract_text(text).meetings] == [
        ("held", None), ("planned", date(2024, 10, 9))]


def test_a_call_the_speaker_held_just_now_is_of_the_day_of_the_remarks() -> None:
    text = ("局長談話全文\n\n　　以下是局長李明今日（十月九日）在北京會見傳媒的談話全文：\n\n"
            "局長：我剛才拜會了國家衞生委員會副主任王建明，介紹了香港的情況。"
            "我亦曾拜會國家商務部副部長張德仁。\n\n"
            "完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    assert [(m.status, m.date) for m in _extract_text(text).meetings] == [
        ("held", date(2024, 10, 9)), ("held", None)]


def test_a_call_told_as_the_time_of_what_follows_after_calls_between_others() -> None:
    text = ("行政長官致辭全文\n\n　　以下為行政長官何俊文今晚（十一月十九日）"
            "歡迎孫志明總理晚宴的致辭全文：\n\n　　今天下午，孫總理召見了本地商界代表。\n\n"
            "　　我特別高興告訴大家，今天我跟孫總理會面的時候，孫總理表示中央會支持香港。\n\n"
            "完\n\n2024年11月19日（星期二）\n香港時間22時00分\n")
    calls = _extract_text(text).meetings
    assert [sorted(r.person.name or "" for r in c.roles) for c in calls] == [
        ["孫志明"], ["何俊文", "孫志明"]]
    assert {c.date for c in calls} == {date(2024, 11, 19)}


def test_a_speech_at_a_committee_special_meeting_names_that_meeting() -> None:
    text = ("局長在立法會某委會特別會議上致辭全文\n\n"
            "　　以下為某某局局長李明今日（三月二十日）在立法會某某委員會特別會議上的致辭全文：\n\n"
            "　　各位議員早晨，我高興有機會向大家簡介本局的工作。\n\n"
            "完\n\n2001年3月20日（星期二）\n")
    (meeting,) = _extract_text(text).meetings
    assert meeting.body == "立法會某某委員會" and meeting.status == "held"
