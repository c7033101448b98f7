"""Organisations in English releases: acronyms defined in brackets, agencies named in a
region of text, and the participants of a meeting grouped by side.

An organisation name is carved out of a run of capitalised words (see ``names``): it
ends in a head word from ``data/org_heads.txt`` ("Marine Department") or goes on from a
head word with "of"/"on"/"in" ("Department of Justice"). Words in front of the head may
be joined by "and" or commas ("Agriculture, Fisheries and Conservation Department") but
not by "of"/"for" — so "Head of the Central Policy Unit" yields "Central Policy Unit".

Participants are read from the text; the registry is asked only what it knows for certain:
which organisation a post is in, and the side of an organisation it lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from pressgraph import registry
from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import (
    Token,
    body_region,
    is_acronym,
    name_chunks,
    normalise,
    release_memo,
    sentences,
    tokens,
)
from pressgraph.model import (
    AcronymDefinition,
    OrganisationMention,
    ParsedRelease,
    PersonMention,
    Side,
    Span,
)
from pressgraph.parse import MONTHS, WEEKDAYS
from pressgraph.registry import gazetteer

_BRACKET = re.compile(r"\(([^()\n]{1,60})\)")
_COMPLEMENT = frozenset({"of", "on", "in"})
_SIDES = frozenset({"HKSAR", "Mainland", "Macao", "overseas", "non-government"})


# --------------------------------------------------------------------------- acronyms


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


# --------------------------------------------------------------------------- names


@dataclass
class _Found:
    """An organisation being assembled from its mentions."""

    key: str
    names: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name)
    surfaces: list[tuple[int, str]] = field(default_factory=list)  # (offset, verbatim form)
    acronym: str | None = None


def org_spans(text: str, start: int, end: int) -> list[Span]:
    """Spans of organisation names (with a head word, or listed as standalone)."""
    return list(_org_spans(text, start, end))


@lru_cache(maxsize=2048)
def _org_spans(text: str, start: int, end: int) -> tuple[Span, ...]:
    """The work of :func:`org_spans`, memoised: a release's meetings ask for the same
    stretches of text many times (participants, back-references, sides)."""
    spans: list[Span] = []
    for chunk in name_chunks(text, start, end):
        spans.extend(_chunk_org_spans(tuple(chunk)))
    stretch = text[start:end]
    for name, pattern in _standalone_patterns():
        if name in stretch:
            for match in pattern.finditer(stretch):
                spans.append(Span(start + match.start(), start + match.end()))
    return tuple(_without_overlaps(spans))


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
    return org if org is not None else _polity(segment)


def _polity(segment: list[Token]) -> list[Token] | None:
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
    "Ministry of Health in Beijing") rather than by more of a name."""
    honorifics = wordlists.honorifics()
    for index in range(head + 1, len(segment)):
        tok = segment[index]
        if tok.text in honorifics:
            return index
        if tok.text in {"in", "on"} and index + 1 < len(segment) and _names_a_time_or_place(
                segment[index + 1:], located=segment[index - 1].text in _located_heads()):
            return index
    return len(segment)


def _located_heads() -> frozenset[str]:
    """"Economic and Trade Office in London", "Consulate General ... in Hong Kong": an
    organisation whose name says where it is."""
    return wordlists.words("located_org_heads.txt")


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


def _org_from(segment: list[Token], s: int) -> list[Token] | None:
    head = None
    for j in range(s, len(segment)):
        tok = segment[j]
        if _is_head(tok):
            head = j
            break
        if tok.text in {"of", "for", "on", "in"}:
            return None
        if tok.text == "the" and (j == s or segment[j - 1].text != "and"):
            return None
    if head is None:
        return None
    end = _name_end(segment, head)
    while end > head and not segment[end - 1].is_cap:
        end -= 1
    org = segment[s:end]
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
    if all(t.text in wordlists.post_heads() | wordlists.post_modifiers() | _heads() for t in caps):
        if not any(t.text in _COMPLEMENT for t in org):
            return None
    return org


# --------------------------------------------------------------------------- organisations


def find_organisations(release: ParsedRelease, region: Span,
                       acronyms: tuple[AcronymDefinition, ...]) -> tuple[OrganisationMention, ...]:
    """Organisations named inside ``region``, each once, acronyms resolved."""
    return tuple(mention for mention, _ in _organisations_with_spans(release, region, acronyms))


