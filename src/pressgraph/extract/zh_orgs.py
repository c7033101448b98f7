"""Organisations, short forms and documents in Chinese releases.

* Short forms are defined in full-width brackets right after the full name:
  ``香港特別行政區（香港特區）``, ``扶貧委員會（扶貧委）``. The short form's characters
  appear in order in the full name; the full name reaches back to punctuation, to a word
  that cannot be in a name (``的``, ``推進``...), or to the first place name.
* Governments are named ``<place>政府`` (``深圳市政府``, ``香港特區政府``); Mainland ones
  are canonically ``<place>人民政府``.
* Documents are titled in ``《》``, or quoted and followed by a document word
  (``國家「十五五」規劃``).
"""

from __future__ import annotations

import re

from pressgraph.chinese_script import to_traditional
from pressgraph.extract.zh_shared_heads import Listed, bare_place, joined_place, sharing
from pressgraph.extract.zh_sides import (
    is_territory,
    names_a_party,
    registry_side,
    side_of,
    unnamed,
)
from pressgraph.extract.zh_staff import called_on, listed_before_staff
from pressgraph.extract.zh_text import (
    PUNCTUATION,
    is_cjk,
    lexicon,
    participation,
    strip_brackets,
)
from pressgraph.model import AcronymDefinition, DocumentMention, OrganisationMention, Side, Span
from pressgraph.registry import gazetteer

_BRACKET = re.compile(r"[（(](?P<short>[^（）()]{1,12})[）)]")  # full- or half-width
_DOCUMENT = re.compile(r"《(?P<title>[^《》]{1,80})》")
_DATE_LIKE = re.compile(r"^(?:\d|[一二三四五六七八九十〇○]+月|.*[月日時分年]$|.*(?:左|右|中)$)")


def find_acronyms(text: str, folded: str, region: Span) -> tuple[AcronymDefinition, ...]:
    """Every short form the text defines in brackets, in text order, each once."""
    found: dict[str, AcronymDefinition] = {}
    for match in _BRACKET.finditer(folded, region.start, region.end):
        short = match.group("short")
        if _DATE_LIKE.match(short) or not all(is_cjk(ch) or ch.isalnum() for ch in short):
            continue
        start = _expansion_start(folded, region.start, match.start(), short)
        if start is None or match.group().startswith("(") and not folded[
                start:match.start()].endswith(lexicon().org_suffixes):
            continue  # 常任秘書長(衞生): half-width brackets after a post qualify it
        expansion = text[start:match.start()]
        if short not in found:
            found[short] = AcronymDefinition(short=text[match.start("short"):match.end("short")],
                                             expansion=expansion,
                                             span=Span(start, match.end()))
    return tuple(found.values())


def _expansion_start(folded: str, floor: int, end: int, short: str) -> int | None:
    index = end
    while index > floor and folded[index - 1] not in PUNCTUATION and is_cjk(folded[index - 1]):
        index -= 1
    run = folded[index:end]
    cut = 0
    for stop in lexicon().expansion_stops:
        position = run.rfind(stop)
        if position >= 0 and position + len(stop) < len(run):
            cut = max(cut, position + len(stop))
    for particle in participation()["particles"]:
        position = run.rfind(particle)
        if position >= 0:
            cut = max(cut, position + len(particle))
    run_start = index + cut
    run = folded[run_start:end]
    joined = _after_last_joined_organisation(run)
    run_start += joined
    run = run[joined:]
    first_place = _first_place(run)
    if first_place is not None and first_place > 0:
        run_start += first_place
        run = run[first_place:]
    # the short form is an ordered subset of the name, and shorter than it
    if len(run) <= len(short) or not _is_subsequence(short, run):
        return None
    return run_start


def _after_last_joined_organisation(run: str) -> int:
    """Where the last organisation of a list starts when the run before a short form joins
    whole organisations (``交通運輸部及中國民用航空局``: the short form is the last one's);
    0 when it joins none (``食物及衞生局``, ``國家發展和改革委員會`` are one name)."""
    suffixes = lexicon().org_suffixes
    cut = 0
    for joiner in participation()["joiners"]:
        position = run.rfind(joiner)
        if position > 0 and run[:position].endswith(suffixes) \
                and run.endswith(suffixes) and position + len(joiner) < len(run):
            cut = max(cut, position + len(joiner))
    return cut


