"""Releases generated from the English genre grammar (tests/genre_grammar.py) each yield their
one meeting with the facts the case expects.

The cases are a fixed-seed sample of the product of the slots, so the run is the same
every time and stays small; ``generated_cases`` lists them with the slot values that made
each, so a failure can be traced to the slot that breaks it. Besides the plain sentence
and the body as subject, the shapes are meetings of a series, transcripts' openings, calls
placed by a welcome or a headline, the topics of a call or a body's business, and a meeting
named again later with its city.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from tests.genre_grammar import (
    ACTORS,
    BODIES,
    BODY_SUBJECTS,
    BODY_VERBS,
    COUNTERPARTS,
    DATELINE,
    FRAMINGS,
    LEAD_INS,
    ORDINALS,
    PERSON_VERBS,
    PLACES,
    RELEASE_DAY,
    TIMES_FUTURE,
    TIMES_PAST,
    Case,
    Expected,
    Verb,
    _capitalised,
    _framed,
    _object_of_body,
    _sentence,
    problems,
)


def _draw_setting(rng: random.Random, times: dict[str, tuple[str, date]]
                  ) -> tuple[str, str, date, str, str, str, str]:
    """A case's time and place: their keys, texts and values, and the order they are
    printed in (drawn in this order, so that a seed gives the same cases)."""
    time_key = rng.choice(sorted(times))
    time_text, when = times[time_key]
    place_key = rng.choice(sorted(PLACES))
    place_text, place = PLACES[place_key]
    return time_key, time_text, when, place_key, place_text, place, \
        rng.choice(("place, time", "time, place"))


def _case(rng: random.Random) -> Case:
    actor_key = rng.choice(sorted(ACTORS))
    actor = ACTORS[actor_key]
    kind = rng.choice(("body", "person"))
    verbs = BODY_VERBS if kind == "body" else PERSON_VERBS
    verb_key = rng.choice(sorted(verbs))
    verb = verbs[verb_key]
    times = TIMES_PAST if verb.tense == "held" else TIMES_FUTURE
    time_key, time_text, when, place_key, place_text, place, order = _draw_setting(rng, times)
    framing = rng.choice(FRAMINGS)
    slots = {"actor": actor_key, "verb": verb_key}
    if kind == "body":
        body_key = rng.choice(sorted(BODIES))
        ordinal_key = rng.choice(sorted(ORDINALS))
        ordinal_text, ordinal = ORDINALS[ordinal_key]
        body = BODIES[body_key]
        obj = _object_of_body(body, ordinal_text)
        slots |= {"body": body_key, "ordinal": ordinal_key}
        expected_body, chair = body.name, actor.name if verb.chairs else None
    else:
        counterpart_key = rng.choice(sorted(COUNTERPARTS))
        if verb_key == "was received by" and COUNTERPARTS[counterpart_key].name is None:
            counterpart_key = "post, honorific name"  # a call is received from someone named
        obj = COUNTERPARTS[counterpart_key].text
        slots["counterpart"] = counterpart_key
        expected_body, ordinal, chair = None, None, None
    lead_in_key = rng.choice(sorted(LEAD_INS))
    slots |= {"time": time_key, "place": place_key, "order": order, "framing": framing,
              "lead-in": lead_in_key}
    lead = _sentence(actor, verb, obj, time_text, place_text, order, LEAD_INS[lead_in_key])
    paragraphs, dateline = _framed(framing, lead, actor)
    expected = Expected(verb.tense, when, expected_body, ordinal, place, chair,
                        date_checked=dateline is not None)
    return Case("Officials hold talks (with photo)", paragraphs, dateline, expected, slots)


def _body_subject_case(rng: random.Random) -> Case:
    """A sentence whose subject is the body, or the meeting itself."""
    shape_key = rng.choice(sorted(BODY_SUBJECTS))
    shape, tense, chairs = BODY_SUBJECTS[shape_key]
    actor_key = rng.choice(sorted(ACTORS))
    actor = ACTORS[actor_key]
    body_key = rng.choice(sorted(BODIES))
    body = BODIES[body_key]
    ordinal_key = rng.choice(sorted(ORDINALS))
    ordinal_text, ordinal = ORDINALS[ordinal_key]
    times = TIMES_PAST if tense == "held" else TIMES_FUTURE
    time_key, time_text, when, place_key, place_text, place, order = _draw_setting(rng, times)
    where_when = " ".join((f"{place_text} {time_text}" if order == "place, time"
                           else f"{time_text} {place_text}").split())
    numbered = f"{ordinal_text} meeting" if ordinal_text else None
    actor_object = actor.text[:1].lower() + actor.text[1:] if actor.text.startswith("The ") \
        else actor.text
    sentence = shape.format(
        Body=_capitalised(body.text), body=body.text, where_when=where_when,
        its_meeting=f"its {numbered}" if numbered else "a meeting",
        The_meeting=f"The {numbered}" if numbered else "A meeting",
        the_meeting=f"the {numbered}" if numbered else "a meeting",
        actor=actor_object.rstrip(","))
    framing = rng.choice(FRAMINGS)
    slots = {"shape": shape_key, "actor": actor_key, "body": body_key, "ordinal": ordinal_key,
             "time": time_key, "place": place_key, "order": order, "framing": framing}
    paragraphs, dateline = _framed(framing, sentence, actor)
    expected = Expected(tense, when, body.name, ordinal, place, actor.name if chairs else None,
                        date_checked=dateline is not None)
    return Case("Commission meets (with photo)", paragraphs, dateline, expected, slots)


# Meeting series named by a capitalised name whose head is a meeting's ("Joint Conference",
# "High Level Meeting", "Consultations"), and how a sentence gives one.
SERIES = {
    "joint conference": "Hong Kong/Ruritania Co-operation Joint Conference",
    "high level meeting": "Hong Kong/Macao Co-operation High Level Meeting",
    "consultations": "Ruritania-Hong Kong, China Economic Consultations",
    "ministers' meeting": "Asia Trade Ministers' Meeting",
    # the places capitalised, the kind of meeting not ("co-chaired the Hong Kong/Rivertown
    # co-operation meeting in Rivertown today")
    "lower-case head": "Hong Kong/Rivertown co-operation meeting",
}
SERIES_FORMS = {
    "ordinal": ("the {ordinal} {series}", True, False),
    "year": ("the 2022 {series}", False, False),
    "plenary of": ("the {ordinal} Plenary of the {series}", True, False),
    "working meeting of": ("the {ordinal} Working Meeting of the {series}", True, False),
    "bare": ("the {series}", False, False),
}
# A series whose head is printed in lower case is not a body its meetings are "of".
SERIES_WITHOUT_OF = {"lower-case head"}
SERIES_VERBS = {"attended": ("attended", "held", False), "co-chaired": ("co-chaired", "held", True),
                "will attend": ("will attend", "planned", False),
                "will co-chair": ("will co-chair", "planned", True)}


def _series_case(rng: random.Random) -> Case:
    """An official at a numbered or dated meeting of a series."""
    actor_key = rng.choice(sorted(ACTORS))
    actor = ACTORS[actor_key]
    series_key = rng.choice(sorted(SERIES))
    form_key = rng.choice(sorted(form for form in SERIES_FORMS
                                 if series_key not in SERIES_WITHOUT_OF or " of" not in form))
    form, numbered, _ = SERIES_FORMS[form_key]
    verb_key = rng.choice(sorted(SERIES_VERBS))
    verb_text, tense, chairs = SERIES_VERBS[verb_key]
    ordinal_text, ordinal = ORDINALS[rng.choice(("word", "digits"))] if numbered else (None, None)
    times = TIMES_PAST if tense == "held" else TIMES_FUTURE
    time_key, time_text, when, place_key, place_text, place, order = _draw_setting(rng, times)
    framing = rng.choice(FRAMINGS)
    obj = form.format(ordinal=ordinal_text, series=SERIES[series_key])
    lead = _sentence(actor, Verb(f"{verb_text} {{object}}", tense, chairs, "body"), obj,
                     time_text, place_text, order)
    slots = {"series": series_key, "form": form_key, "actor": actor_key, "verb": verb_key,
             "time": time_key, "place": place_key, "order": order, "framing": framing}
    paragraphs, dateline = _framed(framing, lead, actor)
    expected = Expected(tense, when, SERIES[series_key], ordinal, place,
                        actor.name if chairs else None, date_checked=dateline is not None)
    return Case("Officials at joint meeting", paragraphs, dateline, expected, slots)


# How a transcript's opening ties the remarks to the meeting before them.
TRANSCRIPT_OCCASIONS = {"media session after": "at a media session after",
                        "press conference after": "at a press conference after",
                        "after attending": "after attending",
                        "after chairing": "after chairing",
                        "speech at": "at"}


def _transcript_case(rng: random.Random) -> Case:
    """A transcript whose opening names the meeting the remarks followed."""
    actor = ACTORS[rng.choice(("post, honorific name", "chief executive, honorific name"))]
    body_key = rng.choice(sorted(BODIES))
    ordinal_key = rng.choice(("word", "digits"))
    ordinal_text, ordinal = ORDINALS[ordinal_key]
    time_key = rng.choice(("today", "this afternoon"))
    time_text, when = TIMES_PAST[time_key]
    body = BODIES[body_key]
    by = actor.text[:1].lower() + actor.text[1:] if actor.text.startswith("The ") else actor.text
    occasion_key = rng.choice(sorted(TRANSCRIPT_OCCASIONS))
    opening = (f"Following is the transcript of remarks by {by} "
               f"{TRANSCRIPT_OCCASIONS[occasion_key]} the {ordinal_text} meeting of {body.text} "
               f"at the Central Government Offices {time_text}:")
    slots = {"framing": "transcript", "occasion": occasion_key, "body": body_key,
             "ordinal": ordinal_key, "time": time_key}
    expected = Expected("held", when, body.name, ordinal, None, None)
    return Case("Transcript of remarks at media session", (
        opening, "Reporter: Can you tell us more about the meeting?",
        "Secretary: The members agreed to go on with the work."), DATELINE, expected, slots)


# A call at a building, placed by where the text welcomes the visitor: (sentence, whether it
# comes before the report of the call). "{visitor}" stands for the visitor's surname.
WELCOMES = {
    "welcoming the visit, after": ("Welcoming {visitor}'s first visit to Hong Kong in his new "
                                   "capacity, {host} said the two places had close ties.", False),
    "welcomed to, after": ("{host} welcomed {visitor} and the delegation to Hong Kong.", False),
    "welcomed for visiting, after": ("{host} welcomed {visitor} for visiting Hong Kong again to "
                                     "attend a trade fair.", False),
    "welcome for the visit, before": ("{host} extended a warm welcome to the Vice Governor of "
                                      "Lingnan Province, Mr Zhang Wei, for his visit and "
                                      "inspection of Hong Kong.", True),
}


# Headlines that say where the release's meetings were, whose lead names no place:
# (headline, the place as it should be read).
HEADLINES = {
    "visits": ("Secretary visits Hangzhou (with photos)", "Hangzhou"),
    "visit to": ("Secretary begins visit to Hangzhou", "Hangzhou"),
    "in": ("Secretary meets minister in Hangzhou", "Hangzhou"),
}


def _headline_case(rng: random.Random) -> Case:
    """A call whose sentence names no place, under a headline that does."""
    actor_key = rng.choice(sorted(ACTORS))
    actor = ACTORS[actor_key]
    headline_key = rng.choice(sorted(HEADLINES))
    title, place = HEADLINES[headline_key]
    lead = _sentence(actor, PERSON_VERBS["met"], COUNTERPARTS["mainland post"].text,
                     TIMES_PAST["today"][0], "", "place, time")
    slots = {"headline": headline_key, "actor": actor_key}
    expected = Expected("held", RELEASE_DAY, None, None, place, None)
    return Case(title, (lead, "The two sides exchanged views on co-operation."), DATELINE,
                expected, slots)


def _welcome_case(rng: random.Random) -> Case:
    """"met X at Government House today" and, in a sentence before or after it, the visitor
    welcomed to Hong Kong: the call took place in Hong Kong."""
    actor_key = rng.choice(sorted(ACTORS))
    actor = ACTORS[actor_key]
    welcome_key = rng.choice(sorted(WELCOMES))
    welcome, before = WELCOMES[welcome_key]
    time_key = rng.choice(sorted(TIMES_PAST))
    time_text, when = TIMES_PAST[time_key]
    lead = _sentence(actor, PERSON_VERBS["met"], COUNTERPARTS["mainland post"].text, time_text,
                     "at Government House", "place, time")
    other = welcome.format(visitor="Mr Zhang", host=actor.surname)
    paragraphs = (other, lead) if before else (lead, other)
    slots = {"welcome": welcome_key, "actor": actor_key, "time": time_key}
    expected = Expected("held", when, None, None, "Hong Kong", None)
    return Case("Chief Executive meets visitor", paragraphs, DATELINE, expected, slots)


# A call's topics, told after the call or in its own sentence: (sentence after the report of
# the call, or the end of the call's own sentence when it starts with ","; the items).
_TOPICS = ("ferry safety", "the training of pilots", "the upkeep of the piers")
AGENDAS = {
    "exchanged views on A, B and C": (
        "They exchanged views on ferry safety, the training of pilots and the upkeep of the "
        "piers.", _TOPICS),
    "discussion with them on issues including A, B and C": (
        "{host} had an in-depth discussion with them on issues of interest including ferry "
        "safety, the training of pilots and the upkeep of the piers.", _TOPICS),
    "discussed with X, Mr Y, on A and B": (
        "{host} also discussed with the Deputy Minister of Finance, Mr Jan Novak, on ferry "
        "safety and the training of pilots.", _TOPICS[:2]),
    "to discuss A and B and attend a dinner": (
        ", to discuss ferry safety and the training of pilots and attend a dinner hosted by "
        "the Harbour Club", _TOPICS[:2]),
    "to discuss A and B, followed by a lunch": (
        ", to discuss ferry safety and the training of pilots, followed by a lunch", _TOPICS[:2]),
}


# A standing body's business stated as what its members noted (sentence after the report of
# the meeting; the items).
BODY_AGENDAS = {
    "members noted A and B, as well as C": (
        "Members noted the progress of the pier repairs and the budget of the Harbour Fund, as "
        "well as the report on ferry safety.",
        ("the progress of the pier repairs", "the budget of the Harbour Fund",
         "the report on ferry safety")),
    "the body also took note of A and B": (
        "The Commission also took note of the progress of the pier repairs and the budget of "
        "the Harbour Fund.",
        ("the progress of the pier repairs", "the budget of the Harbour Fund")),
}


def _body_agenda_case(rng: random.Random) -> Case:
    """A standing body's meeting and the business its members noted."""
    actor_key = rng.choice(sorted(ACTORS))
    actor = ACTORS[actor_key]
    agenda_key = rng.choice(sorted(BODY_AGENDAS))
    told, items = BODY_AGENDAS[agenda_key]
    ordinal_text, ordinal = ORDINALS["word"]
    body = BODIES["plain"]
    lead = _sentence(actor, BODY_VERBS["chaired"], _object_of_body(body, ordinal_text),
                     TIMES_PAST["today"][0], "", "place, time")
    slots = {"body agenda": agenda_key, "actor": actor_key}
    expected = Expected("held", RELEASE_DAY, body.name, ordinal, None, actor.name, agenda=items)
    return Case("Commission meets", (lead, told), DATELINE, expected, slots)