def _org_acronyms(acronyms: tuple[AcronymDefinition, ...]) -> dict[str, AcronymDefinition]:
    """Abbreviations whose expansion is an organisation name."""
    out: dict[str, AcronymDefinition] = {}
    for acronym in acronyms:
        spans = org_spans(acronym.expansion, 0, len(acronym.expansion))
        if spans and spans[0].start == 0 and spans[0].end == len(acronym.expansion):
            out[acronym.short] = acronym
    return out


def _expand_acronyms(name: str, acronyms: tuple[AcronymDefinition, ...]) -> str:
    for acronym in acronyms:
        if is_acronym(acronym.short) and " " not in acronym.short:
            name = re.sub(rf"(?<![\w-]){re.escape(acronym.short)}(?![\w-])", acronym.expansion,
                          name)
    return name


def _polity_key(key: str) -> str:
    """The key of a government by its territory, however it is written."""
    key = re.sub(r"\bsar\b", "special administrative region", key)
    if "special administrative region" in key:
        key = re.sub(r"^government of (?:the )?", "", key)
        key = re.sub(r" government$", "", key)
    return key


@lru_cache(maxsize=8192)
def _alias_key(name: str, acronyms: tuple[AcronymDefinition, ...] = ()) -> str:
    """The comparison key of an organisation's name (abbreviations expanded, aliases and
    the ways of writing a government by its territory made one); memoised, as every
    stretch of a release asks it of the same names."""
    key = normalise(_expand_acronyms(name, acronyms))
    key = _polity_key(re.sub(r"\b(\w+) \1\b", r"\1", key))
    for first, second in wordlists.org_aliases():
        if key == normalise(second):
            return normalise(first)
    # "People's Government of X Province/Municipality" = "X Provincial/Municipal Government"
    match = re.fullmatch(r"people s government of (.+) (province|municipality)", key)
    if match:
        adjective = "provincial" if match.group(2) == "province" else "municipal"
        return f"{match.group(1)} {adjective} government"
    return key


def _organisations_with_spans(release: ParsedRelease, region: Span,
                              acronyms: tuple[AcronymDefinition, ...],
                              ) -> list[tuple[OrganisationMention, list[Span]]]:
    """The organisations of ``region`` with the spans of all their mentions; memoised per
    release (each meeting asks it of the sentences outside its own region)."""
    memo = release_memo(release)
    key = ("organisations", region.start, region.end, acronyms)
    if key not in memo:
        memo[key] = tuple((mention, tuple(spans)) for mention, spans
                          in _find_organisations_with_spans(release, region, acronyms))
    return [(mention, list(spans)) for mention, spans in memo[key]]


