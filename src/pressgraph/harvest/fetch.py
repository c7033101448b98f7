"""Polite HTTP: robots.txt, one request at a time per host with a delay, retries with
backoff, conditional requests, redirects followed one polite hop at a time.

Only the standard library (``urllib``). The fetcher is single-threaded: it never has
more than one request in flight at all, so never more than one per host. Between the
end of one answer from a host and the next request to it, at least ``delay`` seconds
pass (or the host's ``Crawl-delay`` in robots.txt, when longer). A 429 or 5xx answer, a
timeout or a dropped connection is retried after ``backoff * 2**attempt`` seconds (or
the server's ``Retry-After``, up to ``max_backoff``). robots.txt is read once per host
and run, through the same queue: a 401 or 403 for it forbids the whole host, another 4xx
allows everything, and a host whose robots.txt cannot be read (5xx, unreachable) is
treated as forbidding everything, as RFC 9309 asks.
"""

from __future__ import annotations

import email.utils
import http.client
import logging
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from pressgraph import __version__
from pressgraph.errors import FetchError

log = logging.getLogger("pressgraph")

MAX_BODY_BYTES = 20 * 1024 * 1024
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PRODUCT = "pressgraph-harvest"


def user_agent(contact: str | None) -> str:
    """``pressgraph-harvest/0.1.0 (+mailto:ops@example.org)``: who is asking, and how to
    reach them. The robots.txt rules for ``pressgraph-harvest`` (or ``*``) apply."""
    if not contact:
        return f"{PRODUCT}/{__version__} (linked-data harvester; no contact given)"
    reach = f"mailto:{contact}" if "@" in contact and ":" not in contact else contact
    return f"{PRODUCT}/{__version__} (+{reach})"


@dataclass(frozen=True)
class Politeness:
    user_agent: str
    contact: str | None = None
    delay: float = 1.0
    timeout: float = 30.0
    retries: int = 4
    backoff: float = 2.0
    max_backoff: float = 300.0
    max_redirects: int = 5


@dataclass(frozen=True)
class Response:
    """A server's answer, as it came."""

    url: str  # asked for (before redirects)
    final_url: str  # that answered
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    fetched_at: str  # UTC, ISO 8601, seconds

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)


@dataclass(frozen=True)
class Refused:
    """robots.txt forbids this URL (nothing was asked of the server)."""

    url: str
    reason: str


