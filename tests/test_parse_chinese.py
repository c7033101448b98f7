"""Chinese releases: dateline, numerals, indents, lists, title suffixes, page clutter."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from pressgraph.parse import chinese_number, detect_language, parse, split_title
from pressgraph.reader import decode
from tests.conftest import CORPUS

HKT = timezone(timedelta(hours=8))
ZH_FILES = sorted(CORPUS.glob("zh-*.txt"))


def parsed(text: str, source: str = "zh.txt", url: str | None = None):
    return parse(decode(text.encode("utf-8"), source, source_url=url))


@pytest.mark.parametrize("path", ZH_FILES, ids=lambda p: p.name)
def test_corpus_titles_and_datelines(path: Path) -> None:
    gold = json.loads((CORPUS / "gold" / (path.stem + ".json")).read_text("utf-8"))
    release = parse(decode(path.read_bytes(), path.name))
    assert release.title == gold["title"]
    assert release.language == gold["language"]
    assert release.release_date == date.fromisoformat(gold["release_date"])
    assert release.issued_time == time.fromisoformat(gold["issued_time"])
    assert release.release_date_source == "dateline"
    assert not any("dateline" in w for w in release.warnings)
    assert all(release.quote(b.span) == b.text for b in release.blocks)
    assert not any(b.text in ("完", "即日新聞") for b in release.blocks)


def test_trailing_residue_is_not_body() -> None:
    release = parse(decode((CORPUS / "zh-2025-12-meeting-qianhai-task-force-shenzhen.txt")
                           .read_bytes(), "q.txt"))
    assert release.blocks[-1].text.startswith("香港方面出席會議的包括")


def test_underlined_title_and_headings() -> None:
    release = parse(decode((CORPUS / "zh-2024-07-meeting-joint-conference-plenary.txt")
                           .read_bytes(), "p.txt"))
    assert not release.title.startswith("*")
    headings = [b.text for b in release.blocks if b.kind == "heading"]
    assert headings == ["創新科技", "金融合作", "醫療衞生", "跨境交通及貿易", "第十五屆全國運動會"]


BASE = ("新聞標題（附圖）\n\n　　今日舉行會議，議程包括：\n\n{items}\n\n"
        "　　會議結束。\n\n{dateline}\n")


@pytest.mark.parametrize(
    ("dateline", "expected_date", "expected_time"),
    [
        ("完\n\n2024年10月9日（星期三）\n香港時間16時25分", date(2024, 10, 9), time(16, 25)),
        ("完\n2024年10月9日(星期三)\n香港時間16時25分", date(2024, 10, 9), time(16, 25)),
        ("完\n\n二○一六年十月九日（星期日）\n香港時間9時05分", date(2016, 10, 9), time(9, 5)),
        ("完\n\n2024年10月9日（星期三）\n於HKT 16:25發出", date(2024, 10, 9), time(16, 25)),
        ("完\n\n2024年10月9日（星期三）\n香港时间16时25分", date(2024, 10, 9), time(16, 25)),
        ("2024年10月9日（星期三）\n香港時間16時25分\n即日新聞", date(2024, 10, 9), time(16, 25)),
    ],
)
def test_chinese_datelines(dateline: str, expected_date: date, expected_time: time) -> None:
    release = parsed(BASE.format(items="1. 甲項；\n2. 乙項。", dateline=dateline))
    assert release.release_date == expected_date
    assert release.issued_time == expected_time
    assert release.issued == datetime.combine(expected_date, expected_time, tzinfo=HKT)
    assert [b.text for b in release.blocks][-1] == "會議結束。"


def test_chinese_dateline_weekday_mismatch_warns() -> None:
    release = parsed(BASE.format(items="1. 甲項", dateline="完\n\n2024年10月9日（星期五）\n"
                                                           "香港時間16時25分"))
    assert release.release_date == date(2024, 10, 9)
    assert any("Wednesday" in w for w in release.warnings)


def test_chinese_invalid_date_is_not_rolled_over() -> None:
    release = parsed(BASE.format(items="1. 甲項", dateline="完\n\n2024年2月30日（星期五）\n"
                                                           "香港時間16時25分"))
    assert release.release_date is None and release.issued is None
    assert release.issued_time == time(16, 25)
    assert any("does not exist" in w for w in release.warnings)


@pytest.mark.parametrize("items", [
    "1. 甲項；\n2. 乙項；以及\n3. 丙項。", "＊甲項；\n＊乙項；以及\n＊丙項。",
    "１．甲項；\n２．乙項；以及\n３．丙項。", "一、甲項；\n二、乙項；以及\n三、丙項。"])
def test_chinese_list_markers(items: str) -> None:
    release = parsed(BASE.format(items=items,
                                 dateline="完\n\n2024年10月9日（星期三）\n香港時間16時25分"))
    listed = [b for b in release.blocks if b.kind == "list_item"]
    assert [b.text for b in listed] == ["甲項；", "乙項；以及", "丙項。"]
    assert [b.position for b in listed] == [1, 2, 3]
    paragraphs = [b for b in release.blocks if b.kind == "paragraph"]
    assert paragraphs[0].text.startswith("今日")  # ideographic-space indent removed


@pytest.mark.parametrize(
    ("title", "clean", "flags"),
    [("粵港會議（附圖／短片）", "粵港會議", ("附圖/短片",)),
     ("粵港會議(附圖)", "粵港會議", ("附圖",)),
     ("粤港会议（附图）", "粤港会议", ("附图",)),
     ("粵港會議（只有中文）", "粵港會議", ("只有中文",))],
)
def test_chinese_title_suffixes(title: str, clean: str, flags: tuple[str, ...]) -> None:
    assert split_title(title) == (clean, flags)


@pytest.mark.parametrize("clutter", [
    "Go to main content\nPrint this page",
    "跳至主要內容\n列印此頁",
    "Traditional Chinese | Simplified Chinese | Email this article",
])
def test_page_clutter_before_title_is_skipped(clutter: str) -> None:
    text = clutter + "\n\n" + BASE.format(
        items="1. 甲項", dateline="完\n\n2024年10月9日（星期三）\n香港時間16時25分\nBack to top")
    release = parsed(text)
    assert release.title == "新聞標題（附圖）"
    assert release.quote(release.title_span) == release.title
    assert release.blocks[-1].text == "會議結束。"


@pytest.mark.parametrize(
    ("text", "value"),
    [("二十四", 24), ("十", 10), ("十二", 12), ("二○二五", 2025), ("三十一", 31), ("一百零五", 105),
     ("24", 24), ("２４", 24), ("甲", None)],
)
def test_chinese_numbers(text: str, value: int | None) -> None:
    assert chinese_number(text) == value


@pytest.mark.parametrize(
    ("text", "language"),
    [("政務司司長今日主持會議，討論兩地合作。", "zh-Hant"),
     ("政务司司长今日主持会议，讨论两地合作。", "zh-Hans"),
     ("The Chief Secretary chaired a meeting today (陳國基).", "en"),
     ("扶貧委員會「共創明『Teen』計劃」的進展 Teen Teen", "zh-Hant"),
     ("會議", "zh-Hant")],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_declared_language_wins() -> None:
    release = parse(decode("標題\n\n　　內容。\n".encode(), "x.txt", declared_language="zh-Hans"))
    assert release.language == "zh-Hans"
    assert any("declared language zh-Hans" in w for w in release.warnings)
    agreeing = parse(decode("標題\n\n　　內容。\n".encode(), "x.txt", declared_language="zh-Hant"))
    assert agreeing.language == "zh-Hant"
    assert not any("declared" in w for w in agreeing.warnings)
