"""Any SPARQL 1.1 server over HTTP: Graph Store Protocol first, SPARQL Update otherwise.

A release graph is written with one request, so a server never holds half a release:

* Graph Store HTTP Protocol: ``PUT {graph-store}?graph=IRI`` with the N-Triples of the
  graph replaces it (idempotent, so it is retried on network errors and 5xx);
* SPARQL 1.1 Update, when the server has no Graph Store endpoint (it answers 400, 404,
  405, 406, 415 or 501 to the first PUT): ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH
  <g> { ... } }`` in one request. Its end state does not depend on what the graph held
  before, so sending it twice is the same as sending it once, and it is retried too.
  Servers apply one update request in one transaction (Oxigraph, Fuseki/TDB2, GraphDB).

The URLs: ``--endpoint`` is the SPARQL query endpoint. When it ends in ``/query`` (the
Oxigraph and Fuseki layout) the update endpoint is the sibling ``update`` and the graph
store the sibling ``store``; otherwise both default to the endpoint URL itself (a Fuseki
dataset URL answers all three). ``--update-endpoint`` and ``--graph-store`` override.
"""

from __future__ import annotations

import logging
import urllib.parse
from dataclasses import dataclass

from pressgraph.errors import QueryError, StoreError
from pressgraph.serialize import escape_string, nt_iri
from pressgraph.sparql import QueryResult, parse_json_results
from pressgraph.stores.http import HttpClient, ServerRefusedError, check_url

log = logging.getLogger("pressgraph")

NTRIPLES = "application/n-triples"
SPARQL_UPDATE = "application/sparql-update"
FORM = "application/x-www-form-urlencoded"
RESULTS_JSON = "application/sparql-results+json"
# Answers to a Graph Store PUT that mean "no Graph Store Protocol here": use Update.
NO_GRAPH_STORE = frozenset({400, 404, 405, 406, 415, 501})


@dataclass(frozen=True)
class ServerUrls:
    query: str
    update: str
    graph_store: str | None  # None: write with SPARQL Update only


def server_urls(endpoint: str, *, update: str | None = None,
                graph_store: str | None = None, use_graph_store: bool = True) -> ServerUrls:
    """The three URLs of a server from its query endpoint (see the module docstring)."""
    check_url(endpoint)
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    if path.endswith("/query") or path == "":
        stem = path[: -len("/query")] if path.endswith("/query") else ""
        derived_update = urllib.parse.urlunsplit(parts._replace(path=f"{stem}/update"))
        derived_store = urllib.parse.urlunsplit(parts._replace(path=f"{stem}/store"))
        query = endpoint if path else urllib.parse.urlunsplit(parts._replace(path="/query"))
    else:
        derived_update = derived_store = query = endpoint
    return ServerUrls(
        query=query,
        update=check_url(update, "--update-endpoint") if update else derived_update,
        graph_store=None if not use_graph_store else (
            check_url(graph_store, "--graph-store") if graph_store else derived_store),
    )


