"""Targets, and the report as a table or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pressgraph.errors import UsageError
from pressgraph.evaluation.fields import (
    AGENDA,
    ALL,
    BODY,
    CHAIRS,
    DATE,
    FIELDS,
    GROUPS,
    HANDLED,
    LANGUAGE,
    MEETING,
    ORDINAL,
    PARTICIPANTS,
    PLACE,
    RELEASE_DATE,
    RELEASE_ID,
    RELEASE_TIME,
    STATUS,
    TITLE,
    VISITS,
    Counts,
    Report,
    _data_text,
)

# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class Target:
    group: str
    field: str
    min_f1: float


def load_targets(path: Path | None = None) -> list[Target]:
    """Targets from a JSON file (default: the shipped ``data/evaluation-targets.json``)."""
    where = str(path) if path else "pressgraph/data/evaluation-targets.json"
    try:
        text = path.read_text(encoding="utf-8") if path else _data_text("evaluation-targets.json")
        data = json.loads(text)
        targets = [Target(group, name, float(value))
                   for entry in data["targets"] for group in entry["groups"]
                   for name, value in entry["min_f1"].items()]
    except OSError as exc:
        raise UsageError(f"cannot read the targets: {exc.strerror or exc}", source=where) from exc
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UsageError(f"the targets file is malformed: {exc}; expected "
                         '{"targets": [{"groups": [...], "min_f1": {field: number}}]}',
                         source=where) from exc
    for target in targets:
        if target.field not in FIELDS:
            raise UsageError(f"unknown field {target.field!r}; expected one of {', '.join(FIELDS)}",
                             source=where)
        if target.group not in (ALL, *GROUPS):
            raise UsageError(f"unknown group {target.group!r}; expected one of "
                             f"{', '.join((ALL, *GROUPS))}", source=where)
    return targets


@dataclass(frozen=True)
class TargetResult:
    target: Target
    f1: float

    @property
    def met(self) -> bool:
        return self.f1 + 1e-9 >= self.target.min_f1


def check_targets(report: Report, targets: Sequence[Target]) -> list[TargetResult]:
    """Every target of a group present in the run, with the F1 reached."""
    present = {ALL, *report.groups_present()}
    totals = {group: report.totals(group) for group in present}
    return [TargetResult(t, totals[t.group][t.field].f1) for t in targets if t.group in present]


# --------------------------------------------------------------------------- output


def _fmt(value: float) -> str:
    return f"{value:.3f}"


def format_table(report: Report, results: Sequence[TargetResult] = (), *,
                 show_misses: bool = True) -> str:
    lines: list[str] = []
    groups = report.groups_present()
    counts = ", ".join(f"{sum(1 for f in report.files if f.group == g)} {g}" for g in groups)
    gold_meetings = sum(c.tp + c.fn for c in [report.totals()[MEETING]])
    lines.append(f"pressgraph evaluation: {len(report.files)} inputs ({counts}); "
                 f"{gold_meetings} gold meetings")
    lines.append("")
    all_targets = {(r.target.group, r.target.field): r for r in results}
    header = f"{'field':<24} {'TP':>5} {'FP':>5} {'FN':>5} {'P':>6} {'R':>6} {'F1':>6}  target"
    lines += [header, "-" * len(header)]
    for name, c in report.totals().items():
        result = all_targets.get((ALL, name))
        mark = "" if result is None else f">= {result.target.min_f1:.2f} " + (
            "ok" if result.met else "BELOW")
        lines.append(f"{name:<24} {c.tp:>5} {c.fp:>5} {c.fn:>5} {_fmt(c.precision):>6} "
                     f"{_fmt(c.recall):>6} {_fmt(c.f1):>6}  {mark}".rstrip())
    lines.append("")
    lines.append("F1 by group (* below target)")
    by_group = {g: report.totals(g) for g in groups}
    header = f"{'field':<24} " + " ".join(f"{g:>11}" for g in groups)
    lines += [header, "-" * len(header)]
    for name in FIELDS:
        cells = []
        for g in groups:
            result = all_targets.get((g, name))
            star = "*" if result is not None and not result.met else " "
            cells.append(f"{_fmt(by_group[g][name].f1):>10}{star}")
        lines.append(f"{name:<24} " + " ".join(cells))
    lines += _facet_tables(report)
    every, none, with_gold = report.meetings_found_per_input()
    if with_gold:
        lines += ["", f"Inputs with meetings: every meeting found in {every} of {with_gold} "
                  f"({100 * every / with_gold:.1f} %), none found in {none} "
                  f"({100 * none / with_gold:.1f} %)"]
    invented, empty = report.invented_meetings()
    if empty:
        lines += ["", f"Meetings invented on inputs with no meeting: {invented} of {empty} "
                  f"({100 * invented / empty:.1f} %)"]
    failures = [f for f in report.files if f.outcome != "release"]
    if failures:
        lines += ["", "Inputs without a release graph"]
        lines += [f"  {f.file}: {f.outcome}: {f.message}" for f in failures]
    notes = report.notes + [f"{f.file}: {n}" for f in report.files for n in f.notes]
    if notes:
        lines += ["", "Notes"]
        lines += [f"  {n}" for n in dict.fromkeys(notes)]
    below = [r for r in results if not r.met]
    if results:
        lines += ["", f"Targets: {len(results) - len(below)} of {len(results)} met"]
        lines += [f"  below: {r.target.group} / {r.target.field}: F1 {_fmt(r.f1)} < "
                  f"{r.target.min_f1:.2f}" for r in below]
    if show_misses:
        misses = report.misses
        lines += ["", f"Misses ({len(misses)})"]
        for m in misses:
            where = f" {m.meeting}" if m.meeting else ""
            lines.append(f"  {m.file}{where} | {m.field} | expected: {m.expected} | got: {m.got}")
    return "\n".join(lines) + "\n"


#: Short column heads for the per-facet tables.
_SHORT = {MEETING: "meet", BODY: "body", ORDINAL: "ord", DATE: "date", PLACE: "place",
          STATUS: "status", CHAIRS: "chairs", PARTICIPANTS: "partic", AGENDA: "agenda",
          VISITS: "visits", TITLE: "title", RELEASE_DATE: "rdate", RELEASE_TIME: "rtime",
          RELEASE_ID: "id", LANGUAGE: "lang", HANDLED: "handled"}


def _f1_or_dash(counts: Counts) -> str:
    """F1, or "-" where the inputs had nothing to score for the field."""
    return _fmt(counts.f1) if counts.tp + counts.fp + counts.fn else "-"


def _facet_tables(report: Report) -> list[str]:
    """F1 per field for each value of each facet (language, form, kind...), one row a value."""
    lines: list[str] = []
    for facet in report.facet_names():
        values = report.facet_values(facet)
        width = max(len(facet), *(len(v) for v in values)) + 1
        header = f"{facet:<{width}} {'n':>4} " + " ".join(f"{_SHORT[f]:>7}" for f in FIELDS)
        lines += ["", f"F1 by {facet} ({len(values)} values)", header, "-" * len(header)]
        for value in values:
            count = sum(1 for r in report.files if r.facets.get(facet) == value)
            totals = report.facet_totals(facet, value)
            cells = " ".join(f"{_f1_or_dash(totals[f]):>7}" for f in FIELDS)
            lines.append(f"{value:<{width}} {count:>4} {cells}")
    return lines


def to_json(report: Report, results: Sequence[TargetResult] = ()) -> str:
    groups = report.groups_present()
    document = {
        "inputs": len(report.files),
        "fields": {name: c.as_dict() for name, c in report.totals().items()},
        "groups": {g: {name: c.as_dict() for name, c in report.totals(g).items()} for g in groups},
        "targets": [{"group": r.target.group, "field": r.target.field,
                     "min_f1": r.target.min_f1, "f1": round(r.f1, 4), "met": r.met}
                    for r in results],
        "by": {facet: {value: {name: c.as_dict()
                               for name, c in report.facet_totals(facet, value).items()}
                       for value in report.facet_values(facet)}
               for facet in report.facet_names()},
        "invented_meetings": dict(zip(("inputs_with_meetings", "inputs_without_gold_meetings"),
                                      report.invented_meetings(), strict=True)),
        "meetings_found_per_input": dict(zip(
            ("every_meeting_found", "no_meeting_found", "inputs_with_gold_meetings"),
            report.meetings_found_per_input(), strict=True)),
        "files": [{"file": f.file, "group": f.group, "outcome": f.outcome, "message": f.message,
                   "facets": f.facets, "notes": f.notes,
                   "fields": {name: c.as_dict() for name, c in f.counts.items()
                              if c.tp or c.fp or c.fn}}
                  for f in report.files],
        "notes": report.notes,
        "misses": [m.as_dict() for m in report.misses],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
