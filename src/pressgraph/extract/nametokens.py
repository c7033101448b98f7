"""Shared machinery for English names: tokens, sentences and runs of capitalised words.

A *name chunk* is a run of capitalised words joined by the small words names use
("of", "and", "the", "for", "on", "in", "&", hyphens, a comma before another capitalised
word, a bracketed abbreviation followed by more of the name). Organisation names and
post titles are carved out of chunks by the rules in ``organisations`` and ``people``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from pressgraph.extract import wordlists
from pressgraph.model import ParsedRelease, Span

_WORD_OR_MARK = r"[^\W_](?:[\w&/’'\-]*[^\W_])?['’]?|[^\s\w]"
CONNECTORS = frozenset({"of", "and", "the", "for", "on", "in", "&", "de", "du", "des"})
DETERMINERS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "Their",
                         "His", "Her", "Our", "Both", "Each", "All", "Some", "Any"})
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘(]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark of a text, with its offsets.

    ``is_word`` (starts with a letter or digit) and ``is_cap`` (a capitalised word that
    can be part of a name, not a sentence-initial "The") are computed once, when the
    token is made: the name rules ask them of every token many times.
    """

    text: str
    start: int
    end: int
    is_word: bool = field(init=False, repr=False, compare=False)
    is_cap: bool = field(init=False, repr=False, compare=False)
    possessive: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        text = self.text
        first = text[0]
        word = first.isalnum()
        object.__setattr__(self, "is_word", word)
        object.__setattr__(self, "is_cap", word and (first.isupper() or first.isdigit())
                           and text not in DETERMINERS)
        object.__setattr__(self, "possessive", text.endswith(("'s", "’s")) and len(text) > 2)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    A long text (a release) is tokenised once; a stretch of it is then a slice of its
    tokens. The pattern looks neither behind nor ahead, so tokenising the stretch alone
    gives the same tokens, unless a boundary cuts a token: then it is tokenised alone.
    """
    end = len(text) if end is None else end
    if len(text) < _INDEXED_LENGTH or start >= end:
        return _tokenise(text, start, end)
    toks, starts, ends = _token_index(text)
    first = bisect_left(starts, start)
    stop = bisect_right(ends, end, first)
    if (first > 0 and ends[first - 1] > start) or (stop < len(toks) and starts[stop] < end):
        return _tokenise(text, start, end)  # a boundary cuts a token
    return toks[first:stop]


# Texts at least this long are tokenised once and sliced (see ``tokens``).
_INDEXED_LENGTH = 400


def _tokenise(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), start + m.start(), start + m.end())
            for m in _token_pattern().finditer(text[start:end])]


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    """Words and marks; an honorific written with a full stop ("Mr.", "Dr.") is one token,
    so that it reads as the honorific does without one."""
    dotted = "|".join(re.escape(h)
                      for h in sorted(wordlists.honorifics(), key=lambda h: (-len(h), h)))
    return re.compile(rf"\b(?:{dotted})\.(?=\s)|{_WORD_OR_MARK}", re.UNICODE)


@lru_cache(maxsize=1)
def _dotted_honorific_end() -> re.Pattern[str]:
    """The end of a stretch that stops at an honorific's full stop ("... by Mr.")."""
    names = "|".join(re.escape(h) for h in sorted(wordlists.honorifics()))
    return re.compile(rf"\b(?:{names})\.$")


@lru_cache(maxsize=4)
def _token_index(text: str) -> tuple[list[Token], list[int], list[int]]:
    toks = _tokenise(text, 0, len(text))
    return toks, [t.start for t in toks], [t.end for t in toks]


_MEMO: tuple[ParsedRelease | None, dict] = (None, {})


def release_memo(release: ParsedRelease) -> dict:
    """A dictionary for memoising pure functions of one release (and a span of it).

    The finders ask the same questions of a release many times (each meeting's region,
    each sentence, the back-references of each); the answers are kept while the same
    release is being extracted, and dropped when the next one comes. The release is
    compared by identity and held, so its id cannot be reused while it is remembered.
    """
    global _MEMO
    owner, memo = _MEMO
    if owner is not release:
        memo = {}
        _MEMO = (release, memo)
    return memo


def sentences(release: ParsedRelease, region: Span) -> list[Span]:
    """Sentence spans of the body blocks that overlap ``region`` (clipped to it)."""
    memo = release_memo(release)
    key = ("sentences", region.start, region.end)
    if key not in memo:
        memo[key] = _sentences(release, region)
    return list(memo[key])


def _sentences(release: ParsedRelease, region: Span) -> list[Span]:
    found: list[Span] = []
    for block in release.blocks:
        start, end = max(block.span.start, region.start), min(block.span.end, region.end)
        if start >= end:
            continue
        text = release.text[start:end]
        offset = 0
        for match in _SENTENCE_END.finditer(text):
            if _dotted_honorific_end().search(text, 0, match.start()):
                continue  # "co-convened by Mr. Joshua Law": no sentence ends at "Mr."
            found.append(Span(start + offset, start + match.start()))
            offset = match.end()
        if offset < len(text):
            found.append(Span(start + offset, end))
    return found


def body_region(release: ParsedRelease) -> Span:
    """From the first body block to the end of the last one."""
    if not release.blocks:
        return Span(0, 0)
    return Span(release.blocks[0].span.start, release.blocks[-1].span.end)


def is_honorific_at(toks: list[Token], i: int) -> bool:
    """An honorific followed by a capitalised word ("Mr Wong"), or a rank printed in its
    place ("Chief Constable Ann Smith")."""
    return (toks[i].text in _honorifics() and i + 1 < len(toks)
            and toks[i + 1].is_cap and toks[i + 1].start - toks[i].end <= 1
            and not _begins_post(toks, i)) or (rank_end(toks, i) is not None)


