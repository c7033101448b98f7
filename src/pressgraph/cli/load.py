"""``pressgraph load``: releases in, one named graph each in a triple store.

The registry graph (``{base}graph/registry``: the registry's organisations, posts, change
events and sources) is written first, replacing the one the store held, unless
``--no-registry``.

The target is an embedded Oxigraph store in a directory (``--store DIR``) or any
SPARQL 1.1 server (``--endpoint URL``). The options that choose and reach a target are
shared with ``pressgraph query`` and ``pressgraph delete``.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from pressgraph.batch import BatchSettings, RenderCache, Rendered
from pressgraph.cli import describe_interrupt, handle_errors
from pressgraph.cli.options import base_option, shard_option, validator_option
from pressgraph.cli.progress import Progress
from pressgraph.cli.registry import registry_conforms
from pressgraph.cli.report import failure_record, write_error_report
from pressgraph.errors import ExitCode, PressgraphError, UsageError, interrupt_exit_code
from pressgraph.iri import ONTOLOGY_IRI, Minter
from pressgraph.manifest import build_inputs
from pressgraph.pipeline import Failure, map_options
from pressgraph.reader import InputRef, count_inputs
from pressgraph.registry_mapper import MappedRegistry, map_registry
from pressgraph.serialize import GraphChunk
from pressgraph.shards import Shard, select_inputs
from pressgraph.stores import Target
from pressgraph.stores.embedded import EmbeddedStore
from pressgraph.stores.http import HttpClient, RetryPolicy, auth_headers
from pressgraph.stores.load import LoadSummary, load_releases
from pressgraph.stores.server import SparqlServer, server_urls
from pressgraph.validate import ontology_graph

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("pressgraph")

_SERVER_OPTIONS = (
    click.option("--update-endpoint", metavar="URL",
                 help="SPARQL Update endpoint (default: derived from --endpoint)."),
    click.option("--graph-store", metavar="URL",
                 help="Graph Store Protocol endpoint (default: derived from --endpoint)."),
    click.option("--no-graph-store", is_flag=True,
                 help="Write with SPARQL Update only, never the Graph Store Protocol."),
    click.option("--timeout", type=click.FloatRange(0.1, 3600), default=60.0,
                 show_default=True, help="Seconds to wait for each answer of the server."),
    click.option("--retries", type=click.IntRange(0, 10), default=3, show_default=True,
                 help="Retries of a failed request that is safe to repeat (with backoff)."),
    click.option("--netrc", "netrc_file", type=click.Path(dir_okay=False),
                 help="netrc file with the server's credentials (default: $NETRC or "
                      "~/.netrc). Or set PRESSGRAPH_AUTHORIZATION to a header value."),
    click.option("--header", "headers", multiple=True, metavar="'NAME: VALUE'",
                 help="Extra HTTP header (repeatable); not for credentials."),
)


def target_options(func: F) -> F:
    """``--store DIR`` | ``--endpoint URL`` and the options of a server connection."""
    for option in reversed(_SERVER_OPTIONS):
        func = option(func)
    func = click.option("--endpoint", metavar="URL",
                        help="SPARQL query endpoint of a server (Oxigraph: "
                             "http://HOST:7878/query).")(func)
    func = click.option("--store", "store_dir", metavar="DIR",
                        type=click.Path(file_okay=False),
                        help="Embedded Oxigraph store in this directory.")(func)
    return func


@contextmanager
def open_target(options: dict[str, Any], *, read_only: bool = False,
                create_lazily: bool = False) -> Iterator[Target]:
    """The target the command line names; closed (flushed) at the end. With
    ``create_lazily``, a new embedded store is made only when something is written."""
    store_dir, endpoint = options.get("store_dir"), options.get("endpoint")
    if bool(store_dir) == bool(endpoint):
        raise UsageError("give exactly one of --store DIR and --endpoint URL")
    target: Target
    if store_dir:
        target = EmbeddedStore(store_dir, read_only=read_only, create_lazily=create_lazily)
    else:
        urls = server_urls(endpoint, update=options.get("update_endpoint"),
                           graph_store=options.get("graph_store"),
                           use_graph_store=not options.get("no_graph_store"))
        headers = _parse_headers(options.get("headers", ()))
        headers.update(auth_headers(urls.query, netrc_file=options.get("netrc_file")))
        policy = RetryPolicy(timeout=options.get("timeout", 60.0),
                             attempts=options.get("retries", 3) + 1)
        target = SparqlServer(urls, HttpClient(headers, policy))
    try:
        yield target
    finally:
        target.close()


def _parse_headers(raw: tuple[str, ...]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for item in raw:
        name, sep, value = item.partition(":")
        name = name.strip()
        if not sep or not name or any(c.isspace() for c in name):
            raise UsageError(f"--header {item!r}: expected 'Name: value'")
        if name.lower() in ("authorization", "proxy-authorization", "cookie"):
            raise UsageError(f"--header {name}: credentials do not belong on the command "
                             "line (it is visible to other users); use ~/.netrc or set "
                             "PRESSGRAPH_AUTHORIZATION")
        headers[name] = value.strip()
    return headers


@click.command("load")
@click.argument("inputs", nargs=-1)
@target_options
@base_option
@click.option("--validate/--no-validate", "do_validate", default=True, show_default=True,
              help="Load only releases whose graph conforms to the shapes.")
@validator_option
@click.option("--evidence/--no-evidence", default=True, show_default=True,
              help="Record the text span every fact came from.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes [default: the number of cores].")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False),
              help="Reuse rendered releases from this directory (as 'export --cache').")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False),
              help="Write a JSON-lines report of the inputs that were not loaded.")
@click.option("--registry/--no-registry", "with_registry", default=True, show_default=True,
              help="Also (re)load the registry graph {base}graph/registry.")
@click.option("--ontology/--no-ontology", "with_ontology", default=True, show_default=True,
              help="Also (re)load the ontology and its concept schemes (roles, sides, "
                   "statuses) into the graph named by the ontology's IRI.")
@click.option("--manifest", "manifest_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="CSV (path,url[,language]) or JSON-lines list of inputs, paths relative to "
                   "it (as 'export --manifest'; a harvest's manifest.jsonl).")
@shard_option
@click.pass_context
@handle_errors
def command(ctx: click.Context, inputs: tuple[str, ...], base: str, do_validate: bool,
            validator: str, evidence: bool, jobs: int | None, cache_dir: str | None,
            errors_path: str | None, with_registry: bool, with_ontology: bool,
            manifest_path: str | None, shard: Shard | None, **target: Any) -> None:
    """Load press releases (files, directories) into a triple store, one named graph each.

    The registry graph ({base}graph/registry: organisations, posts, change events and
    their sources, under the IRIs the releases use) is loaded too and replaced on every
    load; --no-registry leaves it as it is. So is the ontology, with the concept schemes the
    releases' roles, sides and statuses come from, in the graph named by its IRI
    (--no-ontology to skip). Loading a release again replaces its graph
    (same counts; none of the old facts stay). Each graph is written with one request or
    transaction, so a store never holds half a release. Releases that fail to read, do
    not conform to the shapes or are refused by the store are named as they fail and the
    exit code says so; when none can be loaded, nothing is written (a new --store is not
    even created). A progress line is shown on a terminal (never in pipes or CI).
    """
    settings = BatchSettings(options=map_options(base, evidence=evidence), fmt="nt",
                             validate=do_validate,
                             validator=validator)
    cache = RenderCache(cache_dir, settings) if cache_dir else None

    def listed() -> Iterator[InputRef]:  # read as it goes: an archive is never held whole
        return select_inputs(build_inputs(inputs, manifest=manifest_path), shard)

    refs = listed()
    quiet = ctx.obj["quiet"]
    progress = Progress(enabled=not quiet)
    if progress.enabled and not manifest_path and shard is None:  # an ETA, when cheap
        progress.total = count_inputs(list(inputs))

    def report(item: Rendered | Failure, reason: str | None) -> None:
        progress.tick()
        if isinstance(item, Rendered):
            for warning in item.warnings:
                log.warning("%s: %s", item.source, warning)
            for line in item.violations:
                click.echo(f"pressgraph: {item.source}: does not conform: {line}", err=True)
        if reason is not None:
            click.echo(f"pressgraph: {item.source}: not loaded: {reason}", err=True)
            reported.add(item.source)

    reported: set[str] = set()  # named once as they happen; the summary names the rest

    summary = LoadSummary()
    shared = _registry_graphs(settings.options.minter, do_validate, validator, summary) \
        if with_registry else []
    if with_ontology:
        shared.append(GraphChunk(ONTOLOGY_IRI, ontology_graph()))
    with open_target(target, create_lazily=True) as store:
        try:
            load_releases(refs, settings, store, jobs=jobs or os.cpu_count() or 1,
                          relist=listed,
                          cache=cache, on_item=report, summary=summary,
                          shared_graphs=shared)
        except KeyboardInterrupt as exc:
            progress.done()
            click.echo(f"pressgraph: {describe_interrupt(exc)} after {summary.releases} releases; "
                       "each release in the store is complete (old or new), none is "
                       "half-loaded", err=True)
            sys.exit(interrupt_exit_code(exc))
        progress.done()
        totals = _totals(store, summary)
        description = store.description
    if errors_path:
        _write_report(errors_path, summary)
    if not quiet:
        _print_summary(summary, description, totals, reported)
    if summary.not_conforming:
        sys.exit(int(ExitCode.NOT_CONFORMING))
    if any(f.internal for f in summary.failures):
        sys.exit(int(ExitCode.INTERNAL))
    if summary.failures or summary.not_loaded:
        sys.exit(int(ExitCode.INPUT))


def _registry_graphs(minter: Minter, do_validate: bool, validator: str,
                     summary: LoadSummary) -> list[GraphChunk]:
    """The registry graph to load with the releases; none when it does not conform."""
    mapped: MappedRegistry = map_registry(minter)
    for warning in mapped.warnings:
        log.warning("registry: %s", warning)
    if do_validate and not registry_conforms(mapped, validator):
        summary.not_conforming.append(f"registry graph {mapped.graph_iri}")
        return []
    return [mapped.chunk()]


def _totals(store: Target, summary: LoadSummary) -> tuple[int, int] | None:
    """What the store holds after the load, when it can still be asked."""
    if summary.graphs == 0 or (summary.not_loaded and summary.releases == 0):
        return None  # nothing written (the store may not even exist), or it is gone
    try:
        return store.totals()
    except PressgraphError:  # the summary must print even if the store is gone
        return None


def _write_report(path: str, summary: LoadSummary) -> None:
    write_error_report(path, [
        *(failure_record(failure) for failure in summary.failures),
        *({"file": source, "stage": "validate", "error": "NotConforming",
           "message": "does not conform to the shapes"} for source in summary.not_conforming),
        *({"file": item.source, "stage": "load", "error": "StoreError",
           "message": item.reason} for item in summary.not_loaded),
    ])


def _print_summary(summary: LoadSummary, description: str, totals: tuple[int, int] | None,
                   reported: set[str]) -> None:
    """One line of counts, then the inputs not loaded that were not named as they failed
    (those not attempted after the store failed)."""
    held = f" (the store now holds {totals[0]} named graphs, {totals[1]} triples)" if totals \
        else ""
    target = f" -> {description}{held}" if summary.graphs else "; nothing loaded"
    click.echo(
        f"pressgraph: {summary.releases} releases, {summary.graphs} named graphs, "
        f"{summary.triples} triples{target}; {summary.seconds:.2f}s; {summary.failed} failed",
        err=True,
    )
    rest = [(f"{failure.source} ({failure.stage})", failure.message)
            for failure in summary.failures if failure.source not in reported]
    rest += [(f"{source} (validate)", "does not conform to the shapes")
             for source in summary.not_conforming if source not in reported]
    rest += [(f"{item.source} (load)", item.reason)
             for item in summary.not_loaded if item.source not in reported]
    if rest:
        click.echo("pressgraph: not loaded:", err=True)
        for what, why in rest:
            click.echo(f"  {what}: {why}", err=True)
