"""Calls: one person meeting another (``會見``, ``拜會``, ``會面``, ``會晤``, talks ``與…商討``).

Which clauses report a call and on whom (``先後拜會A和B`` is one call on each; ``與A和B
會面`` one call on both when they are one province's or city's officials, one call each when
they hold Central posts; ``拜訪A局及B署``, no one named, one call on each body); a call an
opening sentence sums up and a later one tells in full is one call; later sentences that
refer back to ``會面`` belong to it. The principals of a call are its actor and the people it
is on (of one government's officials met together, the first listed and the head of the
government or its party committee; the others attend), except a deputy listed after the
first of them elsewhere (``與副市長A、港澳辦副主任B會面``: B attends A's side); the principals
of a meeting of delegations are those who lead them (``率領``).
``zh_meetings.py`` asks for the calls among the meetings of a release; ``zh_chairs.py`` for
their principals.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pressgraph.chinese_script import to_traditional
from pressgraph.extract.roles import unnamed_leads_as_attendees
from pressgraph.extract.zh_actors import actor, people_in
from pressgraph.extract.zh_dates import find_dates
from pressgraph.extract.zh_drafts import Context, Draft, mentions
from pressgraph.extract.zh_orgs import listed_organisations
from pressgraph.extract.zh_people import Person, is_deputy, names_follow
from pressgraph.extract.zh_text import PHOTO_POSITION, Unit, find_all, lexicon
from pressgraph.model import Meeting, RoleInMeeting, RoleName, Span

# --------------------------------------------------------------------------- which calls


def talks(context: Context, index: int, clause: Unit) -> list[Draft]:
    """Talks with a party named before the verb: ``於明日與國家發展和改革委員會商討…``,
    ``與外交部長某某進行正式會議`` (not a party only counted: ``與其他代表進行雙邊會議``)."""
    for verb in lexicon().talks_verbs:
        position = clause.text.find(verb)
        with_whom = re.search(r"[與同跟](?P<party>(?:[^，。與同跟就的]|(?<=率領)的){2,30})$",
                              clause.text[:position])  # (…率領的代表團: the party led)
        if clause.text.startswith(lexicon().not_counterparts, position + len(verb)) or \
                clause.text.startswith("會", position + len(verb)):
            continue  # "簽署會談紀要": the minutes of talks; "舉行座談會": a session's name
        if position > 0 and with_whom is not None and not _counted_only(
                context, clause, position, len(verb)) and (
                _named_party(with_whom.group("party")) or people_in(context, clause)):
            return [Draft("courtesy call", index, clause, clause.start + position)]
    return []


def courtesy_calls(context: Context, index: int, clause: Unit,
                    earlier: list[Draft] | None = None) -> list[Draft]:
    """A call on someone (``與...會面``, ``拜會...``); ``先後拜會A和B`` and ``見了A、B`` are
    one call on each person named, ``與A和B會面`` one call on both."""
    lex = lexicon()
    for verb in lex.courtesy_verbs:
        for position in find_all(clause.text, verb):
            before = clause.text[:position]
            after = clause.text[position + len(verb):position + len(verb) + 1]
            if (before.endswith(("在", "出席")) or after in ("中", "時", "上", "後", "的", "期")) \
                    and not _object_follows(context, clause, position + len(verb)):
                # "在會面中", "出席會見的": a reference to the call, not a new one; but "今天我
                # 跟朱總理會面的時候": the call that day, reported as the time of what follows
                if _called_before(context, earlier or [], index, clause,
                                  clause.start + position) or not (
                        after in ("的", "時", "後") and not before.endswith(("在", "出席"))
                        and find_dates(context.text, context.folded, clause.span,
                                       context.release.release_date)):
                    continue  # (a call found before between the same people: this is it again)
            if clause.text.startswith(lex.not_counterparts, position + len(verb)):
                continue  # "會見傳媒": remarks to the press
            if mentions(before, lex.wish_markers):
                continue  # "希望…能夠與學聯的代表見面": a wish, not a call
            if _counted_only(context, clause, position, len(verb)):
                continue  # "拜會內地多個…部門": parties counted, none named
            if verb == "見了" and (before.endswith(("看", "聽", "遇", "碰", "預", "夢", "可"))
                                  or not people_in(context, clause)):
                continue  # "看見了", "聽見了": seeing, not meeting; 見了 needs someone named
            verb_start = clause.start + position
            people = people_in(context, clause)
            opener = actor(context, index, verb_start) or _named_again(
                context, clause, verb_start)
            with_whom = re.search(r"[與同跟](?P<party>[^，。與同跟]{2,200})$", before)
            party_named = _named_party(clause.text[position + len(verb):]) or (
                with_whom is not None and _named_party(with_whom.group("party")))
            if not people and opener is not None and opener.start < verb_start and party_named:
                people = [opener]  # "蘇錦樑…會到訪以色列，會晤以色列政府官員"
            if not people and context.transcript:
                continue  # (a speaker's "拜會了上海市的領導" names no one met)
            if not people and not party_named and verb not in ("拜會", "拜訪"):
                continue  # (a delegation's "與黑龍江省領導會面" names its party: a call)
            if with_whom is not None and with_whom.group("party").endswith(lex.people_groups):
                continue  # "與在當地就學和經商的港人會面": a group met, no one of it named
            if not people and "期間" in context.folded[context.sentences[index].start:verb_start] \
                    and not _organisations_called_on(clause.text[position + len(verb):]):
                continue  # "訪日期間，代表團與…官員會面": the trip's programme, no call of its own
            counterparts = [p for p in people if p.start >= verb_start]
            if not counterparts and with_whom is not None:  # 與A及B會面: those named after 與
                party_start = clause.start + with_whom.start("party")
                counterparts = [p for p in people if party_start <= p.start < verb_start]
            if len(counterparts) > 1:
                if _met_apart(context, clause, verb_start, counterparts):
                    return [Draft("courtesy call", index, clause, verb_start, counterparts=(p,))
                            for p in counterparts]
                return [Draft("courtesy call", index, clause, verb_start,
                              counterparts=tuple(counterparts))]
            return _each_organisation(context, index, clause, position, len(verb)) if \
                not counterparts else [Draft("courtesy call", index, clause, verb_start)]
    return []


def _each_organisation(context: Context, index: int, clause: Unit, position: int,
                       length: int) -> list[Draft]:
    """A call on organisations listed with no one named (``拜訪A局及B署``, ``分別拜訪A和B``):
    one call on each, a body visited being a body called on."""
    verb_start = clause.start + position
    object_ = re.split(r"[，。；,;]", clause.text[position + length:], maxsplit=1)[0]
    start = verb_start + length
    items = listed_organisations(context.text, context.folded,
                                 Span(start, start + len(object_.rstrip())))
    if len(items) < 2 or not _organisations_called_on(object_):
        return [Draft("courtesy call", index, clause, verb_start)]
    return [Draft("courtesy call", index, clause, verb_start, party=item.span) for item in items]


def _counted_only(context: Context, clause: Unit, position: int, length: int) -> bool:
    """Whether the call's other side is only counted, not named (``拜會內地多個部門``,
    ``與一共十五個國家的代表會面``), with no one named in it."""
    with_whom = re.search(r"[與同跟](?P<party>[^，。與同跟]{2,80})$", clause.text[:position])
    side, start = ((with_whom.group("party"), with_whom.start("party")) if with_whom
                   else (clause.text[position + length:], position + length))
    if _counted().match(side) is None:
        return False
    return not any(clause.start + start <= person.start for person in people_in(context, clause))


@cache
def _counted() -> re.Pattern[str]:
    """A side opening with a count: 多個, 一共十五個, 15名 (after a place word)."""
    words = "|".join(lexicon().counted_parties)
    return re.compile(rf"^(?:內地|當地|本地|海外|各地)?(?:一共|合共|共)?"
                      rf"(?:{words}|(?:\d+|[一二三四五六七八九十兩]+)[個名位間])")


def _object_follows(context: Context, clause: Unit, offset: int) -> bool:
    """Whether the one met is named right after the verb: ``會見中共…書記``, ``會見上海市
    官員``, ``會見時任…`` open with a post or a party, not with ``中``/``上``/``時`` of the
    call's time (``會見中``, ``會見時``)."""
    start = clause.start + offset
    return any(person.start == start for person in people_in(context, clause)) or \
        _named_party(clause.text[offset:])


