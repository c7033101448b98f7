"""Organisations in English releases: acronyms defined in brackets, agencies named in a
region of text, and the participants of a meeting grouped by side.

An organisation name is carved out of a run of capitalised words (see ``names``): it
ends in a head word from ``data/org_heads.txt`` ("Marine Department") or goes on from a
head word with "of"/"on"/"in" ("Department of Justice"). Words in front of the head may
be joined by "and" or commas ("Agriculture, Fisheries and Conservation Department") but
not by "of"/"for" — so "Head of the Central Policy Unit" yields "Central Policy Unit".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pressgraph.extract import lexicon
from pressgraph.extract.names import (
    Token,
    body_region,
    is_acronym,
    name_chunks,
    normalise,
    sentences,
    tokens,
)
from pressgraph.model import AcronymDefinition, OrganisationMention, ParsedRelease, Side, Span

_BRACKET = re.compile(r"\(([^()\n]{1,60})\)")
_COMPLEMENT = frozenset({"of", "on", "in"})


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
    parts = short.split()
    if not parts or len(parts) > 4 or any(ch.isdigit() for ch in short) and not is_acronym(parts[0]):
        return False
    if parts[0] == "the":
        return len(parts) > 1 and all(p[0].isupper() for p in parts[1:])
    if len(parts) == 1:
        return is_acronym(parts[0]) and not any(ch in short for ch in "@./")
    if not all(p[0].isupper() for p in parts):
        return False
    # a name-like phrase, not a heading in capitals: at least one ordinary capitalised word
    return any(is_acronym(p) for p in parts) or any(p[1:].islower() for p in parts) and any(
        p[1:].islower() for p in parts)


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
    posts = lexicon.post_heads() | lexicon.post_modifiers()
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
    places = lexicon.words("place_words.txt")
    posts = lexicon.post_heads() | lexicon.post_modifiers()
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
    places = lexicon.multiword_places()
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
    spans: list[Span] = []
    for chunk in name_chunks(text, start, end):
        for segment in _split_chunk(chunk):
            org = _carve(segment)
            if org:
                spans.append(Span(org[0].start, org[-1].end))
    for name in lexicon.standalone_orgs():
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[start:end]):
            spans.append(Span(start + match.start(), start + match.end()))
    return _without_overlaps(spans)


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept)


def _heads() -> frozenset[str]:
    return lexicon.org_heads()


def _is_head(tok: Token) -> bool:
    return tok.is_cap and lexicon.is_head(tok.text, _heads())


def _caps(segment: list[Token]) -> list[Token]:
    return [t for t in segment if t.is_cap]


def _starts_standalone(segment: list[Token], text_of: str) -> bool:
    return any(text_of.startswith(name) for name in lexicon.standalone_orgs())


def _split_chunk(chunk: list[Token]) -> list[list[Token]]:
    """Split a run of names at list commas and "and"s that join two organisations."""
    segments: list[list[Token]] = []
    current: list[Token] = []
    for index, tok in enumerate(chunk):
        if tok.text in {",", "and"} and current:
            right = _right_part(chunk, index + 1)
            if _splits_here(current, right, tok.text):
                segments.append(current)
                current = []
                continue
        current.append(tok)
    if current:
        segments.append(current)
    return segments


def _right_part(chunk: list[Token], start: int) -> list[Token]:
    end = start
    while end < len(chunk) and chunk[end].text not in {",", "and"}:
        end += 1
    return chunk[start:end]


def _splits_here(left: list[Token], right: list[Token], joiner: str) -> bool:
    left_caps = _caps(left)
    if not left_caps or not right:
        return False
    last = left[-1]
    right_text = " ".join(t.text for t in right if t.text != "the")
    if _starts_standalone(right, right_text):
        return True
    if last.is_cap and (is_acronym(last.text) and len(left_caps) == 1):
        return True
    if _is_head(last) and len(left_caps) >= 2 and (
            any(_is_head(t) for t in right) or right[0].text == "the"):
        return True
    right_caps = _caps(right)
    if right_caps and is_acronym(right_caps[0].text) and right[0].text == "the":
        return True
    if joiner == "and" and right[0].text == "the":
        return any(_is_head(t) for t in left) and any(_is_head(t) for t in right)
    return False


def _carve(segment: list[Token]) -> list[Token] | None:
    """The organisation name inside one segment, or None."""
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
    end = len(segment)
    while end > head and not segment[end - 1].is_cap:
        end -= 1
    org = segment[s:end]
    # after the last head word, further capitalised words need "of"/"on"/"in" before them
    last_head = max(i for i, t in enumerate(org) if _is_head(t))
    tail = org[last_head + 1:]
    if tail and tail[0].text not in _COMPLEMENT and not any(t.text in _COMPLEMENT for t in tail[:1]):
        if not any(t.text in _COMPLEMENT for t in org[:last_head + 1]):
            return None
        # "... of Customs of the People's Republic" keeps its complement; a stray word does not
        if tail[0].is_cap:
            return None
    caps = _caps(org)
    if len(caps) == 1 and _is_head(caps[0]):
        return None
    if all(t.text in lexicon.post_heads() | lexicon.post_modifiers() | _heads() for t in caps):
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


def _alias_key(name: str) -> str:
    key = normalise(name)
    for first, second in lexicon.org_aliases():
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

    expansion_keys = {_alias_key(a.expansion): a.short for a in by_acronym.values()}
    for span in org_spans(text, region.start, region.end):
        surface = text[span.start:span.end]
        key = _alias_key(surface)
        add(key, span.start, span.end, surface, surface, expansion_keys.get(key))
    for short, acronym in by_acronym.items():
        pattern = rf"(?<![\w-]){re.escape(short)}(?![\w-])"
        for match in re.finditer(pattern, text[region.start:region.end]):
            start = region.start + match.start()
            add(_alias_key(acronym.expansion), start, start + len(short), short,
                acronym.expansion, short)
    _add_back_references(release, region, found, add)
    result: list[tuple[OrganisationMention, list[Span]]] = []
    for key in sorted(order, key=lambda k: min(o for o, _ in found[k].surfaces)):
        entry = found[key]
        surfaces: list[str] = []
        for _, surface in sorted(entry.surfaces):
            if surface not in surfaces:
                surfaces.append(surface)
        full_names = [n for _, n in entry.names if not is_acronym(n) and not n.startswith("the ")]
        name = max(full_names, key=len) if full_names else surfaces[0]
        if name not in surfaces:
            surfaces.append(name)
        if entry.acronym and entry.acronym not in surfaces:
            surfaces.append(entry.acronym)
        first = min(spans_of[key])
        result.append((OrganisationMention(name=name, span=first, acronym=entry.acronym,
                                           mentions=tuple(surfaces)), spans_of[key]))
    return result


_BACK_REFERENCE = re.compile(r"\b[Tt]he ((?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*)\b")


def _add_back_references(release: ParsedRelease, region: Span, found: dict[str, _Found],
                         add) -> None:  # type: ignore[no-untyped-def]
    """"the Commission", "the Observatory": a head word (with a word or two before it)
    that ends or names an organisation already named earlier in the release."""
    text = release.text
    known = list(found.items())
    earlier = org_spans(text, body_region(release).start, region.end)
    earlier_names = [text[s.start:s.end] for s in earlier]
    for match in _BACK_REFERENCE.finditer(text, region.start, region.end):
        words = match.group(1).split()
        if not lexicon.is_head(words[-1], _heads()) or any(
                match.start(1) >= s.start and match.end(1) <= s.end for s in earlier):
            continue
        target = None
        for name in reversed(earlier_names):
            name_words = name.split()
            if words[-1] in name_words and all(w in name_words for w in words) and len(
                    name_words) > len(words):
                if earlier_names.index(name) < len(earlier_names) and _precedes(text, name,
                                                                                match.start()):
                    target = name
                    break
        if target is None:
            continue
        key = _alias_key(target)
        for existing_key, entry in known:
            if existing_key == key and entry:
                break
        add(key, match.start(), match.end(), match.group(0), target)


def _precedes(text: str, name: str, offset: int) -> bool:
    index = text.find(name)
    return 0 <= index < offset


# --------------------------------------------------------------------------- participants


def find_participants(release: ParsedRelease, region: Span,
                      acronyms: tuple[AcronymDefinition, ...]) -> tuple[OrganisationMention, ...]:
    """Organisations represented at the meeting whose text is ``region``, with their side."""
    text = release.text
    out: list[OrganisationMention] = []
    clauses = _clauses(release, region)
    cue_spans = _context_cue_spans(text, region)
    for mention, all_spans in _organisations_with_spans(release, region, acronyms):
        spans = [s for s in all_spans
                 if not any(c.start <= s.start < c.end or s.start <= c.start < s.end
                            for c in cue_spans)]
        if not spans or _is_meeting_body(text, mention, spans):
            continue
        side = _side(text, mention, spans, clauses, release, region, acronyms)
        out.append(OrganisationMention(name=mention.name, span=mention.span,
                                       acronym=mention.acronym, side=side,
                                       mentions=mention.mentions))
    return tuple(out)


@cache
def _body_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rows = []
    for row in lexicon._rows("body_patterns.txt"):
        if len(row) >= 2:
            rows.append((row[0], re.compile(row[1])))
    return tuple(rows)


def _is_meeting_body(text: str, mention: OrganisationMention, spans: list[Span]) -> bool:
    exceptions = lexicon.ordered("participant_exceptions.txt")
    for span in spans:
        before = text[max(0, span.start - 60):span.start]
        if any(before.lower().endswith(e + " ") for e in exceptions):
            return False
    for span in spans:
        before = text[max(0, span.start - 60):span.start]
        after = text[span.end:span.end + 60]
        for where, pattern in _body_patterns():
            if (where == "before" and pattern.search(before)) or (
                    where == "after" and pattern.search(after)):
                return True
    name = mention.name
    return any(name == head or name.endswith(" " + head) for head in lexicon.ordered("body_heads.txt"))


def _clauses(release: ParsedRelease, region: Span) -> list[Span]:
    """Sentences cut at "together with", "while" and semicolons: each lists one side."""
    text = release.text
    out: list[Span] = []
    for sentence in sentences(release, region):
        start = sentence.start
        for match in re.finditer(r",? together with |, while |; ", text[sentence.start:sentence.end]):
            out.append(Span(start, sentence.start + match.start()))
            start = sentence.start + match.end()
        out.append(Span(start, sentence.end))
    return out


def _context_cue_spans(text: str, region: Span) -> list[Span]:
    """Where the side cues themselves are ("on behalf of the HKSAR Government")."""
    out = []
    lowered = text[region.start:region.end].lower()
    for cue in lexicon.side_cues():
        if cue.scope == "context":
            for match in re.finditer(re.escape(cue.phrase.lower()), lowered):
                out.append(Span(region.start + match.start(), region.start + match.end()))
    return out


def name_side(name: str) -> Side | None:
    """The side an organisation's own name gives, from the cue table."""
    for cue in lexicon.side_cues():
        if cue.scope == "name" and re.search(rf"(?<![\w-]){re.escape(cue.phrase)}(?![\w-])", name):
            return cue.side  # type: ignore[return-value]
    return None


def _context_side(text: str, clause: Span, offset: int) -> tuple[Side | None, str | None]:
    lowered = text[clause.start:clause.end].lower()
    best_before: tuple[int, str, str] | None = None
    best_after: tuple[int, str, str] | None = None
    for cue in lexicon.side_cues():
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


def _side(text: str, mention: OrganisationMention, spans: list[Span], clauses: list[Span],
          release: ParsedRelease, region: Span,
          acronyms: tuple[AcronymDefinition, ...]) -> Side:
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
    return weak or "HKSAR"


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
