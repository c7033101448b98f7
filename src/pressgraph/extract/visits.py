"""Visits made around a meeting: "the delegation visited the X and Y to learn ...",
"toured the Hong Kong Science Park, where ...", "With the arrangement of the GDDIIT, ...".

A visit is to an organisation or a site. Going to a city ("visited Macao") is where a
meeting happens, and going to a government office ("visited the Ministry of Commerce and
met ...") is the place of a call: neither is a visit.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from pressgraph.extract import dates as date_rules
from pressgraph.extract.lexicon import alternation, words
from pressgraph.extract.names import ShortForm, honorific_names, name_at
from pressgraph.extract.sentences import Sentence
from pressgraph.model import OrganisationMention, ParsedRelease, Span, Visit
from pressgraph.registry import find_place


@cache
def _verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words('visits', 'verbs'))})\s+", re.IGNORECASE)


@cache
def _arranged() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words('visits', 'arranged_by'))})\s+(?:the\s+)?",
                      re.IGNORECASE)


_END = re.compile(
    r"\s+(?:after|before|during|following|to\s+(?!the\b)[a-z]+|where|which|and\s+(?:met|was|were|"
    r"had|held|called|learn|exchanged|received|briefed|then|also)|in\s+the\s+(?:morning|afternoon|"
    r"evening)|on\s+[A-Z]|this|today|yesterday|tomorrow|with\s+the\s+arrangement|"
    r"accompanied)\b|[,.;:()]")


def _is_government(name: str) -> bool:
    heads = words("visits", "government_heads")
    return any(re.search(rf"\b{re.escape(head)}\b", name) for head in heads)


def _targets(text: str) -> list[tuple[int, int]]:
    """Offsets of the organisations in the object of a visit verb."""
    end = _END.search(text)
    piece = text[: end.start() if end else len(text)]
    parts: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"\s+and\s+(?=(?:the\s+|a\s+|an\s+)?[A-Z])", piece):
        left = piece[start:match.start()]
        right_article = re.match(r"\s+and\s+(the|a|an)\s", piece[match.start():])
        if left.split()[-1:] and (left.split()[-1][:1].islower() or right_article):
            parts.append((start, match.start()))
            start = match.end()
    parts.append((start, len(piece)))
    return [(s, e) for s, e in parts if piece[s:e].strip()]


def _organisation(text: str, start: int,
                  forms: tuple[ShortForm, ...]) -> OrganisationMention | None:
    name = name_at(text, start)
    if name is None:
        return None
    bare = name.clean
    for form in forms:
        if bare == form.short:
            return OrganisationMention(name=form.expansion, span=Span(name.start, name.end),
                                       acronym=form.short, mentions=(form.short,))
    bracket = re.match(r"\s*\(([^()]{1,40})\)", text[name.end:])
    defined = bracket and any(form.short == bracket.group(1) for form in forms)
    acronym = bracket.group(1) if bracket and defined else None
    return OrganisationMention(name=bare, span=Span(name.start, name.end), acronym=acronym,
                               mentions=(bare,))


def find_visits(release: ParsedRelease, sentence: Sentence, meeting_date: date | None,
                forms: tuple[ShortForm, ...]) -> list[tuple[Visit, str | None]]:
    """The visits ``sentence`` reports, each with the visitor's surname when named."""
    found: list[tuple[Visit, str | None]] = []
    text = sentence.text
    for verb in _verb().finditer(text):
        if re.search(r"\b(?:will|to|shall|would)\s+$", text[:verb.start()]):
            continue
        obj_start = verb.end()
        for start, end in _targets(text[obj_start:]):
            raw = text[obj_start + start: obj_start + end]
            organisation = re.sub(r"^(?:the|The)\s+", "", raw.strip())
            if not organisation or (organisation[:1].islower()
                                    and not re.match(r"(?:a|an)\s", organisation)):
                continue
            if find_place(organisation) or _is_government(organisation):
                continue
            if re.match(r"(?:him|her|them|it|us|each|one|some|both)\b", organisation):
                continue
            offset = sentence.span.start + obj_start + start + raw.index(organisation)
            phrases = [p for p in date_rules.find_dates(text) if not p.is_future_reference]
            when = date_rules.resolve(phrases[0], release.release_date) if phrases else meeting_date
            found.append((Visit(organisation=organisation,
                                span=Span(offset, offset + len(organisation)), date=when,
                                arranged_by=_arranged_by(release, sentence, forms)),
                          _visitor(text[:verb.start()])))
    return found


def _arranged_by(release: ParsedRelease, sentence: Sentence,
                 forms: tuple[ShortForm, ...]) -> OrganisationMention | None:
    match = _arranged().search(sentence.text)
    if not match:
        return None
    return _organisation(release.text, sentence.span.start + match.end(), forms)


def _visitor(subject: str) -> str | None:
    """The surname of the visitor named before the verb ("Mr Gong and the delegation")."""
    names = honorific_names(subject)
    if not names:
        return None
    return names[0].group(0).split()[-1]

