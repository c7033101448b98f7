"""Chinese extraction against the gold of the Traditional Chinese corpus, and rules on
new text (Simplified script, video conferences, meetings that must not be reported)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pressgraph.extract import extract
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.conftest import CORPUS

ZH_FILES = sorted(CORPUS.glob("zh-*.txt"))


def _extract(path: Path):
    return extract(parse(decode(path.read_bytes(), path.name)))


def _gold(path: Path) -> dict:
    return json.loads((CORPUS / "gold" / (path.stem + ".json")).read_text("utf-8"))


def _chairs(meeting) -> set[tuple[str | None, str | None, tuple[str, ...]]]:
    return {(r.person.name, r.person.honorific, tuple(sorted(p.title for p in r.person.posts)))
            for r in meeting.roles}


def _gold_chairs(meeting: dict) -> set[tuple[str | None, str | None, tuple[str, ...]]]:
    return {(c["name"], c["honorific"], tuple(sorted(c["post"].split("；"))))
            for c in meeting["chairs"]}


@pytest.mark.parametrize("path", ZH_FILES, ids=lambda p: p.name)
def test_meetings_match_gold(path: Path) -> None:
    extraction, gold = _extract(path), _gold(path)
    assert len(extraction.meetings) == len(gold["meetings"])
    for meeting, expected in zip(extraction.meetings, gold["meetings"], strict=True):
        assert meeting.body == expected["body"]
        assert meeting.ordinal == expected["ordinal"]
        assert meeting.date == date.fromisoformat(expected["date"])
        assert meeting.location == expected["location"]
        assert meeting.mode == expected["mode"]
        assert _chairs(meeting) == _gold_chairs(expected)
        assert [a.text for a in meeting.agenda] == [a["text"] for a in expected["agenda_items"]]
        assert [a.position for a in meeting.agenda] == \
            [a["position"] for a in expected["agenda_items"]]
        assert {(p.name, p.side, p.acronym, tuple(sorted(p.mentions)))
                for p in meeting.participants} == \
            {(p["agency"], p["side"], p["acronym"], tuple(sorted(p["mentions"])))
             for p in expected["participants"]}
        assert [(v.organisation, v.date.isoformat() if v.date else None) for v in meeting.visits] \
            == [(v["organisation"], v["date"]) for v in expected["visits"]]


@pytest.mark.parametrize("path", ZH_FILES, ids=lambda p: p.name)
def test_people_acronyms_documents_match_gold(path: Path) -> None:
    extraction, gold = _extract(path), _gold(path)
    assert {(p.name, p.honorific, tuple(sorted(x.title for x in p.posts)))
            for p in extraction.people} == \
        {(p["name"], p["honorific"], tuple(sorted(p["post"].split("；")))) for p in gold["people"]}
    assert {a.short: a.expansion for a in extraction.acronyms} == gold["acronyms"]
    assert sorted(d.title for d in extraction.documents) == sorted(gold["documents_mentioned"])


@pytest.mark.parametrize("path", ZH_FILES, ids=lambda p: p.name)
def test_every_span_quotes_its_text(path: Path) -> None:
    extraction = _extract(path)
    release = extraction.release
    for meeting in extraction.meetings:
        if meeting.body_span:
            assert release.quote(meeting.body_span) == meeting.body
        for item in meeting.agenda:
            assert release.quote(item.span) == item.text
        for visit in meeting.visits:
            assert release.quote(visit.span) == visit.organisation
        for participant in meeting.participants:
            assert all(form in release.text for form in participant.mentions)
    for person in extraction.people:
        assert person.name in release.quote(person.span)
    for acronym in extraction.acronyms:
        assert release.quote(acronym.span).startswith(acronym.expansion)
    for document in extraction.documents:
        assert release.quote(document.span) == document.title


NEW_RELEASE = """財政司司長在北京會見國家發展和改革委員會主任（附圖）

　　財政司司長陳茂波昨日（五月六日）在北京與國家發展和改革委員會主任會面，就兩地經濟合作交換意見。

