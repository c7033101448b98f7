"""Which clauses of a Chinese release report or announce a meeting, and what each names.

A meeting is reported by a clause with a verb of holding or attending (``主持``,
``舉行``, ``出席``) before a named meeting (``粵港人才合作協調機制第一次會議``,
``2023年深港合作會議``, an organisation's ``第五屆首次會議``, a summit ``…峰會``, an
assembly with its ordinal ``第六十屆世界衞生大會``), or by a courtesy call
(``與廣東省委書記黃坤明會面``). Clauses about meetings to come without a day of their own,
earlier ones (``以來``, ``上一次``) and reported speech do not count; a transcript reports
only the meeting its opening names (``在立法會財經事務委員會上``). One meeting named twice
(in full, by its short form, by its last words) is one draft. What a meeting's name tells
(body, session, ordinal) is read by ``zh_drafts.py``, calls by ``zh_calls.py``;
``chinese.py`` fills in each draft's frame.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pressgraph.chinese_script import to_traditional
from pressgraph.extract import meeting_detector
from pressgraph.extract.zh_calls import called_after, courtesy_calls, talks, told_again
from pressgraph.extract.zh_dates import find_dates
from pressgraph.extract.zh_drafts import (
    ORDINAL_END,
    Context,
    Draft,
    abbreviates,
    body_forms,
    clause_subject_organisation,
    mentions,
    name_meeting,
    sentence_subject_organisation,
)
from pressgraph.extract.zh_text import (
    Sentence,
    Unit,
    is_cjk,
    lexicon,
    strip_brackets,
)
from pressgraph.model import ParsedRelease, Span
from pressgraph.parse import chinese_number

# "…舉行的" before a meeting's name: where and when it is held, not part of the name.
_HELD_THERE = re.compile(r"^[^，。的]{0,30}?(?:舉行|召開)的")
# What may stand between a meeting's name and 舉行: when and where.
_DAY = r"(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})"
_WHEN_WHERE = re.compile(
    r"(?:今日|昨日|今天|昨天|明日|明天|今早|今晚|本月|上午|下午|中午|傍晚|晚上|早上|將|會|已|亦"
    r"|[（(][^（）()]*[）)]|[上下]?(?:星期|周|週)[一二三四五六日天]|今|早"
    rf"|(?:{_DAY}月)?{_DAY}日|[及和至]|[在於][\u4e00-\u9fff]{{1,12}}?)*")


def is_notice(folded: str, body: Span) -> bool:
    """``下稿代立法會秘書處發出``: a secretariat's notice, whose meetings are announced."""
    return re.search(r"代[^，。]{2,20}秘書處發出", folded[body.start:body.start + 200]) is not None


def is_transcript(release: ParsedRelease, folded: str) -> bool:
    """A speech, remarks to the media or a question and reply (``以下是…發言全文``)."""
    lex = lexicon()
    if mentions(to_traditional(release.title_clean), lex.transcript_markers):
        return True
    for block in release.blocks[:3]:  # a headline the parser left in the body, the lead-in
        opening = folded[block.span.start:block.span.end].lstrip()
        if (block.kind == "heading" or opening.startswith(("以下是", "以下為"))) and mentions(
                opening, lex.transcript_markers):
            return True
    return False


# The occasion a transcript's opening names: 在立法會財經事務委員會上, 出席「…聯席會」後,
# 在立法會政制事務委員會就…的開場發言 (what it spoke on follows the committee).
_AT_COMMITTEE = re.compile(
    r"[在於](?P<name>[\u4e00-\u9fff]{2,30}?委員會)(?:特別會議|會議)?(?:上|就)")
_AFTER_ATTENDING = re.compile(r"出席(?P<what>[^，。]{2,80}?)後")
_ATTENDED_NAME = re.compile(r"「(?P<name>[^「」]{2,40}?(?:會議|聯席會))」"
                            r"|(?P<bare>(?:\d{4}年度?)?[\u4e00-\u9fff、]{2,40}(?:會議|聯席會))$")


