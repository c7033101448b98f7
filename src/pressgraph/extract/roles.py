"""Who chaired, co-chaired, convened, hosted or led a side of a meeting, and for a call
the principal of each side (English releases).

The people layer (``person_mentions.py``, ``posts.py``, ``people.py``) gives every person
named in a sentence, with the posts printed next to the name. This layer reads the cues of
a sentence (``data/role_cues.tsv``) and, for each, the people it is about, by where they
stand in the clause:

* the subjects before a cue ("The Secretary ..., Mr A, and the Mayor ..., Mr B,
  co-chaired ..."; "He will co-chair ..." gives the person "he" stands for), and the
  people after a "with" that follows it ("... co-chaired the meeting with Mr B");
* the people right after a passive cue ("chaired by A", "led respectively by A and B");
* for a call, the subjects before "met" or "called on" and the people named after it.

A person is a subject when the words before the phrase that names them (their post or
honorific) are the start of the sentence, an adverbial ending in a comma, or "and" joining
them to another subject; a preposition or a verb before them ("with", "by", "briefed")
makes them an object. People named after "accompanied by", "joined by", "witnessed by"
attended; they are never chairs. "hosted" next to a meal ("a lunch hosted by") makes no
host: a meal is not a meeting.

Which cues count depends on the meeting: the chairing cues anywhere in its text; the cues
of a call only in the sentence that reports the call, and only for a call or an ad hoc
meeting. An official who attends a multilateral meeting is not its chair, even one who
leads a delegation to attend it: such a meeting has chairs only when the text says who
chaired it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import body_region, normalise, sentences
from pressgraph.extract.people import resolve
from pressgraph.extract.person_mentions import RawMention, scan_mentions
from pressgraph.extract.posts import post_only_at
from pressgraph.model import (
    AcronymDefinition,
    Meeting,
    ParsedRelease,
    PersonMention,
    RoleInMeeting,
    RoleName,
    Span,
)

# Meetings whose principals are the people who met: calls and ad hoc meetings.
_STANDING_KINDS = frozenset({"standing body meeting"})

_PRONOUN = re.compile(r"^(?:[^,]{0,40}, )?(He|She|he|she)\b|^(His|Her)\b")
_WITH = re.compile(r"\bwith\b")
# The end of a noun phrase that a passive cue describes: "X, chaired by", "X, to be ... by".
_APPOSITION = re.compile(r",\s*(?:(?:to\s+be|which\s+(?:was|is|will\s+be))\s+)?$")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_OBJECT_PRONOUN = re.compile(r"\s+(?:him|her|them)\b")
_WORD = re.compile(r"[A-Za-z][\w'’-]*|[,;()]")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "The", "A", "An",
                          "His", "Her", "Its", "Their"})


@dataclass(frozen=True)
class _Cue:
    role: RoleName
    direction: str  # "before", "after", "call" or "agents"
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Context:
    """What every cue of a meeting's text is read against."""

    release: ParsedRelease
    people: tuple[PersonMention, ...]
    acronyms: tuple[AcronymDefinition, ...]
    region: Span
    call: bool = False  # the meeting is a call (not a standing body's meeting)
    meeting: Meeting | None = None


@dataclass(frozen=True)
class _Named:
    """A person named in a sentence: where the phrase naming them starts (their post or
    honorific) and ends, and who they are."""

    start: int
    end: int
    person: PersonMention


@cache
def _cues() -> tuple[_Cue, ...]:
    return tuple(_Cue(row[0], row[1], re.compile(row[2], re.IGNORECASE))  # type: ignore[arg-type]
                 for row in wordlists.rows("role_cues.tsv") if len(row) >= 3)


@cache
def _other_verb() -> re.Pattern[str]:
    """The cues of leading a meeting, in one pattern: where the object of a call ends."""
    return re.compile("|".join(f"(?:{c.pattern.pattern})" for c in _cues()
                               if c.direction == "before"), re.IGNORECASE)


