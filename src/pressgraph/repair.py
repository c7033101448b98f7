"""A bad fact costs that fact, not the release: taking what breaks a shape out of a graph.

When a release graph does not conform, :func:`repair` takes out the statements behind
each validation result (severity Violation) and validates again, until the graph
conforms or :data:`MAX_ROUNDS` rounds have passed. For one result it takes out:

* the statement carrying the offending value, when the result names a value on a path
  (a wrong datatype, class, pattern, a value outside the allowed list...);
* otherwise the focus node: every statement whose subject or object it is (a missing or
  extra value, a node whose own IRI is wrong);
* then, transitively, every node left dangling: a node that was the object of a removed
  statement, is the object of none any more, loses its own statements (the evidence span
  of a removed meeting, its selectors, a place only it was held in).

What a removal leaves broken (a participation whose participant was taken out) is found
by the next round's validation and taken out in turn. The release node and the release
graph's provenance node are never taken out: a result that would take either, a round
that finds nothing to take, or a graph still broken after the last round refuses the
release whole. Each removal is a :class:`Rejection`: the results behind it, the removed
statements in N-Triples, and the words the fact was extracted from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Literal as TypingLiteral

from rdflib import Literal, URIRef
from rdflib.term import Node

from pressgraph.serialize import ntriples_lines
from pressgraph.triples import TripleSet
from pressgraph.validate import ValidationResult, Violation
from pressgraph.vocab import OA, PG, RDF

Triple = tuple[Node, Node, Node]
Check = Callable[[TripleSet], ValidationResult]
Outcome = TypingLiteral["removed", "refused"]

#: Rounds of validate -> remove before a release that still breaks a shape is refused.
MAX_ROUNDS = 8


@dataclass(frozen=True)
class Evidence:
    """The words a fact was extracted from: the quote and its code-point offsets."""

    exact: str
    start: int | None = None
    end: int | None = None

    def record(self) -> dict[str, object]:
        return {"exact": self.exact, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Rejection:
    """Statements taken out of a release graph and the validation results behind them."""

    focus: str
    results: tuple[Violation, ...]  # the first is the one reported first
    statements: tuple[str, ...] = ()  # N-Triples lines, sorted; empty for a refusal
    evidence: Evidence | None = None

    def describe(self) -> str:
        first = self.results[0]
        quoted = replace(first, release=None,
                         evidence=self.evidence.exact if self.evidence else None)
        return f"{quoted.describe()}; {len(self.statements)} statement(s) left out"

    def record(self, release: str, outcome: Outcome) -> dict[str, object]:
        """One line of the rejects file (JSON), without the input's file name."""
        first = self.results[0]
        return {
            "release": release, "outcome": outcome, "focus": self.focus,
            "shape": first.source_shape, "path": first.path, "component": first.component,
            "message": first.message, "value": first.value,
            "evidence": self.evidence.record() if self.evidence else None,
            "statements": list(self.statements),
            "results": [_result_record(v) for v in self.results],
        }


@dataclass(frozen=True)
class Repaired:
    """What is left of a release graph, or its refusal, and what was taken out."""

    triples: TripleSet | None  # the statements to write; None when the release is refused
    validation: ValidationResult  # of what is written, or the first one when refused
    rejections: tuple[Rejection, ...]

    @property
    def refused(self) -> bool:
        return self.triples is None

    def records(self, release: str) -> tuple[dict[str, object], ...]:
        outcome: Outcome = "refused" if self.refused else "removed"
        return tuple(r.record(release, outcome) for r in self.rejections)


def repair(triples: TripleSet, result: ValidationResult, check: Check, *,
           protected: Iterable[str], max_rounds: int = MAX_ROUNDS) -> Repaired:
    """Take out what breaks the shapes, round by round, until ``check`` passes.

    ``result`` is ``check(triples)``, already known; ``protected`` names the nodes whose
    loss refuses the release (the release node and its graph's node).
    """
    keep = frozenset(protected)
    work = _Work(triples)
    rejections: list[Rejection] = []
    current = result
    for _round in range(max_rounds):
        if current.conforms:
            return Repaired(work.triple_set(), current, tuple(rejections))
        removed = _remove_round(work, _blocking(current), keep)
        if removed is None:
            break
        rejections += removed
        current = check(work.triple_set())
    if current.conforms:
        return Repaired(work.triple_set(), current, tuple(rejections))
    refusal = refusal_rejections(work.triple_set(), current)
    return Repaired(None, result, tuple(rejections) + refusal)


