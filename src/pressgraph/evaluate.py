"""Score the pipeline against gold facts: per field precision, recall and F1, and the misses.

For each input the pipeline runs as ``export`` would (no file written), the release graph is
loaded into an in-memory Oxigraph store, and the shipped competency queries
(``queries/*.rq``) are asked of it. Their rows are the system's answer; the gold JSON
(``tests/fixtures/corpus/README.md`` describes it) is the expected one. So the score
measures what a user of the graph can actually get out of it, through the same queries.

The steps:

1. group query rows by meeting (:func:`build_system`);
2. pair system meetings with gold meetings of the same release, one to one, maximising
   a similarity of date, body, place, chairs, participants, agenda and visits
   (:func:`align_meetings`);
3. count true positives, false positives and false negatives per field
   (:func:`score_release`), noting every miss;
4. sum the counts over the corpus and per group of inputs (:class:`Report`), and compare
   the F1 scores with the targets in ``data/evaluation-targets.json``.

Names are compared after :func:`normalise_name` (case, whitespace, punctuation, a leading
"the", "&" = "and", "/" and "-" = space); nothing is fuzzy. A field the graph cannot
express yet, or a query that is not shipped, scores its gold facts as misses.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from pressgraph import resources
from pressgraph.errors import PressgraphError, QueryError, ResourceError, UsageError

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

_QUERY_FIELDS: dict[str, tuple[str, ...]] = {
    "meetings": (MEETING, BODY, ORDINAL, DATE, PLACE, STATUS),
    "participants": (PARTICIPANTS,),
    "agenda": (AGENDA,),
    "people": (CHAIRS,),
    "releases": (TITLE, RELEASE_DATE, RELEASE_TIME, RELEASE_ID, LANGUAGE),
    "visits": (VISITS,),
    NAMES_QUERY: (CHAIRS,),
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


# --------------------------------------------------------------------------- system side

Rows = list[dict[str, str]]


@dataclass(frozen=True)
class SystemChair:
    names: frozenset[str]  # normalised
    posts: frozenset[str]  # normalised, split
    label: str


@dataclass(frozen=True)
class SystemParticipant:
    names: frozenset[str]  # normalised agency names and acronym
    sides: frozenset[str]  # normalised codes
    label: str


@dataclass(frozen=True)
class SystemAgendaItem:
    position: int | None
    text: str  # normalised
    label: str


@dataclass(frozen=True)
class SystemVisit:
    names: frozenset[str]
    dates: frozenset[str]
    label: str


@dataclass
class SystemMeeting:
    iri: str
    body_names: set[str] = field(default_factory=set)  # raw labels
    ordinals: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)  # normalised codes
    chairs: list[SystemChair] = field(default_factory=list)
    participants: list[SystemParticipant] = field(default_factory=list)
    agenda: list[SystemAgendaItem] = field(default_factory=list)
    visits: list[SystemVisit] = field(default_factory=list)

    def held(self, vocab: Vocabulary) -> bool:
        """A meeting counts as reported held unless its status says otherwise."""
        return not self.statuses or bool(self.statuses & vocab.held_statuses)

    def describe(self) -> str:
        parts = [_first(self.dates) or "no date", _first(self.body_names) or "no body",
                 _first(self.places) or "no place"]
        return "; ".join(parts)


@dataclass
class SystemRelease:
    """What the queries say about one release. ``None`` rows: the query is unavailable."""

    meetings: list[SystemMeeting]
    releases: Rows | None
    unavailable: frozenset[str] = frozenset()  # query names
    status_available: bool = True


def _first(values: Iterable[str]) -> str:
    ordered = sorted(v for v in values if v)
    return ordered[0] if ordered else ""


def _date_part(value: str | None) -> str | None:
    if not value:
        return None
    match = re.match(r"\d{4}-\d{2}-\d{2}", value)
    return match.group(0) if match else value


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def build_system(rows: Mapping[str, Rows | None], release_iri: str | None = None,
                 vocab: Vocabulary | None = None,
                 columns: Mapping[str, Sequence[str]] | None = None) -> SystemRelease:
    """Group the competency queries' rows by meeting.

    ``rows`` maps a query name (``meetings``, ``participants``...) to its result records,
    or to ``None`` when the query is not shipped. Only meetings that ``meetings.rq`` returns
    exist for the scorer; a meeting linked to another release is left out.
    """
    vocab = vocab or vocabulary()
    meetings: dict[str, SystemMeeting] = {}
    meeting_rows = rows.get("meetings") or []
    status_rows = rows.get(STATUS_QUERY)
    if columns is not None:
        status_in_meetings = "status" in columns.get("meetings", ())
    else:
        status_in_meetings = any("status" in r for r in meeting_rows)
    for row in meeting_rows:
        iri = row.get("meeting")
        if not iri:
            continue
        if release_iri and row.get("release") and row["release"] != release_iri:
            continue
        meeting = meetings.setdefault(iri, SystemMeeting(iri))
        _add(meeting.body_names, row.get("bodyName"))
        _add(meeting.ordinals, row.get("ordinal"))
        _add(meeting.dates, _date_part(row.get("date")))
        _add(meeting.places, row.get("locationName"))
        _add(meeting.statuses, normalise_code(row.get("status")))
    for row in status_rows or []:
        if row.get("meeting") in meetings:
            _add(meetings[row["meeting"]].statuses, normalise_code(row.get("status")))
    _attach_chairs(meetings, rows.get("people") or [], vocab,
                   _names_by_person(rows.get(NAMES_QUERY) or []))
    _attach_participants(meetings, rows.get("participants") or [], vocab)
    _attach_agenda(meetings, rows.get("agenda") or [])
    _attach_visits(meetings, rows.get("visits") or [])
    unavailable = frozenset(name for name in QUERY_COLUMNS if rows.get(name) is None)
    return SystemRelease(
        meetings=[meetings[k] for k in sorted(meetings)],
        releases=rows.get("releases"),
        unavailable=unavailable,
        status_available=status_in_meetings or status_rows is not None,
    )


def _add(target: set[str], value: str | None) -> None:
    if value:
        target.add(value)


def _grouped(rows: Rows, key_columns: Sequence[str],
             label_column: str) -> dict[tuple[str, str], Rows]:
    """Rows per (meeting, entity); the entity is its IRI, or its label when unbound."""
    groups: dict[tuple[str, str], Rows] = defaultdict(list)
    for row in rows:
        meeting = row.get("meeting")
        if not meeting:
            continue
        entity = next((row[c] for c in key_columns if row.get(c)), None)
        entity = entity or row.get(label_column) or ""
        groups[(meeting, entity)].append(row)
    return groups


def _names_by_person(rows: Rows) -> dict[str, frozenset[str]]:
    """Every normalised name of each person node (person-names.rq)."""
    names: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.get("person") and normalise_name(row.get("name")):
            names[row["person"]].add(normalise_name(row.get("name")))
    return {person: frozenset(found) for person, found in names.items()}


def _attach_chairs(meetings: dict[str, SystemMeeting], rows: Rows, vocab: Vocabulary,
                   names_by_person: dict[str, frozenset[str]] | None = None) -> None:
    names_by_person = names_by_person or {}
    for (iri, person), group in sorted(_grouped(rows, ("person",), "name").items()):
        if iri not in meetings:
            continue
        roles = {normalise_code(r.get("role")) for r in group}
        if not roles & vocab.chair_roles:
            continue
        names = frozenset(n for n in (normalise_name(r.get("name")) for r in group) if n)
        names |= names_by_person.get(person, frozenset())
        posts = frozenset(p for r in group
                          for p in split_posts(r.get("post"), vocab.post_separators))
        raw_names = sorted({r["name"] for r in group if r.get("name")})
        raw_posts = sorted({r["post"] for r in group if r.get("post")})
        label = f"{' / '.join(raw_names) or '(no name)'}, {'; '.join(raw_posts) or '(no post)'}"
        meetings[iri].chairs.append(SystemChair(names, posts, label))


def _attach_participants(meetings: dict[str, SystemMeeting], rows: Rows,
                         vocab: Vocabulary) -> None:
    for (iri, _agency), group in sorted(_grouped(rows, ("agency",), "agencyName").items()):
        if iri not in meetings:
            continue
        raw_names = sorted({r[c] for r in group for c in ("agencyName", "acronym") if r.get(c)})
        # the release's own wording (an optional ?mention column) names the agency too
        worded = {r["mention"] for r in group if r.get("mention")} - set(raw_names)
        names = frozenset(normalise_name(n) for n in (*raw_names, *sorted(worded))
                          if normalise_name(n))
        raw_sides = sorted({r["side"] for r in group if r.get("side")})
        sides = frozenset(vocab.side(s) for s in raw_sides)
        side_text = ", ".join(local_name(s) for s in raw_sides) or "no side"
        label = f"{' / '.join(raw_names) or '(no name)'} [{side_text}]"
        if worded:
            label += f" ({' / '.join(sorted(worded))})"
        meetings[iri].participants.append(SystemParticipant(names, sides, label))


def _attach_agenda(meetings: dict[str, SystemMeeting], rows: Rows) -> None:
    seen: set[tuple[str, str | None, str]] = set()

    def order(row: dict[str, str]) -> tuple[str, int, str]:
        return (row.get("meeting", ""), _int_or_none(row.get("position")) or 0,
                row.get("text", ""))

    for row in sorted(rows, key=order):
        iri = row.get("meeting")
        key = (iri or "", row.get("position"), row.get("text", ""))
        if iri not in meetings or key in seen:
            continue
        seen.add(key)
        position = _int_or_none(row.get("position"))
        text = row.get("text", "")
        meetings[iri].agenda.append(
            SystemAgendaItem(position, normalise_name(text),
                             f"{'?' if position is None else position}. {text}"))


def _attach_visits(meetings: dict[str, SystemMeeting], rows: Rows) -> None:
    for (iri, _org), group in sorted(_grouped(rows, ("organisation",), "organisationName").items()):
        if iri not in meetings:
            continue
        raw_names = sorted({r["organisationName"] for r in group if r.get("organisationName")})
        dates = frozenset(d for d in (_date_part(r.get("date")) for r in group) if d)
        label = f"{' / '.join(raw_names) or '(no name)'} ({', '.join(sorted(dates)) or 'no date'})"
        meetings[iri].visits.append(
            SystemVisit(frozenset(normalise_name(n) for n in raw_names), dates, label))


# --------------------------------------------------------------------------- matching


def assign(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """A one-to-one pairing of rows and columns maximising the total weight.

    The Hungarian algorithm (Kuhn-Munkres, potentials form) on a rectangular matrix; only
    pairs of positive weight are returned, sorted. Ties are broken by order, so the result
    is deterministic.
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return []
    matrix = [list(row) for row in weights]
    transposed = n > m
    if transposed:
        matrix = [list(column) for column in zip(*matrix, strict=True)]
        n, m = m, n
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: the row assigned to column j (1-based), 0 = free
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if used[j]:
                    continue
                cur = -matrix[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    if transposed:
        pairs = [(b, a) for a, b in pairs]
    return sorted((a, b) for a, b in pairs if weights[a][b] > 0)


def match_items(gold: Sequence[Any], system: Sequence[Any],
                same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """The largest one-to-one set of (gold, system) pairs that ``same`` accepts."""
    return assign([[1.0 if same(g, s) else 0.0 for s in system] for g in gold])


@dataclass(frozen=True)
class FieldSpec:
    """How one many-valued meeting field is compared."""

    name: str
    gold: Callable[[dict[str, Any]], list[Any]]
    system: Callable[[SystemMeeting], list[Any]]
    same: Callable[[Any, Any], bool]  # a full match (a true positive)
    near: Callable[[Any, Any], bool]  # same thing, some detail wrong (shown as one miss)
    describe: Callable[[Any], str]


def _chair_same(vocab: Vocabulary) -> Callable[[dict[str, Any], SystemChair], bool]:
    def same(gold: dict[str, Any], chair: SystemChair) -> bool:
        posts = split_posts(gold.get("post"), vocab.post_separators)
        if posts != chair.posts:
            return False
        return gold.get("name") is None or normalise_name(gold["name"]) in chair.names
    return same


def _chair_near(vocab: Vocabulary) -> Callable[[dict[str, Any], SystemChair], bool]:
    def near(gold: dict[str, Any], chair: SystemChair) -> bool:
        if gold.get("name") is not None:
            return normalise_name(gold["name"]) in chair.names
        return bool(split_posts(gold.get("post"), vocab.post_separators) & chair.posts)
    return near


def _gold_names(participant: dict[str, Any]) -> set[str]:
    forms = [participant.get("agency"), *(participant.get("mentions") or [])]
    return {normalise_name(f) for f in forms if f and normalise_name(f)}


def _participant_near(gold: dict[str, Any], system: SystemParticipant) -> bool:
    return bool(_gold_names(gold) & system.names)


def _participant_same(vocab: Vocabulary) -> Callable[[dict[str, Any], SystemParticipant], bool]:
    def same(gold: dict[str, Any], system: SystemParticipant) -> bool:
        return _participant_near(gold, system) and vocab.side(gold.get("side")) in system.sides
    return same


def _agenda_same(gold: dict[str, Any], item: SystemAgendaItem) -> bool:
    return gold.get("position") == item.position and normalise_name(gold.get("text")) == item.text


def _agenda_near(gold: dict[str, Any], item: SystemAgendaItem) -> bool:
    return gold.get("position") == item.position or normalise_name(gold.get("text")) == item.text


def _visit_near(gold: dict[str, Any], visit: SystemVisit) -> bool:
    return normalise_name(gold.get("organisation")) in visit.names


def _visit_same(gold: dict[str, Any], visit: SystemVisit) -> bool:
    if not _visit_near(gold, visit):
        return False
    expected = gold.get("date")
    return not visit.dates if expected is None else expected in visit.dates


def _field_specs(vocab: Vocabulary) -> tuple[FieldSpec, ...]:
    return (
        FieldSpec(CHAIRS, lambda m: list(m.get("chairs") or []), lambda s: s.chairs,
                  _chair_same(vocab), _chair_near(vocab),
                  lambda g: g.label if isinstance(g, SystemChair)
                  else f"{g.get('name') or '(no name)'}, {g.get('post') or '(no post)'}"),
        FieldSpec(PARTICIPANTS, lambda m: list(m.get("participants") or []),
                  lambda s: s.participants, _participant_same(vocab), _participant_near,
                  lambda g: g.label if isinstance(g, SystemParticipant)
                  else f"{g.get('agency')} [{g.get('side')}]"),
        FieldSpec(AGENDA, lambda m: list(m.get("agenda_items") or []), lambda s: s.agenda,
                  _agenda_same, _agenda_near,
                  lambda g: g.label if isinstance(g, SystemAgendaItem)
                  else f"{g.get('position')}. {g.get('text')}"),
        FieldSpec(VISITS, lambda m: list(m.get("visits") or []), lambda s: s.visits,
                  _visit_same, _visit_near,
                  lambda g: g.label if isinstance(g, SystemVisit)
                  else f"{g.get('organisation')} ({g.get('date') or 'no date'})"),
    )


# --------------------------------------------------------------------------- alignment


def _name_similarity(gold: str | None, system: Iterable[str]) -> float:
    """1 for an equal normalised name, else the best word overlap (Jaccard)."""
    target = normalise_name(gold)
    best = 0.0
    for name in system:
        candidate = normalise_name(name)
        if not target or not candidate:
            continue
        if candidate == target:
            return 1.0
        a, b = set(target.split()), set(candidate.split())
        best = max(best, len(a & b) / len(a | b))
    return best


def _overlap(spec: FieldSpec, gold: dict[str, Any], system: SystemMeeting) -> float:
    gold_items, system_items = spec.gold(gold), spec.system(system)
    if not gold_items or not system_items:
        return 0.0
    matched = len(match_items(gold_items, system_items, spec.near))
    return matched / max(len(gold_items), len(system_items))


def meeting_similarity(gold: dict[str, Any], system: SystemMeeting,
                       vocab: Vocabulary | None = None) -> float:
    """How much a system meeting looks like a gold one (0: nothing in common)."""
    vocab = vocab or vocabulary()
    chairs, participants, agenda, visits = _field_specs(vocab)
    score = 0.0
    if gold.get("date") and gold["date"] in system.dates:
        score += 2.0
    score += 3.0 * _name_similarity(gold.get("body"), system.body_names)
    if gold.get("location") and _name_similarity(gold["location"], system.places) == 1.0:
        score += 1.0
    score += 3.0 * _overlap(chairs, gold, system)
    score += 2.0 * _overlap(participants, gold, system)
    score += 1.0 * _overlap(agenda, gold, system)
    score += 0.5 * _overlap(visits, gold, system)
    return score


def align_meetings(gold: Sequence[dict[str, Any]], system: Sequence[SystemMeeting],
                   vocab: Vocabulary | None = None) -> list[tuple[int, int]]:
    """Pair gold and system meetings of one release one to one (gold order is ignored)."""
    vocab = vocab or vocabulary()
    return assign([[meeting_similarity(g, s, vocab) for s in system] for g in gold])


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class RunOutcome:
    """What running the pipeline on one input gave."""

    kind: str  # "release", "error" (a pressgraph error), "crash" (a bug), "not conforming"
    message: str = ""


def group_of(gold: Mapping[str, Any]) -> str:
    """The group an input belongs to, from its gold facts (never from its file name)."""
    if gold.get("expected_behaviour"):
        return "awkward"
    if not gold.get("meetings"):
        return "non-meeting"
    if gold.get("format") == "html":
        return "html"
    if str(gold.get("language") or "").lower().startswith("zh"):
        return "zh"
    return "en"


def expects_release(gold: Mapping[str, Any]) -> bool:
    """False when the gold describes no release at all (an empty input): an error is right."""
    return not (gold.get("title") is None and gold.get("language") is None
                and not gold.get("meetings"))


def score_release(file: str, gold: Mapping[str, Any], outcome: RunOutcome,
                  system: SystemRelease | None, vocab: Vocabulary | None = None) -> FileResult:
    """Count TP/FP/FN per field for one input and note every miss."""
    vocab = vocab or vocabulary()
    result = FileResult(file, group_of(gold), outcome.kind, outcome.message)
    _score_handling(result, gold, outcome)
    if outcome.kind != "release" or system is None:
        system = SystemRelease(meetings=[], releases=[])
    _score_release_fields(result, gold, system)
    _score_meetings(result, gold, system, vocab)
    return result


def _score_handling(result: FileResult, gold: Mapping[str, Any], outcome: RunOutcome) -> None:
    wanted = "a release" if expects_release(gold) else "a clear error (no release)"
    got = {"release": "a release", "error": f"error: {outcome.message}",
           "crash": f"internal error: {outcome.message}",
           "not conforming": f"a graph that does not conform: {outcome.message}"}[outcome.kind]
    if expects_release(gold):
        if outcome.kind == "release":
            result.tally(HANDLED, tp=1)
        else:
            result.tally(HANDLED, fn=1)
            result.miss(HANDLED, "", wanted, got)
    elif outcome.kind == "error":
        result.tally(HANDLED, tp=1)
    elif outcome.kind == "release":
        result.tally(HANDLED, fp=1)
        result.miss(HANDLED, "", wanted, got)
    else:
        result.tally(HANDLED, fn=1)
        result.miss(HANDLED, "", wanted, got)


def score_value(result: FileResult, name: str, meeting: str, expected: str | None,
                got: Iterable[str], same: Callable[[str, str], bool], *,
                any_label: bool) -> None:
    """One single-valued field. ``any_label``: several values are labels of one thing
    (names in several languages), so one right label is enough and extra labels are not
    errors; otherwise every extra distinct value is a false positive."""
    values = sorted(set(got))
    shown = " | ".join(values) or NONE_TEXT
    if expected is None:
        if values:
            result.tally(name, fp=1 if any_label else len(values))
            result.miss(name, meeting, NONE_TEXT, shown)
        return
    hits = [v for v in values if same(expected, v)]
    if hits:
        extra = 0 if any_label else len(values) - 1
        result.tally(name, tp=1, fp=extra)
        if extra:
            result.miss(name, meeting, expected, shown)
        return
    result.tally(name, fn=1, fp=(1 if any_label else len(values)) if values else 0)
    result.miss(name, meeting, expected, shown)


def _same_name(a: str, b: str) -> bool:
    return normalise_name(a) == normalise_name(b)


def _same_exact(a: str, b: str) -> bool:
    return a == b


def _same_text(a: str, b: str) -> bool:
    return normalise_text(a) == normalise_text(b)


def _same_language(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def issued_parts(value: str) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, HH:MM) in Hong Kong time from an xsd:dateTime, xsd:date or xsd:time
    lexical form (a time alone: the dateline's date was invalid but its time was not)."""
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?", text):
        return text[:10], None
    if re.fullmatch(r"\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?", text):
        return None, text[:5]
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None, None
    if moment.tzinfo is not None:
        moment = moment.astimezone(HKT)
    return moment.date().isoformat(), moment.strftime("%H:%M")


def _score_release_fields(result: FileResult, gold: Mapping[str, Any],
                          system: SystemRelease) -> None:
    rows = system.releases or []
    titles = {r["title"] for r in rows if r.get("title")}
    languages = {r["language"] for r in rows if r.get("language")}
    dates: set[str] = set()
    times: set[str] = set()
    for row in rows:
        if row.get("issued"):
            day, clock = issued_parts(row["issued"])
            _add(dates, day)
            _add(times, clock)
    identifiers = {r["identifier"] for r in rows if r.get("identifier")}
    fields = [
        (TITLE, "title", titles, _same_text),
        (RELEASE_DATE, "release_date", dates, _same_exact),
        (RELEASE_TIME, "issued_time", times, _same_exact),
        (LANGUAGE, "language", languages, _same_language),
    ]
    if "release_id" in gold:  # gold that states the ID (a null ID: a digest is right)
        expected = gold["release_id"]
        identifiers = identifiers if expected else {i for i in identifiers
                                                   if not i.startswith("sha256-")}
        fields.append((RELEASE_ID, "release_id", identifiers, _same_exact))
    for name, key, values, same in fields:
        score_value(result, name, "", gold.get(key), values, same, any_label=False)


def _score_meetings(result: FileResult, gold: Mapping[str, Any], system: SystemRelease,
                    vocab: Vocabulary) -> None:
    gold_meetings: list[dict[str, Any]] = list(gold.get("meetings") or [])
    lists_planned = lists_planned_meetings(gold)
    claimed = [m for m in system.meetings if lists_planned or m.held(vocab)]
    result.claimed_meetings = len(claimed)
    for meeting in system.meetings:
        if not lists_planned and not meeting.held(vocab):
            statuses = ", ".join(sorted(meeting.statuses))
            result.notes.append(f"not scored: a meeting with status {statuses} "
                                f"({meeting.describe()})")
    pairs = align_meetings(gold_meetings, claimed, vocab)
    paired_gold = {g for g, _ in pairs}
    paired_system = {s for _, s in pairs}
    for g, s in pairs:
        result.tally(MEETING, tp=1)
        _score_pair(result, f"m{g + 1}", gold_meetings[g], claimed[s], system, vocab)
    for g, meeting in enumerate(gold_meetings):
        if g not in paired_gold:
            label = f"m{g + 1}"
            result.tally(MEETING, fn=1)
            result.miss(MEETING, label, _describe_gold(meeting), NONE_TEXT)
            _score_pair(result, label, meeting, None, system, vocab)
    for s, meeting in enumerate(claimed):
        if s not in paired_system:
            result.tally(MEETING, fp=1)
            result.miss(MEETING, "", NONE_TEXT, meeting.describe())
            _score_pair(result, "", None, meeting, system, vocab)


def lists_planned_meetings(gold: Mapping[str, Any]) -> bool:
    """True for gold that lists announced meetings too, each with its ``status`` (the real
    evaluation set); the development corpus lists held meetings only."""
    return bool(gold.get("lists_planned_meetings"))


def _describe_gold(meeting: Mapping[str, Any]) -> str:
    chairs = ", ".join(c.get("name") or c.get("post") or "" for c in meeting.get("chairs") or [])
    parts = [meeting.get("date") or "no date", meeting.get("body") or "no body",
             meeting.get("location") or "no place"]
    return "; ".join(parts) + (f"; chairs: {chairs}" if chairs else "")


def _score_pair(result: FileResult, label: str, gold: Mapping[str, Any] | None,
                meeting: SystemMeeting | None, system: SystemRelease, vocab: Vocabulary) -> None:
    """The fields of one gold meeting against its system meeting (either may be missing)."""
    g: Mapping[str, Any] = gold or {}
    empty = SystemMeeting("")
    s = meeting or empty
    label = label or f"system: {s.describe()}"
    score_value(result, BODY, label, g.get("body"), s.body_names, _same_name, any_label=True)
    ordinal = g.get("ordinal")
    score_value(result, ORDINAL, label, None if ordinal is None else str(ordinal),
                {_ordinal_text(o) for o in s.ordinals}, _same_exact, any_label=False)
    score_value(result, DATE, label, g.get("date"), s.dates, _same_exact, any_label=False)
    _score_place(result, label, g, s, gold is not None)
    if "status" in g or (gold is None and meeting is not None and meeting.statuses
                         and not meeting.held(vocab)):
        _score_stated_status(result, label, g.get("status"), s, vocab)
    else:
        _score_status(result, label, gold is not None, s, meeting is not None, system, vocab)
    for spec in _field_specs(vocab):
        _score_items(result, label, spec, spec.gold(dict(g)) if gold else [], spec.system(s))


def _ordinal_text(value: str) -> str:
    """"20" and "020" are the same ordinal; a non-number is kept as it is (and is wrong)."""
    number = _int_or_none(value)
    return value if number is None else str(number)


def _score_place(result: FileResult, label: str, gold: Mapping[str, Any], system: SystemMeeting,
                 has_gold: bool) -> None:
    """Gold ``location: null`` is a video conference: the right answer is no place; a
    meeting whose gold says ``location_unstated`` (the text names no place) is not scored."""
    if has_gold and gold.get("location_unstated"):
        return
    if has_gold and gold.get("location") is None:
        if system.iri and not system.places:
            result.tally(PLACE, tp=1)
        elif system.places:
            result.tally(PLACE, fn=1, fp=1)
            result.miss(PLACE, label, VIDEO_TEXT, " | ".join(sorted(system.places)))
        else:
            result.tally(PLACE, fn=1)
            result.miss(PLACE, label, VIDEO_TEXT, NONE_TEXT)
        return
    score_value(result, PLACE, label, gold.get("location") if has_gold else None, system.places,
                _same_name, any_label=True)


def _score_status(result: FileResult, label: str, has_gold: bool, meeting: SystemMeeting,
                  found: bool, system: SystemRelease, vocab: Vocabulary) -> None:
    """Gold lists held meetings only; a claimed meeting must say it was held."""
    says_held = bool(meeting.statuses & vocab.held_statuses)
    shown = ", ".join(sorted(meeting.statuses)) or (
        "(no status in the graph)" if found and not system.status_available else NONE_TEXT)
    if has_gold:
        if found and says_held:
            result.tally(STATUS, tp=1)
        else:
            result.tally(STATUS, fn=1)
            result.miss(STATUS, label, "held", shown)
    elif says_held:
        result.tally(STATUS, fp=1)
        result.miss(STATUS, label, NONE_TEXT, shown)


def _score_stated_status(result: FileResult, label: str, expected: str | None,
                         meeting: SystemMeeting, vocab: Vocabulary) -> None:
    """Gold that states ``held`` or ``planned``: the graph's status must say the same."""
    got = {"held" if s in vocab.held_statuses else "planned" for s in meeting.statuses}
    if meeting.iri and not got:
        got = {"(no status)"}
    score_value(result, STATUS, label, expected, got, _same_exact, any_label=False)


def _score_items(result: FileResult, label: str, spec: FieldSpec, gold: list[Any],
                 system: list[Any]) -> None:
    pairs = match_items(gold, system, spec.same)
    result.tally(spec.name, tp=len(pairs), fn=len(gold) - len(pairs), fp=len(system) - len(pairs))
    left_gold = [g for i, g in enumerate(gold) if i not in {a for a, _ in pairs}]
    left_system = [s for j, s in enumerate(system) if j not in {b for _, b in pairs}]
    near = match_items(left_gold, left_system, spec.near)
    for a, b in near:
        result.miss(spec.name, label, spec.describe(left_gold[a]), spec.describe(left_system[b]))
    near_gold = {a for a, _ in near}
    near_system = {b for _, b in near}
    for i, item in enumerate(left_gold):
        if i not in near_gold:
            result.miss(spec.name, label, spec.describe(item), NONE_TEXT)
    for j, item in enumerate(left_system):
        if j not in near_system:
            result.miss(spec.name, label, NONE_TEXT, spec.describe(item))


# --------------------------------------------------------------------------- running


@dataclass
class QuerySet:
    """The shipped competency queries; a missing or broken one is ``None`` with a note."""

    texts: dict[str, str | None]
    notes: list[str] = field(default_factory=list)

    @classmethod
    def shipped(cls) -> QuerySet:
        texts: dict[str, str | None] = {}
        notes: list[str] = []
        available = set(resources.list_names("queries", ".rq"))
        for name in (*QUERY_COLUMNS, STATUS_QUERY, NAMES_QUERY):
            if f"{name}.rq" in available:
                texts[name] = resources.query_text(name)
            else:
                texts[name] = None
                if name in QUERY_COLUMNS:
                    notes.append(f"queries/{name}.rq is not shipped: "
                                 f"{', '.join(_QUERY_FIELDS[name])} score 0")
        return cls(texts, notes)

    def check_columns(self, name: str, variables: Sequence[str]) -> None:
        """Note (once) the columns a query lacks: the facts they carry score as misses."""
        missing = [c for c in QUERY_COLUMNS.get(name, ()) if c not in variables]
        note = (f"queries/{name}.rq has no column {', '.join('?' + c for c in missing)}: "
                "what it carries scores as misses")
        if missing and note not in self.notes:
            self.notes.append(note)

    def disable(self, name: str, reason: str) -> None:
        if self.texts.get(name) is not None:
            self.texts[name] = None
            self.notes.append(f"queries/{name}.rq cannot be answered ({reason}); "
                              f"{', '.join(_QUERY_FIELDS.get(name, (STATUS,)))} score 0")


def graph_rows(graph: Any, graph_iri: str, queries: QuerySet
               ) -> tuple[dict[str, Rows | None], dict[str, tuple[str, ...]]]:
    """Load one release graph into an in-memory store and ask every available query.

    Returns the rows per query (``None``: not available) and the columns each query has.
    """
    import pyoxigraph as ox

    from pressgraph.serialize import ntriples_lines
    from pressgraph.sparql import query_store

    store = ox.Store()
    data = "".join(ntriples_lines(graph)).encode("utf-8")
    store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph_iri))
    rows: dict[str, Rows | None] = {}
    columns: dict[str, tuple[str, ...]] = {}
    for name, text in sorted(queries.texts.items()):
        if text is None:
            rows[name] = None
            continue
        try:
            result = query_store(store, text)
        except QueryError as exc:
            queries.disable(name, str(exc))
            rows[name] = None
            continue
        rows[name] = result.records()
        columns[name] = result.variables
        queries.check_columns(name, result.variables)
    return rows, columns


def run_input(ref: Any, options: Any, queries: QuerySet, *,
              validate_graph: bool = True) -> tuple[RunOutcome, SystemRelease | None]:
    """Run the pipeline on one input as ``export`` would, and read its graph back."""
    from pressgraph.pipeline import process

    try:
        processed = process(ref, options, validate_graph=validate_graph)
    except PressgraphError as exc:
        where = f" (line {exc.line})" if exc.line is not None else ""
        return RunOutcome("error", f"{type(exc).__name__}{where}: {exc.message}"), None
    except Exception as exc:  # a bug in a stage must not stop the scoring of the others
        return RunOutcome("crash", f"{type(exc).__name__}: {exc}"), None
    if not processed.conforms:
        violations = processed.validation.violations if processed.validation else ()
        first = violations[0].message if violations else ""
        return RunOutcome("not conforming", f"{len(violations)} result(s); {first}"), None
    rows, columns = graph_rows(processed.mapped.graph, processed.mapped.graph_iri, queries)
    system = build_system(rows, processed.mapped.release_iri, columns=columns)
    if not system.status_available and "meetings" not in system.unavailable:
        note = ("the graph's query results give no meeting status (meetings.rq ?status or "
                f"{STATUS_QUERY}.rq): status scores as misses")
        if note not in queries.notes:
            queries.notes.append(note)
    return RunOutcome("release"), system


def gold_path_for(input_path: Path, corpus_dir: Path, gold_dir: Path) -> Path:
    return gold_dir / input_path.relative_to(corpus_dir).with_suffix(".json")


def load_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read the gold file: {exc.strerror or exc}",
                         source=str(path)) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"the gold file is not valid JSON: {exc}", source=str(path)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("meetings", []), list):
        raise UsageError("the gold file is not a gold object with a 'meetings' list",
                         source=str(path))
    return data