class SparqlServer:
    """A SPARQL 1.1 server reached over HTTP."""

    def __init__(self, urls: ServerUrls, client: HttpClient):
        self.urls = urls
        self.client = client
        self._graph_store_works: bool | None = None if urls.graph_store else False

    @property
    def description(self) -> str:
        return self.urls.query

    # ------------------------------------------------------------------ writing

    def replace_graph(self, name: str, ntriples: str) -> None:
        iri = nt_iri(name)
        if self._graph_store_works is not False:
            try:
                self._put(name, ntriples)
                self._graph_store_works = True
                return
            except ServerRefusedError as exc:
                if self._graph_store_works or exc.status not in NO_GRAPH_STORE:
                    raise
                log.warning("%s answered %s to a Graph Store PUT; writing with SPARQL Update "
                            "to %s instead", self.urls.graph_store, exc.status, self.urls.update)
                self._graph_store_works = False
        update = f"DROP SILENT GRAPH {iri} ;\nINSERT DATA {{ GRAPH {iri} {{\n{ntriples}}} }}\n"
        # Idempotent (see the module docstring), hence safe to retry.
        self.client.request("POST", self.urls.update, body=update.encode("utf-8"),
                            content_type=SPARQL_UPDATE, idempotent=True)

    def add_to_graph(self, name: str, ntriples: str) -> None:
        update = f"INSERT DATA {{ GRAPH {nt_iri(name)} {{\n{ntriples}}} }}\n"
        # Adding a set of triples twice adds nothing the second time: safe to retry.
        self.client.request("POST", self.urls.update, body=update.encode("utf-8"),
                            content_type=SPARQL_UPDATE, idempotent=True)

    def _put(self, name: str, ntriples: str) -> None:
        assert self.urls.graph_store is not None
        self.client.request("PUT", _graph_url(self.urls.graph_store, name),
                            body=ntriples.encode("utf-8"), content_type=NTRIPLES,
                            idempotent=True)

    def delete_graph(self, name: str) -> None:
        iri = nt_iri(name)
        if self._graph_store_works is not False:
            try:
                self.client.request("DELETE", _graph_url(self.urls.graph_store or "", name),
                                    idempotent=True)
                return
            except ServerRefusedError as exc:
                if exc.status == 404 and self._graph_store_works:
                    return  # the graph was not there
                if exc.status not in NO_GRAPH_STORE:
                    raise
        self.client.request("POST", self.urls.update,
                            body=f"DROP SILENT GRAPH {iri}\n".encode(),
                            content_type=SPARQL_UPDATE, idempotent=True)

    # ------------------------------------------------------------------ reading

    def named_graphs(self, prefix: str = "") -> list[str]:
        condition = f'FILTER(STRSTARTS(STR(?g), "{escape_string(prefix)}"))' if prefix else ""
        result = self._select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                              f"{condition} }}", default_graphs=())
        return sorted(v for v in result.column("g") if v)

    def totals(self) -> tuple[int, int]:
        """Counted by the server: asked once, never retried (on a big store it is slow)."""
        result = self._select("SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?quads) "
                              "WHERE { GRAPH ?g { ?s ?p ?o } }", default_graphs=(),
                              retry=False)
        graphs, quads = (int(c.value) if c else 0 for c in result.rows[0])
        return graphs, quads

    def query(self, text: str, *, union: bool = True) -> QueryResult:
        """Run a SELECT query; ``union`` names every named graph as a default graph.

        The SPARQL 1.1 Protocol's ``default-graph-uri`` makes the default graph the
        merge of the graphs named, which every conforming server understands; a server
        configured with a union default graph can be queried with ``union=False``.
        A dataset given in the request has only the named graphs it names
        (``named-graph-uri``), so every graph is named as a named graph too: ``GRAPH ?g``
        patterns then see what they see on the embedded store and in files.
        """
        graphs = tuple(self.named_graphs()) if union else ()
        return self._select(text, default_graphs=graphs, named_graphs=graphs)

    def _select(self, text: str, *, default_graphs: tuple[str, ...],
                named_graphs: tuple[str, ...] = (), retry: bool = True) -> QueryResult:
        fields = [("query", text)] + [("default-graph-uri", g) for g in default_graphs] + [
            ("named-graph-uri", g) for g in named_graphs]
        body = urllib.parse.urlencode(fields).encode("ascii")
        try:
            answer = self.client.request("POST", self.urls.query, body=body, content_type=FORM,
                                         accept=RESULTS_JSON, idempotent=retry)
        except ServerRefusedError as exc:
            if exc.status == 400:
                raise QueryError(f"the server rejected the query: {exc.message}") from exc
            raise
        try:
            return parse_json_results(answer.text())
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{self.urls.query} did not answer with SPARQL JSON results "
                             f"({answer.content_type or 'no content type'}): {exc}") from exc

    def close(self) -> None:
        self.client.close()


def _graph_url(graph_store: str, name: str) -> str:
    separator = "&" if urllib.parse.urlsplit(graph_store).query else "?"
    return f"{graph_store}{separator}{urllib.parse.urlencode({'graph': name})}"


__all__ = ["SparqlServer", "ServerUrls", "server_urls"]
