"""Results of a meeting (documents signed, plans endorsed, funding approved), its purpose
and its venue, from the sentences of the meeting's text."""

from __future__ import annotations

import re
from functools import cache

from pressgraph.extract.lexicon import words
from pressgraph.extract.names import clean_name, name_at
from pressgraph.extract.sentences import Sentence
from pressgraph.model import Outcome, ParsedRelease, Span

_SIGNED = re.compile(
    r"\b(?:signed|concluded|inked)\s+(?:a|an|the|their|its|\w+)?\s*(?P<doc>[A-Z][^,.;]*?)"
    r"(?=\s+(?:between|with|on\s+behalf|at\s+a|after|before|in\s+the|witnessed|,|\.|;|$)|[,.;]|$)")
_SIGNING_OF = re.compile(r"\b(?:signing|signature)\s+of\s+(?:the\s+)?(?P<what>[^,.;]*)")
_ENDORSED = re.compile(
    r"\b(?:endorsed|approved|adopted|agreed\s+on|passed)\s+(?P<what>(?:the|a|an|its|their)\s+"
    r"[^,.;]*?\b(?:plan|proposal|funding|budget|paper|report|recommendations?|programme|"
    r"arrangements?)\b[^,.;]*)")
_APPROVAL = re.compile(r"\bapproval\s+(?:by\s+[^,.;]*?\s+)?of\s+(?P<what>(?:a|the)\s+[^,.;]*?"
                       r"(?:proposal|funding)[^,.;]*)")
_PURPOSE = re.compile(
    r"\b(?:to|so\s+as\s+to|in\s+order\s+to)\s+(?P<purpose>(?:exchange\s+views|discuss|deepen|"
    r"review|explore|strengthen|promote|make\s+sure|prepare|take\s+stock|enhance|foster|"
    r"co-ordinate|coordinate|follow\s+up)\b[^.;]*)")


def find_outcomes(release: ParsedRelease, region: list[Sentence]) -> tuple[Outcome, ...]:
    found: list[Outcome] = []
    for sentence in region:
        text = sentence.text
        if re.search(r"\b(?:will|would|shall)\b[^.]*\b(?:sign|endorse|approve)", text):
            continue
        for match in _SIGNED.finditer(text):
            document = match.group("doc").strip()
            if len(document.split()) < 2:
                continue
            start = sentence.span.start + match.start()
            found.append(Outcome(text=f"signed: {document}",
                                 span=Span(start, sentence.span.start + match.end()),
                                 document=document))
        for match in _SIGNING_OF.finditer(text):
            if not re.search(r"\b(?:witnessed|attended|officiated)\b", text[:match.start()]):
                continue
            what = match.group("what").strip()
            start = sentence.span.start + match.start()
            document = what if what[:1].isupper() else None
            found.append(Outcome(text=f"signed: {what}",
                                 span=Span(start, sentence.span.start + match.end()),
                                 document=document))
        for pattern in (_ENDORSED, _APPROVAL):
            for match in pattern.finditer(text):
                what = match.group("what").strip()
                start = sentence.span.start + match.start()
                verb = match.group(0).split()[0].lower()
                found.append(Outcome(text=f"{verb}: {what}" if pattern is _ENDORSED
                                     else f"approved: {what}",
                                     span=Span(start, sentence.span.start + match.end())))
    unique: dict[Span, Outcome] = {}
    for outcome in found:
        unique.setdefault(outcome.span, outcome)
    return tuple(sorted(unique.values(), key=lambda outcome: outcome.span))


def find_purpose(clause: str) -> str | None:
    match = _PURPOSE.search(clause)
    if not match:
        return None
    return match.group("purpose").strip()


@cache
def _venue_heads() -> tuple[str, ...]:
    return words("venues", "heads")


def find_venue(sentence: str) -> str | None:
    """A building named after "at" in the sentence that reports the meeting."""
    for match in re.finditer(r"\bat\s+(?:the\s+)?(?=[A-Z])", sentence):
        name = name_at(sentence, match.end())
        if name is None:
            continue
        clean = clean_name(name.text)
        if any(re.search(rf"\b{re.escape(head)}\b", clean) for head in _venue_heads()):
            return clean
    return None
