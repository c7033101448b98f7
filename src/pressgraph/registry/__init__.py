"""The curated registry: places, organisations, standing bodies and posts, as data.

Loaded once per process from the CSV files beside this module (see README.md there for
where each part comes from). Lookups are by normalised name in any language.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Place:
    key: str  # slug, stable: the IRI is minted from it
    kind: str  # city, territory, province, country
    en: str
    zh_hant: str
    zh_hans: str
    alt_en: tuple[str, ...]
    within: str | None  # key of the enclosing place
    source: str | None  # where an outside identifier comes from, when one is cited

    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.en, self.zh_hant, self.zh_hans, *self.alt_en) if n)


def normalise_name(name: str) -> str:
    """Case-, width- and space-insensitive form of a name for lookups."""
    text = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(text.replace("’", "'").split())


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("pressgraph.registry").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def places() -> tuple[Place, ...]:
    return tuple(
        Place(
            key=row["key"], kind=row["kind"], en=row["en"], zh_hant=row["zh_hant"],
            zh_hans=row["zh_hans"],
            alt_en=tuple(a for a in row["alt_en"].split("|") if a),
            within=row["within"] or None, source=row["source"] or None,
        )
        for row in _rows("places.csv")
    )


@cache
def _place_index() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for place in places():
        for name in place.names():
            index.setdefault(normalise_name(name), place)
    return index


def find_place(name: str) -> Place | None:
    """The registry place with this name in English or Chinese, if any."""
    return _place_index().get(normalise_name(name))
