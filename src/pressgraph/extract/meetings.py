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
from datetime import date
from functools import cache

from pressgraph.dateforms import MONTHS, WEEKDAYS
from pressgraph.extract import dates as date_rules
from pressgraph.extract import wordlists
from pressgraph.extract.body_names import (
    as_body,
    body_after,
    has_body_head,
    opening_body,
    same_body,
    series_name,
    subject_body,
    topic_after,
)
from pressgraph.extract.lexicon import lexicon, words
from pressgraph.extract.meeting_clauses import (  # noqa: F401  (re-exported to english.py)
    Clause,
    Context,
    Found,
    Mentions,
    clauses,
    member_groups,
    object_persons,
    of_organisation,
    ordinal_words,
    parse_ordinal,
    people_words,
    person_start,
    unnamed_group,
)
from pressgraph.extract.meeting_nouns import body_meetings, meetings_with, met_before
from pressgraph.model import MeetingStatus, ParsedRelease, Span


def _alternation(items: tuple[str, ...]) -> str:
    return "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in items)


# "on Monday", "on May 11": the day of a meeting, not its topic ("a meeting on housing").
_DAY = (rf"(?-i:(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})\b|"
        rf"(?:{'|'.join(month.capitalize() for month in MONTHS)})\.?\s+\d)")
# "Speaking at the third meeting of the <Body>, ...": a meeting someone spoke at was held.
_SPOKEN_AT = re.compile(r"\b(?:[Ss]peaking|spoke|addressing|addressed|remarks|speech)\s+at\s*$")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    ordinal = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{_alternation(tuple(sorted(ordinal_words(), key=len, reverse=True)))})"
    sessions = _alternation(words("meetings", "session_heads"))
    modifiers = _alternation(words("meetings", "meeting_modifiers"))
    return {
        # "the 22nd Working Meeting of the", "its 19th meeting", "a meeting of the"
        # ("the Ministers Plenary Session of": a capitalised word may name the session)
        "meeting_np": re.compile(
            rf"\b(?P<det>the|its|a|an|their)\s+(?:(?P<ord>{ordinal})(?:[\s-]ever)?\s+)?"
            rf"(?:(?:{modifiers})\s+)?(?:(?P<pre>(?-i:[A-Z][\w-]*))\s+)??"
            rf"(?P<head>{sessions})\b(?!s)(?:\s+(?P<prep>of|on(?!\s+{_DAY}))\s+(?P<its>its\s+)?)?",
            re.IGNORECASE),
        # "the 11th Hong Kong Macao ...", "the 2011 Hong Kong/Shenzhen ...", "the two-day
        # APEC ..." (a capitalised name that may be a series)
        "series_np": re.compile(rf"\b(?P<det>the|a|an)\s+(?:[\w]+-day\s+)?"
                                rf"(?:(?P<year>(?:19|20)\d{{2}})\s+)?"
                                rf"(?:(?P<ord>{ordinal})\s+)?(?=[A-Z])", re.IGNORECASE),
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
        "people": people_words(),
        "ordinal": re.compile(rf"^{ordinal}$", re.IGNORECASE),
        "video": re.compile(rf"(?:{_alternation(words('modes', 'video'))})", re.IGNORECASE),
    }


@cache
def _met() -> re.Pattern[str]:
    """A verb of meeting in the past: "met", "held talks with", and the meeting a verb of going
    or accompanying was for ("went on to meet", "joined the Secretary to meet",
    "led a delegation to meet")."""
    going = _alternation(words("meetings", "going_verbs"))
    return re.compile(rf"\b(?:met|(?:{going})\b[^.;]{{0,100}}?\bto\s+meet"
                      r"|held\s+(?:talks|discussions|a\s+discussion|a\s+meeting)|had\s+talks)"
                      r"(?:\s+with)?\b")
# "..., before meeting with the Minister": the gerund after a clause that it follows.
# "Meeting the Premier this morning, the Chief Executive ...": the same at a clause's start.
_MEETING_GERUND = re.compile(r"(?:^\s*[Mm]|(?:^|\b(?:before|after|while|when)\s+)m)eeting\s+"
                             r"(?:with\s+)?")
