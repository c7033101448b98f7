"""A meeting located in an English release, before its frame is filled: the clause that
reports it, its sentence, its day and its place; and the two sentence-level readings the
locating passes share (the date phrase a clause goes by, whether a position is quoted)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pressgraph.extract import dates as date_rules
from pressgraph.extract.meetings import Found
from pressgraph.extract.sentences import Sentence
from pressgraph.model import ParsedRelease


@dataclass
class Located:
    found: Found
    sentence: Sentence
    date: date | None
    date_text: str | None
    place: str | None


def quoted(release: ParsedRelease, sentence: Sentence, position: int) -> bool:
    """Whether ``position`` lies inside a quotation opened in its paragraph."""
    before = release.text[sentence.block.span.start:position]
    lead_in = release.text[:sentence.block.span.start].rstrip()
    if lead_in.endswith(":") and before.lstrip()[:1] in {'"', "\u201c"}:
        before = before.lstrip()[1:]  # 'a spokesman said the following: "The Secretary met ...'
    straight = before.count('"') % 2 == 1
    curly = before.count("\u201c") > before.count("\u201d")
    return straight or curly


# "The Secretary, who arrived yesterday (May 6), met ...": the aside's date is not the meeting's.
_ASIDE = re.compile(r",\s+(?:who|which|whose|where|having)\b[^,]*,")


def date_phrase(sentence: Sentence, clause_start: int) -> date_rules.DatePhrase | None:
    """The date phrase of the clause, else the nearest one before it in the sentence."""
    asides = [m.span() for m in _ASIDE.finditer(sentence.text)]
    phrases = [p for p in date_rules.find_dates(sentence.text)
               if not any(a <= p.start < b for a, b in asides)]
    relative = clause_start - sentence.span.start
    inside = [p for p in phrases if p.start >= relative]
    before = [p for p in phrases if p.start < relative]
    if inside:
        return inside[0]
    return before[-1] if before else None
