"""Pipes, empty inputs and what the messages name.

A closed standard output ends a command quietly (exit 0); an empty or non-RDF file is an
input error for ``validate`` and ``query``; ``load`` and ``publish`` write nothing when
no input can be used; the summary names only what was written; a failure names its file
once; ``-v`` and ``-q`` work after the subcommand too.
"""

from __future__ import annotations

import logging
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pressgraph.cli import main
from pressgraph.stores.embedded import EmbeddedStore
from tests.conftest import CORPUS, ROOT, SAMPLE
from tests.processes import alive, children_of, command, kill_group

EMPTY_RELEASE = CORPUS / "awkward" / "awkward-empty.txt"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


# ------------------------------------------------------------------------------- pipes


def test_a_closed_standard_output_ends_export_quietly() -> None:
    """``pressgraph export ... -o - | head -3``: exit 0, no error, no worker left."""
    process = subprocess.Popen(command("export", str(CORPUS), "-f", "nq", "-o", "-",
                                       "--jobs", "2"),
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        assert process.stdout is not None and process.stderr is not None
        lines = [process.stdout.readline() for _ in range(3)]
        workers = children_of(process.pid)
        process.stdout.close()  # as head does after three lines
        code = process.wait(timeout=60)
        stderr = process.stderr.read().decode()
        deadline = time.monotonic() + 2
        while alive(workers) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not alive(workers)
    finally:
        kill_group(process.pid)
    assert all(line.endswith(b" .\n") for line in lines)
    assert code == 0, stderr
    assert "internal error" not in stderr and "Traceback" not in stderr
    assert "Broken pipe" not in stderr and "BrokenPipe" not in stderr


def test_a_closed_standard_output_ends_query_quietly(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "graph.ttl"
    assert run("export", SAMPLE, "-o", out).exit_code == 0

    def closed(*_args: object, **_kwargs: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("pressgraph.cli.query.click.echo", closed)
    result = run("query", "releases", "--data", out)
    assert result.exit_code == 0 and result.output == ""


# ------------------------------------------------------------------------------ empties


@pytest.fixture
def bad_rdf(tmp_path: Path) -> dict[str, Path]:
    files = {"empty": tmp_path / "empty.ttl", "comments-only": tmp_path / "comments.ttl",
             "not-rdf": tmp_path / "notes.ttl", "empty-json-ld": tmp_path / "empty.jsonld",
             "binary": tmp_path / "binary.nt"}
    files["empty"].write_text("")
    files["comments-only"].write_text("# nothing here\n@prefix ex: <http://example.org/> .\n")
    files["not-rdf"].write_text("Minutes of the meeting: nothing to report.\n")
    files["empty-json-ld"].write_text("{}\n")
    files["binary"].write_bytes(b"\x00\x01\xff\xfe\x89PNG")
    return files


@pytest.mark.parametrize("kind", ["empty", "comments-only", "not-rdf", "empty-json-ld",
                                  "binary"])
def test_validate_refuses_an_empty_or_non_rdf_file(bad_rdf: dict[str, Path], kind: str) -> None:
    result = run("validate", bad_rdf[kind])
    assert result.exit_code == 2, result.output
    assert str(bad_rdf[kind]) in result.output and "conforms" not in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("kind", ["empty", "comments-only", "not-rdf", "empty-json-ld",
                                  "binary"])
def test_query_refuses_an_empty_or_non_rdf_file(bad_rdf: dict[str, Path], kind: str) -> None:
    result = run("query", "releases", "--data", bad_rdf[kind])
    assert result.exit_code == 2, result.output
    assert str(bad_rdf[kind]) in result.output and "(0 rows)" not in result.output
    assert "Traceback" not in result.output


# ------------------------------------------------------- nothing written when nothing loads


@pytest.mark.parametrize("inputs", [["nonexistent"], [str(EMPTY_RELEASE)]])
def test_load_of_nothing_creates_no_store(tmp_path: Path, inputs: list[str]) -> None:
    store = tmp_path / "db2"
    result = run("load", *inputs, "--store", store)
    assert result.exit_code == 2, result.output
    assert not store.exists()
    assert "nothing loaded" in result.output and str(store) not in result.output
    assert result.output.count(Path(inputs[0]).name) == 1, result.output


def test_load_writes_the_registry_only_with_a_release(tmp_path: Path) -> None:
    """One good input among bad ones: the store is made and holds it and the registry."""
    store = tmp_path / "db"
    result = run("load", EMPTY_RELEASE, SAMPLE, "--store", store)
    assert result.exit_code == 2, result.output
    assert store.is_dir() and f"-> {store}" in result.output
    assert result.output.count(EMPTY_RELEASE.name) == 1, result.output


def test_load_into_an_existing_store_of_nothing_leaves_it_alone(tmp_path: Path) -> None:
    store = tmp_path / "db"
    assert run("load", SAMPLE, "--store", store).exit_code == 0
    before = held(store)
    result = run("load", EMPTY_RELEASE, "--store", store)
    assert result.exit_code == 2 and "nothing loaded" in result.output
    assert held(store) == before


def held(store: Path) -> list[tuple[str, int]]:
    """Each named graph of the store with its number of statements."""
    target = EmbeddedStore(store, read_only=True)
    try:
        result = target.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
                              "GROUP BY ?g ORDER BY ?g", union=False)
        return [(row["g"], int(row["n"])) for row in result.records()]
    finally:
        target.close()


@pytest.mark.parametrize("how", ["release", "data"])
def test_publish_of_nothing_writes_no_site(tmp_path: Path, how: str) -> None:
    site = tmp_path / "site"
    empty = tmp_path / ("empty.txt" if how == "release" else "empty.ttl")
    empty.write_text("")
    args = [empty] if how == "release" else ["--data", empty]
    result = run("publish", *args, "--out", site)
    assert result.exit_code == 2, result.output
    assert "nothing to publish" in result.output and not site.exists()
    assert [p.name for p in tmp_path.iterdir()] == [empty.name]


# ------------------------------------------------------------------- what the summary names


def test_when_every_input_fails_the_summary_names_no_output(tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    result = run("export", EMPTY_RELEASE, "-o", out)
    assert result.exit_code == 2
    assert not out.exists()
    assert str(out) not in result.output and "nothing written" in result.output


def test_a_failure_names_its_file_once(tmp_path: Path) -> None:
    out = tmp_path / "out.nq"
    result = run("export", CORPUS / "awkward", "-f", "nq", "-o", out)
    assert result.exit_code == 2
    assert result.output.count(EMPTY_RELEASE.name) == 1, result.output
    assert f"-> {out}" in result.output


def test_a_summary_names_standard_output_when_it_was_written() -> None:
    result = run("export", EMPTY_RELEASE, "-o", "-")
    assert result.exit_code == 2 and "-> -" in result.output


# ------------------------------------------------------------------ options after the command


def test_quiet_after_the_subcommand(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    loud = run("export", SAMPLE, "-o", out)
    quiet = run("export", SAMPLE, "-o", out, "-q")
    assert loud.exit_code == quiet.exit_code == 0
    assert "pressgraph:" in loud.output and quiet.output == ""
    assert run("registry", "export", "-o", tmp_path / "registry.ttl", "-q").output == ""


def test_verbose_after_the_subcommand(tmp_path: Path) -> None:
    """``pressgraph export seeds -v``, and -v on both sides adds up (-vv: debug)."""
    result = run("export", SAMPLE, "-o", tmp_path / "graph.ttl", "-v")
    assert result.exit_code == 0, result.output
    assert "No such option" not in result.output
    result = run("-v", "validate", tmp_path / "graph.ttl", "-v")
    assert result.exit_code == 0, result.output
    assert logging.getLogger("pressgraph").getEffectiveLevel() == logging.DEBUG


def test_every_command_takes_v_and_q_after_its_name() -> None:
    for args in (["export"], ["validate"], ["query"], ["load"], ["delete"], ["evaluate"],
                 ["publish"], ["registry", "export"], ["registry", "unresolved"]):
        result = run(*args, "-v", "-q", "--help")
        assert result.exit_code == 0 and "-v, --verbose" in result.output, args
