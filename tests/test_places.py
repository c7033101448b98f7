"""Meeting places from the world gazetteer: places outside the curated registry, no place
assumed when the text names none, and names that look like places but are not.

Every release here is invented for the test, modelled on patterns seen in real releases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, SKOS

from pressgraph import vocab as ns
from pressgraph.extract import extract
from pressgraph.extract.places import narrowest, place_in, restated_place, welcome_place
from pressgraph.extract.zh_places import zh_place_in, zh_title_place, zh_welcome_place
from pressgraph.iri import DEFAULT_BASE
from pressgraph.parse import parse
from pressgraph.pipeline import map_options, process
from pressgraph.reader import InputRef, decode
from pressgraph.registry import gazetteer
from pressgraph.resolve import resolve_place
from tests.english_meetings import meetings_of


def _zh(text: str, source: str = "zh.txt"):
    return extract(parse(decode(text.encode("utf-8"), source)))


# --------------------------------------------------------------------------- gazetteer


@pytest.mark.parametrize(("name", "english"), [
    ("Davos", "Davos"), ("達沃斯", "Davos"), ("达沃斯", "Davos"),  # a town of 11,000
    ("Bali", "Bali"), ("Jilin Province", "Jilin"),  # first-level subdivisions
    ("Vina del Mar", "Viña del Mar"), ("康城", "Cannes"), ("檀香山", "Honolulu"),
    ("以色列", "Israel"), ("Macau", "Macao"), ("the Philippines", "Philippines"),
])
def test_gazetteer_knows_places_in_any_language(name: str, english: str) -> None:
    place = gazetteer.find(name)
    assert place is not None and place.en == english


@pytest.mark.parametrize("word", ["May", "English", "Central", "Parliament", "Nowhereton Vale"])
def test_words_that_name_no_place(word: str) -> None:
    assert gazetteer.find(word) is None


@pytest.mark.parametrize(("name", "english", "country"), [
    ("Taipei", "Taipei", "TW"), ("Kyoto", "Kyoto", "JP"), ("京都", "Kyoto", "JP"),
    ("太原", "Taiyuan", "CN"), ("西寧", "Xining", "CN"), ("高雄", "Kaohsiung", "TW"),
])
def test_a_populous_city_comes_before_a_subdivision_of_its_name(name: str, english: str,
                                                                country: str) -> None:
    _assert_city(name, english, country)


# A national capital is the city before a state, county or province of its country named
# like it (Washington DC before Washington State, were the registry not to list it); a
# capital of the name in another country does not displace a subdivision ("Victoria" is the
# Australian state, not the capital of Seychelles).
@pytest.mark.parametrize(("name", "english", "country"), [
    ("Tallinn", "Tallinn", "EE"), ("Islamabad", "Islamabad", "PK"), ("Tunis", "Tunis", "TN"),
])
def test_a_national_capital_comes_before_a_subdivision_of_its_name(name: str, english: str,
                                                                   country: str) -> None:
    _assert_city(name, english, country)


def _assert_city(name: str, english: str, country: str) -> None:
    place = gazetteer.find(name)
    assert place is not None and (place.en, place.kind, place.country) == (
        english, "city", country)


@pytest.mark.parametrize(("name", "english", "country"), [("Victoria", "Victoria", "AU")])
def test_a_capital_abroad_leaves_a_subdivision_of_its_name(name: str, english: str,
                                                          country: str) -> None:
    place = gazetteer.find(name)
    assert place is not None and (place.en, place.kind, place.country) == (
        english, "province", country)


@pytest.mark.parametrize(("name", "english"), [
    ("Bali", "Bali"), ("吉林", "Jilin"),  # no city of the name; a Mainland province stays
    ("Valencia", "Valencia"),  # the Venezuelan city is in another country than the province
])
def test_a_subdivision_without_a_populous_city_of_its_own_name_stays(name: str,
                                                                    english: str) -> None:
    place = gazetteer.find(name)
    assert place is not None and (place.en, place.kind) == (english, "province")


def test_a_visit_to_a_city_that_is_also_a_subdivision_places_its_calls() -> None:
    meetings = meetings_of(
        "The Secretary for Commerce, Mr Sam Ho, arrived in Taipei today (May 10) for a "
        "two-day visit.",
        "In the afternoon, Mr Ho called on the Chairman of the Ruritania Trade Council, "
        "Mr Karl Brandt, to exchange views on trade.",
        title="Secretary continues visit")
    assert [m.location for m in meetings] == ["Taipei"]


def test_curated_registry_comes_first() -> None:
    place = gazetteer.find("Guangzhou")
    assert place is not None and gazetteer.is_curated(place) and place.key == "guangzhou"


def test_resolved_place_keeps_the_release_wording_in_its_language() -> None:
    ref = resolve_place("Macau", "en")
    assert ref.key == "place/macao" and ("en", "Macau") in ref.labels + ref.alt_labels
    assert ("zh-Hant", "澳門") in ref.labels
    # the preferred name is the same from every release; the wording is another name
    printed = resolve_place("杭州市", "zh-Hant")
    assert ("zh-Hant", "杭州市") in printed.alt_labels
    assert ("zh-Hant", "杭州") in printed.labels
    world = resolve_place("Davos", "en")
    assert world.key == "place/davos-ch" and ("zh-Hans", "达沃斯") in world.labels


# A Chinese city printed with its ending 市 (or the look-alike 巿) is the city without it:
# the registry's city first, else the gazetteer's; a province's name with 市 is its city,
# another place than the province.
@pytest.mark.parametrize(("printed", "bare"), [
    ("杭州市", "杭州"), ("北京市", "北京"), ("深圳市", "深圳"), ("廈門巿", "廈門"),
    ("厦门市", "厦门"), ("符拉迪沃斯托克市", "符拉迪沃斯托克"),
])
def test_a_city_printed_with_its_ending_is_the_city(printed: str, bare: str) -> None:
    with_ending, without = resolve_place(printed, "zh-Hant"), resolve_place(bare, "zh-Hant")
    assert with_ending.key == without.key and with_ending.labels == without.labels
    assert ("zh-Hant", printed) in with_ending.alt_labels


def test_a_province_printed_with_the_city_ending_is_another_place() -> None:
    assert resolve_place("吉林市", "zh-Hant").key != resolve_place("吉林", "zh-Hant").key


def test_two_releases_printing_a_city_with_and_without_its_ending_give_one_node(
        tmp_path: Path) -> None:
    """The union of a release printing 杭州 and one printing 杭州市: one place node, one
    preferred name per language, and each release's wording still found (the registry's
    name, or the label of the release's mention of the place)."""
    union, places = Graph(), set()
    for number, printed in enumerate(("杭州", "杭州市")):
        path = tmp_path / f"hangzhou-{number}.txt"
        path.write_text(f"主任訪問杭州\n\n駐上海辦事處主任李明今日在{printed}與浙江省商務廳廳長"
                        f"張偉會面，討論兩地經貿合作。\n\n2024年5月{10 + number}日（星期五）\n",
                        encoding="utf-8")
        processed = process(InputRef(source=str(path), path=path), map_options(DEFAULT_BASE),
                            strict=False)
        graph = Graph()
        for triple in processed.mapped.triples:
            graph.add(triple)
        places |= set(graph.objects(None, ns.SCHEMA.location))
        union += graph
    (place,) = places
    preferred = [label for label in union.objects(place, SKOS.prefLabel)
                 if label.language == "zh-Hant"]
    assert preferred == [Literal("杭州", lang="zh-Hant")]
    mentioned = {str(label) for mention in union.subjects(ns.SCHEMA.about, place)
                 if (mention, RDF.type, ns.PG.Mention) in union
                 for label in union.objects(mention, RDFS.label)}
    assert "杭州市" in mentioned | {str(n) for n in union.objects(place, SKOS.altLabel)}


