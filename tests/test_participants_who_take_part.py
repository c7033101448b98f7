"""Which organisations named in a release take part in its meeting: not the body that met (or its
owner), not those only in the narrative, thanked, hosting a meal, visited afterwards or named
as a topic; those that sent officials, are visited to meet someone, or name the body do.
"""

from __future__ import annotations

import pytest

from pressgraph.extract import extract
from pressgraph.extract.nametokens import body_region
from pressgraph.extract.org_acronyms import find_acronyms
from pressgraph.extract.participants import find_participants
from pressgraph.model import PersonMention, PostMention, Span
from tests.organisation_releases import _participants_of, release_of


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


def _principal(text: str, title: str, name: str) -> PersonMention:
    start = text.index(title)
    return PersonMention(name, Span(0, 1), "Mr", (PostMention(
        title, Span(start, start + len(title))),))


def _at_justice_call(*paragraphs: str, country: str = "Ruritania") -> dict[str, str]:
    """The participants, with their sides, of the Secretary for Justice's call on another
    country's minister told in a release whose first paragraph goes on with ``paragraphs[0]``;
    the Secretary, Lam, is the principal."""
    first, *rest = paragraphs
    release = release_of(
        f"The Secretary for Justice met the Minister of Justice of {country}, Mr Berg, today "
        f"(March 4). {first}", *rest)
    lam = _principal(release.text, "Secretary for Justice", "Lam")
    return _participants_of(release, people=(lam,), principals=(lam,))


def test_a_principals_government_said_to_act_speaks_as_a_side() -> None:
    """Reported speech names no party, except the government a principal's post is in made
    the subject of what is said ("said the HKSAR Government will ..."): it speaks as a side."""
    found = _at_justice_call("Mr Lam said the Hong Kong Special Administrative Region "
                             "Government will keep building legal ties with Ruritania.")
    assert found.get("Hong Kong Special Administrative Region Government") == "HKSAR"


@pytest.mark.parametrize("statement", [
    # the meeting's account goes on with what the government will do
    "Mr Lam thanked Mr Berg for his visit. The Hong Kong Special Administrative Region "
    "(HKSAR) Government will keep close contact with the Ministry.",
    # inside the principal's own quotation
    'Mr Lam said, "Law is our common ground. The Hong Kong Special Administrative Region '
    'Government will keep building legal ties."',
])
def test_a_principals_government_opening_a_sentence_of_what_it_will_do_speaks_as_a_side(
        statement: str) -> None:
    """A sentence the principal's own government opens with what it will do ("The HKSAR
    Government will maintain close communication with ..."), with no speech verb around it."""
    found = _at_justice_call(statement)
    assert any(name.startswith("Hong Kong Special Administrative Region") and side == "HKSAR"
               for name, side in found.items()), found


@pytest.mark.parametrize("statement", [
    # what it did or values is no commitment of a side
    "The Hong Kong Special Administrative Region Government values the ties with Ruritania.",
    # another government than the principal's
    "The Government of Ruritania will keep close contact with Hong Kong.",
])
def test_a_government_opening_a_sentence_without_saying_what_it_will_do_is_no_side(
        statement: str) -> None:
    found = _at_justice_call(statement)
    assert "Hong Kong Special Administrative Region Government" not in found
    assert "Government of Ruritania" not in found


@pytest.mark.parametrize("said", [
    # the government only the object of what is said
    "Mr Berg said Ruritania valued its ties with the Hong Kong Special Administrative Region "
    "Government.",
    # the subject of a phrase, not of the statement
    "Mr Lam said the Hong Kong Special Administrative Region Government's plans were known.",
])
def test_a_government_only_talked_about_in_speech_does_not_speak_as_a_side(said: str) -> None:
    assert "Hong Kong Special Administrative Region Government" not in _at_justice_call(said)


def test_a_government_said_to_act_with_none_of_its_officials_leading_is_no_side() -> None:
    release = release_of(
        "The Minister of Justice of Ruritania, Mr Berg, met lawyers today (March 4). Mr Berg "
        "said the Hong Kong Special Administrative Region Government will keep building ties.",
    )
    assert "Hong Kong Special Administrative Region Government" not in _participants_of(release)


