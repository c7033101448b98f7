"""``pressgraph export``: releases in, one validated graph file out."""

from __future__ import annotations

import json
import logging
import sys
import time

import click

from pressgraph import resources
from pressgraph.cli import handle_errors
from pressgraph.errors import ExitCode, UsageError
from pressgraph.iri import DEFAULT_BASE
from pressgraph.manifest import build_inputs
from pressgraph.pipeline import Failure, Processed, Summary, map_options, process_all
from pressgraph.serialize import FORMATS, GraphChunk, Prefixes, StreamWriter
from pressgraph.sinks import open_output
from pressgraph.vocab import prefix_table

log = logging.getLogger("pressgraph")


@click.command("export")
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", default="-", show_default=True,
              help="Output file ('-' for standard output). Written atomically.")
@click.option("-f", "--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(sorted(FORMATS)), help="Serialisation.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of minted IRIs.")
@click.option("--validate/--no-validate", "do_validate", default=True, show_default=True,
              help="Gate the output on SHACL conformance.")
@click.option("--evidence/--no-evidence", default=True, show_default=True,
              help="Record the text span every fact came from (Web Annotation selectors).")
@click.option("--source-url", metavar="URL",
              help="URL the single input was fetched from (release ID and date come from it).")
@click.option("--manifest", "manifest_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="CSV (path,url[,language]) or JSON-lines list of inputs, paths relative to it.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False),
              help="Write a JSON-lines report of failed inputs (file, stage, error, message).")
@click.pass_context
@handle_errors
def command(ctx: click.Context, inputs: tuple[str, ...], output: str, fmt: str, base: str,
            do_validate: bool, evidence: bool, source_url: str | None, manifest_path: str | None,
            fail_fast: bool, errors_path: str | None) -> None:
    """Export press releases (files, directories, '-' for stdin) as one RDF graph.

    Every release becomes its own named graph (kept by --format trig/nq; merged into the
    default graph by turtle/nt/json-ld). Releases that fail to read or do not conform to
    the shapes are reported and left out; the exit code says so.
    """
    started = time.monotonic()
    options = map_options(base, evidence=evidence)
    writer = StreamWriter(FORMATS[fmt], Prefixes(prefix_table(options.minter.base)),
                          jsonld_context=_jsonld_context(options.minter.base))
    summary = Summary()
    refs = list(build_inputs(inputs, source_url=source_url, manifest=manifest_path))
    with open_output(output) as out:
        out.write(writer.begin())
        for item in process_all(refs, options, validate_graph=do_validate):
            if isinstance(item, Failure):
                summary.failures.append(item)
                click.echo(f"pressgraph: {item.source}: {item.stage}: {item.message}", err=True)
                if fail_fast:
                    break
                continue
            _report_warnings(item, ctx.obj["verbose"])
            if not item.conforms:
                summary.not_conforming.append(item.source)
                _report_violations(item)
                continue
            out.write(writer.chunk(GraphChunk(item.mapped.graph_iri, item.mapped.graph)))
            summary.releases += 1
            summary.meetings += item.mapped.meetings
            summary.triples += len(item.mapped.graph)
        out.write(writer.end())
        if summary.releases == 0 and (summary.failures or summary.not_conforming):
            pass  # nothing worth publishing: keep any previous output intact
        elif not (fail_fast and summary.failures):
            out.commit()
    if errors_path:
        _write_errors(errors_path, summary.failures)
    _print_summary(summary, output, do_validate, time.monotonic() - started, ctx.obj["quiet"])
    if summary.not_conforming:
        sys.exit(int(ExitCode.NOT_CONFORMING))
    if summary.failures:
        sys.exit(int(ExitCode.INPUT))


def _jsonld_context(base: str) -> dict:
    context = json.loads(resources.read_text("ontology", resources.JSONLD_CONTEXT_FILE))
    inner = dict(context.get("@context", {}))
    for prefix, namespace in prefix_table(base):
        inner.setdefault(prefix, namespace)
    return inner


def _report_warnings(item: Processed, verbose: int) -> None:
    for warning in item.warnings:
        log.warning("%s: %s", item.source, warning)


def _report_violations(item: Processed) -> None:
    assert item.validation is not None
    release = item.resolved.release
    for v in item.validation.violations:
        path = f" {v.path}" if v.path else ""
        click.echo(f"pressgraph: {item.source}: does not conform: {v.focus_node}{path}: "
                   f"{v.message} [{v.component}]", err=True)
    del release


def _write_errors(path: str, failures: list[Failure]) -> None:
    from pressgraph.sinks import AtomicTextFile

    with AtomicTextFile(path) as out:
        for failure in failures:
            out.write(json.dumps({"file": failure.source, "stage": failure.stage,
                                  "error": failure.error, "message": failure.message},
                                 ensure_ascii=False) + "\n")
        out.commit()


def _print_summary(summary: Summary, output: str, validated: bool, seconds: float,
                   quiet: bool) -> None:
    if quiet:
        return
    conformance = ("not checked" if not validated else
                   "conforms" if not summary.not_conforming else
                   f"{len(summary.not_conforming)} release(s) do not conform")
    click.echo(
        f"pressgraph: {summary.releases} releases, {summary.meetings} meetings, "
        f"{summary.triples} triples -> {output}; shapes: {conformance}; "
        f"{len(summary.failures)} failed; {seconds:.2f}s",
        err=True,
    )
    if summary.failures:
        click.echo("pressgraph: failed inputs:", err=True)
        for failure in summary.failures:
            click.echo(f"  {failure.source} ({failure.stage}): {failure.message}", err=True)


__all__ = ["command", "UsageError"]