def _find_organisations_with_spans(release: ParsedRelease, region: Span,
                                   acronyms: tuple[AcronymDefinition, ...],
                                   ) -> list[tuple[OrganisationMention, list[Span]]]:
    text = release.text
    by_acronym = _org_acronyms(acronyms)
    found: dict[str, _Found] = {}
    spans_of: dict[str, list[Span]] = {}
    order: list[str] = []

    def add(key: str, offset: int, end: int, surface: str, full: str,
            acronym: str | None = None) -> None:
        if key not in found:
            found[key] = _Found(key)
            spans_of[key] = []
            order.append(key)
        entry = found[key]
        entry.names.append((offset, full))
        entry.surfaces.append((offset, surface))
        spans_of[key].append(Span(offset, end))
        if acronym:
            entry.acronym = acronym

    expansion_keys = {_alias_key(a.expansion, acronyms): a.short for a in by_acronym.values()}
    for span in org_spans(text, region.start, region.end):
        surface = text[span.start:span.end]
        key = _alias_key(by_acronym[surface].expansion if surface in by_acronym else surface,
                         acronyms)
        owner = _owner_of_sub_unit(text, span, found)
        full = surface
        inner = _inside_body(surface)
        if inner is not None:
            start = span.end - len(inner)
            add(_alias_key(inner, acronyms), start, span.end, inner, inner)
            continue
        if owner is not None:
            key, full = owner, ""  # a unit is a surface form of its owner, never its name
        else:
            key = _short_form_of(surface, key, found) or key
        add(key, span.start, span.end, surface, full, expansion_keys.get(key))
    for short, acronym in by_acronym.items():
        pattern = rf"(?<![\w-]){re.escape(short)}(?![\w-])"
        for match in re.finditer(pattern, text[region.start:region.end]):
            start = region.start + match.start()
            if any(o <= start < o + len(f) for entry in found.values() for o, f in entry.surfaces
                   if f != short):
                continue
            add(_alias_key(acronym.expansion, acronyms), start, start + len(short), short,
                acronym.expansion, short)
    for start, end, portfolio, name in _portfolio_organisations(text, region):
        add(_alias_key(name, acronyms), start, end, portfolio, name)
    _add_back_references(release, region, found, add)
    _merge_units_of_known(found, spans_of, order)
    result: list[tuple[OrganisationMention, list[Span]]] = []
    for key in sorted(order, key=lambda k: min(o for o, _ in found[k].surfaces)):
        entry = found[key]
        surfaces: list[str] = []
        for _, surface in sorted(entry.surfaces):
            if surface not in surfaces:
                surfaces.append(surface)
        full_names = [n for _, n in entry.names
                      if n and not is_acronym(n) and not n.startswith("the ")]
        name = max(full_names, key=len) if full_names else surfaces[0]
        if name and name not in surfaces:
            surfaces.append(name)
        if entry.acronym and entry.acronym not in surfaces:
            surfaces.append(entry.acronym)
        bare = _without_territory(name, acronyms)
        if bare and bare not in surfaces:
            surfaces.append(bare)
        first = min(spans_of[key])
        result.append((OrganisationMention(name=name, span=first, acronym=entry.acronym,
                                           mentions=tuple(surfaces)), spans_of[key]))
    return result


def _merge_units_of_known(found: dict[str, _Found], spans_of: dict[str, list[Span]],
                          order: list[str]) -> None:
    """"Department of International Cooperation of the Ministry of Natural Resources" when
    the Ministry is named on its own too: a unit of it, one organisation."""
    names = {key: [n for _, n in entry.names if n] for key, entry in found.items()}
    for key in list(order):
        for name in names.get(key, []):
            owner = next((other for other, other_names in names.items() if other != key
                          and other in found and any(name.endswith(" of the " + n)
                                                     for n in other_names)), None)
            if owner is None:
                continue
            entry = found.pop(key)
            target = found[owner]
            target.surfaces.extend(entry.surfaces)
            target.names.extend((o, "") for o, _ in entry.names)
            spans_of[owner].extend(spans_of.pop(key))
            order.remove(key)
            break


def _without_territory(name: str, acronyms: tuple[AcronymDefinition, ...]) -> str | None:
    """"Unitary Police Service of the MSAR" is also written "Unitary Police Service"."""
    match = re.fullmatch(r"(.+?) (?:of|in) the (\S+(?: \S+){0,4})", name)
    if not match:
        return None
    territory = _expand_acronyms(match.group(2), acronyms)
    if _polity(tokens(territory)) is None:
        return None
    head = match.group(1).split()[-1]
    return match.group(1) if wordlists.is_head(head, _heads()) else None


def _owner_of_sub_unit(text: str, span: Span, found: dict[str, _Found]) -> str | None:
    """"its Department of Foreign Assistance": a unit of the organisation named just before."""
    before = text[max(0, span.start - 200):span.start]
    where = _where_clause_start(before)
    if not before.endswith("its ") and where is None:
        return None
    floor = span.start - (len(before) - where) if where is not None and not before.endswith(
        "its ") else 0
    best = None
    for key, entry in found.items():
        for offset, _ in entry.surfaces:
            if floor <= offset < span.start and (best is None or offset > best[0]):
                best = (offset, key)
    return best[1] if best else None


_WHERE = ", where "


def _where_clause_start(before: str) -> int | None:
    """Where the clause ending in ", where ..." that runs to the end of ``before`` starts
    (after the last "." or ";" before it): what ``re.search(r"([^.;]*), where [^.;,]*$",
    before).start(1)`` gives, without the regular expression's backtracking over every
    starting position."""
    at = before.rfind(_WHERE)
    if at < 0 or any(ch in ".;," for ch in before[at + len(_WHERE):]):
        return None
    return max(before.rfind(".", 0, at), before.rfind(";", 0, at)) + 1


