"""The forms registry names are compared in: case-, width-, space- and punctuation-blind
lookup keys, names without their brackets, and whether a text is Chinese."""

from __future__ import annotations

import re
import unicodedata

# Character variants that the same office writes both ways (衞/衛).
VARIANTS = str.maketrans({"衛": "衞"})
_BRACKETED = re.compile(r"\s*[(（][^()（）]*[)）]\s*")
_QUOTES = re.compile(r"[「」『』“”\"《》〈〉]")
_LOOSE_DROP = re.compile(r"[\W_]+")
_AMPERSAND = re.compile(r"\s+&\s+")


def normalise_name(name: str) -> str:
    """Case-, width- and space-insensitive form of a name for lookups."""
    text = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(text.replace("’", "'").split())


def strip_brackets(name: str) -> str:
    """The name without bracketed parts: "Policy Office (PO)" -> "Policy Office"."""
    stripped = _BRACKETED.sub(" ", name)
    stripped = " ".join(stripped.split())
    # A closing word glued to the bracket ("...（香港特區）政府") must join without a space.
    if any(_is_cjk(ch) for ch in name):
        stripped = _BRACKETED.sub("", name)
    return stripped.strip() or name.strip()


def lookup_key(name: str) -> str:
    """The loose form used by every index: no case, brackets, article, punctuation or spaces.

    "the Hong Kong/Guangdong Co-operation Joint Conference" and "Hong Kong/Guangdong
    Cooperation Joint Conference" give the same key; "Hong Kong/Guangdong" and
    "Guangdong/Hong Kong" do not (word order is kept). Brackets are kept: in a post title
    "(Works)" matters; callers strip bracketed acronyms from organisation names. An
    ampersand between words is "and" ("Hong Kong & Macao Affairs Office", as news reports
    write it).
    """
    text = normalise_name(_QUOTES.sub("", _AMPERSAND.sub(" and ", name))).translate(VARIANTS)
    if text.startswith("the "):
        text = text[4:]
    return _LOOSE_DROP.sub("", text)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def is_chinese(text: str) -> bool:
    return any(_is_cjk(ch) for ch in text)