@pytest.mark.parametrize("supported", [
    "Ms Lam thanked the Norwegian Government for its steady support for the Hong Kong Special "
    "Administrative Region Government.",
    "Mr Berg reaffirmed his support of the Hong Kong Special Administrative Region Government.",
    "Ms Lam thanked Mr Berg for supporting the Hong Kong Special Administrative Region "
    "Government's work.",
])
def test_a_government_supported_is_a_topic_not_a_side(supported: str) -> None:
    """The government support is given to is what is said, no party (settled case "A
    government supported"); a government thanked as the other side stays one."""
    found = _at_justice_call(supported, country="Norway")
    assert "Hong Kong Special Administrative Region Government" not in found
    assert ("Norwegian Government" in found) == ("Norwegian" in supported)


@pytest.mark.parametrize(("closing", "speaks"), [
    (", she added.", True),
    (" next year.", False),  # narrative: no one says it
])
def test_a_principals_government_said_to_act_before_the_speech_verb(closing: str,
                                                                   speaks: bool) -> None:
    """"The HKSAR Government will ..., he added.": the speech verb closes the statement whose
    subject the principal's government is."""
    found = _at_justice_call(
        "Ms Lam welcomed the visit.",
        "The Hong Kong Special Administrative Region Government will keep building legal ties "
        f"with Norway{closing}", country="Norway")
    assert ("Hong Kong Special Administrative Region Government" in found) == speaks


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


def test_an_organisation_named_in_the_purpose_of_the_meeting_is_a_topic() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, met the Minister of the Ministry of "
        "Waterways, Mr Zhou Ming, today (March 4) to discuss the setting up of a Harbour "
        "Promotion Office in Lisbon and the work of the European Union.",
    )
    names = set(_participants_of(release))
    assert "Ministry of Waterways" in names
    assert not {"Harbour Promotion Office in Lisbon", "European Union"} & names


@pytest.mark.parametrize(("tie", "party"), [
    (", marking a new milestone in the relations between Hong Kong and the Association of "
     "Coastal Nations.", False),
    (", marking progress on the Free Trade Agreement (FTA) between Hong Kong and the "
     "Association of Coastal Nations.", False),
    (", the day the Council approved the agreement with the Association of Coastal Nations.",
     False),
    (". They held talks with the Association of Coastal Nations.", True),
])
def test_the_other_party_of_an_agreement_or_relations_is_a_topic(tie: str, party: bool) -> None:
    """An organisation named as the other party of an agreement or of relations ("the FTA
    between Hong Kong and the X") is what is said, not a party; held talks with, it is one."""
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, met the Minister of the Ministry of "
        f"Waterways, Mr Zhou Ming, today (March 4){tie}",
    )
    names = set(_participants_of(release))
    assert "Ministry of Waterways" in names
    assert ("Association of Coastal Nations" in names) == party


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Secretary for Health, Dr Ann Poon, attended the Global Health Forum in Geneva today "
     "(May 3) as a member of the China delegation.", {("China delegation", "Mainland")}),
    ("The Chief Secretary, Mr Ken Lau, met a Canadian Parliamentary delegation at the Central "
     "Government Offices today (May 3).", {("Canadian Parliamentary delegation", "overseas")}),
    ("The Chief Secretary, Mr Ken Lau, met the Hong Kong delegation today (May 3).", set()),
    ("Speaking on behalf of the Hong Kong, China delegation, Mr Ken Lau attended the "
     "forum today (May 3).", set()),
])
def test_a_delegation_named_after_a_country_takes_part(sentence: str,
                                                       expected: set[tuple[str, str]]) -> None:
    release = release_of(sentence)
    found = {(o.name, o.side) for o in find_participants(release, body_region(release),
                                                          find_acronyms(release))
             if "delegation" in o.name}
    assert found == expected