def _agenda_case(rng: random.Random) -> Case:
    """A call and the topics the text enumerates for it."""
    actor_key = rng.choice(sorted(ACTORS))
    actor = ACTORS[actor_key]
    agenda_key = rng.choice(sorted(AGENDAS))
    told, items = AGENDAS[agenda_key]
    time_key = rng.choice(sorted(TIMES_PAST))
    time_text, when = TIMES_PAST[time_key]
    lead = _sentence(actor, PERSON_VERBS["met"], COUNTERPARTS["post, honorific name"].text,
                     time_text, "in Beijing", "place, time")
    if told.startswith(","):
        paragraphs: tuple[str, ...] = (lead[:-1] + told + ".",)
    else:
        paragraphs = (lead, told.format(host=actor.surname))
    slots = {"agenda": agenda_key, "actor": actor_key, "time": time_key}
    expected = Expected("held", when, None, None, "Beijing", None, agenda=items)
    return Case("Minister meets counterpart", paragraphs, DATELINE, expected, slots)


# A meeting named again, later in its text, with its city: (first sentence, later sentence,
# the place as it should be read). The first names a province, or (a photo caption) none.
RESTATED = {
    "province, then the conference in its capital": (
        "{actor} will lead a delegation to Fujian for the {ordinal} meeting of {body} on "
        "Wednesday (May 11).", "{surname} will co-chair the conference in Fuzhou.", "Fuzhou"),
    "caption, then the body in a city": (
        "{actor} (second left) speaks at {body} today (May 10).",
        "{surname} chaired {body} in Shenzhen today.", "Shenzhen"),
}


