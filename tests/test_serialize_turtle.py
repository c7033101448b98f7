"""The Turtle writer: 'a' only as a verb, prefixed names only where they are valid."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

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
