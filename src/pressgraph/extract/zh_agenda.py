"""Agenda items of a meeting reported in Chinese: lists and sub-headings introduced as its
business, areas set out below in paragraphs ("…如下。" then "跨境基建方面，…"), the motions
and bills of a Legislative Council meeting, and topics in prose
("就 A、B 和 C 交換意見", "討論了 A、B 等議題", "圍繞「A」和「B」兩個議題討論").

What counts follows the English rules (``agenda_prose.enumerated``): an enumeration of two
or more topics is an agenda, a call's single topic is not. A lone topic is two when "，以及"
joins a further one ("如何 A，以及 B") or "和"/"及" joins two phrases of their own ("深化 A
合作和培養 B 人才"), not words that share a head or a verb ("經貿和投資合作"); topics inside
someone's quoted words (「…」, “…”) are none. Cue words are in
``data/zh_agenda.toml``; rules match on the text folded to Traditional characters and
report the items as printed.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from pressgraph.chinese_script import to_traditional
from pressgraph.extract.agenda_prose import ProseItem, enumerated
from pressgraph.extract.zh_companions import companion_objects
from pressgraph.extract.zh_text import Sentence
from pressgraph.model import AgendaItem, ParsedRelease, Span

# A transcript's turn: a reporter, a question or answer, or someone named by a post or a
# title, then "："
_SPEAKER = re.compile(r"(?:記者|問|答|"
                      r"[^，。：、「」\s]{0,12}(?:長|官|主席|議員|發言人|先生|女士|教授|博士))"
                      r"[ \u3000]*：")
# "八個範疇", "四項重點工作", "八個範疇的合作方向": the count of the topics before it
_COUNT = re.compile(r"[一二三四五六七八九十兩两\d]+\s*[個个項项][^、，的]{0,5}(?:的[^、，]{1,6})?$")


@dataclass(frozen=True)
class _Text:
    release: ParsedRelease
    folded: str
    sentences: list[Sentence]


@cache
def _cues() -> dict[str, Any]:
    """The cue words, folded like the text (a word listed in both scripts matches however
    far the character pairs fold it)."""
    package = resources.files("pressgraph.extract")
    data = tomllib.loads(package.joinpath("data/zh_agenda.toml").read_text(encoding="utf-8"))
    return {key: _fold_cue(value) for key, value in data.items()}


def _fold_cue(value: Any) -> Any:
    if isinstance(value, str):
        return to_traditional(value)
    if isinstance(value, list):
        return [_fold_cue(v) for v in value]
    return value


# Half-width punctuation as some pages print it, read as the full-width forms.
_PUNCTUATION = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）"})


def find_agenda(release: ParsedRelease, folded: str, sentences: list[Sentence],
                region: list[int], standing: bool, held: bool = False) -> tuple[AgendaItem, ...]:
    """The ordered agenda items of the meeting whose sentences are ``region`` (indices into
    ``sentences``); ``standing`` for a standing body's meeting, not a call; ``held`` for a
    meeting reported as held, whose topics are none where their sentence tells of another
    occasion (one to come, or a habit)."""
    text = _Text(release, folded.translate(_PUNCTUATION), sentences)
    blocks = sorted({sentences[i].block for i in region})
    structured = _listed(text, blocks) or _headings(text, blocks) or _areas(text, blocks) \
        or _business(text, region)
    if structured:
        return _numbered(structured)
    prose = enumerated(_prose(text, _own_sentences(text, region), held), standing, False,
                       lambda item: _mentions(_folded(text, item.sentence), "business"),
                       lambda item: _mentions(_folded(text, item.span), "generic"))
    return _numbered([(item.span, item.text) for item in prose])


def _numbered(pieces: list[tuple[Span, str]]) -> tuple[AgendaItem, ...]:
    items: list[AgendaItem] = []
    seen: set[str] = set()
    for span, item in sorted(pieces, key=lambda piece: piece[0].start):
        if item and item not in seen:
            seen.add(item)
            items.append(AgendaItem(len(items) + 1, item, span))
    return tuple(items)


def _folded(text: _Text, span: Span) -> str:
    return text.folded[span.start:span.end]


def _mentions(folded: str, cue: str) -> bool:
    return any(word in folded for word in _cues()[cue])


def _item(text: _Text, span: Span) -> tuple[Span, str]:
    """The item at ``span`` without separators, trailing punctuation or enclosing quotes."""
    start, end = span.start, span.end
    changed = True
    while changed and end > start:
        changed = False
        folded = text.folded[start:end]
        stripped = folded.strip(" \u3000\n：")
        if stripped != folded:
            start += len(folded) - len(folded.lstrip(" \u3000\n："))
            end = start + len(stripped)
            changed = True
            continue
        for trailer in _cues()["item_trailers"]:
            if folded.endswith(trailer) and len(folded) > len(trailer):
                end -= len(trailer)
                changed = True
                break
        for lead in _cues()["lead_joins"]:
            if folded.startswith(lead) and len(folded) > len(lead):
                start += len(lead)
                changed = True
                break
    folded = text.folded[start:end]
    for opening, closing in _cues()["quotes"]:
        if folded.startswith(opening) and folded.endswith(closing) and len(folded) > 2 \
                and opening not in folded[1:-1] and closing not in folded[1:-1]:
            start, end = start + 1, end - 1
    return Span(start, end), text.release.text[start:end]


# --------------------------------------------------------------------------- structure


def _listed(text: _Text, blocks: list[int]) -> list[tuple[Span, str]]:
    release = text.release
    for index in blocks:
        block = release.blocks[index]
        if block.kind != "list_item" or block.position != 1 or index == 0:
            continue
        intro = text.folded[release.blocks[index - 1].span.start:release.blocks[index - 1].span.end]
        if not intro.rstrip().endswith(("：", ":")) or not _mentions(intro, "list_intro") \
                or _mentions(intro.rsplit("。", 1)[-1], "list_reject"):
            continue
        items = []
        for item in release.blocks[index:]:
            if item.kind != "list_item" or item.list_index != block.list_index:
                break
            items.append(_item(text, item.span))
        return items
    return []


def _headings(text: _Text, blocks: list[int]) -> list[tuple[Span, str]]:
    release = text.release
    if not blocks:
        return []
    items: list[tuple[Span, str]] = []
    started = False
    for index in range(blocks[0], blocks[-1] + 1):
        block = release.blocks[index]
        if not started:
            intro = _folded(text, block.span)
            started = block.kind == "paragraph" and intro.endswith("：") and \
                _mentions(intro, "list_intro") and \
                not _mentions(intro.rsplit("。", 1)[-1], "list_reject") and \
                index + 1 < len(release.blocks) and release.blocks[index + 1].kind == "heading"
            continue
        if block.kind == "heading":
            if _SPEAKER.match(_folded(text, block.span)):
                break  # a turn of a transcript, not a sub-heading
            items.append(_item(text, block.span))
        elif block.kind == "paragraph" and index + 1 < len(release.blocks) and \
                release.blocks[index + 1].kind != "heading":
            break
    return items


def _areas(text: _Text, blocks: list[int]) -> list[tuple[Span, str]]:
    """Areas set out below in paragraphs: after a paragraph ending "如下。", the heads of
    the paragraphs that open with one ("跨境基建方面，…"), to the meeting's last paragraph."""
    cues = _cues()
    release = text.release
    items: list[tuple[Span, str]] = []
    started = False
    for index in blocks:
        block = release.blocks[index]
        folded = _folded(text, block.span).strip()
        if not started:
            started = block.kind == "paragraph" and folded.endswith(tuple(cues["areas_below"]))
            continue
        if block.kind != "paragraph":
            break
        head = folded.find(cues["area_head"], 0, _AREA_HEAD + len(cues["area_head"]))
        if head <= 0 or any(mark in folded[:head] for mark in "，。、；：「」"):
            continue
        lead = next((word for word in cues["area_head_leads"] if folded.startswith(word)), "")
        start = block.span.start + len(_folded(text, block.span)) \
            - len(_folded(text, block.span).lstrip()) + len(lead)
        items.append(_item(text, Span(start, start + head - len(lead))))
    return items


