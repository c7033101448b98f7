"""pressgraph harvest against a local site (tests/harvest_site.py): politeness, the
troubles of a real site, resumption after a kill, re-runs, shards, and the graph."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from pressgraph.cli import main
from tests.conftest import ROOT
from tests.harvest_site import SITE, FixtureSite

TODAY = "2024-10-31"
TODAYS_INDEXES = {"/gia/general/202410/31.htm", "/gia/general/202410/31c.htm",
                  "/TuniS/www.info.gov.hk/gia/general/202410/31c.htm"}
# What the fixture site holds: (day, language, release ID); the harvest of October must
# store exactly these (P2024101500777 is forbidden by robots.txt, P2024101500999 is not
# there, P2024103100505 is listed only once the index of the 31st changes).
HELD = [("02", "en", "P2024100200311"), ("02", "en", "P2024100200402"),
        ("02", "zh-Hant", "P2024100200310"), ("02", "zh-Hans", "P2024100200310"),
        ("09", "en", "P2024100900215"), ("09", "en", "P2024100900388"),
        ("09", "zh-Hant", "P2024100900214"), ("09", "zh-Hans", "P2024100900214"),
        ("15", "en", "P2024101500120"),
        ("23", "en", "P2024102300150"), ("23", "en", "P2024102300260"),
        ("23", "en", "P2024102300333"),
        ("31", "en", "P2024103100101"),
        ("31", "zh-Hant", "P2024103100100"), ("31", "zh-Hans", "P2024103100100")]
MOVED = "P2024102300333"


def _args(site: FixtureSite, out: Path, *extra: str, start: str = "2024-10-01",
          end: str = TODAY, lang: str = "en,zh-Hant,zh-Hans", delay: str = "0.01",
          today: str = TODAY) -> list[str]:
    dates = ["--since-last"] if "--since-last" in extra else ["--from", start, "--to", end]
    return ["harvest", *dates, "--lang", lang, "-o", str(out), "--delay", delay,
            "--backoff", "0.01", "--site", site.base, "--mirror", site.mirror,
            "--today", today, "--contact", "tests@example.org",
            *(e for e in extra if e != "--since-last")]


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The local site is reached directly, whatever proxy the environment names."""
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")


def _run(args: list[str]) -> Result:
    return CliRunner().invoke(main, args, catch_exceptions=False)


def _manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]


def _url_path(site: FixtureSite, day: str, language: str, release_id: str) -> str:
    top = "/TuniS/www.info.gov.hk" if language == "zh-Hans" else ""
    moved = "/moved" if release_id == MOVED else ""
    return f"{moved}{top}/gia/general/202410/{day}/{release_id}.htm"


def _by_hand(site: FixtureSite, folder: Path, held: list[tuple[str, str, str]]) -> Path:
    """The fixture pages copied as a person saving them would, with a manifest of the
    URLs they were saved from, in the order of days, then languages, then the index."""
    lines = []
    for day, language, release_id in held:
        url_path = _url_path(site, day, language, release_id)
        saved = folder / language / f"{release_id}.htm"
        saved.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SITE / url_path.lstrip("/"), saved)
        lines.append(json.dumps({"path": f"{language}/{release_id}.htm",
                                 "url": site.base + url_path, "language": language}))
    manifest = folder / "manifest.jsonl"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def _export(manifest: Path, output: Path, *extra: str) -> bytes:
    result = _run(["export", "--manifest", str(manifest), "-f", "nq", "-o", str(output),
                   "-j", "1", "-q", *extra])
    assert result.exit_code == 0, result.output
    return output.read_bytes()


def _quads(store: Path) -> set[str]:
    return {str(quad) for quad in ox.Store.read_only(str(store))}