def refusal_rejections(triples: Iterable[Triple],
                       result: ValidationResult) -> tuple[Rejection, ...]:
    """The results that refuse a release whole, one :class:`Rejection` per focus node,
    with the focus node's evidence and no statements (nothing of the release is written)."""
    work = _Work(triples)
    by_focus: dict[str, list[Violation]] = {}
    for violation in _blocking(result):
        by_focus.setdefault(violation.focus_node, []).append(violation)
    return tuple(Rejection(focus, tuple(found), (), work.evidence(focus))
                 for focus, found in by_focus.items())


# ---------------------------------------------------------------------- one round


@dataclass
class _Unit:
    """What one round takes out for one node or one statement."""

    focus: str
    whole_node: bool
    seeds: set[Triple]  # the statements the results point at
    evidence: Evidence | None = None
    results: list[Violation] = field(default_factory=list)
    removed: set[Triple] = field(default_factory=set)  # the seeds, and what they left dangling


def _remove_round(work: _Work, violations: list[Violation],
                  protected: frozenset[str]) -> list[Rejection] | None:
    """Take out every unit of this round; None when the release cannot survive it."""
    units = _plan(work, violations)
    if any(u.whole_node and u.focus in protected for u in units):
        return None
    owner: dict[Triple, _Unit] = {}
    kept: list[_Unit] = []
    for unit in units:
        present = work.present(unit.seeds)
        if not present:  # an earlier unit of this round took its statements already
            _hand_over(unit, owner)
            continue
        unit.removed = work.remove(present) | _remove_dangling(work, present, protected)
        owner.update(dict.fromkeys(unit.removed, unit))
        kept.append(unit)
    if not kept:
        return None
    return [Rejection(u.focus, tuple(u.results), tuple(line.rstrip("\n") for line in
                                                       ntriples_lines(u.removed)), u.evidence)
            for u in kept]


def _hand_over(unit: _Unit, owner: dict[Triple, _Unit]) -> None:
    """Add the results of a unit whose statements are gone to the unit that took them.
    (A result about a node that is not in the graph at all comes back in the next round,
    and refuses the release if nothing else was taken out.)"""
    earlier = next((owner[t] for t in sorted(unit.seeds, key=_sort_key) if t in owner), None)
    if earlier is not None:
        earlier.results += unit.results


def _plan(work: _Work, violations: list[Violation]) -> list[_Unit]:
    """Units in the order of the results: one per statement or whole node to take out."""
    statement_of = {id(v): work.value_statements(v) for v in violations}
    whole = {v.focus_node for v in violations if not statement_of[id(v)]}
    units: dict[tuple[str, frozenset[Triple]], _Unit] = {}
    for violation in violations:
        focus = violation.focus_node
        seeds = frozenset() if focus in whole else frozenset(statement_of[id(violation)])
        unit = units.get((focus, seeds))
        if unit is None:
            unit = units[(focus, seeds)] = _Unit(
                focus, not seeds, set(seeds) or work.about(focus), work.evidence(focus))
        unit.results.append(violation)
    return list(units.values())


def _remove_dangling(work: _Work, removed: set[Triple], protected: frozenset[str]) -> set[Triple]:
    """Take out, transitively, the nodes that only the removed statements pointed to."""
    taken: set[Triple] = set()
    candidates = [o for _s, _p, o in sorted(removed, key=_sort_key) if isinstance(o, URIRef)]
    while candidates:
        node = candidates.pop()
        if str(node) in protected or work.has_incoming(node):
            continue
        outgoing = work.outgoing(node)
        if not outgoing:
            continue
        taken |= work.remove(outgoing)
        candidates += [o for _s, _p, o in sorted(outgoing, key=_sort_key)
                       if isinstance(o, URIRef)]
    return taken


