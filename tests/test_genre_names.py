"""Names and posts of the people met in the English meeting release.

A counterpart's post may name its organisation with a possessive inside the "of" phrase
after the post's head ("Chief of Staff of the Speaker's Office", "Chairman of the Assembly
Trade Committee's Panel on Ports"): the possessive belongs to the organisation's name, so
the whole post stays with the person, as it does when the possessive comes first
("Ruritania's Minister of Trade"); a post may begin with a word that is also an honorific
("Lord Mayor of Rivertown"), which is then the post's; a post's head may be printed in
lower case after its body's name ("Trade Panel member"). Every such counterpart, after
every actor and verb of the grammar, must come out as a principal with its name and its
whole post. The actors, verbs, dateline and release builder are the grammar's
(``tests/genre_grammar.py``); all names are invented.
"""

from __future__ import annotations

import itertools
import random

import pytest

from pressgraph.extract import english
from tests.genre_grammar import ACTORS, DATELINE, PERSON_VERBS, Case, Expected, release_of
from tests.test_genre_chairs import (
    COUNTERPART_ACTORS,
    COUNTERPART_VERBS,
    assert_counterpart_read_whole,
)

# (text as the object of the verb, name, post as printed)
POSSESSIVE_INSIDE_POSTS = {
    "office of a speaker": (
        "the Chief of Staff of the Assembly Speaker's Office, Mr Karl Berg,", "Karl Berg",
        "Chief of Staff of the Assembly Speaker's Office"),
    "office of a head of government": (
        "the Director of the Chief Minister's Office, Ms Anna Holt,", "Anna Holt",
        "Director of the Chief Minister's Office"),
    "office without the": (
        "the Head of Governor's Policy Unit, Dr Karl Berg,", "Karl Berg",
        "Head of Governor's Policy Unit"),
    "panel of a committee": (
        "the Chairman of the Assembly Trade Committee's Panel on Ports, Mr Karl Berg,",
        "Karl Berg", "Chairman of the Assembly Trade Committee's Panel on Ports"),
    "curly apostrophe": (
        "the Adviser of the Mayor’s Office, Ms Anna Holt,", "Anna Holt",
        "Adviser of the Mayor’s Office"),
}

# A post whose first word is also an honorific ("Lord Mayor"): the word is the post's.
HONORIFIC_WORD_POSTS = {
    "lord mayor of a city": ("the Lord Mayor of Rivertown, Ms Anna Holt,", "Anna Holt",
                             "Lord Mayor of Rivertown"),
    "lord president of a council": ("the Lord President of the Council, Mr Karl Berg,",
                                    "Karl Berg", "Lord President of the Council"),
}
# A post whose head word is printed in lower case after its body's name ("the Trade Panel
# member, Mr B"; "Rivertown Council convenor Dr A"): the head ends the post.
LOWER_CASE_HEAD_POSTS = {
    "body member, comma": ("the Trade Panel member, Mr Karl Berg,", "Karl Berg",
                           "Trade Panel member"),
    "council convenor, no comma": ("Rivertown Council convenor Dr Anna Holt", "Anna Holt",
                                   "Rivertown Council convenor"),
    "union president, comma": ("the Rivertown Dockers Union president, Ms Anna Holt,",
                                  "Anna Holt", "Rivertown Dockers Union president"),
}
APPOSED_POSTS = {**POSSESSIVE_INSIDE_POSTS, **HONORIFIC_WORD_POSTS, **LOWER_CASE_HEAD_POSTS}

_rng = random.Random(7)
CASES = sorted(_rng.sample(sorted(itertools.product(COUNTERPART_ACTORS, COUNTERPART_VERBS,
                                                         APPOSED_POSTS)), 50))


@pytest.mark.parametrize(("actor_key", "verb_key", "counterpart_key"), CASES)
def test_counterpart_whose_post_holds_a_possessive_keeps_the_whole_post(
        actor_key: str, verb_key: str, counterpart_key: str) -> None:
    assert_counterpart_read_whole(actor_key, verb_key, counterpart_key, APPOSED_POSTS)


