"""A Chinese release's context for its meeting rules, the draft of each meeting they find,
and what a meeting's name tells of it.

A meeting's name gives its body, session and ordinal (``粵港人才合作協調機制第一次會議``,
``2023年深港合作會議``, an organisation's ``第五屆首次會議``, ``全國政協十二屆五次會議``), or a
count of meetings (``舉行三次會議``). One body may be written in full, with its bracketed
short form or by an abbreviation. ``zh_meetings.py`` finds the clauses that report the
meetings and fills in drafts with these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pressgraph.chinese_script import to_traditional
from pressgraph.extract.zh_people import Person
from pressgraph.extract.zh_text import (
    Sentence,
    Unit,
    is_cjk,
    lexicon,
    strip_brackets,
)
from pressgraph.model import AcronymDefinition, ParsedRelease, Span
from pressgraph.parse import chinese_number

_ORDINAL = re.compile(r"第(?P<n>\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})次$")
# 第七次港澳合作高層會議: an ordinal before the series' name.
_ORDINAL_PREFIX = re.compile(r"^第(?P<n>\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})(?:次|屆|届)")
# 締約方大會第28屆會議: the 28th session of a series that meets once a term.
_TERM_ORDINAL = re.compile(
    r"(?<=[會会])第(?P<n>\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})[屆届]$")
_SESSION = re.compile(r"(?P<session>第(?:\d{1,3}|[〇○零一二三四五六七八九十百]{1,5})屆)$")
# 全國政協十二屆五次會議: the fifth session of the twelfth term, a session of the body.
_TERM_SESSION = re.compile(
    r"(?P<session>(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})[屆届](?:\d{1,2}|[一二三四五六七八九十]{1,3})次)"
    r"會議$")
_TERM_FIRST = re.compile(
    r"^(?P<term>(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})[屆届])(?P<body>[^第]{2,20}?)"
    r"(?P<session>(?:\d{1,2}|[一二三四五六七八九十]{1,3})次)會議$")
# 三次會議: a count of meetings.
_COUNT = re.compile(r"(?P<past>過)?(?P<n>[兩二三四五六七八九十百]{1,4}|\d{1,3})次")
_YEAR_PREFIX = re.compile(r"^(?P<year>\d{4})年(?:度)?")
# 第二十次工作會議 after a conference's name: its working meeting.
_WORKING_ORDINAL = re.compile(r"第(?P<n>\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})次工作會議$")
# 深港合作會議2024年會議, 粵港合作聯席會議2023年工作會議: the series' meeting of a year.
_YEAR_MEETING = re.compile(r"(?P<year>\d{4})年(?:度)?(?:工作|全體)?會議$")
# 今屆, 新一屆, 第八屆 before a body's name: the term, no part of the name.
_TERM_BEFORE = re.compile(r"^[^，。]{0,8}?[屆届]")
# Who chairs or leads the body that opens a sentence: 由政務司司長主持的扶貧委員會.
_LED_BY = re.compile(r"^由[^，。的]{2,30}?(?:主持|率領|領導|牽頭|帶領)的")
# 「…督導組」第三次會議: a quoted body before the ordinal (or kind) of its meeting.
_QUOTED_BODY = (r"(?P<open>[「『“])(?P<body>[^「」『』“”]{{2,40}})(?P<close>[」』”])"
                r"(?P<rest>(?:第(?:\d{{1,3}}|[〇○零一二三四五六七八九十百兩]{{1,5}})次|首次)?"
                r"(?:{kinds})?會議)")
_OPENING_QUOTES = {"「": "」", "『": "』", "“": "”", "《": "》"}
# 第二次, 首次 at the end of a name: which meeting of a series.
ORDINAL_END = re.compile(r"(?:第(?:\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})次|首次)$")


@dataclass
class Context:
    release: ParsedRelease
    text: str
    folded: str
    sentences: list[Sentence]
    people: list[Person]
    acronyms: tuple[AcronymDefinition, ...]
    surface_forms: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    notice: bool = False  # issued on behalf of a secretariat (下稿代立法會秘書處發出)
    transcript: bool = False  # a speech, remarks or a question and reply
    speaker: Person | None = None  # a transcript's speaker, named in its opening


@dataclass
class Draft:
    kind: str  # "standing body meeting" or "courtesy call"
    sentence: int  # index into sentences
    clause: Unit
    verb_start: int
    body: str | None = None
    body_span: Span | None = None
    session: str | None = None
    ordinal: int | None = None
    region: list[int] = field(default_factory=list)  # sentence indices
    # the people called on, when the clause names whom among several (one call on each of
    # 先後拜會A和B; one joint call on 與A和B會面)
    counterparts: tuple[Person, ...] = ()
    # the organisation called on, when the clause lists several with no one named (one call
    # on each of 拜訪A和B)
    party: Span | None = None
    status: str = "held"  # "planned" when the sentence announces it
    count: int = 1  # 舉行三次會議: the body holds that many meetings
    # where the meeting is named again (sentence, offset): what follows tells about it too
    repeats: list[tuple[int, int]] = field(default_factory=list)


def other_clauses(draft: Draft, drafts: Sequence[Draft]) -> tuple[Span, ...]:
    """The clauses of the other meetings told in the meeting's own sentence
    (``她會與上海市領導會面，然後轉往杭州拜會浙江省領導``): what they name is theirs."""
    return tuple(other.clause.span for other in drafts if other is not draft
                 and other.sentence == draft.sentence and other.clause.span != draft.clause.span)


def mentions(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def abbreviates(short: str, full: str) -> bool:
    """``亞太經合組織財長會議`` for ``亞太區經濟合作組織財長會議``: the same first character and
    the same last four (the kind of meeting), the short name's characters taken in order
    from the full one's."""
    if not (len(full) > len(short) >= 6 and short[0] == full[0] and short[-4:] == full[-4:]):
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def body_forms(body: str) -> set[str]:
    """A body's name without its bracketed short form, and with the short form in place of
    the words before it: ``A(B)C`` -> ``AC``, ``BC``."""
    name = to_traditional(body)
    forms = {strip_brackets(name)}
    bracket = re.search(r"[（(](?P<short>[^（）()]{2,12})[）)]", name)
    if bracket:
        forms.add(bracket.group("short") + strip_brackets(name[bracket.end():]))
    return forms


