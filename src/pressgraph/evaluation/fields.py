"""Field names, name normalising, the evaluation vocabulary, and the counts of a report."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta, timezone
from functools import cache
from importlib import resources as importlib_resources

from pressgraph.errors import ResourceError

# --------------------------------------------------------------------------- fields

MEETING = "meeting detected"
BODY = "body"
ORDINAL = "ordinal"
DATE = "date"
PLACE = "place"
STATUS = "status"
CHAIRS = "chairs with posts"
PARTICIPANTS = "participants with side"
AGENDA = "agenda items"
VISITS = "visits"
TITLE = "release title"
RELEASE_DATE = "release date"
RELEASE_TIME = "release time"
RELEASE_ID = "release ID"
LANGUAGE = "release language"
HANDLED = "input handled"

FIELDS: tuple[str, ...] = (
    MEETING, BODY, ORDINAL, DATE, PLACE, STATUS, CHAIRS, PARTICIPANTS, AGENDA, VISITS,
    TITLE, RELEASE_DATE, RELEASE_TIME, RELEASE_ID, LANGUAGE, HANDLED,
)

GROUPS: tuple[str, ...] = ("en", "zh", "html", "non-meeting", "awkward")
ALL = "all"

#: The competency queries the scorer asks, and the columns it reads from each.
QUERY_COLUMNS: dict[str, tuple[str, ...]] = {
    "meetings": ("meeting", "body", "bodyName", "ordinal", "date", "location",
                 "locationName", "release"),
    "participants": ("meeting", "agency", "agencyName", "acronym", "side"),
    "agenda": ("meeting", "position", "text"),
    "people": ("meeting", "person", "name", "post", "agencyName", "role"),
    "releases": ("release", "title", "issued", "language", "identifier"),
    "visits": ("meeting", "organisation", "organisationName", "date"),
}
#: Optional: where the meeting status comes from when meetings.rq has no ?status column.
STATUS_QUERY = "meeting-status"
#: Optional: every name of each person, so a chair named by another spelling of the same
#: person (an alternative label of the node) still matches.
NAMES_QUERY = "person-names"
#: Optional: every name of each place, so a place printed by another spelling ("Macau")
#: still matches its node ("Macao").
PLACE_NAMES_QUERY = "place-names"
#: Optional: every name of each standing body, so a body printed by another of its names
#: ("Hong Kong/Fujian …" for the registry's "Fujian/Hong Kong …") still matches its node.
BODY_NAMES_QUERY = "body-names"

_QUERY_FIELDS: dict[str, tuple[str, ...]] = {
    "meetings": (MEETING, BODY, ORDINAL, DATE, PLACE, STATUS),
    "participants": (PARTICIPANTS,),
    "agenda": (AGENDA,),
    "people": (CHAIRS,),
    "releases": (TITLE, RELEASE_DATE, RELEASE_TIME, RELEASE_ID, LANGUAGE),
    "visits": (VISITS,),
    NAMES_QUERY: (CHAIRS,),
    PLACE_NAMES_QUERY: (PLACE,),
    BODY_NAMES_QUERY: (BODY,),
}

HKT = timezone(timedelta(hours=8))
NONE_TEXT = "—"
VIDEO_TEXT = "(no place: video conference)"

# --------------------------------------------------------------------------- normalising

_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF),
               (0xF900, 0xFAFF), (0x20000, 0x2FFFF))


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _CJK_RANGES)


def normalise_name(text: str | None) -> str:
    """The form names are compared in: not fuzzy, only insensitive to spelling noise.

    NFKC (full-width forms), case, runs of whitespace, punctuation and symbols, a leading
    "the", "&" written for "and", and "/" or "-" between words. Letters, digits and
    diacritics are kept: "Szijjarto" is not "Szijjártó". Spaces between Chinese characters
    are dropped, so "深港 合作" equals "深港合作".
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    chars = []
    for ch in text:
        category = unicodedata.category(ch)
        chars.append(" " if category[0] in "PSZ" or ch.isspace() else ch)
    tokens = "".join(chars).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    if not tokens:
        return ""
    joined = tokens[0]
    for token in tokens[1:]:
        joined += token if _is_cjk(joined[-1]) and _is_cjk(token[0]) else " " + token
    return joined