# --------------------------------------------------------------------------- English


@pytest.mark.parametrize(("text", "place"), [
    ("The Financial Secretary met the President of the Swiss Confederation in Davos today.",
     "Davos"),
    ("She attended the 12th Trade Ministers' Meeting in Bali, Indonesia, yesterday.", "Bali"),
    ("The Secretary met the Mayor of Auckland in Auckland this morning.", "Auckland"),
    ("He called on the Vice Premier in the Macao SAR today.", "Macao"),
    # a located organisation whose name already names the place: the meeting's place
    ("He met officials of the Hangzhou Municipal Water Bureau in Hangzhou today.", "Hangzhou"),
])
def test_places_outside_the_registry(text: str, place: str) -> None:
    assert place_in(text) == place


@pytest.mark.parametrize("text", [
    "He met the Political Counsellor of the Chinese Embassy in Freetown today.",
    "In the afternoon, he visited the University of Sport Science and met its Rector.",
    "The committee met in May to review the plan.",
    "The Secretary met members of the Hang Seng Index Advisory Committee in Hang Seng Bank "
    "Headquarters today.",
])
def test_names_that_do_not_place_a_meeting(text: str) -> None:
    assert place_in(text) is None


@pytest.mark.parametrize(("text", "place"), [
    ("He spoke at the Ninth Regional Ministers' Meeting in Brunei on November 3.", "Brunei"),
    ("The officials met in Canberra on Friday (May 3).", "Canberra"),
])
def test_a_date_after_a_city(text: str, place: str) -> None:
    assert place_in(text) == place


