"""English meeting extraction: bilateral meetings and courtesy calls with named people, one
meeting for each person met, calls received, meetings named by a noun ("during his meeting
with ...") and meetings between two parties.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.english_meetings import meetings_of


def test_one_meeting_per_person_met_and_summaries_are_not_meetings() -> None:
    found = meetings_of(
        "The Secretary for Justice, Mr Alan Lee, met a number of officials in Seoul on "
        "October 8 (Seoul time).",
        "He first called on the Minister of Justice, Mr Park Min-ho. He then met the Mayor "
        "of Seoul, Ms Kim Ji-won, and the Speaker of the National Assembly, Mr Choi Dae-il.")
    assert [m.kind for m in found] == ["courtesy call", "bilateral meeting", "bilateral meeting"]
    assert {m.date for m in found} == {date(2024, 10, 8)}
    assert {m.location for m in found} == {"Seoul"}
    assert all(m.body is None for m in found)


def test_a_separate_meeting_and_a_working_meeting_are_meetings() -> None:
    found = meetings_of(
        "The 2nd meeting of the Hong Kong/Hainan Co-operation Conference was held in Hong Kong "
        "today.",
        "In a separate meeting this afternoon, the Secretary for Health met a delegation led by "
        "the Director of Health of Hainan, Mr Lin Hui.",
        "The Secretary for Security then held a working meeting with the Chief of Police of "
        "Hainan, Mr Yang Ming.")
    assert [m.kind for m in found] == ["standing body meeting", "bilateral meeting",
                                       "working meeting"]


def test_other_shapes_of_ad_hoc_meetings() -> None:
    found = meetings_of(
        "The Chief Secretary received a courtesy call from the Consul General of Peru in Hong "
        "Kong, Mr Luis Soto, today (October 9).",
        "The Secretary for Labour met with the Minister of Manpower of Singapore, Ms Tan Li, "
        "and said that both places would keep in touch.",
        "The Secretary for Trade held talks with the Mayor of Osaka, Mr Ito Ken, in Hong Kong.",
        "After the meetings, the Chief Secretary met the press.")
    assert [m.kind for m in found] == ["courtesy call", "bilateral meeting", "bilateral meeting"]
    assert {m.location for m in found} == {"Hong Kong"}


def test_news_style_names_after_posts_are_chairs() -> None:
    (meeting,) = meetings_of(
        "Secretary for Transport & Logistics Alan Fong and Hainan Vice-Governor Zhou Yiming "
        "co-chaired the sixth meeting of the Hong Kong/Hainan Ports Co-operation Conference in "
        "Haikou today.",
        "Mr Fong said the two sides would share data on shipping.")
    chairs = {(r.person.name, tuple(p.title for p in r.person.posts)) for r in meeting.roles}
    assert chairs == {("Alan Fong", ("Secretary for Transport & Logistics",)),
                      ("Zhou Yiming", ("Hainan Vice-Governor",))}


def test_one_call_for_each_minister_named_after_the_post() -> None:
    found = meetings_of(
        "Secretary for Trade Ken Ma met Malaysia's Minister of Investment Farid Osman and "
        "Chile's Vice Minister of Finance Rosa Vidal on the sidelines of the meeting today.")
    counterparts = [[r.person.name for r in m.roles if r.person.name != "Ken Ma"] for m in found]
    assert counterparts == [["Farid Osman"], ["Rosa Vidal"]]
    assert [p.title for m in found for r in m.roles for p in r.person.posts
            if r.person.name == "Farid Osman"] == ["Minister of Investment"]


@pytest.mark.parametrize("paragraph", [
    "The Secretary for Trade, Mr Ken Ma, today (October 9) urged Senator Rosa Vidal to back "
    "the bill. During his meeting with Senator Vidal, Chair of the Trade Committee, Mr Ma "
    "explained the benefits.",
    "Answering questions after a breakfast meeting with the Mayor of Lima, Ms Rosa Vidal, today, "
    "Mr Ma said trade would grow.",
    "On arrival today, Mr Ma toured the port. This was followed by a meeting with the Mayor of "
    "Lima, "
    "Ms Rosa Vidal, who briefed him on the port's plans.",
    "The Secretary for Trade, Mr Ken Ma, hosted a port-safety task force meeting online with "
    "the Mayor of Lima, Ms Rosa Vidal, today (October 9).",
])
def test_a_meeting_with_someone_named_by_a_noun_is_a_meeting(paragraph: str) -> None:
    (meeting,) = meetings_of(paragraph)
    assert (meeting.status, meeting.date, meeting.body) == ("held", date(2024, 10, 9), None)


def test_bilateral_meetings_with_several_people_are_one_meeting_each() -> None:
    found = meetings_of(
        "On the margins of the conference today, the Secretary for Trade, Mr Ken Ma, held "
        "bilateral meetings with the Minister of Trade of Peru, Ms Rosa Vidal, and the Deputy "
        "Minister of Economy of Chile, Mr Juan Perez, to discuss trade.")
    assert len(found) == 2


def test_a_meeting_introduced_by_during_a_meeting_and_one_named_again() -> None:
    (meeting,) = meetings_of(
        "The Chief Executive, Mr Tom Lo, today (October 9) told the visiting Prime Minister of "
        "Ruritania that the economy would recover. During a one-hour meeting, Mr Lo briefed the "
        "Prime Minister on recent events.")
    assert meeting.kind == "bilateral meeting"
    (again,) = meetings_of(
        "The Mayor of Lima, Ms Rosa Vidal (left), in a meeting with Secretary Ken Ma. []",
        "Ms Vidal met Secretary Ken Ma in Lima today (October 9) and discussed ports.")
    assert again.location == "Lima"


def test_met_visiting_and_appeals_and_unnamed_groups() -> None:
    (meeting,) = meetings_of(
        "The Chief Executive, Mr Tom Lo, today (October 9) met visiting Deputy Prime Minister "
        "of Ruritania Anna Berg at Government House.")
    assert meeting.kind == "bilateral meeting"
    assert meetings_of(
        "The Deputy Secretary, Mr Tom Lo, called on the occupants remaining in the centre to "
        "move out voluntarily by the end of the month.") == ()
    assert [m.kind for m in meetings_of(
        "The Secretary for Trade, Mr Ken Ma, has met officials and residents in Peru.",
        "He met the Minister of Trade of Peru, Ms Rosa Vidal, to discuss trade.")] == [
        "bilateral meeting"]


def test_calls_named_beside_another_meeting_or_as_talks() -> None:
    found = meetings_of(
        "The Chief Executive, Mr Tom Lo, met with the Party Secretary of Riverside, Mr Huang "
        "Lin, and co-chaired the 5th Plenary of the Hong Kong/Riverside Co-operation Joint "
        "Conference with the Governor, Mr Wang Bo, in Riverside today (October 9).")
    assert [m.body for m in found] == [None, "Hong Kong/Riverside Co-operation Joint Conference"]
    talks = meetings_of(
        "On a two-day visit to Canberra, Mr Ken Ma spoke to the Treasurer, Mr Peter Hale, and "
        "the Shadow Treasurer, Mr Wayne Cole, today (October 9).",
        "He also met the Attorney-General, Mr Philip Rudd, before meeting with and attending a "
        "lunch hosted by the Minister for Foreign Affairs, Mr Alex Down.",
        "Mr Ma later spoke to reporters.")
    assert len(talks) == 4


def test_several_leaders_meeting_several_people_is_one_meeting() -> None:
    found = meetings_of(
        "Before the ceremony, the three state leaders also met the Chief Executive, Mr Tom Lo, "
        "and the Governor of Riverside Province, Mr Huang Bo, in Beijing today (October 9).")
    assert len(found) == 1


def test_bilateral_meetings_with_people_the_people_layer_may_not_know() -> None:
    found = meetings_of(
        "On the margins of the conference today, Secretary for Trade Ken Ma held bilateral "
        "meetings with Ruritania’s Federal Minister of International Trade Diversification Tom "
        "Bell, Zendan "
        "Deputy Minister of Economic Development Timur Ivanovich Petrov and the Assistant "
        "Minister of Commerce Li Jianguo to discuss trade.")
    assert len(found) == 3


def test_a_visitor_received_is_a_call_and_a_report_received_is_not() -> None:
    (meeting,) = meetings_of(
        "The Chief Executive, Mrs Ann Chow, received the Ambassador of Ruritania, Mr Joe "
        "Bloggs, at Government House this afternoon (October 9).")
    assert (meeting.kind, meeting.status) == ("courtesy call", "held")
    assert meetings_of("The Chief Executive received the Annual Report of the Harbour "
                       "Authority today (October 9).") == ()


def test_accompanying_someone_to_meet_a_minister_is_a_meeting_held() -> None:
    (meeting,) = meetings_of(
        "The Secretary for Trade joined the Financial Secretary to meet the Minister of Ports "
        "of Norland, Mr Erik Dahl, in Oslo yesterday.")
    assert (meeting.status, meeting.date, meeting.kind) == ("held", date(2024, 10, 8),
                                                            "bilateral meeting")


def test_hoping_to_meet_someone_is_no_meeting() -> None:
    assert meetings_of("The Secretary hoped to meet the Minister of Ports of Norland, "
                       "Mr Erik Dahl, at a later stage.") == ()


@pytest.mark.parametrize("text", [
    "On today's meeting between the Director of the Liaison Office, Mr Wang Li, and district "
    "councillors, the Secretary said the exchange was frank.",
    "The Commissioner of Police led a delegation to Nanning this week to attend an annual "
    "meeting between the Guangxi security authorities and the Hong Kong Police.",
    "During the meeting between the Sha Tin District Council members and the LegCo Members "
    "today (October 9), they discussed traffic.",
])
def test_meeting_between_two_parties(text: str) -> None:
    (meeting,) = meetings_of(text)
    assert meeting.status == "held"
    assert meeting.body is None


def test_meeting_between_parties_already_met_is_not_new() -> None:
    meetings = meetings_of(
        "The Secretary met the Minister of Trade, Mr Tan Wei, today (October 9).",
        "During the meeting between Mr Tan and the Secretary, they discussed port fees.")
    assert len(meetings) == 1


def test_meeting_between_unnamed_sides_is_no_meeting() -> None:
    assert meetings_of("The two sides agreed that a meeting between the two sides would "
                       "help.") == ()


def test_two_meetings_between_different_parties() -> None:
    meetings = meetings_of(
        "During the meeting between the Islands District Council members and the LegCo "
        "Members today (October 9), they discussed ferries.",
        "During the meeting between the Yuen Long District Council members and the LegCo "
        "Members, they discussed drainage.")
    assert len(meetings) == 2


@pytest.mark.parametrize("paragraph", [
    "The Secretary for Housing, Mr Ip Ka-ho, was received by the Minister of Works of Ruritania, "
    "Mr Karl Berg, in Davos today (October 9).",
    "Meeting the Secretary for Housing, Mr Ip Ka-ho, in Davos today (October 9), the Minister of "
    "Works of Ruritania, Mr Karl Berg, praised the estates.",
])
def test_a_call_received_and_a_meeting_opening_the_sentence_are_one_meeting(paragraph: str) -> None:
    (meeting,) = meetings_of(paragraph)
    assert (meeting.date, meeting.location) == (date(2024, 10, 9), "Davos")


def test_something_received_by_an_office_is_no_call() -> None:
    assert meetings_of("The report was received by the Secretariat of the Council on Estates "
                       "today (October 9).") == ()


def test_a_call_received_from_a_post_and_a_bare_name() -> None:
    found = meetings_of("The Secretary for Transport, Mr Lo Kin-sang, was received by the "
                        "Vice Minister of Transport, Wu Tao, in Beijing today (October 9).")
    assert [(m.kind, m.date) for m in found] == [("courtesy call", date(2024, 10, 9))]
