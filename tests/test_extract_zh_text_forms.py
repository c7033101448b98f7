"""Chinese extraction on new text in the forms releases are printed in: a new Traditional release
read whole, Simplified script folded onto the same rules, characters printed with spaces
between them, and where people's names and posts end.
"""

from __future__ import annotations

from datetime import date

from tests.chinese_extraction import _extract_text

NEW_RELEASE = """財政司司長在北京會見國家發展和改革委員會主任（附圖）

　　財政司司長陳茂波昨日（五月六日）在北京與國家發展和改革委員會主任會面，就兩地經濟合作交換意見。

　　政務司司長陳國基今日與廣東省副省長張新以視像會議形式共同主持粵港環保合作小組第二十一次會議。會上，雙方討論了空氣質素、水質保護和廢物管理等議題。

　　小組將於下月舉行第二十二次會議。陳國基表示，自小組首次會議以來，兩地合作成果豐碩。

完

2024年5月7日（星期二）
香港時間18時00分
"""


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


def test_names_end_at_honorifics_dates_and_verbs() -> None:
    text = ("標題\n\n　　醫務衞生局局長盧寵茂教授、"
            "創新科技及工業局局長孫東教授和署理環境及生態局局長黃淑嫻今日出席活動。"
            "深圳市人民政府市長覃偉中二月二十二日抵港。\n")
    people = {p.name: p for p in _extract_text(text).people}
    assert set(people) == {"盧寵茂", "孫東", "黃淑嫻", "覃偉中"}
    assert people["孫東"].honorific == "教授" and people["黃淑嫻"].honorific is None
    assert [p.title for p in people["黃淑嫻"].posts] == ["署理環境及生態局局長"]
    assert [p.title for p in people["覃偉中"].posts] == ["深圳市人民政府市長"]


def test_posts_joined_by_jian_belong_to_one_person() -> None:
    text = ("扶貧委員會舉行會議（附圖）\n\n"
            "　　扶貧委員會今日（三月六日）舉行會議，由政務司司長兼扶貧委員會主席陳國基主持。\n\n"
            "完\n\n2023年3月6日（星期一）\n香港時間18時00分\n")
    [meeting] = _extract_text(text).meetings
    [(name, posts)] = [(r.person.name, [p.title for p in r.person.posts]) for r in meeting.roles]
    assert (name, posts) == ("陳國基", ["政務司司長兼扶貧委員會主席"])  # printed whole


def test_tai_is_written_in_both_scripts() -> None:
    from pressgraph.chinese_script import to_traditional

    assert to_traditional("天文台台長") == "天文台台長"


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
