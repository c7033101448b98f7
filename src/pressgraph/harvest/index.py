"""A day's index page -> the releases it links to.

The page is parsed as HTML (lxml); every ``<a href>`` is resolved against the page's URL
and kept when the path of that URL is a release's (the pattern of ``data/sources.toml``).
The release is then named by the canonical URL of its language (its day and ID under
the language's site), so an index that links to the archive from a mirror, relatively
or absolutely, over http or https, still gives the page of the language asked for.
Links are kept once each, in the order of the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from pressgraph.dateforms import valid_date
from pressgraph.harvest.sources import Source, Sources


@dataclass(frozen=True)
class ReleaseLink:
    """A release an index lists: its canonical URL, ID and the day of its path."""

    url: str
    release_id: str
    day: date
    yyyymm: str
    dd: str


def release_links(body: bytes, index_url: str, source: Source,
                  sources: Sources) -> list[ReleaseLink]:
    """The releases the index page ``body`` (fetched from ``index_url``) links to."""
    if not body.strip():
        return []
    try:
        document = lxml.html.document_fromstring(body)
    except (etree.ParserError, ValueError):
        return []
    links: list[ReleaseLink] = []
    seen: set[str] = set()
    for anchor in document.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        link = _release_link(urljoin(index_url, href), source, sources)
        if link is not None and link.url not in seen:
            seen.add(link.url)
            links.append(link)
    return links


def _release_link(url: str, source: Source, sources: Sources) -> ReleaseLink | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return None
    match = sources.release_link.search(parts.path)
    if match is None:
        return None
    yyyymm, dd, release_id = match.group("yyyymm"), match.group("dd"), match.group("id").upper()
    day = valid_date(int(yyyymm[:4]), int(yyyymm[4:]), int(dd))
    if day is None:
        return None
    return ReleaseLink(source.release_url(yyyymm, dd, release_id), release_id, day, yyyymm, dd)
