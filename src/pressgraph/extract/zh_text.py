"""Shared ground for the Chinese rules: the lexicon, folded text, sentences and clauses.

Rules match on the release text folded to Traditional characters (one character for one,
so offsets are unchanged) and report surface strings from the text as published.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pressgraph.chinese_script import to_traditional
from pressgraph.model import ParsedRelease, Span
from pressgraph.registry import places

SENTENCE_END = "。！？!?"
CLAUSE_END = "，；：,;:"
PUNCTUATION = set("、，。；：！？「」『』《》（）()〔〕【】,.;:!?\"'“”‘’　 \n")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A photo caption places the people it shows, in brackets after each name: 林大文（右）,
# 陳小明(左二), 張三（中）, 李四(左中), 王五（右前排右五）. The words inside the brackets:
PHOTO_POSITION = re.compile(r"[左右中前後后][左右中前後后排行一二三四五六七八九十]{0,6}")


@dataclass(frozen=True)
class Lexicon:
    post_words: tuple[str, ...]  # longest first
    post_prefixes: tuple[str, ...]
    honorifics: tuple[str, ...]
    org_suffixes: tuple[str, ...]
    party_markers: tuple[str, ...]
    place_abbreviations: tuple[str, ...]
    hksar_markers: tuple[str, ...]
    macao_markers: tuple[str, ...]
    mainland_markers: tuple[str, ...]
    name_followers: tuple[str, ...]
    meeting_held_verbs: tuple[str, ...]
    courtesy_verbs: tuple[str, ...]
    not_counterparts: tuple[str, ...]
    subject_stops: tuple[str, ...]
    transcript_markers: tuple[str, ...]
    future_markers: tuple[str, ...]
    announcement_markers: tuple[str, ...]
    vague_future_markers: tuple[str, ...]
    background_markers: tuple[str, ...]
    meeting_references: tuple[str, ...]
    video_markers: tuple[str, ...]
    place_verbs: tuple[str, ...]
    visit_verbs: tuple[str, ...]
    outcome_verbs: tuple[str, ...]
    post_run_stops: tuple[str, ...]
    expansion_stops: tuple[str, ...]
    speech_verbs: tuple[str, ...]  # longest first
    meeting_fillers: tuple[str, ...]
    not_a_meeting: tuple[str, ...]
    pronouns: tuple[str, ...]
    agenda_intros: tuple[str, ...]
    agenda_topic_frames: tuple[tuple[str, str], ...]
    agenda_trailers: tuple[str, ...]
    list_item_trailers: tuple[str, ...]
    document_kinds: tuple[str, ...]
    document_prefixes: tuple[str, ...]
    ordinal_words: dict[str, int]
    government_posts: dict[str, str]
    surnames: frozenset[str]
    place_names: tuple[str, ...]  # registry places, Traditional and Simplified, longest first
    same_day_markers: tuple[str, ...] = ()
    stay_markers: tuple[str, ...] = ()
    summit_heads: tuple[str, ...] = ()
    ordinal_summit_heads: tuple[str, ...] = ()
    session_heads: tuple[str, ...] = ()
    wish_markers: tuple[str, ...] = ()
    questioners: tuple[str, ...] = ()
    talks_verbs: tuple[str, ...] = ()
    party_members: tuple[str, ...] = ()
    sitting_nouns: tuple[str, ...] = ()
    programme_openers: tuple[str, ...] = ()
    one_by_one_markers: tuple[str, ...] = ()
    government_heads: tuple[str, ...] = ()
    counted_parties: tuple[str, ...] = ()
    generic_meeting_names: tuple[str, ...] = ()
    known_sessions: tuple[str, ...] = ()
    session_verbs: tuple[str, ...] = ()
    meeting_kinds: tuple[str, ...] = ()
    series_positions: tuple[str, ...] = ()
    subject_time_words: tuple[str, ...] = ()
    name_final_particles: tuple[str, ...] = ()
    people_groups: tuple[str, ...] = ()
    party_joiners: str = ""
    organisation_end_characters: str = ""


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(words), key=lambda w: (-len(w), w)))


@cache
def lexicon() -> Lexicon:
    package = resources.files("pressgraph.extract")
    data = tomllib.loads(package.joinpath("data/zh_lexicon.toml").read_text(encoding="utf-8"))
    surnames_text = package.joinpath("data/zh_surnames.txt").read_text(encoding="utf-8")
    surnames = frozenset(token for line in surnames_text.splitlines()
                         if not line.startswith("#") for token in line.split())
    names: list[str] = []
    for place in places():
        names.extend(n for n in (place.zh_hant, to_traditional(place.zh_hans)) if n)
    sorted_keys = {key: _longest_first(data[key]) for key in (
        "post_words", "post_prefixes", "honorifics", "org_suffixes", "party_markers",
        "place_abbreviations", "hksar_markers", "macao_markers", "mainland_markers",
        "name_followers", "meeting_held_verbs", "courtesy_verbs",
        "not_counterparts", "transcript_markers", "subject_stops",
        "future_markers", "announcement_markers", "vague_future_markers", "background_markers",
        "meeting_references", "video_markers",
        "place_verbs", "visit_verbs", "outcome_verbs", "agenda_intros", "agenda_trailers",
        "list_item_trailers", "post_run_stops", "expansion_stops", "speech_verbs",
        "meeting_fillers", "not_a_meeting", "pronouns",
        "document_kinds", "document_prefixes")}
    return Lexicon(
        **sorted_keys,
        agenda_topic_frames=tuple((a, b) for a, b in data["agenda_topic_frames"]),
        ordinal_words=dict(data["ordinal_words"]),
        government_posts=dict(data["government_posts"]),
        surnames=surnames,
        place_names=_longest_first(names),
        same_day_markers=_longest_first(data["same_day_markers"]),
        stay_markers=_longest_first(data["stay_markers"]),
        summit_heads=_longest_first(data["summit_heads"]),
        ordinal_summit_heads=tuple(data["ordinal_summit_heads"]),
        session_heads=_longest_first(data["session_heads"]),
        wish_markers=_longest_first(data["wish_markers"]),
        questioners=_longest_first(data["questioners"]),
        talks_verbs=_longest_first(data["talks_verbs"]),
        party_members=_longest_first(data["party_members"]),
        sitting_nouns=_longest_first(data["sitting_nouns"]),
        programme_openers=_longest_first(data["programme_openers"]),
        one_by_one_markers=_longest_first(data["one_by_one_markers"]),
        government_heads=_longest_first(data["government_heads"]),
        counted_parties=_longest_first(data["counted_parties"]),
        generic_meeting_names=_longest_first(data["generic_meeting_names"]),
        people_groups=_longest_first(data["people_groups"]),
        known_sessions=_longest_first(data["known_sessions"]),
        session_verbs=_longest_first(data["session_verbs"]),
        meeting_kinds=_longest_first(data["meeting_kinds"]),
        series_positions=_longest_first(data["series_positions"]),
        subject_time_words=_longest_first(data["subject_time_words"]),
        name_final_particles=_longest_first(data["name_final_particles"]),
        party_joiners=data["party_joiners"],
        organisation_end_characters=data["organisation_end_characters"],
    )


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


@dataclass(frozen=True)
class Unit:
    """A sentence or clause: its folded text and where it starts in the release text."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True)