def _first_place(run: str) -> int | None:
    lex = lexicon()
    best = None
    for name in lex.place_names + lex.place_abbreviations:
        position = run.find(name)
        if position >= 0 and (best is None or position < best):
            best = position
    return best


def _is_subsequence(short: str, name: str) -> bool:
    remaining = iter(name)
    return all(ch in remaining for ch in short)


def expand(name: str, acronyms: tuple[AcronymDefinition, ...]) -> str:
    """Short forms the release defined, written out: 扶貧委主席 -> 扶貧委員會主席."""
    for acronym in sorted(acronyms, key=lambda a: -len(a.short)):
        if acronym.short in name and acronym.expansion not in name:
            name = name.replace(acronym.short, acronym.expansion)
    return name


def canonical_name(surface: str, acronyms: tuple[AcronymDefinition, ...]) -> str:
    """The fullest name: brackets dropped, short forms written out, Mainland governments
    as ``<place>人民政府``."""
    name = expand(strip_brackets(surface), acronyms)
    if name.endswith("政府") and not name.endswith("人民政府") and side_of(name) == "Mainland" \
            and re.search(r"[省市縣區]政府$", to_traditional(name)):
        name = name[:-2] + "人民政府"
    return name


def _place_markers(acronyms: tuple[AcronymDefinition, ...]) -> tuple[str, ...]:
    lex = lexicon()
    return lex.place_names + lex.hksar_markers + lex.macao_markers + tuple(
        a for a in lex.place_abbreviations if len(a) > 1) + tuple(
        to_traditional(a.short) for a in acronyms)


def government_mentions(text: str, folded: str, region: Span,
                        acronyms: tuple[AcronymDefinition, ...],
                        delegations: bool = False) -> list[tuple[str, Span]]:
    """``<place>政府`` names in ``region`` (``深圳市政府``, ``香港特區政府``), with spans.

    The name runs back from ``政府`` over characters and bracketed short forms to the
    earliest place name; a government with no place before it (``兩地政府``, ``特區政府``
    said by a Hong Kong official) is not an organisation the release names, unless
    ``delegations`` is asked for and it sends one (``特區政府代表團``) or speaks for itself
    (``表示特區政府十分重視``).
    """
    markers = _place_markers(acronyms)
    found = []
    position = folded.find("政府", region.start, region.end)
    while position >= 0:
        start = position
        shorts = {to_traditional(a.short) for a in acronyms}
        while start > region.start:
            ch = folded[start - 1]
            if ch == "）":
                opening = folded.rfind("（", region.start, start)
                if opening < 0 or folded[opening + 1:start - 1] not in shorts:
                    break
                start = opening
                continue
            if ch in PUNCTUATION or not is_cjk(ch):
                break
            start -= 1
        run = folded[start:position]
        # the last place before 政府 names it (深圳市人民政府 in "…陳國基與深圳市人民政府")
        earliest = max((i for i in range(len(run)) if run.startswith(markers, i)
                        and not _inside(run, i)), default=None)
        if earliest is not None:
            earliest = _chain_start(run, earliest, markers)
        if folded.startswith("總部", position + 2):
            earliest = None
        if earliest is not None:
            name = run[earliest:]
            if name not in ("特區",) or delegations and (sends_people(
                    folded, Span(position, position + 2)) or said_of_itself(
                    folded, Span(start + earliest, position + 2))):
                surface_start = start + earliest
                found.append((text[surface_start:position + 2],
                              Span(surface_start, position + 2)))
        position = folded.find("政府", position + 2, region.end)
    return found


# How far after a government's name the name of an office of it may end (駐上海經濟貿易辦事處).
_OWNED_OFFICE_LENGTH = 10


def names_an_office_of_it(folded: str, span: Span) -> bool:
    """Whether the government at ``span`` only opens the name of an office of its own printed
    straight after it (香港特別行政區政府律政司, 澳門特別行政區政府社會工作局, 上海市人民政府
    港澳事務辦公室): the office is the organisation named, not the government. The office's
    name runs to an organisation ending within a few characters, over no punctuation, word
    that cannot be in a name, sending word (特區政府代表團) or speech verb; a bare
    one-character ending (政府部門, 政府委任) is a common noun or a verb."""
    run = folded[span.end:span.end + _OWNED_OFFICE_LENGTH]
    for index, ch in enumerate(run):
        if ch in PUNCTUATION or not is_cjk(ch):
            run = run[:index]
            break
    breaks = (*lexicon().expansion_stops, *participation()["sending_words"],
              *lexicon().speech_verbs)
    cut = min((run.find(word) for word in breaks if word in run), default=len(run))
    run = run[:cut]
    suffixes = tuple(s for s in lexicon().org_suffixes if s not in ("政府", "人民政府"))
    return any(run[:end].endswith(suffixes) for end in range(2, len(run) + 1))


