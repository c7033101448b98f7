"""Meetings reported in an English release: which clauses report one, and what each says.

A clause reports a meeting when it has one of these shapes (past tense, no future cue):

* a meeting noun phrase of a standing body or series with a verb of holding:
  "co-chaired the 7th meeting of the <Body>", "The third meeting of the <Body> was held",
  "<Body> convened its 19th meeting", "attended the 2nd <Series> Consultations",
  "At its meeting this afternoon, the <Body> considered ...";
* an ad hoc meeting with people: "met the Mayor of X, Mr Y", "called on ...",
  "held a bilateral meeting with ...", "At a separate meeting with ...",
  "Mr X's first meeting was with ...", "Her next stop was the Ministry of ..., where",
  "a signing ceremony ... at which ... signed". One meeting per person named in the
  object ("He then met A, Mr X, and B, Ms Y" reports two).

Clauses that only sum up ("held a series of meetings", "met a number of leaders",
"met officials of six ministries"), future ones ("will meet", "to be held", "expected to
meet"), references ("since the first meeting on ...", "the 19th Plenary last September")
and the same meeting named again report nothing new, but a summary still sets the date and
place that the meetings after it inherit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from pressgraph.extract import dates as date_rules
from pressgraph.extract import wordlists
from pressgraph.extract.lexicon import lexicon, words
from pressgraph.extract.names import ShortForm, clean_name, name_at, without_trailing_bracket
from pressgraph.extract.sentences import Sentence
from pressgraph.model import MeetingStatus, ParsedRelease, Span
from pressgraph.registry import find_place, places


def _alternation(items: tuple[str, ...]) -> str:
    return "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in items)


@cache
def _ordinal_words() -> dict[str, int]:
    return {word.lower(): number for word, number in lexicon()["ordinals"].items()}


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    ordinal = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{_alternation(tuple(sorted(_ordinal_words(), key=len, reverse=True)))})"
    sessions = _alternation(words("meetings", "session_heads"))
    return {
        # "the 22nd Working Meeting of the", "its 19th meeting", "a meeting of the"
        "meeting_np": re.compile(
            rf"\b(?P<det>the|its|a|an|their)\s+(?:(?P<ord>{ordinal})\s+)?"
            rf"(?P<head>{sessions})\b(?!s)(?:\s+(?P<prep>of|on)\s+(?P<its>its\s+)?)?",
            re.IGNORECASE),
        # "the 11th Hong Kong Macao ..." (a capitalised name that may be a series)
        "series_np": re.compile(rf"\b(?P<det>the|a|an)\s+(?:(?P<ord>{ordinal})\s+)?(?=[A-Z])",
                                re.IGNORECASE),
        "held": re.compile(rf"\b(?:{_alternation(words('meetings', 'held_verbs'))})\b",
                           re.IGNORECASE),
        "planned": re.compile(rf"\b(?:{_alternation(words('meetings', 'planned_verbs'))})\b",
                              re.IGNORECASE),
        "future": re.compile(rf"\b(?:{_alternation(words('meetings', 'future_cues'))})\b",
                             re.IGNORECASE),
        "ref_before": re.compile(
            rf"\b(?:{_alternation(words('meetings', 'reference_before'))})\s*$", re.IGNORECASE),
        "occasion": re.compile(
            rf"\b(?:{_alternation(words('meetings', 'occasion_parts'))})\s+of\s*$", re.IGNORECASE),
        "ref_after": re.compile(
            rf"^\s*(?:{_alternation(words('meetings', 'reference_after'))})\b", re.IGNORECASE),
        "quantifier": re.compile(
            rf"^(?:{_alternation(words('meetings', 'quantifiers'))})\s+\S", re.IGNORECASE),
        "people": re.compile(
            rf"^(?:(?:the|a|an|its|his|her|their)\s+)?(?:[a-z-]+\s+)?"
            rf"(?:{_alternation(words('meetings', 'people_nouns'))})\b"),
        "ordinal": re.compile(rf"^{ordinal}$", re.IGNORECASE),
        "video": re.compile(rf"(?:{_alternation(words('modes', 'video'))})", re.IGNORECASE),
    }


_CLAUSE_SPLIT = re.compile(r",?\s+and\s+then\s+|;\s+(?=[a-z])|,\s+before\s+(?=[a-z]+ing\b)")
_MET = re.compile(r"\b(?:met|went\s+on\s+to\s+meet|proceeded\s+to\s+meet|then\s+went\s+to\s+meet"
                  r"|held\s+(?:talks|discussions|a\s+discussion|a\s+meeting)|had\s+talks)"
                  r"(?:\s+with)?\b")
_CALLED_ON = re.compile(r"\b(?:called\s+on|paid\s+(?:a\s+)?(?:courtesy\s+)?calls?\s+on|"
                        r"received\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+from)\s+")
_BODY_MET = re.compile(r"\bmet\s+(?=(?:in|on|at|today|yesterday|this|earlier|again|for)\b)")
_HELD_WITH = re.compile(
    r"\b(?:held|had|attended|co-chaired|chaired|hosted)\s+(?:a|an)\s+"
    r"(?P<kind>bilateral|working|separate|courtesy|brief|closed-door|closed|joint)?\s*meeting\b(?!s)",
    re.IGNORECASE)
# The same shapes in an announcement ("will meet ...", "will call on ...").
_MEET = re.compile(r"\b(?:meet|hold\s+(?:talks|discussions|a\s+discussion|a\s+meeting)|have\s+talks)"
                   r"(?:\s+with)?\b")
_CALL_ON = re.compile(r"\b(?:call\s+on|pay\s+(?:a\s+)?(?:courtesy\s+)?calls?\s+on)\s+")
_HOLD_WITH = re.compile(
    r"\b(?:hold|have|attend|co-chair|chair|host)\s+(?:a|an)\s+"
    r"(?P<kind>bilateral|working|separate|courtesy|brief|closed-door|closed|joint)?\s*meeting\b(?!s)",
    re.IGNORECASE)
_SEPARATE = re.compile(r"\b(?:At|In|During)\s+a\s+(?:separate|further|bilateral|another)\s+meeting\b")
_MEETING_WAS_WITH = re.compile(r"\bmeeting\s+was\s+with\b")
_STOP_WAS = re.compile(r"\b(?:next|first|last|final|second|third)\s+stop\s+was\b")
_SIGNING = re.compile(r"\b(?:a|the)\s+signing\s+ceremony\b", re.IGNORECASE)
_SIGNING_PAST = re.compile(r"\b(?:began\s+with|attended|witnessed|was\s+held|took\s+place|"
                           r"officiated|at\s+which|signed)\b")
_ITS_MEETING_AT = re.compile(r"\b(?:At|In|During)\s+its\s+meeting\b")
_OBJECT_END = re.compile(
    r",?\s+(?:to\s+[a-z]+|where|with\s+whom|who|whom|whose|at\s+which|in\s+which|and\s+the\s+two\b"
    r"|and\s+(?:then\s+)?[a-z-]+ed\b|and\s+(?:he|she|they|it)\b|during\s+which|after\s+which)")
_SUBJECT_NOT_BODY = re.compile(
    r"^(?:he|she|they|it|we|i|both|members|the\s+two|two|officials|representatives|"
    r"(?:mr|mrs|ms|miss|dr|professor|prof)\b)", re.IGNORECASE)
_TERM = re.compile(r"^(?:its|the)\s+(?P<term>(?:\w+)\s+term)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Mentions:
    """What the layers below found in the release, as the meeting rules read it: the short
    forms it defines ("(the Meeting)") and the names of people (spans over ``text``)."""

    text: str
    forms: tuple[ShortForm, ...]
    persons: tuple[Span, ...]


@dataclass(frozen=True)
class Clause:
    text: str
    start: int  # absolute offset in the release text
    sentence_index: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Found:
    """A meeting found in a clause, before the release-level context is applied."""

    clause: Clause
    kind: str
    body: str | None = None
    body_span: Span | None = None
    session: str | None = None
    ordinal: int | None = None
    anchor: int = 0  # offset of the trigger in the release text
    counterpart: str | None = None  # "Mr Xu" for ad hoc meetings
    region_start: int | None = None  # where its text starts, when not at the clause
    status: str = "held"  # "planned" when the clause announces it


@dataclass
class Context:
    """Date and place carried from sentence to sentence."""

    date: date | None = None
    date_text: str | None = None
    place: str | None = None
    meetings: list[Found] = field(default_factory=list)
    planned_date: date | None = None  # the day the announcement being read speaks of
    planned_text: str | None = None


def clauses(sentence: Sentence, index: int) -> list[Clause]:
    """The sentence cut at "and then" and at semicolons that join clauses."""
    found, start = [], 0
    for match in _CLAUSE_SPLIT.finditer(sentence.text):
        found.append(Clause(sentence.text[start:match.start()], sentence.span.start + start, index))
        start = match.end()
    found.append(Clause(sentence.text[start:], sentence.span.start + start, index))
    return [clause for clause in found if clause.text.strip()]


def status_of(tense: str, when: date | None, release_date: date | None) -> MeetingStatus:
    """"planned" for a meeting announced, or dated after the release; else "held"."""
    if tense == "planned" or (when and release_date and when > release_date):
        return "planned"
    return "held"


def parse_ordinal(text: str | None) -> int | None:
    """19 for "19th", 20 for "Twentieth", 1 for "inaugural"."""
    if not text:
        return None
    digits = re.match(r"^(\d{1,3})(?:st|nd|rd|th)$", text.strip(), re.IGNORECASE)
    if digits:
        return int(digits.group(1))
    return _ordinal_words().get(text.strip().lower())


@cache
def _reporting() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(words('meetings', 'reporting_verbs'))})\b")


def is_future(text: str) -> bool:
    """Whether ``text`` speaks of the future, leaving aside what someone is reported to
    have said ("met the Mayor and said that Hong Kong would ...")."""
    return future_cue(text) is not None


def future_cue(text: str) -> int | None:
    """Where ``text`` first speaks of the future (outside reported speech), or None."""
    reported = _reporting().search(text)
    if reported:
        text = text[:reported.start()]
    cue = _patterns()["future"].search(text)
    return cue.start() if cue else None


def _is_reference(clause: Clause, start: int, end: int) -> bool:
    before = clause.text[:start - clause.start]
    after = clause.text[end - clause.start:]
    patterns = _patterns()
    if patterns["occasion"].search(before):
        return False  # "attended the beginning of the first meeting of ..."
    return bool(patterns["ref_before"].search(before) or patterns["ref_after"].search(after))


def _subject_body(clause: Clause, verb_start: int, forms: tuple[ShortForm, ...]) -> str | None:
    """The clause's subject when it names a body ("The Commission on Poverty (CoP)")."""
    subject = clause.text[:verb_start - clause.start].strip().rstrip(",")
    subject = re.sub(r"^(?:[A-Z][a-z]+ly|Today|Yesterday|This\s+\w+|In\s+the\s+\w+),?\s+", "",
                     subject)
    return _as_body(subject, forms)