@cache
def _attendee_cues(scope: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(row[1], re.IGNORECASE)
                 for row in wordlists.rows("attendee_cues.tsv")
                 if len(row) >= 2 and row[0] == scope)


@cache
def _clause_words(kind: str) -> frozenset[str]:
    return frozenset(row[1] for row in wordlists.rows("clause_words.tsv")
                     if len(row) >= 2 and row[0] == kind)


@cache
def _name_comma() -> re.Pattern[str]:
    """A comma between capitalised words inside one name ("Hong Kong, China Consultations"),
    not before an honorific ("..., Mr A")."""
    honorifics = "|".join(re.escape(h) for h in sorted(wordlists.honorifics()))
    return re.compile(rf"\b[A-Z][a-z]+,(?= (?!(?:{honorifics})\b)[A-Z][a-z]+ [A-Z][a-z])")


@cache
def _meal_pattern() -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(wordlists.words("meal_words.txt")))
    return re.compile(rf"\b(?:{alternation})(?:e?s)?\b", re.IGNORECASE)


# --------------------------------------------------------------------------- entry


def find_roles(release: ParsedRelease, region: Span, people: tuple[PersonMention, ...],
               acronyms: tuple[AcronymDefinition, ...],
               meeting: Meeting | None = None) -> tuple[RoleInMeeting, ...]:
    """Who chaired, co-chaired, convened, hosted or led a side of the meeting whose text is
    ``region`` (its sentence is ``meeting.span``), and for a call the principal of each
    side; the other people named in its sentences as attendees."""
    text = release.text
    body = body_region(release)
    scan = Span(min(body.start, region.start), region.end)
    mentions = scan_mentions(release, scan, acronyms)
    own = meeting.span if meeting is not None else None
    context = _Context(release, people, acronyms, region,
                       meeting is not None and meeting.kind not in _STANDING_KINDS, meeting)
    calls = meeting is None or meeting.kind not in _STANDING_KINDS
    roles: list[RoleInMeeting] = []
    attendees: list[PersonMention] = []
    first_named: list[PersonMention] = []
    own_named: list[PersonMention] = []
    own_attended = False
    last_subject: PersonMention | None = None
    for sentence in sentences(release, scan):
        named = _named_in(sentence, mentions, people)
        subjects = _subjects(text, sentence, named)
        pronoun = _PRONOUN.match(text[sentence.start:sentence.end])
        carried = last_subject if pronoun and not _subject_before(subjects, named, sentence,
                                                                  pronoun.start()) else None
        previous = last_subject
        if subjects:
            last_subject = subjects[0].person
        if sentence.end <= region.start:
            continue  # read only to know who "he" or "she" is
        is_own = own is None or (sentence.start <= own.start < sentence.end
                                 or own.start <= sentence.start < own.end)
        in_region = [n for n in named if region.start <= n.start < region.end]
        if not first_named and in_region:
            first_named = [n.person for n in in_region]
        if not own_named and is_own and (in_region or carried is not None
                                         or sentence.start < region.start):
            # "He will also meet medical professionals ...": the one side named is "he";
            # those who only accompanied him are not a side
            attend_own = _attendee_phrases(text, sentence, named)
            own_named = [n.person for n in in_region
                         if not any(a.start <= n.start < a.end for a in attend_own)] or (
                [carried] if carried is not None else []) or [
                s.person for s in subjects[:1] if s.end <= region.start]  # "A met B, the C
            # Institute and ...": a call split from a list starts after A, its subject
            own_attended = _attended(text, sentence)
        found = _sentence_roles(context, sentence, named, subjects, carried or (
            previous if is_own else None), previous, is_own and calls)
        roles.extend(found)
        chosen = {id(r.person) for r in found}
        attend = _attendee_phrases(text, sentence, named)
        sentence_text = text[sentence.start:sentence.end]
        everyone = is_own or any(p.search(sentence_text) for p in _attendee_cues("sentence"))
        for item in in_region:
            if id(item.person) in chosen:
                continue
            if everyone or any(a.start <= item.start < a.end for a in attend):
                attendees.append(item.person)
    if not roles:
        role = _fallback_role(text, region, calls and not own_attended)
        # a body that convened: the first people of its text; a call: those of its sentence
        roles = [RoleInMeeting(p, role, "no cue: " + (
            "meeting's sentence" if role == "principal" else "first named"))
            for p in (own_named if role == "principal" else first_named)]
    if not calls and own_attended:  # "will lead a delegation to attend the Plenary of X"
        roles = [r if r.role != "principal" else RoleInMeeting(r.person, "attendee", r.reading)
                 for r in roles]
    roles.extend(RoleInMeeting(p, "attendee", "attendee") for p in attendees)
    return tuple(_best_role_each(roles))


