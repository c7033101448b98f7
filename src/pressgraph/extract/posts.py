"""The posts printed next to a person's name, and a person given by post alone.

The post is the run of name words just before ", Mr ..." that contains a post head word
("The Commissioner for Digital Policy, Mr Tony Wong"), split into several posts at ", "
or " and " before another post head; or it follows the name (", who is the Chairperson of
..."). A post names its organisation when one is printed in it (or given by a short form
the release defines).
"""

from __future__ import annotations

import re

from pressgraph.extract import dates, titled_names, wordlists
from pressgraph.extract.nametokens import (
    Token,
    bracket_group,
    is_acronym,
    is_honorific_at,
    tokens,
)
from pressgraph.extract.org_names import located_elsewhere, org_spans
from pressgraph.model import (
    AcronymDefinition,
    OrganisationMention,
    ParsedRelease,
    PersonMention,
    PostMention,
    Span,
)
from pressgraph.registry import find_place, find_post, gazetteer

_POST_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "its", "&", "-", "cum"})
# Inside a post only after its head word: "Ambassador to Japan", "Minister of State at the
# Foreign and Commonwealth Office".
_POST_PREPOSITIONS = frozenset({"to", "at"})


def possessor_start(toks: list[Token], index: int) -> int:
    """Where the owner ending in the possessive at ``toks[index]`` starts: the capitalised
    words before it when they and its stem name a place ("Hong Kong's", "New Zealand's"),
    else the possessive alone ("Fujian's")."""
    stem = toks[index].text[:-2]
    for size in (3, 2, 1):
        first = index - size
        if first < 0 or not all(t.is_cap and t.is_word and not t.possessive
                                for t in toks[first:index]):
            continue
        if find_place(" ".join([*(t.text for t in toks[first:index]), stem])) is not None:
            return first
    return index


def post_heads() -> frozenset[str]:
    return wordlists.post_heads()


def is_post_head(word: str) -> bool:
    """A post's head word, also as the first part of a compound ("Commander-in-chief")."""
    if wordlists.is_head(word, post_heads()):
        return True
    parts = word.split("-")
    return len(parts) > 2 and parts[1].islower() and parts[0] in post_heads()


def _lower_head_after_name(toks: list[Token], index: int) -> bool:
    """A post head printed in lower case after the capitalised words it belongs to, ending
    the post ("Executive Council convenor Dr A", "the Committee member, Mr B")."""
    tok = toks[index]
    return (index > 0 and tok.is_word and tok.text.islower() and toks[index - 1].is_cap
            and toks[index - 1].is_word and is_post_head(tok.text.capitalize()))


def is_post_word(tok: Token) -> bool:
    return tok.is_cap and (is_post_head(tok.text)
                           or tok.text in wordlists.post_modifiers())


def posts_before(release: ParsedRelease, toks: list[Token], honorific: int,
                 acronyms: tuple[AcronymDefinition, ...]) -> list[PostMention]:
    """The post printed before ", Mr X" (or right before "Mr X", in news style: "Vice
    Minister of Foreign Affairs Mr Deng Li")."""
    if honorific == 0:
        return []
    if toks[honorific - 1].text == ",":
        stop = honorific - 1
    elif _lower_head_after_name(toks, honorific - 1):
        stop = honorific
    elif toks[honorific - 1].is_cap and is_post_word(toks[honorific - 1]) or (
            toks[honorific - 1].is_cap and toks[honorific - 1].start > 0
            and ends_post(toks, honorific - 1)):
        stop = honorific
    else:
        return []
    start = stop
    j = stop - 1
    if j > 0 and _lower_head_after_name(toks, j):
        start, j = j, j - 1  # "... Council member, Ms A": the head ends the post
    while j >= 0:
        tok = toks[j]
        if tok.text == ")":
            k = j
            while k >= 0 and toks[k].text != "(":
                k -= 1
            if k < 0:
                break
            j = k - 1
            start = k
            continue
        if tok.is_cap or tok.text in _POST_WORDS or (
                tok.text in _POST_PREPOSITIONS and j + 1 < stop and (
                    toks[j + 1].is_cap or toks[j + 1].text == "the")):
            if tok.is_cap and j > 0 and is_honorific_at(toks, j - 1):
                break
            if tok.possessive and tok.text not in wordlists.name_possessives() and (
                    not _inside_of_phrase(toks, j)):
                start = possessor_start(toks, j)
                break
            start = j
            j -= 1
            continue
        listed = j + 2 < len(toks) and toks[j + 1].text == "the"  # "East Asia, the Pacific"
        after = j + 2 if listed else j + 1
        if tok.text == "," and after < len(toks) and j > 0 and (
                is_post_word(toks[after]) and not listed or (
                    toks[after].is_cap and toks[j - 1].is_cap and not _ends_name(toks, j - 1)
                    and not (listed and is_post_word(toks[after])))):
            start = j
            j -= 1
            continue
        break
    start = after_other_person(toks, start, stop)
    segment = from_post_head(toks[start:stop])
    if stop < honorific and titled_names.ends_in_name(segment):
        return []  # "At the meeting with Minister of Trade Karl Berg, Mr Chan said"
    owner = None
    if segment and segment[0].text == "its":
        earlier = org_spans(release.text, toks[0].start, segment[0].start)
        if earlier:
            owner = release.text[earlier[-1].start:earlier[-1].end]
    posts = split_posts(release, segment, acronyms)
    first = segment[0] if segment else None
    if posts and first is not None and first.start == posts[0].span.start:
        before = next((t for t in reversed(toks[:toks.index(first)])), None)
        if before is not None and before.text in wordlists.words("post_prefix_words.txt"):
            post = posts[0]  # "the former Secretary of State for Health"
            posts[0] = PostMention(f"{before.text} {post.title}", Span(before.start,
                                                                       post.span.end),
                                   post.organisation)
    if owner and len(posts) == 1:
        post = posts[0]
        posts = [PostMention(f"{post.title} of the {owner}", post.span,
                             post.organisation or OrganisationMention(owner, post.span,
                                                                      mentions=(owner,)))]
    return posts


