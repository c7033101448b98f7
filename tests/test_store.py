"""Loading into triple stores: the embedded store, and HTTP against small fake servers.

The real Oxigraph server is exercised in test_server.py; here a tiny ``http.server`` in a
thread answers 500, sleeps or falls back, and a closed port plays a server that is down.
"""

from __future__ import annotations

import base64
import itertools
import json
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from pressgraph.cli import main
from pressgraph.errors import StoreError
from pressgraph.iri import Minter
from pressgraph.serialize import GraphChunk
from pressgraph.sparql import parse_json_results
from pressgraph.stores import Target
from pressgraph.stores.embedded import EmbeddedStore
from pressgraph.stores.http import (
    HttpClient,
    RetryPolicy,
    ServerRefusedError,
    StoreUnavailableError,
    auth_headers,
)
from pressgraph.stores.load import LoadSummary, write_graph
from pressgraph.stores.server import SparqlServer, server_urls
from tests.conftest import CORPUS, ROOT, SAMPLE

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
# Inputs that all load (the awkward and HTML fixtures are about failures, tested elsewhere).
GOOD_INPUTS = [*sorted(CORPUS.glob("*.txt")), SAMPLE]


# ---------------------------------------------------------------------------- helpers


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


REGISTRY_GRAPH = f"<{Minter().registry_graph()}>"


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


def totals_of(quads: set[tuple[str, str, str, str]]) -> tuple[int, int]:
    return len({q[3] for q in quads}), len(quads)


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


# ---------------------------------------------------------------------------- embedded


def test_load_into_embedded_store_matches_the_export(tmp_path: Path) -> None:
    exported = quads_of_file(export_nquads(tmp_path, GOOD_INPUTS)) | quads_of_file(
        export_registry_nquads(tmp_path))
    store = tmp_path / "store"
    result = run("load", "--no-ontology", *GOOD_INPUTS, "--store", store)
    assert result.exit_code == 0, result.output
    assert quads_of_store(store) == exported
    graphs, triples = totals_of(exported)
    assert held(result.output) == (graphs, triples)
    assert f"{len(GOOD_INPUTS)} releases, {graphs} named graphs, {triples} triples" in \
        result.output
    assert "0 failed" in result.output


