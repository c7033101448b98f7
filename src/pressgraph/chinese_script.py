"""Traditional and Simplified Chinese: telling them apart and folding one onto the other.

The character pairs live in ``pressgraph/data/zh_script_pairs.txt``. The parser uses them to
tell the scripts apart (the release's language tag); the extractors' lexicons are written
in Traditional Chinese, and Simplified text is folded onto Traditional before lookups so
one set of rules serves both scripts (offsets are kept: folding maps one character to one).

The pairs cover the characters common in releases; every other Simplified character is
folded by OpenCC's Simplified-to-Hong-Kong character table (``s2hk``), so that names
(乔晓阳, 张晓明) fold as the lexicon's words do. OpenCC is asked only about characters that
Big5, the Traditional character set, lacks: a character Big5 has (台, 里, 余, 后) is also
written in Traditional text and stays as it is.

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

# The CJK Unified Ideographs block: the characters OpenCC is asked about.
_CJK_BLOCK = range(0x4E00, 0xA000)


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


@cache
def fold_table() -> dict[int, str]:
    """Simplified character -> its Traditional form: the pairs, then OpenCC's for the
    characters Big5 lacks (as a ``str.translate`` table)."""
    to_hant = dict(_pairs()[0])
    simplified_only = [chr(code) for code in _CJK_BLOCK if not _in_big5(chr(code))]
    converted = opencc.OpenCC("s2hk").convert("\n".join(simplified_only)).split("\n")
    if len(converted) == len(simplified_only):
        for simplified, traditional in zip(simplified_only, converted, strict=True):
            if len(traditional) == 1 and traditional != simplified:
                to_hant.setdefault(simplified, traditional)
    return str.maketrans(to_hant)


def _in_big5(ch: str) -> bool:
    try:
        ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return True


def to_traditional(text: str) -> str:
    """Simplified characters replaced by their Traditional forms, one for one."""
    return text.translate(fold_table())


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
