"""Train the meeting detector shipped in ``src/pressgraph/extract/data/meeting_detector.json``.

    pip install -e ".[train]"
    python evaluation/real/train_detector.py --records evaluation/real/records.jsonl \\
        --texts evaluation/real/texts [--exclude parts/b6-en.jsonl ...] [--out PATH]

Reads the ``dev`` records only (the ``test`` split is never seen). Each gold meeting is tied
to the sentence of its release that reports it: the sentence holding its recorded
``evidence`` (offsets into the text), else the sentence holding most of its gold strings
(body 3, a chair's name 2, a chair's post or a participant's mention 1; at least 2, the
first on a tie). Those sentences are the positive examples of the sentence model, every
other sentence a negative one; a release with a gold meeting is a positive example of the
release model. Two L2-regularised logistic models over binary n-gram features (see
``pressgraph.extract.meeting_detector``) are fitted. Their thresholds are chosen by
five-fold cross-validation over releases, repeated over eight fold assignments (a hash of
each id with a fixed salt, so that a release keeps its folds whatever else is added) and
taken together, on what the extractor would publish: each held-out release is extracted with
the rules' meeting finders switched off, so that the detector's first-ranked sentence goes
through the same frame filling and refusals as in use, and the thresholds keep as many
releases with a meeting as possible among those where the rules find none (the only ones
the detector is asked about in use), summed over the assignments, while at most 0.3 % of the
releases without one get a meeting, summed likewise (on a tie, the higher thresholds): one
assignment alone moved the choice by a fifth when a twentieth of the releases was added. The
threshold at which the sentence model adds meetings beside those the rules found is chosen
by the same fold assignments on what the evaluation counts: each held-out sentence the
rules' meetings leave is added alone, through the extraction and the scorer, and the
threshold keeps the most meetings gained while at most a quarter as many are invented and
none in a release without a meeting under any assignment, summed over them (none is written
when no threshold gains one). Same records and texts, same weights (fixed salted folds, a
deterministic solver with a fixed seed, weights rounded to 5 decimals).

``--cross-fit`` writes nothing and measures the method honestly: each half of dev (``sha1(id)
% 2``, as the round's reports split it) is extracted and scored by the evaluation with a
detector trained as above on the other half only (thresholds chosen on that half too), beside
the same releases with the detector off and with the shipped one (in sample); it prints
meeting detection P/R/F1 and the releases without a meeting given one, per half, per language
and in all, and the releases whose detection the detector changes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import Any

from pressgraph.chinese_script import to_traditional
from pressgraph.extract import chinese, english, extract, meeting_detector
from pressgraph.extract.zh_text import is_cjk
from pressgraph.parse import parse
from pressgraph.reader import InputRef, read

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "src" / "pressgraph" / "extract" / "data" / "meeting_detector.json"
FOLDS = 5
SALTS = tuple(f"fold{n}" for n in range(8))  # the fold assignments averaged over
MIN_RELEASES = 2  # an n-gram seen in fewer dev releases is not a feature
C = 0.3
MAX_FALSE_SHARE = 0.01  # out of fold (--cross-fit) 0.003 did no better by the halves (docs)
GRID = [round(0.05 * step, 2) for step in range(1, 20)]
MORE_GRID = [round(0.05 * step, 2) for step in range(6, 20)]  # beside the rules' meetings
SENTENCE_WORDS = True  # the sentence model reads English words as such, not only folded
EVIDENCE_HEAD = 6  # characters (without spaces) an evidence span must share with its sentence


def _gold_strings(meeting: dict[str, Any]) -> list[tuple[str, int]]:
    strings = [(meeting["body"], 3)] if meeting.get("body") else []
    for chair in meeting.get("chairs") or []:
        strings += [(chair["name"], 2)] if chair.get("name") else []
        strings += [(chair["post"], 1)] if chair.get("post") else []
    for participant in meeting.get("participants") or []:
        strings += [(mention, 1) for mention in participant.get("mentions") or []]
    return strings


def _squash(text: str) -> str:
    return "".join(to_traditional(unicodedata.normalize("NFC", text)).split())


def _shared(snippet: str, sentence: str) -> int:
    """How much of an evidence span a sentence holds: all of it (a clause inside the
    sentence), else the length of their common opening (a span running past the sentence)."""
    if snippet and snippet in sentence:
        return len(snippet)
    return len(os.path.commonprefix([snippet, sentence]))


def _evidence(texts: list[str], meeting: dict[str, Any], raw: str) -> int | None:
    """The index of the sentence that reports ``meeting``."""
    if isinstance(meeting.get("evidence"), list):
        start, end = meeting["evidence"]
        snippet = _squash(raw[start:end])
        shared = [_shared(snippet, _squash(text)) for text in texts]
        if shared and max(shared) >= min(EVIDENCE_HEAD, len(snippet)):
            return shared.index(max(shared))
    strings = _gold_strings(meeting)
    scores = [sum(weight for string, weight in strings if string in text) for text in texts]
    if not scores or max(scores) < 2:
        return None
    return scores.index(max(scores))


def _ids(paths: list[Path]) -> set[str]:
    return {json.loads(line)["id"] for path in paths
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def _releases(records: Path, texts_dir: Path, excluded: set[str]) -> list[dict[str, Any]]:
    rows = []
    detector = meeting_detector.detector
    meeting_detector.detector = lambda: None  # type: ignore[assignment]  # rules alone
    try:
        for line in records.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["split"] != "dev" or record["id"] in excluded:
                continue
            path = texts_dir / f"{record['id']}.txt"
            if not path.is_file():
                continue
            release = parse(read(InputRef(source=str(path), path=path, source_url=record["url"])))
            texts = meeting_detector.sentence_texts(release)
            gold = record["gold"].get("meetings") or []
            raw = path.read_text(encoding="utf-8")
            positives = {_evidence(texts, meeting, raw) for meeting in gold} - {None}
            rows.append(dict(id=record["id"], title=release.title, texts=texts,
                             positives=positives, meetings=bool(gold), release=release,
                             found=bool(extract(release).meetings), record=record,
                             path=path))
    finally:
        meeting_detector.detector = detector  # type: ignore[assignment]
    return rows


def _matrix(feature_sets: list[set[str]], index: dict[str, int]) -> Any:
    import numpy as np
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for row, features in enumerate(feature_sets):
        for column in sorted(index[f] for f in features if f in index):
            rows.append(row)
            cols.append(column)
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feature_sets), len(index)))


def _fit(feature_sets: list[set[str]], labels: list[int],
         groups: list[str]) -> tuple[float, dict[str, float]]:
    seen: dict[str, set[str]] = {}
    for features, group in zip(feature_sets, groups, strict=False):
        for feature in features:
            seen.setdefault(feature, set()).add(group)
    vocabulary = sorted(f for f, where in seen.items() if len(where) >= MIN_RELEASES)
    index = {feature: i for i, feature in enumerate(vocabulary)}
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=5000,
                               random_state=0)
    model.fit(_matrix(feature_sets, index), labels)
    weights = {f: round(float(w), 5) for f, w in zip(vocabulary, model.coef_[0], strict=False)
               if abs(w) >= 1e-5}
    return round(float(model.intercept_[0]), 5), weights


def _sentence_features(text: str, index: int) -> set[str]:
    """The features the sentence model is fitted on: all of the sentence's
    (:func:`meeting_detector.sentence_features`), or, unless ``SENTENCE_WORDS``, its
    English words' only as folded (their shapes and its position; Chinese n-grams kept)."""
    features = meeting_detector.sentence_features(text, index)
    if SENTENCE_WORDS:
        return features
    return {f for f in features if f.startswith(("f:", "@")) or any(is_cjk(ch) for ch in f)}


