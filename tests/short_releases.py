"""Short releases written for the tests: a headline, indented paragraphs and a dateline of
Monday, 4 March 2024, in English or Chinese, parsed as a release."""

from __future__ import annotations

from pressgraph.model import ParsedRelease
from pressgraph.parse import parse
from pressgraph.reader import decode


def english(title: str, *paragraphs: str) -> ParsedRelease:
    body = "\n\n".join("     " + p for p in paragraphs)
    text = f"{title}\n\n{body}\n\nEnds/Monday, March 4, 2024\nIssued at HKT 10:00\n"
    return parse(decode(text.encode("utf-8"), "t.txt"))


def chinese(title: str, *paragraphs: str) -> ParsedRelease:
    body = "\n\n".join("     " + p for p in paragraphs)
    text = f"{title}\n\n{body}\n\n完\n2024年3月4日（星期一）\n香港時間10時00分\n"
    return parse(decode(text.encode("utf-8"), "t.txt"))
