"""A meeting located in an English release, before its frame is filled: the clause that
reports it, its sentence, its day and its place; and the two sentence-level readings the
locating passes share (the date phrase a clause goes by, whether a position is quoted)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from pressgraph.extract import dates as date_rules
from pressgraph.extract.lexicon import alternation, words
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


@cache
def _reported_that() -> re.Pattern[str]:
    verbs = alternation(words("meetings", "reporting_verbs"))
    return re.compile(rf"\b(?:{verbs})\s+that\b")


def reported(sentence: Sentence, position: int) -> str | None:
    """What a reporting verb before ``position`` opens ("pointed out that ... held the first
    meeting ...", "agreed that the next meeting would be held ..."): the words of the report,
    to the end of the sentence, or None when the position is in no report."""
    before = sentence.text[:position - sentence.span.start]
    opened = [match.end() for match in _reported_that().finditer(before)]
    return sentence.text[opened[-1]:] if opened else None


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
