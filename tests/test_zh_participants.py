"""Chinese participants on real-page patterns: lists split at joiners only between whole
names, words that introduce an item left out, foreign organisations overseas, a foreign
minister's post not taken for a Mainland one, an office's side from the registry.

Every release here is invented for the test, modelled on patterns seen in real releases.
"""

from __future__ import annotations

import pytest

from pressgraph.chinese_script import to_traditional
from pressgraph.extract import extract
from pressgraph.extract.zh_orgs import listed_organisations
from pressgraph.extract.zh_sides import side_of, unnamed
from pressgraph.model import Span
from pressgraph.parse import parse
from pressgraph.reader import decode
from pressgraph.resolve import resolve


def _zh(text: str):
    return extract(parse(decode(text.encode("utf-8"), "zh.txt")))


def _listed(text: str) -> list[str]:
    return [item.name for item in listed_organisations(text, to_traditional(text),
                                                       Span(0, len(text)))]


@pytest.mark.parametrize(("text", "expected"), [
    ("省人民檢察院和省高級人民法院", ["省人民檢察院", "省高級人民法院"]),
    ("廣州市人民檢察院及廣州市司法局", ["廣州市人民檢察院", "廣州市司法局"]),
    ("國家發展和改革委員會", ["國家發展和改革委員會"]),  # a joiner inside one name stays
])
def test_a_procuratorate_is_a_whole_name_before_a_joiner(text: str, expected: list[str]) -> None:
    assert _listed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("來自渠務署、路政署及水務署", ["渠務署", "路政署", "水務署"]),
    ("商務廳及港澳事務辦公室", ["商務廳", "港澳事務辦公室"]),
    ("国家发展和改革委员会和商务部", ["国家发展和改革委员会", "商务部"]),
    ("以及来自大学", []),  # a bare head word names no organisation
    ("成立了深圳市前海管理局", ["深圳市前海管理局"]),
])
def test_lists_split_between_whole_names_only(text: str, expected: list[str]) -> None:
    assert _listed(text) == expected


@pytest.mark.parametrize(("name", "side"), [
    ("英國外交及聯邦事務部", "overseas"), ("新西蘭政府財政部", "overseas"),
    ("中央政府", "Mainland"), ("深圳市人民政府", "Mainland"), ("香港特區政府", "HKSAR"),
    ("世界銀行集團", "overseas"), ("駐港澳歐盟委員會辦事處", "overseas"),
    ("聯合國兒童基金會", "overseas"), ("衞生部", "Mainland"), ("水務署", "HKSAR"),
    ("亞洲基礎設施投資銀行", "overseas"), ("歐洲中央銀行", "overseas"),
    ("國家開發銀行", "Mainland"),
])
def test_side_of_a_chinese_name(name: str, side: str) -> None:
    assert side_of(name) == side


NZ = """財政司司長會見新西蘭財政部長

　　財政司司長陳茂波今日（五月六日）在香港會見新西蘭政府財政部部長韋德勤，雙方就經濟合作交換意見。

完

2024年5月6日（星期一）
香港時間18時00分
"""


def test_a_foreign_ministers_post_is_not_a_mainland_post() -> None:
    extraction = _zh(NZ)
    (meeting,) = extraction.meetings
    # the ministry the minister heads, not the government that opens its name
    assert {(p.name, p.side) for p in meeting.participants} >= {("新西蘭政府財政部", "overseas")}
    assert all(p.side != "HKSAR" or p.name.startswith("香港") for p in meeting.participants)
    posts = {title: ref.key for title, ref in resolve(extraction).posts}
    assert not any(key.startswith("post/cn/") for key in posts.values())


def test_a_shortened_name_takes_the_side_of_the_registry_names_it_ends() -> None:
    from pressgraph.extract.zh_sides import registry_side

    assert registry_side("港澳事務辦公室") == "Mainland"  # 國務院 / 廣東省人民政府 港澳事務辦公室
    assert registry_side("國務院港澳事務辦公室") == "Mainland"
    assert registry_side("事務辦公室") is None  # too short to tell


CALL = """行政長官會見國務院官員

　　行政長官今日（十月九日）在北京與國務院副總理林森及港澳事務辦公室主任何平會面。

完

2024年10月9日（星期三）
香港時間20時00分
"""


