"""HTTP for SPARQL servers with the standard library: timeouts, bounded retries, auth.

Only requests whose repetition cannot change the outcome are retried (GET, PUT, DELETE,
a read-only query, and the one SPARQL Update pressgraph sends to replace a graph, which
drops the graph and inserts all of it: applying it twice leaves the same graph as
applying it once). Retries wait with exponential backoff and stop after a fixed number
of attempts, so a dead server costs seconds, never hangs.

Credentials come from a ``.netrc`` file (``$NETRC`` or ``~/.netrc``) or from the
``PRESSGRAPH_AUTHORIZATION`` environment variable (the whole ``Authorization`` header
value, such as ``Bearer ...``); never from the command line, and never logged.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import logging
import netrc
import os
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path

from pressgraph import __version__
from pressgraph.errors import StoreError

log = logging.getLogger("pressgraph")

AUTHORIZATION_ENV = "PRESSGRAPH_AUTHORIZATION"
RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
_BODY_EXCERPT = 300


class StoreUnavailableError(StoreError):
    """The server could not be reached at all (refused, timed out, reset): stop the batch."""


class ServerRefusedError(StoreError):
    """The server answered with an error status (after any retries)."""

    def __init__(self, message: str, *, status: int, source: str | None = None):
        super().__init__(message, source=source)
        self.status = status


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait for one answer, and how often to try again."""

    timeout: float = 60.0  # seconds for connecting and for each read
    attempts: int = 4  # total tries of an idempotent request
    backoff: float = 0.5  # seconds before the second try; doubles after each try
    max_backoff: float = 8.0

    def delays(self) -> list[float]:
        """The waits between tries: ``backoff``, ``2*backoff``, ... capped."""
        return [min(self.backoff * 2**i, self.max_backoff) for i in range(self.attempts - 1)]


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes

    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


@dataclass
class HttpClient:
    """Sends requests to one server with fixed headers and a :class:`RetryPolicy`.

    Connections are kept open between requests (HTTP/1.1 keep-alive), which matters for
    a remote HTTPS server: one TLS handshake per load, not one per release. Requests
    through a proxy (``https_proxy``/``http_proxy``) go through :mod:`urllib` instead.
    """

    headers: Mapping[str, str] = field(default_factory=dict)
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    sleep: Callable[[float], None] = time.sleep
    _connections: dict[tuple[str, str, int], _Pooled] = field(default_factory=dict,
                                                              repr=False)

    def request(self, method: str, url: str, *, body: bytes | None = None,
                content_type: str | None = None, accept: str | None = None,
                idempotent: bool) -> Response:
        """One request; retried on network errors and 5xx only when ``idempotent``."""
        delays = self.policy.delays() if idempotent else []
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._once(method, url, body, content_type, accept, idempotent)
            except _RetryableError as exc:
                if attempt > len(delays):
                    raise exc.final(method, url, attempt) from exc.cause
                delay = max(delays[attempt - 1], min(exc.retry_after, self.policy.max_backoff))
                log.warning("%s %s: %s; trying again in %.1fs (%d/%d)", method, _shown(url),
                            exc.reason, delay, attempt + 1, len(delays) + 1)
                self.sleep(delay)

    def close(self) -> None:
        for pooled in self._connections.values():
            pooled.connection.close()
        self._connections.clear()

    def _once(self, method: str, url: str, body: bytes | None, content_type: str | None,
              accept: str | None, idempotent: bool) -> Response:
        headers = {"User-Agent": f"pressgraph/{__version__}", **self.headers}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        parts = urllib.parse.urlsplit(url)
        if _proxied(parts):
            return self._via_urllib(method, url, body, headers)
        return self._direct(method, url, parts, body, headers, idempotent)

    def _direct(self, method: str, url: str, parts: urllib.parse.SplitResult,
                body: bytes | None, headers: dict[str, str], idempotent: bool) -> Response:
        key = (parts.scheme, parts.hostname or "", parts.port or _DEFAULT_PORTS[parts.scheme])
        target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
        while True:
            pooled = self._connection(key)
            try:
                pooled.connection.request(method, target, body=body, headers=headers)
                answer = pooled.connection.getresponse()
                data = answer.read()
            except (OSError, http.client.HTTPException) as exc:
                self._drop(key)
                if pooled.uses and idempotent and isinstance(exc, _STALE):
                    continue  # the server closed a kept-alive connection: open a new one
                raise _RetryableError(_network_reason(exc), exc, None) from exc
            pooled.uses += 1
            if answer.will_close:
                self._drop(key)
            return _checked(method, url, answer.status, answer.reason, answer.headers, data)

    def _connection(self, key: tuple[str, str, int]) -> _Pooled:
        pooled = self._connections.get(key)
        if pooled is None:
            scheme, host, port = key
            connection: http.client.HTTPConnection
            if scheme == "https":
                connection = http.client.HTTPSConnection(
                    host, port, timeout=self.policy.timeout,
                    context=ssl.create_default_context())
            else:
                connection = http.client.HTTPConnection(host, port,
                                                        timeout=self.policy.timeout)
            pooled = self._connections[key] = _Pooled(connection)
        return pooled

    def _drop(self, key: tuple[str, str, int]) -> None:
        pooled = self._connections.pop(key, None)
        if pooled is not None:
            pooled.connection.close()

    def _via_urllib(self, method: str, url: str, body: bytes | None,
                    headers: dict[str, str]) -> Response:
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.build_opener().open(request,
                                                    timeout=self.policy.timeout) as answer:
                return Response(answer.status, answer.headers.get("Content-Type", ""),
                                answer.read())
        except urllib.error.HTTPError as exc:
            try:
                data = exc.read()
            except (OSError, http.client.HTTPException):
                data = b""
            return _checked(method, url, exc.code, exc.reason, exc.headers, data)
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            raise _RetryableError(_network_reason(exc), exc, None) from exc


