"""Stage 1: find inputs and turn their bytes into text.

Nothing here knows what a release looks like; it only decides whether bytes are text,
in which encoding, and whether they are HTML. Every failure is an :class:`InputError`
naming the input.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pressgraph.errors import InputError
from pressgraph.model import Language, MediaType, SourceText

MAX_BYTES = 5 * 1024 * 1024  # a press release is a few kB; 5 MB is clearly something else
INPUT_SUFFIXES = (".txt", ".htm", ".html")

_CONTROL_ALLOWED = {"\n", "\r", "\t", "\f", "\v"}
# Leading bytes of file kinds that are certainly not a release's text.
_MAGIC = (
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"BZh", "bzip2-compressed data"), (b"\xfd7zXZ", "xz-compressed data"),
    (b"7z\xbc\xaf", "a 7-Zip archive"), (b"\x7fELF", "an executable"),
    (b"RIFF", "a media file"), (b"{\\rtf", "an RTF document"),
)
_LEGACY_ENCODINGS = ["big5hkscs", "big5", "gb18030", "cp1252", "latin_1"]
# UTF-8 bytes read as cp1252/Latin-1: a lead byte (Â..ô) then continuation-byte lookalikes.
_DOUBLE_UTF8 = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac"
    "\u2122]{1,3}"
)
_CJK_CHAR = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_MIN_REPAIRED_CHINESE = 0.3  # share of a re-read text's characters that must be Chinese
_MAX_UNREAD_SHARE = 0.05  # characters that do not re-read, against the Chinese ones
# Big5/GB bytes read as Latin-1: long runs of accented letters and symbols.
# (a lead byte 0x81-0xFE, then a trail byte that may be an ASCII letter)
_LATIN1_RUN = re.compile("(?:[\u0081-\u00fe][\u0040-\u007e\u0080-\u00fe]){3,}")


@dataclass(frozen=True)
class InputRef:
    """One input to read: a file on disk or standard input."""

    source: str  # how messages and provenance name it
    path: Path | None  # None for stdin and archive members
    source_url: str | None = None
    declared_language: Language | None = None
    data: bytes | None = None  # already read (an archive member)
    error: str | None = None  # known unreadable (e.g. an oversized archive member): why

    def read_bytes(self) -> bytes:
        if self.error is not None:
            raise InputError(self.error, source=self.source)
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
            with open(self.path, "rb") as handle:
                # What stat says, plus one byte to see whether it grew: no 5 MB buffer
                # per small file. Whatever comes after is read up to the limit.
                data = handle.read(size + 1)
                if len(data) > size:
                    data += handle.read(MAX_BYTES + 1 - len(data))
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror or exc}",
                             source=self.source) from exc
        if len(data) > MAX_BYTES:
            raise InputError(f"input exceeds the {MAX_BYTES:,}-byte limit for a release",
                             source=self.source)
        return data


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
                           error="no such file or directory")


def _is_archive(path: Path) -> bool:
    from pressgraph.archives import is_archive

    return is_archive(path)


def _iter_directory(root: Path) -> Iterator[InputRef]:
    found = [Path(os.path.join(dirpath, name))  # one Path per file, not two
             for dirpath, _dirnames, filenames in _walk_visible(root)
             for name in filenames if _is_input_name(name)]
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
    _refuse_known_binary(data, source)
    text, encoding, warnings = _decode_bytes(data, source)
    _refuse_binary(text, source)
    mojibake = mojibake_warning(text)
    if mojibake:
        warnings.append(mojibake)
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
            codec = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
            return data.decode(codec), "utf-16", warnings
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError as exc:
        first_error = exc
    if b"\x00" in data:
        raise InputError("input is binary (contains NUL bytes), not the text of a release",
                         source=source)
    declared = _declared_html_charset(data)
    if declared and declared not in ("utf-8", "utf-16"):
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            warnings.append(f"decoded as {declared} (declared by the page), not UTF-8; "
                            "check the text for mojibake")
            return text, declared, warnings
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

    best = from_bytes(data, cp_isolation=_LEGACY_ENCODINGS).best()
    if best is None or best.encoding is None:
        raise InputError(
            f"not valid UTF-8 (byte {utf8_error.start}) and no other encoding fits; "
            "expected UTF-8, UTF-16, Big5 or GB18030 text",
            source=source,
        )
    encoding = best.encoding
    text = str(best)
    warnings.append(f"not UTF-8 (byte {utf8_error.start}); decoded as {encoding}: check the "
                    "text for mojibake")
    if best.chaos > 0.2:
        warnings.append(f"the {encoding} decoding looks garbled ({best.chaos:.0%} of the text is "
                        "unusual); the encoding may be wrong")
    return text, encoding, warnings


def _declared_html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` element, as a Python codec name."""
    head = data[:4096]
    if b"<" not in head or b"charset" not in head.lower():
        return None
    from lxml import html

    try:
        root = html.document_fromstring(
            head.decode("latin-1").encode("utf-8"),
            parser=html.HTMLParser(no_network=True, remove_comments=True, encoding="utf-8"))
    except Exception:  # an unparsable head simply declares nothing
        return None
    for meta in root.iter("meta"):
        charset = meta.get("charset")
        if not charset and (meta.get("http-equiv") or "").lower() == "content-type":
            content = meta.get("content") or ""
            charset = content.lower().partition("charset=")[2].split(";")[0]
        if charset:
            try:
                return codecs.lookup(charset.strip().strip("'\"")).name
            except LookupError:
                return None
    return None


