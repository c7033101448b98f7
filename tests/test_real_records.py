"""The real evaluation set's records, and ``pressgraph evaluate --records``.

The records file (``evaluation/real/records.jsonl``) is checked for form always; its
texts are not in the repository, so the verbatim check runs only where they have been
pulled (``evaluation/real/texts``). The scorer runs on two records written for the tests.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressgraph.cli import main
from pressgraph.evaluation.records import evaluate_records, year_band

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "evaluation" / "real"
FIXTURE = Path(__file__).parent / "fixtures" / "records"


def _records_module():
    spec = importlib.util.spec_from_file_location("real_records", REAL / "records.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["real_records"] = module
    spec.loader.exec_module(module)
    return module


RECORDS = _records_module()


def _real_records() -> list[dict]:
    path = REAL / "records.jsonl"
    return [r for _, r in RECORDS.read_records(path)] if path.exists() else []


def test_split_is_fixed_by_the_url_and_about_one_in_three():
    urls = [f"https://www.info.gov.hk/gia/general/2020{m:02d}/01/P20200{m:02d}0100{n}.htm"
            for m in range(1, 13) for n in range(100, 200)]
    tests = sum(RECORDS.split_of(u) == "test" for u in urls)
    assert 0.28 < tests / len(urls) < 0.39
    assert all(RECORDS.split_of(u) == RECORDS.split_of(u) for u in urls[:10])
    assert RECORDS.record_id(urls[0]) != RECORDS.record_id(urls[1])


def test_the_records_file_is_the_union_of_its_parts(tmp_path, capsys):
    """records.jsonl is derived from parts/*.jsonl (``records.py merge``); both are
    committed, so the union must be byte for byte what the parts give."""
    path = REAL / "records.jsonl"
    if not path.exists():
        pytest.skip("no records file yet")
    merged = tmp_path / "records.jsonl"
    RECORDS.merge(REAL / "parts", merged)
    capsys.readouterr()
    assert merged.read_bytes() == path.read_bytes(), "run: python3 evaluation/real/records.py merge"


def test_every_real_record_is_well_formed():
    records = _real_records()
    if not records:
        pytest.skip("no records file yet")
    urls = [r["url"] for r in records]
    assert len(urls) == len(set(urls)), "a URL is recorded twice"
    for record in records:
        assert RECORDS.schema_problems(record) == [], record["url"]
        assert record["id"] == RECORDS.record_id(record["url"])
        assert record["split"] == RECORDS.split_of(record["url"])


def test_real_gold_occurs_verbatim_in_the_pulled_texts():
    texts = REAL / "texts"
    pulled = [r for r in _real_records() if (texts / f"{r['id']}.txt").exists()]
    if not pulled:
        pytest.skip("the real texts are not pulled (see evaluation/real/README.md)")
    problems = {r["id"]: RECORDS.verbatim_problems(r, (texts / f"{r['id']}.txt").read_text(
        encoding="utf-8")) for r in pulled}
    assert {k: v for k, v in problems.items() if v} == {}


def test_verbatim_check_names_a_string_not_in_the_text():
    record = json.loads((FIXTURE / "records.jsonl").read_text(encoding="utf-8").splitlines()[0])
    text = (FIXTURE / "texts" / f"{record['id']}.txt").read_text(encoding="utf-8")
    assert RECORDS.verbatim_problems(record, text) == []
    record["gold"]["meetings"][0]["chairs"][0]["post"] = "Secretary for Shipping"
    assert RECORDS.verbatim_problems(record, text) == [
        "chair post 'Secretary for Shipping' is not in the text"]


def test_a_meetings_evidence_must_be_offsets_on_words_of_the_text():
    record = json.loads((FIXTURE / "records.jsonl").read_text(encoding="utf-8").splitlines()[0])
    text = (FIXTURE / "texts" / f"{record['id']}.txt").read_text(encoding="utf-8")
    meeting = record["gold"]["meetings"][0]
    start = text.index(meeting["chairs"][0]["name"])
    meeting["evidence"] = [start, start + 40]
    assert RECORDS.schema_problems(record) == []
    assert RECORDS.verbatim_problems(record, text) == []
    meeting["evidence"] = [len(text) - 1, len(text) + 10]
    assert RECORDS.verbatim_problems(record, text) == [
        f"meeting 1: evidence {meeting['evidence']} is not on words of the text"]
    for wrong in ([5, 5], [7, 3], ["1", 9], [1, 2, 3], [True, 4]):
        meeting["evidence"] = wrong
        assert RECORDS.schema_problems(record) == [
            "meeting 1: evidence must be [start, end], character offsets with start < end"]


def test_year_bands_follow_the_sampling_plan():
    assert [year_band(y) for y in (1997, 2001, 2002, 2016, 2021, 2022, 2025)] == [
        "1997-2001", "1997-2001", "2002-2006", "2012-2016", "2017-2021", "2022-2025",
        "2022-2025"]


def test_records_are_scored_with_facets_and_the_release_id():
    report = evaluate_records(FIXTURE / "texts", FIXTURE / "records.jsonl")
    assert len(report.files) == 2
    assert set(report.facet_names()) == {"split", "language", "form", "band", "kind"}
    totals = report.totals()
    assert totals["release ID"].tp == 2 and totals["release ID"].fp == 0
    assert totals["release title"].tp + totals["release title"].fn == 2  # both gold titles scored
    assert report.facet_values("band") == ["2002-2006", "2022-2025"]
    invented, empty = report.invented_meetings()
    assert (invented, empty) == (0, 1)


def test_evaluate_cli_takes_records_and_a_split(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["evaluate", str(FIXTURE / "texts"), "--records",
                                  str(FIXTURE / "records.jsonl"), "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["inputs"] == 2
    assert set(document["by"]) == {"split", "language", "form", "band", "kind"}
    splits = {r["facets"]["split"] for r in document["files"]}
    for split in splits:
        one = runner.invoke(main, ["evaluate", str(FIXTURE / "texts"), "--records",
                                   str(FIXTURE / "records.jsonl"), "--split", split,
                                   "--format", "json"])
        assert one.exit_code == 0, one.output
        assert {r["facets"]["split"] for r in json.loads(one.output)["files"]} == {split}


def test_evaluate_cli_wants_one_source_of_gold():
    runner = CliRunner()
    neither = runner.invoke(main, ["evaluate", str(FIXTURE / "texts")])
    assert neither.exit_code == 2 and "exactly one of --gold" in neither.output
    stray = runner.invoke(main, ["evaluate", str(FIXTURE / "texts"), "--gold", str(FIXTURE),
                                 "--split", "dev"])
    assert stray.exit_code == 2 and "--split goes with --records" in stray.output


def test_a_broken_records_file_names_its_line(tmp_path):
    broken = tmp_path / "records.jsonl"
    broken.write_text('{"id": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(FIXTURE / "texts"), "--records",
                                       str(broken)])
    assert result.exit_code == 2
    assert "records.jsonl:1: a record needs id, url" in result.output


def test_no_real_release_is_refused(tmp_path):
    """Nothing lost on real pages: every pulled text gives a release (whole or in part)."""
    texts = REAL / "texts"
    if not any(texts.glob("*.txt")) if texts.is_dir() else True:
        pytest.skip("the real texts are not pulled (see evaluation/real/README.md)")
    out = tmp_path / "real.nt"
    rejects = tmp_path / "rejects.jsonl"
    result = CliRunner().invoke(main, ["-q", "export", str(texts), "-f", "nt", "-o", str(out),
                                       "--rejects", str(rejects)])
    assert result.exit_code in (0, 4), result.output
    refused = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()
               if json.loads(line)["outcome"] == "refused"] if rejects.exists() else []
    assert refused == []
