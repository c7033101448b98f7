"""Each statement once in a union output (Turtle, N-Triples, JSON-LD), in bounded memory.

A release graph's statements fall in two parts:

* **its own**: those whose subject is the release, its named graph, or a node whose IRI
  extends the release's (evidence spans and selectors, quotations). No other release
  writes them, so the worker renders them and they are written in input order, streaming;
* **shared**: those about nodes that several releases may describe (meetings and their
  participations and agenda items, people, posts, organisations, places, concepts, the run
  and the software). They come back from the worker as *records* (``subject NUL predicate
  NUL object``, the object in N-Triples form), are de-duplicated, and are written once,
  after every release, sorted by subject: one block per shared node in Turtle, one node
  object in JSON-LD.

**The bound.** At most :data:`SPOOL_LIMIT` (100,000) distinct shared statements are held
in memory (about 25 MB); beyond that a sorted run is written to a temporary directory
(under ``TMPDIR``, removed at the end), and the runs are merged at the end, with at most
:data:`MERGE_FAN_IN` files open at once. The merge is exact: each statement is written
once, whatever the archive's size, and the output is the same whether or not anything was
spilled, so the bytes never depend on the bound, the number of workers or the cache.

**A release given twice** (the text and the HTML of one release, or one file twice) has
its own statements written once too: each release's own statements are remembered as
16-byte digests (about 5 KB a release, in memory up to 8 MB, then in the temporary
directory, plus about 150 bytes a release for the index), and when a release comes again
only the statements its first rendering lacked are added, to the shared part.

TriG and N-Quads keep one named graph per release: their chunks are written as they are,
and the same records only count the distinct triples for the summary.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

import pyoxigraph as ox
from rdflib import URIRef

from pressgraph.errors import OutputError
from pressgraph.serialize import (
    _INTEGER,
    GraphChunk,
    Prefixes,
    StreamWriter,
    Term,
    escape_string,
    nt_term,
)

SPOOL_LIMIT = 100_000  # distinct shared statements held in memory before a run is spilled
MERGE_FAN_IN = 64  # run files merged at once
DIGEST_MEMORY = 8 << 20  # bytes of own-statement digests held in memory before spilling
DIGEST_SIZE = 16
SEP = "\x00"  # IRIs and N-Triples terms never contain it, and it sorts first
UNION_FORMATS = frozenset({"turtle", "nt", "json-ld"})
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
               "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
               "json-ld": ox.RdfFormat.JSON_LD}


@dataclass(frozen=True)
class UnionPart:
    """What the union writer needs of one release besides its rendered chunk."""

    scope: tuple[str, ...]  # its graph's IRI, then the release's own IRI
    own: int  # the release's own statements (all in the rendered chunk)
    digests: bytes  # DIGEST_SIZE-byte digests of the chunk's statements, sorted
    shared: tuple[str, ...]  # the statements that are not its own, as records, sorted


def record(s: Term, p: Term, o: Term) -> str:
    """``subject NUL predicate NUL object``: sorts by subject IRI, then predicate IRI,
    then the object's N-Triples form (the order of :func:`serialize.turtle_body`)."""
    return f"{nt_term(s)[1:-1]}{SEP}{nt_term(p)[1:-1]}{SEP}{nt_term(o)}"


def owned(subject: str, scope: tuple[str, ...]) -> bool:
    return any(subject == iri or subject.startswith(iri + "/") for iri in scope)


def split(triples: Iterable[tuple[Term, Term, Term]], scope: tuple[str, ...], *,
          whole: bool = False) -> tuple[list[tuple[Term, Term, Term]], UnionPart]:
    """A release's own statements (to render) and its :class:`UnionPart`; ``whole``:
    the chunk holds every statement (TriG, N-Quads), so the digests cover them all."""
    own: list[tuple[Term, Term, Term]] = []
    digests: list[bytes] = []
    shared: set[str] = set()
    ownership: dict[Term, bool] = {}
    for triple in triples:
        subject = triple[0]
        mine = ownership.get(subject)
        if mine is None:
            mine = ownership[subject] = owned(str(subject), scope)
        text = record(*triple)
        if mine:
            own.append(triple)
        else:
            shared.add(text)
        if mine or whole:
            digests.append(digest(text))
    digests.sort()
    return own, UnionPart(scope, len(own), b"".join(digests), tuple(sorted(shared)))


