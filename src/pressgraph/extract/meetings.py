"""Meetings reported in an English release: which clauses report one, and what each says.

A clause reports a meeting when it has one of these shapes (past tense, no future cue):

* a meeting noun phrase of a standing body or series with a verb of holding:
  "co-chaired the 7th meeting of the <Body>", "The third meeting of the <Body> was held",
  "<Body> convened its 19th meeting", "attended the 2nd <Series> Consultations",
  "At its meeting this afternoon, the <Body> considered ...", "attended the <Body> meeting",
  "attended the Regional Meeting for <Region> of the <Group>";
* an ad hoc meeting with people, read in ``adhoc_meetings.py``: "met the Mayor of X, Mr Y",
  "called on ...", "held a bilateral meeting with ...", "At a separate meeting with ...",
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
from pressgraph.extract.adhoc_meetings import adhoc_meetings, calls_before, is_summary
from pressgraph.extract.body_names import (
    as_body,
    body_after,
    body_meeting_name,
    has_body_head,
    opening_body,
    same_body,
    series_head,
    series_name,
    subject_body,
    subject_body_and_term,
    topic_after,
)
from pressgraph.extract.lexicon import alternation, words
from pressgraph.extract.meeting_clauses import (  # noqa: F401  (re-exported to the meeting layer)
    Clause,
    Context,
    Found,
    Mentions,
    clauses,
    ordinal_words,
    parse_ordinal,
)
from pressgraph.extract.meeting_nouns import at_part_of, body_meetings, last_full_name
from pressgraph.model import MeetingStatus, ParsedRelease, Span

# "on Monday", "on May 11": the day of a meeting, not its topic ("a meeting on housing").
_DAY = (rf"(?-i:(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})\b|"
        rf"(?:{'|'.join(month.capitalize() for month in MONTHS)})\.?\s+\d)")
# "Speaking at the third meeting of the <Body>, ...": a meeting someone spoke at was held.
_SPOKEN_AT = re.compile(r"\b(?:[Ss]peaking|spoke|addressing|addressed|remarks|speech)\s+at\s*$")


@cache
def clause_patterns() -> dict[str, re.Pattern[str]]:
    """The verbs of meeting by tense ("held", "will hold", "attending") and the noun phrases of
    a meeting's name ("the 22nd Working Meeting of the"), compiled once from the lexicon;
    the meeting detector reads its sentence with the same ones."""
    ordinal_alternation = alternation(tuple(sorted(ordinal_words(), key=len, reverse=True)))
    ordinal = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{ordinal_alternation})"
    sessions = alternation(words("meetings", "session_heads"))
    modifiers = alternation(words("meetings", "meeting_modifiers"))
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
        "series_np": re.compile(rf"\b(?P<det>the|a|an|their|its)\s+(?:[\w]+-day\s+)?"
                                rf"(?:(?P<year>(?:19|20)\d{{2}})\s+)?"
                                rf"(?:(?P<ord>{ordinal})\s+)?(?:(?-i:annual)\s+)?(?=[A-Z])",
                                re.IGNORECASE),
        "held": re.compile(rf"\b(?:{alternation(words('meetings', 'held_verbs'))}"
                           rf"|{alternation(words('meetings', 'holding_gerunds'))})\b",
                           re.IGNORECASE),
        "planned": re.compile(rf"\b(?:{alternation(words('meetings', 'planned_verbs'))}"
                              rf"|{alternation(words('meetings', 'holding_gerunds'))})\b",
                              re.IGNORECASE),
        "future": re.compile(rf"\b(?:{alternation(words('meetings', 'future_cues'))})\b",
                             re.IGNORECASE),
        "ref_before": re.compile(
            rf"\b(?:{alternation(words('meetings', 'reference_before'))})\s*$", re.IGNORECASE),
        "occasion": re.compile(
            rf"\b(?:{alternation(words('meetings', 'occasion_parts'))})\s+of\s*$", re.IGNORECASE),
        "ref_after": re.compile(
            rf"^\s*(?:{alternation(words('meetings', 'reference_after'))})\b", re.IGNORECASE),
        "ordinal": re.compile(rf"^{ordinal}$", re.IGNORECASE),
        "video": re.compile(rf"(?:{alternation(words('modes', 'video'))})", re.IGNORECASE),
    }


# "after attending the <Body> meeting", "before the <Body> meeting": the time of something else
# (remarks to the media, a visit), as "before the Executive Council meeting" is.
_TIME_OF_REMARKS = re.compile(r"\b(?:after|before|ahead\s+of|prior\s+to)\s+(?:[a-z]+ing\s+)?$",
                              re.IGNORECASE)
_BODY_MET = re.compile(r"\b(?:met|meet)\s+(?=(?:in|on|at|today|yesterday|tomorrow|this|earlier|"
                       r"again|for|next)\b)")
_PRESENT_TO = re.compile(r"\b(?:is|are)\s+(?:now\s+)?[a-z]+ing\b[^.;]*?\bto\s+"
                         r"(?=(?:attend|chair|co-chair|host|co-host|convene|co-convene)\b)")
_ITS_MEETING_AT = re.compile(r"\b(?:At|In|During)\s+its\s+meeting\b")
_TERM = re.compile(r"^(?:its|the)\s+(?P<term>(?:\w+)\s+term)\b", re.IGNORECASE)


def status_of(tense: str, when: date | None, release_date: date | None) -> MeetingStatus:
    """"planned" for a meeting announced, or dated after the release; else "held"."""
    if tense == "planned" or (when and release_date and when > release_date):
        return "planned"
    return "held"


@cache
def _reporting() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words('meetings', 'reporting_verbs'))})\b")


def is_future(text: str) -> bool:
    """Whether ``text`` speaks of the future, leaving aside what someone is reported to
    have said ("met the Mayor and said that Hong Kong would ...")."""
    return future_cue(text) is not None


def future_cue(text: str) -> int | None:
    """Where ``text`` first speaks of the future (outside reported speech), or None."""
    said = _said_after().search(text)
    if said and clause_patterns()["future"].search(text, 0, said.start()):
        # "Hong Kong will ..., said the Secretary at the meeting today": what went before
        # the reporting verb is what was said; the clause's own tense is in what follows.
        rest = future_cue(text[said.end():])
        return None if rest is None else said.end() + rest
    reported = _reporting().search(text)
    if reported:
        text = text[:reported.start()]
    cue = clause_patterns()["future"].search(text)
    return cue.start() if cue else None


@cache
def _said_after() -> re.Pattern[str]:
    verbs = alternation(words('meetings', 'reporting_verbs'))
    return re.compile(rf",\s+(?:(?:he|she|they)\s+)?(?:{verbs})"
                      rf"\s+(?=the\s|[A-Z])")


def _is_reference(clause: Clause, start: int, end: int) -> bool:
    before = clause.text[:start - clause.start]
    after = clause.text[end - clause.start:]
    patterns = clause_patterns()
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
    for item in found:
        _name_in_full(item, release.text)
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


def _name_in_full(item: Found, text: str) -> None:
    """A body named by its head noun alone ("The Panel will hold a special meeting"), after
    the release has named it in full ("The Legislative Council Panel on ..."): the full name."""
    if item.body is None or item.body_span is not None \
            or item.body.lower() not in words("meetings", "body_heads"):
        return
    item.body = last_full_name(text, item.clause.start, item.body.lower()) or item.body


@cache
def _within_meeting() -> re.Pattern[str]:
    """A clause that opens inside the meeting named before it ("During the meeting, ...",
    "At the call, ..."): what it reports is part of that meeting."""
    leads = alternation(words("meetings", "within_leads"))
    heads = alternation(tuple(sorted((*words("nouns", "meeting_heads"), "session"),
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
    patterns = clause_patterns()
    body_text = clause.text
    held = patterns[tense].search(body_text) or (re.match("", body_text) if assume_held else None)
    if held is None and tense == "held":  # "is leading a delegation to X to co-chair ..."
        held = _PRESENT_TO.search(body_text)
    found: list[Found] = []

    for match in patterns["meeting_np"].finditer(body_text):
        start, end = clause.start + match.start(), clause.start + match.end()
        head = " ".join(match.group("head").split())
        ordinal = parse_ordinal(match.group("ord"))
        if _is_reference(clause, start, end) or any(
                f.body_span and f.anchor < start < f.body_span.end for f in found):
            continue  # a reference, or inside the name of a meeting just found
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
                name, body_start, body_end, term = body
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
                session = session or term  # "of the third-term X"
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
        if det in {"its", "their"} or match.group("its"):
            verb = re.search(r"\b(?:held|convened|co-convened|hosted|opened|had|hold|convene|"
                             r"co-convene|host|open|have)\s+$", body_text[:match.start()])
            term = (_TERM.match(text[end - len(match.group("its") or ""):])
                    if match.group("its") else None)
            if term:
                session = term.group("term")
            if verb is not None:
                subject, term = subject_body_and_term(clause, clause.start + verb.start(), forms)
                if det == "their" and subject and _of_parties(subject):
                    subject = term = None  # "<A> and <B> held their fourth joint meeting"
                if subject and session is None:  # "The second-term Commission held its ..."
                    session = term
                found.append(Found(clause, "standing body meeting" if subject else "meeting",
                                   subject, None, session, ordinal, start))
                continue
            at_its = _ITS_MEETING_AT.search(body_text)
            if at_its and not existing:
                after = body_text[match.end():]
                dated = date_rules.find_dates(after[:40])
                main = re.search(r",\s+(?P<subject>(?:the\s+)?[A-Z][\w&'-]*"
                                 r"(?:\s+[A-Z][\w&'-]*)*)\s+[a-z]", after)
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
        spoken_at = (re.search(r"\bat\s*$", body_text[:match.start()]) is not None
                     or at_part_of(body_text[:match.start()]))
        if not (held or spoken_at):
            continue
        series = series_name(text, start)
        if series is None and held and not assume_held \
                and not _TIME_OF_REMARKS.search(body_text[:match.start()]):
            # "attended the <Body> meeting" (a transcript's "after attending the <Council>
            # meeting" is the time of the remarks: no verb reads it there)
            named = body_meeting_name(text, start)
            series = (named[0], None, named[1], named[2]) if named else None
        if series is None:
            continue
        name, session, body_start, body_end = series
        if not held and not series_head(name).lower().endswith(
                words("meetings", "spoken_at_heads")):
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
    for item in found:  # named in full before it is told apart from meetings found before
        _name_in_full(item, text)
    if found:
        return calls_before(clause, tense, mentions, existing, found) + \
            _dedupe(found, existing), False
    return adhoc_meetings(clause, tense, mentions, existing), is_summary(clause)



_COARSE_PAST = re.compile(
    r"\b(?:in\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+)?(?:19|20)\d{2}|last\s+(?:year|month|term)|"
    r"earlier\s+this\s+(?:year|month)|(?:years?|months?|weeks?)\s+ago|previously|in\s+the\s+past)\b",
    re.IGNORECASE)


def _coarse_past(text: str) -> bool:
    """A clause dated only by a month or year in the past ("held its first meeting in May
    2023") refers to an earlier meeting; a report of a meeting gives the day. "Last week"
    is no such date: a trip's meetings reported a few days after it may give no day."""
    return bool(_COARSE_PAST.search(text)) and not date_rules.find_dates(text)


def _of_parties(subject: str) -> bool:
    """"The <A> Council (ECCPC) and the <B> Council (THEC)": bodies joined, whose meeting
    together is named by them, no body's own ("Hong Kong and Guangdong Co-operation Joint
    Conference" is one name: its first part names no body)."""
    heads = alternation(words("meetings", "body_heads"))
    joint = re.search(rf"\b(?:{heads})(?:\s*\([^()]*\))?\s+and\s+(?:the\s+)?(?=[A-Z])",
                      subject, re.IGNORECASE)
    return joint is not None and has_body_head(subject[joint.end():])


def _names_a_session(name: str) -> bool:
    """"Annual Meetings of the <Fund>": a name that is itself a meeting's, by its head."""
    return re.match(rf"(?:{alternation(words('meetings', 'session_heads'))})s?\s+of\s",
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



def meetings_at(clause: Clause, release: ParsedRelease, mentions: Mentions) -> list[Found]:
    """The meetings ``clause`` names as an occasion, taken as held with no verb of holding
    ("at the Second Joint Meeting of ..." in a transcript's opening)."""
    found, _ = _find_in_clause(clause, release, mentions, [], "held", assume_held=True)
    return found


def is_video(text: str) -> bool:
    return bool(clause_patterns()["video"].search(text))
