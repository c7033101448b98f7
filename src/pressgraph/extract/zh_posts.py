"""Posts in Chinese releases, printed before the name they are held by::

    勞工及福利局局長        香港特別行政區（香港特區）政府政務司司長

A post is an organisation run ending in a post word (``局長``, ``主任``...; the lexicon's and
``data/zh_people.toml``'s). The run reaches back to punctuation or to a word that cannot be
inside a name (``由``, ``與``, ``包括``...); a government printed before an office is set
apart. Posts joined by ``、`` or written back to back belong to one holder; posts joined by
``兼`` are one post held together."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pressgraph.extract.zh_orgs import expand as _expand
from pressgraph.extract.zh_sides import side_of
from pressgraph.extract.zh_text import PHOTO_POSITION, PUNCTUATION, is_cjk, lexicon, strip_brackets
from pressgraph.model import AcronymDefinition, OrganisationMention, PostMention, Span

# Words that end the run of an organisation name to the left of a post.
NUMERAL_DATE = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月")
_GOVERNMENT = re.compile(r"^(?P<gov>.+?(?:人民政府|政府))(?P<rest>.+)$")


@dataclass(frozen=True)
class PostRun:
    start: int  # of the run, in the release text
    word_end: int  # end of the post word
    title: str  # normalised: brackets removed, acronyms expanded
    printed: str  # as printed (brackets and short forms kept), without the government
    organisation: str | None  # the organisation run as written (brackets kept)
    organisation_start: int
    government: str | None  # a government named before an office: 香港特別行政區（香港特區）政府


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
def own_words() -> _OwnWords:
    data = tomllib.loads(resources.files("pressgraph.extract").joinpath(
        "data/zh_people.toml").read_text(encoding="utf-8"))
    return _OwnWords(**{key: tuple(data[key]) for key in (
        "post_words", "organisation_after_post", "run_stops", "attend_verbs", "lead_verbs",
        "name_followers", "not_names", "deputy_marks", "post_followers")})


@cache
def post_words() -> tuple[str, ...]:
    """The lexicon's post words and ``data/zh_people.toml``'s own, longest first."""
    words = dict.fromkeys((*lexicon().post_words, *own_words().post_words))
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


def post_word_at(folded: str, position: int, end: int) -> str | None:
    if position >= len(folded):
        return None
    for word in _post_words_by_first(post_words()).get(folded[position], ()):
        if folded.startswith(word, position) and position + len(word) <= end:
            after = folded[position + len(word):position + len(word) + 2]
            if after.startswith(own_words().organisation_after_post) or (
                    after[:1] == "會" and after[1:2] not in ("面", "晤", "見", "議", "上", "後",
                                                            "談", "同", "")):
                return None  # 主席團, 大使館, 首相府: the post word is part of a name
            return word
    return None


def post_word_in(folded: str, start: int, end: int) -> bool:
    return any(post_word_at(folded, i, end) for i in range(start, end))


def post_run(text: str, folded: str, floor: int, word_start: int, word_end: int,
             acronyms: tuple[AcronymDefinition, ...]) -> PostRun:
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
    return PostRun(start=start, word_end=word_end, title=title, printed=printed,
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
    for stop in (*lexicon().post_run_stops, *own_words().run_stops):
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
        not NUMERAL_DATE.match(text) and not PHOTO_POSITION.fullmatch(text)  # (左), (右一)


# Words that part two people's posts (not ``兼`` or ``、``, which join one holder's).
# (nor words of where and when: 行政長官在駐粵辦主任…陪同下)
_CHAIN_BREAKS = ("與", "和", "同", "跟", "會見", "會晤", "拜會", "接見", "聯同", "陪同", "率領",
                 "在", "今日", "昨日", "明日", "今天", "出席", "主持")


def post_chain_follows(folded: str, position: int, end: int) -> bool:
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
        if post_word_at(folded, position + offset, end):
            return True
    return False


def _organisation(post: PostRun,
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


def post_mentions(text: str, posts: list[PostRun],
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
        joined = text.startswith(JOINED_POSTS, post.word_end)
    return tuple(mentions)


def _printed(title: str, printed: str) -> str | None:
    """The printed wording where it differs from the title."""
    return printed if printed != title else None


# Between two posts of one holder: 副首相兼外交大臣.
JOINED_POSTS = "兼"
