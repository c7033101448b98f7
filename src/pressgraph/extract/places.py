"""Where a meeting took place: place names read from the text, looked up in the world
gazetteer (``registry/gazetteer.py``: the curated registry first, then GeoNames cities and
ISO 3166 countries and subdivisions, with their Chinese names).

A place is only ever what the text says. Nothing falls back to Hong Kong: a meeting whose
text names no place has none.

* English: a capitalised name after a word that puts someone somewhere ("in", "to",
  "arrived in": ``meetings_en.toml`` [places]). A name the curated registry lists is taken
  as before; a name only the world gazetteer knows must be the whole capitalised run
  ("in Davos", not "Hang" of "in Hang Seng Index") and not a word that names no place
  ("in May"). A city or territory beats a province or country named in the same text. A
  meeting whose own sentence names no place is where the headline, the lead sentence ("...
  in Davos, Switzerland, ...") or a gathering it is held beside says. A district of Hong
  Kong or Macao (a GeoNames town inside a registry territory) places no meeting.
* Chinese: ``zh_places.py``, with the same place names and gazetteer.

The name is returned as printed ("Macau", ``杭州市``): the resolver keeps the release's
wording as the place's label in the release's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import takewhile

from pressgraph.dateforms import MONTHS, WEEKDAYS
from pressgraph.extract import dates as date_rules
from pressgraph.extract import wordlists
from pressgraph.extract.lexicon import alternation, words
from pressgraph.extract.nametokens import sentences
from pressgraph.extract.org_names import names_the_place
from pressgraph.model import ParsedRelease
from pressgraph.registry import find_place, find_venue, gazetteer

# Kinds of place a meeting is held in (a province or country is only narrowed to one).
LOCAL_KINDS = frozenset({"city", "territory"})
_LOCAL = LOCAL_KINDS
_WORD = r"[A-Z][\w'’.-]*"
_RUN = re.compile(rf"{_WORD}(?:\s+(?:(?:del|de|la|le|da|do|di|des|du|upon|am|sur)\s+)?{_WORD})*")
_AFTER = re.compile(r"\s+(?:delegation|side|[Gg]overnment|time|SAR\s+Government|[Cc]onsulate"
                    r"|[Ee]mbassy)\b")
_TOPIC = re.compile(r"\b(?:briefed|discussed|exchanged|talked|reviewed|to\s+exchange|to\s+discuss|"
                    r"(?:to\s+)?update[ds]?\s+(?:him|her|them|\w+\s+\w+)\s+on|"
                    r"keep\s+(?:(?:him|her|them)\s+)?abreast\s+of|"
                    r"on\s+how|about|regarding|concerning|covering)\b")


@dataclass(frozen=True)
class PlaceName:
    """A place named in the text: its wording, where it starts, and the gazetteer entry."""

    surface: str
    start: int
    place: gazetteer.WorldPlace

    @property
    def local(self) -> bool:
        return self.place.kind in _LOCAL


@cache
def _preposition() -> re.Pattern[str]:
    before = alternation(words("places", "before") + words("places", "before_whole"))
    return re.compile(rf"\b(?P<prep>{before})\s+(?:the\s+)?(?={_WORD})")


@cache
def _not_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words('places', 'not_before'))})\s*$", re.IGNORECASE)


def _lookup(name: str) -> gazetteer.WorldPlace | None:
    """The curated registry's place, else the world gazetteer's."""
    curated = find_place(name)
    if curated is not None:
        return gazetteer.find(curated.en)
    return gazetteer.find(name)


def _venue_city(name: str) -> gazetteer.WorldPlace | None:
    """The city of a venue the registry lists ("in Zhongnanhai": Beijing): a meeting held
    there is held in that city."""
    venue = find_venue(name)
    if venue is None or venue.kind != "venue" or not venue.within:
        return None
    city = find_place(venue.within)
    place = gazetteer.find(city.en) if city is not None else None
    return place if place is not None and place.kind in _LOCAL else None


# "University of X", "Conference for Y": the capitalised run goes on as a longer name; "in
# Brunei on November 12" does not (a month or a weekday after "on" is a date).
_CONTINUES = re.compile(rf"\s+(?:of|for|on)\s+(?!(?i:{'|'.join(MONTHS)}|{'|'.join(WEEKDAYS)})\b)"
                        r"[A-Z]|-")


@cache
def _group_after() -> re.Pattern[str]:
    """A plural noun of people right after a place name ("Hong Kong residents", "Macao
    students"): the name describes them and says nothing of where a meeting was."""
    nouns = alternation(words("meetings", "group_nouns"))
    return re.compile(rf"\s+(?:{nouns})\b")


# "in Davos on Monday (May 9)", "in Davos on May 10": a day after the place, not more name.
_DAY_AFTER = re.compile(rf"\s+on\s+(?:{'|'.join(w.capitalize() for w in WEEKDAYS)}|"
                        rf"(?:{'|'.join(m.capitalize() for m in MONTHS)})\.?\s+\d{{1,2}})\b")


def _in_a_name(text: str, start: int) -> bool:
    """"the Chinese Embassy in Hungary": the preposition at ``start`` is inside the name of
    an organisation (an organisation's head word right before it). Not when the
    organisation is what someone visits ("visited the Regional Affairs Office in Beijing
    today"): the visitor is then in that place."""
    previous = text[:start].split()[-1:]
    return bool(previous) and wordlists.is_head(
        previous[0].rstrip(",;"), wordlists.words("located_org_heads.txt")) \
        and not _visited_office(text[:start]) and not _names_the_place_again(text, start)


def _names_the_place_again(text: str, start: int) -> bool:
    """The name before "in" names the place after it: the meeting's ("X Bureau in X")."""
    after = [w.strip(",.;:()") for w in text[start:].split()[1:3] if w != "the"][:1]
    place = [w for w in after if w[:1].isupper()]  # its first word: "Shanghai", "Hong"
    name = list(takewhile(lambda w: w[:1].isupper() or w in {"of", "the", "and", "for", "&"},
                          reversed(text[:start].split())))
    return names_the_place(place, [w.strip(",;") for w in reversed(name)])


@cache
def _office_visit() -> re.Pattern[str]:
    """A verb of visiting and, up to the end of ``text``, the name of what is visited:
    capitalised words joined by "of", "the", "and", "for", "&" and a short form in
    brackets ("visited the Ministry of Trade and the Office of the Regional Government
    (ORG)")."""
    verbs = alternation(list(words("visits", "verbs"))
                        + list(wordlists.ordered("place_office_visits.txt")))
    word = r"(?:[A-Z][\w'’&.-]*|of|the|and|for|&|\([A-Z][\w&-]*\))"
    return re.compile(rf"\b(?:{verbs})\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:,?\s+{word})*\s*$")


def _visited_office(before: str) -> bool:
    return _office_visit().search(before[-300:]) is not None


# A post's name up to "to": "Ambassador of Ruritania", "Consul-General of X" (capitalised
# words, with "of", "the" and "and" between them).
_POST_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+(?:of|the|and|for))*\s+)*[A-Z][\w'’-]*\s*$")


def _in_a_post(text: str, start: int) -> bool:
    """"the Ambassador of Ruritania to China": "to" inside the name of a post accredited to a
    place (``meetings_en.toml`` [places] accredited_posts), not a journey's end."""
    run = _POST_BEFORE.search(text[max(0, start - 120):start])
    if run is None:
        return False
    posts = "|".join(re.escape(post).replace(r"\ ", r"\s+")
                     for post in words("places", "accredited_posts"))
    return re.match(rf"(?:{posts})\b", run.group(0)) is not None


# "his visit to Jakarta, Indonesia, in July", "during her visit to Japan last year": a visit
# of the past, named as background; where it went is not where the meeting is.
_VISIT_TO = re.compile(r"\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:visit|trip)\s+$")
_PAST_TIME = re.compile(rf"(?:,?\s+[A-Z][\w'’.-]*)*,?\s+(?:in\s+(?:{'|'.join(MONTHS)})\b"
                        rf"(?!\s+\d)|last\s+(?:year|month|week|(?:{'|'.join(MONTHS)})\b)|"
                        r"earlier\s+this\s+(?:year|month))", re.IGNORECASE)


def _past_visit(text: str, match: re.Match[str], run_end: int) -> bool:
    return match.group("prep") == "to" and bool(_VISIT_TO.search(text[:match.start()])) \
        and _PAST_TIME.match(text, run_end) is not None


@cache
def _next_stop_cue() -> re.Pattern[str]:
    """A journey the subject makes after what the clause reports ("before leaving for
    Boston", "before he proceeds to Sydney"): its destination is the next stop, not where
    the subject is."""
    cues = alternation(wordlists.journey_cues())
    return re.compile(rf"\b[Bb]efore\s+(?:[\w'’]+\s+){{0,2}}?(?:{cues})\s+(?:the\s+)?"
                      rf"(?={_WORD})")


@cache
def _next_stop() -> re.Pattern[str]:
    """``_next_stop_cue`` ending where a place name starts."""
    return re.compile(_next_stop_cue().pattern.removesuffix(f"(?={_WORD})") + "$")


# "Before proceeding to Sydney today from Auckland, ...": where the next stop is left from.
_LEFT_FROM = re.compile(rf"[^.;:]{{0,60}}?\bfrom\s+(?:the\s+)?(?={_WORD})")


def _departure(text: str) -> PlaceName | None:
    """The city a journey to the next stop starts from ("before proceeding to Sydney from
    Auckland"): where the subject is."""
    for match in _next_stop_cue().finditer(text):
        run = _RUN.match(text, match.end())
        after = _LEFT_FROM.match(text, run.end()) if run is not None else None
        if after is None:
            continue
        start = after.end()
        found = _names_after_prepositions("in " + text[start:] + " ")
        if found and found[0].start == 3 and found[0].local:
            return replace(found[0], start=start)
    return None


def _names_after_prepositions(text: str) -> list[PlaceName]:
    found = []
    for match in _preposition().finditer(text):
        if _not_before().search(text[:match.end("prep")]) or _next_stop().search(
                text[:match.end()]) or (
                match.group("prep").lower() == "in" and _in_a_name(text, match.start())) or (
                match.group("prep") == "to" and _in_a_post(text, match.start())):
            continue
        run = _RUN.match(text, match.end())
        if run is None or _past_visit(text, match, run.end()):
            continue
        if match.group("prep") in words("places", "before_whole"):
            found.extend(_whole_city(text, run))
            continue
        parts = list(re.finditer(r"\S+", run.group(0)))
        for count in range(len(parts), 0, -1):
            end = run.start() + parts[count - 1].end()
            surface = text[run.start():end].rstrip(".")
            place = _lookup(surface)
            if place is None and count == len(parts) and (venue := _venue_city(surface)):
                found.append(PlaceName(venue.en, run.start(), venue))
                break
            if place is None:
                continue
            if gazetteer.is_district(place):
                break  # "visited Tuen Mun": a district of Hong Kong places no meeting
            whole = count == len(parts) and (not _CONTINUES.match(text, run.end())
                                             or _DAY_AFTER.match(text, run.end()) is not None)
            if not gazetteer.is_curated(place) and (not whole or _is_org_word(surface)):
                break
            if _AFTER.match(text, run.start() + len(surface)) \
                    or _group_after().match(text, run.start() + len(surface)):
                break  # "the Hong Kong delegation", "to Hong Kong residents": a modifier
            if _opens_a_joint_name(text, run.start() + len(surface)):
                break  # "the Hong Kong and Macao Affairs Office": an organisation's name
            found.append(PlaceName(_territory(surface, place), run.start(), place))
            break
    return found


# A name that goes on after the place: "and"/"&" and a capitalised word, a possessive, or
# anything but a space or a stop ("Hong Kong/Macao Co-operation").
_NAME_GOES_ON = re.compile(r"\s*(?:(?:and|&)\s+[A-Z]|['’]s\b)|(?![\s,.;:)]|$)")


def _whole_city(text: str, run: re.Match[str]) -> list[PlaceName]:
    """The registry's city or territory that is the whole of ``run`` ("at Shenzhen on
    December 22"), as a list of none or one."""
    surface = run.group(0).rstrip(".")
    place = _lookup(surface)
    if place is None or not gazetteer.is_curated(place) or place.kind not in _LOCAL or (
            _CONTINUES.match(text, run.end()) and not _DAY_AFTER.match(text, run.end())) \
            or _NAME_GOES_ON.match(text, run.end()) or _AFTER.match(text, run.end()) \
            or _group_after().match(text, run.end()):
        return []  # "at the Hong Kong and Macao Affairs Office", "at Hong Kong's ..."
    return [PlaceName(_territory(surface, place), run.start(), place)]


# "and Macao Affairs Office", "and Hong Kong Co-operation Joint Conference": the rest of a
# name that joins two places before its head word.
_AND_NAME = re.compile(rf"\s+and\s+{_WORD}(?:\s+{_WORD})*")


def _opens_a_joint_name(text: str, end: int) -> bool:
    """Whether the place name ending at ``end`` opens the name of an organisation or a
    body that joins it to another place ("the Hong Kong and Macao Affairs Office", "the
    Guangdong and Hong Kong Co-operation Joint Conference"): that names no place of the
    meeting."""
    rest = _AND_NAME.match(text, end)
    if rest is None:
        return False
    last = rest.group(0).split()[-1].rstrip(".,;")
    return wordlists.is_head(last, wordlists.org_heads()) or wordlists.is_head(
        last, wordlists.words("body_heads.txt"))


def _territory(surface: str, place: gazetteer.WorldPlace) -> str:
    """"the Macao SAR" is the place Macao: a government's ending (``polity_endings.txt``)
    dropped when the rest names the same place."""
    for ending in wordlists.ordered("polity_endings.txt"):
        if surface.endswith(" " + ending):
            bare = surface[: -len(ending) - 1]
            if _lookup(bare) == place:
                return bare
    return surface


def _is_org_word(name: str) -> bool:
    """"University", "Parliament": an organisation's head word that some town is named."""
    return any(wordlists.is_head(word, wordlists.org_heads()) for word in name.split())


def place_in(text: str) -> str | None:
    """The place where ``text`` says something happened, as printed; None when it names none.

    Only the part before the topic of the talks counts: "briefed them on the latest
    developments in Hong Kong" does not place a meeting in Hong Kong.
    """
    topic = _TOPIC.search(text)
    if topic:
        text = text[:topic.start()]
    names = _names_after_prepositions(text)
    departure = _departure(text)
    names = sorted(names + [departure], key=lambda n: n.start) if departure else names
    local = [n for n in names if n.local]
    if local:
        return local[0].surface
    return _time_zone_place(text) or (names[0].surface if names else None)


def _time_zone_place(text: str) -> str | None:
    """The city of a local time ("today (June 15, Washington time)")."""
    for phrase in date_rules.find_dates(text):
        if phrase.time_zone:
            place = _lookup(phrase.time_zone)
            if place is not None and place.kind in _LOCAL:
                return phrase.time_zone
    return None


@cache
def _arrival() -> re.Pattern[str]:
    cues = alternation(wordlists.ordered("place_arrivals.txt"))
    return re.compile(rf"\b(?:{cues})\s+(?:the\s+)?(?={_WORD})")


# "started his visit programme to Lima, Peru", "began her three-day visit to Tokyo": the
# trip the subject is on, so its city is where the calls reported after it are.
_TRIP_TO = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:visit|trip)"
                      rf"(?:\s+programme)?\s+to\s+(?:the\s+)?(?={_WORD})")


