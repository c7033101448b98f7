"""``pressgraph query``: run a SPARQL SELECT query over files, a store or a server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from pressgraph import resources
from pressgraph.cli import handle_errors
from pressgraph.cli.load import open_target, target_options
from pressgraph.errors import InputError, UsageError
from pressgraph.sparql import RESULT_FORMATS, format_result, load_files, query_store


@click.command("query")
@click.argument("query_file")
@click.option("--data", "data", multiple=True, metavar="FILE",
              help="RDF file(s) to query (Turtle, TriG, N-Triples, N-Quads, JSON-LD).")
@target_options
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(RESULT_FORMATS), help="Result format (csv/tsv/json: W3C).")
@click.option("--union/--no-union", default=True, show_default=True,
              help="Query the union of all named graphs as the default graph.")
@click.pass_context
@handle_errors
def command(ctx: click.Context, query_file: str, data: tuple[str, ...], fmt: str,
            union: bool, **target: Any) -> None:
    """Run QUERY_FILE (a path, or the name of a shipped query such as 'releases').

    The data is one of: --data FILE... (exported graphs), --store DIR (an embedded
    store made by 'pressgraph load') or --endpoint URL (a SPARQL server). The same
    query returns the same rows from each.
    """
    text = _query_text(query_file)
    chosen = [bool(data), bool(target.get("store_dir")), bool(target.get("endpoint"))]
    if sum(chosen) != 1:
        raise UsageError("give exactly one of --data FILE..., --store DIR and --endpoint URL")
    if data:
        result = query_store(load_files(data), text, union=union)
    else:
        with open_target(target, read_only=True) as store:
            result = store.query(text, union=union)
    click.echo(format_result(result, fmt), nl=False)


def _query_text(name: str) -> str:
    path = Path(name)
    if path.is_file():
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the query: {exc}", source=name) from exc
    shipped = resources.list_names("queries", ".rq")
    candidate = name if name.endswith(".rq") else f"{name}.rq"
    if candidate in shipped:
        return resources.query_text(candidate)
    raise InputError(f"no such query file, and not one of the shipped queries: "
                     f"{', '.join(shipped)}", source=name)
