"""Organisation names in English text: acronyms and bracketed short forms and what they expand to,
where a name starts and ends (lists, places, dates, posts and people's names around it),
mentions merged by acronym and back-reference, and rooms and buildings that are no
organisation.
"""

from __future__ import annotations

import pytest

from pressgraph.extract.nametokens import body_region
from pressgraph.extract.org_acronyms import find_acronyms
from pressgraph.extract.org_names import org_spans
from pressgraph.extract.organisations import find_organisations
from pressgraph.model import Span
from tests.organisation_releases import release_of


def names_in(text: str) -> list[str]:
    return [text[s.start:s.end] for s in org_spans(text, 0, len(text))]


def test_acronym_expansions_start_where_the_initials_match() -> None:
    release = release_of(
        "The Director of the Bureau of Ports and Waterways of Fujian Province (FJBPW), "
        "Mr Lin Hai, met the Head of the Harbour Planning Unit (HPU) and staff of the "
        "Hong Kong Maritime Research Institute (MRI).",
        "Both welcomed progress on smart logistics (SL) and on the Xiamen-Hong Kong-Macao "
        "Shipping Corridor (SC) (the Corridor).",
    )
    found = {a.short: a.expansion for a in find_acronyms(release)}
    assert found["FJBPW"] == "Bureau of Ports and Waterways of Fujian Province"
    assert found["HPU"] == "Harbour Planning Unit"
    assert found["MRI"] == "Hong Kong Maritime Research Institute"
    assert found["SL"] == "smart logistics"
    assert found["SC"] == "Xiamen-Hong Kong-Macao Shipping Corridor"
    assert "the Corridor" not in found or found["the Corridor"].endswith("Corridor")


