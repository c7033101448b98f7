"""The registry's entries as plain frozen records: organisations, bodies, posts, changes,
places, roles, sessions, people with their tenures, and sources."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

Labels = tuple[tuple[str, str], ...]


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


def _on_or_before(bound: str | None, day: date, *, start: bool) -> bool:
    """Compare a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) with a day."""
    if not bound:
        return True
    text = day.isoformat()[: len(bound)]
    return bound <= text if start else text <= bound
