"""``pressgraph registry``: look after the curated registry of agencies, bodies and posts.

``pressgraph registry export`` writes the registry itself as RDF: the registry graph
(``{base}graph/registry``) with organisations, bodies, posts, places, change events and
their sources, validated against shapes/registry.shacl.ttl.

``pressgraph registry unresolved INPUT...`` runs read, parse, extract and resolve over the
inputs and lists every organisation and standing body that did not resolve to the registry,
with how often it was named and one release that names it, so that the registry grows by
adding rows to its data files; with ``--people``, the named people not in ``people.csv`` too.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

import click

from pressgraph import registry
from pressgraph.cli import handle_errors
from pressgraph.cli.export import _jsonld_context
from pressgraph.cli.options import base_option, format_option, output_option, validator_option
from pressgraph.errors import ExitCode, PressgraphError
from pressgraph.extract import extract
from pressgraph.iri import Minter
from pressgraph.parse import parse
from pressgraph.reader import iter_inputs, read
from pressgraph.registry_mapper import MappedRegistry, check_registry, map_registry
from pressgraph.resolve import organisation_mentions, resolve
from pressgraph.serialize import FORMATS, Prefixes, StreamWriter
from pressgraph.sinks import open_output
from pressgraph.vocab import prefix_table


@dataclass
class Unresolved:
    kind: str  # org or body
    key: str  # the minted key: one line per node the graph would get
    name: str  # as first printed
    count: int = 0
    releases: list[str] = field(default_factory=list)


@click.group("registry")
def command() -> None:
    """The curated registry of agencies, bodies, posts and places."""


@command.command("unresolved")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--people", is_flag=True, help="Also list named people not in people.csv.")
@click.pass_context
@handle_errors
def unresolved(ctx: click.Context, inputs: tuple[str, ...], people: bool) -> None:
    """List organisations and bodies in INPUTS that are not in the registry.

    Tab-separated: count, kind, name as printed, minted key, example release.
    """
    found: dict[str, Unresolved] = {}
    releases = mentions = failures = 0
    for ref in iter_inputs(list(inputs)):
        try:
            extraction = extract(parse(read(ref)))
            resolved = resolve(extraction)
        except PressgraphError as exc:
            failures += 1
            click.echo(f"pressgraph: error: {exc}", err=True)
            continue
        releases += 1
        table = dict(resolved.organisations)
        for mention in organisation_mentions(extraction):
            mentions += 1
            org = table.get(mention.name)
            if org is not None and not org.from_registry:
                _count(found, org.kind, org.key, mention.name, ref.source)
        for meeting in resolved.meetings:
            if meeting.body is not None and meeting.meeting.body:
                mentions += 1
                if not meeting.body.from_registry:
                    _count(found, meeting.body.kind, meeting.body.key, meeting.meeting.body,
                           ref.source)
        for name, person in resolved.people if people else ():
            if not person.from_registry:
                _count(found, person.kind, person.key, name, ref.source)
    for entry in sorted(found.values(), key=lambda e: (-e.count, e.name.casefold(), e.key)):
        click.echo(f"{entry.count}\t{entry.kind}\t{entry.name}\t{entry.key}\t{entry.releases[0]}")
    if not ctx.obj["quiet"]:
        click.echo(f"pressgraph: {releases} release(s); {mentions} organisation/body mention(s); "
                   f"{len(found)} not in the registry (registry {registry.version()})", err=True)
    if failures:
        sys.exit(int(ExitCode.INPUT))


@command.command("export")
@output_option
@format_option
@base_option
@click.option("--validate/--no-validate", "do_validate", default=True, show_default=True,
              help="Write only a registry graph that conforms to shapes/registry.shacl.ttl.")
@validator_option
@click.pass_context
@handle_errors
def export(ctx: click.Context, output: str, fmt: str, base: str, do_validate: bool,
           validator: str) -> None:
    """Write the registry itself as RDF, in its named graph {base}graph/registry.

    Organisations, standing bodies, posts, places and dated changes (org:ChangeEvent),
    with labels in English and Chinese and the source of every record. The IRIs are the
    ones the release graphs use, so the two can be loaded side by side
    ('pressgraph load' does so).
    """
    minter = Minter(base)
    mapped = map_registry(minter)
    for warning in mapped.warnings:
        click.echo(f"pressgraph: warning: {warning}", err=True)
    conformance = "not checked"
    if do_validate:
        if not registry_conforms(mapped, validator):
            click.echo("pressgraph: the registry graph does not conform to the shapes; "
                       "nothing was written", err=True)
            sys.exit(int(ExitCode.NOT_CONFORMING))
        conformance = "conforms"
    writer = StreamWriter(FORMATS[fmt], Prefixes(prefix_table(minter.base)),
                          jsonld_context=_jsonld_context(minter.base))
    with open_output(output) as out:
        out.write(writer.begin())
        out.write(writer.chunk(mapped.chunk()))
        out.write(writer.end())
        out.commit()
    if not ctx.obj["quiet"]:
        click.echo(f"pressgraph: registry {mapped.version}: {len(mapped.triples)} triples, "
                   f"{mapped.change_events} change events -> {output}; shapes: {conformance}",
                   err=True)


def _count(found: dict[str, Unresolved], kind: str, key: str, name: str, source: str) -> None:
    entry = found.setdefault(key, Unresolved(kind, key, name))
    entry.count += 1
    if source not in entry.releases:
        entry.releases.append(source)


def registry_conforms(mapped: MappedRegistry, validator: str) -> bool:
    """Check the registry graph against its shapes, printing each violation."""
    result = check_registry(mapped, validator)
    for violation in result.violations:
        click.echo(f"pressgraph: registry: does not conform: {violation.describe()}", err=True)
    return result.conforms
