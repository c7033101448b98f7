"""The plain data that travels between the pipeline's stages.

Every class is a frozen dataclass of plain Python values: no RDF terms, no IRIs.
Offsets (``Span``) are Unicode code points over ``ParsedRelease.text``, the normalised
plain text whose SHA-256 is published with the graph, so that any fact can be traced
back to the words it came from.

Stage by stage::

    reader.read_*      -> SourceText
    parse.parse        -> ParsedRelease
    extract.extract    -> Extraction
    resolve.resolve    -> ResolvedRelease
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Literal

Language = Literal["en", "zh-Hant", "zh-Hans"]
MediaType = Literal["text/plain", "text/html"]
Side = Literal["HKSAR", "Mainland", "Macao", "overseas", "non-government"]
MeetingMode = Literal["in person", "video conference"]
MeetingStatus = Literal["held", "planned"]


@dataclass(frozen=True, order=True)
class Span:
    """Half-open range ``[start, end)`` of code points in ``ParsedRelease.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}..{self.end}")


# --------------------------------------------------------------------------- reader


@dataclass(frozen=True)
class SourceText:
    """A release's bytes decoded to text, before any structure is recognised."""

    source: str  # file path, "<stdin>", or "archive.zip!member" (for messages and provenance)
    text: str  # decoded; BOM removed; otherwise as in the file
    media_type: MediaType
    encoding: str  # the encoding used to decode, e.g. "utf-8", "big5"
    content_sha256: str  # of the raw bytes
    source_url: str | None = None
    declared_language: Language | None = None  # from a manifest, when given
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------------- parse

BlockKind = Literal["paragraph", "list_item", "heading"]


@dataclass(frozen=True)
class Block:
    """One paragraph, list item or sub-heading of the body, in reading order."""

    kind: BlockKind
    text: str  # without the list marker or indentation
    span: Span  # of ``text`` within ParsedRelease.text
    marker: str | None = None  # list marker as printed: "1.", "(a)", "(i)", "*", "-", "＊"
    list_index: int | None = None  # which list of the release (0, 1, ...) for list items
    position: int | None = None  # 1-based position of the item within its list


@dataclass(frozen=True)
class ParsedRelease:
    """A release's structure: title, body blocks, dateline, identity."""

    source: str
    text: str  # normalised plain text (NFC, LF line ends); every Span refers to it
    text_sha256: str
    language: Language
    title: str  # as published, media suffix included; "" when the text has no headline
    title_clean: str  # without the media suffix
    title_flags: tuple[str, ...]  # normalised media suffixes, e.g. ("with photos",)
    title_span: Span
    blocks: tuple[Block, ...]
    release_date: date | None
    release_date_source: Literal["dateline", "top", "url"] | None  # top: printed above the body
    issued: datetime | None  # timezone-aware (+08:00); None unless date and time are both known
    issued_time: time | None  # the "Issued at HKT" time, kept even when the date is invalid
    release_id: str | None  # e.g. "P2024100900401"
    release_id_source: Literal["url", "filename"] | None
    source_url: str | None
    content_sha256: str
    media_type: MediaType = "text/plain"
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]


# --------------------------------------------------------------------------- extract


@dataclass(frozen=True)
class OrganisationMention:
    """An organisation as a release names it (canonical name resolved later)."""

    name: str  # the fullest name the release gives, e.g. "Digital Policy Office"
    span: Span  # of the first mention
    acronym: str | None = None  # defined in the text, e.g. "DPO"
    side: Side | None = None
    mentions: tuple[str, ...] = ()  # every surface form used, verbatim
    # Which readings of the text found it as a participant ("own sentence", "post", ...):
    # for measuring each reading's precision; not part of the mention's identity, not mapped.
    readings: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class PostMention:
    """A post such as "Commissioner for Digital Policy", with the organisation it is in."""

    title: str
    span: Span
    organisation: OrganisationMention | None = None
    # The post as the release prints it, where the title (what the registry is asked, and
    # what tells two posts apart) reads it otherwise: a short form the release defines in
    # brackets inside it ("... of the People's Republic of China (PRC) to ..."), or one it
    # prints instead of the organisation's name (``國資委副主任``). Not part of the identity.
    printed: str | None = field(default=None, compare=False)

    @property
    def wording(self) -> str:
        """The post as printed."""
        return self.printed or self.title


@dataclass(frozen=True)
class PersonMention:
    name: str | None  # without honorific; None when only the post is given
    span: Span
    honorific: str | None = None  # as printed: "Mr", "Ms", "Dr", "Professor", "教授"
    posts: tuple[PostMention, ...] = ()


RoleName = Literal["chair", "co-chair", "convenor", "host", "principal", "attendee"]


