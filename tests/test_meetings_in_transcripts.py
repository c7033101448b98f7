"""English meeting extraction from transcripts and speeches: none for what the speaker mentions in
passing, the meeting the transcript was given at or after, and what its account says was met.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.english_meetings import meetings_of


def test_transcripts_report_no_meeting() -> None:
    assert meetings_of(
        "Following is the speech by the Secretary for Labour at a luncheon today (October 9):",
        "Last week, I met the Minister of Manpower of Singapore, Mr Tan Li, in Singapore.",
        title="Speech by SLW at luncheon") == ()


def test_a_transcript_given_at_a_meeting_reports_that_meeting_alone() -> None:
    (meeting,) = meetings_of(
        "Following is the speech by the Secretary for Transport, Mr Ken Ma, at the Third Joint "
        "Meeting of Senior Transport Officials of Ruritania, Hong Kong and Macao today "
        "(October 9):",
        "Last week, I met the Minister of Transport of Ruritania, Mr Tan Li, in Zenda.",
        title="Speech by ST at Third Joint Meeting")
    assert (meeting.body, meeting.ordinal, meeting.date, meeting.status) == (
        "Joint Meeting of Senior Transport Officials of Ruritania, Hong Kong and Macao", 3,
        date(2024, 10, 9), "held")
    assert meeting.roles == () and meeting.participants == ()
    (hearing,) = meetings_of(
        "Following is the opening remarks by the Secretary for Works, Mr Ken Ma, at the hearing "
        "of the Select Committee on Harbour Works today (October 9):",
        title="Opening remarks by SW at hearing")
    assert hearing.body == "Select Committee on Harbour Works"
    assert meetings_of(
        "Following is the transcript of remarks by the Chief Executive, Mr Tom Lo, at a media "
        "session before the Executive Council meeting today (October 9):",
        title="Transcript of remarks by CE") == ()
    (special,) = meetings_of(
        "Following is the speech by the Financial Secretary, Mr Ken Ma, at the special meeting "
        "of Finance Ministers (G-9) in Lima today (October 9):", title="Speech by FS in Lima")
    assert (special.body, special.date) == (None, date(2024, 10, 9))


def test_a_transcript_reports_what_its_account_says_was_met_not_what_is_planned() -> None:
    """The speaker's own call and the call the account reports a named official as having
    held are meetings of the release; the speaker's plan for tomorrow is not."""
    found = meetings_of(
        "Following is the transcript of remarks by the Chief Executive, Mr Tom Lo, at a media "
        "session in Beijing this afternoon (October 9):",
        "Reporter: (On the talks)",
        "Chief Executive: I have just met the Premier and we had a frank exchange. The "
        "Secretary met the Vice Minister yesterday. I will meet the Mayor tomorrow.",
        title="Transcript of remarks by CE in Beijing")
    assert [(m.status, m.date, m.location) for m in found] == [
        ("held", date(2024, 10, 9), "Beijing"), ("held", date(2024, 10, 8), "Beijing")]


@pytest.mark.parametrize("occasion", ["at a media session after", "after attending"])
def test_a_transcript_after_a_meeting_names_it(occasion: str) -> None:
    (meeting,) = meetings_of(
        f"Following is the transcript of remarks by the Secretary for Housing, Mr Ip Ka-ho, "
        f"{occasion} the fourth meeting of the Council on Estates today (October 9):",
        "Reporter: What did the members agree?", title="Transcript of remarks by SH")
    assert (meeting.body, meeting.ordinal, meeting.date) == ("Council on Estates", 4,
                                                             date(2024, 10, 9))


def test_a_speakers_meeting_told_without_a_day_takes_none_from_his_other_sentences() -> None:
    """The day of the remarks, or of the call told before, does not date a call the speaker
    recounts without one; a call he "has just" held is of the day of the remarks."""
    found = meetings_of(
        "Following is the transcript of remarks by the Chief Executive, Mr Tom Lo, at a media "
        "session in Zenda this afternoon (October 9):",
        "Chief Executive: Yesterday afternoon I had a useful meeting with the Mayor of Zenda, "
        "Mr Tan Li. Secondly, I had a meeting with the Governor of Ruritania, Mr Bo Ka.",
        title="Transcript of remarks by CE in Zenda")
    assert [m.date for m in found] == [date(2024, 10, 8), None]
    (today,) = meetings_of(
        "Following is the transcript of remarks by the Chief Executive, Mr Tom Lo, at a media "
        "session in Zenda this afternoon (October 9):",
        "Chief Executive: The task force is working hard. I have also met with the Governor of "
        "Ruritania, Mr Bo Ka.",
        title="Transcript of remarks by CE in Zenda")
    assert today.date == date(2024, 10, 9)


@pytest.mark.parametrize("occasion", [
    "at a media session in the lobby of the Central Offices, after",
    "'s meet-the-media session after"])
def test_a_transcript_after_a_meeting_needs_no_verb_of_attending(occasion: str) -> None:
    """"... at a media session at <a place>, after the <Body> meeting today": the remarks
    followed the meeting named, as with "after attending", wherever the occasion is told."""
    space = " " if occasion.startswith("at") else ""
    (meeting,) = meetings_of(
        f"Following is the transcript of remarks by the Secretary for Housing, Mr Ip Ka-ho"
        f"{space}{occasion} the Estates Advisory Committee "
        f"meeting this afternoon (October 9):",
        "Reporter: What did the members agree?", title="Transcript of remarks by SH")
    assert (meeting.body, meeting.date, meeting.status) == (
        "Estates Advisory Committee", date(2024, 10, 9), "held")


def test_the_occasion_told_again_in_the_account_is_one_meeting() -> None:
    (meeting,) = meetings_of(
        "Following is the transcript of remarks by the Secretary for Housing, Mr Ip Ka-ho, at "
        "a media session in the lobby of the Central Offices, after the Estates Advisory "
        "Committee (EAC) meeting this afternoon (October 9):",
        "Secretary for Housing: The Estates Advisory Committee held its meeting this "
        "afternoon and reviewed the rents.", title="Transcript of remarks by SH")
    assert (meeting.body, meeting.date) == ("Estates Advisory Committee", date(2024, 10, 9))


def test_remarks_after_a_ceremony_or_before_a_meeting_name_no_meeting() -> None:
    for occasion in ("at a media session in the lobby of the Central Offices, after the "
                     "opening ceremony of the Estates Fair",
                     "at a media session in the lobby of the Central Offices, before the "
                     "Executive Council meeting"):
        assert meetings_of(
            f"Following is the transcript of remarks by the Secretary for Housing, Mr Ip "
            f"Ka-ho, {occasion} this afternoon (October 9):",
            "Reporter: What did you see?", title="Transcript of remarks by SH") == ()