def sends_people(folded: str, span: Span) -> bool:
    """Whether the organisation at ``span`` is named as a side of the meeting: followed by
    ``代表團``, ``代表``, ``官員``... (``data/zh_participation.toml``), or spoken for."""
    return folded.startswith(participation()["sending_words"], span.end) or spoken_for(
        folded, span)


def spoken_for(folded: str, span: Span) -> bool:
    """Whether someone speaks for the organisation at ``span`` (``我代表香港特別行政區政府``):
    a speaking word right before it (``data/zh_participation.toml`` speaking_for_words), not
    a noun of staff (``商務部的代表``)."""
    for word in participation()["speaking_for_words"]:
        start = span.start - len(word)
        if start > 0 and folded.startswith(word, start) and folded[start - 1] != "的":
            return True
    return False


def said_of_itself(folded: str, span: Span) -> bool:
    """Whether a speech verb reports what the government at ``span`` does, its name opening
    what is said (``局長強調特區政府會繼續…``, ``表示，特區政府十分重視``): the subject of
    the statement, not something the statement is about further on."""
    before = folded[max(0, span.start - 6):span.start].rstrip("，,:： ")
    if before.endswith(lexicon().speech_verbs):
        return True
    # 。特區政府會繼續…: a sentence the government opens with what it will do
    opening = not before.strip() or before.rstrip().endswith(("。", "「", "！", "\n"))
    return opening and folded.startswith(("會", "將", "亦會", "定會", "一定會"), span.end)


def staffed_organisations(text: str, folded: str, clause: Span) -> list[tuple[str, Span]]:
    """Organisations a clause names on their own as sending people along
    (``環境及生態局的人員亦會隨行``, ``與四川省領導進行工作會議``, ``會晤以色列政府官員``):
    a staff word (``data/zh_participation.toml``) after the name and a word of taking part
    in the clause. The name is read back from the staff word as the longest run that names
    an organisation the registry knows or a place, so a post or person before it is left
    out. Organisations called on (``拜會商務部和水利部``) are named so too."""
    words = participation()
    found: list[tuple[str, Span]] = [(text[item.start:item.end], item)
                                     for item in called_on(folded, clause)]
    staff = "|".join(re.escape(w) for w in words["staff_words"])
    if not any(verb in folded[clause.start:clause.end] for verb in words["taking_part_verbs"]):
        return found
    for match in re.finditer(rf"的?(?:{staff})", folded[clause.start:clause.end]):
        end = clause.start + match.start()
        start = end
        while start > clause.start and end - start < 24 and is_cjk(folded[start - 1]) \
                and folded[start - 1] not in PUNCTUATION:
            start -= 1
        name = next((folded[cut:end] for cut in range(start, end - 1)
                     if names_a_party(folded[cut:end])), None)
        if name is not None:
            name = _with_place_before(folded, start, end - len(name)) + name
            found.append((text[end - len(name):end], Span(end - len(name), end)))
        found.extend((text[item.start:item.end], item)
                     for item in listed_before_staff(folded, clause.start, end))
    return found


def _with_place_before(folded: str, floor: int, start: int) -> str:
    """The place printed right before an organisation's name read back from its staff
    word (美國 of ``美國財政部官員``): the name is that place's body, not the one the
    registry knows by the bare name at home. Empty when no place is printed there."""
    for size in range(min(6, start - floor), 1, -1):
        place = folded[start - size:start]
        if gazetteer.find(place) is not None:
            return place
    return ""


def met_organisations(text: str, folded: str, clause: Span) -> list[Listed]:
    """The organisation the meeting's own clause shows being met (``於明日與國家發展和改革
    委員會商討``, ``與禁毒局和邊防管理局官員會面``): ``與`` and a name ending in an
    organisation's ending right before a word of meeting (``data/zh_participation.toml``
    meeting_after_words), or before a word for its staff and one of meeting. A person met
    (``與商務部部長會面``) names no organisation here: the principals' posts do."""
    words = participation()
    found: list[Listed] = []
    after = "|".join(re.escape(w) for w in words["meeting_after_words"])
    staff = "|".join(re.escape(w) for w in words["staff_words"])
    for match in re.finditer(rf"與([^與，、。；：（）「」]{{3,24}}?)(?:的?(?:{staff}))?(?:{after})",
                             folded[clause.start:clause.end]):
        name = match.group(1)
        if not all(is_cjk(ch) for ch in name):
            continue
        start = clause.start + match.start(1)
        described = name.rfind("的")  # 出席了會議的運輸署: what is met is named after 的,
        if described >= 0:  # if it names a party on its own (十五個國家的執法機構 does not)
            if not names_a_party(name[described + 1:]):
                continue
            start += described + 1
        found.extend(_named_items(text, folded, start, clause.start + match.end(1)))
    return found


