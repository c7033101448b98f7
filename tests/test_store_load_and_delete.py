"""Loading into the embedded store and deleting from it: the store holds what the export holds,
loading again or a corrected release replaces graphs whole, deletes by ID, language or IRI,
failed, interrupted, duplicate and non-conforming inputs, workers and the cache, tricky
literals, and the ontology's own graph.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from pressgraph.iri import Minter
from pressgraph.stores.embedded import EmbeddedStore
from pressgraph.stores.load import LoadSummary, write_graph
from tests.conftest import CORPUS, SAMPLE
from tests.store_loading import (
    GOOD_INPUTS,
    TRICKY_TEXTS,
    export_nquads,
    export_registry_nquads,
    held,
    literals_in,
    quads_of_file,
    quads_of_store,
    run,
    tricky_chunk,
    write_release,
)

REGISTRY_GRAPH = f"<{Minter().registry_graph()}>"


def totals_of(quads: set[tuple[str, str, str, str]]) -> tuple[int, int]:
    return len({q[3] for q in quads}), len(quads)


def test_load_into_embedded_store_matches_the_export(tmp_path: Path) -> None:
    exported = quads_of_file(export_nquads(tmp_path, GOOD_INPUTS)) | quads_of_file(
        export_registry_nquads(tmp_path))
    store = tmp_path / "store"
    result = run("load", "--no-ontology", *GOOD_INPUTS, "--store", store)
    assert result.exit_code == 0, result.output
    assert quads_of_store(store) == exported
    graphs, triples = totals_of(exported)
    assert held(result.output) == (graphs, triples)
    assert f"{len(GOOD_INPUTS)} releases, {graphs} named graphs, {triples} triples" in \
        result.output
    assert "0 failed" in result.output


def test_loading_twice_changes_no_count(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = run("load", "--no-ontology", *GOOD_INPUTS, "--store", store)
    before = quads_of_store(store)
    second = run("load", "--no-ontology", *GOOD_INPUTS, "--store", store)
    assert first.exit_code == second.exit_code == 0
    assert held(first.output) == held(second.output)
    assert quads_of_store(store) == before


def test_a_corrected_release_leaves_none_of_the_old_facts(tmp_path: Path) -> None:
    release = write_release(tmp_path / "P2024100900123.txt", "Old title of the meeting")
    store = tmp_path / "store"
    assert run("load", "--no-ontology", release, SAMPLE, "--store", store).exit_code == 0
    write_release(release, "Corrected title of the meeting")
    assert run("load", "--no-ontology", release, "--store", store).exit_code == 0
    quads = quads_of_store(store)
    literals = " ".join(q[2] for q in quads)
    assert "Corrected title" in literals and "Old title" not in literals
    graph = Minter().release_graph("P2024100900123", "en")
    exported = quads_of_file(export_nquads(tmp_path, [release]))
    assert {q for q in quads if q[3] == f"<{graph}>"} == exported
    assert len({q[3] for q in quads}) == 3  # the sample's graph and the registry's untouched


def test_delete_by_id_language_and_iri(tmp_path: Path) -> None:
    store = tmp_path / "store"
    inputs = [write_release(tmp_path / f"P20241009001{n}.txt", f"Meeting number {n}")
              for n in (10, 11, 12)]
    assert run("load", "--no-ontology", *inputs, "--store", store).exit_code == 0
    minter = Minter()
    result = run("delete", "P2024100900110", "P2024100900111/en",
                 minter.release_graph("P2024100900112", "en"), "--store", store)
    assert result.exit_code == 0, result.output
    assert "deleted 3 named graphs" in result.output
    assert {q[3] for q in quads_of_store(store)} == {REGISTRY_GRAPH}  # releases only


def test_delete_reports_what_is_not_there(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run("load", "--no-ontology", SAMPLE, "--store", store).exit_code == 0
    before = quads_of_store(store)
    result = run("delete", "P2099010100001", "--store", store)
    assert result.exit_code == 2
    assert "P2099010100001: not in" in result.output
    assert quads_of_store(store) == before
    bad = run("delete", "not-an-id", "--store", store)
    assert bad.exit_code == 2 and "is not a release ID" in bad.output


def test_a_store_in_use_gets_a_clear_error(tmp_path: Path) -> None:
    holder = EmbeddedStore(tmp_path / "store")
    try:
        result = run("load", "--no-ontology", SAMPLE, "--store", tmp_path / "store")
    finally:
        holder.close()
    assert result.exit_code == 2
    assert "cannot open the store" in result.output and "Traceback" not in result.output


def test_load_needs_exactly_one_target(tmp_path: Path) -> None:
    result = run("load", "--no-ontology", SAMPLE)
    assert result.exit_code == 2 and "exactly one of --store DIR and --endpoint URL" in \
        result.output


def test_no_progress_bar_outside_a_terminal(tmp_path: Path) -> None:
    result = run("load", "--no-ontology", SAMPLE, *GOOD_INPUTS[:3], "--store", tmp_path / "store")
    assert result.exit_code == 0 and "loading" not in result.output


def test_failed_inputs_are_summarised_and_the_rest_loaded(tmp_path: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    result = run("load", "--no-ontology", CORPUS / "awkward", "--store", tmp_path / "store",
                 "--errors", errors)
    assert result.exit_code == 2
    report = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [r["stage"] for r in report] == ["read"]
    assert "awkward-empty.txt: not loaded: read: input is empty" in result.output
    assert result.output.count("awkward-empty.txt") == 1  # named once, as it failed
    graphs, _ = held(result.output)
    assert graphs == len(list((CORPUS / "awkward").glob("*.txt"))) - 1 + 1  # and the registry


def test_an_interrupted_load_says_what_is_in_the_store(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from pressgraph.cli import load as load_cli
    from pressgraph.stores.load import load_releases

    def interrupted(refs, settings, target, **kwargs):  # type: ignore[no-untyped-def]
        first = list(itertools.islice(refs, 1))
        load_releases(first, settings, target, summary=kwargs["summary"])
        raise KeyboardInterrupt

    monkeypatch.setattr(load_cli, "load_releases", interrupted)
    result = run("load", "--no-ontology", *GOOD_INPUTS[:3], "--store", tmp_path / "store")
    assert result.exit_code == 130
    assert "interrupted after 1 releases" in result.output and "none is half-loaded" in \
        result.output
    assert len({q[3] for q in quads_of_store(tmp_path / "store")}) == 1


def test_two_inputs_of_one_release_are_reported(tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    first = write_release(tmp_path / "P2024100900126.txt", "First version of the meeting")
    copy = tmp_path / "copy"
    copy.mkdir()
    second = write_release(copy / "P2024100900126.txt", "Second version of the meeting")
    result = run("load", "--no-ontology", first, second, "--store", tmp_path / "store")
    assert result.exit_code == 0, result.output
    [warning] = [r.getMessage() for r in caplog.records if "replaced the graph" in
                 r.getMessage()]
    assert warning.startswith(str(second)) and str(first) in warning
    assert "2 releases, 2 named graphs" in result.output  # one release, and the registry
    literals = " ".join(q[2] for q in quads_of_store(tmp_path / "store"))
    assert "Second version" in literals and "First version" not in literals


def test_a_release_that_does_not_conform_is_not_loaded(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from pressgraph import pipeline
    from pressgraph.validate import ValidationResult, Violation

    def refuse_the_sample(mapped, validator="fast"):  # type: ignore[no-untyped-def]
        titles = " ".join(str(o) for o in mapped.graph.objects())
        if "Expert Group" not in titles:
            return ValidationResult(True, ())
        return ValidationResult(False, (Violation("urn:x", "dct:title", "too short", "Violation",
                                                  "urn:shape", "MinLengthConstraintComponent"),))

    monkeypatch.setattr(pipeline, "check_graph", refuse_the_sample)
    other = GOOD_INPUTS[0]
    result = run("load", "--no-ontology", SAMPLE, other, "--store", tmp_path / "store", "-j", "1")
    assert result.exit_code == 1
    assert f"{SAMPLE}: does not conform: urn:x dct:title: too short" in result.output
    assert f"{SAMPLE}: not loaded: does not conform to the shapes" in result.output
    assert len({q[3] for q in quads_of_store(tmp_path / "store")} - {REGISTRY_GRAPH}) == 1


def test_help_of_the_store_commands() -> None:
    for command in ("load", "delete", "query"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "--store DIR" in result.output.replace("  ", " ")
        assert "--endpoint URL" in result.output


def test_workers_and_the_cache_load_the_same_store(tmp_path: Path) -> None:
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    assert run("load", "--no-ontology", *GOOD_INPUTS, "--store", serial, "-j", "1").exit_code == 0
    cache = tmp_path / "cache"
    first = run("load", "--no-ontology", *GOOD_INPUTS, "--store", parallel, "-j", "2",
                "--cache", cache)
    assert first.exit_code == 0, first.output
    assert any(cache.rglob("*.json"))
    cached = run("load", "--no-ontology", *GOOD_INPUTS, "--store", parallel, "-j", "2",
                 "--cache", cache)
    assert cached.exit_code == 0, cached.output
    assert quads_of_store(serial) == quads_of_store(parallel)
    assert held(first.output) == held(cached.output)


def test_tricky_literals_survive_the_embedded_store(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        write_graph(store, tricky_chunk(), LoadSummary())
        assert literals_in(store) == TRICKY_TEXTS
    finally:
        store.close()


def test_the_ontology_is_loaded_into_its_own_graph_and_replaced(tmp_path: Path) -> None:
    from pressgraph.iri import ONTOLOGY_IRI
    from pressgraph.validate import ontology_graph

    store = tmp_path / "store"
    first = run("load", SAMPLE, "--store", store, "--no-registry")
    assert first.exit_code == 0, first.output
    quads = quads_of_store(store)
    in_ontology = {q for q in quads if q[3] == f"<{ONTOLOGY_IRI}>"}
    assert len(in_ontology) == len(ontology_graph())
    # The concept schemes the releases point to (sides, roles, statuses) come with it.
    assert {q for q in in_ontology if "#side-" in q[0] and q[1].endswith("#inScheme>")}
    second = run("load", SAMPLE, "--store", store, "--no-registry")
    assert second.exit_code == 0 and quads_of_store(store) == quads
    run("load", "--no-ontology", SAMPLE, "--store", store, "--no-registry")
    assert quads_of_store(store) == quads  # --no-ontology leaves the graph as it is