def _fallback_role(text: str, region: Span, calls: bool) -> RoleName:
    """The role of the first people named in a meeting's text when no cue says who led
    it: the convenors of a body that "convened" its meeting; the principals of a call; for
    other meetings they attended."""
    if re.search(r"\bconven", text[region.start:region.end]):
        return "convenor"
    return "principal" if calls else "attendee"


def _attended(text: str, sentence: Span) -> bool:
    """Whether the sentence that reports a meeting says its people attend it ("will depart
    for Shenzhen to attend a meeting on ..."): attending a meeting is not leading a side,
    unless the meeting is one with another party ("attended a meeting with the Minister")."""
    for pattern in _attendee_cues("meeting"):
        match = pattern.search(text, sentence.start, sentence.end)
        if match is not None and not _WITH.search(text, match.end(), sentence.end):
            return True
    return False


def _subject_before(subjects: list[_Named], named: list[_Named], sentence: Span,
                    pronoun_at: int) -> bool:
    """Whether a named subject stands before the pronoun ("Mr A said he ...")."""
    return any(s.start < sentence.start + pronoun_at for s in subjects)


# --------------------------------------------------------------------------- mentions


def _named_in(sentence: Span, mentions: list[RawMention],
              people: tuple[PersonMention, ...]) -> list[_Named]:
    found: list[_Named] = []
    for raw in mentions:
        if not sentence.start <= raw.span.start < sentence.end:
            continue
        person = resolve(raw, people)
        if person is None:
            continue
        start = min([raw.span.start] + [p.span.start for p in raw.posts
                                        if p.span.start < raw.span.start])
        if start < sentence.start:
            start = raw.span.start
        # "Mr A, Director of X, and Mr B": the phrase naming A ends after his post
        end = max([raw.span.end] + [p.span.end for p in raw.posts
                                    if raw.span.end <= p.span.start < sentence.end])
        found.append(_Named(start, end, person))
    found.sort(key=lambda n: n.start)
    return found


def _words_between(text: str, start: int, end: int) -> list[str]:
    return _WORD.findall(text[start:end])


def _subjects(text: str, sentence: Span, named: list[_Named]) -> list[_Named]:
    """The people named in subject position, in text order (see the module's docstring)."""
    subject_words = _clause_words("subject")
    result: list[_Named] = []
    previous: _Named | None = None
    previous_subject = False
    for index, item in enumerate(named):
        words = _words_between(text, previous.end if previous else sentence.start, item.start)
        words = _without_determiners(words)
        joined = previous is not None and _joins(words) and _coordinated(text, named, index)
        if joined:
            is_subject = previous_subject
        else:
            before = _words_between(text, sentence.start, item.start)
            before = _without_determiners(before)
            last = before[-1] if before else None
            is_subject = last is None or last in {",", "(", ")", ";"} or last in subject_words or (
                last[:1].isupper())
        if is_subject:
            result.append(item)
        previous, previous_subject = item, is_subject
    return result