def after_other_person(toks: list[Token], start: int, stop: int) -> int:
    """Where a post run read back from a name starts once another person's mention before
    it is left out: the run reaches back over "and" to the end of someone else's name or
    post ("the Chief Executive, Mrs A Lam and the Foreign Secretary, Mr B", "Director of X
    C Chan and Under Secretary for Y D"). The post starts after the last "and" that a post
    head follows, when "the" opens what follows ("and the Commissioner": a second person)
    or a name ends what precedes; "Labour and Welfare Secretary" keeps its "and"."""
    for index in range(stop - 2, start, -1):
        if toks[index].text != "and" or not has_post_head(toks[index + 1:stop]):
            continue
        if toks[index + 1].text == "the" or _name_ends_at(toks, start, index):
            return index + 1
    return start


def _name_ends_at(toks: list[Token], start: int, index: int) -> bool:
    """Whether a person's name ends right before ``toks[index]``: a post and the name after
    it, or the words after an honorific (the run read back stopped at one)."""
    before = toks[start:index]
    if titled_names.ends_in_name(before):
        return True
    if has_post_head(before) and titled_names.name_start(before, frozenset()) is not None:
        return True
    return start >= 1 and is_honorific_at(toks, start - 1) and not has_post_head(before)


def ends_post(toks: list[Token], index: int) -> bool:
    """Whether the capitalised words ending at ``index`` name a post's organisation
    ("Minister of Foreign Affairs"): a post head stands among them."""
    j = index
    while j >= 0 and (toks[j].is_cap or toks[j].text in _POST_WORDS):
        if toks[j].is_cap and is_post_word(toks[j]) and is_post_head(toks[j].text):
            return True
        j -= 1
    return False


def _inside_of_phrase(toks: list[Token], index: int) -> bool:
    """Whether the possessive at ``toks[index]`` ends an owner inside the "of" phrase of a
    post ("Chief of Staff of the Speaker's Office", "Head of Governor's Policy Unit"): it
    is part of the organisation's name, not an owner printed before the post."""
    j = index - 1
    while j >= 0 and toks[j].is_cap and toks[j].is_word and not toks[j].possessive:
        j -= 1
    if j >= 0 and toks[j].text == "the":
        j -= 1
    return j >= 1 and toks[j].text == "of" and toks[j - 1].is_cap


def from_post_head(segment: list[Token]) -> list[Token]:
    """A post run cut after an "at" or "to" that no post head precedes: "Speaking to the
    Secretary" is the Secretary; "Ambassador to Japan" and "Minister of State at the
    Foreign Office" keep theirs."""
    for index in range(len(segment) - 1, -1, -1):
        if segment[index].text in _POST_PREPOSITIONS and not has_post_head(segment[:index]):
            return segment[index + 1:]
    return segment


