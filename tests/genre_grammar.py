"""A small generative grammar of the English meeting release, and what each sentence it
makes must yield.

A release of the genre reports a meeting in one sentence built from slots: an actor (a
post with an honorific and name in one of the forms releases print), a verb or meeting
noun, an object (a standing body with its modifiers, or a person with a post), a time and
a place, inside a framing (a news lead, a lead followed by a photo caption, a transcript's
opening, a lead under a headline with no dateline). Every combination must give one
meeting, with its status (from the tense and the day), date, body and ordinal where the
sentence gives them, place where one is named, and the actor as chair where the verb says
so. All names below are invented.

This module holds the slots, the sentence and framing builders, the expected facts of a
case, the release a case is printed as, and ``problems``, what extraction gets wrong in
it. The shapes of the generated cases and the fixed-seed sample of them are in
test_genre_generated_releases.py; the test_genre_* files build their own cases from these
slots."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pressgraph.extract import english
from pressgraph.model import Meeting, SourceText
from pressgraph.parse import parse_text

RELEASE_DAY = date(2022, 5, 10)  # a Tuesday
DATELINE = "Ends/Tuesday, May 10, 2022\nIssued at HKT 18:30"


@dataclass(frozen=True)
class Actor:
    text: str  # as the subject of a sentence
    name: str
    surname: str


ACTORS = {
    "post, honorific name": Actor("The Secretary for Commerce and Industry, Mr Ho Wai-man,",
                                  "Ho Wai-man", "Mr Ho"),
    "post name": Actor("Secretary for Commerce and Industry Ho Wai-man", "Ho Wai-man", "Mr Ho"),
    "honorific name": Actor("Mr Ho Wai-man", "Ho Wai-man", "Mr Ho"),
    "chief executive, honorific name": Actor("The Chief Executive, Mr Chan Tai-man,",
                                             "Chan Tai-man", "Mr Chan"),
    "post with commas, honorific name": Actor(
        "The Secretary for Innovation, Science and Industry, Professor Sun Li,", "Sun Li",
        "Professor Sun"),
    "post with commas, name": Actor("Secretary for Innovation, Science and Industry Sun Li",
                                    "Sun Li", "Professor Sun"),
    "acting post, honorific name": Actor(
        "The Acting Secretary for Home Affairs, Mr Tang Chi-keung,", "Tang Chi-keung", "Mr Tang"),
    "possessive post name": Actor("Hong Kong's Chief Executive Chan Tai-man", "Chan Tai-man",
                                  "Mr Chan"),
    "post without for, honorific name": Actor("The Financial Secretary, Mr Wong Kin-wah,",
                                              "Wong Kin-wah", "Mr Wong"),
    "name, post": Actor("Mr Ho Wai-man, Secretary for Commerce and Industry,", "Ho Wai-man",
                        "Mr Ho"),
    "post, honorific name (woman)": Actor(
        "The Secretary for the Environment, Ms Lau Mei-ling,", "Lau Mei-ling", "Ms Lau"),
    # Chair forms of real releases: initials, the government after the post, an acting post
    # before a bare name, two posts of one holder joined by "and".
    "post, honorific initials name": Actor("The Chief Executive, Mr C W Chan,", "C W Chan",
                                           "Mr Chan"),
    "post with its government, honorific name": Actor(
        "The Chief Executive of the Hong Kong Special Administrative Region (HKSAR), "
        "Mr Chan Tai-man,", "Chan Tai-man", "Mr Chan"),
    "acting post name": Actor("Acting Secretary for Home Affairs Tang Chi-keung",
                              "Tang Chi-keung", "Mr Tang"),
    "two posts joined by and, honorific name": Actor(
        "The Secretary for Commerce and Industry and Convenor of the Task Force on Trade, "
        "Mr Ho Wai-man,", "Ho Wai-man", "Mr Ho"),
}


@dataclass(frozen=True)
class Body:
    text: str  # as printed after "of"
    name: str  # the body as it should be read


BODIES = {
    "plain": Body("the Commission on Housing", "Commission on Housing"),
    "second-term": Body("the second-term Commission on Housing", "Commission on Housing"),
    "year": Body("the 2022 Steering Committee on Port Development",
                 "Steering Committee on Port Development"),
    "two places": Body("the Hong Kong/Shenzhen Joint Task Force on Boundary Works",
                       "Hong Kong/Shenzhen Joint Task Force on Boundary Works"),
    "comma in name": Body("the Advisory Committee on Arts, Culture and Heritage",
                          "Advisory Committee on Arts, Culture and Heritage"),
    "ampersand": Body("the Council for Trade & Industry Development",
                      "Council for Trade & Industry Development"),
    "short form": Body("the Task Force on Land Supply (TFLS)", "Task Force on Land Supply"),
    "panel of a council": Body(
        "the Legislative Council Panel on Commerce, Industry and Innovation",
        "Legislative Council Panel on Commerce, Industry and Innovation"),
}

ORDINALS = {"word": ("third", 3), "digits": ("23rd", 23), "none": (None, None),
            "with modifier": ("third regular", 3), "first-ever": ("first-ever", 1),
            "plenary": ("101st plenary", 101)}


@dataclass(frozen=True)
class Counterpart:
    text: str
    name: str | None


COUNTERPARTS = {
    "post, honorific name": Counterpart("the Minister of Finance of Ruritania, Mr Karl Berg,",
                                        "Karl Berg"),
    "post name": Counterpart("the Ruritanian Minister of Finance, Karl Berg,", "Karl Berg"),
    "mayor": Counterpart("the Mayor of Rivertown, Ms Anna Holt,", "Anna Holt"),
    "chairman of a company": Counterpart(
        "the Chairman of the Northwind Shipping Group, Dr Otto Weiss,", "Otto Weiss"),
    "bare post name": Counterpart("Ruritanian Minister of Finance Karl Berg", "Karl Berg"),
    "ambassador": Counterpart("the Ambassador of Ruritania to China, Mr Jan Novak,", "Jan Novak"),
    "post with commas": Counterpart(
        "the Minister of Economy, Trade and Industry of Ruritania, Mr Karl Berg,", "Karl Berg"),
    "mainland post": Counterpart("the Vice Governor of Lingnan Province, Mr Zhang Wei,",
                                 "Zhang Wei"),
    "office of the state council": Counterpart(
        "the Director of the Regional Affairs Office of the State Council, Mr Li Ming,", "Li Ming"),
    "delegation led by": Counterpart(
        "a delegation of the Ruritanian Parliament led by its Speaker, Mr Karl Berg,", "Karl Berg"),
    "officials of an organisation": Counterpart(
        "senior officials of the Ruritanian Ministry of Commerce", None),
    "two posts joined by and": Counterpart(
        "the Deputy Prime Minister and Minister of Finance of Ruritania, Mr Karl Berg,",
        "Karl Berg"),
    "possessive place, post name": Counterpart("Ruritania's Minister of Finance Karl Berg",
                                               "Karl Berg"),
}


@dataclass(frozen=True)
class Verb:
    text: str  # "{object}" stands for the object
    tense: str  # "held" or "planned"
    chairs: bool  # the actor chairs the meeting
    kind: str  # "body" or "person"


BODY_VERBS = {
    "chaired": Verb("chaired {object}", "held", True, "body"),
    "co-chaired": Verb("co-chaired {object}", "held", True, "body"),
    "attended": Verb("attended {object}", "held", False, "body"),
    "convened": Verb("convened {object}", "held", True, "body"),
    "will chair": Verb("will chair {object}", "planned", True, "body"),
    "is to attend": Verb("is to attend {object}", "planned", False, "body"),
    "presided over": Verb("presided over {object}", "held", True, "body"),
    "will convene": Verb("will convene {object}", "planned", True, "body"),
}
# Sentences whose subject is the body or its meeting: "{body}" is the body with its article
# capitalised, "{ordinal} meeting" the numbered meeting ("a meeting" without a number).
BODY_SUBJECTS = {
    "held its": ("{Body} held {its_meeting} {where_when}.", "held", False),
    "was held": ("{The_meeting} of {body} was held {where_when}.", "held", False),
    "chaired by": ("{Body} held {its_meeting} {where_when}, chaired by {actor}.", "held", True),
    "will hold its": ("{Body} will hold {its_meeting} {where_when}.", "planned", False),
    "speaking at": ("Speaking at {the_meeting} of {body} {where_when}, {actor} said that the "
                    "work had gone well.", "held", False),
}
PERSON_VERBS = {
    "met": Verb("met {object}", "held", False, "person"),
    "met with": Verb("met with {object}", "held", False, "person"),
    "called on": Verb("called on {object}", "held", False, "person"),
    "held talks with": Verb("held talks with {object}", "held", False, "person"),
    "will meet": Verb("will meet {object}", "planned", False, "person"),
    "will call on": Verb("will call on {object}", "planned", False, "person"),
    "had a meeting with": Verb("had a meeting with {object}", "held", False, "person"),
    "held a bilateral meeting with": Verb("held a bilateral meeting with {object}", "held", False,
                                          "person"),
    "paid a courtesy call on": Verb("paid a courtesy call on {object}", "held", False, "person"),
    "will hold a meeting with": Verb("will hold a meeting with {object}", "planned", False,
                                     "person"),
    "was received by": Verb("was received by {object}", "held", False, "person"),
}
# Words that may open the sentence before its subject.
LEAD_INS = {"none": "", "in the afternoon": "In the afternoon, ", "later": "Later, ",
            "during the visit": "During the visit, ", "meanwhile": "Meanwhile, "}

TIMES_PAST = {
    "today": ("today (May 10)", date(2022, 5, 10)),
    "this afternoon": ("this afternoon (May 10)", date(2022, 5, 10)),
    "on May 10": ("on May 10", date(2022, 5, 10)),
    "yesterday": ("yesterday (May 9)", date(2022, 5, 9)),
    "this morning": ("this morning (May 10)", date(2022, 5, 10)),
    "on Monday": ("on Monday (May 9)", date(2022, 5, 9)),
}
TIMES_FUTURE = {
    "today": ("today (May 10)", date(2022, 5, 10)),
    "this afternoon": ("this afternoon (May 10)", date(2022, 5, 10)),
    "tomorrow": ("tomorrow (May 11)", date(2022, 5, 11)),
    "on Wednesday": ("on Wednesday (May 11)", date(2022, 5, 11)),
    "on May 11": ("on May 11", date(2022, 5, 11)),
    "on Friday": ("on Friday (May 13)", date(2022, 5, 13)),
}

# (phrase, the place as it should be read): a building alone names no place
PLACES = {"Beijing": ("in Beijing", "Beijing"), "Davos": ("in Davos", "Davos"),
          "Hangzhou": ("in Hangzhou", "Hangzhou"),
          "Government House": ("at Government House", None), "none": ("", None)}

FRAMINGS = ("news lead", "lead and photo caption", "no dateline")


@dataclass(frozen=True)
class Expected:
    status: str
    when: date | None
    body: str | None
    ordinal: int | None
    place: str | None
    chair: str | None
    date_checked: bool = True
    agenda: tuple[str, ...] | None = None  # the agenda items, where the case states them


@dataclass(frozen=True)
class Case:
    title: str
    paragraphs: tuple[str, ...]
    dateline: str | None
    expected: Expected
    slots: dict[str, str] = field(hash=False, compare=False)

    @property
    def id(self) -> str:
        return "|".join(f"{key}={value}" for key, value in self.slots.items())


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _object_of_body(body: Body, ordinal: str | None) -> str:
    if ordinal is None:
        return f"a meeting of {body.text}"
    return f"the {ordinal} meeting of {body.text}"


def _sentence(actor: Actor, verb: Verb, obj: str, time: str, place: str, order: str,
              lead_in: str = "") -> str:
    predicate = verb.text.format(object=obj)
    where_when = f"{place} {time}" if order == "place, time" else f"{time} {place}"
    subject = actor.text
    if lead_in:
        subject = subject[:1].lower() + subject[1:] if subject.startswith("The ") else subject
    return f"{lead_in}{subject} {predicate} {' '.join(where_when.split())}."


def _framed(framing: str, lead: str, actor: Actor) -> tuple[tuple[str, ...], str | None]:
    if framing == "lead and photo caption":
        caption = f"Photo shows {actor.surname} (second left) at the meeting."
        return (lead, "The two sides exchanged views on co-operation.", caption), DATELINE
    if framing == "no dateline":
        return (lead, "The two sides exchanged views on co-operation."), None
    return (lead, "The two sides exchanged views on co-operation."), DATELINE


def release_of(case: Case):  # type: ignore[no-untyped-def]
    body = "\n\n".join("     " + paragraph for paragraph in case.paragraphs)
    text = f"{case.title}\n\n{body}\n\n{case.dateline or ''}\n"
    source = SourceText(source="<grammar>", text=text, media_type="text/plain",
                        encoding="utf-8", content_sha256="0" * 64)
    return parse_text(text, source)


def problems(case: Case) -> list[str]:
    """What the extraction of ``case`` gets wrong, by field; empty when all is right."""
    meetings = english.extract(release_of(case)).meetings
    if len(meetings) != 1:
        return [f"meetings: {len(meetings)}"]
    meeting: Meeting = meetings[0]
    expected = case.expected
    wrong = []
    if meeting.status != expected.status:
        wrong.append(f"status: {meeting.status}")
    if expected.date_checked and meeting.date != expected.when:
        wrong.append(f"date: {meeting.date}")
    if not expected.date_checked and meeting.date not in (None, expected.when):
        wrong.append(f"date: {meeting.date}")
    if meeting.body != expected.body:
        wrong.append(f"body: {meeting.body!r}")
    if meeting.ordinal != expected.ordinal:
        wrong.append(f"ordinal: {meeting.ordinal}")
    if meeting.location != expected.place:
        wrong.append(f"place: {meeting.location!r}")
    if expected.chair is not None:
        chairs = [role.person.name for role in meeting.roles
                  if role.role in ("chair", "co-chair", "convenor")]
        if expected.chair not in chairs:
            wrong.append(f"chair: {chairs}")
    if expected.agenda is not None and tuple(a.text for a in meeting.agenda) != expected.agenda:
        wrong.append(f"agenda: {[a.text for a in meeting.agenda]}")
    return wrong
