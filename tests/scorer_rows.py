"""Gold and system answers for the scorer's tests: a gold meeting and release, the query rows
that say exactly what they say (to be spoiled one field at a time), and scoring one release."""

from __future__ import annotations

from typing import Any

from pressgraph.evaluate import (
    Counts,
    RunOutcome,
    build_system,
    score_release,
)

M1 = "https://example.org/meeting/1"
M2 = "https://example.org/meeting/2"
REL = "https://example.org/release/1"
SIDE = "https://w3id.org/pressgraph/def#side/"
RELEASED = RunOutcome("release")


def gold_meeting(**overrides: Any) -> dict[str, Any]:
    meeting: dict[str, Any] = {
        "body": "Hong Kong/Guangdong Expert Group on Co-operation in Informatisation",
        "ordinal": 20, "date": "2025-10-20", "location": "Hong Kong", "mode": "in person",
        "chairs": [{"name": "Tony Wong", "honorific": "Mr",
                    "post": "Commissioner for Digital Policy", "agency": "Digital Policy Office"}],
        "participants": [{"agency": "Customs and Excise Department", "acronym": None,
                          "side": "HKSAR",
                          "mentions": ["Hong Kong Customs", "Customs and Excise Department"]}],
        "agenda_items": [{"position": 1, "text": "cross-boundary e-commerce"}],
        "outcomes": [], "visits": [{"organisation": "Hong Kong Science Park",
                                    "date": "2025-10-20"}],
    }
    meeting.update(overrides)
    return meeting


def gold_release(meetings: list[dict[str, Any]], **overrides: Any) -> dict[str, Any]:
    release: dict[str, Any] = {
        "file": "x.txt", "language": "en", "format": "text", "title": "A meeting (with photos)",
        "release_date": "2025-10-20", "issued_time": "18:05", "meetings": meetings,
    }
    release.update(overrides)
    return release


def release_rows(**overrides: str) -> list[dict[str, str]]:
    row = {"release": REL, "title": "A meeting (with photos)",
           "issued": "2025-10-20T18:05:00+08:00", "language": "en"}
    row.update(overrides)
    return [row]


def meeting_row(meeting: str = M1, **overrides: str) -> dict[str, str]:
    row = {"meeting": meeting, "bodyName": "The Hong Kong-Guangdong Expert Group on "
           "Co-operation in Informatisation", "ordinal": "20", "date": "2025-10-20",
           "locationName": "Hong Kong", "release": REL, "status": "held"}
    row.update(overrides)
    return {k: v for k, v in row.items() if v}


def perfect_rows(meeting: str = M1) -> dict[str, Any]:
    """Query rows that say exactly what :func:`gold_meeting` says."""
    return {
        "meetings": [meeting_row(meeting)],
        "people": [{"meeting": meeting, "person": "p/tony-wong", "name": "Tony Wong",
                    "post": "Commissioner for Digital Policy", "role": "chair"}],
        "participants": [{"meeting": meeting, "agency": "org/c-and-ed",
                          "agencyName": "Hong Kong Customs", "side": SIDE + "HKSAR"}],
        "agenda": [{"meeting": meeting, "position": "1", "text": "Cross-boundary e-commerce;"}],
        "visits": [{"meeting": meeting, "organisation": "org/hksp",
                    "organisationName": "Hong Kong Science Park", "date": "2025-10-20"}],
        "releases": release_rows(),
    }


def score(gold: dict[str, Any], rows: dict[str, Any] | None,
          outcome: RunOutcome = RELEASED) -> dict[str, Counts]:
    system = build_system(rows, REL) if rows is not None else None
    return score_release("x.txt", gold, outcome, system).counts


def tpfpfn(counts: Counts) -> tuple[int, int, int]:
    return counts.tp, counts.fp, counts.fn
