"""Stage 5: a resolved release becomes RDF, in the release's own named graph.

This is the only module (with the ontology and shapes files) that speaks in RDF terms.
Every IRI comes from :class:`pressgraph.iri.Minter`; every literal gets an explicit
datatype or language tag built from a controlled lexical form. ``ontology/README.md``
describes the model this module writes, with the sample release as the example.

Missing references: a mention that resolution left without a :class:`~pressgraph.model.Ref`
(an organisation, person, post or place) is *skipped with a warning* (in
``MappedRelease.warnings``), never given an IRI made from its raw text. The rest of the
release is still mapped, so one unresolved name does not lose a whole release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, cached_property, lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from pressgraph import __version__, resources
from pressgraph.errors import MappingError, ResourceError
from pressgraph.iri import Minter
from pressgraph.model import (
    OrganisationMention,
    Outcome,
    ParsedRelease,
    PersonMention,
    PostMention,
    Ref,
    ResolvedMeeting,
    ResolvedRelease,
    Side,
    Span,
    Visit,
)
from pressgraph.triples import TripleSet
from pressgraph import vocab
from pressgraph.vocab import Terms

# The mapper names the same few dozen terms for every triple it writes: each is built once.
CV, DCT, EUAUTH, FOAF, OA, ORG, PERSON, PG, PROV, RDF, RDFS, SCHEMA, SKOS, TIME, XSD = (
    Terms(namespace) for namespace in (
        vocab.CV, vocab.DCT, vocab.EUAUTH, vocab.FOAF, vocab.OA, vocab.ORG, vocab.PERSON,
        vocab.PG, vocab.PROV, vocab.RDF, vocab.RDFS, vocab.SCHEMA, vocab.SKOS, vocab.TIME,
        vocab.XSD))

PRESS_RELEASE_TYPE = EUAUTH["resource-type/PRESS_REL"]
SOFTWARE_IRI = URIRef("https://w3id.org/pressgraph/software")

#: Sides whose participants are public bodies (cv:PublicOrganisation).
GOVERNMENT_SIDES: frozenset[str] = frozenset({"HKSAR", "Mainland", "Macao", "overseas"})
SIDE_CONCEPTS: dict[str, URIRef] = {
    "HKSAR": PG["side-hksar"], "Mainland": PG["side-mainland"], "Macao": PG["side-macao"],
    "overseas": PG["side-overseas"], "non-government": PG["side-non-government"],
}
STATUS_CONCEPTS: dict[str, URIRef] = {"held": PG["status-held"], "planned": PG["status-planned"]}
ATTENDANCE_MODES: dict[str, URIRef] = {
    "in person": SCHEMA.OfflineEventAttendanceMode,
    "video conference": SCHEMA.OnlineEventAttendanceMode,
}


def role_concept(role: str) -> URIRef:
    return PG[f"role-{role}"]


# Terms built once and shared. A release names the same registry IRIs, labels, dates and
# numbers many times, and an export names them again in release after release; rdflib
# checks every IRI and lexical form anew on each construction. The caches are bounded and
# keyed by type as well as value (``typed``), so a cached term is always the term the same
# arguments would construct. Shared terms also make the triple set's lookups cheaper:
# the same object compares equal without rdflib's ``__eq__``.
_TERM_CACHE_SIZE = 1 << 15


@lru_cache(maxsize=_TERM_CACHE_SIZE, typed=True)
def _uri(value: str) -> URIRef:
    return URIRef(value)


@lru_cache(maxsize=_TERM_CACHE_SIZE, typed=True)
def _plain_literal(value: str) -> Literal:
    return Literal(value)


@lru_cache(maxsize=_TERM_CACHE_SIZE, typed=True)
def _lang_literal(value: str, language: str) -> Literal:
    return Literal(value, lang=language)


@lru_cache(maxsize=_TERM_CACHE_SIZE, typed=True)
def _typed_literal(value: str | int, datatype: URIRef) -> Literal:
    return Literal(value, datatype=datatype)


@dataclass(frozen=True)
class MapOptions:
    """What the mapper needs beyond the release: where IRIs live and what to record."""

    minter: Minter
    versions: tuple[tuple[str, str], ...]  # (component, version) of software and data files
    evidence: bool = True
    run_timestamp: datetime | None = None  # only with an explicit option: breaks determinism


@dataclass(frozen=True)
class MappedRelease:
    release_iri: str
    graph_iri: str
    triples: TripleSet  # the release graph's statements, cheap to iterate
    meetings: int
    warnings: tuple[str, ...] = ()  # mentions skipped for want of a resolved Ref

    @cached_property
    def graph(self) -> Graph:
        """The same statements as an rdflib Graph, built on first use."""
        return self.triples.to_graph()


def date_literal(value: date) -> Literal:
    return _typed_literal(value.isoformat(), XSD.date)


def datetime_literal(value: datetime) -> Literal:
    """xsd:dateTime with an explicit offset, written from a controlled lexical form."""
    offset = value.strftime("%z")
    if not offset:
        raise MappingError(f"date-time {value.isoformat()} has no time zone")
    lexical = value.strftime("%Y-%m-%dT%H:%M:%S") + f"{offset[:3]}:{offset[3:]}"
    return _typed_literal(lexical, XSD.dateTime)


def ordinal_text(number: int, language: str) -> str:
    """The ordinal as a release in that language would print it ('19th', '第19次')."""
    if language.startswith("zh"):
        return f"第{number}次"
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


@cache
def _ontology() -> Graph:
    graph = Graph()
    try:
        graph.parse(data=resources.read_text("ontology", resources.ONTOLOGY_FILE), format="turtle")
    except ResourceError:
        raise
    except Exception as exc:  # rdflib raises several unrelated exception types
        raise ResourceError(f"ontology/{resources.ONTOLOGY_FILE} does not parse: {exc}") from exc
    return graph


@cache
def _concept_statements(concept: URIRef) -> tuple[tuple[URIRef, Node], ...]:
    """The type, scheme and labels of a concept in the ontology (which is read once)."""
    ontology = _ontology()
    if (concept, RDF.type, SKOS.Concept) not in ontology:
        raise ResourceError(f"concept {concept} is not declared in the ontology")
    return tuple((predicate, value)
                 for predicate in (RDF.type, SKOS.inScheme, SKOS.prefLabel)
                 for value in ontology.objects(concept, predicate))


class _Builder:
    """Collects the triples of one release graph."""

    def __init__(self, resolved: ResolvedRelease, options: MapOptions):
        self.resolved = resolved
        self.release: ParsedRelease = resolved.release
        self.options = options
        self.minter = options.minter
        self.lang = self.release.language
        self.graph = TripleSet()
        self.release_iri = URIRef(self.minter.release(resolved.release_key, self.lang))
        self.graph_iri = URIRef(self.minter.release_graph(resolved.release_key, self.lang))
        self.warnings: list[str] = []
        self.concepts: set[URIRef] = set()
        self.public_orgs: set[str] = set()  # keys of organisations typed as public bodies
        self.mapped_orgs: dict[str, URIRef] = {}  # key -> node, organisations and bodies
        self.evidence_spans: dict[tuple[int, int], URIRef] = {}  # (start, end) -> annotation
        self.labelled: dict[tuple[URIRef, int, str | None, URIRef], Ref] = {}  # see labels()

    # ------------------------------------------------------------------ helpers

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.graph.add((s, p, o))

    def add_single(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        """Add a value the shapes allow once: a second, different value is left out."""
        existing = self.graph.value(s, p)
        if existing is None:
            self.add(s, p, o)
        elif existing != o:
            self.warn(f"{s} already has {p} {existing}; {o} from another mention left out")

    def has_label_in(self, node: URIRef, prop: URIRef, language: str) -> bool:
        return any(isinstance(label, Literal) and label.language == language
                   for label in self.graph.objects(node, prop))

    def text(self, value: str) -> Literal:
        return _lang_literal(value, self.lang)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def concept(self, concept: URIRef) -> URIRef:
        self.concepts.add(concept)
        return concept

    def evidence(self, node: URIRef, span: Span | None) -> None:
        """Link a node to the words it was extracted from (Web Annotation selectors)."""
        if node != self.release_iri:
            self.add(node, PROV.wasDerivedFrom, self.release_iri)
        if not self.options.evidence or span is None:
            return
        if span.end > len(self.release.text):
            raise MappingError(f"span {span.start}-{span.end} is outside the release text "
                               f"({len(self.release.text)} code points)",
                               source=self.release.source)
        span_iri = self.evidence_spans.get((span.start, span.end))
        if span_iri is not None:  # the annotation is in the graph already
            self.add(node, PG.evidence, span_iri)
            return
        span_iri = URIRef(self.minter.span(str(self.release_iri), span.start, span.end))
        self.evidence_spans[(span.start, span.end)] = span_iri
        quote = URIRef(f"{span_iri}/quote")
        position = URIRef(f"{span_iri}/position")
        self.add(node, PG.evidence, span_iri)
        self.add(span_iri, RDF.type, OA.SpecificResource)
        self.add(span_iri, OA.hasSource, self.release_iri)
        self.add(span_iri, OA.hasSelector, quote)
        self.add(span_iri, OA.hasSelector, position)
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(self.release.quote(span)))
        self.add(position, RDF.type, OA.TextPositionSelector)
        self.add(position, OA.start, _typed_literal(span.start, XSD.nonNegativeInteger))
        self.add(position, OA.end, _typed_literal(span.end, XSD.nonNegativeInteger))

    def labels(self, node: URIRef, ref: Ref, fallback: str | None,
               label_property: URIRef = SKOS.prefLabel) -> None:
        """One preferred label per language (others become skos:altLabel), then alt labels.

        The same labels for the same node a second time would add nothing: every label is
        in the graph by then, so the call is skipped.
        """
        done = (node, id(ref), fallback, label_property)
        if self.labelled.get(done) is ref:  # the Ref is held, so its id is not reused
            return
        self.labelled[done] = ref
        for language, label in ref.labels or ((self.lang, fallback or ""),):
            if not label:
                continue
            literal = _lang_literal(label, language)
            if (node, label_property, literal) in self.graph:
                continue
            if self.has_label_in(node, label_property, language):
                self.add(node, SKOS.altLabel, literal)  # one preferred label per language
            else:
                self.add(node, label_property, literal)
        for language, label in ref.alt_labels:
            self.add(node, SKOS.altLabel, _lang_literal(label, language))
        for acronym in ref.acronyms:
            self.acronym(node, acronym)

    def acronym(self, node: URIRef, acronym: str) -> None:
        self.add(node, SKOS.altLabel, self.text(acronym))
        self.add(node, PG.acronym, self.text(acronym))

    # ------------------------------------------------------------------ release

    def map_release(self) -> None:
        r, rel = self.release_iri, self.release
        self.add(r, RDF.type, SCHEMA.NewsArticle)
        self.add(r, RDF.type, FOAF.Document)
        self.add(r, RDF.type, PG.Release)
        self.add(r, DCT.type, PRESS_RELEASE_TYPE)
        self.add(r, DCT.identifier, Literal(self.resolved.release_key))
        if rel.title:  # a text without a headline has no title
            self.add(r, DCT.title, self.text(rel.title))
            self.add(r, RDFS.label, self.text(rel.title_clean))
        for flag in rel.title_flags:
            self.add(r, PG.mediaNote, self.text(flag))
        self.add(r, DCT.language, _typed_literal(self.lang, XSD.language))
        if rel.issued is not None:  # dct:issued is always a dateTime; the day alone: pg:releaseDate
            self.add(r, DCT.issued, datetime_literal(rel.issued))
        if rel.release_date is not None:
            self.add(r, PG.releaseDate, date_literal(rel.release_date))
        if rel.source_url:
            self.add(r, SCHEMA.url, Literal(rel.source_url, datatype=XSD.anyURI))
        self.add(r, PG.textSha256, Literal(rel.text_sha256))
        self.add(r, PG.contentSha256, Literal(rel.content_sha256))
        self.add(r, PG.textNormalisation, _plain_literal("NFC; LF line ends; trailing spaces removed"))
        self.evidence(r, rel.title_span if rel.title else None)

    def map_provenance(self) -> None:
        g = self.graph_iri
        run = _uri(self.minter.run(self.options.versions))
        self.add(g, RDF.type, PROV.Entity)
        self.add(g, PROV.wasDerivedFrom, self.release_iri)
        self.add(g, PROV.wasGeneratedBy, run)
        self.add(run, RDF.type, PROV.Activity)
        self.add(run, PROV.wasAssociatedWith, SOFTWARE_IRI)
        self.add(run, PROV.used, self.release_iri)
        for component, version in sorted(self.options.versions):
            self.add(run, PG.usedVersion, _plain_literal(f"{component} {version}"))
        if self.options.run_timestamp is not None:
            self.add(run, PROV.startedAtTime, datetime_literal(self.options.run_timestamp))
        self.add(SOFTWARE_IRI, RDF.type, PROV.SoftwareAgent)
        self.add(SOFTWARE_IRI, RDFS.label, _plain_literal("pressgraph"))
        self.add(SOFTWARE_IRI, SCHEMA.softwareVersion, _plain_literal(__version__))

    # ------------------------------------------------------------------ things by Ref

    def organisation(self, mention: OrganisationMention) -> URIRef | None:
        """An agency or other organisation, typed by the side it appears for."""
        ref = self.resolved.organisation(mention.name)
        if ref is None:
            self.warn(f"organisation {mention.name!r} was not resolved; left out of the graph")
            return None
        return self.organisation_ref(ref, mention)

    def organisation_ref(self, ref: Ref, mention: OrganisationMention) -> URIRef:
        node = _uri(self.minter.thing(ref.key))
        self.mapped_orgs[mention.name] = node
        self.add(node, RDF.type, ORG.Organization)
        if mention.side in GOVERNMENT_SIDES or ref.key in self.public_orgs:
            self.public_orgs.add(ref.key)
            self.add(node, RDF.type, CV.PublicOrganisation)
            self.add(node, RDF.type, SCHEMA.GovernmentOrganization)
        else:
            self.add(node, RDF.type, SCHEMA.Organization)
        self.labels(node, ref, mention.name)
        if mention.acronym:
            self.acronym(node, mention.acronym)
        self.add(self.release_iri, SCHEMA.mentions, node)
        self.evidence(node, mention.span)
        return node

    def organisation_named(self, name: str, span: Span) -> URIRef | None:
        return self.organisation(OrganisationMention(name=name, span=span))

    def post(self, mention: PostMention) -> URIRef | None:
        ref = self.resolved.post(mention.title)
        if ref is None:
            self.warn(f"post {mention.title!r} was not resolved; left out of the graph")
            return None
        node = _uri(self.minter.thing(ref.key))
        self.add(node, RDF.type, ORG.Post)
        self.labels(node, ref, mention.title)
        self.evidence(node, mention.span)
        agency = None
        if mention.organisation is not None:
            agency = self.organisation(mention.organisation)
        elif ref.parent is not None:  # the registry knows where the post is
            parent_name = _label_in(ref.parent, self.lang)
            agency = self.organisation_ref(ref.parent, OrganisationMention(parent_name,
                                                                           mention.span))
        if agency is not None:
            self.add_single(node, ORG.postIn, agency)
        return node

    def person(self, mention: PersonMention) -> tuple[URIRef | None, list[URIRef]]:
        """The person (None when known only by post) and the posts the release gives."""
        posts = [(pm, node) for pm in mention.posts if (node := self.post(pm)) is not None]
        if mention.name is None:
            return None, [node for _pm, node in posts]
        ref = self.resolved.person(mention.name)
        if ref is None:
            self.warn(f"person {mention.name!r} was not resolved; left out of the graph")
            return None, [node for _pm, node in posts]
        node = _uri(self.minter.thing(ref.key))
        self.add(node, RDF.type, PERSON.Person)
        self.add(node, RDF.type, SCHEMA.Person)
        self.labels(node, ref, mention.name, label_property=FOAF.name)
        if mention.honorific:
            self.add(node, SCHEMA.honorificPrefix, self.text(mention.honorific))
        self.add(self.release_iri, SCHEMA.mentions, node)
        self.evidence(node, mention.span)
        for post_mention, post in posts:
            self.add(node, ORG.holds, post)
            self.membership(ref.key, node, post_mention, post, mention)
        return node, [post for _pm, post in posts]

    def membership(self, person_key: str, person: URIRef, mention: PostMention,
                   post: URIRef, holder: PersonMention) -> None:
        """A dated org:Membership: the person held the post on the release date, with the
        post's title as this release words it (``pg:postTitle``; the first wording wins
        when the release words the same post twice)."""
        on = self.release.release_date
        post_ref = self.resolved.post(mention.title)
        if on is None or post_ref is None:
            return
        node = _uri(self.minter.membership(person_key, post_ref.key, on))
        interval = _uri(f"{node}/during")
        day = _uri(self.minter.day(on))
        self.add(node, RDF.type, ORG.Membership)
        self.add(node, ORG.member, person)
        self.add(node, PG.post, post)
        if mention.organisation is not None and mention.organisation.name in self.mapped_orgs:
            self.add_single(node, ORG.organization, self.mapped_orgs[mention.organisation.name])
        self.add(node, ORG.memberDuring, interval)
        wording = self.post_wording(holder, mention)
        if wording and self.graph.value(node, PG.postTitle) is None:
            self.add(node, PG.postTitle, self.text(wording))
        self.add(interval, RDF.type, TIME.Interval)
        self.add(interval, TIME.inside, day)
        self.add(day, RDF.type, TIME.Instant)
        self.add(day, TIME.inXSDDate, date_literal(on))
        self.evidence(node, mention.span)

    def post_wording(self, holder: PersonMention, mention: PostMention) -> str:
        """The post's title as the release gives it, readable without the release.

        An abbreviation standing for the post's own organisation is written out
        ("Chairperson of the CoP" -> "... of the Commission on Poverty"); other
        abbreviations stay as printed ("... of the UK"). A possessive "its" reads as "the"
        ("Head of its Department of ..." -> "Head of the Department of ...") unless the post
        continues a run of posts printed together for the same person, where "its" is the
        organisation the run has just named and the posts are read together.
        """
        title = mention.title
        if self.lang.startswith("zh"):
            return title
        organisation = mention.organisation
        if organisation is not None and organisation.acronym:
            title = _written_out(title, organisation.acronym, organisation.name)
        if _ITS.search(title) and not self.continues_post_run(holder, mention):
            title = _ITS.sub("the", title)
        return title

    def continues_post_run(self, holder: PersonMention, mention: PostMention) -> bool:
        """Whether another post of the holder is printed just before this one, joined
        by a comma or "and" ("Member of A, Director of its B")."""
        text = self.release.text
        for other in holder.posts:
            if other is mention or other.span.end > mention.span.start:
                continue
            if _POST_JOINER.fullmatch(text[other.span.end:mention.span.start]):
                return True
        return False

    def place(self, ref: Ref, fallback: str | None, span: Span) -> URIRef:
        node = _uri(self.minter.thing(ref.key))
        self.add(node, RDF.type, SCHEMA.Place)
        self.labels(node, ref, fallback)
        self.evidence(node, span)
        return node

    def document(self, title: str, span: Span) -> URIRef:
        node = _uri(self.minter.document(title))
        self.add(node, RDF.type, FOAF.Document)
        self.add(node, RDF.type, SCHEMA.CreativeWork)
        self.add(node, DCT.title, self.text(title))
        self.add(self.release_iri, SCHEMA.mentions, node)
        self.evidence(node, span)
        return node

    # ------------------------------------------------------------------ meetings

    def map_meeting(self, resolved_meeting: ResolvedMeeting) -> None:
        m, key = resolved_meeting.meeting, resolved_meeting.key
        node = _uri(self.minter.thing(key))
        for cls in (PG.Meeting, CV.PublicEvent, SCHEMA.Event):
            self.add(node, RDF.type, cls)
        self.add(self.release_iri, SCHEMA.about, node)
        self.evidence(node, m.span)
        self.add(node, CV.eventStatus, self.concept(STATUS_CONCEPTS[m.status]))
        self.add(node, SCHEMA.eventAttendanceMode, ATTENDANCE_MODES[m.mode])
        if m.ordinal is not None:
            if m.ordinal < 1:
                raise MappingError(f"meeting ordinal {m.ordinal} is not a positive integer",
                                   source=self.release.source)
            self.add(node, PG.ordinal, _typed_literal(str(m.ordinal), XSD.positiveInteger))
        if m.session:
            self.add(node, PG.session, self.text(m.session))
        if m.date is not None:
            self.add(node, SCHEMA.startDate, date_literal(m.date))
        if m.venue:
            self.add(node, PG.venue, self.text(m.venue))
        if m.kind:
            self.add(node, PG.meetingKind, _plain_literal(m.kind))
        if m.purpose:
            self.add(node, PG.purpose, self.text(m.purpose))
        self.map_place(node, resolved_meeting)
        self.map_body_and_series(node, resolved_meeting)
        for mention in m.participants:
            self.map_attending_organisation(node, key, mention)
        for role in m.roles:
            self.map_role(node, key, role.role, role.person)
        for item in m.agenda:
            self.map_agenda_item(node, key, item.position, item.text, item.span)
        for number, visit in enumerate(m.visits, start=1):
            self.map_visit(node, key, number, visit)
        for number, outcome in enumerate(m.outcomes, start=1):
            self.map_outcome(node, key, number, outcome)

    def map_place(self, meeting: URIRef, resolved_meeting: ResolvedMeeting) -> None:
        m = resolved_meeting.meeting
        if resolved_meeting.place is not None:
            place = self.place(resolved_meeting.place, m.location, m.span)
            self.add(meeting, SCHEMA.location, place)
        elif m.location:
            self.warn(f"place {m.location!r} was not resolved; the meeting has no location")

    def map_body_and_series(self, meeting: URIRef, resolved_meeting: ResolvedMeeting) -> None:
        m = resolved_meeting.meeting
        span = m.body_span or m.span
        body = None
        if resolved_meeting.body is not None:
            body = _uri(self.minter.thing(resolved_meeting.body.key))
            if resolved_meeting.body.kind == "body":  # not a legislature of the registry's orgs
                self.add(body, RDF.type, ORG.OrganizationalCollaboration)
            self.add(body, RDF.type, ORG.Organization)
            self.add(body, RDF.type, SCHEMA.Organization)
            self.labels(body, resolved_meeting.body, m.body)
            self.evidence(body, span)
            self.add(meeting, SCHEMA.organizer, body)
            if m.body:
                self.mapped_orgs.setdefault(m.body, body)
        elif m.body:
            self.warn(f"body {m.body!r} was not resolved; the meeting has no organiser")
        if resolved_meeting.series is not None:
            series = _uri(self.minter.thing(resolved_meeting.series.key))
            self.add(series, RDF.type, SCHEMA.EventSeries)
            self.labels(series, resolved_meeting.series, m.body)
            self.evidence(series, span)
            self.add(meeting, SCHEMA.superEvent, series)
            if body is not None:
                self.add(series, SCHEMA.organizer, body)

    def participation(self, meeting: URIRef, meeting_key: str, role: str,
                      participant_key: str, participant: URIRef, side: Side | None,
                      span: Span) -> None:
        node = _uri(self.minter.participation(meeting_key, role, participant_key))
        self.add(meeting, CV.hasParticipation, node)
        self.add(node, RDF.type, CV.Participation)
        self.add(node, CV.hasParticipant, participant)
        self.add(node, CV.role, self.concept(role_concept(role)))
        if side is not None:
            self.add_single(node, PG.side, self.concept(SIDE_CONCEPTS[side]))
        self.evidence(node, span)

    def map_attending_organisation(self, meeting: URIRef, meeting_key: str,
                                   mention: OrganisationMention) -> None:
        agency = self.organisation(mention)
        if agency is None:
            return
        ref = self.resolved.organisation(mention.name)
        assert ref is not None
        role = "delegation-member" if mention.side == "non-government" else "attendee"
        self.participation(meeting, meeting_key, role, ref.key, agency, mention.side,
                           mention.span)
        self.add(meeting, SCHEMA.attendee, agency)

    def map_role(self, meeting: URIRef, meeting_key: str, role: str,
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
                self.participation(meeting, meeting_key, role, post_ref.key, post, side,
                                   mention.span)
        elif person is not None and mention.name is not None:
            person_ref = self.resolved.person(mention.name)
            assert person_ref is not None
            self.participation(meeting, meeting_key, role, person_ref.key, person, None,
                               mention.span)
        else:
            self.warn(f"a {role} of the meeting has neither a resolved person nor a post")
        if person is not None:
            self.add(meeting, SCHEMA.attendee, person)

    def map_agenda_item(self, meeting: URIRef, meeting_key: str, position: int, text: str,
                        span: Span) -> None:
        node = _uri(self.minter.agenda_item(meeting_key, position))
        if (meeting, PG.agendaItem, node) in self.graph:
            self.warn(f"agenda item {position} of {meeting_key} appears twice; the second "
                      "is left out")
            return
        self.add(meeting, PG.agendaItem, node)
        self.add(node, RDF.type, PG.AgendaItem)
        self.add(node, SCHEMA.position, _typed_literal(str(position), XSD.integer))
        self.add(node, DCT.title, self.text(text))
        self.evidence(node, span)

    def map_visit(self, meeting: URIRef, meeting_key: str, number: int, visit: Visit) -> None:
        node = _uri(self.minter.visit(meeting_key, number))
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
        if visit.arranged_by is not None:
            arranger = self.organisation(visit.arranged_by)
            if arranger is not None:
                self.add(node, PG.arrangedBy, arranger)

    def map_outcome(self, meeting: URIRef, meeting_key: str, number: int, outcome: Outcome) -> None:
        node = _uri(self.minter.outcome(meeting_key, number))
        self.add(meeting, PG.outcome, node)
        self.add(node, RDF.type, PG.Outcome)
        self.add(node, SCHEMA.description, self.text(outcome.text))
        self.evidence(node, outcome.span)
        if outcome.document:
            self.add(node, SCHEMA.object, self.document(outcome.document, outcome.span))
        for party in outcome.parties:
            agency = self.organisation(party)
            if agency is not None:
                self.add(node, SCHEMA.participant, agency)

    # ------------------------------------------------------------------ release-wide

    def map_people(self) -> None:
        for mention in self.resolved.extraction.people:
            self.person(mention)

    def map_documents(self) -> None:
        for mention in self.resolved.extraction.documents:
            self.document(mention.title, mention.span)

    def map_statements(self) -> None:
        for number, statement in enumerate(self.resolved.extraction.statements, start=1):
            node = URIRef(self.minter.statement(str(self.release_iri), number))
            self.add(node, RDF.type, SCHEMA.Quotation)
            self.add(node, SCHEMA.text, self.text(statement.text))
            self.add(node, SCHEMA.isPartOf, self.release_iri)
            self.evidence(node, statement.span)
            if statement.speaker is not None:
                speaker, _posts = self.person(statement.speaker)
                if speaker is not None:
                    self.add(node, SCHEMA.creator, speaker)

    def map_acronyms(self) -> None:
        """Acronyms the release defines become labels of the organisation they stand for."""
        for definition in self.resolved.extraction.acronyms:
            node = self.mapped_orgs.get(definition.expansion)
            if node is None:
                ref = self.resolved.organisation(definition.expansion)
                if ref is None:
                    continue  # "the Meeting" and other short forms of things that are not agents
                node = self.organisation_named(definition.expansion, definition.span)
                if node is None:
                    continue
            self.acronym(node, definition.short)
            self.evidence(node, definition.span)

    def map_concepts(self) -> None:
        """Copy the type, scheme and labels of every concept used from the ontology."""
        for concept in sorted(self.concepts):
            for predicate, value in _concept_statements(concept):
                self.add(concept, predicate, value)


_ITS = re.compile(r"\bits\b")
_POST_JOINER = re.compile(r"\s*(?:,|,?\s+and)\s+")


def _written_out(title: str, abbreviation: str, expansion: str) -> str:
    """The title with the word ``abbreviation`` replaced by ``expansion``."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(abbreviation)}(?![\w-])")
    return pattern.sub(lambda _match: expansion, title)


def _label_in(ref: Ref, language: str) -> str:
    labels = dict(ref.labels)
    return labels.get(language) or labels.get("en") or next(iter(labels.values()), ref.key)


def map_release(resolved: ResolvedRelease, options: MapOptions) -> MappedRelease:
    builder = _Builder(resolved, options)
    builder.map_release()
    keys: set[str] = set()
    for resolved_meeting in resolved.meetings:
        if resolved_meeting.key in keys:
            builder.warn(f"meeting {resolved_meeting.key} is reported twice; the second "
                         "report is left out")
            continue
        keys.add(resolved_meeting.key)
        builder.map_meeting(resolved_meeting)
    builder.map_people()
    builder.map_documents()
    builder.map_statements()
    builder.map_acronyms()
    builder.map_concepts()
    builder.map_provenance()
    return MappedRelease(
        release_iri=str(builder.release_iri),
        graph_iri=str(builder.graph_iri),
        triples=builder.graph,
        meetings=len(resolved.meetings),
        warnings=tuple(builder.warnings),
    )