def _met_apart(context: Context, clause: Unit, verb_start: int,
               counterparts: list[Person]) -> bool:
    """Whether the people a clause calls on were met one by one: the clause says so
    (``先後``, ``分別``), or lists them with ``、`` (``見了A、B``). Those named between ``與``
    and the verb meet together when the first holds a post of a province or city (``與台州市
    委書記A、秘書長B和副市長C等會面``: one government's officials, one meeting), and one by
    one when the first holds a Central post (``與國務院副總理A及港澳辦主任B會面``: a call on
    each)."""
    if mentions(clause.text, lexicon().one_by_one_markers):
        return True
    if all(person.start < verb_start for person in counterparts):
        if _local_post(counterparts[0]):
            return False
        if _central_post(counterparts[0]):
            return True
    for previous, person in zip(counterparts, counterparts[1:], strict=False):
        gap = context.folded[previous.mention.span.end:person.start]
        if any(mark in gap for mark in "、，,；"):
            return True
    return False


# A post of a province's or city's government or party committee: 台州市委書記, 江蘇省省長.
_LOCAL_POST = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{1,8}?(?:省|市|自治區)")


def _local_post(person: Person) -> bool:
    return any(_LOCAL_POST.match(to_traditional(post.title)) for post in person.mention.posts)


def _central_post(person: Person) -> bool:
    return any(to_traditional(post.title).startswith(lexicon().mainland_markers)
               for post in person.mention.posts)


