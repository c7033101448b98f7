"""Faults in the middle of an export: killed, disk full, unwritable output."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressgraph import sinks
from pressgraph.cli import main
from tests.conftest import CORPUS, ROOT, SAMPLE
from tests.processes import alive, children_of, kill_group
from tests.roundtrip import assert_same_count_everywhere


def make_batch(directory: Path, copies: int) -> Path:
    """A directory of many releases (the corpus repeated) so an export takes a while."""
    batch = directory / "batch"
    for n in range(copies):
        target = batch / f"copy{n:03d}"
        target.mkdir(parents=True)
        for release in sorted(CORPUS.glob("*.txt")):
            shutil.copy(release, target / release.name)
    return batch


def test_sigkill_leaves_no_partial_output_and_rerun_completes(tmp_path: Path) -> None:
    batch = make_batch(tmp_path, copies=40)
    out = tmp_path / "graph.nq"
    previous = b"# the previous export\n"
    out.write_bytes(previous)
    command = [sys.executable, "-m", "pressgraph", "-q", "export", str(batch), "-f", "nq",
               "-o", str(out), "--jobs", "2"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list(tmp_path.glob(".graph.nq.*")):
            time.sleep(0.05)  # wait until the export is writing its temporary file
        time.sleep(0.5)
        assert process.poll() is None, "the export finished before it could be killed"
        workers = children_of(process.pid)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        deadline = time.monotonic() + 2
        while alive(workers) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not alive(workers), "workers outlived the killed export"
    finally:  # whatever happened, leave no process behind
        kill_group(process.pid)
    assert out.read_bytes() == previous  # the previous output is intact, not half-replaced

    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert out.read_bytes() != previous
    assert assert_same_count_everywhere(out) > 0
    assert not list(tmp_path.glob(".graph.nq.*")), "temporary files left behind"


def test_disk_full_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "graph.ttl"
    out.write_text("previous\n")

    def full(self: sinks.AtomicTextFile, text: str) -> None:
        raise sinks._output_error(OSError(errno.ENOSPC, "No space left on device"), self.target)

    monkeypatch.setattr(sinks.AtomicTextFile, "write", full)
    result = CliRunner().invoke(main, ["export", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 2
    assert "disk is full" in result.output and str(out) in result.output
    assert "Traceback" not in result.output
    assert out.read_text() == "previous\n"
    assert not list(tmp_path.glob(".graph.ttl.*"))


@pytest.mark.parametrize("kind", ["under-a-file", "a-directory"])
def test_unwritable_output_is_a_clear_error(tmp_path: Path, kind: str) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    target = blocker / "graph.ttl" if kind == "under-a-file" else tmp_path
    result = CliRunner().invoke(main, ["export", str(SAMPLE), "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert "cannot write" in result.output and "Traceback" not in result.output


def test_non_conforming_release_is_not_written(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from rdflib import Literal

    from pressgraph import mapper
    from pressgraph.vocab import DCT

    original = mapper.map_release

    def broken(resolved, options):  # a second title breaks ReleaseShape's maxCount
        mapped = original(resolved, options)
        from rdflib import URIRef

        mapped.triples.add((URIRef(mapped.release_iri), DCT.title, Literal("second", lang="en")))
        return mapped

    monkeypatch.setattr("pressgraph.pipeline.map_release", broken)
    out = tmp_path / "graph.ttl"
    result = CliRunner().invoke(main, ["export", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 1
    assert "does not conform" in result.output and "title" in result.output
    assert not out.exists()


def test_fail_fast_stops_at_the_first_bad_input(tmp_path: Path) -> None:
    out = tmp_path / "graph.nq"
    result = CliRunner().invoke(main, ["export", str(CORPUS / "awkward"), "--fail-fast",
                                       "-f", "nq", "-o", str(out)])
    assert result.exit_code == 2
    assert "awkward-empty.txt" in result.output
    assert not out.exists()


def test_stale_temporary_of_a_dead_process_is_removed(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    dead_pid = 2**22 + 12345  # above the default pid_max: never a live process
    stale = tmp_path / f".graph.ttl.{dead_pid}.abc{sinks.TEMP_SUFFIX}"
    stale.write_text("half")
    live = tmp_path / f".graph.ttl.{os.getpid()}.xyz{sinks.TEMP_SUFFIX}"
    live.write_text("someone else's")
    with sinks.AtomicTextFile(out) as handle:
        handle.write("new\n")
        handle.commit()
    assert not stale.exists() and live.exists()
    assert out.read_text() == "new\n"
