"""English meeting extraction: which mentions are meetings of the release and whether each was
held or is planned; future, referred-to, quoted, repeated and dated-only-by-month meetings,
occasions, meals and press meetings are none.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.english_meetings import meetings_of


@pytest.mark.parametrize("paragraph", [
    "The Working Group will meet again in Guangzhou next year.",
    "The Committee is expected to meet about four times a year.",
    "The next meeting of the Hong Kong/Fujian Co-operation Conference is to be held in Fuzhou.",
    "Since the first meeting of the Group on May 5, both sides have kept in close touch.",
    "Building on the consensus reached at the 19th Plenary last September, the two sides "
    "drew up a plan.",
    "A site inspection will be arranged at the meeting point outside the building.",
    "Meeting these expectations is no small task.",
    "The experts said that Hong Kong had met the conditions for resuming travel.",
    "Police will close roads to facilitate an international conference to be held at the "
    "Convention Centre.",
    "This was the first such meeting since the new plan was promulgated.",
])
def test_future_referred_and_non_meetings_are_not_reported(paragraph: str) -> None:
    assert meetings_of(paragraph) == ()


@pytest.mark.parametrize(("paragraph", "when"), [
    ("The Secretary will meet the Mayor of Shenzhen, Mr Lin Tao, tomorrow (October 10).",
     date(2024, 10, 10)),
    ("The Secretary for Trade, Mr Ken Ma, will attend the 31st Ocean Rim Trade Ministers "
     "Meeting in Lima on October 14.", date(2024, 10, 14)),
    ("The Panel on Water Affairs will hold a closed meeting at 3pm tomorrow in Conference "
     "Room 2.", date(2024, 10, 10)),
    ("The Director, Ms Amy Lo, will depart for Xiamen this afternoon (October 9) to co-chair "
     "the eighth meeting of the Hong Kong/Xiamen Joint Working Group on River Care tomorrow "
     "morning (October 10).", date(2024, 10, 10)),
])
def test_announced_meetings_are_planned_on_their_own_day(paragraph: str, when: date) -> None:
    (meeting,) = meetings_of(paragraph)
    assert meeting.status == "planned"
    assert meeting.date == when


def test_a_report_that_looks_ahead_is_held_and_a_vague_future_is_nothing() -> None:
    (meeting,) = meetings_of(
        "The Secretary met the Mayor of Shenzhen, Mr Lin Tao, today (October 9).",
        "The two sides will meet regularly to follow up. Tomorrow (October 10), he will meet "
        "representatives of the business sector.")
    assert meeting.status == "held"


def test_quoted_speech_names_no_meeting() -> None:
    found = meetings_of(
        'Mr Lee said, "This is the first Coastal Cities Co-operation Meeting held since the '
        'agreement was signed, and we are glad to take part."')
    assert found == ()


def test_meetings_referred_to_again_are_not_repeated() -> None:
    found = meetings_of(
        "The 5th meeting of the Hong Kong/Fujian Expert Group was held in Hong Kong today.",
        "The meeting was co-chaired by the Director of Trade, Mr Wu Ka-ming. At the meeting, "
        "members agreed to speed up work.",
        "Officials of both sides attended the meeting.")
    assert len(found) == 1


@pytest.mark.parametrize("paragraph", [
    "The Task Force on Land Supply held its first meeting in May 2023 and has met four times.",
    "The Committee on Elderly Care convened its 3rd meeting last year.",
])
def test_meetings_dated_only_by_month_or_year_are_references(paragraph: str) -> None:
    assert meetings_of(paragraph) == ()


def test_attending_the_beginning_of_a_meeting_reports_it() -> None:
    (meeting,) = meetings_of(
        "The Chief Secretary, Mr Tom Lo, attended the beginning of the first meeting of the "
        "Commission on River Care this afternoon (October 9) to greet its members.")
    assert (meeting.body, meeting.ordinal, meeting.status) == ("Commission on River Care", 1,
                                                               "held")


def test_a_meeting_named_only_as_the_time_of_remarks_is_no_meeting() -> None:
    assert meetings_of("Speaking to reporters before the Executive Council meeting today, the "
                       "Chief Executive said the plan would go ahead.") == ()


def test_a_meeting_prepared_for_and_to_be_chaired_later_is_no_meeting_held() -> None:
    (meeting,) = meetings_of(
        "The Chief Secretary, Mr Tom Lo, co-chaired the 12th Working Meeting of the Hong Kong/"
        "Riverside Co-operation Joint Conference today (October 9).",
        "The two sides prepared for the 12th Plenary of the Hong Kong/Riverside Co-operation "
        "Joint Conference, to be co-chaired by the Chief Executive and the Governor.")
    assert meeting.ordinal == 12 and meeting.status == "held"


@pytest.mark.parametrize("paragraph", [
    "Chief Executive Carrie Wong and Ruritanian Prime Minister Karl Stein met in Oslo today "
    "(October 9).",
    "The Chief Executive, Mrs Carrie Wong, exchanged views with the Prime Minister of "
    "Ruritania, Mr Karl Stein, in Oslo today (October 9).",
    "The Ruritania-Hong Kong Joint Transport Committee meeting, chaired by the Secretary for "
    "Transport, Mr Ben Ho, was held today (October 9).",
    "Financial Secretary Tom Tam joined the Coastal Economies Finance Ministers' Meeting via "
    "video conference today (October 9).",
    "The Secretary for Commerce, Mr Alan Lam, took part in the Ruritania Trade Ministers "
    "Summit in Oslo today (October 9).",
    "The Secretary for Security, Mr Ray Tse, today (October 9) led a delegation to meet the "
    "Minister of Public Security, Mr Zhao Ke, in Beijing.",
    "Trade should stay open and Hong Kong will keep working with its partners, said the "
    "Secretary for Commerce, Mr Alan Lam, at the Ocean Rim Trade Ministers Meeting in Lima "
    "today (October 9).",
])
def test_held_meetings_in_other_words(paragraph: str) -> None:
    (meeting,) = meetings_of(paragraph)
    assert (meeting.status, meeting.date) == ("held", date(2024, 10, 9))


@pytest.mark.parametrize("paragraph", [
    "The Chief Executive will meet the media after the Executive Council meeting tomorrow "
    "(October 10).",
    "Mr Lam also hosted a working lunch for the Minister of Trade, Mr Karl Stein, today.",
    "Mr Lam spoke at the Ruritania Trade Summit in Oslo today (October 9).",
])
def test_occasions_and_meals_are_no_meetings(paragraph: str) -> None:
    assert meetings_of(paragraph) == ()


@pytest.mark.parametrize("paragraphs", [
    ("The first Harbour Development Commission (HDC) meeting, under the leadership of the "
     "Chief Executive, Mr Tom Lo, was held at the Central Government Offices today "
     "(October 9).",),
    ("The Chief Secretary, Mr Tom Lee, is leading a delegation to Riverside City to co-chair "
     "the 5th Working Meeting of the Hong Kong-Riverside Co-operation Conference today "
     "(October 9).",),
    ("In response to media enquiries today (October 9), a Government spokesman said the "
     "following:",
     "\u201cThe Chief Executive, Mr Tom Lo, met the Mayor of Riverside, Mr Ken Wu, at "
     "Government House earlier today.\u201d"),
])
def test_held_meetings_in_an_aside_a_present_visit_and_a_statement(
        paragraphs: tuple[str, ...]) -> None:
    (meeting,) = meetings_of(*paragraphs)
    assert (meeting.status, meeting.date) == ("held", date(2024, 10, 9))


def test_an_announced_meeting_with_modifiers_before_its_noun() -> None:
    (meeting,) = meetings_of(
        "The Secretary, Ms Ada Yip, will depart for Geneva tomorrow (October 10) to attend an "
        "informal trade ministerial meeting on the reform of trade rules.")
    assert (meeting.status, meeting.date, meeting.location) == ("planned", date(2024, 10, 10),
                                                                "Geneva")


def test_a_press_meeting_is_still_no_meeting() -> None:
    assert meetings_of("The Secretary, Ms Ada Yip, held a press meeting after her arrival "
                       "today (October 9).") == ()


def test_what_a_meeting_will_do_is_no_meeting_of_its_own() -> None:
    (meeting,) = meetings_of(
        "The Subcommittee on Ferry Fares will hold its first meeting tomorrow (October 10) at "
        "9am. During the meeting, members will elect a Chairman and meet with the "
        "Administration.")
    assert (meeting.body, meeting.ordinal, meeting.status) == ("Subcommittee on Ferry Fares", 1,
                                                               "planned")


def test_a_meeting_spoken_at_was_held() -> None:
    (meeting,) = meetings_of("Speaking at the fourth meeting of the Council on Estates today "
                             "(October 9), the Secretary for Housing, Mr Ip Ka-ho, said that "
                             "the estates were in good repair.")
    assert (meeting.body, meeting.ordinal, meeting.status) == ("Council on Estates", 4, "held")


def test_a_call_announced_for_the_days_of_a_stay_has_no_day_and_is_not_listed() -> None:
    assert meetings_of(
        "The Secretary for Trade, Mr Ken Ma, will visit Riverside City from October 14 to 16 "
        "to meet officials of the Riverside Municipal Government.") == ()


@pytest.mark.parametrize(("paragraph", "when"), [
    # the meeting's own days: a sitting over several days, listed without a date
    ("The Secretary for Trade, Mr Ken Ma, will attend the Ocean Rim Trade Ministers Meeting "
     "in Lima from October 14 to 16.", None),
    # the one day of the journey made for the call: its day
    ("The Secretary for Trade, Mr Ken Ma, will visit Riverside City on October 14 to meet "
     "the Mayor of Riverside, Mr Ken Wu.", date(2024, 10, 14)),
])
def test_a_meetings_own_range_or_a_journeys_one_day_still_announce_it(
        paragraph: str, when: date | None) -> None:
    (meeting,) = meetings_of(paragraph)
    assert (meeting.status, meeting.date) == ("planned", when)