def occasion(context: Context) -> list[Draft]:
    """A transcript reports no meeting, but its opening (``以下為…全文``) may name the
    meeting it was spoken at: ``在立法會財經事務委員會上``, ``出席「…聯席會」後``. A sitting
    of the Council itself, a press conference or a ceremony is no such meeting."""
    index, sentence = next(((i, s) for i, s in enumerate(context.sentences)
                            if s.text.lstrip().startswith(("以下為", "以下是"))), (None, None))
    if sentence is None or index is None:
        return []
    found = []
    at = _AT_COMMITTEE.search(sentence.text)
    if at is not None:
        found.append((at.start(), at.start("name"), at.group("name")))
    attended = _AFTER_ATTENDING.search(sentence.text)
    if attended is not None:
        names = list(_ATTENDED_NAME.finditer(attended.group("what")))
        name = names[-1] if names else None
        if name is not None:
            group = "name" if name.group("name") else "bare"
            found.append((attended.start(), attended.start("what") + name.start(group),
                          name.group(group)))
    drafts = _called_in_title(context, index, sentence)
    for verb, start, name in found:
        clause = next((c for c in sentence.clauses if c.start <= sentence.start + verb < c.end),
                      sentence)
        draft = Draft("standing body meeting", index, clause, sentence.start + verb)
        absolute = sentence.start + start
        if name.endswith("會議"):
            name_meeting(context, draft, name, absolute)
        else:
            draft.body, draft.body_span = (context.text[absolute:absolute + len(name)],
                                           Span(absolute, absolute + len(name)))
        if draft.body:
            drafts.append(draft)
    return drafts


# A transcript's headline that names a call it followed: 司長會見…代表後與記者談話內容.
_TITLE_CALL = re.compile(r"(?:會見|會晤|拜會|拜訪|與[^，。與]{2,30}?(?:會面|會晤|會談))"
                         r"(?P<whom>[^，。]{0,30}?)[後后]")


def _called_in_title(context: Context, index: int, sentence: Sentence) -> list[Draft]:
    """The call a transcript's headline says the remarks followed: told in the opening,
    which gives its day (``以下是…今日（…）會見傳媒的談話內容``)."""
    title = to_traditional(context.release.title_clean or "")
    call = _TITLE_CALL.search(title)
    if call is None or call.group("whom").startswith(lexicon().not_counterparts):
        return []
    return [Draft("courtesy call", index, sentence.clauses[0], sentence.start)]


# --------------------------------------------------------------------------- meetings


def find_meetings(context: Context, transcript: bool = False) -> list[Draft]:
    """The meetings the release's clauses report or announce; in a transcript, only what the
    speaker reports (not a reporter's question, ``記者：…``)."""
    lex = lexicon()
    drafts: list[Draft] = []
    asking = False
    for index, sentence in enumerate(context.sentences):
        if transcript and sentence.start == context.release.blocks[sentence.block].span.start:
            speaker = re.match(r"\s*(?P<who>[^：:，。]{1,12})[：:]", sentence.text)
            if speaker is not None:
                asking = speaker.group("who").strip() in lex.questioners
        if transcript and asking:
            continue
        for clause in sentence.clauses:
            if (is_reported_speech(sentence, clause) and not _own_schedule(sentence, clause)) \
                    or _quoted(context, sentence, clause) \
                    or mentions(clause.text, lex.background_markers + lex.vague_future_markers):
                continue
            found = _standing_meetings(context, index, sentence, clause) or \
                courtesy_calls(context, index, clause, drafts) or \
                talks(context, index, clause) or \
                _listed_after(context, index, clause, drafts) or \
                called_after(context, index, clause, drafts)
            drafts += [d for d in found if _with_tense(context, sentence, d)]
    drafts = _minutes(context) + drafts
    return [copy for draft in told_again(context, _once_each(context, drafts)) if draft.count
            for copy in _each_of(draft)]


# A board's minutes headed by the body and the meeting's day: (…轄下)貨幣發行委員會2000年7月5日
# 會議記錄 (or 會議紀要), the body under the board it reports to.
_MINUTES = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{2,30}?轄下)?(?P<body>[\u4e00-\u9fff]{2,30}?(?:委員會|小組))"
    r"(?P<day>(?:\d{4}|[〇○零一二三四五六七八九十]{4})年[^年，。]{1,8}?日)(?P<noun>會議(?:記錄|紀要))\s*$")


def _minutes(context: Context) -> list[Draft]:
    """The meeting a board's minutes record, named by their heading: held on its day."""
    for index, sentence in enumerate(context.sentences[:3]):
        folded = context.folded[sentence.start:sentence.end]
        match = _MINUTES.match(folded)
        if match is None:
            continue
        clause = sentence.clauses[0] if sentence.clauses else sentence
        draft = Draft("standing body meeting", index, clause, sentence.start + match.start("noun"))
        start, end = sentence.start + match.start("body"), sentence.start + match.end("body")
        draft.body, draft.body_span = context.text[start:end], Span(start, end)
        return [draft]
    return []