def test_an_office_named_without_its_government_keeps_the_mainland_side() -> None:
    meetings = _zh(CALL).meetings  # one call on each of the two people met
    sides = {p.name: p.side for m in meetings for p in m.participants}
    assert sides.get("港澳事務辦公室") == "Mainland"
    assert {m.location for m in meetings} == {"北京"}


DELEGATION = """署長率團赴深圳出席合作會議

　　政務司司長張立明今日（五月六日）率領特區政府代表團前往深圳，與深圳市市長周海共同主持深港河道合作會議。

　　代表團成員包括渠務署署長劉文、水務署署長何青和運輸署副署長陳東。

　　會後，張立明介紹了香港特別行政區政府推動河道保育的政策。

完

2024年5月6日（星期一）
香港時間18時00分
"""


def test_a_delegation_sent_by_the_government_takes_part() -> None:
    [meeting] = _zh(DELEGATION).meetings
    assert {o.side for o in meeting.participants if "特區政府" in o.name} == {"HKSAR"}


def test_a_government_only_talked_about_is_not_a_participant() -> None:
    [meeting] = _zh(DELEGATION).meetings
    assert "香港特別行政區政府" not in {o.name for o in meeting.participants}


ATTENDED = """局長出席國際會議

　　環境局局長梁志明今日（三月四日）前往瑞士日內瓦，出席同日舉行的國際海事組織部長級會議。

完

2024年3月4日（星期一）
香港時間18時00分
"""


def test_the_bureau_of_an_official_who_only_attends_is_not_a_participant() -> None:
    [meeting] = _zh(ATTENDED).meetings
    assert "環境局" not in {o.name for o in meeting.participants}


def test_a_bureau_whose_staff_go_along_is_a_participant() -> None:
    text = ATTENDED.replace("部長級會議。", "部長級會議。環境局的人員亦會隨行。")
    [meeting] = _zh(text).meetings
    assert ("環境局", "HKSAR") in {(o.name, o.side) for o in meeting.participants}


FOREIGN_OFFICE = """行政長官會見英國大臣

　　行政長官今日（三月四日）在倫敦與英國首席大臣兼內閣辦公室部長祈德會面，雙方就經貿合作交換意見。

完

2024年3月4日（星期一）
香港時間18時00分
"""


def test_an_office_named_under_a_country_takes_that_countrys_side() -> None:
    sides = {o.name: o.side for m in _zh(FOREIGN_OFFICE).meetings for o in m.participants}
    assert sides.get("內閣辦公室") == "overseas"


TEAM = """局長赴杭州出席合作委員會會議

　　創新科技局局長何志明今日（三月四日）前往杭州，出席浙港科技合作委員會第三次會議。

　　陪同何志明出席會議的港方成員包括創新科技署、本地大學、香港生產力促進局及多個科研機構代表。

完

2024年3月4日（星期一）
香港時間18時00分
"""


def test_a_list_that_includes_opens_and_representatives_closes_names_its_organisations() -> None:
    names = {o.name for m in _zh(TEAM).meetings for o in m.participants}
    assert {"創新科技署", "香港生產力促進局"} <= names
    assert not any(name.startswith(("本地", "多個")) for name in names)


TERRITORY = """政務司司長與市長共同主持合作會議

　　政務司司長張立明今日（六月三日）與杭州市市長周海及中共浙江省委書記李青會面，其後共同主持杭港合作會議。

完

2024年6月3日（星期一）
香港時間18時00分
"""


def test_the_territory_a_principals_post_names_takes_part() -> None:
    found = {(o.name, o.side) for m in _zh(TERRITORY).meetings for o in m.participants}
    assert ("杭州市", "Mainland") in found


PARTY_HEAD = """主任訪問山城

　　駐京辦主任陳明今日（三月三日）與蘇州市委書記張大文會面，並與蘇州市委常委李小文會面。

完

2024年3月3日（星期日）
香港時間18時00分
"""


def test_the_party_committee_a_principals_post_heads_takes_part() -> None:
    first, second = _zh(PARTY_HEAD).meetings
    assert "蘇州市委" in {o.name for o in first.participants}
    # a member's post (常委) heads no committee
    assert "蘇州市委" not in {o.name for o in second.participants}


