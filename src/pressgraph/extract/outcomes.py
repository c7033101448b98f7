"""Results of a meeting (documents signed, plans endorsed, funding approved), its purpose
and its venue, from the sentences of the meeting's text."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from pressgraph.extract.lexicon import words
from pressgraph.extract.names import clean_name, name_at
from pressgraph.extract.sentences import Sentence
from pressgraph.extract.zh_text import Sentence as ZhSentence
from pressgraph.extract.zh_text import Unit as ZhUnit
from pressgraph.extract.zh_text import lexicon as zh_lexicon
from pressgraph.model import Outcome, ParsedRelease, Span

_SIGNED = re.compile(
    r"(?<!was )(?<!were )(?<!been )(?<!being )\b(?:signed|concluded|inked)\s+"
    r"(?:(?:a|an|the|their|its|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?P<doc>[A-Z][^,.;:]*)")
# Where a document's name ends: a clause, a relative or a place/time of the signing.
_DOC_END = re.compile(
    r"\s+(?:and\s+(?:then\s+)?[a-z-]+ed\b|between|with\b|which|that|who|at\s+a|after|before|"
    r"in\s+the\s+presence|witnessed|on\s+behalf|in\s+[A-Z][a-z]+\s+(?:in|on)\b)")
_SIGNED_UNNAMED = re.compile(
    r"(?<!was )(?<!were )\bsigned\s+(?P<what>(?:[a-z0-9-]+\s+){0,3}(?:agreements?|documents?|"
    r"memorand(?:um|a)|arrangements?|letters?\s+of\s+intent)\b)")
_ALSO_SIGNED = re.compile(r"\s+and\s+(?:the\s+)?(?=[A-Z])")
_SIGNING_OF = re.compile(r"\b(?:signing|signature)\s+of\s+(?:the\s+)?(?P<what>[^,.;]*)")
_ENDORSED = re.compile(
    r"\b(?:endorsed|approved|adopted|agreed\s+on|passed)\s+(?P<what>(?:the|a|an|its|their)\s+"
    r"[^,.;:]*?\b(?:plan|proposal|funding|budget|paper|report|recommendations?|programme|"
    r"arrangements?)\b(?:[^,.;:](?!\band\s+[a-z-]+ed\b|\bwhich\b|\bthat\b))*)")
_APPROVAL = re.compile(r"\bapproval\s+(?:by\s+[^,.;]*?\s+)?of\s+(?P<what>(?:a|the)\s+[^,.;]*?"
                       r"(?:proposal|funding)[^,.;]*)")
_AGREED = re.compile(
    r"\b(?:agreed|resolved|decided)\s+(?P<what>(?:to|that|on)\s+[^.;:]+?)\s*(?=[.;]|$)")
_PURPOSE = re.compile(
    r"\b(?:to|so\s+as\s+to|in\s+order\s+to)\s+(?P<purpose>(?:exchange\s+views|discuss|deepen|"
    r"review|explore|strengthen|promote|make\s+sure|prepare|take\s+stock|enhance|foster|"
    r"co-ordinate|coordinate|follow\s+up)\b[^.;]*)")


# Background: a clause that tells of an earlier event ("Since the two sides signed the
# Arrangement in 2003, ...", "had signed", "signed ... in 1997") reports no result of the
# meeting.
_BACKGROUND_OPENING = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:ever\s+)?(?:since|after|following|before|when|as|"
    r"ever since)\b[^,;:]*$", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?$", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:last\s+year|years?\s+ago|in\s+the\s+past|previously|earlier\s+"
                      r"(?:this|that)\s+year|(?:in|on|back\s+in)\s+(?:[\w,]+\s+){0,2}"
                      r"(?P<year>(?:19|20)\d\d))\b", re.IGNORECASE)


def _background(text: str, start: int, year: int | None) -> bool:
    """Whether the outcome whose verb phrase starts at ``text[start:]`` tells of an earlier
    event: after "since"/"after"/"when" in its clause, in the pluperfect ("had signed"),
    or dated before the release's year ("in 1997", "last year") in its own clause."""
    if _BACKGROUND_OPENING.search(text[:start]) or _PLUPERFECT.search(text[:start]):
        return True
    clause = re.split(r"[,;:.](?:\s|$)|\s+and\s+", text[start:], maxsplit=1)[0]
    for match in _EARLIER.finditer(clause):
        earlier = match.group("year")
        if earlier is None or year is None or int(earlier) < year:
            return True
    return False


def find_outcomes(release: ParsedRelease, region: list[Sentence]) -> tuple[Outcome, ...]:
    year = release.release_date.year if release.release_date else None
    found = [outcome for sentence in region
             for start, outcome in _sentence_outcomes(sentence)
             if not _background(sentence.text, start, year)]
    unique: dict[int, Outcome] = {}  # one outcome per place in the text, the shortest
    for outcome in sorted(found, key=lambda o: (o.span.start, o.span.end)):
        unique.setdefault(outcome.span.start, outcome)
    return tuple(sorted(unique.values(), key=lambda outcome: outcome.span))


