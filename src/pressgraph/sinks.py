"""Where serialised graphs go: files written atomically, or streams written straight through.

A regular file (or a path that does not exist yet) is written to a temporary sibling and
renamed over the target only when the whole export succeeded, so an interrupted or
failed export leaves the previous output intact and never a half-written file. A
symbolic link is followed: the file it points to is replaced that way and the link
stays. Standard output (``-``), a device (``/dev/null``) or a named pipe is written
straight through and never renamed over. A directory, a socket or a place that cannot
be written is an :class:`OutputError` before anything is written.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import TextIO

from pressgraph.errors import OutputClosedError, OutputError

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
    """``with AtomicTextFile(path) as out: out.write(...)``; ``commit()`` publishes it.

    ``path`` may be a symbolic link: the file it points to is replaced, the link stays.
    A file that is replaced keeps its permission bits (and, for root, its owner).
    """

    streams = False  # nothing is visible at the target before commit()

    def __init__(self, target: str | Path):
        self.target = Path(target)  # as the user named it: messages say this
        self._real = Path(os.path.realpath(self.target))  # the file that is replaced
        self._handle: TextIO | None = None
        self._temp: Path | None = None
        self._committed = False

    def __enter__(self) -> AtomicTextFile:
        directory = self._real.parent
        try:
            directory.mkdir(parents=True, exist_ok=True)
            if self._real.is_dir():
                raise IsADirectoryError(errno.EISDIR, "is a directory")
            if self._real.exists() and not os.access(self._real, os.W_OK):
                raise PermissionError(errno.EACCES, "the file is not writable")
            _remove_stale_temporaries(self._real)
            fd, temp = tempfile.mkstemp(prefix=f".{self._real.name}.{os.getpid()}.",
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
            _keep_mode_and_owner(self._temp, self._real)
            os.replace(self._temp, self._real)
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


def _keep_mode_and_owner(temp: Path, replaced: Path) -> None:
    """Give the new file the permission bits (0644 for a new file) and, when we may,
    the owner of the file it replaces."""
    try:
        old = os.stat(replaced)
    except FileNotFoundError:
        os.chmod(temp, 0o644)
        return
    os.chmod(temp, stat.S_IMODE(old.st_mode))
    if os.geteuid() == 0 and (old.st_uid, old.st_gid) != (0, 0):
        try:
            os.chown(temp, old.st_uid, old.st_gid)
        except PermissionError:  # a user namespace may not map the owner: keep ours
            pass


class StreamText:
    """A stream written straight through (standard output, a device, a named pipe), with
    the interface of :class:`AtomicTextFile`. A reader that goes away (a closed pipe)
    raises :class:`OutputClosedError`."""

    streams = True  # what is written is at the target at once: commit() only flushes

    def __init__(self, target: str | Path, handle: TextIO | None = None):
        self.target = Path(target)
        self._handle = handle
        self._owned = handle is None  # opened here, so closed here

    def __enter__(self) -> StreamText:
        if self._handle is None:
            try:  # no O_CREAT, no O_TRUNC: what is there is written to, never replaced
                fd = os.open(self.target, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
            except OSError as exc:
                raise OutputError(f"cannot write here: {exc.strerror or exc}",
                                  source=str(self.target)) from exc
            self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self

    def write(self, text: str) -> None:
        assert self._handle is not None
        try:
            self._handle.write(text)
        except OSError as exc:
            raise _stream_error(exc, self.target) from exc

    def write_file(self, path: str, length: int) -> None:
        assert self._handle is not None
        try:
            self._handle.flush()
            with open(path, "rb") as source:
                data = _read_exactly(source, length, path)
            self._handle.buffer.write(data)
            self._handle.buffer.flush()
        except OSError as exc:
            raise _stream_error(exc, self.target) from exc

    def commit(self) -> None:
        assert self._handle is not None
        try:
            self._handle.flush()
        except OSError as exc:
            raise _stream_error(exc, self.target) from exc

    def __exit__(self, *exc: object) -> None:
        if self._owned and self._handle is not None:
            try:
                self._handle.close()
            except OSError:  # the reader went away; there is nothing left to tell it
                pass


class StdoutText(StreamText):
    """Standard output."""

    def __init__(self) -> None:
        super().__init__("-", sys.stdout)


def _stream_error(exc: OSError, target: Path) -> OutputError:
    if isinstance(exc, BrokenPipeError):
        return OutputClosedError("the reader closed the output", source=str(target))
    return _output_error(exc, target)


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


def open_output(path: str | None) -> AtomicTextFile | StreamText:
    """The sink for ``path``: standard output for ``-``, the stream itself for a device or
    a named pipe, else a file replaced atomically (through a symbolic link)."""
    if path in (None, "-"):
        return StdoutText()
    assert path is not None
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:  # a new file, or a link to one
        return AtomicTextFile(path)
    except OSError as exc:  # a loop of links, a file used as a directory...
        raise OutputError(f"cannot write here: {exc.strerror or exc}", source=path) from exc
    if stat.S_ISDIR(mode):
        raise OutputError("cannot write here: is a directory; give a file name",
                          source=path)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode):
        return StreamText(path)
    if not stat.S_ISREG(mode):
        raise OutputError("cannot write here: not a file, a device or a named pipe",
                          source=path)
    return AtomicTextFile(path)