def test_a_country_in_a_post_is_a_place_not_a_participant() -> None:
    names = {o.name for m in _zh(FOREIGN_OFFICE).meetings for o in m.participants}
    assert "英國" not in names


LEADERS = """局長訪問成都及以色列

　　發展局局長陳明今日（七月四日）轉往成都，並與四川省領導進行工作會議。

　　他其後會晤以色列政府官員和當地企業家，介紹香港的優勢。

完

2024年7月4日（星期四）
香港時間18時00分
"""


def test_a_territory_or_government_whose_leaders_or_officials_are_met_takes_part() -> None:
    from pressgraph.extract.zh_orgs import staffed_organisations

    folded = to_traditional(LEADERS)
    names = {name for name, _ in staffed_organisations(LEADERS, folded, Span(0, len(LEADERS)))}
    assert names == {"四川省", "以色列政府"}


def test_a_country_alone_before_a_staff_word_is_a_place() -> None:
    from pressgraph.extract.zh_orgs import staffed_organisations

    text = "他以中國代表團成員身分出席會議。"
    assert staffed_organisations(text, to_traditional(text), Span(0, len(text))) == []


@pytest.mark.parametrize("title", ["財政司副司長", "香港特別行政區政務司司長", "财政司长"])
def test_a_post_in_the_government_written_long_short_or_as_deputy_names_no_bureau(
        title: str) -> None:
    from pressgraph.extract.zh_orgs import names_the_post_organisation

    office = title[:title.index("司") + 1]
    assert not names_the_post_organisation(title, office)
    assert names_the_post_organisation("律政司副司長", "律政司")

    assert names_the_post_organisation("保安局局長", "保安局")  # a bureau opens no government


# --------------------------------------------------------------------------- short forms


@pytest.mark.parametrize(("text", "defined"), [
    ("局長今日出席環球商貿組織(環商組織)非正式部長級會議。", {"環商組織": "環球商貿組織"}),
    ("局長今日出席環球商貿組織（環商組織）非正式部長級會議。", {"環商組織": "環球商貿組織"}),
    # two whole organisations joined: the short form is the last one's
    ("局長今日拜會國家交通部及中國民用飛行局（民飛局）。", {"民飛局": "中國民用飛行局"}),
    # ... and is never read across the list
    ("局長今日拜會國家交通部及中國民用飛行局（國家民飛局）。", {}),
    # one name with 及 inside stays whole
    ("食物及衞生局（食衞局）局長今日會見訪客。", {"食衞局": "食物及衞生局"}),
    # half-width brackets after a post qualify it: no short form
    ("隨行的有食物及衞生局常任秘書長(衞生)及其他官員。", {}),
])
def test_short_forms_defined_in_brackets(text: str, defined: dict[str, str]) -> None:
    from pressgraph.extract.zh_orgs import find_acronyms

    found = find_acronyms(text, to_traditional(text), Span(0, len(text)))
    assert {a.short: a.expansion for a in found} == defined


@pytest.mark.parametrize(("clause", "expected"), [
    ("與運輸署及水務署會面", ["運輸署", "水務署"]),  # two whole names joined
    ("與廣東省商務廳及港澳事務辦公室會面", ["廣東省商務廳", "港澳事務辦公室"]),
    ("與國家發展和改革委員會會面", ["國家發展和改革委員會"]),  # 和 inside one name
    ("與李志明和運輸署會面", ["運輸署"]),  # a person's name, then the organisation
    ("與勞工及福利局和政府統計處會面", ["勞工及福利局", "政府統計處"]),
    ("與水務署署長陳東和運輸署會面", ["運輸署"]),
    ("與出席了會議的運輸署會面", ["運輸署"]),  # a particle and 的 describe, not name
    ("與十多位本地商會會面", []),  # a count of bodies names none
    ("與三家銀行會面", []),
    ("與九龍城區議會會面", ["九龍城區議會"]),  # a numeral that opens a place is no count
])
def test_the_organisations_met_are_split_into_whole_names(clause: str,
                                                           expected: list[str]) -> None:
    from pressgraph.extract.zh_orgs import met_organisations

    text = "局長今日" + clause + "。"
    found = met_organisations(text, to_traditional(text), Span(0, len(text)))
    assert [item.name for item in found] == expected


