"""Helpers for tests that run pressgraph as another user or watch its processes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT

NOBODY = 65534


def command(*args: str) -> list[str]:
    """The pressgraph command line, run with this interpreter."""
    return [sys.executable, "-m", "pressgraph", *args]


def as_normal_user(argv: list[str]) -> list[str]:
    """``argv`` run as user nobody when we are root (skips the test when that is not
    possible); run as it is when we already are a normal user."""
    if os.geteuid() != 0:
        return argv
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot switch to a normal user")
    probe = subprocess.run([setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}",
                            "--clear-groups", sys.executable, "-c", "import pressgraph"],
                           cwd=ROOT, capture_output=True)
    if probe.returncode != 0:
        pytest.skip("user nobody cannot run pressgraph here: "
                    + probe.stderr.decode(errors="replace")[-200:])
    return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *argv]


def run_as_normal_user(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(as_normal_user(command(*args)), cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


@contextmanager
def shared_directory() -> Iterator[Path]:
    """A directory every user may write in (pytest's tmp_path is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="pressgraph-test-"))
    try:
        path.chmod(0o777)
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _stat_fields(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (state is [0], ppid [1], pgrp [2])."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2:].split()


def _pids() -> list[int]:
    """Every process id in /proc (none where there is no /proc)."""
    proc = Path("/proc")
    return [int(e.name) for e in proc.iterdir() if e.name.isdigit()] if proc.is_dir() else []


def children_of(pid: int) -> set[int]:
    """Live processes whose parent is ``pid`` (Linux /proc; none elsewhere)."""
    found = set()
    for child in _pids():
        fields = _stat_fields(child)
        if fields and fields[0] != "Z" and int(fields[1]) == pid:
            found.add(child)
    return found


def alive(pids: set[int] | list[int]) -> set[int]:
    """Those of ``pids`` that still run (a zombie has ended: it only waits to be reaped)."""
    return {pid for pid in pids if (fields := _stat_fields(pid)) and fields[0] != "Z"}


def group_members(pgid: int) -> set[int]:
    """Live processes of process group ``pgid``."""
    found = set()
    for member in _pids():
        fields = _stat_fields(member)
        if fields and fields[0] != "Z" and int(fields[2]) == pgid:
            found.add(member)
    return found


def kill_group(pgid: int) -> None:
    """End whatever is left of a process group a test started (never leave orphans)."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                reason="needs Linux /proc to find processes")
