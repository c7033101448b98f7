"""Time every shipped competency query on an exported union, as a store and a server see it.

Usage: python bench/queries.py FILE.nq [REPEAT]

Loads the N-Quads into an embedded Oxigraph store and runs each ``queries/*.rq`` twice:
with the default graph as the union of the named graphs (``pressgraph query --store``),
and with every named graph listed as a default and a named graph, as ``pressgraph query
--endpoint`` asks a server in union mode (the SPARQL Protocol's dataset). Prints the rows
and the best wall-clock time of REPEAT runs (default 3) of each. A figure, not a test.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pyoxigraph as ox

QUERIES = Path(__file__).resolve().parent.parent / "queries"


def best_of(repeat: int, run) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    best, rows = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = len(list(run()))
        best = min(best, time.perf_counter() - start)
    return rows, best


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    repeat = int(argv[1]) if len(argv) > 1 else 3
    store = ox.Store()
    store.bulk_load(path=argv[0], format=ox.RdfFormat.N_QUADS)
    graphs = list(store.named_graphs())
    print(f"{len(store)} quads in {len(graphs)} graphs; best of {repeat}")
    print(f"{'query':24} {'rows':>6} {'union (s)':>10} {'dataset (s)':>12}")
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        rows, union = best_of(repeat, lambda: store.query(text, use_default_graph_as_union=True))
        _, dataset = best_of(repeat, lambda: store.query(text, default_graph=graphs,
                                                         named_graphs=graphs))
        print(f"{path.stem:24} {rows:>6} {union:>10.3f} {dataset:>12.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