def _as_body(subject: str, forms: tuple[ShortForm, ...]) -> str | None:
    if not subject or _SUBJECT_NOT_BODY.match(subject):
        return None
    if "," in subject:  # a name with an enumeration inside is one name; else an aside
        bare = re.sub(r"^(?:the|The)\s+", "", subject)
        whole = name_at(bare, 0)
        if whole is None or whole.end < len(bare.rstrip()):
            return None
    bare = re.sub(r"^(?:the|The)\s+", "", subject)
    if not bare[:1].isupper():
        return None
    for form in forms:
        if bare == form.short or bare == re.sub(r"^the\s+", "", form.short):
            return form.full if _has_body_head(form.full) else None
    name = clean_name(bare)
    return name if _has_body_head(name) else None


def _has_body_head(name: str) -> bool:
    lower = name.lower()
    return any(re.search(rf"\b{re.escape(head)}\b", lower) for head in words("meetings", "body_heads"))


def _body_after(text: str, position: int, forms: tuple[ShortForm, ...]) -> tuple[str, int, int] | None:
    rest = text[position:]
    article = re.match(r"(?:the\s+)", rest)
    offset = position + (article.end() if article else 0)
    name = name_at(text, offset)
    if name is None:
        return None
    body = name.clean
    for form in forms:
        if body == form.short:
            return form.full, name.start, name.end
    return body, name.start, name.end


