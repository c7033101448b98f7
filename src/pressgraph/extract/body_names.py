"""The names of the bodies and series that meetings are of, as an English clause gives them:
the clause's subject ("The Panel on Housing will hold ..."), the name after "the meeting
of", a capitalised series name ("the 11th Hong Kong Macao Co-operation High Level
Meeting"), and whether two names are one body. A name keeps the short forms inside it
("Asia-Pacific Economic Cooperation (APEC) Ministerial Meeting") and loses a bracket at its
end and its parent's short form before a committee ("LegCo House Committee")."""

from __future__ import annotations

import re
from functools import cache

from pressgraph.dateforms import MONTHS
from pressgraph.extract import wordlists
from pressgraph.extract.lexicon import alternation, words
from pressgraph.extract.meeting_clauses import Clause, ordinal_words
from pressgraph.extract.names import (
    Name,
    ShortForm,
    clean_name,
    name_at,
    without_trailing_bracket,
)
from pressgraph.model import Span

_SUBJECT_NOT_BODY = re.compile(
    r"^(?:he|she|they|it|we|i|both|members|the\s+two|two|officials|representatives|"
    r"(?:mr|mrs|ms|miss|dr|professor|prof)\b)", re.IGNORECASE)


def subject_body(clause: Clause, verb_start: int, forms: tuple[ShortForm, ...]) -> str | None:
    """The clause's subject when it names a body ("The Commission on Poverty (CoP)")."""
    return subject_body_and_term(clause, verb_start, forms)[0]


def subject_body_and_term(clause: Clause, verb_start: int,
                          forms: tuple[ShortForm, ...]) -> tuple[str | None, str | None]:
    """The body the clause's subject names, and the term printed before its name ("The
    second-term Commission ..." -> "second term")."""
    subject = clause.text[:verb_start - clause.start].strip().rstrip(",")
    subject = re.sub(r"^(?:[A-Z][a-z]+ly|Today|Yesterday|This\s+\w+|In\s+the\s+\w+),?\s+", "",
                     subject)
    subject = re.sub(r"^[A-Z][a-z]+,\s+", "", subject)  # "Meanwhile, the ..."
    subject = re.sub(r"^(?:The\s+)?[Mm]embers\s+of\s+(?=(?:the\s+)?[A-Z])", "",
                     subject)  # "Members of the Committee met ..."
    subject = re.sub(r",?\s+(?:chaired|co-chaired|led|headed|convened)\s+by\b.*$", "",
                     subject)  # "The Council of Advisers chaired by the Chief Executive, Mr X,"
    subject = re.sub(r"(?:\s+(?:also|then|today|yesterday|recently|jointly|formally|"
                     r"officially|subsequently|again))+$", "", subject)  # "The Group also held"
    subject = re.sub(r"\s+(?:will|shall|would|is\s+to|are\s+to|"
                     r"(?:is|are)\s+(?:due|scheduled)\s+to|to)$", "",
                     subject)  # "The Panel will", a headline's "Committee to meet"
    subject = _before_aside(subject)
    return as_body_and_term(subject, forms)


# "The Trade Working Group (TWG), set up under ...,": an aside after a body's name that tells
# how it came to be or what it is; the name is the subject's part before it.
_ASIDE = re.compile(r",\s+(?:(?:which|that|who)\s+(?:is|was|has|had)|set\s+up|established|formed|"
                    r"appointed|comprising|made\s+up|launched|created)\b")


def _before_aside(subject: str) -> str:
    aside = _ASIDE.search(subject)
    return subject[:aside.start()] if aside else subject


_OPENING_SUBJECT = re.compile(
    r"\s*(?P<subject>(?:[Tt]he\s+)?[A-Z][^\s,]*(?:\s+(?:[A-Z(][^\s,]*|of|on|for|and|the|&))*)"
    r"\s+(?:has|have|had|was|were|is|are|[a-z]+ed)\b")


def opening_body(clause: Clause, forms: tuple[ShortForm, ...]) -> str | None:
    """The body a clause opens with as its subject ("Executive Council (ExCo) has approved")."""
    opening = _OPENING_SUBJECT.match(clause.text)
    if opening is None:
        return None
    return subject_body(clause, clause.start + opening.end("subject"), forms)


