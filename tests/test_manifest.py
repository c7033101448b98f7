"""Manifests (CSV and JSON lines), --source-url, and release IDs and dates from URLs."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressgraph.cli import main
from pressgraph.errors import UsageError
from pressgraph.manifest import build_inputs, read_manifest
from pressgraph.parse import parse
from pressgraph.reader import decode, read
from tests.conftest import CORPUS

EN_URL = "https://www.info.gov.hk/gia/general/202410/09/P2024100900401.htm"
ZH_URL = "https://www.info.gov.hk/gia/general/202303/06/P2023030600500.htm"
NO_DATELINE = "A title\n\n     A body paragraph.\n"


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    """A crawler's output: two pages in subfolders and a manifest beside them."""
    (tmp_path / "202410").mkdir()
    (tmp_path / "202303").mkdir()
    (tmp_path / "202410" / "en.txt").write_text(NO_DATELINE, encoding="utf-8")
    shutil.copy(CORPUS / "zh-2023-03-meeting-commission-on-poverty.txt",
                tmp_path / "202303" / "zh.txt")
    return tmp_path


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_manifest(crawl: Path) -> None:
    rows = f"path,url,language\n202410/en.txt,{EN_URL},en\n202303/zh.txt,{ZH_URL},zh-HK\n"
    manifest = _write(crawl / "manifest.csv", rows)
    refs = read_manifest(manifest)
    assert [r.path for r in refs] == [crawl / "202410" / "en.txt", crawl / "202303" / "zh.txt"]
    assert [r.source_url for r in refs] == [EN_URL, ZH_URL]
    assert [r.declared_language for r in refs] == ["en", "zh-Hant"]
    first = parse(read(refs[0]))
    assert first.release_id == "P2024100900401" and first.release_id_source == "url"
    assert first.release_date == date(2024, 10, 9) and first.release_date_source == "url"
    second = parse(read(refs[1]))
    assert second.release_date == date(2023, 3, 6) and second.release_date_source == "dateline"
    assert second.release_id == "P2023030600500" and second.language == "zh-Hant"


def test_json_lines_manifest(crawl: Path) -> None:
    lines = [json.dumps({"path": "202410/en.txt", "url": EN_URL}),
             "",
             json.dumps({"path": "202303/zh.txt", "language": "zh-Hant", "fetched": "x"})]
    refs = read_manifest(_write(crawl / "manifest.jsonl", "\n".join(lines) + "\n"))
    assert [r.source_url for r in refs] == [EN_URL, None]
    assert [r.declared_language for r in refs] == [None, "zh-Hant"]


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ("path,url\n../outside.txt,\n", 2, "outside"),
        ("path,url\n/etc/passwd,\n", 2, "relative"),
        ("path,url\n202410/en.txt,ftp://example.org/x\n", 2, "http"),
        ("path,url\n202410/en.txt,not a url\n", 2, "http"),
        ("path,url,language\n202410/en.txt,,fr\n", 2, "language"),
        ("url,language\nhttps://example.org/,en\n", 1, "path"),
        ("path,url\n202410/en.txt,\n202410/./en.txt,\n", 3, "twice"),
        ("path,url\n,https://example.org/\n", 2, "no path"),
        ("path,url\n202410,\n", 2, "directory"),
        ("path,url\n202410/en.txt,https://example.org/,en,extra\n", 2, "fields"),
        ('{"path": "202410/en.txt"}\n{"path": 3}\n', 2, "string"),
        ('{"path": "202410/en.txt"}\n{"path": \n', 2, "JSON"),
        ('{"path": "202410/en.txt"}\n["202303/zh.txt"]\n', 2, "JSON object"),
        ("path,url\n", None, "no files"),
    ],
)
def test_bad_manifest_lines(crawl: Path, content: str, line: int | None, message: str) -> None:
    manifest = _write(crawl / "manifest.txt", content)
    with pytest.raises(UsageError, match=message) as caught:
        read_manifest(manifest)
    assert caught.value.source == str(manifest)
    assert caught.value.line == line
    if line is not None:
        assert f"{manifest}:{line}:" in str(caught.value)


def test_symlink_out_of_the_manifest_directory_is_refused(crawl: Path, tmp_path_factory) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
    elsewhere.write_text(NO_DATELINE, encoding="utf-8")
    (crawl / "link.txt").symlink_to(elsewhere)
    with pytest.raises(UsageError, match="outside"):
        read_manifest(_write(crawl / "m.csv", "path\nlink.txt\n"))