def _called_before(context: Context, earlier: list[Draft], index: int, clause: Unit,
                   verb_start: int) -> bool:
    """Whether a call found before was between the people this clause names (its actor and
    those named in it): ``在會面時`` refers back to it; a call between others does not."""
    def names(draft_actor: Person | None, people: list[Person]) -> set[str]:
        return {to_traditional(p.mention.name or p.mention.posts[0].title)
                for p in ([draft_actor] if draft_actor else []) + people
                if p.mention.name or p.mention.posts}

    here = names(actor(context, index, verb_start), people_in(context, clause))
    for draft in earlier:
        if draft.kind != "courtesy call":
            continue
        met = list(draft.counterparts) or people_in(context, draft.clause)
        if not here or here <= names(actor(context, draft.sentence, draft.verb_start), met):
            return True
    return False


def _named_again(context: Context, clause: Unit, before: int) -> Person | None:
    """A person named earlier with a post, named again by name alone before ``before``
    (同日下午，曾俊華亦將與商務部官員會面)."""
    for person in context.people:
        name = person.mention.name
        if name and person.start < clause.start and \
                to_traditional(name) in context.folded[clause.start:before]:
            return person
    return None


def _named_party(after: str) -> bool:
    """The object of a call names a party: a place's officials or an organisation
    (以色列政府官員, 上海市的領導)."""
    object_ = re.split(r"[，。；,;]", after, maxsplit=1)[0].removeprefix("了")
    return bool(object_) and (
        (any(object_.startswith(name) for name in lexicon().place_names)
         and mentions(object_, lexicon().party_members))
        or any(suffix in object_ for suffix in lexicon().org_suffixes if len(suffix) > 1)
        or re.search(r"[部局署廳處辦委院](?:的)?(?:官員|代表|領導|負責人)", object_) is not None
        or _REGION_PARTY.match(object_) is not None)


def _organisations_called_on(after: str) -> bool:
    """The object of a call is organisations themselves, its last word an organisation's
    ending (``拜訪A公安局出入境管理支隊和B海事局``), not people of them (``…官員``)."""
    object_ = re.split(r"[，。；,;]", after, maxsplit=1)[0].removeprefix("了")
    return object_.endswith(tuple(s for s in lexicon().org_suffixes if len(s) > 1)) or (
        len(object_) > 3 and object_.endswith(("局", "署", "部", "廳", "辦", "院")))


# Officials of a province or city the gazetteer may not list: 黑龍江省領導, 瀋陽市的官員.
_REGION_PARTY = re.compile(
    r"[\u4e00-\u9fff]{1,6}?(?:省|市|自治區)(?:委|政府)?的?(?:官員|領導|代表|負責人|首長|高層)")


