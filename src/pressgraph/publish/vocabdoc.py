"""HTML documentation of the ontology and the shapes, generated from their Turtle."""

from __future__ import annotations

from pathlib import PurePosixPath

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from pressgraph.iri import ONTOLOGY_NAMESPACE
from pressgraph.publish.markup import Markup, join, tag, void
from pressgraph.publish.pages import PageBuilder
from pressgraph.serialize import Prefixes
from pressgraph.vocab import DCT

SECTIONS = (
    ("Classes", OWL.Class),
    ("Object properties", OWL.ObjectProperty),
    ("Datatype properties", OWL.DatatypeProperty),
    ("Annotation properties", OWL.AnnotationProperty),
    ("Concept schemes", SKOS.ConceptScheme),
    ("Concepts", SKOS.Concept),
)


def _text(graph: Graph, node: URIRef, prop: URIRef, lang: str | None = None) -> list[str]:
    values = [o for o in graph.objects(node, prop) if isinstance(o, Literal)]
    if lang is not None:
        values = [v for v in values if (v.language or "").lower() == lang.lower()]
    return sorted(str(v) for v in values)


def ontology_page(builder: PageBuilder, ontology: Graph, here: PurePosixPath,
                  turtle_href: str) -> str:
    prefixes = builder.prefixes
    ontologies = sorted(ontology.subjects(RDF.type, OWL.Ontology), key=str)
    title = "pressgraph ontology"
    intro: list[object] = []
    for node in ontologies:
        if not isinstance(node, URIRef):
            continue
        title = (_text(ontology, node, DCT.title, "en") or [title])[0]
        intro += [tag("p", tag("code", str(node))),
                  *[tag("p", c) for c in _text(ontology, node, RDFS.comment)],
                  *[tag("p", "Version: ", v) for v in _text(ontology, node, OWL.versionInfo)]]
    sections = []
    for heading, cls in SECTIONS:
        terms = sorted((t for t in ontology.subjects(RDF.type, cls)
                        if isinstance(t, URIRef) and str(t).startswith(ONTOLOGY_NAMESPACE)),
                       key=str)
        if not terms:
            continue
        entries = [_term_entry(builder, ontology, here, term, prefixes) for term in terms]
        sections.append(join([tag("h2", heading), *entries]))
    main = join([tag("h1", title), *intro,
                 tag("p", "Machine-readable: ", tag("a", "Turtle", href=turtle_href,
                                                    type="text/turtle"), class_="formats"),
                 *sections])
    head = void("link", rel="alternate", type="text/turtle", href=turtle_href)
    return builder.frame(here, title, main, head)


def _term_entry(builder: PageBuilder, ontology: Graph, here: PurePosixPath, term: URIRef,
                prefixes: Prefixes) -> Markup:
    local = str(term)[len(ONTOLOGY_NAMESPACE):]
    labels = _text(ontology, term, RDFS.label) + _text(ontology, term, SKOS.prefLabel)
    rows = []
    for name, prop in (("Comment", RDFS.comment), ("Definition", SKOS.definition)):
        for text in _text(ontology, term, prop):
            rows.append(tag("tr", tag("th", name), tag("td", text)))
    for name, prop in (("Subclass of", RDFS.subClassOf), ("Subproperty of", RDFS.subPropertyOf),
                       ("Domain", RDFS.domain), ("Range", RDFS.range),
                       ("Equivalent to", OWL.equivalentClass), ("In scheme", SKOS.inScheme)):
        values = sorted((o for o in ontology.objects(term, prop) if isinstance(o, URIRef)),
                        key=str)
        if values:
            cells = join([builder.link(here, v, prefixes.iri(str(v)).strip("<>"))
                          for v in values], ", ")
            rows.append(tag("tr", tag("th", name), tag("td", cells)))
    return tag("section", tag("h3", " / ".join(dict.fromkeys(labels)) or local, " ",
                              tag("code", f"pg:{local}", class_="muted")),
               tag("table", rows) if rows else None, id=local)


def shapes_page(builder: PageBuilder, shapes: list[tuple[str, Graph]],
                here: PurePosixPath) -> str:
    prefixes = builder.prefixes
    sections = []
    for file_name, graph in shapes:
        entries = []
        for shape in sorted((s for s in graph.subjects(RDF.type, SH.NodeShape)
                             if isinstance(s, URIRef)), key=str):
            targets = sorted(str(t) for t in graph.objects(shape, SH.targetClass))
            paths = []
            for prop in graph.objects(shape, SH.property):
                path = graph.value(prop, SH.path)
                if isinstance(path, URIRef):
                    counts = [f"{n} {v}" for n, p in (("min", SH.minCount), ("max", SH.maxCount))
                              if (v := graph.value(prop, p)) is not None]
                    paths.append((prefixes.iri(str(path)).strip("<>"), ", ".join(counts)))
            entries.append(tag("li", tag("code", prefixes.iri(str(shape)).strip("<>")),
                               " targets ", join([tag("code", prefixes.iri(t).strip("<>"))
                                                  for t in targets], ", ") or "—",
                               tag("ul", [tag("li", tag("code", p), f" ({c})" if c else None)
                                          for p, c in sorted(paths)])))
        sections.append(join([tag("h2", file_name),
                              tag("p", tag("a", "Turtle", href=file_name, type="text/turtle")),
                              tag("ul", entries)]))
    main = join([tag("h1", "Shapes"),
                 tag("p", "The SHACL shapes the data and the dataset description are "
                          "validated against."), *sections])
    return builder.frame(here, "Shapes", main)