def evaluate_corpus(corpus_dir: Path, gold_dir: Path, *, base: str | None = None,
                    validate_graph: bool = True) -> Report:
    """Run the pipeline on every input under ``corpus_dir`` and score it against ``gold_dir``."""
    from pressgraph.iri import DEFAULT_BASE
    from pressgraph.pipeline import map_options
    from pressgraph.reader import iter_inputs

    if not corpus_dir.is_dir():
        raise UsageError("not a directory of releases", source=str(corpus_dir))
    if not gold_dir.is_dir():
        raise UsageError("not a directory of gold files", source=str(gold_dir))
    options = map_options(base or DEFAULT_BASE)
    queries = QuerySet.shipped()
    report = Report()
    seen: set[Path] = set()
    for ref in iter_inputs([str(corpus_dir)]):
        if ref.path is None:  # not a file of the directory: no gold can name it
            report.notes.append(f"{ref.source}: not a file in {corpus_dir}; not scored")
            continue
        path = Path(ref.path)
        gold_file = gold_path_for(path, corpus_dir, gold_dir)
        name = path.relative_to(corpus_dir).as_posix()
        if not gold_file.is_file():
            report.notes.append(f"{name}: no gold file {gold_file}; not scored")
            continue
        seen.add(gold_file.resolve())
        gold = load_gold(gold_file)
        outcome, system = run_input(ref, options, queries, validate_graph=validate_graph)
        report.files.append(score_release(name, gold, outcome, system))
    for gold_file in sorted(gold_dir.rglob("*.json")):
        if gold_file.resolve() not in seen:
            report.notes.append(f"{gold_file.relative_to(gold_dir).as_posix()}: gold without an "
                                "input; not scored")
    report.notes[:0] = queries.notes
    if not report.files:
        raise UsageError("no input with a gold file was found", source=str(corpus_dir))
    return report


# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class Target:
    group: str
    field: str
    min_f1: float


def load_targets(path: Path | None = None) -> list[Target]:
    """Targets from a JSON file (default: the shipped ``data/evaluation-targets.json``)."""
    where = str(path) if path else "pressgraph/data/evaluation-targets.json"
    try:
        text = path.read_text(encoding="utf-8") if path else _data_text("evaluation-targets.json")
        data = json.loads(text)
        targets = [Target(group, name, float(value))
                   for entry in data["targets"] for group in entry["groups"]
                   for name, value in entry["min_f1"].items()]
    except OSError as exc:
        raise UsageError(f"cannot read the targets: {exc.strerror or exc}", source=where) from exc
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UsageError(f"the targets file is malformed: {exc}; expected "
                         '{"targets": [{"groups": [...], "min_f1": {field: number}}]}',
                         source=where) from exc
    for target in targets:
        if target.field not in FIELDS:
            raise UsageError(f"unknown field {target.field!r}; expected one of {', '.join(FIELDS)}",
                             source=where)
        if target.group not in (ALL, *GROUPS):
            raise UsageError(f"unknown group {target.group!r}; expected one of "
                             f"{', '.join((ALL, *GROUPS))}", source=where)
    return targets


@dataclass(frozen=True)
class TargetResult:
    target: Target
    f1: float

    @property
    def met(self) -> bool:
        return self.f1 + 1e-9 >= self.target.min_f1


