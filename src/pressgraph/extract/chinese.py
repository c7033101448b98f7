"""Extraction rules for Chinese (Traditional and Simplified) releases.

``zh_meetings.py`` finds the clauses that report or announce a meeting (drafts); each
meeting owns the text from its clause to the next meeting's, and what it says there
(``會上``, ``共同主持會議``, ``代表團由...率領``, lists, ``討論集中在...``) is gathered
here for that meeting: its date (``zh_when.py``) and place (``zh_where.py``), chairs
(``zh_chairs.py``), participants (``zh_participants.py``), agenda (``zh_agenda.py``) and
visits (``zh_visits.py``).

Simplified text is folded onto Traditional characters first, so one lexicon serves both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pressgraph.extract import meeting_detector, zh_agenda, zh_orgs, zh_sides, zh_spacing, zh_when
from pressgraph.extract.agenda import shared_by_one_sentence
from pressgraph.extract.meetings import status_of
from pressgraph.extract.outcomes import find_zh_outcomes
from pressgraph.extract.zh_actors import speaker_of
from pressgraph.extract.zh_actors import subject as _subject
from pressgraph.extract.zh_calls import (
    call_continued,
    call_leads,
    caption_told_again,
    give_call_references,
    shown_in_caption,
)
from pressgraph.extract.zh_chairs import meeting_chairs
from pressgraph.extract.zh_drafts import Context as _Context
from pressgraph.extract.zh_drafts import Draft as _Draft
from pressgraph.extract.zh_drafts import mentions as _mentions
from pressgraph.extract.zh_drafts import other_clauses
from pressgraph.extract.zh_meetings import (
    detected,
    find_meetings,
    is_notice,
    is_transcript,
    more_detected,
    occasion,
)
from pressgraph.extract.zh_participants import meeting_participants, surface_forms
from pressgraph.extract.zh_people import find_people
from pressgraph.extract.zh_text import fold, lexicon, sentences
from pressgraph.extract.zh_visits import meeting_visits
from pressgraph.extract.zh_where import meeting_location
from pressgraph.model import (
    AgendaItem,
    Extraction,
    Meeting,
    Outcome,
    ParsedRelease,
    PersonMention,
    RoleInMeeting,
    Span,
    Statement,
)


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
                       acronyms, surface_forms(release.text, folded, body, people, acronyms),
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
        replace(_meeting(context, draft, drafts), roles=(), participants=())
        if any(draft is spoken_at for spoken_at in occasions) else _meeting(context, draft, drafts)
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
        if index in named_in:
            continue
        # a sentence that names the counterpart of one call told earlier continues that call
        owner = call_continued(context, drafts, index, owner)
        if owner is not None:
            drafts[owner].region.append(index)
    if anchors:
        first, _, number = anchors[0]
        if shown_in_caption(context, first):
            # the text names the meeting only in a photo caption after it: the text tells of it
            drafts[number].region.extend(range(first))
    for draft in drafts:
        draft.region.sort()
    give_call_references(context, drafts)


def _meeting(context: _Context, draft: _Draft, drafts: Sequence[_Draft] = ()) -> Meeting:
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
    location, venue = (None, None) if mode == "video conference" \
        else meeting_location(context, draft)
    chairs = meeting_chairs(context, draft)
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
        participants=meeting_participants(context, draft, [
            p for p, role, reading in chairs if role != "attendee" and not (
                reading in ("leader", "subject") and role == "principal"
                and zh_sides.of_several_parties(draft.body))], location,
            other_clauses(draft, drafts)),
        agenda=_agenda(context, draft),
        visits=meeting_visits(context, draft, when if date_phrase else release_date),
        outcomes=_outcomes(context, draft),
    )


def _outcomes(context: _Context, draft: _Draft) -> tuple[Outcome, ...]:
    """Clauses that report something signed, endorsed or agreed (``簽署``, ``通過``...)."""
    release_date = context.release.release_date
    return find_zh_outcomes(context.text, [context.sentences[i] for i in draft.region],
                            release_date.year if release_date else None)


def _agenda(context: _Context, draft: _Draft) -> tuple[AgendaItem, ...]:
    return zh_agenda.find_agenda(context.release, context.folded, context.sentences,
                                 draft.region, draft.kind == "standing body meeting",
                                 draft.status == "held")
