"""What the competency queries say about one release, grouped by meeting."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from pressgraph.evaluation.fields import (
    BODY_NAMES_QUERY,
    NAMES_QUERY,
    PLACE_NAMES_QUERY,
    QUERY_COLUMNS,
    STATUS_QUERY,
    Vocabulary,
    local_name,
    normalise_code,
    normalise_name,
    split_posts,
    vocabulary,
)

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
    place_names = _names_by_node(rows.get(PLACE_NAMES_QUERY) or [], "place")
    body_names = _names_by_node(rows.get(BODY_NAMES_QUERY) or [], "body")
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
        for name in body_names.get(row.get("body") or "", ()):
            meeting.body_names.add(name)
        _add(meeting.ordinals, row.get("ordinal"))
        _add(meeting.dates, _date_part(row.get("date")))
        _add(meeting.places, row.get("locationName"))
        for name in place_names.get(row.get("location") or "", ()):
            meeting.places.add(name)
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


def _names_by_node(rows: Rows, column: str) -> dict[str, set[str]]:
    """Every name of each place or body node (place-names.rq, body-names.rq), as printed."""
    names: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.get(column) and row.get("name"):
            names[row[column]].add(row["name"])
    return names


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
