"""Business stated beside a Chinese topic frame in one sentence: a verb of business with its
object, joined to the frame by "，並", "，同時" or "，亦" ("討論 A，並就 B 交換意見"; "就 A 交換
意見，同時探討 B，並檢視 C"). Each object is a piece of the meeting's business of its own, as
two verbs of business in an English sentence are ("reviewed A and discussed B").

The words (``companion_verbs``, ``companion_joins``) are in ``data/zh_agenda.toml``; the
caller cuts each object into topics.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def _verb(verbs: Sequence[str]) -> str:
    return "(?:" + "|".join(map(re.escape, verbs)) + ")了?"


def _join(joins: Sequence[str]) -> str:
    return "(?:" + "|".join(map(re.escape, joins)) + ")"


def _object_end(folded: str, begin: int) -> int:
    """Where an object ends: at the next "，" that does not join a further topic with
    "，以及", or the end of the sentence."""
    end = len(folded.rstrip("。！？"))
    position = begin
    while True:
        comma = folded.find("，", position, end)
        if comma < 0:
            return end
        if folded.startswith("以及", comma + 1):
            position = comma + 1
            continue
        return comma


def companion_objects(folded: str, frame_start: int, frame_end: int,
                      verbs: Sequence[str], joins: Sequence[str]) -> list[tuple[int, int]]:
    """The objects of the verbs of business joined to the frame ``folded[frame_start:
    frame_end]``: one clause right before it ("討論 A，並就"), and the clauses after it, each
    opening with a join ("，同時探討 B，並檢視 C")."""
    out: list[tuple[int, int]] = []
    before = re.search(rf"{_verb(verbs)}([^，。；：]{{2,80}}(?:，以及[^，。；：]{{2,80}})*)"
                       rf"，{_join(joins)}?$", folded[:frame_start])
    if before:
        out.append(before.span(1))
    # the frame's closing word may run on a little ("交流" of "交流意見")
    clause = re.compile(rf"[^，。；：]{{0,3}}，{_join(joins)}{_verb(verbs)}")
    position = frame_end
    while (match := clause.match(folded, position)) is not None:
        end = _object_end(folded, match.end())
        if end - match.end() < 2:
            break
        out.append((match.end(), end))
        position = end
    return out
