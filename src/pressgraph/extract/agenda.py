"""Agenda items of a meeting: numbered, lettered and bulleted lists, sub-headings, the
business of a Legislative Council meeting, and enumerations in prose.

A list is an agenda when the paragraph that introduces it (ending with ":") talks about
what the meeting discussed, agreed or endorsed; sub-headings are when the paragraph before
them introduces them, or when the section under each reports the meeting's business.
Prose enumerations follow cue phrases ("exchanged views on ...", "discussion centred on
...", ``agenda_prose.py``). What the meeting is decides what prose counts: a single topic
("met ... to discuss X") is no agenda; two or more enumerated topics are; a standing body's
business stated separately ("briefed members on A. Members also deliberated on B") is.
All cue words are in ``data/agenda_cues.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pressgraph.extract.agenda_prose import (
    ProseItem,
    clean,
    cues,
    enumerated,
    groups_of_two,
    prose_items,
    speaker_turn,
)
from pressgraph.extract.nametokens import sentences
from pressgraph.model import AgendaItem, Block, Meeting, ParsedRelease, Span


def find_agenda(release: ParsedRelease, region: Span,
                meeting: Meeting | None = None) -> tuple[AgendaItem, ...]:
    """The ordered agenda items of the meeting whose text is ``region``. Given the
    ``meeting``, prose topics are kept only as its kind allows (``agenda_prose.enumerated``):
    a call's single topic is none; without it, the finder reads the region alone and keeps
    a single topic."""
    intros: list[Span] = []
    pieces: list[tuple[Span, str]] = []
    pieces += _list_items(release, region, intros)
    pieces += _motions(release, region)
    found = prose_items(release, region)
    for intro, headings in _heading_items(release, region):
        # sub-headings that set out areas the paragraph before them enumerates are no
        # further items: the enumeration is the agenda
        if intro is not None and groups_of_two(
                [item for item in found if intro.start <= item.span.start < intro.end]):
            continue
        intros += [intro] if intro is not None else []
        pieces += headings
    # the paragraph introducing a list or sub-headings leads to the agenda; what it says in
    # prose ("exchanged views on ... They agreed to:") is not a further item
    # nor is a topic named inside a listed item ("* enhancing exchanges on A, B and C")
    prose = [item for item in found
             if not any(i.start <= item.span.start < i.end
                        for i in [*intros, *(span for span, _ in pieces)])]
    standing = None if meeting is None else _standing(meeting)
    prose = _opening_paragraph(release, region, _enumerated(release, prose, standing,
                                                            bool(pieces)))
    if intros:
        # a list or sub-headings introduced as the agenda are the whole of it, but for
        # topics of a sentence that names its own meeting ("During the call, ...")
        prose = [item for item in prose if cues()["reference"].match(
            release.text, item.sentence.start, item.sentence.end)]
    pieces += [(item.span, item.text) for item in prose if not item.cut]
    if not pieces and meeting is None:
        # what a meeting reviewed, where it took up nothing else (a known meeting's review
        # of progress is routine, not an item)
        fallback = prose_items(release, region, cue="fallback")
        pieces += [(item.span, item.text) for item in _enumerated(release, fallback, None, False)]
    pieces.sort(key=lambda piece: piece[0].start)
    items: list[AgendaItem] = []
    seen: set[str] = set()
    for span, text in pieces:
        key = re.sub(r"^the\s+", "", " ".join(text.lower().split()))
        if not text or key in seen:
            continue
        seen.add(key)
        items.append(AgendaItem(len(items) + 1, text, span))
    return tuple(items)


def shared_by_one_sentence(meetings: Sequence[Meeting]) -> tuple[Meeting, ...]:
    """Meetings of one kind reported in one sentence ("had a breakfast with X and met Y, to
    keep them abreast of ...", "舉行兩次會議", "與 A、B 會面") share the business the text
    after it states: an earlier one with no agenda of its own takes the agenda of the next
    of them. A call before a plenary ("先與 A 會面，其後與 B 共同主持 … 會議") is another
    occasion."""
    out = list(meetings)
    for index in range(len(out) - 2, -1, -1):
        later = out[index + 1]
        if out[index].span == later.span and out[index].kind == later.kind \
                and not out[index].agenda and later.agenda:
            out[index] = replace(out[index], agenda=later.agenda)
    return tuple(out)


def _standing(meeting: Meeting) -> bool:
    return meeting.body is not None or meeting.kind == "standing body meeting"


def _enumerated(release: ParsedRelease, prose: list[ProseItem], standing: bool | None,
                listed: bool) -> list[ProseItem]:
    """``agenda_prose.enumerated`` with the English cues for business and generic topics."""
    text = release.text
    return enumerated(prose, standing, listed,
                      lambda item: bool(cues()["business"].search(
                          text[item.sentence.start:item.sentence.end])),
                      lambda item: bool(cues()["generic"].match(item.text)))


def _opening_paragraph(release: ParsedRelease, region: Span,
                       prose: list[ProseItem]) -> list[ProseItem]:
    """Where the paragraph that reports the meeting already enumerates two or more topics,
    those are its agenda: what later paragraphs say the meeting discussed elaborates them
    ("Members also continued the discussion on the consultation's framework")."""
    opening = next((b.span for b in release.blocks
                    if b.span.start <= region.start < b.span.end), None)
    if opening is None:
        return prose
    first = [item for item in prose if opening.start <= item.span.start < opening.end]
    return first if len(first) >= 2 else prose


def _inside(block: Block, region: Span) -> bool:
    return region.start <= block.span.start and block.span.end <= region.end


# --------------------------------------------------------------------------- lists


def _list_items(release: ParsedRelease, region: Span,
                intros: list[Span]) -> list[tuple[Span, str]]:
    """Items of the lists introduced as an agenda; their introducing paragraphs go to
    ``intros``. A list nested in another (points under each numbered item) is no item."""
    blocks = release.blocks
    out: list[tuple[Span, str]] = []
    for indices, spans in _lists(release, region):
        first = indices[0]
        intro = blocks[first - 1] if first > 0 else None
        if intro is None or intro.kind == "list_item" or _marked(intro) is not None \
                or not _introduces_agenda(intro.text):
            continue
        intros.append(intro.span)
        shape = _marker_shape(release, indices[0])
        for index, span in zip(indices, spans, strict=True):
            if _marker_shape(release, index) == shape:
                out.append(clean(release, span))
    return out


def _lists(release: ParsedRelease, region: Span) -> list[tuple[list[int], list[Span]]]:
    """The lists of the region: each as the indices of its blocks and the spans of its
    items' text. Besides the parser's lists, a run of paragraphs that each open with a list
    marker is one (a list printed indented, "   • A;")."""
    blocks = release.blocks
    lists: dict[int, list[int]] = {}
    run: list[int] = []
    runs: list[list[int]] = []
    for index, block in enumerate(blocks):
        if not _inside(block, region):
            continue
        if block.kind == "list_item":
            if block.list_index is not None:
                lists.setdefault(block.list_index, []).append(index)
            continue
        if _marked(block) is None:
            continue
        if run and run[-1] == index - 1:
            run.append(index)
        else:
            run = [index]
            runs.append(run)
    out = [(indices, [blocks[i].span for i in indices]) for indices in lists.values()]
    for indices in runs:
        spans = []
        for index in indices:
            block = blocks[index]
            marker = _marked(block)
            assert marker is not None
            spans.append(Span(block.span.start + marker, block.span.end))
        out.append((indices, spans))
    return sorted(out, key=lambda found_list: found_list[0][0])


def _marked(block: Block) -> int | None:
    """Where the text of a paragraph printed as a list item starts, after its marker."""
    match = cues()["marker"].match(block.text)
    return match.end() if match else None


def _marker_shape(release: ParsedRelease, index: int) -> str:
    """The shape of a list item's marker ("1." and "12." are "9.", "(a)" and "(iv)" are
    "(a)", bullets are themselves): items of a list nested in another have another shape."""
    block = release.blocks[index]
    marker = block.marker
    if block.kind != "list_item" or marker is None:
        end = _marked(block)
        marker = block.text[:end].strip() if end is not None else ""
    return re.sub(r"[a-z]+", "a", re.sub(r"\d+", "9", marker.lower()))


def _introduces_agenda(text: str) -> bool:
    table = cues()
    last_sentence = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
    if not text.rstrip().endswith(":"):
        return False
    if table["list_business"].search(last_sentence):
        return True
    return (bool(table["list_intro"].search(last_sentence))
            and not table["list_reject"].search(last_sentence))


# --------------------------------------------------------------------------- sub-headings


def _sections(release: ParsedRelease, region: Span) -> list[tuple[int, Span, list[Block]]]:
    """Sub-headings in the region, each with the paragraphs under it: (index of the
    heading's first block, the heading's span, its paragraphs). A heading printed over two
    lines is one heading."""
    blocks = release.blocks
    text = release.text
    out: list[tuple[int, Span, list[Block]]] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if not _heading_like(release, index) or not _inside(block, region) or index == 0:
            index += 1
            continue
        first, span = index, block.span
        while (index + 1 < len(blocks) and blocks[index + 1].kind == "heading"
               and _inside(blocks[index + 1], region)
               and text[span.end:blocks[index + 1].span.start].strip(" \t") == "\n"):
            index += 1
            span = Span(span.start, blocks[index].span.end)
        paragraphs = []
        while (index + 1 < len(blocks) and blocks[index + 1].kind == "paragraph"
               and not _heading_like(release, index + 1)
               and _inside(blocks[index + 1], region)):
            index += 1
            paragraphs.append(blocks[index])
        out.append((first, span, paragraphs))
        index += 1
    return out


def _heading_like(release: ParsedRelease, index: int) -> bool:
    """A sub-heading, or a line printed like one that the parser left a paragraph for its
    length: not indented, no closing punctuation, short, with an indented paragraph or a
    blank line after it."""
    blocks = release.blocks
    block = blocks[index]
    if block.text.rstrip().endswith(("?", "？")) or speaker_turn(release, block.span):
        return False  # a question or a turn of a transcript ("Reporter: ...")
    if block.kind == "heading":
        return True
    if block.kind != "paragraph" or index + 1 >= len(blocks) or _indent(release, block) > 0:
        return False
    words = block.text.split()
    if len(words) > 20 or block.text.rstrip()[-1:] in set(".。:：;；,，!?！？\"”)）"):
        return False
    following = blocks[index + 1]
    gap = release.text[block.span.end:following.span.start - _indent(release, following)]
    return _indent(release, following) > 0 or gap.count("\n") >= 2


def _indent(release: ParsedRelease, block: Block) -> int:
    line_start = release.text.rfind("\n", 0, block.span.start) + 1
    return block.span.start - line_start


def _heading_items(release: ParsedRelease,
                   region: Span) -> list[tuple[Span | None, list[tuple[Span, str]]]]:
    """Runs of sub-headings, each followed by its own paragraphs: after an introducing
    paragraph (returned with the run), or where every section reports the meeting's
    business (returned with None)."""
    blocks = release.blocks
    table = cues()
    runs: list[list[tuple[int, Span, list[Block]]]] = []
    for section in _sections(release, region):
        if runs and runs[-1][-1][2] and _follows(blocks, runs[-1][-1], section):
            runs[-1].append(section)
        else:
            runs.append([section])
    out: list[tuple[Span | None, list[tuple[Span, str]]]] = []
    for run in runs:
        run = [section for section in run if section[2]]
        if not run:
            continue
        intro = blocks[run[0][0] - 1]
        introduced = intro.kind == "paragraph" and bool(table["heading_intro"].search(intro.text))
        intro_span: Span | None = intro.span
        if not (introduced and (len(run) >= 2 or intro.text.rstrip().endswith(":")
                                or bool(table["heading_below"].search(intro.text)))):
            if not (len(run) >= 2 and all(table["heading_body"].search(section[2][0].text)
                                          for section in run)):
                continue
            intro_span = None
        items = []
        for _, span, _ in run:
            span, _text = clean(release, span)
            items.append((span, " ".join(release.text[span.start:span.end].split())))
        out.append((intro_span, items))
    return out


def _follows(blocks: tuple[Block, ...], section: tuple[int, Span, list[Block]],
             after: tuple[int, Span, list[Block]]) -> bool:
    """Whether ``after`` starts right after the last paragraph of ``section``."""
    last = section[2][-1]
    return blocks.index(last) + 1 == after[0]


# --------------------------------------------------------------------------- business


def _motions(release: ParsedRelease, region: Span) -> list[tuple[Span, str]]:
    """"Members will debate a motion on X": the motions on a Legislative Council agenda."""
    text = release.text
    table = cues()
    out = []
    for sentence in sentences(release, region):
        match = table["motion"].search(text, sentence.start, sentence.end)
        if match is None:
            continue
        span, item = clean(release, Span(match.end(), sentence.end))
        anaphor = table["motion_anaphor"].match(item)
        if anaphor:
            span, item = Span(span.start + anaphor.end(), span.end), item[anaphor.end():]
        if item:
            out.append((span, item))
    return out


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
            match = cues()["reference"].match(text, sentence.start, sentence.end)
            return match.group(1).lower() if match else None
    return None