_SPOKE = re.compile(r"\b(?:(?:spoke|talked)\s+(?:to|with)|exchanged\s+views\s+with)\s+")
# "A and B met in Beijing today": a meeting of the people the subject names.
_MET_EACH_OTHER = re.compile(r"\bmet\s+(?=(?:in|on|at|today|yesterday|this|for|again)\b)")
_CALLED_ON = re.compile(r"\b(?:called\s+on|paid\s+(?:a\s+)?(?:courtesy\s+)?calls?\s+on|"
                        r"received\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+from)\s+")
_BODY_MET = re.compile(r"\b(?:met|meet)\s+(?=(?:in|on|at|today|yesterday|tomorrow|this|earlier|"
                       r"again|for|next)\b)")


def _verb_a_meeting(verbs: str) -> re.Pattern[str]:
    """"<verb> a [bilateral|working|…] meeting" (or video conference, call ...), the kind of
    meeting as group ``kind``."""
    heads = _alternation(tuple(sorted((*(h for h in words("nouns", "meeting_heads") if h != "talks"),
                                       "hearing"), key=len, reverse=True)))
    word = r"(?!(?:of|with|on|to|for|and|the|a|an|at|in|by)\b)[\w'’-]+"
    return re.compile(
        rf"\b(?:{verbs})\s+(?:a|an)\s+(?P<kind>(?:{word}\s+){{0,5}}?)(?:{heads})\b(?!s)",
        re.IGNORECASE)


def _a_meeting(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first "<verb> a <modifiers> meeting" of ``text`` whose modifiers make it a
    meeting ("an informal ministerial meeting"), not a count or a reference ("a series
    of", "a press meeting")."""
    for match in pattern.finditer(text):
        if not any(word.lower() in words("nouns", "not_modifiers")
                   for word in match.group("kind").split()):
            return match
    return None


_HELD_WITH = _verb_a_meeting("held|had|attended|co-chaired|chaired|hosted")
# The same shapes in an announcement ("will meet ...", "will call on ...").
_MEET = re.compile(r"\b(?:meet|hold\s+(?:talks|discussions|a\s+discussion|a\s+meeting)|have\s+talks)"
                   r"(?:\s+with)?\b")
# "received the Ambassador of X, Mr Y": a call received, only with the visitor named.
_RECEIVED = re.compile(r"\breceived\s+(?=(?:the\s+|visiting\s+)?[A-Z])")
_RECEIVE = re.compile(r"\breceive\s+(?=(?:the\s+|visiting\s+)?[A-Z])")
# "The Chief Executive was received by the Vice Premier, Mr X": a call on the person named.
_RECEIVED_BY = re.compile(r"\b(?:was|were|is|are|had\s+been)\s+(?:also\s+)?received\s+by\s+"
                          r"(?=(?:the\s+|an?\s+)?[A-Za-z])")
_CALL_ON = re.compile(r"\b(?:call\s+on|pay\s+(?:a\s+)?(?:courtesy\s+)?calls?\s+on)\s+")
_HOLD_WITH = _verb_a_meeting("hold|have|attend|co-chair|chair|host")
# A subject of several people ("the three state leaders also met ..."): one meeting.
_PLURAL_SUBJECT = re.compile(r"(?:^|,\s+)(?:[Tt]he\s+)?(?:two|three|four|five|six|several)\s+"
                             r"[\w\s-]{0,30}?(?:leaders|officials|ministers|sides|parties)\s+"
                             r"(?:also\s+|then\s+|jointly\s+)?$")
# "called on <someone> to <verb>" with no comma between: an appeal.
_APPEAL = re.compile(r"[^,]{0,80}?\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b")
_SEPARATE = re.compile(r"\b(?:At|In|During)\s+a\s+(?:separate|further|bilateral|another)\s+meeting\b")
_MEETING_WAS_WITH = re.compile(r"\bmeeting\s+was\s+with\b")
_STOP_WAS = re.compile(r"\b(?:next|first|last|final|second|third)\s+stop\s+was\b")
_SIGNING = re.compile(r"\b(?:a|the)\s+signing\s+ceremony\b", re.IGNORECASE)
_SIGNING_PAST = re.compile(r"\b(?:began\s+with|attended|witnessed|was\s+held|took\s+place|"
                           r"officiated|at\s+which|signed)\b")
_PRESENT_TO = re.compile(r"\b(?:is|are)\s+(?:now\s+)?[a-z]+ing\b[^.;]*?\bto\s+"
                         r"(?=(?:attend|chair|co-chair|host|co-host|convene|co-convene)\b)")
_ITS_MEETING_AT = re.compile(r"\b(?:At|In|During)\s+its\s+meeting\b")
_TERM = re.compile(r"^(?:its|the)\s+(?P<term>(?:\w+)\s+term)\b", re.IGNORECASE)
_TERM_BEFORE_NAME = re.compile(r"\b(?P<which>\w+)[\s-]+term\b(?!-)")


def _term_in(text: str) -> str | None:
    """The term a body's name is preceded by ("the third-term Commission"): the session its
    meetings are numbered in, so the first meeting of each term is a meeting of its own."""
    found = _TERM_BEFORE_NAME.search(text)
    return f"{found['which']} term" if found else None


def status_of(tense: str, when: date | None, release_date: date | None) -> MeetingStatus:
    """"planned" for a meeting announced, or dated after the release; else "held"."""
    if tense == "planned" or (when and release_date and when > release_date):
        return "planned"
    return "held"


@cache
def _reporting() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(words('meetings', 'reporting_verbs'))})\b")


