"""The posts of the people at a meeting, read for its participants: the organisation a
principal's post names ("Guangdong Province" of "Governor of Guangdong Province"), the
registry organisations the people hold posts in, and the posts that are only an attendee's
rank or held concurrently (an organisation named there is not thereby a party).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pressgraph import registry
from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import normalise
from pressgraph.extract.org_names import org_spans
from pressgraph.extract.org_sides import SIDES, name_side, nationality_side
from pressgraph.model import (
    OrganisationMention,
    ParsedRelease,
    PersonMention,
    PostMention,
    Side,
    Span,
)
from pressgraph.registry import gazetteer


def attendee_post_spans(people: tuple[PersonMention, ...],
                         principals: tuple[PersonMention, ...]) -> list[Span]:
    """The posts of the people at the meeting who do not lead it: an organisation named
    there is the attendee's rank, not a party (unless the text names it elsewhere)."""
    leading = {p.span for p in principals}
    return [post.span for person in people if person.span not in leading
            for post in person.posts]


def with_principal_posts(release: ParsedRelease, found: list[OrganisationMention],
                          principals: tuple[PersonMention, ...]) -> list[OrganisationMention]:
    """``found`` with the organisation each principal's post names, in the post's own
    wording ("Guangdong Province" of "Governor of Guangdong Province", "Fujian" of "Fujian
    Vice-Governor"): the organisation the principal heads or represents. One the registry
    knows as an organisation already found takes the post's wording as another mention."""
    out = list(found)
    concurrent = set(concurrent_post_spans(principals))
    for person in principals:
        for post in person.posts:
            named = None if post.span in concurrent else _post_organisation(release, post)
            if named is None:
                continue
            key = registry_key(named.name, release)
            same = next((k for k, o in enumerate(out) if normalise(named.name) in {
                normalise(n) for n in (o.name, *o.mentions)} or (
                    key is not None and registry_key(o.name, release) == key)
                or _governs(o.name, named.name)), None)
            if same is None:
                out.append(named)
            elif named.name not in out[same].mentions:
                old = out[same]
                out[same] = replace(old, mentions=(*old.mentions, named.name))
    return out


def _governs(government: str, territory: str) -> bool:
    """Whether ``government`` is the government of the place ``territory`` ("Shenzhen
    Municipal Government" of "Shenzhen" in the Mayor's post): the place's name is then
    another wording of that participant, not a participant of its own."""
    if gazetteer.find(territory) is None or not (
            government.endswith("Government") or government.startswith((
                "Government of", "People's Government of"))):
        return False
    return bool(re.search(rf"(?<![\w-]){re.escape(territory)}(?![\w-])", government))


def registry_key(name: str, release: ParsedRelease) -> str | None:
    """The registry's key of the organisation so named, also when an article stands before
    the place its name ends in ("People's Government of the Guangdong Province")."""
    entry = registry.find_organisation(name, release.release_date)
    if entry is None and " of the " in name:
        entry = registry.find_organisation(name.replace(" of the ", " of "),
                                           release.release_date)
    return entry.key if entry is not None else None


_OF_ORGANISATION = re.compile(r"\bof (?:the )?")


def _post_organisation(release: ParsedRelease, post: PostMention) -> OrganisationMention | None:
    """The organisation or sub-national polity a post names: the post's organisation when
    it is part of the title, else what follows its last "of", else the place opening it
    ("Guangdong Governor"). A country is a place, not an organisation."""
    title = post.title
    if title.split()[0] in wordlists.words("membership_posts.txt"):
        return None  # a member of a body does not head or represent it
    candidates: list[tuple[int, str]] = []
    organisation = post.organisation
    if organisation is not None:
        at = title.find(organisation.name)
        if at >= 0 and normalise(organisation.name) != normalise(title):
            candidates.append((at, organisation.name))
    for match in _OF_ORGANISATION.finditer(title):
        candidates.append((match.end(), title[match.end():]))
    words = title.split()
    for cut in range(len(words) - 1, 0, -1):
        if words[cut].split("-")[-1] in wordlists.post_heads() or words[cut].removesuffix(
                "-General") in wordlists.post_heads():
            opening = words[:cut]
            while opening and opening[-1] in wordlists.post_modifiers():
                opening.pop()
            candidates.append((0, " ".join(opening)))
    for _at, name in candidates:
        name = name.strip(" ,")
        if not name or not name[0].isupper():
            continue
        side = _named_side(name, release)
        if side is None:
            continue
        side = post_country_side(title, name) or side
        start = release.text.find(name, post.span.start, post.span.end)
        if start < 0:
            continue  # not printed as such inside the post: no span to trace it to
        return OrganisationMention(name=name, span=Span(start, start + len(name)), side=side,
                                   mentions=(name,))
    return None