def _trip_place(text: str) -> str | None:
    """The city of the trip ``text`` says its subject is on, as printed."""
    for match in _TRIP_TO.finditer(text):
        run = _RUN.match(text, match.end())
        if run is None or _PAST_TIME.match(text, run.end()):
            continue
        found = _names_after_prepositions("in " + text[match.end():run.end()] + " ")
        if found and found[0].local and not _opens_a_joint_name(
                text, match.end() + found[0].start - 3 + len(found[0].surface)):
            return found[0].surface
    return None


def arrival_place(text: str) -> str | None:
    """The city someone arrived in ("after arriving in Tokyo this afternoon") or is on a
    trip to ("started his visit programme to Lima, Peru"; not a past one: "his visit to
    Tokyo last year"), as printed."""
    trip = _trip_place(text)
    if trip is not None:
        return trip
    for match in _arrival().finditer(text):
        run = _RUN.match(text, match.end())
        if run is None:
            continue
        for found in _names_after_prepositions(text[match.start():run.end()] + " "):
            if found.local and not _opens_a_joint_name(
                    text, match.start() + found.start + len(found.surface)):
                return found.surface
    return None


def event_place(text: str) -> str | None:
    """The city of a gathering named in ``text`` ("remarks at a plenary session of the 30th
    Ministerial Meeting in Port Moresby"): where its participants are, and the meetings on
    its sidelines, even where the gathering itself is not reported as a meeting."""
    for found in _names_after_prepositions(text):
        before = text[:found.start]
        previous = before[:_STAYING.search(before).start()].split()[-1:] \
            if _STAYING.search(before) else []
        if found.local and previous and wordlists.is_head(
                previous[0], wordlists.words("body_heads.txt")):
            return found.surface
    return None