def called_after(context: Context, index: int, clause: Unit,
                  drafts: list[Draft]) -> list[Draft]:
    """``會晤A，以及B，就…交流意見``: someone listed after a call in the same sentence is
    called on too, one call each."""
    previous = drafts[-1] if drafts else None
    if previous is None or previous.sentence != index or previous.kind != "courtesy call" \
            or not clause.text.lstrip().startswith(("以及", "及", "和", "、")):
        return []
    return [Draft("courtesy call", index, clause, previous.verb_start, counterparts=(person,),
                  status=previous.status) for person in people_in(context, clause)]


def told_again(context: Context, drafts: list[Draft]) -> list[Draft]:
    """A call an opening sentence (or clause) sums up (``拜會交通運輸部及民航局``,
    ``與財政部部長、市委書記和市長會面``) is the call a later sentence (or clause) tells
    in full with the person's name (``與交通運輸部部長劉偉會面``): one call, told by the
    later one."""
    kept: list[Draft] = []
    for draft in drafts:
        later = [d for d in drafts if d.kind == "courtesy call"
                 and (d.sentence, d.verb_start) > (draft.sentence, draft.verb_start)]
        if draft.kind != "courtesy call" or not later:
            kept.append(draft)
            continue
        called = _called_on(context, draft)
        told = [p for d in later for p in _called_on(context, d) if p.mention.name]
        if called and not any(p.name_span for p in called):  # met by post alone
            left = [p for p in called if not _holds_post_of(told, p)]
            if left and len(left) < len(called):
                draft.counterparts = tuple(left)
            if left:
                kept.append(draft)
        elif called or not _heads_an_organisation_called_on(context, draft, told):
            kept.append(draft)
    return kept


def _holds_post_of(people: list[Person], nameless: Person) -> bool:
    """Whether one of ``people`` holds the post ``nameless`` is named by."""
    posts = {to_traditional(post.title) for post in nameless.mention.posts}
    return any(to_traditional(post.title) in posts
               for person in people for post in person.mention.posts)


def _heads_an_organisation_called_on(context: Context, summary: Draft,
                                     people: list[Person]) -> bool:
    """Whether one of ``people`` holds a post in an organisation a call without anyone
    named is on (``拜會交通運輸部``, then ``與交通運輸部部長劉偉會面``)."""
    party = re.search(r"[與同跟][^，。與同跟]{2,30}$", context.folded[summary.clause.start:
                                                                 summary.verb_start])
    start = summary.clause.start + party.start() if party else summary.verb_start
    object_ = context.folded[start:summary.clause.end]  # 拜會X, or 與X會面
    sentence = context.sentences[summary.sentence]
    return any(post.organisation is not None and post.organisation.mentions
               and _party_in(to_traditional(post.organisation.mentions[0]), object_)
               for person in people for post in person.mention.posts) or any(
        # 拜會X辦公室，與主任張三會面: a bare post in the same sentence is X's
        summary.clause.end <= person.start < sentence.end and person.mention.posts
        and all(post.organisation is None for post in person.mention.posts)
        for person in people)


def _party_in(organisation: str, object_: str) -> bool:
    """Whether ``organisation`` is one of the parties an object names, not the first part
    of another organisation's name there: the city in ``拜會連雲港市公安局`` is no party of
    its own; the province in ``與江蘇省領導會面`` is one."""
    words = lexicon()
    joiners = re.compile(f"[{re.escape(words.party_joiners)}]")
    for found in re.finditer(re.escape(organisation), object_):
        rest = joiners.split(object_[found.end():], maxsplit=1)[0]
        if not any(ch in words.organisation_end_characters for ch in rest):
            return True
    return False


def _called_on(context: Context, draft: Draft) -> list[Person]:
    """The people a call is on: those it names, else those its clause names but its actor."""
    if draft.counterparts:
        return list(draft.counterparts)
    opener = actor(context, draft.sentence, draft.verb_start)
    return [p for p in people_in(context, draft.clause)
            if opener is None or p.mention is not opener.mention]


# --------------------------------------------------------------------------- what tells of a call


