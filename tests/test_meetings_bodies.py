"""English meeting extraction: meetings of standing bodies, the body's name as read (its short
form, parent, term, year, venue and setting left out) and the ordinal and session of each meeting.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressgraph.extract import meeting_detector
from pressgraph.extract.meetings import parse_ordinal
from tests.english_meetings import meetings_of


@pytest.mark.parametrize(("text", "value"), [
    ("19th", 19), ("1st", 1), ("22nd", 22), ("3rd", 3), ("Twentieth", 20), ("third", 3),
    ("inaugural", 1), ("twenty-fourth", 24), ("first", 1), ("such", None), (None, None),
])
def test_ordinals(text: str | None, value: int | None) -> None:
    assert parse_ordinal(text) == value


def test_body_holding_its_numbered_meeting() -> None:
    (meeting,) = meetings_of(
        "The Hong Kong/Zhejiang Co-operation Conference held its fourth meeting in Hangzhou "
        "today (October 9) to review joint projects.")
    assert meeting.body == "Hong Kong/Zhejiang Co-operation Conference"
    assert meeting.ordinal == 4
    assert meeting.date == date(2024, 10, 9)
    assert meeting.date_text == "today (October 9)"
    assert meeting.location == "Hangzhou"
    assert meeting.mode == "in person"
    assert meeting.kind == "standing body meeting"
    assert meeting.status == "held"


def test_passive_report_with_word_ordinal_and_yesterday() -> None:
    (meeting,) = meetings_of(
        "The Twentieth meeting of the Hong Kong/Sichuan Liaison Group was held in Chengdu "
        "yesterday. Members reviewed the year's work.")
    assert (meeting.body, meeting.ordinal) == ("Hong Kong/Sichuan Liaison Group", 20)
    assert meeting.date == date(2024, 10, 8)
    assert meeting.location == "Chengdu"


def test_session_and_series_names() -> None:
    first, second = meetings_of(
        "The Chief Executive co-chaired the 8th Plenary Session of the Hong Kong/Sichuan "
        "Co-operation Conference in Chengdu today (October 9).",
        "Later, the two sides attended the Hong Kong/Tianjin Co-operation Meeting 2024 in "
        "Chengdu.")
    assert (first.body, first.session, first.ordinal) == (
        "Hong Kong/Sichuan Co-operation Conference", "Plenary Session", 8)
    assert (second.body, second.session, second.ordinal) == (
        "Hong Kong/Tianjin Co-operation Meeting", "2024", None)


def test_body_given_by_a_short_form_with_its_parent() -> None:
    (meeting,) = meetings_of(
        "The Government welcomed the support of the Public Works Subcommittee (PWSC) of the "
        "Legislative Council (LegCo) for the project.",
        "At its meeting this morning, the PWSC endorsed the proposal.")
    assert meeting.body == "Public Works Subcommittee of the Legislative Council"
    assert meeting.date == date(2024, 10, 9)
    assert meeting.location is None  # the text names no place: none is assumed


def test_a_body_that_met() -> None:
    (meeting,) = meetings_of("The Steering Committee on Flood Prevention met today (October 9) "
                             "to review the drainage works.")
    assert meeting.body == "Steering Committee on Flood Prevention"
    assert meeting.date == date(2024, 10, 9)


def test_a_post_is_not_a_body() -> None:
    assert meetings_of("The Secretary met in Beijing today.") == ()


def test_a_multilateral_meeting_attended_keeps_the_abbreviation_inside_its_name() -> None:
    (meeting,) = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, attended the 12th Indian Ocean Rim Trade "
        "Cooperation (IORTC) Ministerial Meeting (the Meeting) in Colombo today (October 9).")
    assert (meeting.body, meeting.ordinal) == (
        "Indian Ocean Rim Trade Cooperation (IORTC) Ministerial Meeting", 12)


def test_a_body_name_with_an_enumeration_is_not_cut_at_its_comma() -> None:
    found = meetings_of(
        "The Panel on Transport, Housing & Lands held its third meeting today (October 9).",
        "The Secretary attended the meeting of the Subcommittee on Ports, Rivers and Canals "
        "this afternoon.")
    assert [m.body for m in found] == ["Panel on Transport, Housing & Lands",
                                       "Subcommittee on Ports, Rivers and Canals"]


@pytest.mark.parametrize(("paragraphs", "body", "status", "when"), [
    (("The Harbour Safety Task Force agreed today (October 9) to add patrols.",
      "The Secretary spoke after the task force's second meeting today."),
     "Harbour Safety Task Force", "held", date(2024, 10, 9)),
    (("The Inter-Port Co-ordinating Committee on Ferry Safety, chaired by Mr Tom Lo, met "
      "reporters.", "Mr Lo spoke at a press conference after the Committee's meeting today."),
     "Inter-Port Co-ordinating Committee on Ferry Safety", "held", date(2024, 10, 9)),
    (("The Transport Advisory Council has endorsed the fare plan at its meeting on October 7.",),
     "Transport Advisory Council", "held", date(2024, 10, 7)),
    (("The Council for Greener Ports will publish a report.",
      "Its working group submitted to the council at today's meeting a study of port air."),
     "Council for Greener Ports", "held", date(2024, 10, 9)),
    (("The Harbour District Council (HDC) has invited the Commissioner.",
      "The Commissioner's attendance at tomorrow's HDC meeting is to meet residents' wishes."),
     "Harbour District Council", "planned", date(2024, 10, 10)),
])
def test_a_bodys_meeting_named_by_whose_it_is_or_its_day(paragraphs: tuple[str, ...], body: str,
                                                         status: str, when: date) -> None:
    (meeting,) = meetings_of(*paragraphs)
    assert (meeting.body, meeting.status, meeting.date) == (body, status, when)


def test_committee_notices_name_each_committee_without_its_parent() -> None:
    found = meetings_of(
        "The first meeting of the LegCo Subcommittee on Harbour Fees originally scheduled for "
        "tomorrow (October 10) at 10.45am has been cancelled.",
        "Meanwhile, the LegCo Subcommittee on Ferry Piers (Amendment) (No. 2) Order 2024 will "
        "hold its first meeting at 2pm on Friday (October 11) in Conference Room 3.",
        "The LegCo House Committee will hold a special meeting at 2.30pm on Friday in "
        "Conference Room 1.",
        "The meeting of the LegCo Panel on Ports originally scheduled for Friday will be "
        "rescheduled for tomorrow at 3pm (or immediately after the meeting of the Panel on "
        "Harbour Safety, whichever is later).")
    assert [(m.body, m.ordinal, m.status) for m in found] == [
        ("Subcommittee on Ferry Piers (Amendment) (No. 2) Order 2024", 1, "planned"),
        ("House Committee", None, "planned"),
        ("Panel on Ports", None, "planned"),
    ]


def test_a_clause_is_not_the_body_that_took_part_in_a_meeting() -> None:
    (meeting,) = meetings_of(
        "The Government had a productive exchange with new District Council members who took "
        "part in a meeting today (October 9).")
    assert meeting.body is None


def test_a_body_chaired_by_someone_and_two_meetings_named_as_one() -> None:
    (council,) = meetings_of(
        "The Chief Executive's Council of Advisers on Ports chaired by the Chief Executive, Mr "
        "Tom Lo, held its first meeting today (October 9).")
    assert (council.body, council.ordinal) == ("Chief Executive's Council of Advisers on Ports",
                                               1)
    (joint,) = meetings_of(
        "The Chief Executive, Mr Tom Lo, will attend the High-level Meeting cum Hong Kong/"
        "Riverside Co-operation Meeting 2024 in Riverside next Monday (October 14).")
    assert (joint.body, joint.status, joint.date) == (
        "High-level Meeting cum Hong Kong/Riverside Co-operation Meeting", "planned",
        date(2024, 10, 14))


def test_a_body_meeting_named_again_without_ordinal_is_the_same_meeting() -> None:
    (meeting,) = meetings_of(
        "The Advisory Council on Harbours held its third meeting today (October 9).",
        "The Council meeting was held in the Central Government Offices. Members discussed "
        "the plan.")
    assert (meeting.body, meeting.ordinal) == ("Advisory Council on Harbours", 3)


@pytest.mark.parametrize(("paragraph", "body", "status"), [
    ("Members of the Advisory Committee on Arts Development met today (October 9) to discuss "
     "the funding plan.", "Advisory Committee on Arts Development", "held"),
    ("The Subcommittee on the Harbour Bill will meet on Monday (October 14) at 9am.",
     "Subcommittee on the Harbour Bill", "planned"),
    ("The Public Accounts Committee will hold a public hearing on Monday (October 14) at 9am "
     "in Conference Room 1.", "Public Accounts Committee", "planned"),
])
def test_a_body_meeting_by_its_members_or_announced_with_meet(paragraph: str, body: str,
                                                              status: str) -> None:
    (meeting,) = meetings_of(paragraph)
    assert (meeting.body, meeting.status) == (body, status)


def test_a_committee_loses_its_parent_written_out_with_its_short_form() -> None:
    (meeting,) = meetings_of(
        "The Legislative Council (LegCo) Panel on Ports will hold a special meeting tomorrow "
        "(October 10) at 9am in Conference Room 2.")
    assert (meeting.body, meeting.status) == ("Panel on Ports", "planned")


def test_annual_meetings_of_organisations_attended() -> None:
    (meeting,) = meetings_of(
        "The Treasurer today (October 9) attended the annual meetings of the Global Lending "
        "Fund and the Regional Savings Group in Ottawa as a member of the national delegation.")
    assert meeting.status == "held"
    assert meeting.date == date(2024, 10, 9)
    assert meeting.body is not None and meeting.body.startswith("Global Lending Fund")


def test_plenary_session_of_annual_meetings_names_the_meetings() -> None:
    (meeting,) = meetings_of(
        "The Treasurer attended the Plenary Session of the Annual Meetings of the Global "
        "Lending Fund in Ottawa today (October 9).")
    assert meeting.body == "Annual Meetings of the Global Lending Fund"


@pytest.mark.parametrize("text", [
    "The Secretary for Justice attended the 7th Pacific-Rim Prosecutors-General Conference in "
    "Apia today (October 9).",
    "The 7th Pacific-Rim Prosecutors-General Conference, hosted by the Island Procuracy, was "
    "held in Apia today (October 9).",
])
def test_conference_named_by_its_members(text: str) -> None:
    (meeting,) = meetings_of(text)
    assert meeting.body == "Pacific-Rim Prosecutors-General Conference"
    assert meeting.ordinal == 7
    assert meeting.status == "held"


def test_conference_named_by_its_theme_is_no_meeting() -> None:
    assert meetings_of("The Secretary spoke at the Coastal Resilience Conference today "
                       "(October 9).") == ()


@pytest.mark.parametrize(("text", "body"), [
    ("The Secretary chaired the meeting of the Harbour Liaison Committee in Wellington today "
     "(October 9).", "Harbour Liaison Committee"),
    ("The Treasurer will attend the 12th Annual Meeting of the Southern Development Bank in "
     "Perth on October 10 and 11.", "Annual Meeting of the Southern Development Bank"),
    ("The Secretary attended the meeting of the Working Group on Research in Education today "
     "(October 9).", "Working Group on Research in Education"),
])
def test_body_name_without_its_setting(text: str, body: str) -> None:
    (meeting,) = meetings_of(text)
    assert meeting.body == body


def test_named_meeting_on_a_topic_keeps_its_name_and_ordinal() -> None:
    (meeting,) = meetings_of(
        "The 9th Quadripartite Meeting on Port Health convened in Hong Kong today (October 9).")
    assert meeting.body == "Quadripartite Meeting on Port Health"
    assert meeting.ordinal == 9
    assert meeting.date == date(2024, 10, 9)


@pytest.mark.parametrize(("paragraph", "body"), [
    ("The Secretary for Housing, Mr Ip Ka-ho, chaired the fourth meeting of the third-term "
     "Council on Estates held this afternoon (October 9).", "Council on Estates"),
    ("The newly established Task Force on Harbour Works held its first meeting today "
     "(October 9).", "Task Force on Harbour Works"),
    ("Mr Ip attended the second meeting of the 2024 Steering Group on Ferry Services at the "
     "Central Government Offices today (October 9).", "Steering Group on Ferry Services"),
    ("The Council on Estates held its fourth meeting on Wednesday (October 9).",
     "Council on Estates"),
])
def test_a_body_read_without_its_term_year_day_or_venue(paragraph: str, body: str) -> None:
    (meeting,) = meetings_of(paragraph)
    assert meeting.body == body
    assert meeting.date == date(2024, 10, 9)


def test_a_town_only_the_world_gazetteer_knows_ends_a_body_and_places_the_meeting() -> None:
    (meeting,) = meetings_of("Mr Ip chaired the fourth meeting of the Council on Estates in "
                             "Davos on Wednesday (October 9).")
    assert (meeting.body, meeting.location) == ("Council on Estates", "Davos")


def test_a_terms_meetings_are_numbered_in_that_term() -> None:
    """The first meeting of the third-term Commission is not the first meeting of the
    fourth: the term is the session the ordinal counts in, so each has a node of its own."""
    (chaired,) = meetings_of("The Chief Secretary, Mr Lam Ka-chun, chaired the first meeting of "
                             "the third-term Commission on Housing today (October 9).")
    (held,) = meetings_of("The fourth-term Commission on Housing held its first meeting today "
                          "(October 9).")
    assert (chaired.body, chaired.session, chaired.ordinal) == ("Commission on Housing",
                                                                "third term", 1)
    assert (held.body, held.session, held.ordinal) == ("Commission on Housing", "fourth term", 1)


@pytest.mark.parametrize(("paragraph", "body", "ordinal"), [
    ("The Secretary for Transport, Mr Ho Wing-kei, gave an address at the fifth Working Meeting of "
     "Hong Kong-Tianjin Port Co-operation in Tianjin today (October 9).",
     "Working Meeting of Hong Kong-Tianjin Port Co-operation", 5),
    ("Following is the opening address by the Secretary for Education, Dr Lau Yee-man, at the "
     "Second Joint Meeting of Senior Education Officials of the Mainland, Hong Kong and Macao "
     "today (October 9).",
     "Joint Meeting of Senior Education Officials of the Mainland, Hong Kong and Macao", 2),
])
def test_a_series_named_by_whom_it_gathers_keeps_its_parties(paragraph: str, body: str,
                                                             ordinal: int) -> None:
    """"Meeting of <parties>" with no article: the parties are part of the series' name."""
    (meeting,) = meetings_of(paragraph)
    assert (meeting.body, meeting.ordinal) == (body, ordinal)