def post_country_side(title: str, organisation: str) -> Side | None:
    """The side of the country a post names besides its organisation: by a nationality
    adjective or a country opening it ("US Secretary of the Treasury"), or a country closing
    it ("Director of the Coastal Survey Office of Chile"). The organisation is that country's,
    whatever the registry knows by the same name at home or a generic word of its name
    suggests."""
    at = title.find(organisation)
    rest = title if at < 0 else title[:at] + " " + title[at + len(organisation):]
    side = nationality_side(rest)
    for country in (re.match(r"([A-Z][\w'’.-]*)\s", rest.strip()),
                    re.search(r"\bof (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)$", rest.strip())):
        if side is not None or country is None:
            continue
        place = gazetteer.find(country.group(1))
        if place is not None and place.kind in _BARE_PLACE_KINDS:
            side = gazetteer.side_of_place(country.group(1))
    return side if side in SIDES else None  # type: ignore[return-value]


# Kinds of place that a post names as a place, never as an organisation.
_BARE_PLACE_KINDS = frozenset({"country", "territory"})


def _bare_place(place: gazetteer.WorldPlace) -> bool:
    """A country or territory, or a registry place in nothing: a place, never a government
    ("Australia", "Hong Kong"). A province or city of the world gazetteer lies in a country
    (its ``country`` code), so it names its government ("Hebei" of "Hebei Governor")."""
    return (place.kind in _BARE_PLACE_KINDS or place.origin == "country"
            or (place.within is None and not (place.origin in ("subdivision", "city")
                                              and place.country)))


def _named_side(name: str, release: ParsedRelease) -> Side | None:
    """The side of an organisation or sub-national polity so named; None when the name is
    neither (a country, a common word). A country is a place before the registry is asked
    for a government of that name ("Deputy Prime Minister of Australia", "UK Secretary of
    State" name no participant), and so is a territory named bare ("Director of Health of
    Hong Kong"): only its government's own name ("Hong Kong Special Administrative
    Region") names the government."""
    place = gazetteer.find(name)
    if place is not None and _bare_place(place):
        return None
    entry = registry.find_organisation(name, release.release_date)
    if entry is not None and entry.side in SIDES:
        return entry.side  # type: ignore[return-value]
    place = gazetteer.find(name)
    if place is not None:
        if _bare_place(place):
            return None
        side = gazetteer.side_of_place(name)
        return side if side in SIDES else None  # type: ignore[return-value]
    spans = org_spans(name, 0, len(name))
    if spans and spans[0].start == 0 and spans[0].end == len(name):
        return name_side(name) or name_side(name, strong_only=False)
    return None


def _without_qualifier(title: str) -> str:
    """"Acting Secretary for Development" holds the post "Secretary for Development"."""
    return title.removeprefix("Acting ")


def held_by_someone_there(mention: OrganisationMention, held: frozenset[str],
                           release: ParsedRelease) -> bool:
    """The organisation is one a person at the meeting holds a post in ("the Governor of
    Guangdong Province" for "the Guangdong Provincial Government"), by the registry."""
    if not held:
        return False
    entry = registry.find_organisation(mention.name, release.release_date)
    return entry is not None and entry.key in held


def concurrent_post_spans(people: tuple[PersonMention, ...]) -> list[Span]:
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


def headed_organisations(release: ParsedRelease,
                          people: tuple[PersonMention, ...]) -> frozenset[str]:
    """Registry keys of the organisations the people's posts name and are in: "Governor
    of Guangdong Province" heads the Guangdong Provincial Government; "Chief Executive"
    names none."""
    return frozenset(key for person in people for post in person.posts
                     if _post_organisation(release, post) is not None
                     and (found := registry.find_post(_without_qualifier(post.title))) is not None
                     and (key := found.organisation))


def held_organisations(people: tuple[PersonMention, ...]) -> frozenset[str]:
    """Registry keys of the organisations the people at the meeting hold posts in."""
    return frozenset(post.organisation for person in people for p in person.posts
                     if (post := registry.find_post(_without_qualifier(p.title))) is not None)
