"""Where a release names a person: an honorific and the name after it, or a post and the
name after it, with the posts printed next to the name.

A person is an honorific from ``data/honorifics.txt`` followed by capitalised words
("Mr Qu Xiaojie", "Mr Ho Iat Seng", "Mr Péter Szijjártó"); news style names people after
their post without one ("Chief Secretary Matthew Cheung"). In a sentence that says who
chaired or convened, a chair may be given by post alone. The posts themselves are read by
``posts.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pressgraph.extract import titled_names, wordlists
from pressgraph.extract.nametokens import (
    Token,
    bracket_group,
    is_acronym,
    is_honorific_at,
    rank_end,
    release_memo,
    sentences,
    tokens,
)
from pressgraph.extract.posts import (
    after_other_person,
    ends_post,
    from_post_head,
    has_post_head,
    is_post_word,
    possessor_start,
    post_heads,
    posts_after,
    posts_before,
    split_posts,
    unnamed_posts,
)
from pressgraph.model import (
    AcronymDefinition,
    ParsedRelease,
    PostMention,
    RoleName,
    Span,
)


@dataclass
class RawMention:
    """One place in the text where a person is named (or a chair is given by post)."""

    span: Span  # of the name (or of the post when there is no name)
    honorific: str | None
    name: str | None
    posts: list[PostMention] = field(default_factory=list)
    sentence: Span | None = None


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
    ranked_until = -1
    for i in range(len(toks)):
        if i <= ranked_until or not is_honorific_at(toks, i) or toks[i + 1].text in honorifics:
            continue
        rank = rank_end(toks, i)
        if rank is not None and not _rank_stands_alone(toks, i):
            continue  # "Devon Chief Constable Ann Smith": a post, read as news style
        first = i  # "Ir Dr Lo": both honorifics belong to the name
        while rank is None and first > 0 and toks[first - 1].text in honorifics and (
                toks[first].start - toks[first - 1].end <= 1):
            first -= 1
        last = i  # "Mr Justice Andrew Cheung": "Justice" continues the honorific
        if rank is not None:
            last = ranked_until = rank  # "Major General Li": the name starts after the rank
        elif toks[i + 1].text in wordlists.words("honorific_continuations.txt") and (
                i + 2 < len(toks) and toks[i + 2].is_cap):
            last = i + 1
        honorific = text[toks[first].start:toks[last].end].replace(".", "")
        end = _name_end(toks, last + 1)
        name_toks = toks[last + 1:end]
        name = text[name_toks[0].start:name_toks[-1].end]
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        span = Span(toks[first].start, name_toks[0].start + len(name))
        posts = posts_before(release, toks, first, acronyms)
        posts += posts_after(release, toks, end, acronyms)
        named_post_spans.extend(p.span for p in posts)
        found.append(RawMention(span, honorific, name, posts, sentence))
    for mention in _titled_mentions(release, toks, acronyms, [m.span for m in found], sentence):
        named_post_spans.extend(p.span for p in mention.posts)
        found.append(mention)
    if _chair_sentence(text[sentence.start:sentence.end]):
        for post in unnamed_posts(release, toks, acronyms, named_post_spans):
            found.append(RawMention(post.span, None, None, [post], sentence))
    return found


def _rank_stands_alone(toks: list[Token], start: int) -> bool:
    """Whether the rank at ``toks[start]`` stands in an honorific's place: after a comma,
    a lower-case word or a post ("Commander of the Garrison Major General Li"), not inside
    a longer capitalised phrase ("Devon Chief Constable Ann Smith" is a post)."""
    if start == 0:
        return True
    before = toks[start - 1]
    return not before.is_cap or ends_post(toks, start - 1)


_RUN_WORDS = frozenset({"of", "for", "and", "the", "&", "on", "in", "to", "at", "cum"})
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
                post_toks = _without_opening_participle(pending[:posts[-1]], toks)
                post_toks = post_toks[after_other_person(post_toks, 0, len(post_toks)):]
                post_mentions = split_posts(release, from_post_head(post_toks), acronyms)
                found.append(RawMention(span, None, release.text[span.start:span.end],
                                        post_mentions, sentence))
                pending = pending[end + 1:]  # past "in": "Wang Yi in Beijing"
    return found


def _without_opening_participle(run: list[Token], toks: list[Token]) -> list[Token]:
    """A post run without the participle that opens its sentence ("Meeting Vice Minister
    Zhang Wei, Mr Chan thanked ..."): an "-ing" word that is no post word ("Acting" is one)
    before a post word belongs to the sentence, not to the post ("Housing Authority
    Chairman" keeps its first word)."""
    if len(run) > 1 and toks and run[0] is toks[0] and _participle(run[0].text) and (
            not is_post_word(run[0])) and is_post_word(run[1]):
        return run[1:]
    return run


def _participle(word: str) -> bool:
    """An English "-ing" form: the word itself, or its stem ("visit"), the stem with "e"
    ("receive") or with its doubled last consonant single ("plan"), is a common word."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    forms = (word, stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
    return any(titled_names.is_common(form) for form in forms)


def _titled_name(release: ParsedRelease, run: list[Token], surnames: frozenset[str],
                 acronyms: tuple[AcronymDefinition, ...]) -> tuple[int, list[int]] | None:
    """Where a post-then-name ends in ``run`` and where its name starts: the whole run, or
    the run cut before a preposition that follows the name ("Minister of Foreign Affairs
    Wang Yi in Beijing")."""
    cuts = [len(run)] + [i for i in range(len(run) - 1, 0, -1) if run[i].text in _NAME_ENDERS]
    for end in cuts:
        start = titled_names.name_start(run[:end], surnames)
        if start is None or not has_post_head(run[:start]):
            continue
        if split_posts(release, from_post_head(run[:start]), acronyms):
            return end, [start]
    return None


def _capitalised_runs(toks: list[Token], taken: list[Span]) -> list[list[Token]]:
    """Runs of capitalised words and the small words of posts, outside ``taken``."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    skip_to = -1
    for index, tok in enumerate(toks):
        if index <= skip_to:
            continue
        inside = bool(taken) and any(s.start <= tok.start < s.end for s in taken)
        close = _acronym_inside(toks, index) if current and not inside else None
        if close is not None:
            current.extend(toks[index:close + 1])  # "... Commission (NDRC) Zhao Ai"
            skip_to = close
            continue
        if not inside and current and tok.text == "," and _enumeration_follows(toks, index):
            current.append(tok)  # "Minister of Economy, Trade & Industry"
            continue
        if not inside and (tok.is_cap or (current and tok.text in _RUN_WORDS)):
            current.append(tok)
            if tok.possessive and tok.text not in wordlists.name_possessives():
                owner = possessor_start(current, len(current) - 1)  # "Hong Kong's"
                runs.append(current[:owner])
                current = current[owner:]
            continue
        if inside and current and any(s.start == tok.start for s in taken) and (
                tok.start - current[-1].end <= 1):
            current = []  # "Commander of the Garrison Major General Li": the post of Li
        runs.append(current)
        current = []
    runs.append(current)
    return [run for run in (_trim(r) for r in runs) if len(run) >= 3]


def _acronym_inside(toks: list[Token], index: int) -> int | None:
    """The closing bracket of an abbreviation in brackets at ``index`` that a capitalised
    word follows, inside a run of a post and a name ("Director of the Reform Commission
    (NDRC) Zhao Ai"); None otherwise."""
    close = bracket_group(toks, index)
    if close is None or close != index + 2 or not is_acronym(toks[index + 1].text):
        return None
    if close + 1 >= len(toks) or not toks[close + 1].is_cap:
        return None
    return close


def _enumeration_follows(toks: list[Token], comma: int) -> bool:
    """After a comma, the rest of a portfolio listed with commas: items of one or two
    capitalised words (perhaps after "the"), the last joined by "&" or "and" to another
    capitalised word ("Economy, Trade & Industry"; "Land, Infrastructure, Transport &
    Tourism"; "East Asia, the Pacific and ..."). No item may be a post word."""
    index = comma
    for _ in range(_MAX_LISTED_ITEMS):
        index += 1
        if index < len(toks) and toks[index].text == "the":
            index += 1
        first = index
        while index < len(toks) and toks[index].is_cap and toks[index].text.isalpha() and (
                not is_post_word(toks[index])):
            index += 1
        if not first < index <= first + 2 or index + 1 >= len(toks):
            return False
        if (toks[index].text in {"&", "and"} and toks[index + 1].is_cap
                and len(toks[index + 1].text) > 1 and not is_post_word(toks[index + 1])):
            return True
        if toks[index].text != ",":
            return False
    return False


_MAX_LISTED_ITEMS = 5


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
    heads = {h.lower() for h in post_heads()}
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
