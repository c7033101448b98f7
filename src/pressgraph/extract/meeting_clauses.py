"""The clauses of an English sentence that the meeting rules read, what a clause is found to
report (``Found``), the context carried from sentence to sentence, and the people named
in the object of a verb of meeting ("met A, Mr X, and B, Ms Y")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from pressgraph.extract import wordlists
from pressgraph.extract.lexicon import lexicon, words
from pressgraph.extract.names import ShortForm
from pressgraph.extract.sentences import Sentence
from pressgraph.model import Span
from pressgraph.registry import find_place

_CLAUSE_SPLIT = re.compile(r",?\s+and\s+then\s+|;\s+(?=[a-z])|,\s+before\s+(?=[a-z]+ing\b)")

OBJECT_END = re.compile(
    r",?\s+(?:to\s+(?!the\b)[a-z]+|where|with\s+whom|who|whom|whose|at\s+which|in\s+which|and\s+the\s+two\b"
    r"|and\s+(?:then\s+)?[a-z-]+ed\b|and\s+(?:he|she|they|it)\b|during\s+which|after\s+which)")


@dataclass(frozen=True)
class Mentions:
    """What the layers below found in the release, as the meeting rules read it: the short
    forms it defines ("(the Meeting)") and the names of people (spans over ``text``)."""

    text: str
    forms: tuple[ShortForm, ...]
    persons: tuple[Span, ...]


@dataclass(frozen=True)
class Clause:
    text: str
    start: int  # absolute offset in the release text
    sentence_index: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Found:
    """A meeting found in a clause, before the release-level context is applied."""

    clause: Clause
    kind: str
    body: str | None = None
    body_span: Span | None = None
    session: str | None = None
    ordinal: int | None = None
    anchor: int = 0  # offset of the trigger in the release text
    counterpart: str | None = None  # "Mr Xu" for ad hoc meetings
    region_start: int | None = None  # where its text starts, when not at the clause
    status: str = "held"  # "planned" when the clause announces it
    by_noun: bool = False  # named by a noun ("in a meeting with"), not by a verb of meeting


@dataclass
class Context:
    """Date and place carried from sentence to sentence."""

    date: date | None = None
    date_text: str | None = None
    place: str | None = None
    meetings: list[Found] = field(default_factory=list)
    planned_date: date | None = None  # the day the announcement being read speaks of
    planned_text: str | None = None
    date_spans: bool = False  # the day carried is one a meeting opened or ended on
    stay_start: date | None = None  # the first day the text spoke of ("on the second day")


# "met A and called on B", "had a meeting with A and also met B": a second verb of meeting
# joined to a clause that already met someone.
_SECOND_MEETING = re.compile(r",?\s+and\s+(?:also\s+|later\s+)?(?=(?:met|called\s+on)\s+"
                             r"(?!(?:with\s+)?(?:its|his|her|their)\b))")
_MEETING_BEFORE = re.compile(r"\b(?:met|meeting|called\s+on|talks)\b(?P<object>[^;]*)$")


def clauses(sentence: Sentence, index: int) -> list[Clause]:
    """The sentence cut at "and then", at semicolons that join clauses, and before a second
    verb of meeting joined by "and" to a clause that met someone ("met A and called on B":
    a call each), unless what the second meets is of what the first met ("called on the
    Ministry of X and met with the Minister of X": one call)."""
    found, start = [], 0
    joints = sorted([*_CLAUSE_SPLIT.finditer(sentence.text),
                     *(match for match in _SECOND_MEETING.finditer(sentence.text)
                       if _second_meeting(sentence.text, match))], key=lambda m: m.start())
    for match in joints:
        if match.start() < start:
            continue
        found.append(Clause(sentence.text[start:match.start()], sentence.span.start + start, index))
        start = match.end()
    found.append(Clause(sentence.text[start:], sentence.span.start + start, index))
    return [clause for clause in found if clause.text.strip()]


def _second_meeting(text: str, joint: re.Match[str]) -> bool:
    """Whether the verb after ``joint`` reports a meeting of its own: the words before it
    met someone, and the object after it shares no capitalised word (honorifics and places
    aside) with that meeting's object."""
    before = _MEETING_BEFORE.search(text[:joint.start()])
    if before is None:
        return False
    honorifics = wordlists.honorifics()

    def named(piece: str) -> set[str]:
        return {word for word in re.findall(r"\b[A-Z][\w'’-]+", piece)
                if word not in honorifics and not find_place(word)}

    after = _OBJECT_STOP.split(text[joint.end():], maxsplit=1)[0]
    return not named(before.group("object")) & named(after)


# Where the object of the second verb ends: a name's comma, a bracket, a time or a place.
_OBJECT_STOP = re.compile(r"[.;,(]|\s+(?:in|at|during|today|yesterday|this|to|where|who|which|"
                          r"before|after)\b")


def object_persons(text: str, offset: int, persons: tuple[Span, ...]) -> list[Span]:
    """The people the object of "met" names ("A, Mr X, and B, Ms Y" names two), given the
    names of people found in the release; ``offset`` is where ``text`` starts."""
    end = OBJECT_END.search(text)
    piece = text[: end.start() if end else len(text)]
    piece = re.split(r"[.;]", piece, maxsplit=1)[0]
    named = [span for span in persons if offset <= span.start < offset + len(piece)]
    # "met the Bank's President A and its Vice President B": B is of A's side, one meeting
    return [span for number, span in enumerate(named) if number == 0
            or not _OF_THE_SAME.match(text, named[number - 1].end - offset, span.start - offset)]


# An "and its", "and his" between two people met: the second is of the first one's side.
_OF_THE_SAME = re.compile(r",?\s+and\s+(?:its|his|her|their)\s")


def person_start(text: str, names: list[Span], index: int) -> int | None:
    """Where the text about the ``index``-th person met begins: after the "and" that
    follows the previous person's name ("A, Mr X, and B, Ms Y": B's text starts at "B")."""
    if index == 0 or index >= len(names):
        return None
    joint = re.compile(r",?\s+and\s+|,\s+").search(text, names[index - 1].end)
    if joint is None or joint.start() > names[index].start:
        return None
    return joint.end()


@cache
def ordinal_words() -> dict[str, int]:
    return {word.lower(): number for word, number in lexicon()["ordinals"].items()}


def parse_ordinal(text: str | None) -> int | None:
    """19 for "19th", 20 for "Twentieth", 1 for "inaugural"."""
    if not text:
        return None
    digits = re.match(r"^(\d{1,3})(?:st|nd|rd|th)$", text.strip(), re.IGNORECASE)
    if digits:
        return int(digits.group(1))
    return ordinal_words().get(text.strip().lower())


@cache
def people_words() -> re.Pattern[str]:
    """An object made of people ("officials", "the delegation", "committee members")."""
    nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words("meetings", "people_nouns"))
    return re.compile(rf"^(?:(?:the|a|an|its|his|her|their)\s+)?(?:[a-z-]+\s+)?(?:{nouns})\b")