def name_meeting(context: Context, draft: Draft, name: str, start: int) -> None:
    """Body, session and ordinal from a meeting's name, which ends in 會議:
    ``粵港人才合作協調機制第一次會議``, ``2023年深港合作會議``, ``第五屆首次會議``."""
    lex = lexicon()
    opening = name[:1]
    if opening in _OPENING_QUOTES and _OPENING_QUOTES[opening] not in name:
        name, start = name[1:], start + 1  # 出席「第七次…會議」: the quote is no part of it
    quoted = re.fullmatch(_QUOTED_BODY.format(kinds="|".join(lex.meeting_kinds)), name)
    if quoted and _OPENING_QUOTES[quoted.group("open")] == quoted.group("close"):
        # 主持「…督導組」第三次會議: the quoted body, then which of its meetings
        name_meeting(context, draft, quoted.group("rest"), start + quoted.start("rest"))
        if draft.body is None:
            begin, end = start + quoted.start("body"), start + quoted.end("body")
            draft.body, draft.body_span = context.text[begin:end], Span(begin, end)
        return
    working = _WORKING_ORDINAL.search(name)
    if working and name[:working.start()].endswith("會議"):
        # 粵港合作聯席會議第二十次工作會議: the conference's working meeting, with its ordinal
        draft.ordinal = chinese_number(working.group("n"))
        name = name[:working.start()]
        draft.body = context.text[start:start + len(name)]
        draft.body_span = Span(start, start + len(name))
        return
    yearly = _YEAR_MEETING.search(name)
    if yearly and name[:yearly.start()].endswith("會議") and yearly.start() > 2:
        draft.session = yearly.group("year")
        draft.body = context.text[start:start + yearly.start()]
        draft.body_span = Span(start, start + yearly.start())
        return
    kind = next((k for k in lex.meeting_kinds if name[:-2].endswith(k)), None)
    if kind and (ORDINAL_END.search(name[:-2 - len(kind)]) or name[:-2] == kind):
        name = name[:-2 - len(kind)] + name[-2:]  # 首次例行會議, 特別會議: the kind names no body
    prefix = _ORDINAL_PREFIX.match(name)
    if prefix and len(name) - prefix.end() > 2 and not ORDINAL_END.search(name[:-2]):
        # 第七次港澳合作高層會議: the series' name (not 第五屆首次會議, a term's first meeting)
        draft.ordinal = chinese_number(prefix.group("n"))
        start += prefix.end()
        name = name[prefix.end():]
        draft.body = context.text[start:start + len(name)]
        draft.body_span = Span(start, start + len(name))
        return
    between = name[:-2]
    position = next((p for p in lex.series_positions if between.endswith(p)), None)
    if position:
        between = between[:-len(position)]  # 最後一次會議: a place in the series, no ordinal
        if not between:
            return
    count = _COUNT.fullmatch(between)
    if count:  # 舉行三次會議: how many meetings, not which; 一共舉行了二十七次, 已舉行過189次:
        # a total, which reports none
        total = bool(count.group("past")) or draft.clause.text.startswith(
            lexicon().meeting_fillers, draft.verb_start - draft.clause.start + 2) or mentions(
            draft.clause.text, ("一共", "合共", "累計", "共舉行"))
        draft.count = 0 if total else chinese_number(count.group("n")) or 1
        return
    match = _ORDINAL.search(between) or _TERM_ORDINAL.search(between)
    ordinal_word = next((w for w in lex.ordinal_words if between.endswith(w)), None)
    if match:
        draft.ordinal = chinese_number(match.group("n"))
        between = between[:match.start()]
    elif ordinal_word:
        draft.ordinal = lex.ordinal_words[ordinal_word]
        between = between[:-len(ordinal_word)]
    elif not between.endswith(tuple(s for s in lex.org_suffixes if len(s) > 1)):
        between += "會議"  # a series named with its head noun: 深港合作會議 (but 扶貧委員會
        # 會議 is the committee's meeting)
    if between in lex.generic_meeting_names:
        return  # 與副省長舉行視像會議: a kind of meeting, not a body's name
    session = _SESSION.search(between) or _TERM_SESSION.search(between)
    if session:  # 第十屆, 十二屆五次 (the fifth session of the twelfth term)
        draft.session = session.group("session")
        between = between[:session.start()]
    term = _TERM_FIRST.match(between)
    if term:  # 十二屆全國人大五次會議: the term before the body, the session after it
        between, start = term.group("body"), start + term.start("body")
        draft.session = term.group("term") + term.group("session")
    year = _YEAR_PREFIX.match(between)
    if year:
        draft.session = draft.session or year.group("year")
        between = between[year.end():]
        start += year.end()
    if between and between != "會議":
        draft.body = context.text[start:start + len(between)]
        draft.body_span = Span(start, start + len(between))