def chunk_part(chunk: GraphChunk, fmt: str) -> tuple[GraphChunk, UnionPart]:
    """The chunk to render (its own statements in a union format, all of them otherwise)."""
    whole = fmt not in UNION_FORMATS
    own, part = split(chunk.graph, (chunk.name, *chunk.scope), whole=whole)
    return (chunk if whole else GraphChunk(chunk.name, own, chunk.scope)), part


def digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"),
                           digest_size=DIGEST_SIZE).digest()


class Output(Protocol):
    def write(self, text: str) -> None: ...


class Body(Protocol):  # batch.CachedBody
    path: str
    length: int

    def read_bytes(self) -> bytes: ...


class UnionWriter:
    """Writes chunks through a :class:`StreamWriter`, each statement once in a union
    format, and counts the distinct triples written (whatever the format)::

        union = UnionWriter(writer, out); union.begin()
        union.add(part, text)  # per release, in input order
        triples = union.finish(); union.close()
    """

    def __init__(self, writer: StreamWriter, out: Output, *, limit: int | None = None):
        self.writer = writer
        self.out = out
        self.union = writer.fmt in UNION_FORMATS
        self._temp = _TempDir()
        self._spool = _Spool(limit or SPOOL_LIMIT, self._temp)
        self._digests = _DigestLog(self._temp)
        self._first: dict[bytes, tuple[int, int]] = {}  # release -> its digests in the log
        self._own = 0
        self.quads = 0  # statements written in named graphs (TriG, N-Quads)

    def begin(self) -> None:
        self.out.write(self.writer.begin())

    def add(self, part: UnionPart, text: str | None = None, body: Body | None = None) -> None:
        """One release: its rendered chunk as ``text``, or on disk as ``body``."""
        key = digest("\n".join(part.scope))
        first = self._first.get(key)
        if first is None:
            self._first[key] = (self._digests.append(part.digests), len(part.digests))
            self._own += part.own
            self.quads += len(part.digests) // DIGEST_SIZE
            self._write_chunk(text, body)
        else:  # the release again: only what its first rendering lacked, once
            known = self._digests.read(*first)
            seen = {known[i:i + DIGEST_SIZE] for i in range(0, len(known), DIGEST_SIZE)}
            rendered = text if text is not None else (
                body.read_bytes().decode("utf-8") if body is not None else "")
            new = sorted({r for r in self.records(rendered) if digest(r) not in seen})
            if not self.union:  # its graph again, with the statements it lacked
                self._write_chunk(self._graph_block(part.scope[0], new), None)
                self.quads += len(new)
            self._spool.add(r for r in new if owned(r.split(SEP, 1)[0], part.scope))
        self._spool.add(part.shared)

    def _write_chunk(self, text: str | None, body: Body | None) -> None:
        if body is not None and body.length:
            if hasattr(self.out, "write_file"):
                self.out.write(self.writer.separator())
                self.out.write_file(body.path, body.length)  # type: ignore[attr-defined]
            else:
                self.out.write(self.writer.join(body.read_bytes().decode("utf-8")))
        elif text:
            self.out.write(self.writer.join(text))

    def records(self, rendered: str) -> list[str]:
        """The statements of a rendered chunk as records (read back with Oxigraph)."""
        fmt = self.writer.fmt
        if fmt in ("turtle", "trig"):
            data = self.writer.prefixes.header() + rendered
        elif fmt == "json-ld":
            data = json.dumps({"@context": dict(self.writer.prefixes.ordered)})[:-1] + \
                ', "@graph": [' + rendered + "]}"
        else:
            data = rendered
        return [_ox_record(q) for q in ox.parse(data.encode("utf-8"), format=_OX_FORMATS[fmt])]

    def finish(self) -> int:
        """Write the shared statements (union formats) and the end; the distinct triples."""
        count = self._own
        pending: list[str] = []
        size = 0
        for subject, group in _by_subject(self._spool.merged()):
            count += len(group)
            if not self.union:
                continue
            block = self.writer.join(self._block(subject, group))
            pending.append(block)
            size += len(block)
            if size > 1 << 20:
                self.out.write("".join(pending))
                pending, size = [], 0
        self.out.write("".join(pending) + self.writer.end())
        return count

    def close(self) -> None:
        self._spool.close()
        self._digests.close()
        self._temp.remove()

    def __enter__(self) -> UnionWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ shared blocks

    def _graph_block(self, graph: str, records: list[str]) -> str:
        """Records as a TriG graph block or N-Quads lines of ``graph``."""
        if not records:
            return ""
        if self.writer.fmt == "nq":
            return "".join(f"<{s}> <{p}> {o} <{graph}> .\n"
                           for s, p, o in (r.split(SEP, 2) for r in records))
        body = "\n".join(self._block(s, group, "    ")
                         for s, group in _by_subject(iter(records)))
        return f"{self.writer.prefixes.iri(graph)} {{\n{body}}}\n\n"

    def _block(self, subject: str, group: list[tuple[str, str]], indent: str = "") -> str:
        fmt, prefixes = self.writer.fmt, self.writer.prefixes
        if fmt == "nt":
            return "".join(f"<{subject}> <{p}> {o} .\n" for p, o in group)
        ordered = [g for g in group if g[0] == _RDF_TYPE] + [g for g in group if g[0] != _RDF_TYPE]
        if fmt == "json-ld":
            return _jsonld_block(subject, ordered, prefixes)
        lines = [indent + prefixes.term(_iri(subject))]
        runs: list[tuple[str, list[str]]] = []
        for p, o in ordered:
            if runs and runs[-1][0] == p:
                runs[-1][1].append(o)
            else:
                runs.append((p, [o]))
        for i, (p, objects) in enumerate(runs):
            verb = "a" if p == _RDF_TYPE else prefixes.term(_iri(p))
            text = f" ,\n{indent}        ".join(_turtle_object(o, prefixes) for o in objects)
            lines.append(f"{indent}    {verb} {text}{' .' if i == len(runs) - 1 else ' ;'}")
        return "\n".join(lines) + "\n"


