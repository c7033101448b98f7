"""The machine-readable description of one thing: its statements, the evidence nodes it
cites or owns, and a few statements about the document itself (topic, source, rights).

Written with :mod:`pressgraph.serialize`'s deterministic writers.
"""

from __future__ import annotations

import json

from rdflib import Graph, URIRef
from rdflib.namespace import FOAF, RDF

from pressgraph.publish.paths import document_iri
from pressgraph.publish.sitegraph import SiteGraph
from pressgraph.serialize import Prefixes, jsonld_nodes, ntriples_lines, turtle_body
from pressgraph.vocab import DCT, VOID


def owners(site: SiteGraph) -> dict[URIRef, URIRef]:
    """Each evidence node -> the thing with a page whose IRI it extends (a release)."""
    owned: dict[URIRef, URIRef] = {}
    for subject in site.out:
        if not isinstance(subject, URIRef) or not site.is_folded(subject):
            continue
        text = str(subject)
        while "/" in text:
            text = text.rsplit("/", 1)[0]
            if site.has_page(URIRef(text)):
                owned[subject] = URIRef(text)
                break
    return owned


def describe(site: SiteGraph, thing: URIRef, owned: list[URIRef], sources: list[str],
             rights_holder: URIRef, licence: str | None, dataset: URIRef) -> Graph:
    graph = Graph()
    seen: set[URIRef] = set()
    stack = [thing, *owned]
    while stack:
        subject = stack.pop()
        if subject in seen:
            continue
        seen.add(subject)
        for predicate, objects in site.out.get(subject, {}).items():
            for obj in objects:
                graph.add((subject, predicate, obj))
                if isinstance(obj, URIRef) and obj in site.out and site.is_folded(obj):
                    stack.append(obj)
    doc = URIRef(document_iri(str(thing), site.base))
    graph.add((doc, RDF.type, FOAF.Document))
    graph.add((doc, FOAF.primaryTopic, thing))
    graph.add((doc, DCT.rightsHolder, rights_holder))
    graph.add((doc, VOID.inDataset, dataset))
    for source in sources:
        graph.add((doc, DCT.source, URIRef(source)))
    if licence:
        graph.add((doc, DCT.license, URIRef(licence)))
    return graph


def to_turtle(graph: Graph, prefixes: Prefixes) -> str:
    return prefixes.header() + "\n" + turtle_body(graph, prefixes)


def to_ntriples(graph: Graph) -> str:
    return "".join(ntriples_lines(graph))


def jsonld_document(graph: Graph, prefixes: Prefixes) -> dict:
    context = {prefix: namespace for prefix, namespace in prefixes.ordered}
    return {"@context": context, "@graph": jsonld_nodes(graph, prefixes)}


def to_jsonld(graph: Graph, prefixes: Prefixes) -> str:
    return json.dumps(jsonld_document(graph, prefixes), ensure_ascii=False, sort_keys=True,
                      indent=1) + "\n"
