"""Score the pipeline against a records file: real releases whose gold lives in JSON lines.

A record (``evaluation/real/README.md`` describes them) names a release by its ``url`` and
``id``, says what it is (``kind``, ``language``, ``form``, ``year``, ``split``) and carries
its gold facts. Its text is ``TEXTS/<id>.txt``. Each text runs through the pipeline as
``export --source-url URL`` would (the URL is what a harvest knows of a page; its language
is not declared, so the language is scored too), and is scored as
:mod:`pressgraph.evaluate` scores a corpus file, with the record's facets kept so that the
report can be read per split, language, form, kind and five-year band.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pressgraph.errors import UsageError
from pressgraph.evaluation.fields import VISITS, Report
from pressgraph.evaluation.running import QuerySet, run_input
from pressgraph.evaluation.scoring import score_release
from pressgraph.reader import InputRef

SPLITS = ("dev", "test")
#: Fields a record's gold does not state, so they are not scored.
UNSCORED_FIELDS = (VISITS,)
#: The facets a records report is broken down by, in the order they are printed.
FACETS = ("split", "language", "form", "band", "kind")


def year_band(year: int) -> str:
    """The five-year band of the sampling plan a year falls in (1997–2001, 2002–2006…)."""
    start = 1997 + (year - 1997) // 5 * 5
    end = 2025 if start >= 2022 else start + 4  # the last band runs to the archive's end
    return f"{start}-{end}"


def read_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each record with its line number; a line that is not a record is a usage error."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read the records: {exc.strerror or exc}",
                         source=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"the records file is not UTF-8: {exc}", source=str(path)) from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"not a JSON object: {exc.msg}", source=str(path),
                             line=number) from exc
        missing = [k for k in ("id", "url", "split", "language", "gold") if k not in record]
        if missing or not isinstance(record.get("gold"), dict):
            raise UsageError("a record needs id, url, split, language and a gold object; "
                             f"missing: {', '.join(missing) or 'gold object'}",
                             source=str(path), line=number)
        yield number, record


def gold_of(record: dict[str, Any]) -> dict[str, Any]:
    """The record's gold in the corpus gold's form: announced meetings are listed too."""
    gold = dict(record["gold"])
    gold.setdefault("language", record["language"])
    gold["lists_planned_meetings"] = True
    gold["unscored_fields"] = UNSCORED_FIELDS
    gold["meetings"] = [_meeting_gold(m) for m in gold.get("meetings") or []]
    return gold


def _meeting_gold(meeting: dict[str, Any]) -> dict[str, Any]:
    """A record's meeting with no place is one whose text names none (not a video
    conference, as in the corpus gold): its place is not scored."""
    meeting = dict(meeting)
    if meeting.get("location") is None and meeting.get("mode") != "video conference":
        meeting["location_unstated"] = True
    return meeting


def facets_of(record: dict[str, Any]) -> dict[str, str]:
    year = record.get("year")
    return {
        "split": str(record["split"]),
        "language": str(record["language"]),
        "form": str(record.get("form") or "unknown"),
        "band": year_band(year) if isinstance(year, int) else "unknown",
        "kind": str(record.get("kind") or "unknown"),
    }


def evaluate_records(texts_dir: Path, records_path: Path, *, split: str | None = None,
                     base: str | None = None, validate_graph: bool = True) -> Report:
    """Run the pipeline on the text of every record (of ``split``, or all) and score it."""
    from pressgraph.iri import DEFAULT_BASE
    from pressgraph.pipeline import map_options

    if not texts_dir.is_dir():
        raise UsageError("not a directory of release texts (see evaluation/real/README.md, "
                         "'Pulling the texts')", source=str(texts_dir))
    if split is not None and split not in SPLITS:
        raise UsageError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    options = map_options(base or DEFAULT_BASE)
    queries = QuerySet.shipped()
    report = Report()
    missing = 0
    for _, record in read_records(records_path):
        if split is not None and record["split"] != split:
            continue
        text_path = texts_dir / f"{record['id']}.txt"
        if not text_path.is_file():
            missing += 1
            continue
        ref = InputRef(source=str(text_path), path=text_path, source_url=record["url"])
        outcome, system = run_input(ref, options, queries, validate_graph=validate_graph)
        result = score_release(record["id"], gold_of(record), outcome, system)
        result.facets = facets_of(record)
        report.files.append(result)
    if missing:
        report.notes.append(f"{missing} record(s) have no text in {texts_dir}; not scored")
    report.notes[:0] = queries.notes
    if not report.files:
        raise UsageError("no record with a text was found"
                         + (f" in split {split!r}" if split else ""), source=str(records_path))
    return report
