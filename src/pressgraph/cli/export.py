"""``pressgraph export``: releases in, one validated graph file out."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
import time
from contextlib import closing
from datetime import datetime, timezone

import click

from pressgraph import resources
from pressgraph.cli import handle_errors
from pressgraph.cli.options import base_option, format_option, output_option, validator_option
from pressgraph.errors import ExitCode
from pressgraph.batch import BatchSettings, RenderCache, render_all
from pressgraph.cli.progress import Progress
from pressgraph.cli.report import failure_record, write_error_report
from pressgraph.manifest import build_inputs
from pressgraph.pipeline import Failure, Summary, map_options
from pressgraph.reader import count_inputs
from pressgraph.serialize import FORMATS, Prefixes, StreamWriter
from pressgraph.sinks import open_output
from pressgraph.vocab import prefix_table

log = logging.getLogger("pressgraph")


@click.command("export")
@click.argument("inputs", nargs=-1)
@output_option
@format_option
@base_option
@click.option("--validate/--no-validate", "do_validate", default=True, show_default=True,
              help="Gate the output on SHACL conformance.")
@validator_option
@click.option("--evidence/--no-evidence", default=True, show_default=True,
              help="Record the text span every fact came from (Web Annotation selectors).")
@click.option("--source-url", metavar="URL",
              help="URL the single input was fetched from (release ID and date come from it).")
@click.option("--manifest", "manifest_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="CSV (path,url[,language]) or JSON-lines list of inputs, paths relative to it.")
@click.option("--record-time", is_flag=True,
              help="Record the run's start time (prov:startedAtTime). Off by default: with it, "
                   "two runs no longer give the same bytes.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes [default: the number of cores].")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False),
              help="Reuse rendered releases from this directory when neither the input nor "
                   "the rules, ontology, shapes or options changed.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False),
              help="Write a JSON-lines report of failed inputs (file, stage, error, message).")
@click.pass_context
@handle_errors
def command(ctx: click.Context, inputs: tuple[str, ...], output: str, fmt: str, base: str,
            do_validate: bool, validator: str, evidence: bool, source_url: str | None,
            manifest_path: str | None, record_time: bool, jobs: int | None, cache_dir: str | None,
            fail_fast: bool, errors_path: str | None) -> None:
    """Export press releases (files, directories, '-' for stdin) as one RDF graph.

    Every release becomes its own named graph (kept by --format trig/nq; merged into the
    default graph by turtle/nt/json-ld). Releases that fail to read or do not conform to
    the shapes are reported and left out; the exit code says so.
    """
    started = time.monotonic()
    options = map_options(base, evidence=evidence)
    if record_time:
        options = dataclasses.replace(options, run_timestamp=datetime.now(timezone.utc))
        cache_dir = None  # every release now carries this run's time: nothing to reuse
    settings = BatchSettings(options=options, fmt=FORMATS[fmt], validate=do_validate,
                             validator=validator)
    writer = StreamWriter(settings.fmt, Prefixes(prefix_table(options.minter.base)),
                          jsonld_context=_jsonld_context(options.minter.base))
    cache = RenderCache(cache_dir, settings) if cache_dir else None
    summary = Summary()
    refs = build_inputs(inputs, source_url=source_url, manifest=manifest_path)
    progress = Progress(enabled=not ctx.obj["quiet"])
    if progress.enabled and not manifest_path:  # an ETA, when counting is cheap
        progress.total = count_inputs(list(inputs))
    items = render_all(refs, settings, jobs=jobs or os.cpu_count() or 1, cache=cache)
    with open_output(output) as out, closing(items):  # closing: workers stop at once
        out.write(writer.begin())
        for item in items:
            progress.tick()
            if isinstance(item, Failure):
                summary.failures.append(item)
                click.echo(f"pressgraph: {item.source}: {item.stage}: {item.message}", err=True)
                if fail_fast:
                    break
                continue
            for warning in item.warnings:
                log.warning("%s: %s", item.source, warning)
            if not item.conforms:
                summary.not_conforming.append(item.source)
                for line in item.violations:
                    click.echo(f"pressgraph: {item.source}: does not conform: {line}", err=True)
                continue
            if item.body is not None:  # a cache hit: copy its bytes, do not decode them
                out.write(writer.separator())
                out.write_file(item.body.path, item.body.length)
            else:
                out.write(writer.join(item.text))
            summary.releases += 1
            summary.meetings += item.meetings
            summary.triples += item.triples
        progress.done()
        out.write(writer.end())
        publishable = summary.releases > 0 or not (summary.failures or summary.not_conforming)
        complete = publishable and not (fail_fast and summary.failures)
        if complete:
            out.commit()
        written = complete or out.streams  # a stream got what was written, complete or not
    if errors_path:
        write_error_report(errors_path, map(failure_record, summary.failures))
    _print_summary(summary, output if written else None, do_validate,
                   time.monotonic() - started, ctx.obj["quiet"])
    if summary.not_conforming:
        sys.exit(int(ExitCode.NOT_CONFORMING))
    if any(f.internal for f in summary.failures):
        sys.exit(int(ExitCode.INTERNAL))
    if summary.failures:
        sys.exit(int(ExitCode.INPUT))


def _jsonld_context(base: str) -> dict:
    context = json.loads(resources.read_text("ontology", resources.JSONLD_CONTEXT_FILE))
    inner = dict(context.get("@context", {}))
    for prefix, namespace in prefix_table(base):
        inner.setdefault(prefix, namespace)
    return inner


def _print_summary(summary: Summary, output: str | None, validated: bool, seconds: float,
                   quiet: bool) -> None:
    """One line of counts naming the output only when it was written (``None``: it was
    not). Each failure was named as it happened, so it is only counted here."""
    if quiet:
        return
    conformance = ("not checked" if not validated else
                   "conforms" if not summary.not_conforming else
                   f"{len(summary.not_conforming)} release(s) do not conform")
    target = f" -> {output}" if output is not None else "; nothing written"
    click.echo(
        f"pressgraph: {summary.releases} releases, {summary.meetings} meetings, "
        f"{summary.triples} triples{target}; shapes: {conformance}; "
        f"{len(summary.failures)} failed; {seconds:.2f}s",
        err=True,
    )