# The longest head of a section set out below ("跨境基建方面，"), in characters.
_AREA_HEAD = 12


def _business(text: _Text, region: list[int]) -> list[tuple[Span, str]]:
    """The motions a Legislative Council meeting will debate; where it debates none, the
    bill whose second reading debate resumes; for a hearing, the subjects it is held on."""
    cues = _cues()
    motions: list[tuple[Span, str]] = []
    bills: list[tuple[Span, str]] = []
    for index in region:
        sentence = text.sentences[index]
        folded = _folded(text, sentence.span)
        if any(verb in folded for verb in cues["motion_verbs"]):
            for match in re.finditer(re.escape(cues["motion_open"]) + "(.+?)"
                                     + re.escape(cues["motion_close"]), folded):
                start = sentence.start + match.start(1)
                motions.append(_item(text, Span(start, start + len(match.group(1)))))
            for match in re.finditer(r"「([^「」]{2,30}議案)」", folded):
                start = sentence.start + match.start(1)
                motions.append(_item(text, Span(start, start + len(match.group(1)))))
        for cue in cues["bill_resumed"]:
            for match in re.finditer(re.escape(cue) + r"(《[^《》]+》)", folded):
                start = sentence.start + match.start(1)
                bills.append((Span(start, start + len(match.group(1))),
                              text.release.text[start:start + len(match.group(1))]))
        for cue in cues["bill_resumes"]:
            for match in re.finditer(r"(《[^《》]+》)" + re.escape(cue), folded):
                if folded[:match.start()].rstrip().endswith(("和", "及", "、")):
                    continue
                start = sentence.start + match.start(1)
                bills.append((Span(start, start + len(match.group(1))),
                              text.release.text[start:start + len(match.group(1))]))
    return motions or bills or _hearing_subjects(text, region)