@pytest.mark.parametrize("text", [
    "The Secretary visited Tuen Mun today and met the district council.",  # a district
    "She met community leaders in Sha Tin this afternoon.",
])
def test_buildings_and_districts_place_no_meeting(text: str) -> None:
    assert place_in(text) is None


def test_a_hong_kong_district_leaves_the_meeting_unplaced() -> None:
    (meeting,) = meetings_of(
        "The Secretary for Housing, Mr Sam Ho, visited Sha Tin this afternoon (October 9).",
        "He met members of the Sha Tin District Council to exchange views on housing.",
        title="SH visits Sha Tin")
    assert meeting.location is None


def test_the_lead_sentence_places_the_meetings_after_it() -> None:
    meetings = meetings_of(
        "The Secretary for Commerce, Mr Sam Ho, has met business leaders in Davos, "
        "Switzerland, to promote trade ties.",
        "He held a bilateral meeting with the Minister of Trade of Ruritania, Mr Karl Brandt, "
        "to discuss trade.",
        title="Secretary meets ministers")
    assert [m.location for m in meetings] == ["Davos"]


def test_a_lead_about_goods_going_somewhere_places_no_meeting() -> None:
    (meeting,) = meetings_of(
        "The export of live fish from the mainland to Hong Kong will be suspended from today.",
        "The Fisheries Committee held a meeting today (October 9) to review the suspension.",
        title="Fish exports suspended")
    assert meeting.location is None


def test_the_meetings_on_the_sidelines_are_in_the_city_of_the_main_one() -> None:
    meetings = meetings_of(
        "The Secretary for Commerce, Mr Sam Ho, spoke today at a plenary session of the Ninth "
        "Regional Trade Ministers' Meeting in Port Moresby, Papua New Guinea.",
        "On the sidelines of the meeting, Mr Ho met the Minister of Trade of Ruritania, Mr Karl "
        "Brandt.",
        title="Secretary speaks at trade meeting")
    assert [m.location for m in meetings][-1:] == ["Port Moresby"]


def test_a_city_beats_the_country_of_a_later_sentence() -> None:
    meetings = meetings_of(
        "The Chief Secretary for Administration, Mrs Mary Lo, spent a day in Canberra today "
        "(October 9).",
        "She thanked the Government for hosting her first visit to Australia. Mrs Lo then "
        "called on the Speaker of the Senate, Mr Tom Reed, to exchange views on trade.",
        title="CS visits Canberra")
    assert [m.location for m in meetings] == ["Canberra"]