def sentence_subject_organisation(context: Context,
                                  sentence: Sentence) -> tuple[str, Span] | None:
    """An organisation that opens the sentence: 扶貧委員會（扶貧委）今日...舉行會議."""
    lex = lexicon()
    text = sentence.text
    end = len(text)
    for stop in lex.subject_stops:
        position = text.find(stop)
        if 0 < position < end:
            end = position
    candidate = text[:end].strip()
    led = _LED_BY.match(candidate)
    if led and len(candidate) - led.end() >= 3:
        candidate = candidate[led.end():]  # 由…主持的扶貧委員會: the body, not who chairs it
    term = _TERM_BEFORE.match(candidate)
    if term and len(candidate) - term.end() >= 3:
        candidate = candidate[term.end():]  # 今屆扶貧委員會: the term is no part of the name
    if candidate.endswith(lex.org_suffixes) and all(is_cjk(ch) for ch in candidate):
        start = sentence.start + text.find(candidate)
        return context.text[start:start + len(candidate)], Span(start, start + len(candidate))
    return None


def clause_subject_organisation(context: Context, clause: Unit,
                                verb: int) -> tuple[str, Span] | None:
    """The organisation that opens the clause and holds its meeting, before the times that
    end it: 扶貧委員會籌備小組昨早舉行…, 今屆扶貧委員會原定明日舉行… (the term before the name,
    今屆, 香港特區新一屆, is no part of it; ``verb`` is the verb's offset in the clause)."""
    lex = lexicon()
    text = clause.text[:verb]
    end = len(text)
    for stop in lex.subject_stops + lex.subject_time_words:
        position = text.find(stop)
        if 0 < position < end:
            end = position
    lead = len(text) - len(text.lstrip(" \u3000"))
    term = _TERM_BEFORE.match(text[lead:end])
    if term:
        lead += term.end()
    name = text[lead:end]
    if len(name) < 3 or not all(is_cjk(ch) for ch in name) or not (
            name.endswith(lex.org_suffixes) or name.endswith(("會議", "会议"))):
        return None
    start = clause.start + lead
    return context.text[start:start + len(name)], Span(start, start + len(name))
