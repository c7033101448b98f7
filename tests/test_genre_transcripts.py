"""The genre grammar of transcripts: what a speaker's account reports as held.

A transcript (remarks at a media session, a speech) reports the meeting its opening names and
what the speaker says they met ("I have just met ..."). It also reports, in the speaker's
account, meetings held by others that the speaker tells as news: "<Body> held its meeting this
afternoon", "<Body> has met today", "<Official> has also met members of <Body>". Those are
meetings of the release. What is only talked about is not: a reporter's question, a plan, a
hypothetical, the habit of a body.

Every account slot is combined with every body and every non-meeting occasion of the opening.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressgraph.extract import english
from tests.genre_grammar import BODIES, DATELINE, Case, Expected, release_of

# Openings whose occasion is no meeting: the remarks alone give none.
OPENINGS = {
    "media session": "Following is the transcript of remarks by the Secretary for Commerce and "
                     "Industry, Mr Ho Wai-man, at a media session at the Central Government "
                     "Offices this afternoon (May 10):",
    "stand-up": "Following is a transcript of opening remarks made by the Secretary for "
                "Commerce and Industry, Mr Ho Wai-man, at a stand-up media session today "
                "(May 10):",
}

# The speaker's label before the account.
LABEL = "Secretary for Commerce and Industry: "

# Sentences of the account that report a meeting held by a body or another official
# ("{Body}" stands for the body as a sentence subject, "{body}" inside a sentence).
HELD_REPORTS = {
    "held its meeting": "{Body} held its meeting this afternoon, reviewing the figures of "
                        "the first quarter.",
    "has held its meeting": "{Body} has held its meeting today and members discussed the "
                            "work plan.",
    "has met today": "{Body} has met today.",
}

# Sentences of the account that report a call held by another official.
OFFICIAL_REPORTS = {
    "has also met": "The Secretary for Justice has also met the Mayor of Lingnan, Mr Zhang "
                    "Wei, today and heard his views.",
    "met, apposition": "The Secretary for Justice, Ms Lau Mei-ling, met the Mayor of Lingnan, "
                       "Mr Zhang Wei, this morning.",
    "held a meeting with": "The Secretary for Justice held a meeting with the Mayor of Lingnan, "
                           "Mr Zhang Wei, this morning.",
}

# Sentences of a transcript that only talk about meetings: none is reported.
TALK = {
    "reporter asks if met": "Reporter: Has {body} met today to discuss the matter?",
    "reporter asks will meet": "Reporter: Will {body} meet again next week?",
    "plan": "{Body} will meet next month to review the figures.",
    "hypothetical": "If {body} met more often, we would see results sooner.",
    "habit": "{Body} meets from time to time to review the figures.",
    "would have met": "{Body} would have met earlier had the figures been ready.",
    "others in general": "Many advisory bodies besides {body} have met online this year.",
    "sentence opener": "Last year members of {body} met the trade and the unions.",
}


def _subject(body_text: str) -> str:
    return body_text[:1].upper() + body_text[1:]


def _transcript(opening: str, account: str) -> Case:
    return Case("Transcript of remarks at media session",
                (opening, LABEL + account, "Thank you."), DATELINE,
                Expected("held", date(2022, 5, 10), None, None, None, None), {})


@pytest.mark.parametrize(("opening", "report", "body"),
                         [(o, r, b) for o in sorted(OPENINGS) for r in sorted(HELD_REPORTS)
                          for b in sorted(BODIES)])
def test_a_meeting_the_account_reports_as_held_is_read(opening: str, report: str,
                                                        body: str) -> None:
    text = BODIES[body].text
    account = HELD_REPORTS[report].format(Body=_subject(text), body=text)
    meetings = english.extract(release_of(_transcript(OPENINGS[opening], account))).meetings
    assert [(m.status, m.date) for m in meetings] == [("held", date(2022, 5, 10))], account


@pytest.mark.parametrize(("opening", "report"),
                         [(o, r) for o in sorted(OPENINGS) for r in sorted(OFFICIAL_REPORTS)])
def test_a_call_another_official_held_is_read(opening: str, report: str) -> None:
    case = _transcript(OPENINGS[opening], OFFICIAL_REPORTS[report])
    meetings = english.extract(release_of(case)).meetings
    assert [(m.status, m.date) for m in meetings] == [("held", date(2022, 5, 10))]
    assert "Ho Wai-man" not in [role.person.name for role in meetings[0].roles]


@pytest.mark.parametrize(("opening", "talk", "body"),
                         [(o, t, b) for o in sorted(OPENINGS) for t in sorted(TALK)
                          for b in sorted(BODIES)])
def test_a_meeting_only_talked_about_gives_none(opening: str, talk: str, body: str) -> None:
    text = BODIES[body].text
    account = TALK[talk].format(Body=_subject(text), body=text)
    case = _transcript(OPENINGS[opening], account)
    assert english.extract(release_of(case)).meetings == (), account


# Openings that name the meeting the remarks followed by what the speaker did before them:
# a delegation led to a meeting, a call told by a gerund. "{body}" stands for the body.
OCCASION_OPENINGS = {
    "after leading a delegation to attend": "after leading a delegation to Lingnan to attend "
                                            "the second meeting of {body}",
    "after leading representatives to chair": "after leading representatives of the "
                                              "Government to Lingnan to chair the third "
                                              "meeting of {body}",
    "after meeting an official": "after meeting the Mayor of Lingnan, Mr Zhang Wei,",
    "after meeting with office-holders": "after meeting with the chairmen and vice-chairmen "
                                         "of the 18 District Councils",
    "after calling on a minister": "after calling on the Minister of Trade of Lingnan, "
                                   "Mr Zhang Wei,",
}

# Openings whose remarks came before the meeting, or after no meeting.
NO_OCCASION_OPENINGS = {
    "before meeting": "before meeting the Mayor of Lingnan, Mr Zhang Wei,",
    "after leading a delegation to visit": "after leading a delegation to Lingnan to visit "
                                           "a port",
    "after a meeting was postponed": "after the meeting of {body} was postponed",
}


def _opening(occasion: str, body: str) -> str:
    return ("Following is the transcript of remarks by the Secretary for Commerce and "
            f"Industry, Mr Ho Wai-man, at a media session {occasion.format(body=body)} "
            "this afternoon (May 10):")


@pytest.mark.parametrize(("occasion", "body"),
                         [(o, b) for o in sorted(OCCASION_OPENINGS) for b in sorted(BODIES)])
def test_the_meeting_the_remarks_followed_is_read(occasion: str, body: str) -> None:
    opening = _opening(OCCASION_OPENINGS[occasion], BODIES[body].text)
    case = _transcript(opening, "The talks went well.")
    meetings = english.extract(release_of(case)).meetings
    assert [(m.status, m.date) for m in meetings] == [("held", date(2022, 5, 10))], opening


@pytest.mark.parametrize(("occasion", "body"),
                         [(o, b) for o in sorted(NO_OCCASION_OPENINGS) for b in sorted(BODIES)])
def test_remarks_after_no_meeting_give_none(occasion: str, body: str) -> None:
    opening = _opening(NO_OCCASION_OPENINGS[occasion], BODIES[body].text)
    case = _transcript(opening, "We will keep working.")
    assert english.extract(release_of(case)).meetings == (), opening


# Openings where the speaker led a side of the meeting the remarks followed (met someone,
# led a delegation to it) and openings where the speaker only attended or accompanied.
SPEAKER_LED = ("after leading a delegation to attend", "after leading representatives to chair",
               "after meeting an official", "after meeting with office-holders",
               "after calling on a minister")
SPEAKER_ATTENDED = {
    "after attending": "after attending the second meeting of {body}",
    "after accompanying": "after accompanying the Chief Executive to Lingnan to attend the "
                          "second meeting of {body}",
}


@pytest.mark.parametrize("occasion", SPEAKER_LED)
def test_the_speaker_who_led_a_side_of_the_occasion_is_its_principal(occasion: str) -> None:
    opening = _opening(OCCASION_OPENINGS[occasion], BODIES[sorted(BODIES)[0]].text)
    (meeting,) = english.extract(release_of(_transcript(opening, "The talks went well."))).meetings
    assert ("Ho Wai-man", "principal") in [(r.person.name, r.role) for r in meeting.roles]


@pytest.mark.parametrize("occasion", sorted(SPEAKER_ATTENDED))
def test_the_speaker_who_attended_the_occasion_leads_no_side(occasion: str) -> None:
    opening = _opening(SPEAKER_ATTENDED[occasion], BODIES[sorted(BODIES)[0]].text)
    meetings = english.extract(release_of(_transcript(opening, "The talks went well."))).meetings
    assert all(r.person.name != "Ho Wai-man" or r.role == "attendee"
               for m in meetings for r in m.roles), opening


# Openings that name, by no name at all, the meeting the remarks followed: a meeting noun with
# words in lower case before it, after "after" or "after attending"; and openings whose
# occasion is a sitting the finders read by its name, or no meeting.
PLAIN_OCCASIONS = (
    "after a lunch meeting on housing supply at the Central Government Offices",
    "after attending the working meeting on housing supply with district councillors",
    "after attending a meeting",
)
NO_PLAIN_OCCASIONS = (
    "after attending the Legislative Council meeting",
    "after attending a radio programme",
)


@pytest.mark.parametrize("occasion", PLAIN_OCCASIONS)
def test_a_meeting_the_remarks_followed_told_by_no_name_is_read(occasion: str) -> None:
    case = _transcript(_opening(occasion, ""), "The discussion went well.")
    meetings = english.extract(release_of(case)).meetings
    assert [(m.status, m.date, m.body) for m in meetings] == [
        ("held", date(2022, 5, 10), None)], occasion


@pytest.mark.parametrize("occasion", NO_PLAIN_OCCASIONS)
def test_a_named_sitting_or_no_meeting_after_attending_gives_none(occasion: str) -> None:
    case = _transcript(_opening(occasion, ""), "The discussion went well.")
    assert english.extract(release_of(case)).meetings == (), occasion
