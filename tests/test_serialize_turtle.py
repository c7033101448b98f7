"""The Turtle writer: 'a' only as a verb, prefixed names only where they are valid."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from pressgraph.errors import MappingError
from pressgraph.serialize import GraphChunk, Prefixes, serialize


def test_rdf_type_as_an_object_is_written_in_full() -> None:
    graph = Graph()
    subject = URIRef("https://example.org/id/x")
    graph.add((subject, RDF.type, RDFS.Class))
    graph.add((subject, URIRef("http://rdfs.org/ns/void#property"), RDF.type))
    graph.add((subject, RDFS.label, Literal('a "quoted"\nlabel', lang="en")))
    prefixes = Prefixes([("rdf", str(RDF)), ("rdfs", str(RDFS))])
    text = serialize([GraphChunk("https://example.org/g", graph)], "turtle", prefixes)
    assert "    a rdfs:Class" in text and "> rdf:type ;" in text
    assert Graph().parse(data=text, format="turtle").isomorphic(graph)


def _small_graph(order: list[int]) -> list[tuple]:
    ex = "https://example.org/id/"
    triples = [
        (URIRef(ex + "b"), RDFS.label, Literal("B", lang="en")),
        (URIRef(ex + "b"), RDF.type, RDFS.Class),
        (URIRef(ex + "a"), RDFS.seeAlso, URIRef(ex + "z")),
        (URIRef(ex + "a"), RDFS.seeAlso, URIRef("https://other.example/q")),
        (URIRef(ex + "a"), RDFS.seeAlso, Literal("x")),
        (URIRef(ex + "a"), RDF.type, RDFS.Resource),
        (URIRef(ex + "a"), RDF.type, RDFS.Class),
        (URIRef(ex + "a"), RDFS.comment, Literal("7", datatype=URIRef(str(XSD.integer)))),
    ]
    return [triples[i] for i in order]


def test_turtle_order_is_fixed_whatever_the_insertion_order() -> None:
    prefixes = Prefixes([("rdf", str(RDF)), ("rdfs", str(RDFS)), ("ex", "https://example.org/id/")])
    texts = {serialize([GraphChunk("https://example.org/g", _small_graph(order))], "turtle",
                       prefixes) for order in ([0, 1, 2, 3, 4, 5, 6, 7], [7, 6, 5, 4, 3, 2, 1, 0],
                                               [3, 0, 6, 1, 7, 4, 2, 5])}
    assert len(texts) == 1
    body = texts.pop().split("\n\n", 1)[1]
    assert body == (
        "ex:a\n"
        "    a rdfs:Class ,\n"
        "        rdfs:Resource ;\n"
        "    rdfs:comment 7 ;\n"
        '    rdfs:seeAlso "x" ,\n'
        "        ex:z ,\n"
        "        <https://other.example/q> .\n"
        "\n"
        "ex:b\n"
        "    a rdfs:Class ;\n"
        '    rdfs:label "B"@en .\n'
    )


def test_abbreviations_are_remembered_per_prefix_table() -> None:
    iri = "https://example.org/id/thing"
    short = Prefixes([("ex", "https://example.org/id/")])
    other = Prefixes([("org", "https://example.org/")])
    assert short.iri(iri) == "ex:thing"
    assert other.iri(iri) == "<https://example.org/id/thing>"  # "id/thing" is no PN_LOCAL
    assert Prefixes([("ex", "https://example.org/id/")]).iri(iri) == "ex:thing"


def test_an_unsafe_iri_is_refused_even_as_the_only_object() -> None:
    graph = [(URIRef("https://example.org/id/a"), RDFS.seeAlso, URIRef("https://x.org/a b"))]
    prefixes = Prefixes([("rdfs", str(RDFS))])
    for fmt in ("turtle", "nt"):
        with pytest.raises(MappingError):
            serialize([GraphChunk("https://example.org/g", graph)], fmt, prefixes)
