"""Extraction rules for Chinese (Traditional and Simplified) releases.

``zh_meetings.py`` finds the clauses that report or announce a meeting (drafts); each
meeting owns the text from its clause to the next meeting's, and what it says there
(``會上``, ``共同主持會議``, ``代表團由...率領``, lists, ``討論集中在...``) is gathered
here for that meeting: its date and place, chairs, participants, agenda and visits.

Simplified text is folded onto Traditional characters first, so one lexicon serves both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from pressgraph import registry
from pressgraph.chinese_script import to_traditional
from pressgraph.extract import meeting_detector, zh_agenda, zh_orgs, zh_sides, zh_spacing, zh_when
from pressgraph.extract.agenda import shared_by_one_sentence
from pressgraph.extract.meetings import status_of
from pressgraph.extract.outcomes import find_zh_outcomes
from pressgraph.extract.places import narrowest
from pressgraph.extract.zh_actors import people_in as _people_in
from pressgraph.extract.zh_actors import speaker_of
from pressgraph.extract.zh_actors import subject as _subject
from pressgraph.extract.zh_calls import (
    call_leads,
    call_principals,
    caption_told_again,
    give_call_references,
    leaders,
)
from pressgraph.extract.zh_dates import find_dates
from pressgraph.extract.zh_drafts import Context as _Context
from pressgraph.extract.zh_drafts import Draft as _Draft
from pressgraph.extract.zh_drafts import mentions as _mentions
from pressgraph.extract.zh_meetings import (
    detected,
    find_meetings,
    is_notice,
    is_transcript,
    more_detected,
    occasion,
)
from pressgraph.extract.zh_people import Person, find_people
from pressgraph.extract.zh_places import (
    zh_place_in,
    zh_places_in,
    zh_title_place,
    zh_welcome_place,
)
from pressgraph.extract.zh_text import (
    Sentence,
    Unit,
    find_all,
    fold,
    lexicon,
    participation,
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
from pressgraph.registry import find_place, gazetteer


def extract(release: ParsedRelease) -> Extraction:
    spaced = zh_spacing.despace(release)  # 陳 智 敏: read without the spaces
    if spaced is not None:
        return zh_spacing.restore(_extract(spaced.release), release, spaced)
    return _extract(release)


def _extract(release: ParsedRelease) -> Extraction:
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
    context.speaker = speaker_of(context) if transcript else None
    occasions = occasion(context) if transcript else []
    drafts = occasions + [  # the opening's meeting, read once (as the occasion)
        draft for draft in find_meetings(context, transcript=transcript)
        if not any(draft.sentence == spoken_at.sentence and draft.body == spoken_at.body
                   for spoken_at in occasions)]
    by_detector = not drafts and not transcript
    if by_detector:
        drafts = detected(context)
    _assign_regions(context, drafts)
    ruled = 0 if by_detector or transcript else len(drafts)
    if ruled:  # the detector's meetings besides, each told by its own sentence alone
        more = more_detected(context, drafts)
        for draft in more:
            draft.region = [draft.sentence]
        drafts = drafts + more
    if transcript:  # what the speaker says is not the meeting's text
        for draft in drafts:
            draft.region = [draft.sentence]
    meetings = tuple(
        # the speaker spoke at the meeting: neither a chair nor a party named
        replace(_meeting(context, draft), roles=(), participants=())
        if any(draft is spoken_at for spoken_at in occasions) else _meeting(context, draft)
        for draft in drafts)
    if by_detector:
        meetings = tuple(m for m in meetings if meeting_detector.believable(m))
    elif ruled:
        meetings = meetings[:ruled] + tuple(
            meeting_detector.kept_besides(meetings[:ruled], meetings[ruled:]))
    meetings = caption_told_again(release.text, meetings)
    meetings = shared_by_one_sentence(meetings)
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
    # each place a meeting is named (its clause, and where it is named again) tells about it;
    # a sentence belongs to the meeting named last before it
    anchors = sorted((sentence, offset, number) for number, draft in enumerate(drafts)
                     for sentence, offset in [(draft.sentence, draft.verb_start),
                                              *draft.repeats])
    for draft in drafts:
        draft.region = []
    named_in = {sentence for sentence, _, _ in anchors}
    for sentence, _, number in anchors:
        if sentence not in drafts[number].region:
            drafts[number].region.append(sentence)
    owner: int | None = None
    position = 0
    for index in range(len(context.sentences)):
        while position < len(anchors) and anchors[position][0] < index:
            owner = anchors[position][2]
            position += 1
        if index not in named_in and owner is not None:
            drafts[owner].region.append(index)
    for draft in drafts:
        draft.region.sort()
    give_call_references(context, drafts)


def _meeting(context: _Context, draft: _Draft) -> Meeting:
    sentence = context.sentences[draft.sentence]
    date_phrase = zh_when.meeting_date(context, draft)
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
        date=when if date_phrase else None,  # no day in the text: no date (not the release's)
        date_text=date_phrase.text if date_phrase else None,
        location=location,
        venue=venue,
        mode=mode,
        kind=draft.kind,
        roles=call_leads(context.folded, draft.kind, tuple(
            RoleInMeeting(person=p.mention, role=role, reading=reading)
            for p, role, reading in chairs)),
        participants=_participants(context, draft, [
            p for p, role, reading in chairs if role != "attendee" and not (
                reading in ("leader", "subject") and role == "principal"
                and zh_sides.of_several_parties(draft.body))], location),
        agenda=_agenda(context, draft),
        visits=_visits(context, draft, when if date_phrase else release_date),
        outcomes=_outcomes(context, draft),
    )


def _outcomes(context: _Context, draft: _Draft) -> tuple[Outcome, ...]:
    """Clauses that report something signed, endorsed or agreed (``簽署``, ``通過``...)."""
    release_date = context.release.release_date
    return find_zh_outcomes(context.text, [context.sentences[i] for i in draft.region],
                            release_date.year if release_date else None)


# --------------------------------------------------------------------------- where


def _location(context: _Context, draft: _Draft) -> tuple[str | None, str | None]:
    """The place the meeting's clause, sentence or an earlier sentence names; None when the
    text names none (a place is never assumed)."""
    sentence = context.sentences[draft.sentence]
    venue = _venue(context, sentence)
    # the clause's own place; else the sentence's last before the verb (離港前赴法國康城，
    # 於…出席…峰會), or its first after it; else an earlier sentence's last
    units: list[tuple[Unit, int | None]] = [(draft.clause, None), (sentence, draft.verb_start)]
    units += [(context.sentences[i], context.sentences[i].end)
              for i in range(draft.sentence - 1, -1, -1)]
    # before earlier sentences: the visitor welcomed after the call (歡迎…訪港); failing all,
    # the headline's city (…在倫敦與…會面), which also narrows a country named before
    titled = zh_title_place(context.release.title or "")
    for number, (unit, before) in enumerate(units):
        if number == 2 and (told := _welcomed(context, draft)):
            return told, venue
        place = _place_in(context, unit, before, going=draft.status == "planned")
        if place:
            return narrowest(narrowest(place, titled), _earlier_city(context, draft)), venue
    return _welcomed(context, draft) or titled, venue


def _earlier_city(context: _Context, draft: _Draft) -> str | None:
    """The city the sentences before the meeting's last name (访问浙江省杭州市 before a call
    placed by 浙江): it narrows a province or country the meeting's own text names."""
    for index in range(draft.sentence - 1, -1, -1):
        unit = context.sentences[index]
        places = zh_places_in(context.folded, unit.start, unit.end)
        local = [place for _, place in places if place.local]
        if local:
            found = local[-1]
            printed = context.text[found.start:found.start + len(found.surface)]
            return printed if to_traditional(printed) == to_traditional(found.surface) \
                else found.surface
    return None


