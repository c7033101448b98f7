"""Where the text of a meeting shows an organisation taking part, and where it names one
without: the meeting's own sentence, participation cues and lists; what someone said,
whom someone thanked, a meal, what will happen later.
"""

from __future__ import annotations

import re
from functools import cache

from pressgraph import registry
from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import body_region, sentences, tokens
from pressgraph.extract.org_names import polity
from pressgraph.extract.org_sides import first_place_side, nationality_side
from pressgraph.extract.organisations import organisations_with_spans
from pressgraph.extract.outcomes import find_purpose
from pressgraph.model import (
    AcronymDefinition,
    OrganisationMention,
    ParsedRelease,
    PersonMention,
    Span,
)
from pressgraph.registry import gazetteer


def own_sentence(release: ParsedRelease, region: Span) -> Span:
    """The sentence that reports the meeting: the first of its region."""
    region_sentences = sentences(release, region)
    return region_sentences[0] if region_sentences else Span(region.start, region.start)


@cache
def _participation_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((row[0], re.compile(row[1], re.IGNORECASE))
                 for row in wordlists.rows("participation_cues.tsv") if len(row) >= 2)


# What stands between two organisations of one list ("A, B and the C", "A (AA), B"), or
# between a name and its short form in brackets.
_LIST_GAP = re.compile(
    r"^\)?\s*(?:\([^()]*\)\s*)?(?:\(|(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?)$")


def framed_spans(release: ParsedRelease, region: Span, spans: list[Span],
                  people: tuple[PersonMention, ...]) -> dict[Span, str]:
    """The mentions of organisations that the text shows taking part: in the meeting's own
    sentence, in a post of a person taking part, or in a participation frame
    (``data/participation_cues.tsv``), or listed right after one that is. Each with the
    reading that framed it ("own sentence", "post", "cue", "listed")."""
    text = release.text
    region_sentences = sentences(release, region)
    first = region_sentences[0] if region_sentences else region
    posts = [post.span for person in people for post in person.posts]
    posts += [post.organisation.span for person in people for post in person.posts
              if post.organisation is not None]
    clauses = side_clauses(release, region)
    framed: dict[Span, str] = {}
    previous: Span | None = None
    other = _other_activity_start(text, first)
    topics = min(_purpose_start(text, first), other)
    earlier = [*_earlier_activities(text, first), Span(other, first.end)]
    for span in sorted(set(spans)):
        clause = next((c for c in clauses if c.start <= span.start < c.end), None)
        floor = clause.start if clause is not None else region.start
        sentence = next((s for s in region_sentences if s.start <= span.start < s.end), first)
        if any(a.start <= span.start < a.end for a in earlier):
            pass  # the host or site of another activity the sentence reports first
        elif _describing(text, sentence, span):
            pass  # "Dr X, who is also the Vice Chair of Y": who someone is
        elif first.start <= span.start < min(first.end, topics):
            framed[span] = "own sentence"
        elif any(p.start <= span.start and span.end <= p.end for p in posts):
            framed[span] = "post"
        elif _in_participation_frame(text, span, floor) and not _one_persons_post(text, span):
            framed[span] = "cue"
        elif previous is not None and previous in framed and _listed_together(
                text, previous, span, floor):
            framed[span] = "listed"
        previous = span
    ordered = sorted(set(spans), reverse=True)  # and back: "A, B and C also sent officials"
    for later, span in zip(ordered, ordered[1:], strict=False):
        if later in framed and span not in framed and _listed_together(text, span, later, 0):
            framed[span] = "listed"
    return framed


@cache
def _describing_clause() -> re.Pattern[str]:
    words = sorted((row[1] for row in wordlists.rows("clause_words.tsv")
                    if row[0] == "describes"), key=len, reverse=True)
    return re.compile(r",\s+(?:" + "|".join(re.escape(w) for w in words) + r")\b[^,;]*$")


