"""The parties a list after one verb of meeting names, each its own call: people (with
their posts, in either order) and organisations called on, mixed ("met the Speaker Mr A,
the lobby group B and the think tank the C Institute"). A post set off by commas beside a
name ("Mr A, Minister of X, and Ms B, Governor of Y") is that name's apposition, not a
party; an organisation the text reports again later ("called on the A Court and met its
President") is left to that later report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pressgraph.extract import wordlists
from pressgraph.extract.lexicon import alternation, words
from pressgraph.model import Span
from pressgraph.registry import find_place

# Where the list ends: a time, a place, a purpose or a relative clause after it.
_LIST_END = re.compile(
    r"\s*\(|[.;]|\s+the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)\b"
    r"|\s+(?:in|at|during|today|yesterday|this|last|to|where|who|whom|which|"
    r"respectively|separately|before|after|when|while|and\s+(?:then\s+|also\s+)?(?:met|held|had|"
    r"paid|took|[a-z-]+ed|[a-z-]+ing))\b")

# "the corporate lobby group Business Roundtable": lower-case words describing a name.
_DESCRIBED = re.compile(r"(?:the\s+)?(?:(?!(?:with|its|his|her|their|of|to|and|from|by|on|"
                        r"at|in|for|a|an)\b)[a-z][\w-]*\s+){1,4}(?:the\s+)?(?P<name>[A-Z][\w&'’-]*"
                        r"(?:\s+(?:[A-Z][\w&'’-]*|of|for|on|and|the))*)$")
# A post beside a name opens with a capital after "the" and the words of a post's time or
# standing ("the former Secretary of State", "the then Minister").
_APPOSITION_START = re.compile(r"(?:the\s+)?(?:(?:former|then|late|newly\s+appointed|new|"
                               r"incoming|outgoing|visiting)\s+)?[A-Z]")
_NAMED = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|for|on|"
                    r"the))*)$")


@cache
def _item_split() -> re.Pattern[str]:
    """Items part at a comma, or at "and" before "the", a lower-case word or an honorific
    (``data/honorifics.txt``), so that "Commerce and Industry" stays one name."""
    honorifics = "|".join(sorted(map(re.escape, wordlists.honorifics()), key=len, reverse=True))
    return re.compile(rf",\s+(?:and\s+)?|\s+and\s+(?=the\b|[a-z]|(?:{honorifics})\b)")

@dataclass(frozen=True)
class Party:
    counterpart: str
    start: int  # absolute offset of the item
    person: bool


def listed_parties(obj: str, obj_start: int, persons: list[Span], text: str,
                   post_noun: re.Pattern[str]) -> list[Party] | None:
    """The parties of the list ``obj`` opens with (offsets absolute from ``obj_start``),
    or None when it names no organisation beside its people (then the people alone count)."""
    end = _LIST_END.search(obj)
    listed = obj[:end.start()] if end else obj
    items: list[tuple[int, str]] = []
    position = 0
    joints = sorted({*((m.start(), m.end()) for m in _item_split().finditer(listed)),
                     *_and_before_person(listed, obj_start, persons)})
    for match in [*joints, None]:
        stop = match[0] if match else len(listed)
        items.append((obj_start + position, listed[position:stop]))
        position = match[1] if match else position
    if len(items) < 2:
        return None
    kinds = [_kind(start, item, persons, post_noun) for start, item in items]
    for index, (start, item) in enumerate(items):
        # "the Secretary of the X Committee, Mr A": an item set off by a comma beside a
        # name is that name's post unless its head (before "of") names an organisation
        if kinds[index] in ("organisation", "other") and not _head_is_organisation(item) \
                and _APPOSITION_START.match(item):
            beside = [i for i in (index - 1, index + 1) if 0 <= i < len(items)
                      and kinds[i] == "person"
                      and listed[min(items[i][0], start) - obj_start:].startswith(
                          items[min(i, index)][1] + ",")]
            if beside:
                kinds[index] = "post"
    parties: list[Party] = []
    organisations = 0
    for index, ((start, item), kind) in enumerate(zip(items, kinds, strict=True)):
        if kind == "person":
            span = next(s for s in persons if start <= s.start < start + len(item))
            if index and kinds[index - 1] == "post" and (index < 2
                                                          or kinds[index - 2] != "person"):
                start = items[index - 1][0]  # "the Minister of X, Mr A": A's text starts
                # at the post, which is not the apposition of a name before it
            parties.append(Party(text[span.start:span.end], start, True))
        elif kind == "organisation":
            beside = [kinds[i] for i in (index - 1, index + 1) if 0 <= i < len(kinds)]
            if "person" in beside and _is_post(item, post_noun):
                continue
            organisations += 1
            parties.append(Party(_name(item), start, False))
    if organisations == 0 or len(parties) < 2:
        return None
    return parties


def _and_before_person(listed: str, offset: int, persons: list[Span]) -> list[tuple[int, int]]:
    """"the A Court and Speaker B": an "and" before a name with its post also parts items."""
    joints = []
    for match in re.finditer(r"\s+and\s+(?=[A-Z])", listed):
        following = re.split(r",|\s+and\s+", listed[match.end():], maxsplit=1)[0]
        if any(offset + match.end() <= span.start < offset + match.end() + len(following)
               for span in persons):
            joints.append((match.start(), match.end()))
    return joints


def _kind(start: int, item: str, persons: list[Span], post_noun: re.Pattern[str]) -> str:
    if any(start <= span.start < start + len(item) for span in persons):
        return "person"
    if _is_post(item, post_noun):
        return "post"
    if _has_head(item) or _DESCRIBED.match(item):
        return "organisation"
    return "other"


def _is_post(item: str, post_noun: re.Pattern[str]) -> bool:
    """"Minister of Finance", "Governor of the Central Bank": a person's post, by its head
    (the words before any "of" or "for")."""
    head = re.split(r"\s+(?:of|for|to)\s+", item, maxsplit=1)[0]
    return bool(post_noun.search(head))


def _head_is_organisation(item: str) -> bool:
    head = re.split(r"\s+(?:of|for|to)\s+", item, maxsplit=1)[0]
    return any(wordlists.is_head(word, wordlists.org_heads()) for word in head.split())


def _has_head(item: str) -> bool:
    named = _NAMED.match(item)
    return bool(named) and any(wordlists.is_head(word, wordlists.org_heads())
                               for word in named.group("name").split())


def _name(item: str) -> str:
    described = _DESCRIBED.match(item)
    if described and not _NAMED.match(item):
        return described.group("name")
    named = _NAMED.match(item)
    return named.group("name") if named else item


def reported_again(name: str, text: str, after: int) -> bool:
    """Whether the organisation ``name`` is called on or visited again after ``after``, by
    its name or its head ("called on the A Court and met its President", "during his visit
    to the ministry"): that report is its call."""
    heads = [word for word in name.split() if wordlists.is_head(word, wordlists.org_heads())]
    named = re.escape(name) + (rf"|{re.escape(heads[0].lower())}" if heads else "")
    pattern = re.compile(r"\b(?:called\s+on|calling\s+on|visited|visit\s+to|met(?:\s+with)?)\s+"
                         r"(?:(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}of\s+)?"  # "met the President of"
                         rf"(?:the\s+)?(?:{named})\b")
    return pattern.search(text, after) is not None


def named_organisation(obj: str) -> str | None:
    """The organisation's name ``obj`` opens with ("the Ministry of Finance"), if any."""
    end = _LIST_END.search(obj)
    first = _item_split().split(obj[:end.start()] if end else obj, maxsplit=1)[0]
    return _name(first) if _has_head(first) else None


@cache
def _party_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words('meetings', 'party_committee_words'))})\b")