def _hearing_subjects(text: _Text, region: list[int]) -> list[tuple[Span, str]]:
    """What a hearing is held on: the quoted subjects after ``有關`` in the clause that
    holds it (``就報告書有關「A」（第一章）及「B」（第三章）舉行公開聆訊``)."""
    cues = _cues()
    found: list[tuple[Span, str]] = []
    for index in region:
        sentence = text.sentences[index]
        folded = _folded(text, sentence.span)
        noun = min((p for p in (folded.find(n) for n in cues["hearing_nouns"]) if p >= 0),
                   default=-1)
        about = folded.rfind(cues["hearing_subject"], 0, noun) if noun > 0 else -1
        if about < 0:
            continue
        for match in re.finditer(r"「([^「」]{2,60})」", folded[about:noun]):
            start = sentence.start + about + match.start(1)
            found.append(_item(text, Span(start, start + len(match.group(1)))))
        if found:
            return found
    return found


# --------------------------------------------------------------------------- prose


def _own_sentences(text: _Text, region: list[int]) -> list[int]:
    """The region's sentences up to a later paragraph that reports another event ("其後出席
    … 午餐會") without naming a meeting; what follows a word referring back to the visit told
    ("這是某人首次到訪…") reports no other."""
    if not region:
        return []
    first_block = text.sentences[region[0]].block
    own: list[int] = []
    block = first_block
    for index in region:
        sentence = text.sentences[index]
        if sentence.block != block:
            block = sentence.block
            folded = _folded(text, sentence.span)
            back = min((folded.find(word) for word in _cues()["same_event"] if word in folded),
                       default=len(folded))
            if _mentions(folded[:back], "new_event") and not _mentions(folded, "meeting_words"):
                break
        own.append(index)
    return own


def _quoted_at(folded: str, position: int) -> bool:
    return (folded.count("「", 0, position) > folded.count("」", 0, position)
            or folded.count("“", 0, position) > folded.count("”", 0, position))


def _prose(text: _Text, region: list[int], held: bool = False) -> list[ProseItem]:
    found: list[ProseItem] = []
    for item in _prose_items(text, region):
        if held and _later_occasion(text, item):
            continue  # "稍後與某局會討論 A、B": another occasion's topics
        found.append(item)
    return found