def _examples(rows: list[dict[str, Any]]) -> tuple[list[set[str]], list[int], list[str],
                                                  list[set[str]], list[int], list[str]]:
    s_x, s_y, s_g, r_x, r_y, r_g = [], [], [], [], [], []
    for row in rows:
        for i, text in enumerate(row["texts"]):
            s_x.append(_sentence_features(text, i))
            s_y.append(int(i in row["positives"]))
            s_g.append(row["id"])
        r_x.append(meeting_detector.release_features(row["title"], row["texts"]))
        r_y.append(int(row["meetings"]))
        r_g.append(row["id"])
    return s_x, s_y, s_g, r_x, r_y, r_g


def _model(bias: float, weights: dict[str, float]) -> meeting_detector.LinearModel:
    return meeting_detector.LinearModel(bias, weights, 0.0)


def _stands(row: dict[str, Any], release_model: meeting_detector.LinearModel,
            sentence_model: meeting_detector.LinearModel) -> bool:
    """Whether the meeting of the sentence the models rank first would stand in the
    extraction (frame filled, refusals applied), whatever the thresholds, were the rules'
    meeting finders to find nothing in the release."""
    forced = meeting_detector.Detector(release_model, sentence_model)  # thresholds 0: picks
    saved = meeting_detector.detector, english.locate_meetings, chinese.find_meetings
    meeting_detector.detector = lambda: forced  # type: ignore[assignment]
    english.locate_meetings = lambda *args, **kwargs: []  # type: ignore[assignment]
    chinese.find_meetings = lambda *args, **kwargs: []  # type: ignore[assignment]
    try:
        return bool(extract(row["release"]).meetings)
    finally:
        meeting_detector.detector, english.locate_meetings, chinese.find_meetings = saved