_LISTED = re.compile(r"(?:以及|及|和)(?P<when>[^，。的]{0,16}的)?(?P<name>[^，。的]{2,40}?會議)")


def _listed_after(context: Context, index: int, clause: Unit, drafts: list[Draft]) -> list[Draft]:
    """``出席三月十三日舉行的A會議閉幕會，以及三月十五日的B會議閉幕會``: a meeting listed after
    one attended in the same sentence is attended too."""
    previous = drafts[-1] if drafts else None
    listed = _LISTED.match(clause.text)
    if previous is None or previous.sentence != index or previous.kind != "standing body meeting" \
            or listed is None:
        return []
    draft = Draft("standing body meeting", index, clause, clause.start, status=previous.status)
    name_meeting(context, draft, listed.group("name"), clause.start + listed.start("name"))
    return [draft] if draft.body else []


def _each_of(draft: Draft) -> list[Draft]:
    """``財委會將於今日舉行三次會議``: three meetings of the body."""
    return [draft] + [replace(draft, region=list(draft.region)) for _ in range(draft.count - 1)]


def _once_each(context: Context, drafts: list[Draft]) -> list[Draft]:
    """One draft per named meeting (body and ordinal): a headline left in the body names the
    meeting the text then reports, so the draft from a paragraph wins over a heading's."""
    def key(draft: Draft) -> tuple[str, int | None] | None:
        return (strip_brackets(to_traditional(draft.body)), draft.ordinal) if draft.body else None

    def in_heading(draft: Draft) -> bool:
        block = context.sentences[draft.sentence].block
        return context.release.blocks[block].kind == "heading"

    def same_meeting(one: Draft, other: Draft) -> bool:
        """The same body and ordinal, written in full or by its short form or its last
        words (``亞太區經濟合作組織(亞太經合組織)部長級會議`` and ``亞太經合組織部長級會議``;
        ``泛珠省區行政首長聯席會議`` and ``行政首長聯席會議``)."""
        if one.body is None or other.body is None or (
                one.ordinal != other.ordinal and None not in (one.ordinal, other.ordinal)):
            return False  # (the series named alone, then with its ordinal: the same meeting)
        names = [body_forms(one.body), body_forms(other.body)]
        return any(a == b or (len(b) >= 4 and a.endswith(b)) or (len(a) >= 4 and b.endswith(a))
                   or abbreviates(a, b) or abbreviates(b, a)
                   for a in names[0] for b in names[1])

    kept: list[Draft] = []
    for draft in drafts:
        same = next((k for k in kept if key(draft) is not None and key(k) == key(draft)), None)
        if same is None:
            same = next((k for k in kept if same_meeting(k, draft)), None)
        if same is None:
            kept.append(draft)
        elif (in_heading(same) and not in_heading(draft)) or (
                same.ordinal is None and draft.ordinal is not None):
            # the paragraph's draft, or the one that names which meeting, tells about it
            draft.repeats += [(same.sentence, same.verb_start), *same.repeats]
            kept[kept.index(same)] = draft
        else:
            same.repeats.append((draft.sentence, draft.verb_start))
    return kept


# "將" before a verb: the future ("將拜訪"), unless it is a noun ("將軍") or "將來"; the
# modal "會" right before a verb of meeting or of a visit's programme ("亦會拜會", "會觀看…，並
# 與…會面"; not the 會 of a name, 立法會出席).
_MODAL_WILL = (r"(?<![機社員協大學總商議年峰聯酒晚茶宴工都法])會"
               r"(?=拜會|拜訪|會見|會晤|出席|主持|與|前往|率|到訪|參觀|視察|考察|探訪|觀看)")
_FUTURE_WILL = re.compile(r"將(?![軍來近領士])|" + _MODAL_WILL)


def _quoted(context: Context, sentence: Sentence, clause: Unit) -> bool:
    """Whether the clause lies inside a quotation opened earlier in its paragraph."""
    block = context.release.blocks[sentence.block]
    before = context.text[block.span.start:clause.start + 1]
    return before.count("「") > before.count("」") or before.count("“") > before.count("”")


