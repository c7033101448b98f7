"""Sentences of the English genre that report no meeting, whatever body of the grammar
(tests/genre_grammar.py) they name: a reference to an earlier one, a vague future, an occasion
that is no meeting, the time of other remarks.
"""

from __future__ import annotations

import pytest

from pressgraph.extract import english
from tests.genre_grammar import (
    BODIES,
    DATELINE,
    Case,
    Expected,
    release_of,
)

# Sentences of the genre that report no meeting, whatever body they name: a reference to an
# earlier one, a vague future, an occasion that is no meeting, the time of other remarks.
NON_MEETINGS = {
    "since the first": "Since the first meeting of {body} in March 2021, members have "
                       "reviewed ten estates.",
    "next, later this year": "The next meeting of {body} will be held later this year.",
    "will meet regularly": "The Secretary for Commerce and Industry, Mr Ho Wai-man, said that "
                           "{body} would meet regularly.",
    "dinner hosted by": "The Secretary for Commerce and Industry, Mr Ho Wai-man, attended a "
                        "dinner hosted by {body} today (May 10).",
    "media session before": "The Secretary for Commerce and Industry, Mr Ho Wai-man, met the "
                            "media before the meeting of {body} today (May 10).",
}


@pytest.mark.parametrize(("shape", "body"), [(shape, body) for shape in sorted(NON_MEETINGS)
                                             for body in sorted(BODIES)])
def test_a_sentence_that_reports_no_meeting_gives_none(shape: str, body: str) -> None:
    text = NON_MEETINGS[shape].format(body=BODIES[body].text)
    case = Case("Officials' remarks", (text,), DATELINE, Expected("held", None, None, None,
                                                                  None, None), {})
    assert english.extract(release_of(case)).meetings == ()
