"""Train and measure the learned participant filter (``participant_features.py``, beside this).

    pip install -e ".[train]"
    python evaluation/real/train_participants.py --records evaluation/real/records.jsonl \\
        --texts evaluation/real/texts [--exclude parts/b7-zh.jsonl ...] [--out PATH]

Reads the ``dev`` records only (the ``test`` split is never seen). Every ``dev`` release is
run through the pipeline as the evaluation runs it (``pressgraph.evaluation``: extract,
resolve, map, validate, ask the shipped queries), with the filter off; its system meetings
are aligned with its gold meetings and their participants paired with the gold ones by the
evaluation's own functions (``align_meetings``, ``match_items`` with the participants'
``same``: the agency's name and its side). A candidate (an ``OrganisationMention`` of an
extracted meeting) is positive when the graph's participant it became is paired with a gold
participant, negative when it is not; a candidate that reaches no participant of a scored
meeting (unresolved, left out of the graph) counts for nothing. Each candidate is described
by ``participant_features.features``; an L2-regularised logistic model over them is fitted
(a feature seen in fewer than ``MIN_RELEASES`` releases is not one).

The threshold is chosen by five-fold cross-validation grouped by release (fixed folds: the
releases sorted by id, the i-th in fold i mod 5): each fold's candidates are scored by the
model fitted without that fold, a participant of the graph is kept when any candidate that
became it scores at least the threshold, and the threshold kept is the one that maximises
F0.5 of those out-of-fold predictions (precision weighted: missing an agency is better than
inventing one), the gold participants no candidate reached counting as misses; on a tie,
the lower threshold. The curve (P / R / F1 / F0.5 per threshold) is printed, then the
out-of-fold figure as the evaluation counts it: each fold's releases evaluated with the
filter of the model that did not see them, at the chosen threshold (and in sample, for
comparison). The weights are written (to ``--out``) only when, so counted out of fold, the
filter raises F1 of participants with side and their precision by at least
``MIN_PRECISION_GAIN``; on the ``dev`` split of round 10 it did neither (docs/evaluation.md,
"A learned participant filter"), so the filter is not in use. ``--c`` sets the
regularisation, ``--dry-run`` only prints.
Same records and texts, same weights (fixed folds, a deterministic solver, weights rounded
to 5 decimals).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pressgraph.evaluation.fields import PARTICIPANTS, Vocabulary, vocabulary
from pressgraph.evaluation.matching import _field_specs, align_meetings, match_items
from pressgraph.evaluation.records import gold_of
from pressgraph.evaluation.running import QuerySet, graph_rows, run_input
from pressgraph.evaluation.scoring import lists_planned_meetings, score_release
from pressgraph.evaluation.system import Rows, SystemRelease, _grouped, build_system
from pressgraph.extract.meeting_detector import LinearModel
from pressgraph.reader import InputRef

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # participant_features.py lives beside this script

import participant_features  # noqa: E402  (not part of the package: see its docstring)
from train_detector import _matrix, dev_arguments  # noqa: E402  (the detector's trainer, beside this)

FOLDS = 5
MIN_RELEASES = 5  # a feature seen in fewer dev releases is not a feature
C = 0.1
GRID = [round(0.05 * step, 2) for step in range(0, 20)]  # 0.0: nothing dropped
# The filter ships only when, out of fold and as the evaluation counts them, it raises F1
# of participants with side and their precision by at least this much.
MIN_PRECISION_GAIN = 0.03


# --------------------------------------------------------------------------- labels


def paired_participants(gold: Mapping[str, Any], system: SystemRelease,
                        vocab: Vocabulary | None = None) -> dict[tuple[str, int], bool]:
    """Whether each participant of each scored system meeting, as (meeting IRI, index in
    its ``participants``), is paired with a gold participant, as ``score_release`` pairs
    them: the meetings the gold can score (held ones, or all when the gold lists planned
    meetings) aligned with the gold meetings, then the items of each pair matched."""
    vocab = vocab or vocabulary()
    spec = next(s for s in _field_specs(vocab) if s.name == PARTICIPANTS)
    gold_meetings = list(gold.get("meetings") or [])
    claimed = [m for m in system.meetings if lists_planned_meetings(gold) or m.held(vocab)]
    pairs = dict((s, g) for g, s in align_meetings(gold_meetings, claimed, vocab))
    out: dict[tuple[str, int], bool] = {}
    for s, meeting in enumerate(claimed):
        items = spec.system(meeting)
        hits: set[int] = set()
        if s in pairs:
            hits = {b for _, b in match_items(spec.gold(gold_meetings[pairs[s]]), items,
                                              spec.same)}
        out.update(((meeting.iri, j), j in hits) for j in range(len(items)))
    return out


def gold_count(gold: Mapping[str, Any], vocab: Vocabulary | None = None) -> int:
    """How many gold participants the release has (each one a miss unless paired)."""
    spec = next(s for s in _field_specs(vocab or vocabulary()) if s.name == PARTICIPANTS)
    return sum(len(spec.gold(meeting)) for meeting in gold.get("meetings") or [])


def participant_agencies(rows: Rows, meetings: Sequence[str]) -> dict[tuple[str, str], int]:
    """(meeting IRI, agency IRI) -> the index of that participant in the meeting's
    ``participants``, in the order ``build_system`` attaches them."""
    out: dict[tuple[str, str], int] = {}
    count: dict[str, int] = {}
    for meeting, agency in sorted(_grouped(rows, ("agency",), "agencyName")):
        if meeting in meetings:
            out[(meeting, agency)] = count.get(meeting, 0)
            count[meeting] = count.get(meeting, 0) + 1
    return out


@dataclass(frozen=True)
class Candidate:
    release: str
    unit: tuple[str, int]  # (meeting IRI, index of the graph's participant it became)
    features: frozenset[str]
    label: bool


def release_candidates(record: dict[str, Any], texts: Path, options: Any,
                       queries: QuerySet) -> tuple[list[Candidate], int]:
    """The labelled candidates of one release (the filter off) and its gold count."""
    from pressgraph.pipeline import process

    path = texts / f"{record['id']}.txt"
    gold = gold_of(record)
    ref = InputRef(source=str(path), path=path, source_url=record["url"])
    try:
        processed = process(ref, options, validate_graph=True, strict=False)
    except Exception:  # scored as the evaluation scores it: no release, no candidate
        return [], gold_count(gold)
    if not processed.conforms:
        return [], gold_count(gold)
    rows, columns = graph_rows(processed.mapped.graph, processed.mapped.graph_iri, queries)
    system = build_system(rows, processed.mapped.release_iri, columns=columns)
    paired = paired_participants(gold, system)
    index = participant_agencies(rows.get("participants") or [],
                                 [m.iri for m in system.meetings])
    resolved = processed.resolved
    out = []
    for resolved_meeting in resolved.meetings:
        meeting = resolved_meeting.meeting
        meeting_iri = options.minter.thing(resolved_meeting.key)
        for mention in meeting.participants:
            org = resolved.organisation(mention.name)
            if org is None:
                continue
            unit = (meeting_iri, index.get((meeting_iri, options.minter.thing(org.key)), -1))
            if unit not in paired:
                continue
            out.append(Candidate(record["id"], unit, frozenset(participant_features.features(
                mention, meeting, resolved.extraction)), paired[unit]))
    return out, gold_count(gold)


# --------------------------------------------------------------------------- fitting


def fit(candidates: Sequence[Candidate], c: float = C) -> tuple[float, dict[str, float]]:
    """Bias and weights of an L2-regularised logistic model over the candidates' features."""
    seen: dict[str, set[str]] = {}
    for candidate in candidates:
        for feature in candidate.features:
            seen.setdefault(feature, set()).add(candidate.release)
    vocabulary_ = sorted(f for f, where in seen.items() if len(where) >= MIN_RELEASES)
    index = {feature: i for i, feature in enumerate(vocabulary_)}
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, solver="liblinear", max_iter=5000)
    model.fit(_matrix([x.features for x in candidates], index),
              [int(x.label) for x in candidates])
    weights = {f: round(float(w), 5) for f, w in zip(vocabulary_, model.coef_[0], strict=True)
               if abs(w) >= 1e-5}
    return round(float(model.intercept_[0]), 5), weights


