"""The published site in a real browser and behind a real web server.

Headless Chromium (Debian's ``chromium``) opens pages served on a loopback port; a crawler
checks that no link in the served site is dead; nginx, started with the generated
configuration, answers IRIs with Turtle or HTML by the Accept header. Screenshots are kept
under ``test-artifacts/``. Outside CI the tests skip when chromium or nginx is missing; in CI
(``CI=true``) they must run.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from rdflib import Graph, URIRef

from pressgraph.cli.publish import load_rdf
from pressgraph.iri import DEFAULT_BASE
from pressgraph.pipeline import Processed, map_options, process_all
from pressgraph.publish import PublishOptions, build_site
from pressgraph.reader import iter_inputs
from pressgraph.serialize import GraphChunk
from tests.conftest import FIXTURES, ROOT, SAMPLE

ARTIFACTS = ROOT / "test-artifacts" / "browser"
FIXTURE = FIXTURES / "publish" / "meeting.trig"
MEETING_PAGE = "doc/meeting/example-jwg/5.html"
BODY_PAGE = "doc/body/example-jwg.html"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                  "--disable-dev-shm-usage")  # containers often have a tiny /dev/shm

pytestmark = pytest.mark.slow


def require(*names: str) -> str:
    """The first executable found; skip (or fail in CI) when none is installed."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI") == "true":
        pytest.fail(f"{' or '.join(names)} must be installed in CI (scripts/test installs it)")
    pytest.skip(f"{' or '.join(names)} is not installed (Debian package: {names[0]})")


# ---------------------------------------------------------------- the site and its server

@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chunks = load_rdf(FIXTURE, DEFAULT_BASE)
    for item in process_all(iter_inputs([str(SAMPLE)]), map_options(DEFAULT_BASE)):
        assert isinstance(item, Processed) and item.conforms, item
        chunks.append(GraphChunk(item.mapped.graph_iri, item.mapped.graph))
    out = tmp_path_factory.mktemp("published") / "site"
    build_site(chunks, PublishOptions(base=DEFAULT_BASE, text_mode="quotes"), out)
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".ttl": "text/turtle", ".jsonld": "application/ld+json",
                      ".nt": "application/n-triples", ".nq": "application/n-quads",
                      ".trig": "application/trig", ".svg": "image/svg+xml"}

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    """The site's parent on a loopback port (a probe page can sit beside the site)."""
    yield from _serve(site)


