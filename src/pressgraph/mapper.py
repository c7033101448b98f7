"""Stage 5: a resolved release becomes RDF, in the release's own named graph.

This is the only module (with the ontology and shapes files) that speaks in RDF terms.
Every IRI comes from :class:`pressgraph.iri.Minter`; every literal gets an explicit
datatype or language tag built from a controlled lexical form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rdflib import Graph, Literal, URIRef

from pressgraph import __version__
from pressgraph.iri import Minter
from pressgraph.model import ParsedRelease, ResolvedRelease, Span
from pressgraph.vocab import DCT, EUAUTH, FOAF, OA, PG, PROV, RDF, RDFS, SCHEMA, XSD

PRESS_RELEASE_TYPE = EUAUTH["resource-type/PRESS_REL"]
SOFTWARE_IRI = URIRef("https://w3id.org/pressgraph/software")


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
    graph: Graph
    meetings: int


def date_literal(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


def datetime_literal(value: datetime) -> Literal:
    """xsd:dateTime with an explicit offset, written from a controlled lexical form."""
    offset = value.strftime("%z")
    lexical = value.strftime("%Y-%m-%dT%H:%M:%S") + f"{offset[:3]}:{offset[3:]}"
    return Literal(lexical, datatype=XSD.dateTime)


class _Builder:
    """Collects the triples of one release graph."""

    def __init__(self, resolved: ResolvedRelease, options: MapOptions):
        self.resolved = resolved
        self.release: ParsedRelease = resolved.release
        self.options = options
        self.minter = options.minter
        self.lang = self.release.language
        self.graph = Graph()
        self.release_iri = URIRef(self.minter.release(resolved.release_key, self.lang))
        self.graph_iri = URIRef(self.minter.release_graph(resolved.release_key, self.lang))

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.graph.add((s, p, o))

    def text(self, value: str) -> Literal:
        return Literal(value, lang=self.lang)

    def evidence(self, node: URIRef, span: Span) -> None:
        """Link a node to the words it was extracted from (Web Annotation selectors)."""
        if node != self.release_iri:
            self.add(node, PROV.wasDerivedFrom, self.release_iri)
        if not self.options.evidence:
            return
        span_iri = URIRef(self.minter.span(str(self.release_iri), span.start, span.end))
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
        self.add(position, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger))
        self.add(position, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger))

    # ------------------------------------------------------------------ release

    def map_release(self) -> None:
        r, rel = self.release_iri, self.release
        self.add(r, RDF.type, SCHEMA.NewsArticle)
        self.add(r, RDF.type, FOAF.Document)
        self.add(r, RDF.type, PG.Release)
        self.add(r, DCT.type, PRESS_RELEASE_TYPE)
        self.add(r, DCT.identifier, Literal(self.resolved.release_key))
        self.add(r, DCT.title, self.text(rel.title))
        self.add(r, RDFS.label, self.text(rel.title_clean))
        for flag in rel.title_flags:
            self.add(r, PG.mediaNote, self.text(flag))
        self.add(r, DCT.language, Literal(self.lang, datatype=XSD.language))
        if rel.issued is not None:
            self.add(r, DCT.issued, datetime_literal(rel.issued))
        elif rel.release_date is not None:
            self.add(r, DCT.issued, date_literal(rel.release_date))
        if rel.release_date is not None:
            self.add(r, PG.releaseDate, date_literal(rel.release_date))
        if rel.source_url:
            self.add(r, SCHEMA.url, Literal(rel.source_url, datatype=XSD.anyURI))
        self.add(r, PG.textSha256, Literal(rel.text_sha256))
        self.add(r, PG.contentSha256, Literal(rel.content_sha256))
        self.add(r, PG.textNormalisation, Literal("NFC; LF line ends; trailing spaces removed"))
        self.evidence(r, rel.title_span)

    def map_provenance(self) -> None:
        g = self.graph_iri
        run = URIRef(self.minter.run(self.options.versions))
        self.add(g, RDF.type, PROV.Entity)
        self.add(g, PROV.wasDerivedFrom, self.release_iri)
        self.add(g, PROV.wasGeneratedBy, run)
        self.add(run, RDF.type, PROV.Activity)
        self.add(run, PROV.wasAssociatedWith, SOFTWARE_IRI)
        for component, version in sorted(self.options.versions):
            self.add(run, PG.usedVersion, Literal(f"{component} {version}"))
        if self.options.run_timestamp is not None:
            self.add(run, PROV.startedAtTime, datetime_literal(self.options.run_timestamp))
        self.add(SOFTWARE_IRI, RDF.type, PROV.SoftwareAgent)
        self.add(SOFTWARE_IRI, RDFS.label, Literal("pressgraph"))
        self.add(SOFTWARE_IRI, SCHEMA.softwareVersion, Literal(__version__))


def map_release(resolved: ResolvedRelease, options: MapOptions) -> MappedRelease:
    builder = _Builder(resolved, options)
    builder.map_release()
    builder.map_provenance()
    return MappedRelease(
        release_iri=str(builder.release_iri),
        graph_iri=str(builder.graph_iri),
        graph=builder.graph,
        meetings=len(resolved.meetings),
    )