def fold_of(ids: Sequence[str]) -> dict[str, int]:
    """The fixed folds: the releases sorted by id, the i-th in fold i mod ``FOLDS``."""
    return {rid: i % FOLDS for i, rid in enumerate(sorted(set(ids)))}


def out_of_fold(candidates: Sequence[Candidate], folds: dict[str, int],
                c: float = C) -> tuple[list[float], list[LinearModel]]:
    """Each candidate's score under the model fitted without its fold, and those models."""
    scores = [0.0] * len(candidates)
    models = []
    for fold in range(FOLDS):
        model = LinearModel(*fit([x for x in candidates if folds[x.release] != fold], c), 0.0)
        models.append(model)
        for i, candidate in enumerate(candidates):
            if folds[candidate.release] == fold:
                scores[i] = model.score(candidate.features)
    return scores, models


@dataclass(frozen=True)
class Point:
    threshold: float
    tp: int
    fp: int
    fn: int

    def _ratio(self, a: int, b: int) -> float:
        return a / b if b else 0.0

    @property
    def precision(self) -> float:
        return self._ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self._ratio(self.tp, self.tp + self.fn)

    def f(self, beta: float = 1.0) -> float:
        p, r = self.precision, self.recall
        return (1 + beta ** 2) * p * r / (beta ** 2 * p + r) if p + r else 0.0