@pytest.mark.parametrize("opening", [
    "The Secretary for Transport, Mr Sam Ho, will head to Xiamen on October 10 to inspect a "
    "ferry pier and hold a meeting with provincial leaders.",
])
def test_a_journey_whose_purpose_joins_a_meeting(opening: str) -> None:
    (meeting,) = meetings_of(opening)
    assert meeting.location == "Xiamen"


def test_a_speech_at_a_meeting_is_where_the_headline_says() -> None:
    (meeting,) = meetings_of(
        "Following is the speech by the Secretary for Commerce, Mr Sam Ho, at the special "
        "meeting of Trade Ministers (T-12) today (October 9):",
        "Mr Chairman, thank you.",
        title="Speech by SC in Washington")
    assert meeting.location == "Washington"


_NAMES = ["Canberra", "Australia", "Fuzhou", "Fujian", "Davos", "Japan", "Tokyo",
          "Hong Kong", "Nowhereton", None]


@given(st.sampled_from(_NAMES), st.sampled_from(_NAMES))
def test_narrowest_keeps_one_of_its_places(place: str | None, other: str | None) -> None:
    chosen = narrowest(place, other)
    assert chosen in (place, other)
    assert chosen == (place or other) or gazetteer.find(chosen).kind == "city"


@pytest.mark.parametrize(("place", "other", "chosen"), [
    ("Australia", "Canberra", "Canberra"), ("Fujian", "Fuzhou", "Fuzhou"),
    ("Japan", "Canberra", "Japan"), ("Tokyo", "Osaka", "Tokyo"), ("Fujian", "Davos", "Fujian"),
])
def test_a_city_within_beats_its_country_or_province(place: str, other: str,
                                                     chosen: str) -> None:
    assert narrowest(place, other) == chosen


def test_a_meeting_without_a_place_in_the_text_has_none() -> None:
    (meeting,) = meetings_of(
        "The Advisory Committee on Harbour Fronts held its 14th meeting today (October 9) "
        "to discuss the design of a promenade.")
    assert meeting.location is None


def test_arrival_places_the_meetings_after_it() -> None:
    meetings = meetings_of(
        "The Chief Executive began a three-day visit programme in Canada after arriving in "
        "Ottawa this afternoon (October 9).",
        "She then met the Speaker of the Senate, Mr Tom Rideau, to exchange views on trade.",
        title="CE begins visit to Canada (with photos)")
    assert [m.location for m in meetings] == ["Ottawa"]


@pytest.mark.parametrize("opening", [
    "The Secretary for Transport, Mr Sam Ho, will depart for Xiamen this afternoon "
    "(October 9) to co-chair the fifth meeting of the Hong Kong/Fujian Ferry Working Group "
    "tomorrow (October 10).",
    "The Secretary for Transport, Mr Sam Ho, will leave for Xiamen tomorrow (October 10) to "
    "attend the fifth meeting of the Hong Kong/Fujian Ferry Working Group.",
])
def test_an_announced_meeting_is_where_the_journey_made_for_it_goes(opening: str) -> None:
    (meeting,) = meetings_of(opening, "Mr Ho will return to Hong Kong in the evening.")
    assert (meeting.status, meeting.location) == ("planned", "Xiamen")


def test_a_journey_home_places_no_meeting() -> None:
    (meeting,) = meetings_of(
        "The Secretary for Transport, Mr Sam Ho, will attend the fifth meeting of the Ferry "
        "Working Group tomorrow (October 10) before he goes back to Hong Kong to attend a "
        "ceremony.")
    assert meeting.location is None


