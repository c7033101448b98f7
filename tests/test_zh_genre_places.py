"""A Chinese trip's city, stated once, carried past the territory spoken of as a topic.

A release of a visit gives the city once (a lead 在瑞士達沃斯出席…年會, an arrival, a journey)
and then reports calls that name no place; each call takes the last place named before it.
本港 spoken of as a topic (本港經濟, 講述本港情況) is not where a call is and must not move the
trip's city; 在本港 still names Hong Kong. All names are invented.
"""

from __future__ import annotations

import itertools

import pytest

from tests.test_zh_genre_grammar import DATELINE as ZH_DATELINE
from tests.test_zh_genre_grammar import RELEASE_DAY as ZH_RELEASE_DAY
from tests.test_zh_genre_grammar import _extract as zh_extract

ZH_LEADS = {
    "attending in a city": ("行政長官李明在瑞士達沃斯出席環球論壇年會。", "達沃斯"),
    "arrival": ("行政長官李明昨日（五月九日）抵達東京，展開訪問行程。", "東京"),
    "journey": ("行政長官李明今日前往倫敦訪問。", "倫敦"),
}
ZH_ASIDES = {
    "none": "",
    "topic": "李明表示，本港經濟穩健，並介紹本港最新情況。",
    "topic in speech": "他強調本港優勢沒有被削弱。",
}
ZH_CALLS = ("較早前，李明與國際組織總裁佐藤太郎會面。",
            "其後，他拜會當地市長森由紀，並講述本港情況。")


@pytest.mark.parametrize(("lead", "aside"), list(itertools.product(ZH_LEADS, ZH_ASIDES)))
def test_zh_city_set_once_holds_past_a_topic_mention(lead: str, aside: str) -> None:
    text, city = ZH_LEADS[lead]
    paragraphs = [text, ZH_ASIDES[aside], *ZH_CALLS]
    body = "\n\n".join(p for p in paragraphs if p)
    meetings = zh_extract(f"行政長官訪問\n\n{body}\n\n{ZH_DATELINE}\n").meetings
    assert [m.location for m in meetings] == [city, city]


def test_zh_here_after_a_place_verb_names_hong_kong() -> None:
    body = "行政長官李明今日在本港與國際組織總裁佐藤太郎會面。"
    meetings = zh_extract(f"行政長官會見訪客\n\n{body}\n\n{ZH_DATELINE}\n").meetings
    assert [(m.date, m.location) for m in meetings] == [(ZH_RELEASE_DAY, "香港")]


# A city printed after its province and the province word (浙江省杭州市; an autonomous
# region's: 廣西壯族自治區南寧市) is the place; a province a later call names is narrowed to
# the city the visit went to.
@pytest.mark.parametrize(("visit", "city"), [("訪問浙江省杭州市", "杭州市"),
                                             ("前往廣東省佛山市", "佛山市"),
                                             ("前往廣西壯族自治區南寧市", "南寧市"),
                                             ("前往新疆維吾爾自治區烏魯木齊市", "烏魯木齊市"),
                                             ("前往廣西壯族自治區", "廣西"),
                                             ("訪問浙江省", "浙江")])
def test_zh_a_city_after_its_province_word_is_the_place(visit: str, city: str) -> None:
    body = f"駐上海辦事處主任李明今日{visit}，並在當地與商務廳廳長張偉會面。"
    meetings = zh_extract(f"主任訪問\n\n{body}\n\n{ZH_DATELINE}\n").meetings
    assert [m.location for m in meetings] == [city]


@pytest.mark.parametrize(("visit", "city"), [("抵達杭州", "杭州"), ("抵達上海", "浙江")])
def test_zh_a_province_named_by_a_call_is_narrowed_to_the_visit_city(visit: str,
                                                                       city: str) -> None:
    body = (f"駐上海辦事處主任李明今日{visit}，展開訪問。\n\n"
            "訪問期間，李明在浙江與浙江省商務廳廳長張偉會面。")
    meetings = zh_extract(f"主任訪問\n\n{body}\n\n{ZH_DATELINE}\n").meetings
    assert [m.location for m in meetings] == [city]


# Words that put the official at a place: 往 (率團往…出席), 在港 (in Hong Kong, by its short
# form) and a headline's 到訪 (到訪杭州市與…會面); 以往 (formerly) puts no one anywhere.
@pytest.mark.parametrize(("title", "body", "city"), [
    ("局長率團出席會議", "衞生局局長李明今日率團往甘肅省敦煌市出席內地、香港、澳門衞生聯席會議。",
     "敦煌市"),
    ("主任會見工商界", "國務院港澳事務辦公室主任張偉今日在港會見工商界代表。", "香港"),
    ("主任到訪杭州市與市政府領導會面", "今日，駐上海辦事處主任李明與杭州市市長張偉會面。",
     "杭州市"),
    ("主任會見市長", "駐上海辦事處主任李明今日與杭州市市長張偉會面，表示以往杭州與香港合作密切。",
     None),
])
def test_zh_words_that_put_the_official_at_a_place(title: str, body: str,
                                                   city: str | None) -> None:
    meetings = zh_extract(f"{title}\n\n{body}\n\n{ZH_DATELINE}\n").meetings
    assert [m.location for m in meetings] == [city]