def is_future(text: str) -> bool:
    """Whether ``text`` speaks of the future, leaving aside what someone is reported to
    have said ("met the Mayor and said that Hong Kong would ...")."""
    return future_cue(text) is not None


def future_cue(text: str) -> int | None:
    """Where ``text`` first speaks of the future (outside reported speech), or None."""
    said = _said_after().search(text)
    if said and _patterns()["future"].search(text, 0, said.start()):
        # "Hong Kong will ..., said the Secretary at the meeting today": what went before
        # the reporting verb is what was said; the clause's own tense is in what follows.
        rest = future_cue(text[said.end():])
        return None if rest is None else said.end() + rest
    reported = _reporting().search(text)
    if reported:
        text = text[:reported.start()]
    cue = _patterns()["future"].search(text)
    return cue.start() if cue else None


@cache
def _said_after() -> re.Pattern[str]:
    return re.compile(rf",\s+(?:(?:he|she|they)\s+)?(?:{_alternation(words('meetings', 'reporting_verbs'))})"
                      rf"\s+(?=the\s|[A-Z])")


def _is_reference(clause: Clause, start: int, end: int) -> bool:
    before = clause.text[:start - clause.start]
    after = clause.text[end - clause.start:]
    patterns = _patterns()
    if patterns["occasion"].search(before):
        return False  # "attended the beginning of the first meeting of ..."
    return bool(patterns["ref_before"].search(before) or patterns["ref_after"].search(after))


def find_in_clause(clause: Clause, release: ParsedRelease, mentions: Mentions,
                   existing: list[Found]) -> tuple[list[Found], bool]:
    """The meetings ``clause`` reports, and whether it is a summary of meetings."""
    body_text = clause.text
    if existing and _within_meeting().match(body_text):
        return [], False  # "During the meeting, members will meet ...": the one just named
    cue = future_cue(body_text)
    tense = "held" if cue is None else "planned"
    found, summary = _find_in_clause(clause, release, mentions, existing, tense)
    found = [item for item in found if not _in_brackets(body_text, item.anchor - clause.start)]
    if cue is None:
        return found, summary
    # An announcement: the meetings it names after its future cue are planned ones; a
    # clause that reports a meeting and then looks ahead ("met X, who will ...") is left out.
    if _CANCELLED.search(body_text):
        return [], False  # "originally scheduled for tomorrow has been cancelled"
    opening = _opening_length(body_text)
    if any(item.anchor < clause.start + cue and item.status != "planned"
           and item.anchor > clause.start + opening for item in found):
        return [], False
    for item in found:
        item.status = "planned"
    return found, False


@cache
def _within_meeting() -> re.Pattern[str]:
    """A clause that opens inside the meeting named before it ("During the meeting, ...",
    "At the call, ..."): what it reports is part of that meeting."""
    leads = _alternation(words("meetings", "within_leads"))
    heads = _alternation(tuple(sorted((*words("nouns", "meeting_heads"), "session"),
                                      key=len, reverse=True)))
    return re.compile(rf"\s*(?:{leads})\s+(?:the|this|that)\s+(?:{heads})\b(?!s)\s*,",
                      re.IGNORECASE)


