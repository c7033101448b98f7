"""Meetings: their bodies, series, places and natural keys (the rule is in
ontology/README.md, "Meeting identity"): a registry body's meeting by body (and session)
with the ordinal, else the date; any other meeting by a digest of its language-independent
facts when they suffice; else by the name of a body only the release names; else by a key
scoped to the release."""

from __future__ import annotations

import re
from dataclasses import replace

from pressgraph import registry
from pressgraph.iri import digest, key, slug
from pressgraph.model import Meeting, Ref, RoleInMeeting
from pressgraph.registry import gazetteer
from pressgraph.resolve.context import (
    ARTICLE,
    ReleaseContext,
    minted_ref,
    name_slug,
    place_ref,
    registry_ref,
)
from pressgraph.resolve.organisations import back_reference, resolve_organisation
from pressgraph.resolve.people import resolve_person
from pressgraph.resolve.posts import post_organisation, resolve_post

PRINCIPAL_ROLES = ("chair", "co-chair", "convenor", "host", "principal")


def resolve_body(name: str, release: ReleaseContext, offset: int = 0) -> Ref:
    expanded = release.expansion(name) or name
    body = registry.find_body(expanded) or registry.find_body(name)
    if body is not None:
        return registry_ref("body", body)
    org = registry.find_organisation(expanded, release.day)
    if org is not None:
        return registry_ref("org", org)
    earlier = back_reference(name, offset, release)
    if earlier is not None:
        return earlier
    printed = ARTICLE.sub("", re.sub(r"\s*\([^()]*\)\s*$", "", " ".join(expanded.split())))
    label = printed.strip(" ,.;:") or expanded
    return replace(minted_ref("body", "body", expanded, release.language),  # label as printed
                   labels=((release.language, label),),
                   alt_labels=tuple((release.language, form)
                                    for form in short_form_names(label, release.acronyms)))


_DEFINED_HERE = "{expansion}\\s*[(（]\\s*{short}\\s*[)）]"


def short_form_names(name: str, acronyms: dict[str, str]) -> tuple[str, ...]:
    """The name with each short form defined inside it standing for its expansion:
    "Asia-Pacific Economic Cooperation (APEC) Ministerial Meeting" is also "APEC Ministerial
    Meeting", ``世界貿易組織(世貿)非正式部長級會議`` also ``世貿非正式部長級會議`` (the
    forms a later sentence of the release, or another release, calls the body by)."""
    forms = []
    for short, expansion in sorted(acronyms.items()):
        pattern = _DEFINED_HERE.format(expansion=re.escape(ARTICLE.sub("", expansion)),
                                       short=re.escape(short))
        form = re.sub(pattern, short.replace("\\", r"\\"), name)
        if form != name:
            forms.append(" ".join(form.split()))
    return tuple(dict.fromkeys(forms))


#: The kind of session (sessions.csv) of a term named without its number ("the new term").
NEW_TERM = "term-new"


def session_segment(session: str) -> str:
    found = registry.find_session(session)
    if found is not None:
        return found.key
    text = session.strip()
    return text if re.fullmatch(r"\d{4}", text) else name_slug(text)


def meeting_session(meeting: Meeting, release: ReleaseContext) -> str | None:
    """The session the extractor gave; else the one kind of session (sessions.csv) that the
    sentence reporting the meeting names ("第二十四次全體會議"); else the body's default
    session from the registry. A translation that leaves the session implicit still keys
    the same meeting."""
    if meeting.session or meeting.body is None:
        return meeting.session
    text = release.extraction.release.text[meeting.span.start:meeting.span.end]
    found = set()
    for session in registry.sessions():
        for name in session.names():
            pattern = re.escape(name) if registry.is_chinese(name) else rf"\b{re.escape(name)}\b"
            match = re.search(pattern, text)
            if match:
                found.add((session.key, match.group(0)))
    keys = {k for k, _ in found}
    if keys == {NEW_TERM}:
        # "the first meeting for the new term": a term the text does not number is told
        # apart from the body's other terms by the year it is current in
        return f"new term {meeting.date.year}" if meeting.date else None
    if len(keys) == 1:
        return sorted(found)[0][1]
    return _default_session(meeting, release) if not keys else None


