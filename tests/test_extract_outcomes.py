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