def _topic_after(text: str, position: int) -> str | None:
    """The topic of "the second meeting on <topic>", up to the verb or place."""
    rest = text[position:]
    stop = re.search(r"\s+(?:took\s+place|was|were|is|has|had|in\s+[A-Z]|today|yesterday|this\s+"
                     r"|on\s+[A-Z]|at\s+the)\b|[,.;(]", rest)
    topic = rest[: stop.start() if stop else len(rest)].strip()
    return topic or None


def _series_name(text: str, position: int) -> tuple[str, str | None, int, int] | None:
    """A capitalised meeting-series name at ``position``, with a year after it as session."""
    name = name_at(text, position)
    if name is None:
        return None
    full = without_trailing_bracket(name.text)
    # "<Series> Meeting in Lima": a place the gazetteer lacks may have been taken in.
    cuts = [full] + [full[:m.start()] for m in reversed(list(re.finditer(r"\s(?:in|at|to)\s", full)))]
    for clean in cuts:
        year = re.search(r"\s((?:19|20)\d{2})$", clean)
        if year:
            clean = clean[: year.start()]
        if len(clean.split()) < 2 or _names_a_post(clean):
            continue
        if any(clean.lower().endswith(head) for head in words("meetings", "series_heads")):
            end = name.start + name.text.find(clean.split()[-1]) + len(clean.split()[-1])
            return clean, year.group(1) if year else None, name.start, max(end, name.start)
    return None