def one_leadership(obj_start: int, names: list[Span], text: str) -> bool:
    """Whether the two people a list after a verb of meeting names are one Mainland place's
    leadership met together ("met Secretary of the CPC Guangdong Provincial Committee A and
    Governor of Guangdong Province B", "met CPC Fujian Provincial Committee Secretary A and
    Fujian Province Governor B"): the post of one names the place's Party committee, the
    other's does not, and both posts name the same place. People of two places, or of two
    institutions of one place (a court and a legislature), are met one by one."""
    if len(names) != 2:
        return False
    posts = (text[obj_start:names[0].start], text[names[0].end:names[1].start])
    party = _party_words()
    if sum(1 for post in posts if party.search(post)) != 1:
        return False
    party_post = next(post for post in posts if party.search(post))
    other_post = next(post for post in posts if post is not party_post)
    places = {w for w in re.findall(r"[A-Z][a-z]+", party_post)
              if find_place(w) or re.search(rf"\b{w}\s+(?:Provincial|Municipal|City|Autonomous)\b",
                                            party_post)}  # the committee's own place
    return any(re.search(rf"\b{place}\b", other_post) for place in places)


@cache
def _list_lead() -> re.Pattern[str]:
    leads = alternation(tuple(sorted(words("nouns", "list_leads"), key=len, reverse=True)))
    return re.compile(rf"(?:(?:senior|top|leading)\s+)?(?:{leads})\s+", re.IGNORECASE)