def test_a_series_of_a_body_is_named_before_the_body() -> None:
    """"Meeting of the <Organisation>": the organisation the meeting belongs to is no part
    of the series' name."""
    (meeting,) = meetings_of("The Secretary for Health, Dr Chan Siu-fan, gave an address at the "
                             "70th Regional Assembly (RA) of the World Health Organization in "
                             "Manila today (October 9).")
    assert meeting.body == "Regional Assembly"


def test_two_bodies_holding_their_joint_meeting_name_no_body() -> None:
    """"<A> Council and <B> Council held their fourth joint meeting": a meeting named by its
    parties has no body of its own, but keeps its ordinal."""
    (meeting,) = meetings_of(
        "The Hong Kong-Penang Trade Promotion Council (HPTC) and the Penang-Hong Kong Business "
        "Council (PHBC) held their fourth joint meeting in Hong Kong today (October 9).")
    assert (meeting.body, meeting.ordinal) == (None, 4)
    assert meeting.date == date(2024, 10, 9)


def test_one_body_holding_its_meeting_keeps_its_name() -> None:
    (meeting,) = meetings_of("The Hong Kong and Penang Business Council held its fourth meeting "
                             "in Hong Kong today (October 9).")
    assert (meeting.body, meeting.ordinal) == ("Hong Kong and Penang Business Council", 4)


