"""Chinese extraction: courtesy calls and talks told in the narrative: one call per person called
on or one on all met together, calls received, programmes of calls, the calls an opening sums
up, and the place and people of each call.
"""

from __future__ import annotations

from datetime import date

from tests.chinese_extraction import _extract_text

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


def test_hui_of_a_word_before_a_verb_of_meeting_announces_nothing() -> None:
    text = ("局長訪問河源\n\n　　局長李家明今日（十月九日）出席河源晚宴，"
            "亦藉此機會拜會了河源市的領導。\n\n完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    found = _extract_text(text).meetings
    assert [(m.kind, m.status, m.date) for m in found] == [
        ("courtesy call", "held", date(2024, 10, 9))]


def test_people_of_a_place_met_are_no_party() -> None:
    text = ("行政長官探訪選手\n\n　　行政長官李家明今日（十月九日）在杭州出席活動。下午，"
            "李家明到訪選手村，又與香港選手見面，了解他們的準備。\n\n"
            "完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    assert [m.kind for m in _extract_text(text).meetings] == []


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


def test_a_call_on_several_people_met_together_is_one_call_on_all() -> None:
    text = ("政務司司長訪京\n\n　　政務司司長李家明今日（十月九日）"
            "在北京與江蘇省副省長王大明及江蘇省港澳辦主任張小華會面。\n\n完\n\n"
            "2024年10月9日（星期三）\n香港時間18時00分\n")
    found = _extract_text(text).meetings
    assert [sorted(r.person.name or "" for r in m.roles) for m in found] == [
        ["張小華", "李家明", "王大明"]]


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
