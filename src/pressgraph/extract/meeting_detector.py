"""A learned second opinion on whether a release reports a meeting, and in which sentence.

The clause rules read the wordings they were written for and miss the others; on releases
nobody read while writing them they find no meeting at all in about a quarter of the
releases that report one. This detector is two logistic models over word (English) or
character (Chinese) n-grams (the sentence model also over English words folded to classes,
:func:`shapes`), trained on the development split of the real evaluation set
(``evaluation/real/train_detector.py``) and shipped as weights in
``data/meeting_detector.json``: one scores the release (headline and lead), one scores each
sentence. The extractor asks it when its rules found no meeting in a release (in a
Chinese transcript never; in an English one when neither its opening nor its account gives
one), and takes its sentence only when both scores pass the thresholds chosen
on the development split and the sentence is not a quotation or reported speech; the rules
then fill that meeting's frame (date, place, people, organisations) as they fill any other,
and the meeting stands only if that frame is full enough to believe (:func:`believable`).
Where the rules did find meetings, it adds those of the other sentences whose score passes
a third threshold chosen the same way (:meth:`Detector.more`), each told by its own
sentence alone, when held, with two parties, and not a rules' meeting told again
(:func:`kept_besides`).

The weights are numbers per n-gram: no sentence of any release can be read back from them.
Scoring is plain Python, so the output stays the same bytes on every machine.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from pressgraph.chinese_script import to_traditional
from pressgraph.dateforms import MONTHS, WEEKDAYS
from pressgraph.extract.dates import find_dates
from pressgraph.extract.lexicon import words as lexicon_words
from pressgraph.extract.zh_text import is_cjk
from pressgraph.model import Meeting, ParsedRelease

_WORD = re.compile(r"[a-z]+|\d+")
_TOKEN = re.compile(r"[A-Za-z]+|\d+|[\"'\u2018\u2019\u201c\u201d]")
# How many parties a meeting read only by the detector must name.
_PARTIES = 2
# How many opening sentences the release model reads besides the headline.
LEAD_SENTENCES = 2


def ngrams(text: str) -> set[str]:
    """Word unigrams and bigrams of English text (lower case, digits as 0); character
    unigrams and bigrams of Chinese text (on Traditional characters)."""
    if any(is_cjk(ch) for ch in text):
        chars = [ch for ch in to_traditional(re.sub(r"\d", "0", text)) if not ch.isspace()]
        return set(chars) | {a + b for a, b in zip(chars, chars[1:], strict=False)}
    words = [re.sub(r"\d", "0", w) for w in _WORD.findall(text.lower())]
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


@cache
def _day_words() -> frozenset[str]:
    """The weekdays and the one-word days a meeting is named by (today, yesterday, tonight)."""
    return frozenset((*WEEKDAYS, *(word for word in lexicon_words("nouns", "meeting_days")
                                   if " " not in word)))


def shapes(text: str) -> set[str]:
    """Word bigrams and trigrams of an English sentence folded to classes, so that what
    they say carries to names and dates no training release held: a number is ``^0``, a
    month ``^m``, a weekday or a day word (today, yesterday) ``^d``, a quotation mark
    ``^q``, a capitalised word not opening the sentence ``^C`` (a name, a post, a body);
    other words in lower case. Prefixed ``f:``; none for Chinese."""
    if any(is_cjk(ch) for ch in text):
        return set()
    folded = []
    for position, token in enumerate(_TOKEN.findall(text)):
        lower = token.lower()
        if token.isdigit():
            folded.append("^0")
        elif lower in MONTHS:
            folded.append("^m")
        elif lower in _day_words():
            folded.append("^d")
        elif not token[0].isalnum():
            folded.append("^q")
        elif token[0].isupper() and position > 0:
            folded.append("^C")
        else:
            folded.append(lower)
    grams = {f"f:{a} {b}" for a, b in zip(folded, folded[1:], strict=False)}
    return grams | {f"f:{a} {b} {c}"
                    for a, b, c in zip(folded, folded[1:], folded[2:], strict=False)}


def sentence_features(text: str, index: int) -> set[str]:
    """A sentence's n-grams, its folded n-grams (:func:`shapes`) and where it stands in the
    release."""
    features = ngrams(text) | shapes(text)
    if index == 0:
        features.add("@first")
    if index < 3:
        features.add("@lead")
    return features


def release_features(title: str, lead: Sequence[str]) -> set[str]:
    """The headline's n-grams (marked as such) and the opening sentences' n-grams."""
    features = {f"t:{gram}" for gram in ngrams(title)}
    for text in lead[:LEAD_SENTENCES]:
        features |= ngrams(text)
    return features


def sentence_texts(release: ParsedRelease) -> list[str]:
    """The release's sentences as the extractor of its language reads them (a spaced
    Chinese release without its spaces)."""
    if release.language.startswith("zh"):
        from pressgraph.extract import zh_spacing
        from pressgraph.extract.zh_text import fold, sentences

        spaced = zh_spacing.despace(release)
        if spaced is not None:
            release = spaced.release
        return [sentence.text for sentence in sentences(release, fold(release))]
    from pressgraph.extract.sentences import sentences as english_sentences

    return [sentence.text for sentence in english_sentences(release)]


@dataclass(frozen=True)
class LinearModel:
    bias: float
    weights: dict[str, float]
    threshold: float

    def score(self, features: Iterable[str]) -> float:
        total = self.bias + sum(self.weights.get(feature, 0.0) for feature in features)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, total))))


@dataclass(frozen=True)
class Detector:
    release: LinearModel
    sentence: LinearModel
    # The sentence score a sentence must reach to add a meeting to those the rules found
    # (None: the detector adds none).
    more_threshold: float | None = None

    def pick(self, title: str, sentence_texts: Sequence[str]) -> int | None:
        """The index of the sentence that reports the release's meeting, when both models
        are confident enough; else None."""
        if not sentence_texts:
            return None
        if self.release.score(release_features(title, sentence_texts)) < self.release.threshold:
            return None
        scores = [self.sentence.score(sentence_features(text, index))
                  for index, text in enumerate(sentence_texts)]
        best = max(range(len(scores)), key=lambda i: (scores[i], -i))
        return best if scores[best] >= self.sentence.threshold else None

    def more(self, sentence_texts: Sequence[str], covered: Iterable[int]) -> list[int]:
        """The indices of the sentences that report a meeting besides those the rules found
        (``covered``: the sentences of the rules' meetings), in order."""
        if self.more_threshold is None:
            return []
        taken = set(covered)
        return [index for index, text in enumerate(sentence_texts) if besides(index, taken)
                and self.sentence.score(sentence_features(text, index)) >= self.more_threshold]


def besides(index: int, covered: set[int]) -> bool:
    """Whether the detector may read a meeting beside the rules' in sentence ``index``: not a
    sentence of one of their meetings (``covered``), nor the opening sentence (the lead, or
    a photo's caption, tells the release's meeting again: the rules found it elsewhere)."""
    return index > 0 and index not in covered


def _model(data: dict[str, Any]) -> LinearModel:
    return LinearModel(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                       float(data["threshold"]))


@cache
def detector() -> Detector | None:
    """The shipped detector, or None when the package carries no weights."""
    path = resources.files("pressgraph.extract").joinpath("data/meeting_detector.json")
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    more = data.get("more")
    return Detector(_model(data["release"]), _model(data["sentence"]),
                    float(more["threshold"]) if more else None)


def believable(meeting: Meeting, undated_release: bool = False) -> bool:
    """Whether a meeting found by the detector alone may stand: the rules that fill its frame
    resolved its day (a meeting dated by a month or a year only is a reference to it) and
    named at least two parties, people or organisations (an official alone "met the media
    before the meeting" names one; so does 環境局局長 meeting unnamed representatives, whose
    bureau is only the organisation of the official's own post). In a release whose own date
    is lost (``undated_release``), a day the text gives ("today (May 27)") counts though it
    cannot be resolved: the text dates the meeting as closely as a dated release would. A
    standing body named as holding or hosting the meeting is its party enough ("The Finance
    Committee will hold a meeting tomorrow"): its members meet, though the text names none."""
    posts = [post.title for role in meeting.roles for post in role.person.posts]
    others = [organisation for organisation in meeting.participants
              if not any(name in post for post in posts
                         for name in (organisation.name, *organisation.mentions))]
    dated = meeting.date is not None or (undated_release and _one_day(meeting.date_text))
    return dated and (meeting.body is not None or len(meeting.roles) + len(others) >= _PARTIES)


def _one_day(text: str | None) -> bool:
    """Whether an English date phrase names one day (a day of a month, or a day word such as
    "today"), not a range of days."""
    phrases = find_dates(text) if text else []
    return bool(phrases) and all(not phrase.is_range and (phrase.day is not None or phrase.relative)
                                 for phrase in phrases)


def _parties(meeting: Meeting) -> set[str]:
    people = {role.person.name or (role.person.posts[0].title if role.person.posts else "")
              for role in meeting.roles}
    return (people | {organisation.name for organisation in meeting.participants}) - {""}


def told(meeting: Meeting, found: Sequence[Meeting]) -> bool:
    """Whether a meeting the detector adds beside the rules' meetings (``found``) is one of
    them told again: the same body's, or, on the same day, between parties all of which one
    of them already has (a sentence about what the parties of a meeting discussed)."""
    return any((meeting.body is not None and meeting.body == other.body)
               or (meeting.date == other.date and _parties(meeting) <= _parties(other))
               for other in found)


def kept_besides(found: Sequence[Meeting], more: Sequence[Meeting]) -> list[Meeting]:
    """The meetings the detector adds beside the rules' (``found``) that may stand: each held
    (an announced one needs a day of its own, which the rules read where there is one),
    framed as a lone detector meeting is (:func:`believable`) though without a day (a meeting
    on a trip is told without one), and not told already, by the rules or by an earlier
    sentence the detector read (:func:`told`)."""
    kept: list[Meeting] = []
    for meeting in more:
        if meeting.status == "held" and believable(replace(meeting, date=date.min)) \
                and not told(meeting, [*found, *kept]):
            kept.append(meeting)
    return kept
