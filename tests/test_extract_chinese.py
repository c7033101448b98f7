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
    text = ("標題\n\n　　醫務衞生局局長盧寵茂教授、創新科技及工業局局長孫東教授和署理環境及生態局局長"
            "黃淑嫻今日出席活動。深圳市人民政府市長覃偉中二月二十二日抵港。\n")
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
    assert (name, posts) == ("陳國基", ["政務司司長", "扶貧委員會主席"])


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
    assert said == [("陳國基", "這是香港與內"), ("陳國基", "港深兩地是最"), ("覃偉中", "深圳高度重視")]
    assert all(extraction.release.quote(s.span) == s.text for s in extraction.statements)


def test_meetings_named_before_they_are_held() -> None:
    text = ("標題\n\n　　粵港持續發展與環保合作小組第二十次會議及粵港海洋資源護理專責小組第十四次會議"
            "今日（十二月十二日）在廣州舉行，分別由環境局局長黃錦星和廣東省生態環境廳廳長聶新平"
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
