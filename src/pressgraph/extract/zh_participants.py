"""The organisations taking part in a Chinese release's meeting: those of the posts of the
people leading a side, the governments the meeting's own sentence names or shows sending
people, the organisations met, listed as represented (``X、Y和Z的代表``) or as taking part
(``參與部門包括…``), the places a meeting's name makes parties; sided by the registry, the
lexicon or the host's place; each with every wording the release gives it
(``surface_forms``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pressgraph import registry
from pressgraph.chinese_script import to_traditional
from pressgraph.extract import zh_orgs, zh_sides
from pressgraph.extract.zh_drafts import Context as _Context
from pressgraph.extract.zh_drafts import Draft as _Draft
from pressgraph.extract.zh_drafts import mentions as _mentions
from pressgraph.extract.zh_people import Person
from pressgraph.extract.zh_text import Unit, find_all, lexicon, participation
from pressgraph.model import AcronymDefinition, OrganisationMention, Span
from pressgraph.registry import gazetteer


def _principals_government(surface: str, chairs: list[Person]) -> bool:
    """Whether the government named is the one a post of someone leading a side is in, by
    the registry (``特區政府`` of the Chief Executive or a Secretary's bureau)."""
    entry = registry.find_organisation(to_traditional(surface))
    if entry is None or entry.kind != "government":
        return False
    jurisdiction = entry.key.split("/")[1]
    return any(post is not None and post.organisation.split("/")[1] == jurisdiction
               for person in chairs for title in person.mention.posts
               if (post := registry.find_post(title.title)) is not None)


def meeting_participants(context: _Context, draft: _Draft, chairs: list[Person],
                         location: str | None = None,
                         others: tuple[Span, ...] = ()) -> tuple[OrganisationMention, ...]:
    """The organisations of the people leading a side (their posts' organisations, the
    governments their posts are under), the governments the meeting's
    own sentence names or that the text shows sending people (``特區政府代表團``), and
    the organisations a clause lists as represented (``X、Y和Z的代表``). At a meeting held
    on the Mainland or abroad (``location``), a name nothing else sides is the host's."""
    acronyms = context.acronyms
    found: list[OrganisationMention] = []

    def add(reading: str, mentions: Iterable[OrganisationMention]) -> None:
        found.extend(replace(m, readings=(reading,)) for m in mentions)

    for person in chairs:
        add("post", _post_organisations(context, person))
    units = [context.sentences[i] for i in sorted(set(draft.region) | {draft.sentence})]
    own = context.sentences[draft.sentence]
    led = tuple(to_traditional(post.title) for person in chairs for post in person.mention.posts)
    for unit in units:
        for surface, span in zh_orgs.government_mentions(context.text, context.folded,
                                                         unit.span, acronyms,
                                                         delegations=True):
            if unit is own and _named_as_topic(context, unit, span):
                continue  # 討論如何加強香港及新加坡政府之間的聯繫: what was discussed
            if zh_orgs.names_an_office_of_it(context.folded, span):
                continue  # 香港特別行政區政府律政司: the Department of Justice is named
            reading = "own sentence" if unit is own else "sends people" if \
                zh_orgs.sends_people(context.folded, span) else "headed" if \
                zh_orgs.headed_by(surface, led) else "speaks as a side" if \
                zh_orgs.said_of_itself(context.folded, span) and _principals_government(
                    surface, chairs) else None
            if reading:
                add(reading, [zh_orgs.organisation(surface, span, acronyms)])
        if unit is own:
            add("met", (zh_orgs.organisation(item.surface, item.span, acronyms,
                                             written_out=item.name) for item in
                        zh_orgs.met_organisations(context.text, context.folded, unit.span)))
        for clause in unit.clauses:
            add("represented", _represented(context, clause, unit))
            add("staffed", (zh_orgs.organisation(surface, span, acronyms) for surface, span in
                            zh_orgs.staffed_organisations(context.text, context.folded,
                                                          clause.span)))
            add("national delegation", (
                zh_orgs.organisation(surface, span, acronyms) for surface, span in
                zh_orgs.national_delegations(context.text, context.folded, clause.span)))
    if draft.body_span is not None:  # 內地、香港、澳門…聯席會議, of 三地: the places named
        named = zh_sides.parties_in_name(context.folded, draft.body_span)
        add("named as a party", (zh_orgs.organisation(context.text[s.start:s.end], s, acronyms)
                                 for s in named))
    if draft.party is not None:  # one of several organisations called on: that one only
        party = draft.party
        add("met", [zh_orgs.organisation(context.text[party.start:party.end], party, acronyms)])
        found = [m for m in found if not (draft.verb_start <= m.span.start < draft.clause.end)
                 or party.start <= m.span.start < party.end]
    own = draft.clause.span
    found = [m for m in found if own.start <= m.span.start < own.end
             or not any(c.start <= m.span.start < c.end for c in others)]
    body = zh_orgs.canonical_name(draft.body, acronyms) if draft.body else None
    host = gazetteer.side_of_place(location) if location else None
    found = [m if m.side != zh_sides.side_of(m.name) else replace(
        m, side=zh_sides.side_at(m.name, host)) for m in found
        if m.name != body and not zh_sides.unnamed(m.name)]
    found.sort(key=lambda m: m.span)
    return tuple(_with_every_mention(context, m) for m in zh_orgs.merge(found))


def _named_as_topic(context: _Context, sentence: Unit, span: Span) -> bool:
    """Whether a verb of discussing opens the mention's clause before it (``討論如何加強A及B政府
    之間的聯繫``): the governments are what was discussed, not who met."""
    clause = next((c for c in sentence.clauses if c.start <= span.start < c.end), None)
    if clause is None:
        return False
    before = context.folded[clause.start:span.start]
    return any(before.startswith(verb) or before.startswith("並" + verb)
               for verb in participation()["topic_verbs"])


def _post_organisations(context: _Context, person: Person) -> list[OrganisationMention]:
    """The organisations a person's posts are in, as the text names them, and the
    government the post phrase names; a party post's organisation only when the post heads
    it (``台州市委書記`` names ``台州市委``; ``市委常委`` none)."""
    lex = lexicon()
    acronyms = context.acronyms
    found: list[OrganisationMention] = []
    if person.government and person.government_start is not None:
        span = Span(person.government_start, person.government_start + len(person.government))
        found.append(zh_orgs.organisation(person.government, span, acronyms))
    # 英國首席大臣兼內閣辦公室部長: an office named under the country of the first post
    country = next((zh_sides.opening_place_side(post.title) for post in person.mention.posts),
                   None)
    party = False
    for post in person.mention.posts:
        organisation = post.organisation
        if organisation is None or not organisation.mentions:
            party = party or _mentions(to_traditional(post.title), lex.party_markers)
            continue
        surface = organisation.mentions[0]
        own_place = zh_sides.place_side(surface) not in (None, "HKSAR") or to_traditional(
            surface).startswith(lex.hksar_markers)
        if _mentions(to_traditional(surface), lex.party_markers) or (party and not own_place):
            party = True
            title, name = to_traditional(post.title), to_traditional(surface)
            if title.startswith(name) and title[len(name):] in participation()[
                    "party_head_words"] and zh_sides.opening_place_side(name) is not None:
                found.append(zh_orgs.organisation(surface, organisation.span, acronyms))
            continue
        if zh_orgs.post_names_participant(post.title, surface):
            side = country if country not in (None, "HKSAR") and zh_sides.opening_place_side(
                surface) is None and zh_sides.registry_side(surface) is None else None
            found.append(zh_orgs.organisation(surface, organisation.span, acronyms, side=side,
                                              government=person.government))
    return found


def _with_every_mention(context: _Context, mention: OrganisationMention) -> OrganisationMention:
    """Every surface form the release uses for the organisation, in text order, and its
    delegation as printed (``特區政府代表團`` of ``特區政府``): a wording of the party."""
    forms = list(context.surface_forms.get(mention.name, []))
    for form in dict.fromkeys([mention.name, *mention.mentions, *(f for _, f in forms)]):
        for word in participation()["delegation_words"]:
            printed = to_traditional(form) + word
            forms += [(position, context.text[position:position + len(printed)])
                      for position in find_all(context.folded, printed)]
    mentions = tuple(dict.fromkeys([form for _, form in sorted(forms)] + list(mention.mentions)))
    return replace(mention, mentions=mentions)


def surface_forms(text: str, folded: str, body: Span, people: list[Person],
                   acronyms: tuple[AcronymDefinition, ...]) -> dict[str, list[tuple[int, str]]]:
    """Canonical organisation name -> (offset, surface) of every way the body names it."""
    forms: dict[str, list[tuple[int, str]]] = {}

    def add(surface: str, start: int) -> None:
        forms.setdefault(zh_orgs.canonical_name(surface, acronyms), []).append((start, surface))

    for surface, span in zh_orgs.government_mentions(text, folded, body, acronyms):
        add(surface, span.start)
    for person in people:
        for post in person.mention.posts:
            organisation = post.organisation
            if organisation is not None and organisation.mentions:
                add(organisation.mentions[0], organisation.span.start)
    for acronym in acronyms:
        for position in find_all(folded[body.start:body.end], to_traditional(acronym.short)):
            start = body.start + position
            inside_definition = acronym.span.start <= start < acronym.span.end
            if not inside_definition and zh_orgs.canonical_name(acronym.short, acronyms) \
                    == zh_orgs.canonical_name(acronym.expansion, acronyms) \
                    and not folded.startswith(to_traditional(acronym.short) + "政府", start):
                add(text[start:start + len(acronym.short)], start)
    return forms


def _represented(context: _Context, clause: Unit,
                 sentence: Unit) -> list[OrganisationMention]:
    """Organisations in ``X、Y和Z的代表`` of a clause about attending (``X和Y的主管`` of a
    sentence of taking part: 代表團成員…), in a list that
    ``包括`` opens and ``代表`` closes (``成員包括X、Y及Z代表``), or in a list that ``包括``
    opens in a sentence that says its items took part (``參與部門包括X、Y和Z``,
    ``多個機構包括X、Y亦有派員出席``; ``data/zh_participation.toml``). A list ``包括`` opens
    after a verb of touring (``代表團亦參觀了…設施，包括X、Y及Z``) names the sites toured,
    not who took part."""
    words = participation()
    opened = clause.text.find("包括")
    if opened >= 0 and _lists_sites_toured(sentence, clause.start + opened, words):
        return []
    if opened >= 0 and any(word in sentence.text for word in words["list_taking_part_words"]):
        begin = opened + len("包括")
        end = min((at for at in (clause.text.find(stop, begin) for stop in words["list_ends"])
                   if at > begin), default=len(clause.text.rstrip("。；，！？")))
        return [zh_orgs.organisation(item.surface, item.span, context.acronyms,
                                     written_out=item.name)
                for item in zh_orgs.listed_organisations(
                    context.text, context.folded,
                    Span(clause.start + begin, clause.start + end))]
    position = clause.text.find("的代表")
    if position < 0 and any(word in sentence.text for word in words["list_taking_part_words"]):
        position = min((at for at in (clause.text.find("的" + word) for word in
                                      words["heads_words"]) if at >= 0), default=-1)
    start = clause.text.rfind("包括", 0, position) if position >= 0 else -1
    if position < 0:
        position = clause.text.rfind("代表")
        start = clause.text.rfind("包括", 0, position) if position > 0 else -1
        if start < 0:
            return []
    begin = start + 2 if start >= 0 else 0
    span = Span(clause.start + begin, clause.start + position)
    return [zh_orgs.organisation(item.surface, item.span, context.acronyms,
                                 written_out=item.name)
            for item in zh_orgs.listed_organisations(context.text, context.folded, span)]


def _lists_sites_toured(sentence: Unit, at: int, words: dict[str, tuple[str, ...]]) -> bool:
    """Whether the ``包括`` at ``at`` opens the object of a verb of touring earlier in its
    sentence (``參觀…設施，包括``), with no word of taking part after that verb."""
    before = sentence.text[:at - sentence.start]
    last = max(before.rfind(word) for word in words["touring_words"])
    return last >= 0 and not any(word in before[last:]
                                 for word in words["list_taking_part_words"])
