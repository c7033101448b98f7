"""Who chaired or led each side of a meeting (extract/roles.py), on invented releases
modelled on patterns of real ones: the people a cue is about are told by where they stand
in its clause, and only some meetings have principals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressgraph.extract import english
from pressgraph.model import Meeting, ParsedRelease, SourceText
from pressgraph.parse import parse_text

DATELINE = "Ends/Wednesday, October 9, 2024\nIssued at HKT 16:25"
CHAIRING = {"chair", "co-chair", "convenor", "host", "principal"}


def make_release(*paragraphs: str) -> ParsedRelease:
    body = "\n\n".join("     " + p for p in paragraphs)
    text = f"Officials meet (with photos)\n\n{body}\n\n{DATELINE}\n"
    source = SourceText(source="<test>", text=text, media_type="text/plain", encoding="utf-8",
                        content_sha256="0" * 64)
    return parse_text(text, source)


def meetings_of(*paragraphs: str) -> tuple[Meeting, ...]:
    return english.extract(make_release(*paragraphs)).meetings


def chairs(meeting: Meeting) -> dict[str | None, str]:
    return {r.person.name: r.role for r in meeting.roles if r.role in CHAIRING}


def roles(meeting: Meeting) -> dict[str | None, str]:
    return {r.person.name: r.role for r in meeting.roles}


def test_a_companion_is_no_principal_and_a_dinner_host_no_host() -> None:
    (meeting,) = meetings_of(
        "The Chief Executive, Mrs Nora Lam, arrived in Oslo this morning (October 9).",
        "Accompanied by the Secretary for Trade, Mr Ivan Poon, Mrs Lam met with the Mayor "
        "of Oslo, Ms Kari Dahl, and they exchanged views on tourism.",
        "Mrs Lam and Mr Poon then attended a dinner hosted by the Oslo Business Circle.",
    )
    assert roles(meeting) == {"Nora Lam": "principal", "Kari Dahl": "principal",
                              "Ivan Poon": "attendee"}


def test_an_official_attending_a_multilateral_meeting_does_not_chair_it() -> None:
    (meeting,) = meetings_of(
        "The Secretary for Trade, Mr Ivan Poon, attended the Pacific Rim Ministers "
        "Responsible for Trade Meeting in Lima today (October 9).",
        "Mr Poon listened to a briefing by the Director of the Forum Secretariat, "
        "Ms Ana Ruiz.",
    )
    assert chairs(meeting) == {}


def test_the_leaders_of_two_delegations_lead_the_meeting() -> None:
    (meeting,) = meetings_of(
        "The 12th Annual Ferry Services Liaison Meeting was held in Fuzhou today "
        "(October 9). The Secretary for Transport, Mr Ivan Poon, led the delegation of the "
        "Hong Kong Special Administrative Region Government. The leader of the Fujian "
        "delegation is the Director of the Port Office of Fujian Province, Mr Lin Hai.",
    )
    assert chairs(meeting) == {"Ivan Poon": "principal", "Lin Hai": "principal"}


def test_a_partner_after_with_shares_the_cue_only_in_its_own_stretch() -> None:
    found = meetings_of(
        "The Chief Executive, Mr Ken Ho, leading the delegation of the HKSAR, met with the "
        "Party Secretary of Fujian Province, Mr Zhou Ming, and co-chaired the Fifth Plenary "
        "of the Hong Kong/Fujian Co-operation Conference with the Governor of Fujian "
        "Province, Mr Wu Tao, in Fuzhou today (October 9).",
    )
    (plenary,) = [m for m in found if m.ordinal == 5]
    assert chairs(plenary) == {"Ken Ho": "co-chair", "Wu Tao": "co-chair"}
    for call in (m for m in found if m.ordinal is None):  # the call, where one is read
        assert "Wu Tao" not in chairs(call)


def test_the_person_met_may_be_named_by_a_pronoun() -> None:
    release = make_release(
        "The Secretary for Works, Ms Ada Yim, visited Beijing today (October 9).",
        "Her first stop was the Ministry of Water Resources, where the Vice Minister of "
        "Water Resources, Mr Tian Bo, discussed with her the supply of water to Hong Kong.",
    )
    from pressgraph.extract.nametokens import body_region
    from pressgraph.extract.org_acronyms import find_acronyms
    from pressgraph.extract.people import find_people
    from pressgraph.extract.roles import find_roles

    acronyms = find_acronyms(release)
    people = find_people(release, acronyms)
    body = body_region(release)
    second = release.text.index("Her first stop")
    found = find_roles(release, type(body)(second, body.end), people, acronyms)
    assert {r.person.name: r.role for r in found} == {"Tian Bo": "principal",
                                                      "Ada Yim": "principal"}


def test_the_side_called_on_given_by_its_post_alone_is_read_but_leads_no_side() -> None:
    # A lead the text gives only by a post is more often wrong than right on real releases
    # (see docs/evaluation.md, "Precision by reading"): the person is kept as an attendee.
    (meeting,) = meetings_of(
        "The Secretary for Trade, Mr Ivan Poon, arrived in Perth today (October 9).",
        "Before touring the port, Mr Poon paid a courtesy call on the Consul General of the "
        "Republic of Korea in Perth.",
    )
    assert chairs(meeting) == {"Ivan Poon": "principal"}
    post_only = next(r for r in meeting.roles if r.person.name is None)
    assert post_only.role == "attendee"
    assert [p.title for p in post_only.person.posts] == [
        "Consul General of the Republic of Korea in Perth"]


@pytest.mark.parametrize(("called_on", "post"), [
    ("the President in Lisbon today (October 9)", "President"),
    ("the Governor of Guangdong in Guangzhou this morning (October 9)", "Governor of Guangdong"),
    ("the Mayor of Lisbon in Lisbon on October 9", "Mayor of Lisbon"),
    ("the Minister of Justice of Portugal in Lisbon, on October 9",
     "Minister of Justice of Portugal"),
    ("the Minister of Justice of Portugal on October 9", "Minister of Justice of Portugal"),
    # the place where the post's organisation is stays in the post
    ("the Director of the Hong Kong Economic and Trade Office in Berlin today (October 9)",
     "Director of the Hong Kong Economic and Trade Office in Berlin"),
])
def test_a_post_alone_ends_before_the_place_and_day_of_the_meeting(called_on: str,
                                                                   post: str) -> None:
    """"in <place>" followed by the day says where the meeting was, and the day when: no
    part of the post of the person called on."""
    (meeting,) = meetings_of(f"The Secretary for Trade, Mr Ivan Poon, called on {called_on}.")
    post_only = next(r for r in meeting.roles if r.person.name is None)
    assert [p.title for p in post_only.person.posts] == [post]


def test_a_post_alone_before_the_place_of_the_meeting_is_the_person_named_with_it() -> None:
    (meeting,) = meetings_of(
        "The Minister of Justice of Portugal, Mr Rui Almeida, visited Hong Kong last month.",
        "The Secretary for Justice, Ms Ada Fong, met the Minister of Justice of Portugal in "
        "Lisbon today (October 9).")
    assert chairs(meeting) == {"Ada Fong": "principal", "Rui Almeida": "principal"}


def test_the_side_called_on_given_by_post_and_name_leads_its_side() -> None:
    (meeting,) = meetings_of(
        "The Secretary for Trade, Mr Ivan Poon, arrived in Perth today (October 9).",
        "Before touring the port, Mr Poon paid a courtesy call on the Consul General of the "
        "Republic of Korea in Perth, Mr Park Min-ho.",
    )
    assert chairs(meeting) == {"Ivan Poon": "principal", "Park Min-ho": "principal"}


def test_a_lead_given_only_by_a_bare_title_is_no_chair() -> None:
    (meeting,) = meetings_of(
        "The Secretary for Trade, Mr Ivan Poon, met the Minister in Canberra today "
        "(October 9) to discuss trade in services.",
    )
    assert chairs(meeting) == {"Ivan Poon": "principal"}
    assert all(r.role == "attendee" for r in meeting.roles if r.person.name is None)


def test_a_later_verb_of_the_sentence_starts_another_call() -> None:
    meetings = meetings_of(
        "The Financial Secretary, Mr Ivan Poon, arrived in Canberra today (October 9).",
        "The Financial Secretary met the Treasurer, Mr Tom Reed, before meeting with the "
        "Minister for Trade, Ms Ann Gray.",
    )
    assert chairs(meetings[0]) == {"Ivan Poon": "principal", "Tom Reed": "principal"}


def test_a_surname_the_honorific_does_not_tell_apart_is_the_first_named() -> None:
    (meeting,) = [m for m in meetings_of(
        "Financial Secretary Ivan Chan will visit Macao tomorrow (October 10).",
        "The delegation comprises Under Secretary for Trade Ken Chan and other officials.",
        "Mr Chan will call on Macao's Secretary for Security Ho Wai on October 10.",
    ) if any(r.person.name == "Ho Wai" for r in m.roles)]
    assert chairs(meeting) == {"Ivan Chan": "principal", "Ho Wai": "principal"}


def test_two_chairs_given_by_their_posts_alone() -> None:
    from pressgraph.extract.org_acronyms import find_acronyms
    from pressgraph.extract.people import find_people

    release = make_release(
        "The plenary was co-chaired by the Chief Executive of Macao and the Governor of "
        "Fujian Province.",
    )
    people = find_people(release, find_acronyms(release))
    assert [[p.title for p in person.posts] for person in people] == [
        ["Chief Executive of Macao"], ["Governor of Fujian Province"]]


def test_the_person_met_is_not_the_partner_of_a_later_verb() -> None:
    from pressgraph.extract.nametokens import body_region
    from pressgraph.extract.org_acronyms import find_acronyms
    from pressgraph.extract.people import find_people
    from pressgraph.extract.roles import find_roles

    release = make_release(
        "The Chief Executive, Mr Ken Ho, met with the Party Secretary of Fujian Province, "
        "Mr Zhou Ming, and co-chaired the Fifth Plenary of the Hong Kong/Fujian Co-operation "
        "Conference with the Governor of Fujian Province, Mr Wu Tao, today (October 9).",
    )
    acronyms = find_acronyms(release)
    people = find_people(release, acronyms)
    sentence = body_region(release)
    call = Meeting(span=sentence, kind="bilateral meeting")
    found = find_roles(release, sentence, people, acronyms, call)
    assert {r.person.name for r in found if r.role in CHAIRING} == {"Ken Ho", "Zhou Ming"}


def test_a_side_named_again_by_a_shorter_post() -> None:
    from pressgraph.extract.nametokens import body_region
    from pressgraph.extract.org_acronyms import find_acronyms
    from pressgraph.extract.people import find_people
    from pressgraph.extract.roles import find_roles

    release = make_release(
        "The Chief Executive, Mr Ken Ho, welcomed the visiting Norwegian Prime Minister "
        "Anders Dahl today (October 9).",
        "During a one-hour meeting, the Chief Executive exchanged views with the Prime "
        "Minister on trade.",
    )
    acronyms = find_acronyms(release)
    people = find_people(release, acronyms)
    body = body_region(release)
    second = release.text.index("During a one-hour")
    sentence = type(body)(second, body.end)
    found = find_roles(release, sentence, people, acronyms,
                       Meeting(span=sentence, kind="bilateral meeting"))
    assert {r.person.name: r.role for r in found} == {"Ken Ho": "principal",
                                                      "Anders Dahl": "principal"}


def test_a_call_on_a_group_has_the_official_as_its_one_side() -> None:
    from pressgraph.extract.nametokens import body_region
    from pressgraph.extract.org_acronyms import find_acronyms
    from pressgraph.extract.people import find_people
    from pressgraph.extract.roles import find_roles

    release = make_release(
        "The Secretary for Health, Dr Amy Ko, arrived in London today (October 9).",
        "He will also meet doctors from the Royal Society of Medicine.",
    )
    acronyms = find_acronyms(release)
    people = find_people(release, acronyms)
    body = body_region(release)
    second = release.text.index("He will also")
    sentence = type(body)(second, body.end)
    found = find_roles(release, sentence, people, acronyms,
                       Meeting(span=sentence, kind="bilateral meeting"))
    assert {r.person.name: r.role for r in found} == {"Amy Ko": "principal"}


def test_a_companion_named_first_is_no_side_of_a_call_on_a_group() -> None:
    (meeting,) = meetings_of(
        "The Secretary for Trade, Mr Ivan Poon, visited Sha Tin today (October 9).",
        "Accompanied by the District Officer (Sha Tin), Ms Kay Ho, Mr Poon met members of "
        "the Sha Tin Rowing Club to hear their views on water sports.",
    )
    assert chairs(meeting) == {"Ivan Poon": "principal"}


def test_an_official_travelling_to_attend_a_meeting_does_not_lead_it() -> None:
    meetings = meetings_of(
        "The Secretary for Culture, Mr Ivan Poon, will travel to Nanning tomorrow "
        "(October 10) to attend a meeting on heritage conservation.",
    )
    assert meetings and all(chairs(m) == {} for m in meetings)


def test_attending_a_meeting_with_a_minister_is_a_call() -> None:
    (meeting,) = meetings_of(
        "In Canberra today (October 9), the Secretary for Trade, Mr Ivan Poon, attended a "
        "meeting, followed by lunch, with the Minister for Trade, Ms Jane Ward.",
    )
    assert chairs(meeting) == {"Ivan Poon": "principal", "Jane Ward": "principal"}


def test_a_partner_after_a_name_holding_a_comma() -> None:
    (meeting,) = meetings_of(
        "The Secretary for Trade, Mr Ivan Poon, co-chaired by video link the Third Pacific "
        "Ports – Hong Kong, China Dialogue with the Minister of Ports of Chile, Mr Luis Vera, "
        "today (October 9).",
    )
    assert chairs(meeting) == {"Ivan Poon": "co-chair", "Luis Vera": "co-chair"}


def test_a_co_chair_set_off_by_a_comma_and_given_by_post() -> None:
    # The partner given only by a post is read (an attendee), not reported as a co-chair.
    (meeting,) = meetings_of(
        "Mr Ivan Poon, the Chief Secretary, will co-chair the Second Plenary of the Hong "
        "Kong/Hainan Co-operation Conference in Haikou on October 9, with Hainan's "
        "Vice-Governor.",
    )
    assert [(r.person.name, r.role, [p.title for p in r.person.posts]) for r in meeting.roles
            ] == [("Ivan Poon", "co-chair", ["Chief Secretary"]),
                  (None, "attendee", ["Vice-Governor"])]


def test_a_co_chair_set_off_by_a_comma_and_given_by_post_and_name() -> None:
    (meeting,) = meetings_of(
        "Mr Ivan Poon, the Chief Secretary, will co-chair the Second Plenary of the Hong "
        "Kong/Hainan Co-operation Conference in Haikou on October 9, with Hainan's "
        "Vice-Governor, Mr Luo Wen.",
    )
    assert chairs(meeting) == {"Ivan Poon": "co-chair", "Luo Wen": "co-chair"}


def test_the_chairs_of_another_meeting_described_in_passing_are_not_this_ones() -> None:
    (meeting,) = meetings_of(
        "The Chief Secretary, Mr Ivan Poon, and the Vice-Governor of Hainan Province, "
        "Mr Wu Bo, co-chaired the Fifth Working Meeting of the Hong Kong/Hainan Co-operation "
        "Conference in Haikou today (October 9).",
        "The two sides prepared for the Fifth Plenary of the Hong Kong/Hainan Co-operation "
        "Conference, to be co-chaired by the Chief Executive and the Governor of Hainan "
        "Province.",
    )
    assert chairs(meeting) == {"Ivan Poon": "co-chair", "Wu Bo": "co-chair"}


def test_the_chair_of_a_meeting_named_in_an_apposition_is_kept() -> None:
    (meeting,) = meetings_of(
        "The 30th meeting of the Harbour Safety Committee, chaired by the Director of "
        "Marine, Mr Luis Vera, was held today (October 9).",
    )
    assert chairs(meeting) == {"Luis Vera": "chair"}


def test_a_comma_inside_the_bodys_own_name_does_not_make_the_chair_anothers() -> None:
    (meeting,) = meetings_of(
        "The Committee on Ports, Shipping and Logistics held its fifth meeting today "
        "(October 9), chaired by the Director of Marine, Mr Luis Vera.",
    )
    assert chairs(meeting) == {"Luis Vera": "chair"}


def test_the_chairs_of_a_body_named_by_its_short_form_in_an_apposition_are_kept() -> None:
    (meeting,) = meetings_of(
        "The Fifth Plenary of the Hong Kong/Hainan Co-operation Conference was held in Haikou "
        "today (October 9). The Co-operation Conference, co-chaired by the Chief Executive, "
        "Mr John Lee, and the Governor of Hainan Province, Mr Wu Bo, reviewed the work of "
        "the past year.",
    )
    assert chairs(meeting) == {"John Lee": "co-chair", "Wu Bo": "co-chair"}


_WORDS = st.sampled_from([
    "Mr", "Ms", "Ivan", "Poon", "Wu", "Bo", "the", "Secretary", "for", "Trade", "Governor",
    "of", "Hainan", "Province", "met", "co-chaired", "chaired", "by", "with", "and", ",",
    "Hong", "Kong", "China", "Conference", "Plenary", "to", "be", "attend", "a", "meeting",
    "together", "accompanied", "(", "HKC", ")", "cum", "Deputy", "Minister", "today",
])


@given(st.lists(_WORDS, min_size=3, max_size=30))
def test_every_chair_read_from_any_wording_is_named_in_the_text(words: list[str]) -> None:
    sentence = " ".join(words) + " today (October 9)."
    for meeting in meetings_of(sentence):
        for role in meeting.roles:
            person = role.person
            assert person.name is None or person.name in sentence
            assert all(post.title.split()[0] in sentence for post in person.posts)


def test_chairs_named_with_their_posts_after_the_names() -> None:
    (meeting,) = meetings_of(
        "The Harbour Working Group held its third meeting in Hong Kong today (October 9). "
        "The meeting was co-convened by Mr Peter Ho, Director of Harbour Works, and Ms Lin "
        "Mei, Deputy Director of the Bureau of Ports of Fujian Province.",
    )
    assert chairs(meeting) == {"Peter Ho": "convenor", "Lin Mei": "convenor"}


def test_people_a_meeting_was_attended_by_attended_it() -> None:
    (meeting,) = meetings_of(
        "Members of the Legislative Council met with the consuls-general of ten countries "
        "today (October 9).",
        "The meeting was chaired by the President of the Legislative Council, Mr Ivan Poon, "
        "and was attended by Mr Tommy Lau, Dr Kari Dahl and Ms Ana Ruiz.",
    )
    assert chairs(meeting) == {"Ivan Poon": "chair"}
    assert {name for name, role in roles(meeting).items() if role == "attendee"} >= {
        "Tommy Lau", "Kari Dahl", "Ana Ruiz"}


def test_leading_a_delegation_to_attend_a_standing_meeting_chairs_nothing() -> None:
    """A delegation's leader who goes to attend a plenary only attends it; leading a side
    of a meeting that the text does not say he attends still makes him its principal."""
    (meeting,) = meetings_of(
        "The Chief Executive, Mrs Nora Lam, will lead a government delegation to attend the "
        "Fifth Plenary of the Harbour and Delta Co-operation Joint Conference in Fuzhou on "
        "October 12.",
    )
    assert meeting.body is not None
    assert chairs(meeting) == {}
    assert roles(meeting) == {"Nora Lam": "attendee"}


def test_leading_a_delegation_to_a_meeting_with_another_side_still_leads_it() -> None:
    found = meetings_of(
        "The Chief Executive, Mrs Nora Lam, will lead a government delegation to attend a "
        "meeting with the Governor of Fujian Province, Mr Lin Hai, in Fuzhou on October 12.",
    )
    assert any(chairs(m).get("Nora Lam") == "principal" for m in found)
