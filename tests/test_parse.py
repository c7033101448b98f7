from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from pressgraph.errors import InputError
from pressgraph.parse import parse, split_title
from pressgraph.reader import decode
from tests.conftest import CORPUS, SAMPLE


def parsed(text: str, source: str = "t.txt", url: str | None = None):
    return parse(decode(text.encode("utf-8"), source, source_url=url))


def test_sample_structure() -> None:
    release = parsed(SAMPLE.read_text(encoding="utf-8"), SAMPLE.name)
    assert release.title_clean.startswith("19th Meeting of Hong Kong/Guangdong Expert Group")
    assert release.title_flags == ("with photos",)
    assert release.release_date == date(2024, 10, 9)
    assert release.issued == datetime(2024, 10, 9, 16, 25, tzinfo=timezone(timedelta(hours=8)))
    assert release.language == "en"
    items = [b for b in release.blocks if b.kind == "list_item"]
    assert [b.position for b in items] == [1, 2, 3, 4, 5]
    assert items[0].text.startswith("accelerating development")
    for block in release.blocks:  # every span points at its text
        assert release.quote(block.span) == block.text


@pytest.mark.parametrize(
    ("title", "clean", "flags"),
    [
        ("A meeting (with photos/video)", "A meeting", ("with photos/video",)),
        ("A meeting (with photo)", "A meeting", ("with photo",)),
        ("A meeting (English only)", "A meeting", ("English only",)),
        ("粵港會議（附圖）", "粵港會議", ("附圖",)),
        ("No suffix", "No suffix", ()),
    ],
)
def test_title_suffixes(title: str, clean: str, flags: tuple[str, ...]) -> None:
    assert split_title(title) == (clean, flags)


def test_invalid_dateline_is_not_rolled_over() -> None:
    release = parsed((CORPUS / "awkward" / "awkward-invalid-date.txt").read_text("utf-8"))
    assert release.release_date is None
    assert release.issued is None
    assert release.issued_time == time(17, 10)
    assert any("does not exist" in w for w in release.warnings)


def test_missing_dateline_warns() -> None:
    release = parsed((CORPUS / "awkward" / "awkward-no-dateline.txt").read_text("utf-8"))
    assert release.release_date is None and release.issued is None
    assert any("dateline" in w for w in release.warnings)


def test_bom_and_crlf() -> None:
    data = (CORPUS / "awkward" / "awkward-crlf-bom.txt").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    release = parse(decode(data, "crlf.txt"))
    assert not release.title.startswith("\ufeff")
    assert "\r" not in release.text
    assert release.release_date == date(2023, 9, 26)


def test_hour_without_leading_zero() -> None:
    release = parsed((CORPUS / "non-meeting-2024-10-weather-warning.txt").read_text("utf-8"))
    assert release.issued_time == time(5, 57)


def test_release_id_and_date_from_url() -> None:
    text = "A title\n\n     A body paragraph.\n"
    url = "https://www.info.gov.hk/gia/general/202410/09/P2024100900401p.htm"
    release = parsed(text, url=url)
    assert release.release_id == "P2024100900401"
    assert release.release_id_source == "url"
    assert release.release_date == date(2024, 10, 9)
    assert release.release_date_source == "url"


@pytest.mark.parametrize("release_id", ["P200107130123", "P2024100900401"])
def test_release_id_of_either_length_from_url_and_file_name(release_id: str) -> None:
    """Older releases have 4 digits after the date (12 in all), newer ones 5 (13)."""
    text = "A title\n\n     A body paragraph.\n"
    day = release_id[1:9]
    url = f"https://www.info.gov.hk/gia/general/{day[:6]}/{day[6:]}/{release_id}.htm"
    from_url = parsed(text, url=url)
    from_name = parsed(text, source=f"archive/{release_id}.txt")
    assert (from_url.release_id, from_url.release_id_source) == (release_id, "url")
    assert (from_name.release_id, from_name.release_id_source) == (release_id, "filename")
    expected = date(int(day[:4]), int(day[4:6]), int(day[6:]))
    assert from_url.release_date == expected


@pytest.mark.parametrize("name", ["P20010713012.txt", "P20241009004010.txt", "P200113450123.txt"])
def test_file_name_that_is_no_release_id_gives_none(name: str) -> None:
    """Too few digits, too many, or no real date: the release is named by its digest."""
    assert parsed("A title\n\n     A body paragraph.\n", source=name).release_id is None


def test_empty_input_is_refused() -> None:
    with pytest.raises(InputError, match="empty"):
        decode(b"", "empty.txt")


def test_binary_input_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "image.txt")


@pytest.mark.parametrize("closing", [
    "Ends/Tuesday, March 4 2014\nIssued at HKT 11:05",
    "Ends/Tuesday, March 4, 2014\nIssued at HKT 11:05",
    "The panel will meet again in May. Ends/Tuesday, March 4 2014 Issued at HKT 11:05",
    "Ends/Tuesday March 4, 2014\nIssued at HKT 11:05",
    "Ends / 4 March 2014\nIssued at HKT 11:05",
    "Ends/Tuesday, March 4, 2014 Issued at HKT 11:05",  # a store that joins the two lines
    "Ends/Tuesday, March 4, 2014\nIssued at HKT 11:05 NNNN",
])
def test_dateline_written_other_ways(closing: str) -> None:
    text = ("Ferry panel reviews timetable\n*****************************\n\n"
            "The Ferry Advisory Panel reviewed the timetable today.\n\n"
            "The panel will meet again in May.\n\n" + closing + "\n")
    release = parsed(text)
    assert release.release_date == date(2014, 3, 4)
    assert release.issued_time == time(11, 5)
    assert release.blocks[-1].text == "The panel will meet again in May."


def test_language_is_the_release_own_not_its_mirror_menus() -> None:
    """A conversion mirror serves an English release inside Chinese menus: the language is
    read from the headline and body, not from the page around them."""
    menus = "简体版 寄给朋友 政府新闻网 即日新闻 昨日新闻 新闻公报档案 返回目录 返回页首 网页指南"
    text = (f"{menus}\nFerry panel meets\n*****************\n\n"
            "The Ferry Advisory Panel met the operators today.\n\n"
            "Ends/Tuesday, March 4, 2014\nIssued at HKT 11:05\n\n"
            f"{menus}\n{menus}\n")
    url = "https://sc.isd.gov.hk/gb/www.info.gov.hk/gia/general/201403/04/P201403040123.htm"
    release = parsed(text, url=url)
    assert release.title == "Ferry panel meets"
    assert release.language == "en"
    chinese = parsed("渡輪小組會面\n**********\n\n"
                     "渡輪諮詢小組今日與營辦商會面，檢討班次及票價。\n\n"
                     "Skip to main content Print this page Email this article\n")
    assert chinese.language == "zh-Hant"


@pytest.mark.parametrize("masthead", [
    "立 法 會 秘 書 處\n新 聞 稿", "立 法 会 秘 书 处\n新 闻 稿",
    "L E G I S L A T I V E   C O U N C I L   S E C R E T A R I A T\nP R E S S   R E L E A S E",
])
def test_a_masthead_printed_letter_by_letter_is_no_headline(masthead: str) -> None:
    release = parsed(f"{masthead}\n\n財委會開會\n\n立法會財務委員會今日舉行會議，討論撥款。\n")
    assert release.title == "財委會開會"
    assert release.blocks[0].text.startswith("立法會財務委員會今日")
