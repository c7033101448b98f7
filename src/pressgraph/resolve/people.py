"""People: the registry person a name means (namesakes told apart by the posts the
release gives them), a surname alone bound to the full-named person of the release, else a
person keyed by the name as printed."""

from __future__ import annotations

from pressgraph import registry
from pressgraph.iri import key
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
    if is_bare_surname(name):  # "Mr Lee": the full-named Lee of this release, or no node
        full = _full_name_for(name, release)
        return resolve_person(full, release) if full is not None else None
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


def _full_name_for(surname: str, release: ReleaseContext) -> PersonMention | None:
    """The one person of the release named in full whose name ends (or, in Chinese order,
    begins) with this surname; None when there is none, or several."""
    wanted = surname.strip().casefold()

    def carries(name: str) -> bool:
        if " " not in name.strip():  # a Chinese name: the surname comes first
            return name.strip().startswith(surname.strip())
        words = name.casefold().split()
        return wanted in (words[0], words[-1])

    matches = {" ".join(p.name.split()): p for p in release.extraction.people
               if p.name and not is_bare_surname(p.name) and carries(p.name)}
    return next(iter(matches.values())) if len(matches) == 1 else None


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
