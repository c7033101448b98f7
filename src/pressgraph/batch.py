"""Running the pipeline over many inputs: in order, in parallel, with a cache.

The main process reads each input's bytes (so archives and standard input stream
sequentially), looks the release up in the cache, and hands the rest to worker
processes that parse, extract, resolve, map, validate and render the release's chunk
of output. Results come back in input order whatever the scheduling, and at most a
bounded window of releases is in flight, so memory stays flat however long the input.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from pressgraph import workers
from pressgraph.errors import PressgraphError
from pressgraph.mapper import MapOptions
from pressgraph.pipeline import Failure, Validator, process_source
from pressgraph.reader import InputRef, decode
from pressgraph.serialize import Format, GraphChunk, Prefixes, StreamWriter
from pressgraph.union import UnionPart, chunk_part
from pressgraph.vocab import prefix_table

GROUP_SIZE = 16  # releases per task: amortises inter-process overhead


@dataclass(frozen=True)
class CachedBody:
    """A rendered chunk still on disk (a cache hit): ``length`` UTF-8 bytes at ``path``.

    The export copies it to its output without decoding it (``write_file`` of the
    output sinks); ``Rendered.text`` reads it for callers that want a string.
    """

    path: str
    length: int

    def read_bytes(self) -> bytes:
        with open(self.path, "rb") as handle:
            data = handle.read()
        if len(data) != self.length:
            raise OSError(f"cache entry {self.path} changed while it was being read")
        return data


@dataclass(frozen=True)
class Rendered:
    """One release, processed and rendered as a chunk of the output format.

    A fresh result carries its chunk in ``rendered``; a cache hit carries ``body``, the
    chunk's bytes on disk, and reads them only when ``text`` is asked for.
    """

    source: str
    graph_iri: str
    release_key: str
    triples: int  # written: what is left when facts were taken out
    meetings: int
    conforms: bool  # False: refused whole
    violations: tuple[str, ...]  # why it was refused, or the facts taken out of it
    warnings: tuple[str, ...]
    rendered: str = ""
    body: CachedBody | None = None
    cached: bool = False
    rejects: tuple[dict[str, object], ...] = ()  # rejects-file records (pipeline.Processed)
    text_sha256: str = ""  # of the normalised text: two renditions of one text share it
    media_type: str = ""  # of the input: the text and the HTML of a release are two renditions
    # what the union writer needs besides the chunk (None when nothing was written): the
    # chunk holds the release's own statements in a union format, the rest come here
    union: UnionPart | None = None

    @property
    def partial(self) -> bool:
        """Written, but without some facts that broke a shape."""
        return self.conforms and bool(self.rejects)

    @property
    def text(self) -> str:
        """The rendered chunk (read from the cache for a hit)."""
        if self.body is not None:
            return self.body.read_bytes().decode("utf-8")
        return self.rendered


@dataclass(frozen=True)
class BatchSettings:
    options: MapOptions
    fmt: Format
    validate: bool = True
    validator: Validator = "fast"
    strict: bool = True  # False: take out the facts that break shapes, write the rest
    # True (export): render for a UnionWriter (a union format's chunk holds the release's
    # own statements, Rendered.union the rest); False (load): every chunk whole
    union: bool = False

    def fingerprint(self) -> str:
        """Everything besides the input that changes the rendered output."""
        parts = [f"{k}={v}" for k, v in sorted(self.options.versions)]
        parts += [f"base={self.options.minter.base}", f"evidence={self.options.evidence}",
                  f"format={self.fmt}", f"validate={self.validate}",
                  f"validator={self.validator}", f"strict={self.strict}",
                  f"union={self.union}"]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()


@dataclass(frozen=True)
class _Task:
    ref: InputRef
    data: bytes


def render_source(ref: InputRef, data: bytes, settings: BatchSettings) -> Rendered | Failure:
    """Process one input's bytes and render its chunk; errors become a Failure."""
    try:
        source = decode(data, ref.source, source_url=ref.source_url,
                        declared_language=ref.declared_language)
        processed = process_source(source, settings.options, validate_graph=settings.validate,
                                   validator=settings.validator, strict=settings.strict)
    except Exception as exc:  # one bad input (or a bug it reveals) never stops the batch
        return Failure.of(ref.source, exc)
    mapped = processed.mapped
    writer = StreamWriter(settings.fmt, Prefixes(prefix_table(settings.options.minter.base)))
    violations: tuple[str, ...] = ()
    if processed.validation is not None and not processed.validation.conforms:
        violations = tuple(v.describe() for v in processed.validation.violations)
    elif processed.partial:
        violations = tuple(r.describe() for r in processed.rejections)
    rendered, part = "", None
    if processed.conforms:
        chunk = GraphChunk(mapped.graph_iri, mapped.triples, (mapped.release_iri,))
        if settings.union:
            chunk, part = chunk_part(chunk, settings.fmt)
        rendered = writer.render(chunk)
    return Rendered(
        source=ref.source,
        rendered=rendered,
        union=part,
        graph_iri=mapped.graph_iri,
        release_key=processed.resolved.release_key,
        triples=len(mapped.triples),
        meetings=mapped.meetings,
        conforms=processed.conforms,
        violations=violations,
        warnings=processed.warnings,
        rejects=processed.reject_records(),
        text_sha256=processed.resolved.extraction.release.text_sha256,
        media_type=processed.resolved.extraction.release.media_type,
    )


