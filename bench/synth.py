"""A synthetic archive of releases in the real format, built from the corpus's patterns.

Each synthetic release takes one corpus release (English, Chinese, HTML, non-meeting) as
its pattern and moves it to another day: the dateline (with the right weekday, in the
pattern's language), the relative dates in the body and the meeting's ordinal change, so
that no two releases are the same text. Nothing is downloaded; N can be 1,000,000 because
releases are generated on the fly.

    python bench/synth.py 10000 /tmp/archive        # write N files into a directory
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "corpus"
START = date(1998, 1, 1)

_EN_DATELINE = re.compile(r"Ends/[A-Za-z]+, [A-Za-z]+ \d{1,2}, \d{4}")
_ZH_DATELINE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日（星期.）")
_ORDINAL = re.compile(r"\b(\d{1,2})(st|nd|rd|th)\b")
_ZH_WEEKDAYS = "一二三四五六日"


def patterns() -> list[tuple[str, str]]:
    """(suffix, text) of every usable corpus release."""
    found = []
    for path in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html")):
        found.append((path.suffix, path.read_text(encoding="utf-8")))
    return found


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def vary(text: str, index: int) -> str:
    day = START + timedelta(days=index % 10_000)
    english = f"Ends/{day:%A}, {day:%B} {day.day}, {day.year}"
    chinese = f"{day.year}年{day.month}月{day.day}日（星期{_ZH_WEEKDAYS[day.weekday()]}）"
    text = _EN_DATELINE.sub(english, text)
    text = _ZH_DATELINE.sub(chinese, text)
    ordinal = 1 + index % 40

    def new_ordinal(match: re.Match[str]) -> str:
        return f"{ordinal}{_ordinal_suffix(ordinal)}"

    return _ORDINAL.sub(new_ordinal, text, count=2)


def releases(n: int) -> Iterator[tuple[str, bytes]]:
    """(file name, bytes) of N synthetic releases, generated lazily."""
    pool = patterns()
    for index in range(n):
        suffix, text = pool[index % len(pool)]
        yield f"R{index:07d}{suffix}", vary(text, index).encode("utf-8")


def write_directory(n: int, out: Path) -> None:
    for name, data in releases(n):
        shard = out / name[1:4]
        shard.mkdir(parents=True, exist_ok=True)
        (shard / name).write_bytes(data)


if __name__ == "__main__":
    write_directory(int(sys.argv[1]), Path(sys.argv[2]))