def _ends_name(toks: list[Token], index: int) -> bool:
    """Whether ``toks[index]`` is the last word of an "Mr X Y" name."""
    j = index
    while j > 0 and toks[j].is_cap:
        if is_honorific_at(toks, j - 1):
            return True
        j -= 1
    return False


def posts_after(release: ParsedRelease, toks: list[Token], name_end: int,
                acronyms: tuple[AcronymDefinition, ...]) -> list[PostMention]:
    """", who is the Chairperson of the CoP" / ", is the Acting Secretary for ..."."""
    words = [t.text for t in toks[name_end:name_end + 4]]
    apposition = False
    if words[:4] == [",", "who", "is", "the"]:
        start = name_end + 4
    elif words[:3] == [",", "is", "the"]:
        start = name_end + 3
    elif words[:2] == [",", "the"] or (words[:1] == [","] and len(words) > 1 and words[1] in (
            wordlists.post_heads() | wordlists.post_modifiers())):
        start = name_end + (2 if words[1] == "the" else 1)
        apposition = True  # "Mr Chris Sun, Secretary for Labour and Welfare, said"
    else:
        return []
    end = start
    while end < len(toks):
        tok = toks[end]
        if apposition and tok.text == "," and _apposition_goes_on(toks, end + 1):
            end += 1  # "Mr A, Director of the Department of X, Y and Z Affairs, Ministry of W"
            continue
        close = bracket_group(toks, end) if apposition else None
        if close is not None and is_acronym(" ".join(t.text for t in toks[end + 1:close])):
            end = close + 1  # "..., Ministry of Foreign Trade (MOFTEC)"
            continue
        if not (tok.is_cap or tok.text in _POST_WORDS):
            break
        if apposition and is_honorific_at(toks, end):
            if toks[end - 1].text == "and" and end - 1 > start:
                end -= 1  # "headed by Mr A, Director of X and Mr B, ..."
                break
            return []
        end += 1
    if apposition and (end >= len(toks) or toks[end].text not in {",", ".", ";", "and"}):
        return []
    if apposition and not (toks[start].is_cap and is_post_word(toks[start])):
        return []
    return split_posts(release, toks[start:end], acronyms)


def _apposition_goes_on(toks: list[Token], index: int) -> bool:
    """Whether the words after a comma inside a post set off after a name go on with it:
    capitalised words (no honorific) up to the next comma, full stop or bracket."""
    if index >= len(toks) or not toks[index].is_cap or is_honorific_at(toks, index):
        return False
    end = index
    while end < len(toks) and (toks[end].is_cap or toks[end].text in _POST_WORDS):
        if is_honorific_at(toks, end):
            return False
        end += 1
    return end < len(toks) and toks[end].text in {",", ".", ";", "("}


def split_posts(release: ParsedRelease, segment: list[Token],
                acronyms: tuple[AcronymDefinition, ...]) -> list[PostMention]:
    possessor = None
    while segment and not segment[0].is_cap:
        segment = segment[1:]
    owner = next((i for i, t in enumerate(segment[:4]) if t.possessive), None)
    if owner is not None and segment[owner].text not in wordlists.name_possessives() and (
            possessor_start(segment, owner) == 0):
        possessor = release.text[segment[0].start:segment[owner].end - 2]
        segment = segment[owner + 1:]
    while segment and not segment[-1].is_cap and segment[-1].text != ")" and (
            not _lower_head_after_name(segment, len(segment) - 1)):
        segment = segment[:-1]
    if not segment or not (any(is_post_word(t) and is_post_head(t.text) for t in segment)
                           or _lower_head_after_name(segment, len(segment) - 1)):
        return []
    parts: list[list[Token]] = [[]]
    for index, tok in enumerate(segment):
        nxt = segment[index + 1] if index + 1 < len(segment) else None
        if tok.text in {",", "and"} and nxt is not None and is_post_word(nxt) and has_post_head(
                parts[-1]) and has_post_head(_until_joiner(segment, index + 1)):
            parts.append([])
            continue
        parts[-1].append(tok)
    posts = []
    for part in parts:
        while part and not part[0].is_cap:
            part = part[1:]
        if not part:
            continue
        posts.append(_post(release, part, possessor, acronyms))
    return posts


def has_post_head(part: list[Token]) -> bool:
    return any(t.is_cap and is_post_head(t.text) for t in part)


def _until_joiner(segment: list[Token], start: int) -> list[Token]:
    end = start
    while end < len(segment) and segment[end].text not in {",", "and"}:
        end += 1
    return segment[start:end]


