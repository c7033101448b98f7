"""People: the registry person a name means (namesakes told apart by the posts the
release gives them), a surname alone bound to the full-named person of the release or to
the registry's holder of the post it is given, else a person keyed by the name as printed
(a surname alone: a person known only within its release)."""

from __future__ import annotations

from pressgraph import registry
from pressgraph.iri import key, release_scoped_key
from pressgraph.model import PersonMention, Ref
from pressgraph.resolve.context import ReleaseContext, name_slug
from pressgraph.resolve.posts import post_key_organisation, resolve_post


def resolve_person(person: PersonMention, release: ReleaseContext) -> Ref | None:
    """The registry person with this name, else a person keyed by the name as printed;
    None when only the post is given."""
    if not person.name or not person.name.strip():
        return None
    name = " ".join(person.name.split())
    found = registry_person(person, name, release)
    if found is not None:
        return person_ref(found, name, release.language)
    if is_bare_surname(name):
        return _surname_ref(person, name, release)
    return Ref(kind="person", key=key("person", name_slug(name)),
               labels=((release.language, name),), from_registry=False)


def is_bare_surname(name: str) -> bool:
    """A name that is a surname alone ("Lee", 李): no person can be identified by it, so no
    IRI is minted from it. A Chinese name of two characters or more, or a name of two
    words, is a full name."""
    text = name.strip()
    if any("\u3400" <= ch <= "\u9fff" for ch in text):
        return len(text) < 2
    return len(text.split()) == 1 and "-" not in text


def _surname_ref(person: PersonMention, surname: str, release: ReleaseContext) -> Ref | None:
    """"Mr Lee": the one person of the release named in full with this surname; else the
    one registry person who held the post the release gives on the release's day; else,
    when the release gives a post or a part in a meeting, a person known only within this
    release (never merged with another release's Lee). None when several people of the
    release carry the surname (which one is meant is not said), or when the surname is all
    the release says."""
    full = _full_names_for(surname, release)
    if len(full) == 1:
        return resolve_person(full[0], release)
    if full:
        return None
    holder = _post_holder(person, surname, release)
    if holder is not None:
        return person_ref(holder, holder.en or holder.names()[0], release.language)
    if not person.posts and not _plays_a_part(surname, release):
        return None
    return Ref(kind="person",
               key=release_scoped_key("person", release.release_id, name_slug(surname)),
               labels=((release.language, surname),), from_registry=False)


def _carries_surname(name: str, surname: str) -> bool:
    """Whether a full name has this surname: first or last word in English, the first
    characters of a Chinese name."""
    if " " not in name.strip():  # a Chinese name: the surname comes first
        return name.strip().startswith(surname.strip())
    words = name.casefold().split()
    return surname.strip().casefold() in (words[0], words[-1])


def _full_names_for(surname: str, release: ReleaseContext) -> list[PersonMention]:
    """The people of the release named in full with this surname, one per name."""
    matches = {" ".join(p.name.split()): p for p in release.extraction.people
               if p.name and not is_bare_surname(p.name) and _carries_surname(p.name, surname)}
    return list(matches.values())


def _post_holder(person: PersonMention, surname: str,
                 release: ReleaseContext) -> registry.Person | None:
    """The one registry person with this surname who, on the release's day, held a post the
    release gives the person ("Chief Executive Mr Tung" in 2001); None when the day is not
    known, or no post, or not exactly one such person."""
    if release.day is None or not person.posts:
        return None
    posts = {resolve_post(post, release).key for post in person.posts}
    holders = {candidate.key: candidate for candidate in registry.people()
               if any(candidate.holds(post, release.day) for post in posts)
               and any(_carries_surname(name, surname) for name in candidate.names())}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _plays_a_part(name: str, release: ReleaseContext) -> bool:
    """Whether the release gives a person of this name a part in a meeting."""
    return any(" ".join((role.person.name or "").split()) == name
               for meeting in release.extraction.meetings for role in meeting.roles)


def person_ref(person: registry.Person, name: str, language: str) -> Ref:
    """A registry person with their names in every language the registry has; the name as
    printed becomes an alternative label when it is none of them."""
    alt_labels = person.alt_labels
    if name not in {label for _, label in (*person.labels, *alt_labels)}:
        alt_labels = (*alt_labels, (language, name))
    return Ref(kind="person", key=person.key, labels=person.labels, from_registry=True,
               alt_labels=alt_labels)


def registry_person(person: PersonMention, name: str,
                    release: ReleaseContext) -> registry.Person | None:
    """The one registry person this mention names, or None (unknown, or namesakes the
    release's posts and date do not tell apart)."""
    candidates = registry.find_people(name)
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    posts = [resolve_post(post, release).key for post in person.posts]
    day = release.day
    same_post = [c for c in candidates if any(c.holds(p, day) for p in posts)]
    if same_post:
        return same_post[0] if len(same_post) == 1 else None
    organisations = {o for o in map(post_key_organisation, posts) if o}
    same_organisation = [c for c in candidates
                         if organisations & {post_key_organisation(p) for p in c.posts_on(day)}]
    return same_organisation[0] if len(same_organisation) == 1 else None
