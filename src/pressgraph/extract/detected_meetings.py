"""The meeting the learned detector finds in an English release where no rule read one.

The detector (``meeting_detector.py``) only names a sentence; this module gives it what the
rules give a meeting they locate: the date of its sentence (or of the lead before it), its
place, its tense. The same refusals hold as for the rules: not inside a quotation, not a
sentence about meeting the press, not a meal or reception that neither the sentence nor the
headline calls a meeting ("LegCo Members meet with Consuls-General" over a luncheon with the
consuls-general is one; "Officials meet" over a working lunch is not). The meeting takes the
body its sentence names as the rules would: the subject of its verb of holding ("The Finance
Committee (FC) will hold two sessions"), else the name with a body's head that is its object
("attended the Regional Meeting for Asia of the Group", its ordinal with it), not a post there."""

from __future__ import annotations

import re
from functools import cache

from pressgraph.extract import dates as date_rules
from pressgraph.extract import meeting_detector, wordlists
from pressgraph.extract.body_names import as_body, names_a_post, subject_body
from pressgraph.extract.lexicon import alternation, words
from pressgraph.extract.located import Located, date_phrase, quoted
from pressgraph.extract.meeting_clauses import parse_ordinal
from pressgraph.extract.meetings import Clause, Found, clause_patterns, is_future
from pressgraph.extract.names import name_at, short_forms
from pressgraph.extract.places import journey_place, narrowest, opening_place, place_in
from pressgraph.extract.sentences import Sentence
from pressgraph.model import ParsedRelease, Span


def detected(release: ParsedRelease, all_sentences: tuple[Sentence, ...]) -> list[Located]:
    """The detector's meeting, located as the rules locate theirs; [] when it names none."""
    model = meeting_detector.detector()
    index = model.pick(release.title, [s.text for s in all_sentences]) if model else None
    return [] if index is None else _located_at(release, all_sentences, index)


def more_detected(release: ParsedRelease, all_sentences: tuple[Sentence, ...],
                  located: list[Located]) -> list[Located]:
    """The meetings the detector reads in sentences that report none of the rules' meetings
    (``located``), located as the rules locate theirs; the same refusals hold."""
    model = meeting_detector.detector()
    if model is None:
        return []
    covered = {index for index, sentence in enumerate(all_sentences)
               if any(item.sentence.span == sentence.span for item in located)}
    return [item for index in model.more([s.text for s in all_sentences], covered)
            for item in _located_at(release, all_sentences, index)]


def _located_at(release: ParsedRelease, all_sentences: tuple[Sentence, ...],
                index: int) -> list[Located]:
    """The meeting of the sentence the detector names, unless a refusal holds."""
    sentence = all_sentences[index]
    if quoted(release, sentence, sentence.span.start + 1) or _press().search(sentence.text):
        return []  # a quotation; the press met, which is no meeting
    if _meal().search(sentence.text) and not _called_a_meeting(sentence.text, release.title):
        return []  # a dinner attended, a luncheon hosted, called a meeting nowhere
    tense = "planned" if is_future(sentence.text) else "held"
    phrase = date_phrase(sentence, sentence.span.start)
    for earlier in reversed(all_sentences[:index] if phrase is None else ()):
        phrase = date_phrase(earlier, earlier.span.end)
        if phrase is not None:
            break
    when = date_rules.resolve(phrase, release.release_date, tense) if phrase else None
    clause = Clause(sentence.text, sentence.span.start, index)
    named = _named_body(release, clause, tense)
    found = (Found(clause, "standing body meeting", named[0], named[1], None, named[2],
                   sentence.span.start, status=tense) if named else
             Found(clause, "meeting", anchor=sentence.span.start, status=tense))
    fallback = opening_place(release)
    place = place_in(sentence.text) or journey_place(sentence.text) or fallback
    return [Located(found, sentence, when, phrase.text if phrase else None,
                    narrowest(place, fallback))]


def _named_body(release: ParsedRelease, clause: Clause,
                tense: str) -> tuple[str, Span, int | None] | None:
    """The body the sentence names for its meeting: the subject of its verb of holding or
    attending (not of meeting someone: "The Council met the consuls" is a call), else the
    name with a body's head that is the verb's object (cut before "of the" after a series
    head: the meeting, not its organiser), with its ordinal; a post there ("joined the
    Chairman of the Committee") names a person met, not a body's meeting."""
    patterns = clause_patterns()
    calls = {word.lower() for word in words("meetings", "meeting_words")}  # "met": a call
    verb = next((match for match in patterns[tense].finditer(clause.text)
                 if match.group(0).lower() not in calls), None)
    if verb is None:
        return None
    forms = short_forms(release.text)
    subject = subject_body(clause, clause.start + verb.start(), forms)
    if subject:
        start = release.text.find(subject, clause.start, clause.start + verb.start())
        return subject, Span(max(start, clause.start), clause.start + verb.start()), None
    gap = re.match(r"\s*", clause.text[verb.end():])
    match = patterns["series_np"].match(clause.text, verb.end() + (gap.end() if gap else 0))
    name = name_at(release.text, clause.start + match.end()) if match else None
    if match is None or name is None or names_a_post(name.text):
        return None  # "joined the Chairman of the Committee": a person met, no body's meeting
    text = _before_organiser(name.text)
    body = as_body(text, forms)
    return (body, Span(name.start, name.start + len(text)), parse_ordinal(match.group("ord"))) \
        if body else None


def _before_organiser(name: str) -> str:
    """"C40 Regional Meeting for Asia of the C40 Group" -> "C40 Regional Meeting for Asia"."""
    heads = alternation(tuple(sorted(words("meetings", "series_heads"), key=len, reverse=True)))
    head = re.search(rf"\b(?:{heads})\b", name, re.IGNORECASE)
    cut = re.search(r"\s+of\s+the\s+", name[head.end():]) if head else None
    return name[:head.end() + cut.start()] if head and cut else name


@cache
def _press() -> re.Pattern[str]:
    """The press or an occasion of remarks to it: "met the media", "a media session"."""
    press = words("meetings", "not_counterparts") + words("meetings", "transcript_after_occasions")
    return re.compile(rf"\b(?:{alternation(press)})\b", re.IGNORECASE)


def _called_a_meeting(sentence: str, title: str) -> bool:
    """Whether the sentence, or the headline about the same party, calls its occasion a
    meeting: the headline's meeting word must be followed by a name the sentence prints."""
    if _meeting_word().search(sentence):
        return True
    called = _meeting_word().search(title)
    if called is None:
        return False
    names = re.findall(r"\b[A-Z][\w'-]{2,}", title[called.end():])
    return any(re.search(rf"\b{re.escape(name)}\b", sentence, re.IGNORECASE) for name in names)


@cache
def _meal() -> re.Pattern[str]:
    meals = tuple(sorted(wordlists.words("meal_words.txt"), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation(meals)})s?\b", re.IGNORECASE)


@cache
def _meeting_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words('meetings', 'meeting_words'))})\b",
                      re.IGNORECASE)