@cache
def _journey() -> re.Pattern[str]:
    """A word of setting out, where the place set out for starts. A verb of leaving "for"
    a place may name the place it leaves between ("will leave London for New York"): the
    place set out for is the one after "for"."""
    journeys = wordlists.journey_cues()
    cues = alternation(journeys)
    leaving = alternation(tuple(cue.removesuffix(" for") for cue in journeys
                                if cue.endswith(" for")))
    return re.compile(rf"\b(?:{cues}|(?:{leaving})\s+(?:the\s+)?{_RUN.pattern}\s+for)"
                      rf"\s+(?:the\s+)?(?={_WORD})")


@cache
def _purpose() -> re.Pattern[str]:
    verbs = alternation(words("meetings", "planned_verbs"))
    # "to co-chair the meeting"; "to inspect projects and hold a meeting": a verb of meeting
    # joined to the purpose
    return re.compile(rf"\bto\s+(?:[^.;]*?\band\s+)?(?:{verbs})\b")


def journey_place(text: str, purpose: bool = True) -> str | None:
    """The place someone sets out for to hold a meeting ("will depart for Guangzhou this
    afternoon to co-chair the meeting", "will visit Beijing to meet ..."), as printed: the
    destination, when a verb of meeting follows it in ``text`` (or any destination, without
    ``purpose``: "will visit Davos from tomorrow", where the meetings after it are held)."""
    for match in _journey().finditer(text):
        run = _RUN.match(text, match.end())
        if _next_stop().search(text[:match.end()]):
            continue  # "before leaving for Boston": the next stop
        if run is None or (purpose and _purpose().search(text, run.end()) is None):
            continue
        for found in _names_after_prepositions("in " + text[match.end():run.end()] + " "):
            if _opens_a_joint_name(text, match.end() + found.start - 3 + len(found.surface)):
                break  # "went to the Hong Kong and Macao Affairs Office"
            return found.surface
    return None


