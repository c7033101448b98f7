"""Running the pipeline on an input and asking the shipped queries of its graph."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pressgraph import resources
from pressgraph.errors import PressgraphError, QueryError, UsageError
from pressgraph.evaluation.fields import (
    _QUERY_FIELDS,
    BODY_NAMES_QUERY,
    NAMES_QUERY,
    PLACE_NAMES_QUERY,
    QUERY_COLUMNS,
    STATUS,
    STATUS_QUERY,
    Report,
)
from pressgraph.evaluation.scoring import RunOutcome, score_release
from pressgraph.evaluation.system import Rows, SystemRelease, build_system

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
        for name in (*QUERY_COLUMNS, STATUS_QUERY, NAMES_QUERY, PLACE_NAMES_QUERY,
                     BODY_NAMES_QUERY):
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
    """Run the pipeline on one input as ``export`` would (a fact that breaks a shape is left
    out, the rest of the release kept), and read its graph back."""
    from pressgraph.pipeline import process

    try:
        processed = process(ref, options, validate_graph=validate_graph, strict=False)
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
    left_out = len(processed.rejections) if processed.partial else 0
    return RunOutcome("release", f"written in part: {left_out} fact(s) left out"
                      if left_out else ""), system


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
