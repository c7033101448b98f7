"""Releases read straight out of ``.zip`` and ``.tar[.gz|.bz2|.xz]`` archives.

Members are read one at a time, in the archive's own order (a zip's central directory,
a tar's stream), and never unpacked to disk. A member larger than the release size
limit is refused before it is read, so a compressed bomb cannot exhaust memory.
"""

from __future__ import annotations

import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from pressgraph.errors import InputError
from pressgraph.reader import INPUT_SUFFIXES, MAX_BYTES, InputRef

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def _wanted(name: str) -> bool:
    member = PurePosixPath(name)
    return member.name.lower().endswith(INPUT_SUFFIXES) and not any(
        part.startswith(".") for part in member.parts
    )


def iter_archive(path: Path) -> Iterator[InputRef]:
    """One InputRef (with its bytes) per release in the archive.

    A damaged archive yields the members read so far, then one InputRef carrying the
    error, so that the batch reports it and goes on with its other inputs.
    """
    try:
        if path.name.lower().endswith(".zip"):
            yield from _iter_zip(path)
        else:
            yield from _iter_tar(path)
    except InputError as exc:
        yield InputRef(source=exc.source or str(path), path=None, error=exc.message)


def _member_ref(archive: Path, name: str, data: bytes) -> InputRef:
    return InputRef(source=f"{archive}!{name}", path=None, data=data)


def _too_big(archive: Path, name: str, size: int) -> InputError:
    return InputError(f"archive member is {size:,} bytes; a release is expected to be under "
                      f"{MAX_BYTES:,}", source=f"{archive}!{name}")


def _iter_zip(path: Path) -> Iterator[InputRef]:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(f"not a readable zip archive: {exc}", source=str(path)) from exc
    with archive:
        for info in archive.infolist():
            if info.is_dir() or not _wanted(info.filename):
                continue
            if info.file_size > MAX_BYTES:
                yield InputRef(source=f"{path}!{info.filename}", path=None,
                               error=_too_big(path, info.filename, info.file_size).message)
                continue
            try:
                data = archive.read(info)
            except (OSError, zipfile.BadZipFile, RuntimeError) as exc:
                raise InputError(f"archive member cannot be read: {exc}",
                                 source=f"{path}!{info.filename}") from exc
            yield _member_ref(path, info.filename, data)


def _iter_tar(path: Path) -> Iterator[InputRef]:
    try:
        archive = tarfile.open(path, mode="r|*")  # a stream: no index, no seeking
    except (OSError, tarfile.TarError) as exc:
        raise InputError(f"not a readable tar archive: {exc}", source=str(path)) from exc
    with archive:
        try:
            for member in archive:
                if not member.isfile() or not _wanted(member.name):
                    continue
                if member.size > MAX_BYTES:
                    yield InputRef(source=f"{path}!{member.name}", path=None,
                                   error=_too_big(path, member.name, member.size).message)
                    continue
                handle = archive.extractfile(member)
                if handle is None:
                    continue
                yield _member_ref(path, member.name, handle.read())
        except (OSError, tarfile.TarError, EOFError) as exc:
            raise InputError(f"archive is damaged or truncated: {exc}", source=str(path)) from exc


def count_members(path: Path) -> int | None:
    """How many releases a zip archive holds (from its index); ``None`` for a tar stream,
    which could only be counted by reading it whole."""
    if not path.name.lower().endswith(".zip"):
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            return sum(1 for info in archive.infolist()
                       if not info.is_dir() and _wanted(info.filename))
    except (OSError, zipfile.BadZipFile):
        return 1  # reported as one failed input