def call_continued(context: Context, drafts: list[Draft], index: int,
                   owner: int | None) -> int | None:
    """The meeting sentence ``index`` tells about, given ``owner``, the one it would continue:
    after a call, a sentence that names by name the party of one of the calls told before it,
    and no party of another (``分別與A和B會面。…A歡迎…。…B並與…簽署…``), continues that call."""
    told = [number for number, draft in enumerate(drafts)
            if draft.kind == "courtesy call" and draft.sentence < index]
    if len(told) < 2 or owner is None or drafts[owner].kind != "courtesy call":
        return owner  # a standing body's meeting keeps what its parties say
    sentence = context.sentences[index]
    folded = context.folded[sentence.start:sentence.end]
    parties = {number: {to_traditional(p.mention.name) for p in _called_on(context, drafts[number])
                        if p.mention.name and len(p.mention.name) >= 2}
               for number in told}
    named = [number for number, names in parties.items()
             if any(name in folded for name in names - set().union(
                 *(other for key, other in parties.items() if key != number)))]
    return named[0] if len(named) == 1 else owner


def give_call_references(context: Context, drafts: list[Draft]) -> None:
    """A sentence that refers back to a call (``會面時``, ``會面中``) tells about the last
    call before it, not about the meeting whose region it falls in."""
    lex = lexicon()
    courtesy = [d for d in drafts if d.kind == "courtesy call"]
    for index, sentence in enumerate(context.sentences):
        if not any(ref in sentence.text for ref in lex.meeting_references if "會面" in ref):
            continue
        owner = next((d for d in reversed(courtesy) if d.sentence <= index), None)
        if owner is None:
            continue
        for draft in drafts:
            if draft is not owner and index in draft.region and index != draft.sentence:
                draft.region.remove(index)
        if index not in owner.region:
            owner.region.append(index)
            owner.region.sort()


# --------------------------------------------------------------------------- principals


def call_principals(context: Context, draft: Draft) -> list[tuple[Person, RoleName]]:
    """The principals of a call: who makes it and the people it is on."""
    chairs: list[tuple[Person, RoleName]] = []
    principal = actor(context, draft.sentence, draft.verb_start)
    if principal is not None:
        chairs.append((principal, "principal"))
    others = list(draft.counterparts) or people_in(context, draft.clause)
    party = re.search(r"[與同跟]", context.folded[draft.clause.start:draft.verb_start])
    if principal is not None and party is not None:
        # 林鄭月娥、邱騰華也與…會面: who joined the principal before 與 leads no side
        party_start = draft.clause.start + party.start()
        others = [p for p in others if p.start >= party_start
                  or p.mention is principal.mention or p.start < principal.start]
    if len(draft.counterparts) > 1 and _local_post(draft.counterparts[0]):
        # 與副市長A、市港澳辦主任B…會面: one government's officials, led by the first listed
        chairs += [(p, "principal" if i == 0 or _heads_government(p) else "attendee")
                   for i, p in enumerate(others)]
        return chairs
    # 與副市長A、港澳辦主任B、發改委副主任C會面: the officials of a side met together are led
    # by the first the call is on; a deputy listed after that leader attends, leading no side
    after = draft.clause.start + party.start() if party is not None else None
    side = [p for p in others if principal is None or p.mention is not principal.mention]
    side = [p for p in side if after is None or p.start >= after] or side
    leader = min(side, key=lambda p: p.start) if side else None
    chairs += [(p, "attendee" if leader is not None and p.start > leader.start
                and p.mention is not leader.mention and is_deputy(p) else "principal")
               for p in others]
    return chairs


def call_leads(folded: str, kind: str,
               roles: tuple[RoleInMeeting, ...]) -> tuple[RoleInMeeting, ...]:
    """The roles of a meeting with a lead the text gives only by a post kept as an attendee
    (``roles.unnamed_leads_as_attendees``), except the one a call is on, given by a post of
    its organisation (``見了海關總署署長、外交部副部長``, ``拜會保安局局長``): that official is
    the call's other principal, where the call names no one else on either side beside its
    actor and the text prints that post nowhere with a name after it (``…總裁格某某``: the
    rules did not read the name, and the post alone is no principal)."""
    named = [r for r in roles if r.person.name and r.role != "attendee"]
    if kind != "courtesy call" or len(named) > 1:
        return unnamed_leads_as_attendees(roles)
    return tuple(
        r if r.person.name or r.role == "attendee" or (
            any(post.organisation is not None for post in r.person.posts)
            and not any(names_follow(folded, to_traditional(post.wording))
                        for post in r.person.posts))
        else RoleInMeeting(r.person, "attendee", r.reading) for r in roles)


