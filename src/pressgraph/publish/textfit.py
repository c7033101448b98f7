"""Fitting text into the boxes of an SVG drawing, by the width the text takes.

SVG does not wrap text, and the page has no script to measure it, so widths are estimated
per character class, in ems of the font size, generously for a common sans-serif font
(DejaVu Sans, Liberation Sans, Noto Sans CJK): a CJK ideograph or full-width sign is one
em, about twice a Latin letter. Text breaks between words, and between any two CJK
characters (which need no spaces); a last line that cannot hold the rest ends with '…' at
such a boundary.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ELLIPSIS = "…"
_NARROW = frozenset("iIjl.,:;'!|()[]{}` ")
_WIDE_LATIN = frozenset("mwMW@%")


@dataclass(frozen=True)
class Font:
    """A font size in px and whether it is bold (bold Latin letters are wider)."""

    size: float
    bold: bool = False


def char_width(char: str, font: Font) -> float:
    """The width, in px, ``char`` takes at ``font``: an estimate on the wide side."""
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return font.size  # ideographs, kana, full-width punctuation: one em
    if unicodedata.combining(char):
        return 0.0
    if char in _NARROW:
        em = 0.34
    elif char in _WIDE_LATIN:
        em = 0.92
    elif char.isupper() or char.isdigit():
        em = 0.72
    else:
        em = 0.62
    return font.size * (em + (0.07 if font.bold else 0.0))


def text_width(text: str, font: Font) -> float:
    return sum(char_width(char, font) for char in text)


def is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


_TOKEN = re.compile(r"\s+|[^\s]")


def _tokens(text: str) -> list[str]:
    """Units that are never split by a line break: a word of narrow characters, or one
    wide (CJK) character, or one space; a full stop or comma stays with what it ends."""
    out: list[str] = []
    for piece in _TOKEN.findall(text):
        if piece.isspace():
            out.append(" ")
            continue
        after_word = bool(out) and out[-1] != " "
        punctuation = unicodedata.category(piece).startswith("P")
        if after_word and punctuation:
            out[-1] += piece  # punctuation stays at the end of the line it closes
        elif after_word and not is_wide(piece) and not is_wide(out[-1][-1]):
            out[-1] += piece  # a narrow character continues a narrow word
        else:
            out.append(piece)
    return out


def _split_long(token: str, width: float, font: Font) -> list[str]:
    """A word wider than a whole line, in pieces that each fit."""
    pieces, current = [], ""
    for char in token:
        if current and text_width(current + char, font) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    return pieces + [current] if current else pieces


def wrap(text: str, width: float, font: Font, lines: int) -> list[str]:
    """``text`` on at most ``lines`` lines, none wider than ``width`` px; when it does not
    fit, the last line ends with '…' after the last word (or CJK character) that fits."""
    text = " ".join(text.split())
    if not text or lines < 1:
        return []
    out: list[str] = []
    current = ""
    tokens = _tokens(text)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == " " and not current:
            index += 1
            continue
        if text_width(current + token, font) <= width:
            current += token
            index += 1
            continue
        if not current:  # one word wider than the line: cut it where it must be cut
            pieces = _split_long(token, width, font)
            tokens[index:index + 1] = pieces
            continue
        out.append(current.rstrip())
        current = ""
        if len(out) == lines:
            break
    else:
        if current.strip():
            out.append(current.rstrip())
        return out
    # more text than lines: the last line ends with an ellipsis
    rest = "".join(tokens[index:]).strip()
    last = out.pop()
    out.append(_ellipsise(last + " " + rest if not _joins_without_space(last, rest)
                          else last + rest, width, font))
    return out


def _joins_without_space(left: str, right: str) -> bool:
    return bool(left and right) and (is_wide(left[-1]) or is_wide(right[0]))


def _ellipsise(text: str, width: float, font: Font) -> str:
    """``text`` cut at a word (or CJK character) boundary so that it and '…' fit."""
    if text_width(text, font) <= width:
        return text
    tokens = _tokens(text)
    room = width - text_width(ELLIPSIS, font)
    kept = ""
    for token in tokens:
        if text_width(kept + token, font) > room:
            break
        kept += token
    if not kept.strip():  # not even one word fits: cut within it
        kept = _split_long(tokens[0], room, font)[0] if tokens else ""
    return kept.rstrip(" ,;:、，；：") + ELLIPSIS


def fit(text: str, width: float, font: Font) -> str:
    """``text`` on one line of ``width`` px, ellipsised at a boundary if it is wider."""
    return _ellipsise(" ".join(text.split()), width, font)