def _named_items(text: str, folded: str, start: int, end: int) -> list[Listed]:
    """The organisations named between ``start`` and ``end``, split at joiners between whole
    names (``運輸署及水務署``) and after a person's name or post (``李明和運輸署``), words
    that introduce an item and particles left out; items that only describe
    (``十多位本地商會``) give none. Places listed before a place's organisation share its
    head (``上海、深圳及珠海市公安局``: three bureaus, each named by its place)."""
    lex = lexicon()
    items: list[Listed] = []
    places: list[Span] = []  # bare places waiting for the head of the item after them
    for begin, stop in _list_items(folded, start, end):
        begin = _after_prefixes(folded, begin, stop)
        begin = _after_prefixes(folded, _after_people(folded, begin, stop), stop)
        if bare_place(folded[begin:stop]):
            places.append(Span(begin, stop))
            continue
        joined = joined_place(folded, begin, stop)
        if joined is not None:
            places.append(Span(begin, joined[0]))
            begin = joined[1]
        piece = folded[begin:stop]
        if piece.endswith(lex.org_suffixes) and piece not in lex.org_suffixes and \
                not unnamed(piece):
            items.extend(sharing(text, folded, places, begin, stop))
            items.append(Listed(text[begin:stop], Span(begin, stop), text[begin:stop]))
        places = []
    return items


def national_delegations(text: str, folded: str, clause: Span) -> list[tuple[str, Span]]:
    """A country's delegation the clause names (``以中國代表團成員身份出席``,
    ``參與中華人民共和國代表團``): at a multilateral meeting it is a party. The country is
    one of the gazetteer or a name of the state (``data/zh_participation.toml``
    state_names); a territory's (``香港代表團``) or an office's is no country's."""
    found: list[tuple[str, Span]] = []
    states = participation()["state_names"]
    position = folded.find("代表團", clause.start, clause.end)
    while position >= 0:
        for start in range(max(clause.start, position - 8), position - 1):
            country = folded[start:position]
            place = gazetteer.find(country)
            if country in states or place is not None and place.kind == "country":
                end = position + len("代表團")
                found.append((text[start:end], Span(start, end)))
                break
        position = folded.find("代表團", position + 3, clause.end)
    return found


def headed_by(government: str, posts: tuple[str, ...]) -> bool:
    """Whether a post of someone leading a side is in this government: 廣東省政府 and
    廣東省省長 (the place the government is named after opens the post)."""
    place = re.sub(r"(?:人民)?政府$", "", to_traditional(strip_brackets(government)))
    return len(place) >= 2 and any(post.startswith(place) for post in posts)


def _chain_start(run: str, index: int, markers: tuple[str, ...]) -> int:
    """Step back over places that run straight into this one (香港 of 香港特別行政區)."""
    for candidate in range(index):
        for marker in markers:
            if run.startswith(marker, candidate) and candidate + len(marker) >= index \
                    and not _inside(run, candidate):
                return candidate
    return index


def _inside(run: str, index: int) -> bool:
    return run.count("（", 0, index) > run.count("）", 0, index)


def organisation(surface: str, span: Span, acronyms: tuple[AcronymDefinition, ...],
                 side: Side | None = None, government: str | None = None,
                 written_out: str | None = None) -> OrganisationMention:
    """The organisation named ``surface`` (or ``written_out``, where the printed words share
    a head printed later: 上海 of 上海、深圳及珠海市公安局, whose evidence is its span and
    which is no other name of the organisation, as 上海 names the city's government); its
    side is the one given, else the registry's, else that of the ``government`` its post was
    named under (國務院 + 港澳事務辦公室主任), else what its name says."""
    name = canonical_name(written_out or surface, acronyms)
    if side is None and government and registry_side(name) is None:
        side = registry_side(government) or side_of(government)
    short = next((a.short for a in acronyms
                  if name.startswith(a.expansion) and a.short != name), None)
    return OrganisationMention(name=name, span=span, acronym=short,
                               side=side or registry_side(name) or side_of(name),
                               mentions=(surface,) if written_out in (None, surface) else ())


