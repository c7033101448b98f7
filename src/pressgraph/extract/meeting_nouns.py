"""Meetings that an English clause names with a noun rather than a verb of meeting.

* A meeting with someone: "During his meeting with the Minister, Mr X, ...", "after a
  breakfast meeting with President Y", "This was followed by a meeting with ...",
  "hosted an anti-epidemic task force meeting online with ...", "held bilateral meetings
  with A, B and C" (one meeting for each person named; with no one named, one for each
  organisation or post listed: "held meetings with officials of the A Ministry and the B
  Administration"), "During a one-hour meeting, ...".
  A meeting with someone already met in the release is that meeting again, and so is a
  meeting with an organisation where no one is named, when a person of it is met after.

* A body's meeting named by whose it is or when: "after the task force's first meeting
  today", "<Body> has approved ... at its meeting on November 16", "submitted to the
  council at today's meeting", "at tomorrow's KCDC meeting", "The first Board meeting is
  scheduled to be held on ...". A body named by its head noun alone ("the Committee", "the
  task force") is the body whose full name the release gave last.

The words that may stand before such a noun phrase and the modifiers a meeting may have are
data (``data/meetings_en.toml``, ``[nouns]``).
"""

from __future__ import annotations

import re
from functools import cache

from pressgraph.extract.body_names import has_body_head, headed_by_body
from pressgraph.extract.counterpart_lists import listed_organisations, named_organisation
from pressgraph.extract.lexicon import alternation, lexicon, words
from pressgraph.extract.meeting_clauses import (
    OBJECT_END,
    Clause,
    Found,
    Mentions,
    object_persons,
    of_organisation,
    parse_ordinal,
    person_start,
)
from pressgraph.extract.names import ShortForm, clean_name, name_at
from pressgraph.model import Span


@cache
def _meeting_with() -> re.Pattern[str]:
    leads = alternation(words("nouns", "meeting_leads"))
    after = alternation(words("nouns", "after_meeting"))
    heads = alternation(tuple(sorted(words("nouns", "meeting_heads"), key=len, reverse=True)))
    asides = alternation(words("nouns", "asides_before_with"))
    return re.compile(
        rf"\b(?P<lead>{leads})\s+"
        rf"(?:(?P<det>a|an|his|her|their|its|the)\s+)?"
        rf"(?P<mods>(?:[a-z][\w-]*\s+){{0,3}}?)"
        rf"(?P<head>{heads})(?P<plural>s)?\b"
        rf"(?:\s+(?:{after}))?"
        # words between the meeting and "with": a time, a building, a term ("a meeting this
        # afternoon with", "the first meeting in the current term of the Council with")
        rf"(?P<with>(?:\s+(?:{asides})\b[^,.;:]{{0,80}}?)?\s+with\b)?", re.IGNORECASE)


# A verb before "the <ordinal> meeting with" ("had the first meeting this term with"): one of
# a series of meetings between people, reported as held; after a preposition ("at the first
# meeting with") it is the occasion of something else.
_THE_ORDINAL_LEADS = frozenset({"held", "had", "hold", "have", "having", "holding"})


def _the_without_ordinal(det: str, mods: str, lead: str) -> bool:
    """Whether "the" opens the phrase without an ordinal after a verb of holding."""
    if det != "the":
        return False
    first = mods.split()[:1]
    return not (first and parse_ordinal(first[0]) is not None
                and lead.lower() in _THE_ORDINAL_LEADS)


@cache
def _people_noun() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words('meetings', 'people_nouns'))})\b", re.IGNORECASE)


@cache
def _not_modifiers() -> frozenset[str]:
    return frozenset(words("nouns", "not_modifiers"))


def _kind(mods: str) -> str:
    lower = mods.lower()
    if "working" in lower:
        return "working meeting"
    if "courtesy" in lower:
        return "courtesy call"
    return "bilateral meeting"


