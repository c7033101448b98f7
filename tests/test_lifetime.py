"""No process outlives its parent, and a stopped command says so in one line.

Workers end within 2 seconds of their parent's death however it dies (SIGKILL, SIGTERM,
Ctrl-C, an exception); SIGTERM and Ctrl-C leave no temporary file and print one line.
Every test starts its commands in a process group of their own and kills what is left of
it at the end, so that even a failing test leaves nothing behind.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from pressgraph import workers
from pressgraph.batch import BatchSettings, render_all
from pressgraph.pipeline import map_options
from pressgraph.reader import iter_inputs
from tests.conftest import CORPUS, ROOT
from tests.processes import alive, children_of, command, group_members, kill_group, needs_proc

pytestmark = needs_proc

DEADLINE = 2.0  # seconds a worker may outlive its parent


def make_batch(directory: Path, copies: int, *, gold: bool = False) -> Path:
    """A directory of many releases (the corpus repeated) so a command takes a while."""
    batch = directory / "batch"
    for n in range(copies):
        target = batch / f"copy{n:03d}"
        target.mkdir(parents=True)
        for release in sorted(CORPUS.glob("*.txt")):
            shutil.copy(release, target / release.name)
    if gold:  # beside the batch, as evaluate wants it
        for n in range(copies):
            shutil.copytree(CORPUS / "gold", directory / "gold" / f"copy{n:03d}",
                            ignore=shutil.ignore_patterns("awkward*"))
    return batch


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_batch(tmp_path_factory.mktemp("lifetime"), copies=40)


def as_from_a_terminal() -> None:
    """Give the command Ctrl-C's default action, as a shell's foreground job has it.

    A test run started in the background of a shell without job control inherits SIGINT
    ignored, and a Python started so keeps it ignored (as it should: that is what
    ``nohup`` and ``&`` ask for); the command under test would then never see the Ctrl-C
    these tests send."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@contextmanager
def started(*args: str) -> Iterator[subprocess.Popen[str]]:
    """``pressgraph ARGS`` in a process group of its own, killed whole at the end."""
    process = subprocess.Popen(command(*args), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, start_new_session=True,
                               preexec_fn=as_from_a_terminal)
    try:
        yield process
    finally:
        kill_group(process.pid)
        process.wait(timeout=30)


def wait_for_workers(process: subprocess.Popen[str], count: int) -> set[int]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = children_of(process.pid)
        if len(found) >= count:
            return found
        assert process.poll() is None, f"ended before its workers started: {process.stderr}"
        time.sleep(0.05)
    raise AssertionError("the workers did not start")


def wait_until_gone(pids: set[int], pgid: int) -> float:
    """Seconds until every one of ``pids`` and the process group have ended."""
    start = time.monotonic()
    while time.monotonic() - start < 10:
        if not alive(pids) and not group_members(pgid):
            return time.monotonic() - start
        time.sleep(0.02)
    raise AssertionError(f"still running after 10 s: {sorted(alive(pids) | group_members(pgid))}")


@pytest.mark.parametrize("name", ["export", "load"])
def test_no_worker_survives_a_sigkill_of_its_parent(batch: Path, tmp_path: Path,
                                                    name: str) -> None:
    args = {"export": ("export", str(batch), "-f", "nq", "-o", str(tmp_path / "graph.nq")),
            "load": ("load", str(batch), "--no-registry", "--no-ontology", "--store",
                     str(tmp_path / "store"))}[name]
    with started("-q", *args, "--jobs", "2") as process:
        pids = wait_for_workers(process, 2)
        time.sleep(0.3)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert wait_until_gone(pids, process.pid) <= DEADLINE


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_ctrl_c_stop_the_workers_and_say_so_in_one_line(
        batch: Path, tmp_path: Path, signum: signal.Signals) -> None:
    out = tmp_path / "graph.nq"
    out.write_text("previous\n")
    with started("export", str(batch), "-f", "nq", "-o", str(out), "--jobs", "2") as process:
        pids = wait_for_workers(process, 2)
        time.sleep(0.3)
        if signum == signal.SIGINT:  # a terminal sends Ctrl-C to the whole foreground group
            os.killpg(process.pid, signal.SIGINT)
        else:
            process.send_signal(signum)
        _, stderr = process.communicate(timeout=30)
        assert process.returncode == 128 + signum, stderr
        assert wait_until_gone(pids, process.pid) <= DEADLINE
    lines = stderr.strip().splitlines()
    expected = "interrupted" if signum == signal.SIGINT else "terminated (SIGTERM)"
    assert len(lines) == 1 and expected in lines[0], stderr
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nq"]  # no temporary left


