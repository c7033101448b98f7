from __future__ import annotations

import json

import pytest

from pressgraph.extract.nametokens import body_region, normalise
from pressgraph.extract.org_acronyms import find_acronyms
from pressgraph.extract.people import find_people
from pressgraph.extract.roles import find_roles
from pressgraph.model import ParsedRelease
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.conftest import CORPUS, SAMPLE


def release_of(*paragraphs: str) -> ParsedRelease:
    body = "\n\n".join("     " + p for p in paragraphs)
    text = f"A test release\n\n{body}\n\nEnds/Monday, March 4, 2024\nIssued at HKT 10:00\n"
    return parse(decode(text.encode("utf-8"), "t.txt"))


def people_of(release: ParsedRelease):  # type: ignore[no-untyped-def]
    return find_people(release, find_acronyms(release))


def posts_by_name(release: ParsedRelease) -> dict[str, list[str]]:
    """Each person the release names, with the titles of their posts in order."""
    return {p.name: [q.title for q in p.posts] for p in people_of(release)}


def roles_of(release: ParsedRelease) -> dict[str | None, str]:
    acronyms = find_acronyms(release)
    people = find_people(release, acronyms)
    return {r.person.name: r.role
            for r in find_roles(release, body_region(release), people, acronyms)}


def test_post_before_the_name_with_its_organisation() -> None:
    release = release_of(
        "The Commissioner for Harbour Affairs, Ms Mary Lau, and the Deputy Director-General "
        "of the Department of Ports of Fujian Province (FJDP), Mr Chen Weiguo, met today.",
    )
    mary, chen = people_of(release)
    assert (mary.honorific, mary.name) == ("Ms", "Mary Lau")
    assert [p.title for p in mary.posts] == ["Commissioner for Harbour Affairs"]
    assert mary.posts[0].organisation is None
    assert (chen.honorific, chen.name) == ("Mr", "Chen Weiguo")
    assert [p.title for p in chen.posts] == [
        "Deputy Director-General of the Department of Ports of Fujian Province"]
    assert chen.posts[0].organisation is not None
    assert chen.posts[0].organisation.name == "Department of Ports of Fujian Province"
    assert chen.posts[0].organisation.acronym == "FJDP"
    assert release.quote(mary.span) == "Ms Mary Lau"


def test_several_posts_joined_by_and_or_commas() -> None:
    release = release_of(
        "Talks were co-chaired by the Vice Governor of Yunnan Province and Director of the "
        "Yunnan Tourism Office, Mr Li Ming, and by the Member of the Standing Committee of the "
        "CPC Kunming Municipal Committee, Director of its Publicity Department and Chairman of "
        "the Kunming Youth Federation, Dr Zhao Lan.",
    )
    li, zhao = people_of(release)
    assert [p.title for p in li.posts] == ["Vice Governor of Yunnan Province",
                                           "Director of the Yunnan Tourism Office"]
    assert [p.title for p in zhao.posts] == [
        "Member of the Standing Committee of the CPC Kunming Municipal Committee",
        "Director of its Publicity Department",
        "Chairman of the Kunming Youth Federation"]


def test_a_short_form_defined_inside_a_post_is_not_part_of_its_title() -> None:
    release = release_of(
        "The delegation was led by the Director of the Authority of Lakeside Industrial Park "
        "of Kunming Municipality (Lakeside Authority), Mr Li Ming. Mr Li said the Lakeside "
        "Authority would help.",
    )
    [li] = people_of(release)
    assert [p.title for p in li.posts] == [
        "Director of the Authority of Lakeside Industrial Park of Kunming Municipality"]


def test_a_short_form_more_of_the_post_follows_stays_in_its_printed_wording() -> None:
    """The post as printed keeps a short form defined inside it when more of the post follows
    it; one that only trails the post is dropped there as from the title."""
    release = release_of(
        "The Secretary for Trade, Ms Ann Gray, paid a courtesy call on the Permanent "
        "Representative of the Republic of Veloria (ROV) to the Northern League, Mr Tom Hale, "
        "today. She also met the Chief Secretary for Harbours (CSH), Mr Lee Kam.",
        "Ms Gray told Mr Hale that the ROV and Hong Kong would work together.",
    )
    posts = {p.name: [(q.title, q.wording) for q in p.posts] for p in people_of(release)}
    assert posts["Tom Hale"] == [
        ("Permanent Representative of the Republic of Veloria to the Northern League",
         "Permanent Representative of the Republic of Veloria (ROV) to the Northern League")]
    assert posts["Lee Kam"] == [("Chief Secretary for Harbours",) * 2]