@dataclass
class _Pooled:
    connection: http.client.HTTPConnection
    uses: int = 0  # answers received on it: a failure after the first may be a stale socket


_DEFAULT_PORTS = {"http": 80, "https": 443}
_STALE = (ConnectionResetError, BrokenPipeError, ConnectionAbortedError,
          http.client.RemoteDisconnected)


def _checked(method: str, url: str, status: int, reason: str, headers: Message | None,
             data: bytes) -> Response:
    """The response when it is a success; the right error otherwise."""
    content_type = (headers.get("Content-Type") if headers else None) or ""
    if status < 300:
        return Response(status, content_type, data)
    detail = _excerpt(data)
    if status in RETRYABLE_STATUS:
        raise _RetryableError(f"the server answered {status} {reason}{detail}", None, status,
                              _retry_after(headers))
    if 300 <= status < 400:
        location = (headers.get("Location") if headers else None) or "elsewhere"
        raise ServerRefusedError(f"{method} {_shown(url)}: the server redirects to {location}; "
                                 "give that URL instead", status=status)
    hint = ("; check the credentials (~/.netrc or $PRESSGRAPH_AUTHORIZATION)"
            if status in (401, 403) else "")
    raise ServerRefusedError(f"{method} {_shown(url)}: the server answered {status} "
                             f"{reason}{detail}{hint}", status=status)


def _proxied(parts: urllib.parse.SplitResult) -> bool:
    """True when the environment sends this URL through a proxy (never loopback)."""
    host = parts.hostname or ""
    if _is_loopback(host) or parts.scheme not in urllib.request.getproxies():
        return False
    return not urllib.request.proxy_bypass(host)


class _RetryableError(Exception):
    def __init__(self, reason: str, cause: BaseException | None, status: int | None,
                 retry_after: float = 0.0):
        super().__init__(reason)
        self.reason = reason
        self.cause = cause
        self.status = status
        self.retry_after = retry_after

    def final(self, method: str, url: str, attempts: int) -> StoreError:
        tries = f" ({attempts} attempt{'s' if attempts > 1 else ''})"
        if self.status is None:
            return StoreUnavailableError(f"cannot reach {_shown(url)}: {self.reason}{tries}; "
                                         "is the server running, and is the URL right?")
        return ServerRefusedError(f"{method} {_shown(url)}: {self.reason}{tries}",
                                  status=self.status)


def _retry_after(headers: Message | None) -> float:
    """Seconds a 429/503 answer asks to wait (``Retry-After: N``); 0 when absent or a date."""
    value = (headers.get("Retry-After") if headers else None) or ""
    return float(value) if value.strip().isdigit() else 0.0


def _network_reason(exc: BaseException) -> str:
    inner = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(inner, (TimeoutError, socket.timeout)):
        return "no answer before the timeout"
    if isinstance(inner, ConnectionRefusedError):
        return "connection refused"
    if isinstance(inner, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(inner, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(inner, socket.gaierror):
        return f"unknown host ({inner.strerror or inner})"
    if isinstance(inner, OSError) and inner.strerror:
        return inner.strerror.lower()
    return str(inner) or type(inner).__name__


def _excerpt(data: bytes) -> str:
    text = " ".join(data.decode("utf-8", errors="replace").split())
    if not text:
        return ""
    return f": {text[:_BODY_EXCERPT]}{'...' if len(text) > _BODY_EXCERPT else ''}"


def _shown(url: str) -> str:
    """The URL without any user:password part, for messages."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, what: str = "--endpoint") -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(f"{what} {url!r} is not an http(s) URL")
    if parts.username or parts.password:
        raise StoreError(f"{what}: put credentials in ~/.netrc or ${AUTHORIZATION_ENV}, "
                         "not in the URL")
    return url


def auth_headers(url: str, *, netrc_file: str | None = None,
                 environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The ``Authorization`` header for ``url``: from the environment, else from netrc."""
    env = os.environ if environ is None else environ
    value = env.get(AUTHORIZATION_ENV, "").strip()
    if value:
        return {"Authorization": value}
    path = Path(netrc_file or env.get("NETRC") or Path.home() / ".netrc")
    if not path.is_file():
        if netrc_file:
            raise StoreError(f"no such netrc file: {netrc_file}")
        return {}
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        entry = netrc.netrc(str(path)).authenticators(host)
    except (netrc.NetrcParseError, OSError) as exc:
        raise StoreError(f"cannot read the netrc file {path}: {exc}") from exc
    if not entry:
        return {}
    login, _account, password = entry
    token = base64.b64encode(f"{login}:{password or ''}".encode()).decode("ascii")
    return {"Authorization": f"Basic {token}"}