def _inside_body(surface: str) -> str | None:
    """"Standing Committee of the CPC Guangdong Provincial Committee" -> the CPC committee."""
    for head in wordlists.ordered("sub_body_heads.txt"):
        prefix = f"{head} of the "
        if surface.startswith(prefix) and len(surface) > len(prefix):
            return surface[len(prefix):]
    return None


def _short_form_of(surface: str, key: str, found: dict[str, _Found]) -> str | None:
    """"Research Group" after "... Strategic Development Research Group": the same body."""
    words = surface.split()
    body_like = set(wordlists.ordered("body_heads.txt")) | set(
        wordlists.ordered("short_form_heads.txt"))
    if key in found or len(words) > 3 or words[-1] not in body_like:
        return None
    for other_key, entry in found.items():
        for _, name in entry.names:
            name_words = name.split()
            if len(name_words) > len(words) and all(w in name_words for w in words):
                return other_key
    return None


@cache
def _portfolio_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(row[0]), row[1])
                 for row in wordlists.rows("post_organisations.tsv") if len(row) >= 2)


def _portfolio_organisations(text: str, region: Span) -> list[tuple[int, int, str, str]]:
    """"Vice Minister of Water Resources" -> the Ministry of Water Resources."""
    out = []
    for pattern, template in _portfolio_rules():
        for match in pattern.finditer(text, region.start, region.end):
            portfolio = match.group(1)
            posts = wordlists.post_heads() | wordlists.post_modifiers()
            words = portfolio.split(" and ")
            for index in range(1, len(words)):
                if words[index].split()[0] in posts:
                    portfolio = " and ".join(words[:index])
                    break
            out.append((match.start(1), match.start(1) + len(portfolio), portfolio,
                        template.format(portfolio)))
    return out


_BACK_REFERENCE = re.compile(r"\b[Tt]he ((?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*)\b")


def _add_back_references(release: ParsedRelease, region: Span, found: dict[str, _Found],
                         add) -> None:  # type: ignore[no-untyped-def]
    """"the Commission", "the Observatory": a head word (with a word or two before it)
    whose words all belong to an organisation named earlier in the release."""
    text = release.text
    earlier: list[Span] | None = None  # asked only when a head word is back-referenced
    for match in _BACK_REFERENCE.finditer(text, region.start, region.end):
        words = match.group(1).split()
        if not wordlists.is_head(words[-1], _heads()):
            continue
        if earlier is None:
            earlier = org_spans(text, body_region(release).start, region.end)
        if any(s.start <= match.start(1) and match.end(1) <= s.end for s in earlier):
            continue
        target = None
        for span in reversed([s for s in earlier if s.end <= match.start()]):
            name_words = text[span.start:span.end].split()
            if len(name_words) > len(words) and all(w in name_words for w in words):
                target = text[span.start:span.end]
                break
        if target is not None:
            add(_alias_key(target), match.start(), match.end(), match.group(0), target)


# --------------------------------------------------------------------------- participants