def fold_of(release_id: str, salt: str) -> int:
    """The fold of a release in the assignment named ``salt``: a hash of the salt and the
    id (not Python's ``hash``, which changes between runs), so that a release keeps its fold
    whatever other releases are added or left out."""
    digest = hashlib.sha256(f"{salt}:{release_id}".encode()).hexdigest()
    return int(digest, 16) % FOLDS


Scores = list[tuple[float, float, bool]]


def _cross_validated(rows: list[dict[str, Any]],
                     salt: str) -> tuple[Scores, dict[str, list[float]]]:
    """(release score, best sentence score, whether its meeting stands) of each row, from
    models that did not see it, under the fold assignment ``salt``; and, for each row where
    the rules find a meeting, ``more``: the out-of-fold score of each of its sentences."""
    folds = {row["id"]: fold_of(row["id"], salt) for row in rows}

    def score(model: meeting_detector.LinearModel, features: set[str]) -> float:
        # a score sums over a set, whose order follows the run's string hashing: its last
        # bits vary between runs, so it is rounded before any threshold is compared with it
        return round(model.score(features), 9)

    scores: dict[str, tuple[float, float, bool]] = {}
    more: dict[str, list[float]] = {}
    for fold in range(FOLDS):
        train = [row for row in rows if folds[row["id"]] != fold]
        s_x, s_y, s_g, r_x, r_y, r_g = _examples(train)
        sentence = _model(*_fit(s_x, s_y, s_g))
        release = _model(*_fit(r_x, r_y, r_g))
        for row in rows:
            if folds[row["id"]] == fold:
                best = max((score(sentence, meeting_detector.sentence_features(t, i))
                            for i, t in enumerate(row["texts"])), default=0.0)
                scores[row["id"]] = (
                    score(release, meeting_detector.release_features(row["title"], row["texts"])),
                    best, _stands(row, release, sentence))
                if row["found"]:
                    more[row["id"]] = [score(sentence, meeting_detector.sentence_features(t, i))
                                       for i, t in enumerate(row["texts"])]
    return [scores[row["id"]] for row in rows], more


def _tally(rows: list[dict[str, Any]], scores: Scores, r_t: float, s_t: float,
           quiet: bool = False) -> tuple[int, int]:
    """(releases with a meeting given one, releases without one given one) at the thresholds
    (``quiet``: of the releases where the rules find none only)."""
    flagged = [row["meetings"] for row, (r, s, stands) in zip(rows, scores, strict=True)
               if r >= r_t and s >= s_t and stands and not (quiet and row["found"])]
    return sum(flagged), len(flagged) - sum(flagged)


def _best(rows: list[dict[str, Any]], runs: list[Scores]) -> tuple[float, float]:
    """The thresholds keeping the most releases with a meeting summed over the fold
    assignments while those without one given one stay, summed, at most ``MAX_FALSE_SHARE``
    of them; on a tie, the fewer invented, then the higher thresholds. Counted on the
    releases the detector is asked about in use: those where the rules find no meeting."""
    empty = (sum(1 for row in rows if not row["meetings"]) or 1) * len(runs)
    best: tuple[int, int, float, float] | None = None
    for r_t in GRID:
        for s_t in GRID:
            tallies = [_tally(rows, scores, r_t, s_t, quiet=True) for scores in runs]
            hits, false = sum(t[0] for t in tallies), sum(t[1] for t in tallies)
            if false <= MAX_FALSE_SHARE * empty:
                key = (hits, -false, r_t, s_t)
                if best is None or key > best:
                    best = key
    assert best is not None
    return best[2], best[3]


def _spread(values: list[int]) -> str:
    return f"{min(values)}" if min(values) == max(values) else f"{min(values)}-{max(values)}"


