"""The learned participant filter: the features of a candidate, the decision of a model,
the weights file, and the trainer's labels and threshold (``evaluation/real/
train_participants.py``). The releases are written for the tests; the filter is not in use
(no weights are shipped: out of fold it raised no F1), so extraction is left as it is."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from pressgraph.evaluation.fields import vocabulary
from pressgraph.evaluation.system import SystemMeeting, SystemParticipant, SystemRelease
from pressgraph.extract import extract
from pressgraph.extract.meeting_detector import LinearModel
from pressgraph.model import Extraction, Meeting, OrganisationMention
from tests.short_releases import chinese as _chinese
from tests.short_releases import english as _english

_PATH = Path(__file__).resolve().parents[1] / "evaluation" / "real" / "train_participants.py"
# The trainer puts its directory on sys.path and imports participant_features from it.
_SPEC = importlib.util.spec_from_file_location("train_participants", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
trainer = importlib.util.module_from_spec(_SPEC)
sys.modules["train_participants"] = trainer  # dataclasses look their module up
_SPEC.loader.exec_module(trainer)
participant_filter = trainer.participant_features


_HARBOURS = _english(
    "Secretary meets Minister of Harbours",
    "The Secretary for Transport and Logistics, Mr Lam Kin-wah, met the Minister of Harbours "
    "of Denmark, Mr Ole Brandt, in Hong Kong today (March 4) to exchange views on port "
    "co-operation.",
    "Representatives of the Marine Department and the Danish Maritime Authority also "
    "attended the meeting.")

_HARBOURS_ZH = _chinese(
    "運輸及物流局局長會見丹麥港口部長",
    "運輸及物流局局長林建華今日（三月四日）在香港會見丹麥港口部長布蘭特，雙方就港口合作"
    "交換意見。海事處代表亦有出席會議。")


def _candidates(extraction: Extraction) -> dict[str, tuple[OrganisationMention, Meeting]]:
    return {p.name: (p, m) for m in extraction.meetings for p in m.participants}


def test_features_of_an_english_candidate_a_cue_gives() -> None:
    extraction = extract(_HARBOURS)  # type: ignore[arg-type]
    found = _candidates(extraction)
    mention, meeting = found["Marine Department"]
    features = participant_filter.features(mention, meeting, extraction)
    assert "en reading cue" in features  # "also attended the meeting"
    assert {"lang en", "head Department", "side HKSAR", "side from registry",
            "outside meeting sentence", "kind bilateral meeting", "no body",
            "meetings <=1", "words <=3"} <= features
    danish, meeting = found["Danish Maritime Authority"]
    features = participant_filter.features(danish, meeting, extraction)
    assert {"side overseas", "registry unknown", "name side overseas"} <= features
    assert "side from registry" not in features


def test_features_of_a_chinese_candidate_a_post_gives() -> None:
    extraction = extract(_HARBOURS_ZH)  # type: ignore[arg-type]
    found = _candidates(extraction)
    bureau, meeting = found["運輸及物流局"]
    features = participant_filter.features(bureau, meeting, extraction)
    assert {"lang zh", "zh reading post", "head 局", "in meeting sentence",
            "side from registry"} <= features
    # the marine office sent staff; the principal's bureau is on its side
    office, meeting = found["海事處"]
    features = participant_filter.features(office, meeting, extraction)
    assert {"zh reading staffed", "principal's side", "outside meeting sentence"} <= features
    assert not any(f.startswith("en ") for f in features)


# A model of our own: a candidate an English cue gives scores low, unless the registry
# gives its side.
_TOY = LinearModel(0.0, {"en reading cue": -3.0, "side from registry": 4.0}, 0.5)


def test_the_filter_drops_a_low_scoring_candidate_and_keeps_a_high_one() -> None:
    extraction = extract(_HARBOURS)  # type: ignore[arg-type]
    assert {"Marine Department", "Danish Maritime Authority"} <= set(_candidates(extraction))
    filtered = participant_filter.filtered(extraction, _TOY)
    names = set(_candidates(filtered))
    assert "Marine Department" in names  # -3 + 4: kept
    assert "Danish Maritime Authority" not in names  # -3: dropped
    assert filtered.meetings[0].roles == extraction.meetings[0].roles


def test_extraction_does_not_filter() -> None:
    """Not wired in: extraction keeps what the rules found."""
    assert "Danish Maritime Authority" in _candidates(extract(_HARBOURS))  # type: ignore[arg-type]


def test_a_weights_file_loads() -> None:
    text = trainer.weights_file("a test", -0.5, {"lang en": 1.25, "side none": -2.0}, 0.45)
    model = participant_filter.load(text)
    assert model.bias == -0.5 and model.threshold == 0.45
    assert model.weights == {"lang en": 1.25, "side none": -2.0}
    assert model.score({"lang en"}) > model.score(set()) > model.score({"side none"})


# --------------------------------------------------------------------------- the trainer


def _participant(name: str, side: str) -> SystemParticipant:
    return SystemParticipant(frozenset({name}), frozenset({vocabulary().side(side)}), name)


def test_labels_pair_system_participants_with_gold_by_name_and_side() -> None:
    gold = {"lists_planned_meetings": True, "meetings": [
        {"date": "2024-03-04", "participants": [
            {"agency": "Marine Department", "side": "HKSAR"},
            {"agency": "Danish Maritime Authority", "side": "overseas"},
            {"agency": "Port Office", "side": "HKSAR"}]}]}
    met = SystemMeeting("m:1", dates={"2024-03-04"}, participants=[
        _participant("marine department", "HKSAR"),
        _participant("danish maritime authority", "Mainland"),  # the side is wrong
        _participant("harbour club", "non-government")])  # not the gold's
    invented = SystemMeeting("m:2", dates={"2023-01-01"}, participants=[
        _participant("port office", "HKSAR")])  # the right name in a meeting gold lacks
    system = SystemRelease(meetings=[invented, met], releases=[])
    labels = trainer.paired_participants(gold, system)
    assert labels == {("m:1", 0): True, ("m:1", 1): False, ("m:1", 2): False,
                      ("m:2", 0): False}
    assert trainer.gold_count(gold) == 3


def test_agencies_index_in_the_order_the_system_attaches_them() -> None:
    rows = [{"meeting": "m:1", "agency": "a:zeta", "agencyName": "Zeta"},
            {"meeting": "m:1", "agency": "a:alpha", "agencyName": "Alpha"},
            {"meeting": "m:1", "agency": "a:alpha", "agencyName": "Alpha", "mention": "A"},
            {"meeting": "m:9", "agency": "a:beta", "agencyName": "Beta"}]
    assert trainer.participant_agencies(rows, ["m:1"]) == {("m:1", "a:alpha"): 0,
                                                           ("m:1", "a:zeta"): 1}


def test_the_curve_counts_unreached_gold_as_misses_and_keeps_a_participant_once() -> None:
    candidate = trainer.Candidate
    found = [candidate("r1", ("m", 0), frozenset(), True),
             candidate("r1", ("m", 0), frozenset(), True),  # two wordings, one participant
             candidate("r1", ("m", 1), frozenset(), False),
             candidate("r2", ("m", 0), frozenset(), True)]
    points = trainer.curve(found, [0.9, 0.2, 0.3, 0.4], gold=5, grid=[0.0, 0.35, 0.5])
    assert [(p.tp, p.fp, p.fn) for p in points] == [(2, 1, 3), (2, 0, 3), (1, 0, 4)]
    assert trainer.chosen(points).threshold == 0.35  # F0.5: precision weighed
    assert trainer.fold_of(["b", "a", "c", "a"]) == {"a": 0, "b": 1, "c": 2}
