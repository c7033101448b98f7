"""Transcripts (speeches, remarks, question-and-reply): a transcript reports no meeting of
its own, but its opening may name the meeting the remarks were given at or followed
("Following is the speech by X at the Second Joint Meeting of ... today", "... at a media
session after the fifth meeting of the <Body>", "... after attending the ...", "... at a
media session at <a place>, after the <Body> meeting today")."""

from __future__ import annotations

import re
from functools import cache

from pressgraph.extract.body_names import headed_by_body
from pressgraph.extract.lexicon import alternation, lexicon, words
from pressgraph.extract.meeting_clauses import Clause, Found, Mentions
from pressgraph.extract.meeting_nouns import part_of_meeting
from pressgraph.extract.meetings import meetings_at
from pressgraph.extract.sentences import Sentence
from pressgraph.model import ParsedRelease, PersonMention, RoleInMeeting, Span


def is_transcript(release: ParsedRelease) -> bool:
    """A speech, remarks or question-and-reply transcript rather than a report."""
    meetings = lexicon()["meetings"]
    title = release.title_clean.lower()
    if any(title.startswith(cue) for cue in meetings["transcript_titles"]):
        return True
    # the opening may follow a headline the parse left in the body
    return any(block.text.lower().startswith(cue) for block in release.blocks[:_OPENING_BLOCKS]
               for cue in meetings["transcript_openings"])


# How many blocks of a release's body may hold a transcript's opening ("Following is ...").
_OPENING_BLOCKS = 3


def occasion_meetings(sentence: Sentence, index: int, release: ParsedRelease,
                      mentions: Mentions) -> list[Found]:
    """The meeting a transcript was given at, as its opening names the occasion: "Following
    is the speech by X at the Second Joint Meeting of ... today", "... at the hearing of the
    Select Committee on ...". An occasion that is no meeting (a luncheon, a media session
    before a meeting, a debate in the Council) gives none."""
    at = _occasion_start(sentence.text)
    if at is None:
        return _call_before_remarks(sentence, index)
    if _unheld().search(sentence.text, at.end()):
        return []  # "after the meeting of X was postponed"
    clause = Clause(sentence.text[at.end():], sentence.span.start + at.end(), index)
    found = meetings_at(clause, release, mentions)
    return [item for item in found if item.anchor == clause.start
            and (item.body or item.kind == "meeting")  # "at the special meeting of Ministers"
            ] or _meeting_attended(clause, at) or _call_before_remarks(sentence, index)


# "the second <Place>-<Place> thematic meeting on <topic>": a meeting noun phrase, whatever
# its modifiers, as the object the remarks followed.
_MEETING_OBJECT = re.compile(r"(?:the|a|an)\s+[^:;,]{0,120}?\bmeeting\b(?!s)")


# "the Fight Crime Committee (FCC) meeting": a body's name, its short form after it, and the
# word "meeting".
_BODY_MEETING = re.compile(r"the\s+(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)"
                           r"(?:\s+\([A-Z][\w&-]*\))?\s+meeting\b(?!s)")


# "a breakfast meeting on <topic>": a meeting told only by words in lower case, no name.
_PLAIN_MEETING = re.compile(r"(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}meeting\b(?!s|\s+of\b)")


def _meeting_attended(clause: Clause, start: re.Match[str]) -> list[Found]:
    """The meeting a transcript's opening says the speaker led a delegation to before the
    remarks, when the finders read no name in it ("after leading representatives to X to
    attend the second thematic meeting on ... today"), or a meeting told by no name at all
    that the remarks followed ("at a media session after a breakfast meeting on ...", "after
    attending the breakfast meeting on ... with ...")."""
    verb = start.groupdict().get("verb")
    if start.re is _after_meeting() and verb is None and _MEETING_OBJECT.match(clause.text):
        named = _BODY_MEETING.match(clause.text)
        if named and headed_by_body(named.group("name")):  # "after the <Committee> meeting"
            return [Found(clause, "standing body meeting", named.group("name"),
                          Span(clause.start + named.start("name"),
                               clause.start + named.end("name")), anchor=clause.start)]
        return [Found(clause, "meeting", anchor=clause.start)]
    if start.re in (_after_meeting(), _after_occasion()) and _PLAIN_MEETING.match(clause.text) \
            and (verb is None or verb.lower() in words("meetings", "transcript_after_verbs")):
        return [Found(clause, "meeting", anchor=clause.start)]
    return []  # "after attending the Legislative Council meeting": the finders' reading


@cache
def _after_occasion() -> re.Pattern[str]:
    occasions = alternation(words("meetings", "transcript_after_occasions"))
    verbs = alternation((*words("meetings", "transcript_after_verbs"),
                          *words("meetings", "transcript_return_verbs")))
    return re.compile(rf"(?:the|a|an)\s+(?:{occasions})\s+after\s+(?:(?P<verb>{verbs})\s+)?"
                      rf"(?=(?:the|a|an)\s)", re.IGNORECASE)


