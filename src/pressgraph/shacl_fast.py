"""A compiled SHACL Core validator for the bulk export path.

pySHACL is the reference validator (``--validator pyshacl``). For archive-scale exports
this module compiles the shapes graph once into plain Python checks and evaluates them
over an index of one release's triples — the same focus nodes, paths, constraint
components and messages as pySHACL for the subset of SHACL Core that pressgraph's shapes
use (tests compare the two on every shape fixture and on releases with injected
violations). A shapes graph using anything outside that subset is refused at compile
time with :class:`UnsupportedShapesError`, and callers fall back to pySHACL.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from pressgraph.validate import ValidationResult, Violation

Triple = tuple[Node, Node, Node]
_TYPE, _SUBCLASS_OF = RDF.type, RDFS.subClassOf
_LANG_STRING, _XSD_STRING = RDF.langString, XSD.string

_PARAMETERS = {  # the constraint parameters this compiler understands
    SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.nodeKind, SH.pattern, SH.flags,
    SH["in"], SH.hasValue, SH.uniqueLang, SH.minLength, SH.maxLength, SH.minInclusive,
    SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH["or"], SH.lessThanOrEquals,
    SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.languageIn,
}
_SHAPE_KEYS = {SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf,
               SH.property, SH.path, SH.message, SH.severity, SH.name, SH.description,
               SH.deactivated, SH.order, SH.group, SH.defaultValue, RDF.type, RDFS.label,
               RDFS.comment, SH.qualifiedValueShapesDisjoint}


class UnsupportedShapesError(Exception):
    """The shapes use a SHACL feature this compiler does not implement."""


class Index:
    """One release's triples, indexed by subject-predicate and object-predicate.

    ``ontology_closure`` is the ontology's own superclass closure, computed once by the
    validator; it is used as it is unless the release itself declares subclasses.
    """

    def __init__(self, triples: Iterable[Triple], ontology: Graph,
                 ontology_closure: dict[Node, set[Node]] | None = None):
        out: dict[Node, dict[Node, set[Node]]] = {}
        inv: dict[Node, dict[Node, set[Node]]] = {}
        declares_subclasses = False
        for s, p, o in triples:
            by_p = out.get(s)
            if by_p is None:
                by_p = out[s] = {}
            values = by_p.get(p)
            if values is None:
                by_p[p] = {o}
            else:
                values.add(o)
            by_p = inv.get(o)
            if by_p is None:
                by_p = inv[o] = {}
            values = by_p.get(p)
            if values is None:
                by_p[p] = {s}
            else:
                values.add(s)
            if p == _SUBCLASS_OF:
                declares_subclasses = True
        self.out, self.inv = out, inv
        if ontology_closure is not None and not declares_subclasses:
            self._superclasses = ontology_closure
        else:
            self._superclasses = _superclass_closure(ontology, self)

    def objects(self, s: Node, p: Node) -> set[Node]:
        by_p = self.out.get(s)
        return by_p.get(p, set()) if by_p else set()

    def subjects(self, p: Node, o: Node) -> set[Node]:
        by_p = self.inv.get(o)
        return by_p.get(p, set()) if by_p else set()

    def instances(self, cls: Node) -> set[Node]:
        found = set()
        for sub in self._subclasses_of(cls):
            found |= self.subjects(_TYPE, sub)
        return found

    def is_instance(self, node: Node, cls: Node) -> bool:
        superclasses = self._superclasses
        for t in self.objects(node, _TYPE):
            if t == cls or cls in superclasses.get(t, ()):
                return True
        return False

    def _subclasses_of(self, cls: Node) -> set[Node]:
        return {sub for sub, supers in self._superclasses.items() if cls in supers} | {cls}


def _superclass_closure(ontology: Graph, index: Index | None) -> dict[Node, set[Node]]:
    """Every class's superclasses (itself included) by the ontology's and, when given,
    the release's ``rdfs:subClassOf``."""
    direct: dict[Node, set[Node]] = defaultdict(set)
    for s, o in ontology.subject_objects(_SUBCLASS_OF):
        direct[s].add(o)
    for s, by_p in (index.out.items() if index is not None else ()):
        for o in by_p.get(_SUBCLASS_OF, ()):
            direct[s].add(o)
    closure: dict[Node, set[Node]] = {}
    for start in list(direct):
        seen, stack = {start}, [start]
        while stack:
            for parent in direct.get(stack.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    stack.append(parent)
        closure[start] = seen
    return closure


@dataclass
class _Path:
    predicate: URIRef
    inverse: bool = False

    def values(self, index: Index, focus: Node) -> set[Node]:
        if self.inverse:
            return index.subjects(self.predicate, focus)
        return index.objects(focus, self.predicate)

    def report(self) -> str:
        return f"^{self.predicate}" if self.inverse else str(self.predicate)


Check = Callable[[Index, Node, set[Node]], list[tuple[str, Node | None]]]


@dataclass
class _Shape:
    node: Node
    path: _Path | None
    checks: list[tuple[str, Check]] = field(default_factory=list)  # (component, check)
    properties: list[_Shape] = field(default_factory=list)
    message: str | None = None
    severity: str = "Violation"
    targets: list[tuple[URIRef, Node]] = field(default_factory=list)


class FastValidator:
    """Compile once (``FastValidator(shapes, ontology)``), validate many graphs."""

    def __init__(self, shapes: Graph, ontology: Graph):
        self.shapes_graph = shapes
        self.ontology = ontology
        self._compiled: dict[Node, _Shape] = {}
        roots = set(shapes.subjects(RDF.type, SH.NodeShape)) | {
            s for p in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
            for s in shapes.subjects(p, None)
        }
        self.roots = [self._compile(node) for node in sorted(roots, key=str)]
        self._ontology_closure = _superclass_closure(ontology, None)

    # ------------------------------------------------------------------ compile

    def _compile(self, node: Node) -> _Shape:
        if node in self._compiled:
            return self._compiled[node]
        g = self.shapes_graph
        path_node = g.value(node, SH.path)
        shape = _Shape(node=node, path=self._path(path_node) if path_node is not None else None)
        self._compiled[node] = shape
        if (node, SH.deactivated, Literal(True)) in g:
            return shape
        for predicate in set(g.predicates(node, None)):
            if predicate not in _PARAMETERS and predicate not in _SHAPE_KEYS:
                raise UnsupportedShapesError(f"{predicate} on {node}")
        message = g.value(node, SH.message)
        shape.message = str(message) if message is not None else None
        severity = g.value(node, SH.severity)
        if severity is not None:
            shape.severity = str(severity).rsplit("#", 1)[-1]
        for kind in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf):
            shape.targets += [(kind, t) for t in sorted(g.objects(node, kind), key=str)]
        shape.properties = [self._compile(p) for p in sorted(g.objects(node, SH.property), key=str)]
        self._compile_checks(node, shape)
        return shape

    def _path(self, path_node: Node) -> _Path:
        if isinstance(path_node, URIRef):
            return _Path(path_node)
        inverse = self.shapes_graph.value(path_node, SH.inversePath)
        if isinstance(inverse, URIRef):
            return _Path(inverse, inverse=True)
        raise UnsupportedShapesError(f"complex path {path_node}")

    def _compile_checks(self, node: Node, shape: _Shape) -> None:
        g = self.shapes_graph
        value = g.value
        if (n := value(node, SH.minCount)) is not None:
            shape.checks.append(("MinCountConstraintComponent", _min_count(int(n))))
        if (n := value(node, SH.maxCount)) is not None:
            shape.checks.append(("MaxCountConstraintComponent", _max_count(int(n))))
        for dt in g.objects(node, SH.datatype):
            shape.checks.append(("DatatypeConstraintComponent", _per_value(_datatype_ok(dt))))
        for cls in g.objects(node, SH["class"]):
            shape.checks.append(("ClassConstraintComponent",
                                 _per_value_indexed(lambda i, v, c=cls: i.is_instance(v, c))))
        for kind in g.objects(node, SH.nodeKind):
            shape.checks.append(("NodeKindConstraintComponent", _per_value(_node_kind_ok(kind))))
        for pattern in g.objects(node, SH.pattern):
            flags = value(node, SH.flags)
            shape.checks.append(("PatternConstraintComponent",
                                 _per_value(_pattern_ok(str(pattern), str(flags or "")))))
        for members in g.objects(node, SH["in"]):
            allowed = set(Collection(g, members))
            shape.checks.append(("InConstraintComponent", _per_value(lambda v, a=allowed: v in a)))
        for required in g.objects(node, SH.hasValue):
            shape.checks.append(("HasValueConstraintComponent", _has_value(required)))
        if value(node, SH.uniqueLang) == Literal(True):
            shape.checks.append(("UniqueLangConstraintComponent", _unique_lang))
        if (n := value(node, SH.minLength)) is not None:
            shape.checks.append(("MinLengthConstraintComponent",
                                 _per_value(lambda v, n=int(n): _length_ok(v, n, None))))
        if (n := value(node, SH.maxLength)) is not None:
            shape.checks.append(("MaxLengthConstraintComponent",
                                 _per_value(lambda v, n=int(n): _length_ok(v, None, n))))
        for param, component, test in _RANGES:
            for bound in g.objects(node, param):
                shape.checks.append(
                    (component, _per_value(lambda v, b=bound, t=test: _compare(v, b, t))))
        for languages in g.objects(node, SH.languageIn):
            allowed_langs = [str(x).lower() for x in Collection(g, languages)]
            shape.checks.append(("LanguageInConstraintComponent",
                                 _per_value(lambda v, a=allowed_langs: _language_in(v, a))))
        for alternatives in g.objects(node, SH["or"]):
            options = [self._compile(o) for o in Collection(g, alternatives)]
            shape.checks.append(("OrConstraintComponent", _per_value_indexed(
                lambda i, v, opts=options: any(self._conforms(i, v, o) for o in opts))))
        for other in g.objects(node, SH.lessThanOrEquals):
            shape.checks.append(("LessThanOrEqualsConstraintComponent", _less_or_equal(other)))
        qualified = value(node, SH.qualifiedValueShape)
        if qualified is not None:
            inner = self._compile(qualified)
            low, high = value(node, SH.qualifiedMinCount), value(node, SH.qualifiedMaxCount)
            if low is not None:
                shape.checks.append(("QualifiedMinCountConstraintComponent",
                                     self._qualified(inner, int(low), None)))
            if high is not None:
                shape.checks.append(("QualifiedMaxCountConstraintComponent",
                                     self._qualified(inner, None, int(high))))

    def _qualified(self, inner: _Shape, low: int | None, high: int | None) -> Check:
        def check(index: Index, focus: Node, values: set[Node]) -> list[tuple[str, Node | None]]:
            count = sum(1 for v in values if self._conforms(index, v, inner))
            if (low is not None and count < low) or (high is not None and count > high):
                return [("", None)]
            return []

        return check

    # ------------------------------------------------------------------ evaluate

    def _conforms(self, index: Index, focus: Node, shape: _Shape) -> bool:
        return not self._evaluate(index, focus, shape, collect=None)

    def _evaluate(self, index: Index, focus: Node, shape: _Shape,
                  collect: list[Violation] | None) -> bool:
        """Evaluate ``shape`` at ``focus``; return True when something failed."""
        failed = False
        values = shape.path.values(index, focus) if shape.path else {focus}
        for component, check in shape.checks:
            for _detail, value in check(index, focus, values):
                failed = True
                if collect is None:
                    return True
                collect.append(Violation(
                    focus_node=str(focus),
                    path=shape.path.report() if shape.path else None,
                    message=shape.message or component,
                    severity=shape.severity,
                    source_shape=str(shape.node),
                    component=component,
                    value=str(value) if value is not None else None,
                ))
        for prop in shape.properties:
            if self._evaluate(index, focus, prop, collect):
                failed = True
                if collect is None:
                    return True
        return failed

    def focus_nodes(self, index: Index, shape: _Shape) -> set[Node]:
        nodes: set[Node] = set()
        for kind, target in shape.targets:
            if kind == SH.targetClass:
                nodes |= index.instances(target)
            elif kind == SH.targetNode:
                nodes.add(target)
            elif kind == SH.targetSubjectsOf:
                nodes |= {s for s, by_p in index.out.items() if target in by_p}
            else:
                nodes |= {o for o, by_p in index.inv.items() if target in by_p}
        return nodes

    def validate_triples(self, triples: Iterable[Triple]) -> ValidationResult:
        index = Index(triples, self.ontology, self._ontology_closure)
        violations: list[Violation] = []
        for shape in self.roots:
            for focus in sorted(self.focus_nodes(index, shape), key=str):
                self._evaluate(index, focus, shape, violations)
        violations.sort(key=lambda v: (v.focus_node, v.path or "", v.component, v.message))
        conforms = not any(v.severity == "Violation" for v in violations)
        return ValidationResult(conforms=conforms, violations=tuple(violations))

    def validate(self, graph: Graph) -> ValidationResult:
        return self.validate_triples(graph)