def merge(mentions: list[OrganisationMention]) -> tuple[OrganisationMention, ...]:
    """One mention per organisation, first span kept, every surface form listed once."""
    merged: dict[str, OrganisationMention] = {}
    for mention in mentions:
        known = merged.get(mention.name)
        if known is None:
            merged[mention.name] = mention
            continue
        forms = tuple(dict.fromkeys(known.mentions + mention.mentions))
        merged[mention.name] = OrganisationMention(
            name=known.name, span=known.span, acronym=known.acronym or mention.acronym,
            side=known.side or mention.side, mentions=forms,
            readings=tuple(dict.fromkeys(known.readings + mention.readings)))
    governed = {to_traditional(re.sub(r"(?:人民)?政府$", "", name)) for name in merged
                if re.search(r"政府$", name)}
    return tuple(m for m in merged.values()  # 廣東省 of a 省長 when 廣東省人民政府 takes part
                 if not (any(g.startswith(to_traditional(m.name)) for g in governed)
                         and is_territory(m.name)))


def find_documents(text: str, folded: str, region: Span) -> tuple[DocumentMention, ...]:
    """Titles in 《》 (without the brackets) and quoted plans such as 國家「十五五」規劃."""
    lex = lexicon()
    found: list[DocumentMention] = []
    for match in _DOCUMENT.finditer(folded, region.start, region.end):
        found.append(DocumentMention(title=text[match.start("title"):match.end("title")],
                                     span=Span(match.start("title"), match.end("title"))))
    kinds = "|".join(re.escape(k) for k in lex.document_kinds)
    prefixes = "|".join(re.escape(p) for p in lex.document_prefixes)
    quoted = re.compile(rf"(?:{prefixes})?「[^「」]{{1,20}}」(?:{kinds})")
    for match in quoted.finditer(folded, region.start, region.end):
        found.append(DocumentMention(title=text[match.start():match.end()],
                                     span=Span(match.start(), match.end())))
    unique: dict[str, DocumentMention] = {}
    for document in sorted(found, key=lambda d: d.span):
        unique.setdefault(document.title, document)
    return tuple(unique.values())


def listed_organisations(text: str, folded: str, span: Span) -> list[Listed]:
    """Organisations named in an enumeration such as ``勞工及福利局和政府統計處的代表``:
    items split at ``、`` and at a joiner (``和``, ``及``) whose left part is a whole name
    (``運輸署及水務署`` is two; ``國家發展和改革委員會`` is one), words that only introduce
    an item (``來自``, ``以及``) left out."""
    if touring_after(folded, span.end):
        return []
    return _named_items(text, folded, span.start, span.end)


def touring_after(folded: str, end: int) -> bool:
    """Whether the people named up to ``end`` (``消防處的代表``) are said to tour rather than
    meet (``就參觀了消防站``, ``到了…考察``): their organisations are on the trip, not at the
    meeting (``data/zh_participation.toml`` touring_words)."""
    words = participation()
    rest = re.sub(r"^的?(?:" + "|".join(map(re.escape, words["staff_words"])) + ")", "",
                  folded[end:end + 12])
    rest = rest.lstrip("".join(words["touring_adverbs"]))
    return rest.startswith(tuple(words["touring_words"]))


def _after_people(folded: str, start: int, end: int) -> int:
    """Where the organisation of a list item starts when people are named before it and a
    joiner (``政制及內地事務局局長林瑞麟與環境局``, ``警隊的高層官員及公安部``): after the
    last joiner whose left part holds a post or ends with a staff word; else ``start``."""
    lex = lexicon()
    words = participation()
    piece = folded[start:end]
    for joiner in ("與", "及", "和"):
        at = piece.rfind(joiner)
        if at <= 0 or not piece[at + 1:].endswith(lex.org_suffixes) or len(piece) - at - 1 < 2:
            continue
        left = piece[:at]
        if left.endswith(words["staff_words"]) or any(post in left for post in lex.post_words
                                                      if len(post) >= 2) or _a_persons_name(left):
            return start + at + 1
    return start


