"""The mapper: a hand-built resolved release (the sample, as extraction and resolution
should deliver it) becomes the graph the ontology describes, and conforms to the shapes."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, SKOS

from pressgraph import mapper
from pressgraph import vocab as ns
from pressgraph.iri import Minter
from pressgraph.mapper import MapOptions, MappedRelease, map_release, ordinal_text
from pressgraph.model import Meeting, PersonMention, ResolvedMeeting, RoleInMeeting
from pressgraph.serialize import ntriples_lines
from pressgraph.validate import validate
from pressgraph.vocab import CV, DCT, OA, PERSON, PG
from tests.resolved_sample import SAMPLE_MEETING_KEY, chinese_release, sample_release

BASE = "https://example.org/lod/"
MINTER = Minter(BASE)
OPTIONS = MapOptions(minter=MINTER, versions=(("pressgraph", "test"), ("rules", "abc")))
MEETING = URIRef(MINTER.thing(SAMPLE_MEETING_KEY))
DPO = URIRef(MINTER.thing("org/digital-policy-office"))
COMMISSIONER = URIRef(MINTER.thing("post/digital-policy-office/commissioner-for-digital-policy"))
WONG = URIRef(MINTER.thing("person/tony-wong"))


@pytest.fixture(scope="module")
def mapped() -> MappedRelease:
    return map_release(sample_release(), OPTIONS)


@pytest.fixture(scope="module")
def graph(mapped: MappedRelease) -> Graph:
    return mapped.graph


def test_sample_conforms_to_the_shapes(graph: Graph) -> None:
    result = validate(graph)
    assert result.conforms, "\n".join(v.describe() for v in result.violations)


def test_chinese_release_conforms_and_keeps_language_tags() -> None:
    graph = map_release(chinese_release(), OPTIONS).graph
    assert validate(graph).conforms
    titles = list(graph.objects(None, DCT.title))
    assert titles and all(isinstance(t, Literal) and t.language == "zh-Hant" for t in titles)


def test_no_blank_nodes_and_every_iri_under_the_base_or_a_vocabulary(graph: Graph) -> None:
    for triple in graph:
        assert not any(isinstance(t, BNode) for t in triple)
    subjects = {str(s) for s in graph.subjects()}
    ours = {s for s in subjects if not s.startswith(str(PG))}
    assert ours and all(s.startswith(BASE) or s == "https://w3id.org/pressgraph/software"
                        for s in ours)


def test_meeting_types_ordinal_date_place(graph: Graph) -> None:
    assert {PG.Meeting, CV.PublicEvent, ns.SCHEMA.Event} <= set(graph.objects(MEETING, RDF.type))
    [ordinal] = graph.objects(MEETING, PG.ordinal)
    assert ordinal == Literal("19", datatype=ns.XSD.positiveInteger)
    assert not set(graph.objects(MEETING, CV.eventNumber))  # pg:ordinal is the one number
    [start] = graph.objects(MEETING, ns.SCHEMA.startDate)
    assert start == Literal("2024-10-09", datatype=ns.XSD.date)
    [place] = graph.objects(MEETING, ns.SCHEMA.location)
    assert (place, RDF.type, ns.SCHEMA.Place) in graph
    assert Literal("廣州", lang="zh-Hant") in set(graph.objects(place, SKOS.prefLabel))
    assert (MEETING, CV.eventStatus, PG["status-held"]) in graph
    # "In person" is the release's reading when it says nothing else: on its mention.
    assert not list(graph.objects(MEETING, ns.SCHEMA.eventAttendanceMode))
    [report] = [m for m in graph.subjects(ns.SCHEMA.about, MEETING)
                if (m, RDF.type, PG.Mention) in graph]
    assert (report, ns.SCHEMA.eventAttendanceMode, ns.SCHEMA.OfflineEventAttendanceMode) in graph
    assert graph.value(report, PG.meetingKind) is not None


def test_body_and_series(graph: Graph) -> None:
    [body] = graph.objects(MEETING, ns.SCHEMA.organizer)
    [series] = graph.objects(MEETING, ns.SCHEMA.superEvent)
    assert (body, RDF.type, ORG.OrganizationalCollaboration) in graph
    assert (series, RDF.type, ns.SCHEMA.EventSeries) in graph
    assert (series, ns.SCHEMA.organizer, body) in graph
    # The body is the registry's: its names are the registry's, one preferred per language.
    assert Literal("Expert Group on Co-operation in Informatisation", lang="en") in set(
        graph.objects(body, SKOS.altLabel))
    assert {lbl.language for lbl in graph.objects(body, SKOS.prefLabel)} == {
        "en", "zh-Hant", "zh-Hans"}


def test_release_is_about_the_meeting_and_mentions_documents(mapped: MappedRelease,
                                                              graph: Graph) -> None:
    release = URIRef(mapped.release_iri)
    assert (release, ns.SCHEMA.about, MEETING) in graph
    documents = [o for o in graph.objects(release, ns.SCHEMA.mentions)
                 if (o, RDF.type, FOAF.Document) in graph]
    titles = {str(graph.value(d, DCT.title)) for d in documents}
    assert titles == {"Guangdong's Research Report on Development of New Quality Productive "
                      "Forces 2023", "Hong Kong I&T Development Blueprint"}


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


def test_agenda_items_are_the_releases_own_numbered_nodes(mapped: MappedRelease,
                                                          graph: Graph) -> None:
    items = sorted(graph.objects(MEETING, PG.agendaItem), key=str)
    report = f"{mapped.release_iri}/mention/{SAMPLE_MEETING_KEY}"
    assert (URIRef(report), ns.SCHEMA.about, MEETING) in graph
    assert [str(i) for i in items] == [f"{report}/agenda/{n}" for n in range(1, 6)]
    positions = [graph.value(i, ns.SCHEMA.position) for i in items]
    assert positions == [Literal(str(n), datatype=ns.XSD.integer) for n in range(1, 6)]
    assert graph.value(items[2], DCT.title) == Literal(
        "enhancing informatisation for cross-boundary customs clearance", lang="en")
    assert graph.value(items[2], ns.RDFS.label) == Literal(
        "3. enhancing informatisation for cross-boundary customs clearance", lang="en")
    assert not list(graph.subjects(RDF.type, RDF.List))


def test_visit_outcome_statement(mapped: MappedRelease, graph: Graph) -> None:
    [visit] = graph.subjects(RDF.type, PG.Visit)
    assert (visit, ns.SCHEMA.superEvent, MEETING) in graph
    gddiit = URIRef(MINTER.thing(
        "org/department-of-industry-and-information-technology-of-guangdong-province"))
    assert (visit, PG.arrangedBy, gddiit) in graph
    assert str(visit).startswith(f"{mapped.release_iri}/mention/")
    assert graph.value(graph.value(visit, PG.visited), ns.RDFS.label) == Literal(
        "Guangzhou Digital Technology Group", lang="en")
    assert graph.value(visit, ns.RDFS.label) == Literal(
        "Visit to Guangzhou Digital Technology Group", lang="en")
    [outcome] = graph.objects(MEETING, PG.outcome)
    assert (outcome, RDF.type, PG.Outcome) in graph
    [statement] = graph.subjects(RDF.type, ns.SCHEMA.Quotation)
    assert (statement, ns.SCHEMA.creator, WONG) in graph
    assert (statement, ns.SCHEMA.isPartOf, URIRef(mapped.release_iri)) in graph


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


def test_concepts_used_are_labelled_in_the_graph(graph: Graph) -> None:
    for concept in (PG["side-hksar"], PG["role-convenor"], PG["status-held"]):
        assert (concept, RDF.type, SKOS.Concept) in graph
        assert graph.value(concept, SKOS.inScheme) is not None
        labels = set(graph.objects(concept, SKOS.prefLabel))
        assert {lbl.language for lbl in labels if isinstance(lbl, Literal)} == {
            "en", "zh-Hant", "zh-Hans"}
        scheme = graph.value(concept, SKOS.inScheme)
        assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
        assert {lbl.language for lbl in graph.objects(scheme, SKOS.prefLabel)} == {
            "en", "zh-Hant", "zh-Hans"}


def test_every_extracted_node_has_evidence_that_quotes_the_text(mapped: MappedRelease,
                                                                 graph: Graph) -> None:
    text = sample_release().release.text
    extracted = set(graph.subjects(PROV.wasDerivedFrom, URIRef(mapped.release_iri)))
    extracted.discard(URIRef(mapped.graph_iri))
    assert len(extracted) > 40
    for node in extracted:
        spans = list(graph.objects(node, PG.evidence))
        assert spans, f"{node} has no evidence"
        for span in spans:
            start, end = (int(x) for x in str(span).rsplit("/", 1)[1].split("-"))
            quotes = [graph.value(s, OA.exact) for s in graph.objects(span, OA.hasSelector)]
            assert Literal(text[start:end]) in quotes


def test_evidence_can_be_left_out(mapped: MappedRelease) -> None:
    options = dataclasses.replace(OPTIONS, evidence=False)
    graph = map_release(sample_release(), options).graph
    assert not list(graph.triples((None, PG.evidence, None)))
    assert not list(graph.subjects(RDF.type, OA.SpecificResource))
    assert (MEETING, PROV.wasDerivedFrom, URIRef(mapped.release_iri)) in graph
    assert validate(graph).conforms


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


def test_video_conference_planned_meeting_without_ordinal() -> None:
    resolved = sample_release()
    [rm] = resolved.meetings
    meeting = Meeting(span=rm.meeting.span, status="planned", mode="video conference",
                      date=date(2024, 11, 1))
    resolved = dataclasses.replace(resolved, meetings=(ResolvedMeeting(meeting, rm.key),))
    graph = map_release(resolved, OPTIONS).graph
    # Planned as of this release's date: its mention says so; the meeting has no status yet.
    assert not list(graph.objects(MEETING, CV.eventStatus))
    [report] = [m for m in graph.subjects(ns.SCHEMA.about, MEETING)
                if (m, RDF.type, PG.Mention) in graph]
    assert (report, CV.eventStatus, PG["status-planned"]) in graph
    assert (MEETING, ns.SCHEMA.eventAttendanceMode, ns.SCHEMA.OnlineEventAttendanceMode) in graph
    assert not list(graph.objects(MEETING, PG.ordinal))
    assert validate(graph).conforms


def test_mapping_is_deterministic() -> None:
    first = ntriples_lines(map_release(sample_release(), OPTIONS).graph)
    second = ntriples_lines(map_release(sample_release(), OPTIONS).graph)
    assert first == second


def test_run_iri_depends_only_on_versions(mapped: MappedRelease, graph: Graph) -> None:
    run = graph.value(URIRef(mapped.graph_iri), PROV.wasGeneratedBy)
    assert str(run) == MINTER.run(OPTIONS.versions)
    assert not list(graph.objects(run, PROV.startedAtTime))


@pytest.mark.parametrize(("number", "language", "text"), [
    (1, "en", "1st"), (2, "en", "2nd"), (3, "en", "3rd"), (11, "en", "11th"), (12, "en", "12th"),
    (19, "en", "19th"), (21, "en", "21st"), (112, "en", "112th"), (19, "zh-Hant", "第19次"),
])
def test_ordinal_text(number: int, language: str, text: str) -> None:
    assert ordinal_text(number, language) == text


def test_conflicting_mentions_are_warned_about_and_the_graph_still_conforms() -> None:
    """Extraction may repeat an agenda number, an agency with another side, or a meeting;
    the mapper keeps the first and warns, so one slip does not reject the release."""
    resolved = sample_release()
    [rm] = resolved.meetings
    dpo = rm.meeting.participants[0]
    meeting = dataclasses.replace(
        rm.meeting,
        agenda=(*rm.meeting.agenda, dataclasses.replace(rm.meeting.agenda[0], text="repeated")),
        participants=(*rm.meeting.participants, dataclasses.replace(dpo, side="Mainland")),
    )
    again = ResolvedMeeting(meeting, rm.key, rm.body, rm.series, rm.place)
    resolved = dataclasses.replace(resolved, meetings=(again, again))
    mapped = map_release(resolved, OPTIONS)
    assert any("agenda item 1" in w for w in mapped.warnings)
    assert any("reported twice" in w for w in mapped.warnings)
    assert any(str(PG.side) in w for w in mapped.warnings)
    result = validate(mapped.graph)
    assert result.conforms, "\n".join(v.describe() for v in result.violations)


def test_an_unlabelled_ref_is_labelled_by_its_mention_once_per_language() -> None:
    resolved = sample_release()
    blank = dataclasses.replace(resolved.organisation("Digital Policy Office"), labels=(),
                                from_registry=True, acronyms=("DPO",))
    organisations = tuple((name, blank if name in ("Digital Policy Office", "Marine Department")
                           else ref) for name, ref in resolved.organisations)
    graph = map_release(dataclasses.replace(resolved, organisations=organisations), OPTIONS).graph
    preferred = list(graph.objects(DPO, SKOS.prefLabel))
    assert len(preferred) == 1
    assert (DPO, PG.acronym, Literal("DPO", lang="en")) in graph
    assert validate(graph).conforms


def test_a_minted_name_is_a_label_not_a_preferred_label() -> None:
    """A name the registry does not know is as the release prints it (rdfs:label): another
    release may print the same key's name otherwise, and SKOS allows one prefLabel."""
    resolved = sample_release()
    minted = dataclasses.replace(resolved.organisation("Digital Policy Office"),
                                 from_registry=False, alt_labels=(), acronyms=())
    organisations = tuple((name, minted if name == "Digital Policy Office" else ref)
                          for name, ref in resolved.organisations)
    graph = map_release(dataclasses.replace(resolved, organisations=organisations), OPTIONS).graph
    assert not list(graph.objects(DPO, SKOS.prefLabel))
    assert Literal("Digital Policy Office", lang="en") in set(graph.objects(DPO, ns.RDFS.label))
    assert validate(graph).conforms