def _later_occasion(text: _Text, item: ProseItem) -> bool:
    """Whether the words of the item's sentence before it tell of another occasion: one to
    come (``稍後``, ``將於``, an invitation to come, ``邀請``, but not one received,
    ``應…邀請``) or a habit (``每4年召開…，討論``)."""
    cues = _cues()
    before = text.folded[item.sentence.start:item.span.start]
    for word in cues["later_occasion"]:
        for position in _find_all(before, word):
            clause_start = max(before.rfind(mark, 0, position) for mark in "，。；：") + 1
            if word == "邀請" and cues["invited_by"] in before[clause_start:position]:
                continue  # "應某人邀請": at an invitation received
            return True
    return re.search(cues["habit"], before) is not None


def _prose_items(text: _Text, region: list[int]) -> list[ProseItem]:
    cues = _cues()
    out: list[ProseItem] = []
    group = 0
    for index in region:
        sentence = text.sentences[index]
        folded = _folded(text, sentence.span)
        if _SPEAKER.match(_folded(text, text.release.blocks[sentence.block].span)):
            continue  # a turn of a transcript ("記者：…")
        framed: list[ProseItem] = []
        after = 0  # where the words after the frame start
        frame_start = 0
        for opening, closing in cues["topic_frames"]:
            for start in _find_all(folded, opening):
                if _quoted_at(folded, start):
                    continue
                end = folded.find(closing, start + len(opening))
                if end < 0 or "，" in _umbrellas_joined(folded[start:end]):
                    continue
                end = _trailer_end(folded, start + len(opening), end)
                group += 1
                framed = [ProseItem(span, item, group, sentence.span) for span, item in
                          _split(text, sentence.start + start + len(opening),
                                 sentence.start + end)]
                after = end + len(closing)
                frame_start = start
                break
            if framed:
                break
        companions: list[ProseItem] = []
        for a, b in (companion_objects(folded, frame_start, after, cues["companion_verbs"],
                                       cues["companion_joins"]) if framed else []):
            group += 1
            companions += [ProseItem(span, item, group, sentence.span) for span, item in
                           _split(text, sentence.start + a, sentence.start + b)]
        if companions:
            # "回顧了 A，並就共同關注的議題交換意見": the generic frame names no business
            framed = [item for item in framed
                      if not _mentions(_folded(text, item.span), "generic")]
            framed = sorted(framed + companions, key=lambda item: item.span.start)
        topics: list[ProseItem] = []
        # "就多方面議題交換意見，包括 A、B 等": the frame's object heads the topics after it
        umbrella = next((word for word in cues["frame_umbrellas"]
                         if framed and folded.startswith(word, after)), None)
        if umbrella is not None:
            begin = after + len(umbrella)
            group += 1
            topics = [ProseItem(span, item, group, sentence.span) for span, item in
                      _split(text, sentence.start + begin,
                             sentence.start + _enumeration_end(folded, begin), listed=True)]
        for intro in ([] if topics else cues["intros"]):
            start = folded.find(intro, after)
            if start < 0 or _quoted_at(folded, start):
                continue
            begin = start + len(intro)
            end = _enumeration_end(folded, begin)
            if intro in cues["weak_intros"] and not _listy(folded[begin:end + 3]):
                continue  # "討論事項": a noun, not the start of topics
            group += 1
            topics = [ProseItem(span, item, group, sentence.span) for span, item in
                      _split(text, sentence.start + begin, sentence.start + end)]
            break
        # "就 X 交換意見，討論的範疇涵蓋 A、B 和 C": the topics after the frame set X out
        out += topics if framed and len(topics) >= 2 else framed + topics
        if not framed and not topics:
            pair = _business_pair(text, sentence.start, folded)
            if pair:
                group += 1
                out += [ProseItem(span, item, group, sentence.span) for span, item in pair]
    return out


@cache
def _pair_pattern() -> re.Pattern[str]:
    cues = _cues()
    first = "|".join(map(re.escape, cues["pair_first_verbs"]))
    second = "|".join(map(re.escape, cues["pair_second_verbs"]))
    return re.compile(rf"(?:{first})了?([^，。；：「」]{{2,60}})，並(?:且)?(?:{second})了?"
                      rf"([^，。；：「」]{{2,60}})。?$")


