"""People and their posts in Chinese releases.

Chinese prints the post before the name and the honorific after it::

    勞工及福利局局長孫玉菡        創新科技及工業局局長孫東教授
    廣東省委常委、組織部部長、省委人才工作領導小組辦公室主任程福波
    扶貧委主席政務司司長陳國基    香港特別行政區（香港特區）政府政務司司長陳國基

A post is an organisation run ending in a post word (``局長``, ``主任``...). The run
reaches back to punctuation or to a word that cannot be inside a name (``由``, ``與``,
``包括``...). Posts joined by ``、`` or written back to back belong to the one name that
follows the last of them. A name is a surname and one or two more characters; its length
is settled by what follows it (an honorific, punctuation, a date, a verb).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressgraph.extract.zh_orgs import expand as _expand
from pressgraph.extract.zh_orgs import side_of
from pressgraph.extract.zh_text import PUNCTUATION, is_cjk, lexicon, strip_brackets
from pressgraph.model import (
    AcronymDefinition,
    OrganisationMention,
    PersonMention,
    PostMention,
    Span,
)

# Words that end the run of an organisation name to the left of a post.
_NUMERAL_DATE = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月")
_GOVERNMENT = re.compile(r"^(?P<gov>.+?(?:人民政府|政府))(?P<rest>.+)$")


@dataclass(frozen=True)
class _Post:
    start: int  # of the run, in the release text
    word_end: int  # end of the post word
    title: str  # normalised: brackets removed, acronyms expanded
    organisation: str | None  # the organisation run as written (brackets kept)
    organisation_start: int
    government: str | None  # a government named before an office: 香港特別行政區（香港特區）政府


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
    pending: list[_Post] = []
    position = floor = region.start
    while position < region.end:
        word = _post_word_at(folded, position, region.end)
        if word is None:
            position += 1
            continue
        post = _post(text, folded, floor, position, position + len(word), acronyms)
        floor = post.word_end
        if pending and post.start > pending[-1].word_end + 1:
            people.append(_without_name(pending, acronyms))
            pending = []
        pending.append(post)
        name = _name_at(folded, post.word_end, region.end)
        if name is not None:
            name_end = name[1]
            honorific = _honorific_at(folded, name_end)
            people.append(_person(text, pending, Span(name[0], name[1]), honorific, acronyms))
            pending = []
            position = floor = name_end + (len(honorific) if honorific else 0)
            continue
        if _post_chain_follows(folded, post.word_end, region.end):
            position = post.word_end
            continue
        people.append(_without_name(pending, acronyms))
        pending = []
        position = post.word_end
    if pending:
        people.append(_without_name(pending, acronyms))
    return people


def _post_word_at(folded: str, position: int, end: int) -> str | None:
    if position >= len(folded):
        return None
    for word in _post_words_by_first(lexicon().post_words).get(folded[position], ()):
        if folded.startswith(word, position) and position + len(word) <= end:
            after = folded[position + len(word):position + len(word) + 2]
            if after[:1] in ("館", "團", "辦", "室", "處", "署", "局") or (
                    after[:1] == "會" and after[1:2] not in ("面", "晤", "見", "議", "上", "後",
                                                            "談", "同", "")):
                return None  # 主席團, 大使館: the post word is part of an organisation
            return word
    return None


_POST_WORD_INDEX: tuple[tuple[str, ...], dict[str, tuple[str, ...]]] = ((), {})


def _post_words_by_first(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The post words by their first character, each group in the lexicon's order: only
    those can start at a position, and the first of them that does is the one chosen."""
    global _POST_WORD_INDEX
    if _POST_WORD_INDEX[0] is not words:
        index: dict[str, list[str]] = {}
        for word in words:
            index.setdefault(word[0], []).append(word)
        _POST_WORD_INDEX = (words, {first: tuple(group) for first, group in index.items()})
    return _POST_WORD_INDEX[1]


def _post(text: str, folded: str, floor: int, word_start: int, word_end: int,
          acronyms: tuple[AcronymDefinition, ...]) -> _Post:
    start = _run_start(folded, floor, word_start)
    lex = lexicon()
    prefix = next((p for p in lex.post_prefixes if folded.startswith(p, start)), "")
    org_start = start + len(prefix)
    organisation_raw = text[org_start:word_start]
    organisation_folded = folded[org_start:word_start]
    government = None
    plain = strip_brackets(organisation_folded)
    match = _GOVERNMENT.match(plain)
    if match and match.group("rest") and side_of(match.group("gov")) != "overseas":
        # 香港特別行政區政府 + 政務司: the office's post, in the government's name (a foreign
        # government's office stays in the title: 新西蘭政府財政部部長 is no post of ours)
        government_folded_len = _raw_length_of(organisation_folded, match.group("gov"))
        government = organisation_raw[:government_folded_len]
        org_start += government_folded_len
        organisation_raw = text[org_start:word_start]
        organisation_folded = folded[org_start:word_start]
    organisation_raw = re.sub(r"[（(][^（）()]*[）)]$", "", organisation_raw)  # 管理局（前海管理局）
    title_org = _expand(strip_brackets(organisation_raw), acronyms)
    title = text[start:start + len(prefix)] + title_org + text[word_start:word_end]
    return _Post(start=start, word_end=word_end, title=title,
                 organisation=organisation_raw or None, organisation_start=org_start,
                 government=government)