def _names_a_post(name: str) -> bool:
    """"Speaker of the National Assembly": a post of a body, not a meeting series."""
    first = name.split()[0]
    return wordlists.is_head(first, wordlists.post_heads()) or first in wordlists.post_modifiers()


def find_in_clause(clause: Clause, release: ParsedRelease, mentions: Mentions,
                   existing: list[Found]) -> tuple[list[Found], bool]:
    """The meetings ``clause`` reports, and whether it is a summary of meetings."""
    body_text = clause.text
    cue = future_cue(body_text)
    tense = "held" if cue is None else "planned"
    found, summary = _find_in_clause(clause, release, mentions, existing, tense)
    if cue is None:
        return found, summary
    # An announcement: the meetings it names after its future cue are planned ones; a
    # clause that reports a meeting and then looks ahead ("met X, who will ...") is left out.
    if any(item.anchor < clause.start + cue for item in found):
        return [], False
    for item in found:
        item.status = "planned"
    return found, False


def _find_in_clause(clause: Clause, release: ParsedRelease, mentions: Mentions,
                    existing: list[Found], tense: str) -> tuple[list[Found], bool]:
    text = release.text
    forms = mentions.forms
    patterns = _patterns()
    body_text = clause.text
    held = patterns[tense].search(body_text)
    found: list[Found] = []

    for match in patterns["meeting_np"].finditer(body_text):
        start, end = clause.start + match.start(), clause.start + match.end()
        head = " ".join(match.group("head").split())
        ordinal = parse_ordinal(match.group("ord"))
        if _is_reference(clause, start, end):
            continue
        det = match.group("det").lower()
        session = head if head[:1].isupper() and head.lower() != "meeting" else None
        if match.group("prep") and match.group("its") is None:
            if not held:
                continue
            if match.group("prep").lower() == "of":
                body = _body_after(text, end, forms)
                if body is None:
                    continue
                name, body_start, body_end = body
                if not (_has_body_head(name) or name.isupper()):
                    found.append(Found(clause, "meeting", anchor=start))  # "of Mr X and Mr Y"
                    continue
                found.append(Found(clause, "standing body meeting", name,
                                   Span(body_start, body_end), session, ordinal, start))
            else:
                if ordinal is None:
                    if det in {"a", "an"}:
                        found.append(Found(clause, _adhoc_kind(head), anchor=start))
                    continue
                topic = _topic_after(text, end)
                if topic is None:
                    continue
                found.append(Found(clause, "standing body meeting", f"Meeting on {topic}",
                                   Span(start, end + len(topic)), session, ordinal, start))
            continue
        if det == "its" or match.group("its"):
            verb = re.search(r"\b(?:held|convened|co-convened|hosted|opened|had|hold|convene|"
                             r"co-convene|host|open|have)\s+$", body_text[:match.start()])
            term = _TERM.match(text[end - len(match.group("its") or ""):]) if match.group("its") else None
            if term:
                session = term.group("term")
            if verb is not None:
                subject = _subject_body(clause, clause.start + verb.start(), forms)
                found.append(Found(clause, "standing body meeting" if subject else "meeting",
                                   subject, None, session, ordinal, start))
                continue
            at_its = _ITS_MEETING_AT.search(body_text)
            if at_its and not existing:
                after = body_text[match.end():]
                dated = date_rules.find_dates(after[:40])
                main = re.search(r",\s+(?P<subject>(?:the\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*)\s+[a-z]",
                                 after)
                if dated and not dated[0].is_future_reference and main:
                    subject = _as_body(main.group("subject"), forms)
                    found.append(Found(clause, "standing body meeting" if subject else "meeting",
                                       subject, None, session, ordinal, start))
            continue
        if det in {"a", "an"} and held and head.lower() in {"meeting", "working meeting",
                                                           "special meeting"}:
            following = body_text[match.end():]
            if re.match(r"\s*(?:with|on|between|to)\b", following) or held.start() < match.start():
                if not any(f.anchor == start for f in found):
                    found.append(Found(clause, _adhoc_kind(head), anchor=start))

    taken = [(f.anchor, f.body_span.end if f.body_span else f.anchor) for f in found]
    for match in patterns["series_np"].finditer(body_text):
        start = clause.start + match.end()
        if any(a <= clause.start + match.start() <= b for a, b in taken):
            continue
        series = _series_name(text, start)
        if series is None or not held:
            continue
        name, session, body_start, body_end = series
        if _is_reference(clause, clause.start + match.start(), body_end):
            continue
        if any(f.body and f.body.lower() == name.lower() for f in found):
            continue  # the subject of "<Series> held its 4th meeting"
        found.append(Found(clause, "standing body meeting", name, Span(body_start, body_end),
                           session, parse_ordinal(match.group("ord")), clause.start + match.start()))

    body_met = _BODY_MET.search(body_text)
    if not found and body_met:
        subject = _subject_body(clause, clause.start + body_met.start(), forms)
        if subject:
            found.append(Found(clause, "standing body meeting", subject, None, None, None,
                               clause.start + body_met.start()))
    if _coarse_past(body_text):
        return [], False
    if found:
        return _dedupe(found, existing), False
    return _adhoc(clause, patterns, tense, mentions), _is_summary(clause, patterns)