def _with_tense(context: Context, sentence: Sentence, draft: Draft) -> bool:
    """Mark a draft announced before its verb (``明日在廣州主持``, ``將出席``) as planned;
    False for a clause that speaks of the future only after its verb, which is not kept."""
    lex = lexicon()
    verb = sentence.text[:draft.verb_start - sentence.start + 2]  # "亦會拜會": 會 before the verb
    verb = verb.replace("早前", "前")  # 何志明早前 (earlier) announces nothing: no 明早
    if mentions(verb, lex.announcement_markers) or _FUTURE_WILL.search(verb):
        draft.status = "planned"  # an announced meeting has a day of its own
        return bool(find_dates(context.text, context.folded, sentence.span,
                               context.release.release_date)) or mentions(
            sentence.text, lex.same_day_markers) or _in_day_programme(context, sentence)
    return not mentions(draft.clause.text, lex.future_markers + lex.announcement_markers)


def _in_day_programme(context: Context, sentence: Sentence) -> bool:
    """A sentence of a day's programme (``隨後，蘇錦樑會與…會面``): it, or an earlier sentence
    of its paragraph, opens with a part of the day or a word of sequence, and the release
    named a day before it: the day spoken of last (the meeting's date looks back to it)."""
    index = context.sentences.index(sentence)
    for earlier in range(index, -1, -1):
        other = context.sentences[earlier]
        if other.block != sentence.block:
            return False
        if other.text.lstrip().startswith(lexicon().programme_openers):
            return any(find_dates(context.text, context.folded, s.span,
                                  context.release.release_date)
                       for s in context.sentences[:earlier])
    return False


# What follows a verb of saying when an official tells of his own coming day: the speaker
# (他, 她) or a day and hour, then the future (表示，他將於…; 說，明日早上9時將…).
_OWN_SCHEDULE = re.compile(
    r"\s*(?:(?:他|她|[今明]日|[今明]天|[今明]早|本月\d{1,2}日|\d{1,2}日|上午|下午|早上|晚上"
    r"|\d{1,2}[時點](?:\d{1,2}分)?)\s*){1,4}"
    r"(?:將|會)(?![來])")


def _own_schedule(sentence: Sentence, clause: Unit) -> bool:
    """Whether the clause (or the one it continues) follows a verb of saying as the speaker's
    own coming schedule: ``…會見傳媒時表示，他將於27日率團出席…會議``."""
    before = sentence.text[:clause.start - sentence.start]
    verbs = [(before.rfind(verb), verb) for verb in lexicon().speech_verbs if verb in before]
    if not verbs:
        return False
    at, verb = max(verbs, key=lambda found: (found[0], len(found[1])))
    said = sentence.text[at + len(verb):].lstrip("，,：: ")
    return bool(_OWN_SCHEDULE.match(said)) and "「" not in before[at:]


def is_reported_speech(sentence: Sentence, clause: Unit) -> bool:
    before = sentence.text[:clause.start - sentence.start]
    inside_quote = before.count("「") > before.count("」")
    return inside_quote or any(word in before for word in lexicon().speech_verbs)


def _standing_meetings(context: Context, index: int, sentence: Sentence,
                       clause: Unit) -> list[Draft]:
    """Meetings named in a clause: ``主持X第N次會議`` (verb first) or ``X第N次會議今日在廣州
    舉行`` (meeting first; ``A會議及B會議...舉行`` names two)."""
    head = _meeting_head(clause.text)
    if head >= 0 and _TIME_OF_REMARKS.match(clause.text, head + 2):
        return []  # 出席行政會議前會見傳媒: the meeting is only the time of the remarks
    if head < 0:
        return _summit(context, index, clause) or _sitting(context, index, sentence, clause) \
            or _exchange_session(context, index, clause)
    draft = _verb_first(context, index, sentence, clause, head)
    return [draft] if draft is not None else _meeting_first(context, index, sentence, clause)


# 出席行政會議前會見傳媒, …會議之前見記者: a meeting named only as the time of remarks to
# the media, an occasion, not a meeting the release reports (but 出席…會議後會見傳媒 reports
# the meeting attended).
_TIME_OF_REMARKS = re.compile(r"(?:之)?前[^，。]{0,4}?(?:會見|見|與|向)(?:傳媒|記者|媒體|新聞界)")