# ---------------------------------------------------------------------- checks


def _per_value(test: Callable[[Node], bool]) -> Check:
    def check(index: Index, focus: Node, values: set[Node]) -> list[tuple[str, Node | None]]:
        return [("", v) for v in values if not test(v)]

    return check


def _per_value_indexed(test: Callable[[Index, Node], bool]) -> Check:
    def check(index: Index, focus: Node, values: set[Node]) -> list[tuple[str, Node | None]]:
        return [("", v) for v in values if not test(index, v)]

    return check


def _min_count(n: int) -> Check:
    return lambda index, focus, values: [("", None)] if len(values) < n else []


def _max_count(n: int) -> Check:
    return lambda index, focus, values: [("", None)] if len(values) > n else []


def _has_value(required: Node) -> Check:
    return lambda index, focus, values: [] if required in values else [("", None)]


def _unique_lang(index: Index, focus: Node, values: set[Node]) -> list[tuple[str, Node | None]]:
    seen: dict[str, int] = defaultdict(int)
    for v in values:
        if isinstance(v, Literal) and v.language:
            seen[v.language.lower()] += 1
    return [("", None) for lang, n in sorted(seen.items()) if n > 1]


def _datatype_ok(datatype: Node) -> Callable[[Node], bool]:
    def test(value: Node) -> bool:
        if not isinstance(value, Literal):
            return False
        if value.language:
            return datatype == _LANG_STRING
        actual = value.datatype or _XSD_STRING
        return actual == datatype and not getattr(value, "ill_typed", False)

    return test


