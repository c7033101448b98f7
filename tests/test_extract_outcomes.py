"""Outcomes of a meeting (``extract/outcomes.py``): what it signed, endorsed or agreed,
and not what was signed or agreed before. The releases are invented for the tests."""

from __future__ import annotations

from pressgraph.extract import extract
from pressgraph.parse import parse
from pressgraph.reader import decode


def outcomes(*paragraphs: str) -> list[str]:
    text = ("A test release\n\n" + "\n\n".join("     " + p for p in paragraphs)
            + "\n\nEnds/Monday, March 4, 2024\nIssued at HKT 10:00\n")
    (meeting,) = extract(parse(decode(text.encode("utf-8"), "t.txt"))).meetings
    return [o.text for o in meeting.outcomes]


OPENING = ("The 3rd meeting of the Hong Kong/Hainan Co-operation Conference was held in Haikou "
           "today (March 4).")


def test_what_the_meeting_signed_and_endorsed() -> None:
    assert outcomes(OPENING, "The two sides signed the Agreement on Port Co-operation.",
                    "Members endorsed the work plan for 2024 and noted the Port Report 2023.") \
        == ["signed: Agreement on Port Co-operation", "endorsed: the work plan for 2024"]


def test_background_facts_are_no_outcomes() -> None:
    assert outcomes(
        OPENING,
        "Since the two sides signed the Arrangement on Ferry Services in 2003, traffic has "
        "grown tenfold.",
        "The two governments signed the Memorandum on Fisheries Co-operation in 1997.",
        "Both sides had agreed to share port data before the meeting.",
        "After members endorsed the first work plan last year, three piers were built.",
    ) == []


def zh_outcomes(paragraph: str) -> list[str]:
    from pressgraph.extract.outcomes import find_zh_outcomes
    from pressgraph.extract.zh_text import fold, sentences

    text = "測試新聞稿\n\n　　" + paragraph + "\n\n完\n\n2024年3月4日（星期一）\n香港時間18時00分\n"
    release = parse(decode(text.encode("utf-8"), "t.txt"))
    found = find_zh_outcomes(release.text, sentences(release, fold(release)), 2024)
    return [o.text for o in found]


def test_chinese_outcomes_are_what_the_meeting_did() -> None:
    assert zh_outcomes("雙方在會上簽署了《港口合作協議》。") == ["雙方在會上簽署了《港口合作協議》"]
    assert zh_outcomes("法案若獲得議員支持及通過二讀，將交付全體委員會。") == []
    assert zh_outcomes("會議讓部長探討如何能加快達成共識。") == []
    assert zh_outcomes("雙方將在會議上討論合作，並簽訂合作協議。") == []
    assert zh_outcomes("兩地政府於2003年簽署《更緊密經貿關係的安排》。") == []
