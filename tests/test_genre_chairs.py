"""Chairs with their posts in the English meeting release: who met whom, each side named
with the post as printed.

A counterpart's post may hold a portfolio of several fields listed with commas ("Minister
of Land, Water, Transport & Tourism"), or a body whose name lists places or fields; the
post is written before the name with or without an honorific. Every such counterpart, after
every actor of the grammar and every verb of a call, must come out as a principal of the
meeting with its name and its whole post. The actors, verbs, dateline and release builder
are the grammar's (``tests/genre_grammar.py``); all names are invented.
"""

from __future__ import annotations

import itertools
import random

import pytest

from pressgraph.extract import english
from tests.genre_grammar import ACTORS, DATELINE, PERSON_VERBS, Case, Expected, release_of

# (text as the object of the verb, name, post as printed)
LISTED_PORTFOLIOS = {
    "three fields, bare": ("Canada's Minister of Land, Water, Transport & Tourism Karl Berg",
                           "Karl Berg", "Minister of Land, Water, Transport & Tourism"),
    "four fields, bare": (
        "Ruritanian Vice President for Jobs, Growth, Investment & Competitiveness Anna Holt",
        "Anna Holt", "Ruritanian Vice President for Jobs, Growth, Investment & Competitiveness"),
    "three fields with and, bare": (
        "Ruritanian Minister of Energy, Mines and Industry Karl Berg", "Karl Berg",
        "Ruritanian Minister of Energy, Mines and Industry"),
    "three fields, honorific": (
        "the Minister of Land, Water, Transport and Tourism of Ruritania, Mr Karl Berg,",
        "Karl Berg", "Minister of Land, Water, Transport and Tourism of Ruritania"),
    "body listing places, honorific": (
        "the Chairman of the Subcommittee on East Asia, the Pacific and Ocean Policy, "
        "Mr Karl Berg,", "Karl Berg",
        "Chairman of the Subcommittee on East Asia, the Pacific and Ocean Policy"),
}

COUNTERPART_VERBS = ("met", "met with", "called on", "held talks with",
                     "paid a courtesy call on")
COUNTERPART_ACTORS = ("post, honorific name", "post name", "chief executive, honorific name",
                      "post without for, honorific name")


def counterpart_case(actor_key: str, verb_key: str, counterpart_key: str,
                     counterparts: dict[str, tuple[str, str, str]]) -> tuple[Case, str, str]:
    """A lead in which the actor meets the counterpart ``counterparts[counterpart_key]``
    (its text, name and post), and the name and post it must come out with."""
    actor = ACTORS[actor_key]
    verb = PERSON_VERBS[verb_key]
    text, name, post = counterparts[counterpart_key]
    lead = f"{actor.text} {verb.text.format(object=text)} in Beijing today (May 10)."
    lead = " ".join(lead.replace(",.", ".").split())
    paragraphs = (lead, "The two sides exchanged views on co-operation.")
    expected = Expected("held", None, None, None, "Beijing", None, date_checked=False)
    case = Case("Officials hold talks", paragraphs, DATELINE, expected,
                {"actor": actor_key, "verb": verb_key, "counterpart": counterpart_key})
    return case, name, post


_rng = random.Random(6)
CASES = sorted(_rng.sample(sorted(itertools.product(COUNTERPART_ACTORS, COUNTERPART_VERBS,
                                                         LISTED_PORTFOLIOS)), 30))


def assert_counterpart_read_whole(actor_key: str, verb_key: str, counterpart_key: str,
                                  counterparts: dict[str, tuple[str, str, str]]) -> None:
    """The one meeting of the generated lead has the counterpart as a principal with its
    name and whole post, and the actor beside it."""
    case, name, post = counterpart_case(actor_key, verb_key, counterpart_key, counterparts)
    meetings = english.extract(release_of(case)).meetings
    assert len(meetings) == 1
    principals = {role.person.name: tuple(p.title for p in role.person.posts)
                  for role in meetings[0].roles if role.role != "attendee"}
    assert principals.get(name) == (post,), principals
    assert ACTORS[actor_key].name in principals, principals


