"""Areas "set out below": a paragraph that ends saying the areas follow introduces the
sections after it, one or more, whatever its closing punctuation; in English the sections
are sub-headings, in Chinese paragraphs opening with their area ("跨境基建方面，…"). The
releases are invented for the tests."""

from __future__ import annotations

from tests.agenda_releases import agenda, release_of
from tests.test_extract_zh_agenda import agenda as zh_agenda


def test_one_sub_heading_set_out_below_after_a_full_stop() -> None:
    release = release_of(
        "The Harbour Board held its annual meeting today (March 4). The progress of each area "
        "of co-operation and the plans for next year are set out below.",
        "#Ferry services",
        "The two sides have included in the plan several items covering fares, piers and "
        "timetables to carry the work forward.",
    )
    # the section's heading is the item, not the topics of the paragraph under it
    assert agenda(release) == ["Ferry services"]


def test_one_sub_heading_after_a_paragraph_that_does_not_introduce_it() -> None:
    release = release_of(
        "The Harbour Board held its annual meeting today (March 4). Both sides were pleased "
        "with the progress made.",
        "#Ferry services",
        "The two sides have included in the plan several items covering fares, piers and "
        "timetables to carry the work forward.",
    )
    assert agenda(release) != ["Ferry services"]


def test_areas_set_out_below_in_chinese_paragraphs() -> None:
    assert zh_agenda(
        "運輸局局長今日與廈門市市長共同主持第三次港廈航運合作會議。個別合作範疇的進展和未來方向如下。",
        "渡輪服務方面，雙方同意增加夜間航班，並研究調整票價。",
        "雙方亦會檢討碼頭的使用情況。",
        "在港口安全方面，雙方會加強演習，交流救援經驗。",
        standing=True,
    ) == ["渡輪服務", "港口安全"]


def test_areas_without_a_paragraph_saying_they_follow() -> None:
    assert zh_agenda(
        "運輸局局長今日與廈門市市長共同主持第三次港廈航運合作會議，雙方回顧過去一年的工作。",
        "渡輪服務方面，雙方同意增加夜間航班，並研究調整票價。",
        "在港口安全方面，雙方會加強演習，交流救援經驗。",
        standing=True,
    ) == []