def _meeting_head(text: str) -> int:
    """Where the last 會議 of a clause that names a meeting stands (not 會議室, 會議紀要),
    or -1."""
    head = text.rfind("會議")
    while head >= 0 and text.startswith(lexicon().not_a_meeting, head + 2):
        head = text.rfind("會議", 0, head)
    return head


def _sitting(context: Context, index: int, sentence: Sentence, clause: Unit) -> list[Draft]:
    """A sitting of the body that opens the sentence, named by what it holds rather than
    會議: ``帳目委員會明日…舉行公開聆訊``."""
    lex = lexicon()
    for noun in lex.sitting_nouns:
        position = clause.text.find(noun)
        if position < 0:
            continue
        verb = re.search(r"(?:舉行|召開)(?:了)?$", clause.text[:position])
        subject = sentence_subject_organisation(context, sentence)
        if verb is None or subject is None:
            return []
        draft = Draft("standing body meeting", index, clause, clause.start + verb.start())
        draft.body, draft.body_span = subject
        return [draft]
    return []


def _verb_first(context: Context, index: int, sentence: Sentence, clause: Unit,
                head: int) -> Draft | None:
    lex = lexicon()
    verb_end, verb_start = -1, -1
    for verb in lex.meeting_held_verbs:
        position = clause.text.rfind(verb, 0, head)
        if clause.text.startswith("的", position + len(verb)) and not ORDINAL_END.search(
                clause.text[position:head]) and not (
                position + len(verb) + 1 == head and sentence_subject_organisation(
                    context, sentence)):
            continue  # "同日舉行的…會議": a relative clause; the verb of attending comes before
            # ("立法會今日…舉行的會議，議程已作修訂": the meeting of the body that opens it)
        if position >= 0 and position + len(verb) > verb_end:
            verb_start, verb_end = position, position + len(verb)
    if verb_end < 0:
        return None
    between = clause.text[verb_end:head]
    offset = verb_end
    for filler in lexicon().meeting_fillers:
        if between.startswith(filler):
            between, offset = between[len(filler):], offset + len(filler)
    verb = clause.text[verb_start:verb_end]
    convened = verb in ("舉行", "召開")
    if convened and between.startswith("的") and (ORDINAL_END.search(between) or between == "的"):
        between, offset = between[1:], offset + 1  # 出席在北京舉行的第二次會議, …舉行的會議
    relative = _HELD_THERE.search(between)
    if relative and (not convened or between.startswith(("在", "於"))):
        # 出席同日在雅加達舉行的東盟部長級會議, 主持召開在深圳舉行的…: the name follows 的
        between, offset = between[relative.end():], offset + relative.end()
    series = _SERIES_ORDINAL.fullmatch(between)
    if series is not None:  # 召開粵港合作聯席會議的第二次會議: the series' Nth meeting
        draft = Draft("standing body meeting", index, clause, clause.start + verb_start)
        start = clause.start + offset
        draft.body = context.text[start:start + len(series.group("series"))]
        draft.body_span = Span(start, start + len(draft.body))
        draft.ordinal = chinese_number(series.group("n"))
        return draft
    described = _DESCRIBED.fullmatch(between)
    if convened and described is not None:
        # 舉行為期兩天的會議, 召開委員會第二屆任期內的第八次會議: how long it sits or which
        # term it falls in, then the meeting itself (of the body that holds it)
        offset += described.start("rest")
        between = described.group("rest")
    if "的" in between:
        # "…以實體形式舉行的合作會議": a description, not a meeting's name; but "由…牽頭的、
        # 有關促進…建設部際聯席會議": a long name after the description is one
        after = re.sub(r"^[、，]?(?:有關|關於)?", "", between[between.rfind("的") + 1:])
        if len(after) < 6 or not all(is_cjk(ch) for ch in after):
            return None
        offset += len(between) - len(after)
        between = after
    if not between and not (convened and sentence_subject_organisation(context, sentence)):
        return None  # "出席會議": the meeting already reported
    draft = Draft("standing body meeting", index, clause, clause.start + verb_start)
    name_meeting(context, draft, between + "會議", clause.start + offset)
    if draft.body is None:
        subject = sentence_subject_organisation(context, sentence) or (
            clause_subject_organisation(context, clause, verb_start) if convened else None)
        if subject is not None:
            draft.body, draft.body_span = subject
    return draft