def _in_brackets(text: str, position: int) -> bool:
    """"(or immediately after the meeting of the Panel on ...)": an aside, not a report."""
    before = text[:position]
    return before.count("(") > before.count(")")


_CANCELLED = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+been\s+(?:cancelled|canceled|"
                        r"called\s+off|postponed)\b|\bwill\s+be\s+(?:cancelled|canceled)\b")


def _opening_length(text: str) -> int:
    """Where a clause's subject may start: after "Meanwhile, " and the like."""
    opening = re.match(r"\s*(?:[A-Z][a-z]+,\s+)?", text)
    return opening.end() if opening else 0


def _find_in_clause(clause: Clause, release: ParsedRelease, mentions: Mentions,
                    existing: list[Found], tense: str,
                    assume_held: bool = False) -> tuple[list[Found], bool]:
    text = release.text
    forms = mentions.forms
    patterns = _patterns()
    body_text = clause.text
    held = patterns[tense].search(body_text) or (re.match("", body_text) if assume_held else None)
    if held is None and tense == "held":  # "is leading a delegation to X to co-chair ..."
        held = _PRESENT_TO.search(body_text)
    found: list[Found] = []

    for match in patterns["meeting_np"].finditer(body_text):
        start, end = clause.start + match.start(), clause.start + match.end()
        head = " ".join(match.group("head").split())
        ordinal = parse_ordinal(match.group("ord"))
        if _is_reference(clause, start, end):
            continue
        det = match.group("det").lower()
        session = head if head[:1].isupper() and head.lower() != "meeting" else None
        if match.group("pre"):
            session = f"{match.group('pre')} {head}"
        if match.group("prep") and match.group("its") is None:
            if not held and not _SPOKEN_AT.search(body_text[:match.start()]):
                continue
            if match.group("prep").lower() == "of":
                body = body_after(text, end, forms)
                if body is None:
                    continue
                name, body_start, body_end = body
                if not (has_body_head(name) or name.isupper()):
                    if _names_a_session(name):  # "the Plenary Session of the Annual
                        # Meetings of the <Fund>": the meetings named are the series
                        found.append(Found(clause, "standing body meeting", name,
                                           Span(body_start, body_end), session, ordinal, start))
                    elif session is not None:  # "the Second Joint Meeting of Senior Officials
                        # of ...": a series named by its head, of whom it gathers
                        head_start = clause.start + match.start("head")
                        found.append(Found(clause, "standing body meeting",
                                           " ".join(text[head_start:body_end].split()),
                                           Span(head_start, body_end), None, ordinal, start))
                    elif head.lower() != "hearing":
                        found.append(Found(clause, "meeting", anchor=start))  # "of Mr X and Y"
                    continue
                year = re.search(r"\s((?:19|20)\d{2})$", name)  # "Education World Forum 2014"
                if year:
                    name, session = name[:year.start()], session or year.group(1)
                session = session or _term_in(text[end:body_start])  # "of the third-term X"
                found.append(Found(clause, "standing body meeting", name,
                                   Span(body_start, body_end), session, ordinal, start))
            else:
                if ordinal is None:
                    if det in {"a", "an"}:
                        found.append(Found(clause, _adhoc_kind(head), anchor=start))
                    continue
                topic = topic_after(text, end)
                if topic is None:
                    continue
                named = f"{match.group('pre')} {head}" if match.group("pre") else "Meeting"
                found.append(Found(clause, "standing body meeting", f"{named} on {topic}",
                                   Span(start, end + len(topic)), session, ordinal, start))
            continue
        if det == "its" or match.group("its"):
            verb = re.search(r"\b(?:held|convened|co-convened|hosted|opened|had|hold|convene|"
                             r"co-convene|host|open|have)\s+$", body_text[:match.start()])
            term = _TERM.match(text[end - len(match.group("its") or ""):]) if match.group("its") else None
            if term:
                session = term.group("term")
            if verb is not None:
                subject = subject_body(clause, clause.start + verb.start(), forms)
                if subject and session is None:  # "The second-term Commission held its ..."
                    session = _term_in(body_text[:verb.start()])
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
                    subject = as_body(main.group("subject"), forms)
                    found.append(Found(clause, "standing body meeting" if subject else "meeting",
                                       subject, None, session, ordinal, start))
            continue
        if det in {"a", "an"} and held and head.lower() in {"meeting", "working meeting",
                                                           "special meeting"}:
            following = body_text[match.end():]
            if re.match(r"\s*(?:with|on|between|to)\b", following) or held.start() < match.start():
                subject = subject_body(clause, clause.start + held.start(), forms) \
                    if held.start() < match.start() else None
                if subject:  # "The House Committee will hold a special meeting at 2.30pm"
                    found.append(Found(clause, "standing body meeting", subject, anchor=start))
                elif not any(f.anchor == start for f in found):
                    found.append(Found(clause, _adhoc_kind(head), anchor=start))

    taken = [(f.anchor, f.body_span.end if f.body_span else f.anchor) for f in found]
    for match in patterns["series_np"].finditer(body_text):
        start = clause.start + match.end()
        if any(a <= clause.start + match.start() <= b for a, b in taken):
            continue
        spoken_at = re.search(r"\bat\s*$", body_text[:match.start()]) is not None
        if not (held or spoken_at):
            continue
        series = series_name(text, start)
        if series is None:
            continue
        name, session, body_start, body_end = series
        if not held and not name.lower().endswith(words("meetings", "spoken_at_heads")):
            continue
        name = next((form.full for form in forms if form.short == name), name)
        if _is_reference(clause, clause.start + match.start(), body_end):
            continue
        if any(f.body and f.body.lower() == name.lower() for f in found):
            continue  # the subject of "<Series> held its 4th meeting"
        found.append(Found(clause, "standing body meeting", name, Span(body_start, body_end),
                           session or match.group("year"), parse_ordinal(match.group("ord")),
                           clause.start + match.start()))

    body_met = _BODY_MET.search(body_text)
    if not found and body_met:
        subject = subject_body(clause, clause.start + body_met.start(), forms)
        if subject:
            found.append(Found(clause, "standing body meeting", subject, None, None, None,
                               clause.start + body_met.start()))
    if not found:
        found = body_meetings(clause, text, forms, opening_body(clause, forms))
    if _coarse_past(body_text):
        return [], False
    if found:
        return _met_before_the_meeting(clause, patterns, tense, mentions, existing, found) + \
            _dedupe(found, existing), False
    return _adhoc(clause, patterns, tense, mentions, existing), _is_summary(clause, patterns)