def _render_group(tasks: list[_Task], settings: BatchSettings) -> list[Rendered | Failure]:
    return [render_source(t.ref, t.data, settings) for t in tasks]


class RenderCache:
    """Rendered chunks on disk, keyed by the input's bytes and the settings' fingerprint.

    Re-running an unchanged archive reads each input and its cache entry and does no
    other work; changing a rule, the ontology, the shapes or any option changes the
    fingerprint, so everything is redone.

    An entry is three files: ``KEY.json``, the release's counts, conformance, warnings and
    rejects (a few hundred bytes); ``KEY.chunk``, the rendered chunk as UTF-8 bytes exactly as
    they go into the output; and ``KEY.union``, what the union writer needs besides
    (:class:`pressgraph.union.UnionPart`: the digests of the release's own statements and
    the records of its shared ones). A hit reads the small files; the chunk is copied from
    disk to the output by the writer (in the kernel where it can), never decoded. The
    chunk and the union part are written first and the record last, each atomically, and
    the record holds their lengths, so a half-written or foreign entry is a miss, never
    wrong output.
    """

    VERSION = 5  # entry layout; older entries are misses

    def __init__(self, directory: str | Path, settings: BatchSettings):
        self.root = Path(directory)
        self._root = str(self.root)
        self.fingerprint = settings.fingerprint()
        self._prefix = (self.fingerprint + "\0").encode()
        self._made: set[str] = set()

    def key(self, ref: InputRef, data: bytes) -> str:
        digest = hashlib.sha256(self._prefix)
        for part in (ref.source_url or "", ref.declared_language or "",
                     os.path.basename(ref.source)):
            digest.update(part.encode("utf-8") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _base(self, key: str) -> str:
        return os.path.join(self._root, key[:2], key)

    def get(self, key: str, source: str) -> Rendered | None:
        base = self._base(key)
        try:
            with open(base + ".json", "rb") as handle:
                record = json.loads(handle.read())
            length = record.pop("length")
            if record.pop("version") != self.VERSION:
                return None
            body = None
            if length:
                chunk = base + ".chunk"
                if os.stat(chunk).st_size != length:
                    return None
                body = CachedBody(chunk, length)
            union = _read_union(base + ".union", record.pop("union"))
            return Rendered(source=source, body=body, cached=True, union=union,
                            violations=tuple(record.pop("violations")),
                            warnings=tuple(record.pop("warnings")),
                            rejects=tuple(record.pop("rejects")), **record)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, rendered: Rendered) -> None:
        base = self._base(key)
        directory = os.path.dirname(base)
        if directory not in self._made:
            os.makedirs(directory, exist_ok=True)
            self._made.add(directory)
        data = rendered.text.encode("utf-8")
        if data:
            _write_atomically(base + ".chunk", data)
        union = None
        if rendered.union is not None:
            part = rendered.union
            shared = "\n".join(part.shared).encode("utf-8", "surrogatepass")
            _write_atomically(base + ".union", part.digests + shared)
            union = {"scope": list(part.scope), "own": part.own, "digests": len(part.digests),
                     "shared": len(shared)}
        record = {"version": self.VERSION, "length": len(data), "union": union,
                  "graph_iri": rendered.graph_iri,
                  "release_key": rendered.release_key, "triples": rendered.triples,
                  "meetings": rendered.meetings, "conforms": rendered.conforms,
                  "violations": list(rendered.violations), "warnings": list(rendered.warnings),
                  "rejects": list(rendered.rejects), "text_sha256": rendered.text_sha256,
                  "media_type": rendered.media_type}
        _write_atomically(base + ".json", json.dumps(record, ensure_ascii=False).encode("utf-8"))


