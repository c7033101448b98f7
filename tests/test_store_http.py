"""Loading into and querying a SPARQL server over HTTP, against small fake servers.

The real Oxigraph server is exercised in test_server.py; here a tiny ``http.server`` in a
thread answers 500, sleeps or falls back, and a closed port plays a server that is down:
one PUT per release or an update, retries and back-off, timeouts, kept-alive connections,
redirects, credentials, the server's URLs and union queries.
"""

from __future__ import annotations

import base64
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

from pressgraph.errors import StoreError
from pressgraph.iri import Minter
from pressgraph.stores.http import (
    HttpClient,
    RetryPolicy,
    ServerRefusedError,
    StoreUnavailableError,
    auth_headers,
)
from pressgraph.stores.server import SparqlServer, server_urls
from tests.conftest import SAMPLE
from tests.store_loading import (
    GOOD_INPUTS,
    export_nquads,
    export_registry_nquads,
    quads_of_file,
    run,
)


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
    answer_after = 20.0  # far beyond the timeout, so a client that ignored it would show

    def slow(seen: Seen) -> tuple[int, str, bytes]:
        time.sleep(answer_after)
        return ok(seen)

    fake = fake_server(slow)
    started = time.monotonic()
    result = run("load", "--no-ontology", SAMPLE, "--endpoint", f"{fake.url}/query",
                 "--timeout", "0.3", "--retries", "1")
    assert result.exit_code == 2
    assert "no answer before the timeout (2 attempts)" in result.output
    # Two attempts that waited for the answer would take 40 s; the bound leaves room for a
    # loaded machine without letting a client that ignores its timeout pass.
    assert time.monotonic() - started < answer_after


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