　　政務司司長陳國基今日與廣東省副省長張新以視像會議形式共同主持粵港環保合作小組第二十一次會議。會上，雙方討論了空氣質素、水質保護和廢物管理等議題。

　　小組將於下月舉行第二十二次會議。陳國基表示，自小組首次會議以來，兩地合作成果豐碩。

完

2024年5月7日（星期二）
香港時間18時00分
"""


def _extract_text(text: str, source: str = "new.txt"):
    return extract(parse(decode(text.encode("utf-8"), source)))


def test_new_release_meetings() -> None:
    extraction = _extract_text(NEW_RELEASE)
    call, group = extraction.meetings  # the planned 22nd meeting and the first one are left out
    assert call.kind == "courtesy call" and call.body is None
    assert call.date == date(2024, 5, 6)  # 昨日 against a dateline of May 7
    assert call.location == "北京"
    assert [(r.person.name, [p.title for p in r.person.posts]) for r in call.roles] == \
        [("陳茂波", ["財政司司長"]), (None, ["國家發展和改革委員會主任"])]
    assert [a.text for a in call.agenda] == []  # a call's single topic is no agenda
    assert [(p.name, p.side) for p in call.participants] == [("國家發展和改革委員會", "Mainland")]

    assert group.body == "粵港環保合作小組" and group.ordinal == 21
    assert group.mode == "video conference" and group.location is None
    assert group.date == date(2024, 5, 7)
    assert {r.person.name for r in group.roles} == {"陳國基", "張新"}
    assert [a.text for a in group.agenda] == ["空氣質素", "水質保護", "廢物管理"]


def test_simplified_release_is_folded_onto_the_same_rules() -> None:
    simplified = ("政务司司长主持粤港人才合作协调机制第二次会议（附图）\n\n"
                  "　　政务司司长陈国基今日（一月八日）在广州与广东省委常委、组织部部长程福波"
                  "共同主持粤港人才合作协调机制第二次会议。\n\n"
                  "完\n\n2025年1月8日（星期三）\n香港时间20时55分\n")
    extraction = _extract_text(simplified)
    assert extraction.release.language == "zh-Hans"
    (meeting,) = extraction.meetings
    assert meeting.body == "粤港人才合作协调机制" and meeting.ordinal == 2
    assert meeting.location == "广州" and meeting.date == date(2025, 1, 8)
    assert {r.person.name for r in meeting.roles} == {"陈国基", "程福波"}
    posts = {r.person.name: [p.title for p in r.person.posts] for r in meeting.roles}
    assert posts["程福波"] == ["广东省委常委", "组织部部长"]


@pytest.mark.parametrize(
    "sentence",
    ["委員會將於下月舉行第三次會議。",
     "雙方回顧上一次合作會議以來的成果。",
     "他表示，這是首次以實體形式舉行的合作會議。",
     "香港特區政府主要官員出席會議。"],
)
def test_sentences_that_report_no_meeting(sentence: str) -> None:
    text = f"標題\n\n　　{sentence}\n\n完\n\n2024年5月7日（星期二）\n香港時間18時00分\n"
    assert _extract_text(text).meetings == ()


def test_names_end_at_honorifics_dates_and_verbs() -> None:
    text = ("標題\n\n　　醫務衞生局局長盧寵茂教授、"
            "創新科技及工業局局長孫東教授和署理環境及生態局局長黃淑嫻今日出席活動。"
            "深圳市人民政府市長覃偉中二月二十二日抵港。\n")
    people = {p.name: p for p in _extract_text(text).people}
    assert set(people) == {"盧寵茂", "孫東", "黃淑嫻", "覃偉中"}
    assert people["孫東"].honorific == "教授" and people["黃淑嫻"].honorific is None
    assert [p.title for p in people["黃淑嫻"].posts] == ["署理環境及生態局局長"]
    assert [p.title for p in people["覃偉中"].posts] == ["深圳市人民政府市長"]


CALLS = """局長訪問澳門（附圖）

　　財經事務及庫務局局長許正宇今日（六月二十日）到訪澳門，先後拜會澳門特別行政區行政長官賀一誠和經濟財政司司長李偉農。

