"""Documents mentioned (plans, reports, agreements, ordinances) and quoted statements.

A document title is a run of capitalised words with a head word from
``data/document_heads.txt`` ("Outline Development Plan for the ...", "Basic Law",
"Hong Kong Poverty Situation Report 2022"), or a quoted title with such a head word.
A shorter later reference ("the Framework Agreement") is not a second document.
"""

from __future__ import annotations

import re

from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import (
    Token,
    body_region,
    name_chunks,
    sentences,
    tokens,
)
from pressgraph.model import DocumentMention, ParsedRelease, PersonMention, Span, Statement

_QUOTED = re.compile(r"\"([^\"\n]{3,200})\"|“([^”\n]{3,200})”")
_YEARS = re.compile(r"\s*\(\d{4}\s*[-–]\s*\d{4}\)")
_LOWER_TOPIC = re.compile(r" (?:on|of) ((?:[a-z][\w-]*\s?){1,4})(?=[.,;])")
_COMPLEMENT = frozenset({"of", "on", "for", "in"})


def _heads() -> frozenset[str]:
    return wordlists.words("document_heads.txt")


def _is_head(tok: Token) -> bool:
    return tok.is_cap and wordlists.is_head(tok.text, _heads())


def find_documents(release: ParsedRelease) -> tuple[DocumentMention, ...]:
    """Named plans, reports, agreements, memorandums, ordinances, in text order."""
    text = release.text
    region = body_region(release)
    found: list[DocumentMention] = []
    quoted_spans: list[Span] = []
    for match in _QUOTED.finditer(text, region.start, region.end):
        group = 1 if match.group(1) is not None else 2
        title = match.group(group)
        span = Span(match.start(group), match.end(group))
        quoted_spans.append(span)
        if _looks_like_title(title):
            found.append(DocumentMention(title, span))
    for chunk in name_chunks(text, region.start, region.end, frozenset({"to", "at"}),
                             title_brackets=True):
        if any(q.start <= chunk[0].start < q.end for q in quoted_spans):
            continue
        for segment in _split(chunk):
            span = _carve(segment)
            if span is None:
                continue
            span = _extend(text, span)
            found.append(DocumentMention(text[span.start:span.end], span))
    return _distinct(found)


def _looks_like_title(title: str) -> bool:
    toks = [t for t in tokens(title) if t.is_word]
    if not toks or not toks[0].is_cap or len(toks) > 20:
        return False
    content = [t for t in toks if t.text not in _COMPLEMENT | {"and", "the", "a", "an"}]
    capitalised = sum(1 for t in content if t.is_cap)
    return capitalised >= 0.8 * len(content) and any(_is_head(t) for t in toks)


def _split(chunk: list[Token]) -> list[list[Token]]:
    """Split "X Arrangement ... and the Memorandum of ..." into two titles."""
    segments: list[list[Token]] = [[]]
    for index, tok in enumerate(chunk):
        nxt = chunk[index + 1] if index + 1 < len(chunk) else None
        if tok.text == "and" and nxt is not None and nxt.text == "the" and any(
                _is_head(t) for t in segments[-1]) and any(_is_head(t) for t in chunk[index:]):
            segments.append([])
            continue
        segments[-1].append(tok)
    return [s for s in segments if s]


def _carve(segment: list[Token]) -> Span | None:
    for s, tok in enumerate(segment):
        if not tok.is_cap or (s > 0 and segment[s - 1].text not in {"the", "and"}):
            continue
        head = None
        depth = 0
        for j in range(s, len(segment)):
            depth += {"(": 1, ")": -1}.get(segment[j].text, 0)
            if depth > 0 or segment[j].text == ")":
                continue  # "(Charging for ...)" is part of the title
            if _is_head(segment[j]):
                head = j
                break
            if segment[j].text in _COMPLEMENT or segment[j].text == "the":
                break
        if head is None:
            continue
        end = len(segment)
        while end > head and not segment[end - 1].is_cap:
            end -= 1
        tail = segment[head + 1:end]
        if _names_an_organisation(segment[head + 1:end]):
            continue
        last_head = max(i for i in range(s, end) if _is_head(segment[i]))
        after = segment[last_head + 1:end]
        if (after and after[0].is_cap and not after[0].text[0].isdigit()
                and after[0].text not in {"of"} and not _is_head(after[0])):
            # "Law Society": a head word followed by another name word is not a title
            if not any(t.text in _COMPLEMENT for t in tail):
                continue
        return Span(segment[s].start, segment[end - 1].end)
    return None


