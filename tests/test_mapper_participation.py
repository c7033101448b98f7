"""The mapper's participations and memberships: every attending organisation with its side, the
convenor's post held ex officio, memberships dated by the release and keeping the release's
wording of each post, acronyms on the release's mention, and people unresolved or known only
by their post.
"""

from __future__ import annotations

import dataclasses

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, RDF, RDFS

from pressgraph import vocab as ns
from pressgraph.mapper import map_release
from pressgraph.model import PersonMention, ResolvedMeeting, RoleInMeeting
from pressgraph.validate import validate
from pressgraph.vocab import CV, PERSON, PG
from tests.mapped_sample import BASE, COMMISSIONER, DPO, MEETING, MINTER, OPTIONS, WONG
from tests.resolved_sample import sample_release


def participations(graph: Graph) -> list[URIRef]:
    return sorted(graph.objects(MEETING, CV.hasParticipation))  # type: ignore[arg-type]


def test_every_attending_organisation_has_a_participation_with_side(graph: Graph) -> None:
    by_side: dict[str, int] = {}
    for p in participations(graph):
        participant = graph.value(p, CV.hasParticipant)
        if (participant, RDF.type, ORG.Organization) in graph:
            side = str(graph.value(p, PG.side)).removeprefix(str(PG))
            by_side[side] = by_side.get(side, 0) + 1
            assert str(p).startswith(f"{MEETING}/participation/")
            assert (MEETING, ns.SCHEMA.attendee, participant) in graph
    assert by_side == {"side-hksar": 5, "side-mainland": 10, "side-non-government": 4}


def test_delegation_members_are_not_typed_public(graph: Graph) -> None:
    cyberport = URIRef(MINTER.thing("org/cyberport"))
    assert (cyberport, RDF.type, ns.SCHEMA.Organization) in graph
    assert (cyberport, RDF.type, CV.PublicOrganisation) not in graph
    assert {CV.PublicOrganisation, ns.SCHEMA.GovernmentOrganization, ORG.Organization} <= set(
        graph.objects(DPO, RDF.type))


def test_convenor_is_the_post_ex_officio_held_by_the_person(graph: Graph) -> None:
    convenors = [p for p in participations(graph)
                 if graph.value(p, CV.role) == PG["role-convenor"]]
    assert {graph.value(p, CV.hasParticipant) for p in convenors} >= {COMMISSIONER}
    assert (COMMISSIONER, RDF.type, ORG.Post) in graph
    # The post held is the release's report, on its own membership: nothing is said of the
    # shared person beyond the name; the post is in the organisation its key is under.
    [membership] = graph.subjects(ORG.member, WONG)
    assert (membership, PG.post, COMMISSIONER) in graph
    assert (membership, ORG.organization, DPO) in graph
    assert not list(graph.objects(WONG, ORG.holds))
    assert list(graph.objects(COMMISSIONER, ORG.postIn)) == [DPO]
    assert {PERSON.Person, ns.SCHEMA.Person} <= set(graph.objects(WONG, RDF.type))
    assert graph.value(WONG, FOAF.name) == Literal("Tony Wong", lang="en")
    # The honorific is the release's wording: on its mention of the person.
    assert not list(graph.objects(WONG, ns.SCHEMA.honorificPrefix))
    [mention] = graph.subjects(ns.SCHEMA.about, WONG)
    assert (mention, RDF.type, PG.Mention) in graph
    assert graph.value(mention, ns.SCHEMA.honorificPrefix) == Literal("Mr", lang="en")


def test_membership_is_dated_by_the_release_date(graph: Graph) -> None:
    [membership] = graph.subjects(ORG.member, WONG)
    assert (membership, RDF.type, ORG.Membership) in graph
    assert (membership, PG.post, COMMISSIONER) in graph
    assert (membership, ORG.organization, DPO) in graph
    interval = graph.value(membership, ORG.memberDuring)
    day = graph.value(interval, ns.TIME.inside)
    assert graph.value(day, ns.TIME.inXSDDate) == Literal("2024-10-09", datatype=ns.XSD.date)


def test_acronyms_a_release_defines_are_on_its_mention_of_the_agency(graph: Graph) -> None:
    # The sample's agencies are minted from their names: an acronym the release defines is
    # the release's wording, on its mention of the agency, not a label of the shared node.
    assert not list(graph.objects(DPO, PG.acronym))
    [mention] = graph.subjects(PG.acronym, Literal("DPO", lang="en"))
    assert (mention, RDF.type, PG.Mention) in graph
    assert graph.value(mention, ns.SCHEMA.about) == DPO
    assert list(graph.objects(mention, PG.evidence))
    [mention] = graph.subjects(PG.acronym, Literal("GDDIIT", lang="en"))
    assert str(graph.value(mention, ns.SCHEMA.about)).endswith(
        "/org/department-of-industry-and-information-technology-of-guangdong-province")
    # "HKSAR" expands to a name resolution did not resolve: no node is made up for it.
    assert not list(graph.subjects(PG.acronym, Literal("HKSAR", lang="en")))


