"""Short English releases for the meeting-extraction tests: paragraphs under a headline and a
dateline of Wednesday, 9 October 2024 (or none), parsed, and the meetings the English extractor
finds in them."""

from __future__ import annotations

from pressgraph.extract import english
from pressgraph.model import ParsedRelease, SourceText
from pressgraph.parse import parse_text

DATELINE = "Ends/Wednesday, October 9, 2024\nIssued at HKT 16:25"


def make_release(*paragraphs: str, dateline: str | None = DATELINE,
                 title: str = "Officials meet (with photos)") -> ParsedRelease:
    body = "\n\n".join(p if p.startswith(("1.", "(a)", "* ", "- ")) else "     " + p
                       for p in paragraphs)
    text = f"{title}\n\n{body}\n\n{dateline or ''}\n"
    source = SourceText(source="<test>", text=text, media_type="text/plain", encoding="utf-8",
                        content_sha256="0" * 64)
    return parse_text(text, source)


def meetings_of(*paragraphs: str, **kwargs: object) -> tuple:
    return english.extract(make_release(*paragraphs, **kwargs)).meetings  # type: ignore[arg-type]
