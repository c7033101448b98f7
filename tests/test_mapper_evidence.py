"""The mapper's evidence: every extracted node quotes the text it comes from, a span several nodes
share is annotated once, evidence can be left out, and violations name the release and quote
the evidence.
"""

from __future__ import annotations

import dataclasses

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF

from pressgraph import vocab as ns
from pressgraph.mapper import MappedRelease, map_release
from pressgraph.validate import validate
from pressgraph.vocab import OA, PG
from tests.mapped_sample import MEETING, OPTIONS
from tests.resolved_sample import sample_release


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