def test_a_call_at_a_building_is_where_the_visitor_was_welcomed() -> None:
    (meeting,) = meetings_of(
        "The Chief Executive, Mr Tom Lo, met the Deputy Premier of Ruritania, Mr Karl Brandt, "
        "at Government House today (October 9).",
        "Mr Lo welcomed Mr Brandt's first visit to Hong Kong and said the two places shared "
        "close trade ties.")
    assert meeting.location == "Hong Kong"


# --------------------------------------------------------------------------- Chinese


@pytest.mark.parametrize(("text", "surface"), [
    ("出席在馬來西亞吉隆坡舉行的部長會議", "吉隆坡"),  # a country, then its city
    ("財政司司長今日在達沃斯會見瑞士聯邦主席", "達沃斯"),
    ("今日（倫敦時間九月二十一日）繼續訪問行程", "倫敦"),  # a local time names the place
    ("他在中央政府駐港聯絡辦公室會見訪客", None),  # 中央 names a province abroad, not here
    ("局長將前往阿拉伯聯合酋長國(阿聯酋)杜拜出席大會", "杜拜"),  # past the short form
    ("局長將到訪以色列耶路撒冷和特拉維夫", "以色列"),  # two cities: the country
    ("今次去了杭州市，亦拜會了當地領導", "杭州市"),  # the 市 printed, 了 after the verb
    ("司長將啟程前往廈門巿訪問兩天", "廈門巿"),  # the look-alike 巿 as printed
    ("再於九日出席檀香山舉行的財長會議", "檀香山"),  # a place before 舉行
    ("過去香港與內地的合作", None),  # 過去: no verb of going
    ("處長前往意大利出席在羅馬舉行的大會", "羅馬"),  # the city within the country gone to
    ("司長前往日本出席在首爾舉行的會議", "日本"),  # a city of another country: no
])
def test_chinese_place_phrases(text: str, surface: str | None) -> None:
    found = zh_place_in(text, 0, len(text))
    assert (found.surface if found else None) == surface


ZH_BEIJING = """行政長官在京會見國家領導人

　　行政長官今日（十二月十六日）抵達北京，展開述職訪問。
　　行政長官下午與國務院港澳事務辦公室主任會面，介紹香港最新情況。
　　行政長官明日返港。

完

2024年12月16日（星期一）
香港時間21時30分
"""

ZH_NO_PLACE = """扶貧委員會舉行會議

　　扶貧委員會今日（三月十日）舉行會議，委員聽取關愛基金工作進展。

完

2024年3月10日（星期日）
香港時間19時00分
"""


def test_meetings_on_a_duty_visit_are_where_the_visit_is() -> None:
    (meeting,) = _zh(ZH_BEIJING).meetings
    assert meeting.location == "北京"


def test_chinese_meeting_without_a_place_is_not_put_in_hong_kong() -> None:
    (meeting,) = _zh(ZH_NO_PLACE).meetings
    assert meeting.location is None


ZH_TOUR = """財政司司長出訪法國及美國

　　財政司司長明晚（十一月一日）離港前赴法國康城，於十一月三日出席二十國集團領導人峰會，隨後於十一月六日抵達洛杉磯進行訪問，再於九日出席檀香山舉行的亞太區經濟合作組織財長會議。

完

2024年10月31日（星期四）
香港時間19時00分
"""

ZH_LEAVING = """以下是政務司司長會見傳媒答問全文

　　以下是政務司司長今日（十一月二十四日）前赴北京前在香港國際機場會見傳媒的答問全文：

政務司司長：明天下午我會出席由國家發展和改革委員會牽頭的促進灣區建設部際聯席會議。

完

2024年11月24日（星期日）
香港時間10時00分
"""


def test_each_meeting_of_a_tour_is_where_the_official_went_before_it() -> None:
    assert [m.location for m in _zh(ZH_TOUR).meetings] == ["康城", "檀香山"]


def test_an_announced_meeting_is_where_the_official_is_going() -> None:
    (meeting,) = _zh(ZH_LEAVING).meetings
    assert (meeting.status, meeting.location) == ("planned", "北京")


