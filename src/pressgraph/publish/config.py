"""Options of a publication and the publisher's data file (``data/publish.json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources as importlib_resources
from typing import Any, Literal

TextMode = Literal["facts", "quotes", "full"]
TEXT_MODES: tuple[TextMode, ...] = ("facts", "quotes", "full")


@dataclass(frozen=True)
class PublishOptions:
    """What the command line says about the publication (all but the data itself)."""

    base: str
    text_mode: TextMode = "facts"
    licence: str | None = None
    publisher: str | None = None
    publisher_name: str = "pressgraph"
    sparql_endpoint: str | None = None
    title: str = "pressgraph: meetings reported in Hong Kong government press releases"


@cache
def settings() -> dict[str, Any]:
    """The publisher's data file, parsed once."""
    text = importlib_resources.files("pressgraph.publish").joinpath(
        "data", "publish.json").read_text(encoding="utf-8")
    return json.loads(text)


def package_text(*parts: str) -> str:
    """A text file shipped in the publish package (templates, CSS, shapes)."""
    return importlib_resources.files("pressgraph.publish").joinpath(*parts).read_text(
        encoding="utf-8")
