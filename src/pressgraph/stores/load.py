"""Load releases into a :class:`~pressgraph.stores.Target`, one named graph each.

The batch runner (:func:`pressgraph.batch.render_all`: worker processes, optional cache)
reads, maps, validates and renders each release as sorted N-Triples; only releases whose
graph conforms are written, each with a single atomic replace of its named graph, so
loading the same input twice changes no count and a corrected release leaves none of its
old facts. Two renditions of one release in the same load (its text and its HTML, or two copies of
one text) are one graph, their union, as ``export`` writes it: the first replaces the graph,
the next add to it; a release given twice with two texts (a correction) is replaced by the
later one. Shared graphs (the registry) are written once per load, before the releases,
and only when there is a release to load.

A server that cannot be reached stops the batch at once (every later request would fail
the same way); a server that refuses some releases does not, unless it refuses
``max_consecutive_failures`` in a row. Either way the summary names every release
that was not loaded.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field

from pressgraph.batch import BatchSettings, RenderCache, Rendered, render_all
from pressgraph.errors import StoreError, UsageError
from pressgraph.iri import Minter
from pressgraph.pipeline import Failure
from pressgraph.reader import InputRef
from pressgraph.serialize import GraphChunk, ntriples_lines
from pressgraph.stores import Target
from pressgraph.stores.http import StoreUnavailableError

log = logging.getLogger("pressgraph")


@dataclass(frozen=True)
class NotLoaded:
    source: str
    reason: str


@dataclass
class LoadSummary:
    """What one load did. ``triples`` counts each named graph once, as last written."""

    releases: int = 0
    graph_triples: dict[str, int] = field(default_factory=dict)
    graph_sources: dict[str, str] = field(default_factory=dict)  # which input wrote a graph
    graph_texts: dict[str, tuple[str, str]] = field(default_factory=dict)  # its text's
    # digest and media type
    failures: list[Failure] = field(default_factory=list)  # unreadable, unparseable...
    not_conforming: list[str] = field(default_factory=list)
    not_loaded: list[NotLoaded] = field(default_factory=list)  # the store refused or failed
    seconds: float = 0.0

    @property
    def graphs(self) -> int:
        return len(self.graph_triples)

    @property
    def triples(self) -> int:
        return sum(self.graph_triples.values())

    @property
    def failed(self) -> int:
        return len(self.failures) + len(self.not_conforming) + len(self.not_loaded)


def graph_ntriples(chunk: GraphChunk) -> str:
    """The sorted N-Triples of one graph: the same bytes for the same graph, every time."""
    return "".join(ntriples_lines(chunk.graph))


def write_graph(target: Target, chunk: GraphChunk, summary: LoadSummary) -> None:
    target.replace_graph(chunk.name, graph_ntriples(chunk))
    summary.graph_triples[chunk.name] = len(chunk.graph)


def load_releases(
    refs: Iterable[InputRef],
    settings: BatchSettings,
    target: Target,
    *,
    jobs: int = 1,
    cache: RenderCache | None = None,
    shared_graphs: Sequence[GraphChunk] = (),
    max_consecutive_failures: int = 3,
    on_item: Callable[[Rendered | Failure, str | None], None] | None = None,
    summary: LoadSummary | None = None,
    relist: Callable[[], Iterable[InputRef]] | None = None,
) -> LoadSummary:
    """Process ``refs`` (``settings.fmt`` must be ``"nt"``) and write them to ``target``.

    ``refs`` is read once, as it goes (an archive's members are not all held in memory);
    ``relist`` lists the same inputs again, only to name those that were not attempted
    when the store fails (without it, ``refs`` must be a sequence).

    ``shared_graphs`` (such as the registry graph, ``Minter.registry_graph()``) are
    written before the first release, and only when there is a release to load (so a
    load of nothing but bad inputs writes nothing, and creates no store); when one of
    them fails nothing else is attempted. ``on_item`` is
    called after each input with its result and, when it was not loaded, why. Pass
    ``summary`` to keep what was done so far when the load is interrupted.
    """
    if settings.fmt != "nt":
        raise ValueError("releases are loaded as N-Triples: BatchSettings(fmt='nt')")
    if relist is None:
        if not isinstance(refs, Sequence):
            raise ValueError("pass relist= with refs that can be read only once")
        listed = refs
        relist = lambda: listed  # noqa: E731
    started = time.monotonic()
    summary = LoadSummary() if summary is None else summary
    with closing(render_all(refs, settings, jobs=jobs, cache=cache)) as rendered:
        leading = _until_loadable(rendered)
        items: Iterable[Rendered | Failure] = leading  # nothing to load: the store is untouched
        if leading and _loadable(leading[-1]):
            if not _write_shared(shared_graphs, target, summary, relist):
                summary.seconds = time.monotonic() - started
                return summary
            items = itertools.chain(leading, rendered)
        write_releases(items, relist, target, summary, max_consecutive_failures, on_item)
    summary.seconds = time.monotonic() - started
    return summary


def _loadable(item: Rendered | Failure) -> bool:
    return isinstance(item, Rendered) and item.conforms


def _until_loadable(items: Iterator[Rendered | Failure]) -> list[Rendered | Failure]:
    """The items up to and including the first that can be loaded (all of them when none
    can), so that nothing is written to the store, not even a shared graph, when there is
    no release to load."""
    leading: list[Rendered | Failure] = []
    for item in items:
        leading.append(item)
        if _loadable(item):
            break
    return leading


def _write_shared(shared_graphs: Sequence[GraphChunk], target: Target, summary: LoadSummary,
                  relist: Callable[[], Iterable[InputRef]]) -> bool:
    """Write the shared graphs; when one fails, record every input as not attempted."""
    try:
        for chunk in shared_graphs:
            write_graph(target, chunk, summary)
    except StoreError as exc:
        summary.not_loaded.append(NotLoaded(chunk.name, str(exc)))
        why = ("not attempted: the store could not be reached"
               if isinstance(exc, StoreUnavailableError)
               else f"not attempted: the shared graph {chunk.name} could not be written")
        summary.not_loaded += [NotLoaded(r.source, why) for r in relist()]
        return False
    return True


def write_releases(items: Iterable[Rendered | Failure],
                   relist: Callable[[], Iterable[InputRef]],
                   target: Target, summary: LoadSummary, max_consecutive_failures: int = 3,
                   on_item: Callable[[Rendered | Failure, str | None], None] | None = None,
                   ) -> None:
    """Write rendered releases (one item per input, in order) until done or the store
    fails; ``relist`` names the inputs that were then not attempted."""
    consecutive = 0  # store failures in a row
    for done, item in enumerate(items, 1):
        outcome = _load_one(item, target, summary)
        if on_item is not None:
            on_item(item, outcome.reason)
        if outcome.store_failed:
            consecutive += 1
        elif outcome.reason is None:
            consecutive = 0
        if outcome.unavailable or consecutive >= max_consecutive_failures:
            why = ("not attempted: the store could not be reached" if outcome.unavailable
                   else f"not attempted after {consecutive} store failures in a row")
            summary.not_loaded += [NotLoaded(r.source, why)
                                   for r in itertools.islice(relist(), done, None)]
            return


@dataclass(frozen=True)
class _Outcome:
    reason: str | None = None  # why the input was not loaded; None when it was
    store_failed: bool = False
    unavailable: bool = False


def _load_one(item: Rendered | Failure, target: Target, summary: LoadSummary) -> _Outcome:
    if isinstance(item, Failure):
        summary.failures.append(item)
        return _Outcome(f"{item.stage}: {item.message}")
    if not item.conforms:
        summary.not_conforming.append(item.source)
        return _Outcome("does not conform to the shapes")
    graph = item.graph_iri
    earlier = summary.graph_sources.get(graph)
    # Another rendition (the same text, or another media type: its HTML) of a release
    # written in this load: one graph, the union of both, as export writes it. Another
    # text of the same type under the same release (a correction): it replaces.
    rendition = earlier is not None and earlier != item.source and \
        _is_rendition(summary.graph_texts[graph], (item.text_sha256, item.media_type))
    try:
        if rendition:
            target.add_to_graph(graph, item.text)
            summary.graph_triples[graph] = _count(target, graph)
        else:
            target.replace_graph(graph, item.text)
            summary.graph_triples[graph] = item.triples
    except StoreError as exc:
        summary.not_loaded.append(NotLoaded(item.source, str(exc)))
        return _Outcome(str(exc), store_failed=True,
                        unavailable=isinstance(exc, StoreUnavailableError))
    if rendition:
        log.info("%s: added to the graph %s that %s wrote earlier in this load (two "
                 "renditions of one release)", item.source, graph, earlier)
    else:
        if earlier is not None and earlier != item.source:
            log.warning("%s: replaced the graph %s that %s wrote earlier in this load (the "
                        "same release twice, with another text?)", item.source, graph, earlier)
        summary.graph_sources[graph] = item.source
        summary.graph_texts[graph] = (item.text_sha256, item.media_type)
    summary.releases += 1
    return _Outcome()


def _is_rendition(written: tuple[str, str], new: tuple[str, str]) -> bool:
    """Whether an input of a release already written in this load is another rendition of
    it (the same normalised text, or another media type) rather than another text."""
    return written[0] == new[0] or written[1] != new[1]


def _count(target: Target, graph: str) -> int:
    result = target.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                          union=False)
    cell = result.rows[0][0] if result.rows else None
    return int(cell.value) if cell is not None else 0


def release_graphs(target: Target, minter: Minter, release: str) -> list[str]:
    """The named graphs ``release`` designates that are in ``target``.

    ``release`` is a release ID (``P2024100900123``: every language), an ID with its
    language (``P2024100900123/en``), a release IRI, or a graph IRI.
    """
    release_prefix = f"{minter.base}id/release/"
    if release.startswith(release_prefix):
        release = release[len(release_prefix):]
    if release.startswith(("http://", "https://")):
        wanted = [release]
    elif "/" in release:
        identifier, _, language = release.partition("/")
        wanted = [_graph_iri(minter, identifier, language)]
    else:
        prefix = _graph_iri(minter, release, "en").rsplit("/", 1)[0] + "/"
        return target.named_graphs(prefix)
    present = set(target.named_graphs(wanted[0]))
    return [g for g in wanted if g in present]


def _graph_iri(minter: Minter, identifier: str, language: str) -> str:
    try:
        return minter.release_graph(identifier, language)
    except ValueError as exc:
        raise UsageError(f"{identifier}/{language} is not a release ID (P followed by 13 "
                         "digits, or sha256-<16 hex digits>), optionally with /language"
                         ) from exc
