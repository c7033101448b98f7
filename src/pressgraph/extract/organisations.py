"""Organisations named in a region of an English release, each once: every way the text
writes it (full name, short form, "the Commission" referring back, a post's portfolio)
gathered under one comparison key. Where the names are is ``org_names``; which of them
take part in a meeting is ``participants``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import (
    body_region,
    is_acronym,
    normalise,
    release_memo,
    tokens,
)
from pressgraph.extract.org_names import org_spans, person_at_end, polity
from pressgraph.model import AcronymDefinition, OrganisationMention, ParsedRelease, Span

__all__ = ["find_organisations", "org_spans", "organisations_with_spans"]

@dataclass
class _Found:
    """An organisation being assembled from its mentions."""

    key: str
    names: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name)
    surfaces: list[tuple[int, str]] = field(default_factory=list)  # (offset, verbatim form)
    acronym: str | None = None


def find_organisations(release: ParsedRelease, region: Span,
                       acronyms: tuple[AcronymDefinition, ...]) -> tuple[OrganisationMention, ...]:
    """Organisations named inside ``region``, each once, acronyms resolved."""
    return tuple(mention for mention, _ in organisations_with_spans(release, region, acronyms))


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


def organisations_with_spans(release: ParsedRelease, region: Span,
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
            if _names_a_building(text, start + len(short)):
                continue  # "the LegCo Complex"
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


def _names_a_building(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` runs on into a building's name ("LegCo Complex")."""
    following = re.match(r" ([A-Z][a-z]+)\b", text[end:end + 20])
    return following is not None and following.group(1) in wordlists.words(
        "building_words.txt")


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
    if polity(tokens(territory)) is None:
        return None
    head = match.group(1).split()[-1]
    return match.group(1) if wordlists.is_head(head, wordlists.org_heads()) else None


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
            words = tokens(portfolio)
            cut = person_at_end(words)
            if cut < len(words):  # "Vice Minister of Commerce Gao Yan"
                portfolio = portfolio[:words[cut - 1].end]
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
        if not wordlists.is_head(words[-1], wordlists.org_heads()):
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