def _read_union(path: str, record: dict | None) -> UnionPart | None:
    if record is None:
        return None
    with open(path, "rb") as handle:
        data = handle.read()
    size = record["digests"]
    if len(data) != size + record["shared"]:
        raise ValueError(f"cache entry {path} is not the size its record says")
    shared = data[size:].decode("utf-8", "surrogatepass")
    return UnionPart(tuple(record["scope"]), record["own"], data[:size],
                     tuple(shared.split("\n")) if shared else ())


def _write_atomically(path: str, data: bytes) -> None:
    temp = f"{path}.{os.getpid()}.tmp"
    with open(temp, "wb") as handle:
        handle.write(data)
    os.replace(temp, path)


def render_all(refs: Iterable[InputRef], settings: BatchSettings, *, jobs: int = 1,
               cache: RenderCache | None = None) -> Iterator[Rendered | Failure]:
    """Process inputs in order with ``jobs`` worker processes (1: in this process)."""
    if jobs <= 1:
        for task_or_result in _read(refs, cache):
            if isinstance(task_or_result, _Task):
                yield _store(cache, render_source(task_or_result.ref, task_or_result.data,
                                                  settings), task_or_result)
            else:
                yield task_or_result
        return
    yield from _render_parallel(refs, settings, jobs, cache)


def _read(refs: Iterable[InputRef],
          cache: RenderCache | None) -> Iterator[_Task | Rendered | Failure]:
    for ref in refs:
        try:
            data = ref.read_bytes()
        except PressgraphError as exc:
            yield Failure.of(ref.source, exc)
            continue
        if cache is not None:
            hit = cache.get(cache.key(ref, data), ref.source)
            if hit is not None:
                yield hit
                continue
        yield _Task(ref, data)


def _store(cache: RenderCache | None, result: Rendered | Failure,
           task: _Task) -> Rendered | Failure:
    if cache is not None and isinstance(result, Rendered):
        cache.put(cache.key(task.ref, task.data), result)
    return result


def _render_parallel(refs: Iterable[InputRef], settings: BatchSettings, jobs: int,
                     cache: RenderCache | None) -> Iterator[Rendered | Failure]:
    """Groups of tasks go to workers; a bounded window keeps results in input order."""
    window: deque[tuple[str, object]] = deque()  # ("done", result) or ("pending", future, tasks)
    limit = jobs * 4
    pool = workers.pool(jobs)  # workers that end with this process, however it ends
    finished = False
    try:
        group: list[_Task] = []

        def submit() -> None:
            nonlocal group
            if group:
                window.append(("pending", (pool.submit(_render_group, group, settings), group)))
                group = []

        def drain(keep: int) -> Iterator[Rendered | Failure]:
            while len(window) > keep:
                kind, payload = window.popleft()
                if kind == "done":
                    yield payload  # type: ignore[misc]
                    continue
                future, tasks = payload  # type: ignore[misc]
                results = _group_results(future, tasks, settings)
                for task, result in zip(tasks, results, strict=True):
                    yield _store(cache, result, task)

        for item in _read(refs, cache):
            if isinstance(item, _Task):
                group.append(item)
                if len(group) >= GROUP_SIZE:
                    submit()
            else:
                submit()  # keep order: what was read before this result goes first
                window.append(("done", item))
            yield from drain(limit)
        submit()
        yield from drain(0)
        finished = True
    finally:  # a consumer that stops early (fail-fast, dead server, Ctrl-C) waits for nothing
        if finished:
            pool.shutdown(wait=True)
        else:
            workers.stop(pool)


def _group_results(future: Future, tasks: list[_Task],
                   settings: BatchSettings) -> list[Rendered | Failure]:
    try:
        return future.result()
    except Exception:  # a worker died (killed, out of memory): redo the group here
        return _render_group(tasks, settings)