def _post(release: ParsedRelease, part: list[Token], possessor: str | None,
          acronyms: tuple[AcronymDefinition, ...]) -> PostMention:
    text = release.text
    span = Span(part[0].start, part[-1].end)
    short_forms = frozenset(a.short for a in acronyms)
    title = _without_brackets(text, part, short_forms, keep_places=True)
    printed = _without_brackets(text, part, short_forms, keep_places=True, keep_inner=True)
    organisation = _post_organisation(release, part, acronyms)
    bare = _without_brackets(text, part, short_forms)
    for home in wordlists.ordered("home_government.txt"):
        suffix = f" of the {home}"
        if bare.endswith(suffix):
            bare = title = printed = bare[: -len(suffix)]
    if possessor is not None:
        owner = possessor
        if find_place(owner) is None:  # "Japan's Minister of Trade" is the Minister of Trade
            title = f"{title} of the {owner}"
            printed = f"{printed} of the {owner}"
    return PostMention(title=title, span=span, organisation=organisation,
                       printed=printed if printed != title else None)


def _without_brackets(text: str, part: list[Token], short_forms: frozenset[str] = frozenset(),
                      keep_places: bool = False, keep_inner: bool = False) -> str:
    """The post's words without the abbreviations or short forms defined in brackets inside
    it ("Director of the Authority of ... (Qianhai Authority)"); with ``keep_places``, the
    short form of a place stays as printed ("... of the United Kingdom (UK)", "... of the
    Macao Special Administrative Region (SAR)"), as it is part of the place's name; with
    ``keep_inner``, so does a short form that more of the post follows ("Representative of
    the People's Republic of China (PRC) to the United Nations"): the post as printed, less
    a short form that only trails it ("Chief Secretary for Administration (CS)")."""
    pieces: list[str] = []
    i = 0
    previous_end = None
    while i < len(part):
        tok = part[i]
        if tok.text == "(":
            close = bracket_group(part, i)
            inside = " ".join(t.text for t in part[i + 1:close]) if close is not None else ""
            if close is not None and (is_acronym(inside) or inside.startswith("the ")
                                      or inside in short_forms) and not (
                    keep_places and close == len(part) - 1 and _short_for_place(part[:i], inside)
            ) and not (keep_inner and close < len(part) - 1):
                i = close + 1  # "(CPU)": the abbreviation defined here, not part of the post
                continue
        gap = "" if previous_end is None else (" " if text[previous_end:tok.start] else "")
        if tok.text == ",":
            gap = ""
        pieces.append(gap + tok.text)
        previous_end = tok.end
        i += 1
    return "".join(pieces).strip()


def _short_for_place(before: list[Token], short: str) -> bool:
    """Whether ``short`` abbreviates a place at the end of ``before``: a place itself
    ("United Kingdom (UK)"), or with the word before the words it abbreviates ("Macao
    Special Administrative Region (SAR)" is "Macao SAR")."""
    if find_place(short) is not None:
        return True
    letters = [t for t in before if t.is_cap]
    for size in range(1, min(len(letters), 6)):
        covered = letters[-size:]
        if "".join(t.text[0] for t in covered) == short and len(letters) > size:
            return find_place(f"{letters[-size - 1].text} {short}") is not None
    return False


def _post_organisation(release: ParsedRelease, part: list[Token],
                       acronyms: tuple[AcronymDefinition, ...]) -> OrganisationMention | None:
    text = release.text
    spans = org_spans(text, part[0].start, part[-1].end)
    by_short = {a.short: a for a in acronyms}
    if spans:
        span = spans[0]
        name = text[span.start:span.end]
        short = text[span.end:part[-1].end].strip()
        acronym = short[1:-1] if short.startswith("(") and short.endswith(")") else None
        if acronym is not None and _short_for_place(part[:-3], acronym):
            acronym = None  # "... of the Macao Special Administrative Region (SAR)": a place's
        return OrganisationMention(name=name, span=span,
                                   acronym=acronym if acronym in by_short else None,
                                   mentions=(name,))
    for tok in part:
        if tok.text in by_short:
            expansion = by_short[tok.text].expansion
            found = org_spans(expansion, 0, len(expansion))
            if found and found[0].end - found[0].start == len(expansion):
                return OrganisationMention(name=expansion, span=Span(tok.start, tok.end),
                                           acronym=tok.text, mentions=(tok.text,))
    return None