@pytest.mark.parametrize(("actor_key", "verb_key", "counterpart_key"), CASES)
def test_counterpart_with_listed_portfolio_keeps_name_and_whole_post(
        actor_key: str, verb_key: str, counterpart_key: str) -> None:
    assert_counterpart_read_whole(actor_key, verb_key, counterpart_key, LISTED_PORTFOLIOS)


# A sentence after the lead that opens with another person named in news style, then a comma
# and the actor named again by honorific and surname: the words before the comma are that
# other person's post and name, never the actor's post. "{other}" is the person in news
# style, "{he}" the actor named again.
OPENERS = {
    "at the meeting with": "At the meeting with {other}, {he} said that trade had grown.",
    "during a meeting with": "During a meeting with {other}, {he} briefed him on the economy.",
    "meeting (participle)": "Meeting {other}, {he} thanked the ministry for its support.",
    "accompanied by": "Accompanied by {other}, {he} then met the staff of the office.",
}
OTHERS = {
    "minister, western name": "Minister of State for Trade Karl Berg",
    "vice minister, chinese name": "Executive Vice Minister of Foreign Affairs Zhang Wei",
    "permanent secretary": "Permanent Secretary for the Civil Service Lee Ka-ming",
    "initials": "Secretary for the Environment K W Tam",
}


@pytest.mark.parametrize(("actor_key", "opener", "other"),
                         sorted(itertools.product(COUNTERPART_ACTORS[:2], OPENERS, OTHERS)))
def test_actor_named_again_after_another_person_keeps_own_post(
        actor_key: str, opener: str, other: str) -> None:
    actor = ACTORS[actor_key]
    lead = f"{actor.text} met the Mayor of Rivertown, Ms Anna Holt, in Beijing today (May 10)."
    lead = " ".join(lead.replace(",,", ",").split())
    second = OPENERS[opener].format(other=OTHERS[other], he=actor.surname)
    case = Case("Officials hold talks", (lead, second), DATELINE,
                Expected("held", None, None, None, "Beijing", None, date_checked=False),
                {"actor": actor_key, "opener": opener, "other": other})
    meetings = english.extract(release_of(case)).meetings
    posts = {role.person.name: tuple(p.title for p in role.person.posts)
             for meeting in meetings for role in meeting.roles}
    assert actor.name in posts, posts
    assert all(not title.endswith(OTHERS[other].split()[-1]) for title in posts[actor.name]), posts


# A Mainland place's Party Secretary and its Governor or Mayor met in one list: the place's
# leadership met together, one call with both; people of two places, or two institutions
# of one place, one call each.
LEADERSHIPS = (
    "Secretary of the CPC Lingnan Provincial Committee Zhang Wei and Governor of Guangdong "
    "Province Li Ming",
    "CPC Fujian Provincial Committee Secretary Zhang Wei and Fujian Province Governor Li Ming",
    "Secretary of the CPC Shenzhen Municipal Committee Zhang Wei and Shenzhen Mayor Li Ming",
)
APART = (
    "Hunan Vice Governor Zhang Wei and Changsha Mayor Li Ming",
    "Fujian Vice Governor Zhang Wei and Fujian Province Governor Li Ming",
    "CPC Fujian Provincial Committee Secretary Zhang Wei and Hunan Province Governor Li Ming",
)


def _calls(met: str) -> list[set[str | None]]:
    case = Case("CS visits province", (
        f"The Chief Secretary for Administration, Mr Ho Wai-man, met {met} this afternoon "
        "(May 10).",), DATELINE, Expected("held", None, None, None, None, None), {})
    return [{r.person.name for r in m.roles if r.role == "principal"}
            for m in english.extract(release_of(case)).meetings]


@pytest.mark.parametrize("met", LEADERSHIPS[1:])
def test_a_places_party_secretary_and_governor_met_together_are_one_call(met: str) -> None:
    assert _calls(met) == [{"Ho Wai-man", "Zhang Wei", "Li Ming"}], met


@pytest.mark.parametrize("met", (*APART, LEADERSHIPS[0]))
def test_people_of_two_places_or_of_one_government_are_met_one_by_one(met: str) -> None:
    assert _calls(met) == [{"Ho Wai-man", "Zhang Wei"}, {"Ho Wai-man", "Li Ming"}], met
