"""Extraction rules for Chinese (Traditional and Simplified) releases.

``zh_meetings.py`` finds the clauses that report or announce a meeting (drafts); each
meeting owns the text from its clause to the next meeting's, and what it says there
(``會上``, ``共同主持會議``, ``代表團由...率領``, lists, ``討論集中在...``) is gathered
here for that meeting: its date and place, chairs, participants, agenda and visits.

Simplified text is folded onto Traditional characters first, so one lexicon serves both.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pressgraph.chinese_script import to_traditional
from pressgraph.extract import zh_orgs
from pressgraph.extract.meetings import status_of
from pressgraph.extract.zh_dates import DatePhrase, find_dates
from pressgraph.extract.zh_meetings import Context as _Context
from pressgraph.extract.zh_meetings import Draft as _Draft
from pressgraph.extract.zh_meetings import (
    find_meetings,
    is_notice,
    is_transcript,
    occasion,
)
from pressgraph.extract.zh_meetings import is_reported_speech as _is_reported_speech
from pressgraph.extract.zh_meetings import mentions as _mentions
from pressgraph.extract.zh_meetings import people_in as _people_in
from pressgraph.extract.zh_meetings import subject as _subject
from pressgraph.extract.zh_people import Person, find_people
from pressgraph.extract.zh_text import (
    Sentence,
    Unit,
    find_all,
    fold,
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
from pressgraph.registry import find_place


def extract(release: ParsedRelease) -> Extraction:
    if not release.blocks:
        return Extraction(release=release)
    folded = fold(release)
    body = Span(release.blocks[0].span.start, release.blocks[-1].span.end)
    acronyms = zh_orgs.find_acronyms(release.text, folded, body)
    people = find_people(release.text, folded, body, acronyms)
    context = _Context(release, release.text, folded, sentences(release, folded), people,
                       acronyms, _surface_forms(release.text, folded, body, people, acronyms),
                       is_notice(folded, body))
    transcript = context.transcript = is_transcript(release, folded)
    occasions = occasion(context) if transcript else []
    drafts = occasions + find_meetings(context, transcript=transcript)
    _assign_regions(context, drafts)
    if transcript:  # what the speaker says is not the meeting's text
        for draft in drafts:
            draft.region = [draft.sentence]
    meetings = tuple(
        # the speaker spoke at the meeting: neither a chair nor a party named
        replace(_meeting(context, draft), roles=(), participants=())
        if any(draft is spoken_at for spoken_at in occasions) else _meeting(context, draft)
        for draft in drafts)
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
    release_date = context.release.release_date
    when = (None if date_phrase is None else date_phrase.ahead(release_date)
            if draft.status == "planned" else date_phrase.value)
    if draft.status != "planned" and when == release_date and context.notice:
        draft.status = "planned"  # a Secretariat's notice of today's meeting announces it
    mode = "video conference" if any(
        _mentions(context.sentences[i].text, lexicon().video_markers) for i in draft.region
    ) else "in person"
    location, venue = (None, None) if mode == "video conference" else _location(context, draft)
    chairs = _chairs(context, draft)
    return Meeting(
        span=sentence.span,
        status=status_of(draft.status, when, release_date),
        body=draft.body,
        body_span=draft.body_span,
        session=draft.session,
        ordinal=draft.ordinal,
        date=when if date_phrase else (None if draft.status == "planned" else release_date),
        date_text=date_phrase.text if date_phrase else None,
        location=location,
        venue=venue,
        mode=mode,
        kind=draft.kind,
        roles=tuple(RoleInMeeting(person=p.mention, role=role) for p, role in chairs),
        participants=_participants(context, draft, [p for p, _ in chairs]),
        agenda=_agenda(context, draft),
        visits=_visits(context, draft, when if date_phrase else release_date),
        outcomes=_outcomes(context, draft),
    )


def _outcomes(context: _Context, draft: _Draft) -> tuple[Outcome, ...]:
    """Clauses that report something signed, endorsed or agreed (``簽署``, ``通過``...)."""
    lex = lexicon()
    found: list[Outcome] = []
    for index in draft.region:
        sentence = context.sentences[index]
        for clause in sentence.clauses:
            if not _mentions(clause.text, lex.outcome_verbs) or \
                    _is_reported_speech(sentence, clause) or \
                    _mentions(clause.text, lex.future_markers):
                continue
            text = clause.text.rstrip("。！？")
            start = clause.start + (len(text) - len(text.lstrip()))
            text = text.strip()
            document = re.search(r"《([^《》]+)》", text)
            found.append(Outcome(
                text=context.text[start:start + len(text)], span=Span(start, start + len(text)),
                document=context.text[start + document.start(1):start + document.end(1)]
                if document else None))
    return tuple(found)


# --------------------------------------------------------------------------- when and where


# 於十一月十七及十八日, 6月1日至2日: a meeting over several days has no single date.
_DAYS = re.compile(r"(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})日?(?:及|和|至|、|-|－)"
                   r"(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})日")
# 明晚（九月十日）前往青島，出席…: the day of leaving, unless a later sentence gives the meeting's.
_DEPARTS = re.compile(r"(?:[離离]港|前往|前赴|啟程|起程|出發|動身)")  # (离: not folded)
# 會議將於九月十一日舉行: the meeting's own day, given after it is named.
_OWN_DAY = re.compile(r"^\s*(?:會議|該會議|是次會議|這次會議|會上)?(?:將)?於")
_SEVERAL_DAYS = re.compile(
    r"[）)](?:上午|下午|晚上)?[^。]{0,12}(?:以及|及|和|至)[^，。]{0,4}(?:星期|[（(])")


def _meeting_date(context: _Context, draft: _Draft) -> DatePhrase | None:
    release_date = context.release.release_date
    sentence = context.sentences[draft.sentence]
    if _DAYS.search(draft.clause.text):
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
            if _departs_first(context, sentence, draft, phrases[0]):
                # 會議將於九月十一日舉行; leaving on a later day to attend a meeting does not
                # date it (明日離港前往迪拜，出席…), unless it is held that day (出席同日舉行的…)
                attends = context.folded.startswith(("出席", "參加", "參與"), draft.verb_start)
                same_day = _mentions(draft.clause.text, lexicon().same_day_markers)
                own = _own_day(context, draft)
                leaving = phrases[0].value
                if own is None and attends and not same_day and leaving and release_date \
                        and leaving > release_date:
                    draft.status = "planned"  # it is still to come, on a day not given
                    return None
                return own or phrases[0]
            return phrases[0]
    for index in range(draft.sentence - 1, -1, -1):
        previous = context.sentences[index]
        phrases = find_dates(context.text, context.folded, previous.span, release_date)
        if phrases:
            return phrases[-1]
    return None


def _departs_first(context: _Context, sentence: Sentence, draft: _Draft,
                   phrase: DatePhrase) -> bool:
    """``明晚（九月十日）前往青島，出席…``: the date is the day of leaving, which a later
    sentence may correct with the meeting's own."""
    between = context.folded[phrase.span.end:draft.verb_start]
    return phrase.span.start < draft.verb_start and _DEPARTS.search(between) is not None


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
    return "co-chair" if "共同主持" in clause else "chair" if "主持" in clause else "principal"


