"""The meeting detector's trainer: how a gold meeting is tied to its sentence, and how its
thresholds are chosen (the fitting itself needs scikit-learn, which the tests do not)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

_PATH = Path(__file__).resolve().parents[1] / "evaluation" / "real" / "train_detector.py"
_SPEC = importlib.util.spec_from_file_location("train_detector", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
TRAINER = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(TRAINER)

_RAW = ("Port talks\n\n     The Secretary opened a new pier today. The Secretary  met the\n"
        "Consul General of Denmark, Mr Ole Brandt, on shipping. Mr Brandt thanked him.\n")
_SENTENCES = ["The Secretary opened a new pier today.",
              "The Secretary met the Consul General of Denmark, Mr Ole Brandt, on shipping.",
              "Mr Brandt thanked him."]


def _meeting(**fields: Any) -> dict[str, Any]:
    return {"body": None, "chairs": [], "participants": [], **fields}


def test_a_recorded_evidence_span_names_its_sentence_across_line_breaks() -> None:
    start = _RAW.index("The Secretary  met")
    meeting = _meeting(evidence=[start, _RAW.index("shipping.") + 9])
    assert TRAINER._evidence(_SENTENCES, meeting, _RAW) == 1


def test_without_evidence_the_sentence_with_most_gold_strings_is_taken() -> None:
    meeting = _meeting(chairs=[{"name": "Ole Brandt", "post": "Consul General of Denmark"}])
    assert TRAINER._evidence(_SENTENCES, meeting, _RAW) == 1


def test_a_meeting_with_too_little_in_any_sentence_has_no_sentence() -> None:
    meeting = _meeting(participants=[{"mentions": ["Denmark"]}])
    assert TRAINER._evidence(_SENTENCES, meeting, _RAW) is None


def _row(meetings: bool) -> dict[str, Any]:
    return {"meetings": meetings, "found": False}


def test_thresholds_take_the_most_meetings_then_the_fewest_invented_then_the_higher() -> None:
    rows = [_row(True)] * 3 + [_row(False)] * 100
    scores = ([(0.95, 0.95, True), (0.9, 0.9, True), (0.4, 0.4, True)]
              + [(0.6, 0.6, True), (0.55, 0.55, True)] + [(0.1, 0.1, True)] * 98)
    # 0.4 would keep all three meetings but invent two (2 %, over the bound of 1 %); from
    # 0.65 to 0.9 two are kept and none invented: the highest such thresholds
    release, sentence, summary = TRAINER._thresholds(rows, [scores])
    assert (release, sentence) == (0.9, 0.9)
    assert "2 of 3 releases with a meeting given one, 0 of 100 without" in summary


def test_a_meeting_the_frame_checks_refuse_does_not_count_for_its_thresholds() -> None:
    rows = [_row(True)] * 3 + [_row(False)] * 100
    scores = ([(0.95, 0.95, True), (0.9, 0.9, False), (0.4, 0.4, True)]
              + [(0.1, 0.1, True)] * 100)
    assert TRAINER._thresholds(rows, [scores])[:2] == (0.4, 0.4)


def test_the_threshold_beside_the_rules_gains_most_while_invented_stay_a_quarter() -> None:
    # (score, gained, invented, invented where the release has no meeting)
    outcomes = [(0.95, 1, 0, 0), (0.92, 1, 0, 0), (0.85, 0, 1, 0), (0.8, 1, 0, 0),
                (0.75, 0, 1, 0), (0.6, 1, 0, 0), (0.55, 0, 1, 1)]
    # 0.9 gains two and invents none; 0.8 gains three but invents one (over a quarter), 0.6
    # four but two; 0.55 invents a meeting in a release without one
    threshold, summary = TRAINER._more_threshold([outcomes])
    assert threshold == 0.9
    assert "2 meetings gained, 0 invented" in summary


def test_no_threshold_beside_the_rules_when_none_gains_without_inventing() -> None:
    assert TRAINER._more_threshold([[(0.95, 0, 1, 0), (0.9, 1, 1, 1)]])[0] is None


def test_a_release_keeps_its_fold_whatever_else_is_trained_on_and_salts_reassign() -> None:
    ids = [f"2026{n:04d}" for n in range(400)]
    folds = [TRAINER.fold_of(i, "fold0") for i in ids]
    assert folds == [TRAINER.fold_of(i, "fold0") for i in ids]  # no state, no run-dependence
    assert all(60 <= folds.count(f) <= 100 for f in range(TRAINER.FOLDS))
    assert folds != [TRAINER.fold_of(i, "fold1") for i in ids]


def test_thresholds_are_chosen_on_all_fold_assignments_together(monkeypatch: Any) -> None:
    monkeypatch.setattr(TRAINER, "MAX_FALSE_SHARE", 0.01)
    rows = [_row(True)] * 4 + [_row(False)] * 100
    # alone, the first assignment takes 0.6 (three meetings; two no-meeting releases at 0.3
    # bar its fourth at 0.2) and the second 0.85 (two; two no-meeting releases at 0.7 bar
    # its others at 0.55 and 0.5); together 0.5 keeps 3 + 4 and invents 0 + 2 of 200 (1 %)
    first = ([(0.9, 0.9, True), (0.85, 0.85, True), (0.6, 0.6, True), (0.2, 0.2, True)]
             + [(0.3, 0.3, True)] * 2 + [(0.1, 0.1, True)] * 98)
    second = ([(0.9, 0.9, True), (0.85, 0.85, True), (0.55, 0.55, True), (0.5, 0.5, True)]
              + [(0.7, 0.7, True)] * 2 + [(0.1, 0.1, True)] * 98)
    assert TRAINER._best(rows, [first]) == (0.6, 0.6)
    assert TRAINER._best(rows, [second]) == (0.85, 0.85)
    release, sentence, summary = TRAINER._thresholds(rows, [first, second])
    assert (release, sentence) == (0.5, 0.5)
    assert "3-4 of 4 releases with a meeting given one, 0-2 of 100 without" in summary
    assert "each assignment choosing alone: 2-3 where the rules find none, at 0.6/0.6, 0.85/0.85" \
        in summary


def test_beside_the_rules_a_release_without_a_meeting_invented_under_any_assignment_bars() -> None:
    first = [(0.95, 1, 0, 0), (0.85, 1, 0, 0), (0.7, 0, 1, 1)]
    second = [(0.95, 1, 0, 0), (0.8, 0, 1, 1), (0.7, 1, 0, 0)]
    # the second assignment scores the no-meeting sentence 0.8: from 0.85 up only
    threshold, summary = TRAINER._more_threshold([first, second])
    assert threshold == 0.85
    assert "2 fold assignments: 1-2 meetings gained, 0 invented" in summary


def test_thresholds_count_only_the_releases_the_rules_find_no_meeting_in() -> None:
    # the detector is asked only where the rules find none: two releases with a meeting the
    # rules found, scored 0.5, do not lower the thresholds below the quiet one's 0.9
    rows = [{"meetings": True, "found": True}] * 2 + [_row(True)] + [_row(False)] * 100
    scores = ([(0.5, 0.5, True)] * 2 + [(0.9, 0.9, True)] + [(0.1, 0.1, True)] * 100)
    release, sentence, summary = TRAINER._thresholds(rows, [scores])
    assert (release, sentence) == (0.9, 0.9)
    assert "1 of 3 releases with a meeting given one" in summary


def test_a_release_falls_in_the_half_the_round_reports_split_by() -> None:
    import hashlib

    ids = [f"{n:012x}" for n in range(200)]
    halves = [TRAINER.half_of(i) for i in ids]
    assert halves == [int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 for i in ids]
    assert 70 <= sum(halves) <= 130


def _cross_row(title: str, texts: list[str]) -> dict[str, Any]:
    return {"id": "r", "title": title, "texts": texts, "meetings": True, "found": False}


def test_a_detector_that_picks_nothing_and_adds_nothing_is_not_asked_again() -> None:
    from pressgraph.extract.meeting_detector import Detector, LinearModel

    likely = LinearModel(0.0, {"met": 5.0}, 0.5)
    quiet = Detector(likely, LinearModel(-5.0, {"met": 1.0}, 0.5))
    row = _cross_row("Talks", ["The Secretary met the Consul.", "He thanked him."])
    assert not TRAINER._asked(row, quiet)
    assert TRAINER._asked(row, Detector(likely, LinearModel(-5.0, {"met": 10.0}, 0.5)))
    # beside the rules' meetings: a later sentence passing the third threshold is asked
    beside = Detector(LinearModel(-9.0, {}, 0.5), LinearModel(-5.0, {"thanked": 10.0}, 0.5), 0.9)
    assert TRAINER._asked(row, beside)
    assert not TRAINER._asked(row, Detector(beside.release, beside.sentence, None))


def test_a_cross_fit_line_gives_precision_recall_and_the_releases_invented_in() -> None:
    # (true, false, missed meetings; a release without a meeting, given one)
    line = TRAINER._line("off", [(3, 1, 1, 0, 0), (0, 1, 0, 1, 1), (0, 0, 0, 1, 0)])
    assert line == ("off      P 0.600 R 0.750 F1 0.667 (tp 3 fp 2 fn 1); "
                    "no-meeting releases given one 1/2")


def test_the_budget_admits_one_release_invented_in_three_hundred_and_a_tighter_one_not(
        monkeypatch: Any) -> None:
    rows = [_row(True)] * 2 + [_row(False)] * 300
    scores = [(0.9, 0.9, True), (0.6, 0.6, True), (0.7, 0.7, True)] + [(0.1, 0.1, True)] * 299
    # 0.6 keeps both meetings and gives one of the 300 releases without one a meeting
    # (0.33 %): within the shipped 1 %, over a budget of 0.3 % (--max-false-share 0.003)
    assert TRAINER.MAX_FALSE_SHARE == 0.01
    assert TRAINER._best(rows, [scores]) == (0.6, 0.6)
    monkeypatch.setattr(TRAINER, "MAX_FALSE_SHARE", 0.003)
    assert TRAINER._best(rows, [scores]) == (0.9, 0.9)
