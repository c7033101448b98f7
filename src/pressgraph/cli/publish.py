"""``pressgraph publish``: releases (or exported RDF) in, a static linked-data site out."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from rdflib import URIRef

from pressgraph.cli import handle_errors
from pressgraph.errors import ExitCode, InputError, UsageError
from pressgraph.iri import DEFAULT_BASE, check_base, slug
from pressgraph.pipeline import Failure, map_options, process_all
from pressgraph.publish import TEXT_MODES, PublishOptions, build_site
from pressgraph.reader import iter_inputs
from pressgraph.serialize import GraphChunk
from pressgraph.vocab import FOAF, ORG, RDF, SKOS


@click.command("publish")
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", "--out", "out", required=True, type=click.Path(file_okay=False),
              metavar="DIR",
              help="Site directory (created, or replaced if it holds an earlier site); "
                   "--out is the older name.")
@click.option("--base", default=DEFAULT_BASE, show_default=True,
              help="Base IRI; the site is served at its path.")
@click.option("--data", "data_files", multiple=True, type=click.Path(dir_okay=False),
              help="Publish already-exported RDF (.ttl .nt .trig .nq .jsonld) instead of or "
                   "beside releases. Repeatable.")
@click.option("--text-mode", type=click.Choice(TEXT_MODES), default="facts", show_default=True,
              help="facts: no release wording beyond names and titles; quotes: adds evidence "
                   "quotes; full: everything (only if you hold the rights).")
@click.option("--licence", "--license", "licence", help="IRI of the licence of the publication.")
@click.option("--publisher", help="IRI of the publisher (dct:publisher).")
@click.option("--publisher-name", default="pressgraph", show_default=True,
              help="Name of the publisher.")
@click.option("--sparql-endpoint", help="IRI of a SPARQL endpoint serving the same data.")
@click.option("--registry/--no-registry", "with_registry", default=True, show_default=True,
              help="Add the registry's names and posts' organisations for the things the "
                   "releases name (from the registry graph {base}graph/registry).")
@click.pass_context
@handle_errors
def command(ctx: click.Context, inputs: tuple[str, ...], out: str, base: str,
            data_files: tuple[str, ...], text_mode: str, licence: str | None,
            publisher: str | None, publisher_name: str, sparql_endpoint: str | None,
            with_registry: bool) -> None:
    """Publish press releases as a static linked-open-data site in the directory -o.

    Runs the pipeline with validation over INPUTS (files, directories), or reads exported
    RDF with --data, then writes an HTML page and Turtle, JSON-LD and N-Triples for every
    thing under {base}id/ at doc/..., index pages, dumps, a VoID/DCAT description, the
    ontology and shapes, and nginx/Apache content-negotiation configuration.
    """
    if not inputs and not data_files:
        raise UsageError("give release files or directories, or --data with exported RDF")
    started = time.monotonic()
    base = check_base(base)
    for name, value in (("--licence", licence), ("--publisher", publisher),
                        ("--sparql-endpoint", sparql_endpoint)):
        if value is not None and not value.startswith(("http://", "https://")):
            raise UsageError(f"{name} {value!r} is not an http(s) IRI")
    options = PublishOptions(base=base, text_mode=text_mode,  # type: ignore[arg-type]
                             licence=licence, publisher=publisher, publisher_name=publisher_name,
                             sparql_endpoint=sparql_endpoint)
    chunks: list[GraphChunk] = []
    failures: list[Failure] = []
    not_conforming: list[str] = []
    if inputs:
        mapping = map_options(base)
        for item in process_all(iter_inputs(list(inputs)), mapping, validate_graph=True):
            if isinstance(item, Failure):
                failures.append(item)
                click.echo(f"pressgraph: {item.source}: {item.stage}: {item.message}", err=True)
            elif not item.conforms:
                not_conforming.append(item.source)
                click.echo(f"pressgraph: {item.source}: does not conform to the shapes; "
                           "left out of the site", err=True)
            else:
                chunks.append(GraphChunk(item.mapped.graph_iri, item.mapped.graph,
                                         (item.mapped.release_iri,)))
    failed = len(failures) + len(not_conforming)
    for path in data_files:
        chunks += load_rdf(Path(path), base)
    if not chunks:  # every input failed, or the data held nothing: leave --out alone
        click.echo("pressgraph: nothing to publish; no site was written", err=True)
        sys.exit(int(_exit_code(failures, not_conforming) or ExitCode.INPUT))
    if with_registry and chunks:
        chunks.append(registry_context(chunks, base))
    report = build_site(chunks, options, Path(out))
    if report.triples and not report.things:
        click.echo(f"pressgraph: warning: no IRI in the data is under {base}id/, so no page "
                   "was made for it; is --base the base the data was exported with?", err=True)
    if not ctx.obj.get("quiet"):
        click.echo(f"pressgraph: {len(chunks)} graphs, {report.triples} triples -> "
                   f"{report.pages} pages, {report.files} files, {report.bytes:,} bytes in "
                   f"{out}; text mode {text_mode}; {failed} failed; "
                   f"{time.monotonic() - started:.2f}s", err=True)
    code = _exit_code(failures, not_conforming)  # the site holds all that did not fail
    if code:
        sys.exit(int(code))


def _exit_code(failures: list[Failure], not_conforming: list[str]) -> ExitCode:
    """As export: 1 some release does not conform, 3 an internal error, 2 some input
    failed, 0 none of these."""
    if not_conforming:
        return ExitCode.NOT_CONFORMING
    if any(f.internal for f in failures):
        return ExitCode.INTERNAL
    return ExitCode.INPUT if failures else ExitCode.OK


#: What the site takes from the registry graph about the things the releases name.
CONTEXT_PROPERTIES = (RDF.type, SKOS.prefLabel, FOAF.name, ORG.postIn)


def registry_context(chunks: list[GraphChunk], base: str) -> GraphChunk:
    """The registry graph's types, names and posts' organisations for the things the
    chunks name (and the names of those organisations): a release says which post a
    person held, the registry which organisation the post is in."""
    from pressgraph.iri import Minter
    from pressgraph.registry_mapper import map_registry

    registry = map_registry(Minter(base))
    named = {t for chunk in chunks for triple in chunk.graph for t in (triple[0], triple[2])
             if isinstance(t, URIRef)}
    kept = [(s, p, o) for s, p, o in registry.triples if s in named and p in CONTEXT_PROPERTIES]
    organisations = {o for _s, p, o in kept if p == ORG.postIn} - named
    kept += [(s, p, o) for s, p, o in registry.triples
             if s in organisations and p in (RDF.type, SKOS.prefLabel)]
    return GraphChunk(registry.graph_iri, kept)


def load_rdf(path: Path, base: str) -> list[GraphChunk]:
    """Exported RDF as graph chunks: named graphs kept, default-graph triples in one chunk."""
    from rdflib import Dataset, Graph

    from pressgraph.sparql import rdf_format_for

    fmt = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads",
           ".trig": "trig", ".jsonld": "json-ld", ".json": "json-ld"}.get(path.suffix.lower())
    if fmt is None:
        rdf_format_for(path)  # raises the usual message about extensions
        raise InputError(f"cannot publish {path.suffix} files", source=str(path))
    dataset = Dataset()
    try:
        dataset.parse(str(path), format=fmt)
    except FileNotFoundError as exc:
        raise InputError("file not found", source=str(path)) from exc
    except Exception as exc:  # rdflib raises many unrelated types for bad syntax
        raise InputError(f"does not parse as {fmt}: {exc}", source=str(path)) from exc
    chunks = []
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if len(graph) == 0:
            continue
        copy = Graph()
        for triple in graph:
            copy.add(triple)
        name = str(graph.identifier)
        if not isinstance(graph.identifier, URIRef) or name.startswith("urn:x-rdflib:"):
            name = f"{base}graph/file/{slug(path.name)}"
        chunks.append(GraphChunk(name, copy))
    return chunks
