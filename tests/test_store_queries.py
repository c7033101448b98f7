"""Querying the embedded store: every query in queries/ gives the same rows from a file and from
the store, the union option, result formats, the one source a query needs, the documented
example queries, and SPARQL JSON results normalised.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressgraph.sparql import parse_json_results
from tests.conftest import ROOT, SAMPLE
from tests.store_loading import (
    GOOD_INPUTS,
    QUERIES,
    export_nquads,
    export_registry_nquads,
    run,
    sorted_rows,
)


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.name)
def test_queries_return_the_same_rows_from_a_file_and_the_store(tmp_path: Path,
                                                                 query: Path) -> None:
    data = export_nquads(tmp_path, GOOD_INPUTS)
    registry = export_registry_nquads(tmp_path)
    store = tmp_path / "store"
    assert run("load", "--no-ontology", *GOOD_INPUTS, "--store", store).exit_code == 0
    from_file = run("query", query, "--data", data, "--data", registry, "--format", "json")
    from_store = run("query", query, "--store", store, "--format", "json")
    assert from_file.exit_code == from_store.exit_code == 0, from_store.output
    file_doc, store_doc = json.loads(from_file.stdout), json.loads(from_store.stdout)
    assert file_doc["head"] == store_doc["head"]
    assert sorted_rows(file_doc) == sorted_rows(store_doc)
    if query.name == "releases.rq":
        assert len(store_doc["results"]["bindings"]) == len(GOOD_INPUTS)


def test_union_option_on_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run("load", "--no-ontology", SAMPLE, "--store", store).exit_code == 0
    union = run("query", "releases", "--store", store, "--format", "csv")
    plain = run("query", "releases", "--store", store, "--format", "csv", "--no-union")
    assert len(union.stdout.splitlines()) == 2  # header and the sample
    assert len(plain.stdout.splitlines()) == 1  # the default graph itself is empty


def test_result_formats_from_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run("load", "--no-ontology", SAMPLE, "--store", store).exit_code == 0
    tsv = run("query", "releases", "--store", store, "--format", "tsv").stdout.splitlines()
    assert tsv[0] == "?release\t?title\t?issued\t?language\t?identifier"
    assert tsv[1].startswith("<https://w3id.org/pressgraph/id/release/")
    csv_bytes = run("query", "releases", "--store", store, "--format", "csv").stdout_bytes
    assert csv_bytes.startswith(b"release,title,issued,language,identifier\r\n")
    table = run("query", "releases", "--store", store).stdout
    assert table.rstrip().endswith("(1 rows)")


def test_query_needs_exactly_one_source(tmp_path: Path) -> None:
    neither = run("query", "releases")
    both = run("query", "releases", "--store", tmp_path, "--endpoint", "http://127.0.0.1:9/")
    assert neither.exit_code == both.exit_code == 2
    assert "exactly one of" in neither.output


def test_query_of_a_missing_store_does_not_create_one(tmp_path: Path) -> None:
    result = run("query", "releases", "--store", tmp_path / "nowhere")
    assert result.exit_code == 2 and "no pressgraph store here" in result.output
    assert not (tmp_path / "nowhere").exists()


DOCS = ROOT / "docs" / "triple-stores.md"


def test_the_documented_example_queries_answer_on_the_seed(tmp_path: Path) -> None:
    blocks = DOCS.read_text(encoding="utf-8").split("```sparql\n")[1:]
    assert len(blocks) >= 3
    store = tmp_path / "store"
    assert run("load", "--no-ontology", SAMPLE, "--store", store).exit_code == 0
    for number, block in enumerate(blocks):
        query = tmp_path / f"example-{number}.rq"
        query.write_text(block.split("```", 1)[0], encoding="utf-8")
        result = run("query", query, "--store", store, "--format", "json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["results"]["bindings"], f"example {number}: no rows"


def test_json_results_are_normalised() -> None:
    document = {"head": {"vars": ["a", "b", "c"]}, "results": {"bindings": [{
        "a": {"type": "literal", "value": "x",
              "datatype": "http://www.w3.org/2001/XMLSchema#string"},
        "b": {"type": "literal", "value": "y", "xml:lang": "en",
              "datatype": "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}}]}}
    result = parse_json_results(json.dumps(document))
    a, b, c = result.rows[0]
    assert a is not None and a.datatype is None
    assert b is not None and (b.language, b.datatype) == ("en", None)
    assert c is None
