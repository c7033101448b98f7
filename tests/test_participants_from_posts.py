"""Participants read from people's posts: the organisation of each post held at the meeting (not
of an earlier concurrent post), the lead-in's organisations and visited country, the polity a
principal heads, and places, countries and people's names in a post that are no participant.
"""

from __future__ import annotations

import pytest

from pressgraph.extract.nametokens import body_region
from pressgraph.extract.org_acronyms import find_acronyms
from pressgraph.extract.participants import find_participants, lead_in_participants
from pressgraph.model import OrganisationMention, ParsedRelease, PersonMention, PostMention, Span
from tests.organisation_releases import _participants_of, release_of


def _person_with_posts(release: ParsedRelease, *titles: str) -> PersonMention:
    text = release.text
    posts = []
    for title in titles:
        start = text.index(title)
        org_name = title.split(" of the ", 1)[-1].removeprefix("its ")
        org_start = text.index(org_name, start)
        organisation = OrganisationMention(org_name, Span(org_start, org_start + len(org_name)))
        posts.append(PostMention(title, Span(start, start + len(title)), organisation))
    return PersonMention("Mr Lin Hai", Span(0, 1), "Mr", tuple(posts))


def test_an_organisation_named_only_in_an_earlier_concurrent_post_is_not_represented() -> None:
    release = release_of(
        "The Deputy Secretary General of the People's Government of Hainan Province and "
        "Director of the Port Affairs Office of Hainan Province, Mr Lin Hai, met the "
        "Director of Marine, Ms Chan, today (March 4).",
    )
    region, acronyms = body_region(release), find_acronyms(release)
    lin = _person_with_posts(
        release, "Deputy Secretary General of the People's Government of Hainan Province",
        "Director of the Port Affairs Office of Hainan Province")
    names = {o.name for o in find_participants(release, region, acronyms, (lin,))}
    assert names == {"Port Affairs Office of Hainan Province"}
    # without the people, both organisations are taken as named
    assert "People's Government of Hainan Province" in {
        o.name for o in find_participants(release, region, acronyms)}


def test_a_later_post_in_the_same_organisation_keeps_the_first() -> None:
    release = release_of(
        "The Member of the Standing Committee of the CPC Hainan Provincial Committee and "
        "Director of its Organization Department, Mr Lin Hai, met the Director of Marine, "
        "Ms Chan, today (March 4).",
    )
    lin = _person_with_posts(
        release, "Member of the Standing Committee of the CPC Hainan Provincial Committee",
        "Director of its Organization Department")
    names = {o.name for o in find_participants(release, body_region(release),
                                               find_acronyms(release), (lin,))}
    assert "CPC Hainan Provincial Committee" in names


def test_the_lead_in_names_the_organisation_of_a_post_held_at_the_meeting() -> None:
    release = release_of(
        "The Secretary for Development, Mr Lam, began a visit to Hainan today (March 4) on "
        "matters in the portfolio of the Development Bureau (DEVB) and of the Lands "
        "Department.",
        "He met the Director of the Port Affairs Office of Hainan Province, Mr Lin Hai.",
    )
    text = release.text
    lead_in = Span(body_region(release).start, text.index("He met"))
    start = text.index("Secretary for Development")
    lam = PersonMention("Lam", Span(0, 1), "Mr", (PostMention(
        "Secretary for Development", Span(start, start + len("Secretary for Development"))),))
    found = lead_in_participants(release, lead_in, find_acronyms(release), (lam,))
    assert [(o.name, o.acronym, o.side) for o in found] == [
        ("Development Bureau", "DEVB", "HKSAR")]  # not the Lands Department: no post in it
    assert lead_in_participants(release, lead_in, find_acronyms(release), ()) == ()


def test_the_visited_country_defined_in_the_lead_in_is_its_government() -> None:
    release = release_of(
        "The Chief Executive began his official visit to the United Kingdom (UK) today "
        "(March 4).",
        "He met the Secretary of State for Transport, Mr Lee.",
    )
    text = release.text
    lead_in = Span(body_region(release).start, text.index("He met"))
    title = "Secretary of State for Transport"
    lee = PersonMention("Lee", Span(0, 1), "Mr", (PostMention(
        title, Span(text.index(title), text.index(title) + len(title))),))
    [found] = lead_in_participants(release, lead_in, find_acronyms(release), (lee,))
    assert (found.name, found.acronym, found.side) == ("United Kingdom", "UK", "overseas")


