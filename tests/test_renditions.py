"""Two renditions of one release (its text and its HTML, or one page at two URLs) are one
release node, whatever order or way they are read in:

* the release carries one day, the same from every rendition (ontology: pg:releaseDate);
* loading both into a store gives the graph that exporting both together gives, in the
  embedded store (pyoxigraph) that tests/test_store_load_and_delete.py uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, SDO

from pressgraph.iri import DEFAULT_BASE
from pressgraph.pipeline import map_options, process
from pressgraph.reader import InputRef
from pressgraph.vocab import PG
from tests.conftest import CORPUS
from tests.store_loading import (
    export_nquads,
    export_registry_nquads,
    quads_of_file,
    quads_of_store,
    run,
)
from tests.test_union_conforms import _problems, _union

TEXT = CORPUS / "en-2025-07-meeting-steering-committee-typhoon.txt"
PAGE = CORPUS / "html-2025-07-meeting-steering-committee-typhoon.html"
UNDATED = "A title\n\n     A body paragraph about a working meeting.\n"


def _two_copies(tmp_path: Path) -> tuple[Path, Path]:
    """One page saved twice, with LF and with CRLF line ends: two renditions (two byte
    digests) of one text."""
    first, second = tmp_path / "page.txt", tmp_path / "page-crlf.txt"
    first.write_bytes(UNDATED.encode())
    second.write_bytes(UNDATED.replace("\n", "\r\n").encode())
    return first, second


def _mapped(path: Path, url: str | None = None):  # type: ignore[no-untyped-def]
    ref = InputRef(source=str(path), path=path, source_url=url)
    processed = process(ref, map_options(DEFAULT_BASE))
    assert processed.conforms, [v.describe() for v in processed.validation.violations]
    return processed.mapped


def _union_of(*mapped) -> Graph:  # type: ignore[no-untyped-def]
    graph = Graph()
    for one in mapped:
        for triple in one.triples:
            graph.add(triple)
    return graph


def test_the_corpus_text_and_html_are_two_renditions_of_one_release() -> None:
    text, page = _mapped(TEXT), _mapped(PAGE)
    assert text.release_iri == page.release_iri and text.graph_iri == page.graph_iri
    union = _union_of(text, page)
    assert len(set(union.objects(URIRef(text.release_iri), DCTERMS.hasFormat))) == 2
    assert len(set(union.objects(URIRef(text.release_iri), PG.releaseDate))) == 1


@pytest.mark.parametrize(("first_url", "second_url", "days"), [
    # named by its ID: each rendition has the day its URL's folder gives (the day it was
    # published), not the day the ID names
    ("https://www.info.gov.hk/gia/general/202508/10/P2025080800369p.htm",
     "https://www.info.gov.hk/gia/general/202508/09/P2025080800369.htm",
     {"2025-08-10", "2025-08-09"}),
    # named by its text's digest and dated by its URLs alone
    ("https://www.example.org/news/2024/10/09/page.htm",
     "https://www.example.org/news/2024/10/10/page.htm",
     {"2024-10-09", "2024-10-10"}),
])
def test_a_page_without_a_dateline_has_each_urls_day_on_its_rendition(
        tmp_path: Path, first_url: str, second_url: str, days: set[str]) -> None:
    """One page without a dateline at two URLs that give two days is one release node; its
    renditions carry the days, the release none, and the union conforms."""
    lf, crlf = _two_copies(tmp_path)
    first, second = _mapped(lf, first_url), _mapped(crlf, second_url)
    assert first.release_iri == second.release_iri
    union = _union_of(first, second)
    release = URIRef(first.release_iri)
    assert union.value(release, PG.releaseDate) is None
    renditions = set(union.objects(release, DCTERMS.hasFormat))
    assert {str(union.value(r, PG.releaseDate)) for r in renditions} == days
    assert not _problems(_union([first.triples, second.triples]), reference=False)


def test_one_file_saved_at_two_urls_is_two_renditions_each_with_its_url(
        tmp_path: Path) -> None:
    """The same bytes fetched from two addresses (a mirror, a moved page) are two
    renditions: each has one URL, and the union of the two still conforms."""
    lf, _ = _two_copies(tmp_path)
    first = _mapped(lf, "https://www.example.org/news/2024/10/09/page.htm")
    second = _mapped(lf, "https://mirror.example.net/2024/10/09/page.htm")
    assert first.release_iri == second.release_iri
    union = _union_of(first, second)
    renditions = set(union.objects(URIRef(first.release_iri), DCTERMS.hasFormat))
    assert len(renditions) == 2
    assert all(len(set(union.objects(r, SDO.url))) == 1 for r in renditions)
    assert not _problems(_union([first.triples, second.triples]), reference=False)


def test_one_file_read_twice_from_one_url_is_one_rendition(tmp_path: Path) -> None:
    lf, _ = _two_copies(tmp_path)
    url = "https://www.example.org/news/2024/10/09/page.htm"
    assert set(_mapped(lf, url).triples) == set(_mapped(lf, url).triples)


def test_loading_two_renditions_gives_the_graph_that_exporting_them_gives(
        tmp_path: Path) -> None:
    inputs = [TEXT, PAGE]
    exported = quads_of_file(export_nquads(tmp_path, inputs)) | quads_of_file(
        export_registry_nquads(tmp_path))
    for order in (inputs, inputs[::-1]):
        store = tmp_path / f"store-{order[0].suffix[1:]}"
        result = run("load", "--no-ontology", *order, "--store", store)
        assert result.exit_code == 0, result.output
        assert quads_of_store(store) == exported
        graphs = len({q[3] for q in exported})
        assert f"{graphs} named graphs, {len(exported)} triples" in result.output, result.output


def test_loading_a_release_again_still_replaces_its_graph(tmp_path: Path) -> None:
    """Renditions given to one load are merged; a later load of the release replaces it."""
    store = tmp_path / "store"
    assert run("load", "--no-ontology", TEXT, PAGE, "--store", store).exit_code == 0
    assert run("load", "--no-ontology", TEXT, "--store", store).exit_code == 0
    alone = quads_of_file(export_nquads(tmp_path, [TEXT])) | quads_of_file(
        export_registry_nquads(tmp_path))
    assert quads_of_store(store) == alone
