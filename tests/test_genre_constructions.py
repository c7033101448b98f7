"""Constructions of the English meeting release beyond the grammar's one-sentence slots.

Each table here is a way releases spread a meeting's facts over more than its verb's
sentence: the day given by the lead or counted from another day, an announced meeting with
a group of officials, words between a meeting noun and "with", a meeting named only as the
time of remarks, the organisations that take part and those that are only named, and a
transcript's speaker reporting his own meetings. The actors, counterparts, dateline and
release builder are the grammar's (``tests/genre_grammar.py``); all names are
invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressgraph.extract import english
from tests.genre_grammar import (
    ACTORS,
    COUNTERPARTS,
    DATELINE,
    TIMES_PAST,
    Case,
    Counterpart,
    Expected,
    release_of,
)

# How releases give a meeting's day other than beside its verb: the day of the lead for the
# meetings after it, a day counted from another ("the next day", "on the same day"), a
# weekday alone in a trip's programme, several days, a day printed only in the sentence
# after. Each is (paragraphs, [(status, date) of each meeting]); "{actor}" is the subject,
# "{he}" the actor named again, "{counterpart}" the person met. The release is dated
# Tuesday, May 10, 2022.
TIME_CONSTRUCTIONS = {
    "lead's day, then upon arrival": (
        ("{actor} arrived in Lingnan today (May 10) to attend a trade fair to be held "
         "tomorrow (May 11).", "Upon arrival, {he} met {counterpart} to exchange views."),
        [("held", date(2022, 5, 10))]),
    "lead's day, then in the evening": (
        ("{actor} continued the visit to Lingnan today (May 10).",
         "In the morning, {he} toured a science park.",
         "In the evening, {he} met {counterpart} to exchange views."),
        [("held", date(2022, 5, 10))]),
    "the next day after a day in the sentence": (
        ("{actor} will depart for Lingnan on May 11 and call on {counterpart} the next day.",),
        [("planned", date(2022, 5, 12))]),
    "on the same day": (
        ("{actor} arrived in Lingnan yesterday (May 9).",
         "{he} met {counterpart} on the same day to exchange views."),
        [("held", date(2022, 5, 9))]),
    "weekday alone, held": (
        ("{actor} returned to Hong Kong today (May 10) after a visit to Lingnan.",
         "On Friday, {he} met {counterpart} to exchange views."),
        [("held", date(2022, 5, 6))]),
    "weekday alone, announced": (
        ("{actor} will visit Lingnan next week.",
         "On Monday, {he} will meet {counterpart} to exchange views."),
        [("planned", date(2022, 5, 16))]),
    "two days, announced": (
        ("{actor} will meet {counterpart} tomorrow and on Thursday.",),
        [("planned", None)]),
    "two days, held": (
        ("{actor} met {counterpart} yesterday and today (May 9 and 10).",),
        [("held", None)]),
    "the day printed in the sentence after": (
        ("{actor} is leading a delegation to Lingnan to co-chair the third meeting of the "
         "Commission on Housing with {counterpart}.",
         "Today the two sides reviewed the work of the past year."),
        [("held", date(2022, 5, 10))]),
    "two weekdays of a programme": (
        ("{actor} concluded the visit to Lingnan today (May 10).",
         "On Monday, {he} met {counterpart}.",
         "On Tuesday morning, {he} called on the Mayor of Rivertown, Ms Anna Holt."),
        [("held", date(2022, 5, 9)), ("held", date(2022, 5, 10))]),
    "the following day after yesterday": (
        ("Yesterday (May 8), {he} met {counterpart} in Lingnan.",
         "The following day, {he} called on the Mayor of Rivertown, Ms Anna Holt."),
        [("held", date(2022, 5, 8)), ("held", date(2022, 5, 9))]),
    "weekdays of an announced programme": (
        ("{actor} will visit Lingnan from Thursday to Saturday.",
         "On Thursday, {he} will meet {counterpart}.",
         "On Friday, {he} will call on the Mayor of Rivertown, Ms Anna Holt."),
        [("planned", date(2022, 5, 12)), ("planned", date(2022, 5, 13))]),
}
TIME_ACTORS = ("post, honorific name", "post name", "chief executive, honorific name")


@pytest.mark.parametrize(("construction", "actor_key"),
                         [(c, a) for c in sorted(TIME_CONSTRUCTIONS) for a in TIME_ACTORS])
def test_a_time_construction_gives_the_meetings_day(construction: str, actor_key: str) -> None:
    paragraphs, expected = TIME_CONSTRUCTIONS[construction]
    actor = ACTORS[actor_key]
    filled = tuple(p.format(actor=actor.text.rstrip(","), he=actor.surname,
                            counterpart="the Vice Governor of Lingnan Province, Mr Zhang Wei")
                   .replace(", to", " to").replace(",.", ".")
                   for p in paragraphs)
    case = Case("Officials meet", filled, DATELINE,
                Expected("held", None, None, None, None, None), {})
    meetings = english.extract(release_of(case)).meetings
    assert [(m.status, m.date) for m in meetings] == expected, "\n".join(filled)


# An announced meeting whose other side is a group of a place's or a body's officials, no one
# named ("to meet senior officials there", "to meet leaders of the city government"): listed
# when the announcement gives it a day (its own, or that of a one-day journey made for it),
# left out when it falls in a trip of several days or in "during the visit".
GROUP_COUNTERPARTS = {
    "senior officials there": "senior officials there",
    "leaders of the city government": "leaders of the city government",
    "the leaders of the city": "the leaders of the city",
    "mainland officials": "Mainland officials",
    "officials of the provincial government": "officials of the provincial government",
    "leaders of a named government": "leaders of the Hangzhou Municipal Government",
    "municipal leaders": "senior municipal leaders",
}
GROUP_VERBS = {"meet": "meet", "meet with": "meet with", "call on": "call on"}
# (sentences, whether the meeting has a day): "{actor}" the subject, "{he}" the actor named
# again, "{meet}" the verb and its object. The release is dated Tuesday, May 10, 2022.
GROUP_FRAMINGS = {
    "one-day visit to meet": (
        ("{actor} will depart tomorrow morning (May 11) for a one-day visit to Hangzhou to "
         "learn more about its latest developments and {meet}.",
         "{he} will return to Hong Kong in the afternoon on the same day."), True),
    "visit on a day, joined to meet": (
        ("{actor} will visit Hangzhou on Wednesday (May 11).",
         "{he} will be joined by business delegates to {meet} and explore new opportunities "
         "for co-operation.", "{he} will return to Hong Kong the same day."), True),
    "the meeting's own day": (
        ("{actor} will {meet} in Hangzhou tomorrow (May 11).",), True),
    "a trip of several days": (
        ("{actor} will visit Hangzhou from May 11 to 13.",
         "{he} will {meet} to strengthen trade ties."), False),
    "during the visit": (
        ("{actor} will visit Hangzhou next week.",
         "During the visit, {he} will {meet}."), False),
    "several cities": (
        ("{actor} will visit three cities in the Yangtze River Delta next week, where {he} "
         "will {meet}.",), False),
}


@pytest.mark.parametrize(("framing", "group", "verb"),
                         [(f, g, v) for f in sorted(GROUP_FRAMINGS)
                          for g in sorted(GROUP_COUNTERPARTS) for v in sorted(GROUP_VERBS)])
def test_an_announced_meeting_with_a_group_of_officials(framing: str, group: str,
                                                        verb: str) -> None:
    sentences, dated = GROUP_FRAMINGS[framing]
    actor = ACTORS["post, honorific name"]
    meet = f"{GROUP_VERBS[verb]} {GROUP_COUNTERPARTS[group]}"
    filled = tuple(s.format(actor=actor.text.rstrip(","), he=actor.surname, meet=meet)
                   for s in sentences)
    case = Case("Secretary to visit Hangzhou", filled, DATELINE,
                Expected("planned", None, None, None, None, None), {})
    meetings = english.extract(release_of(case)).meetings
    expected = [("planned", date(2022, 5, 11), "Hangzhou")] if dated else []
    assert [(m.status, m.date, m.location) for m in meetings] == expected, "\n".join(filled)


# A meeting noun with words between it and "with" (an ordinal and a term, a judgement, a time,
# a building): "had the first meeting in the current term of the Council with ...", "had a
# useful meeting yesterday afternoon with ...". One held meeting with the person named.
NOUN_PHRASES = {
    "the first in the current term": "had the first meeting in the current term of the Harbour "
                                     "Council (HC) with {counterpart} {time}",
    "a useful, then the time": "had a useful meeting {time} with {counterpart}",
    "at a building": "had a working meeting at the Central Government Offices with "
                     "{counterpart} {time}",
    "the second this year": "held the second meeting this year with {counterpart} {time}",
}
NAMED_COUNTERPARTS = {key: c for key, c in COUNTERPARTS.items() if c.name is not None} | {
    "chairman of a committee": Counterpart(
        "the Chairman of the Harbour Council House Committee, Ms Mary Chung,", "Mary Chung")}


@pytest.mark.parametrize(("phrase", "counterpart", "time"),
                         [(p, c, t) for p in sorted(NOUN_PHRASES)
                          for c in sorted(NAMED_COUNTERPARTS) for t in ("today", "this afternoon")])
def test_a_meeting_noun_with_words_before_with(phrase: str, counterpart: str, time: str) -> None:
    actor = ACTORS["post, honorific name"]
    time_text, when = TIMES_PAST[time]
    predicate = NOUN_PHRASES[phrase].format(counterpart=NAMED_COUNTERPARTS[counterpart].text,
                                            time=time_text)
    lead = " ".join(f"{actor.text} {predicate}.".replace(",.", ".").replace(", (", " (").split())
    case = Case("Secretary meets visitor", (lead, "The two sides exchanged views on co-operation."),
                DATELINE, Expected("held", when, None, None, None, None), {})
    meetings = english.extract(release_of(case)).meetings
    assert [(m.status, m.date, m.body, m.ordinal) for m in meetings] == \
        [("held", when, None, None)], lead


# A meeting named by its day only as the time of remarks ("Speaking to reporters ahead of
# today's Executive Council meeting, ...") is no meeting of the release.
TIME_OF_REMARKS = {"before": "before", "ahead of": "ahead of", "prior to": "prior to"}
MEETING_DAYS = {"today's": "today's", "this morning's": "this morning's",
                "tomorrow's": "tomorrow's"}


@pytest.mark.parametrize(("lead", "day"), [(lead, day) for lead in sorted(TIME_OF_REMARKS)
                                           for day in sorted(MEETING_DAYS)])
def test_a_meeting_named_as_the_time_of_remarks_is_none(lead: str, day: str) -> None:
    text = (f"Speaking to reporters {TIME_OF_REMARKS[lead]} {MEETING_DAYS[day]} Executive "
            "Council meeting, the Chief Executive, Mr Chan Tai-man, said that he welcomed the "
            "appointment of the new Director.")
    case = Case("CE speaks to media", (text,), DATELINE,
                Expected("held", None, None, None, None, None), {})
    assert english.extract(release_of(case)).meetings == ()


# --------------------------------------------------------------------------- participants
# Who takes part, and who is named without taking part. A meeting sentence (the principals'
# posts name their organisations, a nationality word names a government, a government is
# thanked, a principal's own office speaks as a side, or the body that met is its subject)
# and a second sentence: none, officials of one more party attending, the heads of other
# offices going along on the trip, one head's post, a government spoken for ("on behalf of")
# or thanked for as the side supported ("thanked him for supporting the X Government's work":
# a topic, named and not at the meeting), its delegation named ("the delegations of the X",
# "the X delegation was led by"), or the Central Government thanked for its support (named,
# not at the meeting). Each case
# lists the organisations that must be found with their sides and those that must not.

PARTICIPANT_LEADS = {
    "principals' posts": (
        "The Chief Executive of the Hong Kong Special Administrative Region (HKSAR), Mr Chan "
        "Tai-wing, met the Governor of Hainan Province, Mr Zhang Wei, in Haikou today "
        "(May 10).",
        {"Hong Kong Special Administrative Region": "HKSAR", "Hainan Province": "Mainland"}, ()),
    "nationality word": (
        "The Secretary for Commerce and Industry, Mr Ho Wai-man, held talks with officials of "
        "the Swiss Government in Berne today (May 10).",
        {"Swiss Government": "overseas"}, ()),
    "a government thanked": (
        "The Secretary for Commerce and Industry, Mr Ho Wai-man, met the Minister for Trade of "
        "Denmark, Mr Lars Holm, in Copenhagen today (May 10). Mr Ho thanked the Danish "
        "Government for hosting his visit.",
        {"Danish Government": "overseas"}, ()),
    "place before the post": (
        "The Chief Executive, Mr Chan Tai-wing, met Jilin Governor Zhang Wei at Government "
        "House today (May 10).",
        {"Jilin": "Mainland"}, ()),
    "own office in speech": (
        "The Secretary for Justice, Ms Lam Mei-ling, met the Minister of Justice, Mr Zhou Ping, "
        "in Beijing today (May 10). Ms Lam said that the Department of Justice would continue "
        "to promote legal exchanges.",
        {"Department of Justice": "HKSAR"}, ()),
    "the body itself": (
        "The Chief Executive's Panel of Economic Advisers, chaired by the Chief Executive, Mr "
        "Chan Tai-wing, held its third meeting today (May 10).",
        {}, ("Panel of Economic Advisers", "Chief Executive's Panel of Economic Advisers")),
}
PARTICIPANT_SECONDS = {
    "none": ("", {}, ()),
    "officials attended": (
        "Officials of the Trade and Industry Department also attended the meeting.",
        {"Trade and Industry Department": "HKSAR"}, ()),
    "heads join the trip": (
        "The heads of the Fire Services Department and the Immigration Department will join "
        "the visit.", {}, ("Fire Services Department", "Immigration Department")),
    "central government thanked": (
        "He also thanked the Central Government for its support.", {}, ("Central Government",)),
    "on behalf of a government": (
        "On behalf of the Hong Kong Special Administrative Region Government, he welcomed the "
        "visitors.", {"Hong Kong Special Administrative Region Government": "HKSAR"}, ()),
    "a government's work supported": (
        "He thanked his host for supporting the Special Administrative Region Government's "
        "work.", {}, ("Special Administrative Region Government",)),
    "delegations of a government led": (
        "The two officials led the delegations of the Hong Kong Special Administrative Region "
        "(HKSAR) and the other side respectively.",
        {"Hong Kong Special Administrative Region": "HKSAR"}, ()),
    "a government's delegation led": (
        "The Hong Kong Special Administrative Region (HKSAR) delegation was led by the Chief "
        "Executive.", {"Hong Kong Special Administrative Region": "HKSAR"}, ()),
    "another delegation": (
        "He recalled his earlier visit to Hanoi with a Macao Special Administrative Region "
        "delegation.", {}, ("Macao Special Administrative Region",)),
    "a head's post": (
        "The Head of the Strategy Unit, Dr Lee Ka-ming, was in attendance.", {},
        ("Strategy Unit",)),
}


def sides_of_the_one_meeting(paragraphs: tuple[str, ...]) -> dict[str, str | None]:
    """The side of every wording of every participant of the one meeting a release of
    ``paragraphs`` (then a closing sentence of views exchanged) must give."""
    case = Case("Officials hold talks",
                (*paragraphs, "The two sides exchanged views on co-operation."),
                DATELINE, Expected("held", None, None, None, None, None), {})
    meetings = english.extract(release_of(case)).meetings
    assert len(meetings) == 1, paragraphs
    return {form: p.side for p in meetings[0].participants for form in (p.name, *p.mentions)}


def _participant_cases() -> list[tuple[str, str, str, dict[str, str], tuple[str, ...]]]:
    out = []
    for lead_key, (lead, found, named) in sorted(PARTICIPANT_LEADS.items()):
        for second_key, (second, more, absent) in sorted(PARTICIPANT_SECONDS.items()):
            text = " ".join(filter(None, (lead, second)))
            out.append((f"{lead_key}|{second_key}", text, "", found | more, named + absent))
    return out


@pytest.mark.parametrize(("key", "text", "_", "found", "absent"), _participant_cases(),
                         ids=[c[0] for c in _participant_cases()])
def test_generated_release_yields_its_participants(key: str, text: str, _: str,
                                                   found: dict[str, str],
                                                   absent: tuple[str, ...]) -> None:
    sides = sides_of_the_one_meeting((text,))
    for name, side in found.items():
        assert sides.get(name) == side, f"{name}: {sides}"
    assert not [name for name in absent if name in sides], sides


# A transcript in which the speaker reports a meeting in the first person. The opening names
# the speaker and where and on which day the remarks were given; the speaker's sentence gives
# the day relative to it ("yesterday", "this morning"), the tense gives held or planned, and
# the speaker takes part in what they met. Each form is (sentence, status, day offset from the
# opening's day); "{counterpart}" is the person met.
SPEAKER_SENTENCES = {
    "had a meeting yesterday with": ("I had a useful meeting yesterday afternoon with "
                                     "{counterpart} and we exchanged views on trade.", "held", -1),
    "earlier today, I met": ("Earlier today, I met {counterpart} and we had a short chat.",
                             "held", 0),
    "we met this morning": ("This morning we met {counterpart} to talk about tourism.", "held", 0),
    "I have just met": ("I have just met {counterpart}.", "held", 0),
}
# Openings: (text, the opening's day, the place of the remarks); the release is dated May 10.
SPEAKER_OPENINGS = {
    "media session today": ("at a media session in Rivertown today (May 10)", date(2022, 5, 10),
                            "Rivertown"),
    "local time, a day before the dateline": (
        "at a media session in Rivertown today (May 9, Rivertown time)", date(2022, 5, 9),
        "Rivertown"),
}
SPEAKER_COUNTERPARTS = ("post, honorific name", "mayor", "chairman of a company")
# How the opening begins.
SPEAKER_LEADS = ("Following is", "The following is", "Follows is")


def _speaker_release(opening: str, sentence: str, *, question: str = "",
                     lead: str = "Following is") -> Case:
    actor = ACTORS["chief executive, honorific name"]
    by = actor.text[:1].lower() + actor.text[1:]
    paragraphs = (f"{lead} a transcript of remarks by {by} {opening}:",
                  *((question,) if question else ()),
                  f"Chief Executive: {sentence} It was a very useful exchange.")
    return Case("Transcript of remarks by CE at media session", paragraphs, DATELINE,
                Expected("held", None, None, None, None, None), {})


@pytest.mark.parametrize(("form", "opening", "counterpart", "lead"),
                         [(f, o, c, SPEAKER_LEADS[n % len(SPEAKER_LEADS)])
                          for n, (f, o, c) in enumerate(
                              (f, o, c) for f in sorted(SPEAKER_SENTENCES)
                              for o in sorted(SPEAKER_OPENINGS) for c in SPEAKER_COUNTERPARTS)])
def test_the_speaker_of_a_transcript_reports_a_meeting(form: str, opening: str,
                                                       counterpart: str, lead: str) -> None:
    sentence, status, offset = SPEAKER_SENTENCES[form]
    opening_text, day, place = SPEAKER_OPENINGS[opening]
    case = _speaker_release(opening_text, sentence.format(
        counterpart=COUNTERPARTS[counterpart].text.rstrip(",")), lead=lead)
    meetings = english.extract(release_of(case)).meetings
    assert len(meetings) == 1, case.paragraphs
    meeting = meetings[0]
    assert (meeting.status, meeting.date, meeting.location) == (
        status, date.fromordinal(day.toordinal() + offset), place)
    principals = {role.person.name for role in meeting.roles if role.role != "attendee"}
    assert {"Chan Tai-man", COUNTERPARTS[counterpart].name} <= principals


# What a transcript says that is no meeting of the speaker's: a reporter's question, a
# meeting of others, a hypothetical, meeting the press.
SPEAKER_NON_MEETINGS = {
    "reporter's question": ("Reporter: Did you meet {counterpart} yesterday?",
                            "I cannot comment on that."),
    "others met": ("", "The two ministers met {counterpart} yesterday."),
    "hypothetical": ("", "If I met {counterpart}, I would raise the matter."),
    "meeting the press": ("", "I will meet the press again tomorrow."),
}


@pytest.mark.parametrize("shape", sorted(SPEAKER_NON_MEETINGS))
def test_what_a_transcript_says_of_no_speakers_meeting_gives_none(shape: str) -> None:
    question, sentence = SPEAKER_NON_MEETINGS[shape]
    counterpart = COUNTERPARTS["mayor"].text.rstrip(",")
    case = _speaker_release(SPEAKER_OPENINGS["media session today"][0],
                            sentence.format(counterpart=counterpart),
                            question=question.format(counterpart=counterpart))
    assert english.extract(release_of(case)).meetings == ()


# A trip announced with who travels and whom they meet, the meeting's own sentence after
# it: the offices whose representatives travel with the principal to meet take part
# ("The Secretary and representatives from A, B and C will visit Beijing to meet ...").
# Each journey wording with the offices that must be found.
PARTICIPANT_JOURNEYS = {
    "will visit to meet with": "will visit Beijing to meet with officials of the State Council",
    "will travel to hold talks": "will travel to Beijing to hold talks with Mainland officials",
}


@pytest.mark.parametrize("journey", sorted(PARTICIPANT_JOURNEYS))
def test_representatives_travelling_to_meet_take_part(journey: str) -> None:
    lead = ("The Secretary for Commerce and Industry, Mr Ho Wai-man, and representatives from "
            "the Trade and Industry Department and the Environmental Protection Department "
            f"{PARTICIPANT_JOURNEYS[journey]}.")
    meeting = "Mr Ho will have a meeting with the officials on Monday (May 16)."
    case = Case("Secretary to visit Beijing", (lead, meeting), DATELINE,
                Expected("planned", None, None, None, None, None), {})
    meetings = english.extract(release_of(case)).meetings
    assert len(meetings) == 1, lead
    sides = {form: p.side for p in meetings[0].participants for form in (p.name, *p.mentions)}
    for name in ("Trade and Industry Department", "Environmental Protection Department"):
        assert sides.get(name) == "HKSAR", f"{name}: {sides}"