def _describing(text: str, sentence: Span, span: Span) -> bool:
    """Whether the mention lies in a clause that describes the person or body before it
    ("Dr X, who is also the Vice Chair of Y", "Z, an organisation responsible for ... under
    the W", "the ETOs, being the representatives of V"; ``describes`` rows of
    ``data/clause_words.tsv``): the organisation says who someone is, it does not take
    part."""
    return bool(_describing_clause().search(text, sentence.start, span.start))


# "the Head of the X Unit, Dr Y", "Senior Veterinary Officer of the X Department, Dr Y", "the
# head of the X": one person's post (a cue's word in the singular: a title's capital, or
# "head"), not the organisation's people at the meeting.
_SINGLE_HEAD = re.compile(
    r"\b(?P<word>Head|head|Officer|Member|Representative|Official|Leader|Expert|Delegate)\s+of"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")


def _one_persons_post(text: str, span: Span) -> bool:
    """The organisation closes the post of one person: "the head of the X", or a title
    followed by the person's name ("Head of Chief Executive's Policy Unit (CEPU), Dr Y",
    "Senior Veterinary Officer of the X Department, Dr Y"). Like any attendee's post, it
    names no participant."""
    found = _SINGLE_HEAD.search(text[max(0, span.start - 60):span.start])
    if found is None:
        return False
    if found.group("word") == "head":
        return True
    after = re.match(r"\s*(?:\([^()]*\)\s*)?,\s*(\S+)", text[span.end:span.end + 40])
    return after is not None and after.group(1) in wordlists.honorifics()


# "thanked the X Government for ...", "expressed gratitude to the X Government".
_THANKS_BEFORE = re.compile(
    r"\b(?:thank|thanks|thanked|thanking|gratitude\s+to|appreciation\s+to)\s+(?:the\s+)?$")


def thanked_governments(text: str,
                        named: list[tuple[OrganisationMention, list[Span]]]) -> set[Span]:
    """The mentions of governments that someone in the meeting's text thanks: addressed as
    a side of the meeting ("expressed her gratitude to the Australian Government for
    hosting the visit"), wherever the sentence is and whoever's words they are: a place's
    government, named after the place or its people. Other organisations thanked, "the Central
    Government" thanked for its support, and a government thanked for as the one supported
    ("thanked him for supporting the HKSAR Government's work": a topic, see ``supported``) are
    not thereby at the meeting."""
    out: set[Span] = set()
    for mention, spans in named:
        if not (mention.name.endswith("Government") or mention.name.startswith("Government of")):
            continue
        if first_place_side(mention.name) is None and nationality_side(mention.name) is None \
                and "Administrative Region" not in mention.name:
            continue  # "the Central Government": thanked for support, named after no place
        out.update(s for s in spans if _THANKS_BEFORE.search(text[max(0, s.start - 40):s.start]))
    return out


def supported(text: str, span: Span) -> bool:
    """Whether the mention is what support is given to or comes from ("its staunch support
    for the HKSAR Government", "for supporting the X Government's work", "with the support of
    the Central Government"; ``supported`` rows of ``data/participation_cues.tsv``): a topic
    of what is said, not a side, whatever else frames it."""
    before = text[max(0, span.start - 40):span.start]
    return any(where == "supported" and pattern.search(before)
               for where, pattern in _participation_cues())


def agreed_with(text: str, span: Span) -> bool:
    """Whether the mention is the other party of a standing tie, not of the meeting: an
    agreement, treaty or relations "with" or "between" it ("the Free Trade Agreement (FTA)
    between Hong Kong and the X", "trade relations between Hong Kong and X", "the
    Government's agreement with the X Company"; ``partner`` rows of
    ``data/participation_cues.tsv``): a topic of what is said, whatever else frames it."""
    before = text[max(0, span.start - 80):span.start]
    return any(where == "partner" and pattern.search(before)
               for where, pattern in _participation_cues())


# What a speech verb reports a side saying of itself: "said (that) the X Government will
# continue to ...", "noted that the X Government welcomes ...": the government is the
# subject (a verb follows it, not "of", "and" or another word that continues a phrase).
_SUBJECT_FOLLOWS = re.compile(
    r" (?!(?:of|and|or|in|for|to|on|at|with|from|by|as|under|over)\b)[a-z]+\b")


# What a government opening a sentence says it will do ("The HKSAR Government will maintain
# close communication with ..."): the side speaking for itself in the meeting's account.
_WILL_DO = re.compile(r"(?: \([A-Z][\w&.-]*\))? (?:will|shall)\b")


def spoken_governments(text: str, named: list[tuple[OrganisationMention, list[Span]]],
                       held: frozenset[str], account: Span | None = None) -> set[Span]:
    """The mentions of a principal's own government that reported speech makes the subject
    of what it says ("said the HKSAR Government will continue to ..." of a Secretary, whose
    bureau is in it; "The HKSAR Government will ..., he added."): the side speaks for itself,
    as a principal's own office does. Its government named otherwise in what is said
    (supported, a topic: "relations with the HKSAR Government"), or another government the
    speech makes its subject, is not thereby at the meeting. A sentence it opens with what
    it will do speaks for it with no speech verb in the paragraph that tells the meeting
    (``account``) or in a quotation ("Mr Lee then met X. ... The HKSAR Government will
    maintain close communication with ...")."""
    jurisdictions = {key.split("/")[1] for key in held if key.count("/") >= 2}
    account = account or Span(0, 0)
    verbs = sorted(wordlists.ordered("speech_verbs.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(v) for v in verbs)
    before = re.compile(r"\b(?:" + alternatives + r")(?: that)? (?:the )?$")
    # "The HKSAR Government will ..., he added.": the speech verb closes the sentence.
    opens = re.compile(r"[.!?\n]\s*(?:[Tt]he )?$")
    closes = re.compile(r"[^.\n]*,\s+(?:he|she|they)\s+(?:" + alternatives + r")\.")
    out: set[Span] = set()
    for mention, spans in named:
        entry = registry.find_organisation(mention.name)
        if entry is None or entry.kind != "government" or \
                entry.key.split("/")[1] not in jurisdictions:
            continue
        out.update(s for s in spans if _SUBJECT_FOLLOWS.match(text, s.end) and (
            before.search(text[max(0, s.start - 40):s.start]) or (
                opens.search("\n" + text[max(0, s.start - 12):s.start])
                and (closes.match(text, s.end) or (_WILL_DO.match(text, s.end) and (
                    account.start <= s.start < account.end or _quoted(text, s.start)))))))
    return out


def _quoted(text: str, position: int) -> bool:
    """Whether ``position`` is inside a quotation opened earlier in its paragraph."""
    paragraph = text[text.rfind("\n", 0, position) + 1:position]
    return paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2 == 1


def _purpose_start(text: str, sentence: Span) -> int:
    """Where the meeting sentence's purpose begins ("... to discuss the progress in setting
    up an office in Seoul", "to exchange views on ..."), else the sentence's end: an
    organisation named there is a topic, not a party, unless a frame shows it taking part."""
    said = text[sentence.start:sentence.end]
    purpose = find_purpose(said)
    if purpose is None:
        return sentence.end
    return sentence.start + said.find(purpose)


# A verb of meeting in the meeting's own sentence, before which no other activity ends it.
_MEETING_VERB = re.compile(r"\b(?:met|meets|meet|meeting|called on|calls on|held talks|"
                           r"had talks|co-chaired|chaired|attended)\b")


def _other_activity_start(text: str, sentence: Span) -> int:
    """Where another activity joined after the meeting starts in its own sentence ("...,
    and toured the Y Museum"; ``ends`` rows of ``data/participation_cues.tsv``), else the
    sentence's end: an organisation named there was visited or addressed, not met. Only
    after a verb of meeting: "visited the Ministry of Commerce and met ..." is a call."""
    said = text[sentence.start:sentence.end]
    meeting = _MEETING_VERB.search(said)
    if meeting is None:
        return sentence.end
    for where, pattern in _participation_cues():
        if where == "ends":
            found = pattern.search(said, meeting.end())
            if found is not None:
                return sentence.start + found.start()
    return sentence.end


def _earlier_activities(text: str, sentence: Span) -> list[Span]:
    """Another activity the meeting's own sentence reports before the meeting ("officiated
    at the opening ceremony of the X, met with ...", "attended a luncheon with leaders of the
    X, followed by a meeting with ..."; ``opens`` rows of ``data/participation_cues.tsv``),
    from its verb to the verb of meeting after it: an organisation named there hosted or
    was the site of the other activity, not a party to the meeting."""
    said = text[sentence.start:sentence.end]
    out: list[Span] = []
    for where, pattern in _participation_cues():
        if where != "opens":
            continue
        for found in pattern.finditer(said):
            meeting = _MEETING_VERB.search(said, found.end())
            if meeting is not None:
                out.append(Span(sentence.start + found.start(), sentence.start + meeting.start()))
    return out


def _listed_together(text: str, first: Span, second: Span, floor: int) -> bool:
    return first.end <= second.start and first.end >= floor and bool(
        _LIST_GAP.match(text[first.end:second.start]))


def _in_participation_frame(text: str, span: Span, floor: int) -> bool:
    before = text[max(floor, span.start - 160):span.start]
    after = text[span.end:span.end + 160]
    for where, pattern in _participation_cues():
        if (where == "before" and pattern.search(before)) or (
                where == "after" and pattern.search(after)):
            return True
    return False


@cache
def _shared_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((row[0], re.compile(row[1], re.IGNORECASE))
                 for row in wordlists.rows("shared_attendance.tsv") if len(row) >= 2)


def shared_attendance(release: ParsedRelease, region: Span,
                       acronyms: tuple[AcronymDefinition, ...],
                       ) -> list[tuple[OrganisationMention, list[Span]]]:
    """Organisations named outside the region as attending every meeting ("Officials of
    the X took part in both meetings") or as the delegation ("a delegation of the X")."""
    text = release.text
    out: list[tuple[OrganisationMention, list[Span]]] = []
    for sentence in sentences(release, body_region(release)):
        if region.start <= sentence.start < region.end:
            continue
        body = text[sentence.start:sentence.end]
        for mention, spans in organisations_with_spans(release, sentence, acronyms):
            for kind, pattern in _shared_cues():
                if kind == "sentence" and pattern.search(body) or kind == "before" and any(
                        pattern.search(text[max(sentence.start, s.start - 60):s.start])
                        for s in spans):
                    out.append((mention, spans))
                    break
    return out


def is_polity(mention: OrganisationMention) -> bool:
    return polity(tokens(mention.name)) is not None or any(
        polity(tokens(m)) is not None for m in mention.mentions)


def takes_part(text: str, span: Span) -> bool:
    """A government named as taking part: "HKSAR Government", "officials of the HKSAR",
    "the delegations of the HKSAR and ...", "the HKSAR delegation", "Secretary for ... of
    the Macao SAR" (a post in it)."""
    before = text[max(0, span.start - 80):span.start]
    after = text[span.end:span.end + 20]
    if re.match(r"(?:\s*\([^)]*\))?\s+Government\b", after) or before.endswith(
            "Government of the "):
        return True
    # "the HKSAR delegation": the meeting's side; "with a Hong Kong SAR delegation", another
    if re.match(r"(?:\s*\([^)]*\))?\s+delegation\b", after) and re.search(
            r"\b[Tt]he $", before):
        return True
    if text[span.start:span.end].endswith("Government"):
        return True
    if re.search(r"\b(?:representatives|officials|delegations?|participation) of (?:the )?$",
                 before):
        return True
    clause = re.split(r"[,;.]", before)[-1]
    posts = wordlists.post_heads()
    return bool(re.search(r" of the $", clause)) and any(w in posts for w in clause.split())


def side_clauses(release: ParsedRelease, region: Span) -> list[Span]:
    """Sentences cut at "together with", "while" and semicolons: each lists one side."""
    text = release.text
    out: list[Span] = []
    for sentence in sentences(release, region):
        start = sentence.start
        clause_breaks = re.finditer(r",? together with |, while |; ",
                                    text[sentence.start:sentence.end])
        for match in clause_breaks:
            out.append(Span(start, sentence.start + match.start()))
            start = sentence.start + match.end()
        out.append(Span(start, sentence.end))
    return out


@cache
def _absent_cues() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{cue})" for cue in wordlists.ordered("absent_cues.txt")))


def absent_spans(release: ParsedRelease, region: Span, exempt: Span) -> list[Span]:
    """Whom someone thanked, what will happen later (``data/absent_cues.txt``): the rest
    of the sentence names organisations without showing them at the meeting; so does a
    sentence naming who goes along on the trip (``data/tour_cues.txt``). A sentence
    about a meal or reception (``data/meal_words.txt``) names its hosts and guests, not the
    meeting's parties. The meeting's own sentence (``exempt``) is the meeting, whatever
    its tense."""
    text = release.text
    out = []
    for sentence in sentences(release, region):
        if sentence == exempt:
            continue
        cue = _absent_cues().search(text, sentence.start, sentence.end)
        if cue:
            out.append(Span(cue.end(), sentence.end))
        meal = _meal_words().search(text, sentence.start, sentence.end)
        if meal:
            out.append(Span(meal.start(), sentence.end))
        if any(cue.search(text, sentence.start, sentence.end) for cue in _tour_cues()):
            out.append(sentence)
    return out


@cache
def _tour_cues() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(cue) for cue in wordlists.ordered("tour_cues.txt"))


@cache
def _meal_words() -> re.Pattern[str]:
    words = sorted(wordlists.words("meal_words.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b")


def reported_speech_spans(release: ParsedRelease, region: Span) -> list[Span]:
    """What people are reported to have said: organisations named there are not thereby
    at the meeting."""
    text = release.text
    verbs = sorted(wordlists.ordered("speech_verbs.txt"), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b")
    out = []
    for sentence in sentences(release, region):
        match = pattern.search(text, sentence.start, sentence.end)
        if match:
            out.append(Span(match.end(), sentence.end))
        for quote in re.finditer(r"\"[^\"]*\"|“[^”]*”", text[sentence.start:sentence.end]):
            out.append(Span(sentence.start + quote.start(), sentence.start + quote.end()))
    return out


# A delegation named after a country: "the China delegation", "China's delegation", "the
# Chinese delegation", "a US Congressional delegation" (one word may name its kind).
_DELEGATION = re.compile(r"\b(?P<country>[A-Z][\w.]*)(?:['’]s)?(?: [A-Z][a-z]+)? delegation\b")


def national_delegations(release: ParsedRelease, region: Span) -> list[OrganisationMention]:
    """The delegations of a country the meeting's text names (an official attending "as a
    member of the China delegation", a call on "a US Congressional delegation"): a country's
    delegation is a party, on the country's side. A territory's ("the Hong Kong
    delegation") or a province's is named by no country, and "Hong Kong, China delegation"
    is the territory's."""
    text = release.text
    out: list[OrganisationMention] = []
    for match in _DELEGATION.finditer(text, region.start, region.end):
        country = match.group("country")
        place = gazetteer.find(country)
        side = nationality_side(country) or (
            gazetteer.side_of_place(country) if place is not None and place.kind == "country"
            else None)
        if side is None or text[:match.start()].rstrip().endswith(","):
            continue
        name = match.group(0)
        if any(o.name == name for o in out):
            continue
        out.append(OrganisationMention(name=name, span=Span(match.start(), match.end()),
                                       side=side, mentions=(name,),
                                       readings=("national delegation",)))
    return out