def write_union(chunks: Iterable[GraphChunk], writer: StreamWriter, out: Output) -> int:
    """Every chunk through a :class:`UnionWriter` in this process; the distinct triples."""
    with UnionWriter(writer, out) as union:
        union.begin()
        for chunk in chunks:
            rendered, part = chunk_part(chunk, writer.fmt)
            union.add(part, writer.render(rendered))
        return union.finish()


# --------------------------------------------------------------------------- terms

def _iri(text: str) -> Term:
    return URIRef(text)


def _split_literal(term: str) -> tuple[str, str]:
    """(the quoted lexical form, what follows it: '', '@lang' or '^^<datatype>')."""
    end = term.rindex('"')
    return term[:end + 1], term[end + 1:]


def _turtle_object(term: str, prefixes: Prefixes) -> str:
    """What :meth:`Prefixes.term` writes for the term whose N-Triples form is ``term``."""
    if term.startswith("<"):
        return prefixes.term(_iri(term[1:-1]))
    quoted, rest = _split_literal(term)
    if rest.startswith("^^<"):
        datatype = rest[3:-1]
        if datatype == _XSD + "integer" and _INTEGER.fullmatch(quoted[1:-1]):
            return quoted[1:-1]
        return f"{quoted}^^{prefixes.iri(datatype)}"
    return term


_UNESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))')
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'",
          "\\": "\\"}


def unescape(text: str) -> str:
    """The string an N-Triples quoted literal's content stands for."""
    def replace(match: re.Match[str]) -> str:
        code = match.group(1) or match.group(2)
        return chr(int(code, 16)) if code else _ECHAR[match.group(3)]

    return _UNESCAPE.sub(replace, text)


def _jsonld_block(subject: str, group: list[tuple[str, str]], prefixes: Prefixes) -> str:
    """The node object :func:`serialize.jsonld_nodes` writes for these statements."""
    def compact(iri: str) -> str:
        return prefixes.iri(iri).strip("<>")

    node: dict = {"@id": compact(subject)}
    for p, o in group:
        if p == _RDF_TYPE:
            node.setdefault("@type", []).append(compact(o[1:-1]))
            continue
        if o.startswith("<"):
            value: dict = {"@id": compact(o[1:-1])}
        else:
            quoted, rest = _split_literal(o)
            value = {"@value": unescape(quoted[1:-1])}
            if rest.startswith("@"):
                value["@language"] = rest[1:]
            elif rest:
                value["@type"] = compact(rest[3:-1])
        node.setdefault(compact(p), []).append(value)
    return json.dumps(node, ensure_ascii=False, sort_keys=True, indent=1)


def _language(tag: str) -> str:
    """BCP 47 case (Oxigraph lower-cases tags; the mapper writes 'zh-Hant')."""
    parts = tag.split("-")
    return "-".join([parts[0].lower()] + [p.title() if len(p) == 4 else p.upper() if len(p) == 2
                                          else p.lower() for p in parts[1:]])


