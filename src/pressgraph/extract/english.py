"""Extraction rules for English releases.

The release is read sentence by sentence (``sentences.py``); each clause that reports a
meeting (``meetings.py``) starts a meeting whose text region runs until the next meeting
starts. Dates and places are carried from sentence to sentence, so that "In the afternoon,
he met ..." after "Yesterday (May 6), ..." is dated May 6 and placed where the visit is.
The organisations, people, roles, agenda items, documents and statements of each region
come from the finders in ``participants.py``, ``people.py``, ``agenda.py`` and
``documents.py``. The walk that locates the meetings is ``located_meetings.py``, a
transcript's occasion and speaker's account ``transcript_meetings.py``, each meeting's frame
``meeting_frames.py``; this module runs them in order.
"""

from __future__ import annotations

from dataclasses import replace

from pressgraph.extract import agenda as agenda_rules
from pressgraph.extract import documents as document_rules
from pressgraph.extract import meeting_detector
from pressgraph.extract import people as people_rules
from pressgraph.extract.detected_meetings import detected, more_detected
from pressgraph.extract.located import other_bodies, others_parts
from pressgraph.extract.located_meetings import locate_meetings
from pressgraph.extract.meeting_frames import (
    framed_meeting,
    items_to_the_meeting_they_name,
    meeting_regions,
    meeting_visits,
    with_finders,
)
from pressgraph.extract.meetings import Mentions
from pressgraph.extract.names import short_forms
from pressgraph.extract.nametokens import body_region
from pressgraph.extract.org_acronyms import find_acronyms
from pressgraph.extract.sentences import sentences
from pressgraph.extract.transcript_meetings import (
    SPEAKER_SUBJECT,
    before_meeting,
    first_person,
    not_the_occasion,
    opening_occasion,
)
from pressgraph.extract.transcripts import (
    is_transcript,
    opening_sentence,
    speaker_leads_occasion,
    speaker_role,
)
from pressgraph.extract.transcripts import speaker as transcript_speaker
from pressgraph.model import Extraction, ParsedRelease, Span


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
    occasions = opening_occasion(release, all_sentences, mentions) if transcript else []
    located = (occasions + not_the_occasion(occasions, first_person(
                   release, all_sentences, locate_meetings(release, all_sentences, mentions, [])))
               if transcript else locate_meetings(release, all_sentences, mentions, warnings))
    by_detector = not located
    if by_detector:  # the rules read no meeting (a transcript's opening and account none
        # either): the learned detector's, if any
        located = detected(release, all_sentences)
    regions = ([item.sentence.span for item in located] if transcript
               else meeting_regions(release, located))
    ruled = 0 if by_detector or transcript else len(located)
    if ruled:  # the detector's meetings besides, each told by its own sentence alone
        more = more_detected(release, all_sentences, located)
        located, regions = located + more, regions + [item.sentence.span for item in more]
    opening = opening_sentence(all_sentences) if transcript else None
    speaker = transcript_speaker(opening, people) if opening is not None else None
    visits_by_meeting = meeting_visits(release, all_sentences, located, regions, forms)
    body = body_region(release)
    lead_in = Span(body.start, max(body.start, min((r.start for r in regions[:ruled or None]),
                                                   default=body.start)))
    meetings = []
    for index, item in enumerate(located):
        region = regions[index]
        meeting = framed_meeting(release, item, region, all_sentences, visits_by_meeting[index])
        if not transcript:
            meeting = with_finders(release, meeting, region, people, acronyms, lead_in,
                                   others_parts(located, index), other_bodies(located, index))
        elif index < len(occasions):  # the occasion: its principal, if the speaker was one
            if opening is not None and speaker_leads_occasion(opening):
                meeting = replace(meeting, roles=speaker_role(speaker, meeting.roles))
        elif index >= len(occasions):  # what the speaker met, in the speaker's own account
            meeting = with_finders(release, meeting, region, people, acronyms,
                                   Span(region.start, region.start),
                                   others_parts(located, index), other_bodies(located, index))
            if SPEAKER_SUBJECT.search(before_meeting(item)):  # not what others held
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
    meetings = items_to_the_meeting_they_name(release, meetings)
    meetings = agenda_rules.shared_by_one_sentence(meetings)
    documents = document_rules.find_documents(release)
    statements = document_rules.find_statements(release, people)
    return Extraction(release=release, meetings=tuple(meetings), people=people,
                      acronyms=acronyms, documents=documents, statements=statements,
                      warnings=tuple(warnings))
