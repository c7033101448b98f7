"""The meeting the learned detector finds in an English release where no rule read one.

The detector (``meeting_detector.py``) only names a sentence; this module gives it what the
rules give a meeting they locate: the date of its sentence (or of the lead before it), its
place, its tense. The same refusals hold as for the rules: not inside a quotation, not a
sentence about meeting the press, not a meal or reception that neither the sentence nor the
headline calls a meeting ("LegCo Members meet with Consuls-General" over a luncheon with the
consuls-general is one; "Officials meet" over a working lunch is not)."""

from __future__ import annotations

import re
from functools import cache

from pressgraph.extract import dates as date_rules
from pressgraph.extract import meeting_detector, wordlists
from pressgraph.extract.lexicon import alternation, words
from pressgraph.extract.located import Located, date_phrase, quoted
from pressgraph.extract.meetings import Clause, Found, is_future
from pressgraph.extract.places import journey_place, narrowest, opening_place, place_in
from pressgraph.extract.sentences import Sentence
from pressgraph.model import ParsedRelease


def detected(release: ParsedRelease, all_sentences: tuple[Sentence, ...]) -> list[Located]:
    """The detector's meeting, located as the rules locate theirs; [] when it names none."""
    model = meeting_detector.detector()
    index = model.pick(release.title, [s.text for s in all_sentences]) if model else None
    if index is None:
        return []
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
    found = Found(Clause(sentence.text, sentence.span.start, index), "meeting",
                  anchor=sentence.span.start, status=tense)
    fallback = opening_place(release)
    place = place_in(sentence.text) or journey_place(sentence.text) or fallback
    return [Located(found, sentence, when, phrase.text if phrase else None,
                    narrowest(place, fallback))]


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
