"""Calls in Chinese releases (``zh_calls.py``): fixtures written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pressgraph.extract import extract
from pressgraph.parse import parse
from pressgraph.reader import decode


def _extract_text(text: str):
    return extract(parse(decode(text.encode("utf-8"), "calls.txt")))


def _release(title: str, body: str, day: str) -> str:
    return f"{title}\n*****\n{body}\n完\n\n{day}\n香港時間18時00分\n"


def test_a_delegation_meeting_a_provinces_leaders_is_a_call() -> None:
    text = _release("行政長官率團訪問",
                    "  行政長官陳大文今日(七月十九日)率領工商界代表，前往北方三省訪問。\n"
                    "  考察團首先到達瀋陽，在傍晚與遼寧省領導會面，然後出席歡迎晚宴。",
                    "2008年7月19日(星期六)")
    (call,) = _extract_text(text).meetings
    assert call.kind == "courtesy call" and call.status == "held"
    assert call.date == date(2008, 7, 19)


def test_the_programme_of_a_trip_names_no_call_of_its_own() -> None:
    text = _release("局長考察東京", "  發展局局長陳大文明天(2月8日)率領代表團訪問東京。\n"
                    "  訪日期間，代表團與東京市政府官員和學者會面，並參觀多個項目。",
                    "2009年2月7日(星期六)")
    assert _extract_text(text).meetings == ()


def test_he_after_a_day_word_is_the_one_named_before() -> None:
    text = _release("行政長官訪問兩市",
                    "  行政長官陳大文將於下周二和周三(五月二十二至二十三日)訪問南京及蘇州。\n"
                    "  陳大文下周二前往南京，出席晚宴。翌日，她會與江蘇省領導會面，"
                    "然後轉往蘇州拜會蘇州市領導。", "2017年5月18日(星期四)")
    calls = _extract_text(text).meetings
    assert [m.kind for m in calls] == ["courtesy call", "courtesy call"]
    assert all([r.person.name for r in m.roles] == ["陳大文"] for m in calls)


def test_a_call_summed_up_then_told_with_names_is_one_call() -> None:
    text = _release("行政長官訪問南京",
                    "  行政長官陳大文率領代表團繼續訪問南京，並與江蘇省領導會面。\n"
                    "  陳大文中午與江蘇省委書記張小明和江蘇省省長李四會面。",
                    "2018年7月19日(星期四)")
    (call,) = _extract_text(text).meetings
    assert [r.person.name for r in call.roles] == ["陳大文", "張小明", "李四"]


def test_a_name_ends_before_this_month() -> None:
    text = _release("部長訪港", "  財政部部長王小明本月17日率團訪問香港，與財政司司長陳大文會面。",
                    "2023年7月19日(星期三)")
    (call,) = _extract_text(text).meetings
    assert [r.person.name for r in call.roles] == ["王小明", "陳大文"]


def test_what_a_call_produced_is_no_new_call() -> None:
    text = _release("部長訪港", "  財政部部長王小明本月17日與財政司司長陳大文會面。\n"
                    "  陳大文並與王小明簽署會談紀要，加強兩地合作。陳大文會後指滿意會面成果。",
                    "2023年7月19日(星期三)")
    (call,) = _extract_text(text).meetings
    assert call.date == date(2023, 7, 17)  # 本月17日: of the release's month


def test_a_call_on_a_post_opening_with_zhong_or_shang_is_a_call() -> None:
    for party in ("中共江西省委書記張小明", "上海市市長張小明"):
        text = _release("局長訪問", f"  發展局局長陳大文今日會見{party}。",
                        "2023年7月19日(星期三)")
        (call,) = _extract_text(text).meetings
        assert [r.person.name for r in call.roles] == ["陳大文", "張小明"]


def test_during_the_call_names_no_new_call() -> None:
    text = _release("局長訪問", "  發展局局長陳大文在會見中表示，兩地合作良好。",
                    "2023年7月19日(星期三)")
    assert _extract_text(text).meetings == ()


def test_a_call_told_as_the_time_of_remarks_is_reported() -> None:
    text = _release("局長訪問", "  發展局局長陳大文昨日與江西省副省長張小明會面後表示，"
                    "雙方同意加強合作。", "2023年7月19日(星期三)")
    (call,) = _extract_text(text).meetings
    assert call.date == date(2023, 7, 18)
    assert [r.person.name for r in call.roles] == ["陳大文", "張小明"]


def test_a_transcript_headline_names_the_call_its_opening_dates() -> None:
    text = ("局長會見商會代表後會見傳媒的談話內容\n*****\n"
            "  以下是發展局局長陳大文今日（七月十九日）會見傳媒的談話內容：\n"
            "記者：會面談了甚麼？\n局長：我們談了很多。\n完\n\n2023年7月19日(星期三)\n")
    (call,) = _extract_text(text).meetings
    assert call.kind == "courtesy call" and call.date == date(2023, 7, 19)


def test_a_call_on_an_office_then_on_its_head_is_one_call() -> None:
    text = _release("局長訪京", "  發展局局長陳大文今日在北京拜會水利部，與部長張小明會面。",
                    "2023年7月19日(星期三)")
    (call,) = _extract_text(text).meetings
    assert [r.person.name for r in call.roles] == ["陳大文", "張小明"]


def test_a_side_called_on_given_only_by_a_post_leads_no_side() -> None:
    # A lead given only by a post is kept as an attendee (docs/evaluation.md, "Precision
    # by reading"), except the one official a call is on (below): a co-chair of a standing
    # body's meeting given by a post alone leads nothing.
    text = _release("局長赴穗", "  第三次粵港水利合作會議今日(七月十九日)在廣州舉行，由發展局局長"
                    "陳大文與水利部部長共同主持。", "2023年7月19日(星期三)")
    (meeting,) = _extract_text(text).meetings
    assert [(r.person.name, r.role) for r in meeting.roles] == [("陳大文", "co-chair"),
                                                                 (None, "attendee")]


def test_a_side_called_on_given_by_post_and_name_leads_its_side() -> None:
    text = _release("局長訪京", "  發展局局長陳大文今日在北京拜會水利部部長張小明。",
                    "2023年7月19日(星期三)")
    (call,) = _extract_text(text).meetings
    assert [(r.person.name, r.role) for r in call.roles] == [("陳大文", "principal"),
                                                              ("張小明", "principal")]


# Photo captions (people placed by （左中）, （右前排右三）) retell the text's calls.
def _with_captions(*captions: str) -> str:
    lead = ("  嶺州辦事處主任一行今日(九月三日)到訪嶺州市，與嶺州市委書記張小明會面，"
            "就兩地經貿合作交流意見。\n")
    return _release("主任到訪嶺州", lead + "".join(f"{c}\n" for c in captions),
                    "2020年9月3日(星期四)")


def test_a_caption_naming_the_visitor_the_text_gives_by_post_is_the_texts_call() -> None:
    caption = "嶺州辦事處主任陳大文(左中)與嶺州市委書記張小明(右前排右三)會面"
    (call,) = _extract_text(_with_captions(caption)).meetings
    assert call.date == date(2020, 9, 3)
    assert {r.person.name for r in call.roles} >= {"陳大文", "張小明"}


def test_two_captions_of_one_call_give_one_call() -> None:
    text = _release("主任與處長會面", "2020年9月3日(星期四)\n"
                    + "嶺州辦事處主任陳大文(左中)與嶺州市港澳辦處長張小明(右中)會面\n" * 2,
                    "2020年9月3日(星期四)")
    assert len(_extract_text(text).meetings) == 1


def test_a_caption_of_a_call_between_others_stays_a_call() -> None:
    caption = "嶺州辦事處副主任李四(左二)與嶺州市副市長王五(右二)會面"
    calls = _extract_text(_with_captions(caption)).meetings
    assert len(calls) == 2
    assert {r.person.name for r in calls[1].roles} == {"李四", "王五"}


# How a call's list of parties splits: one city's officials met together are one meeting;
# Central officials, or organisations visited with no one named, are a call on each.
def test_one_citys_officials_listed_after_with_are_one_meeting() -> None:
    text = _release("主任訪問嶺州",
                    "  嶺州辦事處主任陳大文今日(九月三日)與嶺州市委書記張小明、嶺州市副市長李四"
                    "和嶺州市商務局局長王五等會面。", "2020年9月3日(星期四)")
    (call,) = _extract_text(text).meetings
    assert {r.person.name for r in call.roles} == {"陳大文", "張小明", "李四", "王五"}


def test_central_officials_listed_after_with_are_a_call_on_each() -> None:
    text = _release("司長訪京", "  政務司司長陳大文今日(九月三日)在北京與國務院副總理張小明"
                    "及國務院港澳事務辦公室主任李四會面。", "2020年9月3日(星期四)")
    calls = _extract_text(text).meetings
    assert [sorted(r.person.name for r in m.roles) for m in calls] == [
        ["張小明", "陳大文"], ["李四", "陳大文"]]


def test_organisations_visited_with_no_one_named_are_a_call_on_each() -> None:
    for joined in ("商務部及國家發展和改革委員會", "商務部、水利部和國家發展和改革委員會"):
        text = _release("局長訪京", f"  發展局局長陳大文今日(二月二十日)在北京拜訪{joined}，"
                        "交流意見。", "2017年2月20日(星期一)")
        calls = _extract_text(text).meetings
        assert len(calls) == joined.count("、") + 2, joined
        assert all(len([p for p in m.participants if p.side == "Mainland"]) == 1
                   for m in calls), joined


def test_one_organisation_visited_is_one_call() -> None:
    text = _release("局長訪京", "  發展局局長陳大文今日(二月二十日)在北京拜訪國家發展和改革委員會，"
                    "交流意見。", "2017年2月20日(星期一)")
    assert len(_extract_text(text).meetings) == 1


def test_organisations_called_on_during_a_trip_are_calls() -> None:
    text = _release("辦事處訪問嶺州",
                    "  嶺州辦事處副主任陳大文一行今日(七月七日)到訪嶺州市，"
                    "與嶺州市副市長張小明會面。\n"
                    "  辦事處的入境事務組亦在期間分別拜訪嶺州市公安局和嶺州海事局。\n"
                    "  訪問期間，代表團亦與嶺州市的官員和學者會面。", "2021年7月7日(星期三)")
    calls = _extract_text(text).meetings
    assert len(calls) == 3


# One government's officials met together: the first listed leads the side, and after it
# only the head of the government or of its party committee; the others attend, and the
# offices named only in their posts are no parties.
def _roles(call) -> dict[str, str]:
    return {r.person.name: r.role for r in call.roles}


@pytest.mark.parametrize(("officials", "roles"), [
    pytest.param("嶺州市副市長張小明、市商務局局長李四和市外事辦主任王五",
                 {"張小明": "principal", "李四": "attendee", "王五": "attendee"},
                 id="the first listed leads, the others attend"),
    pytest.param("嶺州市委書記張小明、嶺州市市長李四和嶺州市副市長王五",
                 {"張小明": "principal", "李四": "principal", "王五": "attendee"},
                 id="a party secretary and a mayor both lead"),
])
def test_one_citys_officials_met_together(officials: str, roles: dict[str, str]) -> None:
    text = _release("主任訪問嶺州", f"  嶺州辦事處主任陳大文今日(九月三日)與{officials}會面。",
                    "2020年9月3日(星期四)")
    (call,) = _extract_text(text).meetings
    assert _roles(call) == {"陳大文": "principal", **roles}
    assert not any("商務局" in p.name or "外事辦" in p.name for p in call.participants)


def test_a_long_list_of_one_citys_officials_is_read_whole() -> None:
    officials = ("副市長張小明、市港澳辦主任李四、市委統戰部副部長王五、市商務局副局長趙六、"
                 "市海事局副局長孫七、市文化廣電旅遊體育局市場開發處處長周八、市投資促進中心副主任吳九")
    text = _release("主任訪問嶺州", f"  2025年2月19日,嶺州辦事處主任陳大文到訪嶺州市,與{officials}"
                    "會面交流。", "2025年2月19日(星期三)")
    (call,) = _extract_text(text).meetings
    roles = _roles(call)
    assert roles["張小明"] == "principal" and roles["吳九"] == "attendee"
    assert sum(role == "principal" for name, role in roles.items() if name != "陳大文") == 1


def test_deputies_met_after_the_sides_leader_attend_the_call() -> None:
    text = _release("駐京辦副主任訪問山城",
                    "  駐京辦副主任陳大文今日(三月三日)訪問山城市，與山城市副市長張小明、"
                    "市商務局局長李四、市發改委副主任王五和市港澳辦副主任趙六會面，"
                    "介紹香港的營商環境。", "2024年3月3日(星期日)")
    (call,) = _extract_text(text).meetings
    roles = {r.person.name: r.role for r in call.roles}
    assert roles["陳大文"] == "principal" and roles["張小明"] == "principal"
    assert roles["王五"] == "attendee" and roles["趙六"] == "attendee"
    names = [p.name for p in call.participants]
    assert not any("發改委" in n or "港澳辦" in n for n in names), names


def test_a_deputy_the_call_is_on_first_leads_the_side() -> None:
    text = _release("局長訪問山城",
                    "  商務局局長陳大文今日(三月三日)與山城市副市長張小明及副秘書長李四會面。",
                    "2024年3月3日(星期日)")
    (call,) = _extract_text(text).meetings
    roles = {r.person.name: r.role for r in call.roles}
    assert roles == {"陳大文": "principal", "張小明": "principal", "李四": "attendee"}


# The official a call is on, given only by a post of an organisation, is the call's other
# principal; a post the text prints elsewhere with a name the rules do not read is no one's.
def test_an_official_called_on_by_post_alone_is_a_principal() -> None:
    text = _release("局長訪問北京",
                    "  運輸局局長陳大文今日(九月四日)在北京拜會交通運輸部部長，"
                    "介紹香港的航運發展。",
                    "2013年9月4日(星期三)")
    (call,) = _extract_text(text).meetings
    roles = {r.person.posts[0].title if r.person.posts else None: r.role for r in call.roles}
    assert roles == {"運輸局局長": "principal", "交通運輸部部長": "principal"}


def test_a_post_printed_elsewhere_with_an_unread_name_stays_an_attendee() -> None:
    text = _release("局長訪問日內瓦",
                    "  運輸局局長陳大文今日(九月四日)在日內瓦拜會國際航運組織秘書長，"
                    "介紹香港的航運發展。"
                    "他祝賀國際航運組織秘書長瓦倫蒂諾娃去年就任。",
                    "2013年9月4日(星期三)")
    (call,) = _extract_text(text).meetings
    roles = {r.person.posts[0].title if r.person.posts else None: r.role for r in call.roles}
    assert roles.get("國際航運組織秘書長") in (None, "attendee")
    assert roles["運輸局局長"] == "principal"


def test_a_call_on_an_office_is_kept_when_a_later_call_is_on_a_leader_of_its_city() -> None:
    """A later call on a city's deputy mayor tells again no call on the city's bureaux:
    the city's name is only part of theirs (``拜訪海港市公安局…和海港海事局``); a call on
    the city government itself is the one the named call tells in full."""
    text = _release("駐滬辦訪問海港市",
                    "  駐滬辦主任何俊文今日(七月十九日)與海港市副市長林德會面。駐滬辦人員亦分別"
                    "拜訪海港市公安局出入境管理支隊和海港海事局。\n"
                    "  駐滬辦主任何俊文(左)和海港市副市長林德(右)會面交流。",
                    "2021年7月19日(星期一)")
    parties = [{p.name for p in m.participants} for m in _extract_text(text).meetings]
    assert any("海港市公安局出入境管理支隊" in names for names in parties)
    assert any("海港海事局" in names for names in parties)
