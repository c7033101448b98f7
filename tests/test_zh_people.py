"""Chinese people and who led each side (zh_people.py and zh_chairs.py), on
invented releases modelled on patterns of real ones."""

from __future__ import annotations

from pressgraph.extract import extract
from pressgraph.model import Extraction
from pressgraph.parse import parse
from pressgraph.reader import decode


def _extract_text(body: str) -> Extraction:
    text = (f"官員會面（附圖）\n\n　　{body}\n\n"
            "完\n\n2024年3月6日（星期三）\n香港時間18時00分\n")
    return extract(parse(decode(text.encode("utf-8"), "t.txt")))


def _roles(extraction: Extraction) -> list[set[tuple[str | None, tuple[str, ...], str]]]:
    return [{(r.person.name, tuple(p.title for p in r.person.posts), r.role)
             for r in meeting.roles} for meeting in extraction.meetings]


def test_a_post_word_inside_a_building_name_and_a_name_of_three_characters() -> None:
    extraction = _extract_text(
        "行政長官何俊文今日（三月六日）下午在首相府與英國國務大臣祈安德以及貿易大臣霍理明會面。")
    assert _roles(extraction) == [  # one call on both people met together
        {("何俊文", ("行政長官",), "principal"), ("祈安德", ("英國國務大臣",), "principal"),
         ("霍理明", ("貿易大臣",), "principal")}]


def test_people_listed_with_a_comma_or_met_one_by_one_are_one_call_each() -> None:
    listed = _extract_text("行政長官何俊文今日（三月六日）在北京見了國家主席高明、國務院總理陳遠。")
    assert len(listed.meetings) == 2
    one_by_one = _extract_text(
        "行政長官何俊文今日（三月六日）在北京先後與國家主席高明和國務院總理陳遠會面。")
    assert [{r.person.name for r in m.roles} for m in one_by_one.meetings] == [
        {"何俊文", "高明"}, {"何俊文", "陳遠"}]


def test_posts_joined_by_jian_are_one_post_of_the_organisation_named_last() -> None:
    extraction = _extract_text(
        "行政長官何俊文今日（三月六日）與法國副總理兼經濟、財政及工業部長杜明會面。")
    person = next(p for p in extraction.people if p.name == "杜明")
    assert [p.title for p in person.posts] == ["法國副總理兼經濟、財政及工業部長"]


def test_posts_listed_without_a_name_are_held_by_different_people() -> None:
    extraction = _extract_text(
        "行政長官何俊文今日（三月六日）在北京與財政部部長、北京市委書記和北京市市長會面。")
    nameless = [tuple(p.title for p in person.posts) for person in extraction.people
                if person.name is None]
    assert nameless == [("財政部部長",), ("北京市委書記",), ("北京市市長",)]


def test_a_verb_is_no_part_of_a_post_and_a_special_representative_is_a_post() -> None:
    extraction = _extract_text(
        "行政長官何俊文今日（三月六日）與國家氣候事務特別代表解文華會面。"
        "何俊文在今日早上主持行政首長聯席會議。")
    titles = {p.title for person in extraction.people for p in person.posts}
    assert titles == {"行政長官", "國家氣候事務特別代表"}


def test_a_name_given_alone_after_its_post_is_the_same_person() -> None:
    extraction = _extract_text(
        "商務及經濟發展局局長丘文達今日（三月六日）在青島出席「內地與香港科技合作委員會」"
        "第九次會議。會議由丘文達與國家科學技術部副部長曹明共同主持。")
    (roles,) = _roles(extraction)
    assert roles == {("丘文達", ("商務及經濟發展局局長",), "co-chair"),
                     ("曹明", ("國家科學技術部副部長",), "co-chair")}


def test_an_official_attending_a_ministers_meeting_does_not_chair_it() -> None:
    extraction = _extract_text(
        "食物及衞生局常任秘書長李美玲今日（三月六日）在吉隆坡出席東南亞國家聯盟衞生部長會議。")
    (roles,) = _roles(extraction)
    assert {role for _, _, role in roles} <= {"attendee"}


def test_a_name_before_a_bare_day_word_and_its_date() -> None:
    extraction = _extract_text("以下為行政長官何俊文今（三月六日）午會見傳媒的談話全文：")
    assert [(p.name, [q.title for q in p.posts]) for p in extraction.people] == [
        ("何俊文", ["行政長官"])]


