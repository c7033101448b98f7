"""A bad fact costs that fact, not the release (``pressgraph.repair``, ``pipeline.gate``).

Broken facts are injected into the mapped graph of a fixture release written for these
tests (``tests/fixtures/partial/``); what is left must conform to pySHACL, and both
validators must take out the same statements.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from pressgraph.mapper import MappedRelease
from pressgraph.pipeline import check_triples, gate, map_options, process
from pressgraph.reader import iter_inputs
from pressgraph.repair import repair
from pressgraph.triples import TripleSet
from pressgraph.validate import ValidationResult, Violation, validate
from pressgraph.vocab import CV, DCT, PG, SKOS
from tests.conftest import FIXTURES

RELEASE = FIXTURES / "partial" / "P201009140215.txt"
BASE = "https://w3id.org/pressgraph/"
MEETING = URIRef(f"{BASE}id/meeting/hk-shenzhen-cooperation-meeting/2010-09-14")
#: The release's own report of the meeting: its wording (venue) and the items it lists.
REPORT = URIRef(f"{BASE}id/release/P201009140215/en/mention/meeting/"
                "hk-shenzhen-cooperation-meeting/2010-09-14")
AGENDA = [URIRef(f"{REPORT}/agenda/{n}") for n in range(1, 5)]
BUREAU = URIRef(f"{BASE}id/org/hksar/security-bureau")
TAKING_PART = URIRef(f"{MEETING}/participation/attendee/org/hksar/security-bureau")

Breakage = Callable[[TripleSet], TripleSet]


def mapped_fixture(path: Path = RELEASE) -> MappedRelease:
    ref = next(iter(iter_inputs([str(path)])))
    return process(ref, map_options(BASE), validate_graph=False).mapped


def broken(breakage: Breakage) -> MappedRelease:
    """The fixture release's mapped graph with one fact broken."""
    mapped = mapped_fixture()
    return dataclasses.replace(mapped, triples=breakage(mapped.triples))


def copy(triples: TripleSet, *, leave_out: tuple[URIRef, URIRef] | None = None) -> TripleSet:
    """The same statements, less every ``s p ?o`` of ``leave_out``."""
    kept = TripleSet()
    for triple in triples:
        if leave_out is None or triple[:2] != leave_out:
            kept.add(triple)
    return kept


def drop_agenda_title(triples: TripleSet) -> TripleSet:
    return copy(triples, leave_out=(AGENDA[1], DCT.title))


def drop_bureau_label(triples: TripleSet) -> TripleSet:
    return copy(triples, leave_out=(BUREAU, SKOS.prefLabel))


def plain_venue(triples: TripleSet) -> TripleSet:
    changed = copy(triples)
    changed.add((REPORT, PG.venue, Literal("Civic Centre")))  # no language tag
    return changed


def second_title(triples: TripleSet) -> TripleSet:
    changed = copy(triples)
    release = next(s for s, p, _o in triples if p == DCT.identifier)
    changed.add((release, DCT.title, Literal("Another title", lang="en")))
    return changed


def subjects(triples: TripleSet) -> set:
    return {s for s, _p, _o in triples}


def assert_conforms_to_pyshacl(triples: TripleSet) -> None:
    result = validate(triples.to_graph())
    assert result.conforms, "\n".join(v.describe() for v in result.violations)


def test_the_fixture_release_conforms_as_it_is() -> None:
    mapped = mapped_fixture()
    assert mapped.release_iri.endswith("/release/P201009140215/en")
    assert set(AGENDA) | {MEETING, BUREAU, TAKING_PART} <= subjects(mapped.triples)
    assert_conforms_to_pyshacl(mapped.triples)


def test_a_wrong_value_costs_its_statement_only() -> None:
    mapped = broken(plain_venue)
    kept, result, rejections = gate(mapped, strict=False)
    assert result.conforms
    assert set(kept.triples) == set(mapped_fixture().triples)
    [rejection] = rejections
    assert rejection.focus == str(REPORT)
    assert rejection.results[0].component == "DatatypeConstraintComponent"
    assert rejection.statements == (f'<{REPORT}> <{PG.venue}> "Civic Centre" .',)
    assert rejection.evidence is not None and rejection.evidence.exact


