"""``pressgraph export`` writes a release without the fact that breaks a shape.

The fixture release (``tests/fixtures/partial/``, written for these tests, with an older
12-digit release ID) is exported with one fact broken at the mapper level: its second
agenda item loses its title. The release must be written without that item, the rejects
file must hold it, the output must conform to pySHACL, and ``--strict`` must refuse the
release; the same with workers, the render cache and either validator. The development
corpus and the awkward inputs lose no release at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import Dataset, Graph, Literal, URIRef

from pressgraph.cli import main
from pressgraph.errors import ExitCode
from pressgraph.mapper import MappedRelease
from pressgraph.validate import validate
from pressgraph.vocab import DCT
from tests.conftest import CORPUS, FIXTURES, SAMPLE

RELEASE = FIXTURES / "partial" / "P201009140215.txt"
MEETING = "https://w3id.org/pressgraph/id/meeting/hk-shenzhen-cooperation-meeting/2010-09-14"
#: The release's own report of the meeting, under which its agenda items are numbered.
REPORT = ("https://w3id.org/pressgraph/id/release/P201009140215/en/mention/meeting/"
          "hk-shenzhen-cooperation-meeting/2010-09-14")
BROKEN_ITEM = URIRef(f"{REPORT}/agenda/2")
FACT_TEXT = "new boundary control points between the two cities"


@pytest.fixture
def broken_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    """Map the fixture release with its second agenda item missing its title (and the
    sample release with a second title, which its release node cannot survive)."""
    from pressgraph import pipeline
    from pressgraph.triples import TripleSet

    original = pipeline.map_release

    def map_release(resolved, options) -> MappedRelease:  # type: ignore[no-untyped-def]
        mapped = original(resolved, options)
        if mapped.release_iri.endswith("/P201009140215/en"):
            kept = TripleSet()
            for triple in mapped.triples:
                if triple[:2] != (BROKEN_ITEM, DCT.title):
                    kept.add(triple)
            return MappedRelease(mapped.release_iri, mapped.graph_iri, kept, mapped.meetings,
                                 mapped.warnings)
        if resolved.release.source == str(SAMPLE):
            mapped.triples.add((URIRef(mapped.release_iri), DCT.title,
                                Literal("A second title", lang="en")))
        return mapped

    monkeypatch.setattr(pipeline, "map_release", map_release)


def export(tmp_path: Path, *args: str, name: str = "graph.nq") -> tuple[Result, Path, Path]:
    out, rejects = tmp_path / name, tmp_path / f"{name}.rejects.jsonl"
    result = CliRunner().invoke(main, ["export", *args, "-f", "nq", "-o", str(out),
                                       "--rejects", str(rejects)])
    return result, out, rejects


def named_graphs(path: Path) -> dict[str, Graph]:
    dataset = Dataset()
    dataset.parse(path, format="nquads")
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_release_is_written_without_its_broken_fact(tmp_path: Path, broken_fact: None,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    result, out, rejects = export(tmp_path, str(RELEASE))
    assert result.exit_code == ExitCode.PARTIAL == 4, result.output
    assert "0 releases written whole, 1 in part, 0 refused" in result.output
    assert "written without a fact" in caplog.text and FACT_TEXT in caplog.text
    [graph] = named_graphs(out).values()
    check = validate(graph)  # pySHACL, the reference, on what was written
    assert check.conforms, "\n".join(v.describe() for v in check.violations)
    items = {str(s) for s in graph.subjects() if "/agenda/" in str(s)}
    assert items == {f"{REPORT}/agenda/{n}" for n in (1, 3, 4)}
    assert any(str(s) == MEETING for s in graph.subjects())

    [record] = records(rejects)
    assert record["file"] == str(RELEASE) and record["outcome"] == "removed"
    assert record["release"].endswith("/release/P201009140215/en")
    assert record["focus"] == str(BROKEN_ITEM)
    assert record["shape"] == "https://w3id.org/pressgraph/shapes#AgendaItem-title"
    assert record["message"].startswith("An agenda item has exactly one text")
    assert record["evidence"]["exact"] == FACT_TEXT
    assert record["evidence"]["end"] - record["evidence"]["start"] == len(FACT_TEXT)
    removed = Graph().parse(data="\n".join(record["statements"]), format="nt")
    assert (URIRef(MEETING), None, BROKEN_ITEM) in removed
    assert not set(removed) & set(graph)


def test_strict_refuses_the_release_whole(tmp_path: Path, broken_fact: None) -> None:
    result, out, rejects = export(tmp_path, str(RELEASE), "--strict")
    assert result.exit_code == ExitCode.NOT_CONFORMING, result.output
    assert "does not conform" in result.output
    assert "0 releases written whole, 0 in part, 1 refused" in result.output
    assert not out.exists()
    [record] = records(rejects)
    assert record["outcome"] == "refused" and record["statements"] == []
    assert record["focus"] == str(BROKEN_ITEM) and record["evidence"]["exact"] == FACT_TEXT


def test_a_release_node_that_breaks_a_shape_refuses_its_release(tmp_path: Path,
                                                                broken_fact: None) -> None:
    """Refused (exit 1) ranks above written in part; the rest is still written."""
    result, out, rejects = export(tmp_path, str(SAMPLE), str(RELEASE))
    assert result.exit_code == ExitCode.NOT_CONFORMING, result.output
    assert "0 releases written whole, 1 in part, 1 refused" in result.output
    assert [g.endswith("/P201009140215/en") for g in named_graphs(out)] == [True]
    outcomes = [(r["file"], r["outcome"]) for r in records(rejects)]
    assert outcomes == [(str(SAMPLE), "refused"), (str(RELEASE), "removed")]


def test_a_failed_input_ranks_above_written_in_part(tmp_path: Path, broken_fact: None) -> None:
    result, out, _rejects = export(tmp_path, str(RELEASE),
                                   str(CORPUS / "awkward" / "awkward-empty.txt"))
    assert result.exit_code == ExitCode.INPUT, result.output
    assert out.exists()


@pytest.mark.parametrize("args", [("-j", "2"), ("--validator", "pyshacl"), ("--cache", "CACHE")],
                         ids=["jobs", "pyshacl", "cache"])
def test_workers_validators_and_cache_write_the_same(tmp_path: Path, broken_fact: None,
                                                     args: tuple[str, ...]) -> None:
    inputs = (str(RELEASE), str(CORPUS / "en-2015-12-meeting-hk-guangzhou-working-group.txt"))
    plain, plain_out, plain_rejects = export(tmp_path, *inputs, "-j", "1", name="plain.nq")
    assert plain.exit_code == ExitCode.PARTIAL, plain.output
    args = tuple(str(tmp_path / "cache") if a == "CACHE" else a for a in args)
    for run in ("first", "second"):  # the second run of the cache case is all hits
        result, out, rejects = export(tmp_path, *inputs, *args, name=f"{run}.nq")
        assert result.exit_code == ExitCode.PARTIAL, result.output
        assert out.read_bytes() == plain_out.read_bytes()
        assert ([{**r, "file": None} for r in records(rejects)]
                == [{**r, "file": None} for r in records(plain_rejects)])


def test_the_cache_keeps_strict_and_partial_apart(tmp_path: Path, broken_fact: None) -> None:
    cache = str(tmp_path / "cache")
    partial, _out, _rejects = export(tmp_path, str(RELEASE), "--cache", cache, name="a.nq")
    strict, out, rejects = export(tmp_path, str(RELEASE), "--cache", cache, "--strict",
                                  name="b.nq")
    assert partial.exit_code == ExitCode.PARTIAL and strict.exit_code == ExitCode.NOT_CONFORMING
    assert not out.exists() and records(rejects)[0]["outcome"] == "refused"


def test_corpus_and_awkward_inputs_lose_no_release(tmp_path: Path) -> None:
    """Every development-corpus release and awkward input that can be read is written
    whole, in both modes; the one failure is the empty file, which is no release."""
    readable = [p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".html")
                and "gold" not in p.parts and p.name != "awkward-empty.txt"]
    assert len(readable) > 40
    outputs = []
    for mode in ((), ("--strict",)):
        result, out, rejects = export(tmp_path, str(CORPUS), *mode, name=f"corpus{len(mode)}.nq")
        assert result.exit_code == ExitCode.INPUT, result.output
        assert f" {len(readable)} releases written whole, 0 in part, 0 refused;" in result.output
        assert "1 failed" in result.output
        assert "awkward-empty.txt: read: input is empty" in result.output
        assert records(rejects) == []
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