def unnamed_posts(release: ParsedRelease, toks: list[Token],
                  acronyms: tuple[AcronymDefinition, ...],
                  named: list[Span]) -> list[PostMention]:
    """Posts after "by the" / "and the" that no name follows ("co-convened by ... and the
    Deputy Director-General of ... (GDDIIT).")."""
    out: list[PostMention] = []
    i = 0
    while i < len(toks):
        if toks[i].text in {"the", "a"} and i > 0 and toks[i - 1].text in {"by", "and"} and (
                i + 1 < len(toks) and is_post_word(toks[i + 1])):
            j = _post_run_end(toks, i + 1)
            followed_by_name = j + 1 < len(toks) and toks[j].text == "," and is_honorific_at(
                toks, j + 1)
            span = Span(toks[i + 1].start, toks[j - 1].end)
            if not followed_by_name and not any(s.start <= span.start < s.end for s in named):
                out.extend(split_posts(release, toks[i + 1:j], acronyms))
            i = j
            continue
        i += 1
    return out


def _post_run_end(toks: list[Token], start: int) -> int:
    """The end of the post words from ``start``; "and the" starts another person's post
    ("the Chief Executive of ... and the Governor of ...")."""
    j = start
    while j < len(toks) and (toks[j].is_cap or toks[j].text in _POST_WORDS
                             or toks[j].text in {"(", ")"}):
        if toks[j].text == "and" and j + 1 < len(toks) and toks[j + 1].text in {"the", "a"}:
            break
        j += 1
    return j


def _before_place_of_event(text: str, toks: list[Token], start: int, end: int) -> int:
    """Where a post given alone ends when the run closes on "in <place>" and a day follows:
    before it, for the place and the day say where and when the meeting was ("met the Mayor
    of Shenzhen in Shenzhen today", "the President in Beijing on March 3"), unless the
    place is where the organisation of the post is ("Director of the Hong Kong Economic
    and Trade Office in London") or the whole run is a post of the registry ("Director of
    the Liaison Office ... in the Hong Kong Special Administrative Region"). Without a day
    after it the place may be the post's own ("the Consul General of the Republic of Korea
    in Perth")."""
    last_in = next((k for k in range(end - 2, start, -1) if toks[k].text == "in"), None)
    if last_in is None or not _day_follows(text, toks[end - 1].end) or located_elsewhere(
            toks[start:end], last_in - start):
        return end
    place = " ".join(t.text for t in toks[last_in + 1:end] if t.text != "the")
    if not place or (find_place(place) is None and gazetteer.find(place) is None):
        return end
    if find_post(" ".join(t.text for t in toks[start:end])) is not None:
        return end
    return last_in


_SPACE_OR_COMMA = re.compile(r"\s*,?\s*")


def _day_follows(text: str, position: int) -> bool:
    """Whether a day ("today", "yesterday (May 2)", "on March 3") follows ``position``."""
    at = _SPACE_OR_COMMA.match(text, position)
    start = at.end() if at else position
    return bool(dates.RELATIVE_PHRASE.match(text, start)
                or dates.ABSOLUTE_PHRASE.match(text, start))


def _before_day(text: str, toks: list[Token], start: int, end: int) -> int:
    """Where a post given alone ends when its run of capitalised words goes on into a day
    ("the Minister of Justice in Bangkok on March 2": "on March 2" is no part of a post)."""
    return next((k for k in range(start + 1, end) if toks[k].text in {"on", "in"}
                 and dates.ABSOLUTE_PHRASE.match(text, toks[k].start)), end)


def post_only_at(release: ParsedRelease, position: int, limit: int,
                 acronyms: tuple[AcronymDefinition, ...]) -> PersonMention | None:
    """A person given only by the post that starts at ``position`` ("paid a courtesy call
    on the Consul General of ..."), when no name follows it."""
    toks = tokens(release.text, position, limit)
    start = 0
    while start < len(toks) and toks[start].text in {"the", "a", "an"}:
        start += 1
    if start >= len(toks) or not toks[start].is_cap:
        return None
    end = _post_run_end(toks, start)
    if end + 1 < len(toks) and toks[end].text == "," and is_honorific_at(toks, end + 1):
        return None
    end = _before_day(release.text, toks, start, end)
    end = _before_place_of_event(release.text, toks, start, end)
    posts = split_posts(release, toks[start:end], acronyms)
    if not posts:
        return None
    return PersonMention(None, Span(posts[0].span.start, posts[-1].span.end), None,
                         tuple(posts))
