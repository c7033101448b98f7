"""Lookups in the registry by name in any language and by key: the indexes built once
per process from the loaded records, and the ``find_*`` functions the resolve stage asks."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date
from functools import cache

from pressgraph.registry.entries import Body, Organisation, Person, Place, Post, Role, Session
from pressgraph.registry.load import (
    bodies,
    organisations,
    people,
    places,
    posts,
    roles,
    sessions,
    venues,
)
from pressgraph.registry.names import VARIANTS, is_chinese, lookup_key, strip_brackets


def _index(entries: Iterable, names) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    index: dict[str, list] = {}
    for entry in entries:
        for name in names(entry):
            bucket = index.setdefault(lookup_key(name), [])
            if entry not in bucket:
                bucket.append(entry)
    return {k: tuple(v) for k, v in index.items() if k}


def _acronym_index(entries: Iterable) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    index: dict[str, list] = {}
    for entry in entries:
        for acronym in entry.acronyms:
            index.setdefault(acronym, []).append(entry)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _org_index() -> dict[str, tuple[Organisation, ...]]:
    return _index(organisations(), Organisation.names)


@cache
def _org_acronyms() -> dict[str, tuple[Organisation, ...]]:
    return _acronym_index(organisations())


@cache
def _body_index() -> dict[str, tuple[Body, ...]]:
    return _index(bodies(), Body.names)


@cache
def _body_acronyms() -> dict[str, tuple[Body, ...]]:
    return _acronym_index(bodies())


@cache
def _post_index() -> dict[str, tuple[Post, ...]]:
    return _index(posts(), Post.names)


@cache
def _place_index() -> dict[str, tuple[Place, ...]]:
    return _index(places(), Place.names)


@cache
def _venue_index() -> dict[str, tuple[Place, ...]]:
    return _index(venues(), Place.names)


@cache
def _session_index() -> dict[str, tuple[Session, ...]]:
    return _index(sessions(), Session.names)


@cache
def _person_index() -> dict[str, tuple[Person, ...]]:
    return _index(people(), Person.names)


@cache
def _by_key() -> dict[str, object]:
    table: dict[str, object] = {}
    for entry in (*organisations(), *bodies(), *posts()):
        table[entry.key] = entry
    for place in (*places(), *venues()):
        table[f"place/{place.key}"] = place
    return table


def _pick_org(candidates: tuple[Organisation, ...], on: date | None) -> Organisation | None:
    """One organisation among namesakes: the one in existence on the day, else a current one."""
    if not candidates:
        return None
    if on is not None:
        valid = [o for o in candidates if o.valid_on(on)]
        if valid:
            return valid[0]
    current = [o for o in candidates if not o.dissolved]
    return (current or list(candidates))[0]


def entry(key: str) -> Organisation | Body | Post | Place | None:
    """The registry entry with this natural key (places as ``place/<key>``)."""
    return _by_key().get(key)  # type: ignore[return-value]


def find_organisation(name: str, on: date | None = None) -> Organisation | None:
    """The organisation with this name (any language) or registry acronym (exact case)."""
    found = _pick_org(_org_index().get(lookup_key(name), ()), on)
    if found is None and strip_brackets(name) != name.strip():
        found = _pick_org(_org_index().get(lookup_key(strip_brackets(name)), ()), on)
    if found is None:
        found = _pick_org(_org_acronyms().get(name.strip(), ()), on)
    return found


@cache
def _portfolio_index() -> dict[str, tuple[Organisation, ...]]:
    """"Water Resources" -> organisations whose canonical name is "<something> of Water
    Resources" (alternative names left out: "Guangdong Provincial Department of Water
    Resources" would make every portfolio ambiguous)."""
    index: dict[str, list[Organisation]] = {}
    for org in organisations():
        head, sep, tail = org.en.rpartition(" of ")
        if sep and head and len(tail.split()) >= 2:
            index.setdefault(lookup_key(tail), []).append(org)
    return {k: tuple(v) for k, v in index.items()}


def find_organisation_by_portfolio(portfolio: str, on: date | None = None) -> Organisation | None:
    """The one organisation named "... of <portfolio>", as in "Vice Minister of Water
    Resources"; None when no organisation or several do (two words at least)."""
    if len(portfolio.split()) < 2:
        return None
    candidates = _portfolio_index().get(lookup_key(portfolio), ())
    return candidates[0] if len(candidates) == 1 else None


def find_body(name: str) -> Body | None:
    """The standing body with this name (any language) or registry acronym (exact case)."""
    found = (_body_index().get(lookup_key(name))
             or _body_index().get(lookup_key(strip_brackets(name)))
             or _body_acronyms().get(name.strip()))
    return found[0] if found else None


def find_people(name: str) -> tuple[Person, ...]:
    """Every registry person with this name in any language (name without honorific;
    case, spaces and hyphens ignored): more than one when namesakes share it."""
    return _person_index().get(lookup_key(name), ())


def person(key: str) -> Person | None:
    """The registry person with this key."""
    return next((p for p in people() if p.key == key), None)


def find_post(title: str) -> Post | None:
    """The registry post with this exact title (any language), qualifiers already removed."""
    found = _post_index().get(lookup_key(title))
    return found[0] if found else None


def find_place(name: str) -> Place | None:
    """The registry place with this name in English or Chinese, if any."""
    found = _place_index().get(lookup_key(name))
    return found[0] if found else None


def find_government_of(place_name: str, on: date | None = None) -> Organisation | None:
    """The government of the registry place so named ("Shenzhen" -> Shenzhen Municipal
    People's Government): the one organisation of kind ``government`` whose jurisdiction
    is that place, in existence on ``on``; None for a place with none or several."""
    place = find_place(place_name)
    if place is None:
        return None
    governments = tuple(o for o in organisations()
                        if o.kind == "government" and o.jurisdiction == place.key)
    return _pick_org(governments, on) if governments else None


def session(key: str) -> Session | None:
    return next((s for s in sessions() if s.key == key), None)


def find_venue(name: str) -> Place | None:
    """The registry district or venue with this name in English or Chinese, if any."""
    found = _venue_index().get(lookup_key(name))
    return found[0] if found else None


def find_session(text: str) -> Session | None:
    found = _session_index().get(lookup_key(text))
    return found[0] if found else None


def find_role(text: str, org_key: str | None = None) -> Role | None:
    """The role a word names; Chinese role words are read in the scope of the organisation."""
    wanted = lookup_key(text)
    if not wanted:
        return None
    best: Role | None = None
    for role in roles():
        if any(lookup_key(n) == wanted for n in role.en):
            return role
        if any(lookup_key(n) == wanted for n in role.zh):
            in_scope = not role.scope or (org_key or "").startswith(role.scope)
            if in_scope and (best is None or len(role.scope) > len(best.scope)):
                best = role
    return best


@cache
def _chinese_names() -> tuple[tuple[str, str], ...]:
    """(name, key) of every organisation and body named in Chinese, longest name first."""
    pairs = {(n, e.key) for e in (*organisations(), *bodies()) for n in e.names() if is_chinese(n)}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0], p[1])))


def split_chinese_title(title: str) -> tuple[str, str] | None:
    """("深圳市委", "常委") from "深圳市委常委": the longest registry name the title starts with."""
    text = unicodedata.normalize("NFKC", title).translate(VARIANTS).strip()
    for name, key in _chinese_names():
        folded = unicodedata.normalize("NFKC", name).translate(VARIANTS)
        if text.startswith(folded) and len(text) > len(folded):
            return key, text[len(folded):]
    return None