def _default_session(meeting: Meeting, release: ReleaseContext) -> str | None:
    """The session the registry says a numbered meeting of the body is, when none is named
    (粵港合作聯席會議第二十四次會議 is its 24th Plenary)."""
    if meeting.ordinal is None or meeting.body is None:
        return None
    body = registry.find_body(release.expansion(meeting.body) or meeting.body)
    if body is None or body.default_session is None:
        return None
    found = registry.session(body.default_session)
    return found.en if found else None


def resolve_series(body: Ref, session: str | None, release: ReleaseContext) -> Ref:
    path = body.key.split("/")[1:]
    if not session:
        return Ref(kind="series", key=key("series", *path), labels=body.labels,
                   from_registry=body.from_registry, alt_labels=body.alt_labels)
    segment = session_segment(session)
    found = registry.find_session(session)
    session_labels = dict(found.labels) if found else {release.language: session.strip()}
    labels = tuple((lang, f"{label} – {session_labels.get(lang, session.strip())}")
                   for lang, label in body.labels)
    return Ref(kind="series", key=key("series", *path, segment), labels=labels,
               from_registry=body.from_registry and found is not None)


def resolve_place(name: str, language: str) -> Ref:
    """A city, territory, province, country or venue: from the registry, else from the world
    gazetteer (``registry/gazetteer.py``), else minted from its name. The release's own
    wording ("Macau", ``杭州市``) is the place's label in the release's language, the
    gazetteer's names in the others."""
    bare = _without_city_suffix(name)
    place = registry.find_place(name) or registry.find_venue(name) or _registry_city(bare)
    if place is not None:
        return _as_printed(place_ref(place), name, language)
    world = gazetteer.find(name) or _gazetteer_city(bare)
    if world is not None:
        return _as_printed(Ref(kind="place", key=key("place", world.key), labels=world.labels,
                               from_registry=True, alt_labels=world.alt_labels[:8]),
                           name, language)
    return minted_ref("place", "place/named", name, language)


def _without_city_suffix(name: str) -> str | None:
    """A Chinese city's name without the ending it is printed with (``杭州市``: 杭州;
    ``gazetteer.toml`` [chinese] city_suffixes); None for any other name."""
    printed = "".join(name.split())
    suffix = next((s for s in gazetteer.settings()["chinese"]["city_suffixes"]
                   if printed.endswith(s)), None)
    bare = printed[:-len(suffix)] if suffix else ""
    return bare if gazetteer.is_cjk_name(bare) else None


def _registry_city(bare: str | None) -> registry.Place | None:
    """The registry's city a name printed with ``市`` names (``杭州市``, ``北京市`` are the
    registry's 杭州, 北京): one node whichever way the release prints it. Only a city: a
    province's name with ``市`` (``吉林市``) is another place."""
    place = registry.find_place(bare) if bare else None
    return place if place is not None and place.kind == "city" else None


def _gazetteer_city(bare: str | None) -> gazetteer.WorldPlace | None:
    """The gazetteer's city a name printed with ``市`` names when the gazetteer lacks the
    name with it (``符拉迪沃斯托克市``: Vladivostok)."""
    place = gazetteer.find(bare) if bare else None
    return place if place is not None and place.kind == "city" else None


def _as_printed(ref: Ref, name: str, language: str) -> Ref:
    """The reference with the release's wording among its names in ``language``: its own
    preferred name when the gazetteer has none in that language, else another name
    (``杭州市`` beside ``杭州``), so that the preferred name is the same from every release."""
    printed = " ".join(name.split())
    if not printed or (language, printed) in ref.labels + ref.alt_labels:
        return ref
    if not any(label[0] == language for label in ref.labels):
        return replace(ref, labels=(*ref.labels, (language, printed)))
    return replace(ref, alt_labels=((language, printed), *ref.alt_labels))