@pytest.mark.parametrize(("paragraph", "body"), [
    ('The Harbour Working Group (HWG), set up under the Joint Commission on Ports (the "Joint '
     'Commission"), held its 6th meeting in Hong Kong today (October 9).', "Harbour Working Group"),
    ("The Hong Kong-Fujian Joint Working Group on Fisheries also held its 6th meeting in Fuzhou "
     "today (October 9).", "Hong Kong-Fujian Joint Working Group on Fisheries"),
])
def test_a_subject_body_ends_before_an_aside_or_an_adverb(paragraph: str, body: str) -> None:
    (meeting,) = meetings_of(paragraph)
    assert (meeting.body, meeting.ordinal) == (body, 6)


def test_a_subject_with_people_listed_after_a_comma_names_no_body() -> None:
    (meeting,) = meetings_of("The Harbour Working Group, its chairman Mr Lo Ka-ming and four "
                             "members held their 6th meeting in Hong Kong today (October 9).")
    assert meeting.body is None


def test_a_headlines_body_to_meet_is_the_body_named_before_and_no_second_meeting() -> None:
    """"Committee to meet at least once a year": the headline's subject ends before "to", is
    the committee named in full before, and its meeting is the one already found."""
    (meeting,) = meetings_of(
        "The Joint Steering Committee on Ports will hold its first meeting on October 20 in "
        "Beijing.", "Committee to meet at least once a year",
        "The Committee will review the work of the port authorities.")
    assert (meeting.body, meeting.ordinal) == ("Joint Steering Committee on Ports", 1)