@cache
def _welcome() -> re.Pattern[str]:
    cues = alternation(wordlists.ordered("place_welcomes.txt"))
    return re.compile(rf"\b(?i:{cues})\b[^.;]{{0,{_WELCOME_REACH}}}")


# How far after a word of welcome the place may be named ("extended a warm welcome to the
# Vice Governor of X, Mr Y, for his visit and inspection of Hong Kong").
_WELCOME_REACH = 320
# "to Hong Kong"; "his visit to Hong Kong", "visit and inspection of Hong Kong", "for
# visiting Hong Kong"
_WELCOMED_TO = re.compile(rf"\b(?:visit(?:\s+and\s+\w+)?\s+(?:to|of)|visiting|to)\s+(?:the\s+)?"
                          rf"(?={_WORD})")


def welcome_place(text: str) -> str | None:
    """The place a visitor was welcomed to ("welcomed Mr X's visit to Hong Kong", "Welcoming
    the delegation to Hong Kong", "a warm welcome to X for his visit of Hong Kong"), as
    printed: the first place named after "to" (or after "visit of") in the reach of the word
    of welcome."""
    for match in _welcome().finditer(text):
        for to in _WELCOMED_TO.finditer(match.group(0)):
            start = match.start() + to.end()
            run = _RUN.match(text, start)
            if run is None:
                continue
            for found in _names_after_prepositions("in " + text[start:run.end()] + " "):
                return found.surface
    return None


