"""A local web site for the harvest tests: the fixture pages of tests/fixtures/harvest/site,
served as the archive serves them, with the troubles a real site has.

* ``/gia/general/YYYYMM/DD.htm`` (and ``DDc.htm``, and the same under the Simplified
  mirror's prefix ``/TuniS/www.info.gov.hk``) with no fixture file: an index listing no
  release (a quiet day); the days in ``missing_indexes``: 404;
* ``fail_once``: 500 the first time, the page after; ``throttle_once``: 429 with a
  ``Retry-After`` the first time;
* ``redirects``: 301 to another address;
* ``slow``: the answer after a pause;
* ``changed``: a path served from ``changed/`` once ``change()`` is called;
* every file has an ETag and a Last-Modified; a matching ``If-None-Match`` is a 304;
* ``stall_at``: the request of that number (1-based) gets no answer until
  ``release()`` (a harvest can be killed while it waits, at a known point).

Every request is recorded (path, arrival time, headers, status, whether the answer was
written whole).
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).resolve().parent / "fixtures" / "harvest" / "site"
MIRROR_PREFIX = "/TuniS/www.info.gov.hk"
_INDEX = re.compile(r"^(?:/TuniS/www\.info\.gov\.hk)?/gia/general/(\d{6})/(\d{2})(c?)\.htm$")
LAST_MODIFIED = "Thu, 31 Oct 2024 12:00:00 GMT"


@dataclass
class Hit:
    path: str
    arrived: float
    headers: dict[str, str]
    status: int | None = None
    complete: bool = False


@dataclass
class FixtureSite:
    root: Path = SITE
    fail_once: set[str] = field(default_factory=lambda: {
        "/gia/general/202410/23/P2024102300260.htm"})
    redirects: dict[str, str] = field(default_factory=lambda: {
        "/gia/general/202410/23/P2024102300333.htm":
            "/moved/gia/general/202410/23/P2024102300333.htm"})
    slow: dict[str, float] = field(default_factory=lambda: {
        "/gia/general/202410/23/P2024102300150.htm": 0.3})
    throttle_once: dict[str, int] = field(default_factory=dict)  # path -> Retry-After
    changed: set[str] = field(default_factory=lambda: {"/gia/general/202410/31.htm"})
    missing_indexes: set[str] = field(default_factory=lambda: {"/gia/general/202410/20c.htm"})
    stall_at: int | None = None
    hits: list[Hit] = field(default_factory=list)
    _changed_now: bool = False
    _failed: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _released: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None

    # -- control ---------------------------------------------------------------------

    def __enter__(self) -> FixtureSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                site._answer(self)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()

    @property
    def base(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def mirror(self) -> str:
        return self.base + MIRROR_PREFIX

    def change(self) -> None:
        self._changed_now = True

    def release(self) -> None:
        self._released.set()

    def wait_for_requests(self, count: int, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.hits) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(self.hits)} requests, expected {count}")
            time.sleep(0.01)

    def served(self, path: str, status: int = 200) -> int:
        """How many answers of ``status`` for ``path`` were written whole."""
        return sum(1 for hit in self.hits if hit.path == path and hit.status == status
                   and hit.complete)

    def requested(self, path: str) -> int:
        return sum(1 for hit in self.hits if hit.path == path)

    # -- answering -------------------------------------------------------------------

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?")[0]
        hit = Hit(path, time.monotonic(), {k: v for k, v in handler.headers.items()})
        with self._lock:
            self.hits.append(hit)
            number = len(self.hits)
        if self.stall_at is not None and number >= self.stall_at:
            self._released.wait(60)
            handler.close_connection = True
            return  # no answer at all
        status, headers, body = self._response(path, handler)
        hit.status = status
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
            handler.wfile.flush()
            hit.complete = True
        except OSError:
            pass

    def _response(self, path: str,
                  handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        if path in self.slow:
            time.sleep(self.slow[path])
        if path in self.redirects:
            return 301, {"Location": self.redirects[path]}, b""
        if path in self.throttle_once and path not in self._failed:
            self._failed.add(path)
            return 429, {"Retry-After": str(self.throttle_once[path])}, b"slow down"
        if path in self.fail_once and path not in self._failed:
            self._failed.add(path)
            return 500, {"Content-Type": "text/plain"}, b"try again"
        if path in self.missing_indexes:
            return 404, {"Content-Type": "text/plain"}, b"not found"
        file = self.root / path.lstrip("/")
        if path in self.changed and self._changed_now:
            file = self.root / "changed" / path.lstrip("/")
        if file.is_file() and self.root in file.resolve().parents:
            body = file.read_bytes()
        elif (match := _INDEX.match(path)) is not None:
            body = _quiet_day(*match.groups()).encode("utf-8")
        else:
            return 404, {"Content-Type": "text/plain"}, b"not found"
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        headers = {"Content-Type": _content_type(path), "ETag": etag,
                   "Last-Modified": LAST_MODIFIED}
        if handler.headers.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, headers, body


def _content_type(path: str) -> str:
    return "text/plain" if path.endswith(".txt") else "text/html; charset=utf-8"


def _quiet_day(yyyymm: str, dd: str, chinese: str) -> str:
    heading = "新聞公報" if chinese else "Press Releases"
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8" /><title>{heading} '
            f'{yyyymm}/{dd}</title></head>\n<body><div id="contentBody"><h1>{heading}</h1>\n'
            f'<ul id="prlist"></ul>\n</div></body></html>\n')
