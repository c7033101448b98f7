"""The union outputs (Turtle, N-Triples, JSON-LD) hold each statement once, in bounded
memory; TriG and N-Quads keep one named graph per release; the summary counts distinct
triples; a property's literals have one datatype across the union."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from pressgraph import union
from pressgraph.batch import BatchSettings, RenderCache, Rendered, render_all
from pressgraph.cli import main
from pressgraph.pipeline import map_options, process
from pressgraph.reader import iter_inputs
from pressgraph.serialize import GraphChunk, Prefixes, StreamWriter, jsonld_nodes, turtle_body
from pressgraph.vocab import prefix_table
from tests.conftest import CORPUS, SAMPLE

BASE = "https://w3id.org/pressgraph/"
OX = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
      "json-ld": ox.RdfFormat.JSON_LD, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}
RDFLIB = {"turtle": "turtle", "nt": "nt", "json-ld": "json-ld", "trig": "trig", "nq": "nquads"}
SUMMARY = re.compile(r"; \d+ meetings, (\d+) triples(?: \((\d+) in named graphs\))? -> ")


def export(tmp_path: Path, name: str, *args: str) -> tuple[Path, str]:
    out = tmp_path / name
    result = CliRunner().invoke(main, ["export", "-j", "1", *args, "-o", str(out)],
                                catch_exceptions=False)
    assert out.exists(), result.output
    return out, result.output


def statements(path: Path, fmt: str) -> list[ox.Quad]:
    return list(ox.parse(path=str(path), format=OX[fmt]))


@pytest.fixture(scope="module")
def corpus_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    directory = tmp_path_factory.mktemp("union")
    return {fmt: export(directory, f"all.{fmt}", str(SAMPLE), str(CORPUS), "-f", fmt)
            for fmt in OX}


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_each_triple_once_in_a_union(corpus_outputs: dict[str, tuple[Path, str]],
                                     fmt: str) -> None:
    path, output = corpus_outputs[fmt]
    found = statements(path, fmt)
    graph = Graph().parse(path, format=RDFLIB[fmt])
    assert len(found) == len(set(found)) == len(graph) > 10_000  # rdflib and Oxigraph agree
    assert {str(q.graph_name) for q in found} == {"DEFAULT"}
    match = SUMMARY.search(output)
    assert match and int(match.group(1)) == len(graph), output  # the summary: distinct


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_quad_formats_keep_a_graph_per_release(corpus_outputs: dict[str, tuple[Path, str]],
                                               fmt: str) -> None:
    path, output = corpus_outputs[fmt]
    found = statements(path, fmt)
    assert len(found) == len(set(found))  # a release given twice adds only what it lacked
    graphs = {str(q.graph_name) for q in found}
    assert all(g.startswith(f"<{BASE}graph/release/") for g in graphs) and len(graphs) > 30
    turtle, _ = corpus_outputs["turtle"]
    triples = {q.triple for q in found}
    assert triples == {q.triple for q in statements(turtle, "turtle")}  # same union
    match = SUMMARY.search(output)
    assert match and int(match.group(1)) == len(triples) and int(match.group(2)) == len(found)


def test_the_union_holds_every_statement_of_every_release_graph(
        corpus_outputs: dict[str, tuple[Path, str]]) -> None:
    dataset = Dataset(default_union=True).parse(corpus_outputs["nq"][0], format="nquads")
    union_graph = Graph().parse(corpus_outputs["turtle"][0], format="turtle")
    assert set(dataset.triples((None, None, None))) == set(union_graph)


def test_the_bound_changes_no_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Spilling sorted runs to disk (and merging them in several passes) writes what the
    in-memory path writes; the temporary directory is gone afterwards."""
    inputs = (str(SAMPLE), str(CORPUS))
    for fmt in ("turtle", "json-ld", "nq"):
        memory, _ = export(tmp_path, f"memory.{fmt}", *inputs, "-f", fmt)
        monkeypatch.setattr(union, "SPOOL_LIMIT", 40)
        monkeypatch.setattr(union, "MERGE_FAN_IN", 3)
        monkeypatch.setattr(union, "DIGEST_MEMORY", 64)
        made: list[str] = []
        original = union._TempDir.file

        def recording(self: union._TempDir, name: str, *, made: list[str] = made,
                      original: Callable[[union._TempDir, str], str] = original) -> str:
            made.append(original(self, name))
            return made[-1]

        monkeypatch.setattr(union._TempDir, "file", recording)
        spilled, _ = export(tmp_path, f"spilled.{fmt}", *inputs, "-f", fmt)
        monkeypatch.undo()
        assert len(made) > 20 and not any(Path(p).exists() for p in made)
        assert spilled.read_bytes() == memory.read_bytes(), fmt


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld", "trig", "nq"])
def test_a_release_given_twice_is_written_once(tmp_path: Path, fmt: str) -> None:
    once, _ = export(tmp_path, f"once.{fmt}", str(SAMPLE), "-f", fmt)
    twice, _ = export(tmp_path, f"twice.{fmt}", str(SAMPLE), str(SAMPLE), "-f", fmt)
    assert twice.read_bytes() == once.read_bytes()