def normalise_text(text: str | None) -> str:
    """Verbatim fields (titles): only Unicode composition and runs of whitespace."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def local_name(value: str) -> str:
    """The last segment of an IRI, or the value itself."""
    if "://" in value or value.startswith("urn:"):
        value = re.split(r"[#/:]", value.rstrip("/#"))[-1]
    return value


def normalise_code(value: str | None) -> str:
    """Controlled values (sides, roles, statuses): letters and digits of the local name."""
    if not value:
        return ""
    return "".join(ch for ch in unicodedata.normalize("NFKC", local_name(value)).casefold()
                   if ch.isalnum())


def split_posts(post: str | None, separators: Sequence[str]) -> frozenset[str]:
    """A post field as a set of normalised posts ("A; B" holds two posts)."""
    if not post:
        return frozenset()
    parts = [post]
    for separator in separators:
        parts = [piece for part in parts for piece in part.split(separator)]
    return frozenset(n for n in (normalise_name(p) for p in parts) if n)


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Vocabulary:
    chair_roles: frozenset[str]
    held_statuses: frozenset[str]
    post_separators: tuple[str, ...]
    side_synonyms: Mapping[str, str] = field(default_factory=dict)

    def side(self, value: str | None) -> str:
        """A side as a normalised code, other spellings mapped to the gold's five."""
        code = normalise_code(value)
        return normalise_code(self.side_synonyms.get(code, code))


def _data_text(name: str) -> str:
    entry = importlib_resources.files("pressgraph").joinpath("data", name)
    if not entry.is_file():
        raise ResourceError(f"pressgraph/data/{name} is missing from this installation")
    return entry.read_text(encoding="utf-8")


@cache
def vocabulary() -> Vocabulary:
    try:
        data = json.loads(_data_text("evaluation-vocabulary.json"))
        return Vocabulary(
            chair_roles=frozenset(normalise_code(r) for r in data["chair_roles"]),
            held_statuses=frozenset(normalise_code(s) for s in data["held_statuses"]),
            post_separators=tuple(data["post_separators"]),
            side_synonyms={normalise_code(k): v for k, v in data.get("side_synonyms", {}).items()},
        )
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ResourceError(f"pressgraph/data/evaluation-vocabulary.json is broken: {exc}") from exc


# --------------------------------------------------------------------------- counting


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        """1.0 when nothing was claimed: nothing wrong was said."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """1.0 when nothing was expected: nothing was missed."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Miss:
    file: str
    field: str
    meeting: str  # "" for release-level fields; "m2" is the second gold meeting
    expected: str
    got: str

    def as_dict(self) -> dict[str, str]:
        return {"file": self.file, "field": self.field, "meeting": self.meeting,
                "expected": self.expected, "got": self.got}


@dataclass
class FileResult:
    file: str
    group: str
    outcome: str  # "release", "error", "crash", "not conforming"
    message: str = ""
    counts: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    misses: list[Miss] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Other ways to group this input (language, form, kind, split...), for a records set.
    facets: dict[str, str] = field(default_factory=dict)
    #: Meetings the system claimed (held or planned), for the invented-meeting rate.
    claimed_meetings: int = 0

    def tally(self, name: str, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        counts = self.counts[name]
        counts.tp += tp
        counts.fp += fp
        counts.fn += fn

    def miss(self, name: str, meeting: str, expected: str, got: str) -> None:
        self.misses.append(Miss(self.file, name, meeting, expected, got))


@dataclass
class Report:
    files: list[FileResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def groups_present(self) -> list[str]:
        present = {f.group for f in self.files}
        return [g for g in GROUPS if g in present]

    def totals(self, group: str = ALL) -> dict[str, Counts]:
        return self._sum(r for r in self.files if group in (ALL, r.group))

    def facet_names(self) -> list[str]:
        """The facets every input of this report has, in the order the first one gives."""
        if not self.files:
            return []
        return [name for name in self.files[0].facets
                if all(name in r.facets for r in self.files)]

    def facet_values(self, facet: str) -> list[str]:
        return sorted({r.facets[facet] for r in self.files if facet in r.facets})

    def facet_totals(self, facet: str, value: str) -> dict[str, Counts]:
        return self._sum(r for r in self.files if r.facets.get(facet) == value)

    def invented_meetings(self) -> tuple[int, int]:
        """(inputs with no gold meeting where a meeting was claimed, inputs with no gold
        meeting that gave a release)."""
        empty = [r for r in self.files if r.group == "non-meeting" and r.outcome == "release"]
        return sum(1 for r in empty if r.claimed_meetings), len(empty)

    def meetings_found_per_input(self) -> tuple[int, int, int]:
        """(inputs with gold meetings whose every meeting was found, those where none was,
        all inputs with gold meetings): how the detection misses are spread, since one
        release listing a dozen calls can hold a third of a split's misses."""
        with_gold = [r for r in self.files if r.group != "non-meeting"
                     and r.counts["meeting detected"].tp + r.counts["meeting detected"].fn]
        every = sum(1 for r in with_gold if r.counts["meeting detected"].fn == 0)
        none = sum(1 for r in with_gold if r.counts["meeting detected"].tp == 0)
        return every, none, len(with_gold)

    @staticmethod
    def _sum(results: Iterable[FileResult]) -> dict[str, Counts]:
        totals = {f: Counts() for f in FIELDS}
        for result in results:
            for name, counts in result.counts.items():
                totals[name].add(counts)
        return totals

    @property
    def misses(self) -> list[Miss]:
        return [m for f in self.files for m in f.misses]
