"""The meetings the learned detector adds beside those the rules found in a release: read
from a sentence no rule meeting is told in, never the opening one, held, with two parties,
and not one of the rules' meetings told again."""

from __future__ import annotations

from datetime import date

import pytest

from pressgraph.extract import chinese, english, meeting_detector
from pressgraph.extract.meeting_detector import Detector, LinearModel, besides, told
from pressgraph.model import Meeting, PersonMention, RoleInMeeting, Span
from tests.short_releases import chinese as _chinese
from tests.short_releases import english as _english

# A detector of our own: "compared notes" (比較) marks a sentence that reports a meeting.
_SENTENCE = LinearModel(-3.0, {"compared notes": 6.0, "比較": 6.0}, 0.5)
_TOY = Detector(release=LinearModel(-2.0, {}, 0.5), sentence=_SENTENCE, more_threshold=0.5)

_MET = ("The Secretary for Transport and Logistics, Mr Lam Ka-ming, met the Consul General "
        "of Denmark, Mr Ole Brandt, today (March 4).")
_ALSO = ("Mr Lam also compared notes on port logistics with the Mayor of Aarhus, "
         "Mr Jacob Bundsgaard.")
_OTHER = "Cargo volumes at the port rose by five per cent last year."
_TITLE = "Secretary meets Danish Consul General"

_ZH_MET = "運輸及物流局局長林家明今日（三月四日）與丹麥駐港總領事白浩文會面。"
_ZH_ALSO = "林家明其後與奧胡斯市長邦斯高比較港口物流的經驗。"
_ZH_OTHER = "去年港口貨運量上升百分之五。"
_ZH_TITLE = "運輸及物流局局長與丹麥總領事會面"


@pytest.fixture
def toy_detector(monkeypatch: pytest.MonkeyPatch) -> Detector:
    monkeypatch.setattr(meeting_detector, "detector", lambda: _TOY)
    return _TOY


def _told_in(release: object, meetings: tuple[Meeting, ...]) -> list[str]:
    text = release.text  # type: ignore[attr-defined]
    return [text[m.span.start:m.span.end] for m in meetings]


# --------------------------------------------------------------------------- the decision


def test_the_detector_names_the_likely_sentences_the_rules_left_besides_the_opening() -> None:
    texts = ["They compared notes.", "Nothing here.", "We compared notes.", "They compared notes."]
    assert _TOY.more(texts, covered={3}) == [2]


def test_a_detector_without_a_threshold_beside_the_rules_adds_nothing() -> None:
    plain = Detector(release=LinearModel(0.0, {}, 0.5), sentence=_SENTENCE)
    assert plain.more(["Nothing.", "We compared notes."], covered=set()) == []


def test_the_opening_sentence_and_the_rules_sentences_are_not_read_besides() -> None:
    assert not besides(0, set())
    assert not besides(2, {2})
    assert besides(2, {1})


def _meeting(*names: str, day: date | None = date(2024, 3, 4),
             body: str | None = None) -> Meeting:
    roles = tuple(RoleInMeeting(PersonMention(name, Span(0, 1)), "principal") for name in names)
    return Meeting(span=Span(0, 1), date=day, roles=roles, body=body)


def test_a_meeting_is_told_again_with_the_same_body_or_on_its_day_between_its_parties() -> None:
    found = [_meeting("Lam", "Brandt"), _meeting("Lam", body="Port Committee", day=None)]
    assert told(_meeting("Brandt", "Lam"), found)
    assert told(_meeting("Chan", "Ho", body="Port Committee"), found)
    assert not told(_meeting("Lam", "Bundsgaard"), found)  # another party: another meeting
    assert not told(_meeting("Lam", "Brandt", day=date(2024, 3, 5)), found)  # another day


# --------------------------------------------------------------------------- English


