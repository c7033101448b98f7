"""What the triple-store tests share: the CLI runner, the inputs that all load and the queries,
the quads of an export and of a store, the totals ``pressgraph load`` reports, releases
written with a stable ID, and literals that stress every escaping path."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner, Result

from pressgraph.cli import main
from pressgraph.serialize import GraphChunk
from pressgraph.stores import Target
from tests.conftest import CORPUS, ROOT, SAMPLE

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
# Inputs that all load (the awkward and HTML fixtures are about failures, tested elsewhere).
GOOD_INPUTS = [*sorted(CORPUS.glob("*.txt")), SAMPLE]


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def export_nquads(tmp_path: Path, inputs: list[Path]) -> Path:
    out = tmp_path / "export.nq"
    result = run("export", *inputs, "-f", "nq", "-o", out)
    assert result.exit_code == 0, result.output
    return out


def export_registry_nquads(tmp_path: Path) -> Path:
    """The registry graph as 'pressgraph registry export' writes it (what load adds)."""
    out = tmp_path / "registry.nq"
    result = run("registry", "export", "-f", "nq", "-o", out)
    assert result.exit_code == 0, result.output
    return out


def quads_of_file(path: Path) -> set[tuple[str, str, str, str]]:
    """The quads of an N-Quads file as Oxigraph stores them.

    Oxigraph stores a derived numeric datatype as its primitive one (a
    ``xsd:nonNegativeInteger`` comes back as ``xsd:integer``), so the file goes through
    an in-memory Oxigraph store before it is compared with a store's content.
    """
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name))
            for q in store}


def quads_of_store(path: Path) -> set[tuple[str, str, str, str]]:
    store = ox.Store.read_only(str(path))
    return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name))
            for q in store}


def held(output: str) -> tuple[int, int]:
    """(named graphs, triples) from the summary line of ``pressgraph load``."""
    marker = "the store now holds "
    text = output[output.index(marker) + len(marker):]
    graphs, _, rest = text.partition(" named graphs, ")
    return int(graphs), int(rest.split(" ", 1)[0])


def sorted_rows(document: dict) -> list[str]:
    return sorted(json.dumps(b, sort_keys=True) for b in document["results"]["bindings"])


def write_release(path: Path, title: str) -> Path:
    """A release with a stable ID (in its file name) and the sample's body."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([title, *lines[1:]]) + "\n", encoding="utf-8")
    return path


TRICKY_TEXTS = ['C:\\u0041dir and \\n', 'a "quote" \\ back', 'tab\there\nnew line',
                'x\u2028y\u0007z', 'emoji \U0001F600', '會議 {braces} <angle>']


def tricky_chunk() -> GraphChunk:
    """Literals that stress every escaping path (N-Triples, SPARQL strings)."""
    from rdflib import Graph, Literal, URIRef

    graph = Graph()
    for number, text in enumerate(TRICKY_TEXTS):
        graph.add((URIRef(f"http://example.org/s/{number}"), URIRef("http://example.org/p"),
                   Literal(text, lang="en" if number % 2 else None)))
    return GraphChunk("http://example.org/graph/tricky", graph)


def literals_in(target: Target) -> list[str]:
    result = target.query("SELECT ?o WHERE { GRAPH <http://example.org/graph/tricky> "
                          "{ ?s ?p ?o } } ORDER BY ?s", union=False)
    return [v or "" for v in result.column("o")]
