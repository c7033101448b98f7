"""Where a meeting took place, in Chinese text: place names read after a place verb (``在``,
``於``, ``抵達``…) and looked up in the world gazetteer (``registry/gazetteer.py``), as
``places.py`` does for English.

A name only the world gazetteer knows must be followed by punctuation or by a word that ends
a place phrase (``data/zh_place_followers.txt``), so that ``在中央政府`` is not a town called
中央. The name is returned as printed (``杭州市``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pressgraph.chinese_script import to_traditional
from pressgraph.extract import wordlists
from pressgraph.extract.places import LOCAL_KINDS, PlaceName, inside
from pressgraph.extract.zh_text import lexicon
from pressgraph.registry import find_place, gazetteer

_ZH_MAX = 10
@cache
def _zh_followers() -> tuple[str, ...]:
    return tuple(sorted(wordlists.ordered("zh_place_followers.txt"), key=len, reverse=True))


def _zh_ends_here(folded: str, end: int) -> bool:
    """Whether a place name may end at ``end`` of the folded text (punctuation, the end,
    or a word that closes a place phrase)."""
    if end >= len(folded):
        return True
    ch = folded[end]
    if not ("\u3400" <= ch <= "\u9fff"):
        return True
    return folded.startswith(_zh_followers(), end)


def zh_place_at(text: str, position: int, end: int | None = None) -> PlaceName | None:
    """The place named at ``position`` of a Chinese text (right after a place verb), before
    ``end``: the longest name the registry or the world gazetteer knows, with the ``市``
    printed after a city (``杭州市``). A country or province followed by one of its cities
    (``馬來西亞吉隆坡``, ``阿聯酋（杜拜）``'s ``阿拉伯聯合酋長國(阿聯酋)迪拜``) gives the city,
    unless two cities follow (``以色列耶路撒冷和特拉維夫``: the country)."""
    found = _zh_name_at(text, position, end)
    if found is not None and not found.local:
        after = _past_short_form(text, position + len(found.surface), end)
        following = to_traditional(text[after:after + 6])  # 浙江省杭州市, 廣西壯族自治區南寧市
        after += next((len(word) for word in _ZH_PROVINCE_WORDS if following.startswith(word)),
                      0)
        city = _zh_name_at(text, after, end)
        if city is not None and city.local:
            joined = after + len(city.surface)
            other = _zh_name_at(text, joined + 1, end) if text[joined:joined + 1] in \
                _ZH_JOINERS else None
            return found if other is not None and other.local else _with_city_word(text, city,
                                                                                  end)
    return _with_city_word(text, found, end) if found is not None and found.local else found


# Words that join two places named together (耶路撒冷和特拉維夫).
_ZH_JOINERS = ("和", "及", "、", "与", "與")
# What a province's name may be printed with before one of its cities (浙江省杭州市; an
# autonomous region's people and its word: 廣西壯族自治區南寧市), longest first.
_ZH_PROVINCE_WORDS = ("維吾爾自治區", "壯族自治區", "回族自治區", "自治區", "省")
# What a city's name may be printed with (杭州市; 巿 is an old look-alike of 市).
_ZH_CITY_WORDS = ("市", "巿")


def _past_short_form(text: str, position: int, end: int | None) -> int:
    """After a bracketed short form (``(阿聯酋)``) at ``position``, or ``position``."""
    limit = len(text) if end is None else end
    match = re.match(r"[（(][^（）()]{1,8}[）)]", text[position:limit])
    return position + match.end() if match else position


def _with_city_word(text: str, place: PlaceName, end: int | None) -> PlaceName:
    after = place.start + len(place.surface)
    if after < (len(text) if end is None else end) and text[after] in _ZH_CITY_WORDS \
            and not place.surface.endswith(_ZH_CITY_WORDS):
        return PlaceName(text[place.start:after + 1], place.start, place.place)
    return place


def _zh_name_at(text: str, position: int, end: int | None) -> PlaceName | None:
    limit = len(text) if end is None else end
    folded = to_traditional(text[position:min(limit, position + _ZH_MAX + 4)])
    cjk = 0
    while cjk < len(folded) and "\u3400" <= folded[cjk] <= "\u9fff":
        cjk += 1
    rest, folded = folded, folded[:cjk]
    for length in range(min(_ZH_MAX, len(folded)), 1, -1):
        curated = find_place(folded[:length])
        if curated is not None:
            place = gazetteer.find(curated.en)
            if place is not None:
                return PlaceName(text[position:position + length], position, place)
    for length in range(min(_ZH_MAX, len(folded)), 1, -1):
        place = gazetteer.find(folded[:length])
        if place is not None and not gazetteer.is_district(place) and (
                _zh_ends_here(rest, length) or (
                place.kind not in LOCAL_KINDS and _city_follows(text, position + length, end))):
            return PlaceName(text[position:position + length], position, place)
    return None


def _city_follows(text: str, position: int, end: int | None) -> bool:
    """A city is named at ``position`` (以色列耶路撒冷: the country ends before it)."""
    city = _zh_name_at(text, position, end)
    return city is not None and city.local


_ZH_TIME_ZONE = "時間"


def zh_places_in(folded: str, start: int, end: int) -> list[tuple[int, PlaceName]]:
    """Every place a stretch of folded Chinese text names after a place verb (``在北京``,
    ``抵達別府``) or before a verb of holding (``出席檀香山舉行的``), each with the position
    of its verb, in text order."""
    found: dict[int, tuple[int, PlaceName]] = {}
    for verb in lexicon().place_verbs:
        position = folded.find(verb, start, end)
        while position >= 0:
            after = position + len(verb)
            after += folded.startswith("了", after)  # 去了杭州市: the particle of the verb
            place = None if folded[position - 1:position] in _ZH_NOT_GOING.get(verb, "") \
                else zh_place_at(folded, after, end)
            if place is not None and place.start not in found:
                found[place.start] = (position, place)
            position = folded.find(verb, position + 1, end)
    for word, place in _zh_short_forms():
        position = folded.find(word, start, end)
        while position >= 0:  # 訪港的世界銀行集團行長: Hong Kong
            if word not in _zh_topic_forms() or _after_place_verb(folded, start, position):
                found.setdefault(position, (position, replace(place, start=position)))
            position = folded.find(word, position + 1, end)
    for verb in _ZH_HELD + _ZH_VISITED:
        position = folded.find(verb, start, end)
        while position >= 0:
            for length in range(min(_ZH_MAX, position - start), 1, -1):
                place = _zh_name_at(folded, position - length, position)
                if place is not None and len(place.surface) == length and place.local:
                    found.setdefault(place.start, (place.start, place))
                    break
            position = folded.find(verb, position + 1, end)
    return [found[key] for key in sorted(found)]


@cache
def _zh_short_forms() -> tuple[tuple[str, PlaceName], ...]:
    """Words that name a place by its short form (``訪港``, ``本港``: Hong Kong), each with
    the place as a name whose surface is the place's full name, not the text's."""
    found = []
    for word, name in wordlists.rows("zh_place_short_forms.tsv"):
        curated = find_place(name)
        place = gazetteer.find(curated.en) if curated is not None else gazetteer.find(name)
        if place is not None:
            found.append((word, PlaceName(name, 0, place)))
    return tuple(found)


@cache
def _zh_topic_forms() -> frozenset[str]:
    """Short forms that name the territory as a topic (本港情況), not where anyone is."""
    return frozenset(wordlists.ordered("zh_place_topic_forms.txt"))


def _after_place_verb(folded: str, start: int, position: int) -> bool:
    """Whether a place verb of the lexicon ends right at ``position`` (在本港, 於本港)."""
    return any(folded.startswith(verb, position - len(verb)) and position - len(verb) >= start
               for verb in lexicon().place_verbs)


# Verbs of holding after which a place may stand alone: 出席檀香山舉行的…會議.
_ZH_HELD = ("舉行", "召開")
# Words of a visit after which a place may stand alone: 展開北京的訪問行程, 兩天北京訪問.
_ZH_VISITED = ("的訪問", "訪問", "之行")
# Characters before a place verb that make it no verb of going (過去, 失去, 回去; 以往, 來往,
# and 前往, 轉往, read as verbs of their own).
_ZH_NOT_GOING = {"去": "過失除離回來上下進出", "往": "以既來前轉飛通開"}


def zh_place_in(folded: str, start: int, end: int, before: int | None = None,
                going: bool = False) -> PlaceName | None:
    """The place a stretch of folded Chinese text names: with ``before``, the one named last
    before it (where the subject went before what the text reports there), else the first;
    with ``going``, a place gone to (``前往北京``) before one stayed at (``在香港``);
    failing those, a place in a local time (``倫敦時間九月二十一日``)."""
    places = zh_places_in(folded, start, end)
    if going:
        places = [p for p in places if folded.startswith(_ZH_GOING, p[0])] or places
    if places:
        earlier = [place for _, place in places if before is not None and place.start < before]
        chosen = earlier[-1] if earlier else places[0][1]
        # 前往意大利出席在羅馬舉行的大會: the city within the country
        return next((place for _, place in places if inside(place.place, chosen.place)),
                    chosen)
    position = folded.find(_ZH_TIME_ZONE, start, end)
    while position >= 0:
        for length in range(min(_ZH_MAX, position - start), 1, -1):
            found = _zh_name_at(folded, position - length, position)
            if found is not None and len(found.surface) == length and found.local:
                return found
        position = folded.find(_ZH_TIME_ZONE, position + 1, end)
    return None


# Verbs of going somewhere: an announced meeting is where the official goes.
_ZH_GOING = ("前往", "前赴", "轉往", "赴", "到訪", "抵達", "到達", "飛往", "轉飛", "去", "訪問",
             "出訪")


# Verbs of coming after which a welcomed visitor's place stands (歡迎…到訪北京).
_ZH_COMING = _ZH_GOING + ("來",)


def zh_welcome_place(folded: str, start: int, end: int) -> PlaceName | None:
    """The place a stretch of folded Chinese text welcomes a visitor to (``歡迎…首次訪港``,
    ``歡迎…來港出席論壇``): a city or territory come to, named after the word of welcome."""
    for word in wordlists.ordered("zh_place_welcomes.txt"):
        position = folded.find(word, start, end)
        if position < 0:
            continue
        short_forms = {word for word, _ in _zh_short_forms()}
        for verb, place in zh_places_in(folded, position, end):
            if place.local and (folded.startswith(_ZH_COMING, verb)
                                or folded[verb:verb + 2] in short_forms):
                return place
    return None


# Verbs of staying after which a headline's place is where its meetings were (在倫敦會見),
# and of visiting a place (到訪杭州市與…會面).
_ZH_STAYING = ("在", "於", "到訪")


def zh_title_place(title: str) -> str | None:
    """The city or territory a Chinese headline puts its official in (``行政長官在倫敦與…
    會面``, ``…在香港會見…``), as the headline prints it."""
    folded = to_traditional(title)
    for verb, place in zh_places_in(folded, 0, len(folded)):
        if place.local and folded.startswith(_ZH_STAYING, verb) \
                and _zh_ends_here(folded, place.start + len(place.surface)):  # not 於香港國際機場
            printed = title[place.start:place.start + len(place.surface)] \
                if len(folded) == len(title) else place.surface
            return printed if to_traditional(printed) == place.surface else place.surface
    return None
