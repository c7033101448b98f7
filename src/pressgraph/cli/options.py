"""Options several commands share, defined once so their names, defaults and help agree."""

from __future__ import annotations

import click

from pressgraph.errors import UsageError
from pressgraph.iri import DEFAULT_BASE
from pressgraph.serialize import FORMATS
from pressgraph.shards import Shard, parse_shard

base_option = click.option("--base", default=DEFAULT_BASE, show_default=True,
                           help="Base IRI of minted IRIs.")

validator_option = click.option(
    "--validator", type=click.Choice(["fast", "pyshacl"]), default="fast", show_default=True,
    help="SHACL engine: the compiled one (same results, tested) or pySHACL itself.")

output_option = click.option(
    "-o", "--output", default="-", show_default=True,
    help="Output file ('-' for standard output). A file is replaced atomically (through a "
         "symbolic link, its target); a device or named pipe is written straight through.")

format_option = click.option("-f", "--format", "fmt", default="turtle", show_default=True,
                             type=click.Choice(sorted(FORMATS)), help="Serialisation.")


def _shard(_ctx: click.Context, param: click.Parameter, value: str | None) -> Shard | None:
    if value is None:
        return None
    try:
        return parse_shard(value)
    except UsageError as exc:
        raise click.BadParameter(exc.message, param=param) from None


shard_option = click.option(
    "--shard", callback=_shard, metavar="K/N",
    help="Do part K of N: a deterministic split (inputs by the SHA-256 of their URL, or "
         "of their name when they have none; days by date), so that N jobs cover "
         "everything once (docs/harvesting.md).")