def check_targets(report: Report, targets: Sequence[Target]) -> list[TargetResult]:
    """Every target of a group present in the run, with the F1 reached."""
    present = {ALL, *report.groups_present()}
    totals = {group: report.totals(group) for group in present}
    return [TargetResult(t, totals[t.group][t.field].f1) for t in targets if t.group in present]


# --------------------------------------------------------------------------- output


def _fmt(value: float) -> str:
    return f"{value:.3f}"


def format_table(report: Report, results: Sequence[TargetResult] = (), *,
                 show_misses: bool = True) -> str:
    lines: list[str] = []
    groups = report.groups_present()
    counts = ", ".join(f"{sum(1 for f in report.files if f.group == g)} {g}" for g in groups)
    gold_meetings = sum(c.tp + c.fn for c in [report.totals()[MEETING]])
    lines.append(f"pressgraph evaluation: {len(report.files)} inputs ({counts}); "
                 f"{gold_meetings} gold meetings")
    lines.append("")
    all_targets = {(r.target.group, r.target.field): r for r in results}
    header = f"{'field':<24} {'TP':>5} {'FP':>5} {'FN':>5} {'P':>6} {'R':>6} {'F1':>6}  target"
    lines += [header, "-" * len(header)]
    for name, c in report.totals().items():
        result = all_targets.get((ALL, name))
        mark = "" if result is None else f">= {result.target.min_f1:.2f} " + (
            "ok" if result.met else "BELOW")
        lines.append(f"{name:<24} {c.tp:>5} {c.fp:>5} {c.fn:>5} {_fmt(c.precision):>6} "
                     f"{_fmt(c.recall):>6} {_fmt(c.f1):>6}  {mark}".rstrip())
    lines.append("")
    lines.append("F1 by group (* below target)")
    by_group = {g: report.totals(g) for g in groups}
    header = f"{'field':<24} " + " ".join(f"{g:>11}" for g in groups)
    lines += [header, "-" * len(header)]
    for name in FIELDS:
        cells = []
        for g in groups:
            result = all_targets.get((g, name))
            star = "*" if result is not None and not result.met else " "
            cells.append(f"{_fmt(by_group[g][name].f1):>10}{star}")
        lines.append(f"{name:<24} " + " ".join(cells))
    lines += _facet_tables(report)
    invented, empty = report.invented_meetings()
    if empty:
        lines += ["", f"Meetings invented on inputs with no meeting: {invented} of {empty} "
                  f"({100 * invented / empty:.1f} %)"]
    failures = [f for f in report.files if f.outcome != "release"]
    if failures:
        lines += ["", "Inputs without a release graph"]
        lines += [f"  {f.file}: {f.outcome}: {f.message}" for f in failures]
    notes = report.notes + [f"{f.file}: {n}" for f in report.files for n in f.notes]
    if notes:
        lines += ["", "Notes"]
        lines += [f"  {n}" for n in dict.fromkeys(notes)]
    below = [r for r in results if not r.met]
    if results:
        lines += ["", f"Targets: {len(results) - len(below)} of {len(results)} met"]
        lines += [f"  below: {r.target.group} / {r.target.field}: F1 {_fmt(r.f1)} < "
                  f"{r.target.min_f1:.2f}" for r in below]
    if show_misses:
        misses = report.misses
        lines += ["", f"Misses ({len(misses)})"]
        for m in misses:
            where = f" {m.meeting}" if m.meeting else ""
            lines.append(f"  {m.file}{where} | {m.field} | expected: {m.expected} | got: {m.got}")
    return "\n".join(lines) + "\n"


