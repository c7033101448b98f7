"""The English lexicon of the meeting rules, loaded once from ``data/meetings_en.toml``."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def lexicon() -> dict[str, Any]:
    text = resources.files("pressgraph.extract").joinpath("data/meetings_en.toml").read_text(
        encoding="utf-8")
    return tomllib.loads(text)


def words(section: str, key: str) -> tuple[str, ...]:
    """A list of the lexicon, longest first (so that alternations prefer the longest)."""
    return tuple(sorted(lexicon()[section][key], key=lambda word: (-len(word), word)))


def alternation(items: tuple[str, ...]) -> str:
    """A regex alternation of ``items`` as printed, a space in one matching any run of
    spaces ("called  on" across a line break)."""
    return "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in items)