class _RetryableError(Exception):
    def __init__(self, reason: str, response: Response | None = None,
                 retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.response = response
        self.retry_after = retry_after


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects come back as answers: each hop is checked against robots.txt and
    waits its turn like any other request."""

    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


@dataclass
class _Host:
    next_at: float = 0.0
    rules: urllib.robotparser.RobotFileParser | None = None
    crawl_delay: float = 0.0


@dataclass
class Fetcher:
    politeness: Politeness
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    requests: int = 0  # requests sent, robots.txt included
    _hosts: dict[str, _Host] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._opener = urllib.request.build_opener(_NoRedirect())

    def get(self, url: str, *, etag: str | None = None,
            last_modified: str | None = None) -> Response | Refused:
        """The answer for ``url`` after redirects: any status, the 429/5xx ones only once
        the retries are spent; ``Refused`` when robots.txt forbids a hop. A failure of
        the network after the retries raises :class:`FetchError`."""
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.politeness.max_redirects + 1):
            if not self.allowed(current):
                return Refused(current, "robots.txt forbids it")
            response = self._with_retries(current, conditional)
            location = response.header("Location")
            if response.status not in REDIRECT_STATUSES or not location:
                return Response(url, current, response.status, response.headers,
                                response.body, response.fetched_at)
            current = urljoin(current, location.strip())
            conditional = {}  # the validators were for the first URL
            if urlsplit(current).scheme not in ("http", "https"):
                raise FetchError(f"redirected to {current!r}, not http(s)", source=url)
        raise FetchError(f"more than {self.politeness.max_redirects} redirects", source=url)

    def allowed(self, url: str) -> bool:
        host = self._host(url)
        if host.rules is None:
            host.rules = self._read_robots(url, host)
        return host.rules.can_fetch(self.politeness.user_agent, url)

    # -- robots.txt ------------------------------------------------------------------

    def _read_robots(self, url: str, host: _Host) -> urllib.robotparser.RobotFileParser:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        rules = urllib.robotparser.RobotFileParser(robots_url)
        try:
            response = self._with_retries(robots_url, {})
            for _hop in range(self.politeness.max_redirects):
                location = response.header("Location")
                if response.status not in REDIRECT_STATUSES or not location:
                    break
                response = self._with_retries(urljoin(response.final_url, location), {})
        except FetchError as exc:
            log.warning("%s: cannot be read (%s); nothing is fetched from this host",
                        robots_url, exc.message)
            rules.disallow_all = True
            return rules
        if response.status in (401, 403) or response.status >= 500:
            log.warning("%s: answered %d; nothing is fetched from this host", robots_url,
                        response.status)
            rules.disallow_all = True
        elif response.status >= 400:
            rules.allow_all = True
        else:
            rules.parse(response.body.decode("utf-8", "replace").splitlines())
            delay = rules.crawl_delay(self.politeness.user_agent)
            host.crawl_delay = float(delay) if delay else 0.0
        return rules

    # -- one request, politely -------------------------------------------------------

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        return self._hosts.setdefault(key, _Host())

    def _with_retries(self, url: str, extra: dict[str, str]) -> Response:
        policy = self.politeness
        host = self._host(url)
        for attempt in range(policy.retries + 1):
            try:
                return self._once(url, extra, host)
            except _RetryableError as problem:
                if attempt == policy.retries:
                    if problem.response is not None:
                        return problem.response
                    raise FetchError(f"{problem.reason} (after {attempt + 1} attempts)",
                                     source=url) from None
                wait = min(policy.backoff * 2 ** attempt, policy.max_backoff)
                if problem.retry_after is not None:
                    if problem.retry_after > policy.max_backoff:
                        if problem.response is not None:
                            return problem.response
                        raise FetchError(f"{problem.reason}; the server asks to wait "
                                         f"{problem.retry_after:.0f}s", source=url) from None
                    wait = max(wait, problem.retry_after)
                log.info("%s: %s; again in %.2fs", url, problem.reason, wait)
                host.next_at = max(host.next_at, self.clock() + wait)
        raise AssertionError("unreachable")

    def _once(self, url: str, extra: dict[str, str], host: _Host) -> Response:
        delay = max(self.politeness.delay, host.crawl_delay)
        pause = host.next_at - self.clock()
        if pause > 0:
            self.sleep(pause)
        headers = {"User-Agent": self.politeness.user_agent,
                   "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
                   "Accept-Encoding": "identity", **extra}
        if self.politeness.contact and "@" in self.politeness.contact:
            headers["From"] = self.politeness.contact
        request = urllib.request.Request(url, headers=headers, method="GET")
        self.requests += 1
        try:
            try:
                with self._opener.open(request, timeout=self.politeness.timeout) as answer:
                    response = _response(url, answer.status, answer.headers.items(),
                                         _read_body(answer, url))
            except urllib.error.HTTPError as error:
                with error:
                    response = _response(url, error.code, error.headers.items(),
                                         _read_error_body(error))
        except (urllib.error.URLError, ConnectionError,
                http.client.HTTPException, TimeoutError) as exc:
            raise _RetryableError(_describe(exc)) from None
        finally:
            host.next_at = self.clock() + delay
        if response.status in RETRY_STATUSES:
            raise _RetryableError(f"HTTP {response.status}", response,
                             _retry_after(response.header("Retry-After")))
        return response


def _response(url: str, status: int, headers: list[tuple[str, str]], body: bytes) -> Response:
    fetched_at = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return Response(url, url, status, tuple((str(k), str(v)) for k, v in headers), body,
                    fetched_at)


def _read_body(answer: http.client.HTTPResponse, url: str) -> bytes:
    body = answer.read(MAX_BODY_BYTES + 1)
    if len(body) > MAX_BODY_BYTES:
        raise FetchError(f"the page is larger than {MAX_BODY_BYTES:,} bytes", source=url)
    return body


def _read_error_body(error: urllib.error.HTTPError) -> bytes:
    try:
        return error.read(MAX_BODY_BYTES) or b""
    except (OSError, http.client.HTTPException):
        return b""


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait, from ``Retry-After`` (seconds, or an HTTP date)."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _describe(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.URLError) and not isinstance(exc.reason, str):
        exc = exc.reason  # type: ignore[assignment]
    if isinstance(exc, TimeoutError):
        return "timed out"
    return f"{type(exc).__name__}: {exc}"
