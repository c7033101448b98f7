"""VoID and DCAT 3 descriptions of a publication, from the options and the data.

One node is both the ``void:Dataset`` and the ``dcat:Dataset``; a ``dcat:Catalog`` lists it;
each dump is a ``dcat:Distribution`` with its media type, byte size and SHA-256 checksum
(SPDX). Nodes are minted with :class:`pressgraph.iri.Minter` from fixed natural keys, so the
description has no blank nodes and serialises byte-identically.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, RDF, RDFS, XSD

from pressgraph.iri import Minter, digest, slug
from pressgraph.publish.config import PublishOptions, settings
from pressgraph.serialize import Prefixes
from pressgraph.vocab import DCAT, DCT, VOID

SPDX = Namespace("http://spdx.org/rdf/terms#")
IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"


@dataclass(frozen=True)
class Dump:
    key: str  # "turtle", "nt", ...
    path: str  # relative to the site root
    media_type: str  # of the data, which the file holds gzip-compressed
    byte_size: int  # of the file
    sha256: str


@dataclass(frozen=True)
class DatasetNodes:
    catalog: URIRef
    dataset: URIRef
    publisher: URIRef
    rights_holder: URIRef


def dataset_nodes(minter: Minter, options: PublishOptions) -> DatasetNodes:
    attribution = settings()["attribution"]
    publisher = (URIRef(options.publisher) if options.publisher
                 else URIRef(minter.thing("agent/publisher")))
    return DatasetNodes(
        catalog=URIRef(minter.thing("catalog")),
        dataset=URIRef(minter.thing("dataset")),
        publisher=publisher,
        rights_holder=URIRef(minter.thing(attribution["rights_holder_key"])),
    )


def attribution_graph(nodes: DatasetNodes, options: PublishOptions) -> Graph:
    """The rights holder and (when minted here) the publisher, with their names."""
    attribution = settings()["attribution"]
    graph = Graph()
    graph.add((nodes.rights_holder, RDF.type, FOAF.Agent))
    for lang, name in sorted(attribution["rights_holder_names"].items()):
        graph.add((nodes.rights_holder, FOAF.name, Literal(name, lang=lang)))
    graph.add((nodes.rights_holder, FOAF.homepage, URIRef(attribution["source"])))
    graph.add((nodes.publisher, RDF.type, FOAF.Agent))
    graph.add((nodes.publisher, FOAF.name, Literal(options.publisher_name)))
    return graph


def describe_dataset(entities: int, data: Graph, nodes: DatasetNodes, minter: Minter,
                     options: PublishOptions, dumps: list[Dump], shapes: list[str],
                     prefixes: Prefixes, examples: list[URIRef]) -> Graph:
    base = minter.base
    attribution = settings()["attribution"]
    g = Graph()
    ds, cat = nodes.dataset, nodes.catalog
    g.add((cat, RDF.type, DCAT.Catalog))
    g.add((cat, DCT.title, Literal(f"{options.title} (catalogue)", lang="en")))
    g.add((cat, DCT.publisher, nodes.publisher))
    g.add((cat, DCAT.dataset, ds))
    g.add((cat, FOAF.homepage, URIRef(base)))
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, DCT.title, Literal(options.title, lang="en")))
    g.add((ds, DCT.description, Literal(
        "Meetings, standing bodies, agencies, posts, people, places and agenda items reported "
        "in Hong Kong government press releases, extracted by pressgraph with the release "
        f"text span of every fact. Text mode: {options.text_mode}.", lang="en")))
    g.add((ds, DCT.publisher, nodes.publisher))
    g.add((ds, DCT.rightsHolder, nodes.rights_holder))
    g.add((ds, DCT.source, URIRef(attribution["source"])))
    g.add((ds, DCT.rights, Literal(attribution["rights"], lang="en")))
    if options.licence:
        g.add((ds, DCT.license, URIRef(options.licence)))
    g.add((ds, FOAF.homepage, URIRef(base)))
    g.add((ds, VOID.uriSpace, Literal(f"{base}id/")))
    g.add((ds, VOID.triples, _count(len(data))))
    g.add((ds, VOID.entities, _count(entities)))
    g.add((ds, VOID.distinctSubjects, _count(len(set(data.subjects())))))
    g.add((ds, VOID.properties, _count(len(set(data.predicates())))))
    for shape in shapes:
        g.add((ds, DCT.conformsTo, URIRef(shape)))
    if options.sparql_endpoint:
        g.add((ds, VOID.sparqlEndpoint, URIRef(options.sparql_endpoint)))
    for example in examples:
        g.add((ds, VOID.exampleResource, example))
    _temporal(g, ds, data, minter)
    _partitions(g, ds, data, minter, prefixes)
    for dump in dumps:
        _distribution(g, ds, dump, base, minter, options)
    return g


def _count(n: int) -> Literal:
    return Literal(str(n), datatype=XSD.integer)


def _temporal(g: Graph, ds: URIRef, data: Graph, minter: Minter) -> None:
    views = settings()["views"]
    days = sorted(str(o)[:10] for p in (views["start_date"], views["release_date"])
                  for o in data.objects(None, URIRef(p)) if isinstance(o, Literal))
    days = [d for d in days if len(d) == 10 and d[4] == "-"]
    if not days:
        return
    period = URIRef(minter.thing("dataset/period"))
    g.add((ds, DCT.temporal, period))
    g.add((period, RDF.type, DCT.PeriodOfTime))
    g.add((period, DCAT.startDate, Literal(days[0], datatype=XSD.date)))
    g.add((period, DCAT.endDate, Literal(days[-1], datatype=XSD.date)))


def _partitions(g: Graph, ds: URIRef, data: Graph, minter: Minter, prefixes: Prefixes) -> None:
    """Class and property partitions (void:Dataset nodes), labelled with the term's name."""
    classes = Counter(o for _s, o in data.subject_objects(RDF.type) if isinstance(o, URIRef))
    g.add((ds, VOID.classes, _count(len(classes))))
    class_keys = _partition_keys(sorted(classes, key=str), prefixes)
    for cls in sorted(classes, key=str):
        node = URIRef(minter.thing(f"dataset/class/{class_keys[cls]}"))
        g.add((ds, VOID.classPartition, node))
        g.add((node, RDF.type, VOID.Dataset))
        g.add((node, RDFS.label, Literal(f"Class partition: {_name(cls, prefixes)}", lang="en")))
        g.add((node, VOID["class"], cls))
        g.add((node, VOID.entities, _count(classes[cls])))
    properties = Counter(p for _s, p, _o in data)
    property_keys = _partition_keys(sorted(properties, key=str), prefixes)
    for prop in sorted(properties, key=str):
        node = URIRef(minter.thing(f"dataset/property/{property_keys[prop]}"))
        g.add((ds, VOID.propertyPartition, node))
        g.add((node, RDF.type, VOID.Dataset))
        g.add((node, RDFS.label,
               Literal(f"Property partition: {_name(prop, prefixes)}", lang="en")))
        g.add((node, VOID.property, prop))
        g.add((node, VOID.triples, _count(properties[prop])))