def meetings_with(clause: Clause, mentions: Mentions, existing: list[Found],
                  not_counterpart: re.Pattern[str]) -> list[Found]:
    """The meetings with people that ``clause`` names by a noun phrase."""

    for match in _meeting_with().finditer(clause.text):
        det = (match.group("det") or "").lower()
        mods = match.group("mods")
        plural = bool(match.group("plural"))
        head = " ".join(match.group("head").lower().split())
        lead = match.group("lead")
        again = _the_without_ordinal(det, mods, lead)
        if again and lead.lower() not in words("meetings", "within_leads"):
            continue  # "after the meeting with": the meeting named before
        if det == "the":
            mods = " ".join(mods.split()[1:])  # the ordinal
        if any(word.lower() in _not_modifiers() for word in mods.split()):
            continue
        if head in {"call", "talks"} and not (match.group("with") and (det or plural)):
            continue  # "held talks with" is the verb rule's; "a call with", "calls with" are ours
        if not det and not plural:
            continue
        anchor = clause.start + match.start()
        if not match.group("with"):
            # "During a one-hour meeting, ...": a meeting introduced, its counterpart earlier
            if det in {"a", "an"} and not plural and lead[:1].isupper() \
                    and clause.text[match.end():].lstrip().startswith(","):
                return [Found(clause, _kind(mods), anchor=anchor, by_noun=True)]
            continue
        rest = clause.text[match.end():]
        obj = rest.lstrip()
        if not_counterpart.match(obj):
            continue
        obj_start = clause.end - len(obj)
        names = object_persons(obj, obj_start, mentions.persons)
        if met_before(names, obj, mentions, existing):
            return []
        if again and (plural or not names or _any_name_met(names, mentions, existing)):
            continue  # "during the meeting with the Minister": the meeting named before; but
            # "At the meeting with <a post, a name>, he said ..." after other calls is the call
            # of the itinerary with that person, told by what was said at it
        if plural:
            if not names:
                # "held meetings with officials of the A Ministry and the B Administration":
                # a meeting with each party listed; "with various officials": a summary
                parties = listed_organisations(obj, obj_start, _people_noun())
                if parties is None:
                    continue
                return [Found(clause, _kind(mods), anchor=anchor, counterpart=party.counterpart,
                              region_start=party.start if index else None, by_noun=True)
                        for index, party in enumerate(parties)]
            found = [Found(clause, _kind(mods), anchor=anchor,
                           counterpart=mentions.text[span.start:span.end],
                           region_start=person_start(mentions.text, names, index), by_noun=True)
                     for index, span in enumerate(names)]
            extra = _listed_people(obj) - len(names)  # a name the people layer did not know
            return found + [Found(clause, _kind(mods), anchor=anchor, by_noun=True)
                            for _ in range(max(0, extra))]
        if not (names or obj[:1].isupper() or re.match(r"(?:the|a|an)\s+[A-Z]", obj)
                or of_organisation(obj)):  # "with representatives from the Committee on ..."
            continue
        return [Found(clause, _kind(mods), anchor=anchor, by_noun=True,
                      counterpart=mentions.text[names[0].start:names[0].end] if names
                      else _head_of(obj))]
    return _meeting_between(clause, mentions, existing)


@cache
def _between() -> re.Pattern[str]:
    leads = alternation((*words("nouns", "meeting_leads"), "on"))
    days = alternation(words("nouns", "meeting_days"))
    return re.compile(
        rf"\b(?:{leads})\s+(?P<det>the|a|an|(?:{days})['’]s)\s+"
        rf"(?P<mods>(?:[a-z][\w-]*\s+){{0,2}}?)meeting\s+between\s+", re.IGNORECASE)


def _meeting_between(clause: Clause, mentions: Mentions, existing: list[Found]) -> list[Found]:
    """"attended an annual meeting between A and B", "On today's meeting between A and B,
    ...", "During the meeting between the A members and the B members, ...": a meeting of
    the two parties named. The one already reported with the same party is not new."""
    match = _between().search(clause.text)
    if match is None or any(word.lower() in _not_modifiers()
                            for word in match.group("mods").split()):
        return []
    obj = clause.text[match.end():]
    if not (obj[:1].isupper() or re.match(r"(?:the|a|an)\s+[A-Z]", obj)):
        return []  # "a meeting between the two sides": no party named
    names = object_persons(obj, clause.end - len(obj), mentions.persons)
    if met_before(names, obj, mentions, existing):
        return []
    first_party = re.split(r"\s+and\s+|,", obj, maxsplit=1)[0]
    if any(first_party in found.clause.text for found in existing):
        return []  # the meeting of these parties named again
    counterpart = mentions.text[names[-1].start:names[-1].end] if names else None
    return [Found(clause, "bilateral meeting", anchor=clause.start + match.start(),
                  counterpart=counterpart, by_noun=True)]