def _business_pair(text: _Text, start: int, folded: str) -> list[tuple[Span, str]]:
    """Two verbs of business, each with its object, ending the sentence ("審議 A，並議定
    B", "聽取 A，並討論 B"): A and B are the meeting's business; not a way of doing it
    ("並探討如何…")."""
    match = _pair_pattern().search(folded.rstrip())
    if match is None or _quoted_at(folded, match.start()):
        return []
    objects = [match.span(1), match.span(2)]
    if any(_mentions(folded[a:b], "whole") for a, b in objects):
        return []
    return [_item(text, Span(start + a, start + b)) for a, b in objects]


def _trailer_end(folded: str, begin: int, end: int) -> int:
    """Where a frame's topics end: at a trailer inside it ("就 A、B 等議題進行了深入交流":
    the verb after "等議題" is no part of the last topic), else at its closing word."""
    found = _trailer(folded, begin, end)
    return found.end() if found else end


@cache
def _trailer_pattern() -> re.Pattern[str]:
    cues = _cues()
    fixed = "|".join(re.escape(t) for t in cues["trailers"] if t != "等")
    nouns = "|".join(map(re.escape, cues["trailer_nouns"]))
    return re.compile(rf"{fixed}|等[^、，。；：「」《》]{{0,8}}?(?:{nouns})")


def _trailer(folded: str, begin: int, end: int) -> re.Match[str] | None:
    """The first trailer after ``begin`` that ends the topics ("等議題", "等共同關注的問題"),
    not the bare "等"."""
    found = _trailer_pattern().search(folded, begin, end)
    return found if found and found.start() > begin else None


def _umbrellas_joined(folded: str) -> str:
    """The words of a frame with "，包括"/"，例如" read as part of the list: a comma before
    an umbrella word does not end the topics."""
    for umbrella in _cues()["umbrellas"]:
        folded = folded.replace("，" + umbrella.lstrip("，"), "、")
    return folded


def _listy(folded: str) -> bool:
    """Whether the words after an intro read as topics: a list ("、"), an umbrella word or
    a trailer ("等議題")."""
    cues = _cues()
    return "、" in folded or "，以及" in folded or \
        any(word in folded for word in cues["umbrellas"]) or \
        _trailer(folded, 0, len(folded)) is not None