@pytest.mark.parametrize(("later", "taking_part"), [
    ("Also at the briefing, Senior Fisheries Officer of the Marine Department, Dr Ann Poon, "
     "said the ban would stay.", False),
    ("The head of the Marine Department told a forum last week that the ban would stay.", False),
    ("Officers of the Marine Department also attended the meeting.", True),
])
def test_one_persons_post_names_no_participant(later: str, taking_part: bool) -> None:
    release = release_of(
        "The Steering Group on Fish Safety held its fifth meeting today (March 4) and reviewed "
        "the ban.", later)
    names = {o.name for o in find_participants(release, body_region(release),
                                               find_acronyms(release))}
    assert ("Marine Department" in names) is taking_part


def test_the_tail_of_the_bodys_name_is_the_body() -> None:
    """"Steering Committee" of "the Pacific Cities Alliance's Steering Committee": two words
    that end in an organisation's head name the body that met, no party."""
    release = release_of(
        "The Secretary attended the Pacific Cities Alliance's Steering Committee meeting in "
        "Tokyo today (March 4) with officials of the Marine Department.",
    )
    names = set(_participants_of(release, body="Pacific Cities Alliance's Steering Committee"))
    assert "Steering Committee" not in names
    assert "Marine Department" in names


def test_the_body_named_with_its_session_is_the_body() -> None:
    release = release_of(
        "The House Committee for the 2024-2025 session will hold a meeting on Friday (March 8) "
        "to elect its Chairman.",
    )
    names = set(_participants_of(release, body="House Committee"))
    assert not any(name.startswith("House Committee") for name in names)


def _geneva(prior: str) -> list[set[str]]:
    release = release_of(
        "The Secretary for Health, Mr Chan Tai-man, attended the Ocean Health Assembly of the "
        "World Ocean Organisation in Geneva today (March 4) as a member of the China delegation.",
        f"{prior}, Mr Chan met the Minister of Health of Ruritania, Mr Alpha Beta, to exchange "
        "views.",
    )
    return [{o.name for o in m.participants} for m in extract(release).meetings]


def test_another_meetings_body_named_as_the_occasion_is_no_party() -> None:
    """"Prior to the Assembly, he met ...": the Assembly is the release's other meeting, the
    call's occasion, no party to the call."""
    assert _geneva("Prior to the Assembly")[1] == set()


def test_an_organisation_of_the_call_that_is_no_meetings_body_stays() -> None:
    assert _geneva("Prior to his visit to the Ruritania Health Council")[1] == {
        "Ruritania Health Council"}


def _tokyo(adviser: str) -> set[str]:
    release = release_of(
        f"The Secretary for Commerce, Mr Chan Tai-man, met {adviser} in Tokyo today (March 4) "
        "to exchange views.",
    )
    meeting, = extract(release).meetings
    return {o.name for o in meeting.participants}


def test_an_organisation_in_a_clause_describing_someone_is_no_party() -> None:
    """"Dr X, who is also the Vice Chair of Y": Y says who Dr X is; the meeting is with the
    organisation Dr X is met for."""
    assert _tokyo("the Executive Adviser of the Pacific Electric Company, Dr Alpha Beta, who "
                  "is also the Vice Chair of the Ruritania Business Federation,") == {
        "Pacific Electric Company"}


def test_an_organisation_in_the_post_of_the_person_met_stays() -> None:
    assert _tokyo("the Vice Chair of the Ruritania Business Federation, Dr Alpha Beta,") == {
        "Ruritania Business Federation"}


def test_representatives_described_with_being_name_no_party() -> None:
    """"The offices, being the representatives of the X Government, ...": a description,
    not the government's representatives at the meeting."""
    release = release_of(
        "The heads of the trade offices, being the frontline representatives of the Ruritania "
        "Government abroad, met in Tokyo today (March 4) with the Pacific Electric Company.",
    )
    names = {o.name for o in find_participants(release, body_region(release),
                                               find_acronyms(release))}
    assert "Ruritania Government" not in names
    assert "Pacific Electric Company" in names