def _restated_case(rng: random.Random) -> Case:
    """A meeting whose reporting sentence names a province or no place, named again later in
    its text with the city it was held in."""
    actor_key = rng.choice(sorted(ACTORS))
    actor = ACTORS[actor_key]
    form_key = rng.choice(sorted(RESTATED))
    first, later, place = RESTATED[form_key]
    planned = form_key.startswith("province")
    body = BODIES["two places"].name if planned else SERIES["high level meeting"]
    first = first.format(actor=actor.text.rstrip(","), ordinal="third", body=f"the {body}")
    later = later.format(surname=actor.surname, body=f"the {body}")
    slots = {"restated": form_key, "actor": actor_key}
    expected = Expected("planned" if planned else "held",
                        date(2022, 5, 11) if planned else RELEASE_DAY, body,
                        3 if planned else None, place, None)
    return Case("Officials hold talks", (first, later), DATELINE, expected, slots)


def generated_cases(count: int = 200, subjects: int = 80, series: int = 40,
                    transcripts: int = 20, seed: int = 20220510) -> list[Case]:
    rng = random.Random(seed)
    cases = [_case(rng) for _ in range(count)]
    cases += [_body_subject_case(rng) for _ in range(subjects)]
    cases += [_series_case(rng) for _ in range(series)]
    cases += [_transcript_case(rng) for _ in range(transcripts)]
    cases += [_welcome_case(rng) for _ in range(12)]
    cases += [_agenda_case(rng) for _ in range(12)]
    cases += [_restated_case(rng) for _ in range(10)]
    cases += [_body_agenda_case(rng) for _ in range(8)]
    cases += [_headline_case(rng) for _ in range(8)]
    return cases


CASES = generated_cases()


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id)
                                  for case in CASES])
def test_generated_release_yields_its_meeting(case: Case) -> None:
    assert problems(case) == [], "\n\n".join(case.paragraphs)