def test_every_name_a_release_prints_for_a_minted_node_is_a_label() -> None:
    """The short-form name of a body (``alt_labels`` of a minted Ref) is printed by the
    release too: a label beside the first, so the node is found by either."""
    resolved = sample_release()
    minted = dataclasses.replace(resolved.organisation("Digital Policy Office"),
                                 from_registry=False, acronyms=(),
                                 alt_labels=(("en", "DPO Office"),))
    organisations = tuple((name, minted if name == "Digital Policy Office" else ref)
                          for name, ref in resolved.organisations)
    graph = map_release(dataclasses.replace(resolved, organisations=organisations), OPTIONS).graph
    labels = set(graph.objects(DPO, ns.RDFS.label))
    assert {Literal("Digital Policy Office", lang="en"), Literal("DPO Office", lang="en")} <= labels
    assert not list(graph.objects(DPO, SKOS.prefLabel))
    assert validate(graph).conforms


@pytest.mark.parametrize(("language", "body", "ordinal", "label"), [
    ("en", "Pacific Rim Ministerial Meeting", None,
     "The Pacific Rim Ministerial Meeting, 9 October 2024"),
    ("en", "Pacific Rim Ministerial Meeting", 3,
     "3rd Meeting of the Pacific Rim Ministerial Meeting, 9 October 2024"),
    ("en", "Commission on Poverty", None, "Meeting of the Commission on Poverty, 9 October 2024"),
    ("zh-Hant", "環球商貿組織部長級會議", None, "環球商貿組織部長級會議（2024年10月9日）"),
    ("zh-Hant", "扶貧委員會", None, "扶貧委員會會議（2024年10月9日）"),
])
def test_a_meeting_named_as_a_meeting_is_labelled_by_its_name(language: str, body: str,
                                                             ordinal: int | None,
                                                             label: str) -> None:
    from pressgraph.naming import meeting_label

    assert meeting_label(language, body=body, ordinal=ordinal, day=date(2024, 10, 9)) == label


