"""Namespaces pressgraph writes, and the one prefix table every output uses.

schema.org is used with ``https://schema.org/`` throughout (rdflib's ``SDO``), in the
mapper, the shapes, the queries and the JSON-LD context alike.
"""

from __future__ import annotations

from typing import Any

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD

from pressgraph.iri import ONTOLOGY_NAMESPACE

PG = Namespace(ONTOLOGY_NAMESPACE)
CV = Namespace("http://data.europa.eu/m8g/")
OA = Namespace("http://www.w3.org/ns/oa#")
LOCN = Namespace("http://www.w3.org/ns/locn#")
PERSON = Namespace("http://www.w3.org/ns/person#")
EUAUTH = Namespace("http://publications.europa.eu/resource/authority/")
SH = Namespace("http://www.w3.org/ns/shacl#")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")

SCHEMA = SDO
DCT = DCTERMS

__all__ = ["CV", "DCAT", "DCT", "EUAUTH", "FOAF", "LOCN", "OA", "ORG", "OWL", "PERSON", "PG",
           "PROV", "RDF", "RDFS", "SCHEMA", "SH", "SKOS", "TIME", "VOID", "XSD", "Terms",
           "prefix_table"]


class Terms:
    """A namespace whose terms are built once: ``Terms(ORG).postIn`` is ``ORG.postIn``.

    rdflib builds (and checks) a new ``URIRef`` on every attribute access of a namespace;
    code that names the same few terms for every triple it writes reads them through this
    instead. The first access of a name stores the term as an ordinary attribute, so the
    next ones cost what any attribute lookup costs; an unknown name of a closed namespace
    raises ``AttributeError`` as the namespace does.
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace
        self._items: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):  # private and special names are not terms
            raise AttributeError(name)
        term: URIRef = getattr(self._namespace, name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = self._namespace[name]
        return term

    def __str__(self) -> str:
        return str(self._namespace)

    def __repr__(self) -> str:
        return f"Terms({self._namespace!r})"


def prefix_table(base: str) -> list[tuple[str, str]]:
    """Prefixes bound in every output: the vocabularies plus the data's own spaces."""
    return [
        ("cv", str(CV)),
        ("dct", str(DCTERMS)),
        ("foaf", str(FOAF)),
        ("locn", str(LOCN)),
        ("oa", str(OA)),
        ("org", str(ORG)),
        ("owl", str(OWL)),
        ("person", str(PERSON)),
        ("pg", str(PG)),
        ("prov", str(PROV)),
        ("rdf", str(RDF)),
        ("rdfs", str(RDFS)),
        ("schema", str(SDO)),
        ("skos", str(SKOS)),
        ("time", str(TIME)),
        ("xsd", str(XSD)),
        ("pgr", f"{base}id/release/"),
        ("pgm", f"{base}id/meeting/"),
        ("pgo", f"{base}id/org/"),
        ("pgp", f"{base}id/person/"),
        ("pgpost", f"{base}id/post/"),
        ("pgplace", f"{base}id/place/"),
        ("pgb", f"{base}id/body/"),
        ("pgs", f"{base}id/series/"),
    ]