def _welcomed(context: _Context, draft: _Draft) -> str | None:
    """The place the sentence after the meeting's welcomes its visitor to (歡迎…首次訪港)."""
    following = context.sentences[draft.sentence + 1:draft.sentence + 2]
    found = next((place for s in following
                  if (place := zh_welcome_place(context.folded, s.start, s.end))), None)
    if found is None:
        return None
    printed = context.text[found.start:found.start + len(found.surface)]
    return printed if to_traditional(printed) == to_traditional(found.surface) \
        else found.surface


def _place_in(context: _Context, unit: Unit, before: int | None = None,
              going: bool = False) -> str | None:
    """The place the unit names, as the release prints it."""
    found = zh_place_in(context.folded, unit.start, unit.end, before, going)
    if found is None:
        return None
    printed = context.text[found.start:found.start + len(found.surface)]
    # a short form (訪港) gives the place's full name, which the text does not print there
    return printed if to_traditional(printed) == to_traditional(found.surface) \
        else found.surface


def _venue(context: _Context, sentence: Sentence) -> str | None:
    match = re.search(r"在(?P<venue>[\u4e00-\u9fff]{2,12}?)(?:舉行|召開)", sentence.text)
    if match and find_place(match.group("venue")) is None:
        start = sentence.start + match.start("venue")
        return context.text[start:match.end("venue") + sentence.start]
    return None