def test_missing_manifest_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot read manifest"):
        read_manifest(tmp_path / "nope.csv")


def test_source_url_needs_exactly_one_input(crawl: Path) -> None:
    with pytest.raises(UsageError, match="exactly one"):
        list(build_inputs([str(crawl)], source_url=EN_URL))
    with pytest.raises(UsageError, match="http"):
        list(build_inputs([str(crawl / "202410" / "en.txt")], source_url="javascript:alert(1)"))
    with pytest.raises(UsageError, match="no inputs"):
        list(build_inputs([]))
    (ref,) = build_inputs([str(crawl / "202410" / "en.txt")], source_url=EN_URL)
    assert ref.source_url == EN_URL


@pytest.mark.parametrize(
    ("url", "release_id", "day"),
    [
        (EN_URL, "P2024100900401", date(2024, 10, 9)),
        ("https://www.info.gov.hk/gia/general/202410/09/P2024100900401p.htm", "P2024100900401",
         date(2024, 10, 9)),
        ("https://www.info.gov.hk/gia/general/202410/09/P2024100900401_print.htm?x=1#top",
         "P2024100900401", date(2024, 10, 9)),
        ("https://www.info.gov.hk/tc/gia/general/202410/09/P2024100900400.htm", "P2024100900400",
         date(2024, 10, 9)),
        ("https://www.info.gov.hk/gia/general/201512/17/P201512170903.htm", "P201512170903",
         date(2015, 12, 17)),
        ("https://sc.isd.gov.hk/TuniS/www.info.gov.hk/gia/general/201512/17/P201512170903.htm",
         "P201512170903", date(2015, 12, 17)),
        ("https://www.info.gov.hk/gia/general/202402/30/P2024023000401.htm", "P2024023000401",
         None),
        ("https://www.info.gov.hk/gia/general/202410/09.htm", None, None),
        ("https://www.example.org/P2024100900401.htm", None, None),
    ],
)
def test_release_id_and_date_from_urls(url: str, release_id: str | None, day: date | None) -> None:
    release = parse(decode(NO_DATELINE.encode(), "page.txt", source_url=url))
    assert release.release_id == release_id
    assert release.release_date == day
    assert release.release_date_source == ("url" if day else None)


def test_dateline_wins_over_url_and_disagreement_warns() -> None:
    text = (CORPUS / "en-2015-12-meeting-hk-guangzhou-working-group.txt").read_bytes()
    release = parse(decode(text, "x.txt", source_url=EN_URL))
    assert release.release_date == date(2015, 12, 17)
    assert release.release_date_source == "dateline"
    assert any("URL" in w for w in release.warnings)


def test_release_id_from_filename() -> None:
    release = parse(decode(NO_DATELINE.encode(), "pages/P2024100900401.htm"))
    assert release.release_id == "P2024100900401" and release.release_id_source == "filename"
    assert parse(decode(NO_DATELINE.encode(), "pages/P2024993100401.txt")).release_id is None


def test_cli_manifest_and_source_url(crawl: Path, tmp_path: Path) -> None:
    manifest = _write(crawl / "manifest.csv", f"path,url\n202410/en.txt,{EN_URL}\n")
    out = tmp_path / "out.nt"
    result = CliRunner().invoke(main, ["export", "--manifest", str(manifest), "-f", "nt",
                                       "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    graph = out.read_text("utf-8")
    assert "P2024100900401" in graph and EN_URL in graph

    out2 = tmp_path / "one.nt"
    result = CliRunner().invoke(main, ["export", str(crawl / "202410" / "en.txt"), "--source-url",
                                       EN_URL, "-f", "nt", "-o", str(out2)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "P2024100900401" in out2.read_text("utf-8")


def test_cli_bad_manifest_names_file_and_line(crawl: Path, tmp_path: Path) -> None:
    manifest = _write(crawl / "manifest.csv", "path,url\n202410/en.txt,\n../x.txt,\n")
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(main, ["export", "--manifest", str(manifest), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{manifest}:3:" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_cli_missing_file_in_manifest_fails_only_that_input(crawl: Path, tmp_path: Path) -> None:
    manifest = _write(crawl / "manifest.csv", "path\n202410/en.txt\n202410/missing.txt\n")
    out = tmp_path / "out.nt"
    result = CliRunner().invoke(main, ["export", "--manifest", str(manifest), "-f", "nt",
                                       "-o", str(out)])
    assert result.exit_code == 2
    assert "missing.txt" in result.output
    assert out.exists()