def test_short_forms_in_brackets_and_things_that_are_not() -> None:
    release = release_of(
        "The Joint Panel on River Safety (the Panel) and the Authority of Nansha Port "
        "Logistics Zone of Guangzhou Municipality (Nansha Port Authority) met today "
        "(March 4) on item (b) of the list (2024-2025).",
    )
    found = {a.short: a.expansion for a in find_acronyms(release)}
    assert found == {
        "the Panel": "Joint Panel on River Safety",
        "Nansha Port Authority":
            "Authority of Nansha Port Logistics Zone of Guangzhou Municipality",
    }
    for acronym in find_acronyms(release):
        assert release.quote(acronym.span) == f"({acronym.short})"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials of the Lands Department, the Water Supplies Department and the "
         "Office of the Chief Statistician attended.",
         ["Lands Department", "Water Supplies Department", "Office of the Chief Statistician"]),
        ("Staff of the Fisheries, Forestry and Parks Department and the Department of "
         "Water and Soil of Hunan Province joined.",
         ["Fisheries, Forestry and Parks Department",
          "Department of Water and Soil of Hunan Province"]),
        ("The Head of the Planning Unit spoke at the Central Government Offices.",
         ["Planning Unit"]),
        ("The Marine Department, and Invest Hong Kong took part.",
         ["Marine Department", "Invest Hong Kong"]),
        ("Representatives of Hong Kong's Lands Department, Fire Services Department and "
         "Immigration Department attended.",
         ["Lands Department", "Fire Services Department", "Immigration Department"]),
        ("Officers of the Independent Commission Against Bribery and the Seaport Authority "
         "Hong Kong spoke at Government House.",
         ["Independent Commission Against Bribery", "Seaport Authority Hong Kong"]),
        ("The Secretary for Financial Services and the Treasury met the Deputy Director of "
         "the Sea Bureau of the People's Government of Hainan Province.",
         ["Sea Bureau of the People's Government of Hainan Province"]),
        ("The Secretary met the Minister of State for Rivers and Canals, Home Office, "
         "and the Minister of State, Department for Coasts, Ports and Harbours.",
         ["Home Office", "Department for Coasts, Ports and Harbours"]),
        ("Staff of the Bureau of Ports of Macao, Hong Kong's Marine Department and the "
         "Ministry of Waterways, Mr Zhou Ming, met the Hong Kong, China delegation.",
         ["Bureau of Ports of Macao", "Marine Department", "Ministry of Waterways"]),
    ],
)
def test_organisation_boundaries(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_organisations_merge_acronyms_and_back_references() -> None:
    release = release_of(
        "The Civic Design Commission (CDC) met the Lands Department today (March 4).",
        "The CDC said the Commission would report to the Lands Department next year.",
    )
    orgs = find_organisations(release, body_region(release), find_acronyms(release))
    by_name = {o.name: o for o in orgs}
    assert set(by_name) == {"Civic Design Commission", "Lands Department"}
    commission = by_name["Civic Design Commission"]
    assert commission.acronym == "CDC"
    assert set(commission.mentions) == {"Civic Design Commission", "CDC", "the Commission"}
    assert release.quote(commission.span) == "Civic Design Commission"


def test_a_building_is_not_an_organisation() -> None:
    assert names_in("They met in the Chamber of the Legislative Council Building.") == []
    release = release_of(
        "The Legislative Council (LegCo) Secretariat said the Finance Committee met in the "
        "LegCo Complex today (March 4) with the Treasury.",
    )
    names = {o.name for o in find_organisations(
        release, Span(release.text.index("said"), len(release.text)), find_acronyms(release))}
    assert "Legislative Council" not in names


def test_a_council_chamber_is_a_room_not_the_council() -> None:
    assert names_in("The Panel will meet on March 6 in the Legislative Council Chamber.") == []
    assert names_in("The Hong Kong General Chamber of Commerce met the Panel.") == [
        "Hong Kong General Chamber of Commerce"]


def test_an_ampersand_is_and_to_the_registry() -> None:
    from pressgraph import registry

    assert registry.find_organisation("Hong Kong & Macao Affairs Office") == \
        registry.find_organisation("Hong Kong and Macao Affairs Office")
    assert registry.find_organisation("Hong Kong & Macao Affairs Office") is not None


@pytest.mark.parametrize(("text", "expected"), [
    ("The Hong Kong Observatory and Macao Meteorological and Geophysical Bureau will explore "
     "joint forecasts.", ["Hong Kong Observatory", "Macao Meteorological and Geophysical Bureau"]),
    ("The Census and Statistics Department and Macao Statistics and Census Service will study "
     "the data.", ["Census and Statistics Department", "Macao Statistics and Census Service"]),
    ("The Airport Authority Hong Kong and Zhuhai Airport Group will explore routes.",
     ["Airport Authority Hong Kong", "Zhuhai Airport Group"]),
])
def test_two_organisations_joined_by_and_stay_two(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He attended a meeting with the Ministry of Culture on Thursday morning.",
     ["Ministry of Culture"]),
    ("The plan for forming the Legislative Council in 2028 was explained.",
     ["Legislative Council"]),
    ("He met Deputy Director of the Bureau of Statistics Ms Lin Qiao.", ["Bureau of Statistics"]),
    ("Information will be shared through the Ministry of Water Resources in Beijing.",
     ["Ministry of Water Resources"]),
    ("The Director of the Hong Kong Economic and Trade Office in Berlin joined the meeting.",
     ["Hong Kong Economic and Trade Office in Berlin"]),
    # a located organisation whose name already names the place: the place is the meeting's
    ("He met officials of the Hangzhou Municipal Water Bureau in Hangzhou yesterday.",
     ["Hangzhou Municipal Water Bureau"]),
    # news style: a person's name straight after the organisation, with no post between
    ("He met the head of the bureau's Department of Planning & Liaison Zhou Minghui.",
     ["Department of Planning & Liaison"]),
    ("She met the Director of the Trade Office of the Macao SAR Tam Wai-kin.",
     ["Trade Office of the Macao SAR"]),
    ("The Department of Energy Lee Ho-sung chaired it.", ["Department of Energy"]),
    # but a name whose last words are a place or a common word keeps them
    ("He met the Bank of East Asia.", ["Bank of East Asia"]),
    ("He visited the Department of Health of Macao.", ["Department of Health of Macao"]),
])
def test_names_end_before_dates_places_and_honorifics(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


def test_a_post_and_a_name_after_an_organisation_are_not_part_of_it() -> None:
    text = ("The Secretary met Lantau Rivers Office of the State Council Deputy Director "
            "Zhou Ming on May 3.")
    assert names_in(text) == ["Lantau Rivers Office of the State Council"]


def test_a_place_joined_by_and_the_is_not_part_of_the_name() -> None:
    text = "the treaty between Hong Kong and the Association of Coastal Towns (ACT) took effect"
    assert names_in(text) == ["Association of Coastal Towns"]
