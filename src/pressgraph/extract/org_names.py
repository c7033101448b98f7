"""Where an English organisation name is: carved out of a run of capitalised words.

A name ends in a head word from ``data/org_heads.txt`` ("Marine Department") or goes on
from a head word with "of"/"on"/"in" ("Department of Justice"). Words in front of the head
may be joined by "and" or commas ("Agriculture, Fisheries and Conservation Department")
but not by "of"/"for" — so "Head of the Central Policy Unit" yields "Central Policy Unit".
A run naming several organisations is split at list commas and "and"s first.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pressgraph.extract import titled_names, wordlists
from pressgraph.extract.nametokens import Token, is_acronym, name_chunks
from pressgraph.model import Span
from pressgraph.parse import MONTHS, WEEKDAYS
from pressgraph.registry import gazetteer

_COMPLEMENT = frozenset({"of", "on", "in"})


def org_spans(text: str, start: int, end: int) -> list[Span]:
    """Spans of organisation names (with a head word, or listed as standalone)."""
    return list(_org_spans(text, start, end))


@lru_cache(maxsize=2048)
def _org_spans(text: str, start: int, end: int) -> tuple[Span, ...]:
    """The work of :func:`org_spans`, memoised: a release's meetings ask for the same
    stretches of text many times (participants, back-references, sides)."""
    spans: list[Span] = []
    for chunk in name_chunks(text, start, end):
        spans.extend(_chunk_org_spans(tuple(_with_possessive_head(text, chunk, end))))
    stretch = text[start:end]
    for name, pattern in _standalone_patterns():
        if name in stretch:
            for match in pattern.finditer(stretch):
                spans.append(Span(start + match.start(), start + match.end()))
    return tuple(_without_overlaps(spans))


# A head word printed with a possessive right after a run of names ("the HKSAR
# Government's work"): the run's name ends at the head, without the "'s".
_POSSESSIVE_HEAD = re.compile(r" ([A-Z][a-z]+)['’]s\b")


def _with_possessive_head(text: str, chunk: list[Token], end: int) -> list[Token]:
    """The chunk with the head word that follows it with a possessive ("Special
    Administrative Region" + "Government" of "... Region Government's efforts"); a
    possessive inside a name ("People's Government") is no head and is left alone."""
    if not chunk:
        return chunk
    last = chunk[-1].end
    match = _POSSESSIVE_HEAD.match(text, last, end)
    if match is None or not wordlists.is_head(match.group(1), _heads()):
        return chunk
    return [*chunk, Token(match.group(1), match.start(1), match.end(1))]


@lru_cache(maxsize=4096)
def _chunk_org_spans(chunk: tuple[Token, ...]) -> tuple[Span, ...]:
    """The organisation names carved out of one name chunk: a function of its tokens
    alone, memoised (the same chunk is in many of the stretches a release is asked for)."""
    spans = []
    for segment in _split_chunk(list(chunk)):
        org = _carve(segment)
        if org:
            spans.append(Span(org[0].start, org[-1].end))
    return tuple(spans)


@cache
def _standalone_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])"))
                 for name in wordlists.standalone_orgs())


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept)


def _heads() -> frozenset[str]:
    return wordlists.org_heads()


def _is_head(tok: Token) -> bool:
    return tok.is_cap and wordlists.is_head(tok.text, _heads())


def _caps(segment: list[Token]) -> list[Token]:
    return [t for t in segment if t.is_cap]


def _starts_standalone(text_of: str) -> bool:
    return text_of.startswith(wordlists.standalone_orgs())


def _split_chunk(chunk: list[Token]) -> list[list[Token]]:
    """Split a run of names at list commas and "and"s that join two organisations."""
    segments: list[list[Token]] = []
    current: list[Token] = []
    for index, tok in enumerate(chunk):
        if tok.text in {",", "and"} and current:
            right = _right_part(chunk, index + 1)
            if _splits_here(current, right, tok.text, chunk[index + 1:]):
                segments.append(current)
                current = []
                continue
        current.append(tok)
    if current:
        segments.append(current)
    return segments


def _to_comma(toks: list[Token]) -> list[Token]:
    """The tokens up to the next comma: the rest of one name in a list."""
    end = next((i for i, t in enumerate(toks) if t.text == ","), len(toks))
    return toks[:end]


def _head_then_place(left: list[Token]) -> bool:
    """"Airport Authority Hong Kong": a name that ends in a place after its head word."""
    heads = [i for i, t in enumerate(left) if _is_head(t)]
    if not heads or heads[-1] == len(left) - 1:
        return False
    tail = " ".join(t.text for t in left[heads[-1] + 1:])
    return all(t.is_cap for t in left[heads[-1] + 1:]) and gazetteer.find(tail) is not None


def _right_part(chunk: list[Token], start: int) -> list[Token]:
    end = start
    while end < len(chunk) and chunk[end].text not in {",", "and"}:
        end += 1
    return chunk[start:end]


def _splits_here(left: list[Token], right: list[Token], joiner: str,
                 right_rest: list[Token]) -> bool:
    left_caps = _caps(left)
    if not left_caps or not right:
        return False
    last = left[-1]
    right_text = " ".join(t.text for t in right if t.text != "the")
    if _starts_standalone(right_text):
        return True
    posts = wordlists.post_heads() | wordlists.post_modifiers()
    first_right = next((t for t in right if t.text != "the"), None)
    if first_right is not None and first_right.text in posts and not _is_head(first_right):
        return True
    if last.is_cap and (is_acronym(last.text) and len(left_caps) == 1):
        return True
    if (_is_head(last) or _head_then_place(left)) and len(left_caps) >= 2 and (
            any(_is_head(t) for t in _to_comma(right_rest)) or right[0].text == "the"):
        return True
    right_caps = _caps(right)
    if right_caps and is_acronym(right_caps[0].text) and right[0].text == "the":
        return True
    if joiner == "and" and right[0].text == "the":
        return any(_is_head(t) for t in left) and any(_is_head(t) for t in right)
    return False


def _carve(segment: list[Token]) -> list[Token] | None:
    """The organisation name inside one segment, or None."""
    org = _carve_with_head(segment)
    return org if org is not None else polity(segment)


def polity(segment: list[Token]) -> list[Token] | None:
    """"Macao Special Administrative Region", "Macao SAR": a government by its territory."""
    words = [t.text for t in segment]
    for ending in wordlists.ordered("polity_endings.txt"):
        tail = ending.split()
        if len(words) > len(tail) and words[-len(tail):] == tail:
            start = len(words) - len(tail)
            while start > 0 and segment[start - 1].is_cap and segment[start - 1].text not in (
                    wordlists.post_heads() | wordlists.post_modifiers()):
                start -= 1
            if start < len(words) - len(tail):
                return segment[start:]
    return None


def _name_end(segment: list[Token], head: int) -> int:
    """Where the name that has its head word at ``head`` ends: before an honorific ("the
    Ministry of Foreign Affairs Mr Deng Li"), and before "in"/"on" followed by a date, a
    year or a place ("Ministry of Justice on Wednesday", "Legislative Council in 2016",
    "Ministry of Health in Beijing") rather than by more of a name; before a post
    followed by a person's name ("... of the State Council Deputy Director Huang Liuquan");
    and before a person's name that news style writes straight after the organisation,
    with no post ("the Director-General of the office's Department of Exchange Qian
    Yibing")."""
    honorifics = wordlists.honorifics()
    for index in range(head + 1, len(segment)):
        tok = segment[index]
        if tok.text in honorifics or _post_then_person(segment[index:]):
            return index
        if tok.text in {"in", "on"} and index + 1 < len(segment) and _names_a_time_or_place(
                segment[index + 1:], located=located_elsewhere(segment, index)):
            return index
    return head + 1 + person_at_end(segment[head + 1:])


def person_at_end(tail: list[Token]) -> int:
    """Where a person's name ending the words after a head word starts (their count when
    there is none): two or three name words after a capitalised word of the name or a
    bracketed short form, the first a romanised surname or the last a hyphenated given
    name ("Gao Yan", "Fu Ziying", "Kim Hyun-chong")."""
    surnames = wordlists.words("romanised_surnames.txt")
    for size in (3, 2):
        start = len(tail) - size
        if start < 1 or not (tail[start - 1].is_cap or tail[start - 1].text == ")"):
            continue
        words = tail[start:]
        if (words[0].text in surnames or "-" in words[-1].text[1:]) and all(
                titled_names.may_be_name(t, surnames) and not t.text.isupper() for t in words):
            return start
    return len(tail)


def _post_then_person(rest: list[Token]) -> bool:
    """"Deputy Director Huang Liuquan" ending a run of names: post words ending in a post
    head, then two or three capitalised words that are neither post nor head words (a
    person's name), then the end of the run or a lower-case word. "Chief Statistician" is
    not (no name follows), nor "Chief Information Officer" (a post word comes last)."""
    posts = wordlists.post_heads() | wordlists.post_modifiers()
    count = 0
    while count < len(rest) and rest[count].is_cap and rest[count].text in posts:
        count += 1
    if count == 0 or rest[count - 1].text not in wordlists.post_heads():
        return False
    end = count
    while end < len(rest) and rest[end].is_cap:
        end += 1
    name = rest[count:end]
    return 2 <= len(name) <= 3 and all(
        t.text not in posts and not _is_head(t) and not is_acronym(t.text)
        and not t.text[0].isdigit() for t in name)


def _located_heads() -> frozenset[str]:
    """"Economic and Trade Office in London", "Consulate General ... in Hong Kong": an
    organisation whose name says where it is."""
    return wordlists.words("located_org_heads.txt")


def located_elsewhere(segment: list[Token], at: int) -> bool:
    """Whether the "in" at ``at`` may say where the organisation is: its name ends in a
    head of a located organisation ("Economic and Trade Office in London") and does not
    already name the place after "in" ("Shanghai Municipal ... Bureau in Shanghai": the
    place is the meeting's)."""
    if segment[at - 1].text not in _located_heads():
        return False
    place = [t.text for t in segment[at + 1:] if t.is_cap]
    return not names_the_place(place, [t.text for t in segment[:at]])


def names_the_place(place: list[str], name: list[str]) -> bool:
    """Whether the words of an organisation's name hold the words of a place, in order
    ("Shanghai Municipal Civil Affairs Bureau" holds "Shanghai")."""
    return bool(place) and any(name[i:i + len(place)] == place
                               for i in range(len(name) - len(place) + 1))


def _names_a_time_or_place(rest: list[Token], located: bool) -> bool:
    words = [t.text for t in rest if t.is_cap]
    if not words or words[0] != rest[0].text:
        return False
    if words[0].isdigit() or words[0].lower() in MONTHS or words[0].lower() in WEEKDAYS:
        return True
    return not located and gazetteer.find(" ".join(words)) is not None


def _carve_with_head(segment: list[Token]) -> list[Token] | None:
    for s, tok in enumerate(segment):
        if not tok.is_cap:
            continue
        if s > 0 and segment[s - 1].text == "for":
            continue
        org = _org_from(segment, s)
        if org is not None:
            return org
    return None


def _and_before_head(segment: list[Token], start: int) -> bool:
    """Whether "and" comes before the next head word from ``start``: a comma inside a
    name lists its words ("Fisheries, Forestry and Parks Department")."""
    for tok in segment[start:]:
        if tok.text == "and":
            return True
        if _is_head(tok) or tok.text == ",":
            return False
    return False


def _without_unlisted_comma(org: list[Token], head: int) -> list[Token]:
    """The name cut at a comma after its head word that no later "and" or "&" makes part
    of a list of its words ("Department of Health of Macao, Hong Kong's ..." ends at
    "Macao", "Ministry of Public Security, Mr ..." at "Security"; "Department for
    Environment, Food and Rural Affairs" keeps its comma, as a name written with one
    does)."""
    for index in range(head + 1, len(org)):
        if org[index].text == "," and not any(t.text in {"and", "&"} for t in org[index + 1:]) \
                and not _inside_comma_name(org, index):
            return org[:index]
    return org


def _inside_comma_name(org: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` is inside a name written with one ("Hong Kong, China",
    ``data/comma_names.txt``)."""
    for name in wordlists.ordered("comma_names.txt"):
        before, _, after = (part.strip() for part in name.partition(","))
        size_before, size_after = len(before.split()), len(after.split())
        left = " ".join(t.text for t in org[max(0, comma - size_before):comma])
        right = " ".join(t.text for t in org[comma + 1:comma + 1 + size_after])
        if left.endswith(before) and right.startswith(after):
            return True
    return False


def _org_from(segment: list[Token], s: int) -> list[Token] | None:
    head = None
    for j in range(s, len(segment)):
        tok = segment[j]
        if _is_head(tok):
            head = j
            break
        if tok.text in {"of", "for", "on", "in"}:
            return None
        if tok.text == "," and not _and_before_head(segment, j + 1):
            return None  # "Minister of State, Home Office": the comma ends a post
        if tok.text == "the" and (j == s or segment[j - 1].text != "and"):
            return None
        if tok.text == "and" and j + 1 < len(segment) and segment[j + 1].text == "the" \
                and gazetteer.find(" ".join(t.text for t in segment[s:j])) is not None:
            return None  # "Hong Kong and the Association of ...": a place, then a name
    if head is None:
        return None
    end = _name_end(segment, head)
    while end > head and not segment[end - 1].is_cap:
        end -= 1
    org = segment[s:end]
    org = _without_unlisted_comma(org, head - s)
    # after the last head word, further capitalised words need "of"/"on"/"in" before them
    last_head = max(i for i, t in enumerate(org) if _is_head(t))
    tail = org[last_head + 1:]
    # "Government House", "Central Government Offices": a head word followed by another
    # name word is part of a longer name of something else (unless inside a complement)
    if tail and tail[0].is_cap and not any(t.text in _COMPLEMENT for t in org[:last_head + 1]):
        places = wordlists.words("place_words.txt")
        carried = tail[0].text in wordlists.words("name_prepositions.txt")
        if not carried and not all(t.text in places for t in tail if t.is_word):
            return None
    caps = _caps(org)
    if len(caps) == 1 and _is_head(caps[0]):
        return None
    if org[-1].text in wordlists.words("building_words.txt"):
        return None  # "Chamber of the Legislative Council Building": a building
    if all(t.text in wordlists.post_heads() | wordlists.post_modifiers() | _heads() for t in caps):
        if not any(t.text in _COMPLEMENT for t in org):
            return None
    return org
