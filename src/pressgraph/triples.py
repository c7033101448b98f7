"""A release's triples in the cheapest structure that still answers the mapper's lookups.

rdflib's ``Graph`` keeps three indexes and a context per triple; building one per release
costs more than everything the export does with it. ``TripleSet`` keeps the triples in
insertion order with one subject-predicate index, and builds an rdflib ``Graph`` only
when asked (pySHACL, tests, callers that want rdflib's API).
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Graph
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


class TripleSet:
    __slots__ = ("_by_subject_predicate", "_triples")

    def __init__(self) -> None:
        self._triples: dict[Triple, None] = {}
        self._by_subject_predicate: dict[tuple[Node, Node], list[Node]] = {}

    def add(self, triple: Triple) -> None:
        triples = self._triples
        size = len(triples)
        # One hash of the triple (rdflib hashes literals in Python). Storing a key that is
        # there already keeps the first key object and its place in the order.
        triples[triple] = None
        if len(triples) == size:
            return
        s, p, o = triple
        index = self._by_subject_predicate
        values = index.get((s, p))
        if values is None:
            index[(s, p)] = [o]
        else:
            values.append(o)

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        return iter(self._by_subject_predicate.get((subject, predicate), ()))

    def value(self, subject: Node, predicate: Node) -> Node | None:
        values = self._by_subject_predicate.get((subject, predicate))
        return values[0] if values else None

    def to_graph(self) -> Graph:
        graph = Graph()
        for triple in self._triples:
            graph.add(triple)
        return graph