def _heads_government(person: Person) -> bool:
    """Whether a post heads a government or its party committee (市委書記, 市長, 省長,
    自治區主席), not a deputy (副市長) nor an office under it (市港澳辦主任)."""
    return any(
        title.endswith(lexicon().government_heads) and "副" not in title
        and not any(title[:-len(head)].endswith(suffix) for head in lexicon().government_heads
                    if title.endswith(head) for suffix in ("局", "辦", "部", "廳", "處", "會"))
        for title in (to_traditional(post.title) for post in person.mention.posts))


# Words that may stand between a leader's name and 率領: 楊永強醫生將率領, 黃敏所率領.
_BEFORE_LEADING = re.compile(r"^(?:將|亦|會|所|分別|今日|明日|昨日|今天|明天|昨天|共同|一同)*$")


def leaders(context: Context, clause: Unit) -> list[Person]:
    """The people a clause says lead a delegation: those between 由 and 率領 (``代表團
    分別由A及B率領``, ``由A率領的代表團``), and the one named right before 率領 (``A將率領
    代表團出席會議``, ``與B率領的代表團``)."""
    found: list[Person] = []
    for match in re.finditer(r"率領|率團|帶領", clause.text):
        verb = clause.start + match.start()
        before = [p for p in people_in(context, clause) if p.start < verb]
        by = clause.text.rfind("由", 0, match.start())
        if by >= 0:
            found += [p for p in before if p.start > clause.start + by]
        elif before:
            last = before[-1]
            end = last.name_span.end if last.name_span else last.mention.span.end
            honorific = next((h for h in lexicon().honorifics
                              if context.folded.startswith(h, end)), "")
            if _BEFORE_LEADING.match(context.folded[end + len(honorific):verb]):
                found.append(last)
    return found


# A photo caption places the people it shows (zh_text.PHOTO_POSITION in brackets).
_PLACED = re.compile(rf"[（(]{PHOTO_POSITION.pattern}[）)]")


def shown_in_caption(context: Context, index: int) -> bool:
    """Whether sentence ``index`` is a photo caption (``林大文（右）與市長陳小明會面``)."""
    sentence = context.sentences[index]
    return bool(_PLACED.search(context.folded[sentence.start:sentence.end]))


def caption_told_again(text: str, meetings: tuple[Meeting, ...]) -> tuple[Meeting, ...]:
    """A call a photo caption shows (``林大文（右）與市長陳小明會面``) retells one the text
    tells when they share someone named (the caption may name a visitor the text calls by
    post alone, or only one of those the text lists), and retells an earlier caption that
    names the same people: one call, the text's or the first caption's. The text's call
    takes the people only the caption names, and their organisations."""
    def names(meeting: Meeting) -> frozenset[str]:
        return frozenset(role.person.name for role in meeting.roles if role.person.name)

    def caption(meeting: Meeting) -> bool:
        return meeting.body is None and bool(
            _PLACED.search(text[meeting.span.start:meeting.span.end]))

    kept = {i: m for i, m in enumerate(meetings) if not (caption(m) and names(m))}
    shown: list[frozenset[str]] = []
    for index, meeting in enumerate(meetings):
        if not (caption(meeting) and names(meeting)):
            continue
        told = next((i for i, m in kept.items() if m.body is None and not caption(m)
                     and names(meeting) & names(m)), None)
        if told is not None:
            kept[told] = _with_caption(kept[told], meeting)
        elif names(meeting) not in shown:
            shown.append(names(meeting))
            kept[index] = meeting
    return tuple(kept[i] for i in sorted(kept))


def _with_caption(call: Meeting, caption: Meeting) -> Meeting:
    """The text's call with the people a caption of it names that the text does not name
    (with the organisations of their posts)."""
    named = {role.person.name for role in call.roles}
    new = [role for role in caption.roles if role.person.name and role.person.name not in named]
    if not new:
        return call
    parties = {party.name for party in call.participants}
    theirs = {post.organisation.name for role in new for post in role.person.posts
              if post.organisation is not None}
    return replace(call, roles=call.roles + tuple(new), participants=call.participants + tuple(
        party for party in caption.participants
        if party.name not in parties and party.name in theirs))