　　許正宇其後與澳門金融管理局主席陳守信會面，雙方就兩地金融合作交換意見。出席會見的官員包括商務及經濟發展局局長丘應樺。

完

2023年6月20日（星期二）
香港時間20時00分
"""


def test_calls_on_several_people_and_a_subject_named_without_post() -> None:
    extraction = _extract_text(CALLS)
    calls = extraction.meetings
    assert [m.kind for m in calls] == ["courtesy call"] * 3  # "出席會見的" is no new call
    assert [[r.person.name for r in m.roles] for m in calls] == \
        [["許正宇", "賀一誠"], ["許正宇", "李偉農"], ["許正宇", "陳守信"]]
    assert all(m.location == "澳門" and m.date == date(2023, 6, 20) for m in calls)
    assert [a.text for a in calls[2].agenda] == []  # a call's single topic is no agenda
    sides = {p.name: p.side for p in calls[2].participants}
    assert sides == {"財經事務及庫務局": "HKSAR", "澳門金融管理局": "Macao"}
    assert "丘應樺" in {p.name for p in extraction.people}


def test_posts_joined_by_jian_belong_to_one_person() -> None:
    text = ("扶貧委員會舉行會議（附圖）\n\n"
            "　　扶貧委員會今日（三月六日）舉行會議，由政務司司長兼扶貧委員會主席陳國基主持。\n\n"
            "完\n\n2023年3月6日（星期一）\n香港時間18時00分\n")
    [meeting] = _extract_text(text).meetings
    [(name, posts)] = [(r.person.name, [p.title for p in r.person.posts]) for r in meeting.roles]
    assert (name, posts) == ("陳國基", ["政務司司長兼扶貧委員會主席"])  # printed whole


def test_outcomes_name_the_document_signed() -> None:
    extraction = _extract(CORPUS / "zh-2024-01-meeting-talent-cooperation-guangzhou.txt")
    (meeting,) = extraction.meetings
    documents = [o.document for o in meeting.outcomes if o.document]
    assert documents == ["關於推進粵港人才合作的框架協議"]
    assert all(extraction.release.quote(o.span) == o.text for o in meeting.outcomes)
    assert any("通過" in o.text for o in meeting.outcomes)


def test_statements_and_what_he_refers_to() -> None:
    extraction = _extract(CORPUS / "zh-2023-02-meeting-hk-shenzhen-cooperation.txt")
    said = [(s.speaker.name if s.speaker else None, s.text[:6]) for s in extraction.statements]
    # "他說：「…」" follows a paragraph of 陳國基's, though 覃偉中 was introduced later
    assert said == [("陳國基", "這是香港與內"), ("陳國基", "港深兩地是最"),
                    ("覃偉中", "深圳高度重視")]
    assert all(extraction.release.quote(s.span) == s.text for s in extraction.statements)


def test_meetings_named_before_they_are_held() -> None:
    text = ("標題\n\n　　粵港持續發展與環保合作小組第二十次會議及粵港海洋資源護理專責小組第十四次會"
            "議今日（十二月十二日）在廣州舉行，分別由環境局局長黃錦星和廣東省生態環境廳廳長聶新平"
            "共同主持。該會議於上月舉行的籌備會議後召開。\n\n"
            "完\n\n2019年12月12日（星期四）\n香港時間18時00分\n")
    meetings = _extract_text(text).meetings
    assert [(m.body, m.ordinal) for m in meetings] == \
        [("粵港持續發展與環保合作小組", 20), ("粵港海洋資源護理專責小組", 14)]
    for meeting in meetings:
        assert meeting.location == "廣州" and meeting.date == date(2019, 12, 12)
        assert {(r.person.name, r.role) for r in meeting.roles} == \
            {("黃錦星", "co-chair"), ("聶新平", "co-chair")}


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


SERIES_ORDINALS = """港閩合作會議今日舉行

　　政務司司長李明今日（十月九日）在福州出席第七次港閩海洋合作高層會議。

