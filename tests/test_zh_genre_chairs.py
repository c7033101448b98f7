"""Framings of the Chinese meeting release around its chairs and its tense, beside the
slots of test_zh_genre_grammar: a news agency's dateline opening the text (新華社香港…電),
which names no organisation, no body and no chair's post. Each is checked in Traditional
and in Simplified script; fixtures in our own words.
"""

from __future__ import annotations

from datetime import date

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


# An official telling the media of his own coming meeting (…會見傳媒時表示，他將於…出席…會議;
# …表示，今日下午將與…舉行…會議): the clause after the verb of saying is his own schedule,
# not reported speech about others, and announces a planned meeting.
SPEAKERS = ("行政長官李家明今日出席行政會議前會見傳媒時表示", "行政長官李家明今日說",
            "行政長官李家明今日（五月十日）指出")
SCHEDULES = (
    ("他將於本月十三日率團出席粵港合作聯席會議第二十次會議", 20, date(2024, 5, 13)),
    ("她將於五月十三日在廣州出席第二十次粵港合作聯席會議", 20, date(2024, 5, 13)),
    ("明日將與廣東省省長張文在香港舉行粵港合作聯席會議第二十次會議", 20, date(2024, 5, 11)),
    ("明日早上9時15分將出席第二十次粵港合作聯席會議", 20, date(2024, 5, 11)),
)
OWN_SCHEDULES = [(speaker, schedule) for speaker in SPEAKERS for schedule in SCHEDULES]


@pytest.mark.parametrize(("speaker", "schedule"), OWN_SCHEDULES)
def test_an_official_telling_of_his_own_coming_meeting_announces_it(
        speaker: str, schedule: tuple[str, int, date]) -> None:
    said, ordinal, day = schedule
    text = _release(f"{speaker}，{said}", title="聯席會議")
    for fold in FOLDS:
        assert [(m.body, m.ordinal, m.date, m.status) for m in _extract(fold(text)).meetings
                ] == [(fold("粵港合作聯席會議"), ordinal, day, "planned")], fold(text)


# What an official says of others or of no day stays speech, not a meeting.
OTHERS_SAID = ("兩地政府將於明年舉行粵港合作聯席會議", "粵港合作聯席會議將於本月十三日討論多項議題")


@pytest.mark.parametrize("said", OTHERS_SAID)
def test_what_an_official_says_of_others_stays_speech(said: str) -> None:
    text = _release(f"{SPEAKERS[1]}，{said}", title="聯席會議")
    for fold in FOLDS:
        assert _extract(fold(text)).meetings == (), fold(text)


# Talks told by 開會 with a named party (與…領導開會, 同…率領的代表團開會): a meeting, held
# or announced like any other talks; 開會 with no party named is none.
SITTING_WITH = ("與廣東省官員開會", "同廣東省副省長張文率領的代表團開會", "跟廣州市領導開會")


@pytest.mark.parametrize("talks", SITTING_WITH)
def test_sitting_down_with_a_named_party_is_a_meeting(talks: str) -> None:
    text = _release(f"政務司司長李家明今日在廣州{talks}，就兩地合作交換意見", title="開會")
    for fold in FOLDS:
        assert [m.status for m in _extract(fold(text)).meetings] == ["held"], fold(text)


def test_sitting_with_no_party_named_is_no_meeting() -> None:
    text = _release("政務司司長李家明今日下午到政府總部開會", title="開會")
    for fold in FOLDS:
        assert _extract(fold(text)).meetings == (), fold(text)