def test_minted_iris_for_new_kinds_are_safe_and_distinct() -> None:
    release = MINTER.release("P2024100900401", "en")
    assert MINTER.membership(release, 2) == f"{release}/membership/2"
    rendition = MINTER.rendition(release, "ab" * 32)
    assert rendition == f"{release}/rendition/{'ab' * 6}"
    assert MINTER.span(rendition, 3, 9) == f"{rendition}/span/3-9"
    report = MINTER.mention(release, "meeting/x/1")
    assert report == f"{release}/mention/meeting/x/1"
    assert MINTER.agenda_item(report, 2) == f"{report}/agenda/2"
    with pytest.raises(ValueError):
        MINTER.rendition(release, "not a digest")
    with pytest.raises(ValueError):
        MINTER.mention(release, "meeting/../x")
    assert MINTER.participation("meeting/x/1", "co-chair", "org/y") == \
        f"{BASE}id/meeting/x/1/participation/co-chair/org/y"
    assert MINTER.document("Hong Kong I&T Development Blueprint").endswith(
        "/id/document/hong-kong-i-and-t-development-blueprint")
    with pytest.raises(ValueError):
        MINTER.participation("meeting/x/1", "Co Chair", "org/y")
    with pytest.raises(ValueError):
        MINTER.visit(report, 0)