def test_text_and_html_of_a_release_share_their_statements(tmp_path: Path) -> None:
    """The HTML and the text of one release name the same release: the union writes
    what both say once, and what only the later one says after the releases."""
    text = CORPUS / "en-2025-07-meeting-steering-committee-typhoon.txt"
    html = CORPUS / "html-2025-07-meeting-steering-committee-typhoon.html"
    path, _ = export(tmp_path, "pair.ttl", str(text), str(html))
    found = statements(path, "turtle")
    assert len(found) == len(set(found))
    single = [statements(export(tmp_path, f"{p.stem}.ttl", str(p))[0], "turtle")
              for p in (text, html)]
    assert {q.triple for q in found} == {q.triple for s in single for q in s}


def test_shared_blocks_are_written_as_the_release_writer_writes_them() -> None:
    """Statements that go through the union's records come out in the same Turtle and
    JSON-LD as :func:`turtle_body` and :func:`jsonld_nodes` write for a whole graph."""
    processed = process(next(iter(iter_inputs([str(SAMPLE)]))), map_options(BASE))
    triples = list(processed.mapped.triples)
    prefixes = Prefixes(prefix_table(BASE))
    chunk = [GraphChunk("urn:example:nothing-is-its-own", triples)]
    from pressgraph.serialize import serialize

    assert serialize(chunk, "turtle", prefixes) == \
        prefixes.header() + "\n" + turtle_body(triples, prefixes)
    import json

    nodes = json.loads(serialize(chunk, "json-ld", prefixes))["@graph"]
    assert nodes == jsonld_nodes(triples, prefixes)


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld", "trig", "nq"])
def test_a_rendered_chunk_reads_back_to_its_digests(fmt: str) -> None:
    """What a release given twice is compared by: the digests of a chunk read back from
    its text equal the worker's, in every format and language."""
    prefixes = Prefixes(prefix_table(BASE))
    writer = StreamWriter(fmt, prefixes)  # type: ignore[arg-type]
    reader = union.UnionWriter(writer, _Discard())
    for ref in iter_inputs([str(CORPUS)]):
        try:
            mapped = process(ref, map_options(BASE)).mapped
        except Exception:  # the corpus's deliberately bad inputs
            continue
        chunk, part = union.chunk_part(GraphChunk(mapped.graph_iri, mapped.triples,
                                                  (mapped.release_iri,)), fmt)
        read = sorted(union.digest(r) for r in reader.records(writer.render(chunk)))
        assert b"".join(read) == part.digests, ref.source
    reader.close()


def test_a_cache_hit_carries_the_union_part(tmp_path: Path) -> None:
    settings = BatchSettings(options=map_options(BASE), fmt="turtle", union=True)
    refs = list(iter_inputs([str(SAMPLE)]))
    (fresh,) = render_all(refs, settings, cache=RenderCache(tmp_path, settings))
    (hit,) = render_all(refs, settings, cache=RenderCache(tmp_path, settings))
    assert isinstance(fresh, Rendered) and isinstance(hit, Rendered) and hit.cached
    assert fresh.union is not None and fresh.union.shared and hit.union == fresh.union


def test_one_datatype_per_property(corpus_outputs: dict[str, tuple[Path, str]],
                                   tmp_path: Path) -> None:
    """Across the releases and the registry graph, a property's literals have one
    datatype (or are all language-tagged), but for the registry's dates, written as
    precisely as their source gives them (ontology/README.md) and plain-string labels of
    the software and the registry's sources beside the language-tagged ones."""
    registry = tmp_path / "registry.nt"
    assert CliRunner().invoke(main, ["registry", "export", "-f", "nt", "-o", str(registry)]
                              ).exit_code == 0
    kinds: dict[str, set[str]] = defaultdict(set)
    for path, fmt in ((corpus_outputs["nt"][0], "nt"), (registry, "nt")):
        for quad in statements(path, fmt):
            obj = quad.object
            if isinstance(obj, ox.Literal):
                kinds[quad.predicate.value].add(
                    "lang" if obj.language else obj.datatype.value.rsplit("#", 1)[-1])
    mixed = {p: k for p, k in kinds.items() if len(k) > 1}
    documented = {"http://purl.org/dc/terms/date", "https://schema.org/foundingDate",
                  "https://schema.org/dissolutionDate",
                  "http://www.w3.org/2000/01/rdf-schema#label"}
    assert set(mixed) <= documented, mixed
    assert kinds["http://purl.org/dc/terms/issued"] == {"dateTime"}
    assert kinds["https://w3id.org/pressgraph/def#releaseDate"] == {"date"}
    assert "http://data.europa.eu/m8g/eventNumber" not in kinds


class _Discard:
    def write(self, text: str) -> None:
        pass


def test_no_room_for_the_temporary_runs_is_a_clear_error(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    out = tmp_path / "out.ttl"
    out.write_text("previous\n", encoding="utf-8")
    monkeypatch.setattr(union, "SPOOL_LIMIT", 10)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing" / "dir"))
    result = CliRunner().invoke(main, ["export", "-j", "1", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert "cannot write the union's temporary files" in result.output
    assert out.read_text(encoding="utf-8") == "previous\n"