def _serve(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{site.name}/"
    finally:
        server.shutdown()
        server.server_close()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def test_no_dead_links_across_the_served_site(site: Path, served: str) -> None:
    seen: set[str] = set()
    queue = [served + "index.html"]
    dead: list[tuple[str, str, int]] = []
    pages = 0
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                kind = response.headers.get_content_type()
                body = response.read()
        except urllib.error.HTTPError as exc:
            dead.append((url, "", exc.code))
            continue
        if kind != "text/html":
            continue
        pages += 1
        parser = _Links()
        parser.feed(body.decode("utf-8"))
        for link in parser.links:
            target = urljoin(url, link).split("#")[0]
            target = target + "index.html" if target.endswith("/") else target
            if target.startswith(served) and target not in seen:
                queue.append(target)
    assert dead == []
    html_files = [p for p in site.rglob("*.html")]
    assert pages == len(html_files) and pages > 30  # every page reached, none missed


# ---------------------------------------------------------------- headless Chromium

def chromium(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    binary = require("chromium", "chromium-browser")
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, check=False)


def test_meeting_page_in_chromium_shows_agenda_and_attendees(served: str,
                                                             tmp_path: Path) -> None:
    result = chromium("--dump-dom", served + MEETING_PAGE, tmp_path=tmp_path)
    dom = result.stdout
    assert "<h2>Agenda</h2>" in dom, result.stderr[-2000:]
    for item in ("Cross-boundary transport", "Innovation &amp; technology", "Youth exchanges"):
        assert item in dom
    assert "<h2>Who attended</h2>" in dom
    for attendee in ("Agency Alpha", "Bureau Beta", "Chan Tai-man"):
        assert attendee in dom
    assert "<script>alert" not in dom  # the release's markup stayed text


PROBE = """<!DOCTYPE html><html><body><iframe id="f" src="{page}" width="1000" height="1400">
</iframe><pre id="result">pending</pre><script>
function measure(doc) {{
  var out = [];
  doc.querySelectorAll('svg.chart').forEach(function (svg) {{
    var box = svg.getBoundingClientRect();
    out.push({{width: box.width, height: box.height,
              circles: svg.querySelectorAll('circle').length,
              painted: Array.prototype.filter.call(svg.querySelectorAll('circle, rect'),
                function (e) {{ var b = e.getBoundingClientRect(); return b.width > 0; }}).length,
              labels: Array.prototype.map.call(svg.querySelectorAll('text'),
                function (t) {{ return t.textContent; }})}});
  }});
  document.getElementById('result').textContent = JSON.stringify(out);
}}
var frame = document.getElementById('f');
var loaded = frame.contentDocument && frame.contentDocument.readyState === 'complete'
  && frame.contentDocument.URL.indexOf('{page}') >= 0;
if (loaded) {{ measure(frame.contentDocument); }}
else {{ frame.addEventListener('load', function () {{ measure(frame.contentDocument); }}); }}
</script></body></html>"""


def test_timeline_svg_renders_in_chromium(site: Path, served: str, tmp_path: Path) -> None:
    probe = site.parent / "probe.html"
    probe.write_text(PROBE.format(page=f"{site.name}/{BODY_PAGE}"), encoding="utf-8")
    result = chromium("--virtual-time-budget=5000", "--dump-dom",
                      served.rsplit("/", 2)[0] + "/probe.html", tmp_path=tmp_path)
    text = result.stdout.split('<pre id="result">', 1)[-1].split("</pre>", 1)[0]
    assert text != "pending", result.stderr[-2000:]
    charts = json.loads(text.replace("&quot;", '"').replace("&amp;", "&"))
    assert len(charts) == 1
    chart = charts[0]
    assert chart["width"] > 300 and chart["height"] > 50
    assert chart["circles"] == 2 and chart["painted"] == 2
    assert "No. 4" in chart["labels"] and "No. 5" in chart["labels"]


@pytest.mark.parametrize("page", [MEETING_PAGE, BODY_PAGE, "doc/org/agency-alpha.html",
                                  "browse/meetings.html", "index.html", "def.html"])
def test_screenshots_are_saved(served: str, tmp_path: Path, page: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = ARTIFACTS / (page.replace("/", "_").removesuffix(".html") + ".png")
    target.unlink(missing_ok=True)
    result = chromium(f"--screenshot={target}", "--window-size=1200,1600", served + page,
                      tmp_path=tmp_path)
    assert target.is_file(), result.stderr[-2000:]
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


PAIR = ("en-2024-07-meeting-joint-conference-plenary.txt",
        "zh-2024-07-meeting-joint-conference-plenary.txt")
PAIR_MEETING = "doc/meeting/hk-gd-joint-conference/plenary/24.html"


@pytest.fixture(scope="module")
def pair_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site of the English and the Chinese report of one meeting."""
    chunks = []
    inputs = [str(FIXTURES / "corpus" / name) for name in PAIR]
    for item in process_all(iter_inputs(inputs), map_options(DEFAULT_BASE)):
        assert isinstance(item, Processed) and item.conforms, item
        chunks.append(GraphChunk(item.mapped.graph_iri, item.mapped.graph))
    out = tmp_path_factory.mktemp("pair") / "site"
    build_site(chunks, PublishOptions(base=DEFAULT_BASE, text_mode="quotes"), out)
    return out


@pytest.fixture(scope="module")
def pair_site(pair_out: Path) -> Iterator[str]:
    """That site served on loopback."""
    yield from _serve(pair_out)


@pytest.mark.parametrize(("language", "release"), [("en", 0), ("zh-hant", 1)])
def test_meeting_page_screenshots_in_english_and_chinese(pair_site: str, tmp_path: Path,
                                                        language: str, release: int) -> None:
    """The meeting page (one page for the meeting both releases report) and the page of
    each release's own report of it, in its language: saved under test-artifacts/ to be
    looked at; each person once, the label as the title."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shots = {"meeting": PAIR_MEETING}
    dom = chromium("--dump-dom", pair_site + PAIR_MEETING, tmp_path=tmp_path).stdout
    marker = f"/{language}/mention/meeting/hk-gd-joint-conference/plenary/24.html"
    mention = next(part.split('"')[0] for part in dom.split('href="')
                   if part.split('"')[0].endswith(marker))
    shots["report"] = urljoin(PAIR_MEETING, mention)
    for kind, page in shots.items():
        target = ARTIFACTS / f"meeting-24th-joint-conference-plenary-{kind}-{language}.png"
        target.unlink(missing_ok=True)
        result = chromium(f"--screenshot={target}", "--window-size=1200,2000", pair_site + page,
                          tmp_path=tmp_path)
        assert target.is_file(), result.stderr[-2000:]
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<title>24th Meeting of the Hong Kong/Guangdong Co-operation Joint Conference" in dom
    sides = dom[dom.index('<section class="side">'):]
    for person in ("john-lee-ka-chiu", "wang-weizhong", "eric-chan-kwok-ki"):
        assert sides.count(f"person/hksar/{person}.html") + \
            sides.count(f"person/mainland/{person}.html") == 1, person


BOXES = """<!DOCTYPE html><html><body><iframe id="f" src="{page}" width="1200" height="2000">
</iframe><pre id="result">pending</pre><script>
function measure(doc) {{
  var out = [];
  doc.querySelectorAll('svg.sides g').forEach(function (g) {{
    var box = g.querySelector('rect').getBBox();
    g.querySelectorAll('text').forEach(function (t) {{
      var b = t.getBBox();
      out.push({{text: t.textContent, right: b.x + b.width, bottom: b.y + b.height,
                boxRight: box.x + box.width, boxBottom: box.y + box.height}});
    }});
  }});
  document.getElementById('result').textContent = JSON.stringify(out);
}}
var frame = document.getElementById('f');
frame.addEventListener('load', function () {{ measure(frame.contentDocument); }});
</script></body></html>"""


def test_attendee_boxes_hold_their_text_in_chromium(pair_out: Path, pair_site: str,
                                                   tmp_path: Path) -> None:
    """Every line of the attendee drawing, as Chromium lays it out with the fonts it has,
    ends inside its box, in English and in Chinese."""
    probe = pair_out.parent / "boxes.html"
    probe.write_text(BOXES.format(page=f"{pair_out.name}/{PAIR_MEETING}"), encoding="utf-8")
    result = chromium("--virtual-time-budget=5000", "--dump-dom",
                      pair_site.rsplit("/", 2)[0] + "/boxes.html", tmp_path=tmp_path)
    text = result.stdout.split('<pre id="result">', 1)[-1].split("</pre>", 1)[0]
    assert text != "pending", result.stderr[-2000:]
    lines = json.loads(text.replace("&quot;", '"').replace("&amp;", "&"))
    assert any(any("\u4e00" <= c <= "\u9fff" for c in line["text"]) for line in lines)
    for line in lines:
        assert line["right"] <= line["boxRight"] + 0.5, line
        assert line["bottom"] <= line["boxBottom"] + 0.5, line
    assert not any(line["text"].endswith("…") for line in lines
                   if "Secretary" in line["text"]), "a post cut although the box can grow"


# ---------------------------------------------------------------- nginx content negotiation

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def nginx(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = require("nginx")
    prefix = tmp_path_factory.mktemp("nginx")
    www = prefix / "www"
    www.mkdir()
    base_path = urlsplit(DEFAULT_BASE).path.strip("/")
    (www / base_path).symlink_to(site, target_is_directory=True)
    port = _free_port()
    for name in ("client", "proxy", "fastcgi", "uwsgi", "scgi", "logs"):
        (prefix / name).mkdir()
    conf = prefix / "nginx.conf"
    conf.write_text(f"""daemon off;
master_process off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/client;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {site}/.server/nginx-http.conf;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        root {www};
        include {site}/.server/nginx-server.conf;
    }}
}}
""", encoding="utf-8")
    # -e: the error log from the start, before nginx reads a configuration (non-root runs)
    command = [binary, "-p", str(prefix), "-c", str(conf),
               "-e", str(prefix / "logs" / "startup.log")]
    check = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen(command,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(
                        f"nginx did not start: {process.stderr.read()!r}") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/{base_path}/"
    finally:
        process.terminate()
        process.wait(timeout=10)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


def fetch(url: str, accept: str, follow: bool = True) -> tuple[int, dict[str, str], bytes, str]:
    opener = (urllib.request.build_opener() if follow
              else urllib.request.build_opener(_NoRedirect()))
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read(), response.url
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read(), url


def test_nginx_answers_an_iri_with_turtle_when_asked(nginx: str) -> None:
    iri_path = "id/meeting/example-jwg/5"
    status, headers, _body, _url = fetch(nginx + iri_path, "text/turtle", follow=False)
    assert status == 303 and headers["Location"].endswith("/doc/meeting/example-jwg/5")
    status, headers, body, url = fetch(nginx + iri_path, "text/turtle")
    assert status == 200 and url.endswith("/doc/meeting/example-jwg/5")
    assert headers["Content-Type"].startswith("text/turtle")
    assert "Accept" in headers.get("Vary", "")
    graph = Graph().parse(data=body.decode("utf-8"), format="turtle")
    assert (URIRef(DEFAULT_BASE + iri_path), None, None) in graph


def test_nginx_serves_html_to_browsers_and_to_formats_it_has_no_document_in(
        nginx: str) -> None:
    """A thing's documents are HTML and Turtle; everything else is in the TriG dump, so a
    client asking for JSON-LD or N-Triples gets the page."""
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    for accept in (browser, "application/ld+json", "application/n-triples"):
        status, headers, body, _url = fetch(nginx + "id/meeting/example-jwg/5", accept)
        assert status == 200 and headers["Content-Type"].startswith("text/html"), accept
        assert b"<h2>Agenda</h2>" in body
    status, headers, body, _url = fetch(nginx + "dumps/pressgraph.trig.gz", "*/*")
    assert status == 200 and headers["Content-Type"].startswith("application/gzip")
    assert "Content-Encoding" not in headers and body[:2] == b"\x1f\x8b"


def test_nginx_sends_a_part_to_the_document_of_its_thing(nginx: str) -> None:
    for part in ("id/meeting/example-jwg/5/agenda/10",
                 "id/meeting/example-jwg/5/participation/chair/person-chan-tai-man"):
        status, headers, _body, _url = fetch(nginx + part, "text/turtle", follow=False)
        assert status == 303 and headers["Location"].endswith("/doc/meeting/example-jwg/5")
        status, headers, body, _url = fetch(nginx + part, "text/turtle")
        graph = Graph().parse(data=body.decode("utf-8"), format="turtle")
        assert (URIRef(DEFAULT_BASE + part), None, None) in graph


def test_nginx_sends_evidence_iris_to_their_release_and_serves_the_ontology(nginx: str) -> None:
    span = "id/release/P2023021500123/en/span/120-260/quote"
    status, headers, _body, _url = fetch(nginx + span, "text/turtle", follow=False)
    assert status == 303 and headers["Location"].endswith("/doc/release/P2023021500123/en")
    status, headers, body, _url = fetch(nginx + span, "text/turtle")
    assert status == 200 and b"The fifth meeting" in body
    status, headers, body, _url = fetch(nginx + "def", "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert b"owl:Ontology" in body
    graph = "graph/release/P2023021500123/en"
    status, headers, _body, _url = fetch(nginx + graph, "text/turtle", follow=False)
    assert status == 303 and headers["Location"].endswith("/doc/release/P2023021500123/en")
    status, _headers, _body, _url = fetch(nginx + ".server/nginx-server.conf", "*/*")
    assert status == 404
    status, _headers, _body, _url = fetch(nginx + "id/meeting/no-such-thing", "text/turtle")
    assert status == 404


# ---------------------------------------------------------------- Apache httpd (optional)

APACHE_MODULES = ("mpm_event", "authz_core", "rewrite", "headers", "mime", "dir")


@pytest.fixture(scope="module")
def apache(site: Path) -> Iterator[str]:
    """Apache httpd with the generated .htaccess; optional, so skipped when not installed."""
    binary = shutil.which("apache2") or shutil.which("httpd")
    modules = Path("/usr/lib/apache2/modules")
    if binary is None or not modules.is_dir():
        pytest.skip("Apache httpd is not installed (Debian package: apache2); optional check")
    # Apache's workers drop root for www-data: the tree must be readable by others.
    root = Path(tempfile.mkdtemp(prefix="pressgraph-apache-"))
    try:
        root.chmod(0o755)
        base_path = urlsplit(DEFAULT_BASE).path.strip("/")
        shutil.copytree(site, root / "www" / base_path)
        (root / "logs").mkdir()
        for path in root.rglob("*"):
            path.chmod(0o755 if path.is_dir() else 0o644)
        port = _free_port()
        user = "User www-data\nGroup www-data\n" if os.getuid() == 0 else ""
        loads = "\n".join(f"LoadModule {m}_module {modules}/mod_{m}.so" for m in APACHE_MODULES)
        conf = root / "httpd.conf"
        conf.write_text(f"""ServerRoot {root}
Listen 127.0.0.1:{port}
{loads}
PidFile {root}/httpd.pid
ErrorLog {root}/logs/error.log
ServerName localhost
TypesConfig /dev/null
DocumentRoot {root}/www
{user}<Directory {root}/www>
    AllowOverride All
    Require all granted
</Directory>
""", encoding="utf-8")
        check = subprocess.run([binary, "-f", str(conf), "-t"], capture_output=True, text=True,
                               check=False)
        assert check.returncode == 0, check.stderr
        process = subprocess.Popen([binary, "-f", str(conf), "-DFOREGROUND"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 15
            while True:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                        break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise AssertionError(
                            f"httpd did not start: {process.stderr.read()!r}") from None
                    time.sleep(0.1)
            yield f"http://127.0.0.1:{port}/{base_path}/"
        finally:
            process.terminate()
            process.wait(timeout=10)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_apache_negotiates_like_nginx(apache: str) -> None:
    iri_path = "id/meeting/example-jwg/5"
    status, headers, _body, _url = fetch(apache + iri_path, "text/turtle", follow=False)
    assert status == 303 and headers["Location"].endswith("/doc/meeting/example-jwg/5")
    for accept, media_type in (("text/turtle", "text/turtle"),
                               ("application/ld+json", "text/html"),
                               ("text/html,*/*;q=0.8", "text/html")):
        status, headers, body, _url = fetch(apache + iri_path, accept)
        assert status == 200 and headers["Content-Type"].startswith(media_type), accept
        assert "Accept" in headers.get("Vary", "")
    graph = Graph().parse(data=fetch(apache + iri_path, "text/turtle")[2].decode("utf-8"),
                          format="turtle")
    assert (URIRef(DEFAULT_BASE + iri_path), None, None) in graph
    span = "id/release/P2023021500123/en/span/120-260"
    assert fetch(apache + span, "text/turtle", follow=False)[1]["Location"].endswith(
        "/doc/release/P2023021500123/en")
    part = "id/meeting/example-jwg/5/agenda/10"
    assert fetch(apache + part, "text/turtle", follow=False)[1]["Location"].endswith(
        "/doc/meeting/example-jwg/5")
    status, headers, body, _url = fetch(apache + "dumps/pressgraph.trig.gz", "*/*")
    assert status == 200 and "Content-Encoding" not in headers and body[:2] == b"\x1f\x8b"
    assert fetch(apache + ".htaccess", "*/*")[0] == 404
