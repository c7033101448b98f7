"""What a release's URL says about its date.

The date shapes of the URLs of info.gov.hk, news.gov.hk, its e-bulletins, departments'
archives and reprinting sites are data (``data/release_url_dates.txt``). (The release ID
is read from an info.gov.hk URL by :mod:`pressgraph.parse`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache
from importlib import resources

from pressgraph.dateforms import MONTHS, valid_date


def url_path(url: str) -> str:
    """The URL without its query and fragment."""
    return url.split("#")[0].split("?")[0]


_GOVERNMENT_SITE = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^/]*\.)?gov\.hk(?::\d+)?/"
                              r"|/(?:[a-z0-9-]+\.)+gov\.hk/", re.IGNORECASE)


def is_government_page(url: str) -> bool:
    """A page of a Government site (``*.gov.hk``), directly or through a conversion proxy
    (``…/TuniS/www.info.gov.hk/…``): the date its URL gives is the release's own, where a
    reprinting site's URL gives the day it posted the release."""
    return bool(_GOVERNMENT_SITE.search(url_path(url)))


@cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    text = resources.files("pressgraph").joinpath("data/release_url_dates.txt").read_text("utf-8")
    return tuple(re.compile(line.strip()) for line in text.splitlines()
                 if line.strip() and not line.lstrip().startswith("#"))


def url_date(url: str) -> date | None:
    """The release date the URL's path gives, if it names a real day."""
    for full, _month in _url_dates(url):
        if full is not None:
            return full
    return None


def url_month(url: str) -> tuple[int, int] | None:
    """(year, month) when the URL's path gives a month but no day (``/isd/news/dec97/``,
    a reposting site's ``/2026/01/<headline>``)."""
    if url_date(url) is not None:
        return None
    for full, month in _url_dates(url):
        if full is None and month is not None:
            return month
    return None


def _url_dates(url: str) -> Iterator[tuple[date | None, tuple[int, int] | None]]:
    path = url_path(url).lower()
    for pattern in _date_patterns():
        for match in pattern.finditer(path):
            yield _read(match.groupdict())


def _read(groups: dict[str, str | None]) -> tuple[date | None, tuple[int, int] | None]:
    year = _year(groups.get("y"), groups.get("yy"))
    month = _month(groups.get("m"))
    if year is None or month is None:
        return None, None
    if groups.get("d") is None:
        return None, (year, month)
    return valid_date(year, month, int(groups["d"] or 0)), None


def _year(four: str | None, two: str | None) -> int | None:
    if four is not None:
        if two is not None and four[2:] != two:
            return None
        return int(four)
    if two is not None:
        return (1900 if int(two) >= 70 else 2000) + int(two)
    return None


def _month(text: str | None) -> int | None:
    if text is None:
        return None
    number = int(text) if text.isdigit() else MONTHS.get(text)
    return number if number is not None and 1 <= number <= 12 else None