def _extracted_participants(text: str) -> set[str]:
    from pressgraph.extract import extract

    meetings = extract(release_of(text)).meetings
    assert meetings
    return {name for o in meetings[0].participants for name in (o.name, *o.mentions)}


def test_a_co_chairs_post_names_the_polity_they_head() -> None:
    names = _extracted_participants(
        "The Chief Executive, Mr Lam Tai-man, and the Governor of Guangdong Province, "
        "Mr Chan Siu-ming, today co-chaired the Hong Kong/Guangdong Co-operation Joint "
        "Conference in Hong Kong.")
    assert "Guangdong Province" in names


def test_a_place_opening_a_principals_post_is_named_as_written() -> None:
    names = _extracted_participants(
        "The Chief Executive, Mr Lam Tai-man, and Guangdong Governor Mr Chan Siu-ming "
        "today co-chaired the Hong Kong/Guangdong Co-operation Joint Conference in Hong Kong.")
    assert "Guangdong" in names


def test_a_country_in_a_principals_post_is_a_place_not_a_participant() -> None:
    names = _extracted_participants(
        "The Secretary for Trade, Mr Lam Tai-man, met Indonesia's Minister of Trade, "
        "Mr Budi Santoso, in Jakarta today.")
    assert not {"Indonesia", "Government of Indonesia"} & names


@pytest.mark.parametrize("text", [
    "The Secretary for Trade, Mr Lam Tai-man, called on the Deputy Prime Minister of "
    "Australia, Mr Colin Walsh, in Canberra today.",
    "The Secretary for Schools, Mr Lam Tai-man, met the UK Secretary of State for Schools, "
    "Mr Colin Walsh, in London today.",
    "The Director of Health of Hong Kong, Dr Lam Tai-man, and the Director of Health of "
    "Macao, Dr Chan Siu-ming, co-chaired the Joint Health Meeting in Macao today.",
])
def test_a_country_or_bare_territory_in_a_principals_post_is_no_government(text: str) -> None:
    names = _extracted_participants(text)
    assert not any(name.startswith("Government of") or name in {"Australia", "UK", "Hong Kong"}
                   for name in names)


def test_a_post_naming_no_organisation_makes_no_mention_of_its_government_a_participant() -> None:
    release = release_of(
        "The Chief Executive, Mr Lee, met the Governor of Fujian Province, Mr Wang, today "
        "(March 4). Mr Lee said a trade fair will be staged by the Hong Kong Special "
        "Administrative Region Government next month.",
    )
    text = release.text
    people = []
    for name, title in (("Lee", "Chief Executive"), ("Wang", "Governor of Fujian Province")):
        at = text.index(title)
        people.append(PersonMention(name, Span(0, 1), "Mr", (PostMention(
            title, Span(at, at + len(title))),)))
    names = {o.name for o in find_participants(release, body_region(release),
                                               find_acronyms(release), tuple(people))}
    assert "Fujian Province" in names
    assert not any("Hong Kong" in name for name in names)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Secretary for Trade, Mr Lam Tai-man, called on the State Secretary at the Federal "
     "Ministry of Transport of Germany Klaus Becker in Berlin today.",
     "Federal Ministry of Transport of Germany"),
    ("The Secretary for Trade, Mr Lam Tai-man, met the Head of the Centre for Port Studies "
     "of the Harbour Foundation Mary Dunmore in Washington today.",
     "Centre for Port Studies of the Harbour Foundation"),
])
def test_a_persons_name_printed_after_the_organisation_is_not_part_of_it(
        text: str, expected: str) -> None:
    names = _extracted_participants(text)
    assert expected in names
    assert not any(name.startswith(expected + " ") for name in names)


def test_a_post_and_a_persons_name_before_and_are_not_part_of_the_organisation() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, visited the ministry to meet Vice Minister "
        "Zhou Ming and Department of Rivers & Lakes Director-General Fang Hua today (March 4).",
    )
    names = set(_participants_of(release))
    assert not any(name.startswith("Vice Minister") for name in names)


@pytest.mark.parametrize(("second", "ministry"), [
    ("", False),  # the post alone names a portfolio, no ministry
    (" Officials of the Ministry of Waterways also attended.", True),
])
def test_a_portfolio_post_names_no_ministry(second: str, ministry: bool) -> None:
    """"Vice Minister of Waterways" names the portfolio only (settled case): the ministry is a
    participant only where the text names it on its own."""
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, met Vice Minister of Waterways Zhou Ming in "
        f"Beijing today (March 4).{second}",
    )
    assert ("Ministry of Waterways" in _participants_of(release)) == ministry
