"""Sentences of an English release, with spans over ``ParsedRelease.text``.

Paragraphs are split at a full stop, question or exclamation mark followed by a space
and a capital letter or an opening quote, except after the abbreviations listed in the
English lexicon (``Mr``, ``Dr``, ``No``...). List items and sub-headings are one sentence
each. Every sentence remembers the block it came from, so that a meeting's text region
can be made of whole sentences, list items and paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressgraph.extract.lexicon import lexicon
from pressgraph.model import Block, ParsedRelease, Span

_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘(]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    text: str
    span: Span
    block_index: int  # index into ParsedRelease.blocks
    block: Block

    @property
    def first_in_block(self) -> bool:
        return self.span.start == self.block.span.start


def _abbreviations() -> frozenset[str]:
    return frozenset(word.casefold() for word in lexicon()["abbreviations"])


def split_block(block: Block) -> list[tuple[int, int]]:
    """Offsets (relative to the block's text) of the block's sentences."""
    if block.kind != "paragraph":
        return [(0, len(block.text))]
    text, pieces, start = block.text, [], 0
    abbreviations = _abbreviations()
    for match in _BOUNDARY.finditer(text):
        before = text[start:match.start()].rstrip("\"”’'")
        last_word = re.search(r"([A-Za-z]+)\.$", before)
        if last_word and last_word.group(1).casefold() in abbreviations:
            continue
        if re.search(r"\b[A-Z]\.$", before):  # an initial such as "C. Y."
            continue
        end = match.start()
        while end < len(text) and text[end] in "\"”’'":
            end += 1
        pieces.append((start, end))
        start = match.end()
    if start < len(text):
        pieces.append((start, len(text)))
    return [(s, e) for s, e in pieces if text[s:e].strip()]


def sentences(release: ParsedRelease) -> tuple[Sentence, ...]:
    """Every sentence of the body, in reading order."""
    found: list[Sentence] = []
    for index, block in enumerate(release.blocks):
        for start, end in split_block(block):
            span = Span(block.span.start + start, block.span.start + end)
            found.append(Sentence(release.quote(span), span, index, block))
    return tuple(found)
