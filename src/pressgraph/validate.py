"""Stage 6: SHACL validation through one small pySHACL adapter.

Options are explicit (SHACL Core, ``inference="none"``, the ontology as ``ont_graph``)
and the result is typed: callers never unpack pySHACL's tuple themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal as TypingLiteral

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from pressgraph import resources
from pressgraph.errors import ResourceError

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


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: tuple[Violation, ...]


@cache
def shapes_graph() -> Graph:
    return _load("shapes", resources.SHAPES_FILE)


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
    return ValidationResult(conforms=bool(conforms), violations=tuple(_violations(report)))


def _violations(report: Graph) -> list[Violation]:
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
                path=str(path) if isinstance(path, URIRef) else None,
                message=str(message) if isinstance(message, Literal) else "constraint violated",
                severity=_local(severity),
                source_shape=str(report.value(result, SH.sourceShape)),
                component=_local(component),
                value=str(value) if value is not None else None,
            )
        )
    found.sort(key=lambda v: (v.focus_node, v.path or "", v.component, v.message))
    return found


def _local(term: object) -> str:
    text = str(term or "")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
