from __future__ import annotations

import json

import pytest

from pressgraph.extract.nametokens import body_region, normalise
from pressgraph.extract.org_acronyms import find_acronyms
from pressgraph.extract.org_names import org_spans
from pressgraph.extract.organisations import find_organisations
from pressgraph.extract.participants import find_participants, lead_in_participants
from pressgraph.extract.people import find_people
from pressgraph.model import OrganisationMention, ParsedRelease, PersonMention, PostMention, Span
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.conftest import CORPUS, SAMPLE


def release_of(*paragraphs: str) -> ParsedRelease:
    body = "\n\n".join(p if p.startswith(("1.", "*", "-", "(")) else "     " + p
                       for p in paragraphs)
    text = f"A test release\n\n{body}\n\nEnds/Monday, March 4, 2024\nIssued at HKT 10:00\n"
    return parse(decode(text.encode("utf-8"), "t.txt"))


def names_in(text: str) -> list[str]:
    return [text[s.start:s.end] for s in org_spans(text, 0, len(text))]


# --------------------------------------------------------------------------- acronyms


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


# --------------------------------------------------------------------------- names


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


# --------------------------------------------------------------------------- participants


def test_participants_take_their_side_from_the_sentence_and_their_name() -> None:
    release = release_of(
        "The Working Group on Harbour Safety held its fifth meeting today (March 4).",
        "Officials from the Lands Department and the Water Supplies Department attended the "
        "meeting on behalf of the HKSAR Government. Mainland representatives included "
        "officials from the Department of Transport of Hainan Province and the Haikou "
        "Municipal Port Office. Members of the HKSAR delegation also included representatives "
        "from research institutions, including the Harbour Innovation Institute and the "
        "Marine Robotics Centre.",
    )
    found = find_participants(release, body_region(release), find_acronyms(release))
    sides = {o.name: o.side for o in found}
    assert sides == {  # the Government the officials attend for is a side of its own
        "Lands Department": "HKSAR",
        "Water Supplies Department": "HKSAR",
        "HKSAR Government": "HKSAR",
        "Department of Transport of Hainan Province": "Mainland",
        "Haikou Municipal Port Office": "Mainland",
        "Harbour Innovation Institute": "non-government",
        "Marine Robotics Centre": "non-government",
    }


def test_foreign_bodies_are_overseas() -> None:
    release = release_of(
        "The Secretary met members of the Legislative Council of Singapore and the Board of "
        "the Japan Port Corporation today (March 4).",
    )
    sides = {o.name: o.side for o in find_participants(release, body_region(release), ())}
    assert sides == {"Legislative Council of Singapore": "overseas",
                     "Board of the Japan Port Corporation": "overseas"}


def test_the_registry_side_beats_a_word_of_the_name() -> None:
    """"National" marks Mainland bodies by name, but the registry knows this assembly."""
    release = release_of(
        "In Budapest, the Secretary met members of the National Assembly today (March 4).")
    sides = {o.name: o.side for o in find_participants(release, body_region(release), ())}
    assert sides == {"National Assembly": "overseas"}


def test_the_body_that_met_is_not_a_participant() -> None:
    release = release_of(
        "The Steering Group on Flood Response held a meeting today (March 4). The Drainage "
        "Services Department (DSD) and the Lands Department reported to the Steering Group.",
    )
    names = {o.name for o in find_participants(release, body_region(release),
                                               find_acronyms(release))}
    assert names == {"Drainage Services Department", "Lands Department"}


@pytest.mark.parametrize("body", ["Panel on Harbour Works", "Legislative Council (LegCo) "
                                  "Panel on Harbour Works"])
def test_the_owner_of_the_committee_that_met_is_not_a_participant(body: str) -> None:
    release = release_of(
        "The Legislative Council (LegCo) Panel on Harbour Works will meet the Marine Department "
        "tomorrow (March 5) in Conference Room 2 of the LegCo Complex.",
    )
    names = {o.name for o in find_participants(release, body_region(release),
                                               find_acronyms(release), body=body)}
    assert names == {"Marine Department"}


def test_a_body_named_after_its_parties_keeps_them() -> None:
    release = release_of(
        "The Secretary attended the ASEAN Transport Ministers - Hong Kong Consultations in "
        "Jakarta today (March 4) with the Association of Southeast Asian Nations (ASEAN).",
    )
    names = {o.name for o in find_participants(
        release, body_region(release), find_acronyms(release),
        body="ASEAN Transport Ministers - Hong Kong Consultations")}
    assert "Association of Southeast Asian Nations" in names


