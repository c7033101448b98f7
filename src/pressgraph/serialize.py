"""Stage 7: byte-deterministic writers for Turtle, TriG, N-Triples, N-Quads and JSON-LD.

rdflib's writers are not stable across processes for every format, so pressgraph owns
its writers: statements are sorted (subjects, then ``rdf:type`` first, then predicates
and objects by their N-Triples form), prefixes are a fixed table, literals keep the
lexical form the mapper gave them, and every string is escaped here, never by string
concatenation of release text elsewhere. The graph has no blank nodes by design.

Writers are incremental: a header once, then one chunk per release graph, so a whole
archive never has to be held in memory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal as TypingLiteral

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD

from pressgraph.errors import MappingError

Format = TypingLiteral["turtle", "trig", "nt", "nq", "json-ld"]
FORMATS: dict[str, Format] = {
    "turtle": "turtle", "ttl": "turtle", "trig": "trig", "nt": "nt", "ntriples": "nt",
    "n-triples": "nt", "nq": "nq", "nquads": "nq", "n-quads": "nq", "json-ld": "json-ld",
    "jsonld": "json-ld",
}
SUFFIXES: dict[Format, str] = {"turtle": ".ttl", "trig": ".trig", "nt": ".nt", "nq": ".nq",
                               "json-ld": ".jsonld"}
MEDIA_TYPES: dict[Format, str] = {"turtle": "text/turtle", "trig": "application/trig",
                                  "nt": "application/n-triples", "nq": "application/n-quads",
                                  "json-ld": "application/ld+json"}
QUAD_FORMATS = {"trig", "nq"}

Term = URIRef | Literal


@dataclass(frozen=True)
class GraphChunk:
    """The triples of one named graph (one release, or the registry)."""

    name: str  # the named graph IRI
    graph: Iterable[tuple[Term, Term, Term]]  # an rdflib Graph or any collection of triples
    # IRIs besides ``name`` whose statements (and those of the nodes under them) only this
    # graph writes: a release's own IRI (see :mod:`pressgraph.union`)
    scope: tuple[str, ...] = ()


_PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$|^[0-9]+$")
_LANG = re.compile(r"^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
            "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f\u2028\u2029\ufffe\uffff]')
_INTEGER = re.compile(r"[+-]?\d+")
_RDF_TYPE = RDF.type
_XSD_STRING = XSD.string
_XSD_INTEGER = XSD.integer

# Formatted IRIs are remembered: a release names the same few hundred IRIs many times,
# and the vocabulary's IRIs recur in every release. The memos are bounded (emptied when
# full), so a long export's memory stays flat.
MEMO_LIMIT = 10_000
_nt_iris: dict[URIRef, str] = {}


def escape_string(value: str) -> str:
    """Escape a string for a Turtle/N-Triples quoted literal (ECHAR or UCHAR)."""

    def replace(match: re.Match[str]) -> str:
        ch = match.group(0)
        return _ESCAPES.get(ch) or f"\\u{ord(ch):04X}"

    return _NEEDS_ESCAPE.sub(replace, value)


def nt_iri(iri: str) -> str:
    if _IRI_FORBIDDEN.search(iri):
        raise MappingError(f"refusing to write an unsafe IRI {iri!r}")
    return f"<{iri}>"


def nt_term(term: Term) -> str:
    """The N-Triples form of a term (also the sort key of objects)."""
    if type(term) is URIRef:
        text = _nt_iris.get(term)
        if text is None:
            text = nt_iri(str(term))
            if len(_nt_iris) >= MEMO_LIMIT:
                _nt_iris.clear()
            _nt_iris[term] = text
        return text
    if isinstance(term, BNode):
        raise MappingError("blank nodes are not used in pressgraph graphs")
    if isinstance(term, URIRef):
        return nt_iri(str(term))
    lexical = f'"{escape_string(str(term))}"'
    if term.language:
        if not _LANG.match(term.language):
            raise MappingError(f"invalid language tag {term.language!r}")
        return f"{lexical}@{term.language}"
    if term.datatype and term.datatype != _XSD_STRING:
        return f"{lexical}^^{nt_iri(str(term.datatype))}"
    return lexical


class Prefixes:
    """A fixed prefix table: abbreviates IRIs whose local part is a safe PN_LOCAL.

    Abbreviations are remembered, shared by every ``Prefixes`` with the same table (a
    batch makes one per release).
    """

    _memos: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}

    def __init__(self, table: Iterable[tuple[str, str]]):
        table = list(table)
        # Longest namespace first so that nested namespaces abbreviate correctly.
        self.table = sorted(table, key=lambda item: (-len(item[1]), item[0]))
        self.ordered = sorted(table)
        self._iri_memo = Prefixes._memos.setdefault(tuple(self.table), {})

    def header(self, syntax: TypingLiteral["turtle", "sparql"] = "turtle") -> str:
        if syntax == "sparql":
            return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in self.ordered)
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in self.ordered)

    def term(self, term: Term) -> str:
        if isinstance(term, URIRef):
            return self.iri(str(term))
        if isinstance(term, Literal) and not term.language and term.datatype:
            if term.datatype == _XSD_INTEGER and _INTEGER.fullmatch(str(term)):
                return str(term)
            if term.datatype != _XSD_STRING:
                return f'"{escape_string(str(term))}"^^{self.iri(str(term.datatype))}'
        return nt_term(term)

    def iri(self, iri: str) -> str:
        memo = self._iri_memo
        text = memo.get(iri)
        if text is None:
            text = self._abbreviate(iri)
            if len(memo) >= MEMO_LIMIT:
                memo.clear()
            memo[iri] = text
        return text

    def _abbreviate(self, iri: str) -> str:
        for prefix, namespace in self.table:
            if iri.startswith(namespace) and _PN_LOCAL.match(iri[len(namespace):]):
                return f"{prefix}:{iri[len(namespace):]}"
        return nt_iri(iri)


def _sorted_statements(graph: Iterable) -> Iterator[tuple[URIRef, list[tuple[URIRef, list[Term]]]]]:
    """Subjects by IRI; ``rdf:type`` first, then predicates by IRI; objects by their
    N-Triples form."""
    by_subject = _by_subject(graph)
    for subject in sorted(by_subject, key=str):
        predicates = by_subject[subject]
        typed = predicates.pop(_RDF_TYPE, None)
        order = sorted(predicates, key=str)
        statements = [(p, sorted(predicates[p], key=nt_term)) for p in order]
        if typed is not None:
            statements.insert(0, (_RDF_TYPE, sorted(typed, key=nt_term)))
        yield subject, statements


def _by_subject(graph: Iterable) -> dict[URIRef, dict[URIRef, list[Term]]]:
    """Objects by subject and predicate, in the graph's order; refuses blank nodes."""
    by_subject: dict[URIRef, dict[URIRef, list[Term]]] = {}
    for s, p, o in graph:
        if (type(s) is not URIRef and isinstance(s, BNode)) or (
                type(o) is not URIRef and type(o) is not Literal and isinstance(o, BNode)):
            raise MappingError("blank nodes are not used in pressgraph graphs")
        predicates = by_subject.get(s)
        if predicates is None:
            by_subject[s] = {p: [o]}
            continue
        objects = predicates.get(p)
        if objects is None:
            predicates[p] = [o]
        else:
            objects.append(o)
    return by_subject


