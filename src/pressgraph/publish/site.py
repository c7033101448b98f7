"""Build a whole static site from graph chunks: pages, documents, dumps, dataset
description, ontology and shapes, server configuration. Deterministic: the same chunks and
options give the same bytes; the site directory is replaced only when everything was built.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import os
import re
import shutil
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF

from pressgraph import resources
from pressgraph.errors import MappingError, OutputError
from pressgraph.iri import Minter
from pressgraph.publish import conneg
from pressgraph.publish.config import PublishOptions, package_text, settings
from pressgraph.publish.dataset import Dump, attribution_graph, dataset_nodes, describe_dataset
from pressgraph.publish.documents import describe, owners, to_turtle
from pressgraph.publish.pages import (
    AGENCIES_FILE,
    BODIES_FILE,
    CSS_FILE,
    HOME_FILE,
    MEETINGS_FILE,
    ONTOLOGY_FILE,
    SHAPES_FILE,
    Attribution,
    PageBuilder,
    page_file,
)
from pressgraph.publish.paths import site_file
from pressgraph.publish.sitegraph import SiteGraph
from pressgraph.publish.textmode import apply_text_mode
from pressgraph.publish.vocabdoc import ontology_page, shapes_page
from pressgraph.serialize import MEDIA_TYPES, SUFFIXES, Format, GraphChunk, Prefixes, serialize
from pressgraph.validate import ontology_graph, validate
from pressgraph.vocab import DCAT, SH, VOID, prefix_table

DATASET_SHAPES_FILE = "dataset.shacl.ttl"
# one full dump: TriG keeps each release's named graph and is the smallest compressed
# (Turtle, N-Triples, N-Quads and JSON-LD are each one conversion away)
DUMP_FORMATS: tuple[Format, ...] = ("trig",)
DUMP_NAMES = {"turtle": "Turtle", "nt": "N-Triples", "trig": "TriG", "nq": "N-Quads",
              "json-ld": "JSON-LD"}
MARKER = ".pressgraph-site"
SERVER_DIR = ".server"
_SAFE_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")


@dataclass(frozen=True)
class SiteReport:
    things: int  # things of the data with a page (the dataset description's not counted)
    pages: int
    files: int
    triples: int
    bytes: int


class SitePrefixes(Prefixes):
    """The shared prefix table, writing ``rdf:type`` in full wherever it appears, and in
    Turtle the data's IRIs that no prefix can shorten relative to ``@base <{base}id/>``
    (``<meeting/hk-gd-expert-group-informatisation/19/participation/...>``).

    :meth:`Prefixes.term` abbreviates ``rdf:type`` to ``a`` in every position, which is not
    Turtle when the IRI is an object (a VoID property partition of ``rdf:type``).
    """

    def __init__(self, table: list[tuple[str, str]], base: str = ""):
        super().__init__(table)
        self._abbreviated: dict[str, str] = {}
        self.things = f"{base}id/" if base else ""

    def header(self, syntax="turtle"):  # type: ignore[no-untyped-def]
        text = super().header(syntax)
        if self.things and syntax == "turtle":
            text += f"@base <{self.things}> .\n"
        return text

    def term(self, term):  # type: ignore[no-untyped-def]
        if isinstance(term, URIRef) and term == RDF.type:
            return "rdf:type"
        text = super().term(term)
        if (self.things and isinstance(term, URIRef) and text.startswith("<")
                and text.startswith(self.things, 1) and ":" not in text[len(self.things) + 1:]):
            return "<" + text[len(self.things) + 1:]
        return text

    def iri(self, iri: str) -> str:
        found = self._abbreviated.get(iri)
        if found is None:
            found = self._abbreviated[iri] = super().iri(iri)
        return found


def site_prefixes(base: str) -> Prefixes:
    extra = [("dcat", str(DCAT)), ("void", str(VOID)), ("sh", str(SH)),
             ("spdx", "http://spdx.org/rdf/terms#")]
    return SitePrefixes(prefix_table(base) + extra, base)


def jsonld_context(base: str, prefixes: Prefixes) -> dict:
    context = json.loads(resources.read_text("ontology", resources.JSONLD_CONTEXT_FILE))
    inner = dict(context.get("@context", {}))
    for prefix, namespace in prefixes.ordered:
        inner.setdefault(prefix, namespace)
    return inner


def build_files(chunks: list[GraphChunk], options: PublishOptions) -> tuple[
        dict[PurePosixPath, str | bytes], SiteReport]:
    """Every file of the site, by path relative to the site root."""
    minter = Minter(options.base)
    base = minter.base
    prefixes = site_prefixes(base)
    published = [GraphChunk(c.name, apply_text_mode(c.graph, options.text_mode))
                 for c in chunks]
    data = Graph()
    for chunk in published:
        for triple in chunk.graph:
            data.add(triple)
    files: dict[PurePosixPath, str | bytes] = {}

    dumps = []
    context = jsonld_context(base, prefixes)
    for fmt in DUMP_FORMATS:  # gzip-compressed: a tenth of the size
        path = PurePosixPath("dumps", "pressgraph" + SUFFIXES[fmt] + ".gz")
        blob = gzip.compress(serialize(published, fmt, prefixes, context).encode("utf-8"),
                             compresslevel=9, mtime=0)
        files[path] = blob
        dumps.append(Dump(fmt, str(path), MEDIA_TYPES[fmt], len(blob),
                          hashlib.sha256(blob).hexdigest()))

    shape_texts = {
        resources.SHAPES_FILE: resources.read_text("shapes", resources.SHAPES_FILE),
        DATASET_SHAPES_FILE: resources.read_text("shapes", DATASET_SHAPES_FILE),
    }
    shape_iris = [f"{base}shapes/{name}" for name in sorted(shape_texts)]
    data_site = SiteGraph(data, base)
    nodes = dataset_nodes(minter, options)
    description = describe_dataset(len(data_site.pages), data, nodes, minter, options, dumps,
                                   shape_iris, prefixes, example_resources(data_site))
    description += attribution_graph(nodes, options)
    check_description(description, shape_texts[DATASET_SHAPES_FILE])

    full = data + description
    site = SiteGraph(full, base, ontology_graph())
    attribution = settings()["attribution"]
    builder = PageBuilder(site, options, prefixes, Attribution(
        nodes.rights_holder, attribution["source"], attribution["source_name"],
        attribution["rights"]), nodes.dataset)

    owned: dict[URIRef, list[URIRef]] = defaultdict(list)
    builder.owner = owners(site)
    for node, owner in builder.owner.items():
        owned[owner].append(node)
    for iri in site.pages:  # a release's named graph is described with the release
        named_graph = URIRef(f"{base}graph/{str(iri)[len(base) + len('id/'):]}")
        if named_graph in site.out:
            owned[iri].append(named_graph)
    for iri in site.pages:
        sources = sources_of(site, iri) or [attribution["source"]]
        graph = describe(site, iri, sorted(owned.get(iri, []), key=str), sources,
                         nodes.rights_holder, options.licence, nodes.dataset)
        files[page_file(str(iri), base, ".ttl")] = to_turtle(graph, prefixes)
        parts = sorted(owned.get(iri, []), key=str)
        files[page_file(str(iri), base)] = builder.resource_page(iri, sources, parts)

    files[PurePosixPath("dataset.ttl")] = to_turtle(description, prefixes)
    files[BODIES_FILE] = builder.bodies_page()
    files[AGENCIES_FILE] = builder.agencies_page()
    files[MEETINGS_FILE] = builder.meetings_page()
    files.update(builder.type_pages())
    counts = {"bodies": len(builder.bodies()), "agencies": len(builder.agencies()),
              "meetings": len(builder.meetings()), "pages": len(site.pages)}
    files[HOME_FILE] = builder.home_page(
        counts, [(f"{DUMP_NAMES[fmt]} ({MEDIA_TYPES[fmt]}, gzip)", PurePosixPath(d.path))
                 for fmt, d in zip(DUMP_FORMATS, dumps, strict=True)])
    ontology_text = resources.read_text("ontology", resources.ONTOLOGY_FILE)
    files[PurePosixPath("def.ttl")] = ontology_text
    files[ONTOLOGY_FILE] = ontology_page(builder, ontology_graph(), ONTOLOGY_FILE, "def.ttl")
    shape_graphs = []
    for name in sorted(shape_texts):
        files[PurePosixPath("shapes", name)] = shape_texts[name]
        shape_graphs.append((name, parsed_turtle(shape_texts[name])))
    files[SHAPES_FILE] = shapes_page(builder, shape_graphs, SHAPES_FILE)
    files[CSS_FILE] = package_text("templates", "style.css")
    files[PurePosixPath(".htaccess")] = conneg.apache_htaccess(base)
    files[PurePosixPath(SERVER_DIR, "nginx-http.conf")] = conneg.nginx_http(base)
    files[PurePosixPath(SERVER_DIR, "nginx-server.conf")] = conneg.nginx_server(base)
    files[PurePosixPath(MARKER)] = "A site generated by pressgraph publish.\n"
    size = sum(len(t if isinstance(t, bytes) else t.encode("utf-8")) for t in files.values())
    return files, SiteReport(len(data_site.pages), len(site.pages), len(files), len(data), size)


def example_resources(site: SiteGraph, limit: int = 3) -> list[URIRef]:
    """A few representative things: meetings first, then bodies, then anything."""
    views = settings()["views"]
    preferred = [URIRef(views["meeting_type"]), *[URIRef(t) for t in views["body_types"]]]
    found: list[URIRef] = []
    for cls in preferred:
        found += [s for s in site.instances(cls) if s not in found]
    found += [s for s in site.pages if s not in found]
    return found[:limit]


def sources_of(site: SiteGraph, iri: URIRef) -> list[str]:
    """The original release URLs a thing was taken from."""
    ev = {k: URIRef(v) for k, v in settings()["evidence"].items()}
    releases = {iri}
    releases |= {o for o in site.values(iri, PROV.wasDerivedFrom) if isinstance(o, URIRef)}
    for span in site.values(iri, ev["evidence"]):
        if isinstance(span, URIRef):
            releases |= {o for o in site.values(span, ev["source"]) if isinstance(o, URIRef)}
    urls = {str(u) for r in releases for u in site.values(r, ev["url"])}
    return sorted(u for u in urls if _SAFE_URL.match(u))


@functools.cache
def parsed_turtle(text: str) -> Graph:
    """A shipped Turtle file, parsed once per process (callers must not change it)."""
    return Graph().parse(data=text, format="turtle")


def check_description(description: Graph, shapes_text: str) -> None:
    result = validate(description, shapes=parsed_turtle(shapes_text))
    if not result.conforms:
        first = result.violations[0]
        raise MappingError(f"the dataset description does not conform to "
                           f"shapes/{DATASET_SHAPES_FILE}: {first.focus_node} "
                           f"{first.path or ''}: {first.message}")


def write_site(files: dict[PurePosixPath, str | bytes], site_dir: Path) -> None:
    """Write into a temporary sibling, then swap it for ``site_dir`` in one rename."""
    site_dir = site_dir.absolute()
    if site_dir.exists() and not (site_dir / MARKER).is_file() and (
            not site_dir.is_dir() or any(site_dir.iterdir())):
        raise OutputError("exists and is not a pressgraph site; refusing to replace it "
                          "(choose a new or empty directory)", source=str(site_dir))
    temp = site_dir.parent / f".{site_dir.name}.{os.getpid()}.pressgraph-tmp"
    old = site_dir.parent / f".{site_dir.name}.{os.getpid()}.pressgraph-old"
    try:
        site_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(temp, ignore_errors=True)
        temp.mkdir()
        for relative in sorted(files):
            target = site_file(temp, relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            content = files[relative]
            if isinstance(content, bytes):
                target.write_bytes(content)
                continue
            with target.open("w", encoding="utf-8", newline="\n") as handle:
                handle.write(content)
        if site_dir.exists():
            site_dir.rename(old)
        temp.rename(site_dir)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        _undo_site(temp, old, site_dir)
        raise OutputError(f"cannot write the site: {exc.strerror or exc}",
                          source=str(site_dir)) from exc
    except BaseException:  # interrupted (Ctrl-C, SIGTERM): the earlier site stays as it was
        _undo_site(temp, old, site_dir)
        raise


def _undo_site(temp: Path, old: Path, site_dir: Path) -> None:
    """Remove a half-written site and put the earlier one back if it was moved aside."""
    shutil.rmtree(temp, ignore_errors=True)
    if old.exists() and not site_dir.exists():
        old.rename(site_dir)


def build_site(chunks: list[GraphChunk], options: PublishOptions, site_dir: Path) -> SiteReport:
    files, report = build_files(chunks, options)
    write_site(files, site_dir)
    return report
