"""People with their honorifics and posts, and the roles they took in a meeting.

A person is an honorific from ``data/honorifics.txt`` followed by capitalised words
("Mr Qu Xiaojie", "Mr Ho Iat Seng", "Mr Péter Szijjártó"). The post is the run of name
words just before ", Mr ..." that contains a post head word ("The Commissioner for
Digital Policy, Mr Tony Wong"), split into several posts at ", " or " and " before
another post head; or it follows the name (", who is the Chairperson of ...").
A later "Mr Wong" is the earlier person with that surname (and the same honorific).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pressgraph.extract import titled_names, wordlists
from pressgraph.extract.nametokens import (
    Token,
    body_region,
    bracket_group,
    is_acronym,
    is_honorific_at,
    normalise,
    release_memo,
    sentences,
    tokens,
)
from pressgraph.extract.org_names import org_spans
from pressgraph.model import (
    AcronymDefinition,
    OrganisationMention,
    ParsedRelease,
    PersonMention,
    PostMention,
    RoleName,
    Span,
)
from pressgraph.registry import find_place

_POST_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "its", "&", "-"})
# Inside a post only after its head word: "Ambassador to Japan", "Minister of State at the
# Foreign and Commonwealth Office".
_POST_PREPOSITIONS = frozenset({"to", "at"})


@dataclass
class RawMention:
    """One place in the text where a person is named (or a chair is given by post)."""

    span: Span  # of the name (or of the post when there is no name)
    honorific: str | None
    name: str | None
    posts: list[PostMention] = field(default_factory=list)
    sentence: Span | None = None


def _post_heads() -> frozenset[str]:
    return wordlists.post_heads()


def _is_post_word(tok: Token) -> bool:
    return tok.is_cap and (wordlists.is_head(tok.text, _post_heads())
                           or tok.text in wordlists.post_modifiers())


# --------------------------------------------------------------------------- scanning


def scan_mentions(release: ParsedRelease, region: Span,
                  acronyms: tuple[AcronymDefinition, ...]) -> list[RawMention]:
    """Every honorific + name in ``region``, with the posts printed next to it, and the
    chairs given only by post in sentences that say who chaired or convened."""
    found: list[RawMention] = []
    for sentence in sentences(release, region):
        found.extend(_sentence_mentions(release, sentence, acronyms))
    _add_list_posts(release, region, found)
    found.sort(key=lambda m: m.span.start)
    return found


def _sentence_mentions(release: ParsedRelease, sentence: Span,
                       acronyms: tuple[AcronymDefinition, ...]) -> list[RawMention]:
    """The mentions of one sentence, memoised per release (the people of the release and
    the roles of each meeting read the same sentences); fresh copies, as the caller adds
    posts to them."""
    memo = release_memo(release)
    key = ("mentions", sentence.start, sentence.end, acronyms)
    if key not in memo:
        memo[key] = _scan_sentence(release, sentence, acronyms)
    return [RawMention(m.span, m.honorific, m.name, list(m.posts), m.sentence)
            for m in memo[key]]


def _scan_sentence(release: ParsedRelease, sentence: Span,
                   acronyms: tuple[AcronymDefinition, ...]) -> list[RawMention]:
    text = release.text
    found: list[RawMention] = []
    toks = tokens(text, sentence.start, sentence.end)
    named_post_spans: list[Span] = []
    honorifics = wordlists.honorifics()
    for i in range(len(toks)):
        if not is_honorific_at(toks, i) or toks[i + 1].text in honorifics:
            continue
        first = i  # "Ir Dr Lo": both honorifics belong to the name
        while first > 0 and toks[first - 1].text in honorifics and (
                toks[first].start - toks[first - 1].end <= 1):
            first -= 1
        last = i  # "Mr Justice Andrew Cheung": "Justice" continues the honorific
        if toks[i + 1].text in wordlists.words("honorific_continuations.txt") and (
                i + 2 < len(toks) and toks[i + 2].is_cap):
            last = i + 1
        honorific = text[toks[first].start:toks[last].end]
        end = _name_end(toks, last + 1)
        name_toks = toks[last + 1:end]
        name = text[name_toks[0].start:name_toks[-1].end]
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        span = Span(toks[first].start, name_toks[0].start + len(name))
        posts = _posts_before(release, toks, first, acronyms)
        posts += _posts_after(release, toks, end, acronyms)
        named_post_spans.extend(p.span for p in posts)
        found.append(RawMention(span, honorific, name, posts, sentence))
    for mention in _titled_mentions(release, toks, acronyms, [m.span for m in found], sentence):
        named_post_spans.extend(p.span for p in mention.posts)
        found.append(mention)
    if _chair_sentence(text[sentence.start:sentence.end]):
        for post in _unnamed_posts(release, toks, acronyms, named_post_spans):
            found.append(RawMention(post.span, None, None, [post], sentence))
    return found


_RUN_WORDS = frozenset({"of", "for", "and", "the", "&", "on", "in", "to", "at"})
# Words that may follow a name inside a run of capitalised words ("Wang Yi in Beijing").
_NAME_ENDERS = frozenset({"in", "on", "at", "to"})


def _titled_mentions(release: ParsedRelease, toks: list[Token],
                     acronyms: tuple[AcronymDefinition, ...], taken: list[Span],
                     sentence: Span) -> list[RawMention]:
    """People named after their post without an honorific ("Chief Secretary Matthew
    Cheung and Fujian Vice-Governor Guo Ningning co-chaired ...")."""
    found: list[RawMention] = []
    surnames = _honorific_surnames(release)
    for run in _capitalised_runs(toks, taken):
        pending: list[Token] = []
        for piece in _split_at_and(run):
            pending = pending + piece if pending else piece[1:] if piece[0].text == "and" else piece
            while pending:
                named = _titled_name(release, pending, surnames, acronyms)
                if named is None:
                    break
                end, posts = named
                name_toks = pending[posts[-1]:end]
                span = Span(name_toks[0].start, name_toks[-1].end)
                post_mentions = _split_posts(release, _from_post_head(pending[:posts[-1]]),
                                             acronyms)
                found.append(RawMention(span, None, release.text[span.start:span.end],
                                        post_mentions, sentence))
                pending = pending[end + 1:]  # past "in": "Wang Yi in Beijing"
    return found


def _titled_name(release: ParsedRelease, run: list[Token], surnames: frozenset[str],
                 acronyms: tuple[AcronymDefinition, ...]) -> tuple[int, list[int]] | None:
    """Where a post-then-name ends in ``run`` and where its name starts: the whole run, or
    the run cut before a preposition that follows the name ("Minister of Foreign Affairs
    Wang Yi in Beijing")."""
    cuts = [len(run)] + [i for i in range(len(run) - 1, 0, -1) if run[i].text in _NAME_ENDERS]
    for end in cuts:
        start = titled_names.name_start(run[:end], surnames)
        if start is None or not _has_post_head(run[:start]):
            continue
        if _split_posts(release, _from_post_head(run[:start]), acronyms):
            return end, [start]
    return None


def _capitalised_runs(toks: list[Token], taken: list[Span]) -> list[list[Token]]:
    """Runs of capitalised words and the small words of posts, outside ``taken``."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for index, tok in enumerate(toks):
        inside = bool(taken) and any(s.start <= tok.start < s.end for s in taken)
        if not inside and current and tok.text == "," and _enumeration_follows(toks, index):
            current.append(tok)  # "Minister of Economy, Trade & Industry"
            continue
        if not inside and (tok.is_cap or (current and tok.text in _RUN_WORDS)):
            current.append(tok)
            if tok.possessive and tok.text not in wordlists.name_possessives():
                runs.append(current[:-1])
                current = [tok]
            continue
        runs.append(current)
        current = []
    runs.append(current)
    return [run for run in (_trim(r) for r in runs) if len(run) >= 3]


def _enumeration_follows(toks: list[Token], comma: int) -> bool:
    """After a comma, capitalised words up to an "&" or "and" and another capitalised
    word: the rest of a portfolio ("Economy, Trade & Industry")."""
    index = comma + 1
    while index < len(toks) and toks[index].is_cap and toks[index].text.isalpha() and not (
            _is_post_word(toks[index])):
        index += 1
    return (comma + 1 < index <= comma + 3 and index + 1 < len(toks)
            and toks[index].text in {"&", "and"} and toks[index + 1].is_cap
            and len(toks[index + 1].text) > 1 and not _is_post_word(toks[index + 1]))


def _trim(run: list[Token]) -> list[Token]:
    while run and not run[-1].is_cap:
        run = run[:-1]
    return run


def _split_at_and(run: list[Token]) -> list[list[Token]]:
    """The run cut before each "and" (kept at the head of the next piece)."""
    pieces: list[list[Token]] = [[]]
    for tok in run:
        if tok.text == "and" and pieces[-1]:
            pieces.append([])
        pieces[-1].append(tok)
    return pieces


_SURNAME_REFERENCE = re.compile(r"\b(?P<honorific>[A-Z][a-z]{1,9})\.?\s+(?P<surname>[A-Z][a-z'’-]+)"
                                r"\b(?!\s+[A-Z])")


def _honorific_surnames(release: ParsedRelease) -> frozenset[str]:
    """Words the release uses alone after an honorific ("Mr So", "Mrs Lam")."""
    memo = release_memo(release)
    if "surnames" not in memo:
        honorifics = wordlists.honorifics()
        memo["surnames"] = frozenset(
            m.group("surname") for m in _SURNAME_REFERENCE.finditer(release.text)
            if m.group("honorific") in honorifics)
    return memo["surnames"]


def _add_list_posts(release: ParsedRelease, region: Span, found: list[RawMention]) -> None:
    """A membership list: a sub-heading naming a post ("Non-official members") over lines
    that hold only a name ("Dr Ivan Kwok Tsz-chun"): each of them holds that post."""
    heads = {h.lower() for h in _post_heads()}
    current: PostMention | None = None
    for block in release.blocks:
        if not (region.start <= block.span.start < region.end):
            continue
        mention = next((m for m in found if m.span == Span(block.span.start, block.span.end)),
                       None)
        if mention is not None:
            if current is not None and not mention.posts:
                mention.posts.append(current)
            continue
        current = None
        words = block.text.split()
        if block.kind == "heading" and 0 < len(words) <= 4:
            last = words[-1].lower()
            singular = last[:-1] if last.endswith("s") and last[:-1] in heads else last
            if singular in heads:
                title = " ".join(words[:-1] + [words[-1][:len(singular)]])
                current = PostMention(title, block.span)


def _name_end(toks: list[Token], start: int) -> int:
    end = start
    particles = wordlists.name_particles()
    while end < len(toks):
        tok = toks[end]
        if tok.is_cap and tok.is_word and tok.text not in wordlists.honorifics():
            end += 1
            if tok.possessive:
                break
            continue
        if tok.text in particles and end > start:
            ahead = end
            while ahead < len(toks) and toks[ahead].text in particles:
                ahead += 1
            if ahead < len(toks) and toks[ahead].is_cap:
                end = ahead
                continue
        break
    return max(end, start + 1)


def _posts_before(release: ParsedRelease, toks: list[Token], honorific: int,
                  acronyms: tuple[AcronymDefinition, ...]) -> list[PostMention]:
    """The post printed before ", Mr X" (or right before "Mr X", in news style: "Vice
    Minister of Foreign Affairs Mr Deng Li")."""
    if honorific == 0:
        return []
    if toks[honorific - 1].text == ",":
        stop = honorific - 1
    elif toks[honorific - 1].is_cap and _is_post_word(toks[honorific - 1]) or (
            toks[honorific - 1].is_cap and toks[honorific - 1].start > 0
            and _ends_post(toks, honorific - 1)):
        stop = honorific
    else:
        return []
    start = stop
    j = stop - 1
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
            if tok.possessive and tok.text not in wordlists.name_possessives():
                start = j
                break
            start = j
            j -= 1
            continue
        if tok.text == "," and j + 1 < len(toks) and j > 0 and (
                _is_post_word(toks[j + 1]) or (toks[j + 1].is_cap and toks[j - 1].is_cap
                                               and not _ends_name(toks, j - 1))):
            start = j
            j -= 1
            continue
        break
    segment = _from_post_head(toks[start:stop])
    owner = None
    if segment and segment[0].text == "its":
        earlier = org_spans(release.text, toks[0].start, segment[0].start)
        if earlier:
            owner = release.text[earlier[-1].start:earlier[-1].end]
    posts = _split_posts(release, segment, acronyms)
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


def _ends_post(toks: list[Token], index: int) -> bool:
    """Whether the capitalised words ending at ``index`` name a post's organisation
    ("Minister of Foreign Affairs"): a post head stands among them."""
    j = index
    while j >= 0 and (toks[j].is_cap or toks[j].text in _POST_WORDS):
        if toks[j].is_cap and _is_post_word(toks[j]) and wordlists.is_head(toks[j].text,
                                                                            _post_heads()):
            return True
        j -= 1
    return False


def _from_post_head(segment: list[Token]) -> list[Token]:
    """A post run cut after an "at" or "to" that no post head precedes: "Speaking to the
    Secretary" is the Secretary; "Ambassador to Japan" and "Minister of State at the
    Foreign Office" keep theirs."""
    for index in range(len(segment) - 1, -1, -1):
        if segment[index].text in _POST_PREPOSITIONS and not _has_post_head(segment[:index]):
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


def _posts_after(release: ParsedRelease, toks: list[Token], name_end: int,
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
    while end < len(toks) and (toks[end].is_cap or toks[end].text in _POST_WORDS):
        if apposition and is_honorific_at(toks, end):
            return []
        end += 1
    if apposition and (end >= len(toks) or toks[end].text not in {",", ".", ";"}):
        return []
    if apposition and not (toks[start].is_cap and _is_post_word(toks[start])):
        return []
    return _split_posts(release, toks[start:end], acronyms)


def _split_posts(release: ParsedRelease, segment: list[Token],
                 acronyms: tuple[AcronymDefinition, ...]) -> list[PostMention]:
    possessor = None
    while segment and not segment[0].is_cap:
        segment = segment[1:]
    if segment and segment[0].possessive and segment[0].text not in wordlists.name_possessives():
        possessor = segment[0]
        segment = segment[1:]
    while segment and not segment[-1].is_cap and segment[-1].text != ")":
        segment = segment[:-1]
    if not segment or not any(_is_post_word(t) and wordlists.is_head(t.text, _post_heads())
                              for t in segment):
        return []
    parts: list[list[Token]] = [[]]
    for index, tok in enumerate(segment):
        nxt = segment[index + 1] if index + 1 < len(segment) else None
        if tok.text in {",", "and"} and nxt is not None and _is_post_word(nxt) and _has_post_head(
                parts[-1]) and _has_post_head(_until_joiner(segment, index + 1)):
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


def _has_post_head(part: list[Token]) -> bool:
    return any(t.is_cap and wordlists.is_head(t.text, _post_heads()) for t in part)


def _until_joiner(segment: list[Token], start: int) -> list[Token]:
    end = start
    while end < len(segment) and segment[end].text not in {",", "and"}:
        end += 1
    return segment[start:end]


def _post(release: ParsedRelease, part: list[Token], possessor: Token | None,
          acronyms: tuple[AcronymDefinition, ...]) -> PostMention:
    text = release.text
    span = Span(part[0].start, part[-1].end)
    short_forms = frozenset(a.short for a in acronyms)
    title = _without_brackets(text, part, short_forms, keep_places=True)
    organisation = _post_organisation(release, part, acronyms)
    bare = _without_brackets(text, part, short_forms)
    for home in wordlists.ordered("home_government.txt"):
        suffix = f" of the {home}"
        if bare.endswith(suffix):
            bare = title = bare[: -len(suffix)]
    if possessor is not None:
        owner = possessor.text[:-2]
        if find_place(owner) is None:  # "Japan's Minister of Trade" is the Minister of Trade
            title = f"{title} of the {owner}"
    return PostMention(title=title, span=span, organisation=organisation)


def _without_brackets(text: str, part: list[Token], short_forms: frozenset[str] = frozenset(),
                      keep_places: bool = False) -> str:
    """The post's words without the abbreviations or short forms defined in brackets inside
    it ("Director of the Authority of ... (Qianhai Authority)"); with ``keep_places``, the
    short form of a place stays as printed ("... of the United Kingdom (UK)", "... of the
    Macao Special Administrative Region (SAR)"), as it is part of the place's name."""
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
                    keep_places and close == len(part) - 1 and _short_for_place(part[:i], inside)):
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


@cache
def _role_cues() -> tuple[tuple[RoleName, re.Pattern[str]], ...]:
    return tuple((row[0], re.compile(row[-1], re.IGNORECASE))  # type: ignore[misc]
                 for row in wordlists.rows("role_cues.tsv") if len(row) >= 3)


@cache
def _chair_cue() -> re.Pattern[str]:
    """Every cue of chairing, convening or hosting, in one pattern."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for role, pattern in _role_cues()
                               if role in {"chair", "co-chair", "convenor", "host"}),
                      re.IGNORECASE)


def _chair_sentence(sentence: str) -> bool:
    return _chair_cue().search(sentence) is not None


def _unnamed_posts(release: ParsedRelease, toks: list[Token],
                   acronyms: tuple[AcronymDefinition, ...],
                   named: list[Span]) -> list[PostMention]:
    """Posts after "by the" / "and the" that no name follows ("co-convened by ... and the
    Deputy Director-General of ... (GDDIIT).")."""
    out: list[PostMention] = []
    i = 0
    while i < len(toks):
        if toks[i].text in {"the", "a"} and i > 0 and toks[i - 1].text in {"by", "and"} and (
                i + 1 < len(toks) and _is_post_word(toks[i + 1])):
            j = _post_run_end(toks, i + 1)
            followed_by_name = j + 1 < len(toks) and toks[j].text == "," and is_honorific_at(
                toks, j + 1)
            span = Span(toks[i + 1].start, toks[j - 1].end)
            if not followed_by_name and not any(s.start <= span.start < s.end for s in named):
                out.extend(_split_posts(release, toks[i + 1:j], acronyms))
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
    posts = _split_posts(release, toks[start:end], acronyms)
    if not posts:
        return None
    return PersonMention(None, Span(posts[0].span.start, posts[-1].span.end), None,
                         tuple(posts))


# --------------------------------------------------------------------------- people


def name_spans(release: ParsedRelease,
               acronyms: tuple[AcronymDefinition, ...]) -> tuple[Span, ...]:
    """Where the body names a person (with an honorific, or after the post), in text order."""
    return tuple(raw.span for raw in scan_mentions(release, body_region(release), acronyms)
                 if raw.name is not None)


def find_people(release: ParsedRelease,
                acronyms: tuple[AcronymDefinition, ...]) -> tuple[PersonMention, ...]:
    """Every named person (and every chair known only by post), with posts, in text order."""
    people: list[PersonMention] = []
    for raw in scan_mentions(release, body_region(release), acronyms):
        if raw.name is None:
            people.append(PersonMention(None, raw.span, None, tuple(raw.posts)))
            continue
        index = _match(raw, people)
        if index is None:
            people.append(PersonMention(raw.name, raw.span, raw.honorific, tuple(raw.posts)))
            continue
        person = people[index]
        posts = _merged_posts(person.posts, raw.posts)
        name = person.name
        if raw.name and person.name and len(raw.name) > len(person.name) and (
                raw.name.split()[-1] == person.name.split()[-1]
                or raw.name.split()[0] == person.name.split()[0]):
            name = raw.name
        if posts != person.posts or name != person.name:
            people[index] = PersonMention(name, person.span, person.honorific, posts)
    return tuple(people)


def _merged_posts(posts: tuple[PostMention, ...],
                  more: list[PostMention]) -> tuple[PostMention, ...]:
    """The posts of a person with those of a later mention: a post already held is not
    added again, nor its short form ("Governor" after "Governor of Guangdong Province");
    a fuller form replaces the short one."""
    merged = list(posts)
    for post in more:
        words = normalise(post.title).split()
        held = [normalise(q.title).split() for q in merged]
        if any(h[:len(words)] == words for h in held):
            continue
        shorter = next((i for i, h in enumerate(held) if words[:len(h)] == h), None)
        if shorter is not None:
            merged[shorter] = post
        else:
            merged.append(post)
    return tuple(merged)


def _match(raw: RawMention, people: list[PersonMention]) -> int | None:
    """The earlier person this mention refers to: same full name, or the surname (first
    or last word of the name) with the same honorific, the most recent first; without one
    of the same honorific, the first named."""
    if raw.name is None:
        return None
    for index, person in enumerate(people):
        if person.name == raw.name:
            return index
    words = raw.name.split()
    candidates = [i for i, p in enumerate(people) if p.name and len(p.name.split()) > len(words)
                  and _contains_run(p.name.split(), words)]
    if not candidates:
        return None
    same = [i for i in candidates if people[i].honorific == raw.honorific]
    if same:
        return same[-1]
    # no honorific tells them apart ("Financial Secretary Paul Chan" ... "Under Secretary
    # Bernard Chan" ... "Mr Chan"): the one the release named first, its main figure
    return candidates[0]


def _contains_run(name: list[str], words: list[str]) -> bool:
    """Whether ``words`` occur together, in order, inside ``name``."""
    return any(name[i:i + len(words)] == words for i in range(len(name) - len(words) + 1))


def resolve(raw: RawMention, people: tuple[PersonMention, ...]) -> PersonMention | None:
    """The person (from :func:`find_people`) a mention names."""
    if raw.name is None:
        for person in people:
            if person.name is None and person.span == raw.span:
                return person
        return PersonMention(None, raw.span, None, tuple(raw.posts))
    index = _match(raw, list(people))
    return people[index] if index is not None else None
