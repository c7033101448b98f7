"""English meeting extraction: the date and place of each meeting, carried over from earlier
sentences, from the lead or from an announced trip, left out for a stay, a tour or a range of
days, and none for a video conference or a place outside the gazetteer.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressgraph.extract import english
from tests.english_meetings import make_release, meetings_of


def test_dates_and_places_carry_over_to_later_sentences() -> None:
    found = meetings_of(
        "The Secretary for Housing, Ms Winnie Ho, completed her visit to Tokyo today "
        "(October 9), during which she met officials of five ministries.",
        "Yesterday (October 8), Ms Ho met the Minister of Land, Mr Sato Ken. In the afternoon, "
        "she called on the Governor of Tokyo, Ms Ito Yui.",
        "This morning, Ms Ho met the Vice Minister of Finance, Mr Abe Jun.")
    assert [m.date for m in found] == [date(2024, 10, 8), date(2024, 10, 8), date(2024, 10, 9)]
    assert {m.location for m in found} == {"Tokyo"}


def test_video_conference_has_no_location() -> None:
    (meeting,) = meetings_of(
        "The Secretary for the Environment co-chaired the third meeting of the Hong Kong/Hainan "
        "Working Group on Climate Change today.",
        "Owing to the weather, the meeting was held by video conference, with the Hainan side "
        "joining from Haikou.")
    assert meeting.mode == "video conference"
    assert meeting.location is None


def test_no_dateline_keeps_the_phrase_without_a_date() -> None:
    release = make_release(
        "The Director of Tourism co-chaired a working meeting on tourism promotion in Hong "
        "Kong today (March 5).", dateline=None)
    extraction = english.extract(release)
    (meeting,) = extraction.meetings
    assert meeting.date is None
    assert meeting.date_text == "today (March 5)"
    assert meeting.body is None
    assert extraction.warnings


def test_a_place_outside_the_gazetteer_leaves_the_meeting_unplaced() -> None:
    release = make_release("The Secretary for Commerce met the Minister of Trade of Freedonia, "
                           "Mr Rufus Firefly, in Fredonia City today (October 9).")
    extraction = english.extract(release)
    (meeting,) = extraction.meetings
    assert meeting.location is None
    assert any("gazetteer" in warning for warning in extraction.warnings)


def test_a_date_in_an_aside_is_not_the_meeting_date() -> None:
    (meeting,) = meetings_of(
        "The Secretary, who arrived in Beijing yesterday (October 8), met the Vice Minister of "
        "Commerce, Mr Li Fei, today (October 9).")
    assert meeting.date == date(2024, 10, 9)
    assert meeting.location == "Beijing"


def test_an_announced_tour_of_several_cities_gives_its_calls_no_day() -> None:
    found = meetings_of(
        "The Chief Executive, Mr Tom Lo, will attend the 5th Plenary of the Hong Kong/Riverside "
        "Co-operation Joint Conference in Riverside on October 16.",
        "After the meeting, Mr Lo will visit three river delta cities, where he will meet "
        "leaders of the Riverside, Hillside and Lakeside municipal governments.")
    assert [m.ordinal for m in found] == [5]


def test_announced_calls_take_the_day_of_the_announcement_but_not_of_a_whole_visit() -> None:
    found = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, will lead a delegation to Lima tomorrow "
        "(October 10) to attend the 31st Ocean Rim Trade Ministers Meeting.",
        "Mr Ma will also call on the Mayor of Lima, Ms Rosa Vidal.",
        "He will depart for a three-day visit to Quito on October 12. During the visit, he will "
        "meet the Minister of Trade of Ecuador, Mr Juan Perez.")
    assert [(m.status, m.date) for m in found] == [("planned", date(2024, 10, 10)),
                                                   ("planned", date(2024, 10, 10))]


def test_an_announced_programme_day_by_day() -> None:
    found = meetings_of(
        "The Secretary for Health, Dr Amy Lo, will attend the 70th Global Health Assembly (GHA) "
        "of the Global Health Union (GHU) in Geneva from October 21-23 (Geneva time).",
        "On the morning of October 17 (London time), Dr Lo will start her programme in London "
        "by having a meeting with the Minister of State for Care, Lord Green.",
        "She will then meet the former Secretary of State, Mr Tom Hale.",
        "The next day, Dr Lo will hold a breakfast meeting with representatives from the "
        "Council on Nursing Standards. She will also meet nurses from the Royal Nursing Guild.",
        "She will meet representatives of the business sector during the visit.")
    assert [(m.body, m.ordinal, m.status, m.date) for m in found] == [
        ("Global Health Assembly", 70, "planned", None),  # a range of days: no one date
        (None, None, "planned", date(2024, 10, 17)),
        (None, None, "planned", date(2024, 10, 17)),
        (None, None, "planned", date(2024, 10, 18)),
    ]


def test_each_meeting_of_a_clause_is_dated_by_its_own_phrase() -> None:
    found = meetings_of(
        "The Chief Executive, Mr Tom Lo, participated in the Rim Leaders' Meeting tonight "
        "(October 9) and the Rim Business Council Dialogue last night (October 8), while the "
        "Secretary, Mr Ken Ma, attended the two-day Rim Ministerial Meeting on October 6 and 7.")
    assert [(m.body, m.date) for m in found] == [
        ("Rim Leaders' Meeting", date(2024, 10, 9)),
        ("Rim Business Council Dialogue", date(2024, 10, 8)),
        ("Rim Ministerial Meeting", None)]  # held over two days: no one date


def test_a_series_named_with_its_year_dates_a_release_without_a_date() -> None:
    (meeting,) = meetings_of(
        "The Chief Secretary, Mr Tom Lo, and the Mayor of Riverside, Mr Xu Lin, co-chaired the "
        "2021 Hong Kong/Riverside Co-operation Meeting today (November 25).", dateline=None)
    assert (meeting.body, meeting.session, meeting.date) == (
        "Hong Kong/Riverside Co-operation Meeting", "2021", date(2021, 11, 25))
    (forum,) = meetings_of(
        "Mr Lo also attended the Ministers Plenary Session of the Global Schools Forum 2024 "
        "today (October 9).")
    assert (forum.body, forum.date) == ("Global Schools Forum", date(2024, 10, 9))


def test_a_meeting_without_a_day_in_the_text_has_no_date() -> None:
    found = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, yesterday (October 8) concluded his three-day "
        "official visit to London.",
        "Mr Ma met with the Secretary of State for Trade, Mr Tom Hale, to discuss ports.",
        "He also held a meeting with the Mayor of London, Ms Rosa Vidal.")
    assert [m.date for m in found] == [None, None]
    (lead,) = meetings_of(
        "The Financial Secretary, Mr Ken Ma, today (October 8, London time) urged the Senator "
        "to back the bill.",
        "During his meeting with Senator Rosa Vidal, Mr Ma explained the benefits.")
    assert lead.date == date(2024, 10, 8)
    (weekday,) = meetings_of("Premier Li met Chief Executive Tom Lo in Beijing Tuesday and "
                             "discussed trade.")
    assert weekday.date == date(2024, 10, 8)


@pytest.mark.parametrize("paragraph", [
    "The Secretary for Labour, Mr Chris Ng, had a video conference with the Minister of Labour "
    "of Ruritania, Ms Eva Berg, this afternoon (October 9).",
    "Mr Chris Ng, Secretary for Labour, and the Minister of Labour of Ruritania, Ms Eva Berg, "
    "held a video conference today (October 9).",
])
def test_a_video_conference_held_is_a_meeting_without_place(paragraph: str) -> None:
    (meeting,) = meetings_of(paragraph)
    assert (meeting.mode, meeting.location, meeting.date) == (
        "video conference", None, date(2024, 10, 9))


def test_meetings_announced_for_a_stay_somewhere_have_no_day() -> None:
    found = meetings_of(
        "The Chief Secretary, Mr Tom Lo, will co-chair the second meeting of the Hong "
        "Kong/Fujian Ferry Conference in Xiamen on October 11.",
        "While in Xiamen, the delegation will also meet officials of the municipal government "
        "and the port authority.")
    assert [(m.body, m.date) for m in found] == [("Hong Kong/Fujian Ferry Conference",
                                                  date(2024, 10, 11))]


def test_a_post_accredited_to_a_place_does_not_place_the_meeting() -> None:
    (meeting,) = meetings_of("Mr Ip met the Ambassador of Ruritania to Thailand, Mr Jan Novak, "
                             "today (October 9).")
    assert meeting.location is None


def test_an_undated_release_dates_a_planned_meeting_in_the_year_its_name_prints() -> None:
    (meeting,) = meetings_of("Mr Ip will co-chair the 2021 Harbour Ministers' Meeting tomorrow "
                             "(November 3).", dateline=None)
    assert meeting.date == date(2021, 11, 3)


def test_an_announced_trip_places_the_meetings_announced_after_it() -> None:
    (meeting,) = meetings_of("The Secretary for Housing, Mr Ip Ka-ho, will visit Davos from "
                             "tomorrow (October 10) to October 12.",
                             "On October 11, he will meet the Mayor of Rivertown, Ms Anna Holt.")
    assert (meeting.status, meeting.location) == ("planned", "Davos")


def test_the_lead_gives_its_day_to_the_meetings_after_it() -> None:
    (met,) = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, arrived in Riverside today (October 9) to attend "
        "a trade fair to be held tomorrow (October 10).",
        "Upon arrival, Mr Ma met with the Vice Governor of Riverside, Mr Tom Hale, to "
        "exchange views.")
    assert (met.status, met.date) == ("held", date(2024, 10, 9))
    # the day of remarks is not the day of meetings on the sidelines of another
    sidelines = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, today said that members should keep markets open.",
        "On the sidelines of the meeting, Mr Ma met the Minister of Trade of Ruritania, Mr "
        "Tom Hale.")
    assert [m.date for m in sidelines] == [None]


def test_the_next_day_counts_from_the_day_before_it_in_the_sentence() -> None:
    (call,) = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, will depart for Riverside on October 12 and call "
        "on the Riverside Provincial Commerce Department the next day.")
    assert (call.status, call.date) == ("planned", date(2024, 10, 13))


def test_a_meeting_takes_the_one_day_the_release_prints() -> None:
    (working,) = meetings_of(
        "The Chief Secretary, Mr Ken Ma, is leading a delegation to Riverside to co-chair the "
        "fifth Working Meeting of the Riverside/Hong Kong Joint Conference.",
        "Today the two sides reviewed the progress of the work plan.")
    assert working.date == date(2024, 10, 9)


def test_a_meeting_that_opened_or_ended_on_the_day_has_no_date() -> None:
    found = meetings_of(
        "Riverside and Hong Kong customs agreed to share more data at the sixth meeting between "
        "the two places that ended in Riverside today.",
        "Led by Assistant Commissioner Tom Hale, officers of the Customs and Excise Department "
        "met their Riverside counterparts to discuss smuggling.")
    assert [m.date for m in found] == [None]
    (opened,) = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, attended the Riverside Ministerial Conference, "
        "which opened in Riverside today (October 9).")
    assert opened.date is None
    (one_day,) = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, met the Minister of Trade of Ruritania, Mr Tom "
        "Hale, in Riverside today, and then opened a trade fair.")
    assert one_day.date == date(2024, 10, 9)


def test_a_meeting_told_in_another_city_does_not_take_the_day_carried() -> None:
    """The day of a call in Hanoi is not that of a call the release then tells, without a
    day, in Ho Chi Minh City; a call told in the same city keeps it."""
    found = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, met the Prime Minister of Vietnam, Mr Tran Van Ba, "
        "in Hanoi today.",
        "Mr Ma also met the Vice Governor of Binh Duong Province, Mr Le Van Tam, in Ho Chi Minh "
        "City.")
    assert [(m.location, m.date) for m in found] == [
        ("Hanoi", date(2024, 10, 9)), ("Ho Chi Minh City", None)]
    same = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, met the Prime Minister of Vietnam, Mr Tran Van Ba, "
        "in Hanoi today.",
        "Mr Ma also met the Minister of Industry and Trade, Mr Le Van Tam, in Hanoi.")
    assert [m.date for m in same] == [date(2024, 10, 9), date(2024, 10, 9)]
    carried = meetings_of(
        "Yesterday (October 8), the Secretary for Trade, Mr Ken Ma, met the Prime Minister of "
        "Vietnam, Mr Tran Van Ba, in Hanoi. Mr Ma also met the Vice Governor of Binh Duong "
        "Province, Mr Le Van Tam, in Ho Chi Minh City.",
        "Today, Mr Ma attended a trade fair in Hanoi.")
    assert [(m.location, m.date) for m in carried] == [
        ("Hanoi", date(2024, 10, 8)), ("Ho Chi Minh City", None)]
