"""Grammar of two English forms of the genre's calls: one verb of meeting with a LIST of
counterparts, each its own call, and a call told by a gerund or participle.

A list may mix people (with their posts, in either order) and organisations called on
("met the Speaker of the Assembly Mr A, the trade lobby Harbour Roundtable and the think
tank the Meridian Institute"); each item is a call, with the person as the other side's
principal or the organisation as a participant. A post set off by commas after a name
("Mr A, Minister of Finance, and Ms B, Governor of ...") is the name's apposition, not
an item. A call may be told by a gerund of means ("started his programme by calling on
X"), after a noun ("had the opportunity of meeting with X"), or by a lead's trailing
participle (", meeting the Minister of X, Mr Y"). All names below are invented.
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from pressgraph.extract import english
from tests.genre_grammar import DATELINE, Case, Expected, release_of

ACTOR = "The Secretary for Commerce and Industry, Mr Ho Wai-man,"
ACTOR_NAME = "Ho Wai-man"
WHEN = ("today (May 10)", date(2022, 5, 10))

# Items of a list: (text as listed, counterpart person's name or None, organisation or None).
PEOPLE = {
    "post name": ("the Speaker of the Ruritanian Assembly Karl Berg", "Karl Berg", None),
    "post, honorific name": ("the Minister of Finance of Ruritania, Mr Otto Brandt",
                             "Otto Brandt", None),
    "honorific name, post": ("Ms Anna Holt, Governor of the Central Bank of Ruritania",
                             "Anna Holt", None),
}
ORGANISATIONS = {
    # an organisation whose name has no head word: a call, its name not checked here
    "descriptor name": ("the business lobby group Harbour Roundtable", None, None),
    "descriptor the name": ("the policy think tank the Meridian Institute", None,
                            "Meridian Institute"),
    "ministry": ("the Ministry of Trade of Ruritania", None, "Ministry of Trade of Ruritania"),
    "court": ("the Supreme Court of Ruritania", None, "Supreme Court of Ruritania"),
}
LIST_VERBS = {"met": "met", "met with": "met with", "called on": "called on"}


def _joined(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1]


def _list_cases() -> list[Case]:
    cases = []
    items = {**PEOPLE, **ORGANISATIONS}
    for verb, (first, second, third) in itertools.product(
            sorted(LIST_VERBS), itertools.permutations(sorted(items), 3)):
        if not any(key in ORGANISATIONS for key in (first, second, third)):
            continue
        if sum(key == "honorific name, post" for key in (first, second, third)) and \
                (first, second, third).index("honorific name, post") != 2 and verb != "met":
            continue  # keep the sample small: the apposition form mid-list once per verb
        chosen = [items[key] for key in (first, second, third)]
        text = (f"{ACTOR} {LIST_VERBS[verb]} {_joined([c[0] for c in chosen])} "
                f"in Berlin {WHEN[0]}.")
        cases.append(Case("Secretary visits Berlin", (text,), DATELINE,
                          Expected("held", WHEN[1], None, None, "Berlin", None),
                          {"verb": verb, "items": f"{first}; {second}; {third}"}))
    return cases[::7]


def _sides(meeting) -> tuple[set[str], set[str]]:  # type: ignore[no-untyped-def]
    people = {role.person.name for role in meeting.roles}
    organisations = {name for o in meeting.participants for name in (o.name, *o.mentions)}
    return people, organisations


def _counterparts(case: Case) -> list[tuple[str | None, str | None]]:
    items = {**PEOPLE, **ORGANISATIONS}
    return [items[key][1:] for key in case.slots["items"].split("; ")]


LIST_CASES = _list_cases()


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in LIST_CASES])
def test_each_listed_counterpart_is_a_call(case: Case) -> None:
    meetings = english.extract(release_of(case)).meetings
    wanted = _counterparts(case)
    assert len(meetings) == len(wanted), [m.kind for m in meetings]
    for meeting, (_, organisation) in zip(meetings, wanted, strict=True):
        people, organisations = _sides(meeting)
        assert ACTOR_NAME in people
        assert meeting.date == WHEN[1]
        if organisation:
            assert organisation in organisations, organisations


# The person of a later item as the principal of its call: the role reader takes a name set
# off by a comma after a post it does not attach ("..., the Minister of X, Mr A") for a
# subject, so a person listed after another item is sometimes left out of its call's chairs.
# (Nineteen cases until a post read back from a name learned to stop at the person named
# before it; these three remain.)
_ROLE_READER_GAPS = frozenset({
    "verb=called on|items=descriptor name; post name; honorific name, post",
    "verb=met with|items=court; post name; post, honorific name",
    "verb=met|items=post name; post, honorific name; descriptor the name",
})
_ROLE_READER = pytest.mark.xfail(
    reason="role reader: a listed person after a post and a comma is read as a subject",
    strict=True)


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c.id, marks=_ROLE_READER if c.id in _ROLE_READER_GAPS else ())
    for c in LIST_CASES])
def test_each_listed_person_is_the_principal_of_its_call(case: Case) -> None:
    meetings = english.extract(release_of(case)).meetings
    wanted = _counterparts(case)
    assert len(meetings) == len(wanted)
    for meeting, (person, _) in zip(meetings, wanted, strict=True):
        if person:
            assert person in _sides(meeting)[0]


# "Mr A, Minister of X, and Ms B, Governor of Y": two calls, the posts are appositions.
def test_name_post_runs_are_two_calls() -> None:
    text = (f"{ACTOR} met Mr Karl Berg, Minister of Finance of Ruritania, and Ms Anna Holt, "
            f"Governor of the Central Bank of Ruritania, in Berlin {WHEN[0]}.")
    case = Case("Secretary visits Berlin", (text,), DATELINE,
                Expected("held", WHEN[1], None, None, "Berlin", None), {})
    meetings = english.extract(release_of(case)).meetings
    assert [sorted(_sides(m)[0] - {ACTOR_NAME}) for m in meetings] == [["Karl Berg"],
                                                                       ["Anna Holt"]]


# Calls told by a gerund or participle.
GERUNDS = {
    "by calling on": "{actor} started his programme in Berlin {when} by calling on {obj}.",
    "opportunity of meeting": "{actor} was in Berlin {when}. During the stay, Mr Ho had the "
                              "opportunity of meeting with {obj}.",
    "opportunity to meet": "{actor} was in Berlin {when}. Mr Ho took the opportunity to meet "
                           "{obj}.",
    "trailing participle": "{actor} continued his visit to Berlin {when}, meeting {obj}.",
    "trailing participle, calling": "{actor} continued his visit to Berlin {when}, calling "
                                    "on {obj}.",
}
# "by meeting with" a body and no one named is left to the report of the people met after
# it (a rule of the reader), so it is sampled with people only.
GERUNDS["by meeting with"] = "{actor} began the visit to Berlin {when} by meeting with {obj}."
GERUND_OBJECTS = {
    "post, honorific name": ("the Minister of Finance of Ruritania, Mr Otto Brandt",
                             "Otto Brandt", None),
    "post name": ("Ruritanian Minister of Finance Otto Brandt", "Otto Brandt", None),
    "ministry": ("the Ministry of Trade of Ruritania", None, "Ministry of Trade of Ruritania"),
}


@pytest.mark.parametrize(("form", "obj"), [
    *itertools.product(sorted(set(GERUNDS) - {"by meeting with"}), sorted(GERUND_OBJECTS)),
    *(("by meeting with", obj) for obj in sorted(GERUND_OBJECTS) if obj != "ministry")])
def test_a_call_told_by_a_gerund_is_a_call(form: str, obj: str) -> None:
    text, person, organisation = GERUND_OBJECTS[obj]
    paragraph = GERUNDS[form].format(actor=ACTOR, when=WHEN[0], obj=text)
    case = Case("Secretary visits Berlin", tuple(paragraph.split("\n")), DATELINE,
                Expected("held", WHEN[1], None, None, "Berlin", None), {})
    meetings = english.extract(release_of(case)).meetings
    assert len(meetings) == 1, paragraph
    people, organisations = _sides(meetings[0])
    assert meetings[0].location == "Berlin"
    if person:
        assert {ACTOR_NAME, person} <= people, people
    if organisation:
        assert organisation in organisations, organisations


# The same words that report no call: an appeal, a purpose, an occasion used as a time.
NO_CALLS = (
    "{actor} said today that the Government would continue by calling on members of the "
    "public to save water.",
    "{actor} said the scheme had succeeded in meeting the needs of the elderly.",
    "{actor} said he was glad to have the opportunity of meeting the press today.",
    "{actor} spoke at the opening of the fair today, meeting the target set last year.",
    "{actor} said today that he had called on the public to take part, the media, the "
    "schools and the districts.",
)


@pytest.mark.parametrize("text", NO_CALLS)
def test_the_same_words_without_a_call_give_none(text: str) -> None:
    case = Case("Remarks", (text.format(actor=ACTOR),), DATELINE,
                Expected("held", None, None, None, None, None), {})
    assert english.extract(release_of(case)).meetings == ()


# A province's leadership met together: the Secretary of its party committee and the head of
# its government, each post naming the province, are one meeting with both as principals;
# leaders of two places (a province and a city in it) are a call each.
LEADERSHIPS = {
    "post before name": "the Secretary of the CPC Lingnan Provincial Committee Zhou Ming and "
                        "the Governor of Lingnan Province Wu Hua",
    "place before post": "CPC Lingnan Provincial Committee Secretary Zhou Ming and Lingnan "
                         "Governor Wu Hua",
    "honorifics in commas": "the Secretary of the CPC Lingnan Provincial Committee, Mr Zhou "
                            "Ming, and the Governor of Lingnan Province, Mr Wu Hua,",
}


@pytest.mark.parametrize("shape", sorted(LEADERSHIPS))
def test_one_provinces_leadership_met_together_is_one_meeting(shape: str) -> None:
    paragraph = f"{ACTOR} met {LEADERSHIPS[shape]} in Lingzhou {WHEN[0]}."
    case = Case("Secretary visits Lingzhou", (paragraph,), DATELINE,
                Expected("held", WHEN[1], None, None, "Lingzhou", None), {})
    meetings = english.extract(release_of(case)).meetings
    assert len(meetings) == 1, paragraph
    people, _ = _sides(meetings[0])
    assert {ACTOR_NAME, "Zhou Ming", "Wu Hua"} <= people, people


def test_leaders_of_two_places_are_a_call_each() -> None:
    paragraph = (f"{ACTOR} met the Secretary of the CPC Lingnan Provincial Committee, Mr Zhou "
                 f"Ming, and the Mayor of Lingzhou, Mr Li Jun, in Lingzhou {WHEN[0]}.")
    case = Case("Secretary visits Lingzhou", (paragraph,), DATELINE,
                Expected("held", WHEN[1], None, None, "Lingzhou", None), {})
    assert len(english.extract(release_of(case)).meetings) == 2


# A second verb of meeting joined by "and" to a clause that met someone is a call of its
# own; what it meets may be of what the first met ("called on the Ministry of X and met the
# Minister of X", "... and met with its President"): then one call.
SECOND_VERBS = {
    "met, and called on": ("met Zenda Bank Chief Executive Karl Berg and called on the "
                           "Ambassador of Ruritania Ms Anna Holt", 2),
    "a meeting noun, and met": ("had a breakfast meeting with business leaders of the city and "
                                "also met with the Chairman of the Zenda Chamber of Commerce, "
                                "Mr Otto Brandt", 2),
    "called on a ministry, and met its minister": ("called on the Ministry of Justice of "
                                                   "Ruritania and met with the Minister of "
                                                   "Justice, Mr Otto Brandt", 1),
    "called on a court, and met its president": ("called on the Supreme Court of Ruritania and "
                                                 "met with its President, Mr Otto Brandt", 1),
    "visited, and met": ("visited the Zenda Green Building Council and met its Chief Operating "
                         "Officer Mr Otto Brandt", 1),
}


@pytest.mark.parametrize("shape", sorted(SECOND_VERBS))
def test_a_second_verb_of_meeting_is_a_second_call(shape: str) -> None:
    words, calls = SECOND_VERBS[shape]
    text = f"{ACTOR} {words} in Berlin {WHEN[0]}."
    case = Case("Secretary visits Berlin", (text,), DATELINE,
                Expected("held", WHEN[1], None, None, "Berlin", None), {})
    meetings = english.extract(release_of(case)).meetings
    assert len(meetings) == calls, text
    assert all(ACTOR_NAME in _sides(m)[0] for m in meetings)


# "met the Bank's President A and its Vice President B": B is of A's side, one call; people
# of two organisations are a call each.
@pytest.mark.parametrize(("listed", "calls"), [
    ("Zenda Bank President Karl Berg and its Vice President Anna Holt", 1),
    ("Zenda Bank President Karl Berg and Lunaria Trust Chairman Anna Holt", 2),
])
def test_a_person_of_the_same_side_is_no_call_of_its_own(listed: str, calls: int) -> None:
    text = f"{ACTOR} met {listed} in Berlin {WHEN[0]}."
    case = Case("Secretary visits Berlin", (text,), DATELINE,
                Expected("held", WHEN[1], None, None, "Berlin", None), {})
    assert len(english.extract(release_of(case)).meetings) == calls
