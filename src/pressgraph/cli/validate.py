"""``pressgraph validate``: check RDF files against pressgraph's SHACL shapes."""

from __future__ import annotations

import sys

import click
from rdflib import Dataset, Graph

from pressgraph.cli import handle_errors
from pressgraph.errors import ExitCode, InputError
from pressgraph.validate import all_shapes_graph, validate


@click.command("validate")
@click.argument("graphs", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.pass_context
@handle_errors
def command(ctx: click.Context, graphs: tuple[str, ...]) -> None:
    """Validate GRAPHS (Turtle, TriG, N-Triples, N-Quads, JSON-LD), merged into one graph,
    against every shapes file in shapes/ (releases, registry, dataset description).

    A file that is empty or holds no RDF statements is an input error (exit 2).
    """
    merged = Graph()
    for path in graphs:
        merged += _load(path)
    result = validate(merged, shapes=all_shapes_graph())
    for v in result.violations:
        click.echo(f"{v.severity}: {v.describe()}")
    if not ctx.obj["quiet"]:
        verdict = "conforms" if result.conforms else f"{len(result.violations)} result(s)"
        click.echo(f"pressgraph: {len(merged)} triples; {verdict}", err=True)
    if not result.conforms:
        sys.exit(int(ExitCode.NOT_CONFORMING))


def _load(path: str) -> Graph:
    from rdflib.util import guess_format

    fmt = guess_format(path) or "turtle"
    dataset = Dataset()
    try:
        dataset.parse(path, format=fmt)
    except FileNotFoundError as exc:
        raise InputError("no such file", source=path) from exc
    except Exception as exc:  # rdflib's parsers raise many exception types
        raise InputError(f"does not parse as {fmt}: {exc}", source=path) from exc
    graph = Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    if len(graph) == 0:  # nothing to check is not "conforms"
        raise InputError(f"holds no RDF statements (read as {fmt}): empty, or not RDF",
                         source=path)
    return graph