def test_a_name_printed_before_its_post_and_no_particle_in_a_name() -> None:
    extraction = _extract_text(
        "行政長官何俊文今日（三月六日）在北京見了王建國主席、李文華總理和中央的部門。")
    assert _roles(extraction) == [  # one call on each leader named
        {("何俊文", ("行政長官",), "principal"), ("王建國", ("主席",), "principal")},
        {("何俊文", ("行政長官",), "principal"), ("李文華", ("總理",), "principal")}]


def test_a_surname_before_a_post_is_the_person_named_in_full_with_it() -> None:
    extraction = _extract_text(
        "行政長官何俊文今日（三月六日）與國務院副總理錢志遠會面。何俊文向錢副總理介紹了本港的經濟。")
    people = {(p.name, tuple(q.title for q in p.posts)) for p in extraction.people}
    assert people == {("何俊文", ("行政長官",)), ("錢志遠", ("國務院副總理",))}


def test_a_surname_and_its_honorific_are_no_full_name() -> None:
    """行政長官何先生: the surname 何 and the honorific 先生, not a person named 何先生."""
    extraction = _extract_text("行政長官何先生今日（三月六日）與國務院副總理錢志遠會面。")
    chief = next(p for p in extraction.people if p.posts and p.posts[0].title == "行政長官")
    assert (chief.name, chief.honorific) == ("何", "先生")
    assert {r.person.name for m in extraction.meetings for r in m.roles} == {"何", "錢志遠"}


def test_a_qualifier_before_a_post_is_no_name() -> None:
    extraction = _extract_text("高級主任在會上發言。行政長官何俊文今日（三月六日）"
                               "與常務副主席會面。")
    assert all(p.name != "高級" for p in extraction.people)
    assert {(p.name, tuple(q.title for q in p.posts)) for p in extraction.people} >= {
        ("何俊文", ("行政長官",))}


def test_simplified_names_fold_whatever_their_characters() -> None:
    text = ("官员会面（附图）\n\n　　行政长官何俊文今日（三月六日）"
            "邀请了乔晓阳副秘书长和张晓明副主任到深圳会见香港各界人士。\n\n完\n\n"
            "2024年3月6日（星期三）\n香港时间18时00分\n")
    extraction = extract(parse(decode(text.encode("utf-8"), "t.txt")))
    names = {p.name for p in extraction.people}
    assert {"乔晓阳", "张晓明"} <= names and "到深圳" not in names


def test_a_name_ends_before_a_verb_of_talks_and_before_a_particle() -> None:
    talks = _extract_text("行政長官何俊文今日（三月六日）與廣東省省長張遠舉行了會談。")
    assert {r.person.name for m in talks.meetings for r in m.roles} == {"何俊文", "張遠"}
    held = _extract_text("行政長官何俊文今日（三月六日）與廣東省副省長王曉進行了會面。")
    assert {r.person.name for m in held.meetings for r in m.roles} == {"何俊文", "王曉"}
    particle = _extract_text("行政長官何俊文今日（三月六日）與廣東省副省長王曉了會面。")
    assert {r.person.name for m in particle.meetings for r in m.roles} == {"何俊文", "王曉"}


def test_received_by_someone_the_passive_marker_is_no_part_of_the_post() -> None:
    extraction = _extract_text("行政長官何俊文今日（三月六日）在北京獲國家主席高遠接見。")
    assert _roles(extraction) == [{("何俊文", ("行政長官",), "principal"),
                                   ("高遠", ("國家主席",), "principal")}]


def test_an_organisation_then_a_name_printed_before_its_post() -> None:
    extraction = _extract_text("保安局局長何俊文今日（三月六日）與公安部張遠部長助理會面。")
    assert _roles(extraction) == [{("何俊文", ("保安局局長",), "principal"),
                                   ("張遠", ("部長助理",), "principal")}]
    person = next(p for p in extraction.people if p.name == "張遠")
    assert person.posts[0].organisation is not None
    assert person.posts[0].organisation.name == "公安部"