@pytest.mark.parametrize(("name", "unnamed"), [
    ("十多位本地商會", True), ("三家銀行", True), ("逾二十間大學", True), ("多個科研機構", True),
    ("九龍城區議會", False), ("三亞市人民政府", False), ("商務部", False),
])
def test_a_count_or_a_description_names_no_organisation(name: str, unnamed: bool) -> None:
    from pressgraph.extract.zh_sides import unnamed as describes

    assert describes(name) is unnamed


FOREIGN_STAFF = """局長會見外國財政官員

　　財經事務及庫務局局長陳明今日（五月六日）在倫敦與英國財政部官員會面，就金融合作交換意見。

完

2024年5月6日（星期一）
香港時間18時00分
"""


def test_a_ministry_printed_after_its_country_is_that_countrys() -> None:
    found = {(o.name, o.side) for m in _zh(FOREIGN_STAFF).meetings for o in m.participants}
    assert ("英國財政部", "overseas") in found
    assert not any(name == "財政部" for name, _ in found)
    home = FOREIGN_STAFF.replace("在倫敦與英國財政部", "在北京與財政部")
    found = {(o.name, o.side) for m in _zh(home).meetings for o in m.participants}
    assert ("財政部", "Mainland") in found


@pytest.mark.parametrize(("clause", "expected"), [
    ("並到訪杭州師範大學", []),  # an institution visited as a site
    ("並參觀了西湖博物館", []),
    ("並拜會杭州師範大學領導", ["杭州師範大學"]),  # its people met: a party
    ("並拜訪國家發展和改革委員會", ["國家發展和改革委員會"]),
])
def test_an_institution_called_on_without_its_people_is_a_site(clause: str,
                                                                 expected: list[str]) -> None:
    from pressgraph.extract.zh_staff import called_on

    text = "局長今日與杭州市領導會面，" + clause + "。"
    folded = to_traditional(text)
    start = text.index("，") + 1
    assert [text[s.start:s.end] for s in called_on(folded, Span(start, len(text)))] == expected


def test_a_count_after_an_introducing_word_names_no_organisation() -> None:
    text = "局長今日與來自十多間本地大學的代表會面"
    span = Span(0, text.index("的代表"))
    assert _listed(text[:span.end]) == []


DRILL = """海上聯合演練

　　水務署今日（六月三日）與廣州市水務局舉行聯合會議，共約五十名兩地人員參與。參與部門包括廣州市水務局、廣東省水利廳及澳門特別行政區海事及水務局；而本地部門包括渠務署、土木工程拓展署和消防處。

　　會議的議題包括渠務署的防洪工作。

完

2024年6月3日（星期一）
香港時間18時00分
"""


def test_a_list_that_includes_opens_in_a_sentence_of_taking_part_names_its_parties() -> None:
    found = {(o.name, o.side) for m in _zh(DRILL).meetings for o in m.participants}
    assert {("廣東省水利廳", "Mainland"), ("土木工程拓展署", "HKSAR"), ("消防處", "HKSAR"),
            ("澳門特別行政區海事及水務局", "Macao")} <= found
    topics = DRILL.replace("參與部門包括", "部門為").replace("而本地部門包括", "而本地部門為")
    found = {o.name for m in _zh(topics).meetings for o in m.participants}
    assert "土木工程拓展署" not in found  # a list of a topic names no party


TOUR = """署長訪問澳門

　　社會福利署署長周明今日（六月三日）率領代表團訪問澳門，與澳門社會工作局局長李立會面。

　　代表團亦參觀了當地的安老設施，包括海濱長者中心及東區康復中心，了解當地服務。

完

2024年6月3日（星期一）
香港時間18時00分
"""


def test_a_list_of_sites_a_delegation_toured_names_no_party() -> None:
    """``代表團…參觀…設施，包括X及Y``: the sites toured, though the sentence's subject is a
    delegation; the same list after a word of taking part names parties."""
    found = {o.name for m in _zh(TOUR).meetings for o in m.participants}
    assert found and "海濱長者中心" not in found and "東區康復中心" not in found
    joined = TOUR.replace("代表團亦參觀了當地的安老設施，包括", "出席的代表團成員包括")
    found = {o.name for m in _zh(joined).meetings for o in m.participants}
    assert "海濱長者中心" in found