def test_violations_name_the_release_and_quote_the_evidence(mapped: MappedRelease) -> None:
    from pressgraph.validate import ValidationResult, Violation, with_context

    graph = Graph()
    for triple in mapped.graph:
        graph.add(triple)
    midnight = Literal("2024-10-09T00:00:00", datatype=ns.XSD.dateTime)
    graph.add((MEETING, ns.SCHEMA.startDate, midnight))
    result = validate(graph)
    [violation] = [v for v in result.violations if v.component == "DatatypeConstraintComponent"]
    assert violation.release == mapped.release_iri
    assert violation.evidence is not None and violation.evidence.startswith(
        "The Hong Kong/Guangdong Expert Group on Co-operation in Informatisation convened")
    line = violation.describe("seeds/000.txt")
    assert line.startswith(f"seeds/000.txt: release {mapped.release_iri}: {MEETING} ")
    assert "xsd:date" in line and 'from the text: "The Hong Kong/Guangdong' in line
    bare = Violation(str(MEETING), None, "m", "Violation", "s", "c")
    [filled] = with_context(ValidationResult(False, (bare,)), graph).violations
    assert filled.evidence == violation.evidence and filled.release == mapped.release_iri


def test_graph_read_back_from_an_oxigraph_store_still_conforms(graph: Graph) -> None:
    """Oxigraph stores xsd:positiveInteger and xsd:nonNegativeInteger as xsd:integer."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load("".join(ntriples_lines(graph)).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    dumped = store.dump(format=ox.RdfFormat.N_QUADS, from_graph=ox.DefaultGraph())
    assert dumped is not None and b"#positiveInteger" not in dumped
    back = Graph().parse(data=dumped.decode("utf-8"), format="nt")
    assert len(back) == len(graph)
    assert validate(back).conforms


# --------------------------------------------------------------------------- properties

SIDES = st.sampled_from([None, "HKSAR", "Mainland", "Macao", "overseas", "non-government"])
ROLES = st.sampled_from(["chair", "co-chair", "convenor", "host", "principal", "attendee"])


@st.composite
def varied_releases(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    """The sample with its facts shuffled, dropped, repeated and re-labelled at random."""
    resolved = sample_release(drop_people=draw(st.booleans()))
    [rm] = resolved.meetings
    m = rm.meeting
    participants = draw(st.lists(st.sampled_from(m.participants), max_size=8))
    participants = [dataclasses.replace(p, side=draw(SIDES)) for p in participants]
    people = [r.person for r in m.roles]
    roles = [RoleInMeeting(draw(st.sampled_from(people)), draw(ROLES))
             for _ in range(draw(st.integers(0, 3)))]
    agenda = draw(st.lists(st.sampled_from(m.agenda), max_size=6))
    meeting = dataclasses.replace(
        m, participants=tuple(participants), roles=tuple(roles), agenda=tuple(agenda),
        status=draw(st.sampled_from(["held", "planned"])),
        mode=draw(st.sampled_from(["in person", "video conference"])),
        ordinal=draw(st.one_of(st.none(), st.integers(1, 500))),
        date=draw(st.one_of(st.none(), st.dates(date(1997, 7, 1), date(2047, 6, 30)))),
        visits=m.visits if draw(st.booleans()) else (),
        outcomes=m.outcomes if draw(st.booleans()) else (),
    )
    keep = draw(st.sampled_from([(True, True, True), (False, True, True), (True, False, False)]))
    again = ResolvedMeeting(meeting, rm.key, rm.body if keep[0] else None,
                            rm.series if keep[1] else None, rm.place if keep[2] else None)
    organisations = tuple(pair for pair in resolved.organisations
                          if draw(st.integers(0, 9)) > 0)  # now and then a name is unresolved
    return dataclasses.replace(resolved, meetings=(again,), organisations=organisations)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(varied_releases(), st.booleans())
def test_any_mix_of_facts_maps_to_a_conforming_graph(resolved, evidence: bool) -> None:  # type: ignore[no-untyped-def]
    options = dataclasses.replace(OPTIONS, evidence=evidence)
    mapped = map_release(resolved, options)
    assert not any(isinstance(t, BNode) for triple in mapped.graph for t in triple)
    result = validate(mapped.graph)
    assert result.conforms, "\n".join(v.describe() for v in result.violations)


# --------------------------------------------------------------------------- posts' wording

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


def test_memberships_keep_the_release_wording_of_each_post() -> None:
    graph = _wording_graph()
    titles = list(graph.objects(None, PG.postTitle))
    assert titles and all(isinstance(t, Literal) and t.language == "en" for t in titles)
    # An abbreviation standing for the post's organisation is written out.
    assert _titles_of(graph, "Chan Kwok-ki") == {"Chief Secretary for Administration",
                                                 "Chairperson of the Commission on Poverty"}
    # "its" with nothing before it in the post reads as "the" ...
    assert _titles_of(graph, "Gao Zhongwen") == {
        "Head of the Department of Sea Area and Island Management"}
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


def _uncached_terms(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the mapper build every term anew, as rdflib would without the term caches."""
    from pressgraph import mapper_meetings

    for module in (mapper, mapper_meetings):
        monkeypatch.setattr(module, "_uri", URIRef)
        monkeypatch.setattr(module, "_plain_literal", Literal)
        monkeypatch.setattr(module, "_lang_literal", lambda value, language: Literal(
            value, lang=language))
        monkeypatch.setattr(module, "_typed_literal", lambda value, datatype: Literal(
            value, datatype=datatype))