_COARSE_PAST = re.compile(
    r"\b(?:in\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+)?(?:19|20)\d{2}|last\s+(?:year|month|week|term)|"
    r"earlier\s+this\s+(?:year|month)|(?:years?|months?|weeks?)\s+ago|previously|in\s+the\s+past)\b",
    re.IGNORECASE)


def _coarse_past(text: str) -> bool:
    """A clause dated only by a month or year in the past ("held its first meeting in May
    2023") refers to an earlier meeting; a report of a meeting gives the day."""
    return bool(_COARSE_PAST.search(text)) and not date_rules.find_dates(text)


def _adhoc_kind(head: str) -> str:
    lower = head.lower()
    if "working" in lower:
        return "working meeting"
    return "bilateral meeting"


def _dedupe(found: list[Found], existing: list[Found]) -> list[Found]:
    kept: list[Found] = []
    for item in found:
        same = [other for other in existing + kept
                if other.body and item.body and other.body.lower() == item.body.lower()
                and other.ordinal == item.ordinal and other.session == item.session]
        if same:
            continue
        kept.append(item)
    return kept


def _object_persons(text: str, offset: int, persons: tuple[Span, ...]) -> list[Span]:
    """The people the object of "met" names ("A, Mr X, and B, Ms Y" names two), given the
    names of people found in the release; ``offset`` is where ``text`` starts."""
    end = _OBJECT_END.search(text)
    piece = text[: end.start() if end else len(text)]
    piece = re.split(r"[.;]", piece, maxsplit=1)[0]
    return [span for span in persons if offset <= span.start < offset + len(piece)]


