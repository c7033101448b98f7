"""The day of a Chinese meeting: its clause's or sentence's date, or an earlier sentence's;
none for a sitting over several days; the day of leaving corrected by the meeting's own
(``會議將於九月十一日舉行``, ``出席8月29日舉行的…``), and a meeting still to come marked
planned; a meeting told after an earlier time (``上周在北京…後，亦與…``) or during a stay
(``在南寧期間，…會面``) takes no day spoken of before it, nor the day an announced journey sets
out (``將於二月二十八日…前往四川。…``), and a
release without a date takes the year the meeting's own name prints (``「2017…交流會」``).

Reads the drafts of ``zh_meetings.py`` through their context (``zh_drafts.py``) and the
date phrases of ``zh_dates.py``; ``chinese.py`` asks it for each meeting.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pressgraph.extract.zh_dates import DatePhrase, find_dates
from pressgraph.extract.zh_drafts import Context as _Context
from pressgraph.extract.zh_drafts import Draft as _Draft
from pressgraph.extract.zh_drafts import mentions as _mentions
from pressgraph.extract.zh_text import Sentence, lexicon
from pressgraph.model import Span
from pressgraph.parse import chinese_number

# 於十一月十七及十八日, 6月1日至2日: a meeting over several days has no single date.
_DAYS = re.compile(r"(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})日?(?:及|和|至|、|-|－)"
                   r"(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})日")
# 7月7日至8日, 十一月十七及十八日: the first day of a range, which dates no one meeting.
_RANGE_ON = re.compile(r"\s*(?:[（(][^）)]{1,8}[）)])?\s*(?:至|及|和|、|-|－|到)\s*"
                       r"(?:(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})月)?"
                       r"(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})日")
# 屆會今天在…揭幕: a sitting that opened on the day goes on after it (not 開幕式, 開幕禮, nor
# an opening attended, 出席…開幕).
_OPENED = re.compile(r"(?:(?!出席|參加|参加|主持|參與|参与)[^，。；]){0,30}?(?:揭幕|開幕|开幕)"
                     r"(?![式儀仪典禮礼])")
# 會議…舉行，為期兩天; 一連三天的會議: a meeting said to last several days (not a visit).
_LASTING = re.compile(r"(?:為期|为期|一連|一连)[兩两二三四五六七]天(?:[，。；]|$|的[^，。]{0,8}?"
                      r"(?:會議|会议|大會|大会|峰會|峰会|論壇|论坛|屆會|届会))")
# 明晚（九月十日）前往青島，出席…: the day of leaving, unless a later sentence gives the meeting's.
_DEPARTS = re.compile(r"(?:[離离]港|前往|前赴|轉往|啟程|起程|出發|動身)")  # (离: not folded)
# Setting out (not only going, which a report of the day's meeting may say too).
_SETS_OUT = re.compile(r"(?:啟程|起程|動身)")
# 會議將於九月十一日舉行: the meeting's own day, given after it is named.
_OWN_DAY = re.compile(r"^\s*(?:會議|該會議|是次會議|這次會議|會上)?(?:將)?於")
# 出席8月29日舉行的…會議: the day the clause gives the meeting it attends, after the verb.
_HELD_ON = re.compile(r"[^，。；、]{0,12}?(?:舉行|召開)的")
_SEVERAL_DAYS = re.compile(
    r"[）)](?:上午|下午|晚上)?[^。]{0,12}(?:以及|及|和|至)[^，。]{0,4}(?:星期|[（(])")


def meeting_date(context: _Context, draft: _Draft) -> DatePhrase | None:
    phrase = _meeting_date(context, draft)
    if phrase is not None and phrase.value is None and context.release.release_date is None:
        return _in_year_of_name(context, draft, phrase)
    return phrase


def _meeting_date(context: _Context, draft: _Draft) -> DatePhrase | None:
    release_date = context.release.release_date
    sentence = context.sentences[draft.sentence]
    if _DAYS.search(draft.clause.text) or any(
            _LASTING.search(context.sentences[index].text)
            for index in {draft.sentence, *draft.region}):
        return None
    before = Span(sentence.start, draft.verb_start)  # 星期三（十一月七日）…以及星期四（十一月八日）
    days = find_dates(context.text, context.folded, before, release_date)
    if len({p.value for p in days}) > 1 and draft.body and _SEVERAL_DAYS.search(
            sentence.text[:draft.verb_start - sentence.start]):
        if days[0].value and release_date and days[0].value > release_date:
            draft.status = "planned"  # a sitting over several days to come
        return None
    for unit in (draft.clause, sentence):
        phrases = find_dates(context.text, context.folded, unit.span, release_date)
        if phrases:
            held_on = _held_on(context, draft, phrases)
            if held_on is not None:
                return held_on
            if _spans_days(context, phrases[0], sentence.end):
                return None  # 7月7日至8日，…到訪…會面: the trip's days, none of the meeting's own
            if _departs_first(context, sentence, draft, phrases[0]):
                # 會議將於九月十一日舉行; leaving on a later day to attend a meeting does not
                # date it (明日離港前往迪拜，出席…), unless it is held that day (出席同日舉行的…)
                attends = context.folded.startswith(("出席", "參加", "參與"), draft.verb_start)
                same_day = _mentions(draft.clause.text, lexicon().same_day_markers)
                own = _own_day(context, draft)
                leaving = phrases[0].value
                if own is None and attends and not same_day and leaving and release_date \
                        and (leaving > release_date or (
                            leaving == release_date and _told_as_to_come(context, draft))):
                    # leaving on a later day to attend, or today when the text goes on about
                    # the meeting in the future (…將在會議中討論): still to come, on a day
                    # not given
                    draft.status = "planned"
                    return None
                if own is None and attends and not same_day and leaving == release_date \
                        and _SETS_OUT.search(context.folded, phrases[0].span.end,
                                             draft.verb_start):
                    draft.status = "planned"  # 今日啟程前往…，出席…: on its way, the day of leaving
                return own or phrases[0]
            return phrases[0]
    if _mentions(context.folded[sentence.start:draft.verb_start], lexicon().background_markers):
        return None  # 上周在北京…後，亦與…交流: an earlier time, not the day spoken of before
    if _mentions(context.folded[sentence.start:draft.verb_start], lexicon().stay_markers):
        return None  # 在南寧期間，…會面: some day of the stay, not the day spoken of before
    for index in range(draft.sentence - 1, -1, -1):
        previous = context.sentences[index]
        if context.transcript and previous.block != sentence.block:
            # the speaker's other remarks do not date what is reported; 稍後 is later on the
            # day of speaking, which the opening gives
            return _opening_date(context) if _mentions(
                sentence.text, lexicon().same_day_markers) else None
        phrases = find_dates(context.text, context.folded, previous.span, release_date)
        if phrases:
            if _DAYS.search(context.folded, phrases[-1].span.start, previous.end) \
                    or _spans_days(context, phrases[-1], previous.end):
                return None  # 4月21至22日…訪問期間: the trip's days, none of the meeting's own
            if _sets_out_to_come(context, previous, phrases[-1]):
                return None  # 將於二月二十八日…前往四川。…將與…會晤: the day of leaving, not
                # of the meetings announced for the stay after it
            return phrases[-1]
    return None


def _spans_days(context: _Context, phrase: DatePhrase, end: int) -> bool:
    """Whether the day is the first of a range (``7月7日至8日``) or the day a sitting opened
    (``屆會今天在…揭幕``): a meeting over several days has no single date."""
    return bool(_RANGE_ON.match(context.folded, phrase.span.end, end)
                or _OPENED.match(context.folded, phrase.span.end, end))


def _sets_out_to_come(context: _Context, sentence: Sentence, phrase: DatePhrase) -> bool:
    """Whether ``phrase`` is the day an announced journey sets out (``將於二月二十八日晚上率領
    代表團前往四川``, ``明日離港``): a verb of leaving after it, in a sentence that announces;
    the meetings of the stay told after it fall on days not given."""
    lex = lexicon()
    after = context.folded[phrase.span.end:sentence.end]
    if _DEPARTS.search(after) is None:
        return False
    head = context.folded[sentence.start:phrase.span.end]
    return _mentions(head, lex.announcement_markers) or "將" in head


def _told_as_to_come(context: _Context, draft: _Draft) -> bool:
    """The sentence after the meeting's speaks of the future (``將在會議中檢視``): an
    official leaving today for the meeting has not attended it yet."""
    following = draft.sentence + 1
    if following >= len(context.sentences) or following not in draft.region:
        return False
    text = context.sentences[following].text
    return _mentions(text, lexicon().future_markers + lexicon().announcement_markers) \
        or "將" in text


def _opening_date(context: _Context) -> DatePhrase | None:
    """The day a transcript's opening gives (``以下為…今日（三月七日）…全文``)."""
    for sentence in context.sentences:
        if sentence.text.lstrip().startswith(("以下為", "以下是", "以下为")):
            phrases = find_dates(context.text, context.folded, sentence.span,
                                 context.release.release_date)
            return phrases[0] if phrases else None
    return None


