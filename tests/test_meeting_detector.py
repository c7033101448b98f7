"""The learned meeting detector: its features, its decision, the shipped weights, and how
the extractors use it (only where their rules found no meeting; in English, in a
transcript too)."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressgraph.extract import chinese, english, meeting_detector
from pressgraph.extract.detected_meetings import detected
from pressgraph.extract.meeting_detector import (
    Detector,
    LinearModel,
    ngrams,
    release_features,
    sentence_features,
    shapes,
)
from pressgraph.extract.sentences import sentences
from pressgraph.model import ParsedRelease
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.short_releases import chinese as _chinese
from tests.short_releases import english as _english

# A detector of our own: the headline word "logistics" makes a release likely to report a
# meeting, and "compared notes" (比較意見) marks the sentence that reports it.
_TOY = Detector(
    release=LinearModel(-2.0, {"t:logistics": 5.0, "t:物流": 5.0}, 0.5),
    sentence=LinearModel(-3.0, {"compared notes": 6.0, "比較": 6.0}, 0.5),
)

_LEAD = ("The Secretary for Transport and Logistics and the Consul General of Denmark, "
         "Mr Ole Brandt, compared notes on port logistics at the Harbour Office today "
         "(March 4).")
_OTHER = "Cargo volumes at the port rose by five per cent last year."


@pytest.fixture
def toy_detector(monkeypatch: pytest.MonkeyPatch) -> Detector:
    monkeypatch.setattr(meeting_detector, "detector", lambda: _TOY)
    return _TOY


@pytest.fixture
def no_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meeting_detector, "detector", lambda: None)


# --------------------------------------------------------------------------- features


def test_english_ngrams_are_words_and_word_pairs_in_lower_case_with_digits_as_zero() -> None:
    assert ngrams("Met Minister Wong on 12 May") == {
        "met", "minister", "wong", "on", "00", "may",
        "met minister", "minister wong", "wong on", "on 00", "00 may"}


def test_chinese_ngrams_are_characters_and_pairs_in_traditional_script() -> None:
    assert ngrams("会见部长") == ngrams("會見部長") == {
        "會", "見", "部", "長", "會見", "見部", "部長"}


def test_a_sentence_knows_whether_it_opens_the_release() -> None:
    assert "@first" in sentence_features("He met her.", 0)
    assert "@lead" in sentence_features("He met her.", 2)
    assert not {"@first", "@lead"} & sentence_features("He met her.", 3)


def test_shapes_fold_names_numbers_months_and_days_to_classes() -> None:
    grams = shapes("The Director met Ms Lee Wai-man on 5 June.")
    assert {"f:met ^C ^C", "f:on ^0 ^m", "f:the ^C met"} <= grams
    assert not any("lee" in gram or "june" in gram for gram in grams)


def test_two_meetings_with_other_names_and_days_share_their_shapes() -> None:
    first = shapes("Ms Ho met Mr Tam yesterday to discuss ferries.")
    second = shapes("Dr Yu met Mrs Ko on Friday to discuss tunnels.")
    assert {"f:^C met ^C", "f:met ^C ^C", "f:^d to discuss"} <= first
    assert {"f:^C met ^C", "f:met ^C ^C", "f:^d to discuss"} <= second
    assert not {"f:ferries", "f:tunnels"} & (first | second)  # only pairs and triples


def test_shapes_mark_quotation_and_keep_the_opening_word_and_lower_case_words() -> None:
    assert "f:said ^q we" in shapes('He said, "we agree with the plan".')
    grams = shapes("Members of the panel met in private.")
    assert {"f:members of", "f:panel met in"} <= grams
    assert not any("^" in gram for gram in grams)


def test_chinese_text_has_no_shapes_and_a_sentence_carries_its_shapes() -> None:
    assert shapes("局長今日會見總領事。") == set()
    assert "f:met ^C ^C" in sentence_features("The Director met Mr Chan.", 4)


def test_the_release_model_reads_the_headline_apart_from_the_lead() -> None:
    features = release_features("Talks held", ["First one.", "Second one.", "Third one."])
    assert {"t:talks", "t:held", "first", "second"} <= features
    assert "third" not in features and "talks" not in features


# --------------------------------------------------------------------------- decision


def test_a_linear_model_scores_by_the_logistic_of_its_weighted_sum() -> None:
    model = LinearModel(-1.0, {"a": 2.0}, 0.5)
    assert model.score({"a", "unknown"}) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert model.score(set()) == pytest.approx(1 / (1 + math.exp(1.0)))


def test_the_detector_picks_the_best_sentence_of_a_likely_release() -> None:
    assert _TOY.pick("Port logistics", ["Nothing here.", "They compared notes."]) == 1


def test_the_detector_is_silent_when_the_release_is_unlikely() -> None:
    assert _TOY.pick("Weather report", ["They compared notes."]) is None


def test_the_detector_is_silent_when_no_sentence_is_likely() -> None:
    assert _TOY.pick("Port logistics", ["Nothing here.", "Nor here."]) is None


def test_on_a_tie_the_earlier_sentence_is_taken() -> None:
    assert _TOY.pick("Port logistics", ["We compared notes.", "We compared notes."]) == 0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.lists(st.text(max_size=120), max_size=6))
def test_the_shipped_detector_never_fails_and_picks_a_sentence_it_was_given(
        title: str, texts: list[str]) -> None:
    model = meeting_detector.detector()
    assert model is not None
    picked = model.pick(title, texts)
    assert picked is None or 0 <= picked < len(texts)
    assert picked == model.pick(title, list(texts))  # same input, same answer


def test_the_shipped_weights_are_finite_and_their_thresholds_probabilities() -> None:
    model = meeting_detector.detector()
    assert model is not None
    for part in (model.release, model.sentence):
        assert 0.0 < part.threshold < 1.0
        assert math.isfinite(part.bias)
        assert part.weights and all(math.isfinite(w) for w in part.weights.values())


# --------------------------------------------------------------------------- English


def test_rules_alone_read_no_meeting_in_the_fixture(no_detector: None) -> None:
    release = _english("Port logistics discussed with Denmark", _LEAD, _OTHER)
    assert english.extract(release).meetings == ()


def test_the_detector_gives_the_meeting_rules_missed_with_its_frame(
        toy_detector: Detector) -> None:
    release = _english("Port logistics discussed with Denmark", _LEAD, _OTHER)
    meetings = english.extract(release).meetings
    assert len(meetings) == 1
    meeting = meetings[0]
    assert release.text[meeting.span.start:meeting.span.end] == _LEAD
    assert meeting.status == "held"
    assert meeting.date == date(2024, 3, 4)
    assert meeting.date_text and "March 4" in meeting.date_text


def test_an_announced_meeting_without_a_day_is_not_taken_from_the_detector(
        toy_detector: Detector) -> None:
    release = _english("Port logistics with Denmark",
                       "The Secretary will compared notes with Danish officials on port "
                       "logistics in due course.", _OTHER)
    assert english.extract(release).meetings == ()


_MEAL = ("The Secretary for Transport and Logistics compared notes on port logistics with "
         "the Consul General of Denmark, Mr Ole Brandt, over a luncheon he hosted today "
         "(March 4).")


def test_a_meal_no_one_calls_a_meeting_is_not_taken_from_the_detector(
        toy_detector: Detector) -> None:
    release = _english("Port logistics over lunch with Denmark", _MEAL, _OTHER)
    assert english.extract(release).meetings == ()


def test_a_meal_the_headline_calls_a_meeting_is_located_from_the_detector(
        toy_detector: Detector) -> None:
    """The refusal asks the sentence and the headline; the frame then decides the rest."""
    called = _english("Secretary meets Danish Consul General on port logistics", _MEAL, _OTHER)
    uncalled = _english("Port logistics over lunch with Denmark", _MEAL, _OTHER)
    elsewhere = _english("Officials meet", _MEAL, _OTHER)  # a meeting, but not this lunch
    assert len(detected(called, sentences(called))) == 1  # type: ignore[arg-type]
    assert detected(uncalled, sentences(uncalled)) == []  # type: ignore[arg-type]
    assert detected(elsewhere, sentences(elsewhere)) == []  # type: ignore[arg-type]


def test_the_detector_reads_a_transcript_its_rules_read_no_meeting_in(
        toy_detector: Detector) -> None:
    """A transcript whose opening names no meeting and whose account the rules read none in
    is asked as a report is: the speaker's talks told in words the rules lack stand with
    their frame; a reporter's question names no day and no second party, so gives none."""
    talks = _english("Transcript of remarks on port logistics",
                     "Following is the transcript of remarks by the Secretary for Transport "
                     "and Logistics at a media session today (March 4):",
                     "Secretary for Transport and Logistics: This morning our Permanent "
                     "Secretary, Mr Lam Ka-ming, and the Consul General of Denmark, Mr Ole "
                     "Brandt, compared notes on port logistics.")
    (meeting,) = english.extract(talks).meetings
    assert (meeting.status, meeting.date) == ("held", date(2024, 3, 4))
    question = _english("Transcript of remarks on port logistics",
                        "Following is the transcript of remarks by the Secretary for "
                        "Transport and Logistics at a media session today (March 4):",
                        "Reporter: Have you compared notes with Denmark?")
    assert english.extract(question).meetings == ()