def _met_before_the_meeting(clause: Clause, patterns: dict[str, re.Pattern[str]], tense: str,
                            mentions: Mentions, existing: list[Found],
                            found: list[Found]) -> list[Found]:
    """"X met with the Secretary ..., Mr Y, and co-chaired the 24th Plenary ...": the call
    named before the body's meeting in one clause is a meeting too."""
    first = min(item.anchor for item in found) - clause.start
    met = (_MEET if tense == "planned" else _met()).search(clause.text[:first])
    if met is None:
        return []
    head = Clause(clause.text[:first], clause.start, clause.sentence_index)
    return [item for item in _adhoc(head, patterns, tense, mentions, existing)
            if item.kind in ("bilateral meeting", "courtesy call") and item.counterpart]


_COARSE_PAST = re.compile(
    r"\b(?:in\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+)?(?:19|20)\d{2}|last\s+(?:year|month|week|term)|"
    r"earlier\s+this\s+(?:year|month)|(?:years?|months?|weeks?)\s+ago|previously|in\s+the\s+past)\b",
    re.IGNORECASE)


def _coarse_past(text: str) -> bool:
    """A clause dated only by a month or year in the past ("held its first meeting in May
    2023") refers to an earlier meeting; a report of a meeting gives the day."""
    return bool(_COARSE_PAST.search(text)) and not date_rules.find_dates(text)


def _names_a_session(name: str) -> bool:
    """"Annual Meetings of the <Fund>": a name that is itself a meeting's, by its head."""
    return re.match(rf"(?:{_alternation(words('meetings', 'session_heads'))})s?\s+of\s",
                    name, re.IGNORECASE) is not None


def _adhoc_kind(head: str) -> str:
    lower = head.lower()
    if "working" in lower:
        return "working meeting"
    return "bilateral meeting"


