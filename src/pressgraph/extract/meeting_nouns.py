"""Meetings that an English clause names with a noun rather than a verb of meeting.

* A meeting with someone: "During his meeting with the Minister, Mr X, ...", "after a
  breakfast meeting with President Y", "This was followed by a meeting with ...",
  "hosted an anti-epidemic task force meeting online with ...", "held bilateral meetings
  with A, B and C" (one meeting for each person named), "During a one-hour meeting, ...".
  A meeting with someone already met in the release is that meeting again.

The words that may stand before such a noun phrase and the modifiers a meeting may have are
data (``data/meetings_en.toml``, ``[nouns]``).
"""

from __future__ import annotations

import re
from functools import cache

from pressgraph.extract.lexicon import words
from pressgraph.extract.meeting_clauses import Clause, Found, Mentions, object_persons, person_start
from pressgraph.model import Span


def _alternation(items: tuple[str, ...]) -> str:
    return "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in items)


@cache
def _meeting_with() -> re.Pattern[str]:
    leads = _alternation(words("nouns", "meeting_leads"))
    after = _alternation(words("nouns", "after_meeting"))
    return re.compile(
        rf"\b(?P<lead>{leads})\s+"
        rf"(?:(?P<det>a|an|his|her|their|its)\s+)?"
        rf"(?P<mods>(?:[a-z][\w-]*\s+){{0,3}}?)"
        rf"(?P<head>meeting|call|talks)(?P<plural>s)?\b"
        rf"(?:\s+(?:{after}))?"
        rf"(?P<with>\s+with\b)?", re.IGNORECASE)


@cache
def _not_modifiers() -> frozenset[str]:
    return frozenset(words("nouns", "not_modifiers"))


def _kind(mods: str) -> str:
    lower = mods.lower()
    if "working" in lower:
        return "working meeting"
    if "courtesy" in lower:
        return "courtesy call"
    return "bilateral meeting"


def meetings_with(clause: Clause, mentions: Mentions, existing: list[Found],
                  not_counterpart: re.Pattern[str]) -> list[Found]:
    """The meetings with people that ``clause`` names by a noun phrase."""
    for match in _meeting_with().finditer(clause.text):
        det = (match.group("det") or "").lower()
        mods = match.group("mods")
        plural = bool(match.group("plural"))
        head = match.group("head").lower()
        lead = match.group("lead")
        if any(word.lower() in _not_modifiers() for word in mods.split()):
            continue
        if head != "meeting" and not (match.group("with") and (det or plural)):
            continue  # "held talks with" is the verb rule's; "a call with", "calls with" are ours
        if not det and not plural:
            continue
        anchor = clause.start + match.start()
        if not match.group("with"):
            # "During a one-hour meeting, ...": a meeting introduced, its counterpart earlier
            if det in {"a", "an"} and not plural and lead[:1].isupper() \
                    and clause.text[match.end():].lstrip().startswith(","):
                return [Found(clause, _kind(mods), anchor=anchor, by_noun=True)]
            continue
        rest = clause.text[match.end():]
        obj = rest.lstrip()
        if not_counterpart.match(obj):
            continue
        obj_start = clause.end - len(obj)
        names = object_persons(obj, obj_start, mentions.persons)
        if _met_before(names, obj, mentions, existing):
            return []
        if plural:
            if not names:
                continue  # "held meetings with various officials": a summary
            return [Found(clause, _kind(mods), anchor=anchor,
                          counterpart=mentions.text[span.start:span.end],
                          region_start=person_start(mentions.text, names, index), by_noun=True)
                    for index, span in enumerate(names)]
        if not (names or obj[:1].isupper() or re.match(r"(?:the|a|an)\s+[A-Z]", obj)):
            continue
        return [Found(clause, _kind(mods), anchor=anchor, by_noun=True,
                      counterpart=mentions.text[names[0].start:names[0].end] if names
                      else _head_of(obj))]
    return []


def _head_of(obj: str) -> str | None:
    """The first name-like stretch of an object: "Chief Executive CY Leung" in "Chief
    Executive CY Leung in Beijing"."""
    head = re.split(r"[,.;:(]|\s+(?:to|in|on|at|and|who|where|for|from)\s", obj, maxsplit=1)[0]
    return head.strip() or None


def same_counterpart(found: Found, others: list[Found]) -> bool:
    """Whether another meeting found is with the person ``found`` is with (by the surname,
    or by the last word of the name-like object the noun phrase gave)."""
    if not found.counterpart:
        return False
    surname = _surname(found.counterpart)
    for other in others:
        if other is found:
            continue
        if other.counterpart:
            if _surname(other.counterpart) == surname:
                return True
        elif re.search(rf"\b{re.escape(surname)}\b",
                       other.clause.text[other.anchor - other.clause.start:]):
            return True
    return False


def _met_before(names: list[Span], obj: str, mentions: Mentions, existing: list[Found]) -> bool:
    """Whether a meeting already found is with the person this object names."""
    met = {_surname(found.counterpart) for found in existing if found.counterpart}
    if not met:
        return False
    named = {_surname(mentions.text[span.start:span.end]) for span in names}
    if named:
        return bool(named & met)
    return any(re.search(rf"\b{re.escape(surname)}\b", obj[:80]) for surname in met)


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].strip(".,;:'\u2019") if words else name