def test_a_building_is_not_an_organisation() -> None:
    assert names_in("They met in the Chamber of the Legislative Council Building.") == []
    release = release_of(
        "The Legislative Council (LegCo) Secretariat said the Finance Committee met in the "
        "LegCo Complex today (March 4) with the Treasury.",
    )
    names = {o.name for o in find_organisations(
        release, Span(release.text.index("said"), len(release.text)), find_acronyms(release))}
    assert "Legislative Council" not in names


def test_the_council_at_its_own_sitting_is_not_its_own_participant() -> None:
    """A body the registry knows (the Legislative Council) named as the body that met is
    no party to its own meeting; an organisation the sitting receives still is."""
    release = release_of(
        "The Legislative Council will hold a meeting on Wednesday (March 6) to debate a "
        "motion moved by the Transport Department's reply to Members.",
    )
    own = {o.name for o in find_participants(release, body_region(release),
                                             find_acronyms(release), body="Legislative Council")}
    assert "Legislative Council" not in own
    other = {o.name for o in find_participants(release, body_region(release),
                                               find_acronyms(release), body="Panel on Transport")}
    assert "Legislative Council" in other


def test_a_council_chamber_is_a_room_not_the_council() -> None:
    assert names_in("The Panel will meet on March 6 in the Legislative Council Chamber.") == []
    assert names_in("The Hong Kong General Chamber of Commerce met the Panel.") == [
        "Hong Kong General Chamber of Commerce"]


def test_an_ampersand_is_and_to_the_registry() -> None:
    from pressgraph import registry

    assert registry.find_organisation("Hong Kong & Macao Affairs Office") == \
        registry.find_organisation("Hong Kong and Macao Affairs Office")
    assert registry.find_organisation("Hong Kong & Macao Affairs Office") is not None


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


def test_whom_someone_thanked_and_what_will_happen_do_not_show_attendance() -> None:
    release = release_of(
        "The Steering Group on Flood Response held a meeting today (March 4). The Drainage "
        "Services Department and the Lands Department reported to the Steering Group. The "
        "Secretary thanked the Highways Department for its support. The Lands Department "
        "will activate the Slope Safety Centre when necessary.",
    )
    names = {o.name for o in find_participants(release, body_region(release),
                                               find_acronyms(release))}
    assert names == {"Drainage Services Department", "Lands Department"}


def test_whom_someone_thanked_is_there_when_a_person_there_holds_a_post_in_it() -> None:
    release = release_of(
        "The Chief Executive and the Governor of Guangdong Province, Mr Wang, met today "
        "(March 4). Mr Lee thanked the Guangdong Provincial Government for its support. He "
        "also thanked the Guangdong Provincial Department of Commerce.",
    )
    text = release.text
    title = "Governor of Guangdong Province"
    wang = PersonMention("Wang", Span(0, 1), "Mr", (PostMention(
        title, Span(text.index(title), text.index(title) + len(title))),))
    region, acronyms = body_region(release), find_acronyms(release)
    assert "Guangdong Provincial Government" in {
        o.name for o in find_participants(release, region, acronyms, (wang,))}
    # an office thanked is not thereby there (a place's government is: see below)
    assert "Guangdong Provincial Department of Commerce" not in {
        o.name for o in find_participants(release, region, acronyms)}


def test_a_places_government_thanked_is_addressed_as_a_side() -> None:
    release = release_of(
        "The Chief Executive met the Minister for Trade of Norway, Mr Berg, today (March 4). "
        "Mr Lee thanked the Norwegian Government for its support, and thanked the Central "
        "Government too.",
    )
    found = {o.name: o.side for o in find_participants(release, body_region(release),
                                                         find_acronyms(release))}
    assert found.get("Norwegian Government") == "overseas"
    assert "Central Government" not in found


# --------------------------------------------------------------------------- corpus


def _release(path) -> ParsedRelease:  # type: ignore[no-untyped-def]
    return parse(decode(path.read_bytes(), path.name))


def test_sample_participants_by_side() -> None:
    release = _release(SAMPLE)
    found = find_participants(release, body_region(release), find_acronyms(release))
    by_side: dict[str, list[str]] = {}
    for org in found:
        by_side.setdefault(org.side or "", []).append(org.name)
    assert len(by_side["HKSAR"]) == 6  # five offices and the Government they attend for
    assert "Hong Kong Special Administrative Region" in by_side["HKSAR"]
    assert len(by_side["Mainland"]) == 10
    assert len(by_side["non-government"]) == 4
    assert {o.acronym for o in found} >= {"DPO", "GDDIIT"}
    for org in found:
        for mention in org.mentions:
            assert mention in release.text


