"""Framings of the Chinese meeting release around its chairs and its tense, beside the
slots of test_zh_genre_grammar: a news agency's dateline opening the text (新華社香港…電),
which names no organisation, no body and no chair's post. Each is checked in Traditional
and in Simplified script; fixtures in our own words.
"""

from __future__ import annotations

import pytest

from tests.test_zh_genre_grammar import _TO_SIMPLIFIED, DATELINE, _extract

FOLDS = (lambda s: s, _TO_SIMPLIFIED.convert)


def _release(*sentences: str, title: str = "會議") -> str:
    body = "".join(f"　　{s}。\n" for s in sentences)
    return f"{title}\n*****\n{body}完\n\n{DATELINE}\n香港時間18時00分\n"


# A news agency's dateline (agency, place, day, 電), with or without the reporter's name after
# it and a mark between: not part of the body, the chair's post or a party's name.
AGENCIES = ("新華社", "中新社", "香港中通社", "中評社", "香港新聞網", "中新網 ")
ASIDES = ("", "（記者 陳小明）", "/", " ")
DATELINES = [f"{agency}香港5月10日電{aside}" for agency in AGENCIES for aside in ASIDES]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_dateline_is_no_part_of_the_meeting_it_opens(dateline: str) -> None:
    text = _release(f"{dateline}環境局局長李家明與廣東省生態環境廳廳長張文今日共同主持"
                    "粵港環保合作小組第三次會議")
    for fold in FOLDS:
        meetings = _extract(fold(text)).meetings
        assert [(m.body, m.ordinal) for m in meetings] == [(fold("粵港環保合作小組"), 3)], \
            fold(text)
        names = [p.name for p in meetings[0].participants]
        assert not any(fold(dateline.strip()[:2]) in name for name in names), names
        assert [r.person.name for r in meetings[0].roles] == [fold("李家明"), fold("張文")]


@pytest.mark.parametrize("dateline", DATELINES[::4])
def test_a_dateline_before_a_body_opening_its_clause(dateline: str) -> None:
    text = _release(f"{dateline}粵港環保合作小組第三次會議今日在香港舉行")
    for fold in FOLDS:
        assert [(m.body, m.ordinal) for m in _extract(fold(text)).meetings] == [
            (fold("粵港環保合作小組"), 3)], fold(text)
