"""The one IRI-to-path rule of a published site.

A thing's IRI ``{base}id/{path}`` is described by the document ``{base}doc/{path}``, whose
files are ``doc/{path}.html`` and ``.ttl`` under the site directory
(the site directory is served at the base IRI's path). Nothing else in the publisher turns
an IRI into a file name: :func:`document_path` refuses any IRI outside ``{base}id/`` and any
segment that is not a plain name (ASCII letters, digits, ``-``, ``_``, ``~``; no dots, so no
segment can pose as a file suffix), and :func:`site_file` refuses any path that would leave
the site directory. Things whose IRIs the rule refuses get no page and are not linked.

Evidence nodes (a release's spans and their selectors, ``.../span/{s}-{e}[/quote|/position]``)
and parts (a meeting's participations and agenda items...: ``part_patterns`` in
``data/publish.json``) have no files of their own: they are described in the document of
the resource whose IRI they extend, and the server configuration answers their IRIs with
it (see :mod:`pressgraph.publish.conneg`). Likewise the named
graph of a release, ``{base}graph/{path}``, is described in the documents of the release
``{base}id/{path}``.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from pressgraph.errors import OutputError

THING_SEGMENT = "id/"
DOCUMENT_SEGMENT = "doc/"
# No dots: a segment can never look like a file suffix (``x.ttl``) or climb (``..``).
_SEGMENT = re.compile(r"^[A-Za-z0-9_~-]+$")


def is_thing(iri: str, base: str) -> bool:
    """True when ``iri`` is a thing under ``{base}id/`` with a safe path."""
    try:
        document_path(iri, base)
    except ValueError:
        return False
    return True


def document_path(iri: str, base: str) -> PurePosixPath:
    """``{base}id/a/b`` -> ``doc/a/b`` (no suffix); ValueError for anything else."""
    prefix = base + THING_SEGMENT
    if not iri.startswith(prefix):
        raise ValueError(f"{iri!r} is not under {prefix!r}")
    segments = iri[len(prefix):].split("/")
    for segment in segments:
        if not _SEGMENT.match(segment):
            raise ValueError(f"{iri!r} has an unsafe path segment {segment!r}")
    return PurePosixPath(DOCUMENT_SEGMENT.rstrip("/"), *segments)


def document_iri(iri: str, base: str) -> str:
    """The IRI of the document describing the thing ``iri``."""
    return base + str(document_path(iri, base))


def site_file(site_dir: Path, relative: PurePosixPath | str) -> Path:
    """``site_dir / relative``, refusing absolute paths, ``..`` and escapes via symlinks."""
    relative = PurePosixPath(relative)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise OutputError(f"refusing to write {str(relative)!r} outside the site directory",
                          source=str(site_dir))
    root = site_dir.resolve()
    target = (root / Path(*relative.parts)).resolve()
    if not target.is_relative_to(root):
        raise OutputError(f"refusing to write {str(relative)!r} outside the site directory",
                          source=str(site_dir))
    return target


def relative_href(from_page: PurePosixPath, to_file: PurePosixPath) -> str:
    """A relative link from one site file to another (both relative to the site root)."""
    from_dir = from_page.parent.parts
    to_parts = to_file.parts
    common = 0
    while (common < len(from_dir) and common < len(to_parts) - 1
           and from_dir[common] == to_parts[common]):
        common += 1
    ups = [".."] * (len(from_dir) - common)
    return "/".join(ups + list(to_parts[common:])) or "."
