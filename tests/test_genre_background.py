"""Meetings a release names without reporting them: a meeting told inside what someone is
reported to have said ("pointed out that the two sides held a meeting in March") is
background, and one told there in the future of the past ("agreed that the next meeting
would be held in Lingnan later this year") is announced, and listed only with a day of its
own. The meeting the release itself reports beside them is kept. The day someone sets out
for a place ("will leave for Lingzhou on Sunday") is a journey's, not the day of the calls
announced for the stay after it; the day of a visit is. A group met with no one of it named
("the Hong Kong business delegation") is no party; a delegation of a named organisation is.
The dateline and release builder are the grammar's (``tests/genre_grammar.py``); all
names are invented.
"""

from __future__ import annotations

from datetime import date

from pressgraph.extract import english
from tests.genre_grammar import DATELINE, Case, Expected, release_of

LEAD = ("The Secretary for Commerce and Industry, Mr Ho Wai-man, met the Mayor of Rivertown, "
        "Ms Anna Holt, in Hong Kong today (May 10).")


def _meetings(*paragraphs: str):  # type: ignore[no-untyped-def]
    case = Case("", paragraphs, DATELINE, Expected("held", None, None, None, None, None), {})
    return english.extract(release_of(case)).meetings


def test_a_meeting_told_in_reported_speech_is_background() -> None:
    meetings = _meetings(LEAD, "Mr Ho pointed out that the two governments jointly held the "
                               "first meeting of the Riverside Co-operation Task Force in early "
                               "March this year to discuss trade.")
    assert [(m.status, m.date, m.body) for m in meetings] == [
        ("held", date(2022, 5, 10), None)]


def test_a_meeting_agreed_for_later_without_a_day_is_not_listed() -> None:
    meetings = _meetings(LEAD, "The two sides agreed that the third meeting of the Riverside "
                               "Co-operation Task Force would be held in Rivertown later this "
                               "year.")
    assert len(meetings) == 1


def test_a_meeting_agreed_for_a_day_is_announced() -> None:
    meetings = _meetings(LEAD, "The two sides agreed that the third meeting of the Riverside "
                               "Co-operation Task Force would be held in Rivertown on June 20.")
    assert [(m.status, m.date) for m in meetings] == [
        ("held", date(2022, 5, 10)), ("planned", date(2022, 6, 20))]


def test_a_meeting_reported_before_the_reporting_verb_is_kept() -> None:
    meetings = _meetings("The Riverside Co-operation Task Force held its first meeting today "
                         "(May 10) and agreed that trade would be its first topic.")
    assert [(m.status, m.date) for m in meetings] == [("held", date(2022, 5, 10))]


CALL = "In Lingzhou, Mr Ho will call on the Mayor of Lingzhou, Ms Anna Holt, to exchange views."


def test_the_day_of_setting_out_is_not_the_day_of_the_calls_after_it() -> None:
    meetings = _meetings("The Secretary for Commerce and Industry, Mr Ho Wai-man, will leave "
                         "for Lingzhou on Sunday (May 15).", CALL)
    assert meetings == ()


def test_the_day_of_a_visit_is_the_day_of_the_calls_after_it() -> None:
    meetings = _meetings("The Secretary for Commerce and Industry, Mr Ho Wai-man, will visit "
                         "Lingzhou on Sunday (May 15).", CALL)
    assert [(m.status, m.date) for m in meetings] == [("planned", date(2022, 5, 15))]


def test_a_delegation_no_one_of_which_is_named_is_no_meeting() -> None:
    meetings = _meetings("The Secretary for Commerce and Industry, Mr Ho Wai-man, arrived in "
                         "Lingzhou today (May 10). He will tour the Hong Kong Pavilion tomorrow "
                         "and meet with the Hong Kong business delegation.")
    assert meetings == ()


def test_a_delegation_of_a_named_organisation_is_met() -> None:
    meetings = _meetings("The Secretary for Commerce and Industry, Mr Ho Wai-man, met a "
                         "delegation of the Ruritanian Ministry of Trade today (May 10).")
    assert [(m.status, m.date) for m in meetings] == [("held", date(2022, 5, 10))]
