"""Chinese text printed with a space between every character (``陳 智 敏 部 長 助 理``), as
some older department pages and mirrors keep it.

The rules read words as runs of characters, so a spaced release is read without those
spaces, and what they find is then pointed back at the text as printed: every span of the
extraction is mapped to the characters it covers there (its quote keeps the spaces; the
values found are written without them).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, TypeVar

from pressgraph.extract.zh_text import is_cjk
from pressgraph.model import Block, Extraction, ParsedRelease, Span

# A release is spaced when at least this share of its Chinese characters stands between
# spaces: ordinary text has a handful (after a Latin name, around a number).
_SPACED_SHARE = 0.3
_SPACED_PAIR = re.compile(r"[\u4e00-\u9fff] (?=[\u4e00-\u9fff])")
_LATIN = re.compile(r"[A-Za-z0-9]")

T = TypeVar("T")


@dataclass(frozen=True)
class Despaced:
    """The release read without its spaces, and where each of its characters was printed."""

    release: ParsedRelease
    printed_at: tuple[int, ...]  # offset in the printed text of each character kept


def despace(release: ParsedRelease) -> Despaced | None:
    """The release without the spaces between its characters, or None when it is not
    spaced. A space between two Latin letters or digits (``Vincent Piket``) stays."""
    text = release.text
    chinese = sum(1 for ch in text if is_cjk(ch))
    if not chinese or len(_SPACED_PAIR.findall(text)) < _SPACED_SHARE * chinese:
        return None
    kept: list[int] = []
    for index, ch in enumerate(text):
        if ch == " " and not _between_latin(text, index):
            continue
        kept.append(index)
    new_text = "".join(text[i] for i in kept)
    new_of = _new_offsets(kept, len(text))

    def forward(span: Span) -> Span:
        return Span(new_of[span.start], new_of[span.end])

    blocks = tuple(dataclasses.replace(block, span=forward(block.span),
                                       text=_unspaced(block.text)) for block in release.blocks)
    inner = dataclasses.replace(release, text=new_text, title=_unspaced(release.title),
                                title_clean=_unspaced(release.title_clean),
                                title_span=forward(release.title_span), blocks=blocks)
    return Despaced(inner, tuple(kept))


def restore(extraction: Extraction, release: ParsedRelease, despaced: Despaced) -> Extraction:
    """The extraction of the despaced text, its spans pointed back at the printed text."""
    printed_at = despaced.printed_at

    def back(span: Span) -> Span:
        if span.end <= span.start:
            start = printed_at[span.start] if span.start < len(printed_at) else len(release.text)
            return Span(start, start)
        return Span(printed_at[span.start], printed_at[span.end - 1] + 1)

    restored = _map_spans(extraction, back)
    return dataclasses.replace(restored, release=release)


def _between_latin(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    return bool(_LATIN.match(before)) and bool(_LATIN.match(after))


def _unspaced(text: str) -> str:
    return "".join(ch for index, ch in enumerate(text)
                   if ch != " " or _between_latin(text, index))


def _new_offsets(kept: list[int], length: int) -> list[int]:
    """For each printed offset (and the end), the offset of the next character kept."""
    new_of = [0] * (length + 1)
    position = 0
    for index in range(length + 1):
        while position < len(kept) and kept[position] < index:
            position += 1
        new_of[index] = position
    return new_of


def _map_spans(value: T, mapper: Any) -> T:
    """``value`` with every Span inside it (in dataclasses and tuples) mapped."""
    if isinstance(value, Span):
        return mapper(value)  # type: ignore[no-any-return]
    if isinstance(value, ParsedRelease | Block):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {field.name: _map_spans(getattr(value, field.name), mapper)
                   for field in dataclasses.fields(value) if field.init}
        return dataclasses.replace(value, **changes)  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(_map_spans(item, mapper) for item in value)  # type: ignore[return-value]
    return value