def test_a_second_meeting_the_rules_missed_is_added_with_its_frame(
        toy_detector: Detector) -> None:
    release = _english(_TITLE, _MET, _ALSO, _OTHER)
    meetings = english.extract(release).meetings
    assert _told_in(release, meetings) == [_MET, _ALSO]
    added = meetings[1]
    assert added.status == "held" and added.date == date(2024, 3, 4)
    assert {role.person.name for role in added.roles} == {"Lam Ka-ming", "Jacob Bundsgaard"}


def test_without_the_threshold_the_rules_meeting_stands_alone(
        monkeypatch: pytest.MonkeyPatch) -> None:
    plain = Detector(release=LinearModel(0.0, {}, 0.5), sentence=_SENTENCE)
    monkeypatch.setattr(meeting_detector, "detector", lambda: plain)
    release = _english(_TITLE, _MET, _ALSO, _OTHER)
    assert _told_in(release, english.extract(release).meetings) == [_MET]


def test_the_rules_meeting_told_again_is_not_added(toy_detector: Detector) -> None:
    again = "Mr Lam and Mr Brandt compared notes on port logistics."
    release = _english(_TITLE, _MET, again, _OTHER)
    assert _told_in(release, english.extract(release).meetings) == [_MET]


def test_an_opening_sentence_is_not_added_beside_the_rules_meeting(
        toy_detector: Detector) -> None:
    release = _english(_TITLE, _ALSO, _MET, _OTHER)
    assert _told_in(release, english.extract(release).meetings) == [_MET]


def test_an_announced_meeting_is_not_added_beside_the_rules_meeting(
        toy_detector: Detector) -> None:
    will = ("Mr Lam will have compared notes on port logistics with the Mayor of Aarhus, "
            "Mr Jacob Bundsgaard, by tomorrow (March 5).")
    release = _english(_TITLE, _MET, will, _OTHER)
    assert _told_in(release, english.extract(release).meetings) == [_MET]


# --------------------------------------------------------------------------- Chinese


def test_a_second_chinese_meeting_the_rules_missed_is_added(toy_detector: Detector) -> None:
    release = _chinese(_ZH_TITLE, _ZH_MET, _ZH_ALSO, _ZH_OTHER)
    meetings = chinese.extract(release).meetings
    assert _told_in(release, meetings) == [_ZH_MET, _ZH_ALSO]
    assert meetings[1].status == "held" and meetings[1].date == date(2024, 3, 4)


def test_a_chinese_meeting_told_again_or_in_the_opening_is_not_added(
        toy_detector: Detector) -> None:
    again = _chinese(_ZH_TITLE, _ZH_MET, "林家明與白浩文比較港口物流的經驗。", _ZH_OTHER)
    opening = _chinese(_ZH_TITLE, _ZH_ALSO, _ZH_MET, _ZH_OTHER)
    assert _told_in(again, chinese.extract(again).meetings) == [_ZH_MET]
    assert _told_in(opening, chinese.extract(opening).meetings) == [_ZH_MET]


def test_the_shipped_detector_adds_beside_the_rules_at_a_probability_or_not_at_all() -> None:
    # the trainer writes no threshold when none gains meetings at a quarter as many invented
    model = meeting_detector.detector()
    assert model is not None
    if model.more_threshold is not None:
        assert 0.0 < model.more_threshold < 1.0
    else:
        sure = Detector(model.release, LinearModel(9.0, {}, 0.5))  # every sentence scores ~1
        assert sure.more(["One.", "Two.", "Three."], [0]) == []
        given = Detector(model.release, LinearModel(9.0, {}, 0.5), more_threshold=0.5)
        assert given.more(["One.", "Two.", "Three."], [0]) == [1, 2]


def test_a_chinese_meeting_to_come_without_a_day_is_not_added(toy_detector: Detector) -> None:
    # 亦會與…: the modal the rules read as the future; an announced meeting needs its own day
    will = "林家明亦會與奧胡斯市長邦斯高比較港口物流的經驗。"
    release = _chinese(_ZH_TITLE, _ZH_MET, will, _ZH_OTHER)
    assert _told_in(release, chinese.extract(release).meetings) == [_ZH_MET]