def _statements(mapped: MappedRelease) -> list[str]:
    """Every triple in the order the mapper wrote it, literals with datatype and language."""
    return [repr(triple) for triple in mapped.triples]


def test_term_caches_change_no_statement_and_no_order(monkeypatch: pytest.MonkeyPatch) -> None:
    map_release(chinese_release(), OPTIONS)  # the caches hold another release's terms too
    cached = _statements(map_release(sample_release(), OPTIONS))
    _uncached_terms(monkeypatch)
    assert _statements(map_release(sample_release(), OPTIONS)) == cached
    assert any("datatype=" in s for s in cached) and any("lang=" in s for s in cached)


def test_cached_literals_keep_the_lexical_form_of_their_python_type() -> None:
    assert str(mapper._typed_literal(1, ns.XSD.double)) == "1"
    assert str(mapper._typed_literal(1.0, ns.XSD.double)) == "1.0"  # 1.0 == 1, but not here
    assert mapper._typed_literal("2", ns.XSD.integer) is mapper._typed_literal("2",
                                                                              ns.XSD.integer)


def test_namespace_terms_are_the_namespaces_terms_built_once() -> None:
    terms = ns.Terms(ORG)
    assert terms.postIn == ORG.postIn and type(terms.postIn) is URIRef
    assert terms.postIn is terms.postIn
    assert terms["memberOf"] == ORG.memberOf and terms["memberOf"] is terms["memberOf"]
    assert ns.Terms(PG)["role-chair"] == PG["role-chair"]
    with pytest.raises(AttributeError):
        _ = terms.noSuchTerm  # a closed namespace refuses unknown names, as ORG does
    with pytest.raises(AttributeError):
        _ = terms._private