def test_a_broken_node_costs_the_node_and_what_needs_it() -> None:
    mapped = broken(drop_agenda_title)
    kept, result, rejections = gate(mapped, strict=False)
    assert result.conforms
    assert_conforms_to_pyshacl(kept.triples)
    assert AGENDA[1] not in subjects(kept.triples)
    assert {AGENDA[0], AGENDA[2], AGENDA[3], MEETING} <= subjects(kept.triples)
    [rejection] = rejections
    assert rejection.focus == str(AGENDA[1])
    assert rejection.results[0].source_shape.endswith("#AgendaItem-title")
    assert f"<{MEETING}> <{PG.agendaItem}> <{AGENDA[1]}> ." in rejection.statements
    assert rejection.evidence is not None
    assert rejection.evidence.exact == "new boundary control points between the two cities"
    # its text span, used by nothing else, went with it; every removed statement is gone
    assert any("/span/" in line.split(" ")[0] for line in rejection.statements)
    removed = len(mapped.triples) - len(kept.triples)
    assert removed == len(rejection.statements)
    assert kept.meetings == mapped.meetings == 1


def test_what_a_removal_breaks_is_taken_out_in_the_next_round() -> None:
    mapped = broken(drop_bureau_label)
    kept, result, rejections = gate(mapped, strict=False)
    assert result.conforms
    assert_conforms_to_pyshacl(kept.triples)
    assert [r.focus for r in rejections] == [str(BUREAU), str(TAKING_PART)]
    assert rejections[1].results[0].source_shape.endswith("#Participation-participant")
    assert not {BUREAU, TAKING_PART} & subjects(kept.triples)
    assert (MEETING, CV.hasParticipation, TAKING_PART) not in kept.triples
    assert {MEETING, *AGENDA} <= subjects(kept.triples)


def test_a_release_that_cannot_keep_its_own_node_is_refused() -> None:
    mapped = broken(second_title)
    kept, result, rejections = gate(mapped, strict=False)
    assert not result.conforms and kept is mapped
    assert [r.focus for r in rejections] == [mapped.release_iri]
    assert rejections[0].statements == ()
    record = rejections[0].record(mapped.release_iri, "refused")
    assert record["outcome"] == "refused" and record["component"] == "MaxCountConstraintComponent"


def test_strict_refuses_the_release_whole() -> None:
    mapped = broken(drop_agenda_title)
    kept, result, rejections = gate(mapped, strict=True)
    assert not result.conforms and kept is mapped
    [rejection] = rejections
    assert rejection.focus == str(AGENDA[1]) and rejection.statements == ()
    assert rejection.evidence is not None


@pytest.mark.parametrize("breakage", [plain_venue, drop_agenda_title, drop_bureau_label,
                                      second_title], ids=lambda b: b.__name__)
def test_both_validators_take_out_the_same(breakage: Breakage) -> None:
    fast = gate(broken(breakage), "fast", strict=False)
    reference = gate(broken(breakage), "pyshacl", strict=False)
    assert set(fast[0].triples) == set(reference[0].triples)
    assert fast[1].conforms == reference[1].conforms
    records = [[json.dumps(r.record("r", "removed"), sort_keys=True) for r in found[2]]
               for found in (fast, reference)]
    assert records[0] == records[1]


def test_records_are_the_same_run_after_run() -> None:
    runs = [json.dumps([r.record("r", "removed") for r in gate(broken(drop_bureau_label),
                                                                strict=False)[2]])
            for _ in range(2)]
    assert runs[0] == runs[1]


def _first_agenda_item_is_wrong(triples: TripleSet) -> ValidationResult:
    """A stand-in validator that always finds the first remaining agenda item wrong."""
    remaining = sorted((s for s in subjects(triples) if s in AGENDA), key=str)
    if not remaining:
        return check_triples(triples)
    violation = Violation(focus_node=str(remaining[0]), path=None, message="wrong",
                          severity="Violation", source_shape="test", component="Test")
    return ValidationResult(conforms=False, violations=(violation,))


def test_validate_and_remove_is_bounded() -> None:
    triples = mapped_fixture().triples
    check = _first_agenda_item_is_wrong
    done = repair(triples, check(triples), check, protected=(), max_rounds=5)
    assert not done.refused and len(done.rejections) == 4
    bounded = repair(triples, check(triples), check, protected=(), max_rounds=2)
    assert bounded.refused
    assert [r.statements != () for r in bounded.rejections] == [True, True, False]
    assert {r["outcome"] for r in bounded.records("r")} == {"refused"}


def test_a_round_that_finds_nothing_to_take_out_refuses() -> None:
    triples = mapped_fixture().triples
    ghost = Violation(focus_node=f"{BASE}id/nothing-here", path=None, message="wrong",
                      severity="Violation", source_shape="test", component="Test")
    result = ValidationResult(conforms=False, violations=(ghost,))
    done = repair(triples, result, lambda _t: result, protected=())
    assert done.refused and done.validation is result