def test_possessive_before_the_post_still_names_its_owner_apart() -> None:
    """"Canada's Minister of Trade": the possessive before the head is no part of the
    post (the country is a place), unlike one inside the post's "of" phrase."""
    actor = ACTORS["post, honorific name"]
    lead = (f"{actor.text} met Canada's Minister of Trade, Mr Karl Berg, in Beijing "
            "today (May 10).")
    case = Case("Officials hold talks", (" ".join(lead.split()),), DATELINE,
                Expected("held", None, None, None, "Beijing", None, date_checked=False), {})
    meetings = english.extract(release_of(case)).meetings
    principals = {role.person.name: tuple(p.title for p in role.person.posts)
                  for role in meetings[0].roles if role.role != "attendee"}
    assert principals.get("Karl Berg") == ("Minister of Trade",), principals


# Where the post ends and the name starts in news style (post, then name, no honorific):
# a given name that is also an English word, and a surname with a particle, stay in the
# name; a participle opening the sentence stays out of the post; a post may begin with a
# word that is also an honorific. "{he}" is the actor named
# again by honorific and surname; the second paragraph names the counterpart by honorific
# and surname, as releases do.
# (text of the counterpart, name, post, surname as named again)
NEWS_STYLE_COUNTERPARTS = {
    "given name that is a word": ("Ruritanian Minister for Foreign Affairs Taro Kanemoto",
                                  "Taro Kanemoto", "Ruritanian Minister for Foreign Affairs",
                                  "Mr Kanemoto"),
    "given name that is a word, two": ("Minister of State for Trade Rush Halvorsen",
                                       "Rush Halvorsen", "Minister of State for Trade",
                                       "Mr Halvorsen"),
    "surname with a particle": ("Rivertown Office Director Tim De Vrieze", "Tim De Vrieze",
                                "Rivertown Office Director", "Mr De Vrieze"),
    "post beginning with an honorific word": ("Rivertown Lord Mayor Anna Holt", "Anna Holt",
                                              "Rivertown Lord Mayor", "Ms Holt"),
    "surname with van": ("Trade Commission Director Anna Van Holt", "Anna Van Holt",
                         "Trade Commission Director", "Ms Van Holt"),
}
_NEWS_ACTORS = ("post name", "post, honorific name", "chief executive, honorific name")
_NEWS_VERBS = ("met", "met with", "called on", "held talks with")


@pytest.mark.parametrize(("actor_key", "verb_key", "counterpart_key"),
                         sorted(itertools.product(_NEWS_ACTORS, _NEWS_VERBS,
                                                  NEWS_STYLE_COUNTERPARTS)))
def test_news_style_counterpart_keeps_whole_name(actor_key: str, verb_key: str,
                                                 counterpart_key: str) -> None:
    actor = ACTORS[actor_key]
    text, name, post, again = NEWS_STYLE_COUNTERPARTS[counterpart_key]
    verb = PERSON_VERBS[verb_key].text.format(object=text)
    lead = f"{actor.text} {verb} in Beijing today (May 10)."
    lead = " ".join(lead.replace(",.", ".").split())
    paragraphs = (lead, f"{again} said the two sides would work together on trade.")
    case = Case("Officials hold talks", paragraphs, DATELINE,
                Expected("held", None, None, None, "Beijing", None, date_checked=False), {})
    meetings = english.extract(release_of(case)).meetings
    assert len(meetings) == 1
    principals = {role.person.name: tuple(p.title for p in role.person.posts)
                  for role in meetings[0].roles if role.role != "attendee"}
    assert principals.get(name) == (post,), principals


OPENING_PARTICIPLES = ("Meeting", "Receiving", "Visiting")


@pytest.mark.parametrize(("participle", "counterpart"), sorted(itertools.product(
    OPENING_PARTICIPLES, ("Executive Vice Minister of Foreign Affairs Zhang Wei",
                          "Minister of State for Trade Karl Berg"))))
def test_opening_participle_stays_out_of_the_post(participle: str, counterpart: str) -> None:
    actor = ACTORS["post, honorific name"]
    lead = f"{actor.text} met the Mayor of Rivertown, Ms Anna Holt, in Beijing today (May 10)."
    later = f"{participle} {counterpart}, {actor.surname} thanked the ministry for its support."
    case = Case("Officials hold talks", (" ".join(lead.split()), later), DATELINE,
                Expected("held", None, None, None, "Beijing", None, date_checked=False), {})
    extraction = english.extract(release_of(case))
    titles = {p.title for person in extraction.people for p in person.posts}
    assert not any(t.startswith(participle) for t in titles), titles
    name = " ".join(counterpart.split()[-2:])
    posts = {person.name: tuple(p.title for p in person.posts) for person in extraction.people}
    assert posts.get(name) == (" ".join(counterpart.split()[:-2]),), posts