# ------------------------------------------------- a named meeting a verb of holding takes

@pytest.fixture
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The learned detector off: what the rules read, and what they refuse, alone."""
    monkeypatch.setattr(meeting_detector, "detector", lambda: None)


@pytest.mark.parametrize(("paragraph", "body", "status", "when"), [
    ("Before the forum, Ms Lam took part in the Harbour Cities Network’s Steering Committee "
     "meeting, where she briefed mayors on flood works.",
     "Harbour Cities Network’s Steering Committee", "held", None),
    ("The Secretary will attend the Ruritania-Hong Kong Joint Working Group on Food Safety (JWG) "
     "meeting in Zenda tomorrow (October 10).",
     "Ruritania-Hong Kong Joint Working Group on Food Safety", "planned", date(2024, 10, 10)),
    ("Hong Kong and Ruritania held their 12th annual Harbour Dialogue meeting in Paris today "
     "(October 9).", "Harbour Dialogue", "held", date(2024, 10, 9)),
])
def test_a_bodys_meeting_in_lower_case_after_a_verb_of_holding_is_the_bodys(
        rules_alone: None, paragraph: str, body: str, status: str, when: date | None) -> None:
    """"attended the <Body> meeting": the body's full name, "meeting" in lower case after it
    (and its short form), is the verb's object, with or without a day."""
    (meeting,) = meetings_of(paragraph)
    assert (meeting.body, meeting.status, meeting.date) == (body, status, when)


