"""The one place where IRIs are minted.

IRIs are built from natural keys (release IDs, body slugs, ordinals, dates), never from
raw text: every piece of text passes through :func:`slug`, which yields lowercase ASCII
letters, digits and hyphens only, so nothing a release says can break an IRI.

Things are keyed on language-independent facts so that the English and the Chinese, and
the text and the HTML, of one release name one node: registry keys first; a meeting of a
standing body by body, session and ordinal or date; any other meeting by its date, place,
ordinal and its parties' registry keys, or, when those do not tell it from another
meeting, by a key scoped to its release (``resolve.meetings.meeting_key``; ontology/README.md,
"Meeting identity"). Names the registry does not know are slugged as printed, a Chinese
name in one script (``resolve.context.name_slug``).

Layout under the base (``--base``, default :data:`DEFAULT_BASE`), following the
``/id/`` (things) and ``/graph/`` (named graphs) pattern of the UK and EU URI guidelines::

    {base}id/release/{release-id}/{lang}            the release (one per ID and language)
    {release}/rendition/{digest}                     one input it was read from (text, HTML)
    {release}/rendition/{digest}/span/{s}-{e}        an evidence span in that input's text
    {release}/mention/{thing-key}                    the release's wording about a thing
    {release}/mention/{meeting-key}/agenda/{n}       an agenda item as the release lists it
    {release}/mention/{meeting-key}/visit/{n}  .../outcome/{n}   a visit / an outcome
    {release}/membership/{n}                         a post held, as the release dates it
    {release}/statement/{n}                          a statement quoted in a release
    {base}id/meeting/{body}/{session?}/{ordinal}     a meeting of a standing body
    {base}id/meeting/{body}/{session?}/{date}        ... when it has no ordinal
    {base}id/meeting/ad-hoc/{date}/{digest}          a meeting no registry body keys, by the
                                                     digest of its language-independent facts
    {base}id/meeting/ad-hoc/release-{id}/{date}-{digest}   ... when they do not suffice: scoped
                                                     to the release ({date} may be "undated")
    {base}id/meeting/.../participation/{role}/{participant-key}   a participation
    {base}id/document/{slug}                         a document (plan, report, agreement)
    {base}id/day/{yyyy-mm-dd}                        a calendar day (time:Instant)
    {base}id/instant/{yyyy}  id/instant/{yyyy-mm}    an instant known to the year or month
    {base}id/change/{date}-{name}                    a registry org:ChangeEvent
    {base}id/change-kind/{kind}  id/change-kind      kinds of change (SKOS concepts, scheme)
    {base}id/source/{key}                            a source the registry cites
    {node}/quote  {node}/position  {node}/during     parts of a span / a membership
    {base}id/org/{slug}  id/body/{slug}  id/series/{slug}  id/post/{org}/{slug}
    {base}id/person/{slug}  id/place/{slug}  id/area/{slug}
    {base}id/person/release/{release-id}/{slug}     a person the release names by surname
                                                     alone: scoped to it (ID in lower case)
    {base}graph/release/{release-id}/{lang}          the named graph of one release
    {base}graph/registry                             shared registry nodes
    {base}id/run/{digest}                            the software and rule versions of a run
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from pressgraph.errors import UsageError

DEFAULT_BASE = "https://w3id.org/pressgraph/"
ONTOLOGY_NAMESPACE = "https://w3id.org/pressgraph/def#"
#: The ontology's own IRI, also the name of the graph a store holds it in.
ONTOLOGY_IRI = ONTOLOGY_NAMESPACE.rstrip("#")

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_KEY_SEGMENT = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
#: An info.gov.hk release ID (P, the date, then 4 digits in older releases or 5 in newer ones)
#: or the digest of a release without one; ASCII digits only, as in the shapes.
_RELEASE_ID = re.compile(r"^(?:P[0-9]{12,13}|sha256-[0-9a-f]{16})$")
_MAX_SLUG = 80
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PARTIAL_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2]))?$")
#: How many checked keys a :class:`Minter` remembers (the registry's things recur in release
#: after release; a key is checked once while it is remembered).
_MAX_REMEMBERED_KEYS = 1 << 15

# Characters that NFKD does not decompose into ASCII but that have an obvious spelling.
_TRANSLITERATION = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l",
     "Ł": "l", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d", "&": " and "}
)


def digest(text: str, length: int = 12) -> str:
    """A short, stable hex digest of ``text`` (SHA-256, NFC-normalised first)."""
    normalised = unicodedata.normalize("NFC", text)
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:length]


def slug(text: str) -> str:
    """A readable, stable slug: NFC, ASCII-folded, lowercase, hyphen-separated.

    Text with no Latin letters or digits at all (a Chinese name) gets ``u-`` plus a digest
    of its NFC form, so the same name always gives the same slug. Long slugs are cut and
    suffixed with a digest so that two long names never collide.

    >>> slug("Hong Kong/Guangdong Expert Group on Co-operation in Informatisation")
    'hong-kong-guangdong-expert-group-on-co-operation-in-informatisation'
    >>> slug("Szijjártó")
    'szijjarto'
    >>> slug("I&T")
    'i-and-t'
    """
    normalised = unicodedata.normalize("NFC", text).translate(_TRANSLITERATION)
    folded = unicodedata.normalize("NFKD", normalised).encode("ascii", "ignore").decode("ascii")
    result = _NON_SLUG.sub("-", folded.lower()).strip("-")
    if not result or _has_unfolded_letters(normalised, folded):
        if not result:
            return f"u-{digest(normalised)}"
        return f"{result[:40].strip('-')}-{digest(normalised, 8)}"
    if len(result) > _MAX_SLUG:
        result = f"{result[: _MAX_SLUG - 9].strip('-')}-{digest(normalised, 8)}"
    return result


def _has_unfolded_letters(original: str, folded: str) -> bool:
    """True when letters were lost in ASCII folding (CJK text mixed with Latin)."""
    letters = sum(1 for ch in original if ch.isalnum())
    kept = sum(1 for ch in folded if ch.isalnum())
    return kept < letters and any(not _is_latin_or_digit(ch) for ch in original if ch.isalnum())


def _is_latin_or_digit(ch: str) -> bool:
    if ch.isascii():
        return True
    name = unicodedata.name(ch, "")
    return name.startswith("LATIN") or "DIGIT" in name


def key(*segments: str | int) -> str:
    """Join already-safe segments into a natural key, checking each one."""
    parts = [str(s) for s in segments]
    for part in parts:
        if not _KEY_SEGMENT.match(part):
            raise ValueError(f"unsafe key segment {part!r}")
    return "/".join(parts)


def key_from_names(kind: str, *names: str) -> str:
    """A natural key ``kind/slug(name)/...`` for names of free text."""
    return key(kind, *(slug(n) for n in names))


def release_scoped_key(kind: str, release_key: str, name_segment: str) -> str:
    """The key of a thing known only within one release, ``kind/release/<release>/<name>``
    (a person the release names by surname alone): the release is part of the key, so the
    same surname in two releases is never one node."""
    return key(kind, "release", _release_segment(release_key).lower(), name_segment)


def check_base(base: str) -> str:
    """Validate a user-supplied base IRI and make it end with ``/``."""
    if not re.match(r"^https?://[A-Za-z0-9.-]+(?::\d+)?(?:/[A-Za-z0-9._~/-]*)?$", base):
        raise UsageError(
            f"--base {base!r} is not an http(s) IRI made of letters, digits and '-._~/'"
        )
    return base if base.endswith("/") else base + "/"


class Minter:
    """Mints every IRI of a graph from natural keys under one base."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = check_base(base)
        self._things: dict[str, str] = {}  # checked keys and their IRIs

    def thing(self, natural_key: str) -> str:
        """IRI of a real-world thing from its natural key (``org/...``, ``meeting/...``)."""
        iri = self._things.get(natural_key)
        if iri is not None:
            return iri
        for part in natural_key.split("/"):
            if not _KEY_SEGMENT.match(part):
                raise ValueError(f"unsafe key {natural_key!r}")
        iri = f"{self.base}id/{natural_key}"
        if len(self._things) >= _MAX_REMEMBERED_KEYS:
            self._things.clear()
        self._things[natural_key] = iri
        return iri

    def release(self, release_key: str, language: str) -> str:
        return f"{self.base}id/release/{_release_segment(release_key)}/{_lang(language)}"

    def release_graph(self, release_key: str, language: str) -> str:
        return f"{self.base}graph/release/{_release_segment(release_key)}/{_lang(language)}"

    def registry_graph(self) -> str:
        return f"{self.base}graph/registry"

    def rendition(self, release_iri: str, content_sha256: str,
                  source_url: str | None = None) -> str:
        """One input a release was read from, named by the digest of its bytes and, when
        it has one, the URL it was read from: the text and the HTML of one release are two
        renditions of one release node, and so are the same bytes fetched from two
        addresses (each rendition has one URL). The same bytes from the same URL (or with
        no URL) are always the same rendition."""
        if not _SHA256.match(content_sha256):
            raise ValueError(f"not a SHA-256 digest: {content_sha256!r}")
        if not source_url:
            return f"{release_iri}/rendition/{content_sha256[:12]}"
        keyed = hashlib.sha256(f"{content_sha256}\n{source_url}".encode()).hexdigest()
        return f"{release_iri}/rendition/{keyed[:12]}"

    def span(self, source_iri: str, start: int, end: int) -> str:
        """A span of the text of ``source_iri`` (a rendition)."""
        return f"{source_iri}/span/{int(start)}-{int(end)}"

    def mention(self, release_iri: str, thing_key: str) -> str:
        """The release's own wording about a shared thing (``{release}/mention/{key}``)."""
        self.thing(thing_key)  # checks the key
        return f"{release_iri}/mention/{thing_key}"

    def agenda_item(self, report_iri: str, position: int) -> str:
        """An agenda item as one release lists it, under the release's mention of the meeting."""
        return f"{report_iri}/agenda/{_positive(position)}"

    def participation(self, meeting_key: str, role: str, participant_key: str) -> str:
        """One participant in one role at one meeting (the participant's key as a path)."""
        self.thing(participant_key)  # checks the key
        return f"{self.thing(meeting_key)}/participation/{key(role)}/{participant_key}"

    def visit(self, report_iri: str, number: int) -> str:
        return f"{report_iri}/visit/{_positive(number)}"

    def outcome(self, report_iri: str, number: int) -> str:
        return f"{report_iri}/outcome/{_positive(number)}"

    def statement(self, release_iri: str, number: int) -> str:
        return f"{release_iri}/statement/{_positive(number)}"

    def document(self, title: str) -> str:
        """A document named in a release: slugged title (the same title, the same IRI)."""
        return f"{self.base}id/document/{slug(title)}"

    def membership(self, release_iri: str, number: int) -> str:
        """A post held, as one release reports it (numbered in the release's order)."""
        return f"{release_iri}/membership/{_positive(number)}"

    def day(self, on: date) -> str:
        return f"{self.base}id/day/{on.isoformat()}"

    def instant(self, when: str) -> str:
        """A time:Instant known to the day (the same IRI as :meth:`day`), month or year:
        ``2024-07-01``, ``2018-04`` or ``2018``."""
        if _FULL_DATE.match(when):
            return self.day(date.fromisoformat(when))
        if not _PARTIAL_DATE.match(when):
            raise ValueError(f"not an ISO date, year-month or year: {when!r}")
        return f"{self.base}id/instant/{when}"

    def change_event(self, change_key: str) -> str:
        """A registry change event (``change/<date>-<name>``)."""
        if not change_key.startswith("change/"):
            raise ValueError(f"not a change key: {change_key!r}")
        return self.thing(change_key)

    def change_kind(self, kind: str | None = None) -> str:
        """A kind of change (renamed, merged...), or the scheme of them when ``kind`` is None."""
        return self.thing(key("change-kind", slug(kind))) if kind else self.thing("change-kind")

    def source(self, source_key: str) -> str:
        """A source the registry cites (a row of sources.csv)."""
        return self.thing(key("source", source_key))

    def run(self, versions: Iterable[tuple[str, str]]) -> str:
        text = ";".join(f"{k}={v}" for k, v in sorted(versions))
        return f"{self.base}id/run/{digest(text)}"


def _release_segment(release_key: str) -> str:
    if not _RELEASE_ID.match(release_key):
        raise ValueError(f"unsafe release key {release_key!r}")
    return release_key


def _positive(number: int) -> int:
    if int(number) < 1:
        raise ValueError(f"numbers in IRIs start at 1, not {number}")
    return int(number)


def _lang(language: str) -> str:
    return slug(language)