def _listed_people(obj: str) -> int:
    """How many people a news-style object lists ("<post> A, <post> B and <post> C"): the
    items of the list, each of three words or more ending in a capitalised word (a name)."""
    end = OBJECT_END.search(obj)
    piece = re.split(r"[.;]", obj[: end.start() if end else len(obj)], maxsplit=1)[0]
    items = re.split(r",\s+(?:and\s+)?|\s+and\s+", piece)
    honorifics = set(lexicon()["honorifics"])
    if any(item.split()[:1] and item.split()[0] in honorifics for item in items):
        return 0  # "the Minister of X, Mr A, and ...": the commas set the names off, not items
    return sum(1 for item in items
               if len(item.split()) >= 3 and item.split()[-1][:1].isupper())


def _head_of(obj: str) -> str | None:
    """The first name-like stretch of an object: "Chief Executive CY Leung" in "Chief
    Executive CY Leung in Beijing"."""
    if not re.match(r"(?:the\s+)?[A-Z]", obj):
        return None  # "representatives from ...": no one named
    head = re.split(r"[,.;:(]|\s+(?:to|in|on|at|and|who|where|for|from)\s", obj, maxsplit=1)[0]
    return head.strip() or None


def same_counterpart(found: Found, others: list[Found]) -> bool:
    """Whether another meeting found is with the person ``found`` is with (by the surname,
    or by the last word of the name-like object the noun phrase gave)."""
    if not found.counterpart:
        return False
    surname = _surname(found.counterpart)
    for other in others:
        if other is found or other.anchor == found.anchor:
            continue  # (one of the meetings the same phrase names)
        if other.counterpart:
            if _surname(other.counterpart) == surname:
                return True
        elif re.search(rf"\b{re.escape(surname)}\b",
                       other.clause.text[other.anchor - other.clause.start:]):
            return True
    return False


# The words from a verb of meeting to the name of what it met: "called on the ", "met with
# members of the ", "paid a courtesy call to the ".
_TO_THE_NAME = re.compile(r"(?:[a-z-]+\s+){1,6}?(?=[A-Z])")


def told_by_its_people(found: Found, others: list[Found]) -> bool:
    """Whether ``found``, a meeting with an organisation where no one is named ("The delegation
    called on the A Commission (AC) this morning", "met members of the B Council"), is told
    again by a later meeting with a person named as of that organisation ("They met the
    Director-General of the AC, Mr X", "first met the Chairman of the B Council, Mr Y"): that
    later call is the meeting, as "called on the A Court and met its President" is one."""
    if found.counterpart or found.body:
        return False
    rest = found.clause.text[found.anchor - found.clause.start:]
    lead = _TO_THE_NAME.match(rest)
    if lead is None:
        return False
    obj = rest[lead.end():]
    name = named_organisation(obj)
    if name is None:
        return False
    # its short form, printed after the name (which may run on past a comma: "the A
    # Commission of Housing, Urban Development and Management (ACHUDM)")
    short = re.match(rf"(?:the\s+)?{re.escape(name)}[^().;]{{0,80}}?\s+\((?P<short>[A-Z][\w&-]+)\)",
                     obj)
    named = rf"\b(?:{re.escape(name)}{'|' + re.escape(short['short']) if short else ''})\b"
    for other in others:
        if other.anchor <= found.anchor or not other.counterpart:
            continue
        text = other.clause.text[other.anchor - other.clause.start:]
        at = text.find(other.counterpart)
        if at > 0 and re.search(named, text[:at]):
            return True
    return False


def met_before(names: list[Span], obj: str, mentions: Mentions, existing: list[Found]) -> bool:
    """Whether a meeting already found is with the person this object names."""
    met = {_surname(found.counterpart) for found in existing if found.counterpart}
    if not met:
        return False
    named = {_surname(mentions.text[span.start:span.end]) for span in names}
    if named:
        return bool(named & met)
    return any(re.search(rf"\b{re.escape(surname)}\b", obj[:80]) for surname in met)