def _unique(chairs: list[tuple[Person, RoleName]]) -> list[tuple[Person, RoleName]]:
    seen, result = set(), []
    for person, role in chairs:
        key = person.mention.name or person.mention.span
        if key not in seen:
            seen.add(key)
            result.append((person, role))
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
    blocks = sorted({context.sentences[i].block for i in draft.region})
    return (_listed_agenda(context, blocks) or _heading_agenda(context, blocks)
            or _prose_agenda(context, draft))


def _listed_agenda(context: _Context, blocks: list[int]) -> tuple[AgendaItem, ...]:
    release = context.release
    for index in blocks:
        block = release.blocks[index]
        if block.kind != "list_item" or block.position != 1:
            continue
        if index == 0 or not release.blocks[index - 1].text.endswith(("：", ":")):
            continue
        items = []
        for item in release.blocks[index:]:
            if item.kind != "list_item" or item.list_index != block.list_index:
                break
            items.append(_item(context, len(items) + 1, item.span))
        return tuple(items)
    return ()


def _heading_agenda(context: _Context, blocks: list[int]) -> tuple[AgendaItem, ...]:
    release = context.release
    if not blocks:
        return ()
    items: list[AgendaItem] = []
    started = False
    for index in range(blocks[0], blocks[-1] + 1):
        block = release.blocks[index]
        if not started:
            started = block.kind == "paragraph" and block.text.endswith(("：", ":")) and \
                index + 1 < len(release.blocks) and release.blocks[index + 1].kind == "heading"
            continue
        if block.kind == "heading":
            items.append(_item(context, len(items) + 1, block.span))
        elif block.kind == "paragraph" and index + 1 < len(release.blocks) and \
                release.blocks[index + 1].kind != "heading":
            break
    return tuple(items)