def as_body(subject: str, forms: tuple[ShortForm, ...]) -> str | None:
    """The body ``subject`` names, or None when it names none."""
    return as_body_and_term(subject, forms)[0]


def as_body_and_term(subject: str,
                     forms: tuple[ShortForm, ...]) -> tuple[str | None, str | None]:
    """The body ``subject`` names, and the term printed before its name (see ``term_of``)."""
    if not subject or _SUBJECT_NOT_BODY.match(subject):
        return None, None
    if "," in subject:  # a name with an enumeration inside is one name; else an aside
        bare = re.sub(r"^(?:the|The)\s+", "", subject)
        whole = name_at(bare, 0)
        if whole is None or whole.end < len(bare.rstrip()):
            return None, None
    bare = re.sub(r"^(?:the|The)\s+", "", subject)
    modifier = _body_modifier().match(bare) or _LEADING_YEAR.match(bare)
    term = term_of(modifier)
    if modifier:  # "The second-term Commission on ...", "The 2022 Steering Committee ..."
        bare = bare[modifier.end():]
    if not bare[:1].isupper():
        return None, None
    for form in forms:
        if bare == form.short or bare == re.sub(r"^the\s+", "", form.short):
            return (form.full, term) if has_body_head(form.full) else (None, None)
    name = without_parent(without_trailing_bracket(bare))
    return (name, term) if has_body_head(name) and _name_like(name) else (None, None)


# Words of a clause, not of a name ("Government had a productive exchange with ...").
_CLAUSE_WORDS = frozenset({"a", "an", "had", "has", "have", "was", "were", "is", "are", "who",
                           "which", "that", "with", "will", "would", "took", "said"})


def _name_like(name: str) -> bool:
    """A name ("Subcommittee on ... Order 2019", "working group on food safety"), not a
    clause ("Government had a productive exchange with new ... members who")."""
    bare = re.sub(r"\([^()]*\)", " ", name)
    return not any(word in _CLAUSE_WORDS for word in bare.split())


def body_after(text: str, position: int,
               forms: tuple[ShortForm, ...]) -> tuple[str, int, int, str | None] | None:
    """The body named at ``position`` ("the Commission on ..."): its name, where it is, and
    the term printed before it ("the third-term Commission" -> "third term")."""
    rest = text[position:]
    article = re.match(r"(?:the\s+)", rest)
    offset = position + (article.end() if article else 0)
    modifier = _body_modifier().match(text, offset)  # "the second-term Commission on ..."
    term = term_of(modifier)
    if modifier:
        offset = modifier.end()
    name = name_at(text, offset)
    if name is None or _opens_with_ordinal(name.text):
        return None  # "of the Second <Series> Meeting": a numbered meeting, not a body
    body = name.clean
    for form in forms:
        if body == form.short:
            return form.full, name.start, name.end, term
    text_of_name = _without_setting(name.text)
    end = name.end if text_of_name == name.text else name.start + len(text_of_name)
    start = name.start
    year = _LEADING_YEAR.match(text_of_name)  # "the 2022 Steering Committee on ..."
    if year and year.end() < len(text_of_name):
        text_of_name, start = text_of_name[year.end():], start + year.end()
    return without_parent(without_trailing_bracket(text_of_name)), start, end, term


_LEADING_YEAR = re.compile(r"(?:19|20)\d{2}(?:[-/]\d{2,4})?\s+(?=[A-Z])")


def _opens_with_ordinal(name: str) -> bool:
    first, _, rest = name.partition(" ")
    return rest[:1].isupper() and first.lower() in ordinal_words()


@cache
def _body_modifier() -> re.Pattern[str]:
    """Lower-case words before a body's name that are no part of it: its term ("the
    second-term", "the current term") or its age ("the newly established")."""
    ordinals = alternation(tuple(sorted(ordinal_words(), key=len, reverse=True)))
    modifiers = alternation(words("meetings", "body_modifiers"))
    return re.compile(rf"(?:(?P<which>{ordinals}|\d{{1,2}}(?:st|nd|rd|th)|current|new|present|"
                      rf"previous)[\s-]+term|{modifiers})\s+(?=[A-Z])", re.IGNORECASE)