@dataclass(frozen=True)
class RoleInMeeting:
    person: PersonMention
    role: RoleName
    # Which reading of the text gave the role ("call subject", "fallback", ...): for
    # measuring each reading's precision; not part of the role's identity, not mapped.
    reading: str = field(default="", compare=False)


@dataclass(frozen=True)
class AgendaItem:
    position: int  # 1-based, in the order of the release
    text: str  # verbatim, without marker and trailing "; and" / "."
    span: Span


@dataclass(frozen=True)
class Visit:
    organisation: str  # as written
    span: Span
    date: date | None = None
    arranged_by: OrganisationMention | None = None


@dataclass(frozen=True)
class Outcome:
    """A result of a meeting: an agreement signed, a plan endorsed, funding approved."""

    text: str  # short summary or verbatim clause
    span: Span
    document: str | None = None  # the document signed, when named
    parties: tuple[OrganisationMention, ...] = ()


@dataclass(frozen=True)
class DocumentMention:
    title: str  # as written, without 《》 or quotes
    span: Span


@dataclass(frozen=True)
class Statement:
    """Something a person is reported to have said (quoted or reported speech)."""

    text: str
    span: Span
    speaker: PersonMention | None = None


@dataclass(frozen=True)
class Meeting:
    """A meeting the release reports (held) or announces (planned)."""

    span: Span  # the sentence that reports the meeting
    status: MeetingStatus = "held"
    body: str | None = None  # the standing body or series; None for ad hoc meetings
    body_span: Span | None = None
    session: str | None = None  # "Plenary", "Working Meeting", "fifth term", "2023"
    ordinal: int | None = None
    date: date | None = None
    date_text: str | None = None  # the phrase the date came from, e.g. "today (October 9)"
    location: str | None = None  # city or territory; None for video conferences
    venue: str | None = None
    mode: MeetingMode = "in person"
    kind: str | None = None  # "standing body meeting", "bilateral meeting", "courtesy call", ...
    purpose: str | None = None
    roles: tuple[RoleInMeeting, ...] = ()
    participants: tuple[OrganisationMention, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    visits: tuple[Visit, ...] = ()
    outcomes: tuple[Outcome, ...] = ()


@dataclass(frozen=True)
class AcronymDefinition:
    short: str  # "DPO", "the Committee"
    expansion: str  # "Digital Policy Office"
    span: Span  # of the bracketed definition


@dataclass(frozen=True)
class Extraction:
    """Everything the rules found in one release."""

    release: ParsedRelease
    meetings: tuple[Meeting, ...] = ()
    people: tuple[PersonMention, ...] = ()
    acronyms: tuple[AcronymDefinition, ...] = ()
    documents: tuple[DocumentMention, ...] = ()
    statements: tuple[Statement, ...] = ()
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------------- resolve

RefKind = Literal["org", "body", "series", "post", "person", "place", "concept"]


@dataclass(frozen=True)
class Ref:
    """A real-world thing an extracted mention resolved to, by natural key.

    ``key`` is a path of lowercase ASCII slugs (``org/hk/digital-policy-office``); the
    ``iri`` module turns it into an IRI. Two mentions of the same thing, in any release
    or language, resolve to the same key.
    """

    kind: RefKind
    key: str
    # (language tag, label), e.g. (("en", "..."), ("zh-Hant", "..."))
    labels: tuple[tuple[str, str], ...]
    from_registry: bool
    alt_labels: tuple[tuple[str, str], ...] = ()
    acronyms: tuple[str, ...] = ()
    parent: Ref | None = None  # for a post: the organisation (or body) it is in, when known


@dataclass(frozen=True)
class ResolvedMeeting:
    meeting: Meeting
    key: str  # natural key of the meeting, e.g. "meeting/hk-gd-expert-group-informatisation/19"
    body: Ref | None = None
    series: Ref | None = None
    place: Ref | None = None


@dataclass(frozen=True)
class ResolvedRelease:
    """An extraction with every mention bound to a natural key."""

    extraction: Extraction
    release_key: str  # "P2024100900401" or "sha256-<16 hex>" of the normalised text
    meetings: tuple[ResolvedMeeting, ...] = ()
    # Lookup tables from a mention's surface name to its Ref, one per kind.
    organisations: tuple[tuple[str, Ref], ...] = ()
    people: tuple[tuple[str, Ref], ...] = ()
    posts: tuple[tuple[str, Ref], ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def release(self) -> ParsedRelease:
        return self.extraction.release

    def organisation(self, name: str) -> Ref | None:
        return dict(self.organisations).get(name)

    def person(self, name: str) -> Ref | None:
        return dict(self.people).get(name)

    def post(self, title: str) -> Ref | None:
        return dict(self.posts).get(title)
