"""Framings of how a Chinese release names the meeting it reports, beside the slots of
test_zh_genre_grammar: an exchange session known by its name with or without quotes and
after any verb of holding or attending, and a body that opens its clause and holds a
meeting told only by its place in the series (首次, 最後一次) or its kind (例行, 特別).
Each is checked in Traditional and in Simplified script; fixtures in our own words.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.test_zh_genre_grammar import _TO_SIMPLIFIED, DATELINE, RELEASE_DAY, _extract


def _release(sentence: str, title: str = "會議") -> str:
    return (f"{title}\n*****\n　　{sentence}，各方交換意見。\n"
            f"完\n\n{DATELINE}\n香港時間18時00分\n")


def _read(text: str, fold) -> list[tuple[object, ...]]:
    return [(m.body, m.ordinal, m.date, m.status) for m in _extract(fold(text)).meetings]


FOLDS = (lambda s: s, _TO_SIMPLIFIED.convert)

# An exchange session the genre knows by name (前廳交流會): read with or without quotes,
# after 舉行, 舉辦, 召開, 出席 or 參加, or before 舉行; the ordinal before it is its place in
# the series, a body's name printed before it (立法會前廳交流會) is part of it.
SESSION_WORDINGS = [
    ("立法會今日舉行第十七次{q}前廳交流會{e}", "前廳交流會", 17, RELEASE_DAY, "held"),
    ("政務司司長李家明今日到立法會出席{q}前廳交流會{e}", "前廳交流會", None, RELEASE_DAY, "held"),
    ("行政長官李家明將於本月十三日舉辦首次{q}前廳交流會{e}", "前廳交流會", 1,
     date(2024, 5, 13), "planned"),
    ("首場{q}前廳交流會{e}今日（五月十日）早上舉行", "前廳交流會", 1, RELEASE_DAY, "held"),
    ("財政司司長何志明今日率領多名官員參加第三次{q}前廳交流會{e}", "前廳交流會", 3,
     RELEASE_DAY, "held"),
    ("政務司司長李家明今日出席第二次{q}立法會前廳交流會{e}", "立法會前廳交流會", 2,
     RELEASE_DAY, "held"),
]
SESSIONS = [(wording.format(q=q, e=e), body, ordinal, day, status)
            for wording, body, ordinal, day, status in SESSION_WORDINGS
            for q, e in (("", ""), ("「", "」"))]


@pytest.mark.parametrize(("sentence", "body", "ordinal", "day", "status"), SESSIONS)
def test_a_named_exchange_session_is_a_meeting(sentence: str, body: str, ordinal: int | None,
                                               day: date, status: str) -> None:
    text = _release(sentence, "交流會")
    for fold in FOLDS:
        assert _read(text, fold) == [(fold(body), ordinal, day, status)], fold(text)


# A quoted session after a verb of attending or organising (出席「…交流會」, 舉辦「…交流會」).
QUOTED_VERBS = ("出席", "舉辦", "參加")


@pytest.mark.parametrize("verb", QUOTED_VERBS)
def test_a_quoted_session_after_any_verb_is_a_meeting(verb: str) -> None:
    text = _release(f"水警總區區指揮官陳大文今日{verb}「粵港海上執法聯絡交流會」", "交流會")
    for fold in FOLDS:
        assert _read(text, fold) == [(fold("粵港海上執法聯絡交流會"), None, RELEASE_DAY,
                                      "held")], fold(text)


def test_an_unquoted_session_of_no_known_name_stays_no_meeting() -> None:
    text = _release("警隊今日出席三地體育交流會", "體育交流會")
    for fold in FOLDS:
        assert _extract(fold(text)).meetings == ()


# A body that opens its clause and holds a meeting told only by its place in the series or
# its kind: the body is the clause's subject, without the term before it (今屆, 新一屆).
SUBJECTS = (("扶貧委員會", "扶貧委員會"), ("扶貧委員會籌備小組", "扶貧委員會籌備小組"),
            ("新一屆行政會議", "行政會議"), ("今屆安老事務委員會", "安老事務委員會"))
SERIES_WORDS = (("首次會議", 1), ("首次例行會議", 1), ("第三次會議", 3), ("特別會議", None),
                ("第二次特別會議", 2), ("最後一次會議", None))
WHENS = (("今日", RELEASE_DAY, "held"), ("昨早", RELEASE_DAY - timedelta(days=1), "held"),
         ("今日（五月十日）下午", RELEASE_DAY, "held"),
         ("將於明日", RELEASE_DAY + timedelta(days=1), "planned"))
SUBJECT_CASES = [(subject, when, words) for subject in SUBJECTS for when in WHENS
                 for words in SERIES_WORDS]


@pytest.mark.parametrize(("subject", "when", "words"), SUBJECT_CASES)
def test_a_body_opening_its_clause_holds_the_meeting(subject: tuple[str, str],
                                                     when: tuple[str, date, str],
                                                     words: tuple[str, int | None]) -> None:
    printed, body = subject
    phrase, day, status = when
    text = _release(f"{printed}{phrase}舉行{words[0]}")
    for fold in FOLDS:
        assert _read(text, fold) == [(fold(body), words[1], day, status)], fold(text)


def test_a_body_after_an_opening_date_holds_the_meeting() -> None:
    text = _release("5月10日，香港特區新一屆行政會議舉行首次例行會議")
    for fold in FOLDS:
        assert _read(text, fold) == [(fold("行政會議"), 1, RELEASE_DAY, "held")], fold(text)


# A meeting named only as the time of remarks to the media (出席行政會議前會見傳媒, …會議之前
# 見記者) is an occasion, not a meeting: the clause reports none. (After it, 出席…會議後會見
# 傳媒, the release reports the meeting attended: the grammar's transcript frame.)
REMARKS_TIMES = ("出席行政會議前會見傳媒", "出席行政會議前見記者", "出席行政會議前與傳媒談話",
                 "出席行政會議之前會見傳媒")


@pytest.mark.parametrize("remarks", REMARKS_TIMES)
def test_a_meeting_named_as_the_time_of_remarks_is_no_meeting(remarks: str) -> None:
    text = (f"行政長官談施政\n*****\n　　行政長官李家明今日（五月十日）{remarks}時表示，"
            f"政府會繼續推動經濟發展。\n完\n\n{DATELINE}\n香港時間18時00分\n")
    for fold in FOLDS:
        assert _extract(fold(text)).meetings == (), fold(text)


# Talks with a named party told by 座談 (與…區議會全體議員座談): a meeting; 座談會 after 舉行
# or 出席 is a session's name, read elsewhere or not at all.
SEATED_TALKS = ("與西貢區議會全體議員座談", "與行政會議成員座談", "與廣東省人民政府官員座談")


@pytest.mark.parametrize("talk", SEATED_TALKS)
def test_seated_talks_with_a_named_party_are_a_meeting(talk: str) -> None:
    text = _release(f"民政及青年事務局局長陳大文今日（五月十日）下午{talk}", "座談")
    for fold in FOLDS:
        meetings = _extract(fold(text)).meetings
        assert [(m.date, m.status) for m in meetings] == [(RELEASE_DAY, "held")], fold(text)


# A quoted body before the ordinal or kind of its meeting (主持「…督導組」第三次會議): the body
# without its quotes.
QUOTED_BODIES = [(f"{open_}{name}{close}{words}", name, ordinal)
                 for open_, close in (("「", "」"), ("“", "”"))
                 for name in ("融入發展督導組", "粵港應對氣候變化聯絡協調小組")
                 for words, ordinal in (("第三次會議", 3), ("首次會議", 1), ("會議", None))]


@pytest.mark.parametrize(("printed", "body", "ordinal"), QUOTED_BODIES)
def test_a_quoted_body_is_named_without_its_quotes(printed: str, body: str,
                                                   ordinal: int | None) -> None:
    text = _release(f"政務司司長李家明今日（五月十日）主持{printed}")
    for fold in FOLDS:
        assert _read(text, fold) == [(fold(body), ordinal, RELEASE_DAY, "held")], fold(text)


# A formal or bilateral meeting held with a named party (與…外長進行正式會議, 與…進行雙邊
# 會議): talks, a call between the two; with parties unnamed (其他參會代表), none.
FORMAL_TALKS = ("與印尼外交部長蘇明達進行正式會議", "與新加坡貿易及工業部官員進行雙邊會議",
                "與澳洲外交部長白志文進行雙邊會議")


@pytest.mark.parametrize("talk", FORMAL_TALKS)
def test_a_formal_meeting_with_a_named_party_is_a_call(talk: str) -> None:
    text = _release(f"財政司司長何志明今日（五月十日）下午{talk}", "會面")
    for fold in FOLDS:
        meetings = _extract(fold(text)).meetings
        assert [(m.kind, m.date, m.status) for m in meetings] == [
            ("courtesy call", RELEASE_DAY, "held")], fold(text)


def test_bilateral_meetings_with_unnamed_delegates_are_no_call() -> None:
    text = _release("環境局局長陳大文今日與其他參會代表進行雙邊會議", "會面")
    for fold in FOLDS:
        assert _extract(fold(text)).meetings == (), fold(text)


# A body's session named 屆會 after a verb of attending, with its ordinal before the head
# (出席…委員會第三次屆會): the body, its ordinal; without an ordinal (本屆會期) none.
def test_a_numbered_session_of_a_body_is_a_meeting() -> None:
    text = _release("天文台台長陳大文今日率團出席國際海洋氣象委員會第五次屆會", "屆會")
    for fold in FOLDS:
        assert _read(text, fold) == [(fold("國際海洋氣象委員會"), 5, RELEASE_DAY, "held")], \
            fold(text)


def test_a_term_of_sittings_is_no_session() -> None:
    text = _release("政務司司長李家明今日表示會在本屆會期內出席立法會答問", "屆會")
    for fold in FOLDS:
        assert _extract(fold(text)).meetings == (), fold(text)


# What stands between 舉行/召開 and 會議 to say how long it sits (為期兩天的) or which term it
# falls in (第二屆任期內的), then its ordinal: the meeting of the body that holds it (a body
# led by someone, 由…主持的扶貧委員會, is named without who leads it). A sitting of two days
# has no single day (the gold convention for meetings over several days).
DESCRIBED = [
    ("立法會將於明日（五月十一日）舉行為期兩天的會議", "立法會", None, None, "planned"),
    ("立法會將於明日（五月十一日）舉行第三次會議", "立法會", 3,
     RELEASE_DAY + timedelta(days=1), "planned"),
    ("由政務司司長李家明主持的扶貧委員會今日召開委員會第二屆任期內的第八次會議", "扶貧委員會",
     8, RELEASE_DAY, "held"),
]


@pytest.mark.parametrize(("sentence", "body", "ordinal", "day", "status"), DESCRIBED)
def test_a_described_meeting_of_the_body_that_holds_it(sentence: str, body: str,
                                                       ordinal: int | None, day: date | None,
                                                       status: str) -> None:
    text = _release(sentence)
    for fold in FOLDS:
        assert _read(text, fold) == [(fold(body), ordinal, day, status)], fold(text)


def test_a_described_meeting_attended_by_no_body_is_not_named() -> None:
    text = _release("政務司司長李家明今日出席由商會舉辦的為期兩天的論壇", "論壇")
    for fold in FOLDS:
        assert _extract(fold(text)).meetings == (), fold(text)


# The day printed after the verb of attending, before 舉行的, is the meeting's own: the day
# of leaving earlier in the clause is the journey's (往…出席8月29日舉行的…會議).
HELD_ON_WORDINGS = [
    ("衞生局局長李家明明日率領代表團往成都出席5月14日舉行的第九屆內地與香港衞生聯席會議",
     date(2024, 5, 14)),
    ("衞生局局長李家明明日往成都出席本月十四日舉行的第九屆內地與香港衞生聯席會議",
     date(2024, 5, 14)),
    # no day before 舉行的: the day given is the day of leaving, which stays the reading
    ("衞生局局長李家明明日（五月十一日）率領代表團往成都出席在當地舉行的第九屆內地與香港衞生聯席會議",
     date(2024, 5, 11)),
]


@pytest.mark.parametrize(("sentence", "day"), HELD_ON_WORDINGS)
def test_the_day_before_held_is_the_meetings_own(sentence: str, day: date) -> None:
    text = _release(sentence, "衞生聯席會議")
    for fold in FOLDS:
        assert [(m.ordinal, m.date, m.status) for m in _extract(fold(text)).meetings] == [
            (9, day, "planned")], fold(text)


# A meeting whose sentence opens with a stay (在成都期間，…會面) falls on some day of the
# stay: it takes no day from an earlier sentence. Without the stay it takes the day before.
STAY_OPENINGS = [("在成都期間，", None), ("訪問期間，", None), ("", RELEASE_DAY)]


@pytest.mark.parametrize(("opening", "day"), STAY_OPENINGS)
def test_a_meeting_told_during_a_stay_takes_no_earlier_day(opening: str,
                                                           day: date | None) -> None:
    text = ("行政長官訪問成都\n*****\n"
            "　　行政長官李家明今日（五月十日）在成都出席第九屆內地與香港經貿聯席會議。\n"
            f"　　{opening}李家明與四川省省長王大成會面，雙方就經貿合作交換意見。\n"
            f"完\n\n{DATELINE}\n香港時間18時00分\n")
    for fold in FOLDS:
        meetings = _extract(fold(text)).meetings
        assert [(m.ordinal, m.date) for m in meetings][0] == (9, RELEASE_DAY), fold(text)
        assert [m.date for m in meetings if m.ordinal is None] == [day], fold(text)