def find_participants(release: ParsedRelease, region: Span,
                      acronyms: tuple[AcronymDefinition, ...],
                      people: tuple[PersonMention, ...] = (),
                      body: str | None = None) -> tuple[OrganisationMention, ...]:
    """Organisations represented at the meeting whose text is ``region``, with their side.

    ``people`` are the people taking part (chairs, principals, attendees): an organisation
    named only in a post one of them holds besides another is not thereby represented.
    An organisation named in the region takes part when the text shows it there (see
    ``_framed_spans``), when someone taking part holds a post in it, or when the meeting's
    ``body`` is a body of it ("Finance Committee of the Legislative Council").
    """
    text = release.text
    out: list[OrganisationMention] = []
    clauses = _clauses(release, region)
    cue_spans = (_context_cue_spans(text, region) + _reported_speech_spans(release, region)
                 + _concurrent_post_spans(people))
    absent = _absent_spans(release, region)
    held = _held_organisations(people)
    named = _organisations_with_spans(release, region, acronyms)
    framed = _framed_spans(release, region, [s for _, spans in named for s in spans], people)
    parent = _parent_of_body(body)
    named = [(m, spans if _held_by_someone_there(m, held, release) or (
        parent is not None and normalise(m.name) == parent) else [s for s in spans if s in framed])
        for m, spans in named]
    for mention, all_spans in named + [
            *_shared_attendance(release, region, acronyms)]:
        if any(normalise(o.name) == normalise(mention.name) for o in out):
            continue
        spans = [s for s in all_spans
                 if not any(c.start <= s.start < c.end or s.start <= c.start < s.end
                            for c in cue_spans)]
        if not _held_by_someone_there(mention, held, release):
            spans = [s for s in spans if not any(a.start <= s.start < a.end for a in absent)]
        if not spans or _is_meeting_body(text, mention, spans):
            continue
        if _is_polity(mention) and not any(_takes_part(text, s) for s in spans):
            continue
        side = _registry_side(mention, release) or _side(
            text, mention, spans, clauses + _clauses(release, body_region(release)))
        out.append(OrganisationMention(name=mention.name, span=mention.span,
                                       acronym=mention.acronym, side=side,
                                       mentions=mention.mentions))
    return tuple(out)


@cache
def _participation_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((row[0], re.compile(row[1], re.IGNORECASE))
                 for row in wordlists.rows("participation_cues.tsv") if len(row) >= 2)


# What stands between two organisations of one list ("A, B and the C", "A (AA), B"), or
# between a name and its short form in brackets.
_LIST_GAP = re.compile(r"^\)?\s*(?:\([^()]*\)\s*)?(?:\(|(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?)$")


def _framed_spans(release: ParsedRelease, region: Span, spans: list[Span],
                  people: tuple[PersonMention, ...]) -> set[Span]:
    """The mentions of organisations that the text shows taking part: in the meeting's own
    sentence, in a post of a person taking part, or in a participation frame
    (``data/participation_cues.tsv``), or listed right after one that is."""
    text = release.text
    region_sentences = sentences(release, region)
    first = region_sentences[0] if region_sentences else region
    posts = [post.span for person in people for post in person.posts]
    posts += [post.organisation.span for person in people for post in person.posts
              if post.organisation is not None]
    clauses = _clauses(release, region)
    framed: set[Span] = set()
    previous: Span | None = None
    for span in sorted(set(spans)):
        clause = next((c for c in clauses if c.start <= span.start < c.end), None)
        floor = clause.start if clause is not None else region.start
        if first.start <= span.start < first.end or any(
                p.start <= span.start and span.end <= p.end for p in posts):
            framed.add(span)
        elif _in_participation_frame(text, span, floor):
            framed.add(span)
        elif previous is not None and previous in framed and _listed_together(
                text, previous, span, floor):
            framed.add(span)
        previous = span
    ordered = sorted(set(spans), reverse=True)  # and back: "A, B and C also sent officials"
    for later, span in zip(ordered, ordered[1:]):
        if later in framed and span not in framed and _listed_together(text, span, later, 0):
            framed.add(span)
    return framed


def _listed_together(text: str, first: Span, second: Span, floor: int) -> bool:
    return first.end <= second.start and first.end >= floor and bool(
        _LIST_GAP.match(text[first.end:second.start]))


def _parent_of_body(body: str | None) -> str | None:
    """The organisation a meeting's body belongs to, normalised: "Legislative Council" of
    "Finance Committee of the Legislative Council"."""
    if not body or " of the " not in body:
        return None
    parent = body.rsplit(" of the ", 1)[1]
    spans = org_spans(parent, 0, len(parent))
    if spans and spans[0].start == 0 and spans[0].end == len(parent):
        return normalise(parent)
    return None


def _in_participation_frame(text: str, span: Span, floor: int) -> bool:
    before = text[max(floor, span.start - 160):span.start]
    after = text[span.end:span.end + 160]
    for where, pattern in _participation_cues():
        if (where == "before" and pattern.search(before)) or (
                where == "after" and pattern.search(after)):
            return True
    return False