def _node_kind_ok(kind: Node) -> Callable[[Node], bool]:
    allowed = {
        SH.IRI: (URIRef,), SH.Literal: (Literal,), SH.BlankNode: (BNode,),
        SH.BlankNodeOrIRI: (BNode, URIRef), SH.BlankNodeOrLiteral: (BNode, Literal),
        SH.IRIOrLiteral: (URIRef, Literal),
    }[kind]
    return lambda value: isinstance(value, allowed)


def _pattern_ok(pattern: str, flags: str) -> Callable[[Node], bool]:
    compiled = re.compile(pattern, (re.IGNORECASE if "i" in flags else 0)
                          | (re.MULTILINE if "m" in flags else 0)
                          | (re.DOTALL if "s" in flags else 0)
                          | (re.VERBOSE if "x" in flags else 0))
    return lambda value: not isinstance(value, BNode) and compiled.search(str(value)) is not None


def _length_ok(value: Node, low: int | None, high: int | None) -> bool:
    if isinstance(value, BNode):
        return False
    length = len(str(value))
    return (low is None or length >= low) and (high is None or length <= high)


def _language_in(value: Node, allowed: list[str]) -> bool:
    if not isinstance(value, Literal) or not value.language:
        return False
    lang = value.language.lower()
    return any(lang == a or lang.startswith(a + "-") for a in allowed)


def _compare(value: Node, bound: Node, test: Callable[[object, object], bool]) -> bool:
    if not isinstance(value, Literal) or not isinstance(bound, Literal):
        return False
    try:
        return bool(test(value.toPython(), bound.toPython()))
    except TypeError:
        return False


_RANGES = [
    (SH.minInclusive, "MinInclusiveConstraintComponent", lambda v, b: v >= b),
    (SH.maxInclusive, "MaxInclusiveConstraintComponent", lambda v, b: v <= b),
    (SH.minExclusive, "MinExclusiveConstraintComponent", lambda v, b: v > b),
    (SH.maxExclusive, "MaxExclusiveConstraintComponent", lambda v, b: v < b),
]


def _less_or_equal(other: Node) -> Check:
    def check(index: Index, focus: Node, values: set[Node]) -> list[tuple[str, Node | None]]:
        failures = []
        for v in values:
            for w in index.objects(focus, other):
                if not _compare(v, w, lambda a, b: a <= b):
                    failures.append(("", v))
        return failures

    return check
