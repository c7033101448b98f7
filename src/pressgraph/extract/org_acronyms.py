"""Short forms an English release defines in brackets: "Development Bureau (DEVB)",
"(the Committee)", "innovation and technology (I&T)". The expansion is chosen by matching
the short form's capitals against the initials of the words before the bracket."""

from __future__ import annotations

import re

from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import (
    Token,
    body_region,
    is_acronym,
    name_chunks,
    sentences,
    tokens,
)
from pressgraph.model import AcronymDefinition, ParsedRelease, Span

_BRACKET = re.compile(r"\(([^()\n]{1,60})\)")


def find_acronyms(release: ParsedRelease) -> tuple[AcronymDefinition, ...]:
    """Every abbreviation or short form the text defines in brackets, in text order."""
    found: list[AcronymDefinition] = []
    seen: set[str] = set()
    region = body_region(release)
    text = release.text
    for sentence in sentences(release, region):
        for match in _BRACKET.finditer(text, sentence.start, sentence.end):
            short = match.group(1).strip()
            if not _looks_like_short_form(short) or short in seen:
                continue
            expansion = _expansion(text, sentence.start, match.start(), short)
            if expansion:
                seen.add(short)
                found.append(AcronymDefinition(short, expansion, Span(match.start(), match.end())))
    return tuple(found)


def _looks_like_short_form(short: str) -> bool:
    """"(DPO)", "(I&T)", "(the Meeting)", "(Qianhai Authority)"; not "(May 6)",
    "(2008-2020)", "(a)", "(London time)" or "(www.example.gov.hk)"."""
    parts = short.split()
    if not parts or len(parts) > 4 or any(ch in short for ch in "@./"):
        return False
    if any(ch.isdigit() for ch in short) and not is_acronym(parts[0]):
        return False
    if parts[0] == "the":
        return len(parts) > 1 and all(p[0].isupper() for p in parts[1:])
    if len(parts) == 1:
        return is_acronym(parts[0])
    if not all(p[0].isupper() for p in parts):
        return False
    # a name, not a heading in capitals: at least one ordinary capitalised word
    return any(re.search(r"[A-Z][a-z]", p) for p in parts)


def _expansion(text: str, floor: int, bracket: int, short: str) -> str | None:
    chunks = name_chunks(text, floor, bracket)
    chunk = chunks[-1] if chunks and not text[chunks[-1][-1].end:bracket].strip() else None
    parts = short.split()
    if parts[0] == "the":
        return _expansion_of_short_name(text, chunk, parts[1:])
    if chunk is not None:
        best = _best_candidate(text, chunk, parts)
        if best:
            return best
    if len(parts) == 1:
        return _lowercase_expansion(text, floor, bracket, parts[0])
    return None


def _candidates(chunk: list[Token]) -> list[list[Token]]:
    return [chunk[i:] for i, tok in enumerate(chunk) if tok.is_cap]


def _expansion_of_short_name(text: str, chunk: list[Token] | None, words: list[str]) -> str | None:
    """"(the Committee)": the longest name before the bracket containing those words,
    not starting with a post ("Chairman of the ...")."""
    if chunk is None:
        return None
    posts = wordlists.post_heads() | wordlists.post_modifiers()
    best = None
    for cand in _candidates(chunk):
        cand_words = {t.text for t in cand}
        if not all(w in cand_words for w in words) or cand[0].text in posts:
            continue
        if best is None or len(cand) > len(best):
            best = cand
    return text[best[0].start:best[-1].end] if best else None


def _initials(tok: Token) -> list[str]:
    letters = []
    for part in re.split(r"[-/]", tok.text):
        if part and part[0].isupper():
            letters.append(part[0])
    return letters


def _best_candidate(text: str, chunk: list[Token], parts: list[str]) -> str | None:
    """Choose where the expansion starts by matching the abbreviation's capitals against
    the initials of the words; place words in front ("Hong Kong ...") cost nothing."""
    acronym_letters: list[str] = []
    words: list[str] = []
    for part in parts:
        if is_acronym(part):
            acronym_letters.extend(ch for ch in part if ch.isupper())
        else:
            words.append(part)
    places = wordlists.words("place_words.txt")
    posts = wordlists.post_heads() | wordlists.post_modifiers()
    best: tuple[float, int, list[Token]] | None = None
    for cand in _candidates(chunk):
        if cand[0].text[0].isdigit():
            continue
        remaining = list(acronym_letters)
        extras = 0
        place_initials: list[str] = []
        present = {t.text for t in cand}
        for tok in cand:
            if not tok.is_cap or tok.text in words:
                continue
            for letter in _initials(tok):
                if tok.text in places or any(p in places for p in re.split(r"[-/]", tok.text)):
                    place_initials.append(letter)
                elif letter in remaining:
                    remaining.remove(letter)
                else:
                    extras += 1
        for letter in place_initials:
            if letter in remaining:
                remaining.remove(letter)
        matched = len(acronym_letters) - len(remaining)
        score = matched - extras
        score += sum(2 if w in present else -3 for w in words)
        if cand[0].text in posts:
            score -= 2
        if matched == 0 and not any(w in present for w in words):
            continue
        key = (score, len(cand))
        if best is None or key > (best[0], best[1]):
            best = (score, len(cand), cand)
    if best is None:
        return None
    cand = _extend_hyphenated(chunk, best[2])
    return text[cand[0].start:cand[-1].end]


def _extend_hyphenated(chunk: list[Token], cand: list[Token]) -> list[Token]:
    """Take in hyphenated place compounds in front ("Guangdong-Hong Kong-Macao")."""
    start = len(chunk) - len(cand)
    places = wordlists.multiword_places()
    while start > 0:
        prev = chunk[start - 1]
        if not prev.is_cap:
            break
        first = chunk[start]
        joined = f"{prev.text} {first.text.split('-')[0]}"
        if "-" in prev.text or ("-" in first.text and any(p == joined for p in places)):
            start -= 1
            continue
        break
    return chunk[start:]


def _lowercase_expansion(text: str, floor: int, bracket: int, short: str) -> str | None:
    """"innovation and technology (I&T)": match the capitals against initials of the
    lowercase words just before the bracket."""
    letters = [ch.lower() for ch in short if ch.isupper()]
    toks = [t for t in tokens(text, floor, bracket) if t.is_word]
    index = len(toks) - 1
    first = None
    for letter in reversed(letters):
        while index >= 0 and toks[index].text in {"and", "of", "the", "&"}:
            index -= 1
        if index < 0 or toks[index].text[0].lower() != letter:
            return None
        first = toks[index]
        index -= 1
    if first is None:
        return None
    return text[first.start:toks[-1].end]