def lead_in_participants(release: ParsedRelease, lead_in: Span,
                         acronyms: tuple[AcronymDefinition, ...],
                         people: tuple[PersonMention, ...]) -> tuple[OrganisationMention, ...]:
    """Organisations the release names before its first meeting ("the portfolio of the
    Development Bureau (DEVB)", "his official visit to the United Kingdom (UK)") that a
    person taking part in a later meeting holds a post in: the Secretary's own bureau, the
    visited country's government. The registry says which organisation a post is in."""
    if lead_in.end <= lead_in.start or not people:
        return ()
    candidates = list(find_organisations(release, lead_in, acronyms))
    for acronym in acronyms:
        if lead_in.start <= acronym.span.start < lead_in.end and not any(
                acronym.short in c.mentions for c in candidates):
            start = release.text.rfind(acronym.expansion, lead_in.start, acronym.span.start)
            if start >= 0:
                candidates.append(OrganisationMention(
                    acronym.expansion, Span(start, start + len(acronym.expansion)),
                    acronym=acronym.short, mentions=(acronym.expansion, acronym.short)))
    held = _held_organisations(people)
    out = []
    for candidate in candidates:
        entry = registry.find_organisation(candidate.name, release.release_date)
        if entry is None or entry.key not in held:
            continue
        side = entry.side if entry.side in _SIDES else name_side(candidate.name) or "HKSAR"
        out.append(OrganisationMention(name=candidate.name, span=candidate.span,
                                       acronym=candidate.acronym, side=side,  # type: ignore[arg-type]
                                       mentions=candidate.mentions))
    return tuple(out)


def _without_qualifier(title: str) -> str:
    """"Acting Secretary for Development" holds the post "Secretary for Development"."""
    return title.removeprefix("Acting ")


def _registry_side(mention: OrganisationMention, release: ParsedRelease) -> Side | None:
    """The side the registry records for the organisation, when it knows the organisation:
    curated knowledge beats a word of its name ("National Assembly" of Hungary is not a
    Mainland body for its "National")."""
    entry = registry.find_organisation(mention.name, release.release_date)
    if entry is None or entry.side not in _SIDES:
        return None
    return entry.side  # type: ignore[return-value]


def _held_by_someone_there(mention: OrganisationMention, held: frozenset[str],
                           release: ParsedRelease) -> bool:
    """The organisation is one a person at the meeting holds a post in ("the Governor of
    Guangdong Province" for "the Guangdong Provincial Government"), by the registry."""
    if not held:
        return False
    entry = registry.find_organisation(mention.name, release.release_date)
    return entry is not None and entry.key in held


def _concurrent_post_spans(people: tuple[PersonMention, ...]) -> list[Span]:
    """The earlier posts of a person who holds several ("Deputy Secretary General of the
    People's Government of Guangdong Province and Director General of the Hong Kong and
    Macao Affairs Office of Guangdong Province"): the person attends for the organisation
    of the last post named, the others are ranks held concurrently. A later post that
    refers back ("Director of its Organization Department") keeps the earlier one's
    organisation."""
    out: list[Span] = []
    for person in people:
        posts = sorted(person.posts, key=lambda p: p.span.start)
        if len(posts) < 2 or any(re.search(r"\bits\b", p.title) for p in posts[1:]):
            continue
        last = posts[-1].organisation
        for post in posts[:-1]:
            if post.organisation is not None and last is not None and normalise(
                    post.organisation.name) == normalise(last.name):
                continue
            out.append(post.span)
    return out


@cache
def _body_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rows = []
    for row in wordlists.rows("body_patterns.txt"):
        if len(row) >= 2:
            rows.append((row[0], re.compile(row[1])))
    return tuple(rows)


def _is_meeting_body(text: str, mention: OrganisationMention, spans: list[Span]) -> bool:
    """The standing body that met (or a series), or an organisation named only as the
    parent of something: not a participant."""
    for span in spans:
        before = text[max(0, span.start - 60):span.start]
        after = text[span.end:span.end + 60]
        for where, pattern in _body_patterns():
            if (where == "before" and pattern.search(before)) or (
                    where == "after" and pattern.search(after)):
                return True
    words = mention.name.split()
    if not any(" ".join(words[i:i + len(h.split())]) == h for h in wordlists.ordered(
            "body_heads.txt") for i in range(len(words))):
        return False
    exceptions = wordlists.ordered("participant_exceptions.txt")
    return not any(text[max(0, s.start - 60):s.start].lower().endswith(e + " ")
                   for s in spans for e in exceptions)