def turtle_body(graph: Iterable, prefixes: Prefixes, indent: str = "") -> str:
    """Subject blocks of a graph, sorted, without the prefix header.

    The order is that of :func:`_sorted_statements` (subjects by IRI, ``rdf:type``
    first, then predicates by IRI, objects by their N-Triples form); an IRI's text is
    formatted once per call however often it occurs.
    """
    texts: dict[Term, str] = {}  # IRI -> its text (prefixes.term, which subclasses may change)

    def text_of(term: Term) -> str:
        if type(term) is URIRef:
            text = texts.get(term)
            if text is None:
                text = texts[term] = prefixes.term(term)
            return text
        return prefixes.term(term)

    object_separator = f" ,\n{indent}        "
    parts: list[str] = []
    by_subject = _by_subject(graph)
    for subject in sorted(by_subject, key=str):
        predicates = by_subject[subject]
        typed = predicates.pop(_RDF_TYPE, None)
        order = sorted(predicates, key=str)
        lines = [f"{indent}{text_of(subject)}"]
        if typed is not None:
            order.insert(0, _RDF_TYPE)
            predicates[_RDF_TYPE] = typed
        last = len(order) - 1
        for i, predicate in enumerate(order):
            objects = predicates[predicate]
            if len(objects) > 1:
                objects = sorted(objects, key=nt_term)
            objects_text = object_separator.join([text_of(o) for o in objects])
            end = " ." if i == last else " ;"
            verb = "a" if predicate is _RDF_TYPE else text_of(predicate)
            lines.append(f"{indent}    {verb} {objects_text}{end}")
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def ntriples_lines(graph: Iterable, graph_name: str | None = None) -> list[str]:
    suffix = f" {nt_iri(graph_name)} .\n" if graph_name else " .\n"
    lines = [f"{nt_term(s)} {nt_term(p)} {nt_term(o)}{suffix}" for s, p, o in graph]  # type: ignore[arg-type]
    lines.sort()
    return lines


