"""Benchmark: extraction alone, in milliseconds per release.

    .venv/bin/python bench/extract_profile.py [--repeat N] [--synth K] [--profile]
                                              [--dump FILE] [PATHS...]

Reads and parses the inputs once (default: the development corpus,
tests/fixtures/corpus), then times ``pressgraph.extract.extract`` over them N times on
one core and prints the best and the median milliseconds per release, with the load
average (the machine is shared). Re-extracting the same texts hits caches keyed by text,
which an archive never does; ``--synth K`` instead times K distinct synthetic releases
per run (bench/synth.py; a new K for every run), which is what an export sees. ``--profile`` prints the top of a cProfile run instead.
``--dump FILE`` writes the ``repr`` of every extraction, one per input, so that two
versions of the rules can be compared byte for byte. A script that prints figures, not a
test.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def parsed_releases(paths: list[str]) -> list:
    from pressgraph.parse import parse
    from pressgraph.reader import iter_inputs, read

    releases = []
    for ref in iter_inputs(paths):
        try:
            releases.append(parse(read(ref)))
        except Exception:  # an input the parser rejects is not extraction's cost
            continue
    return releases


def synthetic_releases(count: int, offset: int) -> list:
    """COUNT distinct synthetic releases (bench/synth.py), parsed, starting at OFFSET."""
    sys.path.insert(0, str(ROOT / "bench"))
    import synth
    from pressgraph.parse import parse
    from pressgraph.reader import decode

    pool = synth.patterns()
    releases = []
    for index in range(offset, offset + count):
        suffix, text = pool[index % len(pool)]
        source = decode(synth.vary(text, index).encode("utf-8"), f"R{index:07d}{suffix}")
        try:
            releases.append(parse(source))
        except Exception:
            continue
    return releases


def run_once(releases: list) -> tuple[float, float]:
    """Wall-clock and CPU seconds of extracting RELEASES (on a shared machine the CPU time
    is the steadier figure)."""
    from pressgraph.extract import extract

    started, cpu = time.perf_counter(), time.process_time()
    for release in releases:
        extract(release)
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "tests/fixtures/corpus")])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--synth", type=int, default=0)
    parser.add_argument("--dump")
    args = parser.parse_args()

    if args.synth:
        batches = [synthetic_releases(args.synth, args.synth * run)
                   for run in range(args.repeat + 2)]
    else:
        batches = [parsed_releases(args.paths)] * (args.repeat + 2)
    releases = batches[0]
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.dump:
        from pressgraph.extract import extract

        with open(args.dump, "w", encoding="utf-8") as out:
            for release in releases:
                out.write(repr(extract(release)) + "\n")
        print(f"wrote {len(releases)} extractions to {args.dump}")
        return
    run_once(batches[0])  # warm: imports, compiled patterns, lexicons
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        run_once(batches[1])
        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)
        return
    runs = [run_once(batch) for batch in batches[2:]]
    wall = [w * 1000 / len(batch) for (w, _), batch in zip(runs, batches[2:])]
    cpu = [c * 1000 / len(batch) for (_, c), batch in zip(runs, batches[2:])]
    kind = "distinct synthetic" if args.synth else "corpus"
    print(f"{len(releases)} {kind} releases, {args.repeat} runs, ms per release: "
          f"wall best {min(wall):.2f} median {statistics.median(wall):.2f}; "
          f"CPU best {min(cpu):.2f} median {statistics.median(cpu):.2f}")
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