def _prose_agenda(context: _Context, draft: _Draft) -> tuple[AgendaItem, ...]:
    lex = lexicon()
    for index in draft.region:
        sentence = context.sentences[index]
        text = sentence.text
        for opening, closing in lex.agenda_topic_frames:
            start = text.find(opening)
            end = text.find(closing, start + 1) if start >= 0 else -1
            if start >= 0 and end > start + len(opening) and draft.kind == "courtesy call":
                topic = Span(sentence.start + start + len(opening), sentence.start + end)
                return (_item(context, 1, topic),)
        for intro in lex.agenda_intros:
            start = text.find(intro)
            if start < 0:
                continue
            rest = text[start + len(intro):]
            strong = intro.endswith("包括") or intro.startswith("討論集中")
            if strong or any(trailer in rest for trailer in lex.agenda_trailers if trailer != "等"):
                return _split_items(context, sentence, start + len(intro))
        if "包括" in text and _mentions(text, ("會上", "會議上", "議程", "討論", "範疇", "重點")):
            return _split_items(context, sentence, text.find("包括") + 2)
    return ()


def _split_items(context: _Context, sentence: Sentence, offset: int) -> tuple[AgendaItem, ...]:
    lex = lexicon()
    text = sentence.text[offset:].rstrip("。")
    for trailer in lex.agenda_trailers:
        position = text.find(trailer)
        if position > 0 and trailer != "等":
            text = text[:position]
            break
    separators = "；" if "；" in text else "、"
    pieces: list[tuple[int, str]] = []
    begin = 0
    for position, ch in enumerate(text + separators):
        if ch == separators or (separators == "、" and text.startswith("，以及", position)):
            pieces.append((begin, text[begin:position]))
            begin = position + (3 if text.startswith("，以及", position) else 1)
    if separators == "、" and len(pieces) > 1 and "和" in pieces[-1][1]:
        # "A、B和C": the last "和" joins the last two items
        last_start, last = pieces.pop()
        cut = last.rfind("和")
        pieces += [(last_start, last[:cut]), (last_start + cut + 1, last[cut + 1:])]
    items = []
    for start, piece in pieces:
        for lead in ("以及", "及", "和"):
            if piece.startswith(lead):
                start, piece = start + len(lead), piece[len(lead):]
        piece_start = sentence.start + offset + start
        if piece.strip():
            span = Span(piece_start, piece_start + len(piece))
            items.append(_item(context, len(items) + 1, span))
    return tuple(items)


def _item(context: _Context, position: int, span: Span) -> AgendaItem:
    lex = lexicon()
    text = context.text[span.start:span.end]
    folded = context.folded[span.start:span.end]
    changed = True
    while changed:
        changed = False
        for trailer in lex.list_item_trailers:
            if folded.endswith(trailer) and len(folded) > len(trailer):
                text, folded = text[:-len(trailer)], folded[:-len(trailer)]
                changed = True
    text = text.rstrip()
    return AgendaItem(position=position, text=text, span=Span(span.start, span.start + len(text)))


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
