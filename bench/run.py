"""Benchmark: the naive rdflib+pySHACL pipeline vs pressgraph, side by side.

    .venv/bin/python bench/run.py 10000 [--jobs 2]

On the same synthetic archive of N releases (bench/synth.py), in one invocation, each
variant in its own process (so peak RSS is its own):

  (a) naive     pressgraph's extraction, then an rdflib Graph per release, pySHACL per
                release, rdflib's Turtle writer -- the obvious approach, one process
  (b) validated pressgraph export --jobs J (SHACL-validated, Turtle)
  (c) no-valid  pressgraph export --jobs J --no-validate
  (d) floor     writing the same number of N-Triples lines with plain string formatting

Prints releases/s, microseconds per triple, peak RSS and the ratios (b)/(a) and (b)/(d).
The naive variant runs on at most --naive-limit releases (it is slow) and is reported as
a rate. This is a script that prints figures, not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUMMARY = re.compile(r"^pressgraph: (?P<releases>\d+) releases, \d+ meetings, "
                     r"(?P<triples>\d+) triples", re.MULTILINE)
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402


def naive(directory: str, limit: int) -> dict:
    from rdflib import Graph  # noqa: F401  (imported for the baseline's own cost)
    from pyshacl import validate

    from pressgraph.extract import extract
    from pressgraph.mapper import map_release
    from pressgraph.parse import parse
    from pressgraph.pipeline import map_options
    from pressgraph.reader import iter_inputs, read
    from pressgraph.resolve import resolve
    from pressgraph.validate import ontology_graph, shapes_graph

    options = map_options("https://w3id.org/pressgraph/")
    shapes, ontology = shapes_graph(), ontology_graph()
    releases = triples = 0
    started = time.perf_counter()
    with open(os.devnull, "w") as sink:
        for ref in iter_inputs([directory]):
            if releases >= limit:
                break
            try:
                mapped = map_release(resolve(extract(parse(read(ref)))), options)
            except Exception:
                continue
            validate(mapped.graph, shacl_graph=shapes, ont_graph=ontology, inference="none")
            sink.write(mapped.graph.serialize(format="turtle"))
            releases += 1
            triples += len(mapped.graph)
    return {"releases": releases, "triples": triples, "seconds": time.perf_counter() - started}


def floor(triples: int) -> dict:
    started = time.perf_counter()
    with open(os.devnull, "w") as sink:
        for n in range(triples):
            sink.write(f'<https://w3id.org/pressgraph/id/thing/{n}> '
                       f'<http://purl.org/dc/terms/title> "value {n}"@en .\n')
    return {"releases": None, "triples": triples, "seconds": time.perf_counter() - started}


def pressgraph(directory: str, jobs: int, validate: bool, out: str) -> dict:
    command = [str(Path(sys.executable).parent / "pressgraph"), "export", directory, "-o", out,
               "--jobs", str(jobs)]
    if not validate:
        command.append("--no-validate")
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    match = SUMMARY.search(result.stderr)
    if match is None:
        raise SystemExit(f"pressgraph printed no summary:\n{result.stderr[-2000:]}")
    return {"releases": int(match.group("releases")), "triples": int(match.group("triples")),
            "seconds": seconds, "exit": result.returncode}


def child(variant: str, *args: str) -> dict:
    """Run one variant in a fresh interpreter; return its figures and peak RSS (the larger of
    the interpreter's own and that of the processes it started: the CLI and its workers)."""
    code = (f"import json,sys,resource; sys.path.insert(0, {str(ROOT / 'bench')!r}); "
            f"import run; r = run.{variant}(*{args!r}); "
            "me, kids = resource.getrusage(resource.RUSAGE_SELF), "
            "resource.getrusage(resource.RUSAGE_CHILDREN); "
            "r['rss_mb'] = max(me.ru_maxrss, kids.ru_maxrss) / 1024; "
            "r['cpu_s'] = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime; "
            "print(json.dumps(r))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--naive-limit", type=int, default=2000)
    parser.add_argument("--workdir", default=None)
    args = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(dir=args.workdir) as work:
        archive = Path(work) / "archive"
        t0 = time.perf_counter()
        synth.write_directory(args.n, archive)
        print(f"generated {args.n:,} releases in {time.perf_counter() - t0:.1f}s "
              f"({sum(1 for _ in archive.rglob('*')):,} paths)")
        rows = {
            "(a) naive rdflib+pySHACL": child("naive", str(archive), min(args.n, args.naive_limit)),
            "(b) pressgraph validated": child("pressgraph", str(archive), args.jobs, True,
                                              str(Path(work) / "b.ttl")),
            "(c) pressgraph no-validate": child("pressgraph", str(archive), args.jobs, False,
                                                str(Path(work) / "c.ttl")),
        }
        triples = rows["(b) pressgraph validated"]["triples"]
        rows["(d) floor (plain N-Triples)"] = child("floor", triples)
    rates = {}
    print(f"load average (1, 5, 15 min) before: {', '.join(f'{x:.2f}' for x in load_before)}; "
          f"after: {', '.join(f'{x:.2f}' for x in os.getloadavg())} (when others share the "
          "cores, CPU seconds are the steadier figure)")
    print(f"{'variant':32} {'releases/s':>11} {'µs/triple':>10} {'peak RSS MB':>12} "
          f"{'CPU s':>8} {'wall s':>8}")
    for name, r in rows.items():
        rate = r["releases"] / r["seconds"] if r["releases"] else None
        if rate is None and r["triples"]:  # the floor: releases at the same triples/release
            per = triples / max(rows["(b) pressgraph validated"]["releases"], 1)
            rate = (r["triples"] / per) / r["seconds"]
        rates[name] = rate or 0.0
        us = 1e6 * r["seconds"] / r["triples"] if r["triples"] else float("nan")
        print(f"{name:32} {rates[name]:11,.0f} {us:10.2f} {r['rss_mb']:12.0f} "
              f"{r['cpu_s']:8.1f} {r['seconds']:8.1f}")
    b = rates["(b) pressgraph validated"]
    print(f"(b)/(a) = {b / rates['(a) naive rdflib+pySHACL']:.1f}x   "
          f"(b)/(d) = {b / rates['(d) floor (plain N-Triples)']:.3f}   "
          f"(c)/(d) = {rates['(c) pressgraph no-validate'] / rates['(d) floor (plain N-Triples)']:.3f}")


if __name__ == "__main__":
    main()
