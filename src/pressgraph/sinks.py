"""Where serialised graphs go: files written atomically, or standard output.

A file is written to a temporary sibling and renamed over the target only when the
whole export succeeded, so an interrupted or failed export leaves the previous output
intact and never a half-written file.
"""

from __future__ import annotations

import errno
import io
import os
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import TextIO

from pressgraph.errors import OutputError


TEMP_SUFFIX = ".pressgraph-tmp"


def _remove_stale_temporaries(target: Path) -> None:
    """Remove temporaries left by a killed export of the same target (their process is gone)."""
    for candidate in target.parent.glob(f".{target.name}.*{TEMP_SUFFIX}"):
        pid_text = candidate.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid_text.isdigit() and not _process_alive(int(pid_text)):
            candidate.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class AtomicTextFile:
    """``with AtomicTextFile(path) as out: out.write(...)``; ``commit()`` publishes it."""

    def __init__(self, target: str | Path):
        self.target = Path(target)
        self._handle: TextIO | None = None
        self._temp: Path | None = None
        self._committed = False

    def __enter__(self) -> AtomicTextFile:
        directory = self.target.parent
        try:
            directory.mkdir(parents=True, exist_ok=True)
            if self.target.is_dir():
                raise IsADirectoryError(errno.EISDIR, "is a directory")
            _remove_stale_temporaries(self.target)
            fd, temp = tempfile.mkstemp(prefix=f".{self.target.name}.{os.getpid()}.",
                                        suffix=TEMP_SUFFIX, dir=directory)
        except OSError as exc:
            raise OutputError(f"cannot write here: {exc.strerror or exc}",
                              source=str(self.target)) from exc
        self._temp = Path(temp)
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self

    def write(self, text: str) -> None:
        assert self._handle is not None
        try:
            self._handle.write(text)
        except OSError as exc:
            raise _output_error(exc, self.target) from exc

    def write_file(self, path: str, length: int) -> None:
        """Append ``length`` bytes from the file at ``path`` (already UTF-8) without
        decoding them: in the kernel (``copy_file_range``) where the system allows it."""
        assert self._handle is not None
        try:
            self._handle.flush()
            with open(path, "rb") as source:
                copied = _copy_range(source.fileno(), self._handle.fileno(), length)
                if copied < length:  # no in-kernel copy here (or a short one): copy the rest
                    source.seek(copied)
                    self._handle.buffer.write(_read_exactly(source, length - copied, path))
            self._handle.seek(0, io.SEEK_END)  # the text layer's idea of the position
        except OSError as exc:
            raise _output_error(exc, self.target) from exc

    def commit(self) -> None:
        assert self._handle is not None and self._temp is not None
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            os.chmod(self._temp, 0o644)
            os.replace(self._temp, self.target)
        except OSError as exc:
            raise _output_error(exc, self.target) from exc
        self._committed = True

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._committed:
            return
        if self._handle is not None and not self._handle.closed:
            try:
                self._handle.close()
            except OSError:
                pass
        if self._temp is not None:
            self._temp.unlink(missing_ok=True)


class StdoutText:
    """Standard output with the same interface as :class:`AtomicTextFile`."""

    target = Path("-")

    def __enter__(self) -> StdoutText:
        return self

    def write(self, text: str) -> None:
        sys.stdout.write(text)

    def write_file(self, path: str, length: int) -> None:
        sys.stdout.flush()
        with open(path, "rb") as source:
            data = _read_exactly(source, length, path)
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()

    def commit(self) -> None:
        sys.stdout.flush()

    def __exit__(self, *exc: object) -> None:
        return None


def _output_error(exc: OSError, target: Path) -> OutputError:
    if exc.errno == errno.ENOSPC:
        return OutputError("the disk is full; the previous output (if any) was left intact",
                           source=str(target))
    return OutputError(f"cannot write: {exc.strerror or exc}", source=str(target))


_COPY_FILE_RANGE = getattr(os, "copy_file_range", None)


def _copy_range(source: int, target: int, length: int) -> int:
    """Copy up to ``length`` bytes from the current position of ``source`` to that of
    ``target`` in the kernel; return how many were copied (0 when the system cannot)."""
    global _COPY_FILE_RANGE
    copied = 0
    while copied < length and _COPY_FILE_RANGE is not None:
        try:
            count = _COPY_FILE_RANGE(source, target, length - copied)
        except OSError as exc:
            if exc.errno in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP,
                             errno.EPERM, errno.EBADF) and copied == 0:
                if exc.errno in (errno.ENOSYS, errno.EOPNOTSUPP):
                    _COPY_FILE_RANGE = None  # never available here: stop trying
                return 0
            raise
        if count == 0:  # the source is shorter than expected
            break
        copied += count
    return copied


def _read_exactly(source: io.BufferedReader, length: int, path: str) -> bytes:
    data = source.read(length)
    if len(data) != length:
        raise OSError(errno.EIO, f"{path} is shorter than expected")
    return data


def open_output(path: str | None) -> AtomicTextFile | StdoutText:
    if path in (None, "-"):
        return StdoutText()
    return AtomicTextFile(path)