@cache
def _shared_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((row[0], re.compile(row[1], re.IGNORECASE))
                 for row in wordlists.rows("shared_attendance.tsv") if len(row) >= 2)


def _shared_attendance(release: ParsedRelease, region: Span,
                       acronyms: tuple[AcronymDefinition, ...],
                       ) -> list[tuple[OrganisationMention, list[Span]]]:
    """Organisations named outside the region as attending every meeting ("Officials of
    the X took part in both meetings") or as the delegation ("a delegation of the X")."""
    text = release.text
    out: list[tuple[OrganisationMention, list[Span]]] = []
    for sentence in sentences(release, body_region(release)):
        if region.start <= sentence.start < region.end:
            continue
        body = text[sentence.start:sentence.end]
        for mention, spans in _organisations_with_spans(release, sentence, acronyms):
            for kind, pattern in _shared_cues():
                if kind == "sentence" and pattern.search(body) or kind == "before" and any(
                        pattern.search(text[max(sentence.start, s.start - 60):s.start])
                        for s in spans):
                    out.append((mention, spans))
                    break
    return out


def _is_polity(mention: OrganisationMention) -> bool:
    return _polity(tokens(mention.name)) is not None or any(
        _polity(tokens(m)) is not None for m in mention.mentions)


def _takes_part(text: str, span: Span) -> bool:
    """A government named as taking part: "HKSAR Government", "officials of the HKSAR",
    "Secretary for ... of the Macao SAR" (a post in it)."""
    before = text[max(0, span.start - 80):span.start]
    after = text[span.end:span.end + 20]
    if re.match(r"(?:\s*\([^)]*\))?\s+Government\b", after) or before.endswith(
            "Government of the "):
        return True
    if text[span.start:span.end].endswith("Government"):
        return True
    if re.search(r"\b(?:representatives|officials|delegation|participation) of (?:the )?$", before):
        return True
    clause = re.split(r"[,;.]", before)[-1]
    posts = wordlists.post_heads()
    return bool(re.search(r" of the $", clause)) and any(w in posts for w in clause.split())


def _clauses(release: ParsedRelease, region: Span) -> list[Span]:
    """Sentences cut at "together with", "while" and semicolons: each lists one side."""
    text = release.text
    out: list[Span] = []
    for sentence in sentences(release, region):
        start = sentence.start
        clause_breaks = re.finditer(r",? together with |, while |; ",
                                    text[sentence.start:sentence.end])
        for match in clause_breaks:
            out.append(Span(start, sentence.start + match.start()))
            start = sentence.start + match.end()
        out.append(Span(start, sentence.end))
    return out


@cache
def _absent_cues() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{cue})" for cue in wordlists.ordered("absent_cues.txt")))


def _absent_spans(release: ParsedRelease, region: Span) -> list[Span]:
    """Whom someone thanked, what will happen later (``data/absent_cues.txt``): the rest
    of the sentence names organisations without showing them at the meeting."""
    text = release.text
    out = []
    for sentence in sentences(release, region):
        cue = _absent_cues().search(text, sentence.start, sentence.end)
        if cue:
            out.append(Span(cue.end(), sentence.end))
    return out


def _held_organisations(people: tuple[PersonMention, ...]) -> frozenset[str]:
    """Registry keys of the organisations the people at the meeting hold posts in."""
    return frozenset(post.organisation for person in people for p in person.posts
                     if (post := registry.find_post(_without_qualifier(p.title))) is not None)