def _met_object(body_text: str, match: re.Match[str]) -> str:
    rest = body_text[match.end():]
    aside = re.match(r"\s*,[^,]{1,40},\s*", rest)  # "met, in separate meetings, A and B"
    return rest[aside.end():] if aside else rest.lstrip()


def _adhoc(clause: Clause, patterns: dict[str, re.Pattern[str]], tense: str,
           mentions: Mentions) -> list[Found]:
    body_text = clause.text
    base = clause.start
    separate = _SEPARATE.search(body_text)
    if separate:
        return [Found(clause, "bilateral meeting", anchor=base + separate.start())]
    planned = tense == "planned"
    with_meeting = (_HOLD_WITH if planned else _HELD_WITH).search(body_text)
    if with_meeting:
        kind = (with_meeting.group("kind") or "").lower()
        kind_name = {"working": "working meeting", "courtesy": "courtesy call"}.get(kind,
                                                                              "bilateral meeting")
        subject = _subject_body(clause, base + with_meeting.start(), mentions.forms)
        if subject:  # "The Panel on Housing will hold a closed meeting"
            return [Found(clause, "standing body meeting", subject, anchor=base + with_meeting.start())]
        return [Found(clause, kind_name, anchor=base + with_meeting.start())]
    for pattern, kind in ((_MEETING_WAS_WITH, "bilateral meeting"), (_STOP_WAS, "bilateral meeting")):
        match = pattern.search(body_text)
        if match:
            return [Found(clause, kind, anchor=base + match.start())]
    signing = _SIGNING.search(body_text)
    if signing and _SIGNING_PAST.search(body_text):
        return [Found(clause, "signing ceremony", anchor=base + signing.start())]
    calls = ((_CALL_ON, "courtesy call"), (_MEET, "bilateral meeting")) if planned else (
        (_CALLED_ON, "courtesy call"), (_MET, "bilateral meeting"))
    for pattern, kind in calls:
        match = pattern.search(body_text)
        if not match:
            continue
        obj = _met_object(body_text, match)
        if patterns["quantifier"].match(obj) or _quantified_people(obj):
            return []
        if _not_counterpart().match(obj):
            continue
        obj_start = base + len(body_text) - len(obj)
        names = _object_persons(obj, obj_start, mentions.persons)
        count = len(names)
        if count == 0 and not (patterns["people"].match(obj) or obj[:1].isupper()
                               or re.match(r"(?:the|a|an|its|his|her|their)\s+[A-Z]", obj)):
            continue
        if planned and count == 0 and _group_of_people(obj):
            continue  # "will meet representatives of ...": no one named, no meeting announced
        return [Found(clause, kind, anchor=base + match.start(),
                      counterpart=mentions.text[names[i].start:names[i].end]
                      if i < len(names) else None,
                      region_start=_person_start(mentions.text, names, i))
                for i in range(max(1, count))]
    return []


@cache
def _not_counterpart() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(words('meetings', 'not_counterparts'))})\b",
                      re.IGNORECASE)


def _person_start(text: str, names: list[Span], index: int) -> int | None:
    """Where the text about the ``index``-th person met begins: after the "and" that
    follows the previous person's name ("A, Mr X, and B, Ms Y": B's text starts at "B")."""
    if index == 0 or index >= len(names):
        return None
    joint = re.compile(r",?\s+and\s+|,\s+").search(text, names[index - 1].end)
    if joint is None or joint.start() > names[index].start:
        return None
    return joint.end()


def _group_of_people(obj: str) -> bool:
    """"representatives of the business community", "leaders of three cities"."""
    people = _patterns()["people"].match(obj)
    return bool(people and people.group(0).endswith("s"))


