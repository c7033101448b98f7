"""Meetings with people that an English clause reports, rather than a body's numbered
meeting: a call ("called on the Premier", "was received by the Vice Premier, Mr X"), talks
("met the Mayor of X, Mr Y", "held a bilateral meeting with ..."), a meeting named by its
course ("At a separate meeting with ...", "Her next stop was the Ministry of ...") and a
signing ceremony. One meeting per person named in the object ("He then met A, Mr X, and B,
Ms Y" reports two); an object that only counts or lists groups ("met officials of six
ministries") sums up the meetings after it instead.
"""

from __future__ import annotations

import re
from functools import cache

from pressgraph.extract import wordlists
from pressgraph.extract.body_names import subject_body
from pressgraph.extract.counterpart_lists import listed_parties, named_organisation, reported_again
from pressgraph.extract.lexicon import alternation, lexicon, words
from pressgraph.extract.meeting_clauses import (
    Clause,
    Found,
    Mentions,
    member_groups,
    object_persons,
    of_organisation,
    official_group,
    people_words,
    person_start,
    unnamed_group,
)
from pressgraph.extract.meeting_nouns import meetings_with, met_before, same_counterpart


@cache
def _quantifier() -> re.Pattern[str]:
    """An object that counts ("a number of", "six"): a summary of meetings."""
    return re.compile(
        rf"^(?:{alternation(words('meetings', 'quantifiers'))})\s+\S", re.IGNORECASE)


@cache
def _people() -> re.Pattern[str]:
    return people_words()


@cache
def _met() -> re.Pattern[str]:
    """A verb of meeting in the past: "met", "held talks with", and the meeting a verb of going
    or accompanying was for ("went on to meet", "joined the Secretary to meet",
    "led a delegation to meet")."""
    going = alternation(words("meetings", "going_verbs"))
    return re.compile(rf"\b(?:met|(?:{going})\b[^.;]{{0,100}}?\bto\s+meet"
                      r"|held\s+(?:talks|discussions|a\s+discussion|a\s+meeting)|had\s+talks)"
                      r"(?:\s+with)?\b")
# "..., before meeting with the Minister": the gerund after a clause that it follows.
# "Meeting the Premier this morning, the Chief Executive ...": the same at a clause's start.
# "started the day by meeting the Minister": a call of an itinerary told by its order.
_MEETING_GERUND = re.compile(r"(?:^\s*[Mm]|(?:^|\b(?:before|after|while|when|by)\s+)m)eeting\s+"
                             r"(?:with\s+)?")
_SPOKE = re.compile(r"\b(?:(?:spoke|talked)\s+(?:to|with)|exchanged\s+views\s+with)\s+")
# "A and B met in Beijing today": a meeting of the people the subject names.
_MET_EACH_OTHER = re.compile(r"\bmet\s+(?=(?:in|on|at|today|yesterday|this|for|again)\b)")
# A call told by a gerund or participle: "started the visit by calling on X", "had the
# opportunity of meeting with X", a lead's trailing ", meeting X" or ", calling on X".
_GERUND_CALL = re.compile(r"(?:\bby\s+(?P<by>calling\s+on)|,\s+(?:calling\s+on|meeting(?:\s+with)?)"
                          r"|\bopportunity\s+(?:of|to)\s+meet(?:ing)?(?:\s+with)?)\s+")


@cache
def _called_on() -> re.Pattern[str]:
    """A call in the past ("started the day with separate courtesy calls to A and B"), and the
    call a verb of going was for ("continued his visit today to call on ...", "led a
    delegation to call on ...")."""
    going = alternation(words("meetings", "going_verbs"))
    return re.compile(rf"\b(?:called\s+on|paid\s+(?:a\s+)?(?:courtesy\s+)?calls?\s+on|"
                      r"(?:paid|made|with)\s+(?:a\s+)?(?:separate\s+)?courtesy\s+calls?\s+(?:on|to)|"
                      rf"(?:{going})\b[^.;]{{0,100}}?\bto\s+call\s+on|"
                      r"received\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+from)\s+")