def _without_determiners(words: list[str]) -> list[str]:
    """The words before a person without the determiners and owners of their post ("the",
    "his", "Fujian's", "Hong Kong's": the capitalised words of the owner go with it)."""
    while words and (words[-1] in _DETERMINERS or words[-1].endswith(("'s", "’s"))):
        if words[-1].endswith(("'s", "’s")):
            owner = len(words) - 1
            while owner > max(0, len(words) - 4) and words[owner - 1][:1].isupper() and (
                    words[owner - 1] not in _DETERMINERS):
                owner -= 1
            words = words[:owner + 1]
        words = words[:-1]
    return words


def _joins(words: list[str]) -> bool:
    """Whether the words between two people only join them ("," "and" ";")."""
    return all(w in {",", ";", "and", "respectively", "both"} for w in words) and bool(words)


def _coordinated(text: str, named: list[_Named], index: int) -> bool:
    """Whether ``named[index]`` continues a list with the person before it: joined by "and",
    or by a comma in a list that an "and" closes ("A, B and C")."""
    words = _without_determiners(_words_between(text, named[index - 1].end, named[index].start))
    if "and" in words:
        return True
    for later in range(index + 1, len(named)):
        gap = _without_determiners(_words_between(text, named[later - 1].end, named[later].start))
        if not _joins(gap):
            return False
        if "and" in gap:
            return True
    return False


# --------------------------------------------------------------------------- cues


def _sentence_roles(context: _Context, sentence: Span, named: list[_Named],
                    subjects: list[_Named], carried: PersonMention | None,
                    previous: PersonMention | None, calls: bool) -> list[RoleInMeeting]:
    text = context.release.text
    body = text[sentence.start:sentence.end]
    taken: list[tuple[int, int]] = []
    attend = _attendee_phrases(text, sentence, named)
    roles: list[RoleInMeeting] = []
    called = False
    for cue in _cues():
        if cue.direction in {"call", "agents"} and not calls:
            continue
        for match in cue.pattern.finditer(body):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(a < end and start < b for a, b in taken):
                continue
            if cue.role == "host" and _near_meal(body, match):
                continue
            if cue.direction == "call" and called:
                continue  # "met A before meeting with B": A is this meeting's
            if cue.direction == "after" and _describes_another(text, sentence, start,
                                                                context.meeting, named):
                taken.append((start, end))
                continue
            people = _cue_people(context, sentence, named, subjects, carried, previous, cue,
                                 start, end, attend)
            if not people:
                continue
            called = called or cue.direction == "call"
            taken.append((start, end))
            subject_of = {id(s.person) for s in subjects if s.end <= start}
            roles.extend(RoleInMeeting(p, cue.role, f"{cue.direction} cue, " + (
                "subject" if id(p) in subject_of else "carried" if p is carried
                else "named after")) for p in people)
    if called and context.call:
        # a call's sentence may also report another meeting ("met with A, and co-chaired
        # the Plenary with B"): the call's principals are the people who met
        met = [r.person for r in roles if r.role == "principal"]
        roles = [r for r in roles if r.person in met]
    return roles


def _cue_people(context: _Context, sentence: Span, named: list[_Named],
                subjects: list[_Named], carried: PersonMention | None,
                previous: PersonMention | None, cue: _Cue, start: int, end: int,
                attend: list[Span]) -> list[PersonMention]:
    text = context.release.text
    region = context.region

    def free(item: _Named) -> bool:
        return not any(a.start <= item.start < a.end for a in attend)

    def in_region(item: _Named) -> bool:
        return region.start <= item.start < region.end

    if cue.direction == "after":
        return [n.person for n in _group_after(text, named, end, sentence.end) if in_region(n)]
    before = [s.person for s in subjects if s.end <= start and free(s)]
    if not before and carried is not None:
        before = [carried]
    if cue.direction == "agents":
        return [s.person for s in subjects if s.end <= start and free(s) and in_region(s)]
    if cue.direction == "call":
        limit = _clause_end(text, end, sentence.end)
        other = _other_verb().search(text, end, limit)
        limit = other.start() if other else limit  # "met with A, and co-chaired ... with B"
        after = [n.person for n in named if end <= n.start < limit and free(n) and in_region(n)]
        if not after and previous is not None and _OBJECT_PRONOUN.match(text, end):
            after = [previous]  # "discussed with her": the person the text is about
        if not after and region.start <= end:
            by_post = _post_only(context, end, limit)
            after = [by_post] if by_post is not None else []
        return _unique(before + after) if len(_unique(before + after)) > len(before) else []
    if not before:
        before = [n.person for n in _group_after(text, named, _after_comma(text, end,
                                                                            sentence.end),
                                                 sentence.end)]
    partners = [n.person for n in _with_partners(text, named, end, sentence.end)
                if in_region(n)]
    if not partners and before and region.start <= end:
        # "will co-chair the Plenary ... with Fujian's Vice-Governor": a partner by post
        at = _with_at(text, end, sentence.end)
        by_post = _post_only(context, at, _clause_end(text, at, sentence.end)) if at else None
        partners = [by_post] if by_post is not None else []
    return _unique(before + partners)


