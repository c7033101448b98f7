"""Golden file: the sample release exported through the CLI, byte for byte.

The expected output changes whenever extraction, resolution, the mapper, the ontology or
the shapes change (their versions are recorded in the provenance). Review the difference,
then rewrite it with ``bash scripts/test tests/test_golden.py --update-golden``.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner
from rdflib import Graph

from pressgraph import resources
from pressgraph.cli import main
from pressgraph.iri import Minter
from pressgraph.mapper import MapOptions, map_release
from pressgraph.serialize import GraphChunk, Prefixes, serialize
from pressgraph.vocab import prefix_table
from tests.conftest import SAMPLE
from tests.resolved_sample import sample_release

GOLDEN = Path(__file__).parent / "golden" / "sample.ttl"


def _export(tmp_path: Path, *extra: str) -> bytes:
    out = tmp_path / "sample.ttl"
    result = CliRunner().invoke(main, ["-q", "export", str(SAMPLE), "-o", str(out), *extra],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def test_sample_export_matches_golden(tmp_path: Path, update_golden: bool) -> None:
    actual = _export(tmp_path)
    if update_golden:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_bytes(actual)
    expected = GOLDEN.read_bytes()
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.decode("utf-8").splitlines(keepends=True),
            actual.decode("utf-8").splitlines(keepends=True), "golden", "actual", n=1))
        raise AssertionError("the export differs from tests/golden/sample.ttl; review and "
                             f"rerun with --update-golden if intended:\n{diff[:6000]}")


def test_golden_file_is_a_valid_graph_of_the_release() -> None:
    graph = Graph().parse(GOLDEN, format="turtle")
    assert len(graph) == len(list(ox.parse(path=str(GOLDEN), format=ox.RdfFormat.TURTLE)))
    assert "pg:Release" in GOLDEN.read_text(encoding="utf-8")


def test_jsonld_with_the_shipped_context_round_trips_the_mapped_sample() -> None:
    """The hand-written context declares nothing that changes what the output means."""
    base = "https://w3id.org/pressgraph/"
    mapped = map_release(sample_release(), MapOptions(Minter(base), (("pressgraph", "t"),)))
    context = json.loads(resources.read_text("ontology", resources.JSONLD_CONTEXT_FILE))["@context"]
    for prefix, namespace in prefix_table(base):  # as cli/export.py adds the data's prefixes
        context.setdefault(prefix, namespace)
    chunk = [GraphChunk(mapped.graph_iri, mapped.graph)]
    jsonld = serialize(chunk, "json-ld", Prefixes(prefix_table(base)), context)
    nt = serialize(chunk, "nt", Prefixes(prefix_table(base)))
    from_jsonld = {q.triple for q in ox.parse(jsonld.encode(), format=ox.RdfFormat.JSON_LD)}
    from_nt = {q.triple for q in ox.parse(nt.encode(), format=ox.RdfFormat.N_TRIPLES)}
    assert from_jsonld == from_nt and len(from_nt) > 500


def test_context_terms_expand_to_the_model() -> None:
    context = json.loads(resources.read_text("ontology", resources.JSONLD_CONTEXT_FILE))
    doc = {**context, "@id": "https://example.org/m", "@type": ["Meeting", "Event"],
           "ordinal": "19", "startDate": "2024-10-09", "issued": "2024-10-09T16:25:00+08:00",
           "organizer": "https://example.org/body"}
    nt = {f"{q.triple} ." for q in ox.parse(json.dumps(doc).encode(), format=ox.RdfFormat.JSON_LD)}
    m = "<https://example.org/m>"
    pg, xsd = "https://w3id.org/pressgraph/def#", "http://www.w3.org/2001/XMLSchema#"
    assert f'{m} <{pg}ordinal> "19"^^<{xsd}positiveInteger> .' in nt
    assert f'{m} <https://schema.org/startDate> "2024-10-09"^^<{xsd}date> .' in nt
    assert f'{m} <http://purl.org/dc/terms/issued> "2024-10-09T16:25:00+08:00"^^<{xsd}dateTime> .' \
        in nt
    assert f"{m} <https://schema.org/organizer> <https://example.org/body> ." in nt
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    assert f"{m} <{rdf_type}> <{pg}Meeting> ." in nt
