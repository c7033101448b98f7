"""People with their honorifics and posts: the mentions of a release gathered into people.

Mentions come from ``person_mentions.py`` (names, with the posts ``posts.py`` reads next to
them). A later "Mr Wong" is the earlier person with that surname (and the same honorific);
a later mention's posts join the person's, a fuller form replacing a short one.
"""

from __future__ import annotations

from pressgraph.extract.nametokens import body_region, normalise
from pressgraph.extract.person_mentions import RawMention, scan_mentions
from pressgraph.model import (
    AcronymDefinition,
    ParsedRelease,
    PersonMention,
    PostMention,
    Span,
)


def name_spans(release: ParsedRelease,
               acronyms: tuple[AcronymDefinition, ...]) -> tuple[Span, ...]:
    """Where the body names a person (with an honorific, or after the post), in text order."""
    return tuple(raw.span for raw in scan_mentions(release, body_region(release), acronyms)
                 if raw.name is not None)


def find_people(release: ParsedRelease,
                acronyms: tuple[AcronymDefinition, ...]) -> tuple[PersonMention, ...]:
    """Every named person (and every chair known only by post), with posts, in text order."""
    people: list[PersonMention] = []
    mentions = scan_mentions(release, body_region(release), acronyms)
    for position, raw in enumerate(mentions):
        if raw.name is None:
            people.append(PersonMention(None, raw.span, None, tuple(raw.posts)))
            continue
        index = _match(raw, people)
        if index is None:
            name = _named_in_full_later(raw.name, mentions[position + 1:]) or raw.name
            people.append(PersonMention(name, raw.span, raw.honorific, tuple(raw.posts)))
            continue
        person = people[index]
        posts = _merged_posts(person.posts, raw.posts)
        name = person.name
        if raw.name and person.name and len(raw.name) > len(person.name) and (
                raw.name.split()[-1] == person.name.split()[-1]
                or raw.name.split()[0] == person.name.split()[0]):
            name = raw.name
        if posts != person.posts or name != person.name:
            people[index] = PersonMention(name, person.span, person.honorific, posts)
    return tuple(people)


def _named_in_full_later(name: str, later: list[RawMention]) -> str | None:
    """The full name a surname stands for when the release uses the surname first and the
    full name only later ("Mr Wong (left) meets ..." in a caption over "Secretary for
    Labour Peter Wong said ..."): the one longer name of the later mentions that holds it
    as its first or last word; None when there is none, or several."""
    words = name.split()
    if len(words) != 1:
        return None
    fuller = {m.name for m in later if m.name and len(m.name.split()) > 1
              and words[0] in (m.name.split()[0], m.name.split()[-1])}
    return fuller.pop() if len(fuller) == 1 else None


def _merged_posts(posts: tuple[PostMention, ...],
                  more: list[PostMention]) -> tuple[PostMention, ...]:
    """The posts of a person with those of a later mention: a post already held is not
    added again, nor its short form ("Governor" after "Governor of Guangdong Province");
    a fuller form replaces the short one."""
    merged = list(posts)
    for post in more:
        words = normalise(post.title).split()
        held = [normalise(q.title).split() for q in merged]
        if any(h[:len(words)] == words for h in held):
            continue
        shorter = next((i for i, h in enumerate(held) if words[:len(h)] == h), None)
        if shorter is not None:
            merged[shorter] = post
        else:
            merged.append(post)
    return tuple(merged)


def _match(raw: RawMention, people: list[PersonMention]) -> int | None:
    """The earlier person this mention refers to: same full name, or the surname (first
    or last word of the name) with the same honorific, the most recent first; without one
    of the same honorific, the first named."""
    if raw.name is None:
        return None
    for index, person in enumerate(people):
        if person.name == raw.name:
            return index
    words = raw.name.split()
    candidates = [i for i, p in enumerate(people) if p.name and len(p.name.split()) > len(words)
                  and _contains_run(p.name.split(), words)]
    if not candidates:
        return None
    same = [i for i in candidates if people[i].honorific == raw.honorific]
    if same:
        return same[-1]
    # no honorific tells them apart ("Financial Secretary Paul Chan" ... "Under Secretary
    # Bernard Chan" ... "Mr Chan"): the one the release named first, its main figure
    return candidates[0]


def _contains_run(name: list[str], words: list[str]) -> bool:
    """Whether ``words`` occur together, in order, inside ``name``."""
    return any(name[i:i + len(words)] == words for i in range(len(name) - len(words) + 1))


def resolve(raw: RawMention, people: tuple[PersonMention, ...]) -> PersonMention | None:
    """The person (from :func:`find_people`) a mention names."""
    if raw.name is None:
        for person in people:
            if person.name is None and person.span == raw.span:
                return person
        return PersonMention(None, raw.span, None, tuple(raw.posts))
    index = _match(raw, list(people))
    return people[index] if index is not None else None