def _refuse_known_binary(data: bytes, source: str) -> None:
    head = data.lstrip(b"\t\r\n ")[:8]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"input is {kind}, not the text of a release (binary refused)",
                             source=source)


def mojibake_warning(text: str) -> str | None:
    """A warning when decoded text shows the marks of a wrong decoding, else None.

    Three signs: U+FFFD replacement characters; UTF-8 read as cp1252/Latin-1 somewhere on
    the way ("æ”¿" for "政", "â€™" for "’"); Big5/GB bytes read as Latin-1 (long runs of
    accented letters that re-decode as Chinese).
    """
    replacements = text.count("\ufffd")
    if replacements:
        return (f"{replacements} U+FFFD replacement character(s): some bytes were lost "
                "before this file was saved (mojibake)")
    for match in _LATIN1_RUN.finditer(text):
        for codec in ("big5hkscs", "gb18030"):
            fixed = _redecode(match.group(), codec)
            if fixed and sum(1 for ch in fixed if "\u4e00" <= ch <= "\u9fff") * 2 >= len(fixed):
                return (f"mojibake: {match.group()[:12]!r} looks like Chinese (Big5 or "
                        "GB18030) bytes read as Latin-1; the text was decoded wrongly somewhere")
    for match in _DOUBLE_UTF8.finditer(text):
        fixed = _redecode(match.group(), "utf-8")
        if fixed and fixed != match.group():
            return (f"mojibake: {match.group()!r} looks like UTF-8 read as cp1252/Latin-1 "
                    f"(probably {fixed!r}); the text was decoded twice somewhere")
    return None


def latin1_chinese(text: str) -> tuple[str, str] | None:
    """What a text says when it is Chinese bytes (Big5, GB18030, UTF-8) that a store decoded as
    Latin-1 (``¦æ¬Fªø©x`` for ``行政長官``), and the codec; None when it is not such a text.

    The reading is for knowing the text's language only: the store has usually dropped some
    bytes on the way (soft hyphens, C1 controls), so characters here and there are lost.
    """
    if not _LATIN1_RUN.search(text):
        return None
    raw, outside = bytearray(), 0
    for char in text:
        if ord(char) < 256:
            raw.append(ord(char))
            continue
        try:
            raw.extend(char.encode("cp1252"))
        except UnicodeEncodeError:
            outside += 1  # a character the store did decode (or anything else): not read
    best: tuple[int, str, str] | None = None
    for codec in ("utf-8", "big5hkscs", "gb18030"):  # UTF-8 read as cp1252 too ("æ”¿")
        fixed = bytes(raw).decode(codec, errors="replace")
        lost = fixed.count("\ufffd")
        if best is None or lost < best[0]:
            best = (lost, fixed, codec)
    assert best is not None
    lost, fixed, codec = best
    chinese = len(_CJK_CHAR.findall(fixed))
    if (chinese < _MIN_REPAIRED_CHINESE * len("".join(fixed.split()))
            or lost + outside > _MAX_UNREAD_SHARE * chinese):
        return None
    return fixed, codec


def _redecode(fragment: str, codec: str) -> str | None:
    for single_byte in ("cp1252", "latin-1"):
        try:
            return fragment.encode(single_byte).decode(codec)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return None


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


def count_inputs(paths: list[str]) -> int | None:
    """How many inputs ``iter_inputs(paths)`` will yield, when that is cheap to know (for a
    progress line's ETA); ``None`` when an input is a tar stream."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            total += sum(1 for _dirpath, _dirnames, filenames in _walk_visible(path)
                         for name in filenames if _is_input_name(name))
        elif path.is_file() and _is_archive(path):
            from pressgraph.archives import count_members

            members = count_members(path)
            if members is None:
                return None
            total += members
        else:
            total += 1
    return total


def _walk_visible(root: Path) -> Iterator[tuple[str, list[str], list[str]]]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        yield dirpath, dirnames, filenames


def _is_input_name(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(INPUT_SUFFIXES)
