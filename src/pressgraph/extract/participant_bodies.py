"""The body that met, read for a meeting's participants: an organisation named as the body
itself, as its parent ("Finance Committee of the Legislative Council") or as the owner of
a committee that met is not a party to the meeting.
"""

from __future__ import annotations

import re
from functools import cache

from pressgraph import registry
from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import normalise
from pressgraph.extract.org_names import org_spans
from pressgraph.model import OrganisationMention, ParsedRelease, Span


def is_the_body(mention: OrganisationMention, body: str | None,
                 release: ParsedRelease) -> bool:
    """The standing body that met, however the text writes it ("Legislative Council
    (LegCo) Finance Committee (FC)", "Finance Committee of the Legislative Council",
    "LegCo Subcommittee on X" cut short of the body's full name, or "Council of Advisers"
    of "Chief Executive's Council of Advisers"): not a participant. A body the registry
    knows as an organisation in its own right is dropped only where its name is the
    body's whole name (the Legislative Council at its own sitting, a settled case); a
    longer or shorter wording of it may name the parent taking part."""
    if not body:
        return False
    key = normalise(body)
    if normalise(mention.name) == key:
        return True
    if registry.find_organisation(mention.name, release.release_date) is not None:
        return False
    for name in (mention.name, *mention.mentions):
        words = normalise(name).split()
        for start in range(len(words)):
            rest = " ".join(words[start:])
            if rest == key or start == 0 and rest.startswith((key + " of ", key + " for ")):
                return True
            if _long_enough(words[start:]) and (key.startswith(rest + " ")
                                                or start == 0 and key.endswith(" " + rest)):
                return True
    return False


def _long_enough(words: list[str]) -> bool:
    """Whether a part of the body's name names it: three words or more, or two that end
    in an organisation's head ("Steering Committee" of "the X Group's Steering Committee");
    a place ("Hong Kong") of a body named after its parties does not."""
    return len(words) >= 3 or len(words) == 2 and wordlists.is_head(
        words[-1].capitalize(), wordlists.org_heads())


def owns_the_body(text: str, mention: OrganisationMention, spans: list[Span],
                   body: str | None) -> bool:
    """An organisation written right before the name of a committee of it that met
    ("the Legislative Council (LegCo) Finance Committee", "the LegCo Subcommittee on X"),
    or opening that name as the release gives it: named as whose body met, not as a party
    to the meeting. A body named after its parties ("ASEAN Economic Ministers - Hong Kong,
    China Consultations") is not owned (``data/owned_body_heads.txt``)."""
    if not body:
        return False
    for form in (mention.name, *mention.mentions):
        opening = re.match(re.escape(form) + r"(?:\s*\([^()]*\))?\s+", body)
        if opening:
            return _is_owned_body(body[opening.end():])
    if not _is_owned_body(body):
        return False
    opening = " ".join(body.split()[:2])
    return any(re.match(r"(?:\s*\([^()]*\))?\s+" + re.escape(opening) + r"\b",
                        text[s.end:s.end + len(opening) + 40]) for s in spans)


@cache
def _owned_body_heads() -> re.Pattern[str]:
    words = sorted(wordlists.ordered("owned_body_heads.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _is_owned_body(name: str) -> bool:
    return _owned_body_heads().search(name) is not None


def parent_of_body(body: str | None) -> str | None:
    """The organisation a meeting's body belongs to, normalised: "Legislative Council" of
    "Finance Committee of the Legislative Council"."""
    if not body or " of the " not in body:
        return None
    parent = body.rsplit(" of the ", 1)[1]
    spans = org_spans(parent, 0, len(parent))
    if spans and spans[0].start == 0 and spans[0].end == len(parent):
        return normalise(parent)
    return None


@cache
def _body_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rows = []
    for row in wordlists.rows("body_patterns.txt"):
        if len(row) >= 2:
            rows.append((row[0], re.compile(row[1])))
    return tuple(rows)


def is_meeting_body(text: str, mention: OrganisationMention, spans: list[Span]) -> bool:
    """The standing body that met (or a series), or an organisation named only as the
    parent of something: not a participant."""
    for span in spans:
        before = text[max(0, span.start - 60):span.start]
        after = text[span.end:span.end + 60]
        for where, pattern in _body_patterns():
            if (where == "before" and pattern.search(before)) or (
                    where == "after" and pattern.search(after)):
                return True
    words = mention.name.split()
    if not any(" ".join(words[i:i + len(h.split())]) == h for h in wordlists.ordered(
            "body_heads.txt") for i in range(len(words))):
        return False
    exceptions = wordlists.ordered("participant_exceptions.txt")
    return not any(text[max(0, s.start - 60):s.start].lower().endswith(e + " ")
                   for s in spans for e in exceptions)
