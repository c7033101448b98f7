"""English meeting extraction: groups of people met (officials, members, representatives): a
meeting when they belong to a named organisation or place, nothing when no one in particular,
and a summary of the calls that follow when the release goes on to name them.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.english_meetings import meetings_of


@pytest.mark.parametrize("paragraph", [
    "The Secretary visited a youth centre and met members of a rowing club in Sai Kung today.",
    "During the trip, the delegation will also meet Riverside Provincial Government officials.",
    "They will also meet Hong Kong people working or studying in Riverside.",
])
def test_a_group_met_with_no_one_named_is_no_meeting(paragraph: str) -> None:
    assert meetings_of(paragraph) == ()


def test_people_of_a_named_organisation_met_on_a_day_are_a_meeting() -> None:
    (meeting,) = meetings_of(
        "Tomorrow (October 10), the Secretary will meet representatives from the Riverside "
        "Chamber of Commerce.")
    assert (meeting.status, meeting.date) == ("planned", date(2024, 10, 10))


@pytest.mark.parametrize(("sentence", "count"), [
    ("The Secretary, Mr Sam Ho, met representatives and players of the Hill Rangers Rugby "
     "Club today (October 9).", 1),
    ("He also met Harbour North District Councillors today (October 9).", 1),
    ("LegCo Members met with the new term Harbour District Council (HDC) and Hill DC members "
     "at the LegCo Complex today (October 9).", 2),
])
def test_members_of_named_organisations_met_are_meetings(sentence: str, count: int) -> None:
    found = meetings_of(sentence)
    assert [(m.status, m.date) for m in found] == [("held", date(2024, 10, 9))] * count


@pytest.mark.parametrize("sentence", [
    "The Secretary, Mr Sam Ho, met District Councillors and residents today (October 9).",
    "The Secretary, Mr Sam Ho, met members of a rugby club today (October 9).",
])
def test_members_of_no_organisation_in_particular_are_no_meeting(sentence: str) -> None:
    assert meetings_of(sentence) == ()


def test_the_people_of_three_organisations_met_sum_up_the_meetings_after() -> None:
    meetings = meetings_of(
        "The Secretary for Housing met officials of the Bureau of Roads, the Office of Rivers "
        "and the Ministry of Forests in Beijing today (October 9).",
        "She met the Deputy Director of the Bureau of Roads, Mr Wu Tao, this morning.",
        "She then met the Vice Minister of Forests, Ms Lin Hua.")
    assert len(meetings) == 2
    assert all(m.date == date(2024, 10, 9) for m in meetings)


def test_officials_of_one_organisation_whose_name_lists_areas_are_met_not_summed_up() -> None:
    (meeting,) = meetings_of(
        "The Permanent Secretary for Housing, Mrs Chan Wai-man, will meet officials of the "
        "State Administration of Land Supervision, Survey and Mapping on Tuesday (October 15).")
    assert (meeting.status, meeting.date) == ("planned", date(2024, 10, 15))


def test_a_days_summary_with_a_group_met_dates_the_meetings_after_it() -> None:
    meetings = meetings_of(
        "Mr Ho (left) talks with pupils.",
        "The Secretary for Sport visited a school and met members of a rowing club in the "
        "district today.",
        "He met the coaches of the Riverside Rowing Club, Mr Ken Lau and Ms Amy Fok.")
    assert meetings and all(m.date == date(2024, 10, 9) for m in meetings)


@pytest.mark.parametrize("group", ["officials", "senior officials", "members of the public",
                                   "representatives of local groups"])
def test_an_announced_meeting_with_an_unplaced_group_is_none(group: str) -> None:
    """Only a group tied to a place or a government ("officials there", "Mainland officials")
    is the other side of an announced meeting; a group of people in general is not."""
    assert meetings_of(f"The Secretary for Transport, Mr Lo Kin-sang, will meet {group} in "
                       "Fuzhou tomorrow (October 10).") == ()


def test_a_held_meeting_with_a_group_of_officials_still_sums_up() -> None:
    """"met senior officials there" before the calls it sums up is no meeting of its own."""
    found = meetings_of("The Secretary for Transport, Mr Lo Kin-sang, visited Fuzhou today "
                        "(October 9) and met senior officials there. Mr Lo met the Vice Governor "
                        "of Fujian Province, Mr Wu Tao, in the afternoon.")
    assert len(found) == 1


@pytest.mark.parametrize(("paragraph", "parties"), [
    ("A delegation led by the Permanent Secretary for Trade held meetings with officials of the "
     "Ministry of Fisheries and the Northern Bureau of Seed Inspection, Grading & Certification "
     "last week in Riverside.",
     [("Ministry of Fisheries",),
      ("Northern Bureau of Seed Inspection, Grading & Certification",)]),
    ("On October 10, the Secretary will hold meetings with the Harbour Ratings Agency and the "
     "Riverside Futures Exchange.",
     [("Harbour Ratings Agency",), ("Riverside Futures Exchange",)]),
    ("The Secretary had meetings with bodies such as Hillside Society and Riverside Council on "
     "Trade to discuss the economy.",
     [("Hillside Society",), ("Riverside Council on Trade",)]),
])
def test_plural_meetings_with_listed_organisations_are_one_meeting_each(
        paragraph: str, parties: list[tuple[str, ...]]) -> None:
    found = meetings_of(paragraph)
    assert [tuple(p.name for p in m.participants) for m in found] == parties


@pytest.mark.parametrize("paragraph", [
    "The Secretary held meetings with various officials in Riverside.",
    "The Secretary held meetings with local traders and residents in Riverside.",
    "The Secretary held meetings with officials and academics to discuss the economy.",
    "The Secretary held meetings with Riverside officials in Riverside.",
    "The Secretary held meetings with Northern Ministers and the Riverside Trade Council.",
])
def test_plural_meetings_with_no_one_named_are_no_meeting(paragraph: str) -> None:
    assert meetings_of(paragraph) == ()


def test_a_meeting_last_week_is_reported_without_a_day() -> None:
    (meeting,) = meetings_of("The Secretary met officials of the Ministry of Fisheries in "
                             "Riverside last week.")
    assert (meeting.status, meeting.date, meeting.location) == ("held", None, "Riverside")