def curve(candidates: Sequence[Candidate], scores: Sequence[float], gold: int,
          grid: Sequence[float] = GRID) -> list[Point]:
    """P / R per threshold: a graph participant is kept when any of its candidates scores at
    least the threshold; the gold participants not paired with a kept one are misses."""
    best: dict[tuple[str, tuple[str, int]], tuple[float, bool]] = {}
    for candidate, score in zip(candidates, scores, strict=True):
        key = (candidate.release, candidate.unit)
        best[key] = (max(score, best.get(key, (0.0, False))[0]), candidate.label)
    points = []
    for threshold in grid:
        kept = [label for score, label in best.values() if score >= threshold]
        tp = sum(kept)
        points.append(Point(threshold, tp, len(kept) - tp, gold - tp))
    return points


def chosen(points: Sequence[Point]) -> Point:
    """The point of highest F0.5; on a tie, the lower threshold."""
    return max(points, key=lambda p: (round(p.f(0.5), 9), -p.threshold))


# --------------------------------------------------------------------------- running


def _ids(paths: list[Path]) -> set[str]:
    return {json.loads(line)["id"] for path in paths
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def dev_records(records: Path, texts: Path, excluded: set[str]) -> list[dict[str, Any]]:
    rows = []
    for line in records.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if record["split"] == "dev" and record["id"] not in excluded \
                and (texts / f"{record['id']}.txt").is_file():
            rows.append(record)
    return rows


def evaluated(records: Sequence[dict[str, Any]], texts: Path,
              model_of: Callable[[str], LinearModel | None]) -> Point:
    """Participants with side as the evaluation counts them, each release extracted with the
    filter ``model_of`` gives it (None: no filter) applied to its finished extraction."""
    from pressgraph import pipeline
    from pressgraph.iri import DEFAULT_BASE

    options, queries = pipeline.map_options(DEFAULT_BASE), QuerySet.shipped()
    extract = pipeline.extract
    tp = fp = fn = 0
    try:
        for record in records:
            model = model_of(record["id"])
            pipeline.extract = (  # type: ignore[assignment]
                extract if model is None else
                lambda release, model=model: participant_features.filtered(extract(release), model))
            path = texts / f"{record['id']}.txt"
            ref = InputRef(source=str(path), path=path, source_url=record["url"])
            outcome, system = run_input(ref, options, queries)
            counts = score_release(record["id"], gold_of(record), outcome, system).counts
            tp, fp, fn = (tp + counts[PARTICIPANTS].tp, fp + counts[PARTICIPANTS].fp,
                          fn + counts[PARTICIPANTS].fn)
    finally:
        pipeline.extract = extract  # type: ignore[assignment]
    return Point(-1.0, tp, fp, fn)


def weights_file(about: str, bias: float, weights: dict[str, float], threshold: float) -> str:
    """The text of a weights file (``participant_features.load`` reads it)."""
    data = {"about": about, "bias": bias, "threshold": threshold, "weights": weights}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def _line(point: Point) -> str:
    return (f"P {point.precision:.3f}  R {point.recall:.3f}  F1 {point.f():.3f}  "
            f"F0.5 {point.f(0.5):.3f}  (TP {point.tp}, FP {point.fp}, FN {point.fn})")


def collect(records: Sequence[dict[str, Any]], texts: Path) -> tuple[list[Candidate], int]:
    from pressgraph.iri import DEFAULT_BASE
    from pressgraph.pipeline import map_options

    options, queries = map_options(DEFAULT_BASE), QuerySet.shipped()
    candidates: list[Candidate] = []
    gold = 0
    for record in records:
        found, count = release_candidates(record, texts, options, queries)
        candidates += found
        gold += count
    return candidates, gold


def main(argv: list[str] | None = None) -> int:
    parser = dev_arguments(__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="where to write the weights, if they pay")
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--dry-run", action="store_true", help="print the curve, write nothing")
    args = parser.parse_args(argv)
    records = dev_records(args.records, args.texts, _ids(args.exclude))
    candidates, gold = collect(records, args.texts)
    folds = fold_of([r["id"] for r in records])
    scores, models = out_of_fold(candidates, folds, args.c)
    points = curve(candidates, scores, gold)
    best = chosen(points)
    print(f"{len(records)} dev releases, {len(candidates)} candidates "
          f"({sum(x.label for x in candidates)} positive), {gold} gold participants; "
          f"C={args.c}", file=sys.stderr)
    print("out-of-fold curve (threshold 0.00: nothing dropped):", file=sys.stderr)
    for point in points:
        mark = "  <- chosen" if point == best else ""
        print(f"  {point.threshold:.2f}  {_line(point)}{mark}", file=sys.stderr)
    before = evaluated(records, args.texts, lambda _: None)
    after = evaluated(records, args.texts, lambda rid: LinearModel(
        models[folds[rid]].bias, models[folds[rid]].weights, best.threshold))
    print(f"as the evaluation counts participants with side on dev, out of fold:\n"
          f"  no filter   {_line(before)}\n  filtered    {_line(after)}", file=sys.stderr)
    bias, weights = fit(candidates, args.c)
    full = LinearModel(bias, weights, best.threshold)
    in_sample = evaluated(records, args.texts, lambda _: full)
    print(f"  in sample   {_line(in_sample)}", file=sys.stderr)
    heaviest = sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:15]
    print("heaviest weights (all dev): " + ", ".join(f"{k} {v:+.2f}" for k, v in heaviest)
          + f"; bias {bias:+.2f}", file=sys.stderr)
    pays = after.f() > before.f() and after.precision - before.precision >= MIN_PRECISION_GAIN
    print(f"out of fold, F1 {before.f():.3f} -> {after.f():.3f}, precision "
          f"{before.precision:.3f} -> {after.precision:.3f}: the filter "
          + ("pays for itself" if pays else "does not pay for itself; no weights written"),
          file=sys.stderr)
    if args.dry_run or not pays or args.out is None:
        return 0
    args.out.write_text(weights_file(
        f"pressgraph participant filter: a logistic model over the features of "
        f"participant_features.features, trained on {len(records)} dev releases "
        f"({len(candidates)} candidates, C={args.c}); threshold {best.threshold} of highest "
        f"out-of-fold F0.5; as the evaluation counts them out of fold, P/R "
        f"{before.precision:.3f}/{before.recall:.3f} -> {after.precision:.3f}/{after.recall:.3f}",
        bias, weights, best.threshold), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