　　環境局局長王強昨日（十月八日）在杜拜出席《海洋公約》締約方大會第28屆會議。

完

2024年10月9日（星期三）
香港時間12時00分
"""


def test_an_ordinal_before_a_series_name_or_of_a_term_is_the_meetings_ordinal() -> None:
    found = _extract_text(SERIES_ORDINALS).meetings
    assert [(m.body, m.ordinal) for m in found] == [("港閩海洋合作高層會議", 7),
                                                    ("《海洋公約》締約方大會", 28)]


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


SHORT_NAMES_AGAIN = """商務局局長出席部長級會議

　　商務及經濟發展局局長李明明日（十月十日）離港，出席在利馬舉行的第三十屆環太平洋經濟合作組織（環太經合組織）部長級會議。

　　他會於十月十二日出席於十月十二及十三日舉行的第三十屆環太經合組織部長級會議。

　　行政長官今日在廣州主持泛珠省區行政首長聯席會議。行政長官今日下午主持行政首長聯席會議。

完

2024年10月9日（星期三）
香港時間20時00分
"""


def test_a_meeting_named_again_by_its_short_form_or_last_words_is_one_meeting() -> None:
    found = _extract_text(SHORT_NAMES_AGAIN).meetings
    assert [(m.body, m.ordinal) for m in found] == [
        ("環太平洋經濟合作組織（環太經合組織）部長級會議", 30), ("泛珠省區行政首長聯席會議", None)]


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


TERMS_AND_COUNTS = """行政長官赴京

　　行政長官李明將於三月十二日至十五日訪問北京，出席三月十三日舉行的全國政協十四屆三次會議閉幕會，以及三月十五日的十四屆全國人大三次會議閉幕會。

　　立法會財務委員會（財委會）將於三月十六日在立法會綜合大樓會議室1舉行兩次會議。

完

