"""Triple stores that hold one named graph per release: embedded Oxigraph, or a server.

Every target offers the same few operations, each of which is atomic on its own:

* :meth:`Target.replace_graph` swaps the whole content of one named graph (a release's,
  or the shared registry graph) for new triples, so loading a release again replaces
  it and a corrected release leaves none of its old facts;
* :meth:`Target.add_to_graph` adds triples to one named graph (a second rendition of a
  release in the same load: its text and its HTML are one release graph, their union);
* :meth:`Target.delete_graph` removes one named graph;
* :meth:`Target.query` runs a SPARQL SELECT query, over the union of the named graphs
  when asked, and returns the rows in the W3C results model of :mod:`pressgraph.sparql`.

:class:`EmbeddedStore` keeps the data in a directory with pyoxigraph (no server);
:class:`SparqlServer` speaks the SPARQL 1.1 Graph Store HTTP Protocol and SPARQL 1.1
Update/Query to any server (Oxigraph, Fuseki, GraphDB, Virtuoso, Neptune, QLever...).
"""

from __future__ import annotations

from typing import Protocol

from pressgraph.sparql import QueryResult


class Target(Protocol):
    """Where graphs are loaded and queried."""

    @property
    def description(self) -> str:
        """How messages name the target (a directory or a URL, never credentials)."""
        ...

    def replace_graph(self, name: str, ntriples: str) -> None:
        """Make named graph ``name`` hold exactly these N-Triples, in one transaction."""
        ...

    def add_to_graph(self, name: str, ntriples: str) -> None:
        """Add these N-Triples to named graph ``name``, in one transaction."""
        ...

    def delete_graph(self, name: str) -> None:
        """Remove named graph ``name`` (nothing happens when it is absent)."""
        ...

    def named_graphs(self, prefix: str = "") -> list[str]:
        """The named graphs whose IRI starts with ``prefix``, sorted."""
        ...

    def totals(self) -> tuple[int, int]:
        """(named graphs, quads in named graphs) now in the store."""
        ...

    def query(self, text: str, *, union: bool = True) -> QueryResult:
        ...

    def close(self) -> None:
        ...


__all__ = ["Target"]
