"""What ``-o`` does to the path it is given: a regular file is replaced atomically; a
symbolic link is followed (its target replaced, the link kept); a device or a named pipe is
written straight through, never renamed over; a directory or an unwritable place is an
error (exit 2). Each as the current user and, when the tests run as root, as a normal user.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressgraph.cli import main
from tests.conftest import CORPUS, SAMPLE
from tests.processes import run_as_normal_user, shared_directory

Outcome = tuple[int, str]  # exit code, stderr (and stdout) text


def export_as_me(output: Path | str) -> Outcome:
    result = CliRunner().invoke(main, ["export", str(SAMPLE), "-o", str(output)])
    return result.exit_code, result.output


def export_as_normal_user(output: Path | str) -> Outcome:
    result = run_as_normal_user("export", str(SAMPLE), "-o", str(output))
    return result.returncode, result.stdout + result.stderr


USERS = {"me": export_as_me, "normal-user": export_as_normal_user}
Export = Callable[[Path | str], Outcome]


@pytest.fixture(params=sorted(USERS))
def export(request: pytest.FixtureRequest) -> Export:
    return USERS[request.param]


@pytest.fixture
def place() -> Path:  # type: ignore[misc]
    with shared_directory() as path:
        yield path


def is_graph(text: str) -> bool:
    return text.startswith("@prefix") and "pg:Release" in text


def test_a_regular_file_is_replaced_atomically_and_keeps_its_mode(export: Export,
                                                                   place: Path) -> None:
    out = place / "graph.ttl"
    out.write_text("previous\n")
    out.chmod(0o666)  # a mode that is not the default, and lets a normal user write
    before = os.stat(out)
    code, output = export(out)
    assert code == 0, output
    after = os.stat(out)
    assert is_graph(out.read_text())
    assert after.st_ino != before.st_ino  # a new file renamed into place, not rewritten
    assert stat.S_IMODE(after.st_mode) == 0o666
    assert sorted(p.name for p in place.iterdir()) == ["graph.ttl"]  # no temporary left


def test_a_new_file_is_created(export: Export, place: Path) -> None:
    out = place / "graph.ttl"
    code, output = export(out)
    assert code == 0, output
    assert is_graph(out.read_text()) and stat.S_IMODE(out.stat().st_mode) == 0o644


def test_a_symbolic_link_is_followed_and_stays(export: Export, place: Path) -> None:
    (place / "real").mkdir()
    (place / "real").chmod(0o777)
    target = place / "real" / "graph.ttl"
    target.write_text("previous\n")
    target.chmod(0o666)
    link = place / "latest.ttl"
    link.symlink_to(Path("real") / "graph.ttl")
    code, output = export(link)
    assert code == 0, output
    assert link.is_symlink() and os.readlink(link) == str(Path("real") / "graph.ttl")
    assert is_graph(target.read_text())
    assert sorted(p.name for p in (place / "real").iterdir()) == ["graph.ttl"]


def test_a_dangling_link_gets_its_target_written(export: Export, place: Path) -> None:
    link = place / "latest.ttl"
    link.symlink_to("graph.ttl")
    code, output = export(link)
    assert code == 0, output
    assert link.is_symlink() and is_graph((place / "graph.ttl").read_text())


def test_a_named_pipe_is_written_through_and_stays(export: Export, place: Path) -> None:
    fifo = place / "graph.fifo"
    os.mkfifo(fifo, 0o666)
    fifo.chmod(0o666)
    with reading(fifo) as received:
        code, output = export(fifo)
    assert code == 0, output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received and is_graph(received[0].decode("utf-8"))
    assert sorted(p.name for p in place.iterdir()) == ["graph.fifo"]


@contextmanager
def reading(fifo: Path) -> Iterator[list[bytes]]:
    """Read everything written to ``fifo`` in a thread; the bytes are in the list after."""
    received: list[bytes] = []

    def read_all() -> None:
        with open(fifo, "rb") as reader:  # blocks until a writer opens the pipe
            received.append(reader.read())

    reader = threading.Thread(target=read_all, daemon=True)
    reader.start()
    try:
        yield received
    finally:
        _unblock(fifo)
        reader.join(timeout=30)


def _unblock(fifo: Path) -> None:
    """Let a reader still waiting for a writer go (when the export never opened the pipe)."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass


def test_a_character_device_is_written_through_and_stays(export: Export, place: Path) -> None:
    device = _null_device(place, as_root=export is export_as_me and os.geteuid() == 0)
    before = os.lstat(device)
    code, output = export(device)
    assert code == 0, output
    after = os.lstat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert after.st_ino == before.st_ino
    assert not [p for p in device.parent.glob(f".{device.name}.*")]


def _null_device(place: Path, *, as_root: bool) -> Path:
    """A character device that is safe to write to: as root, a new node for the null
    device made in the test's directory; as a normal user, /dev/null itself (which a
    normal user could not replace even if the code tried)."""
    if not as_root:
        return Path("/dev/null")
    device = place / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        os.close(os.open(device, os.O_WRONLY))  # a filesystem mounted nodev refuses this
    except OSError as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    return device


def test_standard_output_is_written_through(place: Path) -> None:
    result = CliRunner().invoke(main, ["export", str(SAMPLE), "-o", "-"])
    assert result.exit_code == 0 and is_graph(result.stdout)


def test_a_directory_is_a_clear_error(export: Export, place: Path) -> None:
    code, output = export(place)
    assert code == 2
    assert "is a directory" in output and str(place) in output
    assert "Traceback" not in output and place.is_dir()


def test_an_unwritable_place_is_a_clear_error(place: Path) -> None:
    """As root, /proc takes no new files; the file named is not created."""
    target = Path("/proc") / "pressgraph-test-output.ttl"
    code, output = export_as_me(target)
    assert code == 2, output
    assert "cannot write" in output and str(target) in output
    assert "Traceback" not in output and not target.exists()


def test_a_directory_a_normal_user_cannot_write_is_a_clear_error(place: Path) -> None:
    closed = place / "closed"
    closed.mkdir(mode=0o755)
    closed.chmod(0o755)
    if os.geteuid() != 0:
        closed.chmod(0o555)
    code, output = export_as_normal_user(closed / "graph.ttl")
    assert code == 2, output
    assert "cannot write" in output and "ermission denied" in output
    assert "Traceback" not in output and list(closed.iterdir()) == []


def test_a_file_a_normal_user_may_not_write_is_left_alone(place: Path) -> None:
    """The directory would let the file be renamed over; its mode says no."""
    out = place / "graph.ttl"
    out.write_text("previous\n")
    out.chmod(0o444)
    code, output = export_as_normal_user(out)
    assert code == 2, output
    assert "not writable" in output and str(out) in output
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in place.iterdir()) == ["graph.ttl"]


def test_the_errors_report_follows_the_same_rules(place: Path) -> None:
    """``--errors`` is an output too: written through a link, which stays."""
    report_target = place / "errors.jsonl"
    link = place / "errors-link.jsonl"
    link.symlink_to(report_target.name)
    result = CliRunner().invoke(main, ["export", str(CORPUS / "awkward"), "-o",
                                       str(place / "graph.ttl"), "--errors", str(link)])
    assert result.exit_code == 2
    assert link.is_symlink() and "awkward-empty.txt" in report_target.read_text()


def test_the_registry_export_is_safe_too(place: Path) -> None:
    fifo = place / "registry.fifo"
    os.mkfifo(fifo)
    with reading(fifo) as received:
        result = CliRunner().invoke(main, ["registry", "export", "-o", str(fifo)])
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and b"@prefix" in received[0]
