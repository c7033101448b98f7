"""Agenda items of a meeting: numbered, lettered and bulleted lists, sub-headings, and
enumerations in prose.

A list is an agenda when the paragraph that introduces it (ending with ":") talks about
what the meeting discussed, agreed or endorsed; sub-headings are when the paragraph before
them introduces them; prose enumerations follow cue phrases ("exchanged views on ...",
"discussion centred on ...") and are split on semicolons, commas, "and" or "and on".
All cue words are in ``data/agenda_cues.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import sentences
from pressgraph.model import AgendaItem, Block, ParsedRelease, Span

_TRAILING = re.compile(r"(?:\s*[;,]?\s+\b(?:and|or)\s*$|\s*[;.,:]\s*$)")


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    return {row[0]: re.compile(row[1], re.IGNORECASE)
            for row in wordlists.rows("agenda_cues.tsv") if len(row) >= 2}


def find_agenda(release: ParsedRelease, region: Span) -> tuple[AgendaItem, ...]:
    """The ordered agenda items of the meeting whose text is ``region``."""
    pieces: list[tuple[Span, str]] = []
    intros: list[Span] = []
    pieces += _list_items(release, region, intros)
    pieces += _heading_items(release, region, intros)
    # the paragraph introducing a list or sub-headings leads to the agenda; what it says in
    # prose ("exchanged views on ... They agreed to:") is not a further item
    pieces += [(span, text) for span, text in _prose_items(release, region)
               if not any(i.start <= span.start < i.end for i in intros)]
    if not pieces:
        pieces += _prose_items(release, region, cue="fallback")
    pieces.sort(key=lambda piece: piece[0].start)
    items: list[AgendaItem] = []
    seen: set[str] = set()
    for span, text in pieces:
        key = " ".join(text.lower().split())
        if not text or key in seen:
            continue
        seen.add(key)
        items.append(AgendaItem(len(items) + 1, text, span))
    return tuple(items)


def _inside(block: Block, region: Span) -> bool:
    return region.start <= block.span.start and block.span.end <= region.end


def _clean(release: ParsedRelease, span: Span) -> tuple[Span, str]:
    """Strip a trailing "; and", ";", "." and surrounding spaces from an item."""
    text = release.text[span.start:span.end]
    start, end = span.start, span.end
    while True:
        match = _TRAILING.search(text)
        if not match or match.start() == 0 and not text.strip():
            break
        if match.end() - match.start() == 0:
            break
        text = text[:match.start()]
        end = start + len(text)
    stripped = text.lstrip()
    start += len(text) - len(stripped)
    text = stripped.rstrip()
    return Span(start, start + len(text)), text


def _list_items(release: ParsedRelease, region: Span,
                intros: list[Span]) -> list[tuple[Span, str]]:
    """Items of the lists introduced as an agenda; their introducing paragraphs go to
    ``intros``."""
    blocks = release.blocks
    out: list[tuple[Span, str]] = []
    lists: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.kind == "list_item" and block.list_index is not None and _inside(block, region):
            lists.setdefault(block.list_index, []).append(index)
    for indices in lists.values():
        first = indices[0]
        intro = blocks[first - 1] if first > 0 else None
        if intro is None or intro.kind == "list_item" or not _introduces_agenda(intro.text):
            continue
        intros.append(intro.span)
        for index in indices:
            out.append(_clean(release, blocks[index].span))
    return out


def _introduces_agenda(text: str) -> bool:
    cues = _cues()
    last_sentence = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
    if not text.rstrip().endswith(":"):
        return False
    if cues["list_business"].search(last_sentence):
        return True
    return (bool(cues["list_intro"].search(last_sentence))
            and not cues["list_reject"].search(last_sentence))


def _heading_items(release: ParsedRelease, region: Span,
                   intros: list[Span]) -> list[tuple[Span, str]]:
    """Sub-headings, each followed by its own paragraph, after an introducing paragraph
    (which goes to ``intros``)."""
    blocks = release.blocks
    out: list[tuple[Span, str]] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind != "heading" or not _inside(block, region) or index == 0:
            index += 1
            continue
        intro = blocks[index - 1]
        run = []
        j = index
        # heading, paragraph, heading, paragraph, ...: each heading has its own paragraph
        while (j + 1 < len(blocks) and _inside(blocks[j], region)
               and blocks[j].kind == "heading" and blocks[j + 1].kind == "paragraph"):
            run.append(blocks[j])
            j += 2
        if len(run) >= 2 and intro.kind == "paragraph" and _cues()["heading_intro"].search(
                intro.text):
            intros.append(intro.span)
            out.extend(_clean(release, h.span) for h in run)
        index = max(j, index + 1)
    return out


# --------------------------------------------------------------------------- prose


def _shared_sentences(release: ParsedRelease, region: Span) -> list[Span]:
    """"At these meetings, he briefed ...": sentences of the region's first paragraph that
    speak for all its meetings, also when they lie after the region."""
    block = next((b for b in release.blocks if b.span.start <= region.start < b.span.end
                  or region.start <= b.span.start < region.end), None)
    if block is None:
        return []
    text = release.text
    return [s for s in sentences(release, block.span)
            if s.start >= region.end and _cues()["shared"].search(text[s.start:s.end])]


def _prose_items(release: ParsedRelease, region: Span,
                 cue: str = "prose") -> list[tuple[Span, str]]:
    """Items enumerated after a ``cue`` phrase of ``data/agenda_cues.tsv``."""
    text = release.text
    cues = _cues()
    out: list[tuple[Span, str]] = []
    for sentence in [*sentences(release, region), *_shared_sentences(release, region)]:
        body = text[sentence.start:sentence.end]
        if body.rstrip().endswith(":") or cues["skip"].search(body):
            continue
        colon = body.find(":")
        if colon > 0 and cues["colon"].search(body[:colon]):
            out.extend(_split_enumeration(release, sentence.start + colon + 1, sentence.end))
            continue
        match = cues[cue].search(body)
        if match is None:
            continue
        start = sentence.start + match.end()
        if match.group(0).lower().startswith("agreed that"):
            out.extend(_that_clauses(release, start - len("that"), sentence.end))
            continue
        clause_end = cues["clause_end"].search(text, start, sentence.end)
        out.extend(_split_enumeration(release, start,
                                      clause_end.start() if clause_end else sentence.end))
    return out


def _that_clauses(release: ParsedRelease, start: int, end: int) -> list[tuple[Span, str]]:
    """"agreed that X would A, that Y would B, and that Z would C" -> A, B, C."""
    text = release.text
    out = []
    for match in re.finditer(r"\bthat\b(.*?)(?=,? (?:and )?that\b|[.;]?$)", text[start:end]):
        clause_start = start + match.start(1)
        modal = re.search(r"\b(?:would|will)\s+", match.group(1))
        if modal is None:
            return []
        item_start = clause_start + modal.end()
        out.append(_clean(release, Span(item_start, start + match.end(1))))
    return out


def _split_enumeration(release: ParsedRelease, start: int, end: int) -> list[tuple[Span, str]]:
    text = release.text
    segment = text[start:end]
    pieces: list[tuple[int, int]]
    stripped = segment.strip()
    lead = segment.find(stripped[:1]) if stripped else 0
    if re.match(r"(?:how|whether|what|ways?|why)\b", stripped):
        pieces = [(lead, len(segment))]
    elif ";" in segment:
        pieces = _cut(segment, r";\s*(?:and\s+)?")
    elif re.search(r",?\s+and on\s+", segment):
        pieces = _cut(segment, r",?\s+and on\s+")
    elif "," in _outside_quotes(segment):
        pieces = _comma_pieces(segment)
    else:
        pieces = _and_pieces(segment)
    out = []
    ordinals = wordlists.words("enumeration_words.txt")
    for a, b in pieces:
        piece = text[start + a:start + b]
        # drop "first, " / "and on " / "on " in front of an item
        lead_match = re.match(r"\s*(?:and\s+)?(?:(\w+),\s+)?", piece)
        if lead_match and lead_match.group(1) and lead_match.group(1).lower() in ordinals:
            a += lead_match.end()
        else:
            lead_match = re.match(r"\s*(?:and\s+)?(?:on\s+)?", piece)
            a += lead_match.end() if lead_match else 0
        span, item = _clean(release, Span(start + a, start + b))
        if item:
            out.append((span, item))
    return out


def _outside_quotes(segment: str) -> str:
    """The segment with quotations and names that contain a comma ("Hong Kong, China",
    ``data/comma_names.txt``) masked, so that they are never cut."""
    masked = re.sub(r"\"[^\"]*\"|“[^”]*”", lambda m: "x" * len(m.group(0)), segment)
    return _comma_names().sub(lambda m: "x" * len(m.group(0)), masked)


@cache
def _comma_names() -> re.Pattern[str]:
    names = sorted(wordlists.ordered("comma_names.txt"), key=len, reverse=True)
    return re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names) or "(?!)")


def _cut(segment: str, separator: str) -> list[tuple[int, int]]:
    masked = _outside_quotes(segment)
    pieces, start = [], 0
    for match in re.finditer(separator, masked):
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(segment)))
    return [(a, b) for a, b in pieces if segment[a:b].strip()]


def _comma_pieces(segment: str) -> list[tuple[int, int]]:
    """Split on commas; a piece starting with "especially"/"including" joins the one before;
    the last piece is split at its last "and" unless an Oxford comma came before it."""
    masked = _outside_quotes(segment)
    attachments = wordlists.ordered("enumeration_attachments.txt")
    raw = _cut(segment, r",\s+")
    pieces: list[tuple[int, int]] = []
    for a, b in raw:
        piece = segment[a:b].strip().lower()
        if pieces and any(piece.startswith(w + " ") for w in attachments):
            pieces[-1] = (pieces[-1][0], b)
        else:
            pieces.append((a, b))
    if not pieces:
        return []
    last_a, last_b = pieces[-1]
    last = masked[last_a:last_b]
    if not re.match(r"\s*and\s", last):
        matches = list(re.finditer(r"\s+and\s+", last))
        if matches:
            cut = matches[-1]
            if not _proper_noun_pair(segment, last_a + cut.start(), last_a + cut.end()):
                pieces[-1] = (last_a, last_a + cut.start())
                pieces.append((last_a + cut.end(), last_b))
    return pieces


def _and_pieces(segment: str) -> list[tuple[int, int]]:
    """No commas: split at "and" only where a new item clearly starts."""
    words = segment.split()
    determiners = wordlists.words("determiners.txt")
    attachments = wordlists.ordered("enumeration_attachments.txt")
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"\s+and\s+", segment):
        left = segment[start:match.start()].split()
        right = segment[match.end():].split()
        if not left or not right:
            continue
        if any(segment[match.end():].lower().startswith(w + " ") for w in attachments):
            continue  # "... and the related Investment Agreement": part of the same item
        first = right[0]
        second = right[1] if len(right) > 1 else ""
        if len(words) <= 5:
            split = True
        elif first in determiners:
            split = bool(second) and second[0].islower() and "between" not in left
        else:
            split = left[-1][0].isupper() and first[0].islower()
        if split:
            pieces.append((start, match.start()))
            start = match.end()
    pieces.append((start, len(segment)))
    return pieces


def _proper_noun_pair(segment: str, and_start: int, and_end: int) -> bool:
    """"Qianhai and the Lok Ma Chau Loop": two names joined by "and" are one item."""
    left = segment[:and_start].split()
    right = [w for w in segment[and_end:].split() if w not in {"the"}]
    return bool(left and right and left[-1][0].isupper() and right[0][0].isupper())


# --------------------------------------------------------------------------- ownership


def referenced_meeting_word(release: ParsedRelease, item: AgendaItem) -> str | None:
    """"During the call, ...": the word by which the sentence of a prose item names the
    meeting it reports on ("call"), or None. Listed items are introduced by their own
    paragraph and are left alone."""
    if any(b.kind in {"list_item", "heading"} and b.span.start <= item.span.start < b.span.end
           for b in release.blocks):
        return None
    text = release.text
    for sentence in sentences(release, Span(0, len(text))):
        if sentence.start <= item.span.start < sentence.end:
            match = _cues()["reference"].match(text, sentence.start, sentence.end)
            return match.group(1).lower() if match else None
    return None