def _begins_post(toks: list[Token], i: int) -> bool:
    """An honorific that is the first word of a post: "Lord" before "Mayor"."""
    return toks[i].text in wordlists.words("post_honorifics.txt") and wordlists.is_head(
        toks[i + 1].text, wordlists.post_heads())


@lru_cache(maxsize=1)
def _ranks_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The ranks of ``data/rank_titles.txt`` as word sequences, longest first, under their
    first word: a token that starts no rank is passed over in one look-up."""
    ranks = sorted({tuple(line.split()) for line in wordlists.words("rank_titles.txt")},
                   key=lambda r: (-len(r), r))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for rank in ranks:
        by_first.setdefault(rank[0], []).append(rank)
    return {word: tuple(group) for word, group in by_first.items()}


def rank_end(toks: list[Token], i: int) -> int | None:
    """The index of the last word of a rank that starts at ``toks[i]`` and that a
    capitalised word follows ("Major General Li"), else ``None``."""
    for rank in _ranks_by_first_word().get(toks[i].text, ()):
        after = i + len(rank)
        if after >= len(toks) or not toks[after].is_cap:
            continue
        words = toks[i:after + 1]
        if all(t.text == w for t, w in zip(words, rank, strict=False)) and all(
                b.start - a.end <= 1 for a, b in zip(words, words[1:], strict=False)):
            return after - 1
    return None


def is_acronym(word: str) -> bool:
    """Looks like an abbreviation: a capital, then more capitals ("DPO", "LegCo", "I&T", "VOCs")."""
    return (len(word) >= 2 and word[0].isupper()
            and sum(1 for ch in word if ch.isupper()) >= 2 and " " not in word)


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """The honorifics, also as written with a full stop ("Mr.")."""
    plain = wordlists.honorifics()
    return plain | frozenset(f"{h}." for h in plain)


def bracket_group(toks: list[Token], i: int) -> int | None:
    """If ``toks[i]`` opens "(ABBR)", the index of the closing bracket."""
    if toks[i].text != "(":
        return None
    j = i + 1
    while j < len(toks) and j - i <= 10 and toks[j].text != ")":
        if toks[j].text in "(;.":
            return None
        j += 1
    if j < len(toks) and toks[j].text == ")" and j > i + 1:
        return j
    return None


def name_chunks(text: str, start: int, end: int,
                extra_connectors: frozenset[str] = frozenset(),
                title_brackets: bool = False) -> list[list[Token]]:
    """Maximal runs of name words in ``text[start:end]``.

    Commas join only when another capitalised word follows (and no honorific);
    a bracketed abbreviation joins when the name goes on after it ("(HKSAR) Government").
    A possessive ("Hong Kong's") ends a chunk unless it is a name-internal one ("People's").
    """
    toks = tokens(text, start, end)
    count = len(toks)
    honorifics = _honorifics()
    possessives = wordlists.name_possessives()
    chunks: list[list[Token]] = []
    current: list[Token] = []
    i = 0
    while i < count:
        tok = toks[i]
        word = tok.text
        if (word in honorifics and i + 1 < count and toks[i + 1].is_cap
                and toks[i + 1].start - tok.end <= 1):  # is_honorific_at(toks, i)
            _close(current, chunks)
            current = []
            i += 1
            while i < count and toks[i].is_cap:  # the person's name is not an organisation
                i += 1
            continue
        if tok.is_cap:
            if tok.possessive and word not in possessives:
                _close(current, chunks)
                current = []
                i += 1
                continue
            current.append(tok)
        elif not current:
            pass  # nothing to join or to close
        elif word in CONNECTORS or word in extra_connectors:
            current.append(tok)
        elif word in _DASHES and i + 1 < count and toks[i + 1].is_cap:
            current.append(tok)
        elif (word == "," and i + 1 < count and toks[i + 1].is_cap
              and not is_honorific_at(toks, i + 1)):
            current.append(tok)
        elif word == "(":
            close_at = bracket_group(toks, i)
            inner = toks[i + 1:close_at] if close_at is not None else []
            joins = close_at == i + 2 and is_acronym(toks[i + 1].text)
            if title_brackets and inner:  # "Waste Disposal (Charging for ...) Ordinance"
                joins = joins or (inner[0].is_cap and all(
                    t.is_cap or t.text in CONNECTORS for t in inner))
            follows = close_at is not None and close_at + 1 < count and (
                toks[close_at + 1].is_cap or title_brackets and toks[close_at + 1].text == "(")
            if follows and joins and toks[close_at + 1].start - toks[close_at].end <= 1:
                current.extend(toks[i:close_at + 1])
                i = close_at + 1
                continue
            _close(current, chunks)
            current = []
        else:
            _close(current, chunks)
            current = []
        i += 1
    _close(current, chunks)
    return chunks


_DASHES = frozenset({"-", "–"})


def _close(current: list[Token], chunks: list[list[Token]]) -> None:
    """End the chunk being built: without connectors at its ends, if any word is left."""
    while current and not current[-1].is_cap:
        current.pop()
    while current and not current[0].is_cap:
        current.pop(0)
    if current:
        chunks.append(current)


def chunk_text(text: str, chunk: list[Token]) -> str:
    return text[chunk[0].start:chunk[-1].end]


def normalise(name: str) -> str:
    """Comparison key for names: case, spacing, punctuation, a leading "the", & = and."""
    name = name.replace("&", " and ").replace("’", "'")
    name = re.sub(r"\([^)]*\)", " ", name)
    name = re.sub(r"[^\w\s]", " ", name.lower())
    name = re.sub(r"^\s*the\s+", "", name)
    return " ".join(name.split())
