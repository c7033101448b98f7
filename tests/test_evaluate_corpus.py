"""The scorer on the development corpus: the pipeline meets every target (bar the known
shortfalls, which must hold their floor), and an oracle built from the gold meets every target
and loses exactly what is taken away from it.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from pressgraph.evaluate import (
    CHAIRS,
    MEETING,
    PARTICIPANTS,
    Report,
    RunOutcome,
    build_system,
    check_targets,
    evaluate_corpus,
    expects_release,
    load_targets,
    score_release,
)
from tests.conftest import CORPUS
from tests.scorer_rows import (
    REL,
    RELEASED,
    tpfpfn,
)

# Targets the development corpus does not reach yet, with the F1 it must not fall below.
# Each is explained in docs/evaluation.md; when one is reached, remove it here (the test
# fails on a listed target that is met, so this list cannot go stale).
KNOWN_SHORTFALLS: dict[tuple[str, str], float] = {}


@pytest.fixture(scope="module")
def corpus_results():
    report = evaluate_corpus(CORPUS, CORPUS / "gold")
    return check_targets(report, load_targets())


def test_corpus_meets_targets(corpus_results) -> None:
    below = [f"{r.target.group} / {r.target.field}: {r.f1:.3f} < {r.target.min_f1}"
             for r in corpus_results
             if not r.met and (r.target.group, r.target.field) not in KNOWN_SHORTFALLS]
    assert not below, "\n".join(below)


def test_known_shortfalls_hold_their_floor_and_are_still_short(corpus_results) -> None:
    by_key = {(r.target.group, r.target.field): r for r in corpus_results}
    for key, floor in KNOWN_SHORTFALLS.items():
        result = by_key[key]
        assert result.f1 >= floor, f"{key}: F1 {result.f1:.3f} fell below {floor}"
        assert not result.met, f"{key} now meets its target: remove it from KNOWN_SHORTFALLS"


def oracle_rows(gold: dict[str, Any]) -> dict[str, Any]:
    """Query rows a perfect system would return for a gold file, meetings in reverse order
    and under IRIs that sort differently from the gold order."""
    rows: dict[str, Any] = {"meetings": [], "people": [], "participants": [], "agenda": [],
                            "visits": []}
    for index, meeting in reversed(list(enumerate(gold["meetings"]))):
        iri = f"{REL}/meeting/{len(gold['meetings']) - index:02d}"
        rows["meetings"].append({k: v for k, v in {
            "meeting": iri, "bodyName": meeting["body"], "date": meeting["date"],
            "ordinal": None if meeting["ordinal"] is None else str(meeting["ordinal"]),
            "locationName": meeting["location"], "status": "held", "release": REL}.items() if v})
        for n, chair in enumerate(meeting["chairs"]):
            for post in re.split(r"[;；]", chair["post"]):
                rows["people"].append({k: v for k, v in {
                    "meeting": iri, "person": f"{iri}/chair/{n}", "name": chair["name"],
                    "post": post.strip(), "role": "chair"}.items() if v})
        for n, participant in enumerate(meeting["participants"]):
            for mention in participant["mentions"]:
                rows["participants"].append({"meeting": iri, "agency": f"{iri}/org/{n}",
                                             "agencyName": mention, "side": participant["side"]})
        for item in meeting["agenda_items"]:
            rows["agenda"].append({"meeting": iri, "position": str(item["position"]),
                                   "text": item["text"]})
        for n, visit in enumerate(meeting["visits"]):
            rows["visits"].append({k: v for k, v in {
                "meeting": iri, "organisation": f"{iri}/visit/{n}",
                "organisationName": visit["organisation"], "date": visit["date"]}.items() if v})
    issued = None
    if gold["release_date"] and gold["issued_time"]:
        issued = f"{gold['release_date']}T{gold['issued_time']}:00+08:00"
    else:
        issued = gold["release_date"] or (f"{gold['issued_time']}:00+08:00"
                                          if gold["issued_time"] else None)
    rows["releases"] = [{k: v for k, v in {"release": REL, "title": gold["title"],
                                           "issued": issued, "language": gold["language"]
                                           }.items() if v}]
    return rows


def corpus_gold() -> list[tuple[str, dict[str, Any]]]:
    gold_dir = CORPUS / "gold"
    return [(p.relative_to(gold_dir).as_posix(), json.loads(p.read_text(encoding="utf-8")))
            for p in sorted(gold_dir.rglob("*.json"))]


def test_a_perfect_system_meets_every_target_on_the_corpus_gold() -> None:
    report = Report()
    for name, gold in corpus_gold():
        if expects_release(gold):
            result = score_release(name, gold, RELEASED, build_system(oracle_rows(gold), REL))
        else:
            result = score_release(name, gold, RunOutcome("error", "InputError: empty"), None)
        report.files.append(result)
    assert len(report.files) == 44
    assert report.totals()[MEETING].tp == 63
    assert report.misses == []
    assert all(r.met for r in check_targets(report, load_targets()))


def test_the_oracle_loses_exactly_what_is_taken_away() -> None:
    gold = dict(corpus_gold())["en-2019-05-meeting-sdev-beijing-visit.json"]
    assert len(gold["meetings"]) == 6  # six bilateral meetings on two days, one city
    full = score_release("x.txt", gold, RELEASED, build_system(oracle_rows(gold), REL)).counts
    rows = oracle_rows(gold)
    gone = rows["participants"][0]["agency"]
    rows["participants"] = [r for r in rows["participants"] if r["agency"] != gone]
    renamed = rows["people"][0]["person"]
    for row in rows["people"]:
        if row["person"] == renamed:
            row["name"] = "Somebody Else"
    result = score_release("x.txt", gold, RELEASED, build_system(rows, REL))
    counts = result.counts
    assert tpfpfn(counts[MEETING]) == (6, 0, 0)
    assert tpfpfn(counts[PARTICIPANTS]) == (full[PARTICIPANTS].tp - 1, 0, 1)
    assert tpfpfn(counts[CHAIRS]) == (full[CHAIRS].tp - 1, 1, 1)
    assert {m.field for m in result.misses} == {PARTICIPANTS, CHAIRS}