def _party_key(role: RoleInMeeting, release: ReleaseContext) -> str | None:
    """The registry key a principal is known by in every language: the registry post of
    the first post printed (the one both language versions print first), else the registry
    organisation that post is in, else the registry person; None when the registry knows
    none of them."""
    for post in role.person.posts[:1]:
        ref = resolve_post(post, release)
        if isinstance(registry.entry(ref.key), registry.Post):
            return ref.key
        organisation = post_organisation(ref)
        if organisation:
            return organisation
    person = resolve_person(role.person, release)
    return person.key if person is not None and person.from_registry else None


def meeting_facts(meeting: Meeting, place: Ref | None, release: ReleaseContext) -> list[str] | None:
    """The language-independent facts that identify a meeting no registry body keys: its
    date, its place (a registry or gazetteer place), its ordinal and the registry keys of
    its parties (the principals, else the organisations attending); None when they do not
    suffice to tell it from another meeting — no date, a place or a principal the
    registry does not know, or fewer than two parties."""
    if meeting.date is None or (place is not None and not place.from_registry):
        return None
    principals = [r for r in meeting.roles if r.role in PRINCIPAL_ROLES]
    parties = [_party_key(role, release) for role in principals]
    if not principals:
        refs = [resolve_organisation(p, release) for p in meeting.participants]
        parties = [r.key if r.from_registry else None for r in refs]
    if None in parties or len(set(parties)) < 2:
        return None
    facts = [f"date={meeting.date.isoformat()}", *(f"party={p}" for p in sorted(set(parties)))]  # type: ignore[type-var]
    if place is not None:
        facts.append(f"place={place.key}")
    if meeting.ordinal is not None:
        facts.append(f"ordinal={meeting.ordinal}")
    return facts


def meeting_key(meeting: Meeting, body: Ref | None, place: Ref | None, release: ReleaseContext,
                index: int) -> str:
    """The meeting's natural key (the rule is in ontology/README.md, "Meeting identity").

    A body the registry knows keys its meetings by session and ordinal, else date. Any
    other meeting is keyed by its language-independent facts (:func:`meeting_facts`) when
    they suffice; else a body named only by the release keys it by that name (one node for
    releases that print the name alike; a numbered meeting only when the release gives its
    day); else the key is scoped to the release, never shared by two releases."""
    if body is not None and body.from_registry:
        return _body_meeting_key(meeting, body, release, index)
    facts = meeting_facts(meeting, place, release)
    if facts is not None:
        return key("meeting", "ad-hoc", meeting.date.isoformat(),  # type: ignore[union-attr]
                   digest("|".join(facts), 12))
    if body is not None and (meeting.date is not None or meeting.ordinal is None):
        return _body_meeting_key(meeting, body, release, index)
    # a numbered meeting of a body only the release names, with no day: nothing tells it
    # from a misreading (another release's headline on the page), so it is not shared
    when = meeting.date.isoformat() if meeting.date else "undated"
    scope = [f"place={place.key}"] if place is not None else []
    scope += [f"ordinal={meeting.ordinal}"] if meeting.ordinal is not None else []
    return key("meeting", "ad-hoc", f"release-{slug(release.release_id)}",
               f"{when}-{digest('|'.join(scope) or 'none', 12)}")


def _body_meeting_key(meeting: Meeting, body: Ref, release: ReleaseContext, index: int) -> str:
    path = body.key.split("/")[1:]
    session = meeting_session(meeting, release)
    if session:
        path.append(session_segment(session))
    if meeting.ordinal is not None:
        return key("meeting", *path, meeting.ordinal)
    if meeting.date:
        return key("meeting", *path, meeting.date.isoformat())
    return key("meeting", *path, f"release-{slug(release.release_id)}-{index + 1}")


def unique_keys(keys: list[str]) -> list[str]:
    """Two meetings of one release with the same key get -2, -3... (in text order)."""
    seen: dict[str, int] = {}
    result = []
    for k in keys:
        seen[k] = seen.get(k, 0) + 1
        result.append(k if seen[k] == 1 else f"{k}-{seen[k]}")
    return result