def term_of(modifier: re.Match[str] | None) -> str | None:
    """The term a body's modifier names ("second-term" -> "second term"): the session its
    meetings are numbered in, so the first meeting of each term is a meeting of its own."""
    if modifier is None or modifier.re is not _body_modifier() or not modifier["which"]:
        return None
    return f"{modifier['which']} term"


# "... Standing Committee in Dalian", "... Bank in Yokohama on May": the place or the month
# a name ran into after its head, when neither is in the gazetteer's reach.
_TRAILING_MONTH = re.compile(r"\s+on\s+(?P<month>[A-Z][a-z]+)(?:\s+\d{1,2}(?:\s*(?:-|–|and|to|&)\s*"
                             r"\d{1,2})?)?(?:,?\s+\d{4})?$")
_TRAILING_VENUE = re.compile(r"\s+at\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the))*$")
_TRAILING_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")


def _headed(name: str) -> bool:
    """Whether ``name`` ends in a body's, series' or organisation's head word ("... Standing
    Committee", "... Development Bank"), so that "in <Place>" after it is no part of it
    ("Working Group on Innovation in Education" keeps its end)."""
    words_of_name = name.split()
    if not words_of_name:
        return False
    last = words_of_name[-1]
    heads = {head.split()[-1] for head in (*words("meetings", "body_heads"),
                                           *words("meetings", "series_heads"),
                                           *words("meetings", "member_series_heads"))}
    return last.lower() in heads or wordlists.is_head(last, wordlists.org_heads())


def _without_setting(name: str) -> str:
    """``name`` without a trailing "in <Place>" or "on <Month>" after a body's or series'
    head ("Asian Development Bank in Yokohama on May" -> "Asian Development Bank")."""
    while True:
        month = _TRAILING_MONTH.search(name)
        if month and month.group("month").lower() in MONTHS:
            name = name[:month.start()]
            continue
        venue = _TRAILING_VENUE.search(name)
        if venue and has_body_head(name[:venue.start()]):
            name = name[:venue.start()]  # "... Council at Government House"
            continue
        place = _TRAILING_PLACE.search(name)
        if place and not has_body_head(name[place.start():]) \
                and _headed(name[:place.start()]):
            name = name[:place.start()]
            continue
        return name


def topic_after(text: str, position: int) -> str | None:
    """The topic of "the second meeting on <topic>", up to the verb or place."""
    rest = text[position:]
    stop = re.search(r"\s+(?:(?:took\s+place|was|were|is|has|had|convened|held|opened|today|"
                     r"yesterday|this|at\s+the)\b|(?:in|on)\s+(?=[A-Z]))|[,.;(]", rest)
    topic = rest[: stop.start() if stop else len(rest)].strip()
    return topic or None


def series_name(text: str, position: int) -> tuple[str, str | None, int, int] | None:
    """A capitalised meeting-series name at ``position``, with a year after it as session."""
    name = name_at(text, position)
    if name is None:
        return None
    joined = re.match(r"\s+cum\s+(?=[A-Z])", text[name.end:])  # "<Meeting> cum <Meeting>"
    second = name_at(text, name.end + joined.end()) if joined else None
    if second is not None:
        name = Name(text[name.start:second.end], name.start, second.end)
    lower_head = _lower_case_head().match(text, name.end)
    if lower_head and not names_a_post(name.text):  # "the Hong Kong/Shenzhen co-operation meeting"
        end = lower_head.end()
        return " ".join(text[name.start:end].split()), None, name.start, end
    full = _first_of_two(without_trailing_bracket(name.text))
    # "<Series> Meeting in Lima": a place the gazetteer lacks may have been taken in;
    # "the 65th <Assembly> (WHA) of the <Organization>": the series is named before "of".
    cuts = [full] + [without_trailing_bracket(full[:m.start()])
                     for m in reversed(list(re.finditer(r"\s(?:in|at|to|of|on)\s", full)))
                     if not _of_its_parties(full, m)]
    for clean in cuts:
        year = re.search(r"\s((?:19|20)\d{2})$", clean)
        if year:
            clean = clean[: year.start()]
        if len(clean.split()) < 2 or names_a_post(clean):
            continue
        if any(clean.lower().endswith(head) for head in words("meetings", "series_heads")) \
                or _members_conference(clean) \
                or any(_of_its_parties(clean, m) for m in re.finditer(r"\sof\s", clean)):
            end = name.start + name.text.find(clean.split()[-1]) + len(clean.split()[-1])
            return clean, year.group(1) if year else None, name.start, max(end, name.start)
    qualified = _qualified_series(full)
    if qualified is not None and not names_a_post(qualified):
        return qualified, None, name.start, name.start + len(qualified)
    return None


