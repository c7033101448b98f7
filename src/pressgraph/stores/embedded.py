"""The embedded store: an Oxigraph database in a directory, no server needed.

A graph is replaced by one SPARQL Update (``DROP SILENT GRAPH`` then ``INSERT DATA``),
which Oxigraph applies in a single transaction: a reader sees the old graph or the new
one, and a crash in the middle leaves the old one.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from pressgraph.errors import StoreError
from pressgraph.sparql import QueryResult, query_store


class EmbeddedStore:
    """An Oxigraph store on disk. Only one process may open it for writing at a time.

    With ``create_lazily``, a store that does not exist yet is created only when the
    first graph is written, so a load with nothing to load leaves no empty store behind.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False,
                 create_lazily: bool = False):
        self.path = Path(path)
        self._read_only = read_only
        self._store: ox.Store | None = None
        if read_only and not (self.path / "CURRENT").is_file():
            raise StoreError("no pressgraph store here; create one with "
                             "'pressgraph load INPUT... --store DIR'", source=str(self.path))
        if not read_only and self.path.exists() and not self.path.is_dir():
            raise StoreError("is a file; --store needs a directory", source=str(self.path))
        if not (create_lazily and not self.path.exists()):
            self._open()

    @property
    def store(self) -> ox.Store:
        return self._store if self._store is not None else self._open()

    def _open(self) -> ox.Store:
        try:
            self._store = (ox.Store.read_only(str(self.path)) if self._read_only
                           else ox.Store(str(self.path)))
        except OSError as exc:
            raise StoreError(f"cannot open the store: {_os_reason(exc)}",
                             source=str(self.path)) from exc
        return self._store

    @property
    def description(self) -> str:
        return str(self.path)

    def replace_graph(self, name: str, ntriples: str) -> None:
        iri = f"<{name}>"
        self._write(name, f"DROP SILENT GRAPH {iri} ;\nINSERT DATA {{ GRAPH {iri} {{\n"
                          f"{ntriples}}} }}")

    def add_to_graph(self, name: str, ntriples: str) -> None:
        self._write(name, f"INSERT DATA {{ GRAPH <{name}> {{\n{ntriples}}} }}")

    def _write(self, name: str, update: str) -> None:
        try:
            self.store.update(update)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write graph {name}: {_os_reason(exc)}",
                             source=str(self.path)) from exc

    def delete_graph(self, name: str) -> None:
        try:
            self.store.remove_graph(ox.NamedNode(name))
        except OSError as exc:
            raise StoreError(f"cannot delete graph {name}: {_os_reason(exc)}",
                             source=str(self.path)) from exc

    def named_graphs(self, prefix: str = "") -> list[str]:
        if self._store is None and not self.path.exists():  # not created yet: empty
            return []
        names = (g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))
        return sorted(n for n in names if n.startswith(prefix))

    def totals(self) -> tuple[int, int]:
        if self._store is None and not self.path.exists():  # not created yet: empty
            return 0, 0
        result = self.query("SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?quads) "
                            "WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)
        graphs, quads = (int(c.value) if c else 0 for c in result.rows[0])
        return graphs, quads

    def query(self, text: str, *, union: bool = True) -> QueryResult:
        return query_store(self.store, text, union=union)

    def close(self) -> None:
        if self._store is None:
            return
        try:
            self._store.flush()
        except (OSError, RuntimeError):
            pass  # a read-only store cannot flush; writes are durable once applied
        self._store = None


def _os_reason(exc: BaseException) -> str:
    text = str(exc)
    if "lock" in text.lower():
        return ("another process is using this store (only one may open it for writing); "
                f"{text}")
    return text