def _dedupe(found: list[Found], existing: list[Found]) -> list[Found]:
    """Leave out meetings already found: the same body with the same ordinal and session,
    or a body's meeting named again with neither and no day of its own ("The Council
    meeting was held in ...", after "<Council> held its second meeting today")."""
    kept: list[Found] = []
    for item in found:
        again = (item.ordinal is None and item.session is None
                 and not date_rules.find_dates(item.clause.text))
        same = [other for other in existing + kept
                if other.body and item.body and same_body(other.body, item.body)
                and (again or (other.ordinal == item.ordinal and other.session == item.session))]
        if same:
            continue
        kept.append(item)
    return kept


def _met_object(body_text: str, match: re.Match[str]) -> str:
    rest = body_text[match.end():]
    aside = re.match(r"\s*,[^,]{1,40},\s*", rest)  # "met, in separate meetings, A and B"
    rest = rest[aside.end():] if aside else rest.lstrip()
    modifier = _counterpart_modifier().match(rest)  # "met visiting Deputy Prime Minister X"
    return rest[modifier.end():] if modifier else rest


@cache
def _counterpart_modifier() -> re.Pattern[str]:
    modifiers = _alternation(words("meetings", "counterpart_modifiers"))
    return re.compile(rf"(?:{modifiers})\s+(?=[A-Z])")


def _adhoc(clause: Clause, patterns: dict[str, re.Pattern[str]], tense: str,
           mentions: Mentions, existing: list[Found]) -> list[Found]:
    body_text = clause.text
    base = clause.start
    separate = _SEPARATE.search(body_text)
    if separate:
        return [Found(clause, "bilateral meeting", anchor=base + separate.start())]
    planned = tense == "planned"
    with_meeting = _a_meeting(_HOLD_WITH if planned else _HELD_WITH, body_text)
    kind_name = "bilateral meeting"
    if with_meeting:
        kind = with_meeting.group("kind").lower().split()
        kind_name = "working meeting" if "working" in kind else \
            "courtesy call" if "courtesy" in kind else "bilateral meeting"
        subject = subject_body(clause, base + with_meeting.start(), mentions.forms)
        if subject:  # "The Panel on Housing will hold a closed meeting"
            return [Found(clause, "standing body meeting", subject, anchor=base + with_meeting.start())]
    named_with = meetings_with(clause, mentions, existing, _not_counterpart())
    if named_with:
        return named_with
    if with_meeting:
        return [Found(clause, kind_name, anchor=base + with_meeting.start())]
    for pattern, kind in ((_MEETING_WAS_WITH, "bilateral meeting"), (_STOP_WAS, "bilateral meeting")):
        match = pattern.search(body_text)
        if match:
            return [Found(clause, kind, anchor=base + match.start())]
    signing = _SIGNING.search(body_text)
    if signing and _SIGNING_PAST.search(body_text):
        return [Found(clause, "signing ceremony", anchor=base + signing.start())]
    calls = ((_CALL_ON, "courtesy call"), (_MEET, "bilateral meeting"),
             (_RECEIVE, "courtesy call")) if planned else (
        (_CALLED_ON, "courtesy call"), (_met(), "bilateral meeting"),
        (_MEETING_GERUND, "bilateral meeting"), (_RECEIVED_BY, "courtesy call"),
        (_RECEIVED, "courtesy call"))
    spoke = None if planned else _SPOKE.search(body_text)
    if spoke is not None:  # "spoke to the Treasurer, Mr X, and ...": only with people named
        obj = _met_object(body_text, spoke)
        names = object_persons(obj, base + len(body_text) - len(obj), mentions.persons)
        if names and not _not_counterpart().match(obj) \
                and not met_before(names, obj, mentions, existing):
            return [Found(clause, "bilateral meeting", anchor=base + spoke.start(),
                          counterpart=mentions.text[span.start:span.end],
                          region_start=person_start(mentions.text, names, i))
                    for i, span in enumerate(names)]
    each_other = None if planned else _MET_EACH_OTHER.search(body_text)
    if each_other is not None:
        subject = [span for span in mentions.persons
                   if base <= span.start < base + each_other.start()]
        if len(subject) >= 2:
            return [Found(clause, "bilateral meeting", anchor=base + each_other.start(),
                          counterpart=mentions.text[subject[-1].start:subject[-1].end])]
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
        names = object_persons(obj, obj_start, mentions.persons)
        count = len(names)
        groups = member_groups(obj) if count == 0 else 0
        if count == 0 and not (patterns["people"].match(obj) or obj[:1].isupper() or groups
                               or re.match(r"(?:the|a|an|its|his|her|their)\s+[A-Z]", obj)):
            continue
        if count == 0 and pattern in (_RECEIVED, _RECEIVE, _RECEIVED_BY):
            continue  # "received the report": only a visitor named makes a call received
        if count == 0 and unnamed_group(obj) and not of_organisation(obj) and not groups:
            continue  # "met officials and residents", "will meet representatives of ...": no one
            # named, a summary of the meetings after it or no meeting announced
        count = count or groups  # "met the A and B District Council members": one for each
        if count == 0 and kind == "courtesy call" and _APPEAL.match(obj):
            continue  # "called on the residents to move out": an appeal, not a call
        if _PLURAL_SUBJECT.search(body_text[:match.start()]) or (
                pattern is _MEETING_GERUND and not body_text[:match.start()].strip()):
            count = min(count, 1)  # "the three state leaders met A and B": one meeting of all;
            # "Meeting A this morning, B said ...": B, the subject, is the other side
        return [Found(clause, kind, anchor=base + match.start(),
                      counterpart=mentions.text[names[i].start:names[i].end]
                      if i < len(names) else None,
                      region_start=person_start(mentions.text, names, i))
                for i in range(max(1, count))]
    return []


