"""Stage 4: bind every extracted mention to a natural key (registry entry or minted).

What resolves to what, in order of precedence:

* **Organisations.** An acronym or short form the release defines in brackets is replaced by
  its expansion first (the text wins over the registry: the same letters name different
  bodies in different years); then the registry is asked for the name, each surface form
  and the acronym, in English or Chinese, choosing among namesakes the one in existence on
  the release date; then a back-reference ("the Bureau", "the Working Group") binds to
  the latest organisation or body before it in the release whose name has those words;
  then a portfolio ("Water Resources", from "Vice Minister of Water Resources") binds to
  the one registry organisation named "... of Water Resources". A name the
  registry does not know gets a key minted from its normalised name (``org/named/<slug>``),
  so the same unknown name is one node across releases; ``Ref.from_registry`` is False.
* **Posts.** "Acting"/"署理" is dropped (the post is the same post); the registry is asked
  for the title; otherwise the title is split into a role and an organisation ("Deputy
  Director-General" + "Department of ... of Guangdong Province"; "深圳市委" + "常委") and the
  key is ``post/<organisation path>/<role>``, the role read through ``roles.csv`` so that
  both languages give the same key.
* **People.** A name (honorific apart) that the registry's people table has, in any
  language, resolves to that person's key, so the Chinese and the English version of a
  release name one node, with names in both languages. Namesakes in the registry are told
  apart by the posts the release gives them: the one who held that post on the release
  date, else the one who held a post in the same organisation then; if that does not
  single one out, the name is bound to none of them. A name the registry does not know is
  keyed by the name as printed (``person/<slug>``): the same name in two releases is one
  person. A Chinese name is keyed in one script (``name_slug``), so the Traditional and
  the Simplified release name one person, organisation or body.
* **Meetings** (``meeting_key``; the rule is in ontology/README.md, "Meeting identity"): a
  registry body's by body (and session) with the ordinal, else the date. Any other
  meeting by a digest of its language-independent facts — date, registry or gazetteer
  place, ordinal and the sorted registry keys of its parties — when they suffice; else a
  body only the release names keys it by that name; else the key is scoped to the
  release, so two different meetings never share one.

The rules live in one module per kind of node, each importing only those before it:
``context`` (the release being resolved; references), ``organisations``, ``posts``,
``people``, ``meetings``. This module runs them over a release, in that order.
"""

from __future__ import annotations

from collections.abc import Iterator

from pressgraph.model import (
    Extraction,
    OrganisationMention,
    PersonMention,
    PostMention,
    Ref,
    ResolvedMeeting,
    ResolvedRelease,
)
from pressgraph.resolve.context import ReleaseContext, name_slug, release_key
from pressgraph.resolve.meetings import (
    meeting_key,
    meeting_session,
    resolve_body,
    resolve_place,
    resolve_series,
    unique_keys,
)
from pressgraph.resolve.organisations import resolve_organisation
from pressgraph.resolve.people import is_bare_surname, resolve_person
from pressgraph.resolve.posts import post_organisation, resolve_post, split_posts, with_parent

# The names other stages and the tests use, whichever module of the stage holds them.
__all__ = [
    "is_bare_surname", "meeting_key", "name_slug", "organisation_mentions",
    "post_organisation", "release_key", "resolve", "resolve_place", "split_posts",
]


def organisation_mentions(extraction: Extraction) -> Iterator[OrganisationMention]:
    """Every organisation mention of the release, in text order of first mention."""
    found: list[OrganisationMention] = []  # the same mention may come from several places
    for meeting in extraction.meetings:
        found.extend(meeting.participants)
        for visit in meeting.visits:
            if visit.organisation.strip():  # the place or organisation visited
                found.append(OrganisationMention(name=visit.organisation, span=visit.span))
            if visit.arranged_by is not None:
                found.append(visit.arranged_by)
        for outcome in meeting.outcomes:
            found.extend(outcome.parties)
    for post in _post_mentions(extraction):
        if post.organisation is not None:
            found.append(post.organisation)
    yield from sorted(dict.fromkeys(found), key=lambda m: (m.span.start, m.span.end, m.name))


def _people(extraction: Extraction) -> list[PersonMention]:
    people = list(extraction.people)
    for meeting in extraction.meetings:
        people.extend(role.person for role in meeting.roles)
    people.extend(s.speaker for s in extraction.statements if s.speaker is not None)
    return people


def _post_mentions(extraction: Extraction) -> list[PostMention]:
    return [post for person in _people(extraction) for post in person.posts]



def resolve(extraction: Extraction) -> ResolvedRelease:
    release = ReleaseContext.of(extraction)
    release_id = release.release_id

    bodies: list[Ref | None] = []
    for meeting in extraction.meetings:
        offset = (meeting.body_span or meeting.span).start
        body = resolve_body(meeting.body, release, offset) if meeting.body else None
        if body is not None and meeting.body:
            release.seen.append((offset, meeting.body, body))
        bodies.append(body)

    organisations: dict[str, Ref] = {}
    for mention in organisation_mentions(extraction):
        ref = resolve_organisation(mention, release)
        release.seen.append((mention.span.start, mention.name, ref))
        for surface in (mention.name, *mention.mentions, mention.acronym):
            if surface:
                organisations.setdefault(surface, ref)

    posts: dict[str, Ref] = {}
    for post in _post_mentions(extraction):
        if post.title not in posts:
            posts[post.title] = with_parent(resolve_post(post, release))

    people: dict[str, Ref] = {}
    for person in _people(extraction):
        ref = resolve_person(person, release)
        if ref is not None and person.name:
            people.setdefault(person.name, ref)

    meetings = []
    for index, (meeting, body) in enumerate(zip(extraction.meetings, bodies, strict=True)):
        session = meeting_session(meeting, release)
        series = resolve_series(body, session, release) if body else None
        place = resolve_place(meeting.location, release.language) if meeting.location else None
        meetings.append((meeting, meeting_key(meeting, body, place, release, index),
                         body, series, place))
    keys = unique_keys([m[1] for m in meetings])

    return ResolvedRelease(
        extraction=extraction,
        release_key=release_id,
        meetings=tuple(ResolvedMeeting(meeting=m, key=k, body=b, series=s, place=p)
                       for (m, _, b, s, p), k in zip(meetings, keys, strict=True)),
        organisations=tuple(sorted(organisations.items())),
        people=tuple(sorted(people.items())),
        posts=tuple(sorted(posts.items())),
    )