def _quantified_people(obj: str) -> bool:
    """"officials of six Mainland ministries": a group counted, so a summary."""
    head = re.match(r"(?:[a-z-]+\s+){1,2}of\s+(?P<rest>.*)", obj)
    return bool(head and _patterns()["quantifier"].match(head.group("rest")))


def _is_summary(clause: Clause, patterns: dict[str, re.Pattern[str]]) -> bool:
    text = clause.text
    if re.search(r"\bmeetings\b", text):
        return True
    for match in (_MET.search(text), _CALLED_ON.search(text)):
        if match:
            obj = _met_object(text, match)
            if patterns["quantifier"].match(obj) or _quantified_people(obj):
                return True
    return bool(re.search(r"\b(?:visit|trip|delegation)\s+to\b", text))


# --------------------------------------------------------------------------- places


@cache
def _place_pattern() -> re.Pattern[str]:
    names = sorted({name for place in places() if place.kind in {"city", "territory"}
                    for name in (place.en, *place.alt_en) if name}, key=lambda n: (-len(n), n))
    before = _alternation(words("places", "before"))
    return re.compile(rf"\b(?P<prep>{before})\s+(?:the\s+)?(?P<place>{_alternation(tuple(names))})\b"
                      r"(?!\s+(?:delegation|side|Government|government|time|SAR\s+Government))")


@cache
def _not_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(words('places', 'not_before'))})\s*$", re.IGNORECASE)


_TOPIC = re.compile(r"\b(?:briefed|discussed|exchanged|talked|reviewed|to\s+exchange|to\s+discuss|"
                    r"on\s+how|about|regarding|concerning|covering)\b")


def place_in(text: str) -> str | None:
    """The city or territory where ``text`` says something happened, in the gazetteer's name.

    Only the part before the topic of the talks counts: "briefed them on the latest
    developments in Hong Kong" does not place a meeting in Hong Kong.
    """
    topic = _TOPIC.search(text)
    if topic:
        text = text[:topic.start()]
    for match in _place_pattern().finditer(text):
        if _not_before().search(text[:match.start("place")].rstrip() + " ") or _not_before().search(
                text[:match.start()] + match.group("prep")):
            continue
        place = find_place(match.group("place"))
        if place is not None:
            return place.en
    for phrase in date_rules.find_dates(text):
        if phrase.time_zone:
            place = find_place(phrase.time_zone)
            if place is not None and place.kind in {"city", "territory"}:
                return place.en
    return None


_UNKNOWN_PLACE = re.compile(
    r"\b(?:in|to)\s+(?:the\s+)?(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})"
    r"(?=\s*(?:,|today|yesterday|tomorrow|this|on\s|\(|\.|$))")


def unknown_place_in(text: str) -> str | None:
    """A place-like name after "in"/"to" that the gazetteer has no city for: the meeting is
    then left unplaced rather than placed by default."""
    topic = _TOPIC.search(text)
    if topic:
        text = text[:topic.start()]
    for match in _UNKNOWN_PLACE.finditer(text):
        if _not_before().search(text[:match.start()] + match.group(0).split()[0]):
            continue
        previous = text[:match.start()].split()[-1:]
        if previous and previous[0][:1].isupper() and previous[0][-1:].isalnum():
            continue  # part of a name: "the Chinese Embassy in Hungary"
        place = find_place(match.group("name"))
        if place is None or place.kind not in {"city", "territory"}:
            return match.group("name")
    return None


def title_place(release: ParsedRelease) -> str | None:
    title = release.title_clean
    found = place_in(title)
    if found:
        return found
    for match in re.finditer(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:visit|trip)\b", title):
        place = find_place(match.group(1))
        if place is not None and place.kind in {"city", "territory"}:
            return place.en
    return None


def is_transcript(release: ParsedRelease) -> bool:
    """A speech, remarks or question-and-reply transcript rather than a report."""
    meetings = lexicon()["meetings"]
    title = release.title_clean.lower()
    if any(title.startswith(cue) for cue in meetings["transcript_titles"]):
        return True
    first = next((block.text.lower() for block in release.blocks), "")
    return any(first.startswith(cue) for cue in meetings["transcript_openings"])


def is_video(text: str) -> bool:
    return bool(_patterns()["video"].search(text))