def test_post_after_the_name_and_comma_inside_a_portfolio() -> None:
    release = release_of(
        "The Secretary for Culture, Sports and Tourism, Miss Rosanna Law, chaired the "
        "meeting. The Under Secretary for Labour, Mr Ben Ho, is the Acting Secretary for "
        "Labour.",
    )
    rosanna, ben = people_of(release)
    assert [p.title for p in rosanna.posts] == ["Secretary for Culture, Sports and Tourism"]
    assert [p.title for p in ben.posts] == ["Under Secretary for Labour",
                                            "Acting Secretary for Labour"]


def test_back_references_pick_the_right_person() -> None:
    release = release_of(
        "The Secretary for Housing, Mr Peter Chan, met the Under Secretary for Housing, "
        "Dr Alan Chan, and the Mayor of Xiamen, Mr Pablo Núñez de la Torre.",
        "Mr Chan said the plan was sound. Dr Chan agreed. Mr Núñez de la Torre thanked them.",
    )
    people = people_of(release)
    assert [p.name for p in people] == ["Peter Chan", "Alan Chan", "Pablo Núñez de la Torre"]
    roles = roles_of(release)
    assert roles["Peter Chan"] == "principal"


def test_name_without_hyphen_and_possessive() -> None:
    release = release_of(
        "The Secretary for Transport, Mr Ip Kai Man, called on the Chief Executive of the "
        "Macao SAR. The MSAR's Secretary for Transport, Mr Leong Sio Pang, joined them. "
        "Mr Ip's visit ended in the evening.",
    )
    people = people_of(release)
    assert [p.name for p in people] == ["Ip Kai Man", "Leong Sio Pang"]
    assert people[1].posts[0].title == "Secretary for Transport of the MSAR"


def test_bracketed_part_of_a_post_is_kept_an_abbreviation_is_not() -> None:
    release = release_of(
        "The Permanent Secretary for Housing (Lands), Ms Amy Lo, met the Director of the "
        "Water Office of Hainan Province (HNWO), Mr Fu Bin.",
    )
    amy, fu = people_of(release)
    assert amy.posts[0].title == "Permanent Secretary for Housing (Lands)"
    assert fu.posts[0].title == "Director of the Water Office of Hainan Province"


def test_post_in_apposition_after_the_name() -> None:
    release = release_of(
        "Mr Ken Lau, Secretary for Harbours, and Ms Jo Yip, the Director of Ferries, "
        "spoke. Mr Lau, Mr Tam and Ms Yip left.",
    )
    people = people_of(release)
    assert [(p.name, [q.title for q in p.posts]) for p in people] == [
        ("Ken Lau", ["Secretary for Harbours"]), ("Jo Yip", ["Director of Ferries"]),
        ("Tam", [])]


def test_two_honorifics_before_one_name() -> None:
    release = release_of("The Director of Highways, Ir Dr Lo Kin-man, met the press.")
    (person,) = people_of(release)
    assert (person.honorific, person.name) == ("Ir Dr", "Lo Kin-man")
    assert [p.title for p in person.posts] == ["Director of Highways"]


def test_roles_from_sentence_cues() -> None:
    release = release_of(
        "The Secretary for Justice, Mr Paul Lam, and the Vice Mayor of Foshan, Ms Wu Hong, "
        "co-chaired the meeting today (March 4). The Deputy Secretary for Justice, "
        "Mr Horace Cheung, also attended the meeting.",
    )
    assert roles_of(release) == {"Paul Lam": "co-chair", "Wu Hong": "co-chair",
                                 "Horace Cheung": "attendee"}


def test_chair_known_only_by_post() -> None:
    release = release_of(
        "It was co-convened by the Director of Lands, Mr Andrew Lai, and the Deputy "
        "Director-General of the Department of Natural Resources of Hainan Province.",
    )
    people = people_of(release)
    assert people[-1].name is None
    assert people[-1].posts[0].title == (
        "Deputy Director-General of the Department of Natural Resources of Hainan Province")
    roles = roles_of(release)
    assert roles[None] == "convenor"
    assert roles["Andrew Lai"] == "convenor"


def test_pronoun_subject_and_witnesses() -> None:
    release = release_of(
        "The Chief Secretary for Administration, Mr Eric Chan, arrived in Zhuhai today. "
        "He then met the Mayor of Zhuhai, Mr Wu Zetong. Witnessed by Mr Chan and Mr Wu, "
        "officials signed two agreements.",
    )
    assert roles_of(release) == {"Eric Chan": "principal", "Wu Zetong": "principal"}


