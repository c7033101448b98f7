"""CPU time per pipeline stage over the development corpus (one core, warm).

    .venv/bin/python bench/stages.py [PASSES] [FORMATS]

Reads, parses, extracts, resolves, maps, validates and renders every corpus release
(``tests/fixtures/corpus``); the first pass warms the caches and is not counted, the
next PASSES (default 3) are. Figures are ``time.process_time`` per release, so that other
work on a shared machine changes them less than it changes wall-clock times. FORMATS is a
comma-separated list of output formats to render (default ``turtle,nq``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pressgraph.extract import extract
from pressgraph.mapper import map_release
from pressgraph.parse import parse
from pressgraph.pipeline import check_graph, map_options
from pressgraph.reader import iter_inputs, read
from pressgraph.resolve import resolve
from pressgraph.serialize import GraphChunk, Prefixes, StreamWriter
from pressgraph.vocab import prefix_table

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "corpus"


def main() -> None:
    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    formats = sys.argv[2].split(",") if len(sys.argv) > 2 else ["turtle", "nq"]
    options = map_options("https://w3id.org/pressgraph/")
    refs = list(iter_inputs([str(CORPUS)]))
    names = ["read + parse", "extract", "resolve", "map", "validate"] + [
        f"render {f}" for f in formats]
    totals = dict.fromkeys(names, 0.0)
    measured = 0
    for number in range(passes + 1):
        for ref in refs:
            marks = [time.process_time()]
            try:
                parsed = parse(read(ref))
                marks.append(time.process_time())
                extraction = extract(parsed)
                marks.append(time.process_time())
                resolved = resolve(extraction)
                marks.append(time.process_time())
                mapped = map_release(resolved, options)
                marks.append(time.process_time())
            except Exception:  # an input the pipeline refuses (the corpus has a few)
                continue
            check_graph(mapped)
            marks.append(time.process_time())
            for fmt in formats:
                prefixes = Prefixes(prefix_table(options.minter.base))
                writer = StreamWriter(fmt, prefixes)  # type: ignore[arg-type]
                writer.render(GraphChunk(mapped.graph_iri, mapped.triples))
                marks.append(time.process_time())
            if number == 0:
                continue
            measured += 1
            for i, name in enumerate(names):
                totals[name] += marks[i + 1] - marks[i]
    print(f"{measured // passes} releases, {passes} passes; CPU ms per release:")
    for name, seconds in totals.items():
        print(f"  {name:16} {1000 * seconds / measured:7.2f}")
    print(f"  {'total':16} {1000 * sum(totals.values()) / measured:7.2f}")


if __name__ == "__main__":
    main()