def listed_organisations(obj: str, obj_start: int,
                         post_noun: re.Pattern[str]) -> list[Party] | None:
    """The parties of plural meetings that name no person ("held meetings with officials of
    the A Ministry and the B Administration", "will hold meetings with the C Service and the
    D Exchange", "had meetings with the E Prime Minister, the F President and senior
    officials of both governments"): each organisation or post listed, one meeting each. A
    list that holds anything else (a lower-case group at its end aside) names no parties."""
    end = _LIST_END.search(obj)
    listed = obj[:end.start()] if end else obj
    lead = _list_lead().match(listed)
    offset = lead.end() if lead else 0
    parties: list[Party] = []
    position = offset
    joints = [*(m for m in _item_split().finditer(listed, offset)), None]
    for index, match in enumerate(joints):
        stop = match.start() if match else len(listed)
        item = listed[position:stop]
        if not re.match(r"(?:the\s+)?[A-Z]", item):
            if index == len(joints) - 1 and parties:
                break  # "..., and senior officials of both governments": no one named
            return None
        if _is_post(item, post_noun) and not _head_is_organisation(item):
            if _plural_head(item):
                return None  # "Guangdong officials", "Ministers of the region": no one named
            parties.append(Party(item, obj_start + position, True))
        elif _has_head(item) or (lead and _NAMED.match(item)):
            parties.append(Party(_name(item), obj_start + position, False))
        else:
            halves = _two_names(item)
            if halves is None and parties and not parties[-1].person:
                position = match.end() if match else position
                continue  # "the A Administration of Quality Supervision, Inspection &
                # Quarantine": a name with a comma in it, the list's last organisation's
            if halves is None:
                return None
            parties += [Party(_name(half), obj_start + position + at, False)
                        for at, half in halves]
        position = match.end() if match else position
    return parties or None


def _plural_head(item: str) -> bool:
    """Whether a post's head (its last word before "of", "for" or "to") is plural."""
    head = re.split(r"\s+(?:of|for|to)\s+", item, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower().endswith("s") and not head[-1].lower().endswith("ss")


def _two_names(item: str) -> list[tuple[int, str]] | None:
    """"the A Foundation and B Institute": two organisations joined by "and", each with the
    head of an organisation's name ("Hong Kong and Macao Affairs Office" is one)."""
    for joint in re.finditer(r"\s+and\s+(?=[A-Z])", item):
        first, second = item[:joint.start()], item[joint.end():]
        if _has_head(first) and _has_head(second):
            return [(0, first), (joint.end(), second)]
    return None
