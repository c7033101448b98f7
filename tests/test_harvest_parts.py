"""The harvester's parts, without a server: index links, sources, days, shards, the folder."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressgraph.errors import UsageError
from pressgraph.harvest.fetch import _retry_after, user_agent
from pressgraph.harvest.index import release_links
from pressgraph.harvest.plan import hong_kong_today, plan_days
from pressgraph.harvest.sources import load_sources, parse_languages
from pressgraph.harvest.store import FETCHES, MANIFEST, TEMP, Archive
from pressgraph.reader import InputRef
from pressgraph.shards import Shard, parse_shard, select_inputs
from tests.harvest_site import SITE

SOURCES = load_sources(site="https://archive.example", mirror="https://mirror.example/TuniS/x")


def _index(*hrefs: str) -> bytes:
    items = "".join(f'<li><a href="{href}">a release</a></li>' for href in hrefs)
    return f'<html><body><ul id="prlist">{items}</ul></body></html>'.encode()


# -- index pages ---------------------------------------------------------------------

def test_index_links_resolve_to_the_languages_canonical_urls() -> None:
    body = _index("09/P2024100900215.htm",
                  "/gia/general/202410/09/P2024100900388.htm",
                  "https://other.example/TuniS/www.info.gov.hk/gia/general/202410/08/"
                  "P2024100800999.htm",
                  "/gia/general/202410/09/P2024100900388.htm#top",  # the same page again
                  "/gia/general/202410/09/P2024100900388p.htm",  # its print version
                  "/gia/general/202410/09c.htm", "javascript:void(0)", "#contentBody")
    index_url = SOURCES["en"].index_url(date(2024, 10, 9))
    assert index_url == "https://archive.example/gia/general/202410/09.htm"
    links = release_links(body, index_url, SOURCES["en"], SOURCES)
    assert [link.url for link in links] == [
        "https://archive.example/gia/general/202410/09/P2024100900215.htm",
        "https://archive.example/gia/general/202410/09/P2024100900388.htm",
        "https://archive.example/gia/general/202410/08/P2024100800999.htm"]
    assert [link.day for link in links] == [date(2024, 10, 9)] * 2 + [date(2024, 10, 8)]
    assert links[0].release_id == "P2024100900215"


def test_the_simplified_index_gives_mirror_pages() -> None:
    source = SOURCES["zh-Hans"]
    index_url = source.index_url(date(2024, 10, 2))
    assert index_url == "https://mirror.example/TuniS/x/gia/general/202410/02c.htm"
    links = release_links(_index("https://www.info.gov.hk/gia/general/202410/02/"
                                 "P2024100200310.htm"), index_url, source, SOURCES)
    assert [link.url for link in links] == [
        "https://mirror.example/TuniS/x/gia/general/202410/02/P2024100200310.htm"]


def test_an_empty_or_broken_index_lists_nothing() -> None:
    no_such_day = _index("/gia/general/202402/30/P2024023000001.htm")
    for body in (b"", b"   ", b"\x00\x01 not html", no_such_day):
        assert release_links(body, "https://archive.example/gia/general/202402/29.htm",
                             SOURCES["en"], SOURCES) == []


def test_the_fixture_indexes_list_their_releases() -> None:
    body = (SITE / "gia/general/202410/23.htm").read_bytes()
    links = release_links(body, "http://h/gia/general/202410/23.htm", SOURCES["en"], SOURCES)
    assert [link.release_id for link in links] == [
        "P2024102300150", "P2024102300260", "P2024102300333"]


def test_languages_are_parsed_and_checked() -> None:
    assert parse_languages("en, zh-HK,zh-Hans,en") == ("en", "zh-Hant", "zh-Hans")
    with pytest.raises(UsageError, match="not one of"):
        parse_languages("en,fr")
    with pytest.raises(UsageError):
        parse_languages(" , ")
    with pytest.raises(UsageError, match="absolute"):
        load_sources(site="www.info.gov.hk")


# -- days, shards ----------------------------------------------------------------------

def test_days_stop_at_today() -> None:
    plan = plan_days(start=date(2024, 10, 30), end=date(2024, 11, 5), since=None,
                     today=date(2024, 11, 1), languages=("en",))
    assert plan.days == (date(2024, 10, 30), date(2024, 10, 31), date(2024, 11, 1))
    with pytest.raises(UsageError, match="after today"):
        plan_days(start=date(2024, 11, 2), end=None, since=None, today=date(2024, 11, 1),
                  languages=("en",))
    with pytest.raises(UsageError, match="before"):
        plan_days(start=date(2024, 10, 5), end=date(2024, 10, 1), since=None,
                  today=date(2024, 11, 1), languages=("en",))
    with pytest.raises(UsageError, match="--from"):
        plan_days(start=None, end=None, since=None, today=date(2024, 11, 1), languages=("en",))


def test_today_is_a_hong_kong_day() -> None:
    late_utc = datetime(2024, 10, 31, 17, 0, tzinfo=UTC)  # 01:00 on Nov 1 in HK
    assert hong_kong_today(late_utc) == date(2024, 11, 1)
    assert hong_kong_today(late_utc - timedelta(hours=2)) == date(2024, 10, 31)


def test_shards_of_days_cover_each_day_once() -> None:
    parts = [plan_days(start=date(2024, 10, 1), end=date(2024, 10, 31), since=None,
                       today=date(2024, 12, 1), languages=("en",), shard=Shard(k, 3)).days
             for k in (1, 2, 3)]
    assert sorted(day for part in parts for day in part) == [
        date(2024, 10, 1) + timedelta(n) for n in range(31)]
    assert all(10 <= len(part) <= 11 for part in parts)


@given(st.lists(st.text(min_size=1), unique=True, max_size=30), st.integers(1, 6))
def test_shards_of_inputs_cover_each_input_once(keys: list[str], count: int) -> None:
    refs = [InputRef(source=key, path=None) for key in keys]
    parts = [list(select_inputs(refs, Shard(k, count))) for k in range(1, count + 1)]
    assert sorted(ref.source for part in parts for ref in part) == sorted(keys)
    assert list(select_inputs(refs, None)) == refs


def test_an_input_is_split_on_its_url_when_it_has_one() -> None:
    url = "https://www.info.gov.hk/gia/general/202410/09/P2024100900401.htm"
    a = InputRef(source="here/P2024100900401.htm", path=None, source_url=url)
    b = InputRef(source="elsewhere/copy.htm", path=None, source_url=url)
    for count in range(2, 8):
        assert [Shard(k, count).holds_key(a.source_url or "") for k in range(1, count + 1)] \
            == [Shard(k, count).holds_key(b.source_url or "") for k in range(1, count + 1)]
        assert sum(len(list(select_inputs([a], Shard(k, count)))) for k in range(1, count + 1)) == 1


@pytest.mark.parametrize("text", ["0/2", "3/2", "1/0", "1", "a/b", "1/2/3", ""])
def test_bad_shards_are_refused(text: str) -> None:
    with pytest.raises(UsageError):
        parse_shard(text)
    assert parse_shard(" 2 / 4 ") == Shard(2, 4)


# -- the folder ------------------------------------------------------------------------

def _entry(path: str, url: str) -> dict[str, object]:
    return {"path": path, "url": url, "language": "en", "status": 200}


def test_a_torn_line_and_a_partial_file_are_cleared_on_opening(tmp_path: Path) -> None:
    with Archive(tmp_path) as archive:
        archive.store_release(_entry("pages/en/a.htm", "https://x/a"), b"<p>a</p>")
    # what a kill in the middle of the next page's write could leave
    with open(tmp_path / MANIFEST, "ab") as handle:
        handle.write(b'{"path": "pages/en/b.htm", "url": "https://x/b", "lang')
    (tmp_path / TEMP).mkdir()
    (tmp_path / TEMP / "tmp123.part").write_bytes(b"<p>half")
    with Archive(tmp_path) as archive:
        assert archive.holds("https://x/a") and not archive.holds("https://x/b")
        assert not any((tmp_path / TEMP).iterdir())
        archive.store_release(_entry("pages/en/b.htm", "https://x/b"), b"<p>b</p>")
    lines = (tmp_path / MANIFEST).read_text().splitlines()
    assert [json.loads(line)["path"] for line in lines] == ["pages/en/a.htm", "pages/en/b.htm"]
    assert (tmp_path / "pages/en/b.htm").read_bytes() == b"<p>b</p>"
    assert not (tmp_path / TEMP).exists()


def test_one_harvest_at_a_time_in_a_folder(tmp_path: Path) -> None:
    with Archive(tmp_path):
        with pytest.raises(UsageError, match="another harvest"):
            Archive(tmp_path).__enter__()
    with Archive(tmp_path) as archive:  # the lock goes with the harvest
        assert archive.state.manifest_lines == 0


def test_a_release_is_listed_once(tmp_path: Path) -> None:
    with Archive(tmp_path) as archive:
        archive.store_release(_entry("pages/en/a.htm", "https://x/a"), b"a")
        with pytest.raises(UsageError, match="already"):
            archive.store_release(_entry("pages/en/a.htm", "https://x/a"), b"a")


def test_index_records_and_missing_releases_are_remembered(tmp_path: Path) -> None:
    with Archive(tmp_path) as archive:
        archive.store_index({"kind": "index", "url": "https://x/01.htm", "day": "2024-10-01",
                             "status": 200, "path": "indexes/en/202410/01.htm"}, b"<html/>")
        archive.note({"kind": "release", "url": "https://x/gone", "status": 404})
        archive.note({"kind": "failure", "of": "release", "url": "https://x/later"})
    with Archive(tmp_path) as archive:
        assert archive.index_record("https://x/01.htm")["status"] == 200
        assert archive.last_index_day() == date(2024, 10, 1)
        assert archive.is_missing("https://x/gone") and not archive.is_missing("https://x/later")
        assert archive.read("indexes/en/202410/01.htm") == b"<html/>"
    assert len((tmp_path / FETCHES).read_text().splitlines()) == 3


def test_files_are_readable_by_others(tmp_path: Path) -> None:
    with Archive(tmp_path) as archive:
        archive.store_release(_entry("pages/en/a.htm", "https://x/a"), b"a")
    assert os.stat(tmp_path / "pages/en/a.htm").st_mode & 0o777 == 0o644


# -- politeness pieces -----------------------------------------------------------------

def test_the_user_agent_says_who_asks_and_how_to_reach_them() -> None:
    assert user_agent("ops@example.org").endswith("(+mailto:ops@example.org)")
    assert user_agent("https://example.org/bot").endswith("(+https://example.org/bot)")
    assert "no contact" in user_agent(None)
    assert user_agent(None).startswith("pressgraph-harvest/")


def test_retry_after_in_seconds_or_a_date() -> None:
    assert _retry_after("7") == 7.0
    assert _retry_after(None) is None and _retry_after("soon") is None
    assert _retry_after("Thu, 01 Jan 1970 00:00:00 GMT") == 0.0
