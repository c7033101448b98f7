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


@dataclass(frozen=True)
class Journey:
    """A verb of setting out (``data/journeys.tsv``): its forms, the prepositions that lead
    to the place (none: the place is its object, a visit) and how it reads where no place
    follows ("verb": its forms alone, "phrase": only with its preposition, "place": only
    before a place)."""
    forms: tuple[str, ...]
    prepositions: tuple[str, ...]
    reading: str

    def phrases(self) -> tuple[str, ...]:
        """Its forms with each preposition ("leave for"), or alone when it takes none."""
        if not self.prepositions:
            return self.forms
        return tuple(f"{form} {preposition}" for form in self.forms
                     for preposition in self.prepositions)


def _longest_first(items: list[str]) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(items), key=lambda item: (-len(item), item)))


@cache
def journeys() -> tuple[Journey, ...]:
    def cells(cell: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in cell.split(",") if part.strip() not in {"", "-"})
    return tuple(Journey(cells(row[0]), cells(row[1]), row[2])
                 for row in rows("journeys.tsv") if len(row) >= 3)


@cache
def journey_cues(setting_out: bool = False) -> tuple[str, ...]:
    """What leads to the place of a journey ("leave for", "fly to", "visit"), longest first;
    with ``setting_out``, only the verbs that take a preposition ("visit" is a stay)."""
    return _longest_first([phrase for journey in journeys()
                           if journey.prepositions or not setting_out
                           for phrase in journey.phrases()])


@cache
def journey_verbs() -> tuple[str, ...]:
    """What tells a journey where no place follows ("depart", "head for"), longest first."""
    return _longest_first([word for journey in journeys()
                           for word in (journey.forms if journey.reading == "verb"
                                        else journey.phrases() if journey.reading == "phrase"
                                        else ())])