class StreamWriter:
    """Writes one format incrementally: ``begin()``, ``chunk()`` per graph, ``end()``.

    Turtle, N-Triples and JSON-LD merge every chunk into the default graph (the union; a
    :class:`pressgraph.union.UnionWriter` writes each statement of it once); TriG and
    N-Quads keep each chunk in its named graph. Within a chunk, statements are sorted;
    chunks are written in the order they are given (the input order).

    ``render(chunk)`` is pure (worker processes call it); ``join(text)`` adds whatever
    separator the format needs between chunks, in the writing process.
    """

    def __init__(self, fmt: Format, prefixes: Prefixes, jsonld_context: dict | None = None):
        self.fmt = fmt
        self.prefixes = prefixes
        self.jsonld_context = jsonld_context or {}
        self._chunks_joined = 0

    def begin(self) -> str:
        if self.fmt in ("turtle", "trig"):
            return self.prefixes.header() + "\n"
        if self.fmt == "json-ld":
            context = json.dumps(self.jsonld_context, ensure_ascii=False, sort_keys=True)
            return '{\n"@context": ' + context + ',\n"@graph": [\n'
        return ""

    def render(self, chunk: GraphChunk) -> str:
        if self.fmt == "turtle":
            return turtle_body(chunk.graph, self.prefixes)
        if self.fmt == "trig":
            body = turtle_body(chunk.graph, self.prefixes, indent="    ")
            return f"{self.prefixes.iri(chunk.name)} {{\n{body}}}\n\n"
        if self.fmt == "nt":
            return "".join(ntriples_lines(chunk.graph))
        if self.fmt == "nq":
            return "".join(ntriples_lines(chunk.graph, chunk.name))
        return ",\n".join(json.dumps(node, ensure_ascii=False, sort_keys=True, indent=1)
                          for node in jsonld_nodes(chunk.graph, self.prefixes))

    def join(self, rendered: str) -> str:
        """The text to write for one rendered chunk, separator included."""
        return self.separator() + rendered

    def separator(self) -> str:
        """What goes before the next chunk (for writers that copy a chunk's bytes
        themselves); counts the chunk as joined."""
        self._chunks_joined += 1
        if self._chunks_joined > 1:
            if self.fmt == "json-ld":
                return ",\n"
            if self.fmt == "turtle":
                return "\n"
        return ""

    def chunk(self, chunk: GraphChunk) -> str:
        return self.join(self.render(chunk))

    def end(self) -> str:
        if self.fmt == "json-ld":
            return "\n]\n}\n"
        return ""


def jsonld_nodes(graph: Iterable, prefixes: Prefixes) -> list[dict]:
    """Expanded-IRI JSON-LD node objects (compact IRIs via the shipped context's prefixes)."""
    nodes: list[dict] = []
    for subject, predicates in _sorted_statements(graph):
        node: dict = {"@id": prefixes.iri(str(subject)).strip("<>")}
        for predicate, objects in predicates:
            if predicate == RDF.type:
                node["@type"] = [prefixes.iri(str(o)).strip("<>") for o in objects]
                continue
            key = prefixes.iri(str(predicate)).strip("<>")
            node[key] = [_jsonld_value(o, prefixes) for o in objects]
        nodes.append(node)
    return nodes


def _jsonld_value(term: Term, prefixes: Prefixes) -> dict:
    if isinstance(term, URIRef):
        return {"@id": prefixes.iri(str(term)).strip("<>")}
    value: dict = {"@value": str(term)}
    if term.language:
        value["@language"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        value["@type"] = prefixes.iri(str(term.datatype)).strip("<>")
    return value


def serialize(chunks: Iterable[GraphChunk], fmt: Format, prefixes: Prefixes,
              jsonld_context: dict | None = None) -> str:
    """All chunks in one string, as an export writes them (each statement once in a
    union format); convenient for tests and small outputs."""
    from pressgraph.union import write_union

    parts: list[str] = []
    write_union(chunks, StreamWriter(fmt, prefixes, jsonld_context), _Collect(parts))
    return "".join(parts)


class _Collect:
    def __init__(self, parts: list[str]):
        self.write = parts.append