@pytest.mark.parametrize("name", ["publish", "evaluate"])
def test_ctrl_c_ends_publish_and_evaluate_with_one_line(tmp_path: Path, name: str) -> None:
    batch = make_batch(tmp_path, copies=30, gold=name == "evaluate")
    args = {"publish": ("publish", str(batch), "--out", str(tmp_path / "site")),
            "evaluate": ("evaluate", str(batch), "--gold", str(tmp_path / "gold"))}[name]
    with started(*args) as process:
        time.sleep(4)  # started, and busy with the releases
        assert process.poll() is None, "finished before it could be interrupted"
        assert children_of(process.pid) == set()  # these run in one process
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines() == ["pressgraph: interrupted; no output file was changed"]
    assert sorted(p.name for p in tmp_path.iterdir()) in (["batch"], ["batch", "gold"])


def test_workers_end_when_their_consumer_fails() -> None:
    """An exception in the parent (here: in the loop over results) stops the workers."""
    inputs = iter_inputs([str(CORPUS)])
    settings = BatchSettings(options=map_options("https://example.org/"), fmt="nt")
    before = children_of(os.getpid())
    with pytest.raises(RuntimeError):
        with closing(render_all(inputs, settings, jobs=2)) as items:
            next(items)
            started_workers = children_of(os.getpid()) - before
            assert started_workers
            raise RuntimeError("a bug in the consumer")
    assert not alive(started_workers)


def test_the_watchdog_ends_workers_where_the_kernel_cannot(tmp_path: Path) -> None:
    """Without PR_SET_PDEATHSIG (not Linux), a worker still notices its parent is gone."""
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent("""
        import sys, time
        from pressgraph import workers
        workers.set_parent_death_signal = lambda: False  # as on a system without prctl
        pool = workers.pool(2)
        for future in [pool.submit(time.sleep, 0.1) for _ in range(4)]:
            future.result()
        pool.submit(time.sleep, 120)
        print(" ".join(map(str, pool._processes)), flush=True)
        time.sleep(120)
    """))
    process = subprocess.Popen([sys.executable, str(script)], cwd=ROOT, text=True,
                               stdout=subprocess.PIPE, start_new_session=True)
    try:
        assert process.stdout is not None
        pids = {int(pid) for pid in process.stdout.readline().split()}
        assert len(pids) == 2 and alive(pids)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert wait_until_gone(pids, process.pid) <= DEADLINE
    finally:
        kill_group(process.pid)
        process.wait(timeout=30)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_the_kernel_is_asked_to_end_workers_with_their_parent() -> None:
    probe = subprocess.run([sys.executable, "-c",
                            "from pressgraph import workers; "
                            "print(workers.set_parent_death_signal())"],
                           cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert probe.stdout.strip() == "True", probe.stderr


_RESULT_PIPE: int | None = None  # the pool's result pipe, as a forked worker inherits it


def _half_a_result() -> None:
    """A worker that dies in the middle of sending its result: the length of a 1000-byte
    message, ten bytes of it, then nothing (the kill comes from :func:`workers.stop`)."""
    assert _RESULT_PIPE is not None
    os.write(_RESULT_PIPE, (1000).to_bytes(4, "big") + b"x" * 10)
    time.sleep(60)


def test_stopping_a_pool_whose_worker_died_mid_result_returns() -> None:
    """``export -o - --jobs 2 | head``: the reader leaves, the workers are killed, one of
    them in the middle of a result; stopping the pool must not wait for the rest of it."""
    global _RESULT_PIPE
    executor = workers.pool(1)
    _RESULT_PIPE = executor._result_queue._writer.fileno()  # type: ignore[attr-defined]
    try:
        executor.submit(_half_a_result)
        time.sleep(1.0)  # the worker has written its half message and sleeps
        stopper = threading.Thread(target=workers.stop, args=(executor,), daemon=True)
        started_at = time.monotonic()
        stopper.start()
        stopper.join(timeout=20)
        assert not stopper.is_alive(), "stop() still waits for the rest of a dead worker's result"
        assert time.monotonic() - started_at < 20
    finally:
        _RESULT_PIPE = None
