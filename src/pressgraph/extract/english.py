"""Extraction rules for English releases.

The release is read sentence by sentence (``sentences.py``); each clause that reports a
meeting (``meetings.py``) starts a meeting whose text region runs until the next meeting
starts. Dates and places are carried from sentence to sentence, so that "In the afternoon,
he met ..." after "Yesterday (May 6), ..." is dated May 6 and placed where the visit is.
The organisations, people, roles, agenda items, documents and statements of each region
come from the finders in ``participants.py``, ``people.py``, ``agenda.py`` and
``documents.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pressgraph.extract import agenda as agenda_rules
from pressgraph.extract import dates as date_rules
from pressgraph.extract import documents as document_rules
from pressgraph.extract import meeting_detector
from pressgraph.extract import participants as participant_rules
from pressgraph.extract import people as people_rules
from pressgraph.extract.adhoc_meetings import is_caption, told_again
from pressgraph.extract.body_names import same_body, without_meeting_word
from pressgraph.extract.carried_days import (
    SPELL,
    WHOLE_VISIT,
    carry_planned_date,
    day_before,
    elsewhere,
    lead_day,
    planned_date,
    stay_first_day,
)
from pressgraph.extract.detected_meetings import detected, more_detected
from pressgraph.extract.located import (
    Located,
    date_phrase,
    lasting_days,
    later_own_days,
    quoted,
    reported,
)
from pressgraph.extract.meeting_nouns import same_counterpart, told_by_its_people
from pressgraph.extract.meetings import (
    Context,
    Found,
    Mentions,
    clauses,
    find_in_clause,
    is_future,
    is_video,
    status_of,
)
from pressgraph.extract.names import ShortForm, short_forms
from pressgraph.extract.nametokens import body_region, normalise
from pressgraph.extract.org_acronyms import find_acronyms
from pressgraph.extract.outcomes import find_outcomes, find_purpose, find_venue
from pressgraph.extract.places import (
    arrival_place,
    event_place,
    journey_place,
    narrowest,
    opening_place,
    place_in,
    restated_place,
    unknown_place_in,
    welcome_place,
)
from pressgraph.extract.roles import find_roles, unnamed_leads_as_attendees
from pressgraph.extract.sentences import Sentence, sentences
from pressgraph.extract.transcripts import (
    body_has_met,
    is_transcript,
    occasion_meetings,
    occasion_undated,
    opening_sentence,
    reported_as_held,
    reported_body,
    speaker_leads_occasion,
    speaker_role,
)
from pressgraph.extract.transcripts import speaker as transcript_speaker
from pressgraph.extract.visits import find_visits
from pressgraph.model import (
    AcronymDefinition,
    AgendaItem,
    Extraction,
    Meeting,
    ParsedRelease,
    PersonMention,
    Span,
    Visit,
)
from pressgraph.registry import gazetteer


def extract(release: ParsedRelease) -> Extraction:
    # mentions: short forms, acronyms and people, read once for the whole release
    forms = short_forms(release.text)
    acronyms = find_acronyms(release)
    people = people_rules.find_people(release, acronyms)
    mentions = Mentions(release.text, forms, people_rules.name_spans(release, acronyms))
    # sentences, then the clauses that report meetings, then each meeting's frame
    all_sentences = sentences(release)
    warnings: list[str] = []
    transcript = is_transcript(release)
    occasions = _occasion(release, all_sentences, mentions) if transcript else []
    located = (occasions + _not_the_occasion(occasions, _first_person(
                   release, all_sentences, _locate_meetings(release, all_sentences, mentions, [])))
               if transcript else _locate_meetings(release, all_sentences, mentions, warnings))
    by_detector = not located
    if by_detector:  # the rules read no meeting (a transcript's opening and account none
        # either): the learned detector's, if any
        located = detected(release, all_sentences)
    regions = ([item.sentence.span for item in located] if transcript
               else _regions(release, located))
    ruled = 0 if by_detector or transcript else len(located)
    if ruled:  # the detector's meetings besides, each told by its own sentence alone
        more = more_detected(release, all_sentences, located)
        located, regions = located + more, regions + [item.sentence.span for item in more]
    opening = opening_sentence(all_sentences) if transcript else None
    speaker = transcript_speaker(opening, people) if opening is not None else None
    visits_by_meeting = _visits(release, all_sentences, located, regions, forms)
    body = body_region(release)
    lead_in = Span(body.start, max(body.start, min((r.start for r in regions[:ruled or None]),
                                                   default=body.start)))
    meetings = []
    for index, item in enumerate(located):
        region = regions[index]
        meeting = _meeting(release, item, region, all_sentences, visits_by_meeting[index])
        if not transcript:
            meeting = _with_finders(release, meeting, region, people, acronyms, lead_in)
        elif index < len(occasions):  # the occasion: its principal, if the speaker was one
            if opening is not None and speaker_leads_occasion(opening):
                meeting = replace(meeting, roles=speaker_role(speaker, meeting.roles))
        elif index >= len(occasions):  # what the speaker met, in the speaker's own account
            meeting = _with_finders(release, meeting, region, people, acronyms,
                                    Span(region.start, region.start))
            if _SPEAKER_SUBJECT.search(_before(item)):  # not what others held
                meeting = replace(meeting, roles=speaker_role(speaker, meeting.roles))
        if meeting.date is None:
            if meeting.date_text:
                warnings.append(f"meeting date {meeting.date_text!r} could not be resolved"
                                + ("" if release.release_date else " (release date unknown)"))
            else:
                warnings.append("meeting date unknown: no date in the text and no dateline")
        meetings.append(meeting)
    if by_detector:
        meetings = [m for m in meetings
                    if meeting_detector.believable(m, release.release_date is None)]
    elif ruled:
        meetings = meetings[:ruled] + meeting_detector.kept_besides(meetings[:ruled],
                                                                    meetings[ruled:])
    meetings = _items_to_the_meeting_they_name(release, meetings)
    meetings = agenda_rules.shared_by_one_sentence(meetings)
    documents = document_rules.find_documents(release)
    statements = document_rules.find_statements(release, people)
    return Extraction(release=release, meetings=tuple(meetings), people=people,
                      acronyms=acronyms, documents=documents, statements=statements,
                      warnings=tuple(warnings))


def _occasion(release: ParsedRelease, all_sentences: tuple[Sentence, ...],
              mentions: Mentions) -> list[Located]:
    """A transcript reports no meeting, but its opening may name the meeting it was given at
    ("Following is the speech by X at the Second Joint Meeting of ... today (October 25):")."""
    if not all_sentences or not all_sentences[0].text.lower().startswith("following"):
        return []
    sentence = all_sentences[0]
    located = []
    for found in occasion_meetings(sentence, 0, release, mentions):
        phrase = None if occasion_undated(sentence) else date_phrase(sentence, found.clause.start)
        when = date_rules.resolve(phrase, release.release_date) if phrase else None
        located.append(Located(found, sentence, when, phrase.text if phrase else None,
                                place_in(sentence.text) or opening_place(release)))
    return located


def _not_the_occasion(occasions: list[Located], told: list[Located]) -> list[Located]:
    """The speaker's account without the occasion's meeting told again ("... after the Fight
    Crime Committee meeting this afternoon: The Committee held its meeting this afternoon"):
    the same body's meeting on the same day, or with no day of its own."""
    return [item for item in told
            if not any(item.found.body and occasion.found.body
                       and same_body(item.found.body, occasion.found.body)
                       and item.date in (None, occasion.date) for occasion in occasions)]


# "I met President X and the Premier", "we had a meeting with ...": the speaker's subject
# right before the verb of meeting.
_SPEAKER_SUBJECT = re.compile(
    r"(?:^|[\s,])(?:I|[Ww]e)\s+(?:(?:have|had|just|also|then|all)\s+){0,2}$")


# "Last week, I met ...": in a speech, a contact of the past recounted, not the day's news.
_LAST_WEEK = re.compile(r"\blast\s+week\b", re.IGNORECASE)


def _first_person(release: ParsedRelease, all_sentences: tuple[Sentence, ...],
                  located: list[Located]) -> list[Located]:
    """What a transcript reports as met in the speaker's own words ("Earlier today, I met
    ..."): held meetings whose subject is the speaker, dated, when they give no day, by the
    opening ("Following is the transcript of remarks ... this afternoon (August 11):"). The
    rest of a transcript (what was said about others, what is planned) reports no meeting."""
    located = located + _bodies_met(release, all_sentences)
    kept = [item for item in located if item.found.status != "planned" and (
        (item.found.body is None and _SPEAKER_SUBJECT.search(_before(item)))
        or reported_as_held(_before(item), item.sentence.text))
        and not _LAST_WEEK.search(item.found.clause.text)]
    opening = opening_sentence(all_sentences)
    phrase = date_phrase(opening, opening.span.end) if opening is not None else None
    dated = phrase is not None and not phrase.is_future_reference
    when = date_rules.resolve(phrase, release.release_date) if dated else None
    return [_own_day(item, when or release.release_date)
            if not _SPEAKER_SUBJECT.search(_before(item))
            else _undated(item) if _day_carried(item, opening)
            else item if phrase is None or not dated
            else replace(item, date=_from_the_opening(item, when)) if item.date_text
            else replace(item, date=when, date_text=phrase.text) for item in kept]


# "I have just met ...", "I have also met ...": met on the day of the remarks.
_JUST_NOW = re.compile(r"\b(?:have|has|just)\b", re.IGNORECASE)


def _day_carried(item: Located, opening: Sentence | None) -> bool:
    """Whether the speaker's meeting has its day only from another of his sentences
    ("Yesterday afternoon I met the Mayor ... Secondly, I had meetings with ..."): the day
    of the remarks, or of the meeting told before, is not that of a meeting recounted
    without one. A meeting the speaker "has just" held is of the day of the remarks."""
    return item.date_text is not None and item.sentence is not opening \
        and date_phrase(item.sentence, item.found.clause.start) is None \
        and not _JUST_NOW.search(_before(item))


def _undated(item: Located) -> Located:
    return replace(item, date=None, date_text=None)


def _own_day(item: Located, opening_day: date | None) -> Located:
    """A meeting others held, as the speaker reports it, has the day its own sentence
    gives ("The committee held its meeting this afternoon"), counted from the day of the
    remarks; none when the sentence gives none ("The Task Force has held its first
    meeting"): the day of the remarks is not the meeting's."""
    found = replace(item.found, body=reported_body(item.found.body, _before(item)))
    phrase = date_phrase(item.sentence, item.found.anchor)
    if phrase is None or phrase.is_future_reference:
        return replace(item, found=found, date=None, date_text=None)
    return replace(item, found=found, date=date_rules.resolve(phrase, opening_day),
                   date_text=phrase.text)


def _bodies_met(release: ParsedRelease, all_sentences: tuple[Sentence, ...]) -> list[Located]:
    """"The <Body> has met today" in a transcript's account."""
    located = []
    for index, sentence in enumerate(all_sentences):
        found = body_has_met(sentence, index)
        if found is None:
            continue
        phrase = date_phrase(sentence, found.anchor)
        when = date_rules.resolve(phrase, release.release_date) if phrase else None
        located.append(Located(found, sentence, when, phrase.text if phrase else None,
                                place_in(sentence.text)))
    return located


def _before(item: Located) -> str:
    """The words of a meeting's clause before the meeting."""
    return item.found.clause.text[:item.found.anchor - item.found.clause.start]


def _from_the_opening(item: Located, opening_day: date | None) -> date | None:
    """A day the speaker names by its distance from the day of the remarks ("yesterday",
    "this morning"), counted from the day the opening gives, which may not be the
    release's ("today (June 11, New York time)" in a release of June 12)."""
    phrase = date_phrase(item.sentence, item.found.clause.start)
    if opening_day is None or phrase is None or phrase.text != item.date_text \
            or phrase.day is not None:
        return item.date
    return date_rules.resolve(phrase, opening_day)


def _locate_meetings(release: ParsedRelease, all_sentences: tuple[Sentence, ...],
                     mentions: Mentions, warnings: list[str]) -> list[Located]:
    context = Context()
    located: list[Located] = []
    fallback_place = opening_place(release)
    from_lead = False  # whether the day carried was set by a lead that reports no meeting
    for index, sentence in enumerate(all_sentences):
        context.stay_start = context.stay_start or stay_first_day(sentence, release)
        for clause in clauses(sentence, index):
            found, summary = find_in_clause(clause, release, mentions, context.meetings)
            phrase = date_phrase(sentence, clause.start)
            first_day = context.date is None and lead_day(sentence, phrase)
            sets_context = bool(found or summary or first_day or (
                phrase is not None and (phrase.start <= 1 or index == 0)  # or the lead's date
                and not is_future(sentence.text))) and not WHOLE_VISIT.search(sentence.text)
            when, when_text = context.date, context.date_text
            last_planned = context.planned_date or context.date
            carry_planned_date(context, sentence, clause, phrase, release)
            if phrase is not None and (not phrase.is_future_reference
                                       or phrase.relative in date_rules.NEXT_DAY):
                tense = "planned" if is_future(clause.text) else "held"
                when = date_rules.resolve_from(
                    phrase, release.release_date,
                    day_before(sentence, phrase, release) or context.date, tense,
                    context.stay_start)
                when_text = phrase.text
                if sets_context and (first_day or not is_future(clause.text)):
                    context.date, context.date_text = when, when_text
                    context.date_spans = _spans_days(sentence, sentence.span.start, phrase)
                    from_lead = first_day and not (found or summary)
            place, unplaced = None, None
            where_dated = context.place
            if found or summary:
                place = place_in(clause.text) or journey_place(sentence.text) \
                    or place_in(sentence.text) or journey_place(sentence.text, purpose=False)
                if place:
                    context.place = place
                else:
                    unplaced = unknown_place_in(clause.text)
            elif arrived := arrival_place(clause.text) \
                    or journey_place(clause.text, purpose=False) or event_place(clause.text):
                context.place = arrived  # "after arriving in Tokyo", "will visit Davos from
                # tomorrow": where the meetings after it are
            for number, item in enumerate(found):
                if quoted(release, sentence, item.anchor):
                    continue  # "This is the first meeting held after ...," he said.
                report = reported(sentence, item.anchor) if item.status != "planned" else None
                if report is not None:
                    if not is_future(report):
                        continue  # "pointed out that the two sides held a meeting in May"
                    item.status = "planned"  # "agreed that the next meeting would be held"
                when_found = when if when_text else None
                if (_spans_days(sentence, item.anchor, phrase) if phrase is not None
                        else context.date_spans):
                    when_found = None  # "the eighth meeting ... that ended in Hong Kong today":
                    # a meeting over several days has no single date (its day text kept)
                if phrase is None and item.status != "planned" and elsewhere(
                        clause.text, where_dated):
                    when_found, when_text = None, None  # "met X in Hanoi today. He also met Y
                    # in Ho Chi Minh City": the day carried is that of another city
                if phrase is None and from_lead and _SIDELINES.search(clause.text):
                    when_found, when_text = None, None  # "On the sidelines of the meeting,
                    # he met ...": no day of its own; the day of remarks is not the meeting's
                own = _own_phrase(sentence, found, number)
                if own is not None:  # "attended A tonight (November 12) and B last night"
                    when_found, when_text = date_rules.resolve(own, release.release_date), own.text
                if item.status == "planned":
                    when_found, when_text = planned_date(sentence, item.anchor, release,
                                                          last_planned, context.stay_start)
                    if when_text is None and not SPELL.search(sentence.text):
                        when_found, when_text = context.planned_date, context.planned_text
                    if when_text is None:
                        continue  # "will meet regularly", "during the visit, will meet":
                        # an announced meeting has a day of its own
                if when_found is None and when_text and item.session and item.session.isdigit():
                    when_found = _in_year_of_name(release, sentence, item)
                location = None if unplaced else narrowest(place or context.place,
                                                            fallback_place)
                if unplaced:
                    warnings.append(f"place {unplaced!r} is not in the gazetteer: meeting left "
                                    "without a location")
                located.append(Located(item, sentence, when_found, when_text, location))
                if item.body or not is_caption(item):  # a caption's call is told again:
                    context.meetings.append(item)  # not one met before it
    # "Mr X (right) meets Mr Y (caption). Mr X met Mr Y today ...": one call
    found = [item.found for item in located]
    located = [item for item in located
               if not (item.found.body is None and is_caption(item.found)
                       and told_again(item.found, found))]
    located = _summing_up_dropped(_on_the_only_day(release, all_sentences, located))
    located = lasting_days(all_sentences, later_own_days(release, all_sentences, located))
    # "Premier Li, in a meeting with Mr Leung (caption). Mr Li met Mr Leung ...": one call
    found = [item.found for item in located]
    # "called on the A Commission. They met its Director-General, Mr X": one call
    return [item for item in located
            if not (item.found.by_noun and same_counterpart(item.found, found))
            and not told_by_its_people(item.found, found)]


# "met financial officials of the Central Authorities": a group with no one named.
_OFFICIALS = re.compile(r"\b(?:officials|leaders)\b")


def _summing_up_dropped(located: list[Located]) -> list[Located]:
    """A lead that met a group of officials, no one named ("today met financial officials of
    the Central Authorities in Beijing"), followed by two or more calls on named people on
    its day, sums those calls up: it is not a meeting of its own."""
    if len(located) < 3:
        return located
    first = located[0]
    found = first.found
    named_after = [item for item in located[1:] if item.found.counterpart
                   and item.date == first.date and item.found.status == found.status]
    if found.counterpart is None and found.body is None and not found.by_noun \
            and first.sentence.span.start == min(item.sentence.span.start for item in located) \
            and _OFFICIALS.search(found.clause.text) and len(named_after) >= 2:
        return located[1:]
    return located


# "... that ended in Hong Kong today", "which opened yesterday": the meeting's last or first day.
_OPENED_OR_ENDED = re.compile(r"\b(?:that|which)\s+(?:was\s+|were\s+)?(?:opened|ended|concluded|"
                              r"closed)\b", re.IGNORECASE)


def _spans_days(sentence: Sentence, anchor: int, phrase: date_rules.DatePhrase) -> bool:
    """Whether the meeting's own words, between it and its day, say it opened or ended on
    that day: it lasts several days."""
    start = anchor - sentence.span.start
    return 0 <= start < phrase.start and bool(
        _OPENED_OR_ENDED.search(sentence.text, start, phrase.start))


# "On the sidelines of the meeting, he met ...": a meeting without a day of its own.
_SIDELINES = re.compile(r"\b(?:sidelines?|margins?)\b", re.IGNORECASE)


def _on_the_only_day(release: ParsedRelease, all_sentences: tuple[Sentence, ...],
                     located: list[Located]) -> list[Located]:
    """Held meetings left without a day, dated by the one day the release prints when it
    prints no other ("... is leading a delegation to co-chair the meeting. Today they
    reviewed ...", a photo caption naming the meeting before the lead): the text determines
    the day. Meetings on the sidelines of another, or told in another city than the day's,
    keep none."""
    if not any(item.date_text is None and item.found.status != "planned" for item in located):
        return located
    days = set()
    text = where = None
    for sentence in all_sentences:
        for phrase in date_rules.find_dates(sentence.text):
            if not lead_day(sentence, phrase) or WHOLE_VISIT.search(sentence.text):
                return located  # another day, or the last day of several
            days.add(date_rules.resolve(phrase, release.release_date))
            text = text or phrase.text
            where = where or place_in(sentence.text)
    if len(days) != 1 or None in days:
        return located
    only = days.pop()
    return [replace(item, date=only, date_text=text)
            if item.date_text is None and item.found.status != "planned"
            and not _SIDELINES.search(item.found.clause.text)
            and not elsewhere(item.found.clause.text, where) else item
            for item in located]


def _own_phrase(sentence: Sentence, found: list[Found],
                number: int) -> date_rules.DatePhrase | None:
    """The date phrase between a meeting and the next one named in the same clause, when the
    clause names several: each is dated by its own."""
    if len(found) < 2:
        return None
    start = found[number].anchor - sentence.span.start
    later = [f.anchor - sentence.span.start for f in found[number + 1:]]
    end = min(later) if later else len(sentence.text)
    inside = [p for p in date_rules.find_dates(sentence.text) if start <= p.start < end]
    return inside[0] if inside and not inside[0].is_future_reference else None


def _in_year_of_name(release: ParsedRelease, sentence: Sentence, item: Found) -> date | None:
    """A release without a date: the meeting's date in the year its name prints ("co-chaired
    the 2011 Hong Kong/Shenzhen Co-operation Meeting ... today (November 25)")."""
    phrase = (date_phrase(sentence, item.clause.start) if item.status != "planned"
              else next(iter(date_rules.find_dates(sentence.text)), None))
    if phrase is None or release.release_date is not None or not item.session:
        return None
    if phrase.month is not None and phrase.day is not None and phrase.year is None:
        # the day falls in the name's year, whether the phrase looks back or ahead
        return date_rules.resolve(replace(phrase, year=int(item.session)), None)
    return date_rules.resolve(phrase, date(int(item.session), 7, 1))


def _regions(release: ParsedRelease, located: list[Located]) -> list[Span]:
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


def _meeting(release: ParsedRelease, item: Located, region: Span,
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


def _with_finders(release: ParsedRelease, meeting: Meeting, region: Span,
                  people: tuple[PersonMention, ...],
                  acronyms: tuple[AcronymDefinition, ...], lead_in: Span) -> Meeting:
    """The meeting with what the organisation, people and agenda finders see in its region
    (and, for participants, in the release's text before its first meeting)."""
    roles = find_roles(release, region, people, acronyms, meeting)
    taking_part = tuple(role.person for role in roles)
    leading = tuple(role.person for role in roles if role.role != "attendee")
    participants = participant_rules.find_participants(
        release, region, acronyms, taking_part, meeting.body,
        gazetteer.side_of_place(meeting.location) if meeting.location else None, leading)
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


def _items_to_the_meeting_they_name(release: ParsedRelease,
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


def _visits(release: ParsedRelease, all_sentences: tuple[Sentence, ...], located: list[Located],
            regions: list[Span], forms: tuple[ShortForm, ...]) -> list[tuple[Visit, ...]]:
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
