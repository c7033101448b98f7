"""Word lists the English rules read from ``extract/data/``.

Every list is a plain text file, one entry a line, ``#`` for comments; tables are
tab-separated. Names of particular bodies and cue phrases live there, never in code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("pressgraph.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def rows(name: str) -> list[list[str]]:
    """The rows of a tab-separated table, cells stripped."""
    text = resources.files("pressgraph.extract").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@cache
def words(name: str) -> frozenset[str]:
    """The entries of a one-word-a-line list, as a set."""
    return frozenset(_lines(name))


@cache
def ordered(name: str) -> tuple[str, ...]:
    """The entries of a list in file order."""
    return tuple(_lines(name))


def honorifics() -> frozenset[str]:
    return words("honorifics.txt")


def post_heads() -> frozenset[str]:
    return words("post_heads.txt")


def post_modifiers() -> frozenset[str]:
    return words("post_modifiers.txt")


def org_heads() -> frozenset[str]:
    return words("org_heads.txt")


def name_particles() -> frozenset[str]:
    return words("name_particles.txt")


def name_possessives() -> frozenset[str]:
    return words("name_possessives.txt")


@cache
def standalone_orgs() -> tuple[str, ...]:
    """Organisation names without a head word, longest first."""
    return tuple(sorted(ordered("standalone_orgs.txt"), key=lambda s: (-len(s), s)))


@cache
def multiword_places() -> tuple[str, ...]:
    return tuple(sorted(ordered("multiword_places.txt"), key=lambda s: (-len(s), s)))


@cache
def org_aliases() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in rows("org_aliases.tsv") if len(row) >= 2)


@dataclass(frozen=True)
class SideCue:
    scope: str  # "name" or "context"
    side: str
    strength: str  # "strong" or "weak"
    phrase: str
    generic: bool = False  # a word any country's bodies use ("Ministry", "National")


@cache
def side_cues() -> tuple[SideCue, ...]:
    return tuple(SideCue(*row[:4], generic=len(row) > 4 and row[4] == "generic")
                 for row in rows("side_cues.tsv") if len(row) >= 4)


def is_head(word: str, heads: frozenset[str]) -> bool:
    """Whether ``word`` (or the last part of a hyphenated word) is one of ``heads``."""
    if word in heads:
        return True
    if "-" in word:
        return word.rsplit("-", 1)[1] in heads
    return False
