"""The participants of a meeting in an English release: the organisations the text shows
taking part, each with its side.

An organisation named in the meeting's text takes part when the text frames it so (the
meeting's own sentence, a post of a person taking part, a cue of
``data/participation_cues.tsv``, or listed with one that does); not when it is the body
that met, only thanked, only quoted, or a rank held concurrently. The registry is asked
only what it knows for certain: which organisation a post is in, and the side of an
organisation it lists.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pressgraph import registry
from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import body_region, normalise, sentences, tokens
from pressgraph.extract.org_names import org_spans, polity
from pressgraph.extract.org_sides import (
    SIDES,
    context_cue_spans,
    name_side,
    participant_side,
    registry_side,
)
from pressgraph.extract.organisations import find_organisations, organisations_with_spans
from pressgraph.extract.outcomes import find_purpose
from pressgraph.registry import gazetteer
from pressgraph.model import (
    AcronymDefinition,
    OrganisationMention,
    ParsedRelease,
    PersonMention,
    PostMention,
    Side,
    Span,
)


def find_participants(release: ParsedRelease, region: Span,
                      acronyms: tuple[AcronymDefinition, ...],
                      people: tuple[PersonMention, ...] = (),
                      body: str | None = None,
                      place_side: Side | None = None,
                      principals: tuple[PersonMention, ...] | None = None,
                      ) -> tuple[OrganisationMention, ...]:
    """Organisations represented at the meeting whose text is ``region``, with their side.

    ``people`` are the people taking part (chairs, principals, attendees): an organisation
    named only in a post one of them holds besides another is not thereby represented.
    ``principals`` are those of them who chair, host or lead a side (all of ``people``
    when not given): only their posts make an organisation a participant; another
    attendee's post names none (the organisation must be named on its own).
    An organisation named in the region takes part when the text shows it there (see
    ``_framed_spans``), when a principal's post names it ("Governor of Guangdong Province"
    for "the Guangdong Provincial Government"), or when the meeting's ``body`` is a body of
    it ("Finance Committee of the Legislative Council"). A post that names no organisation
    ("Chief Executive") makes no mention of the registry's organisation for it one.
    ``place_side`` is the side of the place the meeting is held in: abroad, an organisation
    whose side only a generic word of its name gives ("Ministry", "National") is overseas.
    """
    text = release.text
    out: list[OrganisationMention] = []
    leading = people if principals is None else principals
    clauses = _clauses(release, region)
    cue_spans = (context_cue_spans(text, region) + _reported_speech_spans(release, region)
                 + _concurrent_post_spans(people) + _attendee_post_spans(people, leading))
    absent = _absent_spans(release, region, exempt=_own_sentence(release, region))
    held = _held_organisations(leading)
    named = organisations_with_spans(release, region, acronyms)
    wordings = [mention for mention, _ in organisations_with_spans(
        release, body_region(release), acronyms)]
    framed = _framed_spans(release, region, [s for _, spans in named for s in spans], leading)
    parent = _parent_of_body(body)
    headed = _headed_organisations(release, leading)
    named = [(m, spans if _held_by_someone_there(m, headed, release) or (
        parent is not None and normalise(m.name) == parent) else [s for s in spans if s in framed])
        for m, spans in named]
    for mention, all_spans in named + [
            *_shared_attendance(release, region, acronyms)]:
        if any(normalise(o.name) == normalise(mention.name) for o in out):
            continue
        spans = [s for s in all_spans
                 if not any(c.start <= s.start < c.end or s.start <= c.start < s.end
                            for c in cue_spans)]
        if not _held_by_someone_there(mention, held, release):
            spans = [s for s in spans if not any(a.start <= s.start < a.end for a in absent)]
        if not spans or _is_meeting_body(text, mention, spans) or _is_the_body(
                mention, body, release) or (_owns_the_body(text, mention, all_spans, body) and not
                                            _held_by_someone_there(mention, held, release)):
            continue
        if _is_polity(mention) and not any(_takes_part(text, s) for s in spans):
            continue
        side = registry_side(mention, release) or participant_side(
            text, mention, spans, clauses + _clauses(release, body_region(release)), place_side)
        out.append(OrganisationMention(name=mention.name, span=mention.span,
                                       acronym=mention.acronym, side=side,
                                       mentions=mention.mentions))
    # The principals' posts add organisations, and further wordings of those found ("Guangdong
    # Province" of the Governor's post for "the Guangdong Provincial Government").
    with_posts = _with_principal_posts(release, out, leading)
    sided = [o if o.side is None or registry.find_organisation(o.name, release.release_date)
             or gazetteer.find(o.name) else replace(o, side=participant_side(
                 text, o, [o.span], clauses, place_side) or o.side)
             for o in with_posts[len(out):]]
    found = _merged(tuple(_without_trailing_person(o, people)
                          for o in (*with_posts[:len(out)], *sided)))
    return tuple(_with_other_wordings(o, wordings, release) for o in found)


def _with_other_wordings(mention: OrganisationMention, named: list[OrganisationMention],
                         release: ParsedRelease) -> OrganisationMention:
    """The participant with every other wording the release gives the same organisation
    ("the HKSAR Government" later for "the Hong Kong Special Administrative Region (HKSAR)
    Government"): the same registry organisation, or the same name. Only wordings: whether
    the organisation takes part is settled before."""
    key = _registry_key(mention.name, release)
    forms = {normalise(n) for n in (mention.name, *mention.mentions)}
    more = [form for other in named for form in (other.name, *other.mentions)
            if normalise(other.name) in forms or (
                key is not None and _registry_key(other.name, release) == key)]
    mentions = tuple(dict.fromkeys((*mention.mentions, *more)))
    return mention if mentions == mention.mentions else replace(mention, mentions=mentions)


def _after_post_and_person(form: str, posts: frozenset[str]) -> str:
    """"Vice Minister Ma Li and Department of Treaty and Law": a post, a person's two or
    three name words, then "and" open the run; the organisation is what follows."""
    words = form.split()
    if "and" not in words:
        return form
    joint = words.index("and")
    count = 0
    while count < joint and words[count] in posts:
        count += 1
    name = words[count:joint]
    if count == 0 or words[count - 1] not in wordlists.post_heads() or not 2 <= len(name) <= 3:
        return form
    if any(w in posts or not w[:1].isupper() or wordlists.is_head(w, wordlists.org_heads())
           for w in name):
        return form
    return " ".join(words[joint + 1:]).removeprefix("the ") or form


def _merged(found: tuple[OrganisationMention, ...]) -> tuple[OrganisationMention, ...]:
    """One participant per name: a name cut free of a person's may now repeat another."""
    out: list[OrganisationMention] = []
    for mention in found:
        forms = {normalise(n) for n in (mention.name, *mention.mentions)}
        same = next((k for k, o in enumerate(out) if normalise(o.name) in forms
                     or normalise(mention.name) in {normalise(n) for n in o.mentions}), None)
        if same is None:
            out.append(mention)
        else:
            old = out[same]
            out[same] = replace(old, mentions=tuple(dict.fromkeys(
                (*old.mentions, *mention.mentions))))
    return tuple(out)


def _without_trailing_person(mention: OrganisationMention,
                             people: tuple[PersonMention, ...]) -> OrganisationMention:
    """The organisation without the name of a person at the meeting that news style prints
    straight after it ("State Secretary at the Federal Ministry of Finance of Germany
    Wolfgang Schmidt"), nor the post words before that name; nor two or more post words
    opening with a modifier that end it ("the ministry's Department of Exchange Deputy
    Director General", the person's name printed after the organisation's). Words of an
    organisation's name ("Standing Committee", "Government") stay. A person named before
    "and" is not part of the organisation after it ("Vice Minister Ma Li and Department of
    Treaty and Law")."""
    names = sorted({p.name for p in people if p.name and " " in p.name}, key=len, reverse=True)
    posts = wordlists.post_heads() | wordlists.post_modifiers()

    def cut(form: str) -> str:
        for name in names:  # "Chief Secretary Lam Tai-man and the Bureau of X"
            joined = form.find(name + " and ")
            if joined >= 0:
                form = form[joined + len(name) + len(" and "):].removeprefix("the ")
                break
        form = _after_post_and_person(form, posts)
        person = next((p for p in names if form.endswith(" " + p)), None)
        words = form.split() if person is None else form[:-len(person)].split()
        run = len(words)
        while run > 1 and words[run - 1].split("-")[0] in posts and not wordlists.is_head(
                words[run - 1], wordlists.org_heads()):
            run -= 1
        if run < len(words) and not words[run - 1][:1].isupper():
            run = len(words)  # "Office of the Chief Executive": the post is the name's
        if person is not None or (len(words) - run >= 2
                                  and words[run] in wordlists.post_modifiers()):
            words = words[:run]
        return " ".join(words) or form

    name = cut(mention.name)
    mentions = tuple(dict.fromkeys(cut(m) for m in mention.mentions))
    if name == mention.name and mentions == mention.mentions:
        return mention
    return replace(mention, name=name, mentions=mentions)



def _attendee_post_spans(people: tuple[PersonMention, ...],
                         principals: tuple[PersonMention, ...]) -> list[Span]:
    """The posts of the people at the meeting who do not lead it: an organisation named
    there is the attendee's rank, not a party (unless the text names it elsewhere)."""
    leading = {p.span for p in principals}
    return [post.span for person in people if person.span not in leading
            for post in person.posts]


def _with_principal_posts(release: ParsedRelease, found: list[OrganisationMention],
                          principals: tuple[PersonMention, ...]) -> list[OrganisationMention]:
    """``found`` with the organisation each principal's post names, in the post's own
    wording ("Guangdong Province" of "Governor of Guangdong Province", "Fujian" of "Fujian
    Vice-Governor"): the organisation the principal heads or represents. One the registry
    knows as an organisation already found takes the post's wording as another mention."""
    out = list(found)
    concurrent = set(_concurrent_post_spans(principals))
    for person in principals:
        for post in person.posts:
            named = None if post.span in concurrent else _post_organisation(release, post)
            if named is None:
                continue
            key = _registry_key(named.name, release)
            same = next((k for k, o in enumerate(out) if normalise(named.name) in {
                normalise(n) for n in (o.name, *o.mentions)} or (
                    key is not None and _registry_key(o.name, release) == key)), None)
            if same is None:
                out.append(named)
            elif named.name not in out[same].mentions:
                old = out[same]
                out[same] = OrganisationMention(old.name, old.span, old.acronym, old.side,
                                                (*old.mentions, named.name))
    return out


def _registry_key(name: str, release: ParsedRelease) -> str | None:
    """The registry's key of the organisation so named, also when an article stands before
    the place its name ends in ("People's Government of the Guangdong Province")."""
    entry = registry.find_organisation(name, release.release_date)
    if entry is None and " of the " in name:
        entry = registry.find_organisation(name.replace(" of the ", " of "),
                                           release.release_date)
    return entry.key if entry is not None else None


_OF_ORGANISATION = re.compile(r"\bof (?:the )?")


def _post_organisation(release: ParsedRelease, post: PostMention) -> OrganisationMention | None:
    """The organisation or sub-national polity a post names: the post's organisation when
    it is part of the title, else what follows its last "of", else the place opening it
    ("Guangdong Governor"). A country is a place, not an organisation."""
    title = post.title
    if title.split()[0] in wordlists.words("membership_posts.txt"):
        return None  # a member of a body does not head or represent it
    candidates: list[tuple[int, str]] = []
    organisation = post.organisation
    if organisation is not None:
        at = title.find(organisation.name)
        if at >= 0 and normalise(organisation.name) != normalise(title):
            candidates.append((at, organisation.name))
    for match in _OF_ORGANISATION.finditer(title):
        candidates.append((match.end(), title[match.end():]))
    words = title.split()
    for cut in range(len(words) - 1, 0, -1):
        if words[cut].split("-")[-1] in wordlists.post_heads() or words[cut].removesuffix(
                "-General") in wordlists.post_heads():
            opening = words[:cut]
            while opening and opening[-1] in wordlists.post_modifiers():
                opening.pop()
            candidates.append((0, " ".join(opening)))
    for at, name in candidates:
        name = name.strip(" ,")
        if not name or not name[0].isupper():
            continue
        side = _named_side(name, release)
        if side is None:
            continue
        start = release.text.find(name, post.span.start, post.span.end)
        if start < 0:
            continue  # not printed as such inside the post: no span to trace it to
        return OrganisationMention(name=name, span=Span(start, start + len(name)), side=side,
                                   mentions=(name,))
    return None


# Kinds of place that a post names as a place, never as an organisation.
_BARE_PLACE_KINDS = frozenset({"country", "territory"})


def _named_side(name: str, release: ParsedRelease) -> Side | None:
    """The side of an organisation or sub-national polity so named; None when the name is
    neither (a country, a common word). A country is a place before the registry is asked
    for a government of that name ("Deputy Prime Minister of Australia", "UK Secretary of
    State" name no participant), and so is a territory named bare ("Director of Health of
    Hong Kong"): only its government's own name ("Hong Kong Special Administrative
    Region") names the government."""
    place = gazetteer.find(name)
    if place is not None and (place.kind in _BARE_PLACE_KINDS or place.origin == "country"
                              or place.within is None):
        return None
    entry = registry.find_organisation(name, release.release_date)
    if entry is not None and entry.side in SIDES:
        return entry.side  # type: ignore[return-value]
    place = gazetteer.find(name)
    if place is not None:
        if place.kind == "country" or place.origin == "country" or place.within is None:
            return None
        side = gazetteer.side_of_place(name)
        return side if side in SIDES else None  # type: ignore[return-value]
    spans = org_spans(name, 0, len(name))
    if spans and spans[0].start == 0 and spans[0].end == len(name):
        return name_side(name) or name_side(name, strong_only=False)
    return None


def _is_the_body(mention: OrganisationMention, body: str | None,
                 release: ParsedRelease) -> bool:
    """The standing body that met, however the text writes it ("Legislative Council
    (LegCo) Finance Committee (FC)", "Finance Committee of the Legislative Council", or
    "LegCo Subcommittee on X" cut short of the body's full name): not a participant, unless
    the registry knows it as an organisation in its own right (the Legislative Council
    at its own sitting)."""
    if not body or registry.find_organisation(mention.name, release.release_date) is not None:
        return False
    key = normalise(body)
    for name in (mention.name, *mention.mentions):
        words = normalise(name).split()
        for start in range(len(words)):
            rest = " ".join(words[start:])
            if rest == key or start == 0 and rest.startswith(key + " of "):
                return True
            if len(words) - start >= 3 and key.startswith(rest + " "):
                return True
    return False


def _owns_the_body(text: str, mention: OrganisationMention, spans: list[Span],
                   body: str | None) -> bool:
    """An organisation written right before the name of a committee of it that met
    ("the Legislative Council (LegCo) Finance Committee", "the LegCo Subcommittee on X"),
    or opening that name as the release gives it: named as whose body met, not as a party
    to the meeting. A body named after its parties ("ASEAN Economic Ministers - Hong Kong,
    China Consultations") is not owned (``data/owned_body_heads.txt``)."""
    if not body:
        return False
    for form in (mention.name, *mention.mentions):
        opening = re.match(re.escape(form) + r"(?:\s*\([^()]*\))?\s+", body)
        if opening:
            return _is_owned_body(body[opening.end():])
    if not _is_owned_body(body):
        return False
    opening = " ".join(body.split()[:2])
    return any(re.match(r"(?:\s*\([^()]*\))?\s+" + re.escape(opening) + r"\b",
                        text[s.end:s.end + len(opening) + 40]) for s in spans)


@cache
def _owned_body_heads() -> re.Pattern[str]:
    words = sorted(wordlists.ordered("owned_body_heads.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _is_owned_body(name: str) -> bool:
    return _owned_body_heads().search(name) is not None


def _own_sentence(release: ParsedRelease, region: Span) -> Span:
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


def _framed_spans(release: ParsedRelease, region: Span, spans: list[Span],
                  people: tuple[PersonMention, ...]) -> set[Span]:
    """The mentions of organisations that the text shows taking part: in the meeting's own
    sentence, in a post of a person taking part, or in a participation frame
    (``data/participation_cues.tsv``), or listed right after one that is."""
    text = release.text
    region_sentences = sentences(release, region)
    first = region_sentences[0] if region_sentences else region
    posts = [post.span for person in people for post in person.posts]
    posts += [post.organisation.span for person in people for post in person.posts
              if post.organisation is not None]
    clauses = _clauses(release, region)
    framed: set[Span] = set()
    previous: Span | None = None
    topics = _purpose_start(text, first)
    for span in sorted(set(spans)):
        clause = next((c for c in clauses if c.start <= span.start < c.end), None)
        floor = clause.start if clause is not None else region.start
        if first.start <= span.start < min(first.end, topics) or any(
                p.start <= span.start and span.end <= p.end for p in posts):
            framed.add(span)
        elif _in_participation_frame(text, span, floor):
            framed.add(span)
        elif previous is not None and previous in framed and _listed_together(
                text, previous, span, floor):
            framed.add(span)
        previous = span
    ordered = sorted(set(spans), reverse=True)  # and back: "A, B and C also sent officials"
    for later, span in zip(ordered, ordered[1:]):
        if later in framed and span not in framed and _listed_together(text, span, later, 0):
            framed.add(span)
    return framed


def _purpose_start(text: str, sentence: Span) -> int:
    """Where the meeting sentence's purpose begins ("... to discuss the progress in setting
    up an office in Seoul", "to exchange views on ..."), else the sentence's end: an
    organisation named there is a topic, not a party, unless a frame shows it taking part."""
    said = text[sentence.start:sentence.end]
    purpose = find_purpose(said)
    if purpose is None:
        return sentence.end
    return sentence.start + said.find(purpose)


def _listed_together(text: str, first: Span, second: Span, floor: int) -> bool:
    return first.end <= second.start and first.end >= floor and bool(
        _LIST_GAP.match(text[first.end:second.start]))


def _parent_of_body(body: str | None) -> str | None:
    """The organisation a meeting's body belongs to, normalised: "Legislative Council" of
    "Finance Committee of the Legislative Council"."""
    if not body or " of the " not in body:
        return None
    parent = body.rsplit(" of the ", 1)[1]
    spans = org_spans(parent, 0, len(parent))
    if spans and spans[0].start == 0 and spans[0].end == len(parent):
        return normalise(parent)
    return None


def _in_participation_frame(text: str, span: Span, floor: int) -> bool:
    before = text[max(floor, span.start - 160):span.start]
    after = text[span.end:span.end + 160]
    for where, pattern in _participation_cues():
        if (where == "before" and pattern.search(before)) or (
                where == "after" and pattern.search(after)):
            return True
    return False


def lead_in_participants(release: ParsedRelease, lead_in: Span,
                         acronyms: tuple[AcronymDefinition, ...],
                         people: tuple[PersonMention, ...]) -> tuple[OrganisationMention, ...]:
    """Organisations the release names before its first meeting ("the portfolio of the
    Development Bureau (DEVB)", "his official visit to the United Kingdom (UK)") that a
    person taking part in a later meeting holds a post in: the Secretary's own bureau, the
    visited country's government. The registry says which organisation a post is in."""
    if lead_in.end <= lead_in.start or not people:
        return ()
    candidates = list(find_organisations(release, lead_in, acronyms))
    for acronym in acronyms:
        if lead_in.start <= acronym.span.start < lead_in.end and not any(
                acronym.short in c.mentions for c in candidates):
            start = release.text.rfind(acronym.expansion, lead_in.start, acronym.span.start)
            if start >= 0:
                candidates.append(OrganisationMention(
                    acronym.expansion, Span(start, start + len(acronym.expansion)),
                    acronym=acronym.short, mentions=(acronym.expansion, acronym.short)))
    held = _held_organisations(people)
    out = []
    for candidate in candidates:
        entry = registry.find_organisation(candidate.name, release.release_date)
        if entry is None or entry.key not in held:
            continue
        side = entry.side if entry.side in SIDES else name_side(candidate.name) or "HKSAR"
        out.append(OrganisationMention(name=candidate.name, span=candidate.span,
                                       acronym=candidate.acronym, side=side,  # type: ignore[arg-type]
                                       mentions=candidate.mentions))
    wordings = [mention for mention, _ in organisations_with_spans(
        release, body_region(release), acronyms)]
    return tuple(_with_other_wordings(o, wordings, release) for o in out)


def _without_qualifier(title: str) -> str:
    """"Acting Secretary for Development" holds the post "Secretary for Development"."""
    return title.removeprefix("Acting ")


def _held_by_someone_there(mention: OrganisationMention, held: frozenset[str],
                           release: ParsedRelease) -> bool:
    """The organisation is one a person at the meeting holds a post in ("the Governor of
    Guangdong Province" for "the Guangdong Provincial Government"), by the registry."""
    if not held:
        return False
    entry = registry.find_organisation(mention.name, release.release_date)
    return entry is not None and entry.key in held


def _concurrent_post_spans(people: tuple[PersonMention, ...]) -> list[Span]:
    """The earlier posts of a person who holds several ("Deputy Secretary General of the
    People's Government of Guangdong Province and Director General of the Hong Kong and
    Macao Affairs Office of Guangdong Province"): the person attends for the organisation
    of the last post named, the others are ranks held concurrently. A later post that
    refers back ("Director of its Organization Department") keeps the earlier one's
    organisation."""
    out: list[Span] = []
    for person in people:
        posts = sorted(person.posts, key=lambda p: p.span.start)
        if len(posts) < 2 or any(re.search(r"\bits\b", p.title) for p in posts[1:]):
            continue
        last = posts[-1].organisation
        for post in posts[:-1]:
            if post.organisation is not None and last is not None and normalise(
                    post.organisation.name) == normalise(last.name):
                continue
            out.append(post.span)
    return out


@cache
def _body_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rows = []
    for row in wordlists.rows("body_patterns.txt"):
        if len(row) >= 2:
            rows.append((row[0], re.compile(row[1])))
    return tuple(rows)


def _is_meeting_body(text: str, mention: OrganisationMention, spans: list[Span]) -> bool:
    """The standing body that met (or a series), or an organisation named only as the
    parent of something: not a participant."""
    for span in spans:
        before = text[max(0, span.start - 60):span.start]
        after = text[span.end:span.end + 60]
        for where, pattern in _body_patterns():
            if (where == "before" and pattern.search(before)) or (
                    where == "after" and pattern.search(after)):
                return True
    words = mention.name.split()
    if not any(" ".join(words[i:i + len(h.split())]) == h for h in wordlists.ordered(
            "body_heads.txt") for i in range(len(words))):
        return False
    exceptions = wordlists.ordered("participant_exceptions.txt")
    return not any(text[max(0, s.start - 60):s.start].lower().endswith(e + " ")
                   for s in spans for e in exceptions)


@cache
def _shared_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((row[0], re.compile(row[1], re.IGNORECASE))
                 for row in wordlists.rows("shared_attendance.tsv") if len(row) >= 2)


def _shared_attendance(release: ParsedRelease, region: Span,
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


def _is_polity(mention: OrganisationMention) -> bool:
    return polity(tokens(mention.name)) is not None or any(
        polity(tokens(m)) is not None for m in mention.mentions)


def _takes_part(text: str, span: Span) -> bool:
    """A government named as taking part: "HKSAR Government", "officials of the HKSAR",
    "Secretary for ... of the Macao SAR" (a post in it)."""
    before = text[max(0, span.start - 80):span.start]
    after = text[span.end:span.end + 20]
    if re.match(r"(?:\s*\([^)]*\))?\s+Government\b", after) or before.endswith(
            "Government of the "):
        return True
    if text[span.start:span.end].endswith("Government"):
        return True
    if re.search(r"\b(?:representatives|officials|delegation|participation) of (?:the )?$", before):
        return True
    clause = re.split(r"[,;.]", before)[-1]
    posts = wordlists.post_heads()
    return bool(re.search(r" of the $", clause)) and any(w in posts for w in clause.split())


def _clauses(release: ParsedRelease, region: Span) -> list[Span]:
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


def _absent_spans(release: ParsedRelease, region: Span, exempt: Span) -> list[Span]:
    """Whom someone thanked, what will happen later (``data/absent_cues.txt``): the rest
    of the sentence names organisations without showing them at the meeting. A sentence
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
    return out


@cache
def _meal_words() -> re.Pattern[str]:
    words = sorted(wordlists.words("meal_words.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b")


def _headed_organisations(release: ParsedRelease,
                          people: tuple[PersonMention, ...]) -> frozenset[str]:
    """Registry keys of the organisations the people's posts name and are in: "Governor
    of Guangdong Province" heads the Guangdong Provincial Government; "Chief Executive"
    names none."""
    return frozenset(key for person in people for post in person.posts
                     if _post_organisation(release, post) is not None
                     and (found := registry.find_post(_without_qualifier(post.title))) is not None
                     and (key := found.organisation))


def _held_organisations(people: tuple[PersonMention, ...]) -> frozenset[str]:
    """Registry keys of the organisations the people at the meeting hold posts in."""
    return frozenset(post.organisation for person in people for p in person.posts
                     if (post := registry.find_post(_without_qualifier(p.title))) is not None)


def _reported_speech_spans(release: ParsedRelease, region: Span) -> list[Span]:
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
