"""A meeting located in an English release, before its frame is filled: the clause that
reports it, its sentence, its day and its place; the two sentence-level readings the
locating passes share (the date phrase a clause goes by, whether a position is quoted);
the meeting's own day a later sentence gives over a journey's or an earlier one's,
or none for a meeting said to last several days; and what a meeting's sentence tells of
the release's other meetings (their parts of a shared sentence, their bodies), which is
theirs and not its own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from pressgraph.extract import dates as date_rules
from pressgraph.extract import wordlists
from pressgraph.extract.lexicon import alternation, words
from pressgraph.extract.meetings import Found
from pressgraph.extract.sentences import Sentence
from pressgraph.model import ParsedRelease, Span


@dataclass
class Located:
    found: Found
    sentence: Sentence
    date: date | None
    date_text: str | None
    place: str | None


def quoted(release: ParsedRelease, sentence: Sentence, position: int) -> bool:
    """Whether ``position`` lies inside a quotation opened in its paragraph."""
    before = release.text[sentence.block.span.start:position]
    lead_in = release.text[:sentence.block.span.start].rstrip()
    if lead_in.endswith(":") and before.lstrip()[:1] in {'"', "\u201c"}:
        before = before.lstrip()[1:]  # 'a spokesman said the following: "The Secretary met ...'
    straight = before.count('"') % 2 == 1
    curly = before.count("\u201c") > before.count("\u201d")
    return straight or curly


@cache
def _reported_that() -> re.Pattern[str]:
    verbs = alternation(words("meetings", "reporting_verbs"))
    return re.compile(rf"\b(?:{verbs})\s+that\b")


def reported(sentence: Sentence, position: int) -> str | None:
    """What a reporting verb before ``position`` opens ("pointed out that ... held the first
    meeting ...", "agreed that the next meeting would be held ..."): the words of the report,
    to the end of the sentence, or None when the position is in no report."""
    before = sentence.text[:position - sentence.span.start]
    opened = [match.end() for match in _reported_that().finditer(before)]
    return sentence.text[opened[-1]:] if opened else None


# "The Secretary, who arrived yesterday (May 6), met ...": the aside's date is not the meeting's.
_ASIDE = re.compile(r",\s+(?:who|which|whose|where|having)\b[^,]*,")


def date_phrase(sentence: Sentence, clause_start: int) -> date_rules.DatePhrase | None:
    """The date phrase of the clause, else the nearest one before it in the sentence."""
    asides = [m.span() for m in _ASIDE.finditer(sentence.text)]
    phrases = [p for p in date_rules.find_dates(sentence.text)
               if not any(a <= p.start < b for a, b in asides)]
    relative = clause_start - sentence.span.start
    inside = [p for p in phrases if p.start >= relative]
    before = [p for p in phrases if p.start < relative]
    if inside:
        return inside[0]
    return before[-1] if before else None


# "will depart for Davos on January 28 to attend ...": a day of going, not the meeting's own.
_JOURNEY = re.compile(rf"\b(?:{alternation(wordlists.journey_verbs())})\b", re.IGNORECASE)
# "The informal ministerial meeting on January 29 is hosted by ...", "The Conference will take
# place from May 2 to 4": a sentence about the meeting opened by the meeting's own head noun.
_SUBJECT = re.compile(r"\s*The\s+(?P<words>[\w'&-]+(?:\s+[\w'&-]+){0,8})")
# Words that make "The next meeting" another meeting than the one reported.
_ANOTHER = frozenset(words("meetings", "other_meeting_modifiers"))
# How far after the head noun the meeting's day may follow ("... will be held in Hong Kong on").
_DAY_REACH = 70


def later_own_days(release: ParsedRelease, sentences: tuple[Sentence, ...],
                   located: list[Located]) -> list[Located]:
    """A meeting dated by the day of a journey to it, or by a day an earlier sentence spoke
    of, takes the day a later sentence opened by its own head noun gives it ("... will depart
    for Davos on January 28 to attend an informal ministerial meeting. ... The informal
    ministerial meeting on January 29 is hosted by ..."): the meeting's day over the journey's.
    A range of days there leaves it none. The search ends at the next meeting with the same
    head noun, and "The next meeting" is another one."""
    result = list(located)
    for number, item in enumerate(located):
        if item.date_text is None or not _dated_from_elsewhere(item):
            continue
        head = _head(item)
        later = [other.sentence.span.start for other in located[number + 1:]
                 if _head(other) == head and other.sentence.span.start > item.sentence.span.start]
        end = min(later) if later else len(release.text)
        for sentence in sentences:
            if not item.sentence.span.end <= sentence.span.start < end:
                continue
            subject = _SUBJECT.match(sentence.text)
            words = subject.group("words").split() if subject else []
            nouns = [word.lower().rstrip("s") for word in words]
            if head not in nouns or any(w.lower() in _ANOTHER for w in words[:nouns.index(head)]):
                continue
            after = sentence.text.find(words[nouns.index(head)], subject.start("words")) \
                + len(words[nouns.index(head)])
            phrases = [p for p in date_rules.find_dates(sentence.text)
                       if after <= p.start <= after + _DAY_REACH and p.day is not None]
            if phrases:
                tense = "planned" if item.found.status == "planned" else "held"
                when = date_rules.resolve(phrases[0], release.release_date, tense)
                result[number] = Located(item.found, item.sentence, when, phrases[0].text,
                                         item.place)
                break
    return result


def _head(item: Located) -> str:
    """The noun a meeting is called by: its body's last word, else "meeting"."""
    name = item.found.body or "meeting"
    return name.split()[-1].lower().rstrip("s") if name.split() else "meeting"


def _dated_from_elsewhere(item: Located) -> bool:
    """Whether the meeting's day is an earlier sentence's, or that of a journey told before
    the meeting in its own sentence."""
    text = item.sentence.text
    where = text.find(item.date_text or "")
    if where < 0:
        return True
    anchor = item.found.anchor - item.sentence.span.start
    return where < anchor and _JOURNEY.search(text, 0, anchor) is not None


# "the two-day APEC Ministerial Meeting", "during the three-day conference": a meeting said to
# last several days (a visit, trip or tour of several days is no meeting).
_LASTING = re.compile(
    r"\b(?:two|three|four|five|six|seven|[2-7])-day\s+(?:(?-i:[A-Z0-9])[\w'’&.-]*\s+|"
    r"(?:annual|ministerial|plenary|high-level|international|regional|joint|informal|"
    r"tripartite|bilateral|multilateral)\s+){0,8}?(?P<noun>meeting|conference|session|summit|"
    r"forum|consultations?|talks|dialogue|assembly|plenary|convention)s?\b", re.IGNORECASE)


def lasting_days(sentences: tuple[Sentence, ...], located: list[Located]) -> list[Located]:
    """A named meeting its own clause, or a later sentence before the next meeting, says
    lasts several days ("attended the two-day APEC Ministerial Meeting", "Topics of the
    two-day meeting were ...") has no one date."""
    result = list(located)
    starts = sorted({item.sentence.span.start for item in located})
    for number, item in enumerate(located):
        if item.date is None or item.found.body is None:
            continue
        later = [s for s in starts if s > item.sentence.span.start]
        end = later[0] if later else None
        sentence = item.sentence  # its own words: up to the next meeting the sentence names
        after = [other.found.anchor for other in located
                 if other.sentence.span == sentence.span
                 and other.found.anchor > item.found.anchor]
        own = sentence.text[item.found.clause.start - sentence.span.start:
                            (min(after) if after else sentence.span.end) - sentence.span.start]
        texts = [own] + [
            s.text for s in sentences
            if item.sentence.span.end <= s.span.start and (end is None or s.span.start < end)]
        if any(_LASTING.search(text) for text in texts):
            result[number] = Located(item.found, item.sentence, None, item.date_text,
                                     item.place)
    return result


def others_parts(located: list[Located], index: int) -> tuple[Span, ...]:
    """The parts of the meeting's own sentence that tell the other meetings it reports ("held
    meetings with A and B": B's part is not A's meeting's; "met A, and then called on B"):
    each from where its meeting starts (its verb, its clause, or its item of a list) to where
    the next one starts. The words before the first (the subject) are every meeting's."""
    sentence = located[index].sentence.span

    def start(item: Located) -> int:
        found = item.found
        if found.region_start is not None:
            return found.region_start
        return found.clause.start if found.clause.start > sentence.start else found.anchor

    starts = sorted({start(item) for item in located if item.sentence.span == sentence})
    if len(starts) < 2:
        return ()
    bounds = [*starts, sentence.end]
    parts = {s: Span(s, bounds[k + 1]) for k, s in enumerate(starts)}
    own = start(located[index])
    return tuple(part for s, part in parts.items() if s != own)


def other_bodies(located: list[Located], index: int) -> tuple[str, ...]:
    """The bodies of the release's other meetings ("Prior to the Assembly, he met ..."):
    named as an occasion, not as a party."""
    own = located[index].found.body
    return tuple(dict.fromkeys(body for k, item in enumerate(located) if k != index
                               and (body := item.found.body) and body != own))