def test_a_span_shared_by_several_nodes_is_annotated_once(graph: Graph) -> None:
    spans = list(graph.subjects(RDF.type, OA.SpecificResource))
    assert spans
    shared = [s for s in spans if len(set(graph.subjects(PG.evidence, s))) > 1]
    assert shared, "the sample has facts extracted from the same words"
    for span in spans:
        selectors = list(graph.objects(span, OA.hasSelector))
        assert len(selectors) == 2
        assert sum(len(list(graph.objects(s, OA.exact))) for s in selectors) == 1
        assert sum(len(list(graph.objects(s, OA.start))) for s in selectors) == 1


def test_a_remembered_key_is_minted_as_before_and_unsafe_keys_still_fail() -> None:
    minter = Minter(BASE)
    first = minter.thing("org/digital-policy-office")
    assert first == f"{BASE}id/org/digital-policy-office"
    assert minter.thing("org/digital-policy-office") == first
    for _ in range(2):
        with pytest.raises(ValueError):
            minter.thing("org/Not Safe")


def test_a_release_without_an_issue_time_has_a_day_and_no_dct_issued() -> None:
    """One datatype per property: dct:issued is only ever an xsd:dateTime; the day alone
    (a dateline without its time, or a URL) is pg:releaseDate, an xsd:date."""
    resolved = sample_release()
    release = dataclasses.replace(resolved.extraction.release, issued=None, issued_time=None)
    undated = dataclasses.replace(resolved, extraction=dataclasses.replace(
        resolved.extraction, release=release))
    mapped = map_release(undated, OPTIONS)
    release_iri = URIRef(mapped.release_iri)
    assert not list(mapped.graph.objects(release_iri, DCT.issued))
    assert list(mapped.graph.objects(release_iri, PG.releaseDate)) == [
        Literal("2024-10-09", datatype=ns.XSD.date)]
    assert validate(mapped.graph).conforms
    timed = map_release(resolved, OPTIONS).graph
    assert [o.datatype for o in timed.objects(release_iri, DCT.issued)] == [ns.XSD.dateTime]


