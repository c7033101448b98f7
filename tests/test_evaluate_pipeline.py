"""The scorer end to end on small corpora: it runs the pipeline and reads the graph back with the
queries (of an in-memory store too), and ``pressgraph evaluate`` prints a table and checks.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from pressgraph.cli import main
from pressgraph.evaluate import (
    HANDLED,
    RELEASE_DATE,
    TITLE,
    build_system,
    evaluate_corpus,
)
from tests.conftest import CORPUS
from tests.scorer_rows import (
    tpfpfn,
)


def small_corpus(tmp_path: Path, names: list[str]) -> tuple[Path, Path]:
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    for name in names:
        for source, target in ((CORPUS / name, corpus / name),
                               (CORPUS / "gold" / Path(name).with_suffix(".json"),
                                gold / Path(name).with_suffix(".json"))):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return corpus, gold


def test_the_scorer_runs_the_pipeline_and_reads_the_graph_back(tmp_path: Path) -> None:
    corpus, gold = small_corpus(tmp_path, ["non-meeting-2024-05-tender-notice.txt",
                                           "awkward/awkward-empty.txt"])
    report = evaluate_corpus(corpus, gold)
    by_file = {f.file: f for f in report.files}
    assert by_file["awkward/awkward-empty.txt"].outcome == "error"
    assert tpfpfn(by_file["awkward/awkward-empty.txt"].counts[HANDLED]) == (1, 0, 0)
    tender = by_file["non-meeting-2024-05-tender-notice.txt"]
    assert tender.outcome == "release"
    # The release title comes back through releases.rq from the exported graph.
    assert tpfpfn(tender.counts[TITLE]) == (1, 0, 0)
    assert tpfpfn(tender.counts[RELEASE_DATE]) == (1, 0, 0)


def test_cli_prints_a_table_and_check_fails_below_target(tmp_path: Path) -> None:
    corpus, gold = small_corpus(tmp_path, ["en-2023-03-meeting-commission-on-poverty.txt"])
    runner = CliRunner()
    result = runner.invoke(main, ["evaluate", str(corpus), "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert "participants with side" in result.output and "Misses" in result.output
    # The fixture has meetings; unless every field is perfect, --check must fail.
    checked = runner.invoke(main, ["evaluate", str(corpus), "--gold", str(gold), "--check",
                                   "--format", "json"])
    document = json.loads(checked.stdout)
    expected = 0 if all(t["met"] for t in document["targets"]) else 1
    assert checked.exit_code == expected
    assert document["inputs"] == 1


def test_cli_refuses_a_missing_gold_directory(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", str(CORPUS), "--gold", str(tmp_path / "no")])
    assert result.exit_code == 2
    assert "gold" in result.output


def test_graph_rows_asks_the_queries_of_an_in_memory_store() -> None:
    from rdflib import Graph, Literal, URIRef

    from pressgraph.evaluate import QuerySet, graph_rows

    ex = "https://example.org/"
    graph = Graph()
    graph.add((URIRef(ex + "m1"), URIRef(ex + "date"), Literal("2025-10-20")))
    graph.add((URIRef(ex + "m1"), URIRef(ex + "place"), Literal("Hong Kong", lang="en")))
    meetings = (f"SELECT ?meeting ?date ?locationName WHERE {{ ?meeting <{ex}date> ?date ; "
                f"<{ex}place> ?locationName }}")
    queries = QuerySet({"meetings": meetings, "agenda": "SELECT nonsense", "visits": None})
    rows, columns = graph_rows(graph, ex + "graph", queries)
    assert rows["meetings"] == [{"meeting": ex + "m1", "date": "2025-10-20",
                                 "locationName": "Hong Kong"}]
    assert rows["agenda"] is None and rows["visits"] is None
    assert columns["meetings"] == ("meeting", "date", "locationName")
    assert any("agenda.rq cannot be answered" in n for n in queries.notes)
    assert any("meetings.rq has no column ?body, ?bodyName" in n for n in queries.notes)
    system = build_system(rows, None, columns=columns)
    assert [sorted(m.places) for m in system.meetings] == [["Hong Kong"]]
    assert not system.status_available
