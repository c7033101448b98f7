"""Who does what a Chinese clause reports: the people named in it, the person a sentence
opens with (or whom ``他``/``她`` refers back to), a transcript's speaker (who says ``我``),
and the actor of a sentence that leaves its subject unsaid (the previous sentence's).
``zh_meetings.py`` asks this of the clauses that report meetings; ``zh_chairs.py`` of the
chairs and principals it fills in; ``chinese.py`` of who made a statement.
"""

from __future__ import annotations

import re

from pressgraph.chinese_script import to_traditional
from pressgraph.extract.zh_drafts import Context
from pressgraph.extract.zh_people import Person
from pressgraph.extract.zh_text import Sentence, Unit, lexicon


def speaker_of(context: Context) -> Person | None:
    """The person a transcript's opening names first (``以下為行政長官董建華今日…``): who
    says ``我`` in it."""
    opening = next((s for s in context.sentences
                    if s.text.lstrip().startswith(("以下為", "以下是", "以下为"))), None)
    if opening is None:
        return None
    return next((p for p in people_in(context, opening) if p.mention.name), None)


def people_in(context: Context, unit: Unit, end: int | None = None) -> list[Person]:
    stop = unit.end if end is None else end
    return [p for p in context.people if unit.start <= p.start < stop]


def subject(context: Context, sentence: Sentence) -> Person | None:
    """The person a sentence opens with, or the one ``他``/``她`` refers back to."""
    for person in context.people:
        if sentence.start <= person.start <= sentence.start + 1:
            return person
    opening = sentence.text.lstrip()
    for person in context.people:  # a name given with its post earlier: 許正宇其後與...
        if person.mention.name and person.start < sentence.start and \
                to_traditional(opening).startswith(to_traditional(person.mention.name)):
            return person
    timed = _TIME_WORDS.match(opening)
    if timed is not None:  # 昨日，財政司副司長…: the person after the words of time
        after_time = sentence.start + len(sentence.text) - len(opening) + timed.end()
        found = next((p for p in context.people if p.start == after_time), None)
        if found is not None:
            return found
    if opening[timed.end() if timed else 0:].startswith(lexicon().pronouns):
        # 他 opening a sentence is the one the sentence before it was about (蘇錦樑會與大使
        # 會面。他亦會會晤…), else the person named last
        # (他們: the group of the one an earlier paragraph opened with)
        index = context.sentences.index(sentence)
        plural = opening.startswith(_PLURAL_PRONOUNS)
        for earlier in range(index - 1, max(-1, index - 1 - _ANAPHORA_REACH), -1):
            if not plural and context.sentences[earlier].block != sentence.block:
                break
            previous = actor(context, earlier, context.sentences[earlier].end)
            if previous is not None:
                return previous
        return _last_named_before(context, sentence.start)
    return None


def actor(context: Context, index: int, before: int) -> Person | None:
    """Who does what the sentence reports before ``before`` (a verb of meeting): the person
    it opens with, after any words of time (``下午，朱總理召見…``); in a transcript, the
    speaker where the speaker says ``我`` (``我於…與…會面``); or, when the sentence names no
    one before the verb, the actor of the sentence before it in the paragraph (``朱總理出席…。
    隨後，接見…``), or the speaker at the opening of a speaker's paragraph."""
    for step in range(_ANAPHORA_REACH):
        if index < 0:
            return None
        sentence = context.sentences[index]
        found = subject(context, sentence)
        if found is not None and found.start < before:
            return _as_speaker(context, found)
        opening = _TIME_WORDS.match(sentence.text)
        start = sentence.start + (opening.end() if opening else 0)
        named = [p for p in context.people if start <= p.start < before]
        if named and named[0].start == start:
            return named[0]
        said = context.folded[sentence.start:named[0].start if named else before]
        if context.transcript and _FIRST_PERSON.search(said):
            return context.speaker
        if named or re.search(r"[他她]", said) or found is not None:
            return None
        block = context.release.blocks[sentence.block]
        if sentence.start <= block.span.start + 2 or index == 0:  # a paragraph's opening
            return context.speaker if context.transcript and step == 0 else None
        index, before = index - 1, context.sentences[index - 1].end
    return None


def _as_speaker(context: Context, person: Person) -> Person:
    """In a transcript, the speaker's label (``行政長官：``, a post alone) is the speaker."""
    speaker = context.speaker
    if speaker is None or person.mention.name is not None:
        return person
    titles = {to_traditional(p.title) for p in speaker.mention.posts}
    return speaker if any(to_traditional(p.title) in titles for p in person.mention.posts) \
        else person


_ANAPHORA_REACH = 3
_PLURAL_PRONOUNS = ("他們", "她們", "他们", "她们")
# Words of time that may open a sentence before its subject (下午，朱總理…; 今天上午，…;
# 今日（五月十日），她…; 下星期一（五月十三日）上午，…), each with its date in brackets; and
# the words of framing that stand in their place (訪問期間，…; 此外，…; 會後，…).
_NUMERAL = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_TIME_WORDS = re.compile(
    r"\s*(?:(?:今天|今日|昨天|昨日|明天|明日|今晚|今早|同日|當日|当日|其後|其后|隨後|随后|接着|接著|"
    r"稍後|稍后|上午|下午|晚上|早上|中午|傍晚|翌日|次日|當天|当天|較早前|较早前|會後|会后|此外|另外|"
    r"[\u4e00-\u9fff]{1,6}(?:期間|期间)(?=[，,])|"
    r"(?:[上下]?(?:星期|周|週)[一二三四五六日天])|"
    r"(?:本月|" + _NUMERAL + r"月)" + _NUMERAL + r"日)"
    r"(?:[（(][^（()）]{1,20}[）)])?[，,]?\s*)+")
# The speaker speaking of himself or herself: 我 as a subject (not 跟我, 向我, 給我).
_FIRST_PERSON = re.compile(r"(?<![跟和與同向對給讓為被替幫])我")


def _last_named_before(context: Context, position: int) -> Person | None:
    """The person whose name was written last before ``position`` (what 他/她 refers to)."""
    best: tuple[int, Person] | None = None
    for person in context.people:
        if not person.mention.name:
            continue
        last = context.folded.rfind(to_traditional(person.mention.name), 0, position)
        if last >= 0 and (best is None or last > best[0]):
            best = (last, person)
    return best[1] if best else None
