"""Slots of the Chinese meeting release for who takes part, beside test_zh_genre_grammar:
several organisations listed before the word for their staff (與甲、乙及丙官員會面), each
of them a party of the meeting with its side. Every combination is checked in Traditional
and in Simplified script; fixtures in our own words.
"""

from __future__ import annotations

import itertools

import pytest

from tests.test_zh_genre_grammar import _TO_SIMPLIFIED, DATELINE, _extract

# Organisations met through their staff, each with the side the gold gives it: a ministry,
# a provincial department, an office under the State Council, a province and a city.
LISTED = (
    ("外交部", "Mainland"),
    ("國務院新聞辦公室", "Mainland"),
    ("廣東省公安廳", "Mainland"),
    ("浙江省", "Mainland"),
    ("杭州市", "Mainland"),
    ("國家文物局", "Mainland"),
)
# How the items of the list are joined, the last joiner first (甲、乙及丙, 甲和乙, 甲以及乙).
JOINERS = ("及", "和", "以及", "、")
# The word for the organisations' people, with or without 的 before it.
STAFF = ("官員", "的官員", "領導", "的代表", "人員")


def _lists() -> list[tuple[tuple[str, ...], str, str]]:
    pairs = [pair for pair in itertools.permutations(range(len(LISTED)), 2)][::3]
    triples = [(0, 1, 2), (3, 4, 5), (2, 5, 3)]
    return [(tuple(LISTED[i][0] for i in items), joiner, staff)
            for items in pairs + triples for joiner in JOINERS for staff in STAFF]


LISTS = _lists()


def _release(items: tuple[str, ...], joiner: str, staff: str) -> str:
    listed = "、".join(items[:-1]) + joiner + items[-1]
    return (f"局長訪問北京\n\n　　民政事務局局長陳大文今日（五月十日）在北京與{listed}{staff}"
            f"會面，就兩地合作交換意見。\n\n完\n\n{DATELINE}\n")


@pytest.mark.parametrize(("items", "joiner", "staff"), LISTS)
@pytest.mark.parametrize("simplified", [False, True])
def test_every_organisation_listed_before_its_staff_takes_part(
        items: tuple[str, ...], joiner: str, staff: str, simplified: bool) -> None:
    fold = _TO_SIMPLIFIED.convert if simplified else (lambda s: s)
    text = fold(_release(items, joiner, staff))
    meetings = _extract(text).meetings
    assert len(meetings) == 1, text
    sides = {form: p.side for p in meetings[0].participants for form in (p.name, *p.mentions)}
    expected = dict(LISTED)
    for name in items:
        assert sides.get(fold(name)) == expected[name], f"{name}: {sides}\n{text}"


# Lists that name no organisation of their own: people with their posts, or bodies only
# described (本地大學, 有關部門). No item of them is a party.
UNLISTED = (
    ("省公安廳廳長張三和邊防總隊隊長李四等執法機關", "人員", ("邊防總隊隊長李四等執法機關",)),
    ("本地大學和有關部門", "的代表", ("本地大學", "有關部門")),
    ("相關部委及其他部門", "的官員", ("相關部委", "其他部門")),
)


@pytest.mark.parametrize(("listed", "staff", "absent"), UNLISTED)
@pytest.mark.parametrize("simplified", [False, True])
def test_a_list_of_people_or_described_bodies_names_no_party(
        listed: str, staff: str, absent: tuple[str, ...], simplified: bool) -> None:
    fold = _TO_SIMPLIFIED.convert if simplified else (lambda s: s)
    text = fold(f"局長訪問北京\n\n　　民政事務局局長陳大文今日（五月十日）在北京與{listed}{staff}"
                f"會面，就兩地合作交換意見。\n\n完\n\n{DATELINE}\n")
    meetings = _extract(text).meetings
    assert len(meetings) == 1, text
    names = {form for p in meetings[0].participants for form in (p.name, *p.mentions)}
    assert not [name for name in absent if fold(name) in names], names


# An organisation called on (禮節性拜訪甲, 拜會甲的主要領導, 到訪甲): a party of the call,
# with its side. (A list called on is one call on each, named by the split of the meetings.)
CALLING = ("拜訪", "禮節性拜訪", "拜會了", "到訪")
CALLED_LISTS = (("商務部",), ("國家文物局",), ("國務院新聞辦公室",), ("杭州市",), ("廣東省公安廳",))
CALLED_AFTER = ("", "的主要領導", "官員")
CALLS = [(verb, items, after) for verb in CALLING for items in CALLED_LISTS
         for after in CALLED_AFTER]


@pytest.mark.parametrize(("verb", "items", "after"), CALLS)
@pytest.mark.parametrize("simplified", [False, True])
def test_every_organisation_called_on_takes_part(verb: str, items: tuple[str, ...], after: str,
                                                 simplified: bool) -> None:
    fold = _TO_SIMPLIFIED.convert if simplified else (lambda s: s)
    listed = "、".join(items[:-1]) + ("和" if len(items) > 1 else "") + items[-1]
    text = fold(f"局長訪問北京\n\n　　民政事務局局長陳大文今日（五月十日）在北京"
                f"{verb}{listed}{after}，並與廣東省副省長張偉會面，就兩地合作交換意見。\n\n完\n\n{DATELINE}\n")
    meetings = _extract(text).meetings
    assert meetings, text
    sides = {form: p.side for p in meetings[0].participants for form in (p.name, *p.mentions)}
    expected = dict(LISTED)
    expected["商務部"] = "Mainland"
    for name in items:
        # a city alone is a place visited (到訪杭州市); its people make it a party
        side = expected[name] if after or not name.endswith("市") else None
        assert sides.get(fold(name)) == side, f"{name}: {sides}\n{text}"


# Called on, but no organisation of its own: a person, a site, bodies only described.
CALLED_NONE = ("拜會處長王大文", "到訪北京", "拜訪數個中央部門", "到訪青衣的一間警署",
               "到訪警察總部")


@pytest.mark.parametrize("called", CALLED_NONE)
@pytest.mark.parametrize("simplified", [False, True])
def test_calling_on_no_organisation_names_no_party(called: str, simplified: bool) -> None:
    fold = _TO_SIMPLIFIED.convert if simplified else (lambda s: s)
    text = fold(f"局長訪問北京\n\n　　民政事務局局長陳大文今日（五月十日）{called}，"
                f"並與廣東省副省長張偉會面，就兩地合作交換意見。\n\n完\n\n{DATELINE}\n")
    meetings = _extract(text).meetings
    assert meetings, text
    names = {p.name for m in meetings for p in m.participants}
    assert names <= {fold("民政事務局"), fold("廣東省")}, names