@pytest.mark.parametrize("name", [
    "en-2025-10-meeting-expert-group-informatisation",
    "en-2015-12-meeting-hk-guangzhou-working-group",
    "en-2024-07-meeting-joint-conference-plenary",
    "en-2020-10-meeting-environment-jwg-video",
])
def test_corpus_participants_match_gold(name: str) -> None:
    """The whole release read as one meeting, everyone in it leading (releases whose gold
    turns on who leads which meeting, such as an attendee's bureau named only in a post,
    are scored per meeting by tests/test_evaluate.py instead)."""
    release = _release(CORPUS / f"{name}.txt")
    gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    acronyms = find_acronyms(release)
    found = find_participants(release, body_region(release), acronyms,
                              find_people(release, acronyms))
    expected = {}
    for meeting in gold["meetings"]:
        for participant in meeting["participants"]:
            forms = {normalise(m) for m in participant["mentions"]}
            expected[normalise(participant["agency"])] = (participant["side"], forms)
    matched = set()
    for org in found:
        forms = {normalise(m) for m in org.mentions}
        hit = next(k for k, (_, gold_forms) in expected.items() if forms & gold_forms)
        assert expected[hit][0] == org.side, org.name
        matched.add(hit)
    assert matched == set(expected)


def test_corpus_acronyms_match_gold() -> None:
    total = correct = 0
    for path in sorted(CORPUS.glob("en-*.txt")):
        gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        found = {a.short: normalise(a.expansion) for a in find_acronyms(_release(path))}
        for short, expansion in gold["acronyms"].items():
            total += 1
            correct += found.get(short) == normalise(expansion)
        assert set(found) == set(gold["acronyms"]), path.name
    assert correct / total >= 0.95


# --------------------------------------------------------------------------- real-page patterns
# Invented releases modelled on patterns met in real ones.


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


@pytest.mark.parametrize(("name", "side"), [
    ("Bank of Scotland", "overseas"), ("Norway-Hong Kong Business Council", "overseas"),
    ("Ministry of Finance of New Zealand", "overseas"), ("Ministry of Commerce", "Mainland"),
    ("Hong Kong and Macao Affairs Office of the State Council", "Mainland"),
    ("Macao Special Administrative Region", "Macao"),
])
def test_the_side_a_place_in_the_name_gives(name: str, side: str) -> None:
    from pressgraph.extract.org_sides import name_side

    assert name_side(name) == side


def test_hong_kong_office_abroad_is_not_overseas() -> None:
    from pressgraph.extract.org_sides import name_side

    assert name_side("Hong Kong Economic and Trade Office in Tokyo") is None
    assert name_side("Hong Kong Economic and Trade Office in Tokyo", strong_only=False) == "HKSAR"


def test_organisations_only_in_the_narrative_are_not_participants() -> None:
    release = release_of(
        "The Harbourfront Working Group held its sixth meeting today (March 4). Representatives "
        "from the Planning Department (PlanD), the Lands Department and the Marine Department "
        "attended the meeting.",
        "With the support of the Central People's Government, the waterfront has improved. The "
        "Kowloon Ferry Company would also extend its piers next year.")
    names = {o.name for o in find_participants(release, body_region(release),
                                               find_acronyms(release))}
    assert names == {"Planning Department", "Lands Department", "Marine Department"}


def test_listed_organisations_that_sent_officials_are_participants() -> None:
    release = release_of(
        "The Harbourfront Working Group held its sixth meeting today (March 4).",
        "The Water Supplies Department (WSD), the Highways Department and the Urban Renewal "
        "Authority also sent representatives to the meeting.")
    names = {o.name for o in find_participants(release, body_region(release),
                                               find_acronyms(release))}
    assert names == {"Water Supplies Department", "Highways Department", "Urban Renewal Authority"}


# --------------------------------------------------------------------------- real-page classes


def test_a_post_and_a_name_after_an_organisation_are_not_part_of_it() -> None:
    text = ("The Secretary met Lantau Rivers Office of the State Council Deputy Director "
            "Zhou Ming on May 3.")
    assert names_in(text) == ["Lantau Rivers Office of the State Council"]


