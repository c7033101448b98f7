"""Licence modes: which release wording a publication may carry.

``facts``  no release wording beyond names and titles: evidence keeps its positions and the
           release's hashes, but the quoted text (``oa:exact`` and its prefix/suffix, and
           so the quote selector) and any other wording property (descriptions, purposes,
           article text) is dropped;
``quotes`` adds the evidence quotes;
``full``   keeps everything (for publishers who hold the rights in the text).

The property lists are data (``data/publish.json``), not code.
"""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from pressgraph.publish.config import TextMode, settings
from pressgraph.vocab import OA


def withheld_properties(mode: TextMode) -> frozenset[URIRef]:
    """The properties whose values a publication in ``mode`` leaves out."""
    lists = settings()["text_modes"]
    quotes = {URIRef(p) for p in lists["quote_properties"]}
    wording = {URIRef(p) for p in lists["wording_properties"]}
    if mode == "full":
        return frozenset()
    if mode == "quotes":
        return frozenset(wording)
    return frozenset(quotes | wording)


def apply_text_mode(graph: Graph, mode: TextMode) -> Graph:
    """A copy of ``graph`` without the statements ``mode`` withholds, and without the
    quote selectors left empty (a quote selector without its quote says nothing: in
    ``facts`` mode a span keeps its position selector alone)."""
    withheld = withheld_properties(mode)
    kept = Graph()
    for triple in graph:
        if triple[1] not in withheld:
            kept.add(triple)
    if mode == "full":
        return kept
    empty = {s for s in kept.subjects(RDF.type, OA.TextQuoteSelector)
             if set(kept.predicates(s)) == {RDF.type}}
    for selector in empty:
        kept.remove((selector, None, None))
        kept.remove((None, None, selector))
    return kept
