"""Stage 5: a resolved release becomes RDF, in the release's own named graph.

This is the only module (with the ontology and shapes files) that speaks in RDF terms.
Every IRI comes from :class:`pressgraph.iri.Minter`; every literal gets an explicit
datatype or language tag built from a controlled lexical form. ``ontology/README.md``
describes the model this module writes, with the sample release as the example.

Missing references: a mention that resolution left without a :class:`~pressgraph.model.Ref`
(an organisation, person, post or place) is *skipped with a warning* (in
``MappedRelease.warnings``), never given an IRI made from its raw text. The rest of the
release is still mapped, so one unresolved name does not lose a whole release.

Shared nodes: a release graph says nothing new about a node another release or the
registry also describes (``ontology/README.md``, "Shared nodes and the release's own
nodes"). A registry node gets the registry's own types and names, a node minted from a key
only what its key and the registry determine; what the release itself reports or words
lives on nodes under the release's IRI (its renditions, mentions, memberships, agenda
items, visits, outcomes, statements). Meetings are mapped in :mod:`pressgraph.mapper_meetings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

from rdflib import Graph, Literal, URIRef

from pressgraph import __version__
from pressgraph.errors import MappingError
from pressgraph.iri import Minter
from pressgraph.mapper_meetings import MeetingMapper
from pressgraph.mapterms import (  # noqa: F401  (re-exported: other modules and tests use them)
    ATTENDANCE_MODES,
    CV,
    DCT,
    FOAF,
    GOVERNMENT_SIDES,
    OA,
    ORG,
    PERSON,
    PG,
    PRESS_RELEASE_TYPE,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SIDE_CONCEPTS,
    SKOS,
    SOFTWARE_IRI,
    STATUS_CONCEPTS,
    TIME,
    XSD,
    _lang_literal,
    _plain_literal,
    _typed_literal,
    _uri,
    concept_statements,
    date_literal,
    datetime_literal,
    role_concept,
)
from pressgraph.model import (
    OrganisationMention,
    ParsedRelease,
    PersonMention,
    PostMention,
    Ref,
    ResolvedRelease,
    Span,
)
from pressgraph.naming import (
    LANGUAGES,
    date_text,
    membership_label,
    post_wording,
    rendition_label,
    statement_label,
)
from pressgraph.naming import ordinal_text as ordinal_text
from pressgraph.triples import TripleSet

#: Properties that name a node (its labels): what a shared node may carry from a release's
#: words only when the words are what the node's key was made from.
NAME_PROPERTIES = (SKOS.prefLabel, SKOS.altLabel, RDFS.label, FOAF.name, PG.acronym)


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


class _Builder(MeetingMapper):
    """Collects the triples of one release graph."""

    def __init__(self, resolved: ResolvedRelease, options: MapOptions):
        from pressgraph.registry_mapper import registry_naming  # the registry graph's names

        self.resolved = resolved
        self.release: ParsedRelease = resolved.release
        self.options = options
        self.minter = options.minter
        self.lang = self.release.language
        self.release_key = resolved.release_key
        self.graph = TripleSet()
        self.release_iri = URIRef(self.minter.release(resolved.release_key, self.lang))
        self.graph_iri = URIRef(self.minter.release_graph(resolved.release_key, self.lang))
        self.rendition_iri = URIRef(self.minter.rendition(
            str(self.release_iri), self.release.content_sha256, self.release.source_url))
        self.registry = registry_naming(self.minter.base)
        self.warnings: list[str] = []
        self.concepts: set[URIRef] = set()
        self.public_orgs: set[str] = set()  # keys of organisations typed as public bodies
        self.mapped_orgs: dict[str, URIRef] = {}  # key -> node, organisations and bodies
        self.evidence_spans: dict[tuple[int, int], URIRef] = {}  # (start, end) -> annotation
        self.named: set[URIRef] = set()  # nodes whose names are written (see name())
        self.mentions: dict[URIRef, URIRef] = {}  # shared node -> the release's mention of it
        self.memberships: dict[tuple[str, str], URIRef] = {}  # (person, post key) -> node

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

    def text(self, value: str) -> Literal:
        return _lang_literal(value, self.lang)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def concept(self, concept: URIRef) -> URIRef:
        self.concepts.add(concept)
        return concept

    def evidence(self, node: URIRef, span: Span | None) -> None:
        """Link a node to the words it was extracted from (Web Annotation selectors over the
        text of the rendition the release was read from)."""
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
        span_iri = URIRef(self.minter.span(str(self.rendition_iri), span.start, span.end))
        self.evidence_spans[(span.start, span.end)] = span_iri
        quote = URIRef(f"{span_iri}/quote")
        position = URIRef(f"{span_iri}/position")
        self.add(node, PG.evidence, span_iri)
        self.add(span_iri, RDF.type, OA.SpecificResource)
        self.add(span_iri, OA.hasSource, self.rendition_iri)
        self.add(span_iri, OA.hasSelector, quote)
        self.add(span_iri, OA.hasSelector, position)
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(self.release.quote(span)))
        self.add(position, RDF.type, OA.TextPositionSelector)
        self.add(position, OA.start, _typed_literal(span.start, XSD.nonNegativeInteger))
        self.add(position, OA.end, _typed_literal(span.end, XSD.nonNegativeInteger))

    # ------------------------------------------------------------------ names

    def in_registry(self, node: URIRef) -> bool:
        return node in self.registry

    def name(self, node: URIRef, ref: Ref, fallback: str | None,
             minted_property: URIRef = RDFS.label) -> None:
        """The names of a shared node, written once per release graph.

        A registry node gets the registry graph's types, identifier and names, word for
        word; a node resolution marked as the registry's that the registry graph lacks
        gets its Ref's names (one skos:prefLabel per language). A node minted from a name
        gets that name (``minted_property``: rdfs:label, or foaf:name for a person), which
        other releases may print otherwise: the preferred label is the registry's alone.
        """
        if node in self.named:
            return
        self.named.add(node)
        registered = self.registry.get(node)
        if registered is not None:
            for predicate, value in registered:
                self.add(node, predicate, value)  # type: ignore[arg-type]
            return
        if not ref.from_registry:  # every name the release prints for it, as printed
            for language, label in (ref.labels or ((self.lang, fallback or ""),)) \
                    + ref.alt_labels:
                if label:
                    self.add(node, minted_property, _lang_literal(label, language))
            return
        preferred = SKOS.prefLabel if minted_property == RDFS.label else minted_property
        for language, label in ref.labels or ((self.lang, fallback or ""),):
            if not label:
                continue
            literal = _lang_literal(label, language)
            if (node, preferred, literal) in self.graph:
                continue
            if any(isinstance(v, Literal) and v.language == language
                   for v in self.graph.objects(node, preferred)):
                self.add(node, SKOS.altLabel, literal)  # one preferred label per language
            else:
                self.add(node, preferred, literal)
        for language, label in ref.alt_labels:
            self.add(node, SKOS.altLabel, _lang_literal(label, language))
        for acronym in ref.acronyms:
            self.add(node, SKOS.altLabel, self.text(acronym))
            self.add(node, PG.acronym, self.text(acronym))

    def names_of(self, node: URIRef) -> set[str]:
        return {str(v) for p in NAME_PROPERTIES for v in self.graph.objects(node, p)}

    def label_of(self, node: URIRef, language: str) -> str | None:
        """The node's name in ``language`` as the graph has it (preferred label first)."""
        for prop in (SKOS.prefLabel, FOAF.name, RDFS.label, DCT.title):
            for value in self.graph.objects(node, prop):
                if isinstance(value, Literal) and value.language == language:
                    return str(value)
        return None

    def mention(self, thing: URIRef, thing_key: str, wording: str | None = None) -> URIRef:
        """The release's own node for its wording about a shared thing: the name as the
        release prints it (rdfs:label), an honorific, an acronym the release defines, a
        meeting's venue and purpose, and the agenda items, visits and outcomes it lists."""
        node = self.mentions.get(thing)
        if node is None:
            node = _uri(self.minter.mention(str(self.release_iri), thing_key))
            self.mentions[thing] = node
            self.add(node, RDF.type, PG.Mention)
            self.add(node, SCHEMA.about, thing)
            self.add(node, SCHEMA.isPartOf, self.release_iri)
            self.add(node, PROV.wasDerivedFrom, self.release_iri)
            name = wording or self.label_of(thing, self.lang) or self.label_of(thing, "en")
            if name:
                self.add(node, RDFS.label, self.text(name))
        return node

    def acronym(self, node: URIRef, thing_key: str, acronym: str, span: Span | None) -> None:
        """An acronym the release defines: the node's own when the registry (or the Ref)
        gives it, else the release's wording, on its mention of the node."""
        if acronym in {str(a) for a in self.graph.objects(node, PG.acronym)}:
            return
        report = self.mention(node, thing_key)
        self.add(report, PG.acronym, self.text(acronym))
        self.evidence(report, span)

    # ------------------------------------------------------------------ release

    def map_release(self) -> None:
        r, rel = self.release_iri, self.release
        self.add(r, RDF.type, SCHEMA.NewsArticle)
        self.add(r, RDF.type, FOAF.Document)
        self.add(r, RDF.type, PG.Release)
        self.add(r, DCT.type, PRESS_RELEASE_TYPE)
        self.add(r, DCT.identifier, Literal(self.release_key))
        if rel.title:  # a text without a headline has no title
            self.add(r, DCT.title, self.text(rel.title))
            self.add(r, RDFS.label, self.text(rel.title_clean))
        for flag in rel.title_flags:
            self.add(r, PG.mediaNote, self.text(flag))
        self.add(r, DCT.language, _typed_literal(self.lang, XSD.language))
        if rel.issued is not None:  # dct:issued is always a dateTime; the day alone: pg:releaseDate
            self.add(r, DCT.issued, datetime_literal(rel.issued))
        day, on_release = release_day(rel)
        if day is not None:
            self.add(r if on_release else self.rendition_iri, PG.releaseDate, date_literal(day))
        self.add(r, DCT.hasFormat, self.rendition_iri)
        self.map_rendition()
        self.evidence(r, rel.title_span if rel.title else None)

    def map_rendition(self) -> None:
        """The input the release was read from: its bytes' and its text's digests, its
        media type and URL. The text and the HTML of one release are two renditions."""
        n, rel = self.rendition_iri, self.release
        self.add(n, RDF.type, PG.Rendition)
        self.add(n, RDF.type, SCHEMA.MediaObject)
        self.add(n, DCT.isFormatOf, self.release_iri)
        self.add(n, RDFS.label, _plain_literal(rendition_label(self.release_key, rel.media_type,
                                                               rel.content_sha256)))
        self.add(n, SCHEMA.encodingFormat, _plain_literal(rel.media_type))
        self.add(n, DCT.language, _typed_literal(self.lang, XSD.language))
        if rel.source_url:
            self.add(n, SCHEMA.url, Literal(rel.source_url, datatype=XSD.anyURI))
        self.add(n, PG.contentSha256, Literal(rel.content_sha256))
        self.add(n, PG.textSha256, Literal(rel.text_sha256))
        self.add(n, PG.textNormalisation,
                 _plain_literal("NFC; LF line ends; trailing spaces removed"))

    def map_provenance(self) -> None:
        g = self.graph_iri
        run = _uri(self.minter.run(self.options.versions))
        self.add(g, RDF.type, PROV.Entity)
        self.add(g, RDFS.label, _plain_literal(f"graph of release {self.release_key} "
                                               f"({self.lang})"))
        self.add(g, PROV.wasDerivedFrom, self.release_iri)
        self.add(g, PROV.wasGeneratedBy, run)
        self.add(run, RDF.type, PROV.Activity)
        self.add(run, RDFS.label, _plain_literal(f"pressgraph run {str(run).rsplit('/', 1)[-1]}"))
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
        if not self.in_registry(node):  # the registry types its own nodes
            self.add(node, RDF.type, ORG.Organization)
            if mention.side in GOVERNMENT_SIDES or ref.key in self.public_orgs:
                self.public_orgs.add(ref.key)
                self.add(node, RDF.type, CV.PublicOrganisation)
                self.add(node, RDF.type, SCHEMA.GovernmentOrganization)
            else:
                self.add(node, RDF.type, SCHEMA.Organization)
        self.name(node, ref, mention.name)
        if mention.acronym:
            self.acronym(node, ref.key, mention.acronym, mention.span)
        self.add(self.release_iri, SCHEMA.mentions, node)
        self.evidence(node, mention.span)
        return node

    def organisation_named(self, name: str, span: Span) -> URIRef | None:
        return self.organisation(OrganisationMention(name=name, span=span))

    def post(self, mention: PostMention) -> URIRef | None:
        """A post, in the organisation its key places it in (the registry's, or the
        registry organisation a minted post's key is under). The organisation the release
        names with the post is the membership's (org:organization), not the post's."""
        ref = self.resolved.post(mention.title)
        if ref is None:
            self.warn(f"post {mention.title!r} was not resolved; left out of the graph")
            return None
        node = _uri(self.minter.thing(ref.key))
        if not self.in_registry(node):
            self.add(node, RDF.type, ORG.Post)
        self.name(node, ref, mention.title)
        self.evidence(node, mention.span)
        if mention.organisation is not None:
            self.organisation(mention.organisation)
        parent_ref = ref.parent
        registered_parent = self.graph.value(node, ORG.postIn)
        if parent_ref is None and isinstance(registered_parent, URIRef):
            parent_ref = Ref(kind="org", key=self.key_of(registered_parent), labels=(),
                             from_registry=True)
        if parent_ref is not None:
            parent_name = _label_in(parent_ref, self.lang)
            parent = self.organisation_ref(parent_ref, OrganisationMention(parent_name,
                                                                           mention.span))
            if not self.in_registry(node):
                self.add_single(node, ORG.postIn, parent)
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
        if not self.in_registry(node):
            self.add(node, RDF.type, PERSON.Person)
            self.add(node, RDF.type, SCHEMA.Person)
        self.name(node, ref, mention.name, minted_property=FOAF.name)
        printed = " ".join(mention.name.split())
        if mention.honorific or printed not in self.names_of(node):
            report = self.mention(node, ref.key, printed)
            self.evidence(report, mention.span)
            if mention.honorific:
                self.add(report, SCHEMA.honorificPrefix, self.text(mention.honorific))
        self.add(self.release_iri, SCHEMA.mentions, node)
        self.evidence(node, mention.span)
        for post_mention, post in posts:
            self.membership(ref.key, node, post_mention, post, mention)
        return node, [post for _pm, post in posts]

    def membership(self, person_key: str, person: URIRef, mention: PostMention,
                   post: URIRef, holder: PersonMention) -> None:
        """A post held, as this release reports it: an org:Membership of the release's own,
        dated by the release date when there is one, with the organisation and the post's
        title as the release words them (the first wording wins when the release words the
        same post twice)."""
        post_ref = self.resolved.post(mention.title)
        if post_ref is None:
            return
        on = self.release.release_date
        node = self.memberships.get((person_key, post_ref.key))
        if node is None:
            node = _uri(self.minter.membership(str(self.release_iri), len(self.memberships) + 1))
            self.memberships[(person_key, post_ref.key)] = node
            self.add(node, RDF.type, ORG.Membership)
            self.add(node, ORG.member, person)
            self.add(node, PG.post, post)
            if on is not None:
                interval = _uri(f"{node}/during")
                day = _uri(self.minter.day(on))
                self.add(node, ORG.memberDuring, interval)
                self.add(interval, RDF.type, TIME.Interval)
                self.add(interval, TIME.inside, day)
                self.add(day, RDF.type, TIME.Instant)
                self.add(day, TIME.inXSDDate, date_literal(on))
                for language in LANGUAGES:  # the day's name, the same from every release
                    label = _lang_literal(date_text(on, language), language)
                    self.add(day, RDFS.label, label)
                    self.add(interval, RDFS.label, label)
        organisation = None
        if mention.organisation is not None:
            organisation = self.mapped_orgs.get(mention.organisation.name)
        if organisation is None:
            organisation = self.graph.value(post, ORG.postIn)  # type: ignore[assignment]
        if organisation is not None and self.graph.value(node, ORG.organization) is None:
            self.add(node, ORG.organization, organisation)
        wording = post_wording(self.release.text, self.lang, holder, mention)
        if wording and self.graph.value(node, PG.postTitle) is None:
            self.add(node, PG.postTitle, self.text(mention.wording))
            self.label_membership(node, person, post, holder, wording, on)
        self.evidence(node, mention.span)

    def label_membership(self, node: URIRef, person: URIRef, post: URIRef,
                         holder: PersonMention, wording: str, on: object) -> None:
        """'Tony Wong, Commissioner for Digital Policy, 9 October 2024' in every language
        the person and the post are named in (the release's own words in its language)."""
        day = on if on is not None else None
        for language in LANGUAGES:
            if language == self.lang:
                who = " ".join((holder.name or "").split()) or self.label_of(person, language)
                what: str | None = wording
            else:
                who, what = self.label_of(person, language), self.label_of(post, language)
            if who and what:
                self.add(node, RDFS.label, _lang_literal(
                    membership_label(language, who, what, day), language))  # type: ignore[arg-type]

    def place(self, ref: Ref, fallback: str | None, span: Span) -> URIRef:
        """A meeting's place. A registry place keeps the registry's names alone; the
        release's wording of it that the registry lacks (``杭州市`` for 杭州) is the label
        of the release's mention of the place, so that no wording is lost."""
        node = _uri(self.minter.thing(ref.key))
        if not self.in_registry(node):
            self.add(node, RDF.type, SCHEMA.Place)
        self.name(node, ref, fallback)
        self.evidence(node, span)
        if self.in_registry(node):
            names = self.names_of(node)
            for language, label in ref.labels + ref.alt_labels:
                if language == self.lang and label not in names:
                    self.evidence(self.mention(node, ref.key, label), span)
                    break
        return node

    def document(self, title: str, span: Span) -> URIRef:
        node = _uri(self.minter.document(title))
        self.add(node, RDF.type, FOAF.Document)
        self.add(node, RDF.type, SCHEMA.CreativeWork)
        self.add(node, DCT.title, self.text(title))
        self.add(self.release_iri, SCHEMA.mentions, node)
        self.evidence(node, span)
        return node

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
            speaker = None
            if statement.speaker is not None:
                speaker, _posts = self.person(statement.speaker)
                if speaker is not None:
                    self.add(node, SCHEMA.creator, speaker)
            who = self.label_of(speaker, self.lang) if speaker is not None else None
            self.add(node, RDFS.label, self.text(statement_label(self.lang, number, who)))

    def map_acronyms(self) -> None:
        """Acronyms the release defines: the registry's own, or the release's wording on
        its mention of the organisation they stand for."""
        for definition in self.resolved.extraction.acronyms:
            ref = self.resolved.organisation(definition.expansion)
            node = self.mapped_orgs.get(definition.expansion)
            if node is None:
                if ref is None:
                    continue  # "the Meeting" and other short forms of things that are not agents
                node = self.organisation_named(definition.expansion, definition.span)
                if node is None:
                    continue
            key = ref.key if ref is not None else self.key_of(node)
            self.acronym(node, key, definition.short, definition.span)
            self.evidence(node, definition.span)

    def key_of(self, node: URIRef) -> str:
        return str(node).removeprefix(f"{self.minter.base}id/")

    def map_concepts(self) -> None:
        """Copy the type, scheme and labels of every concept used from the ontology."""
        for concept in sorted(self.concepts):
            for subject, predicate, value in concept_statements(concept):
                self.add(subject, predicate, value)  # type: ignore[arg-type]


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


def release_day(release: ParsedRelease) -> tuple[date | None, bool]:
    """The release's day and whether it is the release's own (said on the release node)
    rather than one rendition's (said on the rendition). Every rendition of one release
    gives the release the same day: the day its text prints (dateline, top of the page). A
    day read from a URL alone is the day of that rendition, whose URL it is: the archive's
    folder is the day the page was published, which may be later than the day its ID
    names (``P201106030257`` under ``201106/06``)."""
    if release.release_date is None or release.release_date_source != "url":
        return release.release_date, True
    return release.release_date, False
