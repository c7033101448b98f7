"""Which side a Chinese organisation is on, and whether a name names a party.

A side comes from an opening marker (``澳門…``, ``香港特區…``, ``國家…``), an international
body's words, the place a name starts with (a Mainland short form, a place of the world
gazetteer: ``新西蘭財政部`` is overseas), the registry (``國務院港澳事務辦公室`` is the
Mainland's whatever it starts with), or a Mainland ending (``…部``); else the Hong Kong
government's. Reads only the lexicons, the gazetteer and the registry: every other
Chinese module may ask it.
"""

from __future__ import annotations

import re
from functools import cache

from pressgraph.chinese_script import to_traditional
from pressgraph.extract.zh_text import is_cjk, lexicon, participation
from pressgraph.model import Side, Span
from pressgraph.registry import gazetteer


def side_of(name: str) -> Side:
    """Which side an organisation is on: overseas for an international body's words
    (``data/zh_participation.toml``); non-government for a chamber's, union's or
    association's ending unless a place other than Hong Kong opens it; else from the place
    its name starts with; named after no place, the Mainland's for a word only the
    Mainland's bodies use (``人民``, ``分署``) or a Mainland ending (``…部``), else the Hong
    Kong government's."""
    name = to_traditional(name)
    words = participation()
    marked = _marker_side(name)
    if marked is not None and marked != "HKSAR":
        return marked
    if any(word in name for word in words["overseas_words"]):
        return "overseas"
    place = place_side(name)
    if place is None and any(word in name for word in words["mainland_words"]):
        return "Mainland"
    if name.endswith(words["non_government_endings"]) and place in (None, "HKSAR"):
        return "non-government"
    if marked is not None:
        return marked
    return place or _parent_side(name) or ("Mainland" if name.endswith(
        words["mainland_endings"]) else "HKSAR")


def side_at(name: str, host: Side | None) -> Side:
    """The side of an organisation named at a meeting held where ``host`` is the side (the
    meeting place's): a name that neither the registry, a marker, a place, an international
    body's word nor a word only the Mainland uses sides is the host's bodies' on the
    Mainland or abroad (禁毒局 met in Beijing, 內政部 met in Berlin), not Hong Kong's. An
    office stationed somewhere (駐上海經濟貿易辦事處) is Hong Kong's own."""
    side = side_of(name)
    if host not in ("Mainland", "overseas") or registry_side(name) is not None or \
            to_traditional(name).startswith("駐"):
        return side
    bare = to_traditional(name)
    words = participation()
    if _marker_side(bare) is not None or place_side(bare) is not None or any(
            word in bare for word in words["overseas_words"] + words["mainland_words"]) or \
            bare.endswith(words["non_government_endings"]) or _parent_side(bare) is not None:
        return side
    return host


def _parent_side(name: str) -> Side | None:
    """The side of the organisation a unit's name opens with, by the registry (公安部 of
    公安部國際合作局): a department of a ministry is on the ministry's side."""
    suffixes = lexicon().org_suffixes
    for cut in range(len(name) - 1, 1, -1):
        if name[:cut].endswith(suffixes):
            side = registry_side(name[:cut])
            if side is not None:
                return side
    return None


def place_side(name: str) -> Side | None:
    """The side of the place a name starts with (a marker, a short form, a place of the
    world), or None when it starts with none."""
    lex = lexicon()
    name = to_traditional(name)
    marked = _marker_side(name)
    if marked is not None:
        return marked
    if name.startswith(tuple(a for a in lex.place_abbreviations
                             if len(a) > 1 and a != "大灣區")):
        return "Mainland"
    world = _leading_place_side(name)
    if world is not None:
        return world  # type: ignore[return-value]
    place = next((p for p in lex.place_names if name.startswith(p)), None)
    if place is not None:
        return "Mainland" if place not in lex.hksar_markers else "HKSAR"
    if name[:1] in lex.place_abbreviations and name[:1] not in ("港",):
        return "Mainland"
    return None


def opening_place_side(name: str) -> Side | None:
    """The side of the place a name or post opens with (英國首席大臣: overseas), or None
    when it opens with no place."""
    name = to_traditional(name)
    return _marker_side(name) or _leading_place_side(name)  # type: ignore[return-value]


def _marker_side(name: str) -> Side | None:
    """The side a name's opening marker gives (澳門…, 香港特區…, 國家…), or None."""
    lex = lexicon()
    if name.startswith(lex.macao_markers):
        return "Macao"
    if name.startswith(lex.hksar_markers):
        return "HKSAR"
    if name.startswith(lex.mainland_markers):
        return "Mainland"
    return None


def _leading_place_side(name: str) -> str | None:
    """The side of the place a name starts with, by the world gazetteer (英國外交及聯邦事務部
    is overseas, 新西蘭財政部 too): the longest place name first."""
    for length in range(min(8, len(name) - 1), 1, -1):
        side = gazetteer.side_of_place(name[:length])
        if side is not None:
            return side
    return None


_SIDES = frozenset({"HKSAR", "Mainland", "Macao", "overseas", "non-government"})