def test_unresolved_people_are_skipped_with_a_warning_not_minted() -> None:
    mapped = map_release(sample_release(drop_people=True), OPTIONS)
    graph = mapped.graph
    assert any("Tony Wong" in w for w in mapped.warnings)
    assert not list(graph.subjects(RDF.type, PERSON.Person))
    assert not any("tony-wong" in str(s) for s in graph.subjects())
    # The post still takes part ex officio, and the graph still conforms.
    assert (COMMISSIONER, RDF.type, ORG.Post) in graph
    assert validate(graph).conforms


def test_chair_known_only_by_post() -> None:
    resolved = sample_release()
    [rm] = resolved.meetings
    [commissioner] = rm.meeting.roles[0].person.posts
    post_only = PersonMention(None, commissioner.span, None, (commissioner,))
    meeting = dataclasses.replace(rm.meeting, roles=(RoleInMeeting(post_only, "chair"),))
    resolved = dataclasses.replace(resolved, meetings=(ResolvedMeeting(meeting, rm.key, rm.body,
                                                                       rm.series, rm.place),),
                                   extraction=dataclasses.replace(resolved.extraction, people=(),
                                                                  statements=()))
    graph = map_release(resolved, OPTIONS).graph
    [chair] = [p for p in graph.objects(MEETING, CV.hasParticipation)
               if graph.value(p, CV.role) == PG["role-chair"]]
    assert graph.value(chair, CV.hasParticipant) == COMMISSIONER
    assert not list(graph.subjects(RDF.type, PERSON.Person))
    assert not list(graph.subjects(RDF.type, ORG.Membership))


WORDING_RELEASE = "\n\n".join((
    "Officials meet in Kunming",
    "     The Commission on Poverty (CoP) met today (March 4). The meeting was chaired by the "
    "Chief Secretary for Administration, Mr Chan Kwok-ki, who is the Chairperson of the CoP.",
    "     Later, the Secretary for Health, Professor Lo Chung-mau, visited the Ministry of "
    "Natural Resources, where the Head of its Department of Sea Area and Island Management, "
    "Mr Gao Zhongwen, received him.",
    "     A working meeting was co-chaired by the Member of the Standing Committee of the CPC "
    "Yunnan Provincial Committee, Director of its Organization Department and Director of the "
    "Office of its Leading Group on Talent Work, Mr Zhao Lan.",
    "Ends/Monday, March 4, 2024\nIssued at HKT 10:00\n",
))


def _wording_graph() -> Graph:
    from pressgraph.pipeline import map_options, process_source
    from pressgraph.reader import decode

    processed = process_source(decode(WORDING_RELEASE.encode("utf-8"), "w.txt"),
                               map_options(BASE))
    assert processed.conforms
    return processed.mapped.graph


def _titles_of(graph: Graph, name: str) -> set[str]:
    """The wording of every post the person with this English name holds in the graph."""
    [person] = {p for p in graph.subjects(FOAF.name, Literal(name, lang="en"))}
    return {str(graph.value(m, PG.postTitle)) for m in graph.subjects(ORG.member, person)}


def _labels_of(graph: Graph, name: str) -> set[str]:
    """The English labels of every membership of the person with this English name."""
    [person] = {p for p in graph.subjects(FOAF.name, Literal(name, lang="en"))}
    return {str(label) for m in graph.subjects(ORG.member, person)
            for label in graph.objects(m, RDFS.label) if label.language == "en"}


def test_memberships_keep_the_release_wording_of_each_post() -> None:
    graph = _wording_graph()
    titles = list(graph.objects(None, PG.postTitle))
    assert titles and all(isinstance(t, Literal) and t.language == "en" for t in titles)
    # The title is the post as printed: an abbreviation stays as the release prints it ...
    assert _titles_of(graph, "Chan Kwok-ki") == {"Chief Secretary for Administration",
                                                 "Chairperson of the CoP"}
    assert _titles_of(graph, "Gao Zhongwen") == {
        "Head of its Department of Sea Area and Island Management"}
    # ... while the membership's label reads without the release: the abbreviation standing
    # for the post's organisation written out, and "its" with nothing before it in the post
    # read as "the" ...
    assert any(label.startswith("Chan Kwok-ki, Chairperson of the Commission on Poverty")
               for label in _labels_of(graph, "Chan Kwok-ki"))
    assert any("Head of the Department of Sea Area" in label
               for label in _labels_of(graph, "Gao Zhongwen"))
    # ... but in a run of posts it is the organisation the run has just named.
    assert _titles_of(graph, "Zhao Lan") == {
        "Member of the Standing Committee of the CPC Yunnan Provincial Committee",
        "Director of its Organization Department",
        "Director of the Office of its Leading Group on Talent Work"}


def test_a_chair_with_several_posts_takes_part_in_each() -> None:
    graph = _wording_graph()
    zhao = URIRef(MINTER.thing("person/zhao-lan"))
    held = {graph.value(m, PG.post) for m in graph.subjects(ORG.member, zhao)}
    chairing = {graph.value(p, CV.hasParticipant)
                for p in graph.subjects(RDF.type, CV.Participation)
                if graph.value(p, CV.role) == PG["role-co-chair"]}
    assert len(held) == 3 and held <= chairing


def test_a_registry_post_named_without_a_side_sits_on_its_organisations_side() -> None:
    from pressgraph.mapper_meetings import registry_side

    assert registry_side("post/hksar/government/chief-executive") == "HKSAR"
    assert registry_side("post/no-such/post") is None