def _describes_another(text: str, sentence: Span, cue_start: int,
                       meeting: Meeting | None, named: list[_Named]) -> bool:
    """Whether a passive cue set off by a comma describes a body or meeting other than
    this one ("prepared for the Plenary of the Joint Conference, to be co-chaired by ...",
    "The Study Group on Air Quality under the council, chaired by ..."): the noun phrase
    before the comma names, in two or more capitalised words, something that is not the
    meeting's body, or a session other than the meeting's."""
    if meeting is None:
        return False
    before = text[sentence.start:cue_start]
    opening = _APPOSITION.search(before)
    if opening is None:
        return False
    phrase = before[:opening.start()]
    phrase_start = sentence.start + _last_break(phrase, meeting.body)
    phrase = text[phrase_start:sentence.start + opening.start()]
    if any(phrase_start <= n.end <= cue_start for n in named):
        return False  # "Mr A, co-chaired by video link ...": a person, not a body
    named = [w for w in _CAPITALISED.findall(phrase) if w not in _DETERMINERS]
    own = {w.casefold() for w in _CAPITALISED.findall(f"{meeting.body} {meeting.session}")}
    if len(named) < 2 or all(w.casefold() in own for w in named):
        return False  # "The Meeting, chaired by ...", "The Joint Conference, ...": this one
    words = normalise(phrase)
    if meeting.body and normalise(meeting.body) not in words:
        return True
    return bool(meeting.session) and normalise(meeting.session or "") not in words


def _last_break(phrase: str, body: str | None) -> int:
    """Where the noun phrase before a cue's comma starts: after the last comma or semicolon
    of ``phrase``, except one inside the meeting's own body name ("The Committee on
    Innovation, Technology and ... held its meeting, chaired by ...")."""
    inside: list[tuple[int, int]] = []
    if body and ("," in body or ";" in body):
        inside = [(m.start(), m.end()) for m in re.finditer(re.escape(body), phrase)]
    breaks = [i for i, ch in enumerate(phrase) if ch in ",;"
              and not any(start <= i < end for start, end in inside)]
    return breaks[-1] + 1 if breaks else 0


def _post_only(context: _Context, position: int, limit: int) -> PersonMention | None:
    """The person met given only by a post ("called on the Consul General of ..."): the
    person the release names with that post, or the post alone."""
    found = post_only_at(context.release, position, limit, context.acronyms)
    if found is None:
        return None
    titles = [normalise(p.title) for p in found.posts]
    for person in context.people:
        held = [normalise(p.title) for p in person.posts]
        if person.name and all(any(h == t or h.endswith(" " + t) for h in held)
                               for t in titles):
            return person  # "the Prime Minister" after "British Prime Minister Tony Blair"
    return found