def _thresholds(rows: list[dict[str, Any]], runs: list[Scores]) -> tuple[float, float, str]:
    """The release and sentence thresholds, chosen on the cross-validations of all the fold
    assignments together (:func:`_best`), with what they keep in each; and, for comparison,
    what each assignment alone would have chosen and kept."""
    r_t, s_t = _best(rows, runs)
    with_meeting = sum(row["meetings"] for row in rows)
    tallies = [_tally(rows, scores, r_t, s_t) for scores in runs]
    quiet = [_tally(rows, scores, r_t, s_t, quiet=True) for scores in runs]
    summary = (
        f"cross-validated on dev with the rules' finders off, {len(runs)} fold assignments: "
        f"{_spread([t[0] for t in tallies])} of {with_meeting} releases with a meeting given "
        f"one, {_spread([t[1] for t in tallies])} of {len(rows) - with_meeting} without; of "
        f"the {sum(1 for row in rows if not row['found'])} where the rules find none, "
        f"{_spread([t[0] for t in quiet])} and {_spread([t[1] for t in quiet])}")
    if len(runs) > 1:
        alone = [(_best(rows, [scores]), scores) for scores in runs]
        own = [_tally(rows, scores, *chosen, quiet=True)[0] for chosen, scores in alone]
        chosen = sorted({chosen for chosen, _ in alone})
        summary += (f" (each assignment choosing alone: {_spread(own)} where the rules "
                    f"find none, at "
                    + ", ".join(f"{a}/{b}" for a, b in chosen) + ")")
    return r_t, s_t, summary


def _evaluated(row: dict[str, Any], model: meeting_detector.Detector | None) -> Any:
    """The evaluation's ``meeting detected`` tally of a release extracted with ``model`` as
    the meeting detector (None: the rules alone)."""
    from pressgraph.evaluation.records import gold_of
    from pressgraph.evaluation.running import QuerySet, run_input
    from pressgraph.evaluation.scoring import score_release
    from pressgraph.iri import DEFAULT_BASE
    from pressgraph.pipeline import map_options

    saved = meeting_detector.detector
    meeting_detector.detector = lambda: model  # type: ignore[assignment]
    try:
        ref = InputRef(source=str(row["path"]), path=row["path"], source_url=row["record"]["url"])
        outcome, system = run_input(ref, map_options(DEFAULT_BASE), QuerySet.shipped())
        counts = score_release(row["id"], gold_of(row["record"]), outcome, system).counts
    finally:
        meeting_detector.detector = saved  # type: ignore[assignment]
    return counts["meeting detected"]


def _meeting_counts(row: dict[str, Any], forced: int | None) -> tuple[int, int, int]:
    """(true, false, no-meeting-release false) meetings the evaluation counts in a release
    when the detector adds, beside the rules' meetings, the meeting of sentence ``forced``
    only (None: none)."""

    class Forced(meeting_detector.Detector):
        def pick(self, title: str, texts: Any) -> int | None:
            return None

        def more(self, texts: Any, covered: Any) -> list[int]:
            return [forced] if forced is not None and meeting_detector.besides(
                forced, set(covered)) else []

    empty = meeting_detector.LinearModel(0.0, {}, 1.0)
    tally = _evaluated(row, Forced(empty, empty))
    return tally.tp, tally.fp, tally.fp if not row["meetings"] else 0


Outcome = tuple[float, int, int, int]


def _more_outcomes(rows: list[dict[str, Any]],
                   mores: list[dict[str, list[float]]]) -> list[list[Outcome]]:
    """For each fold assignment (its out-of-fold sentence scores ``more``), the (score,
    meetings gained, invented, invented in a release without a meeting) of each held-out
    sentence the rules' meetings leave (:func:`besides`) that scores at least the lowest
    threshold tried, added alone beside the rules' meetings and scored by the evaluation; a
    sentence whose meeting does not stand changes nothing and is left out. What a sentence
    adds does not depend on its score: each is extracted once."""
    counts: dict[tuple[str, int | None], tuple[int, int, int]] = {}

    def counted(row: dict[str, Any], index: int | None) -> tuple[int, int, int]:
        if (row["id"], index) not in counts:
            counts[row["id"], index] = _meeting_counts(row, index)
        return counts[row["id"], index]

    runs = []
    for more in mores:
        outcomes = []
        for row in rows:
            scores = more.get(row["id"]) or []
            candidates = [i for i, score in enumerate(scores) if score >= MORE_GRID[0]]
            if not candidates:
                continue
            tp, fp, _ = counted(row, None)
            for index in candidates:
                after = counted(row, index)
                if after[:2] != (tp, fp):
                    outcomes.append((scores[index], after[0] - tp, after[1] - fp, after[2]))
        runs.append(outcomes)
    return runs


