"""Chinese participants of a meeting of several parties: leading a delegation to a meeting
of three places or more, or of an international body, makes no chair, so the organisation in
a leader's post is no participant (settled case "Delegation leaders at a meeting of three
parties"); at a meeting of two parties the leader's organisation is one.

Every release here is invented for the test, modelled on patterns seen in real releases.
"""

from __future__ import annotations

import pytest

from pressgraph.extract import extract
from pressgraph.extract.zh_sides import of_several_parties
from pressgraph.parse import parse
from pressgraph.reader import decode


def _zh(text: str):
    return extract(parse(decode(text.encode("utf-8"), "zh.txt")))


def _release(title: str, body: str) -> str:
    return f"{title}\n\n　　{body}\n\n完\n\n2024年10月8日（星期二）\n香港時間18時00分\n"


THREE_PLACES = _release(
    "運輸局局長到澳門出席三地交通會議",
    "第十屆內地、香港、澳門交通高層聯席會議將於十月十日在澳門舉行。運輸局局長陳大文將率領代表團"
    "出席會議。內地及澳門的代表團將分別由交通部副部長李明及運輸工務司司長黃志強率領。")
TWO_PLACES = _release(
    "運輸局局長到廣州出席交通合作會議",
    "第五次粵港交通合作聯席會議將於十月十日在廣州舉行。運輸局局長陳大文將率領代表團出席會議。")


@pytest.mark.parametrize(("body", "several"), [
    ("內地、香港及澳門三地衞生高層聯席會議", True),  # three places listed, 三地
    ("內地、香港、澳門交通高層聯席會議", True),  # three places listed
    ("國際刑警組織全體大會", True),  # an international body's meeting
    ("粵港交通合作聯席會議", False),  # two parties
    ("香港／廣東合作聯席會議", False),
    (None, False),
])
def test_a_meetings_name_tells_several_parties(body: str | None, several: bool) -> None:
    assert of_several_parties(body) is several


def test_delegation_leaders_at_a_meeting_of_three_places_name_no_participant() -> None:
    (meeting,) = _zh(THREE_PLACES).meetings
    names = {p.name for p in meeting.participants}
    assert not names & {"運輸局", "交通部", "運輸工務司"}


def test_a_delegation_leader_at_a_meeting_of_two_parties_names_his_bureau() -> None:
    (meeting,) = _zh(TWO_PLACES).meetings
    assert "運輸局" in {p.name for p in meeting.participants}