def _any_name_met(names: list[Span], mentions: Mentions, existing: list[Found]) -> bool:
    """Whether a name in ``names`` is a counterpart met before, named again in part ("Mr
    Zhang" after "Mr Zhang Wei", whichever of the words is the surname; but not "Wang Li"
    after "Wang Ming")."""
    honorifics = set(lexicon()["honorifics"])

    def words_of(name: str) -> set[str]:
        return {word for word in re.findall(r"[\w'’-]+", name)
                if word[:1].isupper() and word not in honorifics}

    met = [words_of(found.counterpart) for found in existing if found.counterpart]
    return any(named and any(named <= before for before in met)
               for named in (words_of(mentions.text[span.start:span.end]) for span in names))


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].strip(".,;:'\u2019") if words else name


# --------------------------------------------------------------------------- a body's meeting


@cache
def _body_meeting() -> re.Pattern[str]:
    ordinal = "|".join(sorted((re.escape(w) for w in lexicon()["ordinals"]), key=len, reverse=True))
    ordinal = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|(?i:{ordinal}))"
    days = alternation(words("nouns", "meeting_days"))
    word = r"(?!(?:at|in|on|to|of|for|and|with|by|from)\b)[\w&-]+"
    name = r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}"
    return re.compile(
        rf"\b(?:"
        rf"(?i:the)\s+(?P<owner>{word}(?:\s+{word})?)['’]s"  # the task force's
        rf"|(?P<lead>(?i:at|in|after|during))\s+its"  # at its
        rf"|(?P<day>(?i:{days}))['’]s(?:\s+(?P<dayname>{name}))?"  # today's (KCDC)
        rf"|(?i:the)\s+(?:(?P<nord>{ordinal})\s+)?(?P<named>{name})"  # the first Board
        rf"(?:\s+\([A-Z][\w&-]*\))?"  # the first <Commission> (EDC) meeting
        rf")\s+(?:(?P<ord>{ordinal})\s+)?meeting\b(?!s)")


def body_meetings(clause: Clause, text: str, forms: tuple[ShortForm, ...],
                  subject: str | None) -> list[Found]:
    """A body's meeting named by whose it is or by its day (see the module's docstring);
    ``subject`` is the body the clause opens with, if any ("<Body> has approved ...")."""
    found: list[Found] = []
    for match in _body_meeting().finditer(clause.text):
        start = clause.start + match.start()
        before = clause.text[:match.start()]
        owner = match.group("owner") or match.group("dayname") or match.group("named")
        if match.group("named") is not None:
            named = match.group("named")
            if not (named[:1].isupper() and _named_meeting_held(clause.text[match.end():])
                    or re.search(r"\bat\s+$", before)):
                continue  # "before the Executive Council meeting": the time of remarks
        if match.group("lead") is not None:
            owner = subject
        elif match.group("day") is not None:
            if _TIME_OF_REMARKS.search(before):
                continue  # "ahead of today's Executive Council meeting": the time of remarks
            if owner is None:
                owner = _last_body_word(before) or subject
        if owner is None:
            continue
        body = _resolve_owner(owner, text, start, forms)
        if body is None:
            continue
        ordinal = parse_ordinal(match.group("ord") or match.group("nord"))
        item = Found(clause, "standing body meeting", body, None, None, ordinal, start,
                     by_noun=True)
        day = (match.group("day") or "").lower()
        if day.startswith(("tomorrow", "next")) or _future_verb(clause.text[match.end():]):
            item.status = "planned"  # "tomorrow's meeting", "The first Board meeting will be held"
        found.append(item)
    return found


# "before", "ahead of", "prior to" right before "today's <Body> meeting": the time of what
# was said, as "before the Executive Council meeting" is.
_TIME_OF_REMARKS = re.compile(r"\b(?:before|ahead\s+of|prior\s+to)\s+$", re.IGNORECASE)


def _future_verb(after: str) -> bool:
    return bool(re.match(r"\s+(?:is|are|will\s+be)\s+(?:scheduled\s+to\s+be|to\s+be|due\s+to\s+be"
                         r"|held|convened)\b|\s+will\b|\s+(?:to\s+be\s+held)\b", after)
                or _SCHEDULED.match(after))


