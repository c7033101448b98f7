"""Foreign names written in Chinese characters: the syllables transliteration uses
(``data/zh_transliteration.txt``), so that a run of them after a post can be read as a name
(``外交部長德爾羅薩里奧``) where no Chinese surname starts it, or where one does but no
Chinese name ends it."""

from __future__ import annotations

from functools import cache
from importlib import resources

# A foreign name's syllables may be parted by a middle dot (伊麗莎白·特拉斯).
NAME_DOTS = "·‧・．"
LONGEST = 8  # characters of the longest foreign name read


@cache
def syllables() -> frozenset[str]:
    text = resources.files("pressgraph.extract").joinpath(
        "data/zh_transliteration.txt").read_text(encoding="utf-8")
    return frozenset(ch for line in text.splitlines() if not line.startswith("#")
                     for ch in line.split())


def syllable_run_end(folded: str, start: int, end: int) -> int:
    """Where the run of transliteration syllables starting at ``start`` ends (``start``
    when none is there), at most ``LONGEST`` characters on; a middle dot inside it stays."""
    known = syllables()
    position = start
    while position < end and position - start < LONGEST and (
            folded[position] in known or folded[position] in NAME_DOTS
            and position > start and folded[position + 1:position + 2] in known):
        position += 1
    return position
