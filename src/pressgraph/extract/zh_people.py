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
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from pressgraph.chinese_script import to_traditional
from pressgraph.extract.zh_orgs import expand as _expand
from pressgraph.extract.zh_sides import side_of
from pressgraph.extract.zh_text import (
    PHOTO_POSITION,
    PUNCTUATION,
    is_cjk,
    lexicon,
    strip_brackets,
)
from pressgraph.extract.zh_transliteration import NAME_DOTS, syllable_run_end
from pressgraph.model import (
    AcronymDefinition,
    OrganisationMention,
    PersonMention,
    PostMention,
    Span,
)
from pressgraph.registry import find_place, gazetteer

# Words that end the run of an organisation name to the left of a post.
_NUMERAL_DATE = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月")
_GOVERNMENT = re.compile(r"^(?P<gov>.+?(?:人民政府|政府))(?P<rest>.+)$")


@dataclass(frozen=True)
class _Post:
    start: int  # of the run, in the release text
    word_end: int  # end of the post word
    title: str  # normalised: brackets removed, acronyms expanded
    printed: str  # as printed (brackets and short forms kept), without the government
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


def _name_first(text: str, folded: str, post: _Post, word_start: int, earlier: list[Person],
                end: int) -> Person | None:
    """A name printed before its post, as the Mainland's leaders are named (``胡錦濤主席``,
    ``韓正書記和應勇市長``), or a surname alone before the post of someone named earlier
    (``朱總理`` after ``朱鎔基總理``, ``錢副總理`` after ``國務院副總理錢其琛``). The name is
    the whole run before the post word, and no name follows the post word (``高級主任陳某``
    is a post and its holder)."""
    run = folded[post.start:word_start]
    if not all(is_cjk(ch) for ch in run) or _name_at(folded, post.word_end, end) is not None:
        return None
    if len(run) > 4:
        return _organisation_name_post(text, folded, post, word_start)
    if not run:
        return None
    lex = lexicon()
    surname = run[:2] if run[:2] in lex.surnames else run[:1] if run[:1] in lex.surnames else ""
    if not surname or run.startswith(_own_words().not_names) or run[-1] in _ORG_ENDS \
            or _is_place(run):
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
    honorific = _honorific_at(folded, post.word_end)
    end_ = post.word_end + (len(honorific) if honorific else 0)
    title = text[word_start:post.word_end]
    mention = PersonMention(name=text[post.start:word_start], span=Span(post.start, end_),
                            honorific=honorific,
                            posts=(PostMention(title=title, span=Span(word_start, post.word_end),
                                               organisation=None),))
    return Person(mention, post.start, Span(post.start, word_start))