def test_membership_list_gives_each_member_the_post_of_its_heading() -> None:
    text = ("Appointments to a panel\n\n     The panel has two members.\n\nChairman\n"
            "--------\nDr Alan Fok Wing-kei\n\nLay members\n-----------\nMs Iris Tam\n"
            "Mr Ken Ho Ka-ming\n\n     The panel will meet twice a year.\n\n"
            "Ends/Monday, March 4, 2024\nIssued at HKT 10:00\n")
    release = parse(decode(text.encode("utf-8"), "t.txt"))
    people = people_of(release)
    assert [(p.name, [q.title for q in p.posts]) for p in people] == [
        ("Alan Fok Wing-kei", ["Chairman"]),
        ("Iris Tam", ["Lay member"]),
        ("Ken Ho Ka-ming", ["Lay member"]),
    ]


# --------------------------------------------------------------------------- corpus


def _release(path) -> ParsedRelease:  # type: ignore[no-untyped-def]
    return parse(decode(path.read_bytes(), path.name))


def test_sample_convenors() -> None:
    release = _release(SAMPLE)
    acronyms = find_acronyms(release)
    people = find_people(release, acronyms)
    roles = find_roles(release, body_region(release), people, acronyms)
    got = {(r.person.name, r.person.posts[0].title, r.role) for r in roles}
    assert got == {
        ("Tony Wong", "Commissioner for Digital Policy", "convenor"),
        ("Qu Xiaojie", "Deputy Director-General of the Department of Industry and Information "
                       "Technology of Guangdong Province", "convenor"),
    }
    qu = next(p for p in people if p.name == "Qu Xiaojie")
    assert qu.posts[0].organisation is not None
    assert qu.posts[0].organisation.acronym == "GDDIIT"


def _post_key(posts: list[str]) -> tuple[str, ...]:
    return tuple(sorted(normalise(p).replace("its ", "the ") for p in posts))


@pytest.mark.parametrize("name", [
    "en-2010-06-meeting-strategic-development-research-group",
    "en-2017-02-meeting-joint-conference-working-meeting",
    "en-2017-05-meeting-sha-budapest-visit",
    "en-2024-01-meeting-talent-cooperation-guangzhou",
    "en-2024-07-meeting-joint-conference-plenary",
])
def test_corpus_people_and_chairs_match_gold(name: str) -> None:
    release = _release(CORPUS / f"{name}.txt")
    gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    acronyms = find_acronyms(release)
    people = find_people(release, acronyms)
    assert {(normalise(p.name or ""), p.honorific, _post_key([q.title for q in p.posts]))
            for p in people} == {
        (normalise(p["name"]), p["honorific"], _post_key(p["post"].split("; ")))
        for p in gold["people"]}
    roles = find_roles(release, body_region(release), people, acronyms)
    chairs = {normalise(r.person.name or "") for r in roles if r.role != "attendee"}
    assert chairs == {normalise(c["name"]) for m in gold["meetings"] for c in m["chairs"]}


# --------------------------------------------------------------------------- news style


def _names_and_posts(*paragraphs: str) -> list[tuple[str | None, list[str]]]:
    return [(p.name, [q.title for q in p.posts]) for p in people_of(release_of(*paragraphs))]


def test_initials_written_together_and_a_name_before_a_place() -> None:
    assert _names_and_posts(
        "Chief Executive KY Chow met Minister of Commerce Zhao Yi in Beijing today.",
    ) == [("KY Chow", ["Chief Executive"]), ("Zhao Yi", ["Minister of Commerce"])]


def test_a_name_in_chinese_order_with_common_word_syllables() -> None:
    assert _names_and_posts(
        "Chief Executive Tung Chee Wing will lead a delegation to Fuzhou.",
    ) == [("Tung Chee Wing", ["Chief Executive"])]


def test_a_surname_that_is_also_a_common_word_ends_the_name() -> None:
    assert _names_and_posts(
        "Mr Ho met Japan's Minister of Fisheries Policy Anders Reed in Tokyo.",
    )[-1] == ("Anders Reed", ["Minister of Fisheries Policy"])


def test_posts_with_a_portfolio_list_or_a_preposition() -> None:
    assert _names_and_posts(
        "He met Korea Vice Minister of Trade, Energy & Industry Lee Min-ho and the Chinese "
        "Ambassador to Japan Zhou Lin. The Minister of State at the Foreign Office, "
        "Mr Tom Reed, joined them.",
    ) == [("Lee Min-ho", ["Korea Vice Minister of Trade, Energy & Industry"]),
          ("Zhou Lin", ["Chinese Ambassador to Japan"]),
          ("Tom Reed", ["Minister of State at the Foreign Office"])]