@cache
def _not_counterpart() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(words('meetings', 'not_counterparts'))})\b",
                      re.IGNORECASE)


def _quantified_people(obj: str) -> bool:
    """"officials of six Mainland ministries": a group counted, so a summary; "officials of
    A, B and C": the people of three or more organisations listed, each met in turn after."""
    head = re.match(r"(?:[a-z-]+\s+){1,2}(?:of|from)\s+(?P<rest>.*)", obj)
    if head is None:
        return False
    return bool(_patterns()["quantifier"].match(head.group("rest"))
                or _organisations_listed(head.group("rest")))


def _organisations_listed(text: str) -> bool:
    """Whether ``text`` opens with three or more names listed, none a person's ("the Club,
    Mr A and Ms B" names the people met)."""
    listed = _ORGANISATION_LIST.match(text)
    if listed is None:
        return False
    honorifics = set(lexicon()["honorifics"])
    items = re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group(0))
    if _one_portfolio(items):
        return False
    return not any(item.split()[:1] and item.split()[0] in honorifics for item in items)


def _one_portfolio(items: list[str]) -> bool:
    """Whether listed "items" are one name's portfolio: a head word, "of" or "for", then
    areas ("the Administration of Quality Supervision, Inspection and Quarantine", "the
    Ministry of Land, Infrastructure and Transport"), where no later item heads a name."""
    first = re.search(r"\b(?P<head>[A-Z][\w-]*)\s+(?:of|for)\s+", items[0])
    if first is None or not wordlists.is_head(first["head"], wordlists.org_heads()):
        return False
    return not any(wordlists.is_head(word, wordlists.org_heads())
                   for item in items[1:] for word in item.split())


# "the A, the B and the C", "A, B and C" (each item a capitalised name): three or more
# organisations listed.
_LISTED_NAME = r"(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|for|and|&|on))*?"
_ORGANISATION_LIST = re.compile(rf"{_LISTED_NAME}(?:,\s+{_LISTED_NAME}){{1,}},?\s+and\s+"
                                rf"(?:the\s+)?[A-Z][\w&'’-]*")


def _is_summary(clause: Clause, patterns: dict[str, re.Pattern[str]]) -> bool:
    text = clause.text
    if re.search(r"\bmeetings\b", text):
        return True
    for match in (_met().search(text), _CALLED_ON.search(text)):
        if match:
            obj = _met_object(text, match)
            if patterns["quantifier"].match(obj) or _quantified_people(obj):
                return True
            if match.re is _met() and unnamed_group(obj):
                return True  # "visited X and met members of a club today": the day's summary
    return bool(re.search(r"\b(?:visit|trip|delegation)\s+to\b", text))


def meetings_at(clause: Clause, release: ParsedRelease, mentions: Mentions) -> list[Found]:
    """The meetings ``clause`` names as an occasion, taken as held with no verb of holding
    ("at the Second Joint Meeting of ..." in a transcript's opening)."""
    found, _ = _find_in_clause(clause, release, mentions, [], "held", assume_held=True)
    return found


def is_video(text: str) -> bool:
    return bool(_patterns()["video"].search(text))
