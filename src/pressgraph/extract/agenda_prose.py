"""Agenda items enumerated in English prose: "exchanged views on A, B and C", "briefed them
on A, and on B", "discussed issues including A, B, as well as C".

Each cue phrase of ``data/agenda_cues.tsv`` opens an enumeration that runs to the next cue,
a new clause (", and agreed ..."), a tail that is no topic ("with a view to ...") or the
end of the sentence. The enumeration is cut on semicolons, "as well as", ", and on",
commas and "and"; a word that names the real list after an umbrella ("issues including A,
B and C", "three items, namely A, B and C") starts it afresh. The list ends at the topic
"as well as" joins (an "and" inside it cuts nothing), a phrase ending on a head noun ends a
topic before "and" ("economic matters and business ties"), and a verb phrase in "-ing" after
"and" ("A and strengthening B") is a topic of its own. Every item found by one cue
carries the cue's number, so that the caller can tell an enumeration (two or more topics)
from a single topic. A ``paired`` verb of business ("reviewed", "was briefed on", "agreed
on") opens an item only beside another cue of its sentence ("reviewed A and discussed B"),
and none where the sentence enumerates ("reviewed the past year's work, and discussed A, B
and C").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import sentences
from pressgraph.model import ParsedRelease, Span
from pressgraph.registry import gazetteer

_TRAILING = re.compile(r"(?:\s*[;,]?\s+\b(?:and|or)\s*$|\s*[;.,:]\s*$)")
# A transcript's turn: a speaker's name or post, capitalised words ("Secretary for Justice",
# "Reporter", "Mr Lee"), or a bracketed note, then a colon.
_SPEAKER = re.compile(r"(?:[A-Z][\w'.-]*(?: (?:[A-Z][\w'.-]*|for|of|the|and)){0,5}|\([^)]*\)):\s")
_RELATIVE = re.compile(r"\s(?:that|which|who|whose|where)\s")
_QUOTES = re.compile(r"\"[^\"]*\"|“[^”]*”")


@dataclass(frozen=True)
class ProseItem:
    span: Span
    text: str
    group: int  # the cue that found it: items of one group are one enumeration
    sentence: Span
    cut: bool = False  # the last item of an excerpt cut short: counted, but not an item


def groups_of_two(prose: list[ProseItem]) -> set[int]:
    """The groups of two or more items: enumerations."""
    counts: dict[int, int] = {}
    for item in prose:
        counts[item.group] = counts.get(item.group, 0) + 1
    return {group for group, count in counts.items() if count >= 2}


def enumerated(prose: list[ProseItem], standing: bool | None, listed: bool,
               business: Callable[[ProseItem], bool],
               generic: Callable[[ProseItem], bool]) -> list[ProseItem]:
    """The prose items that are a meeting's agenda: an enumeration of two or more topics,
    and a single topic in the same sentence as one ("discussed A, B and C, and reviewed
    D"). Where nothing is enumerated (in prose, or ``listed``), single topics count only
    when the meeting states two or more of them separately, in sentences about the
    meeting, its members or its parties (``business``: "At the meeting, she briefed
    members on A. Members also deliberated on B"; a call's "both sides exchanged views on
    A. They also discussed B"), or when the kind of meeting is not known (``standing``
    None); a lone topic ("met ... to discuss X") is no agenda, and a ``generic`` topic
    ("issues of mutual interest") is none."""
    enumerations = groups_of_two(prose)
    # "to exchange views on A and discuss B": topics of two cues in one sentence enumerate
    # a generic topic counts beside a topic of another cue ("reviewed A, and discussed a
    # number of key areas"); two generic ones make no enumeration
    cues_of: dict[Span, set[int]] = {}
    named: set[Span] = set()
    for item in prose:
        cues_of.setdefault(item.sentence, set()).add(item.group)
        if not generic(item):
            named.add(item.sentence)
    joint = {sentence for sentence, groups in cues_of.items()
             if len(groups) >= 2 and sentence in named}
    if enumerations or joint:
        sentences_of = {item.sentence for item in prose if item.group in enumerations} | joint
        return [item for item in prose
                if item.group in enumerations or item.sentence in sentences_of]
    if listed:
        return []
    singles = [item for item in prose if not generic(item)]
    if standing is None:
        return singles
    stated = [item for item in singles if business(item)]
    return stated if len(stated) >= 2 else []


@cache
def cues() -> dict[str, re.Pattern[str]]:
    return {row[0]: re.compile(row[1], re.IGNORECASE)
            for row in wordlists.rows("agenda_cues.tsv") if len(row) >= 2}


def clean(release: ParsedRelease, span: Span) -> tuple[Span, str]:
    """Strip a trailing "; and", ";", "." and surrounding spaces from an item."""
    text = release.text[span.start:span.end]
    start = span.start
    while True:
        match = _TRAILING.search(text)
        if not match or match.end() == match.start():
            break
        text = text[:match.start()]
    stripped = text.lstrip()
    start += len(text) - len(stripped)
    text = stripped.rstrip()
    return Span(start, start + len(text)), text


# --------------------------------------------------------------------------- sentences


def _quoted(release: ParsedRelease, sentence: Span) -> bool:
    """Whether the sentence lies inside a quotation of its paragraph (someone's words)."""
    block = next((b for b in release.blocks if b.span.start <= sentence.start < b.span.end), None)
    if block is None:
        return False
    before = release.text[block.span.start:sentence.start]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def speaker_turn(release: ParsedRelease, sentence: Span) -> bool:
    """Whether the sentence is in a turn of a transcript ("Reporter: ...")."""
    block = next((b for b in release.blocks if b.span.start <= sentence.start < b.span.end), None)
    return block is not None and bool(_SPEAKER.match(block.text))


def _shared_sentences(release: ParsedRelease, region: Span) -> list[Span]:
    """"At these meetings, he briefed ...": sentences of the region's first paragraph that
    speak for all its meetings, also when they lie after the region."""
    block = next((b for b in release.blocks if b.span.start <= region.start < b.span.end
                  or region.start <= b.span.start < region.end), None)
    if block is None:
        return []
    text = release.text
    return [s for s in sentences(release, block.span)
            if s.start >= region.end and cues()["shared"].search(text[s.start:s.end])]


def prose_items(release: ParsedRelease, region: Span, cue: str = "prose") -> list[ProseItem]:
    """Items enumerated after a ``cue`` phrase of ``data/agenda_cues.tsv``."""
    text = release.text
    table = cues()
    out: list[ProseItem] = []
    group = 0
    for sentence in [*sentences(release, region), *_shared_sentences(release, region)]:
        body = text[sentence.start:sentence.end]
        if body.rstrip().endswith(":") or _quoted(release, sentence) \
                or speaker_turn(release, sentence) or _at_a_meal(body):
            continue
        colon = body.find(":")
        if table["skip"].search(body):
            if colon > 0 and table["colon"].search(body[:colon]) \
                    and table["counted"].search(body[:colon]):
                group += 1
                out += [ProseItem(s, t, group, sentence) for s, t in
                        split_enumeration(release, sentence.start + colon + 1, sentence.end)]
            continue
        steps = table["steps"].match(body)
        if steps and cue == "prose":
            group += 1
            out += [ProseItem(s, t, group, sentence) for s, t in
                    _steps(release, sentence.start + steps.end(), sentence.end)]
            continue
        if colon > 0 and table["colon"].search(body[:colon]):
            group += 1
            out += [ProseItem(s, t, group, sentence) for s, t in
                    split_enumeration(release, sentence.start + colon + 1, sentence.end)]
            continue
        own = list(table[cue].finditer(body))
        matches = _with_paired(body, own) if cue == "prose" else own
        if not matches and cue == "prose":
            umbrella = _umbrella_business(release, sentence)
            if umbrella:
                group += 1
                out += [ProseItem(s, t, group, sentence) for s, t in umbrella]
            continue
        counts: dict[int, tuple[bool, int]] = {}  # group -> (paired, items found)
        for number, match in enumerate(matches):
            group += 1
            start = sentence.start + match.end()
            limit = sentence.start + (matches[number + 1].start() if number + 1 < len(matches)
                                      else len(body))
            if match.group(0).lower().startswith("agreed that"):
                pieces = _that_clauses(release, start - len("that"), limit)
            else:
                end = _enumeration_end(release, sentence, match, start, limit)
                pieces = split_enumeration(release, start, end)
            found = [ProseItem(s, t, group, sentence) for s, t in pieces]
            if found and found[-1].span.end == sentence.end and _cut_short(release, sentence):
                found[-1] = ProseItem(found[-1].span, found[-1].text, group, sentence, cut=True)
            counts[group] = (match not in own, len(found))
            out += found
        if any(paired for paired, _ in counts.values()) \
                and any(count >= 2 for _, count in counts.values()):
            # an enumeration is the sentence's business; what a paired verb took beside it
            # ("reviewed the work of the past year, and discussed A, B and C") is background,
            # and a paired verb's own list ("reviewed A, explored B and agreed on C") is a
            # run of clauses, not two pieces of business
            out = [item for item in out if not counts.get(item.group, (False, 0))[0]]
    return out


def _umbrella_business(release: ParsedRelease, sentence: Span) -> list[tuple[Span, str]]:
    """"Various issues were discussed in the meeting, including A, B and C", "topics
    covering A, B and C will be discussed": in a sentence that no cue opens, the topics an
    umbrella word lists after a word of business, up to a new clause or a finite verb; two
    or more of them, else none."""
    text = release.text
    table = cues()
    match = table["umbrella_business"].search(text, sentence.start, sentence.end)
    if match is None:
        return []
    start, end = match.end(), sentence.end
    for stop in (table["clause_end"], table["tail"], table["umbrella_end"]):
        found = stop.search(text, start, end)
        end = found.start() if found else end
    pieces = split_enumeration(release, start, end)
    return pieces if len(pieces) >= 2 else []


def _with_paired(body: str, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """The cues of a sentence with its ``paired`` verbs of business ("reviewed A and
    discussed B"), when there are two or more of them in all: a paired verb alone opens
    nothing."""
    paired = [m for m in cues()["paired"].finditer(body)
              if not any(m.start() < o.end() and o.start() < m.end() for o in matches)]
    if not paired or len(matches) + len(paired) < 2:
        return matches
    return sorted([*matches, *paired], key=lambda m: m.start())


@cache
def _meal_opening() -> re.Pattern[str]:
    meals = "|".join(re.escape(w) for w in sorted(wordlists.words("meal_words.txt"),
                                                   key=len, reverse=True))
    return re.compile(rf"\b(?:a|an)\s+(?:[\w'’&-]+\s+){{0,3}}?(?:{meals})\b", re.IGNORECASE)


def _at_a_meal(body: str) -> bool:
    """Whether the sentence is set at another occasion, a meal or reception its opening
    phrase introduces ("At a luncheon hosted by ..., he discussed A and B"): what is
    discussed there is no business of the meeting."""
    comma = body.find(",")
    return comma > 0 and bool(_meal_opening().search(body, 0, comma))


def _cut_short(release: ParsedRelease, sentence: Span) -> bool:
    """Whether the sentence is the end of an excerpt cut off in mid-sentence."""
    last = release.blocks[-1] if release.blocks else None
    return (last is not None and last.span.end == sentence.end
            and release.text[sentence.start:sentence.end].rstrip()[-1:] not in
            set(".!?;:\"”)'"))


def _enumeration_end(release: ParsedRelease, sentence: Span, match: re.Match[str],
                     start: int, limit: int) -> int:
    """Where the enumeration opened by ``match`` ends: a new clause, a tail that names no
    topic, the comma closing a fronted purpose ("To discuss A, he met ..."), the verb after a
    subject ("Discussion on A was ...")."""
    text = release.text
    table = cues()
    end = limit
    # the clause may end on the next cue's own verb (", and exchanged views on ..."): look
    # past the limit for it
    clause_end = table["clause_end"].search(text, start, max(limit, sentence.end))
    if clause_end and clause_end.start() < limit:
        end = clause_end.start()
    tail = table["tail"].search(text, start, end)
    if tail:
        end = tail.start()
    opening = text[sentence.start:sentence.start + match.start()].strip().lower()
    if opening == "to" or not opening and match.group(0).lower().startswith("to "):
        comma = text.find(",", start, end)
        end = comma if comma > 0 else end
    elif not opening:
        verb = table["subject_end"].search(text, start, end)
        end = verb.start() if verb else end
    return end


def _steps(release: ParsedRelease, start: int, end: int) -> list[tuple[Span, str]]:
    """"During the meeting, both sides will review A, and agree on B": what the meeting
    will do, one verb phrase an item (cut at ";" or ", and")."""
    segment = release.text[start:end]
    separator = r";\s*(?:and\s+)?" if ";" in segment else r",\s+and\s+"
    pieces = _cut(segment, _masked(segment), 0, len(segment), separator)
    if len(pieces) < 2:
        return []
    return [clean(release, Span(start + a, start + b)) for a, b in pieces]


def _that_clauses(release: ParsedRelease, start: int, end: int) -> list[tuple[Span, str]]:
    """"agreed that X would A, that Y would B, and that Z would C" -> A, B, C; a single
    "agreed that" is a decision, not a list of items."""
    text = release.text
    out = []
    for match in re.finditer(r"\bthat\b(.*?)(?=,? (?:and )?that\b|[.;]?$)", text[start:end]):
        clause_start = start + match.start(1)
        modal = re.search(r"\b(?:would|will)\s+", match.group(1))
        if modal is None:
            return []
        item_start = clause_start + modal.end()
        out.append(clean(release, Span(item_start, start + match.end(1))))
    return out if len(out) >= 2 else []


# --------------------------------------------------------------------------- splitting


def split_enumeration(release: ParsedRelease, start: int, end: int) -> list[tuple[Span, str]]:
    """The items of the enumeration ``release.text[start:end]``."""
    text = release.text
    segment = text[start:end]
    stripped = segment.strip()
    if not stripped:
        return []
    lead = segment.find(stripped[:1])
    skip = cues()["object_lead"].match(segment, lead)
    if skip:  # "discussed with other ministers how ...": the item starts after the aside
        lead = skip.end()
        stripped = segment[lead:].strip()
    umbrella = _umbrella(segment, lead)
    if umbrella is not None:
        return _items(release, start, umbrella)
    if cues()["whole"].match(stripped):
        # "how A and B" is one item; "how A, as well as how B and how C" are three, and so
        # are "how A, as well as on B"
        pieces = _cut(segment, _masked(segment), lead, len(segment),
                      r"(?:,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+)(?="
                      + cues()["whole"].pattern + r")|,?\s+(?:and|as well as) on\s+")
    else:
        pieces = _pieces(segment, lead)
    return _items(release, start, pieces)


def _umbrella(segment: str, lead: int) -> list[tuple[int, int]] | None:
    """"issues including A, B and C", "three items, namely A, B and C": the items after the
    umbrella word, when there are two or more of them."""
    masked = _masked(segment)
    match = cues()["umbrella"].search(masked, lead)
    if match is None:
        return None
    before = masked[lead:match.start()]
    if "," in before.rstrip(", ") or ";" in before:
        return None  # the word comes inside a later item: "A, B, including C"
    pieces = _pieces(segment, match.end())
    return pieces if len(pieces) >= 2 else None


def _items(release: ParsedRelease, start: int,
           pieces: list[tuple[int, int]]) -> list[tuple[Span, str]]:
    text = release.text
    ordinals = wordlists.words("enumeration_words.txt")
    out = []
    for a, b in pieces:
        piece = text[start + a:start + b]
        # drop "first, " / "and on " / "on " in front of an item
        lead_match = re.match(r"\s*(?:and\s+)?(?:(\w+),\s+)?", piece)
        if lead_match and lead_match.group(1) and lead_match.group(1).lower() in ordinals:
            a += lead_match.end()
        else:
            lead_match = re.match(r"\s*(?:and\s+)?(?:on\s+)?", piece)
            a += lead_match.end() if lead_match else 0
        span, item = clean(release, Span(start + a, start + b))
        if item and not cues()["not_item"].match(item):
            out.append((span, item))
    return out


def _pieces(segment: str, lead: int) -> list[tuple[int, int]]:
    """Cut ``segment[lead:]`` into items."""
    masked = _masked(segment)
    if ";" in masked[lead:]:
        return _cut(segment, masked, lead, len(segment), r";\s*(?:and\s+)?")
    if re.search(r",?\s+and on\s+", masked[lead:]):  # "on A, and on B": each "on" one item
        return _cut(segment, masked, lead, len(segment), r",?\s+and on\s+")
    pieces: list[tuple[int, int]] = []
    joined = _cut(segment, masked, lead, len(segment), r",?\s+as well as\s+")
    for number, (a, b) in enumerate(joined):
        if "," in masked[a:b]:
            # "A, B as well as C": "as well as" joins the last item; an "and" before it is
            # inside B ("the exchange and sharing of ...")
            pieces += _comma_pieces(segment, masked, a, b, last_and=number == len(joined) - 1)
        elif number and number == len(joined) - 1:
            pieces.append((a, b))  # "... as well as C and D": the list ends at its last topic
        else:
            pieces += _and_pieces(segment, a, b)
    return [(a, b) for a, b in pieces if not cues()["etc"].fullmatch(segment[a:b].strip(" ,."))]


def _masked(segment: str) -> str:
    """The segment with quotations and names that contain a comma ("Hong Kong, China",
    ``data/comma_names.txt``) masked, so that they are never cut."""
    masked = _QUOTES.sub(lambda m: "x" * len(m.group(0)), segment)
    return _comma_names().sub(lambda m: "x" * len(m.group(0)), masked)


@cache
def _comma_names() -> re.Pattern[str]:
    names = sorted(wordlists.ordered("comma_names.txt"), key=len, reverse=True)
    return re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names) or "(?!)")


def _cut(segment: str, masked: str, start: int, end: int,
         separator: str) -> list[tuple[int, int]]:
    pieces, position = [], start
    for match in re.finditer(separator, masked[start:end]):
        pieces.append((position, start + match.start()))
        position = start + match.end()
    pieces.append((position, end))
    return [(a, b) for a, b in pieces if segment[a:b].strip()]


def _comma_pieces(segment: str, masked: str, start: int, end: int,
                  last_and: bool = True) -> list[tuple[int, int]]:
    """Split on commas; a piece starting with "especially"/"including" or a preposition of
    time or place ("in December") joins the one before, and so does the country of a city
    ("Buenos Aires, Argentina"); a piece that restates or remarks on the one before ("that
    is ...", "both having ...") is none; the last piece is split at "and" unless an Oxford
    comma came before it (see ``_last_and``)."""
    attachments = wordlists.ordered("enumeration_attachments.txt")
    pieces: list[tuple[int, int]] = []
    attached = False
    for a, b in _cut(segment, masked, start, end, r",\s+"):
        piece = segment[a:b].strip().lower()
        if cues()["etc"].fullmatch(piece.strip(" .")) or pieces and cues()["aside"].match(piece):
            continue
        if pieces and any(piece == w or piece.startswith(w + " ") for w in attachments):
            pieces[-1] = (pieces[-1][0], b)
            attached = True
        elif pieces and (cues()["adjunct"].match(piece)
                         or _country_of(segment[pieces[-1][0]:pieces[-1][1]], segment[a:b])):
            pieces[-1] = (pieces[-1][0], b)  # part of the item before, which may still end
            attached = False                 # the list ("..., in May and how to ...")
        else:
            pieces.append((a, b))
            attached = False
    if not pieces or attached or not last_and:  # "X, including A and B": A and B belong to X
        return pieces
    last_a, last_b = pieces[-1]
    if not re.match(r"\s*and\s", masked[last_a:last_b]):
        cut = _last_and(segment, masked, last_a, last_b)
        if cut is not None:
            pieces[-1] = (last_a, cut[0])
            pieces.append((cut[1], last_b))
    return pieces


def _country_of(before: str, piece: str) -> bool:
    """"Buenos Aires, Argentina": the piece names the country of the place
    that ends the piece before it, so it completes that place's name."""
    country = gazetteer.find(piece.strip(" .;"))
    if country is None or country.kind != "country":
        return False
    run = re.search(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*\s*$", before)
    place = gazetteer.find(run.group(0).strip()) if run else None
    return place is not None and place.key != country.key and place.country == country.country


def _last_and(segment: str, masked: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the last piece of "A, B and C" is cut: at the first "and" that starts a new
    phrase with a determiner ("tourism and the provision of ferries to the Delta and the
    airport"), else at the last "and", unless it joins two names ("Qianhai and the Loop")
    or a bare word shares the head that follows ("energy and sustainable development")."""
    determiners = wordlists.words("determiners.txt")
    cuts = [(start + m.start(), start + m.end())
            for m in re.finditer(r"\s+and\s+", masked[start:end])]
    cuts = [(a, b) for a, b in cuts if not _RELATIVE.search(segment, start, a)]
    for a, b in cuts:
        right = segment[b:end].split()
        if len(right) > 1 and right[0] in determiners and right[1][:1].islower():
            return a, b
        if _verb_phrase_after(segment[start:a].split(), right):
            return a, b
    if not cuts:
        return None
    a, b = cuts[-1]
    left, right = segment[start:a].split(), segment[b:end].split()
    if _proper_noun_pair(left, right) or _shared_head(left, right):
        return None
    return a, b


def _and_pieces(segment: str, start: int, end: int) -> list[tuple[int, int]]:
    """No commas: split at "and" only where a new item clearly starts."""
    words = segment[start:end].split()
    determiners = wordlists.words("determiners.txt")
    attachments = wordlists.ordered("enumeration_attachments.txt")
    pieces: list[tuple[int, int]] = []
    for match in re.finditer(r"\s+and\s+", segment[start:end]):
        cut_a, cut_b = start + match.start(), start + match.end()
        left = segment[start:cut_a].split()
        right = segment[cut_b:end].split()
        if not left or not right:
            continue
        if any(segment[cut_b:end].lower().startswith(w + " ") for w in attachments):
            continue  # "... and the related Investment Agreement": part of the same item
        if _RELATIVE.search(segment, start, cut_a):
            continue  # "... the outbreak that struck Hong Kong and other places": one item
        first = right[0]
        second = right[1] if len(right) > 1 else ""
        if len(words) <= 5:
            split = not _shared_head(left, right)
        elif first in determiners:
            split = bool(second) and (second[0].islower() and "between" not in left
                                      or _parallel(left, first))
        else:
            split = left[-1][0].isupper() and first[0].islower() \
                or _verb_phrase_after(left, right) or _plural_head_before(left, right)
        if split:
            pieces.append((start, cut_a))
            start = cut_b
    pieces.append((start, end))
    return pieces


def _plural_head_before(left: list[str], right: list[str]) -> bool:
    """"economic matters and business co-operation": a phrase ending on a plural noun or a
    noun of a noun's ending ("-tion", "-ment", "-ity"), then
    a phrase of two or more words, is two topics; a bare word before "and" shares the head
    after it ("regional and global economies"), two nouns share the phrase after the second
    ("legal exchanges and co-operation between A and B"), and a generic phrase after "and"
    ("trade relations and issues of mutual concern") is no topic of its own, nor is a clause
    that speaks of the phrase before it ("the global situation and how it may affect A")."""
    last = left[-1]
    return (len(left) >= 2 and len(right) >= 2 and right[0][:1].islower()
            and last.islower() and len(last) > 3
            and (last.endswith("s") and not last.endswith(("ss", "us", "is"))
                 or last.endswith(("tion", "ment", "ity", "ance", "ence", "ship")))
            and not (right[1] != "to" and cues()["preposition"].fullmatch(right[1]))
            and not cues()["generic"].match(" ".join(right))
            and not cues()["whole"].match(right[0]))


def _verb_phrase_after(left: list[str], right: list[str]) -> bool:
    """"the enhancement of co-operation and strengthening regional integration": a verb
    phrase in "-ing" with its object, after a noun phrase, is a topic of its own; two verbs
    sharing one object ("planning and developing the site") are not."""
    return (len(left) >= 2 and len(right) >= 2 and right[0].islower()
            and right[0].endswith("ing") and len(right[0]) > 5
            and not left[-1].lower().endswith("ing"))


def _parallel(left: list[str], first: str) -> bool:
    """"the trade mechanism and the Closer Economic Partnership Arrangement": two phrases
    opening with the same determiner, the first without a preposition that the name after
    "and" could complete ("the trade of the Mainland and the Hong Kong SAR")."""
    return (bool(left) and left[0].lower() == first.lower()
            and not any(cues()["preposition"].fullmatch(word) for word in left))


def _proper_noun_pair(left: list[str], right: list[str]) -> bool:
    """"Qianhai and the Lok Ma Chau Loop": two names joined by "and" are one item."""
    right = [w for w in right if w != "the"]
    return bool(left and right and left[-1][0].isupper() and right[0][0].isupper())


def _shared_head(left: list[str], right: list[str]) -> bool:
    """"trade and economic relations", "energy and sustainable development": a bare word
    before "and" shares the head of the longer phrase after it."""
    determiners = wordlists.words("determiners.txt")
    return (len(left) == 1 and len(right) >= 2 and right[0] not in determiners
            and left[0][:1].islower() and right[0][:1].islower())
