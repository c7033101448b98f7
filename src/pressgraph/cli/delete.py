"""``pressgraph delete``: remove releases' named graphs from a triple store."""

from __future__ import annotations

import sys
from typing import Any

import click

from pressgraph.cli import handle_errors
from pressgraph.cli.load import open_target, target_options
from pressgraph.errors import ExitCode
from pressgraph.iri import DEFAULT_BASE, Minter
from pressgraph.stores.load import release_graphs


@click.command("delete")
@click.argument("releases", nargs=-1, required=True)
@target_options
@click.option("--base", default=DEFAULT_BASE, show_default=True,
              help="Base IRI the releases were loaded with.")
@click.pass_context
@handle_errors
def command(ctx: click.Context, releases: tuple[str, ...], base: str, **target: Any) -> None:
    """Delete the named graphs of RELEASES from a store.

    A RELEASE is a release ID (every language: P2024100900123), an ID with a language
    (P2024100900123/en), a release IRI or a graph IRI. Exit code 2 when one of them is
    not in the store (the others are still deleted).
    """
    minter = Minter(base)
    missing: list[str] = []
    deleted = 0
    with open_target(target) as store:
        for release in releases:
            graphs = release_graphs(store, minter, release)
            if not graphs:
                missing.append(release)
                click.echo(f"pressgraph: {release}: not in {store.description}", err=True)
            for graph in graphs:
                store.delete_graph(graph)
                deleted += 1
        description = store.description
    if not ctx.obj["quiet"]:
        click.echo(f"pressgraph: deleted {deleted} named graphs from {description}; "
                   f"{len(missing)} not found", err=True)
    if missing:
        sys.exit(int(ExitCode.INPUT))
