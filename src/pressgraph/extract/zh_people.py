"""People and their posts in Chinese releases.

Chinese prints the post before the name and the honorific after it::

    勞工及福利局局長孫玉菡        創新科技及工業局局長孫東教授
    廣東省委常委、組織部部長、省委人才工作領導小組辦公室主任程福波
    扶貧委主席政務司司長陳國基    香港特別行政區（香港特區）政府政務司司長陳國基

A post is an organisation run ending in a post word (``局長``, ``主任``...). The run
reaches back to punctuation or to a word that cannot be inside a name (``由``, ``與``,
``包括``...). Posts joined by ``、`` or written back to back belong to the one name that
follows the last of them. A name is a surname and one or two more characters; its length
is settled by what follows it (an honorific, punctuation, a date, a verb). The posts are
read by ``zh_posts.py``, the names by ``zh_names.py``; this module pairs them into people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pressgraph.chinese_script import to_traditional
from pressgraph.extract.zh_names import ORG_ENDS, honorific_at, is_place, name_at
from pressgraph.extract.zh_posts import (
    JOINED_POSTS,
    PostRun,
    own_words,
    post_chain_follows,
    post_mentions,
    post_run,
    post_word_at,
    post_words,
)
from pressgraph.extract.zh_text import is_cjk, lexicon, strip_brackets
from pressgraph.model import (
    AcronymDefinition,
    OrganisationMention,
    PersonMention,
    PostMention,
    Span,
)


@dataclass(frozen=True)
class Person:
    """A person found, with where the post phrase starts (for subject detection)."""

    mention: PersonMention
    start: int  # where the first post (or the name) starts
    name_span: Span | None
    government: str | None = None  # the government named in the post phrase, as written
    government_start: int | None = None


def find_people(text: str, folded: str, region: Span,
                acronyms: tuple[AcronymDefinition, ...]) -> list[Person]:
    """Every post-and-name phrase in ``region``, in text order (post-only ones included)."""
    people: list[Person] = []
    pending: list[PostRun] = []
    position = floor = region.start
    while position < region.end:
        word = post_word_at(folded, position, region.end)
        if word is None:
            position += 1
            continue
        post = post_run(text, folded, floor, position, position + len(word), acronyms)
        floor = post.word_end
        named_first = _name_first(text, folded, post, position, people, region.end)
        if named_first is not None:  # 胡錦濤主席, 朱總理: the name (or surname) printed first
            if pending:
                people.extend(_without_name(text, pending, acronyms))
                pending = []
            people.append(named_first)
            position = post.word_end
            continue
        if pending and post.start > pending[-1].word_end + 1 and \
                not folded.startswith("兼", pending[-1].word_end):
            people.extend(_without_name(text, pending, acronyms))
            pending = []
        pending.append(post)
        name = name_at(folded, post.word_end, region.end)
        if name is not None:
            name_end = name[1]
            honorific = honorific_at(folded, name_end)
            people.append(_person(text, pending, Span(name[0], name[1]), honorific, acronyms))
            pending = []
            position = floor = name_end + (len(honorific) if honorific else 0)
            continue
        if post_chain_follows(folded, post.word_end, region.end):
            position = post.word_end
            continue
        people.extend(_without_name(text, pending, acronyms))
        pending = []
        position = post.word_end
    if pending:
        people.extend(_without_name(text, pending, acronyms))
    return _named_by_post(_with_later_mentions(folded, region, people))


def _named_by_post(people: list[Person]) -> list[Person]:
    """A bare post (``處長``) after one person was named with a post ending in it
    (``警務處處長盧偉聰``) refers to that person; with two such people, to neither. A post
    printed in full without a name (``駐滬辦主任分別與…會面``) is held by the one person the
    release names with that very post, before or after it (a caption's ``駐滬辦主任蔡亮``)."""
    found: list[Person] = []
    for person in people:
        mention = person.mention
        if mention.name is None and len(mention.posts) == 1:
            title = to_traditional(mention.posts[0].title)
            holders = {p.mention.name for p in found if p.mention.name and any(
                to_traditional(post.title).endswith(title) for post in p.mention.posts)
            } if _bare(mention.posts[0]) else {
                p.mention.name for p in people if p.mention.name and any(
                    to_traditional(post.title) == title for post in p.mention.posts)}
            if len(holders) == 1:
                person = Person(replace(mention, name=holders.pop()), person.start,
                                None, person.government, person.government_start)
        found.append(person)
    return found


def _bare(post: PostMention) -> bool:
    """A post printed without its organisation: ``處長``, or ``行政長官``, whose government
    the lexicon knows but the text does not print."""
    return post.organisation is None or not post.organisation.mentions


def _with_later_mentions(folded: str, region: Span, people: list[Person]) -> list[Person]:
    """The people with every later mention of their name alone (``由蘇錦樑與…共同主持``
    after ``商務及經濟發展局局長蘇錦樑``): the same person, at that place."""
    taken = [Span(p.start, p.name_span.end if p.name_span else p.mention.span.end)
             for p in people]
    found: list[Person] = []
    named = sorted((p for p in people if p.name_span is not None
                    and p.name_span.end - p.name_span.start >= 2),
                   key=lambda p: -(p.name_span.end - p.name_span.start))  # type: ignore[union-attr]
    seen: set[str] = set()
    for person in named:
        span = person.name_span
        assert span is not None
        name = folded[span.start:span.end]
        if name in seen:
            continue
        seen.add(name)
        position = folded.find(name, span.end, region.end)
        while position >= 0:
            here = Span(position, position + len(name))
            if not any(t.start < here.end and here.start < t.end for t in taken):
                found.append(Person(person.mention, position, here, person.government,
                                    person.government_start))
                taken.append(here)
            position = folded.find(name, here.end, region.end)
    return sorted(people + found, key=lambda p: p.start)


def _name_first(text: str, folded: str, post: PostRun, word_start: int, earlier: list[Person],
                end: int) -> Person | None:
    """A name printed before its post, as the Mainland's leaders are named (``胡錦濤主席``,
    ``韓正書記和應勇市長``), or a surname alone before the post of someone named earlier
    (``朱總理`` after ``朱鎔基總理``, ``錢副總理`` after ``國務院副總理錢其琛``). The name is
    the whole run before the post word, and no name follows the post word (``高級主任陳某``
    is a post and its holder)."""
    run = folded[post.start:word_start]
    if not all(is_cjk(ch) for ch in run) or name_at(folded, post.word_end, end) is not None:
        return None
    if len(run) > 4:
        return _organisation_name_post(text, folded, post, word_start)
    if not run:
        return None
    lex = lexicon()
    surname = run[:2] if run[:2] in lex.surnames else run[:1] if run[:1] in lex.surnames else ""
    if not surname or run.startswith(own_words().not_names) or run[-1] in ORG_ENDS \
            or is_place(run):
        return None
    word = folded[word_start:post.word_end]
    if run == surname:  # a surname alone: the person named in full with that post
        for person in earlier:
            name = person.mention.name
            if name and person.name_span is not None and \
                    to_traditional(name).startswith(surname) and any(
                        to_traditional(p.title).endswith(word) for p in person.mention.posts):
                return Person(person.mention, post.start, Span(post.start, post.word_end),
                              person.government, person.government_start)
        return None
    if not 1 <= len(run) - len(surname) <= 2:
        return None
    honorific = honorific_at(folded, post.word_end)
    end_ = post.word_end + (len(honorific) if honorific else 0)
    title = text[word_start:post.word_end]
    mention = PersonMention(name=text[post.start:word_start], span=Span(post.start, end_),
                            honorific=honorific,
                            posts=(PostMention(title=title, span=Span(word_start, post.word_end),
                                               organisation=None),))
    return Person(mention, post.start, Span(post.start, word_start))


def _organisation_name_post(text: str, folded: str, post: PostRun,
                            word_start: int) -> Person | None:
    """An organisation, then a name printed before its post: ``公安部陳智明部長助理``,
    ``港澳辦張明副主任``. The post is the word printed after the name; the organisation is
    the one it is held in."""
    lex = lexicon()
    run = folded[post.start:word_start]
    for size in (3, 2):
        name, head = run[-size:], run[:-size]
        surname = name[:2] if name[:2] in lex.surnames else name[:1] \
            if name[:1] in lex.surnames else ""
        if not surname or len(name) == len(surname) or head[-1] not in ORG_ENDS \
                or name[-1] in ORG_ENDS or is_place(name) or is_place(name[:2]):
            continue
        name_start = word_start - size
        honorific = honorific_at(folded, post.word_end)
        end_ = post.word_end + (len(honorific) if honorific else 0)
        organisation = OrganisationMention(
            name=strip_brackets(head), span=Span(post.start, name_start),
            mentions=(text[post.start:name_start],))
        mention = PersonMention(
            name=text[name_start:word_start], span=Span(post.start, end_), honorific=honorific,
            posts=(PostMention(title=text[word_start:post.word_end],
                               span=Span(word_start, post.word_end), organisation=organisation),))
        return Person(mention, post.start, Span(name_start, word_start))
    return None


def names_follow(folded: str, post: str) -> bool:
    """Whether the text prints ``post`` somewhere with a name after it: a character of a
    name (CJK or Latin) that opens none of the words that follow a post alone
    (``…總裁一職``, ``…局長及…``, ``…部長會面``)."""
    for match in re.finditer(re.escape(post), folded):
        after = folded[match.end():match.end() + 4]
        if re.match(r"[\u4e00-\u9fffA-Za-z]", after) and not after.startswith(
                own_words().post_followers):
            return True
    return False


def only_attends(clause: str) -> bool:
    """Whether the people of a clause only attended its meeting (``將出席…部長會議``):
    an attending verb, and none of chairing or leading a side."""
    words = own_words()
    folded = to_traditional(clause)
    return any(w in folded for w in words.attend_verbs) and not any(
        w in folded for w in words.lead_verbs)


def is_deputy(person: Person) -> bool:
    """Whether every post the person holds is a deputy's: its rank word, the post word it
    ends with, opens with a deputy mark (``副市長``, ``港澳辦副主任``, ``常務副省長``)."""
    marks = own_words().deputy_marks
    titles = [to_traditional(post.title) for post in person.mention.posts]
    return bool(titles) and all(
        any(title.endswith(mark + word) for mark in marks for word in post_words())
        for title in titles)


def _person(text: str, posts: list[PostRun], name_span: Span, honorific: str | None,
            acronyms: tuple[AcronymDefinition, ...]) -> Person:
    end = name_span.end + (len(honorific) if honorific else 0)
    government = next((p.government for p in posts if p.government), None)
    government_start = next((p.start for p in posts if p.government), None)
    mention = PersonMention(name=text[name_span.start:name_span.end],
                            span=Span(posts[0].start, end), honorific=honorific,
                            posts=post_mentions(text, posts, acronyms))
    return Person(mention, posts[0].start, name_span, government, government_start)


def _without_name(text: str, posts: list[PostRun],
                  acronyms: tuple[AcronymDefinition, ...]) -> list[Person]:
    """Posts no name follows. Listed ones (``與財政部部長、市委書記和市長會面``) are held by
    different people, one each; posts joined by 兼 stay one holder's."""
    groups: list[list[PostRun]] = []
    for post in posts:
        if groups and text.startswith(JOINED_POSTS, groups[-1][-1].word_end):
            groups[-1].append(post)
        else:
            groups.append([post])
    people = []
    for group in groups:
        mention = PersonMention(name=None, span=Span(group[0].start, group[-1].word_end),
                                posts=post_mentions(text, group, acronyms))
        government = next((p.government for p in group if p.government), None)
        government_start = next((p.start for p in group if p.government), None)
        people.append(Person(mention, group[0].start, None, government, government_start))
    return people
