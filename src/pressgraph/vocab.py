"""Namespaces pressgraph writes, and the one prefix table every output uses.

schema.org is used with ``https://schema.org/`` throughout (rdflib's ``SDO``), in the
mapper, the shapes, the queries and the JSON-LD context alike.
"""

from __future__ import annotations

from rdflib import Namespace
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
           "PROV", "RDF", "RDFS", "SCHEMA", "SH", "SKOS", "TIME", "VOID", "XSD", "prefix_table"]


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
