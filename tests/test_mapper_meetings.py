"""The mapper's meeting and release nodes: types, ordinal, date, place, status and mode, the body
and series, agenda items, visits, outcomes and statements, what the release is about, its
day and issue time, and a meeting organised by an organisation of the registry.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, RDF, SKOS

from pressgraph import vocab as ns
from pressgraph.mapper import MappedRelease, map_release, ordinal_text
from pressgraph.model import Meeting, ResolvedMeeting
from pressgraph.validate import validate
from pressgraph.vocab import CV, DCT, PG
from tests.mapped_sample import BASE, MEETING, MINTER, OPTIONS, WONG
from tests.resolved_sample import SAMPLE_MEETING_KEY, sample_release


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


@pytest.mark.parametrize(("number", "language", "text"), [
    (1, "en", "1st"), (2, "en", "2nd"), (3, "en", "3rd"), (11, "en", "11th"), (12, "en", "12th"),
    (19, "en", "19th"), (21, "en", "21st"), (112, "en", "112th"), (19, "zh-Hant", "第19次"),
])
def test_ordinal_text(number: int, language: str, text: str) -> None:
    assert ordinal_text(number, language) == text


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