def test_a_meeting_of_an_organisation_of_the_registry_is_organised_by_it() -> None:
    """A legislature holds meetings but is an organisation, not a standing body of the
    registry: the meeting keeps it as organiser and the release is written whole."""
    from pressgraph.pipeline import map_options, process_source
    from pressgraph.reader import decode

    text = ("立法會將舉行會議\n\n"
            "  立法會將於星期三(3月6日)上午11時在立法會綜合大樓會議廳舉行會議,"
            "議員會就三項議案發言。\n\n"
            "2024年3月4日(星期一)\n香港時間16時00分\n")
    processed = process_source(decode(text.encode("utf-8"), "l.txt"), map_options(BASE))
    assert processed.conforms and not processed.rejections
    graph = processed.mapped.graph
    [meeting] = graph.subjects(RDF.type, PG.Meeting)
    organiser = graph.value(meeting, ns.SCHEMA.organizer)
    assert organiser is not None and (organiser, RDF.type, ORG.Organization) in graph
    assert Literal("立法會", lang="zh-Hant") in set(graph.objects(organiser, SKOS.prefLabel))


def test_a_registry_post_named_without_a_side_sits_on_its_organisations_side() -> None:
    from pressgraph.mapper_meetings import registry_side

    assert registry_side("post/hksar/government/chief-executive") == "HKSAR"
    assert registry_side("post/no-such/post") is None