class Sentence(Unit):
    block: int  # index of the block in release.blocks
    clauses: tuple[Unit, ...] = ()


def fold(release: ParsedRelease) -> str:
    """The release in Traditional characters. In Simplified text 后 is nearly always 後
    (随后, 会后, 其后): the script table keeps it, since Traditional text writes 后 (皇后)."""
    folded = to_traditional(release.text)
    if release.language == "zh-Hans":
        folded = folded.translate(_SIMPLIFIED_ONLY)
    return _without_datelines(release, folded)


_SIMPLIFIED_ONLY = str.maketrans({"后": "後"})

# A news agency's dateline opening a paragraph (新華社香港10月27日電, 中新網 香港3月18日電,
# then perhaps the reporter's name and a mark): the agency, place and day of the report.
_DATELINE = re.compile(
    r"\s*[\u4e00-\u9fff]{1,5}[社網]\s*[\u4e00-\u9fff]{0,6}?\s*\d{1,2}月\d{1,2}日[電訊]\s*"
    r"(?:[（(]記者[^（）()]{0,12}[）)])?[\s/／|｜]*")


def _without_datelines(release: ParsedRelease, folded: str) -> str:
    """The folded text with each dateline blanked into a sentence of its own, so that it
    joins no name, body or post of the sentence it opens (same length, same offsets)."""
    for block in release.blocks[:4]:
        match = _DATELINE.match(folded, block.span.start, block.span.end)
        if match is None or match.end() == block.span.end:
            continue
        length = match.end() - match.start()
        folded = folded[:match.start()] + " " * (length - 1) + "。" + folded[match.end():]
    return folded


def sentences(release: ParsedRelease, folded: str) -> list[Sentence]:
    """Every sentence of the body (headings and list items count as one), in order."""
    found: list[Sentence] = []
    for index, block in enumerate(release.blocks):
        start = block.span.start
        text = folded[block.span.start:block.span.end]
        depth, begin = 0, 0
        for offset, ch in enumerate(text):
            depth += ch in "「『（(《"
            depth -= ch in "」』）)》" and depth > 0
            if ch in SENTENCE_END and depth == 0:
                found.append(_sentence(text[begin:offset + 1], start + begin, index))
                begin = offset + 1
        if text[begin:].strip():
            found.append(_sentence(text[begin:], start + begin, index))
    return found


def _sentence(text: str, start: int, block: int) -> Sentence:
    clauses, depth, begin = [], 0, 0
    for offset, ch in enumerate(text):
        depth += ch in "「『（(《"
        depth -= ch in "」』）)》" and depth > 0
        if ch in CLAUSE_END and depth == 0:
            clauses.append(Unit(text[begin:offset], start + begin))
            begin = offset + 1
    if text[begin:]:
        clauses.append(Unit(text[begin:], start + begin))
    return Sentence(text, start, block, tuple(c for c in clauses if c.text.strip()))


def strip_brackets(text: str) -> str:
    """Text without bracketed asides such as acronym definitions: 香港特別行政區（香港特區）政府."""
    return re.sub(r"[（(][^（）()]*[）)]", "", text)


def find_all(text: str, word: str) -> list[int]:
    positions, start = [], text.find(word)
    while start >= 0:
        positions.append(start)
        start = text.find(word, start + 1)
    return positions


@cache
def participation() -> dict[str, tuple[str, ...]]:
    """The participation lexicon (``data/zh_participation.toml``), lists longest first."""
    raw = tomllib.loads(resources.files("pressgraph.extract").joinpath(
        "data/zh_participation.toml").read_text(encoding="utf-8"))
    return {key: tuple(sorted(value, key=len, reverse=True)) for key, value in raw.items()}
