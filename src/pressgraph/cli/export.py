"""``pressgraph export``: releases in, one validated graph file out."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
import time
from contextlib import closing
from datetime import UTC, datetime

import click

from pressgraph import resources
from pressgraph.batch import BatchSettings, RenderCache, Rendered, render_all
from pressgraph.cli import handle_errors
from pressgraph.cli.options import (
    base_option,
    format_option,
    output_option,
    shard_option,
    validator_option,
)
from pressgraph.cli.progress import Progress
from pressgraph.cli.report import failure_record, reject_records, write_error_report
from pressgraph.errors import ExitCode
from pressgraph.manifest import build_inputs
from pressgraph.pipeline import Failure, Summary, map_options
from pressgraph.reader import count_inputs
from pressgraph.serialize import FORMATS, Prefixes, StreamWriter
from pressgraph.shards import Shard, select_inputs
from pressgraph.sinks import open_output
from pressgraph.union import UNION_FORMATS, UnionWriter
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
@click.option("--strict", is_flag=True,
              help="Refuse a release whole when it breaks a shape [default: take out the "
                   "facts that break it and write the rest].")
@click.option("--rejects", "rejects_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Write a JSON-lines report of the facts taken out of releases and of the "
                   "releases refused (release, shape, message, statements, evidence).")
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
@shard_option
@click.pass_context
@handle_errors
def command(ctx: click.Context, inputs: tuple[str, ...], output: str, fmt: str, base: str,
            do_validate: bool, validator: str, strict: bool, rejects_path: str | None,
            evidence: bool, source_url: str | None, manifest_path: str | None,
            record_time: bool, jobs: int | None, cache_dir: str | None, fail_fast: bool,
            errors_path: str | None, shard: Shard | None) -> None:
    """Export press releases (files, directories, '-' for stdin) as one RDF graph.

    Every release becomes its own named graph (kept by --format trig/nq; merged into the
    default graph by turtle/nt/json-ld, where each statement is written once: a release's
    own statements in input order, then those about shared nodes such as meetings, people
    and organisations, sorted by subject). A fact that breaks a shape is taken out and the
    rest of its release written (--strict: the release is left out); releases that fail
    to read, or cannot be written without breaking a shape, are reported and left out.
    The exit code says so.
    """
    started = time.monotonic()
    options = map_options(base, evidence=evidence)
    if record_time:
        options = dataclasses.replace(options, run_timestamp=datetime.now(UTC))
        cache_dir = None  # every release now carries this run's time: nothing to reuse
    settings = BatchSettings(options=options, fmt=FORMATS[fmt], validate=do_validate,
                             validator=validator, strict=strict, union=True)
    writer = StreamWriter(settings.fmt, Prefixes(prefix_table(options.minter.base)),
                          jsonld_context=_jsonld_context(options.minter.base))
    cache = RenderCache(cache_dir, settings) if cache_dir else None
    summary = Summary()
    rejects: list[dict[str, object]] = []
    refs = select_inputs(build_inputs(inputs, source_url=source_url, manifest=manifest_path),
                         shard)
    progress = Progress(enabled=not ctx.obj["quiet"])
    if progress.enabled and not manifest_path and shard is None:  # an ETA, when cheap
        progress.total = count_inputs(list(inputs))
    items = render_all(refs, settings, jobs=jobs or os.cpu_count() or 1, cache=cache)
    # closing: the workers stop at once when the loop ends early
    with open_output(output) as out, closing(items), UnionWriter(writer, out) as union:
        union.begin()
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
            rejects += reject_records(item.source, item.rejects)
            if not _note_conformance(item, summary) or item.union is None:
                continue
            # a cache hit's chunk is copied from disk, not decoded
            union.add(item.union, item.rendered if item.body is None else None, item.body)
            summary.releases += 1
            summary.meetings += item.meetings
        progress.done()
        summary.triples = union.finish()
        summary.quads = union.quads
        publishable = summary.releases > 0 or not (summary.failures or summary.not_conforming)
        complete = publishable and not (fail_fast and summary.failures)
        if complete:
            out.commit()
        written = complete or out.streams  # a stream got what was written, complete or not
    if errors_path:
        write_error_report(errors_path, map(failure_record, summary.failures))
    if rejects_path:
        write_error_report(rejects_path, rejects)
    _print_summary(summary, output if written else None, settings.fmt, do_validate,
                   time.monotonic() - started, ctx.obj["quiet"])
    code = _exit_code(summary)
    if code != ExitCode.OK:
        sys.exit(int(code))


def _note_conformance(item: Rendered, summary: Summary) -> bool:
    """Report a release refused or written in part; True when it is to be written."""
    if not item.conforms:
        summary.not_conforming.append(item.source)
        for line in item.violations:
            click.echo(f"pressgraph: {item.source}: does not conform: {line}", err=True)
        return False
    if item.partial:
        summary.partial.append(item.source)
        for line in item.violations:
            log.warning("%s: written without a fact: %s", item.source, line)
    return True


def _exit_code(summary: Summary) -> ExitCode:
    """The most serious outcome: refused (1), a bug (3), a failed input (2), in part (4)."""
    if summary.not_conforming:
        return ExitCode.NOT_CONFORMING
    if any(f.internal for f in summary.failures):
        return ExitCode.INTERNAL
    if summary.failures:
        return ExitCode.INPUT
    return ExitCode.PARTIAL if summary.partial else ExitCode.OK


def _jsonld_context(base: str) -> dict:
    context = json.loads(resources.read_text("ontology", resources.JSONLD_CONTEXT_FILE))
    inner = dict(context.get("@context", {}))
    for prefix, namespace in prefix_table(base):
        inner.setdefault(prefix, namespace)
    return inner


def _print_summary(summary: Summary, output: str | None, fmt: str, validated: bool,
                   seconds: float, quiet: bool) -> None:
    """One line of counts naming the output only when it was written (``None``: it was
    not). ``triples``: distinct triples (each counted once however many releases state
    it); for TriG and N-Quads also the statements in the named graphs. Each failure was
    named as it happened, so it is only counted here."""
    if quiet:
        return
    if validated:
        whole = summary.releases - len(summary.partial)
        written = (f"{whole} releases written whole, {len(summary.partial)} in part, "
                   f"{len(summary.not_conforming)} refused")
    else:
        written = f"{summary.releases} releases written (shapes not checked)"
    graphs = "" if fmt in UNION_FORMATS else f" ({summary.quads} in named graphs)"
    target = f" -> {output}" if output is not None else "; nothing written"
    click.echo(
        f"pressgraph: {written}; {summary.meetings} meetings, {summary.triples} triples"
        f"{graphs}{target}; {len(summary.failures)} failed; {seconds:.2f}s",
        err=True,
    )