2025年3月9日（星期日）
香港時間15時00分
"""


def test_a_terms_session_a_meeting_listed_after_another_and_a_count_of_meetings() -> None:
    found = _extract_text(TERMS_AND_COUNTS).meetings
    assert [(m.body, m.session, m.date) for m in found] == [
        ("全國政協", "十四屆三次", date(2025, 3, 13)),
        ("全國人大", "十四屆三次", date(2025, 3, 15)),
        ("立法會財務委員會", None, date(2025, 3, 16)),
        ("立法會財務委員會", None, date(2025, 3, 16)),
    ]


def test_a_transcript_reports_what_the_speaker_reports_not_what_is_asked() -> None:
    text = ("局長答問全文\n\n　　以下為局長李明今日（十月九日）會見傳媒的答問全文：\n\n"
            "記者：局長今日會否與廣東省副省長王平會面？\n\n"
            "局長：我昨日已與廣東省副省長王平會面。我希望日後能夠與學生代表見面。\n\n"
            "完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    found = _extract_text(text).meetings
    assert [(m.kind, m.date) for m in found] == [("courtesy call", date(2024, 10, 8))]


def test_a_long_name_after_a_description_and_totals_of_meetings() -> None:
    text = ("標題\n\n　　政務司司長李明明日（十月十日）下午會出席由國家發展和改革委員會牽頭的、"
            "有關促進河港合作建設部際聯席會議。\n\n"
            "　　委員會自成立以來一共舉行了二十七次會議。內務委員會今個會期已舉行過十九次會議。\n\n"
            "完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    found = _extract_text(text).meetings
    assert [(m.body, m.status, m.date) for m in found] == [
        ("促進河港合作建設部際聯席會議", "planned", date(2024, 10, 10))]


def test_an_announced_call_by_someone_named_again_on_the_day_spoken_of_last() -> None:
    text = ("財政司司長將訪問河源\n\n　　財政司司長李家明將於星期四（十月十日）"
            "啟程前往河源訪問兩天。\n\n　　星期六早上，李家明將出席第三屆河源經濟論壇開幕式。\n\n"
            "　　同日下午，李家明亦將與商務部官員會面，然後於傍晚返港。\n\n"
            "完\n\n2024年10月9日（星期三）\n香港時間16時00分\n")
    found = _extract_text(text).meetings
    assert [(m.kind, m.status, m.date) for m in found] == [
        ("courtesy call", "planned", date(2024, 10, 12))]


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


def test_hui_of_a_word_before_a_verb_of_meeting_announces_nothing() -> None:
    text = ("局長訪問河源\n\n　　局長李家明今日（十月九日）出席河源晚宴，"
            "亦藉此機會拜會了河源市的領導。\n\n完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    found = _extract_text(text).meetings
    assert [(m.kind, m.status, m.date) for m in found] == [
        ("courtesy call", "held", date(2024, 10, 9))]


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


def test_people_of_a_place_met_are_no_party() -> None:
    text = ("行政長官探訪選手\n\n　　行政長官李家明今日（十月九日）在杭州出席活動。下午，"
            "李家明到訪選手村，又與香港選手見面，了解他們的準備。\n\n"
            "完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    assert [m.kind for m in _extract_text(text).meetings] == []


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


def test_received_and_saw_someone_named_are_calls() -> None:
    text = ("行政長官會見傳媒\n\n　　以下為行政長官李家明今日（十月九日）在北京會見傳媒的答問全文："
            "\n\n行政長官：這次我來到北京，見了國務院副總理王大明。我在電視上看見了很多朋友。\n\n"
            "　　國家主席張國強昨日（十月八日）在北京接見行政長官李家明。\n\n"
            "完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    found = _extract_text(text).meetings
    assert [(m.kind, m.date) for m in found] == [("courtesy call", None),  # no day of its own
                                                ("courtesy call", date(2024, 10, 8))]


def test_talks_with_a_party_named_before_the_verb() -> None:
    text = ("局長到訪北京\n\n　　政制及內地事務局局長李家明將會前往北京，於明日（十月十日）"
            "與國家發展和改革委員會商討特區政府的規劃工作。\n\n　　這次訪京的安排，"
            "事先與國務院港澳事務辦公室就會面的日期進行磋商。在與王副總理會面期間，"
            "他介紹了香港的情況。\n\n完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    extraction = _extract_text(text)
    assert [(m.kind, m.status, m.date, "商討" in extraction.release.quote(m.span))
            for m in extraction.meetings] == [
        ("courtesy call", "planned", date(2024, 10, 10), True)]


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


def test_a_call_on_several_people_met_together_is_one_call_on_all() -> None:
    text = ("政務司司長訪京\n\n　　政務司司長李家明今日（十月九日）"
            "在北京與江蘇省副省長王大明及江蘇省港澳辦主任張小華會面。\n\n完\n\n"
            "2024年10月9日（星期三）\n香港時間18時00分\n")
    found = _extract_text(text).meetings
    assert [sorted(r.person.name or "" for r in m.roles) for m in found] == [
        ["張小華", "李家明", "王大明"]]


def test_a_call_without_a_day_in_the_text_has_no_date() -> None:
    text = ("行政長官晤特別代表\n\n　　行政長官李家明與國家氣候事務特別代表解文華會面，"
            "就共同關心的課題交換意見。\n\n完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    (call,) = _extract_text(text).meetings
    assert (call.status, call.date) == ("held", None)


def test_a_speakers_other_remarks_do_not_date_a_call_but_later_today_does() -> None:
    text = ("行政長官談話全文\n\n　　以下是行政長官李家明今日（十月九日）"
            "上午返抵香港後會見傳媒的談話全文：\n\n行政長官：首先，昨日香港受到暴雨影響，"
            "我感謝各個部門的工作。\n\n　　接着，我想講講我今次的行程。今次去了廣州，"
            "亦藉此機會拜會了廣州市的領導。稍後我會去會見省長王建明先生，與他探討合作。\n\n"
            "完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    assert [(m.status, m.date) for m in _extract_text(text).meetings] == [
        ("held", None), ("planned", date(2024, 10, 9))]


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


def test_a_call_told_as_the_time_of_what_follows_after_calls_between_others() -> None:
    text = ("行政長官致辭全文\n\n　　以下為行政長官何俊文今晚（十一月十九日）"
            "歡迎孫志明總理晚宴的致辭全文：\n\n　　今天下午，孫總理召見了本地商界代表。\n\n"
            "　　我特別高興告訴大家，今天我跟孫總理會面的時候，孫總理表示中央會支持香港。\n\n"
            "完\n\n2024年11月19日（星期二）\n香港時間22時00分\n")
    calls = _extract_text(text).meetings
    assert [sorted(r.person.name or "" for r in c.roles) for c in calls] == [
        ["孫志明"], ["何俊文", "孫志明"]]
    assert {c.date for c in calls} == {date(2024, 11, 19)}


# --------------------------------------------------------------------------- the genre's
# constructions (second gathering pass): each fixture is written for the test


def test_a_hearing_held_by_the_body_that_opens_the_notice() -> None:
    notice = ("立法會某某事務委員會明日舉行公開聆訊\n\n下稿代立法會秘書處發出：\n\n"
              "　　立法會某某事務委員會（某委會）明日（三月五日）就某報告書的一章，於上午十時"
              "在立法會綜合大樓會議室3舉行公開聆訊。\n\n"
              "　　某委會已邀請五位證人出席上述公開聆訊。\n\n完\n\n2020年3月4日（星期三）\n")
    (meeting,) = _extract_text(notice).meetings
    assert meeting.body == "立法會某某事務委員會"
    assert meeting.status == "planned" and meeting.date == date(2020, 3, 5)
    assert meeting.location is None  # a conference room is a building, not a place


def test_a_meeting_named_before_its_days_and_the_leaders_of_its_delegations() -> None:
    text = ("局長率團出席三地聯席會議\n\n"
            "　　第三屆甲乙丙三地環保高層聯席會議將於五月十日及十一日在澳門舉行。\n\n"
            "　　環境局局長李大文將率領代表團出席會議。內地及澳門的代表團將分別由生態環境部"
            "副部長王小明及運輸工務司司長陳中華率領。\n\n完\n\n2021年5月3日（星期一）\n")
    (meeting,) = _extract_text(text).meetings
    assert meeting.body == "甲乙丙三地環保高層聯席會議" and meeting.ordinal == 3
    assert meeting.status == "planned" and meeting.date is None  # two days: no one date
    assert meeting.location == "澳門"
    assert {r.person.name for r in meeting.roles} == {"李大文", "王小明", "陳中華"}


def test_a_series_named_in_full_then_which_of_its_meetings() -> None:
    text = ("甲乙合作聯席會議第三次會議\n\n"
            "　　兩地代表今天（九月二十四日）在香港召開甲乙合作聯席會議的第三次會議，雙方代表團"
            "分別由政務司司長張三豐及廣東省副省長李四光率領。\n\n完\n\n1999年9月24日（星期五）\n")
    (meeting,) = _extract_text(text).meetings
    assert meeting.body == "甲乙合作聯席會議" and meeting.ordinal == 3
    assert meeting.date == date(1999, 9, 24) and meeting.location == "香港"
    assert {r.person.name for r in meeting.roles} == {"張三豐", "李四光"}


def test_a_series_named_alone_then_with_its_ordinal_is_one_meeting() -> None:
    text = ("　　行政長官陳大文今日（六月二日）展開北京的訪問行程，出席京港合作會議。\n\n"
            "　　下午，陳大文與北京市市長王一明一同主持京港合作會議第五次會議。\n\n"
            "完\n\n2022年6月2日（星期四）\n")
    (meeting,) = _extract_text(text).meetings
    assert meeting.body == "京港合作會議" and meeting.ordinal == 5
    # the place of the visit (北京的訪問) an earlier sentence names
    assert meeting.location == "北京"


def test_a_day_programme_announces_calls_listed_one_after_another() -> None:
    text = ("　　商務局局長何志明今日（倫敦時間五月八日）繼續在英國的訪問行程。\n\n"
            "　　上午，何志明出席一個展覽的開幕禮。\n\n"
            "　　隨後，何志明會與中國駐英國大使劉一會面。他亦會會晤英國副首相兼商業、能源大臣"
            "John Smith，以及國際貿易大臣Mary Jones，就共同關注的議題交流意見。\n\n"
            "完\n\n2016年5月8日（星期日）\n")
    calls = _extract_text(text).meetings
    assert [(c.status, c.date) for c in calls] == [("planned", date(2016, 5, 8))] * 3
    met = [{r.person.name for r in c.roles} for c in calls]
    assert met == [{"何志明", "劉一"}, {"何志明", "John Smith"}, {"何志明", "Mary Jones"}]
    smith = next(r.person for r in calls[1].roles if r.person.name == "John Smith")
    assert [p.title for p in smith.posts] == ["英國副首相兼商業、能源大臣"]  # one holder's


def test_a_visitor_to_hong_kong_names_the_place() -> None:
    text = ("　　行政長官梁大明今日（七月二日）下午在禮賓府與訪港的某某銀行行長金一平博士會面。\n\n"
            "完\n\n2014年7月2日（星期三）\n")
    (call,) = _extract_text(text).meetings
    assert call.location == "香港"  # 訪港 names Hong Kong; a building alone names no place
    assert {r.person.name for r in call.roles} == {"梁大明", "金一平"}


def test_talks_with_a_party_at_the_end_of_a_dated_journey() -> None:
    text = ("　　政務司司長王大同7月4日轉往成都，考察一些項目，並與四川省領導進行工作會議。\n\n"
            "完\n\n2009年6月28日（星期日）\n")
    (talks,) = _extract_text(text).meetings
    assert talks.body is None and talks.status == "planned"
    assert talks.date == date(2009, 7, 4) and talks.location == "成都"
    assert [r.person.name for r in talks.roles] == ["王大同"]


def test_they_are_the_group_of_the_one_an_earlier_paragraph_opened_with() -> None:
    text = ("　　運輸局局長陳美美今日（八月一日）展開兩天北京訪問。\n\n"
            "　　是次訪京，署理民航處處長黃大海亦有同行。他們在下午抵達北京後隨即與交通運輸部"
            "部長劉大偉會面。\n\n完\n\n2025年8月1日（星期五）\n")
    (call,) = _extract_text(text).meetings
    assert [r.person.name for r in call.roles] == ["陳美美", "劉大偉"]
    assert call.location == "北京"


def test_tai_is_written_in_both_scripts() -> None:
    from pressgraph.chinese_script import to_traditional

    assert to_traditional("天文台台長") == "天文台台長"


def test_a_speech_at_a_committee_special_meeting_names_that_meeting() -> None:
    text = ("局長在立法會某委會特別會議上致辭全文\n\n"
            "　　以下為某某局局長李明今日（三月二十日）在立法會某某委員會特別會議上的致辭全文：\n\n"
            "　　各位議員早晨，我高興有機會向大家簡介本局的工作。\n\n"
            "完\n\n2001年3月20日（星期二）\n")
    (meeting,) = _extract_text(text).meetings
    assert meeting.body == "立法會某某委員會" and meeting.status == "held"


def test_a_courtesy_visit_to_a_post_holder() -> None:
    text = ("　　某國駐香港總領事John Brown於九月十四日禮節性訪問處長張大力。\n\n"
            "完\n\n2015年9月20日（星期日）\n")
    (call,) = _extract_text(text).meetings
    assert {r.person.name for r in call.roles} == {"John Brown", "張大力"}


def test_calls_an_opening_sums_up_are_the_calls_told_later() -> None:
    text = ("局長訪問北京\n\n　　運輸局局長何志明今日（六月三日）展開北京訪問，"
            "拜會國家水利部及國家林業局，並與商務部部長和北京市市長會面。\n\n"
            "　　何志明下午與國家水利部部長高遠會面，其後與國家林業局副局長楊明會面。"
            "他晚上與北京市市長方正會面。\n\n完\n\n2024年6月3日（星期一）\n香港時間20時00分\n")
    calls = _extract_text(text).meetings
    met = [sorted((r.person.name or "", tuple(p.title for p in r.person.posts))
                  for r in c.roles if r.person.name != "何志明") for c in calls]
    # the minister of commerce is told of only in the opening: that call stays
    assert sorted(met) == sorted([[("", ("商務部部長",))], [("高遠", ("國家水利部部長",))],
                                  [("楊明", ("國家林業局副局長",))],
                                  [("方正", ("北京市市長",))]])


def test_a_quoted_name_loses_its_quote_and_keeps_its_ordinal_apart() -> None:
    text = ("司長出席會議\n\n　　政務司司長李明今日（五月八日）在澳門出席「第七次港澳合作高層會議」"
            "。\n\n完\n\n2024年5月8日（星期三）\n香港時間18時00分\n")
    [meeting] = _extract_text(text).meetings
    assert (meeting.body, meeting.ordinal) == ("港澳合作高層會議", 7)


def test_a_working_meeting_takes_the_conference_as_its_body() -> None:
    text = ("司长出席会议\n\n　　粤港合作联席会议第二十次工作会议今日（五月八日）在广州举行，"
            "由政务司司长李明与广东省常务副省长张华共同主持。\n\n"
            "完\n\n2024年5月8日（星期三）\n香港时间18时00分\n")
    [meeting] = _extract_text(text).meetings
    assert (meeting.body, meeting.ordinal) == ("粤港合作联席会议", 20)
    assert {r.person.name for r in meeting.roles} == {"李明", "张华"}


def test_the_next_day_counts_from_the_day_spoken_of_last() -> None:
    text = ("局長訪京\n\n　　運輸局局長何志明明日（六月四日）前往北京，與國家發改委主任高遠會面。"
            "他翌日會與商務部部長楊明會面，並於明晚返港。\n\n"
            "完\n\n2024年6月3日（星期一）\n香港時間20時00分\n")
    calls = _extract_text(text).meetings
    assert [(c.status, c.date) for c in calls] == [("planned", date(2024, 6, 4)),
                                                   ("planned", date(2024, 6, 5))]


def test_a_release_printed_with_spaces_between_characters_is_read_without_them() -> None:
    plain = ("政務司司長李明今日（五月八日）在廣州與廣東省省長張華會面，"
             "雙方就經貿合作、創新科技和青年發展交換意見。")
    text = ("司 長 訪 穗\n\n　　" + " ".join(plain) + "\n\n完\n\n2024年5月8日（星期三）\n"
            "香港時間18時00分\n")
    extraction = _extract_text(text)
    [call] = extraction.meetings
    assert {r.person.name for r in call.roles} == {"李明", "張華"}
    assert (call.date, call.location) == (date(2024, 5, 8), "廣州")  # values without spaces
    assert [item.text for item in call.agenda] == ["經貿合作", "創新科技", "青年發展"]
    release = extraction.release  # as printed: spans quote the spaced text
    assert release.title == "司 長 訪 穗"
    assert [release.quote(item.span) for item in call.agenda] == [
        "經 貿 合 作", "創 新 科 技", "青 年 發 展"]
    person = next(r.person for r in call.roles if r.person.name == "張華")
    assert release.quote(person.span).startswith("廣 東 省 省 長")


def test_a_kind_of_meeting_names_no_body_and_a_committees_meeting_names_the_committee() -> None:
    video = ("司長視像會議\n\n　　政務司司長李明今日（五月八日）與廣東省副省長張華舉行視像會議，"
             "討論兩地合作。\n\n完\n\n2024年5月8日（星期三）\n香港時間18時00分\n")
    [call] = _extract_text(video).meetings
    assert (call.body, call.mode) == (None, "video conference")
    assert {r.person.name for r in call.roles} == {"李明", "張華"}
    chaired = ("司長主持會議\n\n　　財政司司長李明今日（五月八日）主持經濟發展委員會會議。\n\n"
               "完\n\n2024年5月8日（星期三）\n香港時間18時00分\n")
    [meeting] = _extract_text(chaired).meetings
    assert meeting.body == "經濟發展委員會"