def _group_after(text: str, named: list[_Named], position: int, limit: int) -> list[_Named]:
    """The person whose phrase starts right after ``position`` and those joined to them."""
    group: list[_Named] = []
    for index, item in enumerate(named):
        if item.start < position or item.start >= limit:
            continue
        if not group:
            gap = _without_determiners(_words_between(text, position, item.start))
            if any(w not in {"respectively", "both"} for w in gap):
                return []
            group.append(item)
            continue
        gap = _words_between(text, group[-1].end, item.start)
        gap = [w for w in gap if w not in _DETERMINERS and w != "by"]
        if not _joins(gap) or not _coordinated(text, named, index):
            break
        group.append(item)
    return group


def _after_comma(text: str, position: int, limit: int) -> int:
    """Past the participle phrase a sentence opens with ("Leading a delegation, ...")."""
    comma = text.find(",", position, limit)
    return comma + 1 if comma >= 0 else position


def _with_partners(text: str, named: list[_Named], position: int, limit: int) -> list[_Named]:
    """The people after the first "with" that follows a cue in its clause."""
    at = _with_at(text, position, limit)
    if at is None:
        return []
    return _group_after(text, named, at, _clause_end(text, position, limit))


def _with_at(text: str, position: int, limit: int) -> int | None:
    """Where the words after the first "with" of a cue's clause start: before the clause's
    first comma, not counting a comma inside a name ("Hong Kong, China")."""
    clause_end = _clause_end(text, position, limit)
    stretch = _name_comma().sub(lambda m: m.group()[:-1] + " ", text[position:clause_end])
    comma = re.search(r",(?!\s*with\b)", stretch)  # ", with B": the partner set off
    match = _WITH.search(text, position, position + comma.start() if comma else clause_end)
    return match.end() if match is not None else None


def _clause_end(text: str, position: int, limit: int) -> int:
    breaks = _clause_words("break")
    for match in re.finditer(r"[;]|\b[a-z]+\b", text[position:limit]):
        if match.group() == ";" or match.group() in breaks:
            return position + match.start()
    return limit


def _attendee_phrases(text: str, sentence: Span, named: list[_Named]) -> list[Span]:
    """Where the people named after "accompanied by", "joined by"... are."""
    body = text[sentence.start:sentence.end]
    spans: list[Span] = []
    for pattern in _attendee_cues("phrase"):
        for match in pattern.finditer(body):
            start = sentence.start + match.end()
            group = _group_after(text, named, start, sentence.end)
            if group:
                spans.append(Span(start, group[-1].end))
    return spans


def _near_meal(body: str, match: re.Match[str]) -> bool:
    """"a lunch hosted by", "hosted a dinner": a meal, not a meeting."""
    before = body[max(0, match.start() - 40):match.start()]
    after = body[match.end():match.end() + 30]
    words_before = before.split()[-3:]
    return bool(_meal_pattern().search(" ".join(words_before))
                or _meal_pattern().match(after.lstrip()))


def unnamed_leads_as_attendees(roles: tuple[RoleInMeeting, ...]) -> tuple[RoleInMeeting, ...]:
    """The roles with a chair, host, convenor or principal whom the text gives only by a
    post ("the Minister", "the Mayor of X") kept as an attendee: measured on the real
    releases, a lead read without a name is more often wrong (another person's post, a
    person named elsewhere by name, an office rather than someone present) than right."""
    return tuple(r if r.person.name or r.role == "attendee" else
                 RoleInMeeting(r.person, "attendee", r.reading) for r in roles)


def _unique(people: list[PersonMention]) -> list[PersonMention]:
    seen: list[PersonMention] = []
    for person in people:
        if not any(p is person or p == person for p in seen):
            seen.append(person)
    return seen


def _best_role_each(roles: list[RoleInMeeting]) -> list[RoleInMeeting]:
    """One role per person: a chairing role wins over "principal", which wins over
    "attendee"."""
    rank = {"co-chair": 0, "chair": 0, "convenor": 0, "host": 1, "principal": 2, "attendee": 3}
    best: list[RoleInMeeting] = []
    for role in roles:
        index = next((i for i, r in enumerate(best) if r.person == role.person), None)
        if index is None:
            best.append(role)
        elif rank[role.role] < rank[best[index].role]:
            best[index] = role
    return best