def _more_threshold(runs: list[list[Outcome]]) -> tuple[float | None, str]:
    """The sentence score at which the detector adds meetings beside the rules', on the
    outcomes of all the fold assignments together: as many meetings gained (summed) as
    possible while those invented stay at most a quarter of them and none is invented in a
    release without a meeting under any assignment (on a tie, the higher threshold); None
    when no threshold gains one."""
    best: tuple[int, int, float] | None = None
    for threshold in MORE_GRID:
        taken = [o for outcomes in runs for o in outcomes if o[0] >= threshold]
        gained, invented = sum(o[1] for o in taken), sum(o[2] for o in taken)
        if gained > 0 and invented * 4 <= gained and not any(o[3] for o in taken) \
                and (best is None or (gained, -invented, threshold) > (best[0], -best[1], best[2])):
            best = (gained, invented, threshold)
    if best is None:
        return None, "no threshold adds meetings beside the rules' found"
    threshold = best[2]
    gained = [sum(o[1] for o in outcomes if o[0] >= threshold) for outcomes in runs]
    invented = [sum(o[2] for o in outcomes if o[0] >= threshold) for outcomes in runs]
    return threshold, (f"beside the rules' meetings, cross-validated on dev, {len(runs)} fold "
                       f"assignments: {_spread(gained)} meetings gained, {_spread(invented)} "
                       f"invented")


def dev_arguments(description: str) -> argparse.ArgumentParser:
    """The arguments every trainer over the ``dev`` records takes: where the records and the
    texts are, and which records files (passes kept unseen) to leave out."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--records", type=Path, default=HERE / "records.jsonl")
    parser.add_argument("--texts", type=Path, default=HERE / "texts")
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="leave out the records of this records file (a pass kept unseen)")
    return parser


def _train(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The detector's data (weights and thresholds) trained on ``rows`` as shipped: the
    thresholds chosen by the fold assignments' cross-validations, the models fitted on all
    the rows."""
    validated = [_cross_validated(rows, salt) for salt in SALTS]
    runs, mores = [scores for scores, _ in validated], [more for _, more in validated]
    r_t, s_t, summary = _thresholds(rows, runs)
    m_t, more_summary = _more_threshold(_more_outcomes(rows, mores))
    s_x, s_y, s_g, r_x, r_y, r_g = _examples(rows)
    s_bias, s_weights = _fit(s_x, s_y, s_g)
    r_bias, r_weights = _fit(r_x, r_y, r_g)
    data = {
        "about": f"pressgraph meeting detector: logistic models over n-grams, trained on "
                 f"{len(rows)} dev releases; {summary}; {more_summary}",
        "release": {"bias": r_bias, "threshold": r_t, "weights": r_weights},
        "sentence": {"bias": s_bias, "threshold": s_t, "weights": s_weights},
    }
    if m_t is not None:
        data["more"] = {"threshold": m_t}
    return data


def _loaded(data: dict[str, Any]) -> meeting_detector.Detector:
    more = data.get("more")
    return meeting_detector.Detector(meeting_detector._model(data["release"]),
                                     meeting_detector._model(data["sentence"]),
                                     float(more["threshold"]) if more else None)


def half_of(release_id: str) -> int:
    """The half of dev a release is in (``sha1(id) % 2``), as the round's reports split it."""
    return int(hashlib.sha1(release_id.encode()).hexdigest(), 16) % 2


def _asked(row: dict[str, Any], model: meeting_detector.Detector) -> bool:
    """Whether ``model`` could change the extraction of a release from the rules' alone: it
    picks a sentence, or some sentence passes the threshold for meetings beside the rules'
    (else the release is extracted as with no detector, and is not extracted again)."""
    if model.pick(row["title"], row["texts"]) is not None:
        return True
    return model.more_threshold is not None and bool(model.more(row["texts"], ()))


Tally = tuple[int, int, int, int, int]  # true, false, missed meetings; releases, invented in


