"""The harvest folder: raw pages as files, a manifest of releases, a log of fetches.

Layout (``docs/harvesting.md``)::

    ARCHIVE/
      manifest.jsonl                         one line per release held (export --manifest)
      fetches.jsonl                          one line per index, robots-refused or failed fetch
      pages/<language>/<yyyymm>/<dd>/<ID>.htm    a release's bytes, exactly as they came
      indexes/<language>/<yyyymm>/<dd>.htm       a day's index page, as it last came
      .lock                                  held while a harvest writes here
      .tmp/                                  files being written (only while a harvest runs)

Every file is written to ``.tmp/``, flushed to disk and renamed into place; a line is
appended to a log only after the file it describes is in place, with one ``write`` and
an ``fsync``. A harvest killed at any moment leaves complete files and complete lines (a
torn last line, which a kill between two bytes of one write could leave on some file
systems, is cut off when the next harvest opens the folder). The manifest is the record
of what is held: a release listed there is never fetched again.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from pressgraph.errors import OutputError, UsageError

MANIFEST = "manifest.jsonl"
FETCHES = "fetches.jsonl"
LOCK = ".lock"
TEMP = ".tmp"
FINAL_MISSING = frozenset({404, 410})  # a release that is not there is not asked for again


@dataclass
class ArchiveState:
    """What the folder holds, read from its two logs."""

    held: set[str] = field(default_factory=set)  # release URLs in the manifest
    held_paths: set[str] = field(default_factory=set)
    indexes: dict[str, dict[str, Any]] = field(default_factory=dict)  # URL -> last record
    missing: set[str] = field(default_factory=set)  # release URLs answered 404/410
    manifest_lines: int = 0


class Archive:
    """``with Archive(path) as archive:`` locks the folder, tidies it and reads its state."""

    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.state = ArchiveState()
        self._lock_fd: int | None = None
        self._logs: dict[str, int] = {}

    def __enter__(self) -> Archive:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self._lock()
            temp = self.root / TEMP
            shutil.rmtree(temp, ignore_errors=True)
            temp.mkdir()
            for name in (MANIFEST, FETCHES):
                _cut_torn_line(self.root / name)
                self._logs[name] = os.open(self.root / name,
                                           os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC,
                                           0o644)
        except OSError as exc:
            self.__exit__(None, None, None)
            raise OutputError(f"cannot write here: {exc.strerror or exc}",
                              source=str(self.root)) from exc
        try:
            self._read_state()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        for fd in self._logs.values():
            os.close(fd)
        self._logs.clear()
        try:
            (self.root / TEMP).rmdir()  # empty unless a write was cut short
        except OSError:
            pass
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the lock
            self._lock_fd = None

    # -- where things go -------------------------------------------------------------

    @staticmethod
    def release_path(language: str, yyyymm: str, dd: str, release_id: str) -> str:
        return f"pages/{language}/{yyyymm}/{dd}/{release_id}.htm"

    @staticmethod
    def index_path(language: str, day: date) -> str:
        return f"indexes/{language}/{day:%Y%m}/{day:%d}.htm"

    # -- what is held ----------------------------------------------------------------

    def holds(self, url: str) -> bool:
        return url in self.state.held

    def is_missing(self, url: str) -> bool:
        return url in self.state.missing

    def index_record(self, url: str) -> dict[str, Any] | None:
        return self.state.indexes.get(url)

    def read(self, relative: str) -> bytes:
        return (self.root / relative).read_bytes()

    def last_index_day(self) -> date | None:
        """The latest day whose index was fetched here (for ``--since-last``)."""
        days = [date.fromisoformat(r["day"]) for r in self.state.indexes.values()
                if r.get("day")]
        return max(days, default=None)

    # -- writing ---------------------------------------------------------------------

    def store_release(self, entry: dict[str, Any], body: bytes) -> None:
        """Put the page's bytes in place, then list it in the manifest."""
        path = entry["path"]
        if path in self.state.held_paths:
            raise UsageError(f"{path} is already in the manifest", source=str(self.root))
        self._write_file(path, body)
        self._append(MANIFEST, entry)
        self.state.held.add(entry["url"])
        if entry.get("requested_url"):
            self.state.held.add(entry["requested_url"])
        self.state.held_paths.add(path)
        self.state.manifest_lines += 1

    def store_index(self, record: dict[str, Any], body: bytes | None) -> None:
        """Put a new index page in place (``body``; None when it did not change or did
        not come), then log the fetch."""
        if body is not None and record.get("path"):
            self._write_file(record["path"], body)
        self.note(record)

    def note(self, record: dict[str, Any]) -> None:
        """Log a fetch that put no release in the manifest (an index, a refusal, a
        failure)."""
        self._append(FETCHES, record)
        self._remember(record)

    def _write_file(self, relative: str, body: bytes) -> None:
        target = self.root / relative
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.root / TEMP, suffix=".part")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(body)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.chmod(temp, 0o644)
                os.replace(temp, target)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
            _fsync_directory(target.parent)
        except OSError as exc:
            raise _output_error(exc, target) from exc

    def _append(self, name: str, record: dict[str, Any]) -> None:
        data = (json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
        fd = self._logs[name]
        try:
            written = os.write(fd, data)
            if written != len(data):  # not expected for a regular file; never leave half
                raise OSError(errno.EIO, "short write")
            os.fsync(fd)
        except OSError as exc:
            raise _output_error(exc, self.root / name) from exc

    # -- reading the state -----------------------------------------------------------

    def _lock(self) -> None:
        self._lock_fd = os.open(self.root / LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock_fd)
            self._lock_fd = None
            raise UsageError("another harvest is writing to this folder; wait for it or give "
                             "another -o", source=str(self.root)) from None
        os.ftruncate(self._lock_fd, 0)
        os.write(self._lock_fd, f"{os.getpid()}\n".encode())

    def _read_state(self) -> None:
        for number, record in _records(self.root / MANIFEST):
            path = record.get("path")
            if not isinstance(path, str) or not isinstance(record.get("url"), str):
                raise UsageError("a manifest line without path and url",
                                 source=str(self.root / MANIFEST), line=number)
            self.state.held.add(record["url"])
            if isinstance(record.get("requested_url"), str):
                self.state.held.add(record["requested_url"])
            self.state.held_paths.add(path)
            self.state.manifest_lines += 1
        for _number, record in _records(self.root / FETCHES):
            self._remember(record)

    def _remember(self, record: dict[str, Any]) -> None:
        kind = record.get("kind")
        if kind == "index":
            self.state.indexes[record["url"]] = record
        elif kind == "release" and record.get("status") in FINAL_MISSING:
            self.state.missing.add(record["url"])


def _records(path: Path) -> list[tuple[int, dict[str, Any]]]:
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UsageError(f"not a JSON object: {exc.msg}", source=str(path),
                                 line=number) from exc
            if not isinstance(value, dict):
                raise UsageError("not a JSON object", source=str(path), line=number)
            records.append((number, value))
    return records


def _cut_torn_line(path: Path) -> None:
    """Cut a last line that has no newline: the rest of a write a kill interrupted."""
    try:
        with open(path, "rb+") as handle:
            size = handle.seek(0, os.SEEK_END)
            if size == 0:
                return
            handle.seek(size - 1)
            if handle.read(1) == b"\n":
                return
            keep = 0
            step = 4096
            position = size
            while position > 0:  # find the last newline, reading backwards
                start = max(0, position - step)
                handle.seek(start)
                chunk = handle.read(position - start)
                found = chunk.rfind(b"\n")
                if found >= 0:
                    keep = start + found + 1
                    break
                position = start
            handle.truncate(keep)
            handle.flush()
            os.fsync(handle.fileno())
    except FileNotFoundError:
        return


def _fsync_directory(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _output_error(exc: OSError, target: Path) -> OutputError:
    if exc.errno == errno.ENOSPC:
        return OutputError("the disk is full; what was held before is intact",
                           source=str(target))
    return OutputError(f"cannot write: {exc.strerror or exc}", source=str(target))
