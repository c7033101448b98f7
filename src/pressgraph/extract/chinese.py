"""Extraction rules for Chinese (Traditional and Simplified) releases.

A meeting is reported by a clause with a verb of holding or attending (``主持``,
``舉行``, ``出席``) before a named meeting (``粵港人才合作協調機制第一次會議``,
``2023年深港合作會議``, an organisation's ``第五屆首次會議``), or by a courtesy call
(``與廣東省委書記黃坤明會面``). Clauses about meetings to come (``將於``), earlier ones
(``以來``, ``上一次``) and reported speech do not count. Each meeting owns the text from
its clause to the next meeting's; what it says there (``會上``, ``共同主持會議``,
``代表團由...率領``, lists, ``討論集中在...``) is gathered for that meeting.

Simplified text is folded onto Traditional characters first, so one lexicon serves both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pressgraph.extract import zh_agenda, zh_orgs
from pressgraph.extract.meetings import status_of
from pressgraph.extract.outcomes import find_zh_outcomes
from pressgraph.extract.zh_dates import DatePhrase, find_dates
from pressgraph.extract.zh_people import Person, find_people
from pressgraph.chinese_script import to_traditional
from pressgraph.extract.zh_text import (
    Sentence,
    Unit,
    find_all,
    fold,
    is_cjk,
    lexicon,
    sentences,
    strip_brackets,
)
from pressgraph.model import (
    AcronymDefinition,
    AgendaItem,
    Extraction,
    Meeting,
    OrganisationMention,
    Outcome,
    ParsedRelease,
    PersonMention,
    RoleInMeeting,
    RoleName,
    Span,
    Statement,
    Visit,
)
from pressgraph.parse import chinese_number
from pressgraph.registry import find_place

_ORDINAL = re.compile(r"第(?P<n>\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})次$")
# "…舉行的" before a meeting's name: where and when it is held, not part of the name.
_HELD_THERE = re.compile(r"^[^，。的]{0,30}?(?:舉行|召開)的")
# 第七次港澳合作高層會議: an ordinal before the series' name.
_ORDINAL_PREFIX = re.compile(r"^第(?P<n>\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})(?:次|屆|届)")
# 締約方大會第28屆會議: the 28th session of a series that meets once a term.
_TERM_ORDINAL = re.compile(r"(?<=[會会])第(?P<n>\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})[屆届]$")
_SESSION = re.compile(r"(?P<session>第(?:\d{1,3}|[〇○零一二三四五六七八九十百]{1,5})屆)$")
_YEAR_PREFIX = re.compile(r"^(?P<year>\d{4})年(?:度)?")
_ORDINAL_END = re.compile(r"(?:第(?:\d{1,3}|[〇○零一二三四五六七八九十百兩]{1,5})次|首次)$")
# What may stand between a meeting's name and 舉行: when and where.
_WHEN_WHERE = re.compile(
    r"(?:今日|昨日|今天|昨天|上午|下午|晚上|早上|[（(][^（）()]*[）)]|[在於][\u4e00-\u9fff]{1,12}?)*")


@dataclass
class _Context:
    release: ParsedRelease
    text: str
    folded: str
    sentences: list[Sentence]
    people: list[Person]
    acronyms: tuple[AcronymDefinition, ...]
    surface_forms: dict[str, list[tuple[int, str]]] = field(default_factory=dict)


@dataclass
class _Draft:
    kind: str  # "standing body meeting" or "courtesy call"
    sentence: int  # index into sentences
    clause: Unit
    verb_start: int
    body: str | None = None
    body_span: Span | None = None
    session: str | None = None
    ordinal: int | None = None
    region: list[int] = field(default_factory=list)  # sentence indices
    counterpart: Person | None = None  # the one person called on, when a clause calls on several
    status: str = "held"  # "planned" when the sentence announces it


def extract(release: ParsedRelease) -> Extraction:
    if not release.blocks:
        return Extraction(release=release)
    folded = fold(release)
    body = Span(release.blocks[0].span.start, release.blocks[-1].span.end)
    acronyms = zh_orgs.find_acronyms(release.text, folded, body)
    people = find_people(release.text, folded, body, acronyms)
    context = _Context(release, release.text, folded, sentences(release, folded), people,
                       acronyms, _surface_forms(release.text, folded, body, people, acronyms))
    drafts = [] if _is_transcript(release, folded) else _find_meetings(context)
    _assign_regions(context, drafts)
    meetings = tuple(_meeting(context, draft) for draft in drafts)
    named: dict[str, PersonMention] = {}
    for person in people:
        if person.mention.name and person.mention.name not in named:
            named[person.mention.name] = person.mention
    chairs_by_post = {role.person.span: role.person for meeting in meetings
                      for role in meeting.roles if role.person.name is None}
    listed = list(named.values()) + sorted(chairs_by_post.values(), key=lambda p: p.span)
    return Extraction(
        release=release,
        meetings=meetings,
        people=tuple(sorted(listed, key=lambda p: p.span)),
        acronyms=acronyms,
        documents=zh_orgs.find_documents(release.text, folded, body),
        statements=_statements(context),
    )


def _is_transcript(release: ParsedRelease, folded: str) -> bool:
    """A speech, remarks to the media or a question and reply (``以下是…發言全文``)."""
    lex = lexicon()
    if _mentions(to_traditional(release.title_clean), lex.transcript_markers):
        return True
    for block in release.blocks[:3]:  # a headline the parser left in the body, the lead-in
        opening = folded[block.span.start:block.span.end].lstrip()
        if (block.kind == "heading" or opening.startswith(("以下是", "以下為"))) and _mentions(
                opening, lex.transcript_markers):
            return True
    return False


def _statements(context: _Context) -> tuple[Statement, ...]:
    """What people are reported to have said: ``X表示，…``, ``他說：「…」``."""
    found: list[Statement] = []
    for sentence in context.sentences:
        verb = min(((sentence.text.find(v), -len(v), v) for v in lexicon().speech_verbs
                    if v in sentence.text), default=None)
        if verb is None:
            continue
        position, _, word = verb
        speaker = _subject(context, sentence)
        if speaker is None or speaker.start > sentence.start + position:
            continue
        start = position + len(word)
        while start < len(sentence.text) and sentence.text[start] in "，：:,「 ":
            start += 1
        said = sentence.text[start:].rstrip("。」！？")
        if not said:
            continue
        absolute = sentence.start + start
        found.append(Statement(text=context.text[absolute:absolute + len(said)],
                               span=Span(absolute, absolute + len(said)),
                               speaker=speaker.mention))
    return tuple(found)


# --------------------------------------------------------------------------- meetings


def _find_meetings(context: _Context) -> list[_Draft]:
    lex = lexicon()
    drafts: list[_Draft] = []
    for index, sentence in enumerate(context.sentences):
        for clause in sentence.clauses:
            if _is_reported_speech(sentence, clause) or _quoted(context, sentence, clause) \
                    or _mentions(clause.text, lex.background_markers + lex.vague_future_markers):
                continue
            found = _standing_meetings(context, index, sentence, clause) or \
                _courtesy_calls(context, index, clause)
            drafts += [d for d in found if _with_tense(context, sentence, d)]
    return _once_each(context, drafts)


def _once_each(context: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """One draft per named meeting (body and ordinal): a headline left in the body names the
    meeting the text then reports, so the draft from a paragraph wins over a heading's."""
    def key(draft: _Draft) -> tuple[str, int | None] | None:
        return (strip_brackets(to_traditional(draft.body)), draft.ordinal) if draft.body else None

    def in_heading(draft: _Draft) -> bool:
        block = context.sentences[draft.sentence].block
        return context.release.blocks[block].kind == "heading"

    kept: list[_Draft] = []
    for draft in drafts:
        same = next((k for k in kept if key(draft) is not None and key(k) == key(draft)), None)
        if same is None:
            kept.append(draft)
        elif in_heading(same) and not in_heading(draft):
            kept[kept.index(same)] = draft
    return kept


