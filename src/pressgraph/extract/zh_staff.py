"""Organisations listed before the word for their people (``與外交部及國務院新聞辦公室官員
會面``, ``浙江省、杭州市及義烏市的領導``): every item of the list takes part, not only the
last one, which the reading back from the staff word in ``zh_orgs`` finds.

A list is read only when each of its items names a party on its own, so a list of people
with their posts (``廳長張三和隊長李四等人員``) or of bodies only described (``本地大學和
有關部門``) gives none."""

from __future__ import annotations

from pressgraph.extract.zh_sides import names_a_party, side_of, unnamed
from pressgraph.extract.zh_text import PUNCTUATION, is_cjk, lexicon, participation
from pressgraph.model import Span

# How far back from the staff word a list is read, in characters.
_REACH = 60


def listed_before_staff(folded: str, floor: int, end: int) -> list[Span]:
    """The items of the list that ends at ``end`` (where the staff word starts), each a
    party on its own; none unless there are at least two. ``floor`` bounds the reading."""
    start = end
    while start > floor and end - start < _REACH and folded[start - 1] not in "與同" and (
            folded[start - 1] == "、" or is_cjk(folded[start - 1])
            and folded[start - 1] not in PUNCTUATION):
        start -= 1
    if folded.startswith("的", end - 1):
        end -= 1
    items = _list_items(folded, start, end, first_may_lead=True)
    if len(items) < 2:
        return []
    first = items[0]  # words before it (率領, 包括) are cut; what is left the registry knows
    cut = first.start if _is_party(folded[first.start:first.end], first=False) else next(
        (c for c in range(first.start, first.end - 1) if names_a_party(
            folded[c:first.end])), None)
    if cut is None:
        return []
    items[0] = Span(cut, first.end)
    if not all(_is_party(folded[s.start:s.end], first=False) for s in items):
        return []
    return items


def _is_party(name: str, first: bool) -> bool:
    """Whether ``name`` names a party on its own: an organisation the registry knows, a place's
    government or a territory, or a name with an organisation's ending that only the
    Mainland's bodies bear (國務院新聞辦公室). The first item of a list may carry words
    before it (``率領``); they are cut later."""
    if first:
        return any(_is_party(name[cut:], first=False) for cut in range(len(name) - 1))
    if len(name) < 2 or unnamed(name):
        return False
    if names_a_party(name):
        return True
    if name.endswith(tuple(participation()["site_endings"])):
        return False
    described = "的" in name or any(word in name for word in
                                   participation()["unnamed_openings"] if len(word) > 1)
    return not described and name.endswith(lexicon().org_suffixes) and \
        side_of(name) == "Mainland"


def called_on(folded: str, clause: Span) -> list[Span]:
    """The organisation a clause shows being called on (``禮節性拜訪國務院港澳事務辦公室``,
    ``拜會天津市主要領導``, ``到訪國家生態環境部``): the name right after a word of calling
    (``data/zh_participation.toml`` calling_words), a party on its own, a word for its
    people after it left out. A person, a site or ``多個部門`` gives none; so does a list
    (``拜訪商務部和水利部``), which is one call on each, for the split of the meetings to
    name."""
    words = participation()
    found: list[Span] = []
    for verb in words["calling_words"]:
        position = folded.find(verb, clause.start, clause.end)
        while position >= 0:
            start = position + len(verb)
            if folded.startswith("了", start):
                start += 1
            end = start
            while end < clause.end and (folded[end] == "、" or is_cjk(folded[end])
                                        and folded[end] not in PUNCTUATION):
                end += 1
            stop = _before_staff(folded, start, end)
            staffed = folded.startswith(words["staff_words"], stop) or folded.startswith(
                tuple("的" + w for w in words["staff_words"]), stop) or folded.startswith(
                    "的主要", stop) or folded.startswith("主要", stop)
            found.extend(_called_list(folded, start, stop, staffed))
            position = folded.find(verb, position + len(verb), clause.end)
    return found


def _before_staff(folded: str, start: int, end: int) -> int:
    """Where the list ends: before the first word for people (``的主要領導``, ``官員``),
    else before the first word of another action (``並``, ``討論``)."""
    words = participation()
    stops = tuple(words["staff_words"]) + tuple(words["call_list_stops"])
    for index in range(start, end):
        if folded.startswith(stops, index):
            while index > start and folded[index - 1] in "的主要":
                index -= 1
            return index
    return end


def _called_list(folded: str, start: int, end: int, staffed: bool) -> list[Span]:
    """The items of a list of organisations called on; a place alone (北京) or an
    institution visited as a site (上海交通大學) only when its people are named after the
    list (``拜會上海市領導``), since ``到訪北京`` is a trip."""
    items = _list_items(folded, start, end, first_may_lead=False)
    if not all(_is_party(folded[s.start:s.end], first=False) for s in items):
        return []
    if len(items) > 1:  # one call on each: the meetings' split names them, not one meeting
        return []
    return [s for s in items if staffed or folded[s.start:s.end].endswith(lexicon().org_suffixes)
            and not folded[s.start:s.end].endswith(participation()["visited_endings"])]


def _list_items(folded: str, start: int, end: int, first_may_lead: bool) -> list[Span]:
    """The items of the list between ``start`` and ``end``, split at ``、`` and at a joiner
    (``及``, ``和`` …) only where the words before it name a party on their own. With
    ``first_may_lead``, the first item may still carry words before the name (``率領``),
    which the caller cuts."""
    joiners = participation()["joiners"]
    items: list[Span] = []
    begin = index = start
    while index < end:
        joiner = "、" if folded[index] == "、" else next(
            (j for j in joiners if folded.startswith(j, index)), None)
        first = first_may_lead and not items
        if joiner and (joiner == "、" or _is_party(folded[begin:index], first=first)):
            items.append(Span(begin, index))
            begin = index = index + len(joiner)
            continue
        index += 1
    items.append(Span(begin, end))
    return items