_UNKNOWN_PLACE = re.compile(
    r"\b(?:in|to)\s+(?:the\s+)?(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})"
    r"(?=\s*(?:,|today|yesterday|tomorrow|this|on\s|\(|\.|$))")


def unknown_place_in(text: str) -> str | None:
    """A place-like name after "in"/"to" that no gazetteer knows: the meeting is then left
    unplaced rather than placed where an earlier sentence was."""
    topic = _TOPIC.search(text)
    if topic:
        text = text[:topic.start()]
    for match in _UNKNOWN_PLACE.finditer(text):
        if _not_before().search(text[:match.start()] + match.group(0).split()[0]):
            continue
        previous = text[:match.start()].split()[-1:]
        if previous and previous[0][:1].isupper() and previous[0][-1:].isalnum():
            continue  # part of a name: "the Chinese Embassy in Hungary"
        place = _lookup(match.group("name"))
        if place is None or gazetteer.is_district(place):
            return match.group("name")
    return None


@cache
def _title_cues() -> re.Pattern[str]:
    cues = wordlists.ordered("place_title_cues.txt")
    return re.compile(rf"\b(?:{'|'.join(re.escape(c) for c in cues)})", re.IGNORECASE)


def title_place(release: ParsedRelease) -> str | None:
    """A city the headline names ("... in Guangzhou", "Guangzhou visit"). A place only the
    world gazetteer knows counts when the headline is about a visit or a meeting ("a
    complex in Tsuen Wan" places no meeting)."""
    title = release.title_clean
    found = place_in(title)
    place = _lookup(found) if found else None
    if place is not None and (gazetteer.is_curated(place) or _title_cues().search(title)):
        return found
    for match in re.finditer(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:visit|trip)\b", title):
        place = _lookup(match.group(1))
        if place is not None and place.kind in _LOCAL:
            return match.group(1)
    return None