def test_a_killed_harvest_resumes_and_gives_the_graph_of_the_pages_saved_by_hand(
        tmp_path: Path) -> None:
    out = tmp_path / "archive"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    with FixtureSite(stall_at=60) as site:
        # killed while it waits for the answer to its 60th request
        process = subprocess.Popen([sys.executable, "-m", "pressgraph", *_args(site, out)],
                                   env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        try:
            site.wait_for_requests(60)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
        stalled = site.hits[59].path
        site.stall_at = None
        site.release()
        before = _manifest(out)
        assert 0 < len(before) < len(HELD)

        result = _run(_args(site, out))
        assert result.exit_code == 0, result.output

    # each page was answered whole once; robots.txt once a run
    for path in {hit.path for hit in site.hits}:
        answers = site.served(path, 200) + site.served(path, 304)
        if path == "/robots.txt":
            assert answers == 2
        elif path in TODAYS_INDEXES:
            assert 1 <= answers <= 2, path
        else:
            assert answers <= 1, path
    assert site.requested(stalled) == 2 and site.served(stalled) == 1
    assert site.requested("/gia/general/202410/15/P2024101500777.htm") == 0  # robots.txt
    assert site.requested("/gia/general/202410/15/P2024101500999.htm") == 1  # 404, once
    assert site.requested("/gia/general/202410/20c.htm") == 1  # a day with no index

    entries = _manifest(out)
    assert entries[: len(before)] == before
    assert [(e["index_day"][-2:], e["language"], e["release_id"]) for e in entries] == HELD
    assert [e["url"] for e in entries] == [site.base + _url_path(site, *held) for held in HELD]
    for entry in entries:
        body = (out / entry["path"]).read_bytes()
        assert hashlib.sha256(body).hexdigest() == entry["sha256"]
        assert entry["status"] == 200 and entry["fetched_at"].endswith("Z")
        assert entry["release_id"] in entry["path"]
    moved = next(e for e in entries if e["release_id"] == MOVED)
    assert moved["requested_url"] == f"{site.base}/gia/general/202410/23/{MOVED}.htm"
    assert not (out / ".tmp").exists()

    # the graph: the harvest's manifest and the pages saved by hand give the same bytes
    harvested = _export(out / "manifest.jsonl", tmp_path / "harvest.nq")
    by_hand = _export(_by_hand(site, tmp_path / "by-hand", HELD), tmp_path / "by-hand.nq")
    assert harvested == by_hand
    for release_id in {held[2] for held in HELD}:
        assert f"/graph/release/{release_id}/".encode() in harvested

    # two shards of the export hold the one run's statements between them
    parts = [_export(out / "manifest.jsonl", tmp_path / f"part{k}.nq", "--shard", f"{k}/2")
             for k in (1, 2)]
    assert all(parts)
    assert sorted((parts[0] + parts[1]).splitlines()) == sorted(harvested.splitlines())

    # two shards loaded into one store give the store one load gives
    loaded = []
    for k in (1, 2):
        result = _run(["load", "--manifest", str(out / "manifest.jsonl"), "--store",
                       str(tmp_path / "sharded"), "--shard", f"{k}/2", "-j", "1", "-q"])
        assert result.exit_code == 0, result.output
        loaded.append(_quads(tmp_path / "sharded"))
    result = _run(["load", "--manifest", str(out / "manifest.jsonl"), "--store",
                   str(tmp_path / "whole"), "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    whole = _quads(tmp_path / "whole")
    assert loaded[0] < whole  # the first part alone is not everything
    assert loaded[1] == whole


def test_requests_are_one_at_a_time_with_the_delay_between_them(tmp_path: Path) -> None:
    with FixtureSite() as site:
        result = _run(_args(site, tmp_path / "a", start="2024-10-02", end="2024-10-02",
                            lang="en", delay="0.3"))
    assert result.exit_code == 0, result.output
    assert [hit.path for hit in site.hits] == [
        "/robots.txt", "/gia/general/202410/02.htm",
        "/gia/general/202410/02/P2024100200311.htm", "/gia/general/202410/02/P2024100200402.htm"]
    gaps = [b.arrived - a.arrived for a, b in zip(site.hits, site.hits[1:], strict=False)]
    assert min(gaps) >= 0.3, gaps
    assert max(gaps) < 2.5, gaps  # and not much more
    for hit in site.hits:
        assert hit.headers["User-Agent"].startswith("pressgraph-harvest/")
        assert "mailto:tests@example.org" in hit.headers["User-Agent"]
        assert hit.headers["From"] == "tests@example.org"


def test_a_rerun_asks_again_only_for_todays_indexes_conditionally(tmp_path: Path) -> None:
    out = tmp_path / "archive"
    with FixtureSite() as site:
        assert _run(_args(site, out)).exit_code == 0
        first = len(site.hits)
        site.change()  # a release is added to today's English index
        result = _run(_args(site, out))
        assert result.exit_code == 0, result.output
        again = site.hits[first:]
        late = "/gia/general/202410/31/P2024103100505.htm"
        assert sorted(hit.path for hit in again) == sorted(
            ["/robots.txt", late, *TODAYS_INDEXES])
        for hit in again:
            if hit.path in TODAYS_INDEXES:
                assert hit.headers.get("If-None-Match", "").startswith('"')
                assert hit.headers.get("If-Modified-Since")
                assert hit.status == (200 if hit.path.endswith("/31.htm") else 304)
        assert _manifest(out)[-1]["release_id"] == "P2024103100505"
        # a day later, the 31st is over: its indexes are asked for once more, and then no more
        later = len(site.hits)
        assert _run(_args(site, out, today="2024-11-01", end="2024-10-31")).exit_code == 0
        assert sorted(h.path for h in site.hits[later:]) == sorted(["/robots.txt",
                                                                    *TODAYS_INDEXES])
        last = len(site.hits)
        assert _run(_args(site, out, today="2024-11-02", end="2024-10-31")).exit_code == 0
        # nothing left to ask for but robots.txt, which may since allow the page it forbade
        assert [h.path for h in site.hits[last:]] == ["/robots.txt"]
    assert len(_manifest(out)) == len(HELD) + 1


def test_since_last_goes_on_from_the_last_day_held(tmp_path: Path) -> None:
    out = tmp_path / "archive"
    with FixtureSite() as site:
        assert _run(_args(site, out, start="2024-10-08", end="2024-10-09", lang="en",
                          today="2024-10-09")).exit_code == 0
        first = len(site.hits)
        result = _run(_args(site, out, "--since-last", lang="en", today="2024-10-11"))
        assert result.exit_code == 0, result.output
        indexes = [h.path for h in site.hits[first:] if "/P20" not in h.path]
    # the 9th was fetched on its own day, so it is asked for again; then the 10th, 11th
    assert indexes == ["/robots.txt", "/gia/general/202410/09.htm",
                       "/gia/general/202410/10.htm", "/gia/general/202410/11.htm"]
    fresh = CliRunner().invoke(main, ["harvest", "--since-last", "-o", str(tmp_path / "new")])
    assert fresh.exit_code == 2 and "no earlier harvest" in fresh.output


def test_failures_are_reported_and_tried_again_by_the_next_harvest(tmp_path: Path) -> None:
    out = tmp_path / "archive"
    with FixtureSite() as site:
        result = _run(_args(site, out, "--timeout", "0.1", "--retries", "1",
                            start="2024-10-23", end="2024-10-23", lang="en"))
        assert result.exit_code == 2
        slow = "/gia/general/202410/23/P2024102300150.htm"
        assert f"{slow}: timed out" in result.output
        assert site.requested(slow) == 2  # one retry
        failing = "/gia/general/202410/23/P2024102300260.htm"
        assert [h.status for h in site.hits if h.path == failing] == [500, 200]
        log = [json.loads(line) for line in (out / "fetches.jsonl").read_text().splitlines()]
        assert any(r["kind"] == "failure" and r["url"].endswith(slow) for r in log)
        assert {e["release_id"] for e in _manifest(out)} == {"P2024102300260", MOVED}

        result = _run(_args(site, out, start="2024-10-23", end="2024-10-23", lang="en"))
        assert result.exit_code == 0, result.output
    assert {e["release_id"] for e in _manifest(out)} == {
        "P2024102300150", "P2024102300260", MOVED}
    assert site.requested(failing) == 2 and site.requested(slow) == 3


def test_shards_of_a_harvest_hold_the_one_harvest_between_them(tmp_path: Path) -> None:
    with FixtureSite() as site:
        for name, extra in (("whole", []), ("one", ["--shard", "1/2"]),
                            ("two", ["--shard", "2/2"])):
            result = _run(_args(site, tmp_path / name, *extra))
            assert result.exit_code == 0, result.output

    def held(name: str) -> set[tuple[str, str, str]]:
        return {(e["path"], e["url"], e["sha256"]) for e in _manifest(tmp_path / name)}

    assert held("one") and held("two")
    assert held("one") & held("two") == set()
    assert held("one") | held("two") == held("whole")


def test_crawl_delay_and_retry_after_are_obeyed(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    (root / "robots.txt").write_text("User-agent: *\nCrawl-delay: 1\n")
    throttled = "/gia/general/202410/02.htm"
    with FixtureSite(root=root, throttle_once={throttled: 2}) as site:
        result = _run(_args(site, tmp_path / "a", start="2024-10-01", end="2024-10-02",
                            lang="en"))
    assert result.exit_code == 0, result.output
    assert [(h.path, h.status) for h in site.hits] == [
        ("/robots.txt", 200), ("/gia/general/202410/01.htm", 200), (throttled, 429),
        (throttled, 200)]
    gaps = [b.arrived - a.arrived for a, b in zip(site.hits[1:], site.hits[2:], strict=False)]
    assert gaps[0] >= 1.0, gaps  # --delay 0.01, but robots.txt asks for a second
    assert gaps[1] >= 2.0, gaps  # --backoff 0.01, but the 429 asked for two


def test_a_host_whose_robots_txt_forbids_everything_is_left_alone(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    (root / "robots.txt").write_text("User-agent: pressgraph-harvest\nDisallow: /\n")
    with FixtureSite(root=root) as site:
        result = _run(_args(site, tmp_path / "a", start="2024-10-01", end="2024-10-03"))
    assert result.exit_code == 0, result.output
    assert [hit.path for hit in site.hits] == ["/robots.txt"]
    assert "9 refused by robots.txt" in result.output


@pytest.mark.parametrize("args, message", [
    (["--to", "2024-10-02"], "--from"),
    (["--from", "2024-10-02", "--since-last"], "not both"),
    (["--from", "2024-10-02", "--lang", "fr"], "not one of"),
    (["--from", "2024-10-02", "--shard", "3/2"], "K must be"),
    (["--from", "2024-13-02"], "not a date"),
])
def test_bad_usage_is_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, ["harvest", "-o", str(tmp_path / "a"), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