# --------------------------------------------------------------------------- welcomes, headlines


@pytest.mark.parametrize(("sentence", "place"), [
    ("Welcoming Mr Zhang's first visit to Hong Kong in his new capacity, she said ...",
     "Hong Kong"),
    ("He extended a warm welcome to the Vice Governor of Lingnan Province, Mr Zhang Wei, "
     "for his visit and inspection of Hong Kong.", "Hong Kong"),
    ("She welcomed the delegation to Macao.", "Macao"),
    ("She welcomed Mr Zhang for visiting Hong Kong again to attend a fair.", "Hong Kong"),
    ("He welcomed the Governor of Lingnan Province and thanked him.", None),
])
def test_the_place_a_visitor_is_welcomed_to(sentence: str, place: str | None) -> None:
    assert welcome_place(sentence) == place


@pytest.mark.parametrize(("text", "place"), [
    ("李家明歡迎張明華就任後首次訪港。", "香港"),
    ("李家明歡迎張明華來港出席論壇。", "香港"),
    ("李家明歡迎國家在深圳設立新機構。", None),  # not a place come to
    ("李家明感謝張明華訪港。", None),  # no word of welcome
])
def test_the_place_a_zh_visitor_is_welcomed_to(text: str, place: str | None) -> None:
    found = zh_welcome_place(text, 0, len(text))
    assert (found.surface if found else None) == place


@pytest.mark.parametrize(("title", "place"), [
    ("行政長官在倫敦與英國政界領袖會面", "倫敦"),
    ("行政长官在香港会见深圳市市长", "香港"),
    ("政务司司长於香港国际机场会见传媒", None),  # a building named after the city
    ("行政長官會見深圳市市長", None),
])
def test_the_place_a_zh_headline_puts_its_official_in(title: str, place: str | None) -> None:
    assert zh_title_place(title) == place


@pytest.mark.parametrize("sentence", [
    "She called on the Deputy Minister, Mr Karl Berg, to update him on the latest growth in "
    "Hong Kong.",
    "He met business leaders to update them on the latest developments in Hong Kong.",
    "She updated the ministers on new openings in Hong Kong.",
    "He met the chairman to keep them abreast of the latest developments in Hong Kong.",
    "She met the envoy to keep him abreast of the new rules in Shenzhen.",
    "He met the mayor to keep her abreast of progress in Macao.",
    "He was pleased to see her again after his visit to Jakarta, Indonesia, in July.",
    "Talks have begun since his visit to Ruritania in February, he said.",
    "She recalled the promotion held during her visit to Japan last year.",
])
def test_a_place_in_a_topic_or_a_past_visit_is_no_meeting_place(sentence: str) -> None:
    assert place_in(sentence) is None


@pytest.mark.parametrize(("texts", "place", "body", "expected"), [
    (["She will co-chair the conference in Fuzhou."], "Fujian", None, "Fuzhou"),
    (["He chaired the Lantau Co-operation Meeting in Shenzhen today."], None,
     "Lantau Co-operation Meeting", "Shenzhen"),
    (["She will co-chair the conference in Fuzhou."], None, None, None),  # nothing to narrow
    (["He will attend the meeting in Tokyo next month."], "Fujian", None, "Fujian"),  # not inside
    (["The two sides agreed to hold the next meeting in Xiamen."], "Fuzhou", None, "Fuzhou"),
])
def test_a_meeting_named_again_in_a_city(texts: list[str], place: str | None, body: str | None,
                                         expected: str | None) -> None:
    assert restated_place(texts, place, body) == expected


@pytest.mark.parametrize(("sentence", "place"), [
    ("She began her visit to Tokyo today.", "Tokyo"),
    ("He will pay a visit to Tokyo on May 12 to meet the minister.", "Tokyo"),
])
def test_a_visit_of_the_day_still_places_the_meeting(sentence: str, place: str) -> None:
    assert place_in(sentence) == place