def test_the_detector_is_not_asked_in_a_transcript_whose_occasion_is_a_meeting(
        toy_detector: Detector) -> None:
    release = _english("Transcript of remarks on port logistics",
                       "Following is the transcript of remarks by the Secretary for "
                       "Transport and Logistics at a media session after the third meeting of "
                       "the Port Logistics Council today (March 4):",
                       "Secretary for Transport and Logistics: The Consul General of Denmark, "
                       "Mr Ole Brandt, and I compared notes on port logistics this morning.")
    (meeting,) = english.extract(release).meetings
    assert meeting.body == "Port Logistics Council"


# --------------------------------------------------------------------------- Chinese

_ZH_LEAD = "運輸及物流局局長林家明今日（三月四日）與丹麥駐港總領事白浩文比較港口物流的經驗。"
_ZH_OTHER = "去年港口貨運量上升百分之五。"


def test_chinese_rules_alone_read_no_meeting_in_the_fixture(no_detector: None) -> None:
    release = _chinese("運輸及物流局局長與丹麥總領事談物流", _ZH_LEAD, _ZH_OTHER)
    assert chinese.extract(release).meetings == ()


def test_the_detector_gives_a_chinese_meeting_rules_missed(toy_detector: Detector) -> None:
    release = _chinese("運輸及物流局局長與丹麥總領事談物流", _ZH_LEAD, _ZH_OTHER)
    meetings = chinese.extract(release).meetings
    assert len(meetings) == 1
    assert release.text[meetings[0].span.start:meetings[0].span.end].startswith("運輸及物流局")
    assert meetings[0].date == date(2024, 3, 4)
    assert meetings[0].status == "held"