# "the Panel meeting scheduled for tomorrow (May 7) at 9am", "The meeting of the <Committee>
# originally scheduled at 3pm tomorrow": a body's meeting announced by its slot.
_SCHEDULED = re.compile(r"\s+(?:originally\s+)?scheduled\s+(?:for|at|on)\b")


def _named_meeting_held(after: str) -> bool:
    """"The first Board meeting is scheduled to be held on ...", "... was held today", "The
    <Body> meeting, chaired by ..., was held today"."""
    if _SCHEDULED.match(after):
        return True
    return bool(re.match(r"(?:,\s+(?:chaired|co-chaired|convened|hosted|presided\s+over|led|"
                         r"under\s+the\s+(?:leadership|chairmanship)\s+of)"
                         r"(?:\s+by)?\b[^.;]*?,)?"
                         r"\s+(?:is|was|will\s+be|has\s+been)\s+(?:scheduled\s+to\s+be\s+|"
                         r"to\s+be\s+)?(?:held|convened)\b", after))


def _last_body_word(before: str) -> str | None:
    """"submitted to the council at today's meeting": the body named just before."""
    before = re.sub(r"\s+(?:at|in|after|during)\s*$", "", before.rstrip())
    match = re.search(r"\bthe\s+(?P<word>[\w&-]+(?:\s+[\w&-]+)?)$", before)
    if match is None:
        return None
    word = match.group("word")
    last = word.split()[-1]
    return word if has_body_head(word) else last if has_body_head(last) else None


def _resolve_owner(owner: str, text: str, position: int,
                   forms: tuple[ShortForm, ...]) -> str | None:
    """The body ``owner`` names: a short form's full name, a full name as it is, or, for a
    head noun alone ("the Committee", "the task force"), the full name given last before."""
    bare = re.sub(r"^(?:the|The)\s+", "", owner.strip())
    for form in forms:
        if bare in (form.short, re.sub(r"^the\s+", "", form.short)):
            return form.full if has_body_head(form.full) else None
    if not has_body_head(bare):
        return None
    if bare.lower() in words("meetings", "body_heads"):
        return last_full_name(text, position, bare.lower())
    if bare[:1].isupper() and headed_by_body(bare):
        return clean_name(bare)
    return None


def last_full_name(text: str, position: int, head: str) -> str | None:
    """The last name before ``position`` whose head is ``head`` ("Task Force on ...")."""
    pattern = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    best = None
    for match in pattern.finditer(text, 0, position):
        if not match.group(0)[:1].isupper():
            continue
        lead = re.search(r"(?:[A-Z][\w&'’-]*\s+)*$", text[:match.start()])
        start = lead.start() if lead else match.start()
        name = name_at(text, start)
        if name is None or name.end <= match.start() or name.end > position:
            continue
        clean = clean_name(name.text)
        if len(clean.split()) > len(head.split()) and headed_by_body(clean) \
                and head in clean.lower():
            best = clean
    return best


# ------------------------------------------------------------- a part of a multilateral meeting


@cache
def _at_part_of() -> re.Pattern[str]:
    parts = alternation(tuple(sorted(words("meetings", "meeting_parts"), key=len, reverse=True)))
    return re.compile(rf"\bat\s+(?:(?:the|a|an)\s+)?(?:{parts})\s+of\s*$", re.IGNORECASE)


def at_part_of(before: str) -> bool:
    """Whether ``before`` ends by placing someone at a part of the meeting named next ("spoke
    at a plenary session of", "a speech ... at the luncheon of"): the meeting is one attended,
    as "spoke at the <Series> Meeting" is."""
    return _at_part_of().search(before) is not None


@cache
def _part_of() -> re.Pattern[str]:
    parts = alternation(tuple(sorted(words("meetings", "meeting_parts"), key=len, reverse=True)))
    return re.compile(rf"(?:(?:the|a|an)\s+)?(?:{parts})\s+of\s+(?=(?:the|a|an)\s)",
                      re.IGNORECASE)


def part_of_meeting(text: str, position: int) -> re.Match[str] | None:
    """The part of a meeting named at ``position`` ("the luncheon of ", "a plenary session
    of "), ending where the meeting it is part of is named."""
    return _part_of().match(text, position)