def _blocking(result: ValidationResult) -> list[Violation]:
    return [v for v in result.violations if v.severity == "Violation"]


def _result_record(violation: Violation) -> dict[str, object]:
    return {"focus": violation.focus_node, "shape": violation.source_shape,
            "path": violation.path, "component": violation.component,
            "message": violation.message, "value": violation.value}


def _sort_key(triple: Triple) -> tuple[str, str, str]:
    return (str(triple[0]), str(triple[1]), triple[2].n3())


# ---------------------------------------------------------------------- the working graph


class _Work:
    """The statements still in the graph, indexed by subject and by object."""

    def __init__(self, triples: Iterable[Triple]):
        self.triples: dict[Triple, None] = dict.fromkeys(triples)
        self.by_subject: dict[Node, set[Triple]] = {}
        self.by_object: dict[Node, set[Triple]] = {}
        self.nodes: dict[str, Node] = {}
        for triple in self.triples:
            s, _p, o = triple
            self.by_subject.setdefault(s, set()).add(triple)
            self.by_object.setdefault(o, set()).add(triple)
            for node in (s, o):
                if isinstance(node, URIRef):
                    self.nodes.setdefault(str(node), node)

    def triple_set(self) -> TripleSet:
        kept = TripleSet()
        for triple in self.triples:
            kept.add(triple)
        return kept

    def present(self, triples: set[Triple]) -> set[Triple]:
        return {t for t in triples if t in self.triples}

    def remove(self, triples: set[Triple]) -> set[Triple]:
        gone = self.present(triples)
        for triple in gone:
            del self.triples[triple]
            self.by_subject[triple[0]].discard(triple)
            self.by_object[triple[2]].discard(triple)
        return gone

    def about(self, focus: str) -> set[Triple]:
        node = self.nodes.get(focus)
        if node is None:
            return set()
        return set(self.by_subject.get(node, ())) | set(self.by_object.get(node, ()))

    def outgoing(self, node: Node) -> set[Triple]:
        return set(self.by_subject.get(node, ()))

    def has_incoming(self, node: Node) -> bool:
        return bool(self.by_object.get(node))

    def objects(self, node: Node, predicate: Node) -> list[Node]:
        return sorted((o for _s, p, o in self.by_subject.get(node, ()) if p == predicate),
                      key=lambda o: o.n3())

    def value_statements(self, violation: Violation) -> set[Triple]:
        """The statements carrying the value a result names on its path, if any."""
        node = self.nodes.get(violation.focus_node)
        if node is None or violation.path is None or violation.value is None:
            return set()
        inverse = violation.path.startswith("^")
        predicate = URIRef(violation.path[1:] if inverse else violation.path)
        if inverse:
            return {t for t in self.by_object.get(node, ())
                    if t[1] == predicate and str(t[0]) == violation.value}
        return {t for t in self.by_subject.get(node, ())
                if t[1] == predicate and str(t[2]) == violation.value}

    def evidence(self, focus: str) -> Evidence | None:
        """The most specific span a node was extracted from (the shortest quote)."""
        node = self.nodes.get(focus)
        if node is None:
            return None
        spans = self.objects(node, PG.evidence)
        if (node, RDF.type, OA.SpecificResource) in self.triples:
            spans.append(node)
        found = [e for e in (self._span(span) for span in spans) if e is not None]
        return min(found, key=lambda e: (len(e.exact), e.start or 0, e.exact), default=None)

    def _span(self, span: Node) -> Evidence | None:
        exact: str | None = None
        start = end = None
        for selector in self.objects(span, OA.hasSelector):
            exact = next((str(q) for q in self.objects(selector, OA.exact)), exact)
            start = next((_int(v) for v in self.objects(selector, OA.start)), start)
            end = next((_int(v) for v in self.objects(selector, OA.end)), end)
        return Evidence(exact, start, end) if exact is not None else None


def _int(value: Node) -> int | None:
    if isinstance(value, Literal):
        try:
            return int(str(value))
        except ValueError:
            return None
    return None