def _raw_length_of(raw: str, plain_prefix: str) -> int:
    """How many characters of ``raw`` (brackets kept) cover ``plain_prefix`` (brackets dropped)."""
    depth, matched = 0, 0
    for index, ch in enumerate(raw):
        if matched == len(plain_prefix) and depth == 0:
            return index
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        elif depth == 0:
            matched += 1
    return len(raw)


def _run_start(folded: str, floor: int, word_start: int) -> int:
    """Where the organisation run before a post word begins."""
    index = word_start
    while index > floor:
        ch = folded[index - 1]
        if ch in "）)":  # an acronym defined inside the name: skip the bracket
            opening = max(folded.rfind("（", floor, index), folded.rfind("(", floor, index))
            if opening < 0 or not _is_short_form(folded[opening + 1:index - 1]):
                break
            index = opening
            continue
        if ch in PUNCTUATION or not (is_cjk(ch) or ch.isalnum()):
            break
        index -= 1
    run = folded[index:word_start]
    cut = 0
    for stop in lexicon().post_run_stops:
        position = run.rfind(stop)
        if position >= 0 and not _inside_bracket(run, position):
            cut = max(cut, position + len(stop))
    start = index + cut
    while folded[start:start + 1] in ("和", "及", "、") and start < word_start:
        start += 1  # 孫玉菡和民政及青年事務局局長: a conjunction, not part of the name
    return start


def _inside_bracket(run: str, position: int) -> bool:
    return run.count("（", 0, position) > run.count("）", 0, position)


def _is_short_form(text: str) -> bool:
    return 0 < len(text) <= 10 and all(is_cjk(ch) or ch.isalnum() for ch in text) and \
        not _NUMERAL_DATE.match(text)


def _name_at(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a personal name starting at ``start``, if one is there."""
    lex = lexicon()
    surname = folded[start:start + 2] if folded[start:start + 2] in lex.surnames else None
    if surname is None and folded[start:start + 1] in lex.surnames:
        surname = folded[start]
    if surname is None:
        return None
    for given in (2, 1, 3):  # most names have two given characters; 孫東 one; 林鄭月娥 three
        name_end = start + len(surname) + given
        if name_end > end:
            continue
        name = folded[start:name_end]
        if not all(is_cjk(ch) for ch in name):
            continue
        if _ends_name(folded, name_end, end):
            return start, name_end
    return None


def _ends_name(folded: str, position: int, end: int) -> bool:
    lex = lexicon()
    if position >= end:
        return True
    rest = folded[position:end]
    if rest[0] in PUNCTUATION or rest[0].isdigit():
        return True
    if _NUMERAL_DATE.match(rest):
        return True
    return any(rest.startswith(w) for w in lex.honorifics + lex.name_followers)


def _honorific_at(folded: str, position: int) -> str | None:
    return next((h for h in lexicon().honorifics if folded.startswith(h, position)), None)


def _post_chain_follows(folded: str, position: int, end: int) -> bool:
    """Another post follows directly or after 、: the posts share one name."""
    if position < end and folded[position] == "、":
        position += 1
    window = folded[position:min(end, position + 40)]
    for offset in range(len(window)):
        ch = window[offset]
        if ch in PUNCTUATION and ch not in "（）":
            return False
        if _post_word_at(folded, position + offset, end):
            return True
    return False


def _organisation(post: _Post,
                  acronyms: tuple[AcronymDefinition, ...]) -> OrganisationMention | None:
    lex = lexicon()
    government = lex.government_posts.get(_plain_title(post.title))
    if government:
        return OrganisationMention(name=government, span=Span(post.start, post.word_end))
    if not post.organisation:
        return None
    name = _expand(strip_brackets(post.organisation), acronyms)
    return OrganisationMention(name=name, span=Span(post.organisation_start,
                                                    post.organisation_start
                                                    + len(post.organisation)),
                               mentions=(post.organisation,))


def _plain_title(title: str) -> str:
    lex = lexicon()
    for prefix in lex.post_prefixes:
        if title.startswith(prefix):
            return title[len(prefix):]
    return title


def _post_mentions(posts: list[_Post],
                   acronyms: tuple[AcronymDefinition, ...]) -> tuple[PostMention, ...]:
    return tuple(PostMention(title=p.title, span=Span(p.start, p.word_end),
                             organisation=_organisation(p, acronyms)) for p in posts)


def _person(text: str, posts: list[_Post], name_span: Span, honorific: str | None,
            acronyms: tuple[AcronymDefinition, ...]) -> Person:
    end = name_span.end + (len(honorific) if honorific else 0)
    government = next((p.government for p in posts if p.government), None)
    government_start = next((p.start for p in posts if p.government), None)
    mention = PersonMention(name=text[name_span.start:name_span.end],
                            span=Span(posts[0].start, end), honorific=honorific,
                            posts=_post_mentions(posts, acronyms))
    return Person(mention, posts[0].start, name_span, government, government_start)


def _without_name(posts: list[_Post], acronyms: tuple[AcronymDefinition, ...]) -> Person:
    mention = PersonMention(name=None, span=Span(posts[0].start, posts[-1].word_end),
                            posts=_post_mentions(posts, acronyms))
    government = next((p.government for p in posts if p.government), None)
    government_start = next((p.start for p in posts if p.government), None)
    return Person(mention, posts[0].start, None, government, government_start)
