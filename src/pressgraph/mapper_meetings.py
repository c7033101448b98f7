"""Meetings in a release graph: the shared meeting node and the release's own report of it.

A meeting is keyed on language-independent facts (its body, session and ordinal, or its
date), so the English and Chinese releases, and the text and HTML, of one report name the
same node. What identifies it, and what every correct report gives alike (date, place,
the participations of registry agencies and posts; "held" once a release reports it held,
a video conference once a release says so), is said on the meeting; what holds as of one
release or one reading — its status, planned or held, its attendance mode, the rules' kind
of meeting — and what the release words — venue, purpose, a session the registry does not
know, its numbered agenda items, visits and outcomes — hang off the release's mention of
the meeting
(``{release}/mention/{meeting key}``), so an announcement and a report, or two releases,
never give one node two statuses, titles or texts.

The meeting is labelled from its key: the registry's names of its body and session, its
ordinal or, when the date is part of the key, its date ("19th Meeting of the Hong
Kong/Guangdong Expert Group on Co-operation in Informatisation"); the date a release
gives is added as an alternative label and in the release's own mention.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef

from pressgraph import registry
from pressgraph.errors import MappingError
from pressgraph.mapterms import (
    ATTENDANCE_MODES,
    CV,
    DCT,
    ORG,
    PG,
    RDF,
    RDFS,
    SCHEMA,
    SIDE_CONCEPTS,
    SKOS,
    STATUS_CONCEPTS,
    XSD,
    _lang_literal,
    _plain_literal,
    _typed_literal,
    _uri,
    date_literal,
    ontology_graph,
    role_concept,
)
from pressgraph.model import (
    OrganisationMention,
    Outcome,
    PersonMention,
    ResolvedMeeting,
    Side,
    Span,
    Visit,
)
from pressgraph.naming import (
    LANGUAGES,
    agenda_label,
    meeting_label,
    outcome_label,
    participation_label,
    visit_label,
)

if TYPE_CHECKING:
    from pressgraph.mapper import _Builder

_ORDINAL = re.compile(r"^\d+(?:-\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:-\d+)?$")
_YEAR = re.compile(r"^\d{4}$")


def printed_forms(text: str, mention: OrganisationMention) -> list[Span]:
    """Where the release prints each other wording of an organisation (its ``mentions``
    besides the one at its span): the occurrence nearest that span, as a word of its own.
    A wording not found as printed gives no span."""
    quoted = text[mention.span.start:mention.span.end]
    out: list[Span] = []
    for form in dict.fromkeys(mention.mentions):
        if not form or form == quoted:
            continue
        found = [Span(m.start(), m.end()) for m in re.finditer(re.escape(form), text)
                 if _stands_alone(text, m.start(), m.end())]
        if found:
            out.append(min(found, key=lambda s: (abs(s.start - mention.span.start), s.start)))
    return out


def _stands_alone(text: str, start: int, end: int) -> bool:
    """No letter or digit of a Latin word runs on either side ("HKSAR" in "HKSARG")."""
    def latin(char: str) -> bool:
        return char.isascii() and char.isalnum()
    return not (start > 0 and latin(text[start - 1]) and latin(text[start])) and not (
        end < len(text) and latin(text[end]) and latin(text[end - 1]))


class MeetingMapper:
    """The meeting part of the release mapper (mixed into its builder)."""

    def map_meeting(self: _Builder, resolved_meeting: ResolvedMeeting) -> None:
        m, key = resolved_meeting.meeting, resolved_meeting.key
        node = _uri(self.minter.thing(key))
        for cls in (PG.Meeting, CV.PublicEvent, SCHEMA.Event):
            self.add(node, RDF.type, cls)
        self.add(self.release_iri, SCHEMA.about, node)
        self.evidence(node, m.span)
        if m.status == "held":  # true from then on; "planned" is as of one release's date
            self.add(node, CV.eventStatus, self.concept(STATUS_CONCEPTS[m.status]))
        if m.mode == "video conference":  # said by the release; "in person" is its default
            self.add(node, SCHEMA.eventAttendanceMode, ATTENDANCE_MODES[m.mode])
        if m.ordinal is not None:
            if m.ordinal < 1:
                raise MappingError(f"meeting ordinal {m.ordinal} is not a positive integer",
                                   source=self.release.source)
            self.add(node, PG.ordinal, _typed_literal(str(m.ordinal), XSD.positiveInteger))
        if m.date is not None:
            self.add(node, SCHEMA.startDate, date_literal(m.date))
        self.map_place(node, resolved_meeting)
        titles, session_worded = self.name_meeting(node, resolved_meeting)
        report = self.mention(node, key, titles.get(self.lang))
        # A body is said on the meeting when the meeting is keyed on it; a body the registry
        # does not know, of a meeting keyed on its facts, is the release's reading.
        self.map_body_and_series(report if _keyed_on_facts(resolved_meeting) else node,
                                 resolved_meeting)
        self.evidence(report, m.span)
        # As this release reports it: its status, its reading of the mode, the rules' kind,
        # a session the registry does not know in the release's words.
        self.add(report, CV.eventStatus, self.concept(STATUS_CONCEPTS[m.status]))
        self.add(report, SCHEMA.eventAttendanceMode, ATTENDANCE_MODES[m.mode])
        if m.kind:
            self.add(report, PG.meetingKind, _plain_literal(m.kind))
        if session_worded and m.session:
            self.add(report, PG.session, self.text(m.session))
        if m.venue:
            self.add(report, PG.venue, self.text(m.venue))
        if m.purpose:
            self.add(report, PG.purpose, self.text(m.purpose))
        for mention in m.participants:
            self.map_attending_organisation(node, key, mention)
        for role in m.roles:
            self.map_role(node, key, role.role, role.person)
        for item in m.agenda:
            self.map_agenda_item(node, report, item.position, item.text, item.span)
        for number, visit in enumerate(m.visits, start=1):
            self.map_visit(node, report, number, visit)
        meeting_title = titles.get(self.lang) or titles.get("en") or key
        for number, outcome in enumerate(m.outcomes, start=1):
            self.map_outcome(node, report, number, outcome, meeting_title)

    # ------------------------------------------------------------------ labels

    def name_meeting(self: _Builder, node: URIRef,
                     resolved_meeting: ResolvedMeeting) -> tuple[dict[str, str], bool]:
        """Label the meeting from its key; return its title per language with the date the
        release gives (for the release's mention and the alternative label), and whether
        its session is one the registry does not know (named in the release's words, on
        the release's mention, not on the meeting)."""
        m, body = resolved_meeting.meeting, resolved_meeting.body
        segments = resolved_meeting.key.split("/")[1:]
        # meeting/{body path}/{session?}/{ordinal, date or release-...}; meeting/ad-hoc/{date}
        # /{digest} or meeting/ad-hoc/release-.../{date or undated}-{digest}
        ad_hoc = segments[0] == "ad-hoc"
        rest = segments[1:2] if ad_hoc or body is None \
            else segments[len(body.key.split("/")) - 1:]
        last = rest[-1] if rest else ""
        keyed_on_date = bool(_DATE.match(last)) or (ad_hoc and bool(_DATE.match(segments[-1][:10])))
        numbered = m.ordinal is not None and (ad_hoc or bool(_ORDINAL.match(last)))
        session, session_from_registry = self.session_names(rest[:-1], m.session)
        from_registry = (body is None or body.from_registry) and session_from_registry
        body_names = dict(body.labels) if body is not None else None
        if body is not None and not body.from_registry:
            body_names = {self.lang: body_names.get(self.lang) or m.body or ""}
        languages = LANGUAGES if from_registry else (self.lang,)
        undated_key = next((s for s in rest if s.startswith("release-")), None)
        keyed: dict[str, str] = {}
        dated: dict[str, str] = {}
        for language in languages:
            if body_names is not None and not body_names.get(language):
                continue
            if session is not None and not session.get(language):
                continue
            parts = dict(body=body_names.get(language) if body_names else None,
                         session=session.get(language) if session else None,
                         ordinal=m.ordinal if numbered else None)
            keyed[language] = meeting_label(
                language, day=m.date if keyed_on_date else None,
                release_key=self.release_key if undated_key else None, **parts)
            dated[language] = meeting_label(language, day=m.date, **parts)
        # The preferred label, one per language and the same from every release: the key's
        # names, and the date when the release gives it (a numbered meeting's report that
        # does not know the date names it by its key alone, as rdfs:label, so an undated
        # and a dated report never give two preferred labels).
        if not from_registry:
            preferred, alternative = RDFS.label, RDFS.label
        elif keyed_on_date or undated_key or m.date is not None:
            preferred, alternative = SKOS.prefLabel, SKOS.altLabel
        else:
            preferred, alternative = RDFS.label, RDFS.label
        for language, text in dated.items():
            self.add(node, preferred, _lang_literal(text if not undated_key else keyed[language],
                                                   language))
        for language, text in keyed.items():
            if text != dated[language] and not undated_key:
                self.add(node, alternative, _lang_literal(text, language))
        if self.lang not in dated:  # the registry does not name the body in this language
            parts = dict(body=m.body or (body_names or {}).get("en"),
                         session=m.session or (session or {}).get("en"),
                         ordinal=m.ordinal if numbered else None)
            dated[self.lang] = meeting_label(self.lang, day=m.date, **parts)
            self.add(node, RDFS.label, self.text(dated[self.lang]))
        if session is not None and session_from_registry:
            for language, text in session.items():
                self.add(node, PG.session, _lang_literal(text, language))
        return dated, not session_from_registry

    def session_names(self: _Builder, segments: list[str],
                      wording: str | None) -> tuple[dict[str, str] | None, bool]:
        """The names of the session a meeting's key names (the registry's, a year, or the
        release's words) and whether they are the same in every release."""
        if not segments:
            return None, True
        found = registry.session(segments[0])
        if found is not None:
            return dict(found.labels), True
        if _YEAR.match(segments[0]):
            return {language: segments[0] for language in LANGUAGES}, True
        return ({self.lang: wording} if wording else None), False

    # ------------------------------------------------------------------ place, body

    def map_place(self: _Builder, meeting: URIRef, resolved_meeting: ResolvedMeeting) -> None:
        m = resolved_meeting.meeting
        if resolved_meeting.place is not None:
            place = self.place(resolved_meeting.place, m.location, m.span)
            self.add(meeting, SCHEMA.location, place)
        elif m.location:
            self.warn(f"place {m.location!r} was not resolved; the meeting has no location")

    def map_body_and_series(self: _Builder, subject: URIRef,
                            resolved_meeting: ResolvedMeeting) -> None:
        """The meeting's (or, when it is the release's reading, the mention's) body and
        series."""
        m = resolved_meeting.meeting
        span = m.body_span or m.span
        body = None
        if resolved_meeting.body is not None:
            body = _uri(self.minter.thing(resolved_meeting.body.key))
            if not self.in_registry(body):
                self.add(body, RDF.type, ORG.OrganizationalCollaboration)
                self.add(body, RDF.type, ORG.Organization)
                self.add(body, RDF.type, SCHEMA.Organization)
            self.name(body, resolved_meeting.body, m.body)
            self.evidence(body, span)
            self.add(subject, SCHEMA.organizer, body)
            if m.body:
                self.mapped_orgs.setdefault(m.body, body)
        elif m.body:
            self.warn(f"body {m.body!r} was not resolved; the meeting has no organiser")
        if resolved_meeting.series is not None:
            series = _uri(self.minter.thing(resolved_meeting.series.key))
            self.add(series, RDF.type, SCHEMA.EventSeries)
            self.name(series, resolved_meeting.series, m.body)
            self.evidence(series, span)
            self.add(subject, SCHEMA.superEvent, series)
            if body is not None:
                self.add(series, SCHEMA.organizer, body)

    # ------------------------------------------------------------------ participants

    def participation(self: _Builder, meeting: URIRef, meeting_key: str, role: str,
                      participant_key: str, participant: URIRef, side: Side | None,
                      span: Span) -> URIRef:
        node = _uri(self.minter.participation(meeting_key, role, participant_key))
        self.add(meeting, CV.hasParticipation, node)
        self.add(node, RDF.type, CV.Participation)
        self.add(node, CV.hasParticipant, participant)
        concept = self.concept(role_concept(role))
        self.add(node, CV.role, concept)
        if side is not None:
            self.add_single(node, PG.side, self.concept(SIDE_CONCEPTS[side]))
        self.evidence(node, span)
        # Labelled from the registry's names when the participant is the registry's (the
        # same label from every release); else in the release's words, as rdfs:label.
        shared = self.in_registry(participant)
        for language in (LANGUAGES if shared else (self.lang,)):
            who = self.label_of(participant, language)
            what = _concept_label(concept, language)
            if who and what:
                self.add(node, SKOS.prefLabel if shared else RDFS.label, _lang_literal(
                    participation_label(language, who, what), language))
        return node

    def map_attending_organisation(self: _Builder, meeting: URIRef, meeting_key: str,
                                   mention: OrganisationMention) -> None:
        agency = self.organisation(mention)
        if agency is None:
            return
        ref = self.resolved.organisation(mention.name)
        assert ref is not None
        role = "delegation-member" if mention.side == "non-government" else "attendee"
        node = self.participation(meeting, meeting_key, role, ref.key, agency, mention.side,
                                  mention.span)
        # Every wording the release gives the participant is evidence of it too ("HKSAR
        # Government" besides "Government of the Hong Kong Special Administrative Region").
        for span in printed_forms(self.release.text, mention):
            self.evidence(node, span)
        self.add(meeting, SCHEMA.attendee, agency)

    def map_role(self: _Builder, meeting: URIRef, meeting_key: str, role: str,
                 mention: PersonMention) -> None:
        """A chair, convenor, host...: the posts take part ex officio when any is known,
        each post the release gives the person in a participation of its own."""
        person, posts = self.person(mention)
        resolved_posts = [pm for pm in mention.posts if self.resolved.post(pm.title)]
        if posts:
            seen: set[str] = set()
            for post_mention, post in zip(resolved_posts, posts, strict=True):
                post_ref = self.resolved.post(post_mention.title)
                assert post_ref is not None
                if post_ref.key in seen:
                    continue
                seen.add(post_ref.key)
                side = post_mention.organisation.side if post_mention.organisation else None
                self.participation(meeting, meeting_key, role, post_ref.key, post,
                                   side or registry_side(post_ref.key), mention.span)
        elif person is not None and mention.name is not None:
            person_ref = self.resolved.person(mention.name)
            assert person_ref is not None
            self.participation(meeting, meeting_key, role, person_ref.key, person, None,
                               mention.span)
        else:
            self.warn(f"a {role} of the meeting has neither a resolved person nor a post")
        if person is not None:
            self.add(meeting, SCHEMA.attendee, person)

    # ------------------------------------------------------------------ the release's own

    def map_agenda_item(self: _Builder, meeting: URIRef, report: URIRef, position: int,
                        text: str, span: Span) -> None:
        node = _uri(self.minter.agenda_item(str(report), position))
        if (meeting, PG.agendaItem, node) in self.graph:
            self.warn(f"agenda item {position} of {meeting} appears twice; the second "
                      "is left out")
            return
        self.add(meeting, PG.agendaItem, node)
        self.add(node, RDF.type, PG.AgendaItem)
        self.add(node, SCHEMA.position, _typed_literal(str(position), XSD.integer))
        self.add(node, DCT.title, self.text(text))
        self.add(node, RDFS.label, self.text(agenda_label(position, text)))
        self.evidence(node, span)

    def map_visit(self: _Builder, meeting: URIRef, report: URIRef, number: int,
                  visit: Visit) -> None:
        node = _uri(self.minter.visit(str(report), number))
        self.add(node, RDF.type, PG.Visit)
        self.add(node, RDF.type, SCHEMA.Event)
        self.add(node, SCHEMA.superEvent, meeting)
        self.add(meeting, SCHEMA.subEvent, node)
        self.evidence(node, visit.span)
        if visit.date is not None:
            self.add(node, SCHEMA.startDate, date_literal(visit.date))
        visited = self.organisation_named(visit.organisation, visit.span)
        if visited is not None:
            self.add(node, PG.visited, visited)
        name = (self.label_of(visited, self.lang) if visited is not None else None) \
            or visit.organisation
        self.add(node, RDFS.label, self.text(visit_label(self.lang, name)))
        if visit.arranged_by is not None:
            arranger = self.organisation(visit.arranged_by)
            if arranger is not None:
                self.add(node, PG.arrangedBy, arranger)

    def map_outcome(self: _Builder, meeting: URIRef, report: URIRef, number: int,
                    outcome: Outcome, meeting_title: str) -> None:
        node = _uri(self.minter.outcome(str(report), number))
        self.add(meeting, PG.outcome, node)
        self.add(node, RDF.type, PG.Outcome)
        self.add(node, SCHEMA.description, self.text(outcome.text))
        self.add(node, RDFS.label, self.text(outcome_label(self.lang, number, meeting_title)))
        self.evidence(node, outcome.span)
        if outcome.document:
            self.add(node, SCHEMA.object, self.document(outcome.document, outcome.span))
        for party in outcome.parties:
            agency = self.organisation(party)
            if agency is not None:
                self.add(node, SCHEMA.participant, agency)


def _concept_label(concept: URIRef, language: str) -> str | None:
    for value in ontology_graph().objects(concept, SKOS.prefLabel):
        if isinstance(value, Literal) and value.language == language:
            return str(value)
    return None



def _keyed_on_facts(resolved_meeting: ResolvedMeeting) -> bool:
    """A meeting of a body the registry does not know, keyed on its facts (date, place,
    parties): the body is as one release names it, so it is said on that release's
    mention of the meeting, never on the shared meeting."""
    return resolved_meeting.body is not None and resolved_meeting.key.startswith("meeting/ad-hoc/")


def registry_side(post_key: str) -> str | None:
    """The side of a registry post's organisation (the Secretary for Security sits for the
    HKSAR), for a post the release names without saying whose side it is on; None for a
    post the registry does not know or whose organisation has no side."""
    post = registry.entry(post_key)
    if not isinstance(post, registry.Post):
        return None
    organisation = registry.entry(post.organisation)
    side = getattr(organisation, "side", None)
    return side if side in SIDE_CONCEPTS else None
