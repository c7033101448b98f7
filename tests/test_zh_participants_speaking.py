"""Chinese participants who speak as a side: a principal's own government is a party of the
meeting when the account says what it will do, as the principal's words or as a sentence of
their own in the meeting's paragraph; praise from the other side does not make it one.

Every release here is invented for the test, modelled on patterns seen in real releases.
"""

from __future__ import annotations

from pressgraph.extract import extract
from pressgraph.parse import parse
from pressgraph.reader import decode


def _zh(text: str):
    return extract(parse(decode(text.encode("utf-8"), "zh.txt")))


SAID = """局長會見訪港部長

　　律政司司長林明今日（三月四日）在政府總部會見來訪的魯里坦尼亞司法部部長貝格，雙方就法律合作交換意見。

　　林明表示，特區政府會繼續加強與各地的法律交流。貝格則稱讚特區政府的工作。

完

2024年3月4日（星期一）
香港時間18時00分
"""


def test_the_government_a_principal_says_will_act_speaks_as_a_side() -> None:
    """``林明表示，特區政府會…``: the government opens what its Secretary says; the other side
    praising it (``稱讚特區政府的工作``) would not make it a party."""
    [meeting] = _zh(SAID).meetings
    found = {o.name: o.readings for o in meeting.participants}
    assert found.get("特區政府") == ("speaks as a side",)


def test_a_principals_government_opening_a_sentence_of_what_it_will_do_speaks_as_a_side() -> None:
    """``。特區政府會…``: the account goes on with what the government will do, no speech verb."""
    text = SAID.replace("林明表示，特區政府會", "林明歡迎貝格訪港。特區政府會")
    [meeting] = _zh(text).meetings
    assert {o.name: o.readings for o in meeting.participants}.get("特區政府") == (
        "speaks as a side",)
    praised = SAID.replace("林明表示，特區政府會繼續加強與各地的法律交流。", "")
    [meeting] = _zh(praised).meetings
    assert "特區政府" not in {o.name for o in meeting.participants}


def test_a_government_said_to_act_by_no_principal_of_it_is_no_side() -> None:
    text = SAID.replace("律政司司長林明", "魯里坦尼亞司法部官員林明").replace(
        "林明表示，特區政府會繼續加強", "貝格表示，特區政府會繼續加強")
    [meeting] = _zh(text).meetings
    assert "特區政府" not in {o.name for o in meeting.participants}