# --------------------------------------------------------------------------- who


def _chairs(context: _Context, draft: _Draft) -> list[tuple[Person, RoleName, str]]:
    """Who chaired (``主持``), co-chaired (``共同主持``) or, for calls and meetings of two
    delegations, led a side (``率領``): the principals; each with the reading that found
    them."""
    sentence = context.sentences[draft.sentence]
    chairs: list[tuple[Person, RoleName, str]] = []
    subject = _subject(context, sentence)
    if draft.kind == "courtesy call":
        principals = [(p, role, "call") for p, role in call_principals(context, draft)]
        if not principals:  # 出席會晤的包括…代表團。代表團由…率領: the sides' leaders
            principals = [(p, "principal", "leader") for index in draft.region
                          for clause in context.sentences[index].clauses
                          for p in leaders(context, clause)]
        return _unique(principals)
    role = _chair_role(draft.clause.text)
    # leading a delegation to a meeting of three or more parties makes no chair: its people
    # attend it unless the text says who chaired it
    multilateral = zh_sides.of_several_parties(draft.body)
    if multilateral and role == "principal":
        role = "attendee"
    if subject is not None and _mentions(sentence.text, ("主持", "率領", "率團", "帶領")):
        # (率領代表團前往澳門，出席…會議: the delegation's leader only attended the meeting)
        chairs.append((subject, role if "主持" in draft.clause.text or role == "attendee"
                       else "principal", "subject"))
    chairs += [(p, role, "meeting's clause")
               for p in _people_in(context, draft.clause, draft.verb_start)]
    for index in draft.region:
        for clause in context.sentences[index].clauses:
            if "主持" in clause.text and clause != draft.clause:
                verb = clause.start + clause.text.find("主持")
                before = [p for p in _people_in(context, clause) if p.start < verb]
                relative = _chaired_thing(clause.text)
                if relative is not None:  # A出席B主持的晚宴: B chaired, and what B chaired
                    before = before[-1:] if _is_meeting_noun(relative) else []
                chairs += [(p, _chair_role(clause.text), "chairing clause") for p in before]
            chairs += [(p, "attendee" if multilateral else "principal", "leader")
                       for p in leaders(context, clause)]
    return _unique(chairs)


def _chaired_thing(clause: str) -> str | None:
    """What a chairing verb used as a modifier names (``普京主持的晚宴`` names 晚宴), or
    None when the verb is no modifier."""
    match = re.search(r"主持的([^，。,；;]*)", clause)
    return match.group(1) if match else None


def _is_meeting_noun(words: str) -> bool:
    """Whether the thing chaired is a meeting (會議, 會晤, 論壇, …), not a meal, a reception
    or a ceremony (晚宴, 酒會, 儀式)."""
    return re.search(r"會議|會晤|會談|會面|論壇|峰會|研討會|座談會|聯席會|大會|例會|全會",
                     to_traditional(words)) is not None


def _chair_role(clause: str) -> RoleName:
    from pressgraph.extract.zh_people import only_attends  # the people layer's words

    return "co-chair" if "共同主持" in clause else "chair" if "主持" in clause else (
        "attendee" if only_attends(clause) else "principal")


def _unique(chairs: list[tuple[Person, RoleName, str]]) -> list[tuple[Person, RoleName, str]]:
    seen: dict[object, int] = {}
    result: list[tuple[Person, RoleName, str]] = []
    for person, role, reading in chairs:
        key = person.mention.name or person.mention.span
        if key not in seen:
            seen[key] = len(result)
            result.append((person, role, reading))
        elif result[seen[key]][1] == "attendee":  # attended, and chaired in a later clause
            result[seen[key]] = (person, role, reading)
    return result


def _principals_government(surface: str, chairs: list[Person]) -> bool:
    """Whether the government named is the one a post of someone leading a side is in, by
    the registry (``特區政府`` of the Chief Executive or a Secretary's bureau)."""
    entry = registry.find_organisation(to_traditional(surface))
    if entry is None or entry.kind != "government":
        return False
    jurisdiction = entry.key.split("/")[1]
    return any(post is not None and post.organisation.split("/")[1] == jurisdiction
               for person in chairs for title in person.mention.posts
               if (post := registry.find_post(title.title)) is not None)


