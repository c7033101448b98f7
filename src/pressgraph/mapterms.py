"""The terms, controlled values and literal builders the release mapper writes with.

Shared by :mod:`pressgraph.mapper` and :mod:`pressgraph.mapper_meetings`; nothing here
knows about a particular release.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache, lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from pressgraph import resources, vocab
from pressgraph.errors import MappingError, ResourceError
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


def date_literal(value: date) -> Literal:
    return _typed_literal(value.isoformat(), XSD.date)


def datetime_literal(value: datetime) -> Literal:
    """xsd:dateTime with an explicit offset, written from a controlled lexical form."""
    offset = value.strftime("%z")
    if not offset:
        raise MappingError(f"date-time {value.isoformat()} has no time zone")
    lexical = value.strftime("%Y-%m-%dT%H:%M:%S") + f"{offset[:3]}:{offset[3:]}"
    return _typed_literal(lexical, XSD.dateTime)


@cache
def ontology_graph() -> Graph:
    """The ontology, read once."""
    graph = Graph()
    try:
        graph.parse(data=resources.read_text("ontology", resources.ONTOLOGY_FILE), format="turtle")
    except ResourceError:
        raise
    except Exception as exc:  # rdflib raises several unrelated exception types
        raise ResourceError(f"ontology/{resources.ONTOLOGY_FILE} does not parse: {exc}") from exc
    return graph


@cache
def concept_statements(concept: URIRef) -> tuple[tuple[URIRef, URIRef, Node], ...]:
    """The type, scheme and labels of a concept, and the type and labels of its scheme, in
    the ontology (which is read once)."""
    ontology = ontology_graph()
    if (concept, RDF.type, SKOS.Concept) not in ontology:
        raise ResourceError(f"concept {concept} is not declared in the ontology")
    statements = [(concept, predicate, value)
                  for predicate in (RDF.type, SKOS.inScheme, SKOS.prefLabel)
                  for value in ontology.objects(concept, predicate)]
    for scheme in ontology.objects(concept, SKOS.inScheme):
        statements += [(scheme, predicate, value)
                       for predicate in (RDF.type, SKOS.prefLabel)
                       for value in ontology.objects(scheme, predicate)]
    return tuple(statements)  # type: ignore[arg-type]