def _ox_record(quad: ox.Quad) -> str:
    o = quad.object
    if isinstance(o, ox.NamedNode):
        obj = f"<{o.value}>"
    else:
        obj = f'"{escape_string(o.value)}"'
        if o.language:
            obj += "@" + _language(o.language)
        elif o.datatype.value != _XSD + "string":
            obj += f"^^<{o.datatype.value}>"
    return f"{quad.subject.value}{SEP}{quad.predicate.value}{SEP}{obj}"


def _by_subject(records: Iterator[str]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    subject: str | None = None
    group: list[tuple[str, str]] = []
    for item in records:
        s, p, o = item.split(SEP, 2)
        if s != subject:
            if group:
                yield subject, group  # type: ignore[misc]
            subject, group = s, []
        group.append((p, o))
    if group:
        yield subject, group  # type: ignore[misc]


# --------------------------------------------------------------------------- on disk

class _TempDir:
    """A temporary directory made on first use (nothing is written below the bound)."""

    def __init__(self) -> None:
        self.path: str | None = None

    def file(self, name: str) -> str:
        if self.path is None:
            try:
                self.path = tempfile.mkdtemp(prefix="pressgraph-union-")
            except OSError as exc:
                raise _temp_error(exc, tempfile.gettempdir()) from exc
        return os.path.join(self.path, name)

    def remove(self) -> None:
        if self.path is not None:
            shutil.rmtree(self.path, ignore_errors=True)
            self.path = None


class _Spool:
    """Distinct records, sorted: a set in memory, spilled as sorted runs past the bound."""

    def __init__(self, limit: int, temp: _TempDir):
        self.limit = limit
        self.temp = temp
        self.held: set[str] = set()
        self.runs: list[str] = []
        self.written = 0

    def add(self, records: Iterable[str]) -> None:
        self.held.update(records)
        if len(self.held) >= self.limit:
            self.runs.append(self._write_run(sorted(self.held)))
            self.held.clear()

    def _write_run(self, records: Iterable[str]) -> str:
        self.written += 1
        path = self.temp.file(f"run-{self.written:06d}")
        try:
            with open(path, "w", encoding="utf-8", errors="surrogatepass", newline="\n") as out:
                for item in records:
                    out.write(item + "\n")
        except OSError as exc:
            raise _temp_error(exc, path) from exc
        return path

    def merged(self) -> Iterator[str]:
        while len(self.runs) > MERGE_FAN_IN:  # merge the oldest runs into one, then again
            batch, self.runs = self.runs[:MERGE_FAN_IN], self.runs[MERGE_FAN_IN:]
            self.runs.append(self._write_run(_distinct(heapq.merge(*map(_read_run, batch)))))
            for path in batch:
                os.unlink(path)
        streams = [_read_run(path) for path in self.runs] + [iter(sorted(self.held))]
        return _distinct(heapq.merge(*streams))

    def close(self) -> None:
        self.held.clear()


def _temp_error(exc: OSError, path: str) -> OutputError:
    return OutputError(f"cannot write the union's temporary files (set TMPDIR to a directory "
                       f"with room): {exc.strerror or exc}", source=path)


def _read_run(path: str) -> Iterator[str]:
    with open(path, encoding="utf-8", errors="surrogatepass", newline="\n") as source:
        for line in source:
            yield line[:-1]


def _distinct(records: Iterable[str]) -> Iterator[str]:
    previous = None
    for item in records:
        if item != previous:
            yield item
            previous = item


class _DigestLog:
    """Append-only bytes: in memory up to DIGEST_MEMORY, then in a temporary file."""

    def __init__(self, temp: _TempDir):
        self.temp = temp
        self.memory = bytearray()
        self.flushed = 0
        self.handle: object | None = None

    def append(self, data: bytes) -> int:
        offset = self.flushed + len(self.memory)
        self.memory += data
        if len(self.memory) >= DIGEST_MEMORY:
            path = self.temp.file("digests")
            try:
                if self.handle is None:
                    self.handle = open(path, "w+b")
                self.handle.write(self.memory)  # type: ignore[attr-defined]
                self.handle.flush()  # type: ignore[attr-defined]
            except OSError as exc:
                raise _temp_error(exc, path) from exc
            self.flushed += len(self.memory)
            self.memory = bytearray()
        return offset

    def read(self, offset: int, length: int) -> bytes:
        if offset >= self.flushed:
            start = offset - self.flushed
            return bytes(self.memory[start:start + length])
        return os.pread(self.handle.fileno(), length, offset)  # type: ignore[attr-defined]

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()  # type: ignore[attr-defined]
            self.handle = None
