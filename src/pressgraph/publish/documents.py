"""The machine-readable description of one thing: its statements, those of the nodes it
owns (its parts, and for a release its evidence spans and selectors), and a few statements
about the document itself (topic, source, rights). A thing's evidence is described once, in
the document of the release it belongs to, and cited by IRI elsewhere.

Written with :mod:`pressgraph.serialize`'s deterministic writers.
"""

from __future__ import annotations

import re

from rdflib import Graph, URIRef
from rdflib.namespace import FOAF, RDF

from pressgraph.publish.paths import document_iri
from pressgraph.publish.sitegraph import SiteGraph
from pressgraph.serialize import Prefixes, turtle_body
from pressgraph.vocab import DCT, VOID


def owners(site: SiteGraph) -> dict[URIRef, URIRef]:
    """Each evidence node or part -> the thing with a page whose IRI it extends (a release,
    a meeting, a person...)."""
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
    for subject in (thing, *owned):
        for predicate, objects in site.out.get(subject, {}).items():
            for obj in objects:
                graph.add((subject, predicate, obj))
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
    """A small document: only the prefixes its statements use are declared."""
    body = turtle_body(graph, prefixes)
    header = "".join(line for line in prefixes.header().splitlines(keepends=True)
                     if not line.startswith("@prefix ") or _uses(body, line.split()[1]))
    return header + "\n" + body


def _uses(text: str, prefix: str) -> bool:
    """Whether ``text`` (may) use the prefix ``prefix`` ('pg:'): false positives only
    declare a prefix that is not needed."""
    return re.search(rf'(?:^|[\s^"(\[]){re.escape(prefix)}', text, re.MULTILINE) is not None