def _names_an_organisation(after_head: list[Token]) -> bool:
    """"Hong Kong Convention and Exhibition Centre": an organisation's head word follows
    the document word before any "of"/"on"/"for"."""
    for tok in after_head:
        if tok.text in _COMPLEMENT:
            return False
        if tok.is_cap and wordlists.is_head(tok.text, wordlists.org_heads()):
            return True
    return False


def _extend(text: str, span: Span) -> Span:
    """Take in "(2008-2020)" and "on health co-operation" after a title."""
    years = _YEARS.match(text, span.end)
    if years:
        return Span(span.start, years.end())
    topic = _LOWER_TOPIC.match(text, span.end)
    if topic and text[span.start:span.end].split()[-1] in {"Understanding", "Agreement",
                                                          "Arrangement", "Memorandum"}:
        return Span(span.start, topic.end(1))
    return span


def _distinct(found: list[DocumentMention]) -> tuple[DocumentMention, ...]:
    out: list[DocumentMention] = []
    for doc in sorted(found, key=lambda d: d.span.start):
        title = doc.title.strip()
        if any(title == d.title or (title in d.title and d.span.start < doc.span.start)
               for d in out):
            continue
        out.append(DocumentMention(title, doc.span))
    return tuple(out)


# --------------------------------------------------------------------------- statements

_QUOTE_THEN_SPEAKER = re.compile(
    r"[\"“](?P<quote>[^\"”]{10,})[\"”]\s*,?\s*(?P<who>[^.\"“]{1,80}?)\s+"
    r"(?:said|added|stated|noted|stressed|remarked)\b")
_PRONOUN = re.compile(r"^(?:he|she)$", re.IGNORECASE)


def find_statements(release: ParsedRelease,
                    people: tuple[PersonMention, ...]) -> tuple[Statement, ...]:
    """Quoted or reported statements and who made them, in text order.

    A quotation followed by '..., Mr Wong said' (or 'he said', the last person named) may
    run over several sentences; reported speech is the clause after "said (that)"."""
    from pressgraph.extract.people import resolve
    from pressgraph.extract.person_mentions import scan_mentions

    text = release.text
    region = body_region(release)
    mentions = scan_mentions(release, region, ())
    verbs = sorted(wordlists.ordered("speech_verbs.txt"), key=len, reverse=True)
    verb_pattern = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b")
    statements: list[Statement] = []
    quoted: list[Span] = []

    def last_person_before(offset: int) -> PersonMention | None:
        earlier = [m for m in mentions if m.span.start < offset]
        for mention in reversed(earlier):
            person = resolve(mention, people)
            if person is not None:
                return person
        return None

    for block in release.blocks:
        for match in _QUOTE_THEN_SPEAKER.finditer(text, block.span.start, block.span.end):
            who_start, who_end = match.span("who")
            named = [m for m in mentions if who_start <= m.span.start < who_end]
            if named:
                speaker = resolve(named[0], people)
            elif _PRONOUN.match(match.group("who").strip()):
                speaker = last_person_before(match.start())
            else:
                continue
            quote = match.group("quote").rstrip().rstrip(",")
            start = match.start("quote")
            statements.append(Statement(quote, Span(start, start + len(quote)), speaker))
            quoted.append(Span(match.start(), match.end()))
    for sentence in sentences(release, region):
        if any(q.start < sentence.end and sentence.start < q.end for q in quoted):
            continue
        body = text[sentence.start:sentence.end]
        verb = verb_pattern.search(body)
        if verb is None:
            continue
        verb_at = sentence.start + verb.start()
        before = [m for m in mentions if sentence.start <= m.span.start < verb_at]
        speaker = resolve(before[-1], people) if before else None
        if speaker is None and re.search(r"\b(?:he|she)\s*$", body[:verb.start()], re.I):
            speaker = last_person_before(sentence.start)
        if speaker is None:
            continue
        rest = body[verb.end():]
        that = re.match(r"[^,]*?\bthat\s+", rest)
        offset = verb.end() + (that.end() if that else len(rest) - len(rest.lstrip(" ,")))
        statement_text = body[offset:].strip().rstrip(".")
        if not statement_text:
            continue
        start = sentence.start + offset
        statements.append(Statement(statement_text, Span(start, start + len(statement_text)),
                                    speaker))
    statements.sort(key=lambda st: st.span.start)
    return tuple(statements)
