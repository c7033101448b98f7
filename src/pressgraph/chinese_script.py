"""Traditional and Simplified Chinese: telling them apart and folding one onto the other.

The character pairs live in ``pressgraph/data/zh_script_pairs.txt``. The parser uses them to
tell the scripts apart (the release's language tag); the extractors' lexicons are written
in Traditional Chinese, and Simplified text is folded onto Traditional before lookups so
one set of rules serves both scripts (offsets are kept: folding maps one character to one).

Identity needs more than those pairs: a name the registry does not know is keyed by its
text, so the Traditional and the Simplified release must spell it alike. :func:`key_form`
folds a name onto Simplified characters with OpenCC's Hong Kong table (``hk2s``), which
knows every character and the Hong Kong variants (衞, 綫); Traditional to Simplified is
many to one (嶽 and 岳 both give 岳), so both scripts of a name meet there.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import opencc


@cache
def _pairs() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    text = resources.files("pressgraph").joinpath("data/zh_script_pairs.txt").read_text(
        encoding="utf-8")
    to_hant: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        for token in line.split():
            if len(token) == 2 and token[0] != token[1]:
                to_hant.setdefault(token[1], token[0])
    hant = frozenset(to_hant.values()) - frozenset(to_hant)
    hans = frozenset(to_hant) - frozenset(to_hant.values())
    return to_hant, hant, hans


def script_counts(text: str) -> tuple[int, int]:
    """How many characters of ``text`` are distinctively Traditional and Simplified."""
    _, hant, hans = _pairs()
    return sum(1 for ch in text if ch in hant), sum(1 for ch in text if ch in hans)


def to_traditional(text: str) -> str:
    """Simplified characters replaced by their Traditional forms, one for one."""
    to_hant, _, _ = _pairs()
    return "".join(to_hant.get(ch, ch) for ch in text)


@cache
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("hk2s")


def key_form(text: str) -> str:
    """The form a Chinese name is keyed by: Simplified characters (OpenCC ``hk2s``), so that
    the Traditional and the Simplified spelling of one name give one key. Text with no
    Chinese characters is returned unchanged."""
    if not any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text):
        return text
    return str(_to_simplified().convert(text))