def test_a_post_right_before_the_honorific_without_a_comma() -> None:
    assert _names_and_posts(
        "Mr Ho went on to meet Vice Minister of Water Resources Mr Tian Bo.",
    )[-1] == ("Tian Bo", ["Vice Minister of Water Resources"])


def test_honorific_continued_by_justice_and_other_honorifics() -> None:
    assert _names_and_posts(
        "He called on the Chief Justice of the Court of Final Appeal, Mr Justice Alan Ma "
        "Kin-wah, and the State Councillor, Madam Wu Lan, and the Attorney-General, "
        "Lord Reed.",
    ) == [("Alan Ma Kin-wah", ["Chief Justice of the Court of Final Appeal"]),
          ("Wu Lan", ["State Councillor"]), ("Reed", ["Attorney-General"])]


def test_the_home_government_and_a_short_form_of_a_post_held() -> None:
    assert _names_and_posts(
        "The Chief Executive of the Hong Kong Special Administrative Region (HKSAR), Mr Ken "
        "Ho, and the Governor of Fujian Province, Mr Wu Tao, co-chaired the plenary.",
        "Mr Ho said, \"Governor Wu Tao and I agreed on the plan.\"",
    ) == [("Ken Ho", ["Chief Executive"]), ("Wu Tao", ["Governor of Fujian Province"])]


def test_the_short_form_of_a_place_stays_in_a_post() -> None:
    assert _names_and_posts(
        "He met the Minister of Trade of the United Kingdom (UK), Ms Ann Gray, and the "
        "Secretary for Transport of the Macao Special Administrative Region (SAR), Mr Ho "
        "Wai, and the Director of the Port Office of Hainan Province (HNPO), Mr Li Bo.",
    ) == [("Ann Gray", ["Minister of Trade of the United Kingdom (UK)"]),
          ("Ho Wai", ["Secretary for Transport of the Macao Special Administrative Region (SAR)"]),
          ("Li Bo", ["Director of the Port Office of Hainan Province"])]


def test_a_former_holder_keeps_the_word_in_the_post() -> None:
    assert _names_and_posts(
        "He will then meet the former Secretary of State for Transport, Mr Tom Reed.",
    ) == [("Tom Reed", ["former Secretary of State for Transport"])]


def test_a_surname_used_before_the_full_name_is_the_person_named_later() -> None:
    release = release_of(
        "Mr Tam (centre) tours a ferry pier.",
        "The Secretary for Transport Ivan Tam visited Cheung Chau today. "
        "Secretary for Transport Ivan Tam said the pier would be rebuilt.",
    )
    names = {p.name for p in people_of(release)}
    assert names == {"Ivan Tam"}
    (ivan,) = [p for p in people_of(release) if p.posts]
    assert [p.title for p in ivan.posts] == ["Secretary for Transport"]


def test_a_surname_two_people_of_the_release_share_stays_a_surname() -> None:
    release = release_of(
        "Mr Tam (centre) tours a ferry pier.",
        "The Secretary for Transport, Mr Ivan Tam, and the Director of Marine, "
        "Mr Peter Tam, visited Cheung Chau today.",
    )
    assert "Tam" in {p.name for p in people_of(release)}


def test_a_county_magistrate_is_a_post() -> None:
    release = release_of(
        "The Secretary for Trade, Mr Ivan Poon, met the Magistrate of the Lanyu County, "
        "Dr Chen Li-wen, today.",
    )
    chen = next(p for p in people_of(release) if p.name == "Chen Li-wen")
    assert [p.title for p in chen.posts] == ["Magistrate of the Lanyu County"]


def test_the_short_form_of_a_place_in_a_post_is_no_organisation_acronym() -> None:
    release = release_of(
        "The Secretary for Transport of the Macao Special Administrative Region (SAR), "
        "Mr Ao Man, met the press today.",
    )
    (ao,) = people_of(release)
    assert [p.title for p in ao.posts] == [
        "Secretary for Transport of the Macao Special Administrative Region (SAR)"]
    assert ao.posts[0].organisation is None or ao.posts[0].organisation.acronym is None


def test_a_name_after_a_post_ending_in_an_abbreviation_in_brackets() -> None:
    release = release_of(
        "Yesterday Mr Poon met Director of the Department of Coastal Planning of the State "
        "Oceans Commission (SOC) Liu Ping.",
    )
    liu = next(p for p in people_of(release) if p.name == "Liu Ping")
    assert [p.title for p in liu.posts] == [
        "Director of the Department of Coastal Planning of the State Oceans Commission"]