# Before 會議, how long a meeting sits (為期兩天的) or the term it falls in (委員會第二屆
# 任期內的), then at most its ordinal.
_DESCRIBED = re.compile(
    r"(?:為期(?:\d{1,2}|[一二兩三四五六七八九十半]{1,3})(?:個)?(?:天|日|小時)"
    r"|[\u4e00-\u9fff]{0,12}?第(?:\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})[屆届]任期內)的"
    r"(?P<rest>(?:第(?:\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})次|首次)?)")
# 粵港合作聯席會議的第二次: a series named in full, then which of its meetings.
_SERIES_ORDINAL = re.compile(
    r"(?P<series>[\u4e00-\u9fff]{2,30}?(?:會議|聯席會))的第(?P<n>\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})次")
_MIDDLE_ORDINAL = re.compile(r"第(?P<n>\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})[屆届次]")


def _summit(context: Context, index: int, clause: Unit) -> list[Draft]:
    """A meeting whose name ends in 峰會, 大會 or 屆會 after a verb of attending:
    ``出席20國集團領導人峰會``; ``出席…世界衞生組織第六十屆世界衞生大會`` (an assembly needs
    its ordinal: 頒獎大會 is none; the series is named after the ordinal); ``出席…委員會
    第三次屆會`` (the body's third session: the body is named before the ordinal)."""
    lex = lexicon()
    heads = [(clause.text.rfind(h), h) for h in lex.summit_heads]
    head, word = max(heads)
    if head < 0 or clause.text.startswith(lex.not_a_meeting, head + len(word)):
        return []
    verbs = [(clause.text.rfind(v, 0, head), v) for v in lex.meeting_held_verbs
             if v not in ("舉行", "召開")]
    position, verb = max(verbs)
    if position < 0:
        return []
    offset = position + len(verb)
    between = clause.text[offset:head]
    relative = _HELD_THERE.search(between)
    if relative:
        between, offset = between[relative.end():], offset + relative.end()
    ordinal = _MIDDLE_ORDINAL.search(between)
    if "的" in between or len(between) < 2 or (word in lex.ordinal_summit_heads
                                               and ordinal is None):
        return []
    draft = Draft("standing body meeting", index, clause, clause.start + position)
    end = clause.start + head + len(word)
    if ordinal is not None and len(between) - ordinal.end() >= 2:
        draft.ordinal = chinese_number(ordinal.group("n"))
        offset += ordinal.end()
    elif ordinal is not None and ordinal.end() == len(between) and ordinal.start() >= 2:
        # …服務委員會第三次屆會: the body's session, its ordinal before the head
        draft.ordinal = chinese_number(ordinal.group("n"))
        end = clause.start + offset + ordinal.start()
    start = clause.start + offset
    draft.body, draft.body_span = context.text[start:end], Span(start, end)
    return [draft]


def _meeting_first(context: Context, index: int, sentence: Sentence,
                   clause: Unit) -> list[Draft]:
    """``粵港…小組第二十次會議今日（十二月十二日）在廣州舉行``."""
    match = re.search(r"(?:舉行|召開)(?:了)?$", clause.text.rstrip("。！？"))
    if match is None:
        return []
    before = clause.text[:match.start()]
    head = before.rfind("會議")
    if head < 0 or not re.fullmatch(_WHEN_WHERE, before[head + 2:]):
        return []
    names_end = head + 2
    start = len(before[:names_end]) - len(before[:names_end].lstrip("　 "))
    drafts = []
    for piece_start, piece in _split_names(before[start:names_end]):
        for filler in lexicon().meeting_fillers:
            if piece.startswith(filler):
                piece_start, piece = piece_start + len(filler), piece[len(filler):]
        if not piece.endswith("會議") or len(piece) <= 2:
            continue  # "該會議於…舉行": the meeting already reported
        draft = Draft("standing body meeting", index, clause, clause.start + match.start())
        name_meeting(context, draft, piece, clause.start + start + piece_start)
        if draft.body is not None:
            drafts.append(draft)
    return drafts


def _split_names(text: str) -> list[tuple[int, str]]:
    """``A第二十次會議及B第十四次會議`` -> both names, with their offsets."""
    pieces, begin = [], 0
    for match in re.finditer(r"會議(?:及|和|與|、|以及)", text):
        pieces.append((begin, text[begin:match.start() + 2]))
        begin = match.end()
    pieces.append((begin, text[begin:]))
    return pieces