@cache
def _group_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words("meetings", "group_nouns"))
    word = r"(?!(?:of|from|in|at|on|to|with|who|whom)\b)[\w&'’-]+"
    return re.compile(rf"^(?:(?:the|a|an|its|his|her|their|some|other)\s+)?(?:{word}\s+){{0,6}}?"
                      rf"(?:{nouns})\b(?![’']s\b)", re.IGNORECASE)  # not "the People's Court"


def unnamed_group(obj: str) -> bool:
    """"members of a football club", "District Councillors", "Government officials of the
    two cities", "Hong Kong people working there": people met as a group, no one named."""
    return bool(_group_pattern().match(obj))


def of_organisation(obj: str) -> bool:
    """"officials of its Department of ...", "members of the Chamber of ...",
    "representatives and players of the X Club": a group of people of a named
    organisation."""
    people = people_words().match(obj)
    return bool(people and re.match(r"(?:\s+and\s+[a-z]+)?\s+(?:of|from)\s+"
                                    r"(?:(?:the|its|their)\s+)?[A-Z]", obj[people.end():]))


@cache
def _official_group() -> re.Pattern[str]:
    def alt(key: str) -> str:
        items = sorted(words("meetings", key), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)
    nouns, rank = alt("official_group_nouns"), alt("official_group_rank")
    modifier = rf"(?:(?-i:[A-Z][\w-]*)|{alt('official_group_modifiers')})"
    place = alt("official_group_places")
    tied_after = rf"\s+(?:there\b|of\s+(?:the|its|that|this)\s+(?:{place})\b)"
    return re.compile(
        rf"^(?:the\s+)?(?:(?:{rank})\s+)?(?:"
        rf"(?:(?:{modifier}\s+){{1,3}})(?:{nouns})\b(?!\s+of\b)|"  # Mainland officials
        rf"(?:(?:{modifier}\s+){{0,3}})(?:{nouns}){tied_after}|"  # officials there
        rf"(?:{place})['’]s?\s+(?:{nouns})\b)",  # the city's leaders
        re.IGNORECASE)


def official_group(obj: str) -> bool:
    """"senior officials there", "leaders of the city government", "Mainland officials", "the
    city's leaders": a group of a place's or a government's officials, no one named."""
    return _official_group().match(obj) is not None


_NAME_PART = r"(?:[A-Z][\w&'’-]*|\([A-Z][\w&-]*\))"
# "the new term Harbour District Council (HDC) and Hill DC members", "North District
# Councillors", "LegCo Members": the members of organisations the words before name.
_MEMBERS_OF_NAMED = re.compile(
    rf"(?:the\s+)?(?:(?:new|newly|current|incoming)[\w-]*\s+(?:term\s+)?)?"
    rf"(?P<names>{_NAME_PART}(?:\s+(?:{_NAME_PART}|and|&))*?)\s+(?i:members|councillors)\b")


def member_groups(obj: str) -> int:
    """How many named organisations an object of "met" names the members of ("met the
    Harbour District Council and Hill DC members": two), 0 when it names none ("District
    Councillors": members of no council in particular)."""
    match = _MEMBERS_OF_NAMED.match(obj)
    if match is None:
        return 0
    parts = re.split(r"\s+(?:and|&)\s+", match.group("names"))
    named = [part for part in parts if _names_an_organisation(part)]
    return len(named) if len(named) == len(parts) else 0


def _names_an_organisation(name: str) -> bool:
    tokens = [token for token in name.split() if not token.startswith("(")]
    return len(tokens) >= 2 or any(
        wordlists.is_head(token, wordlists.org_heads())
        or re.fullmatch(r"[A-Z][a-z]*[A-Z]\w*|[A-Z]{2,}", token) for token in tokens)
