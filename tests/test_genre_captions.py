"""Photo captions: a release (or a news page) may tell a call by the caption of its photo,
in the present tense with each person placed in the picture ("Mr X (right) meets the
Mayor of Y, Ms Z (left), in Y today"). A caption alone reports the call; a caption and a
lead that tell the same call give one meeting; a caption that shows no meeting gives none.
The actors, counterparts, dateline and release builder are the grammar's
(``tests/genre_grammar.py``); all names are invented.
"""

from __future__ import annotations

import pytest

from pressgraph.extract import english
from tests.genre_grammar import DATELINE, Case, Expected, release_of

ACTOR = "The Secretary for Commerce and Industry, Mr Ho Wai-man"
COUNTERPART = "the Mayor of Rivertown, Ms Anna Holt"

# How a caption places its subject and says the call (present tense).
CAPTIONS = {
    "meets, right/left": f"{ACTOR} (right), meets {COUNTERPART} (left), in Beijing today (May 10).",
    "meets with, ordinal side": f"{ACTOR} (third left), meets with {COUNTERPART} (second right), "
                                "in Beijing today (May 10).",
    "date before the verb": f"{ACTOR} (left), today (May 10) meets with {COUNTERPART}, in Beijing.",
    "bare post name": "Secretary for Commerce and Industry Ho Wai-man (left) meets Rivertown Mayor "
                      "Anna Holt in Beijing.",
    "calls on": f"{ACTOR} (centre) calls on {COUNTERPART} in Beijing today (May 10).",
}
LEAD = f"{ACTOR} met {COUNTERPART} in Beijing today (May 10)."
PAST_CAPTION = f"{ACTOR} (second left), met {COUNTERPART} (centre), in Beijing today (May 10)."
# Captions that show no meeting.
NO_MEETING = {
    "meets the media": f"{ACTOR} (centre) meets the media in Beijing today (May 10).",
    "visits": f"{ACTOR} (second left) visits a school in Beijing today (May 10).",
}


def _meetings(*paragraphs: str):  # type: ignore[no-untyped-def]
    case = Case("", paragraphs, DATELINE, Expected("held", None, None, None, None, None), {})
    return english.extract(release_of(case)).meetings


@pytest.mark.parametrize("shape", sorted(CAPTIONS))
def test_a_caption_alone_reports_the_call(shape: str) -> None:
    meetings = _meetings(CAPTIONS[shape], "The two sides exchanged views on trade.")
    assert [m.status for m in meetings] == ["held"]


@pytest.mark.parametrize("shape", sorted(CAPTIONS))
def test_a_caption_before_the_lead_is_the_same_call(shape: str) -> None:
    assert len(_meetings(CAPTIONS[shape], LEAD)) == 1


@pytest.mark.parametrize("caption", [*(CAPTIONS[s] for s in sorted(CAPTIONS)), PAST_CAPTION])
def test_a_caption_after_the_lead_is_the_same_call(caption: str) -> None:
    assert len(_meetings(LEAD, "The two sides exchanged views on trade.", caption)) == 1


def test_two_captions_of_one_call_give_one_meeting() -> None:
    assert len(_meetings(PAST_CAPTION, PAST_CAPTION.replace("(second left)", "(right)"))) == 1


@pytest.mark.parametrize("shape", sorted(NO_MEETING))
def test_a_caption_that_shows_no_meeting_gives_none(shape: str) -> None:
    assert _meetings(NO_MEETING[shape]) == ()