def test_an_organisation_run_before_a_post_is_no_name() -> None:
    extraction = _extract_text("保安局局長何俊文今日（三月六日）與香港貿易發展局總裁會面。")
    assert all(p.name is None for p in extraction.people if p.posts[0].title.endswith("總裁"))


def test_a_bare_post_refers_to_the_one_person_named_with_it() -> None:
    extraction = _extract_text(
        "海關關長張遠今日（三月六日）與新加坡總領事何明會面。其後，"
        "日本總領事高田先生禮節性拜訪關長。")
    calls = [{(r.person.name, tuple(p.title for p in r.person.posts)) for r in m.roles}
             for m in extraction.meetings]
    assert {("張遠", ("關長",)), ("高田", ("日本總領事",))} in calls


def test_a_bare_post_two_people_held_names_neither() -> None:
    extraction = _extract_text("保安局局長張遠和運輸局局長何明今日（三月六日）會面。"
                               "其後，日本總領事高田先生禮節性拜訪局長。")
    assert (None, ("局長",)) in {(r.person.name, tuple(p.title for p in r.person.posts))
                                 for r in extraction.meetings[-1].roles}


def test_the_chief_executive_named_again_by_the_post_alone_is_the_one_named_before() -> None:
    extraction = _extract_text(
        "行政長官何俊文今日（三月六日）在倫敦展開訪問。行政長官其後與外交大臣白思文會面，"
        "就雙邊關係交換意見。")
    assert _roles(extraction) == [
        {("何俊文", ("行政長官",), "principal"), ("白思文", ("外交大臣",), "principal")}]


def test_a_post_printed_in_full_without_a_name_is_held_by_the_one_named_with_it() -> None:
    caption = "駐京辦主任何文俊（左）與北京市副市長陳立明（右）合影。"
    extraction = _extract_text(
        "今日（三月六日）下午，駐京辦主任與北京市副市長陳立明會面，就青年交流交換意見。\n\n"
        f"　　{caption}")
    assert _roles(extraction) == [
        {("何文俊", ("駐京辦主任",), "principal"), ("陳立明", ("北京市副市長",), "principal")}]
    # two people named with that post: the post alone names neither
    two = _extract_text(
        "今日（三月六日）下午，駐京辦主任與北京市副市長陳立明會面。\n\n"
        "　　去年的駐京辦主任何文俊及今年的駐京辦主任李家文出席晚宴。")
    assert ("何文俊", ("駐京辦主任",), "principal") not in _roles(two)[0]
    assert ("李家文", ("駐京辦主任",), "principal") not in _roles(two)[0]


def test_a_name_a_page_broke_with_a_space_keeps_the_space() -> None:
    extraction = _extract_text("處長何俊 文今日（三月六日）與澳洲警察總監白思文會面。")
    assert _roles(extraction) == [
        {("何俊 文", ("處長",), "principal"), ("白思文", ("澳洲警察總監",), "principal")}]
    names = {p.name for p in _extract_text(
        "處長何俊文 今日（三月六日）與澳洲警察總監白思文會面。").people}
    assert "何俊文" in names


def test_words_framing_a_sentence_stand_before_its_subject_as_words_of_time_do() -> None:
    for framing in ("訪問期間，", "此外，", "會後，", "較早前，"):
        extraction = _extract_text(
            f"行政長官何俊文今日（三月六日）抵達杭州。{framing}商務局局長李文明在常任秘書長"
            "陪同下，與浙江省副省長陳立明會面，就經貿合作交換意見。")
        assert ("李文明", ("商務局局長",), "principal") in _roles(extraction)[-1], framing


def test_a_commander_is_a_post_and_further_ends_a_name() -> None:
    extraction = _extract_text(
        "水警總區今日（三月六日）舉行「粵港海上執法交流會」。交流會由行動處處長何俊文和水警總區"
        "指揮官李文主持。")
    assert _roles(extraction) == [
        {("何俊文", ("行動處處長",), "chair"), ("李文", ("水警總區指揮官",), "chair")}]
    further = _extract_text("行政長官何俊文今日（三月六日）與上海市委書記韓明進一步交流和磋商。")
    assert ("韓明", ("上海市委書記",), "principal") in _roles(further)[0]