def _participants(context: _Context, draft: _Draft, chairs: list[Person],
                  location: str | None = None) -> tuple[OrganisationMention, ...]:
    """The organisations of the people leading a side (their posts' organisations, the
    governments their posts are under), the governments the meeting's
    own sentence names or that the text shows sending people (``特區政府代表團``), and
    the organisations a clause lists as represented (``X、Y和Z的代表``). At a meeting held
    on the Mainland or abroad (``location``), a name nothing else sides is the host's."""
    acronyms = context.acronyms
    found: list[OrganisationMention] = []

    def add(reading: str, mentions: Iterable[OrganisationMention]) -> None:
        found.extend(replace(m, readings=(reading,)) for m in mentions)

    for person in chairs:
        add("post", _post_organisations(context, person))
    units = [context.sentences[i] for i in sorted(set(draft.region) | {draft.sentence})]
    own = context.sentences[draft.sentence]
    led = tuple(to_traditional(post.title) for person in chairs for post in person.mention.posts)
    for unit in units:
        for surface, span in zh_orgs.government_mentions(context.text, context.folded,
                                                         unit.span, acronyms,
                                                         delegations=True):
            if unit is own and _named_as_topic(context, unit, span):
                continue  # 討論如何加強香港及新加坡政府之間的聯繫: what was discussed
            if zh_orgs.names_an_office_of_it(context.folded, span):
                continue  # 香港特別行政區政府律政司: the Department of Justice is named
            reading = "own sentence" if unit is own else "sends people" if \
                zh_orgs.sends_people(context.folded, span) else "headed" if \
                zh_orgs.headed_by(surface, led) else "speaks as a side" if \
                zh_orgs.said_of_itself(context.folded, span) and _principals_government(
                    surface, chairs) else None
            if reading:
                add(reading, [zh_orgs.organisation(surface, span, acronyms)])
        if unit is own:
            add("met", (zh_orgs.organisation(item.surface, item.span, acronyms,
                                             written_out=item.name) for item in
                        zh_orgs.met_organisations(context.text, context.folded, unit.span)))
        for clause in unit.clauses:
            add("represented", _represented(context, clause, unit))
            add("staffed", (zh_orgs.organisation(surface, span, acronyms) for surface, span in
                            zh_orgs.staffed_organisations(context.text, context.folded,
                                                          clause.span)))
            add("national delegation", (
                zh_orgs.organisation(surface, span, acronyms) for surface, span in
                zh_orgs.national_delegations(context.text, context.folded, clause.span)))
    if draft.body_span is not None:  # 內地、香港、澳門…聯席會議, of 三地: the places named
        named = zh_sides.parties_in_name(context.folded, draft.body_span)
        add("named as a party", (zh_orgs.organisation(context.text[s.start:s.end], s, acronyms)
                                 for s in named))
    if draft.party is not None:  # one of several organisations called on: that one only
        party = draft.party
        add("met", [zh_orgs.organisation(context.text[party.start:party.end], party, acronyms)])
        found = [m for m in found if not (draft.verb_start <= m.span.start < draft.clause.end)
                 or party.start <= m.span.start < party.end]
    body = zh_orgs.canonical_name(draft.body, acronyms) if draft.body else None
    host = gazetteer.side_of_place(location) if location else None
    found = [m if m.side != zh_sides.side_of(m.name) else replace(
        m, side=zh_sides.side_at(m.name, host)) for m in found
        if m.name != body and not zh_sides.unnamed(m.name)]
    found.sort(key=lambda m: m.span)
    return tuple(_with_every_mention(context, m) for m in zh_orgs.merge(found))


def _named_as_topic(context: _Context, sentence: Unit, span: Span) -> bool:
    """Whether a verb of discussing opens the mention's clause before it (``討論如何加強A及B政府
    之間的聯繫``): the governments are what was discussed, not who met."""
    clause = next((c for c in sentence.clauses if c.start <= span.start < c.end), None)
    if clause is None:
        return False
    before = context.folded[clause.start:span.start]
    return any(before.startswith(verb) or before.startswith("並" + verb)
               for verb in participation()["topic_verbs"])


