"""Stage 6: SHACL validation through one small pySHACL adapter.

Options are explicit (SHACL Core, ``inference="none"``, the ontology as ``ont_graph``)
and the result is typed: callers never unpack pySHACL's tuple themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Literal as TypingLiteral

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SH

from pressgraph import resources
from pressgraph.errors import ResourceError
from pressgraph.vocab import OA, PG

Inference = TypingLiteral["none", "rdfs", "owlrl"]


@dataclass(frozen=True)
class Violation:
    """One SHACL result, in terms a person can act on."""

    focus_node: str
    path: str | None
    message: str
    severity: str  # "Violation", "Warning", "Info"
    source_shape: str
    component: str  # e.g. "MinCountConstraintComponent"
    value: str | None = None
    release: str | None = None  # the release the focus node was derived from, when known
    evidence: str | None = None  # the words the focus node was extracted from, when recorded

    def describe(self, source: str | None = None) -> str:
        """One line a person can act on: release, focus node, path, message, quote."""
        parts = [source] if source else []
        if self.release and self.release != self.focus_node:
            parts.append(f"release {self.release}")
        parts.append(self.focus_node + (f" {self.path}" if self.path else ""))
        text = ": ".join(parts) + f": {self.message} [{self.component}]"
        if self.value is not None and self.path is not None:
            text += f" (value {self.value!r})"
        if self.evidence:
            text += f' -- from the text: "{_shorten(self.evidence)}"'
        return text


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: tuple[Violation, ...]


@cache
def shapes_graph() -> Graph:
    return _load("shapes", resources.SHAPES_FILE)


@cache
def all_shapes_graph() -> Graph:
    """Every shapes file in shapes/ as one shapes graph: the release shapes, the registry's
    and the published dataset description's. Release graphs, the registry graph and any
    union of them conform to all of them together."""
    graph = Graph()
    for name in resources.list_names("shapes", ".ttl"):
        graph += _load("shapes", name)
    return graph


@cache
def ontology_graph() -> Graph:
    return _load("ontology", resources.ONTOLOGY_FILE)


def _load(kind: resources.Kind, name: str) -> Graph:
    graph = Graph()
    try:
        graph.parse(data=resources.read_text(kind, name), format="turtle")
    except Exception as exc:  # rdflib raises several unrelated exception types
        raise ResourceError(f"{kind}/{name} does not parse as Turtle: {exc}") from exc
    return graph


def validate(data: Graph, *, inference: Inference = "none",
             shapes: Graph | None = None) -> ValidationResult:
    """Validate a data graph against pressgraph's shapes (or the given ones)."""
    from pyshacl import validate as pyshacl_validate

    conforms, report, _text = pyshacl_validate(
        data,
        shacl_graph=shapes if shapes is not None else shapes_graph(),
        ont_graph=ontology_graph(),
        inference=inference,
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        meta_shacl=False,
        advanced=False,
        js=False,
        debug=False,
    )
    if not isinstance(report, Graph):
        raise ResourceError(f"pySHACL could not validate: {report}")
    return ValidationResult(conforms=bool(conforms), violations=tuple(_violations(report, data)))


def evidence_quote(data: Graph, node: str) -> str | None:
    """The quote a node was extracted from (pg:evidence -> oa:hasSelector -> oa:exact).

    A span or selector node gives its own quote. With several spans, the shortest quote
    (then the first in text order) is the most specific.
    """
    subject = URIRef(node)
    spans = list(data.objects(subject, PG.evidence))
    if (subject, RDF.type, OA.SpecificResource) in data:
        spans.append(subject)
    quotes = [str(q) for q in data.objects(subject, OA.exact)]
    for span in spans:
        for selector in data.objects(span, OA.hasSelector):
            quotes.extend(str(q) for q in data.objects(selector, OA.exact))
    if not quotes:
        return None
    return sorted(quotes, key=lambda q: (len(q), q))[0]


def _with_context(violation: Violation, data: Graph) -> Violation:
    return replace(violation, release=release_of(data, violation.focus_node),
                   evidence=evidence_quote(data, violation.focus_node))


def with_context(result: ValidationResult, data: Graph) -> ValidationResult:
    """Fill in the release and evidence quote of every violation from the data graph.

    :func:`validate` does this itself; call it on results of another validator (the bulk
    path's compiled validator) before printing them with :meth:`Violation.describe`.
    """
    return replace(result, violations=tuple(_with_context(v, data) for v in result.violations))


def release_of(data: Graph, node: str) -> str | None:
    """The release a node was derived from, or the node itself when it is a release (a
    span's release is the one its rendition renders)."""
    subject = URIRef(node)
    if (subject, RDF.type, PG.Release) in data:
        return node
    releases = sorted(str(r) for r in data.objects(subject, PROV.wasDerivedFrom))
    releases += sorted(str(r) for r in data.objects(subject, DCTERMS.isFormatOf))
    for source in sorted(data.objects(subject, OA.hasSource), key=str):
        rendered = sorted(str(r) for r in data.objects(source, DCTERMS.isFormatOf))
        releases += rendered or [str(source)]
    return releases[0] if releases else None


def _shorten(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _path_text(report: Graph, path: object) -> str | None:
    """A result path as text: the predicate IRI, or ``^IRI`` for an inverse path."""
    if isinstance(path, URIRef):
        return str(path)
    inverse = report.value(path, SH.inversePath) if path is not None else None
    return f"^{inverse}" if isinstance(inverse, URIRef) else None


def _violations(report: Graph, data: Graph | None = None) -> list[Violation]:
    found: list[Violation] = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        component = report.value(result, SH.sourceConstraintComponent)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        message = report.value(result, SH.resultMessage)
        found.append(
            Violation(
                focus_node=str(report.value(result, SH.focusNode)),
                path=_path_text(report, path),
                message=str(message) if isinstance(message, Literal) else "constraint violated",
                severity=_local(severity),
                source_shape=str(report.value(result, SH.sourceShape)),
                component=_local(component),
                value=str(value) if value is not None else None,
            )
        )
    if data is not None:
        found = [_with_context(v, data) for v in found]
    found.sort(key=lambda v: (v.focus_node, v.path or "", v.component, v.message))
    return found


def _local(term: object) -> str:
    text = str(term or "")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