def _verb_a_meeting(verbs: str) -> re.Pattern[str]:
    """"<verb> a [bilateral|working|…] meeting" (or video conference, call ...), the kind of
    meeting as group ``kind``."""
    nouns = (*(h for h in words("nouns", "meeting_heads") if h != "talks"), "hearing")
    heads = alternation(tuple(sorted(nouns, key=len, reverse=True)))
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
_MEET = re.compile(r"\b(?:meet|hold\s+(?:talks|discussions|a\s+discussion|a\s+meeting)"
                   r"|have\s+talks)"
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
# "called on <someone> to <verb>" with no comma between: an appeal; but not with the time
# of a call between ("called on the Ministry in the morning to meet ...") nor "to meet with".
_APPEAL = re.compile(r"(?:(?!\b(?:in\s+the\s+(?:morning|afternoon|evening)|today|yesterday|"
                     r"this\s+(?:morning|afternoon|evening))\b)[^,]){0,80}?\s+to\s+"
                     r"(?!the\b|a\b|an\b|meet\s+with\b)[a-z]+\b")
# The people a call on an organisation was made to meet, named after it.
_TO_MEET = re.compile(r"^[^,;]{0,80}?\bto\s+meet(?:\s+with)?\s+")
_SEPARATE = re.compile(r"\b(?:At|In|During)\s+a\s+"
                       r"(?:separate|further|bilateral|another)\s+meeting\b")
_MEETING_WAS_WITH = re.compile(r"\bmeeting\s+was\s+with\b")
_STOP_WAS = re.compile(r"\b(?:next|first|last|final|second|third)\s+stop\s+was\b")


@cache
def _position() -> re.Pattern[str]:
    """Where a caption places a person in the photo: "(right)", "(second left)", "(first
    row, centre)"."""
    sides = alternation(words("captions", "positions"))
    extra = alternation(words("captions", "position_words"))
    return re.compile(rf"\((?:(?:{extra})[\s,]+){{0,3}}(?:{sides})(?:,?\s+(?:{extra})){{0,2}}\)")


@cache
def _caption_meets() -> re.Pattern[str]:
    """A caption's present-tense meeting after its placed subject ("Mr X (right) meets ...",
    "Mr X (left), today (May 10) meets with ...", "Mrs A (second right) and Mr B (right) meet
    ..."): the verb is group "verb"."""
    verbs = alternation(words("captions", "present_verbs"))
    return re.compile(rf"{_position().pattern}[^.;]{{0,80}}?\s(?P<verb>(?:{verbs}))"
                      rf"(?:\s+with)?\b(?!\s+(?:the\s+)?(?:press|media|reporters)\b)")


def is_caption(found: Found) -> bool:
    """Whether ``found`` is told by a photo caption: its subject is placed in the photo
    ("Mrs X (right), met ...", "Mr X (left) meets ...")."""
    before = found.clause.text[:found.anchor - found.clause.start]
    return _position().search(before) is not None


def told_again(caption: Found, others: list[Found]) -> bool:
    """Whether the meeting a caption tells is one the text tells too: a meeting with the
    person the caption names, told by the text or by a caption before it; a caption that
    names no one tells again whatever meeting the text tells."""
    told = [other for other in others if other is not caption and other.anchor != caption.anchor
            and (not is_caption(other) or other.anchor < caption.anchor)]
    if caption.counterpart is None:
        return bool(told)
    return same_counterpart(caption, told)


_SIGNING = re.compile(r"\b(?:a|the)\s+signing\s+ceremony\b", re.IGNORECASE)
_SIGNING_PAST = re.compile(r"\b(?:began\s+with|attended|witnessed|was\s+held|took\s+place|"
                           r"officiated|at\s+which|signed)\b")


def calls_before(clause: Clause, tense: str, mentions: Mentions, existing: list[Found],
                 found: list[Found]) -> list[Found]:
    """"X met with the Secretary ..., Mr Y, and co-chaired the 24th Plenary ...", "called on
    the A Court to discuss ... the Record of Meeting of ...": the call named before the body's
    meeting in one clause is a meeting too."""
    first = min(item.anchor for item in found) - clause.start
    before = clause.text[:first]
    verbs = (_MEET,) if tense == "planned" else (_met(),)
    if not re.search(r"\bat\s+(?:the\s+)?$", before):  # not "called on X at the Conference"
        verbs += (_CALL_ON,) if tense == "planned" else (_called_on(),)
    if not any(verb.search(before) for verb in verbs):
        return []
    head = Clause(clause.text[:first], clause.start, clause.sentence_index)
    return [item for item in adhoc_meetings(head, tense, mentions, existing)
            if (item.kind == "bilateral meeting" and item.counterpart)
            or item.kind == "courtesy call"]


def _met_object(body_text: str, match: re.Match[str]) -> str:
    rest = body_text[match.end():]
    aside = re.match(r"\s*,[^,]{1,40},\s*", rest)  # "met, in separate meetings, A and B"
    rest = rest[aside.end():] if aside else rest.lstrip()
    modifier = _counterpart_modifier().match(rest)  # "met visiting Deputy Prime Minister X"
    return rest[modifier.end():] if modifier else rest


@cache
def _counterpart_modifier() -> re.Pattern[str]:
    modifiers = alternation(words("meetings", "counterpart_modifiers"))
    return re.compile(rf"(?:{modifiers})\s+(?=[A-Z])")


def adhoc_meetings(clause: Clause, tense: str, mentions: Mentions,
                   existing: list[Found]) -> list[Found]:
    """The meetings with people ``clause`` reports (``tense`` "planned" for an announcement)."""
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
            return [Found(clause, "standing body meeting", subject,
                          anchor=base + with_meeting.start())]
    named_with = meetings_with(clause, mentions, existing, _not_counterpart())
    if named_with:
        return named_with
    if with_meeting:
        return [Found(clause, kind_name, anchor=base + with_meeting.start())]
    for pattern, kind in ((_MEETING_WAS_WITH, "bilateral meeting"),
                          (_STOP_WAS, "bilateral meeting")):
        match = pattern.search(body_text)
        if match:
            return [Found(clause, kind, anchor=base + match.start())]
    signing = _SIGNING.search(body_text)
    if signing and _SIGNING_PAST.search(body_text):
        return [Found(clause, "signing ceremony", anchor=base + signing.start())]
    calls = ((_CALL_ON, "courtesy call"), (_MEET, "bilateral meeting"),
             (_RECEIVE, "courtesy call")) if planned else (
        (_called_on(), "courtesy call"), (_met(), "bilateral meeting"),
        (_MEETING_GERUND, "bilateral meeting"), (_GERUND_CALL, "bilateral meeting"),
        (_RECEIVED_BY, "courtesy call"),
        (_RECEIVED, "courtesy call"), (_caption_meets(), "bilateral meeting"))
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
        if _quantifier().match(obj) or _quantified_people(obj):
            return []
        if _not_counterpart().match(obj):
            continue
        obj_start = base + len(body_text) - len(obj)
        names = object_persons(obj, obj_start, mentions.persons)
        purpose = _TO_MEET.search(obj) if not names and kind == "courtesy call" else None
        if purpose:  # "called on the A Court in the morning to meet with its President, Mr B"
            names = object_persons(obj[purpose.end():], obj_start + purpose.end(),
                                   mentions.persons)
        count = len(names)
        parties = None if _PLURAL_SUBJECT.search(body_text[:match.start()]) else \
            listed_parties(obj, obj_start, names, mentions.text, _post_noun())
        if parties is not None:  # "met A, the B Council and the C Institute": a call each
            anchor = base + match.start()
            kept = [party for party in parties if party.person
                    or not reported_again(party.counterpart, mentions.text, clause.end)]
            return [Found(clause, kind, anchor=anchor, counterpart=party.counterpart,
                          region_start=party.start if party is not parties[0] else None)
                    for party in kept]
        groups = member_groups(obj) if count == 0 else 0
        if count == 0 and not (_people().match(obj) or obj[:1].isupper() or groups
                               or (planned and official_group(obj))
                               or re.match(r"(?:the|a|an|its|his|her|their)\s+[A-Z]", obj)):
            continue
        if count == 0 and pattern in (_RECEIVED, _RECEIVE, _RECEIVED_BY) \
                and not (pattern is _RECEIVED_BY and _post_and_bare_name(obj)):
            continue  # "received the report": only a visitor named makes a call received
        if count == 0 and unnamed_group(obj) and not of_organisation(obj) and not groups \
                and not (planned and official_group(obj)):
            continue  # "met officials and residents", "will meet representatives of ...": no one
            # named, a summary of the meetings after it or no meeting announced; but "will meet
            # senior officials there" announces one (kept only with a day of its own)
        if count == 0 and pattern is _MEETING_GERUND and match.group(0).startswith("by"):
            continue  # "finished the day by meeting with the Committee": told again by the
            # sentences after it, with the people met; only people named make it a call
        if pattern is _GERUND_CALL and count == 0 and not _post_noun().search(
                obj.split(",")[0]) and (not named_organisation(obj) or reported_again(
                    named_organisation(obj), mentions.text, clause.end)):
            continue  # ", meeting Hong Kong's needs": a gerund calls only on people or bodies;
            # "by calling on the Ministry of X" with "during his visit to the ministry, he met
            # the Minister" after it: that later report is the call
        if pattern is _GERUND_CALL and "calling" in match.group(0):
            kind = "courtesy call"
        count = count or groups  # "met the A and B District Council members": one for each
        if count == 0 and kind == "courtesy call" and _APPEAL.match(obj):
            continue  # "called on the residents to move out": an appeal, not a call
        if _PLURAL_SUBJECT.search(body_text[:match.start()]) or (
                pattern is _MEETING_GERUND and not body_text[:match.start()].strip()) or (
                one_leadership(mentions.text[obj_start:names[-1].end], len(names))
                if names else False):
            count = min(count, 1)  # "the three state leaders met A and B": one meeting of all;
            # "Meeting A this morning, B said ...": B, the subject, is the other side;
            # "met the Secretary of the CPC X Provincial Committee A and X Governor B": one
            # meeting with the leadership of X
        anchor = base + (match.start("verb") if "verb" in match.re.groupindex
                         else match.start())
        return [Found(clause, kind, anchor=anchor,
                      counterpart=mentions.text[names[i].start:names[i].end]
                      if i < len(names) else None,
                      region_start=person_start(mentions.text, names, i))
                for i in range(max(1, count))]
    return []


@cache
def _party_committee() -> re.Pattern[str]:
    parties = alternation(words("meetings", "party_committees"))
    levels = alternation(words("meetings", "party_committee_levels"))
    return re.compile(rf"\b(?:{parties})\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
                      rf"(?:{levels})\s+Committee\b")


def one_leadership(listed: str, people: int) -> bool:
    """Whether the people of ``listed`` are the leadership of one place: a Secretary of its
    party committee and heads of its government, each post naming the place ("Secretary of
    the CPC Lingnan Provincial Committee A and Governor of Lingnan Province B")."""
    committee = _party_committee().search(listed)
    if committee is None or people < 2:
        return False
    place = re.escape(committee.group("place"))
    return len(re.findall(rf"\b{place}\b", listed)) == people


# "the Ruritanian Minister of Finance, Karl Berg,": a post, then a name without an honorific
# set off by commas (two or three capitalised words, then a comma, a full stop or the time).
_POST_AND_BARE_NAME = re.compile(
    r"(?P<post>(?:the\s+)?[A-Z][^,;.()]{2,80}?),\s+[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
    r"(?=\s*[,.;]|\s+(?:in|at|on|today|yesterday|this|last)\b)")


def _post_and_bare_name(obj: str) -> bool:
    """Whether ``obj`` opens with a person's post and a name without an honorific."""
    match = _POST_AND_BARE_NAME.match(obj)
    return bool(match and _post_noun().search(match.group("post")))


@cache
def _post_noun() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words('meetings', 'people_nouns'))})\b", re.IGNORECASE)


@cache
def _not_counterpart() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(words('meetings', 'not_counterparts'))})\b",
                      re.IGNORECASE)


def _quantified_people(obj: str) -> bool:
    """"officials of six Mainland ministries": a group counted, so a summary; "officials of
    A, B and C": the people of three or more organisations listed, each met in turn after."""
    head = re.match(r"(?:[a-z-]+\s+){1,2}(?:of|from)\s+(?P<rest>.*)", obj)
    if head is None:
        return False
    return bool(_quantifier().match(head.group("rest"))
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


def is_summary(clause: Clause) -> bool:
    """Whether ``clause`` sums up meetings ("held a series of meetings", "met officials of six
    ministries", "during the visit to X") rather than reporting one."""
    text = clause.text
    if re.search(r"\bmeetings\b", text):
        return True
    for match in (_met().search(text), _called_on().search(text)):
        if match:
            obj = _met_object(text, match)
            if _quantifier().match(obj) or _quantified_people(obj):
                return True
            if match.re is _met() and unnamed_group(obj):
                return True  # "visited X and met members of a club today": the day's summary
    return bool(re.search(r"\b(?:visit|trip|delegation)\s+to\b", text))