@pytest.mark.parametrize("paragraph", [
    "Mr Lo spoke to reporters after attending the Harbour Development Council meeting today.",
    "Mr Lo met the media before the Harbour Development Council meeting this morning.",
    "The Secretary attended the Council meeting today.",
    "Hong Kong and Ruritania held their annual Harbour Lecture meeting in Paris today.",
])
def test_a_bodys_meeting_as_the_time_of_remarks_or_by_its_head_alone_is_not_read_so(
        rules_alone: None, paragraph: str) -> None:
    """The time of something else ("after attending the <Council> meeting") reports no
    meeting; a head noun alone, or a name with neither a body's nor a series' head (a
    lecture), names no body by this reading."""
    assert [m.body for m in meetings_of(paragraph)] == []


@pytest.mark.parametrize(("paragraph", "body", "ordinal"), [
    ("The Secretary attended the Pacific Regional Meeting for Ports, Harbours and Shipping of "
     "the Blue Cities Network this morning (October 9).",
     "Pacific Regional Meeting for Ports, Harbours and Shipping", None),
    ("Mr Lo and the Vice-Governor, Mr Wei Ping, co-chaired the second High-level Meeting Under "
     "the Mechanism for Harbour Reconstruction in Chengdu today (October 9).",
     "High-level Meeting Under the Mechanism for Harbour Reconstruction", 2),
])
def test_a_series_named_through_what_qualifies_its_head_is_read_whole(
        rules_alone: None, paragraph: str, body: str, ordinal: int | None) -> None:
    (meeting,) = meetings_of(paragraph)
    assert (meeting.body, meeting.ordinal, meeting.date) == (body, ordinal, date(2024, 10, 9))


def test_a_forum_qualified_by_its_theme_is_no_series(rules_alone: None) -> None:
    """Only a series head ("Meeting", "Conference") makes the qualified name a meeting's: a
    forum for a theme may be a public event."""
    assert meetings_of("The Secretary attended the Youth Forum for Harbour Cities this morning "
                       "(October 9).") == ()