def registry_side(name: str) -> Side | None:
    """The side the registry records for an organisation it knows (國務院港澳事務辦公室 is
    the Mainland's, whatever its name starts with)."""
    from pressgraph import registry

    entry = registry.find_organisation(name) or registry.find_organisation(to_traditional(name))
    if entry is not None:
        return entry.side if entry.side in _SIDES else None  # type: ignore[return-value]
    return _side_by_full_names().get(to_traditional(name)) if len(name) >= 6 else None


@cache
def _side_by_full_names() -> dict[str, Side]:
    """A shortened Chinese name (港澳事務辦公室) -> the side every registry organisation
    whose full name ends with it is on, when they agree (國務院港澳事務辦公室 and
    廣東省人民政府港澳事務辦公室 are both the Mainland's)."""
    from pressgraph import registry

    sides: dict[str, set[str]] = {}
    for org in registry.organisations():
        for full in {to_traditional(n) for n in org.names() if is_cjk(n[:1])}:
            for cut in range(1, len(full) - 5):
                sides.setdefault(full[cut:], set()).add(org.side)
    return {tail: next(iter(found)) for tail, found in sides.items()  # type: ignore[misc]
            if len(found) == 1 and next(iter(found)) in _SIDES}


def names_a_party(name: str) -> bool:
    """An organisation the registry knows (環境及生態局), a place's government (以色列政府)
    or a territory below a country (四川省): whose staff or leaders take part. A country
    alone (中國代表團) is a place."""
    from pressgraph import registry

    if name.endswith(lexicon().org_suffixes) and registry.find_organisation(name) is not None:
        return True
    place = re.sub(r"(?:人民)?政府$", "", name)
    if place != name:
        return len(place) >= 2 and gazetteer.find(place) is not None
    return is_territory(name)


def unnamed(name: str) -> bool:
    """Whether ``name`` describes organisations without naming one: an opening that
    describes (``本地大學``, ``多個科研機構``, ``有關部門``, ``當地政府``), a head word alone
    (``中心``, ``中央``) or a count (``十多位本地商會``,
    ``三家銀行``), ``data/zh_participation.toml``."""
    words = participation()
    name = to_traditional(name)
    if name.startswith(words["unnamed_openings"]) or name in words["bare_heads"]:
        return True
    index = 0
    while True:
        numeral = next((n for n in words["count_numerals"] if name.startswith(n, index)), None)
        if numeral is None:
            break
        index += len(numeral)
    return index > 0 and name.startswith(words["count_classifiers"], index)


def is_territory(name: str) -> bool:
    """A province, city or region below a country, by the world gazetteer."""
    place = gazetteer.find(name)
    return place is not None and place.kind != "country" and place.origin != "country"


# Three places or more listed before a meeting's name (內地、香港及澳門…, 粵港澳…).
_LISTED_PLACES = re.compile(r"((?:[\u4e00-\u9fff]{2,3}[、及和與]){2,})([\u4e00-\u9fff]{2})")


def of_several_parties(body: str | None) -> bool:
    """Whether a meeting's name makes it a meeting of several parties: an international
    body's words (世界氣象組織…, 國際刑警組織…), a word of several parties (三地, 多邊:
    ``data/zh_participation.toml``), or three places or more listed before it (內地、香港、
    澳門…). Leading a delegation to such a meeting makes no chair, so a leader's post
    names no participant there (settled case "Delegation leaders at a meeting of three
    parties")."""
    if not body:
        return False
    name = to_traditional(body)
    words = participation()
    if any(word in name for word in (*words["overseas_words"], *words["several_parties_words"])):
        return True
    listed = _LISTED_PLACES.match(name)
    if listed is None:
        return False
    items = [*re.split(r"[、及和與]", listed.group(1))[:-1], listed.group(2)]
    return all(place_side(item) is not None for item in items)


def parties_in_name(folded: str, name: Span) -> list[Span]:
    """The places a meeting's name lists as those that hold it (``內地、香港、澳門衞生行政
    高層聯席會議``), when the release counts them elsewhere as the parties (``三地代表團``):
    two or more places at the name's opening, joined by ``、``, ``及`` or ``和``
    (``data/zh_participation.toml``), the name going on after the last."""
    words = participation()
    elsewhere = folded[:name.start] + "。" + folded[name.end:]
    if not any(count in elsewhere for count in words["place_counts"]):
        return []
    text = folded[name.start:name.end]
    found: list[Span] = []
    position = 0
    while (place := _place_at(text, position)) is not None:
        found.append(Span(name.start + position, name.start + position + len(place)))
        position += len(place)
        join = next((j for j in words["name_place_joins"] if text.startswith(j, position)), None)
        if join is None:
            break
        position += len(join)
    return found if len(found) >= 2 and position < len(text) else []


def _place_at(text: str, position: int) -> str | None:
    """The longest place name (of the lexicon or the gazetteer: 內地, 香港) at ``position``."""
    for length in range(min(6, len(text) - position), 1, -1):
        candidate = text[position:position + length]
        if all(is_cjk(ch) for ch in candidate) and (
                candidate in lexicon().place_names or candidate in lexicon().place_abbreviations
                or gazetteer.side_of_place(candidate)):
            return candidate
    return None