#: Short column heads for the per-facet tables.
_SHORT = {MEETING: "meet", BODY: "body", ORDINAL: "ord", DATE: "date", PLACE: "place",
          STATUS: "status", CHAIRS: "chairs", PARTICIPANTS: "partic", AGENDA: "agenda",
          VISITS: "visits", TITLE: "title", RELEASE_DATE: "rdate", RELEASE_TIME: "rtime",
          RELEASE_ID: "id", LANGUAGE: "lang", HANDLED: "handled"}


def _f1_or_dash(counts: Counts) -> str:
    """F1, or "-" where the inputs had nothing to score for the field."""
    return _fmt(counts.f1) if counts.tp + counts.fp + counts.fn else "-"


def _facet_tables(report: Report) -> list[str]:
    """F1 per field for each value of each facet (language, form, kind...), one row a value."""
    lines: list[str] = []
    for facet in report.facet_names():
        values = report.facet_values(facet)
        width = max(len(facet), *(len(v) for v in values)) + 1
        header = f"{facet:<{width}} {'n':>4} " + " ".join(f"{_SHORT[f]:>7}" for f in FIELDS)
        lines += ["", f"F1 by {facet} ({len(values)} values)", header, "-" * len(header)]
        for value in values:
            count = sum(1 for r in report.files if r.facets.get(facet) == value)
            totals = report.facet_totals(facet, value)
            cells = " ".join(f"{_f1_or_dash(totals[f]):>7}" for f in FIELDS)
            lines.append(f"{value:<{width}} {count:>4} {cells}")
    return lines


def to_json(report: Report, results: Sequence[TargetResult] = ()) -> str:
    groups = report.groups_present()
    document = {
        "inputs": len(report.files),
        "fields": {name: c.as_dict() for name, c in report.totals().items()},
        "groups": {g: {name: c.as_dict() for name, c in report.totals(g).items()} for g in groups},
        "targets": [{"group": r.target.group, "field": r.target.field,
                     "min_f1": r.target.min_f1, "f1": round(r.f1, 4), "met": r.met}
                    for r in results],
        "by": {facet: {value: {name: c.as_dict()
                               for name, c in report.facet_totals(facet, value).items()}
                       for value in report.facet_values(facet)}
               for facet in report.facet_names()},
        "invented_meetings": dict(zip(("inputs_with_meetings", "inputs_without_gold_meetings"),
                                      report.invented_meetings())),
        "files": [{"file": f.file, "group": f.group, "outcome": f.outcome, "message": f.message,
                   "facets": f.facets, "notes": f.notes,
                   "fields": {name: c.as_dict() for name, c in f.counts.items()
                              if c.tp or c.fp or c.fn}}
                  for f in report.files],
        "notes": report.notes,
        "misses": [m.as_dict() for m in report.misses],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