def test_who_chaired_a_dinner_after_the_meeting_chaired_no_meeting() -> None:
    opening = ("財政司司長何俊文今日（三月六日）出席亞太經合組織財長會議，與各經濟體財長討論"
               "全球經濟。")
    dinner = _extract_text(opening + "晚上，何俊文出席俄羅斯總統白思文主持的晚宴。")
    assert _roles(dinner)[0] == set() or all(
        role != "chair" for _, _, role in _roles(dinner)[0])
    # what the modifier names is a meeting: the one before the verb chaired it, not the
    # one who attended
    plenary = _extract_text(opening + "下午，何俊文出席俄羅斯財政部部長白思文主持的全體會議。")
    chairs = {(name, role) for name, _, role in _roles(plenary)[0] if role == "chair"}
    assert chairs == {("白思文", "chair")}


def test_a_call_whose_clause_names_no_one_is_led_by_those_its_account_says_led_the_sides() -> None:
    extraction = _extract_text(
        "兩地海關第五次工作會晤已於三月六日在本港舉行。出席會晤的包括海關的高層官員及海關總署的代表團。"
        "海關總署代表團一行十人，由何俊文署長助理率領。")
    assert ("何俊文", ("署長助理",), "principal") in _roles(extraction)[0]
    # a call that names its principals keeps them alone
    named = _extract_text(
        "海關關長李文明今日（三月六日）與海關總署副署長陳立明會晤。海關總署代表團一行十人，"
        "由何俊文署長助理率領。")
    assert {name for name, _, _ in _roles(named)[0]} == {"李文明", "陳立明"}


def test_a_delegations_leader_who_only_attends_the_meeting_leads_no_side_of_it() -> None:
    travelled = _extract_text(
        "衞生局局長何俊文今日（三月六日）率領代表團前往澳門，出席三地衞生高層聯席會議第八次會議。")
    assert all(role == "attendee" for _, _, role in _roles(travelled)[0])
    # the clause of the meeting itself says the delegation was led to it: its leader
    led = _extract_text(
        "衞生局局長何俊文今日（三月六日）在澳門率領代表團出席粵港衞生合作聯席會議第八次會議。")
    assert ("何俊文", ("衞生局局長",), "attendee") not in _roles(led)[0]


def test_leading_a_delegation_to_a_meeting_of_three_parties_makes_no_chair() -> None:
    """A meeting of the Mainland, Hong Kong and Macao, or an international body's, is
    multilateral: the delegations' leaders attend it; a two-party meeting's lead it."""
    three = _extract_text(
        "衞生局局長何俊文今日（三月六日）在澳門率領代表團出席第八屆內地、香港、澳門衞生合作聯席會議。"
        "內地代表團由衞生部副部長李文明率領。")
    assert _roles(three)[0] and all(role == "attendee" for _, _, role in _roles(three)[0])
    world = _extract_text(
        "天文台台長何俊文今日（三月六日）率領代表團出席世界氣象合作組織第五次屆會。")
    assert all(role == "attendee" for _, _, role in _roles(world)[0])
    # a meeting of two parties: each delegation's leader leads a side of it
    two = _extract_text(
        "衞生局局長何俊文今日（三月六日）在廣州率領代表團出席粵港衞生合作聯席會議第八次會議。"
        "廣東省代表團由衞生廳廳長李文明率領。")
    assert {name for name, _, role in _roles(two)[0] if role == "principal"} == {
        "何俊文", "李文明"}
    # a multilateral meeting whose text says who chaired it keeps its chair
    chaired = _extract_text(
        "衞生局局長何俊文今日（三月六日）在香港主持第八屆內地、香港、澳門衞生合作聯席會議。")
    assert ("何俊文", ("衞生局局長",), "chair") in _roles(chaired)[0]


def test_an_official_who_joined_the_principal_of_a_call_leads_no_side() -> None:
    extraction = _extract_text(
        "行政長官何俊文今日（三月六日）抵達倫敦。何俊文、商務局局長李文明也與英國外交大臣白思文會面。")
    assert {name for name, _, role in _roles(extraction)[-1] if role == "principal"} == {
        "何俊文", "白思文"}
    # the people the call is on, named after 與, all lead the other side
    both = _extract_text("行政長官何俊文今日（三月六日）與英國外交大臣白思文和貿易大臣霍明會面。")
    assert {name for name, _, role in _roles(both)[0] if role == "principal"} == {
        "何俊文", "白思文", "霍明"}


