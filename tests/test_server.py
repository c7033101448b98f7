"""Integration with a real SPARQL server: ``oxigraph serve`` on a free loopback port.

The server (PyPI package ``oxigraph``, in the ``test`` extra) starts once for the session
with a temporary location, and is stopped at the end. Every test loads what it needs
into graphs of its own choosing, so the tests do not depend on their order.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from pressgraph.stores.http import HttpClient
from pressgraph.stores.load import LoadSummary, write_graph
from pressgraph.stores.server import SparqlServer, server_urls
from tests.conftest import SAMPLE
from tests.store_loading import (
    GOOD_INPUTS,
    QUERIES,
    TRICKY_TEXTS,
    export_nquads,
    export_registry_nquads,
    held,
    literals_in,
    quads_of_file,
    run,
    sorted_rows,
    tricky_chunk,
    write_release,
)

pytestmark = pytest.mark.server
STARTUP_SECONDS = 30.0


def oxigraph_binary() -> str | None:
    beside_python = Path(sys.executable).parent / "oxigraph"
    if beside_python.is_file():
        return str(beside_python)
    return shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise RuntimeError(f"oxigraph serve did not answer within {STARTUP_SECONDS:.0f}s")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the 'oxigraph' server binary is not installed (pip install oxigraph, "
                    "part of the test extra)")
    location = tmp_path_factory.mktemp("oxigraph-server")
    port = free_port()
    log = (location.parent / "oxigraph-server.log").open("wb")
    process = subprocess.Popen([binary, "serve", "--location", str(location),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


def clear(server: str) -> None:
    request = urllib.request.Request(f"{server}/update", data=b"DROP ALL",
                                     headers={"Content-Type": "application/sparql-update"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status in (200, 204)


@pytest.fixture
def empty_server(server: str) -> str:
    clear(server)
    return server


def test_load_the_corpus_through_http_and_reload_it(empty_server: str, tmp_path: Path) -> None:
    exported = quads_of_file(export_nquads(tmp_path, GOOD_INPUTS)) | quads_of_file(
        export_registry_nquads(tmp_path))
    expected = (len({q[3] for q in exported}), len(exported))
    endpoint = f"{empty_server}/query"
    first = run("load", "--no-ontology", *GOOD_INPUTS, "--endpoint", endpoint)
    assert first.exit_code == 0, first.output
    assert held(first.output) == expected
    second = run("load", "--no-ontology", *GOOD_INPUTS, "--endpoint", endpoint)
    assert second.exit_code == 0, second.output
    assert held(second.output) == expected


def test_update_fallback_gives_the_same_store(empty_server: str) -> None:
    endpoint = f"{empty_server}/query"
    by_put = run("load", "--no-ontology", *GOOD_INPUTS, "--endpoint", endpoint)
    clear(empty_server)
    by_update = run("load", "--no-ontology", *GOOD_INPUTS, "--endpoint", endpoint,
                    "--no-graph-store")
    assert by_put.exit_code == by_update.exit_code == 0, by_update.output
    assert held(by_put.output) == held(by_update.output)


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.name)
def test_queries_return_the_same_rows_from_file_store_and_server(
        empty_server: str, tmp_path: Path, query: Path) -> None:
    data = export_nquads(tmp_path, GOOD_INPUTS)
    registry = export_registry_nquads(tmp_path)
    store = tmp_path / "store"
    assert run("load", "--no-ontology", *GOOD_INPUTS, "--store", store).exit_code == 0
    assert run("load", "--no-ontology", *GOOD_INPUTS, "--endpoint", empty_server).exit_code == 0
    documents = []
    for source in (["--data", data, "--data", registry], ["--store", store],
                   ["--endpoint", empty_server]):
        result = run("query", query, *source, "--format", "json")
        assert result.exit_code == 0, result.output
        documents.append(json.loads(result.stdout))
    heads = {json.dumps(d["head"]) for d in documents}
    assert len(heads) == 1
    from_file, from_store, from_server = (sorted_rows(d) for d in documents)
    assert from_file == from_store == from_server
    if query.name == "releases.rq":
        assert len(from_server) == len(GOOD_INPUTS)


def test_a_corrected_release_replaces_its_graph_on_the_server(empty_server: str,
                                                              tmp_path: Path) -> None:
    release = write_release(tmp_path / "P2024100900124.txt", "Old title of the meeting")
    assert run("load", "--no-ontology", release, SAMPLE, "--endpoint", empty_server).exit_code == 0
    write_release(release, "Corrected title of the meeting")
    result = run("load", "--no-ontology", release, "--endpoint", empty_server)
    assert result.exit_code == 0, result.output
    titles = run("query", "releases", "--endpoint", empty_server, "--format", "csv").stdout
    assert "Corrected title" in titles and "Old title" not in titles
    exported = quads_of_file(export_nquads(tmp_path, [release, SAMPLE])) | quads_of_file(
        export_registry_nquads(tmp_path))
    assert held(result.output) == (3, len(exported))  # two releases and the registry


def test_delete_a_release_on_the_server(empty_server: str, tmp_path: Path) -> None:
    release = write_release(tmp_path / "P2024100900125.txt", "A meeting to delete")
    loaded = run("load", "--no-ontology", release, SAMPLE, "--endpoint", empty_server)
    assert held(loaded.output)[0] == 3  # two releases and the registry
    result = run("delete", "P2024100900125", "--endpoint", empty_server)
    assert result.exit_code == 0, result.output
    assert "deleted 1 named graphs" in result.output
    rows = run("query", "releases", "--endpoint", empty_server, "--format", "csv").stdout
    assert "A meeting to delete" not in rows and len(rows.splitlines()) == 2
    again = run("delete", "P2024100900125", "--endpoint", empty_server)
    assert again.exit_code == 2 and "not in" in again.output


def test_union_on_the_server(empty_server: str) -> None:
    assert run("load", "--no-ontology", SAMPLE, "--endpoint", empty_server).exit_code == 0
    union = run("query", "releases", "--endpoint", empty_server, "--format", "csv")
    plain = run("query", "releases", "--endpoint", empty_server, "--format", "csv",
                "--no-union")
    assert len(union.stdout.splitlines()) == 2
    assert len(plain.stdout.splitlines()) == 1


def test_a_server_stopped_mid_way_gets_a_clear_error(tmp_path: Path) -> None:
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the 'oxigraph' server binary is not installed")
    port = free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(url, process)
        assert run("load", "--no-ontology", SAMPLE, "--endpoint", url).exit_code == 0
    finally:
        process.terminate()
        process.wait(timeout=10)
    result = run("load", "--no-ontology", *GOOD_INPUTS[:3], "--endpoint", url, "--retries", "1",
                 "--no-registry")
    assert result.exit_code == 2
    assert "connection refused" in result.output
    assert "0 releases" in result.output and "3 failed" in result.output


@pytest.mark.parametrize("use_graph_store", [True, False], ids=["put", "update"])
def test_tricky_literals_survive_the_server(empty_server: str, use_graph_store: bool) -> None:
    server = SparqlServer(server_urls(empty_server, use_graph_store=use_graph_store),
                          HttpClient())
    try:
        write_graph(server, tricky_chunk(), LoadSummary())
        assert literals_in(server) == TRICKY_TEXTS
    finally:
        server.close()


def test_the_registry_graph_on_the_server_is_replaced_and_answers(empty_server: str,
                                                                   tmp_path: Path) -> None:
    from pressgraph.iri import Minter

    registry_graph = Minter().registry_graph()
    exported = quads_of_file(export_registry_nquads(tmp_path))
    first = run("load", "--no-ontology", SAMPLE, "--endpoint", empty_server)
    assert first.exit_code == 0, first.output
    stale = urllib.request.Request(
        f"{empty_server}/update",
        data=f'INSERT DATA {{ GRAPH <{registry_graph}> {{ <urn:stale> <urn:p> "old" }} }}'
        .encode(), headers={"Content-Type": "application/sparql-update"})
    with urllib.request.urlopen(stale, timeout=10) as answer:
        assert answer.status in (200, 204)
    second = run("load", "--no-ontology", SAMPLE, "--endpoint", empty_server)
    assert second.exit_code == 0, second.output
    assert held(first.output) == held(second.output)
    assert held(second.output)[0] == 2
    count = run("query", "--endpoint", empty_server, "--format", "json", "--no-union",
                _write_query(tmp_path, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{registry_graph}> "
                             "{ ?s ?p ?o } }"))
    assert count.exit_code == 0, count.output
    [row] = json.loads(count.stdout)["results"]["bindings"]
    assert int(row["n"]["value"]) == len(exported)
    changes = run("query", "change-events", "--endpoint", empty_server, "--format", "csv")
    assert changes.exit_code == 0, changes.output
    assert "Digital Policy Office" in changes.stdout and "2024-07-01,merged" in changes.stdout
    kept = run("load", "--no-ontology", SAMPLE, "--endpoint", empty_server, "--no-registry")
    assert kept.exit_code == 0 and held(kept.output) == held(second.output)


def _write_query(tmp_path: Path, text: str) -> str:
    path = tmp_path / "query.rq"
    path.write_text(text, encoding="utf-8")
    return str(path)


# Queries whose rows must not depend on where the data is: GRAPH patterns, the default
# graph (the union, or the real, empty, default graph with --no-union), and both mixed.
SAME_EVERYWHERE = {
    "quads": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "per-graph": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "graphs": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
    "default": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "distinct": "SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects) "
                "WHERE { ?s ?p ?o }",
    "mixed": "PREFIX dct: <http://purl.org/dc/terms/> PREFIX pg: <https://w3id.org/pressgraph/def#>"
             " SELECT ?release ?g ?title WHERE { ?release a pg:Release . "
             "GRAPH ?g { ?release dct:title ?title } }",
    "one-graph": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/pressgraph/graph/"
                 "registry> { ?s ?p ?o } }",
    "not-in-graph": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER NOT EXISTS { "
                    "GRAPH ?g { ?s ?p ?o } } }",
}


def test_any_query_gives_the_same_rows_from_file_store_and_server_union_on_and_off(
        empty_server: str, tmp_path: Path) -> None:
    """The same rows from --data (N-Quads), --store and --endpoint, with --union and
    --no-union: a server given the union as default graphs still sees every named graph."""
    data = export_nquads(tmp_path, GOOD_INPUTS)
    registry = export_registry_nquads(tmp_path)
    store = tmp_path / "store"
    assert run("load", "--no-ontology", *GOOD_INPUTS, "--store", store).exit_code == 0
    assert run("load", "--no-ontology", *GOOD_INPUTS, "--endpoint", empty_server).exit_code == 0
    quads = len(quads_of_file(data) | quads_of_file(registry))
    for name, text in SAME_EVERYWHERE.items():
        query = tmp_path / f"{name}.rq"
        query.write_text(text, encoding="utf-8")
        for union in ("--union", "--no-union"):
            answers = []
            for source in (["--data", data, "--data", registry], ["--store", store],
                           ["--endpoint", empty_server]):
                result = run("query", query, *source, union, "--format", "json")
                assert result.exit_code == 0, result.output
                answers.append(sorted_rows(json.loads(result.stdout)))
            assert answers[0] == answers[1] == answers[2], (name, union, answers)
            if name == "quads":
                assert answers[0] == [json.dumps({"n": {
                    "datatype": "http://www.w3.org/2001/XMLSchema#integer", "type": "literal",
                    "value": str(quads)}}, sort_keys=True)]
            if name == "default" and union == "--no-union":
                assert '"value": "0"' in answers[0][0]  # pressgraph writes named graphs only
