"""Stage 5 for the registry: the curated registry becomes RDF, in the registry graph.

The release mapper (:mod:`pressgraph.mapper`) writes into each release graph only the
labels of the registry nodes that release uses. This module publishes the registry's own
facts once, in the named graph ``{base}graph/registry``, under the same IRIs:

* organisations (``org:Organization``, ``org:FormalOrganization``), with their parent
  (``org:subOrganizationOf``; ``org:unitOf`` for internal departments), jurisdiction
  (``dct:spatial``), founding and dissolution dates;
* standing bodies (``org:OrganizationalCollaboration``) with their parties (``org:hasMember``);
* posts (``org:Post``) with the organisation they are in (``org:postIn``);
* renames, mergers and splits (``org:ChangeEvent``: ``org:originalOrganization`` /
  ``org:resultingOrganization``, and ``org:changedBy`` / ``org:resultedFrom`` from the
  organisations), dated with an OWL-Time instant (``time:hasTime``) and ``dct:date``;
* places and venues (``schema:Place``, ``schema:containedInPlace``);
* people (``person:Person``) with their name in each language (``foaf:name``, as the
  release graphs name them); the posts the registry lists for a person only tell
  namesakes apart and are not published (releases state who held a post when);
* every label in English, Traditional and Simplified Chinese (``skos:prefLabel``, one per
  language; ``skos:altLabel``; acronyms as ``pg:acronym``), and ``dct:source`` naming the
  source each record comes from.

The graph node itself is a ``prov:Entity`` with the registry's version
(``dct:hasVersion``), so a store says which registry it holds. No outside identifier
(GeoNames, Wikidata) is written: the registry cites none (see its README).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import Literal as TypingLiteral

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DC
from rdflib.term import Node

from pressgraph import __version__, registry, resources
from pressgraph.errors import ResourceError
from pressgraph.iri import Minter, key
from pressgraph.mapterms import GOVERNMENT_SIDES, SOFTWARE_IRI
from pressgraph.serialize import GraphChunk
from pressgraph.triples import TripleSet
from pressgraph.validate import ValidationResult, ontology_graph, validate
from pressgraph.vocab import (
    CV,
    DCT,
    FOAF,
    ORG,
    PERSON,
    PG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    TIME,
    XSD,
)

SHAPES_FILE = "registry.shacl.ttl"

#: A department inside an organisation of one of these kinds (a ministry's Department of
#: Foreign Assistance, a party committee's Organization Department) is an internal unit
#: (``org:OrganizationalUnit``, ``org:unitOf``), not an organisation in its own right like
#: an HKSAR department under its bureau (``org:subOrganizationOf``).
UNIT_KIND = "department"
UNIT_PARENT_KINDS = frozenset({"ministry", "commission", "party-committee"})

#: The kinds of change in Traditional and Simplified Chinese (English is the kind itself).
CHANGE_KIND_LABELS: dict[str, tuple[str, str]] = {
    "established": ("成立", "成立"), "merged": ("合併", "合并"), "renamed": ("改名", "改名"),
    "replaced": ("取代", "取代"), "restructured": ("重組", "重组"), "split": ("分拆", "分拆"),
}
CHANGE_KIND_SCHEME_LABELS = (("en", "Kinds of organisational change"),
                             ("zh-Hant", "機構變更類別"), ("zh-Hans", "机构变更类别"))

_DATE_FORMS = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date, TIME.inXSDDate),
    (re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])$"), XSD.gYearMonth, TIME.inXSDgYearMonth),
    (re.compile(r"^\d{4}$"), XSD.gYear, TIME.inXSDgYear),
)


@dataclass(frozen=True)
class MappedRegistry:
    graph_iri: str
    triples: TripleSet
    version: str  # registry.version()
    change_events: int
    warnings: tuple[str, ...] = ()

    @cached_property
    def graph(self) -> Graph:
        return self.triples.to_graph()

    def chunk(self) -> GraphChunk:
        """The registry graph as a chunk for the writers and the loader."""
        return GraphChunk(self.graph_iri, self.triples)


def date_literal(text: str, where: str) -> tuple[Literal, URIRef]:
    """A partial ISO date as a typed literal (xsd:date, gYearMonth or gYear) and the
    OWL-Time property that carries it on an instant."""
    for pattern, datatype, time_property in _DATE_FORMS:
        if pattern.match(text):
            return Literal(text, datatype=datatype), time_property
    raise ResourceError(f"{where}: date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


class _RegistryBuilder:
    def __init__(self, minter: Minter, org_kinds: dict[str, str]):
        self.minter = minter
        self.org_kinds = org_kinds  # organisation key -> kind, for units
        self.graph = TripleSet()
        self.graph_iri = URIRef(minter.registry_graph())
        self.warnings: list[str] = []
        self.change_events = 0
        self.known: set[str] = set()  # natural keys of every node the registry defines
        self.references: list[tuple[str, str]] = []  # (where, key) to check at the end
        self.sources: set[str] = set()

    # ------------------------------------------------------------------ helpers

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.graph.add((s, p, o))

    def node(self, natural_key: str) -> URIRef:
        return URIRef(self.minter.thing(natural_key))

    def ref(self, natural_key: str, where: str) -> URIRef:
        """The node of a key another record names; checked once every record is in."""
        self.references.append((where, natural_key))
        return self.node(natural_key)

    def labels(self, node: URIRef, labels: registry.Labels, alt_labels: registry.Labels,
               acronyms: Iterable[str] = (), label_property: URIRef = SKOS.prefLabel) -> None:
        """One preferred label (or name, for people) per language, as the release mapper
        writes them; other names are skos:altLabel."""
        preferred: set[str] = set()
        for language, text in labels:
            literal = Literal(text, lang=language)
            if language in preferred:  # one preferred label per language
                self.add(node, SKOS.altLabel, literal)
            else:
                preferred.add(language)
                self.add(node, label_property, literal)
        for language, text in alt_labels:
            literal = Literal(text, lang=language)
            if (node, label_property, literal) not in self.graph:
                self.add(node, SKOS.altLabel, literal)
        for acronym in acronyms:
            literal = Literal(acronym, lang="zh-Hant" if registry.is_chinese(acronym) else "en")
            self.add(node, SKOS.altLabel, literal)
            self.add(node, PG.acronym, literal)

    def source(self, node: URIRef, source_key: str | None, where: str) -> None:
        if not source_key:
            return
        self.references.append((where, f"source/{source_key}"))
        self.add(node, DCT.source, URIRef(self.minter.source(source_key)))

    def dated(self, node: URIRef, prop: URIRef, when: str | None, where: str) -> None:
        if when:
            self.add(node, prop, date_literal(when, where)[0])

    def instant(self, when: str, where: str) -> URIRef:
        literal, time_property = date_literal(when, where)
        node = URIRef(self.minter.instant(when))
        self.add(node, RDF.type, TIME.Instant)
        self.add(node, time_property, literal)
        return node

    # ------------------------------------------------------------------ records

    def organisation(self, org: registry.Organisation) -> None:
        where = f"registry file orgs.csv, {org.key}"
        node = self.node(org.key)
        self.known.add(org.key)
        self.add(node, RDF.type, ORG.Organization)
        self.add(node, RDF.type, ORG.FormalOrganization)
        if org.side in GOVERNMENT_SIDES:
            self.add(node, RDF.type, CV.PublicOrganisation)
            self.add(node, RDF.type, SCHEMA.GovernmentOrganization)
        else:
            self.add(node, RDF.type, SCHEMA.Organization)
        self.add(node, DCT.identifier, Literal(org.key))
        self.labels(node, org.labels, org.alt_labels, org.acronyms)
        if org.parent:
            parent = self.ref(org.parent, where)
            if org.kind == UNIT_KIND and self.org_kinds.get(org.parent) in UNIT_PARENT_KINDS:
                self.add(node, RDF.type, ORG.OrganizationalUnit)
                self.add(node, ORG.unitOf, parent)
                self.add(parent, ORG.hasUnit, node)
            else:
                self.add(node, ORG.subOrganizationOf, parent)
                self.add(parent, ORG.hasSubOrganization, node)
        if org.jurisdiction:
            self.add(node, DCT.spatial, self.ref(key("place", org.jurisdiction), where))
        self.dated(node, SCHEMA.foundingDate, org.established, where)
        self.dated(node, SCHEMA.dissolutionDate, org.dissolved, where)
        self.source(node, org.source, where)

    def body(self, body: registry.Body) -> None:
        where = f"registry file bodies.csv, {body.key}"
        node = self.node(body.key)
        self.known.add(body.key)
        for cls in (ORG.OrganizationalCollaboration, ORG.Organization, SCHEMA.Organization):
            self.add(node, RDF.type, cls)
        self.add(node, DCT.identifier, Literal(body.key))
        self.labels(node, body.labels, body.alt_labels, body.acronyms)
        for party in body.parties:
            self.add(node, ORG.hasMember, self.ref(party, where))
        if body.parent:
            parent = self.ref(body.parent, where)
            self.add(node, ORG.subOrganizationOf, parent)
            self.add(parent, ORG.hasSubOrganization, node)
        self.dated(node, SCHEMA.foundingDate, body.established, where)
        self.source(node, body.source, where)

    def post(self, post: registry.Post) -> None:
        where = f"registry file posts.csv, {post.key}"
        node = self.node(post.key)
        self.known.add(post.key)
        self.add(node, RDF.type, ORG.Post)
        self.add(node, DCT.identifier, Literal(post.key))
        self.labels(node, post.labels, post.alt_labels)
        organisation = self.ref(post.organisation, where)
        self.add(node, ORG.postIn, organisation)
        self.add(organisation, ORG.hasPost, node)
        self.source(node, post.source, where)

    def change(self, change: registry.Change) -> None:
        where = f"registry file changes.csv, {change.key}"
        node = URIRef(self.minter.change_event(change.key))
        self.known.add(change.key)
        self.change_events += 1
        self.add(node, RDF.type, ORG.ChangeEvent)
        self.add(node, RDF.type, PROV.Activity)
        self.add(node, DCT.identifier, Literal(change.key))
        if change.en:  # the one sentence is the event's name and its description
            self.add(node, SKOS.prefLabel, Literal(change.en, lang="en"))
            self.add(node, DCT.description, Literal(change.en, lang="en"))
        if change.date:
            self.add(node, DCT.date, date_literal(change.date, where)[0])
            self.add(node, TIME.hasTime, self.instant(change.date, where))
        self.add(node, DCT.type, self.change_kind(change.kind))
        for before in change.before:
            organisation = self.ref(before, where)
            self.add(node, ORG.originalOrganization, organisation)
            self.add(organisation, ORG.changedBy, node)
        for after in change.after:
            organisation = self.ref(after, where)
            self.add(node, ORG.resultingOrganization, organisation)
            self.add(organisation, ORG.resultedFrom, node)
        self.source(node, change.source, where)

    def change_kind(self, kind: str) -> URIRef:
        scheme = URIRef(self.minter.change_kind())
        concept = URIRef(self.minter.change_kind(kind))
        self.add(scheme, RDF.type, SKOS.ConceptScheme)
        for language, label in CHANGE_KIND_SCHEME_LABELS:
            self.add(scheme, SKOS.prefLabel, Literal(label, lang=language))
        self.add(concept, RDF.type, SKOS.Concept)
        self.add(concept, SKOS.inScheme, scheme)
        self.add(concept, SKOS.prefLabel, Literal(kind, lang="en"))
        for language, label in zip(("zh-Hant", "zh-Hans"), CHANGE_KIND_LABELS.get(kind, ()),
                                   strict=False):
            self.add(concept, SKOS.prefLabel, Literal(label, lang=language))
        return concept

    def place(self, place: registry.Place, file: str) -> None:
        natural_key = key("place", place.key)
        where = f"registry file {file}, {place.key}"
        node = self.node(natural_key)
        self.known.add(natural_key)
        self.add(node, RDF.type, SCHEMA.Place)
        self.add(node, DCT.identifier, Literal(natural_key))
        self.labels(node, place.labels, place.alt_labels)
        if place.within:
            self.add(node, SCHEMA.containedInPlace, self.ref(key("place", place.within), where))
        self.source(node, place.source, where)

    def person(self, person: registry.Person) -> None:
        where = f"registry file people.csv, {person.key}"
        node = self.node(person.key)
        self.known.add(person.key)
        self.add(node, RDF.type, PERSON.Person)
        self.add(node, RDF.type, SCHEMA.Person)
        self.add(node, DCT.identifier, Literal(person.key))
        self.labels(node, person.labels, person.alt_labels, label_property=FOAF.name)
        self.source(node, person.source, where)

    def source_record(self, source: registry.Source) -> None:
        node = URIRef(self.minter.source(source.key))
        self.known.add(f"source/{source.key}")
        self.add(node, RDF.type, FOAF.Document)
        self.add(node, RDF.type, DCT.BibliographicResource)
        self.add(node, DCT.title, Literal(source.title, lang="en"))
        if source.publisher:
            self.add(node, DC.publisher, Literal(source.publisher, lang="en"))
        if source.url:
            self.add(node, SCHEMA.url, Literal(source.url, datatype=XSD.anyURI))

    # ------------------------------------------------------------------ the graph

    def provenance(self, version: str) -> None:
        g = self.graph_iri
        self.add(g, RDF.type, PROV.Entity)
        self.add(g, DCT.title, Literal("The pressgraph registry", lang="en"))
        self.add(g, DCT.description, Literal(
            "Organisations, standing bodies, posts, places and organisational changes that "
            "the press releases name, with labels in English and Chinese.", lang="en"))
        self.add(g, DCT.hasVersion, Literal(version))
        self.add(g, PROV.wasAttributedTo, SOFTWARE_IRI)
        self.add(SOFTWARE_IRI, RDF.type, PROV.SoftwareAgent)
        self.add(SOFTWARE_IRI, RDFS.label, Literal("pressgraph"))
        self.add(SOFTWARE_IRI, SCHEMA.softwareVersion, Literal(__version__))

    def check_references(self) -> None:
        """Every key a record names is a record of the registry (a typo would make a node
        with no label and no type)."""
        dangling = sorted({(where, k) for where, k in self.references if k not in self.known})
        if dangling:
            listed = "; ".join(f"{where}: {k!r}" for where, k in dangling[:10])
            raise ResourceError(f"the registry names keys it does not define: {listed}")


def map_registry(minter: Minter,
                 records: Iterable[registry.Record | registry.Person] | None = None,
                 version: str | None = None) -> MappedRegistry:
    """The registry graph of ``records`` (default: the whole registry, people included)."""
    if records is None:  # dict.fromkeys: people once, should records() come to yield them
        records = dict.fromkeys([*registry.records(), *registry.people()])
    records = list(records)
    org_kinds = {r.key: r.kind for r in records if isinstance(r, registry.Organisation)}
    builder = _RegistryBuilder(minter, org_kinds)
    venues = set(registry.venues())
    for record in records:
        if isinstance(record, registry.Organisation):
            builder.organisation(record)
        elif isinstance(record, registry.Body):
            builder.body(record)
        elif isinstance(record, registry.Post):
            builder.post(record)
        elif isinstance(record, registry.Change):
            builder.change(record)
        elif isinstance(record, registry.Place):
            builder.place(record, "venues.csv" if record in venues else "places.csv")
        elif isinstance(record, registry.Source):
            builder.source_record(record)
        elif isinstance(record, registry.Person):
            builder.person(record)
        else:
            kind = type(record).__name__
            message = f"registry records of kind {kind} are not published in the registry graph"
            if message not in builder.warnings:
                builder.warnings.append(message)
    builder.check_references()
    version = registry.version() if version is None else version
    builder.provenance(version)
    return MappedRegistry(graph_iri=str(builder.graph_iri), triples=builder.graph,
                          version=version, change_events=builder.change_events,
                          warnings=tuple(builder.warnings))


# --------------------------------------------------------------------------- in release graphs

#: What a release graph restates about a registry node it names: the node's types,
#: identifier and names, and the organisation a post is in. A release graph says nothing
#: else about a registry node (ontology/README.md, "Shared nodes and the release's own
#: nodes"), so these statements are the registry graph's own, word for word.
NAMING_PROPERTIES = frozenset({RDF.type, DCT.identifier, SKOS.prefLabel, SKOS.altLabel,
                               PG.acronym, FOAF.name, ORG.postIn})


@lru_cache(maxsize=4)
def registry_naming(base: str) -> dict[URIRef, tuple[tuple[URIRef, Node], ...]]:
    """Per registry node (under ``base``), its naming statements in the registry graph."""
    naming: dict[URIRef, list[tuple[URIRef, Node]]] = {}
    for s, p, o in map_registry(Minter(base)).triples:
        if p in NAMING_PROPERTIES and isinstance(s, URIRef):
            naming.setdefault(s, []).append((p, o))  # type: ignore[arg-type]
    return {s: tuple(statements) for s, statements in naming.items()}


# --------------------------------------------------------------------------- validation


@cache
def registry_shapes() -> Graph:
    """The shapes of the registry graph (shapes/registry.shacl.ttl)."""
    graph = Graph()
    try:
        graph.parse(data=resources.read_text("shapes", SHAPES_FILE), format="turtle")
    except ResourceError:
        raise
    except Exception as exc:  # rdflib raises several unrelated exception types
        raise ResourceError(f"shapes/{SHAPES_FILE} does not parse as Turtle: {exc}") from exc
    return graph


def check_registry(mapped: MappedRegistry,
                   validator: TypingLiteral["fast", "pyshacl"] = "fast") -> ValidationResult:
    """SHACL-validate the registry graph against shapes/registry.shacl.ttl: the compiled
    validator, or pySHACL itself (the reference; also when the compiler lacks a feature)."""
    if validator == "fast":
        from pressgraph.shacl_fast import FastValidator, UnsupportedShapesError

        try:
            fast = FastValidator(registry_shapes(), ontology_graph())
        except UnsupportedShapesError:
            fast = None
        if fast is not None:
            return fast.validate_triples(mapped.triples)
    return validate(mapped.graph, shapes=registry_shapes())
