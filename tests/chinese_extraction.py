"""Chinese extraction of a release given as text: decoded, parsed and extracted as a file named
new.txt would be."""

from __future__ import annotations

from pressgraph.extract import extract
from pressgraph.parse import parse
from pressgraph.reader import decode


def _extract_text(text: str, source: str = "new.txt"):
    return extract(parse(decode(text.encode("utf-8"), source)))