# A session held under its quoted name: 舉行第二次「…交流會」, 首場「…交流會」今早舉行, 出席
# 「…交流會」 (the quotes keep a sports meet, 體育交流會, out: it is no quoted name); or under a
# name the genre prints bare, a standing series (舉行第十七次前廳交流會, 出席立法會前廳交流會).
_ORDINAL_WORD = (r"(?P<ordinal>第(?:\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})[次屆場]"
                 r"|首次|首場|首屆)")
_QUOTED_SESSION = r"[「“『](?P<name>[^」”』，。]{{2,40}}?(?:{heads}))[」”』]"
# Before a bare known name, what may belong to it (立法會前廳交流會): no term, ordinal or joiner.
_BARE_SESSION = r"(?P<bare>(?:(?![第次屆場首的與和及、])[\u4e00-\u9fff]){{0,12}}?(?:{known}))"


def _session_name(lex) -> str:
    quoted = _QUOTED_SESSION.format(heads="|".join(lex.session_heads))
    if not lex.known_sessions:
        return quoted
    bare = _BARE_SESSION.format(known="|".join(lex.known_sessions))
    return rf"(?:{quoted}|{bare})"


def _exchange_session(context: Context, index: int, clause: Unit) -> list[Draft]:
    """A liaison or exchange session under its name, after a verb of holding or attending
    (舉行, 舉辦, 出席) or before 舉行."""
    lex = lexicon()
    name = _session_name(lex)
    text = clause.text.rstrip("。！？")
    verbs = "|".join(lex.session_verbs)
    verb_first = re.search(rf"(?:{verbs})了?{_ORDINAL_WORD}?{name}", text)
    found = verb_first or re.search(
        rf"{_ORDINAL_WORD}?{name}(?P<when>.*?)(?:舉行|召開|舉辦)了?$", text)
    if found is None or (
            verb_first is None and not re.fullmatch(_WHEN_WHERE, found.group("when"))):
        return []
    verb = found.start() if verb_first else found.end("when")
    draft = Draft("standing body meeting", index, clause, clause.start + verb)
    ordinal = found.group("ordinal")
    if ordinal:
        draft.ordinal = lex.ordinal_words.get(ordinal) or chinese_number(
            ordinal.strip("第次屆場")) or 1
    group = "name" if found.group("name") else "bare"
    start, end = clause.start + found.start(group), clause.start + found.end(group)
    year = re.match(r"\d{4}年?", context.text[start:end])
    if year:
        start += year.end()  # 「2017粵港澳…交流會」: the year's session of the series
    draft.body, draft.body_span = context.text[start:end], Span(start, end)
    return [draft]


def detected(context: Context) -> list[Draft]:
    """The meeting the learned detector finds where no rule read one (the release's rules
    found none): a draft of its sentence, whose frame the rules then fill; not what someone
    is reported to say. A sentence that announces needs a day of its own, as the rules ask."""
    model = meeting_detector.detector()
    texts = [sentence.text for sentence in context.sentences]
    index = model.pick(context.release.title, texts) if model else None
    return [] if index is None else _draft_at(context, index)


def more_detected(context: Context, drafts: list[Draft]) -> list[Draft]:
    """The meetings the detector reads in sentences that report none of the rules' meetings
    (``drafts``), as drafts whose frame the rules then fill; the same refusals hold."""
    model = meeting_detector.detector()
    if model is None:
        return []
    covered = {draft.sentence for draft in drafts}
    return [draft for index in model.more([s.text for s in context.sentences], covered)
            for draft in _draft_at(context, index)]


def _draft_at(context: Context, index: int) -> list[Draft]:
    """A draft of the sentence the detector names, unless a refusal holds."""
    sentence = context.sentences[index]
    lex = lexicon()
    if sentence.clauses and is_reported_speech(sentence, sentence.clauses[-1]) \
            or mentions(sentence.text, lex.not_counterparts):
        return []  # 他表示，這是首次舉行的會議: what someone says; 會見傳媒: the press met
    # no verb was read: the people of the whole sentence are its parties
    draft = Draft(kind="meeting", sentence=index, clause=Unit(sentence.text, sentence.start),
                  verb_start=sentence.end)
    if mentions(sentence.text, lex.announcement_markers + lex.future_markers) \
            or re.search(_MODAL_WILL, sentence.text):  # 亦會與…會面: the modal the rules read
        draft.status = "planned"
        if not find_dates(context.text, context.folded, sentence.span,
                          context.release.release_date):
            return []
    return [draft]