def _qualified_series(name: str) -> str | None:
    """A series named through what qualifies its head, where the name does not end in one
    ("the Regional Meeting for East, Southeast Asia and Oceania", "the High-level Meeting under
    the Coordination Mechanism for ..."): the whole name, without the organiser after it ("...
    of the <Group>")."""
    head = _qualified_head().search(name)
    if head is None:
        return None
    organiser = re.search(r"\s+of\s+the\s+", name[head.end():])
    return name[:head.end() + organiser.start()] if organiser else name


@cache
def _qualified_head() -> re.Pattern[str]:
    """A capitalised series head ("Meeting", "Joint Conference") followed by "for", "under" or
    "on" and a capitalised word."""
    heads = tuple(sorted({" ".join(word.capitalize() for word in head.split())
                          for head in words("meetings", "series_heads")}, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation(heads)})\s+(?i:for|under|on)\s+(?:the\s+)?(?=[A-Z])")


def body_meeting_name(text: str, position: int) -> tuple[str, int, int] | None:
    """A standing body's full name at ``position`` followed by "meeting" in lower case ("the
    <Body> meeting", "the <Body> (SF) meeting"): the body whose meeting it is. A head noun
    alone ("the Council meeting") is left to the readings that resolve it to the full name."""
    name = name_at(text, position)
    if name is None or not _BODY_MEETING_WORD.match(text, name.end):
        return None
    body = without_trailing_bracket(name.text)
    series = any(body.lower().endswith(head) for head in words("meetings", "series_heads"))
    if len(body.split()) < 2 or not (has_body_head(body) or series) or names_a_post(body):
        return None
    return " ".join(body.split()), name.start, name.start + len(body)


# "meeting" in lower case after a body's name ("the <Body> meeting", "the <Body> (SF) meeting").
_BODY_MEETING_WORD = re.compile(r"(?:\s+\([A-Z][\w&-]*\))?\s+meeting\b(?!s)")


def series_head(name: str) -> str:
    """``name`` up to its series' head, without the parties named after it ("Working
    Meeting of Hong Kong-Shanghai Financial Co-operation" -> "Working Meeting")."""
    for cut in re.finditer(r"\sof\s", name):
        if _of_its_parties(name, cut):
            return name[:cut.start()]
    return name


def _of_its_parties(name: str, cut: re.Match[str]) -> bool:
    """"the seventh Working Meeting of Hong Kong-Shanghai Financial Co-operation", "the
    Joint Meeting of Senior Health Officials of the Mainland, ...": "of" and a capitalised
    name with no article after a series' head name whom the series gathers, so the name
    goes on; "the <Assembly> (WHA) of the <Organization>" names the body it belongs to."""
    if cut.group().strip() != "of" or not name[cut.end():][:1].isupper():
        return False
    before = name[:cut.start()].lower()
    return any(before.endswith(" " + head) for head in words("meetings", "series_heads"))


def _first_of_two(name: str) -> str:
    """"the <A> Ministerial Meeting and <B> Ministerial Conference": two series joined, each
    ending with a series head; the name is the first (a series whose name holds "and" ends
    with its head only once: "Hong Kong and Guangdong Co-operation Joint Conference")."""
    heads = words("meetings", "series_heads")
    for joint in re.finditer(r"\s+and\s+(?=[A-Z])", name):
        before = name[:joint.start()].lower()
        after = re.split(r"\s(?:in|at|to|of|on)\s", name[joint.end():].lower(), maxsplit=1)[0]
        if any(before.endswith(" " + head) for head in heads) \
                and any(after.endswith(" " + head) for head in heads):
            return name[:joint.start()]
    return name


@cache
def _lower_case_head() -> re.Pattern[str]:
    heads = alternation(tuple(sorted(words("meetings", "lower_case_series_heads"),
                                      key=len, reverse=True)))
    return re.compile(rf"\s+(?:{heads})\b(?!s)")