def _departs_first(context: _Context, sentence: Sentence, draft: _Draft,
                   phrase: DatePhrase) -> bool:
    """``明晚（九月十日）前往青島，出席…``: the date is the day of leaving, which a later
    sentence may correct with the meeting's own."""
    between = context.folded[phrase.span.end:draft.verb_start]
    return phrase.span.start < draft.verb_start and _DEPARTS.search(between) is not None


def _held_on(context: _Context, draft: _Draft,
              phrases: list[DatePhrase]) -> DatePhrase | None:
    """``明日率團前往…出席8月29日舉行的…會議``: the day printed after the verb of attending,
    before ``舉行的``, is the meeting's own, not the day of leaving."""
    for phrase in phrases:
        if phrase.span.start >= draft.verb_start and phrase.value is not None \
                and _HELD_ON.match(context.folded, phrase.span.end):
            return phrase
    return None


def _own_day(context: _Context, draft: _Draft) -> DatePhrase | None:
    """A later sentence of the meeting's text that gives its day: ``會議將於九月十一日舉行``."""
    for index in draft.region or range(draft.sentence, len(context.sentences)):
        if index == draft.sentence:
            continue
        sentence = context.sentences[index]
        if not _OWN_DAY.match(sentence.text):
            continue
        phrases = find_dates(context.text, context.folded, sentence.span,
                             context.release.release_date)
        if phrases and "舉行" in sentence.text:
            return phrases[0]
    return None


# 「2017粵港澳…交流會」: a year printed at the head of the meeting's name.
_NAME_YEAR = re.compile(
    r"(?P<year>(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})(?:年度|年)?\s*$")


def _in_year_of_name(context: _Context, draft: _Draft, phrase: DatePhrase) -> DatePhrase:
    """A release without a date: a month and day (``二月二十八日``) fall in the year the
    meeting's own name prints (``「2017粵港澳…交流會」``); a year from anywhere else is no
    date."""
    if phrase.relative or draft.body_span is None:
        return phrase
    start = draft.body_span.start
    head = context.folded[max(0, start - 8):start]
    found = _NAME_YEAR.search(head.rstrip("「『《\"“ ")) or _NAME_YEAR.search(
        context.folded[start:start + 7].split("年")[0])  # (the name opening with its year)
    year = chinese_number(found.group("year")) if found else None
    if year is None or not 1900 <= year <= 2100:
        return phrase
    dated = find_dates(context.text, context.folded, phrase.span, date(year, 12, 31))
    return replace(phrase, value=dated[0].value) if dated and not dated[0].relative else phrase
