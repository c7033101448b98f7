"""The harvest: for each day and language, its index, then each release it lists.

A day's index is fetched unless it is held and final: fetched (answered 200, 404 or 410)
on a later day than its own (``fetched_on`` is the Hong Kong day of the fetch). So today's
index, and an index fetched on its own day, are asked for again, conditionally
(``If-None-Match`` / ``If-Modified-Since``); a 304 reuses the stored copy. A release is
fetched unless the manifest holds it or it answered 404/410 before. A robots.txt refusal
or a failure after the retries is logged and asked for again by the next harvest.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pressgraph.errors import FetchError
from pressgraph.harvest.fetch import Fetcher, Refused, Response
from pressgraph.harvest.index import ReleaseLink, release_links
from pressgraph.harvest.plan import Plan
from pressgraph.harvest.sources import Source, Sources
from pressgraph.harvest.store import FINAL_MISSING, Archive
from pressgraph.model import Language

log = logging.getLogger("pressgraph")


@dataclass
class HarvestSummary:
    days: int = 0
    indexes_fetched: int = 0
    indexes_unchanged: int = 0
    indexes_reused: int = 0
    indexes_missing: int = 0
    listed: int = 0
    stored: int = 0
    already_held: int = 0
    missing: int = 0
    refused: int = 0
    failed: list[str] = field(default_factory=list)


@dataclass
class Harvester:
    archive: Archive
    fetcher: Fetcher
    sources: Sources
    today: date
    on_day: Callable[[date, Language, int], None] | None = None
    summary: HarvestSummary = field(default_factory=HarvestSummary)

    def run(self, plan: Plan) -> HarvestSummary:
        for day in plan.days:
            self.summary.days += 1
            for language in plan.languages:
                source = self.sources[language]
                links = self._day_links(day, source)
                if self.on_day is not None:
                    self.on_day(day, language, len(links))
                for link in links:
                    self._release(link, source, day)
        return self.summary

    # -- indexes ---------------------------------------------------------------------

    def _day_links(self, day: date, source: Source) -> list[ReleaseLink]:
        url = source.index_url(day)
        held = self.archive.index_record(url)
        if held is not None and self._final(held, day):
            self.summary.indexes_reused += 1
            return self._links_of(held, url, source)
        etag = held.get("etag") if held and held.get("path") else None
        modified = held.get("last_modified") if held and held.get("path") else None
        try:
            answer = self.fetcher.get(url, etag=etag, last_modified=modified)
        except FetchError as exc:
            return self._index_failed(url, day, source, exc.message, held)
        if isinstance(answer, Refused):
            self.summary.refused += 1
            self.archive.note(_refusal("index", url, source.language, day, answer))
            log.warning("%s: not fetched: %s", url, answer.reason)
            return self._links_of(held, url, source) if held else []
        record = _index_record(answer, url, source.language, day, self.today)
        if answer.status == 304 and held is not None and held.get("path"):
            self.summary.indexes_unchanged += 1
            record.update(path=held["path"], sha256=held.get("sha256"),
                          etag=record.get("etag") or held.get("etag"),
                          last_modified=record.get("last_modified") or held.get("last_modified"))
            self.archive.store_index(record, None)
            return self._links_of(record, url, source)
        if answer.status == 200:
            self.summary.indexes_fetched += 1
            record["path"] = Archive.index_path(source.language, day)
            self.archive.store_index(record, answer.body)
            return release_links(answer.body, answer.final_url, source, self.sources)
        if answer.status in FINAL_MISSING:
            self.summary.indexes_missing += 1
            self.archive.store_index(record, None)
            log.info("%s: no index (HTTP %d)", url, answer.status)
            return []
        return self._index_failed(url, day, source, f"HTTP {answer.status}", held, record)

    def _final(self, record: dict[str, Any], day: date) -> bool:
        status = record.get("status")
        fetched_on = date.fromisoformat(record.get("fetched_on") or "0001-01-01")
        done = status in (200, 304) or status in FINAL_MISSING
        return done and fetched_on > day and day < self.today

    def _links_of(self, record: dict[str, Any] | None, url: str,
                  source: Source) -> list[ReleaseLink]:
        if not record or not record.get("path"):
            return []
        body = self.archive.read(record["path"])
        return release_links(body, record.get("final_url") or url, source, self.sources)

    def _index_failed(self, url: str, day: date, source: Source, reason: str,
                      held: dict[str, Any] | None,
                      record: dict[str, Any] | None = None) -> list[ReleaseLink]:
        self.summary.failed.append(f"{url}: {reason}")
        log.warning("%s: not fetched: %s", url, reason)
        failure = record or {"kind": "index", "url": url, "language": source.language,
                             "day": day.isoformat()}
        failure = {**failure, "outcome": "failed", "error": reason}
        # a failure does not replace what was held: log it without taking the index's place
        self.archive.note({**failure, "kind": "failure", "of": "index"})
        return self._links_of(held, url, source) if held else []

    # -- releases --------------------------------------------------------------------

    def _release(self, link: ReleaseLink, source: Source, day: date) -> None:
        self.summary.listed += 1
        if self.archive.holds(link.url) or self.archive.is_missing(link.url):
            self.summary.already_held += 1
            return
        try:
            answer = self.fetcher.get(link.url)
        except FetchError as exc:
            self._release_failed(link, source, day, exc.message)
            return
        if isinstance(answer, Refused):
            self.summary.refused += 1
            self.archive.note(_refusal("release", link.url, source.language, day, answer))
            log.warning("%s: not fetched: %s", link.url, answer.reason)
            return
        if answer.status == 200:
            self.archive.store_release(
                _manifest_entry(answer, link, source.language, day, self.today), answer.body)
            self.summary.stored += 1
            return
        record = {"kind": "release", "url": link.url, "language": source.language,
                  "day": day.isoformat(), "status": answer.status,
                  "fetched_at": answer.fetched_at, "fetched_on": self.today.isoformat()}
        if answer.status in FINAL_MISSING:
            self.summary.missing += 1
            self.archive.note({**record, "outcome": "missing"})
            log.warning("%s: HTTP %d; the index lists a page that is not there",
                        link.url, answer.status)
            return
        self._release_failed(link, source, day, f"HTTP {answer.status}")

    def _release_failed(self, link: ReleaseLink, source: Source, day: date,
                        reason: str) -> None:
        self.summary.failed.append(f"{link.url}: {reason}")
        log.warning("%s: not fetched: %s", link.url, reason)
        self.archive.note({"kind": "failure", "of": "release", "url": link.url,
                           "language": source.language, "day": day.isoformat(),
                           "outcome": "failed", "error": reason})


def _kept_headers(answer: Response) -> list[list[str]]:
    """The answer's headers as they came: [name, value] pairs, in order, repeats kept."""
    return [[name, value] for name, value in answer.headers]