def _tallied(row: dict[str, Any], model: meeting_detector.Detector | None,
             off: dict[str, Tally]) -> Tally:
    if model is None or not _asked(row, model):
        if row["id"] not in off:
            tally = _evaluated(row, None)
            off[row["id"]] = (tally.tp, tally.fp, tally.fn, int(not row["meetings"]),
                              int(not row["meetings"] and tally.fp > 0))
        return off[row["id"]]
    tally = _evaluated(row, model)
    return (tally.tp, tally.fp, tally.fn, int(not row["meetings"]),
            int(not row["meetings"] and tally.fp > 0))


def _line(name: str, tallies: list[Tally]) -> str:
    tp, fp, fn, empty, invented = (sum(t[i] for t in tallies) for i in range(5))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (f"{name:8s} P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn}); "
            f"no-meeting releases given one {invented}/{empty}")


def cross_fit(rows: list[dict[str, Any]], shipped: meeting_detector.Detector | None) -> str:
    """Meeting detection on dev (the evaluation's ``meeting detected``) with the detector off,
    with ``shipped`` (in sample: it was trained on these releases), and out of fold: each half
    (:func:`half_of`) extracted with a detector trained as :func:`_train` trains on the other
    half only; per half, per language and in all."""
    off: dict[str, Tally] = {}
    models: dict[int, meeting_detector.Detector] = {}
    lines = []
    for half in (0, 1):
        data = _train([row for row in rows if half_of(row["id"]) != half])
        models[half] = _loaded(data)
        lines.append(f"trained on half{1 - half} for half{half}: "
                     f"release threshold {data['release']['threshold']}, sentence threshold "
                     f"{data['sentence']['threshold']}, beside the rules "
                     f"{(data.get('more') or {}).get('threshold')}")
    configs: dict[str, dict[str, Tally]] = {"off": {}, "in-sample": {}, "out-fold": {}}
    for row in rows:
        configs["off"][row["id"]] = _tallied(row, None, off)
        if shipped is not None:
            configs["in-sample"][row["id"]] = _tallied(row, shipped, off)
        configs["out-fold"][row["id"]] = _tallied(row, models[half_of(row["id"])], off)
    groups = [("all", lambda row: True),
              ("half0", lambda row: half_of(row["id"]) == 0),
              ("half1", lambda row: half_of(row["id"]) == 1),
              ("en", lambda row: not row["record"]["language"].startswith("zh")),
              ("zh", lambda row: row["record"]["language"].startswith("zh"))]
    for group, within in groups:
        lines.append(f"{group}:")
        for name, tallies in configs.items():
            if tallies:
                lines.append("  " + _line(name, [tallies[row["id"]] for row in rows
                                                  if within(row)]))
    for name in ("in-sample", "out-fold"):
        changed = [f"{row['id']} ({t[0] - o[0]:+d} {t[1] - o[1]:+d})" for row in rows
                   if (t := configs[name].get(row["id"])) and t != (o := configs["off"][row["id"]])]
        if changed:
            lines.append(f"{name} changes {len(changed)} releases from off (true, false "
                         f"meetings): " + ", ".join(changed))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    global C, MIN_RELEASES, MAX_FALSE_SHARE, SENTENCE_WORDS
    parser = dev_arguments(__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cross-fit", action="store_true",
                        help="write nothing: print meeting detection on dev with the detector "
                             "off, shipped (in sample) and trained on the other half (out of "
                             "fold), per half and per language")
    parser.add_argument("--c", type=float, default=C,
                        help="the inverse of the models' L2 regularisation strength")
    parser.add_argument("--min-releases", type=int, default=MIN_RELEASES,
                        help="an n-gram seen in fewer training releases is not a feature")
    parser.add_argument("--max-false-share", type=float, default=MAX_FALSE_SHARE,
                        help="the share of no-meeting releases the thresholds may give one")
    parser.add_argument("--shapes-only", action="store_true",
                        help="the sentence model reads English words only folded (shapes)")
    args = parser.parse_args(argv)
    SENTENCE_WORDS = not args.shapes_only
    C, MIN_RELEASES, MAX_FALSE_SHARE = args.c, args.min_releases, args.max_false_share
    rows = _releases(args.records, args.texts, _ids(args.exclude))
    if args.cross_fit:
        print(cross_fit(rows, meeting_detector.detector()))
        return 0
    data = _train(rows)
    args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                        encoding="utf-8")
    print(data["about"], f"(release threshold {data['release']['threshold']}, sentence "
          f"threshold {data['sentence']['threshold']})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