@pytest.mark.parametrize(("name", "side"), [
    ("香港總商會", "non-government"), ("香港工會聯合會", "non-government"),
    ("澳門中華總商會", "Macao"), ("中華全國總工會", "Mainland"),
    ("海關廣東分署緝私局", "Mainland"), ("中國香港代表團", "HKSAR"), ("海關", "HKSAR"),
])
def test_a_chamber_a_mainland_unit_and_hong_kong_china(name: str, side: str) -> None:
    assert side_of(name) == side


@pytest.mark.parametrize(("place", "clause", "expected"), [
    ("北京", "與禁毒局和邊防管理局官員會面", {("禁毒局", "Mainland"), ("邊防管理局", "Mainland")}),
    ("柏林", "與內政部官員會面", {("內政部", "overseas")}),  # a ministry abroad: the host's
    ("香港", "與禁毒局官員會面", {("禁毒局", "HKSAR")}),
    ("北京", "與駐北京辦事處官員會面", {("駐北京辦事處", "HKSAR")}),  # Hong Kong's own office
    ("北京", "與保安局官員會面", {("保安局", "HKSAR")}),  # the registry's
])
def test_a_body_met_with_its_staff_takes_the_hosts_side_when_nothing_else_sides_it(
        place: str, clause: str, expected: set[tuple[str, str]]) -> None:
    text = ("局長會面\n\n　　發展局局長陳明今日（五月六日）在" + place + clause + "，討論合作。"
            "\n\n完\n\n2024年5月6日（星期一）\n香港時間18時00分\n")
    found = {(o.name, o.side) for m in _zh(text).meetings for o in m.participants}
    assert expected <= found


# --- places sharing one organisation's head; units named 總隊, 支隊, 服務隊 --------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("以及杭州、寧波及溫州市公安局", ["杭州市公安局", "寧波市公安局", "溫州市公安局"]),
    ("杭州及寧波市公安局", ["杭州市公安局", "寧波市公安局"]),
    ("来自法国、意大利和西班牙政府", ["法国政府", "意大利政府", "西班牙政府"]),
    ("廈門市公安局、泉州市公安局", ["廈門市公安局", "泉州市公安局"]),  # each printed whole
    # a province before cities shares no head: left as printed, no place taken for a bureau
    ("福建省、廈門市和泉州市人民政府", ["泉州市人民政府"]),
])
def test_places_listed_before_a_places_organisation_share_its_head(
        text: str, expected: list[str]) -> None:
    assert _listed(text) == expected


def test_a_place_sharing_a_head_is_quoted_as_printed() -> None:
    text = "以及杭州、寧波及溫州市公安局"
    items = listed_organisations(text, text, Span(0, len(text)))
    assert [(item.surface, text[item.span.start:item.span.end]) for item in items] == [
        ("杭州", "杭州"), ("寧波", "寧波"), ("溫州市公安局", "溫州市公安局")]


@pytest.mark.parametrize(("text", "expected"), [
    ("包括福建邊防總隊、海警第二支隊和政府飛行服務隊",
     ["福建邊防總隊", "海警第二支隊", "政府飛行服務隊"]),
    ("包括消防處救護總隊及水務署", ["消防處救護總隊", "水務署"]),
    ("香港足球隊、研究團隊、青年樂隊、水務署", ["水務署"]),  # teams and bands are no units
])
def test_a_unit_named_corps_or_service_is_an_organisation(text: str,
                                                           expected: list[str]) -> None:
    assert _listed(text) == expected


SECURITY = """兩地警方舉行工作會晤

　　香港警方與內地公安機關今日（三月四日）在香港舉行第五次工作會晤。公安部代表團一行十人由部長助理王大明率領，成員還有來自福建省公安廳，以及杭州、寧波及溫州市公安局的主管。

完

2024年3月4日（星期一）
香港時間18時00分
"""


