"""Places listed before one organisation's head in a Chinese list (``上海、深圳及珠海市公安局``:
three public security bureaus, Shanghai's, Shenzhen's and Zhuhai's): each place's
organisation, named by the place and the head of the last item, written out
(上海市公安局) and quoted as printed (上海). ``zh_orgs.py`` reads lists with it.
"""

from __future__ import annotations

from typing import NamedTuple

from pressgraph.extract.zh_text import is_cjk, lexicon, participation
from pressgraph.model import Span
from pressgraph.registry import gazetteer


class Listed(NamedTuple):
    """An organisation a list names: its printed words, their span, and its name (the
    printed words; for a place sharing the head of the item after it, the place with that
    head written out: 上海 of ``上海、深圳及珠海市公安局`` is 上海市公安局)."""
    surface: str
    span: Span
    name: str


# The level a Chinese place's name may end in (珠海市, 廣東省), shared with the places listed
# before it (上海、深圳及珠海市公安局: 上海市, 深圳市).
_LEVELS = ("市", "省", "縣", "區")


def _kind(place: str) -> str | None:
    """City, province, country...: the gazetteer's kind of a place named without its level
    (上海市 is the province-level city; 上海, like 珠海市, a city)."""
    found = gazetteer.find(place.removesuffix("市") if len(place) > 2 else place)
    found = found or gazetteer.find(place)
    return found.kind if found is not None else None


def bare_place(words: str) -> bool:
    """A place named alone, no organisation's ending after it (上海, 深圳市)."""
    return len(words) >= 2 and all(is_cjk(ch) for ch in words) and \
        gazetteer.find(words) is not None and not words.endswith(lexicon().org_suffixes)


def joined_place(folded: str, begin: int, stop: int) -> tuple[int, int] | None:
    """Where a bare place and a joiner end an item's opening (深圳 and 及 of
    ``深圳及珠海市公安局``), when a place's organisation follows them; else None."""
    for joiner in participation()["joiners"]:
        at = folded.find(joiner, begin, stop)
        if at > begin and bare_place(folded[begin:at]) and \
                _head_after_place(folded[at + len(joiner):stop]) is not None:
            return at, at + len(joiner)
    return None


def _head_after_place(words: str) -> tuple[str, str] | None:
    """The place an organisation's name opens with and the head after it (珠海市 and
    公安局 of 珠海市公安局), the place as long as the gazetteer knows it; else None."""
    for cut in range(len(words) - 2, 1, -1):
        place, head = words[:cut], words[cut:]
        if gazetteer.find(place) is not None and head.endswith(lexicon().org_suffixes) \
                and not head.startswith(_LEVELS + tuple(participation()["joiners"])) \
                and not bare_place(head):
            return place, head
    return None


def sharing(text: str, folded: str, places: list[Span], begin: int,
            stop: int) -> list[Listed]:
    """The organisations of places listed before a place's organisation, which share its
    head (上海 before 珠海市公安局 is 上海市公安局): each place's printed words, its name
    written out with the head (and the level the last place prints, 市, where the place
    lacks it and the gazetteer knows it with it). Only places of one kind share a head
    (cities, provinces, countries): 廣東省、深圳市和珠海市政府 is left as printed."""
    opened = _head_after_place(folded[begin:stop]) if places else None
    if opened is None:
        return []
    place, head = opened
    kind = _kind(place)
    if any(_kind(folded[span.start:span.end]) != kind for span in places):
        return []
    level = place[-1] if place.endswith(_LEVELS) else ""
    shared = []
    for span in places:
        words = folded[span.start:span.end]
        with_level = words + level if level and not words.endswith(_LEVELS) and \
            gazetteer.find(words + level) is not None else words
        printed = text[span.start:span.end]
        shared.append(Listed(printed, span, printed + with_level[len(words):] +
                             text[stop - len(head):stop]))
    return shared
