"""Each located English meeting's frame: its region of text (from its clause to the next
meeting's), its facts (status, body, date, place, venue, mode, purpose, outcomes), what the
role, participant and agenda finders see in its region, the visits told there, and a prose
agenda item moved to the meeting it names."""

from __future__ import annotations

import re
from dataclasses import replace

from pressgraph.extract import agenda as agenda_rules
from pressgraph.extract import participants as participant_rules
from pressgraph.extract.body_names import without_meeting_word
from pressgraph.extract.located import Located
from pressgraph.extract.meetings import is_video, status_of
from pressgraph.extract.names import ShortForm
from pressgraph.extract.nametokens import normalise
from pressgraph.extract.outcomes import find_outcomes, find_purpose, find_venue
from pressgraph.extract.places import restated_place, welcome_place
from pressgraph.extract.roles import find_roles, unnamed_leads_as_attendees
from pressgraph.extract.sentences import Sentence
from pressgraph.extract.visits import find_visits
from pressgraph.model import (
    AcronymDefinition,
    AgendaItem,
    Meeting,
    ParsedRelease,
    PersonMention,
    Span,
    Visit,
)
from pressgraph.registry import gazetteer


def meeting_regions(release: ParsedRelease, located: list[Located]) -> list[Span]:
    """Each meeting's text: from its clause to the clause of the next meeting."""
    body_end = release.blocks[-1].span.end if release.blocks else 0
    starts = [item.found.region_start or item.found.clause.start for item in located]
    regions = []
    for index, start in enumerate(starts):
        later = [s for s in starts[index + 1:] if s > start]
        regions.append(Span(start, max(start, later[0] if later else body_end)))
    return regions


def _sentences_in(all_sentences: tuple[Sentence, ...], region: Span) -> list[Sentence]:
    return [s for s in all_sentences
            if s.span.start < region.end and s.span.end > region.start]


def framed_meeting(release: ParsedRelease, item: Located, region: Span,
                   all_sentences: tuple[Sentence, ...], visits: tuple[Visit, ...]) -> Meeting:
    found = item.found
    region_text = release.text[region.start:region.end]
    video = is_video(found.clause.text) or is_video(region_text)
    body, body_span = without_meeting_word(found.body, found.body_span)
    return Meeting(
        span=item.sentence.span,
        status=status_of(found.status, item.date, release.release_date),
        body=body,
        body_span=body_span,
        session=found.session,
        ordinal=found.ordinal,
        date=item.date,
        date_text=item.date_text,
        location=None if video else restated_place(
            [s.text for s in _sentences_in(all_sentences, region)],
            item.place or _welcomed_to(release, item, region, all_sentences), found.body),
        venue=None if video else find_venue(item.sentence.text),
        mode="video conference" if video else "in person",
        kind=found.kind,
        purpose=find_purpose(found.clause.text),
        visits=visits,
        outcomes=find_outcomes(release, _sentences_in(all_sentences, region)),
    )


def _welcomed_to(release: ParsedRelease, item: Located, region: Span,
                 all_sentences: tuple[Sentence, ...]) -> str | None:
    """A call reported with a building for its place ("met X at Government House today")
    is placed where the text says the visitor was welcomed ("welcomed his visit to Hong
    Kong"), in the sentences of the meeting's own text."""
    before = [s for s in all_sentences if s.span.end <= item.sentence.span.start][-1:]
    # and the sentence right before it ("extended a warm welcome to X for his visit to ...")
    for sentence in _sentences_in(all_sentences, region)[:_WELCOME_SENTENCES] + before:
        place = welcome_place(sentence.text)
        if place:
            return place
    return None


# How many sentences of a meeting's text may say where its visitor was welcomed.
_WELCOME_SENTENCES = 5


def with_finders(release: ParsedRelease, meeting: Meeting, region: Span,
                 people: tuple[PersonMention, ...],
                 acronyms: tuple[AcronymDefinition, ...], lead_in: Span,
                 others: tuple[Span, ...] = (), other_bodies: tuple[str, ...] = ()) -> Meeting:
    """The meeting with what the organisation, people and agenda finders see in its region
    (and, for participants, in the release's text before its first meeting)."""
    roles = find_roles(release, region, people, acronyms, meeting)
    taking_part = tuple(role.person for role in roles)
    leading = tuple(role.person for role in roles if role.role != "attendee")
    participants = participant_rules.find_participants(
        release, region, acronyms, taking_part, meeting.body,
        gazetteer.side_of_place(meeting.location) if meeting.location else None, leading,
        others, other_bodies)
    named = {normalise(name) for o in participants for name in (o.name, *o.mentions)}
    participants += tuple(
        o for o in participant_rules.lead_in_participants(release, lead_in, acronyms, leading)
        if not {normalise(name) for name in (o.name, *o.mentions)} & named)
    return replace(
        meeting,
        roles=unnamed_leads_as_attendees(roles),
        participants=participants,
        agenda=agenda_rules.find_agenda(release, region, meeting),
    )


def items_to_the_meeting_they_name(release: ParsedRelease,
                                   meetings: list[Meeting]) -> list[Meeting]:
    """A prose item whose sentence names its meeting by kind ("During the call, ...") goes
    to the one meeting of the release of that kind, when that is another meeting: two
    meetings reported in one sentence share the text after it."""
    moves: list[tuple[int, int, AgendaItem]] = []
    for index, meeting in enumerate(meetings):
        for item in meeting.agenda:
            word = agenda_rules.referenced_meeting_word(release, item)
            if word is None:
                continue
            owners = [k for k, m in enumerate(meetings)
                      if word in f"{m.kind or ''} {m.session or ''}".lower().split()]
            if len(owners) == 1 and owners[0] != index:
                moves.append((index, owners[0], item))
    if not moves:
        return meetings
    agendas = [list(m.agenda) for m in meetings]
    for source, target, item in moves:
        agendas[source].remove(item)
        agendas[target].append(item)
    return [replace(m, agenda=tuple(AgendaItem(position, item.text, item.span) for position, item
                                    in enumerate(sorted(agenda, key=lambda i: i.span.start), 1)))
            for m, agenda in zip(meetings, agendas, strict=True)]


def meeting_visits(release: ParsedRelease, all_sentences: tuple[Sentence, ...],
                   located: list[Located], regions: list[Span],
                   forms: tuple[ShortForm, ...]) -> list[tuple[Visit, ...]]:
    """Visits of each meeting; a visit whose visitor is named only in an earlier meeting's
    text goes with that meeting ("Earlier in the day, Mr Gong ... toured ...")."""
    by_meeting: list[list[Visit]] = [[] for _ in located]
    for index, region in enumerate(regions):
        for sentence in _sentences_in(all_sentences, region):
            if sentence.span.start < region.start:
                continue
            for visit, visitor in find_visits(release, sentence, located[index].date, forms):
                target = index
                own_sentence = sentence.span == located[index].sentence.span
                if visitor and not own_sentence and not _mentions(
                        release, regions[index], visitor, before=sentence.span.start):
                    earlier = [k for k in range(index) if _mentions(release, regions[k], visitor)]
                    if earlier:
                        target = earlier[-1]
                by_meeting[target].append(visit)
    return [tuple(visits) for visits in by_meeting]


def _mentions(release: ParsedRelease, region: Span, surname: str,
              before: int | None = None) -> bool:
    end = region.end if before is None else min(region.end, before)
    return re.search(rf"\b{re.escape(surname)}\b", release.text[region.start:end]) is not None
