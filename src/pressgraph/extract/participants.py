"""The participants of a meeting in an English release: the organisations the text shows
taking part, each with its side.

An organisation named in the meeting's text takes part when the text frames it so (the
meeting's own sentence, a post of a person taking part, a cue of
``data/participation_cues.tsv``, or listed with one that does: ``participant_frames``), and
so does a delegation named after a country ("as a member of the China delegation"); not
when it is the body that met (``participant_bodies``), only thanked, only quoted, or a rank
held concurrently (``participant_posts``). The registry is asked only what it knows for
certain: which organisation a post is in, and the side of an organisation it lists.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pressgraph import registry
from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import body_region, normalise
from pressgraph.extract.org_sides import (
    SIDES,
    context_cue_spans,
    name_side,
    participant_side,
    registry_side,
)
from pressgraph.extract.organisations import find_organisations, organisations_with_spans
from pressgraph.extract.participant_bodies import (
    is_meeting_body,
    is_the_body,
    owns_the_body,
    parent_of_body,
)
from pressgraph.extract.participant_frames import (
    absent_spans,
    agreed_with,
    framed_spans,
    is_polity,
    national_delegations,
    own_sentence,
    reported_speech_spans,
    shared_attendance,
    side_clauses,
    spoken_governments,
    supported,
    takes_part,
    thanked_governments,
)
from pressgraph.extract.participant_posts import (
    attendee_post_spans,
    concurrent_post_spans,
    headed_organisations,
    held_by_someone_there,
    held_organisations,
    post_country_side,
    registry_key,
    with_principal_posts,
)
from pressgraph.model import (
    AcronymDefinition,
    OrganisationMention,
    ParsedRelease,
    PersonMention,
    Side,
    Span,
)
from pressgraph.registry import gazetteer


def find_participants(release: ParsedRelease, region: Span,
                      acronyms: tuple[AcronymDefinition, ...],
                      people: tuple[PersonMention, ...] = (),
                      body: str | None = None,
                      place_side: Side | None = None,
                      principals: tuple[PersonMention, ...] | None = None,
                      others: tuple[Span, ...] = (),
                      other_bodies: tuple[str, ...] = (),
                      ) -> tuple[OrganisationMention, ...]:
    """Organisations represented at the meeting whose text is ``region``, with their side.

    ``people`` are the people taking part (chairs, principals, attendees): an organisation
    named only in a post one of them holds besides another is not thereby represented.
    ``principals`` are those of them who chair, host or lead a side (all of ``people``
    when not given): only their posts make an organisation a participant; another
    attendee's post names none (the organisation must be named on its own).
    An organisation named in the region takes part when the text shows it there (see
    ``framed_spans``), when a principal's post names it ("Governor of Guangdong Province"
    for "the Guangdong Provincial Government"), or when the meeting's ``body`` is a body of
    it ("Finance Committee of the Legislative Council"). A post that names no organisation
    ("Chief Executive") makes no mention of the registry's organisation for it one.
    ``place_side`` is the side of the place the meeting is held in: abroad, an organisation
    whose side only a generic word of its name gives ("Ministry", "National") is overseas.
    ``others`` are the parts of the meeting's sentence that tell other meetings ("held
    meetings with A and B"): a name there is the other meeting's party, not this one's.
    ``other_bodies`` are the bodies of the release's other meetings: one named here is the
    occasion ("Prior to the Assembly, he met ..."), no party.
    """
    text = release.text
    out: list[OrganisationMention] = []
    leading = people if principals is None else principals
    clauses = side_clauses(release, region)
    speech = reported_speech_spans(release, region)
    # A side cue hides only a name it holds whole ("Hong Kong side"): one it opens speaks
    # for a side ("on behalf of the HKSAR Government").
    cue_spans = ([c for c in context_cue_spans(text, region) if not _opens_a_name(text, c)]
                 + concurrent_post_spans(people) + attendee_post_spans(people, leading))
    absent = absent_spans(release, region, exempt=own_sentence(release, region))
    held = held_organisations(leading)
    offices = held_organisations(people)
    named = [(m, [s for s in spans if not any(o.start <= s.start < o.end for o in others)])
             for m, spans in organisations_with_spans(release, region, acronyms)]
    wordings = [mention for mention, _ in organisations_with_spans(
        release, body_region(release), acronyms)]
    framed = framed_spans(release, region, [s for _, spans in named for s in spans], leading)
    paragraph_end = text.find("\n", region.start)
    account = Span(text.rfind("\n", 0, region.start) + 1,
                   len(text) if paragraph_end < 0 else paragraph_end)
    spoken = spoken_governments(text, [(m, spans) for m, spans in named], held, account)
    thanked = thanked_governments(text, named) | spoken
    parent = parent_of_body(body)
    headed = headed_organisations(release, leading)
    whole = [(m, _whole_reading(m, headed, offices, parent, release)) for m, _ in named]
    named = [(m, spans if reason else [s for s in spans if s in framed or s in thanked], reason)
             for (m, spans), (_, reason) in zip(named, whole, strict=True)]
    for mention, all_spans, reason in named + [
            (m, spans, "shared attendance")
            for m, spans in shared_attendance(release, region, acronyms)]:
        if any(normalise(o.name) == normalise(mention.name) for o in out):
            continue
        # A principal's own organisation speaks as a side even in what is reported said
        # ("said that the Department of Justice will continue to ...").
        own = _own_office(mention, offices, release)
        all_spans = [s for s in all_spans if not supported(text, s) and not agreed_with(text, s)]
        spans = [s for s in all_spans if s in thanked
                 or not any(c.start <= s.start < c.end or s.start <= c.start < s.end
                            for c in (cue_spans if own else cue_spans + speech))]
        if not held_by_someone_there(mention, held, release):
            spans = [s for s in spans if s in thanked
                     or not any(a.start <= s.start < a.end for a in absent)]
        if not spans or is_meeting_body(text, mention, spans) or any(
                is_the_body(mention, named_body, release)
                for named_body in (body, *other_bodies)) or (
                owns_the_body(text, mention, all_spans, body)
                and not held_by_someone_there(mention, held, release)):
            continue
        if is_polity(mention) and not any(takes_part(text, s) for s in spans):
            continue
        side = _foreign_post_side(mention, spans, people) or _registry_side_at(
            mention, release, place_side) or participant_side(
            text, mention, spans, clauses + side_clauses(release, body_region(release)), place_side)
        readings = (reason,) if reason else tuple(dict.fromkeys(
            framed.get(s, "speaks as a side" if s in spoken else "thanked") for s in spans))
        out.append(OrganisationMention(name=mention.name, span=mention.span,
                                       acronym=mention.acronym, side=side,
                                       mentions=mention.mentions, readings=readings))
    out += [d for d in national_delegations(release, region)
            if not any(normalise(o.name) == normalise(d.name) for o in out)]
    # The principals' posts add organisations, and further wordings of those found ("Guangdong
    # Province" of the Governor's post for "the Guangdong Provincial Government").
    with_posts = with_principal_posts(release, out, leading)
    sided = [o if o.side is None or registry.find_organisation(o.name, release.release_date)
             or gazetteer.find(o.name) else replace(o, side=participant_side(
                 text, o, [o.span], clauses, place_side) or o.side)
             for o in (replace(p, readings=("principal's post",))
                       for p in with_posts[len(out):])]
    found = _merged(tuple(_without_trailing_person(o, people)
                          for o in (*with_posts[:len(out)], *sided)))
    found = tuple(o for o in found if not _only_inside_another(text, o, found))
    return tuple(_with_other_wordings(o, wordings, release) for o in found)


def _whole_reading(mention: OrganisationMention, headed: frozenset[str],
                   offices: frozenset[str], parent: str | None,
                   release: ParsedRelease) -> str | None:
    """The reading that makes every mention of an organisation in the meeting's text count
    (one a principal heads, a participant's own office, the parent of the body that met);
    ``None``: only the mentions the text frames count."""
    if held_by_someone_there(mention, headed, release):
        return "principal's organisation"
    if _own_office(mention, offices, release):
        return "own office"
    if parent is not None and normalise(mention.name) == parent:
        return "body's parent"
    return None


def _registry_side_at(mention: OrganisationMention, release: ParsedRelease,
                      place_side: Side | None) -> Side | None:
    """The registry's side, except a Mainland body's whose name any country's body bears
    ("Ministry of Finance", "Ministry of Justice": no place or Mainland word of its own)
    at a meeting held abroad: there it is the host country's ministry."""
    side = registry_side(mention, release)
    if side == "Mainland" and place_side == "overseas" and name_side(
            mention.name, generic=False) is None:
        return None
    return side


def _foreign_post_side(mention: OrganisationMention, spans: list[Span],
                       people: tuple[PersonMention, ...]) -> Side | None:
    """The side of the country named by the post that holds this mention ("US Secretary of
    the Treasury", "Director of the X Office of Chile"): the organisation is that
    country's, not the one the registry knows by the same name at home."""
    for person in people:
        for post in person.posts:
            if any(post.span.start <= s.start and s.end <= post.span.end for s in spans):
                side = post_country_side(post.title, mention.name)
                if side is not None:
                    return side
    return None


def _only_inside_another(text: str, mention: OrganisationMention,
                         found: tuple[OrganisationMention, ...]) -> bool:
    """Whether the text prints this name only as the tail of another participant's name
    ("Services Development Council" of "Financial Services Development Council", an
    acronym's wrong expansion; "District Council" of "Tuen Mun District Council"): such a
    part is no organisation of its own. A parent that closes a name ("Centre for Food
    Safety of the Food and Environmental Hygiene Department") is not a tail."""
    others = [form for o in found if o is not mention for form in (o.name, *o.mentions)
              if len(form) > len(mention.name)]
    seen = False
    for match in re.finditer(rf"(?<![\w-]){re.escape(mention.name)}(?![\w-])", text):
        seen = True
        if not any((start := text.rfind(other, max(0, match.end() - len(other)), match.end()))
                   >= 0 and start + len(other) == match.end()
                   and not re.search(r"\bof (?:the )?$", text[start:match.start()])
                   for other in others):
            return False
    return seen


def _opens_a_name(text: str, cue: Span) -> bool:
    """Whether a side cue ends inside a longer name ("on behalf of the Hong Kong" of "on
    behalf of the Hong Kong Special Administrative Region Government")."""
    return bool(re.match(r"[ ]+(?:\(\w+\) )?[A-Z]", text[cue.end:cue.end + 12])) or \
        text[cue.end:cue.end + 1].isalpha()


def _own_office(mention: OrganisationMention, held: frozenset[str],
                release: ParsedRelease) -> bool:
    """A bureau or department someone at the meeting holds a post in (the Secretary for
    Justice's Department of Justice), named on its own: it speaks as a side of the meeting
    wherever the meeting's text names it. A government is not an office: a Secretary's post is in
    it, but it takes part only when named as a side."""
    return held_by_someone_there(mention, held, release) and not is_polity(mention) and \
        "Government" not in mention.name


def _with_other_wordings(mention: OrganisationMention, named: list[OrganisationMention],
                         release: ParsedRelease) -> OrganisationMention:
    """The participant with every other wording the release gives the same organisation
    ("the HKSAR Government" later for "the Hong Kong Special Administrative Region (HKSAR)
    Government"): the same registry organisation, or the same name. Only wordings: whether
    the organisation takes part is settled before."""
    key = registry_key(mention.name, release)
    forms = {normalise(n) for n in (mention.name, *mention.mentions)}
    more = [form for other in named for form in (other.name, *other.mentions)
            if normalise(other.name) in forms or (
                key is not None and registry_key(other.name, release) == key)]
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
                (*old.mentions, *mention.mentions))), readings=tuple(dict.fromkeys(
                    (*old.readings, *mention.readings))))
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
    held = held_organisations(people)
    out = []
    for candidate in candidates:
        entry = registry.find_organisation(candidate.name, release.release_date)
        if entry is None or entry.key not in held:
            continue
        if is_polity(candidate) and not takes_part(release.text, candidate.span) or supported(
                release.text, candidate.span):
            continue  # a government named as doing, planning or supported, not as a side
        side = entry.side if entry.side in SIDES else name_side(candidate.name) or "HKSAR"
        out.append(OrganisationMention(name=candidate.name, span=candidate.span,
                                       acronym=candidate.acronym, side=side,  # type: ignore[arg-type]
                                       mentions=candidate.mentions, readings=("lead-in",)))
    wordings = [mention for mention, _ in organisations_with_spans(
        release, body_region(release), acronyms)]
    return tuple(_with_other_wordings(o, wordings, release) for o in out)