def _organisation_name_post(text: str, folded: str, post: _Post,
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
        if not surname or len(name) == len(surname) or head[-1] not in _ORG_ENDS \
                or name[-1] in _ORG_ENDS or _is_place(name) or _is_place(name[:2]):
            continue
        name_start = word_start - size
        honorific = _honorific_at(folded, post.word_end)
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


# The last character of an organisation or a place: such a run is no name (深圳市長).
_ORG_ENDS = frozenset("局署處廳部辦委司院會府省市縣區團組所館")


def _is_place(run: str) -> bool:
    return find_place(run) is not None or gazetteer.find(run) is not None


def _post_word_at(folded: str, position: int, end: int) -> str | None:
    if position >= len(folded):
        return None
    for word in _post_words_by_first(_post_words()).get(folded[position], ()):
        if folded.startswith(word, position) and position + len(word) <= end:
            after = folded[position + len(word):position + len(word) + 2]
            if after.startswith(_own_words().organisation_after_post) or (
                    after[:1] == "會" and after[1:2] not in ("面", "晤", "見", "議", "上", "後",
                                                            "談", "同", "")):
                return None  # 主席團, 大使館, 首相府: the post word is part of a name
            return word
    return None


@dataclass(frozen=True)
class _OwnWords:
    post_words: tuple[str, ...]
    organisation_after_post: tuple[str, ...]
    run_stops: tuple[str, ...]
    attend_verbs: tuple[str, ...]
    lead_verbs: tuple[str, ...]
    name_followers: tuple[str, ...]
    not_names: tuple[str, ...]
    deputy_marks: tuple[str, ...]
    post_followers: tuple[str, ...]


@cache
def _own_words() -> _OwnWords:
    data = tomllib.loads(resources.files("pressgraph.extract").joinpath(
        "data/zh_people.toml").read_text(encoding="utf-8"))
    return _OwnWords(**{key: tuple(data[key]) for key in (
        "post_words", "organisation_after_post", "run_stops", "attend_verbs", "lead_verbs",
        "name_followers", "not_names", "deputy_marks", "post_followers")})


def names_follow(folded: str, post: str) -> bool:
    """Whether the text prints ``post`` somewhere with a name after it: a character of a
    name (CJK or Latin) that opens none of the words that follow a post alone
    (``…總裁一職``, ``…局長及…``, ``…部長會面``)."""
    for match in re.finditer(re.escape(post), folded):
        after = folded[match.end():match.end() + 4]
        if re.match(r"[\u4e00-\u9fffA-Za-z]", after) and not after.startswith(
                _own_words().post_followers):
            return True
    return False


def only_attends(clause: str) -> bool:
    """Whether the people of a clause only attended its meeting (``將出席…部長會議``):
    an attending verb, and none of chairing or leading a side."""
    words = _own_words()
    folded = to_traditional(clause)
    return any(w in folded for w in words.attend_verbs) and not any(
        w in folded for w in words.lead_verbs)


def is_deputy(person: Person) -> bool:
    """Whether every post the person holds is a deputy's: its rank word, the post word it
    ends with, opens with a deputy mark (``副市長``, ``港澳辦副主任``, ``常務副省長``)."""
    marks = _own_words().deputy_marks
    titles = [to_traditional(post.title) for post in person.mention.posts]
    return bool(titles) and all(
        any(title.endswith(mark + word) for mark in marks for word in _post_words())
        for title in titles)


@cache
def _post_words() -> tuple[str, ...]:
    """The lexicon's post words and this module's own, longest first."""
    words = dict.fromkeys((*lexicon().post_words, *_own_words().post_words))
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


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
    printed = text[start:start + len(prefix)] + organisation_raw + text[word_start:word_end]
    # 管理局（前海管理局）
    organisation_raw = re.sub(r"[（(][^（）()]*[）)]$", "", organisation_raw)
    title_org = _expand(organisation_raw, acronyms)
    title = text[start:start + len(prefix)] + title_org + text[word_start:word_end]
    return _Post(start=start, word_end=word_end, title=title, printed=printed,
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
    for stop in (*lexicon().post_run_stops, *_own_words().run_stops):
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
        not _NUMERAL_DATE.match(text) and not PHOTO_POSITION.fullmatch(text)  # (左), (右一)


def _name_at(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a personal name starting at ``start``, if one is there."""
    lex = lexicon()
    latin = _LATIN_NAME.match(folded, start, end)
    if latin is not None:  # 歐盟委員會貿易總司司長Jean Luc Demarty: a name in Latin letters
        return start, latin.end()
    surname = folded[start:start + 2] if folded[start:start + 2] in lex.surnames else None
    if surname is None and folded[start:start + 1] in lex.surnames:
        surname = folded[start]
    if surname is None:
        return _transliterated_name_at(folded, start, end)
    if folded.startswith(_own_words().not_names, start):
        return None  # 局長應邀出席: a word, no name
    for given in (2, 1, 3):  # most names have two given characters; 孫東 one; 林鄭月娥 three
        name_end = _given_end(folded, start + len(surname), given)
        if name_end > end:
            continue
        name = folded[start:name_end]
        if not all(is_cjk(ch) or ch == " " for ch in name) or \
                name.endswith(lex.name_final_particles):
            continue
        if _ends_name(folded, name_end, end):
            return start, name_end
    return _long_transliterated_name_at(folded, start, end)  # 舒爾茨: a surname's character


def _given_end(folded: str, position: int, given: int) -> int:
    """Where ``given`` characters of a given name starting at ``position`` end: a page that
    broke a line inside the name prints a space in it (``曾偉 雄``), which the name keeps."""
    if given > 1 and folded[position + 1:position + given].count(" ") == 1 and \
            folded[position:position + given + 1].strip() == folded[position:position + given + 1]:
        return position + given + 1
    return position + given


# A name printed in Latin letters after a post: two to four capitalised words.
_LATIN_NAME = re.compile(r"[A-Z][a-zA-Z'’.-]+(?: [A-Z][a-zA-Z'’.-]+){1,3}(?![a-zA-Z])")


def _transliterated_name_at(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """A foreign name written in three characters after a post (``國務大臣祈達文以及``):
    no word of the lexicon inside it, and a clear end after it (punctuation, or a word
    that follows names)."""
    lex = lexicon()
    name_end = start + _TRANSLITERATED
    name = folded[start:name_end]
    if name_end > end or not all(is_cjk(ch) for ch in name):
        return None
    stops = (*lex.name_followers, *lex.post_run_stops, *_own_words().run_stops,
             *lex.honorifics, *lex.pronouns)
    if any(word in name for word in stops) or _post_word_in(folded, start, name_end) \
            or name.startswith(lex.place_verbs) or _is_place(name[1:]) or _is_place(name[:2]):
        return _long_transliterated_name_at(folded, start, end)  # (到深圳: a verb and a place)
    after = folded[name_end:name_end + 1]
    if after and (after in PUNCTUATION or after.isdigit()) or folded.startswith(
            lex.name_followers, name_end) and _ends_name(folded, name_end, end):
        return start, name_end
    return _long_transliterated_name_at(folded, start, end)


_TRANSLITERATED = 3


def _long_transliterated_name_at(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """A foreign name of four to eight characters after a post (``外交部長德爾羅薩里奧進行``):
    every character a transliteration syllable, and the name ended as any name is."""
    for name_end in range(syllable_run_end(folded, start, end), start + _TRANSLITERATED, -1):
        if folded[name_end - 1] not in NAME_DOTS and _ends_name(folded, name_end, end):
            return start, name_end
    return None


def _post_word_in(folded: str, start: int, end: int) -> bool:
    return any(_post_word_at(folded, i, end) for i in range(start, end))


def _ends_name(folded: str, position: int, end: int) -> bool:
    lex = lexicon()
    if position >= end:
        return True
    rest = folded[position:end]
    if rest[0] in PUNCTUATION or rest[0].isdigit():
        return True
    if _NUMERAL_DATE.match(rest):
        return True
    return any(rest.startswith(w) for w in lex.honorifics + lex.name_followers
               + _own_words().name_followers)


def _honorific_at(folded: str, position: int) -> str | None:
    return next((h for h in lexicon().honorifics if folded.startswith(h, position)), None)


# Words that part two people's posts (not ``兼`` or ``、``, which join one holder's).
# (nor words of where and when: 行政長官在駐粵辦主任…陪同下)
_CHAIN_BREAKS = ("與", "和", "同", "跟", "會見", "會晤", "拜會", "接見", "聯同", "陪同", "率領",
                 "在", "今日", "昨日", "明日", "今天", "出席", "主持")


def _post_chain_follows(folded: str, position: int, end: int) -> bool:
    """Another post follows directly or after 、: the posts share one name."""
    joined = folded.startswith("兼", position)  # 副首相兼發展合作、數碼事項大臣: one holder
    if position < end and folded[position] == "、":
        position += 1
    window = folded[position:min(end, position + 40)]
    for offset in range(len(window)):
        ch = window[offset]
        if ch in PUNCTUATION and ch not in "（）" and not (joined and ch == "、"):
            return False
        if window.startswith(_CHAIN_BREAKS, offset):
            return False  # 行政長官與廣東省副省長…: two people, not one holding both posts
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


def _post_mentions(text: str, posts: list[_Post],
                   acronyms: tuple[AcronymDefinition, ...]) -> tuple[PostMention, ...]:
    """One post per title; titles joined by 兼 (``副首相兼外交大臣``) are one post held
    together, printed whole, in the organisation of the last of them."""
    mentions: list[PostMention] = []
    joined = False
    for post in posts:
        organisation = _organisation(post, acronyms)
        if joined and mentions:
            first = mentions[-1]
            title = first.title + text[first.span.end:post.start] + post.title
            printed = first.wording + text[first.span.end:post.start] + post.printed
            mentions[-1] = PostMention(title=title, span=Span(first.span.start, post.word_end),
                                       organisation=organisation or first.organisation,
                                       printed=_printed(title, printed))
        else:
            mentions.append(PostMention(title=post.title, span=Span(post.start, post.word_end),
                                        organisation=organisation,
                                        printed=_printed(post.title, post.printed)))
        joined = text.startswith(_JOINED_POSTS, post.word_end)
    return tuple(mentions)


def _printed(title: str, printed: str) -> str | None:
    """The printed wording where it differs from the title."""
    return printed if printed != title else None


# Between two posts of one holder: 副首相兼外交大臣.
_JOINED_POSTS = "兼"


def _person(text: str, posts: list[_Post], name_span: Span, honorific: str | None,
            acronyms: tuple[AcronymDefinition, ...]) -> Person:
    end = name_span.end + (len(honorific) if honorific else 0)
    government = next((p.government for p in posts if p.government), None)
    government_start = next((p.start for p in posts if p.government), None)
    mention = PersonMention(name=text[name_span.start:name_span.end],
                            span=Span(posts[0].start, end), honorific=honorific,
                            posts=_post_mentions(text, posts, acronyms))
    return Person(mention, posts[0].start, name_span, government, government_start)


def _without_name(text: str, posts: list[_Post],
                  acronyms: tuple[AcronymDefinition, ...]) -> list[Person]:
    """Posts no name follows. Listed ones (``與財政部部長、市委書記和市長會面``) are held by
    different people, one each; posts joined by 兼 stay one holder's."""
    groups: list[list[_Post]] = []
    for post in posts:
        if groups and text.startswith(_JOINED_POSTS, groups[-1][-1].word_end):
            groups[-1].append(post)
        else:
            groups.append([post])
    people = []
    for group in groups:
        mention = PersonMention(name=None, span=Span(group[0].start, group[-1].word_end),
                                posts=_post_mentions(text, group, acronyms))
        government = next((p.government for p in group if p.government), None)
        government_start = next((p.start for p in group if p.government), None)
        people.append(Person(mention, group[0].start, None, government, government_start))
    return people
