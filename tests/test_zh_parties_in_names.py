"""Chinese meetings named after the places that hold them (``內地、香港及澳門…聯席會議``):
where the release counts the places as the parties (``三地``), each place takes part.

Every release here is invented for the test, modelled on patterns seen in real releases.
"""

from __future__ import annotations

import pytest

from pressgraph.chinese_script import to_traditional
from pressgraph.extract import extract
from pressgraph.extract.zh_sides import parties_in_name
from pressgraph.model import Span
from pressgraph.parse import parse
from pressgraph.reader import decode


def _zh(text: str):
    return extract(parse(decode(text.encode("utf-8"), "zh.txt")))


def _release(name: str, counted: str) -> str:
    return (
        "環境局局長出席水務會議\n"
        "*********************\n\n"
        f"  環境局局長張大文今日（三月八日）在澳門出席第五屆{name}。\n\n"
        f"  {counted}在會上交流了節約用水的經驗。\n\n"
        "完\n"
        "2031年3月8日（星期六）\n"
        "香港時間18時30分\n")


def _parties(text: str) -> dict[str, str]:
    return {o.name: o.side for m in _zh(text).meetings for o in m.participants}


def test_the_places_a_meeting_is_named_after_take_part_when_counted() -> None:
    parties = _parties(_release("內地、香港及澳門水務聯席會議", "三地代表"))
    assert parties.get("內地") == "Mainland"
    assert parties.get("香港") == "HKSAR"
    assert parties.get("澳門") == "Macao"


def test_places_in_a_name_the_release_does_not_count_are_no_parties() -> None:
    parties = _parties(_release("內地、香港及澳門水務聯席會議", "與會代表"))
    assert not {"內地", "香港", "澳門"} & set(parties)


@pytest.mark.parametrize(("name", "expected"), [
    ("內地、香港、澳門衞生行政聯席會議", ["內地", "香港", "澳門"]),
    ("广东、香港和澳门三地交通小组", ["广东", "香港", "澳门"]),
    ("內地與香港科技合作委員會", []),  # 與 names a joint body, not its parties
    ("香港水務委員會", []),  # one place opens the name: no list
    ("內地、香港", []),  # the places alone are no meeting's name
])
def test_the_places_listed_at_a_names_opening(name: str, expected: list[str]) -> None:
    text = "三地代表出席" + name + "。"
    span = Span(6, 6 + len(name))
    found = parties_in_name(to_traditional(text), span)
    assert [text[s.start:s.end] for s in found] == expected