def _name(term: URIRef, prefixes: Prefixes) -> str:
    return prefixes.iri(str(term)).strip("<>")


def _partition_keys(terms: list[URIRef], prefixes: Prefixes) -> dict[URIRef, str]:
    """A slug per term; terms whose slugs clash (``pg:Item``/``pg:item``) get a digest too."""
    slugs = {term: slug(_name(term, prefixes)) for term in terms}
    clashes = Counter(slugs.values())
    return {term: (value if clashes[value] == 1 else f"{value}-{digest(str(term), 8)}")
            for term, value in slugs.items()}


def _distribution(g: Graph, ds: URIRef, dump: Dump, base: str, minter: Minter,
                  options: PublishOptions) -> None:
    node = URIRef(minter.thing(f"dataset/dump/{dump.key}"))
    checksum = URIRef(minter.thing(f"dataset/dump/{dump.key}/checksum"))
    url = URIRef(base + dump.path)
    g.add((ds, DCAT.distribution, node))
    g.add((ds, VOID.dataDump, url))
    g.add((node, RDF.type, DCAT.Distribution))
    g.add((node, DCT.title, Literal(f"Dump ({dump.media_type}, gzip)", lang="en")))
    g.add((node, DCAT.downloadURL, url))
    g.add((node, DCAT.accessURL, url))
    g.add((node, DCAT.mediaType, URIRef(IANA_MEDIA_TYPES + dump.media_type)))
    g.add((node, DCAT.compressFormat, URIRef(IANA_MEDIA_TYPES + "application/gzip")))
    g.add((node, DCAT.byteSize, Literal(str(dump.byte_size), datatype=XSD.nonNegativeInteger)))
    g.add((node, SPDX.checksum, checksum))
    if options.licence:
        g.add((node, DCT.license, URIRef(options.licence)))
    g.add((checksum, RDF.type, SPDX.Checksum))
    g.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    g.add((checksum, SPDX.checksumValue, Literal(dump.sha256, datatype=XSD.hexBinary)))