def _post_organisations(context: _Context, person: Person) -> list[OrganisationMention]:
    """The organisations a person's posts are in, as the text names them, and the
    government the post phrase names; a party post's organisation only when the post heads
    it (``台州市委書記`` names ``台州市委``; ``市委常委`` none)."""
    lex = lexicon()
    acronyms = context.acronyms
    found: list[OrganisationMention] = []
    if person.government and person.government_start is not None:
        span = Span(person.government_start, person.government_start + len(person.government))
        found.append(zh_orgs.organisation(person.government, span, acronyms))
    # 英國首席大臣兼內閣辦公室部長: an office named under the country of the first post
    country = next((zh_sides.opening_place_side(post.title) for post in person.mention.posts),
                   None)
    party = False
    for post in person.mention.posts:
        organisation = post.organisation
        if organisation is None or not organisation.mentions:
            party = party or _mentions(to_traditional(post.title), lex.party_markers)
            continue
        surface = organisation.mentions[0]
        own_place = zh_sides.place_side(surface) not in (None, "HKSAR") or to_traditional(
            surface).startswith(lex.hksar_markers)
        if _mentions(to_traditional(surface), lex.party_markers) or (party and not own_place):
            party = True
            title, name = to_traditional(post.title), to_traditional(surface)
            if title.startswith(name) and title[len(name):] in participation()[
                    "party_head_words"] and zh_sides.opening_place_side(name) is not None:
                found.append(zh_orgs.organisation(surface, organisation.span, acronyms))
            continue
        if zh_orgs.post_names_participant(post.title, surface):
            side = country if country not in (None, "HKSAR") and zh_sides.opening_place_side(
                surface) is None and zh_sides.registry_side(surface) is None else None
            found.append(zh_orgs.organisation(surface, organisation.span, acronyms, side=side,
                                              government=person.government))
    return found


def _with_every_mention(context: _Context, mention: OrganisationMention) -> OrganisationMention:
    """Every surface form the release uses for the organisation, in text order."""
    forms = context.surface_forms.get(mention.name, [])
    mentions = tuple(dict.fromkeys([form for _, form in sorted(forms)] + list(mention.mentions)))
    return replace(mention, mentions=mentions)


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


def _represented(context: _Context, clause: Unit,
                 sentence: Unit) -> list[OrganisationMention]:
    """Organisations in ``X、Y和Z的代表`` of a clause about attending (``X和Y的主管`` of a
    sentence of taking part: 代表團成員…), in a list that
    ``包括`` opens and ``代表`` closes (``成員包括X、Y及Z代表``), or in a list that ``包括``
    opens in a sentence that says its items took part (``參與部門包括X、Y和Z``,
    ``多個機構包括X、Y亦有派員出席``; ``data/zh_participation.toml``). A list ``包括`` opens
    after a verb of touring (``代表團亦參觀了…設施，包括X、Y及Z``) names the sites toured,
    not who took part."""
    words = participation()
    opened = clause.text.find("包括")
    if opened >= 0 and _lists_sites_toured(sentence, clause.start + opened, words):
        return []
    if opened >= 0 and any(word in sentence.text for word in words["list_taking_part_words"]):
        begin = opened + len("包括")
        end = min((at for at in (clause.text.find(stop, begin) for stop in words["list_ends"])
                   if at > begin), default=len(clause.text.rstrip("。；，！？")))
        return [zh_orgs.organisation(item.surface, item.span, context.acronyms,
                                     written_out=item.name)
                for item in zh_orgs.listed_organisations(
                    context.text, context.folded,
                    Span(clause.start + begin, clause.start + end))]
    position = clause.text.find("的代表")
    if position < 0 and any(word in sentence.text for word in words["list_taking_part_words"]):
        position = min((at for at in (clause.text.find("的" + word) for word in
                                      words["heads_words"]) if at >= 0), default=-1)
    start = clause.text.rfind("包括", 0, position) if position >= 0 else -1
    if position < 0:
        position = clause.text.rfind("代表")
        start = clause.text.rfind("包括", 0, position) if position > 0 else -1
        if start < 0:
            return []
    begin = start + 2 if start >= 0 else 0
    span = Span(clause.start + begin, clause.start + position)
    return [zh_orgs.organisation(item.surface, item.span, context.acronyms,
                                 written_out=item.name)
            for item in zh_orgs.listed_organisations(context.text, context.folded, span)]


def _lists_sites_toured(sentence: Unit, at: int, words: dict[str, tuple[str, ...]]) -> bool:
    """Whether the ``包括`` at ``at`` opens the object of a verb of touring earlier in its
    sentence (``參觀…設施，包括``), with no word of taking part after that verb."""
    before = sentence.text[:at - sentence.start]
    last = max(before.rfind(word) for word in words["touring_words"])
    return last >= 0 and not any(word in before[last:]
                                 for word in words["list_taking_part_words"])


# --------------------------------------------------------------------------- what


def _agenda(context: _Context, draft: _Draft) -> tuple[AgendaItem, ...]:
    return zh_agenda.find_agenda(context.release, context.folded, context.sentences,
                                 draft.region, draft.kind == "standing body meeting",
                                 draft.status == "held")


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