def opening_place(release: ParsedRelease) -> str | None:
    """Where the release's opening puts its meetings when a meeting's own sentence names no
    place: the headline's place, else a city its lead sentence names ("... has met trade
    ministers in Davos, Switzerland, to ...", "started his visit programme to Lima, Peru",
    "today (June 15, Washington time)")."""
    return title_place(release) or _lead_place(release)


def narrowest(place: str | None, other: str | None) -> str | None:
    """``place``, unless it is a country or province and ``other`` a city inside it: the
    city ("her first official visit to Australia" in a release about a day in Canberra)."""
    if place is None or other is None:
        return place or other
    outer, inner = _lookup(place), _lookup(other)
    return other if outer is not None and inner is not None and inside(inner, outer) \
        else place


def apart(place: str | None, other: str | None) -> bool:
    """Whether two places named are two cities, territories or provinces, neither in the
    other ("in Ho Chi Minh City" after "in Hanoi"): not one place in two forms, nor a city in
    its province, nor a country."""
    if place is None or other is None:
        return False
    one, two = _lookup(place), _lookup(other)
    return one is not None and two is not None and one.key != two.key \
        and one.kind in (*_LOCAL, "province") and two.kind in (*_LOCAL, "province") \
        and not inside(one, two) and not inside(two, one)


def inside(inner: gazetteer.WorldPlace, outer: gazetteer.WorldPlace) -> bool:
    """Whether ``inner`` is a city or territory within the country or province ``outer``."""
    if outer.kind in _LOCAL or inner.kind not in _LOCAL:
        return False
    if outer.kind == "province":
        return inner.within == outer.key
    return bool(inner.country) and inner.country == outer.country


def _lead_place(release: ParsedRelease) -> str | None:
    lead = next((block for block in release.blocks if block.kind == "paragraph"), None)
    if lead is None:
        return None
    first = sentences(release, lead.span)[:1]
    if not first:
        return None
    text = release.quote(first[0])
    topic = _TOPIC.search(text)
    text = text[:topic.start()] if topic else text
    # a city someone is "in"; "the export of chicken to Hong Kong" places no one
    staying = [name for name in _names_after_prepositions(text)
               if name.local and _STAYING.search(text, 0, name.start)]
    return staying[0].surface if staying else _trip_place(text) or _time_zone_place(text)


_STAYING = re.compile(r"\bin\s+(?:the\s+)?$")


@cache
def _restated() -> re.Pattern[str]:
    nouns = alternation(wordlists.ordered("place_restatements.txt"))
    return re.compile(rf"\bthe\s+(?:{nouns})\s+(?=in\s+(?:the\s+)?{_WORD})")


def _body_tail(body: str) -> str:
    """A pattern for a body's name as the text may name it again: whole, or by its last two
    words after a short form ("the 30th APEC Ministerial Meeting" for the Asia-Pacific
    Economic Cooperation Ministerial Meeting)."""
    words_of = body.split()
    whole = re.escape(body).replace(r"\ ", r"\s+")
    if len(words_of) < 3:
        return whole
    tail = r"\s+".join(re.escape(word) for word in words_of[-2:])
    return rf"(?:{whole}|[A-Z][\w&-]*[A-Z]\s+{tail})"


def restated_place(texts: list[str], place: str | None, body: str | None) -> str | None:
    """Where the sentences of a meeting's own text name it again in a city: "will co-chair
    the conference in Fuzhou" narrows "a delegation to Fujian" to its capital; "chaired the
    Hong Kong-Shenzhen Co-operation Meeting in Shenzhen" (the body's own name) places a
    meeting whose reported sentence names none. Else ``place`` as it was."""
    for text in texts:
        starts = [m.end() for m in _restated().finditer(text)]
        if body and place is None:
            starts += [m.end() for m in re.finditer(rf"\b{_body_tail(body)}\s+(?=in\s)", text)]
        for start in sorted(starts):
            found = _names_after_prepositions(text[start:])
            city = found[0].surface if found and found[0].start == 3 and found[0].local \
                else None
            if city is None:
                continue
            if place is None and body:
                return city
            if place is not None and narrowest(place, city) == city:
                return city
    return place
