"""SPARQL over exported graphs, and the W3C result formats.

Files are loaded into an in-memory Oxigraph store, the same engine as the embedded store
and the Oxigraph server, so a query returns the same rows from a file, a store and a
server. Queries see the union of all named graphs as their default graph.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from pressgraph.errors import InputError, QueryError

RESULT_FORMATS = ("table", "csv", "tsv", "json")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

_FORMAT_BY_SUFFIX = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class Cell:
    """One bound value in the W3C SPARQL JSON results model."""

    type: str  # "uri", "literal", "bnode"
    value: str
    datatype: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class QueryResult:
    variables: tuple[str, ...]
    rows: tuple[tuple[Cell | None, ...], ...]

    def column(self, name: str) -> list[str | None]:
        index = self.variables.index(name)
        return [row[index].value if row[index] else None for row in self.rows]

    def records(self) -> list[dict[str, str]]:
        return [{v: c.value for v, c in zip(self.variables, row, strict=True) if c}
                for row in self.rows]


def rdf_format_for(path: Path) -> ox.RdfFormat:
    fmt = _FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"cannot tell the RDF format from the extension {path.suffix!r}; "
                         f"expected one of {', '.join(sorted(_FORMAT_BY_SUFFIX))}",
                         source=str(path))
    return fmt


def load_files(paths: Iterable[str | Path]) -> ox.Store:
    """The files in one in-memory store. A file that holds no RDF statement (empty, or
    only comments and prefixes) is an :class:`InputError`, as one that does not parse."""
    store = ox.Store()
    for raw in paths:
        path = Path(raw)
        fmt = rdf_format_for(path)
        try:
            if next(iter(ox.parse(path=str(path), format=fmt)), None) is None:
                raise InputError("holds no RDF statements: empty, or not RDF",
                                 source=str(path))
            store.bulk_load(path=str(path), format=fmt)
        except SyntaxError as exc:
            raise InputError(f"does not parse: {exc}", source=str(path)) from exc
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", source=str(path)) from exc
    return store


def query_store(store: ox.Store, query: str, *, union: bool = True) -> QueryResult:
    try:
        solutions = store.query(query, use_default_graph_as_union=union)
    except SyntaxError as exc:
        raise QueryError(f"the query does not parse: {exc}") from exc
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError("only SELECT queries are supported here")
    variables = tuple(v.value for v in solutions.variables)
    rows = tuple(tuple(_cell(solution[v]) for v in variables) for solution in solutions)
    return QueryResult(variables, rows)


def _cell(term: object) -> Cell | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Cell("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Cell("bnode", term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Cell("literal", term.value, language=term.language)
        datatype = term.datatype.value
        xsd_string = "http://www.w3.org/2001/XMLSchema#string"
        return Cell("literal", term.value, datatype=None if datatype == xsd_string else datatype)
    raise QueryError(f"unsupported result term {term!r}")


def parse_json_results(text: str) -> QueryResult:
    """Read a SPARQL 1.1 Query Results JSON document (a server's answer) into rows."""
    document = json.loads(text)
    if "boolean" in document:
        raise QueryError("only SELECT queries are supported here (this was an ASK query)")
    variables = tuple(document["head"]["vars"])
    rows = tuple(tuple(_json_cell(binding.get(v)) for v in variables)
                 for binding in document["results"]["bindings"])
    return QueryResult(variables, rows)


def _json_cell(value: dict | None) -> Cell | None:
    if value is None:
        return None
    kind = value["type"]
    if kind == "typed-literal":  # the pre-standard form some servers still send
        kind = "literal"
    if kind not in ("uri", "literal", "bnode"):
        raise QueryError(f"unsupported result term type {kind!r}")
    language = value.get("xml:lang") or None
    datatype = value.get("datatype") or None
    if datatype in (_XSD_STRING, _RDF_LANG_STRING):
        datatype = None
    return Cell(kind, value["value"], datatype=None if language else datatype,
                language=language)


def format_result(result: QueryResult, fmt: str) -> str:
    if fmt == "json":
        return _json(result)
    if fmt == "csv":
        return _csv(result)
    if fmt == "tsv":
        return _tsv(result)
    return _table(result)


def _json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON Format."""
    bindings = []
    for row in result.rows:
        binding = {}
        for variable, cell in zip(result.variables, row, strict=True):
            if cell is None:
                continue
            value: dict[str, str] = {"type": cell.type, "value": cell.value}
            if cell.language:
                value["xml:lang"] = cell.language
            elif cell.datatype:
                value["datatype"] = cell.datatype
            binding[variable] = value
        bindings.append(binding)
    document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV Format: plain values, CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if c is None else c.value for c in row])
    return out.getvalue()


def _tsv_term(cell: Cell | None) -> str:
    if cell is None:
        return ""
    if cell.type == "uri":
        return f"<{cell.value}>"
    if cell.type == "bnode":
        return f"_:{cell.value}"
    from pressgraph.serialize import escape_string

    text = f'"{escape_string(cell.value)}"'
    if cell.language:
        return f"{text}@{cell.language}"
    if cell.datatype:
        return f"{text}^^<{cell.datatype}>"
    return text


def _tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV Format: terms in Turtle/N-Triples syntax."""
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(_tsv_term(c) for c in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _table(result: QueryResult) -> str:
    header: Sequence[str] = result.variables
    body = [["" if c is None else c.value for c in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    rule = "  ".join("-" * w for w in widths)
    rows = ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in body]
    return "\n".join([line.rstrip(), rule, *rows, f"({len(body)} rows)"]) + "\n"