def test_a_chinese_announcement_without_a_day_is_not_taken(toy_detector: Detector) -> None:
    release = _chinese("運輸及物流局局長將與丹麥總領事談物流",
                       "運輸及物流局局長將與丹麥駐港總領事比較港口物流的經驗。", _ZH_OTHER)
    assert chinese.extract(release).meetings == ()


# ------------------------------------------------------------- a release without its date

def _undated(title: str, *paragraphs: str) -> ParsedRelease:
    """A release whose dateline the copy lost: its own day cannot be resolved."""
    body = "\n\n".join("     " + p for p in paragraphs)
    return parse(decode(f"{title}\n\n{body}\n".encode(), "t.txt"))


def test_an_undated_release_keeps_the_detector_meeting_its_text_gives_a_day(
        toy_detector: Detector) -> None:
    """The text dates the meeting ("today (March 4)") as closely as a dated release would;
    only the release's own date, to resolve it against, is lost."""
    release = _undated("Port logistics discussed with Denmark", _LEAD, _OTHER)
    assert release.release_date is None
    meetings = english.extract(release).meetings
    assert len(meetings) == 1
    assert meetings[0].date is None and meetings[0].date_text == "today (March 4)"


def test_an_undated_release_gives_no_detector_meeting_without_a_day_or_over_days(
        toy_detector: Detector) -> None:
    undated = ("The Secretary for Transport and Logistics and the Consul General of Denmark, "
               "Mr Ole Brandt, compared notes on port logistics at the Harbour Office.")
    over_days = ("The Secretary for Transport and Logistics and the Consul General of Denmark, "
                 "Mr Ole Brandt, compared notes on port logistics on March 4 and 5.")
    for lead in (undated, over_days):
        release = _undated("Port logistics discussed with Denmark", lead, _OTHER)
        assert english.extract(release).meetings == ()



