from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner
from rdflib import Graph

from pressgraph.cli import main
from tests.conftest import CORPUS, ROOT, SAMPLE


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_export_sample_parses_in_two_parsers(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    result = run("export", str(SAMPLE), "-o", str(out))
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out, format="turtle")
    oxi = list(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE))
    assert len(graph) == len(oxi) > 0


def test_every_format_round_trips(tmp_path: Path) -> None:
    fmt_map = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
               "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
               "json-ld": ox.RdfFormat.JSON_LD}
    counts = {}
    for fmt, ox_fmt in fmt_map.items():
        out = tmp_path / f"graph.{fmt}"
        assert run("export", str(SAMPLE), "-f", fmt, "-o", str(out)).exit_code == 0
        counts[fmt] = len({q.triple for q in ox.parse(path=str(out), format=ox_fmt)})
    assert len(set(counts.values())) == 1, counts


def test_empty_file_fails_without_traceback(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    result = run("export", str(CORPUS / "awkward" / "awkward-empty.txt"), "-o", str(out))
    assert result.exit_code == 2
    assert "awkward-empty.txt" in result.output and "empty" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_batch_goes_past_a_bad_file(tmp_path: Path) -> None:
    out, errors = tmp_path / "graph.nq", tmp_path / "errors.jsonl"
    result = run("export", str(CORPUS / "awkward"), "-f", "nq", "-o", str(out),
                 "--errors", str(errors))
    assert result.exit_code == 2
    graphs = {q.graph_name for q in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)}
    assert len(graphs) == 3
    report = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [r["file"].endswith("awkward-empty.txt") for r in report] == [True]
    assert report[0]["stage"] == "read"


def test_missing_input_is_exit_2() -> None:
    result = run("export", "no/such/file.txt")
    assert result.exit_code == 2 and "no such file" in result.output


def test_output_identical_across_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2", "random"):
        out = tmp_path / f"graph-{seed}.ttl"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "pressgraph", "-q", "export", str(SAMPLE),
                        str(CORPUS / "en-2025-10-meeting-expert-group-informatisation.txt"),
                        "-o", str(out)], check=True, env=env, cwd=ROOT)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_query_releases_json(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    assert run("export", str(SAMPLE), "-o", str(out)).exit_code == 0
    result = run("query", "releases", "--data", str(out), "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.output)
    assert document["head"]["vars"] == ["release", "title", "issued", "language", "identifier"]
    [row] = document["results"]["bindings"]
    assert row["issued"] == {"type": "literal", "value": "2024-10-09T16:25:00+08:00",
                             "datatype": "http://www.w3.org/2001/XMLSchema#dateTime"}


def test_help_everywhere() -> None:
    for command in ([], ["export"], ["validate"], ["query"]):
        result = run(*command, "--help")
        assert result.exit_code == 0 and "Usage" in result.output


def test_run_time_only_on_request(tmp_path: Path) -> None:
    plain, timed = tmp_path / "plain.ttl", tmp_path / "timed.ttl"
    assert run("export", str(SAMPLE), "-o", str(plain)).exit_code == 0
    assert run("export", str(SAMPLE), "-o", str(timed), "--record-time").exit_code == 0
    assert "startedAtTime" not in plain.read_text()
    assert "prov:startedAtTime" in timed.read_text()


def test_release_with_an_older_twelve_digit_id_is_written_whole(tmp_path: Path) -> None:
    """info.gov.hk releases before about 2011 have 4 digits after the date, not 5."""
    release = tmp_path / "P201006030123.txt"
    release.write_bytes((CORPUS / "en-2010-06-meeting-strategic-development-research-group.txt")
                        .read_bytes())
    out = tmp_path / "graph.ttl"
    result = run("export", str(release), "-o", str(out))
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out, format="turtle")
    release_iri = "https://w3id.org/pressgraph/id/release/P201006030123/en"
    assert any(str(s) == release_iri for s in graph.subjects())
    assert '"P201006030123"' in out.read_text(encoding="utf-8")
