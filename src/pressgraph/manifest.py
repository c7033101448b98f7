"""Batch manifests: which files to read, the URL each was fetched from, its language.

A crawler that saves pages writes a manifest beside them, either CSV with a header row::

    path,url,language
    202410/09/P2024100900401.htm,https://www.info.gov.hk/gia/general/202410/09/P2024100900401.htm,en

or JSON lines (one object per line, same keys)::

    {"path": "202410/09/P2024100900400.htm", "url": "https://...", "language": "zh-Hant"}

``path`` is required and is relative to the manifest's own directory; absolute paths and
paths that lead outside that directory (``..``, symbolic links) are refused, so a manifest
can never make pressgraph read files it was not pointed at. ``url`` (http or https) and
``language`` (en, zh-Hant, zh-Hans) are optional; other columns are ignored. Every problem
is a :class:`UsageError` naming the manifest and the line.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from itertools import chain
from pathlib import Path
from urllib.parse import urlsplit

from pressgraph.errors import UsageError
from pressgraph.model import Language
from pressgraph.reader import InputRef, iter_inputs

MAX_MANIFEST_BYTES = 50 * 1024 * 1024
COLUMNS = ("path", "url", "language")
_LANGUAGES: dict[str, Language] = {
    "en": "en", "en-hk": "en", "en-gb": "en", "english": "en",
    "zh-hant": "zh-Hant", "zh-hk": "zh-Hant", "zh-tw": "zh-Hant", "tc": "zh-Hant",
    "zh-hans": "zh-Hans", "zh-cn": "zh-Hans", "sc": "zh-Hans",
}


def check_source_url(url: str, *, source: str | None = None, line: int | None = None) -> str:
    """An absolute http(s) URL, stripped; anything else is a usage error."""
    value = url.strip()
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(
            ch.isspace() for ch in value):
        raise UsageError(f"source URL {url!r} is not an absolute http(s) URL", source=source,
                         line=line)
    return value


def check_language(value: str, *, source: str | None = None,
                   line: int | None = None) -> Language:
    language = _LANGUAGES.get(value.strip().lower())
    if language is None:
        raise UsageError(f"language {value!r} is not one of en, zh-Hant, zh-Hans",
                         source=source, line=line)
    return language


def read_manifest(manifest: str | Path) -> list[InputRef]:
    """The inputs a manifest lists, in its order."""
    path = Path(manifest)
    where = str(path)
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            raise UsageError(f"manifest is larger than {MAX_MANIFEST_BYTES:,} bytes", source=where)
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read manifest: {exc.strerror or exc}", source=where) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"manifest is not UTF-8 (byte {exc.start})", source=where) from exc
    entries = list(_json_lines(text, where) if _is_json_lines(text) else _csv_rows(text, where))
    if not entries:
        raise UsageError("manifest lists no files", source=where)
    root = path.parent.resolve()
    refs: list[InputRef] = []
    seen: dict[Path, int] = {}
    for line, entry in entries:
        ref = _entry_ref(entry, root, path.parent, where, line)
        assert ref.path is not None
        key = ref.path.resolve()
        if key in seen:
            raise UsageError(f"{entry['path']!r} is listed twice (first on line {seen[key]})",
                             source=where, line=line)
        seen[key] = line
        refs.append(ref)
    return refs


def build_inputs(inputs: tuple[str, ...] | list[str], *, source_url: str | None = None,
                 manifest: str | None = None) -> Iterator[InputRef]:
    """The CLI's inputs: arguments (with ``--source-url`` for a single one), then a manifest.

    Usage problems (a bad manifest line, ``--source-url`` with several inputs) are raised
    here, before anything is read or written; the inputs themselves are read lazily.
    """
    if not inputs and not manifest:
        raise UsageError("no inputs: give files, directories, '-' or --manifest FILE")
    if source_url is not None:
        if manifest:
            raise UsageError("--source-url names the URL of one input; with --manifest, put "
                             "each file's URL in the manifest's url column")
        url = check_source_url(source_url, source="--source-url")
        refs = list(iter_inputs(list(inputs)))
        if len(refs) != 1:
            raise UsageError(f"--source-url needs exactly one input file, got {len(refs)}; "
                             "use --manifest for a batch")
        return iter([replace(refs[0], source_url=url)])
    listed = read_manifest(manifest) if manifest else []
    return chain(iter_inputs(list(inputs)), listed)


def _is_json_lines(text: str) -> bool:
    return text.lstrip().startswith("{")


def _json_lines(text: str, where: str) -> Iterator[tuple[int, dict[str, str]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"not a JSON object: {exc.msg} (column {exc.colno})",
                             source=where, line=number) from exc
        if not isinstance(value, dict):
            raise UsageError('expected a JSON object such as {"path": ..., "url": ...}',
                             source=where, line=number)
        entry: dict[str, str] = {}
        for key in COLUMNS:
            item = value.get(key)
            if item is None:
                continue
            if not isinstance(item, str):
                raise UsageError(f"{key!r} must be a string, got {type(item).__name__}",
                                 source=where, line=number)
            entry[key] = item
        yield number, entry


def _csv_rows(text: str, where: str) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise UsageError(f"bad CSV header: {exc}", source=where, line=1) from exc
    columns = [name.strip().lower() for name in header]
    if "path" not in columns:
        raise UsageError(f"the CSV header {header!r} has no 'path' column; expected "
                         "path,url[,language]", source=where, line=1)
    try:
        for row in reader:
            number = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(columns):
                raise UsageError(f"{len(row)} fields but the header has {len(columns)}",
                                 source=where, line=number)
            entry = {name: cell for name, cell in zip(columns, row, strict=False)
                     if name in COLUMNS}
            yield number, entry
    except csv.Error as exc:
        raise UsageError(f"bad CSV: {exc}", source=where, line=reader.line_num) from exc


def _entry_ref(entry: dict[str, str], root: Path, base: Path, where: str, line: int) -> InputRef:
    raw_path = (entry.get("path") or "").strip()
    if not raw_path:
        raise UsageError("no path", source=where, line=line)
    relative = Path(raw_path)
    if relative.is_absolute() or raw_path.startswith(("\\", "/")) or ":" in relative.parts[0]:
        raise UsageError(f"path {raw_path!r} must be relative to the manifest's directory",
                         source=where, line=line)
    candidate = base / relative
    resolved = candidate.resolve()
    if not resolved.is_relative_to(root):
        raise UsageError(f"path {raw_path!r} leads outside the manifest's directory {root}",
                         source=where, line=line)
    if candidate.is_dir():
        raise UsageError(f"path {raw_path!r} is a directory; list the files", source=where,
                         line=line)
    url_text = (entry.get("url") or "").strip()
    url = check_source_url(url_text, source=where, line=line) if url_text else None
    language_text = (entry.get("language") or "").strip()
    language = check_language(language_text, source=where, line=line) if language_text else None
    return InputRef(source=str(candidate), path=candidate, source_url=url,
                    declared_language=language)