# ------------------------------------------------------------- the body a detected meeting names

# A detector of our own that marks the sentence speaking of "port charges".
_CHARGES = Detector(
    release=LinearModel(-2.0, {"t:logistics": 5.0}, 0.5),
    sentence=LinearModel(-3.0, {"port charges": 6.0}, 0.5),
)
_HOLDS = ("The Harbour Logistics Committee (HLC) will hold two sessions on port charges "
          "tomorrow (March 5) in Room 3 of the Harbour Office.")
_ATTENDS = ("The Secretary for Transport and Logistics attended the second Regional Meeting for "
            "Northern Ports of the Harbour Cities Group this morning (March 4) to exchange views "
            "on port charges.")
_JOINS = ("The Secretary for Transport and Logistics joined the Chairman of the Harbour "
          "Logistics Committee, Mr Ole Brandt, to compare port charges today (March 4).")


@pytest.fixture
def charges_detector(monkeypatch: pytest.MonkeyPatch) -> Detector:
    monkeypatch.setattr(meeting_detector, "detector", lambda: _CHARGES)
    return _CHARGES


def test_rules_alone_read_no_meeting_in_the_body_fixtures(no_detector: None) -> None:
    for lead in (_HOLDS, _JOINS):
        assert english.extract(_english("Port logistics", lead, _OTHER)).meetings == ()


def test_the_rules_read_the_qualified_series_the_detector_names_alike(no_detector: None) -> None:
    """Since round 15 the rules read a series named through its qualifier ("the Regional
    Meeting for Northern Ports of the <Group>") as the detector's frame names it."""
    meetings = english.extract(_english("Port logistics", _ATTENDS, _OTHER)).meetings
    assert [(m.body, m.ordinal) for m in meetings] == [("Regional Meeting for Northern Ports", 2)]


def test_a_detected_meeting_takes_the_body_its_verb_of_holding_has_for_subject(
        charges_detector: Detector) -> None:
    """The body is the meeting's party: no second party need be named for it to stand."""
    meetings = english.extract(_english("Port logistics", _HOLDS, _OTHER)).meetings
    assert [(m.body, m.status, m.date) for m in meetings] == [
        ("Harbour Logistics Committee", "planned", date(2024, 3, 5))]


def test_a_detected_meeting_takes_the_named_meeting_attended_without_its_organiser(
        charges_detector: Detector) -> None:
    meetings = english.extract(_english("Port logistics", _ATTENDS, _OTHER)).meetings
    assert [(m.body, m.ordinal) for m in meetings] == [("Regional Meeting for Northern Ports", 2)]


def test_a_post_after_the_verb_names_a_person_met_not_a_body(charges_detector: Detector) -> None:
    release = _english("Port logistics", _JOINS, _OTHER)
    located = detected(release, sentences(release))  # type: ignore[arg-type]
    assert len(located) == 1 and located[0].found.body is None
    assert english.extract(release).meetings == ()  # one party named: it does not stand


def test_a_body_that_met_someone_made_a_call_not_its_own_meeting(
        charges_detector: Detector) -> None:
    met = ("The Harbour Logistics Committee met the Consul General of Denmark, Mr Ole Brandt, "
           "on port charges today (March 4).")
    release = _english("Port logistics", met, _OTHER)
    located = detected(release, sentences(release))  # type: ignore[arg-type]
    assert len(located) == 1 and located[0].found.body is None