def _sentence_outcomes(sentence: Sentence) -> list[tuple[int, Outcome]]:
    """The outcomes the sentence reports, each with where its verb phrase starts in the
    sentence."""
    found: list[tuple[int, Outcome]] = []
    text = sentence.text
    if re.search(r"\b(?:will|would|shall)\b[^.]*\b(?:sign|endorse|approve)", text):
        return found
    for match in _SIGNED.finditer(text):
        names = match.group("doc")
        end = _DOC_END.search(names)
        names = names[: end.start() if end else len(names)].strip()
        offset = sentence.span.start + match.start("doc")
        for part in _split_documents(names):
            document = part.strip()
            if len(document.split()) < 2:
                continue
            start = offset + names.index(document)
            found.append((match.start(), Outcome(text=f"signed: {document}",
                                                 span=Span(start, start + len(document)),
                                                 document=document)))
    for match in _SIGNED_UNNAMED.finditer(text):
        what = match.group("what")
        start = sentence.span.start + match.start()
        found.append((match.start(), Outcome(text=f"signed: {what}",
                                             span=Span(start, sentence.span.start + match.end()))))
    for match in _SIGNING_OF.finditer(text):
        if not re.search(r"\b(?:witnessed|attended|officiated)\b", text[:match.start()]):
            continue
        what = match.group("what")
        end = _DOC_END.search(what) if what[:1].isupper() else None
        what = what[: end.start() if end else len(what)].strip()
        start = sentence.span.start + match.start()
        document = what if what[:1].isupper() else None
        found.append((match.start(), Outcome(text=f"signed: {what}",
                                             span=Span(start, sentence.span.start + match.end()),
                                             document=document)))
    for match in _AGREED.finditer(text):
        if re.match(r"(?:to|that)\s+(?:the\s+)?(?:following|these)\b", match.group("what")):
            continue
        start = sentence.span.start + match.start()
        found.append((match.start(), Outcome(
            text=f"agreed {match.group('what')}",
            span=Span(start, sentence.span.start + match.end("what")))))
    for pattern in (_ENDORSED, _APPROVAL):
        for match in pattern.finditer(text):
            what = match.group("what").strip()
            start = sentence.span.start + match.start()
            verb = match.group(0).split()[0].lower()
            found.append((match.start(), Outcome(
                text=f"{verb}: {what}" if pattern is _ENDORSED else f"approved: {what}",
                span=Span(start, sentence.span.start + match.end()))))
    return found


# --------------------------------------------------------------------------- Chinese


@cache
def _zh_cues() -> dict[str, list[str]]:
    package = resources.files("pressgraph.extract")
    return tomllib.loads(package.joinpath("data/zh_outcomes.toml").read_text(encoding="utf-8"))


_ZH_YEAR = re.compile(r"((?:19|20)\d\d)年")


def find_zh_outcomes(text: str, region: list[ZhSentence],
                     year: int | None) -> tuple[Outcome, ...]:
    """Clauses that report something signed, endorsed or agreed (``簽署``, ``通過``...),
    not in reported speech, not announced (``將於``), conditional (``若``), asked about
    (``如何``) or told as background (``自…以來``, ``於2003年簽署`` in a later year)."""
    lex = zh_lexicon()
    cues = _zh_cues()
    found: list[Outcome] = []
    for sentence in region:
        for clause in sentence.clauses:
            before = sentence.text[:clause.end - sentence.start]
            if not any(verb in clause.text for verb in lex.outcome_verbs) \
                    or _zh_reported(sentence, clause) \
                    or any(word in before for word in (*lex.future_markers, *cues["conditions"])) \
                    or any(word in clause.text for word in cues["background"]) \
                    or any(year is not None and int(m.group(1)) < year
                           for m in _ZH_YEAR.finditer(clause.text)):
                continue
            clause_text = clause.text.rstrip("。！？")
            start = clause.start + (len(clause_text) - len(clause_text.lstrip()))
            clause_text = clause_text.strip()
            document = re.search(r"《([^《》]+)》", clause_text)
            found.append(Outcome(
                text=text[start:start + len(clause_text)],
                span=Span(start, start + len(clause_text)),
                document=text[start + document.start(1):start + document.end(1)]
                if document else None))
    return tuple(found)


def _zh_reported(sentence: ZhSentence, clause: ZhUnit) -> bool:
    before = sentence.text[:clause.start - sentence.start]
    return before.count("「") > before.count("」") or any(
        word in before for word in zh_lexicon().speech_verbs)


def _split_documents(names: str) -> list[str]:
    """"the Arrangement for X and the Memorandum of Y" names two documents."""
    parts, start = [], 0
    for match in _ALSO_SIGNED.finditer(names):
        parts.append(names[start:match.start()])
        start = match.end()
    parts.append(names[start:])
    return parts


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