def _reported_speech_spans(release: ParsedRelease, region: Span) -> list[Span]:
    """What people are reported to have said: organisations named there are not thereby
    at the meeting."""
    text = release.text
    verbs = sorted(wordlists.ordered("speech_verbs.txt"), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b")
    out = []
    for sentence in sentences(release, region):
        match = pattern.search(text, sentence.start, sentence.end)
        if match:
            out.append(Span(match.end(), sentence.end))
        for quote in re.finditer(r"\"[^\"]*\"|“[^”]*”", text[sentence.start:sentence.end]):
            out.append(Span(sentence.start + quote.start(), sentence.start + quote.end()))
    return out


def _context_cue_spans(text: str, region: Span) -> list[Span]:
    """Where the side cues themselves are ("on behalf of the HKSAR Government")."""
    out = []
    lowered = text[region.start:region.end].lower()
    for cue in wordlists.side_cues():
        if cue.scope == "context":
            for match in re.finditer(re.escape(cue.phrase.lower()), lowered):
                out.append(Span(region.start + match.start(), region.start + match.end()))
    return out


_PLACE_CUE = "@place"


@lru_cache(maxsize=8192)
def name_side(name: str, strong_only: bool = True) -> Side | None:
    """The side an organisation's own name gives, from the cue table (where ``@place``
    stands for the side of the first place the name contains)."""
    place_side: str | None = None
    for cue, pattern in _name_cue_patterns():
        if cue.strength != "strong" and strong_only:
            continue
        if cue.phrase == _PLACE_CUE:
            place_side = place_side or first_place_side(name) or "-"
            if place_side == cue.side:
                return cue.side  # type: ignore[return-value]
        elif pattern.search(name):
            return cue.side  # type: ignore[return-value]
    return None


_NAME_WORD = re.compile(r"[A-Z][\w'’.]*")


@lru_cache(maxsize=8192)
def first_place_side(name: str) -> str | None:
    """The side of the first place an English name contains, longest name first at each
    word ("Japan" of "Japan-Hong Kong Parliamentarian League"), by the world gazetteer."""
    words = list(_NAME_WORD.finditer(name))
    for index in range(len(words)):
        for count in range(min(4, len(words) - index), 0, -1):
            last = words[index + count - 1]
            span = name[words[index].start():last.end()]
            if re.search(r"[^\w\s'’.-]", span):
                continue
            side = gazetteer.side_of_place(span)
            if side is not None:
                return side
    return None


@cache
def _name_cue_patterns() -> tuple[tuple[wordlists.SideCue, re.Pattern[str]], ...]:
    return tuple((cue, re.compile(rf"(?<![\w-]){re.escape(cue.phrase)}(?![\w-])"))
                 for cue in wordlists.side_cues() if cue.scope == "name")


def _context_side(text: str, clause: Span, offset: int) -> tuple[Side | None, str | None]:
    lowered = text[clause.start:clause.end].lower()
    best_before: tuple[int, str, str] | None = None
    best_after: tuple[int, str, str] | None = None
    for cue in wordlists.side_cues():
        if cue.scope != "context":
            continue
        for match in re.finditer(re.escape(cue.phrase.lower()), lowered):
            position = clause.start + match.start()
            if position < offset:
                if best_before is None or position > best_before[0]:
                    best_before = (position, cue.side, cue.strength)
            elif best_after is None or position < best_after[0]:
                best_after = (position, cue.side, cue.strength)
    chosen = best_before or best_after
    if chosen is None:
        return None, None
    return chosen[1], chosen[2]  # type: ignore[return-value]


def _side(text: str, mention: OrganisationMention, spans: list[Span],
          clauses: list[Span]) -> Side:
    """Its own name's side; else the nearest strong cue of the clause listing it; else the
    side of the organisations listed with it; else a weak cue; else HKSAR."""
    own = name_side(mention.name)
    if own:
        return own
    weak: Side | None = None
    for span in spans:
        clause = next((c for c in clauses if c.start <= span.start < c.end), None)
        if clause is None:
            continue
        side, strength = _context_side(text, clause, span.start)
        if side and strength == "strong":
            return side
        peers = _peer_sides(text, clause, mention)
        if peers:
            return peers
        if side and weak is None:
            weak = side
    return weak or name_side(mention.name, strong_only=False) or "HKSAR"


def _peer_sides(text: str, clause: Span, mention: OrganisationMention) -> Side | None:
    """When the other organisations listed with this one all have one side by name."""
    sides = set()
    for span in org_spans(text, clause.start, clause.end):
        name = text[span.start:span.end]
        if normalise(name) == normalise(mention.name):
            continue
        side = name_side(name)
        if side is None:
            continue
        sides.add(side)
    if len(sides) == 1:
        side = sides.pop()
        return side if side == "non-government" else None
    return None