# "將" before a verb: the future ("將拜訪"), unless it is a noun ("將軍") or "將來"; the
# modal "會" right before a verb of meeting ("亦會拜會").
_FUTURE_WILL = re.compile(r"將(?![軍來近領士])|會(?=拜會|拜訪|會見|會晤|出席|主持|與|前往|率)")


def _quoted(context: _Context, sentence: Sentence, clause: Unit) -> bool:
    """Whether the clause lies inside a quotation opened earlier in its paragraph."""
    block = context.release.blocks[sentence.block]
    before = context.text[block.span.start:clause.start + 1]
    return before.count("「") > before.count("」") or before.count("“") > before.count("”")


def _with_tense(context: _Context, sentence: Sentence, draft: _Draft) -> bool:
    """Mark a draft announced before its verb (``明日在廣州主持``, ``將出席``) as planned;
    False for a clause that speaks of the future only after its verb, which is not kept."""
    lex = lexicon()
    before = sentence.text[:draft.verb_start - sentence.start]
    if _mentions(before, lex.announcement_markers) or _FUTURE_WILL.search(before):
        draft.status = "planned"  # an announced meeting has a day of its own
        return bool(find_dates(context.text, context.folded, sentence.span,
                               context.release.release_date))
    return not _mentions(draft.clause.text, lex.future_markers + lex.announcement_markers)