def _occasion_start(text: str) -> re.Match[str] | None:
    """Where the occasion of a transcript's remarks is named: after "at" ("at the Second
    Joint Meeting of ..."), or after "after" and its verb when the remarks followed a meeting
    ("at a media session after the fifth meeting of ...", "after attending the ...")."""
    at = re.search(r"\bat\s+(?=(?:the|a|an)\s)", text)
    after = _after_meeting().search(text)
    if after and (at is None or after.start() < at.start()
                  or _remarks_occasion().match(text, at.end())):
        return after  # "at a media session with <officials> after attending the ..."
    if at is None:
        return None
    return _after_occasion().match(text, at.end()) or part_of_meeting(text, at.end()) or at


def occasion_undated(sentence: Sentence) -> bool:
    """Whether a transcript's opening dates its remarks, not the meeting before them ("at a
    media session after returning from the <Series> in X today")."""
    start = _occasion_start(sentence.text)
    verb = start.groupdict().get("verb") if start else None
    return bool(verb) and verb.lower() in words("meetings", "transcript_return_verbs")


@cache
def _after_meeting() -> re.Pattern[str]:
    """"remarks by X after attending the ...": the remarks followed the meeting named."""
    verbs = alternation((*words("meetings", "transcript_after_verbs"),
                          *words("meetings", "transcript_return_verbs")))
    leads = alternation(words("meetings", "transcript_lead_verbs"))
    purposes = alternation(words("meetings", "transcript_purpose_verbs"))
    return re.compile(rf"\bafter\s+(?:(?:(?P<verb>{verbs})|(?:{leads})\b[^:;]{{0,200}}?"
                      rf"\bto\s+(?:{purposes}))\s+)?(?=(?:the|a|an)\s)", re.IGNORECASE)


@cache
def _remarks_occasion() -> re.Pattern[str]:
    """An occasion of remarks that is no meeting ("a media session", "a press conference")."""
    occasions = alternation(words("meetings", "transcript_after_occasions"))
    return re.compile(rf"(?:the|a|an)\s+(?:{occasions})\b", re.IGNORECASE)


@cache
def _unheld() -> re.Pattern[str]:
    cues = alternation(words("meetings", "transcript_unheld_cues"))
    return re.compile(rf"\b(?:was|were|had\s+been|has\s+been)\s+(?:{cues})\b[^:]*:",
                      re.IGNORECASE)


@cache
def _after_call() -> re.Pattern[str]:
    """"... after meeting the Mayor of X, Mr Y, at ... today": the party the speaker met
    before the remarks, up to where the opening turns to place or time."""
    verbs = alternation(words("meetings", "transcript_call_verbs"))
    return re.compile(
        rf"\bafter\s+(?P<verb>{verbs})\s+(?P<party>(?:the\s+)?[^:;]*?[A-Z][^:;]*?)"
        rf"(?=,?\s+(?:at|in|on)\s|,?\s+(?:today|yesterday|this|last|earlier)\b|:)")


def _call_before_remarks(sentence: Sentence, index: int) -> list[Found]:
    """The call a transcript's opening says the remarks followed ("remarks by X after
    meeting the chairmen of the District Councils today"): held, with the party named."""
    matched = _after_call().search(sentence.text)
    if matched is None:
        return []
    start = sentence.span.start
    clause = Clause(sentence.text[matched.start():], start + matched.start(), index)
    return [Found(clause, "meeting", anchor=start + matched.start("verb"),
                  counterpart=matched.group("party").strip(" ,"))]


def speaker_leads_occasion(opening: Sentence) -> bool:
    """Whether a transcript's opening says the speaker met someone before the remarks
    ("after meeting the District Council chairmen today") or led a side to the meeting
    ("after leading representatives to X to attend the ... meeting"): the speaker is then a
    principal of that occasion. One only attended ("after attending", "at the ... meeting")
    or a side accompanied ("after accompanying X to attend") names no principal."""
    if _after_call().search(opening.text):
        return True
    leads = alternation(words("meetings", "transcript_leading_verbs"))
    purposes = alternation(words("meetings", "transcript_purpose_verbs"))
    return re.search(rf"\bafter\s+(?:{leads})\b[^:;]{{0,200}}?\bto\s+(?:{purposes})\b",
                     opening.text, re.IGNORECASE) is not None


# The speaker of a transcript, as its opening names them: "Following is the transcript of
# remarks by the Chief Executive, Mr X, at ...", "remarks (English portion) given by X".
_BY_SPEAKER = re.compile(r"\bby\s+", re.IGNORECASE)


def opening_sentence(all_sentences: tuple[Sentence, ...]) -> Sentence | None:
    """The sentence that opens a transcript ("Following is ..."), wherever a lead before it
    ends ("The delegation arrived in X today. Following is the transcript of ...")."""
    return next((s for s in all_sentences[:_OPENING_SENTENCES]
                 if _OPENING.match(s.text)), None)