def test_the_heads_a_delegations_members_come_from_name_its_parties() -> None:
    extraction = _zh(SECURITY)
    found = {(o.name, o.side) for m in extraction.meetings for o in m.participants}
    assert {("杭州市公安局", "Mainland"), ("寧波市公安局", "Mainland"),
            ("溫州市公安局", "Mainland")} <= found
    assert not {name for name, _ in found} & {"杭州", "杭州市人民政府", "寧波及溫州市公安局"}
    refs = dict(resolve(extraction).organisations)  # each its own bureau, not the city's
    assert "杭州" not in refs and refs["杭州市公安局"].labels == (("zh-Hant", "杭州市公安局"),)
    assert len({refs[name].key for name in ("杭州市公安局", "寧波市公安局", "溫州市公安局")}) == 3


def test_the_heads_of_bureaus_in_a_sentence_of_no_taking_part_name_no_party() -> None:
    delegation = "公安部代表團一行十人由部長助理王大明率領，成員還有來自福建省公安廳，以及"
    text = SECURITY.replace(delegation, "王大明曾任")
    found = {o.name for m in _zh(text).meetings for o in m.participants}
    assert not found & {"杭州市公安局", "寧波市公安局", "溫州市公安局"}


def _topic_release(clause: str) -> str:
    return ("局長會見代表團\n\n　　公務員事務局局長周明今日（六月三日）與來訪代表團會面，"
            + clause + "。\n\n完\n\n2024年6月3日（星期一）\n香港時間18時00分\n")


def test_a_government_named_in_what_was_discussed_is_no_party() -> None:
    """``討論如何加強A及B政府之間的合作``: the governments are the topic; a government the
    meeting's own sentence names as meeting still takes part."""
    found = {o.name for m in _zh(_topic_release("討論如何加強香港及新西蘭政府之間的合作")).meetings
             for o in m.participants}
    assert "公務員事務局" in found and "新西蘭政府" not in found
    found = {o.name for m in _zh(_topic_release("新西蘭政府官員亦有出席")).meetings
             for o in m.participants}
    assert "新西蘭政府" in found


@pytest.mark.parametrize(("after", "owned"), [
    ("律政司關於合作的安排", True),  # the Department of Justice of the government
    ("社會工作局，", True),
    ("駐上海經濟貿易辦事處副主任", True),
    ("代表團訪問商務部", False),  # the government sends a delegation
    ("部門的代表", False),  # a one-character ending is a common noun
    ("與商務部會面", False),  # a joiner ends the name
    ("，商務部", False),
])
def test_a_government_opening_the_name_of_its_office(after: str, owned: bool) -> None:
    from pressgraph.extract.zh_orgs import names_an_office_of_it

    text = to_traditional("澳門特別行政區政府" + after)
    assert names_an_office_of_it(text, Span(0, len("澳門特別行政區政府"))) is owned


def test_a_government_naming_its_office_is_not_itself_a_party() -> None:
    """``香港特別行政區政府律政司``: the office takes part, the government only opens its
    name; a government sending officials of its own still does."""
    owned = _topic_release("並見證最高人民法院和香港特別行政區政府律政司的合作安排")
    found = {o.name for m in _zh(owned).meetings for o in m.participants}
    assert "香港特別行政區政府" not in found
    sending = _topic_release("並見證最高人民法院和香港特別行政區政府官員的合作安排")
    found = {o.name for m in _zh(sending).meetings for o in m.participants}
    assert "香港特別行政區政府" in found


LOCAL = """局長訪問魯里坦尼亞

　　商務及經濟發展局局長林明今日（三月四日）在魯里坦尼亞首都與{who}領導會面，就經貿合作交換意見。

完

2024年3月4日（星期一）
香港時間18時00分
"""


@pytest.mark.parametrize(("who", "named"), [
    ("當地政府", None),  # "the local government": described, not named
    ("中央", None),  # a head word alone
    ("魯里坦尼亞政府", "魯里坦尼亞政府"),
])
def test_a_government_described_without_its_name_is_no_participant(who: str,
                                                                    named: str | None) -> None:
    names = {p.name for m in _zh(LOCAL.format(who=who)).meetings for p in m.participants}
    assert who not in names or who == named
    assert (named in names) if named else not names & {"當地政府", "中央"}


@pytest.mark.parametrize(("name", "described"), [
    ("當地政府", True), ("当地政府", True), ("中心", True), ("中央", True),
    ("中央政府", False), ("衞生防護中心", False),
])
def test_a_local_or_bare_head_describes_without_naming(name: str, described: bool) -> None:
    assert unnamed(name) == described