def _index_record(answer: Response, url: str, language: Language, day: date,
                  today: date) -> dict[str, Any]:
    record: dict[str, Any] = {
        "kind": "index", "url": url, "language": language, "day": day.isoformat(),
        "status": answer.status, "fetched_at": answer.fetched_at,
        "fetched_on": today.isoformat()}
    if answer.final_url != url:
        record["final_url"] = answer.final_url
    if answer.status == 200:
        record["sha256"] = hashlib.sha256(answer.body).hexdigest()
        record["length"] = len(answer.body)
    record["etag"] = answer.header("ETag")
    record["last_modified"] = answer.header("Last-Modified")
    record["headers"] = _kept_headers(answer)
    return record


def _manifest_entry(answer: Response, link: ReleaseLink, language: Language, day: date,
                    today: date) -> dict[str, Any]:
    """One manifest line: ``path``, ``url``, ``language`` (what ``export --manifest``
    reads), then what the harvest knows of the fetch."""
    entry: dict[str, Any] = {
        "path": Archive.release_path(language, link.yyyymm, link.dd, link.release_id),
        "url": answer.final_url,
        "language": language,
        "release_id": link.release_id,
        "date": link.day.isoformat(),
        "index_day": day.isoformat(),
        "status": answer.status,
        "fetched_at": answer.fetched_at,
        "fetched_on": today.isoformat(),
        "sha256": hashlib.sha256(answer.body).hexdigest(),
        "length": len(answer.body),
        "headers": _kept_headers(answer),
    }
    if answer.final_url != link.url:
        entry["requested_url"] = link.url
    return entry


def _refusal(kind: str, url: str, language: Language, day: date,
             refused: Refused) -> dict[str, Any]:
    return {"kind": "refused", "of": kind, "url": url, "language": language,
            "day": day.isoformat(), "outcome": "refused", "error": refused.reason,
            "refused_url": refused.url}