def _a_persons_name(words: str) -> bool:
    """A person's full name alone (李志明 of ``與李志明和運輸署會面``): a surname and two
    more characters, no organisation's ending, no place. A surname and one character is
    as often a word that opens a name (勞工 of ``勞工及福利局``) and is left alone."""
    lex = lexicon()
    surname = words[:2] if words[:2] in lex.surnames else words[:1] if words[:1] in \
        lex.surnames else ""
    return bool(surname) and len(words) == len(surname) + 2 and not words.endswith(
        lex.org_suffixes) and gazetteer.find(words) is None and all(is_cjk(ch) for ch in words)


def post_names_participant(title: str, surface: str) -> bool:
    """Whether the organisation read off the post of a person leading a side is a
    participant: an organisation (``商務及經濟發展局`` of its 局長, ``北京市委`` of its
    書記) the registry does not put the post outside of, or the territory the post governs
    (``深圳市`` of ``深圳市市長``, ``廣東省`` of ``廣東省省長``). A country in a post is a
    place, not an organisation."""
    name = to_traditional(strip_brackets(surface))
    if name.endswith(lexicon().org_suffixes):
        return names_the_post_organisation(title, surface)
    return is_territory(name)


def names_the_post_organisation(title: str, surface: str) -> bool:
    """Whether ``surface`` (the organisation read off a post title) is the organisation the
    registry puts the post in: 律政司 of 律政司司長 is; 政務司 of 政務司司長 (or of
    香港特別行政區政務司司長, 財政司 of 財政司長) is not (that post is in the Government,
    政務司 is no organisation)."""
    from pressgraph import registry

    post = _registry_post(to_traditional(strip_brackets(title)))
    if post is None:
        return True
    owner = registry.entry(post.organisation)
    names = {to_traditional(n) for n in owner.names()} if owner is not None else set()
    return to_traditional(strip_brackets(surface)) in names


# How the name of a government before a post ends (香港特別行政區政務司司長, 特區政府…).
_GOVERNMENT_ENDINGS = ("政府", "特區", "行政區")


def _registry_post(title: str):  # type: ignore[no-untyped-def]
    """The registry's post for a title, also as printed after the government's or the
    place's name (``香港特別行政區政務司司長``), shortened (``財政司長`` for ``財政司司長``)
    or as the deputy's (``財政司副司長``: the deputy's post is in the same organisation)."""
    from pressgraph import registry

    forms = [title]  # the opening is a place or a government, never a bureau (保安局局長)
    for cut in range(2, len(title) - 2):
        opening = title[:cut]
        if opening.endswith(_GOVERNMENT_ENDINGS) or gazetteer.find(opening) is not None:
            forms.append(title[cut:])
    forms += [form.replace("副", "", 1) for form in forms if "副" in form]  # 財政司副司長
    for form in list(forms):
        if form.endswith("司長") and not form.endswith("司司長"):
            forms.append(form[:-2] + "司司長")
    for form in forms:
        post = registry.find_post(form)
        if post is not None:
            return post
    return None


def _list_items(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    lex = lexicon()
    joiners = participation()["joiners"]
    items, begin, index = [], start, start
    while index <= end:
        if index == end or folded[index] == "、":
            items.append((begin, index))
            begin = index = index + 1
            continue
        joiner = next((j for j in joiners if folded.startswith(j, index)), None)
        if joiner and folded[_after_prefixes(folded, begin, index):index].endswith(
                lex.org_suffixes) and _names_an_organisation_after(
                    folded, index + len(joiner), end):
            items.append((begin, index))
            begin = index = index + len(joiner)
            continue
        index += 1
    return items


def _names_an_organisation_after(folded: str, start: int, end: int) -> bool:
    """Whether the text from ``start`` up to the next list mark is a whole organisation's
    name (so a joiner before it separates two names)."""
    stop = start
    while stop < end and folded[stop] not in "、，。；" and is_cjk(folded[stop]):
        stop += 1
    return folded[start:stop].endswith(lexicon().org_suffixes) and stop - start >= 2


def _after_prefixes(folded: str, start: int, end: int) -> int:
    """Past the words that introduce a list item (``來自``, ``以及``) and any particle."""
    for particle in participation()["particles"]:
        at = folded.rfind(particle, start, end)
        start = max(start, at + len(particle)) if at >= 0 else start
    moved = True
    while moved:
        moved = False
        for prefix in participation()["list_prefixes"]:
            if folded.startswith(prefix, start) and start + len(prefix) < end:
                start += len(prefix)
                moved = True
                break
    return start
