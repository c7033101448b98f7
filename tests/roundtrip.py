"""Checks that an output parses in several independent parsers with the same count."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

RDFLIB_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads",
                  ".jsonld": "json-ld"}
OX_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG,
              ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
              ".jsonld": ox.RdfFormat.JSON_LD}
RAPPER_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "ntriples", ".nq": "nquads"}
SERDI_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "ntriples", ".nq": "nquads"}


def rdflib_count(path: Path) -> int:
    dataset = Dataset()
    dataset.parse(path, format=RDFLIB_FORMATS[path.suffix])
    return len({(s, p, o, g) for s, p, o, g in dataset.quads((None, None, None, None))})


def oxigraph_count(path: Path) -> int:
    return len(set(ox.parse(path=str(path), format=OX_FORMATS[path.suffix])))


def rapper_count(path: Path) -> int | None:
    """Triples counted by Raptor's rapper (Debian raptor2-utils), or None if not installed."""
    if shutil.which("rapper") is None or path.suffix not in RAPPER_FORMATS:
        return None
    result = subprocess.run(
        ["rapper", "-q", "-i", RAPPER_FORMATS[path.suffix], "-o", "nquads", str(path)],
        capture_output=True, text=True, check=True,
    )
    return len(set(result.stdout.split("\n")) - {""})


def serdi_count(path: Path) -> int | None:
    """Statements counted by serd's serdi (Debian serdi), or None if not installed."""
    if shutil.which("serdi") is None or path.suffix not in SERDI_FORMATS:
        return None
    result = subprocess.run(
        ["serdi", "-i", SERDI_FORMATS[path.suffix], "-o", "nquads", str(path)],
        capture_output=True, text=True, check=True,
    )
    return len(set(result.stdout.split("\n")) - {""})


def assert_same_count_everywhere(path: Path) -> int:
    counts = {"rdflib": rdflib_count(path), "pyoxigraph": oxigraph_count(path)}
    for name, counter in (("rapper", rapper_count), ("serdi", serdi_count)):
        value = counter(path)
        if value is not None:
            counts[name] = value
    assert len(set(counts.values())) == 1, f"{path.name}: {counts}"
    return counts["rdflib"]