def _members_conference(name: str) -> bool:
    """"China-ASEAN Prosecutors-General Conference": a conference named by the office-holders
    it gathers is a meeting series."""
    lower = name.lower()
    heads = alternation(words("meetings", "member_series_heads"))
    return any(re.search(rf"(?:^|\s){re.escape(members)}\s+(?:{heads})$", lower)
               for members in words("meetings", "conference_members"))


def names_a_post(name: str) -> bool:
    """"Speaker of the National Assembly": a post of a body, not a meeting series."""
    first = name.split()[0]
    return wordlists.is_head(first, wordlists.post_heads()) or first in wordlists.post_modifiers()


def same_body(one: str, other: str) -> bool:
    """The same name, or one the end of the other ("Legislative Council Finance Committee",
    then "Finance Committee" by its short form)."""
    return any(_same_or_ending(a, b) for a in _forms(one) for b in _forms(other))


def _same_or_ending(a: str, b: str) -> bool:
    return a == b or (len(b.split()) >= 2 and a.endswith(" " + b)) or (
        len(a.split()) >= 2 and b.endswith(" " + a))


_BRACKETED_SHORT = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z]*[A-Z])\)")


def _forms(name: str) -> set[str]:
    """``name`` as printed, and as printed with its opening words by their initials
    ("Asia-Pacific Economic Cooperation (APEC) Ministerial Meeting", "Asia-Pacific Economic
    Cooperation Ministerial Meeting" and "APEC Ministerial Meeting" are one series)."""
    bare = _BRACKETED_SHORT.sub("", name)
    forms = {name.lower(), bare.lower()}
    words_ = bare.split()
    for count in range(2, min(len(words_), 6)):
        opening = words_[:count]
        if not all(word[:1].isupper() for word in opening):
            break
        initials = "".join(part[:1] for word in opening for part in word.split("-") if part)
        forms.add(" ".join([initials, *words_[count:]]).lower())
    return forms


def has_body_head(name: str) -> bool:
    lower = name.lower()
    return any(re.search(rf"\b{re.escape(head)}\b", lower)
               for head in words("meetings", "body_heads"))


def headed_by_body(name: str) -> bool:
    """Whether a body's head noun heads ``name`` ("Executive Council", "Task Force on ..."),
    not a post's ("Council Vice-Chairman", "Speaker of the National Assembly")."""
    head = re.split(r"\s+(?:of|on|for|to)\s+", clean_name(name), maxsplit=1)[0].lower()
    return any(re.search(rf"(?:^|\s){re.escape(h)}$", head)
               for h in words("meetings", "body_heads"))


@cache
def _unit_heads() -> re.Pattern[str]:
    heads = alternation(words("nouns", "parent_unit_heads"))
    short = r"(?:[A-Z][a-z]*[A-Z][\w-]*|[A-Z]{2,})"
    return re.compile(rf"^(?P<parent>{short}|(?:[A-Z][\w-]*\s+)+\({short}\))\s+"
                      rf"(?P<rest>(?:[A-Z][\w-]*\s+)*?(?:{heads})\b.*)$")


def without_parent(name: str) -> str:
    """A committee's name without its parent's short form before it: "LegCo House
    Committee" -> "House Committee", "Legislative Council (LegCo) Panel on Housing" ->
    "Panel on Housing" (a series such as "APEC Ministerial Meeting" keeps it)."""
    match = _unit_heads().match(name)
    if match is None or not headed_by_body(match.group("rest")):
        return name
    return match.group("rest")


@cache
def _meeting_word_after_head() -> re.Pattern[str]:
    heads = alternation(words("nouns", "heads_before_meeting_word"))
    return re.compile(rf"\b(?:{heads})(?P<word>\s+[Mm]eetings?)$")


def without_meeting_word(name: str | None, span: Span | None) -> tuple[str | None, Span | None]:
    """A committee's or panel's name printed with "Meeting" after it ("the Pacific Economic
    Cooperation Council (PECC) Standing Committee Meeting"): the body is the committee."""
    match = _meeting_word_after_head().search(name or "")
    if name is None or match is None:
        return name, span
    cut = len(match.group("word"))
    return name[:-cut], (Span(span.start, span.end - cut) if span is not None
                         and span.end - span.start == len(name) else span)