def test_a_short_form_in_brackets_inside_a_post_is_kept_as_printed() -> None:
    """Posts are copied verbatim: a country's short form printed in brackets inside the
    post (``…國(…)…關長``) stays; a post printed without one gains none."""
    extraction = _extract_text(
        "海關關長何俊文今日（三月六日）與大洋聯邦共和國(大洋國)中央海關關長林德會面。")
    titles = {p.title for person in extraction.people for p in person.posts}
    assert "大洋聯邦共和國(大洋國)中央海關關長" in titles
    assert "海關關長" in titles


def test_a_post_is_printed_with_its_short_forms_and_asked_for_in_full() -> None:
    """The post as printed keeps a short form defined in brackets after its organisation
    and a short form printed instead of it; the title the registry is asked writes the
    organisation out in full, without the brackets."""
    extraction = _extract_text(
        "律政司司長何俊文今日（三月六日）拜訪國家海洋資源管理委員會（海資委），與海資委副主任"
        "林德會面。他亦與海洋事務辦公室(海洋辦)副主任張明會面。")
    posts = {person.name: [(p.title, p.wording) for p in person.posts]
             for person in extraction.people}
    assert posts["林德"] == [("國家海洋資源管理委員會副主任", "海資委副主任")]
    assert posts["張明"] == [("海洋事務辦公室副主任", "海洋事務辦公室(海洋辦)副主任")]
    # a post printed plainly is printed as its title
    assert posts["何俊文"] == [("律政司司長", "律政司司長")]


def test_a_foreign_name_of_more_than_three_syllables_after_a_post_is_a_name() -> None:
    """A foreign name written in four or more transliteration syllables is read whole when
    the name ends as any name does; a run with a character no transliteration uses is not
    taken for one."""
    extraction = _extract_text(
        "財政司司長何俊文今日（三月六日）與大洋國外交部長卡爾瑪諾維奇進行會談。")
    assert _roles(extraction) == [
        {("何俊文", ("財政司司長",), "principal"),
         ("卡爾瑪諾維奇", ("大洋國外交部長",), "principal")}]
    # a middle dot parts a foreign name's given name from its surname
    dotted = _extract_text("財政司司長何俊文今日（三月六日）與大洋國外交大臣伊麗莎白·特拉斯會面。")
    assert "伊麗莎白·特拉斯" in {person.name for person in dotted.people}
    # a run of syllables that no word ending a name follows (提出的) is read as no name
    unended = _extract_text(
        "財政司司長何俊文今日（三月六日）會見記者，談及大洋國外交部長卡爾瑪諾維奇提出的方案。")
    assert [person.name for person in unended.people] == ["何俊文"]


def test_a_surname_the_list_lacked_and_a_word_that_starts_like_one() -> None:
    """應 and 茅 are surnames (``檢察長應明``, ``副院長茅華``); 應邀 after a post is a word."""
    extraction = _extract_text(
        "律政司司長何俊文今日（三月六日）分別與檢察院檢察長應明和法院副院長茅華會面。")
    names = {person.name: [p.title for p in person.posts] for person in extraction.people}
    assert names["應明"] == ["檢察院檢察長"]
    assert names["茅華"] == ["法院副院長"]  # its post no longer runs back over 應明和
    invited = _extract_text("教育局局長應邀出席今日（三月六日）的論壇，並與大學校長會面。")
    assert all(person.name != "應邀" for person in invited.people)


def test_a_caption_position_in_brackets_ends_the_post_run_of_the_next_person() -> None:
    """A photo caption's position after a name (``(左)``, ``（右一）``) is no short form
    inside an organisation's name: the next person's post starts after it and its 和."""
    extraction = _extract_text(
        "駐滬辦主任何俊文(左)和海港市副市長林德(右)今日（三月六日）會面。")
    names = {person.name: [p.title for p in person.posts] for person in extraction.people}
    assert names["林德"] == ["海港市副市長"]
    # a short form defined in brackets inside a name still stays in the post's run
    short = _extract_text(
        "行政長官何俊文今日（三月六日）與海洋資源委員會（海資委）副主任林德會面。")
    titles = {p.title for person in short.people for p in person.posts}
    assert "海洋資源委員會副主任" in titles