# "Following is the transcript ...", "The following is ...", "Follows is ...".
_OPENING = re.compile(r"(?:the\s+)?follow(?:ing|s)\s+is\b", re.IGNORECASE)

# How many sentences of a transcript may come before its opening.
_OPENING_SENTENCES = 4


def speaker(opening: Sentence, people: tuple[PersonMention, ...]) -> PersonMention | None:
    """The person whose remarks the transcript gives: the first person the opening names
    after "by"."""
    by = _BY_SPEAKER.search(opening.text)
    if by is None:
        return None
    start = opening.span.start + by.end()
    named = [person for person in people
             if start <= person.span.start < opening.span.end and person.name]
    return min(named, key=lambda person: person.span.start, default=None)


def speaker_role(person: PersonMention | None,
                 roles: tuple[RoleInMeeting, ...]) -> tuple[RoleInMeeting, ...]:
    """The roles of a meeting the speaker reports in the first person: the speaker leads
    their side, beside whoever the finders see in the speaker's account."""
    if person is None or any(role.person.name == person.name for role in roles):
        return roles
    return (RoleInMeeting(person, "principal", "transcript speaker"), *roles)


# What a speaker's account tells as held by others: "The <Body> held its meeting this
# afternoon", "The Task Force has held its first meeting", "The Secretary for Justice has
# also met members of ...": a named subject (after the speaker's label, if any), an
# auxiliary of the perfect or none, and the verb of meeting or "held" right before the
# meeting. A pronoun subject ("he", "they"), a described one ("the two ministers"), a modal
# or a condition ("would have met", "if the committee met") tells no meeting of the release.
_THIRD_PERSON_HELD = re.compile(
    r"^(?:[A-Z][\w ,()'&/-]{0,60}:\s+)?"  # the speaker's label
    r"(?P<subject>(?:The|the)\s+[^;:?]{2,160}?"  # "The <Body>", "The Secretary for X"
    r"|[A-Z][\w()'&/-]*(?:\s+(?:[A-Z][\w()'&/-]*|of|for|on|and|the)){0,12})"  # a proper name
    r"(?:,[^,;:?]{1,80},)?"  # an apposition: "the Secretary for Justice, Mr X,"
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|just|already|now)\s+)?(?:held\s+)?$")

# Words that make a clause talk about a meeting rather than report one.
_TALK = re.compile(r"\b(?:would|could|should|might|may|will|shall|can|if|whether|unless|when|"
                   r"he|she|they|it|you|Reporter|Question)\b", re.IGNORECASE)


def reported_as_held(before: str, sentence: str) -> bool:
    """Whether the words before a meeting in a transcript's account report it as held by
    a named party ("The <Body> has held its first meeting"), not merely talk about it."""
    if "?" in sentence or _OPENING.match(sentence):
        return False
    matched = _THIRD_PERSON_HELD.match(before)
    return bool(matched) and _named(matched.group("subject")) and not _TALK.search(before)


def _named(subject: str) -> bool:
    """Whether a subject names its party ("The second-term Commission", "The Secretary for
    X") rather than describing it ("The two ministers"): a capitalised word after "The"."""
    return re.search(r"\b[A-Z]", re.sub(r"^(?:The|the)\s+", "", subject)) is not None


def reported_body(body: str | None, before: str) -> str | None:
    """The body whose meeting the account reports: the one the finders read, without the
    speaker's label before it ("Secretary for Security: The <Body>"), else the subject
    when a body's head heads it ("The Task Force has held its first meeting")."""
    if body is not None:
        return re.sub(r"^[^:]*:\s+(?:[Tt]he\s+)?", "", body)
    matched = _THIRD_PERSON_HELD.match(before)
    subject = re.sub(r"^(?:The|the)\s+", "", matched.group("subject")) if matched else ""
    return subject if subject and headed_by_body(subject) else None


# "The <Body> has met today": a body's meeting told by the intransitive verb alone, the body
# the subject (after the speaker's label, if any) and the day right after the verb.
_BODY_HAS_MET = re.compile(
    r"^(?:[A-Z][\w ,()'&/-]{0,60}:\s+)?(?:The|the)\s+(?P<body>[^;:?]{2,160}?)"
    r"(?:\s+\([A-Z][\w&-]*\))?\s+(?:has|have)\s+(?:(?:also|just|now)\s+)?"
    r"(?P<verb>met|convened)\s+(?=(?:today|yesterday|this\s+(?:morning|afternoon|evening))\b)")


def body_has_met(sentence: Sentence, index: int) -> Found | None:
    """A standing body's meeting the speaker reports by "The <Body> has met today"."""
    matched = _BODY_HAS_MET.match(sentence.text)
    if matched is None or not headed_by_body(matched.group("body")):
        return None
    body = matched.group("body")
    start = sentence.span.start
    clause = Clause(sentence.text, start, index)
    return Found(clause, "meeting", body=body[:1].upper() + body[1:],
                 body_span=Span(start + matched.start("body"), start + matched.end("body")),
                 anchor=start + matched.start("verb"))