def test_a_place_joined_by_and_the_is_not_part_of_the_name() -> None:
    text = "the treaty between Hong Kong and the Association of Coastal Towns (ACT) took effect"
    assert names_in(text) == ["Association of Coastal Towns"]


def _participants_of(release: ParsedRelease, **kwargs) -> dict[str, str]:
    acronyms = find_acronyms(release)
    return {o.name: o.side for o in find_participants(release, body_region(release), acronyms,
                                                      **kwargs)}


def test_hosts_of_a_meal_are_not_parties_to_the_meeting() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, met representatives of the Harbour Ferry "
        "Authority today (March 4).",
        "Mr Lo then attended a dinner hosted by the Riverside Traders Federation.",
    )
    names = set(_participants_of(release))
    assert "Harbour Ferry Authority" in names
    assert "Riverside Traders Federation" not in names


def test_an_announced_meeting_keeps_the_parties_of_its_own_sentence() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, will meet officials of the Ministry of "
        "Waterways on Tuesday (March 5).",
        "He will also tour the Ferry Museum of the Upland Water Commission.",
    )
    names = set(_participants_of(release))
    assert "Ministry of Waterways" in names
    assert "Upland Water Commission" not in names


def test_the_body_that_met_is_not_its_own_participant() -> None:
    release = release_of(
        "The Orchard Bay District Council (OBDC) held its meeting today (March 4), attended "
        "by representatives of the Lands Department.",
    )
    names = set(_participants_of(release, body="Orchard Bay District Council"))
    assert "Orchard Bay District Council" not in names
    assert "Lands Department" in names


def test_abroad_a_ministry_is_overseas_unless_its_name_says_otherwise() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, met officials of the Ministry of Waterways, "
        "the National Ferry Board and the Ferry Safety Council today (March 4).",
    )
    assert _participants_of(release) == {"Ministry of Waterways": "Mainland",
                                         "National Ferry Board": "Mainland",
                                         "Ferry Safety Council": "HKSAR"}
    assert _participants_of(release, place_side="overseas") == {
        "Ministry of Waterways": "overseas", "National Ferry Board": "overseas",
        "Ferry Safety Council": "overseas"}


# ------------------------------------------------------------- posts of principals and others


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


def test_on_the_mainland_a_body_nothing_sides_is_the_hosts() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, met officials of the Ferry Safety Council "
        "and the State Administration of Waterways today (March 4).",
    )
    assert _participants_of(release, place_side="Mainland") == {
        "Ferry Safety Council": "Mainland", "State Administration of Waterways": "Mainland"}
    assert _participants_of(release)["Ferry Safety Council"] == "HKSAR"


def test_a_post_and_a_persons_name_before_and_are_not_part_of_the_organisation() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, visited the ministry to meet Vice Minister "
        "Zhou Ming and Department of Rivers & Lakes Director-General Fang Hua today (March 4).",
    )
    names = set(_participants_of(release))
    assert not any(name.startswith("Vice Minister") for name in names)


def test_a_centre_visited_after_the_meeting_is_not_a_party_to_it() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, met members of the Orchard Bay District "
        "Council today (March 4) to exchange views on local issues.",
        "Afterwards, Mr Lo visited the Riverside Youth Centre of the Harbour Care Society.",
    )
    names = set(_participants_of(release))
    assert "Orchard Bay District Council" in names
    assert not any("Riverside" in name for name in names)


def test_an_organisation_visited_to_meet_someone_there_is_a_party() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, met the Director of the Ferry Safety Council "
        "today (March 4).",
        "In the afternoon, Mr Lo visited the Ministry of Waterways to meet Vice Minister "
        "Zhou Ming.",
    )
    assert "Ministry of Waterways" in set(_participants_of(release))


def test_an_institute_or_foundation_met_abroad_is_non_government() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, met the President of the Harbourview "
        "Institute for Maritime Policy today (March 4).",
        "He also met officials of the Ministry of Waterways.",
    )
    assert _participants_of(release, place_side="overseas") == {
        "Harbourview Institute for Maritime Policy": "non-government",
        "Ministry of Waterways": "overseas"}


def test_an_organisation_named_in_the_purpose_of_the_meeting_is_a_topic() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, met the Minister of the Ministry of "
        "Waterways, Mr Zhou Ming, today (March 4) to discuss the setting up of a Harbour "
        "Promotion Office in Lisbon and the work of the European Union.",
    )
    names = set(_participants_of(release))
    assert "Ministry of Waterways" in names
    assert not {"Harbour Promotion Office in Lisbon", "European Union"} & names