def _mentions(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def _is_reported_speech(sentence: Sentence, clause: Unit) -> bool:
    before = sentence.text[:clause.start - sentence.start]
    inside_quote = before.count("「") > before.count("」")
    return inside_quote or any(word in before for word in lexicon().speech_verbs)


def _standing_meetings(context: _Context, index: int, sentence: Sentence,
                       clause: Unit) -> list[_Draft]:
    """Meetings named in a clause: ``主持X第N次會議`` (verb first) or ``X第N次會議今日在廣州
    舉行`` (meeting first; ``A會議及B會議...舉行`` names two)."""
    head = clause.text.rfind("會議")
    if head < 0 or clause.text.startswith(lexicon().not_a_meeting, head + 2):
        return []
    draft = _verb_first(context, index, sentence, clause, head)
    return [draft] if draft is not None else _meeting_first(context, index, sentence, clause)


def _verb_first(context: _Context, index: int, sentence: Sentence, clause: Unit,
                head: int) -> _Draft | None:
    lex = lexicon()
    verb_end, verb_start = -1, -1
    for verb in lex.meeting_held_verbs:
        position = clause.text.rfind(verb, 0, head)
        if clause.text.startswith("的", position + len(verb)) and not _ORDINAL_END.search(
                clause.text[position:head]):
            continue  # "同日舉行的…會議": a relative clause; the verb of attending comes before
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
    if convened and between.startswith("的") and _ORDINAL_END.search(between):
        between, offset = between[1:], offset + 1  # 出席在北京舉行的第二次會議
    relative = _HELD_THERE.search(between)
    if relative and not convened:  # 出席同日在雅加達舉行的東盟部長級會議: the name follows 的
        between, offset = between[relative.end():], offset + relative.end()
    if "的" in between:
        return None  # "…以實體形式舉行的合作會議": a description, not a meeting's name
    if not between and not (convened and _sentence_subject_organisation(context, sentence)):
        return None  # "出席會議": the meeting already reported
    draft = _Draft("standing body meeting", index, clause, clause.start + verb_start)
    _name_meeting(context, draft, between + "會議", clause.start + offset)
    if draft.body is None:
        subject = _sentence_subject_organisation(context, sentence)
        if subject is not None:
            draft.body, draft.body_span = subject
    return draft


def _meeting_first(context: _Context, index: int, sentence: Sentence,
                   clause: Unit) -> list[_Draft]:
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
        draft = _Draft("standing body meeting", index, clause, clause.start + match.start())
        _name_meeting(context, draft, piece, clause.start + start + piece_start)
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


def _name_meeting(context: _Context, draft: _Draft, name: str, start: int) -> None:
    """Body, session and ordinal from a meeting's name, which ends in 會議:
    ``粵港人才合作協調機制第一次會議``, ``2023年深港合作會議``, ``第五屆首次會議``."""
    lex = lexicon()
    prefix = _ORDINAL_PREFIX.match(name)
    if prefix and len(name) - prefix.end() > 2 and not _ORDINAL_END.search(name[:-2]):
        # 第七次港澳合作高層會議: the series' name (not 第五屆首次會議, a term's first meeting)
        draft.ordinal = chinese_number(prefix.group("n"))
        start += prefix.end()
        name = name[prefix.end():]
        draft.body = context.text[start:start + len(name)]
        draft.body_span = Span(start, start + len(name))
        return
    between = name[:-2]
    match = _ORDINAL.search(between) or _TERM_ORDINAL.search(between)
    ordinal_word = next((w for w in lex.ordinal_words if between.endswith(w)), None)
    if match:
        draft.ordinal = chinese_number(match.group("n"))
        between = between[:match.start()]
    elif ordinal_word:
        draft.ordinal = lex.ordinal_words[ordinal_word]
        between = between[:-len(ordinal_word)]
    else:
        between += "會議"  # a series named with its head noun: 深港合作會議
    session = _SESSION.search(between)
    if session:
        draft.session = session.group("session")
        between = between[:session.start()]
    year = _YEAR_PREFIX.match(between)
    if year:
        draft.session = draft.session or year.group("year")
        between = between[year.end():]
        start += year.end()
    if between and between != "會議":
        draft.body = context.text[start:start + len(between)]
        draft.body_span = Span(start, start + len(between))


def _sentence_subject_organisation(context: _Context,
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
    if candidate.endswith(lex.org_suffixes) and all(is_cjk(ch) for ch in candidate):
        start = sentence.start + text.find(candidate)
        return context.text[start:start + len(candidate)], Span(start, start + len(candidate))
    return None


def _courtesy_calls(context: _Context, index: int, clause: Unit) -> list[_Draft]:
    """A call on someone (``與...會面``, ``拜會...``); ``先後拜會A和B`` is one call on each."""
    lex = lexicon()
    for verb in lex.courtesy_verbs:
        for position in find_all(clause.text, verb):
            before = clause.text[:position]
            after = clause.text[position + len(verb):position + len(verb) + 1]
            if before.endswith(("在", "出席")) or after in ("中", "時", "上", "後", "的"):
                continue  # "在會面中", "出席會見的": a reference to the call, not a new one
            if clause.text.startswith(lex.not_counterparts, position + len(verb)):
                continue  # "會見傳媒": remarks to the press
            verb_start = clause.start + position
            people = _people_in(context, clause)
            if not people and verb not in ("拜會", "拜訪"):
                continue
            counterparts = [p for p in people if p.start >= verb_start]
            if len(counterparts) > 1 and _mentions(clause.text, ("先後", "分別")):
                return [_Draft("courtesy call", index, clause, verb_start, counterpart=p)
                        for p in counterparts]
            return [_Draft("courtesy call", index, clause, verb_start)]
    return []


def _assign_regions(context: _Context, drafts: list[_Draft]) -> None:
    """Give each meeting the sentences that tell about it."""
    lex = lexicon()
    starts = [d.sentence for d in drafts]
    for number, draft in enumerate(drafts):
        later = [s for s in starts[number + 1:] if s > draft.sentence]
        same_sentence_after = any(d.sentence == draft.sentence for d in drafts[number + 1:])
        end = later[0] if later else len(context.sentences)
        if same_sentence_after:
            draft.region = [draft.sentence]
        else:
            draft.region = list(range(draft.sentence, end))
    courtesy = [d for d in drafts if d.kind == "courtesy call"]
    for index, sentence in enumerate(context.sentences):
        if not any(ref in sentence.text for ref in lex.meeting_references if "會面" in ref):
            continue
        owner = next((d for d in reversed(courtesy) if d.sentence <= index), None)
        if owner is None:
            continue
        for draft in drafts:
            if draft is not owner and index in draft.region and index != draft.sentence:
                draft.region.remove(index)
        if index not in owner.region:
            owner.region.append(index)
            owner.region.sort()


def _meeting(context: _Context, draft: _Draft) -> Meeting:
    sentence = context.sentences[draft.sentence]
    date_phrase = _meeting_date(context, draft)
    mode = "video conference" if any(
        _mentions(context.sentences[i].text, lexicon().video_markers) for i in draft.region
    ) else "in person"
    location, venue = (None, None) if mode == "video conference" else _location(context, draft)
    chairs = _chairs(context, draft)
    return Meeting(
        span=sentence.span,
        status=status_of(draft.status, date_phrase.value if date_phrase else None,
                         context.release.release_date),
        body=draft.body,
        body_span=draft.body_span,
        session=draft.session,
        ordinal=draft.ordinal,
        date=date_phrase.value if date_phrase else (
            None if draft.status == "planned" else context.release.release_date),
        date_text=date_phrase.text if date_phrase else None,
        location=location,
        venue=venue,
        mode=mode,
        kind=draft.kind,
        roles=tuple(RoleInMeeting(person=p.mention, role=role) for p, role in chairs),
        participants=_participants(context, draft, [p for p, _ in chairs]),
        agenda=_agenda(context, draft),
        visits=_visits(context, draft, date_phrase.value if date_phrase
                       else context.release.release_date),
        outcomes=_outcomes(context, draft),
    )


def _outcomes(context: _Context, draft: _Draft) -> tuple[Outcome, ...]:
    """Clauses that report something signed, endorsed or agreed (``簽署``, ``通過``...)."""
    release_date = context.release.release_date
    return find_zh_outcomes(context.text, [context.sentences[i] for i in draft.region],
                            release_date.year if release_date else None)


# --------------------------------------------------------------------------- when and where


def _meeting_date(context: _Context, draft: _Draft) -> DatePhrase | None:
    release_date = context.release.release_date
    sentence = context.sentences[draft.sentence]
    for unit in (draft.clause, sentence):
        phrases = find_dates(context.text, context.folded, unit.span, release_date)
        if phrases:
            return phrases[0]
    for index in range(draft.sentence - 1, -1, -1):
        previous = context.sentences[index]
        phrases = find_dates(context.text, context.folded, previous.span, release_date)
        if phrases:
            return phrases[-1]
    return None


def _location(context: _Context, draft: _Draft) -> tuple[str | None, str | None]:
    sentence = context.sentences[draft.sentence]
    venue = _venue(context, sentence)
    units: list[Unit] = [draft.clause, sentence]
    units += [context.sentences[i] for i in range(draft.sentence - 1, -1, -1)]
    for unit in units:
        place = _place_in(context, unit)
        if place:
            return place, venue
    home = find_place("香港")
    if home is None:
        return None, venue
    return (home.zh_hans if context.release.language == "zh-Hans" else home.zh_hant), venue


def _place_in(context: _Context, unit: Unit) -> str | None:
    lex = lexicon()
    for verb in lex.place_verbs:
        for position in find_all(unit.text, verb):
            after = position + len(verb)
            for name in lex.place_names:
                if unit.text.startswith(name, after):
                    start = unit.start + after
                    if find_place(name) is not None:
                        return context.text[start:start + len(name)]
    return None


def _venue(context: _Context, sentence: Sentence) -> str | None:
    match = re.search(r"在(?P<venue>[\u4e00-\u9fff]{2,12}?)(?:舉行|召開)", sentence.text)
    if match and find_place(match.group("venue")) is None:
        start = sentence.start + match.start("venue")
        return context.text[start:match.end("venue") + sentence.start]
    return None


# --------------------------------------------------------------------------- who


def _people_in(context: _Context, unit: Unit, end: int | None = None) -> list[Person]:
    stop = unit.end if end is None else end
    return [p for p in context.people if unit.start <= p.start < stop]


def _subject(context: _Context, sentence: Sentence) -> Person | None:
    """The person a sentence opens with, or the one ``他``/``她`` refers back to."""
    for person in context.people:
        if sentence.start <= person.start <= sentence.start + 1:
            return person
    opening = sentence.text.lstrip()
    for person in context.people:  # a name given with its post earlier: 許正宇其後與...
        if person.mention.name and person.start < sentence.start and \
                to_traditional(opening).startswith(to_traditional(person.mention.name)):
            return person
    if opening.startswith(lexicon().pronouns):
        return _last_named_before(context, sentence.start)
    return None


def _last_named_before(context: _Context, position: int) -> Person | None:
    """The person whose name was written last before ``position`` (what 他/她 refers to)."""
    best: tuple[int, Person] | None = None
    for person in context.people:
        if not person.mention.name:
            continue
        last = context.folded.rfind(to_traditional(person.mention.name), 0, position)
        if last >= 0 and (best is None or last > best[0]):
            best = (last, person)
    return best[1] if best else None


def _chairs(context: _Context, draft: _Draft) -> list[tuple[Person, RoleName]]:
    """Who chaired (``主持``), co-chaired (``共同主持``) or, for calls and meetings of two
    delegations, led a side (``率領``): the principals."""
    sentence = context.sentences[draft.sentence]
    chairs: list[tuple[Person, RoleName]] = []
    subject = _subject(context, sentence)
    if draft.kind == "courtesy call":
        if subject is not None:
            chairs.append((subject, "principal"))
        others = [draft.counterpart] if draft.counterpart else _people_in(context, draft.clause)
        chairs += [(p, "principal") for p in others]
        return _unique(chairs)
    role = _chair_role(draft.clause.text)
    if subject is not None and _mentions(sentence.text, ("主持", "率領", "率團", "帶領")):
        chairs.append((subject, role if "主持" in draft.clause.text else "principal"))
    chairs += [(p, role) for p in _people_in(context, draft.clause, draft.verb_start)]
    for index in draft.region:
        for clause in context.sentences[index].clauses:
            if "主持" in clause.text and clause != draft.clause:
                verb = clause.start + clause.text.find("主持")
                chairs += [(p, _chair_role(clause.text)) for p in _people_in(context, clause)
                           if p.start < verb]
            if "率領" in clause.text and "代表團由" in clause.text:
                chairs += [(p, "principal") for p in _people_in(context, clause)]
    return _unique(chairs)


def _chair_role(clause: str) -> RoleName:
    from pressgraph.extract.zh_people import only_attends  # the people layer's words

    return "co-chair" if "共同主持" in clause else "chair" if "主持" in clause else (
        "attendee" if only_attends(clause) else "principal")


def _unique(chairs: list[tuple[Person, RoleName]]) -> list[tuple[Person, RoleName]]:
    seen: dict[object, int] = {}
    result: list[tuple[Person, RoleName]] = []
    for person, role in chairs:
        key = person.mention.name or person.mention.span
        if key not in seen:
            seen[key] = len(result)
            result.append((person, role))
        elif result[seen[key]][1] == "attendee":  # attended, and chaired in a later clause
            result[seen[key]] = (person, role)
    return result


def _participants(context: _Context, draft: _Draft,
                  chairs: list[Person]) -> tuple[OrganisationMention, ...]:
    lex = lexicon()
    acronyms = context.acronyms
    found: list[OrganisationMention] = []
    for person in chairs:
        if person.government and person.government_start is not None:
            span = Span(person.government_start, person.government_start + len(person.government))
            found.append(zh_orgs.organisation(person.government, span, acronyms))
        party = False
        for post in person.mention.posts:
            organisation = post.organisation
            if organisation is None or not organisation.mentions:
                party = party or _mentions(to_traditional(post.title), lex.party_markers)
                continue
            surface = organisation.mentions[0]
            own_place = zh_orgs.side_of(surface) != "HKSAR" or to_traditional(
                surface).startswith(lex.hksar_markers)
            if _mentions(to_traditional(surface), lex.party_markers) or (party and not own_place):
                party = True
                continue
            if to_traditional(strip_brackets(surface)).endswith(
                    ("政府", "管理局", "局", "署", "處", "委員會")):
                found.append(zh_orgs.organisation(surface, organisation.span, acronyms))
    units = [context.sentences[i] for i in sorted(set(draft.region) | {draft.sentence})]
    for unit in units:
        for surface, span in zh_orgs.government_mentions(context.text, context.folded,
                                                         unit.span, acronyms):
            found.append(zh_orgs.organisation(surface, span, acronyms))
        for clause in unit.clauses:
            found.extend(_represented(context, clause))
    body = zh_orgs.canonical_name(draft.body, acronyms) if draft.body else None
    found = [m for m in found if m.name != body]
    found.sort(key=lambda m: m.span)
    return tuple(_with_every_mention(context, m) for m in zh_orgs.merge(found))


def _with_every_mention(context: _Context, mention: OrganisationMention) -> OrganisationMention:
    """Every surface form the release uses for the organisation, in text order."""
    forms = context.surface_forms.get(mention.name, [])
    mentions = tuple(dict.fromkeys([form for _, form in sorted(forms)] + list(mention.mentions)))
    return OrganisationMention(name=mention.name, span=mention.span, acronym=mention.acronym,
                               side=mention.side, mentions=mentions)


def _surface_forms(text: str, folded: str, body: Span, people: list[Person],
                   acronyms: tuple[AcronymDefinition, ...]) -> dict[str, list[tuple[int, str]]]:
    """Canonical organisation name -> (offset, surface) of every way the body names it."""
    forms: dict[str, list[tuple[int, str]]] = {}

    def add(surface: str, start: int) -> None:
        forms.setdefault(zh_orgs.canonical_name(surface, acronyms), []).append((start, surface))

    for surface, span in zh_orgs.government_mentions(text, folded, body, acronyms):
        add(surface, span.start)
    for person in people:
        for post in person.mention.posts:
            organisation = post.organisation
            if organisation is not None and organisation.mentions:
                add(organisation.mentions[0], organisation.span.start)
    for acronym in acronyms:
        for position in find_all(folded[body.start:body.end], to_traditional(acronym.short)):
            start = body.start + position
            inside_definition = acronym.span.start <= start < acronym.span.end
            if not inside_definition and zh_orgs.canonical_name(acronym.short, acronyms) \
                    == zh_orgs.canonical_name(acronym.expansion, acronyms) \
                    and not folded.startswith(to_traditional(acronym.short) + "政府", start):
                add(text[start:start + len(acronym.short)], start)
    return forms


def _represented(context: _Context, clause: Unit) -> list[OrganisationMention]:
    """Organisations in ``X、Y和Z的代表`` of a clause about attending."""
    position = clause.text.find("的代表")
    if position < 0:
        return []
    start = clause.text.rfind("包括", 0, position)
    begin = start + 2 if start >= 0 else 0
    span = Span(clause.start + begin, clause.start + position)
    return [zh_orgs.organisation(surface, item_span, context.acronyms)
            for surface, item_span in zh_orgs.listed_organisations(context.text, context.folded,
                                                                    span)]


# --------------------------------------------------------------------------- what


def _agenda(context: _Context, draft: _Draft) -> tuple[AgendaItem, ...]:
    return zh_agenda.find_agenda(context.release, context.folded, context.sentences,
                                 draft.region, draft.kind == "standing body meeting")


def _visits(context: _Context, draft: _Draft, meeting_date: date | None) -> tuple[Visit, ...]:
    lex = lexicon()
    visits: list[Visit] = []
    for index in draft.region:
        sentence = context.sentences[index]
        for clause in sentence.clauses:
            for verb in lex.visit_verbs:
                position = clause.text.find(verb)
                if position < 0:
                    continue
                if verb == "到訪" and find_place(clause.text[position + 2:position + 4]):
                    continue
                phrases = find_dates(context.text, context.folded, sentence.span,
                                     context.release.release_date)
                when = phrases[0].value if phrases else meeting_date
                start = position + len(verb)
                visits.extend(_visit_objects(context, clause, start, when))
                break
    return tuple(visits)


def _visit_objects(context: _Context, clause: Unit, offset: int,
                   when: date | None) -> list[Visit]:
    text = clause.text[offset:].rstrip("。！？；")
    pieces, begin, depth = [], 0, 0
    for position, ch in enumerate(text + "、"):
        depth += ch in "「『（"
        depth -= ch in "」』）" and depth > 0
        if depth == 0 and (ch == "、" or ch == "和") and position > begin:
            pieces.append((begin, text[begin:position]))
            begin = position + 1
    visits = []
    for start, piece in pieces:
        if len(strip_brackets(piece)) < 2:
            continue
        absolute = clause.start + offset + start
        visits.append(Visit(organisation=context.text[absolute:absolute + len(piece)],
                            span=Span(absolute, absolute + len(piece)), date=when))
    return visits
