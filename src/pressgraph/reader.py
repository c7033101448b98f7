"""Stage 1: find inputs and turn their bytes into text.

Nothing here knows what a release looks like; it only decides whether bytes are text,
in which encoding, and whether they are HTML. Every failure is an :class:`InputError`
naming the input.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pressgraph.errors import InputError
from pressgraph.model import Language, MediaType, SourceText

MAX_BYTES = 5 * 1024 * 1024  # a press release is a few kB; 5 MB is clearly something else
INPUT_SUFFIXES = (".txt", ".htm", ".html")

_CONTROL_ALLOWED = {"\n", "\r", "\t", "\f", "\v"}


@dataclass(frozen=True)
class InputRef:
    """One input to read: a file on disk or standard input."""

    source: str  # how messages and provenance name it
    path: Path | None  # None for stdin and archive members
    source_url: str | None = None
    declared_language: Language | None = None
    data: bytes | None = None  # already read (an archive member)
    error: str | None = None  # known unreadable (e.g. an oversized archive member)

    def read_bytes(self) -> bytes:
        if self.error is not None:
            raise InputError(self.error)
        if self.data is not None:
            return self.data
        if self.path is None:
            return _read_limited(sys.stdin.buffer, self.source)
        try:
            size = self.path.stat().st_size
            if size > MAX_BYTES:
                raise InputError(
                    f"file is {size:,} bytes; a release is expected to be under {MAX_BYTES:,}",
                    source=self.source,
                )
            with self.path.open("rb") as handle:
                return _read_limited(handle, self.source)
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror or exc}", source=self.source) from exc


def _read_limited(handle, source: str) -> bytes:  # type: ignore[no-untyped-def]
    data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(f"input exceeds the {MAX_BYTES:,}-byte limit for a release", source=source)
    return bytes(data)


def iter_inputs(paths: list[str]) -> Iterator[InputRef]:
    """Expand command-line inputs: files, directories (recursively, sorted) and ``-``.

    Directories yield their ``.txt``/``.htm``/``.html`` files in sorted path order, so the
    output never depends on the file system's listing order. Hidden files are skipped.
    """
    for raw in paths:
        if raw == "-":
            yield InputRef(source="<stdin>", path=None)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _iter_directory(path)
        elif path.is_file() and _is_archive(path):
            from pressgraph.archives import iter_archive

            yield from iter_archive(path)
        elif path.exists():
            yield InputRef(source=str(path), path=path)
        else:  # reported in its turn, so that the other inputs still go through
            yield InputRef(source=raw, path=None,
                           error=str(InputError("no such file or directory", source=raw)))


def _is_archive(path: Path) -> bool:
    from pressgraph.archives import is_archive

    return is_archive(path)


def _iter_directory(root: Path) -> Iterator[InputRef]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(INPUT_SUFFIXES):
                continue
            found.append(Path(dirpath) / name)
    for path in sorted(found, key=lambda p: p.as_posix()):
        yield InputRef(source=str(path), path=path)


def read(ref: InputRef) -> SourceText:
    """Read and decode one input."""
    return decode(ref.read_bytes(), ref.source, source_url=ref.source_url,
                  declared_language=ref.declared_language)


def decode(
    data: bytes,
    source: str,
    *,
    source_url: str | None = None,
    declared_language: Language | None = None,
) -> SourceText:
    """Decode bytes to text, detecting the encoding; refuse empty and binary input."""
    if not data.strip():
        raise InputError("input is empty: expected the text or HTML of a press release",
                         source=source)
    text, encoding, warnings = _decode_bytes(data, source)
    _refuse_binary(text, source)
    media_type: MediaType = "text/html" if _looks_like_html(text) else "text/plain"
    return SourceText(
        source=source,
        text=text,
        media_type=media_type,
        encoding=encoding,
        content_sha256=hashlib.sha256(data).hexdigest(),
        source_url=source_url,
        declared_language=declared_language,
        warnings=tuple(warnings),
    )


def _decode_bytes(data: bytes, source: str) -> tuple[str, str, list[str]]:
    warnings: list[str] = []
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", ""), warnings
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {encoding} byte-order mark but is not valid "
                                 f"{encoding} at byte {exc.start}", source=source) from exc
    if b"\x00" in data[:4096] and _looks_like_utf16(data):
        try:
            return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"), "utf-16", warnings
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError as exc:
        first_error = exc
    if b"\x00" in data:
        raise InputError("input is binary (contains NUL bytes), not the text of a release",
                         source=source)
    return _decode_legacy(data, source, first_error, warnings)


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    return max(even_nuls, odd_nuls) > 0.3 * half and min(even_nuls, odd_nuls) < 0.05 * half


def _decode_legacy(data: bytes, source: str, utf8_error: UnicodeDecodeError,
                   warnings: list[str]) -> tuple[str, str, list[str]]:
    """Old Chinese pages come in Big5 or GB18030: decode with a warning, never silently."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["big5", "big5hkscs", "gb18030", "cp1252", "latin_1"]).best()
    if best is None or best.encoding is None:
        raise InputError(
            f"not valid UTF-8 (byte {utf8_error.start}) and no other encoding fits; "
            "expected UTF-8, UTF-16, Big5 or GB18030 text",
            source=source,
        )
    encoding = best.encoding
    text = str(best)
    warnings.append(f"decoded as {encoding}, not UTF-8; check the text for mojibake")
    return text, encoding, warnings


def _refuse_binary(text: str, source: str) -> None:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _CONTROL_ALLOWED)
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise InputError("input looks binary (control characters), not the text of a release",
                         source=source)


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        "<body" in head or "<head" in head
    )
