"""Extraction rules for English releases."""

from __future__ import annotations

from pressgraph.model import Extraction, ParsedRelease


def extract(release: ParsedRelease) -> Extraction:
    return Extraction(release=release)