def _find_all(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


def _enumeration_end(folded: str, begin: int) -> int:
    """Where topics after an intro end: a trailer ("等議題"), "；" lists to the sentence's
    end; else the first "，" that does not go on with the list ("，以及 C" does, "，以及
    主動解釋了" is a new clause)."""
    end = len(folded.rstrip("。！？"))
    found = _trailer(folded, begin, len(folded))
    if found:
        return found.start()
    if "；" in folded[begin:end]:
        return end
    position = begin
    while True:
        comma = folded.find("，", position, end)
        if comma < 0:
            return end
        rest = folded[comma + 1:end]
        if rest.startswith("以及") and "了" not in rest:
            position = comma + 1
            continue
        if rest.startswith(tuple(_cues()["umbrellas"])):
            position = comma + 1
            continue
        return comma


def _split(text: _Text, start: int, end: int, listed: bool = False) -> list[tuple[Span, str]]:
    """The topics of ``text[start:end]``: after an umbrella word if two or more follow it,
    cut on "；" or "、" (the last two joined by "和"/"及"), without counts ("四個範疇") or
    trailers ("等"); ``listed`` when an umbrella word has said a list follows ("包括 A 及 B
    等": the last two are joined as in a longer list)."""
    cues = _cues()
    folded = text.folded[start:end]
    domain = False
    ending = re.search(f"(?:{_trailer_pattern().pattern}|等)$", folded)
    if ending and ending.start() > 0:
        domain = ending.group(0).endswith(tuple(cues["domain_nouns"]))
        folded = folded[:ending.start()]
    if domain:
        # "兩地在 A、B 等方面": the topics start after the "在" of the first item
        first = min((p for p in (folded.find("、"), folded.find("和"), folded.find("及"))
                     if p >= 0), default=len(folded))
        inside = folded.rfind("在", 0, first)
        if inside >= 0:
            start, folded = start + inside + 1, folded[inside + 1:]
    count = _COUNT.search(folded)
    counted = count is not None or listed
    if count:
        folded = folded[:count.start()]
    folded = folded.rstrip("，、 ")
    if any(word in folded for word in cues["whole"]):
        # "如何 A 和 B" is one topic; "如何 A，以及 B" are two
        return [_item(text, Span(start + a, start + b)) for a, b in _joined(folded)]
    for umbrella in cues["umbrellas"]:
        position = folded.find(umbrella)
        if position < 0 or "；" in folded[:position] or "、" in folded[:position]:
            continue  # the word comes inside a later item: "A；B，包括 C；D"
        after = position + len(umbrella)
        pieces = _pieces(folded, after, counted)
        if len(pieces) >= 2:
            return [_item(text, Span(start + a, start + b)) for a, b in pieces]
    return [_item(text, Span(start + a, start + b)) for a, b in _pieces(folded, 0, counted)]


def _joined(folded: str) -> list[tuple[int, int]]:
    """``folded`` cut where "，以及" joins a further topic."""
    pieces, position = [], 0
    for match in re.finditer("，以及", folded):
        pieces.append((position, match.start()))
        position = match.end()
    pieces.append((position, len(folded)))
    return [(a, b) for a, b in pieces if folded[a:b].strip()]


def _pieces(folded: str, begin: int, counted: bool) -> list[tuple[int, int]]:
    cues = _cues()
    separator = "；" if "；" in folded[begin:] else "、"
    pieces: list[tuple[int, int]] = []
    depth, position = 0, begin
    for offset in range(begin, len(folded) + 1):
        ch = folded[offset] if offset < len(folded) else separator
        depth += ch in "「『《（(“"
        depth -= ch in "」』》）)”" and depth > 0
        joined = separator == "、" and depth == 0 and folded.startswith("，以及", offset)
        if depth == 0 and (ch == separator or joined) and offset > position:
            pieces.append((position, offset))
            position = offset + (3 if joined else 1)
    # "A、B，以及 C": "，以及" joined the last item; a "和" inside it is part of it
    joined_last = any(folded.startswith("，以及", b) for _, b in pieces[:-1])
    if separator == "、" and not joined_last and (
            len(pieces) > 1 or counted or _all_quoted(folded, pieces)):
        last_a, last_b = pieces.pop()
        pieces += _join_split(folded, last_a, last_b, cues["last_joins"], cues["pronouns"])
    elif separator == "、" and len(pieces) == 1:
        # a lone topic "A 和 B": two topics when both are phrases of their own
        whole = pieces.pop()
        halves = _join_split(folded, *whole, cues["last_joins"], cues["pronouns"])
        pieces += halves if _two_phrases(folded, halves) else [whole]
    return [(a, b) for a, b in pieces if folded[a:b].strip("，、 ")]


def _two_phrases(folded: str, halves: list[tuple[int, int]]) -> bool:
    """Whether "A 和 B" joins two topics, each a phrase of its own ("深化 X 合作和培養 Y 人才"),
    not two words that share a head or a verb ("經貿和投資合作", "開發前海和 Y 地區", "A 及 B
    議題"): both halves of ``phrase_length`` characters or more, the second naming no topic
    noun that the two would share."""
    cues = _cues()
    if len(halves) != 2:
        return False
    length = cues["phrase_length"]
    (a, b), (c, d) = halves
    return (len(folded[a:b].strip()) >= length and len(folded[c:d].strip()) >= length
            and not any(noun in folded[c:d] for noun in cues["trailer_nouns"]))


def _all_quoted(folded: str, pieces: list[tuple[int, int]]) -> bool:
    return bool(pieces) and all(folded[a:b].lstrip().startswith(("「", "“", "『"))
                                for a, b in pieces)


def _join_split(folded: str, start: int, end: int, joins: list[str],
                pronouns: list[str]) -> list[tuple[int, int]]:
    """"C和D" -> C, D; not inside quotes, nor before a word that refers back ("C和他們的D")."""
    piece = folded[start:end]
    depth = 0
    for offset, ch in enumerate(piece):
        depth += ch in "「『《（(“"
        depth -= ch in "」』》）)”" and depth > 0
        if depth:
            continue
        for join in joins:
            if piece.startswith(join, offset) and 0 < offset < len(piece) - len(join):
                if piece[offset + len(join):].startswith(tuple(pronouns)):
                    return [(start, end)]
                return [(start, start + offset), (start + offset + len(join), end)]
    return [(start, end)]