def test_a_post_held_cum_another_is_one_post() -> None:
    release = release_of(
        "The Secretary for Culture, Mr Ivan Poon, met with Deputy Minister cum Director of "
        "the State Archives Bureau, Ms Wen Hui, today.",
    )
    wen = next(p for p in people_of(release) if p.name == "Wen Hui")
    assert [p.title for p in wen.posts] == [
        "Deputy Minister cum Director of the State Archives Bureau"]


def test_a_rank_after_the_post_stands_in_the_honorific_place() -> None:
    release = release_of(
        "The Director of Trade, Ms Ann Lee, met the Chairman of the Regional Police Board, "
        "Chief Constable Robert Hale, and the Commander of the Coastal Squadron Rear Admiral "
        "Wang Tao in Harbourtown today.",
    )
    ann, robert, wang = people_of(release)
    assert (robert.honorific, robert.name) == ("Chief Constable", "Robert Hale")
    assert [p.title for p in robert.posts] == ["Chairman of the Regional Police Board"]
    assert (wang.honorific, wang.name) == ("Rear Admiral", "Wang Tao")
    assert [p.title for p in wang.posts] == ["Commander of the Coastal Squadron"]
    assert ann.name == "Ann Lee"


def test_a_rank_inside_a_longer_capitalised_post_stays_in_the_post() -> None:
    release = release_of(
        "Secretary for Trade Ann Lee met Northshire Chief Constable Robert Hale today.",
    )
    names = posts_by_name(release)
    assert "Robert Hale" in names
    assert names["Robert Hale"] == ["Northshire Chief Constable"]


def test_a_compound_post_head_names_the_person_after_it() -> None:
    release = release_of(
        "Chief Executive Mary Chan met Commander-in-chief of the Island Garrison Major General "
        "Zhou Ping at her office today.",
    )
    names = posts_by_name(release)
    assert names == {"Mary Chan": ["Chief Executive"],
                     "Zhou Ping": ["Commander-in-chief of the Island Garrison"]}


def test_an_honorific_written_with_a_full_stop() -> None:
    release = release_of(
        "The working group met today. The meeting was co-convened by Mr. Peter Ho, Director "
        "of Harbour Works, and Dr. Lin Mei, Deputy Director of the Bureau of Ports, Rivers "
        "and Canals, Ministry of Water Transport (MWT).",
    )
    names = posts_by_name(release)
    assert names == {
        "Peter Ho": ["Director of Harbour Works"],
        "Lin Mei": ["Deputy Director of the Bureau of Ports, Rivers and Canals, Ministry of "
                    "Water Transport"],
    }
    assert {p.honorific for p in people_of(release)} == {"Mr", "Dr"}


def test_a_post_after_a_name_ends_before_and_with_the_next_person() -> None:
    release = release_of(
        "The Commissioner of Police, Mr Peter Ho, met the delegations headed by Mr Lin Wei, "
        "Deputy Director of the Provincial Public Security Department and Mr Ma Kin, "
        "Commissioner of the Island Police Service, today.",
    )
    names = posts_by_name(release)
    assert names["Lin Wei"] == ["Deputy Director of the Provincial Public Security Department"]
    assert names["Ma Kin"] == ["Commissioner of the Island Police Service"]


def test_a_post_read_back_from_a_name_stops_at_the_person_before_and() -> None:
    """The post printed before a name does not reach back over "and" into the person named
    before it: after an honorific's name ("Mrs Ann Lo and the Foreign Minister ..."), after
    a post and its name ("Director of X Lee Ka-man and Under Secretary ..."), or where "and
    the" opens a second post."""
    release = release_of(
        "The phone call between the Chief Executive, Mrs Ann Lo and the Foreign Minister of "
        "the Republic of Oceana, Mr Karl Berg, took place today. Director of the Chief "
        "Executive's Office Lee Ka-man and Under Secretary for Labour & Welfare Peter Wu "
        "also joined. The Deputy Commissioner Mr Tom Fung and the Controller of the Harbour "
        "Authority, Dr Kate Yip, met too.",
    )
    names = posts_by_name(release)
    assert names["Karl Berg"] == ["Foreign Minister of the Republic of Oceana"]
    assert names["Peter Wu"] == ["Under Secretary for Labour & Welfare"]
    assert names["Kate Yip"] == ["Controller of the Harbour Authority"]


def test_an_and_inside_a_portfolio_before_a_name_stays_in_the_post() -> None:
    release = release_of(
        "Labour and Welfare Secretary Peter Wu met the Secretary for Transport and Housing "
        "and Housing Authority Chairman, Mr Tom Fung, today.",
    )
    names = posts_by_name(release)
    assert names["Peter Wu"] == ["Labour and Welfare Secretary"]
    assert names["Tom Fung"][0].startswith("Secretary for Transport and Housing")