def test_loading_twice_changes_no_count(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = run("load", "--no-ontology", *GOOD_INPUTS, "--store", store)
    before = quads_of_store(store)
    second = run("load", "--no-ontology", *GOOD_INPUTS, "--store", store)
    assert first.exit_code == second.exit_code == 0
    assert held(first.output) == held(second.output)
    assert quads_of_store(store) == before


def test_a_corrected_release_leaves_none_of_the_old_facts(tmp_path: Path) -> None:
    release = write_release(tmp_path / "P2024100900123.txt", "Old title of the meeting")
    store = tmp_path / "store"
    assert run("load", "--no-ontology", release, SAMPLE, "--store", store).exit_code == 0
    write_release(release, "Corrected title of the meeting")
    assert run("load", "--no-ontology", release, "--store", store).exit_code == 0
    quads = quads_of_store(store)
    literals = " ".join(q[2] for q in quads)
    assert "Corrected title" in literals and "Old title" not in literals
    graph = Minter().release_graph("P2024100900123", "en")
    exported = quads_of_file(export_nquads(tmp_path, [release]))
    assert {q for q in quads if q[3] == f"<{graph}>"} == exported
    assert len({q[3] for q in quads}) == 3  # the sample's graph and the registry's untouched


def test_delete_by_id_language_and_iri(tmp_path: Path) -> None:
    store = tmp_path / "store"
    inputs = [write_release(tmp_path / f"P20241009001{n}.txt", f"Meeting number {n}")
              for n in (10, 11, 12)]
    assert run("load", "--no-ontology", *inputs, "--store", store).exit_code == 0
    minter = Minter()
    result = run("delete", "P2024100900110", "P2024100900111/en",
                 minter.release_graph("P2024100900112", "en"), "--store", store)
    assert result.exit_code == 0, result.output
    assert "deleted 3 named graphs" in result.output
    assert {q[3] for q in quads_of_store(store)} == {REGISTRY_GRAPH}  # releases only


def test_delete_reports_what_is_not_there(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run("load", "--no-ontology", SAMPLE, "--store", store).exit_code == 0
    before = quads_of_store(store)
    result = run("delete", "P2099010100001", "--store", store)
    assert result.exit_code == 2
    assert "P2099010100001: not in" in result.output
    assert quads_of_store(store) == before
    bad = run("delete", "not-an-id", "--store", store)
    assert bad.exit_code == 2 and "is not a release ID" in bad.output


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.name)
def test_queries_return_the_same_rows_from_a_file_and_the_store(tmp_path: Path,
                                                                 query: Path) -> None:
    data = export_nquads(tmp_path, GOOD_INPUTS)
    registry = export_registry_nquads(tmp_path)
    store = tmp_path / "store"
    assert run("load", "--no-ontology", *GOOD_INPUTS, "--store", store).exit_code == 0
    from_file = run("query", query, "--data", data, "--data", registry, "--format", "json")
    from_store = run("query", query, "--store", store, "--format", "json")
    assert from_file.exit_code == from_store.exit_code == 0, from_store.output
    file_doc, store_doc = json.loads(from_file.stdout), json.loads(from_store.stdout)
    assert file_doc["head"] == store_doc["head"]
    assert sorted_rows(file_doc) == sorted_rows(store_doc)
    if query.name == "releases.rq":
        assert len(store_doc["results"]["bindings"]) == len(GOOD_INPUTS)


def test_union_option_on_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run("load", "--no-ontology", SAMPLE, "--store", store).exit_code == 0
    union = run("query", "releases", "--store", store, "--format", "csv")
    plain = run("query", "releases", "--store", store, "--format", "csv", "--no-union")
    assert len(union.stdout.splitlines()) == 2  # header and the sample
    assert len(plain.stdout.splitlines()) == 1  # the default graph itself is empty


def test_result_formats_from_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run("load", "--no-ontology", SAMPLE, "--store", store).exit_code == 0
    tsv = run("query", "releases", "--store", store, "--format", "tsv").stdout.splitlines()
    assert tsv[0] == "?release\t?title\t?issued\t?language\t?identifier"
    assert tsv[1].startswith("<https://w3id.org/pressgraph/id/release/")
    csv_bytes = run("query", "releases", "--store", store, "--format", "csv").stdout_bytes
    assert csv_bytes.startswith(b"release,title,issued,language,identifier\r\n")
    table = run("query", "releases", "--store", store).stdout
    assert table.rstrip().endswith("(1 rows)")


def test_query_needs_exactly_one_source(tmp_path: Path) -> None:
    neither = run("query", "releases")
    both = run("query", "releases", "--store", tmp_path, "--endpoint", "http://127.0.0.1:9/")
    assert neither.exit_code == both.exit_code == 2
    assert "exactly one of" in neither.output


def test_query_of_a_missing_store_does_not_create_one(tmp_path: Path) -> None:
    result = run("query", "releases", "--store", tmp_path / "nowhere")
    assert result.exit_code == 2 and "no pressgraph store here" in result.output
    assert not (tmp_path / "nowhere").exists()


def test_a_store_in_use_gets_a_clear_error(tmp_path: Path) -> None:
    holder = EmbeddedStore(tmp_path / "store")
    try:
        result = run("load", "--no-ontology", SAMPLE, "--store", tmp_path / "store")
    finally:
        holder.close()
    assert result.exit_code == 2
    assert "cannot open the store" in result.output and "Traceback" not in result.output


def test_load_needs_exactly_one_target(tmp_path: Path) -> None:
    result = run("load", "--no-ontology", SAMPLE)
    assert result.exit_code == 2 and "exactly one of --store DIR and --endpoint URL" in \
        result.output


def test_no_progress_bar_outside_a_terminal(tmp_path: Path) -> None:
    result = run("load", "--no-ontology", SAMPLE, *GOOD_INPUTS[:3], "--store", tmp_path / "store")
    assert result.exit_code == 0 and "loading" not in result.output


def test_failed_inputs_are_summarised_and_the_rest_loaded(tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    result = run("load", "--no-ontology", CORPUS / "awkward", "--store", tmp_path / "store",
                 "--errors", errors)
    assert result.exit_code == 2
    report = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [r["stage"] for r in report] == ["read"]
    assert "awkward-empty.txt: not loaded: read: input is empty" in result.output
    assert result.output.count("awkward-empty.txt") == 1  # named once, as it failed
    graphs, _ = held(result.output)
    assert graphs == len(list((CORPUS / "awkward").glob("*.txt"))) - 1 + 1  # and the registry


# ---------------------------------------------------------------------------- fake servers


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    client_port: int = 0


@dataclass
class FakeServer:
    """Answers every request with ``respond(seen) -> (status, content type, body)``."""

    respond: Callable[[Seen], tuple[int, str, bytes]]
    seen: list[Seen] = field(default_factory=list)
    url: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # added to every answer


@pytest.fixture
def fake_server() -> Iterator[Callable[..., FakeServer]]:
    servers: list[ThreadingHTTPServer] = []

    def start(respond: Callable[[Seen], tuple[int, str, bytes]], *, keep_alive: bool = False,
              drop_after_answer: bool = False) -> FakeServer:
        """``keep_alive``: HTTP/1.1 persistent connections; ``drop_after_answer``: close
        each connection after answering, without saying so (a stale kept-alive socket)."""
        fake = FakeServer(respond)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if keep_alive else "HTTP/1.0"

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                parts = urllib.parse.urlsplit(self.path)
                seen = Seen(self.command, parts.path, urllib.parse.parse_qs(parts.query),
                            dict(self.headers.items()), self.rfile.read(length),
                            self.client_address[1])
                fake.seen.append(seen)
                status, content_type, body = fake.respond(seen)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    for name, value in fake.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (the timeout tests)
                if drop_after_answer:
                    self.close_connection = True

            do_GET = do_POST = do_PUT = do_DELETE = _any  # noqa: N815

            def log_message(self, *args: object) -> None:
                return None

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        servers.append(server)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()
        fake.url = f"http://127.0.0.1:{server.server_address[1]}"
        return fake

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ok(seen: Seen) -> tuple[int, str, bytes]:
    return 204, "text/plain", b""


def test_each_release_is_one_put_of_its_whole_graph(fake_server, tmp_path: Path) -> None:
    fake = fake_server(ok)
    inputs = GOOD_INPUTS[:4]
    result = run("load", "--no-ontology", *inputs, "--endpoint", f"{fake.url}/query")
    assert result.exit_code == 0, result.output
    puts = [s for s in fake.seen if s.method == "PUT"]
    assert len(puts) == len(inputs) + 1  # and the registry graph, first
    assert puts[0].query["graph"] == [Minter().registry_graph()]
    exported = quads_of_file(export_nquads(tmp_path, inputs)) | quads_of_file(
        export_registry_nquads(tmp_path))
    for put in puts:
        assert put.path == "/store"
        assert put.headers["Content-Type"] == "application/n-triples"
        [graph] = put.query["graph"]
        sent = list(ox.parse(put.body, format=ox.RdfFormat.N_TRIPLES))
        assert len(sent) == sum(1 for q in exported if q[3] == f"<{graph}>") > 0


def test_without_graph_store_the_update_replaces_the_graph(fake_server) -> None:
    def no_gsp(seen: Seen) -> tuple[int, str, bytes]:
        return (405, "text/plain", b"no") if seen.method == "PUT" else ok(seen)

    fake = fake_server(no_gsp)
    result = run("load", "--no-ontology", *GOOD_INPUTS[:2], "--endpoint", f"{fake.url}/query",
                 "--no-registry")
    assert result.exit_code == 0, result.output
    methods = [(s.method, s.path) for s in fake.seen if s.method != "POST" or
               s.path == "/update"]
    assert methods == [("PUT", "/store"), ("POST", "/update"), ("POST", "/update")]
    update = fake.seen[1].body.decode()
    graph = update.split("DROP SILENT GRAPH ", 1)[1].split(" ", 1)[0]
    assert f"INSERT DATA {{ GRAPH {graph} {{" in update
    store = ox.Store()
    store.update(update)
    assert len(store) > 0 and {str(q.graph_name) for q in store} == {graph}


def test_a_500_is_retried_and_then_succeeds(fake_server) -> None:
    answers = iter([(500, "text/plain", b"busy"), (503, "text/plain", b"busy")])

    fake = fake_server(lambda seen: next(answers, ok(seen)))
    result = run("load", "--no-ontology", SAMPLE, "--endpoint", f"{fake.url}/query",
                 "--retries", "2")
    assert result.exit_code == 0, result.output
    assert [s.method for s in fake.seen][:3] == ["PUT", "PUT", "PUT"]


def test_a_server_answering_500_stops_and_names_what_was_not_loaded(fake_server) -> None:
    fake = fake_server(lambda seen: (500, "text/plain", b"database is broken"))
    inputs = GOOD_INPUTS[:5]
    result = run("load", "--no-ontology", *inputs, "--endpoint", f"{fake.url}/query",
                 "--retries", "1", "--no-registry")
    assert result.exit_code == 2
    assert "answered 500" in result.output and "database is broken" in result.output
    assert "2 attempts" in result.output
    puts = [s for s in fake.seen if s.method == "PUT"]
    assert len(puts) == 3 * 2  # three releases tried twice each, then it gave up
    assert "not attempted after 3 store failures in a row" in result.output
    assert "0 releases" in result.output and f"{len(inputs)} failed" in result.output
    for path in inputs:  # once each: as it failed, or in the summary if never attempted
        assert result.output.count(str(path)) == 1, path


def test_a_client_error_is_not_retried(fake_server) -> None:
    fake = fake_server(lambda seen: (403, "text/plain", b"forbidden"))
    result = run("load", "--no-ontology", SAMPLE, "--endpoint", f"{fake.url}/query",
                 "--retries", "3")
    assert result.exit_code == 2 and "answered 403" in result.output
    assert "check the credentials" in result.output
    assert len(fake.seen) == 1


def test_a_slow_server_times_out_with_a_clear_error(fake_server) -> None:
    def slow(seen: Seen) -> tuple[int, str, bytes]:
        time.sleep(1.5)
        return ok(seen)

    fake = fake_server(slow)
    started = time.monotonic()
    result = run("load", "--no-ontology", SAMPLE, "--endpoint", f"{fake.url}/query",
                 "--timeout", "0.3", "--retries", "1")
    assert result.exit_code == 2
    assert "no answer before the timeout (2 attempts)" in result.output
    assert time.monotonic() - started < 5


def test_a_server_that_is_down_stops_the_batch() -> None:
    url = f"http://127.0.0.1:{closed_port()}/query"
    inputs = GOOD_INPUTS[:4]
    result = run("load", "--no-ontology", *inputs, "--endpoint", url, "--retries", "1",
                 "--no-registry")
    assert result.exit_code == 2
    assert "connection refused" in result.output and "is the server running" in result.output
    assert "not attempted: the store could not be reached" in result.output
    assert f"{len(inputs)} failed" in result.output
    assert "Traceback" not in result.output


def test_a_query_against_a_server_that_is_down() -> None:
    result = run("query", "releases", "--endpoint", f"http://127.0.0.1:{closed_port()}/",
                 "--retries", "0")
    assert result.exit_code == 2 and "cannot reach" in result.output


def test_retries_back_off_exponentially_and_stop(fake_server) -> None:
    fake = fake_server(lambda seen: (502, "text/plain", b""))
    waits: list[float] = []
    client = HttpClient({}, RetryPolicy(timeout=2, attempts=5, backoff=0.5, max_backoff=1.5),
                        sleep=waits.append)
    with pytest.raises(ServerRefusedError) as caught:
        client.request("PUT", f"{fake.url}/store", body=b"", idempotent=True)
    assert caught.value.status == 502
    assert waits == [0.5, 1.0, 1.5, 1.5]
    assert len(fake.seen) == 5


def test_connections_are_kept_alive(fake_server) -> None:
    fake = fake_server(ok, keep_alive=True)
    client = HttpClient({}, RetryPolicy(attempts=1))
    for _ in range(5):
        client.request("PUT", f"{fake.url}/store", body=b"x", idempotent=True)
    client.close()
    assert len(fake.seen) == 5 and len({s.client_port for s in fake.seen}) == 1


def test_a_stale_kept_alive_connection_is_reopened_without_a_retry(fake_server) -> None:
    fake = fake_server(ok, keep_alive=True, drop_after_answer=True)
    waits: list[float] = []
    client = HttpClient({}, RetryPolicy(attempts=1), sleep=waits.append)
    for _ in range(3):
        assert client.request("PUT", f"{fake.url}/store", body=b"x",
                              idempotent=True).status == 204
    assert len(fake.seen) == 3 and len({s.client_port for s in fake.seen}) == 3
    assert waits == []


def test_a_redirect_names_the_new_url(fake_server) -> None:
    fake = fake_server(lambda seen: (301, "text/plain", b""))
    fake.headers["Location"] = "https://example.org/sparql"
    client = HttpClient({}, RetryPolicy(attempts=3), sleep=lambda _: None)
    with pytest.raises(ServerRefusedError, match="redirects to https://example.org/sparql"):
        client.request("GET", f"{fake.url}/query", idempotent=True)
    assert len(fake.seen) == 1


def test_retry_after_is_honoured_within_the_cap(fake_server) -> None:
    answers = iter([(503, "text/plain", b""), (503, "text/plain", b"")])
    fake = fake_server(lambda seen: next(answers, ok(seen)))
    fake.headers["Retry-After"] = "5"
    waits: list[float] = []
    client = HttpClient({}, RetryPolicy(attempts=3, backoff=0.1, max_backoff=2.0),
                        sleep=waits.append)
    client.request("PUT", f"{fake.url}/store", body=b"", idempotent=True)
    assert waits == [2.0, 2.0]  # asked for 5 s, capped at max_backoff


def test_a_request_that_is_not_idempotent_is_sent_once(fake_server) -> None:
    fake = fake_server(lambda seen: (500, "text/plain", b""))
    client = HttpClient({}, RetryPolicy(attempts=4), sleep=lambda _: None)
    with pytest.raises(ServerRefusedError):
        client.request("POST", f"{fake.url}/update", body=b"INSERT DATA {}",
                       idempotent=False)
    assert len(fake.seen) == 1


def test_unreachable_is_its_own_error() -> None:
    client = HttpClient({}, RetryPolicy(attempts=2, backoff=0.01), sleep=lambda _: None)
    with pytest.raises(StoreUnavailableError):
        client.request("GET", f"http://127.0.0.1:{closed_port()}/", idempotent=True)


def test_credentials_from_netrc_reach_the_server(fake_server, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRESSGRAPH_AUTHORIZATION", raising=False)
    fake = fake_server(ok)
    netrc_file = tmp_path / "netrc"
    netrc_file.write_text("machine 127.0.0.1 login loader password s3cret\n")
    netrc_file.chmod(0o600)
    result = run("load", "--no-ontology", SAMPLE, "--endpoint", f"{fake.url}/query",
                 "--netrc", netrc_file)
    assert result.exit_code == 0, result.output
    expected = "Basic " + base64.b64encode(b"loader:s3cret").decode()
    assert fake.seen[0].headers["Authorization"] == expected
    assert "s3cret" not in result.output


def test_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    monkeypatch.setenv("PRESSGRAPH_AUTHORIZATION", "Bearer abc")
    assert auth_headers("http://127.0.0.1/", environ={"PRESSGRAPH_AUTHORIZATION":
                                                      "Bearer abc"}) == {
        "Authorization": "Bearer abc"}
    assert auth_headers("http://127.0.0.1/", environ={"NETRC": str(tmp_path / "none")}) == {}


def test_credentials_are_refused_on_the_command_line() -> None:
    header = run("load", "--no-ontology", SAMPLE, "--endpoint", "http://127.0.0.1:9/query",
                 "--header", "Authorization: Basic eDp5")
    in_url = run("load", "--no-ontology", SAMPLE, "--endpoint", "http://user:pw@127.0.0.1:9/query")
    assert header.exit_code == in_url.exit_code == 2
    assert "credentials do not belong on the command line" in header.output
    assert "not in the URL" in in_url.output


def test_server_urls_follow_the_oxigraph_layout_or_the_endpoint() -> None:
    oxigraph = server_urls("http://127.0.0.1:7878/query")
    assert (oxigraph.update, oxigraph.graph_store) == ("http://127.0.0.1:7878/update",
                                                       "http://127.0.0.1:7878/store")
    bare = server_urls("http://127.0.0.1:7878")
    assert bare.query == "http://127.0.0.1:7878/query"
    fuseki = server_urls("http://127.0.0.1:3030/ds")
    assert fuseki.update == fuseki.graph_store == "http://127.0.0.1:3030/ds"
    given = server_urls("http://h/repositories/r", update="http://h/repositories/r/statements",
                        use_graph_store=False)
    assert given.update.endswith("/statements") and given.graph_store is None
    with pytest.raises(StoreError):
        server_urls("ftp://h/")


def test_union_query_names_every_graph_as_a_default_graph(fake_server) -> None:
    answers = {
        "SELECT DISTINCT ?g": {"head": {"vars": ["g"]}, "results": {"bindings": [
            {"g": {"type": "uri", "value": "http://example.org/g2"}},
            {"g": {"type": "uri", "value": "http://example.org/g1"}}]}},
        "SELECT ?x": {"head": {"vars": ["x"]}, "results": {"bindings": [
            {"x": {"type": "typed-literal", "value": "1",
                   "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}},
    }

    def respond(seen: Seen) -> tuple[int, str, bytes]:
        form = urllib.parse.parse_qs(seen.body.decode())
        for start, document in answers.items():
            if form["query"][0].startswith(start):
                return 200, "application/sparql-results+json", json.dumps(document).encode()
        return 400, "text/plain", b"unexpected query"

    fake = fake_server(respond)
    server = SparqlServer(server_urls(f"{fake.url}/query"), HttpClient())
    result = server.query("SELECT ?x WHERE { ?s ?p ?x }")
    assert result.column("x") == ["1"]
    assert result.rows[0][0].datatype == "http://www.w3.org/2001/XMLSchema#integer"
    form = urllib.parse.parse_qs(fake.seen[-1].body.decode())
    assert form["default-graph-uri"] == ["http://example.org/g1", "http://example.org/g2"]
    server.query("SELECT ?x WHERE { ?s ?p ?x }", union=False)
    assert "default-graph-uri" not in urllib.parse.parse_qs(fake.seen[-1].body.decode())


def test_a_rejected_query_is_a_query_error(fake_server) -> None:
    fake = fake_server(lambda seen: (400, "text/plain", b"Parse error at line 1"))
    result = run("query", "releases", "--endpoint", f"{fake.url}/query", "--no-union")
    assert result.exit_code == 2
    assert "the server rejected the query" in result.output and "Parse error" in result.output


DOCS = ROOT / "docs" / "triple-stores.md"


def test_the_documented_example_queries_answer_on_the_seed(tmp_path: Path) -> None:
    blocks = DOCS.read_text(encoding="utf-8").split("```sparql\n")[1:]
    assert len(blocks) >= 3
    store = tmp_path / "store"
    assert run("load", "--no-ontology", SAMPLE, "--store", store).exit_code == 0
    for number, block in enumerate(blocks):
        query = tmp_path / f"example-{number}.rq"
        query.write_text(block.split("```", 1)[0], encoding="utf-8")
        result = run("query", query, "--store", store, "--format", "json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["results"]["bindings"], f"example {number}: no rows"


def test_json_results_are_normalised() -> None:
    document = {"head": {"vars": ["a", "b", "c"]}, "results": {"bindings": [{
        "a": {"type": "literal", "value": "x",
              "datatype": "http://www.w3.org/2001/XMLSchema#string"},
        "b": {"type": "literal", "value": "y", "xml:lang": "en",
              "datatype": "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}}]}}
    result = parse_json_results(json.dumps(document))
    a, b, c = result.rows[0]
    assert a is not None and a.datatype is None
    assert b is not None and (b.language, b.datatype) == ("en", None)
    assert c is None


def test_an_interrupted_load_says_what_is_in_the_store(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from pressgraph.cli import load as load_cli
    from pressgraph.stores.load import load_releases

    def interrupted(refs, settings, target, **kwargs):  # type: ignore[no-untyped-def]
        first = list(itertools.islice(refs, 1))
        load_releases(first, settings, target, summary=kwargs["summary"])
        raise KeyboardInterrupt

    monkeypatch.setattr(load_cli, "load_releases", interrupted)
    result = run("load", "--no-ontology", *GOOD_INPUTS[:3], "--store", tmp_path / "store")
    assert result.exit_code == 130
    assert "interrupted after 1 releases" in result.output and "none is half-loaded" in \
        result.output
    assert len({q[3] for q in quads_of_store(tmp_path / "store")}) == 1


def test_two_inputs_of_one_release_are_reported(tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    first = write_release(tmp_path / "P2024100900126.txt", "First version of the meeting")
    copy = tmp_path / "copy"
    copy.mkdir()
    second = write_release(copy / "P2024100900126.txt", "Second version of the meeting")
    result = run("load", "--no-ontology", first, second, "--store", tmp_path / "store")
    assert result.exit_code == 0, result.output
    [warning] = [r.getMessage() for r in caplog.records if "replaced the graph" in
                 r.getMessage()]
    assert warning.startswith(str(second)) and str(first) in warning
    assert "2 releases, 2 named graphs" in result.output  # one release, and the registry
    literals = " ".join(q[2] for q in quads_of_store(tmp_path / "store"))
    assert "Second version" in literals and "First version" not in literals


def test_a_release_that_does_not_conform_is_not_loaded(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from pressgraph import pipeline
    from pressgraph.validate import ValidationResult, Violation

    def refuse_the_sample(mapped, validator="fast"):  # type: ignore[no-untyped-def]
        titles = " ".join(str(o) for o in mapped.graph.objects())
        if "Expert Group" not in titles:
            return ValidationResult(True, ())
        return ValidationResult(False, (Violation("urn:x", "dct:title", "too short", "Violation",
                                                  "urn:shape", "MinLengthConstraintComponent"),))

    monkeypatch.setattr(pipeline, "check_graph", refuse_the_sample)
    other = GOOD_INPUTS[0]
    result = run("load", "--no-ontology", SAMPLE, other, "--store", tmp_path / "store", "-j", "1")
    assert result.exit_code == 1
    assert f"{SAMPLE}: does not conform: urn:x dct:title: too short" in result.output
    assert f"{SAMPLE}: not loaded: does not conform to the shapes" in result.output
    assert len({q[3] for q in quads_of_store(tmp_path / "store")} - {REGISTRY_GRAPH}) == 1


def test_help_of_the_store_commands() -> None:
    for command in ("load", "delete", "query"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "--store DIR" in result.output.replace("  ", " ")
        assert "--endpoint URL" in result.output


def test_workers_and_the_cache_load_the_same_store(tmp_path: Path) -> None:
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    assert run("load", "--no-ontology", *GOOD_INPUTS, "--store", serial, "-j", "1").exit_code == 0
    cache = tmp_path / "cache"
    first = run("load", "--no-ontology", *GOOD_INPUTS, "--store", parallel, "-j", "2",
                "--cache", cache)
    assert first.exit_code == 0, first.output
    assert any(cache.rglob("*.json"))
    cached = run("load", "--no-ontology", *GOOD_INPUTS, "--store", parallel, "-j", "2",
                 "--cache", cache)
    assert cached.exit_code == 0, cached.output
    assert quads_of_store(serial) == quads_of_store(parallel)
    assert held(first.output) == held(cached.output)


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


def test_tricky_literals_survive_the_embedded_store(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        write_graph(store, tricky_chunk(), LoadSummary())
        assert literals_in(store) == TRICKY_TEXTS
    finally:
        store.close()


# ---------------------------------------------------------------------------- ontology


def test_the_ontology_is_loaded_into_its_own_graph_and_replaced(tmp_path: Path) -> None:
    from pressgraph.iri import ONTOLOGY_IRI
    from pressgraph.validate import ontology_graph

    store = tmp_path / "store"
    first = run("load", SAMPLE, "--store", store, "--no-registry")
    assert first.exit_code == 0, first.output
    quads = quads_of_store(store)
    in_ontology = {q for q in quads if q[3] == f"<{ONTOLOGY_IRI}>"}
    assert len(in_ontology) == len(ontology_graph())
    # The concept schemes the releases point to (sides, roles, statuses) come with it.
    assert {q for q in in_ontology if "#side-" in q[0] and q[1].endswith("#inScheme>")}
    second = run("load", SAMPLE, "--store", store, "--no-registry")
    assert second.exit_code == 0 and quads_of_store(store) == quads
    run("load", "--no-ontology", SAMPLE, "--store", store, "--no-registry")
    assert quads_of_store(store) == quads  # --no-ontology leaves the graph as it is
