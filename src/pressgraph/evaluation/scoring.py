"""Counting true and false positives per field for one release."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pressgraph.evaluation.fields import (
    BODY,
    DATE,
    HANDLED,
    HKT,
    LANGUAGE,
    MEETING,
    NONE_TEXT,
    ORDINAL,
    PLACE,
    RELEASE_DATE,
    RELEASE_ID,
    RELEASE_TIME,
    STATUS,
    TITLE,
    VIDEO_TEXT,
    FileResult,
    Vocabulary,
    normalise_name,
    normalise_text,
    vocabulary,
)
from pressgraph.evaluation.matching import (
    FieldSpec,
    _field_specs,
    align_meetings,
    match_in_order,
    match_items,
)
from pressgraph.evaluation.system import SystemMeeting, SystemRelease, _add, _int_or_none

# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class RunOutcome:
    """What running the pipeline on one input gave."""

    kind: str  # "release", "error" (a pressgraph error), "crash" (a bug), "not conforming"
    message: str = ""


def group_of(gold: Mapping[str, Any]) -> str:
    """The group an input belongs to, from its gold facts (never from its file name)."""
    if gold.get("expected_behaviour"):
        return "awkward"
    if not gold.get("meetings"):
        return "non-meeting"
    if gold.get("format") == "html":
        return "html"
    if str(gold.get("language") or "").lower().startswith("zh"):
        return "zh"
    return "en"


def expects_release(gold: Mapping[str, Any]) -> bool:
    """False when the gold describes no release at all (an empty input): an error is right."""
    return not (gold.get("title") is None and gold.get("language") is None
                and not gold.get("meetings"))


def score_release(file: str, gold: Mapping[str, Any], outcome: RunOutcome,
                  system: SystemRelease | None, vocab: Vocabulary | None = None) -> FileResult:
    """Count TP/FP/FN per field for one input and note every miss."""
    vocab = vocab or vocabulary()
    result = FileResult(file, group_of(gold), outcome.kind, outcome.message)
    _score_handling(result, gold, outcome)
    if outcome.kind != "release" or system is None:
        system = SystemRelease(meetings=[], releases=[])
    _score_release_fields(result, gold, system)
    _score_meetings(result, gold, system, vocab)
    return result


def _score_handling(result: FileResult, gold: Mapping[str, Any], outcome: RunOutcome) -> None:
    wanted = "a release" if expects_release(gold) else "a clear error (no release)"
    got = {"release": "a release", "error": f"error: {outcome.message}",
           "crash": f"internal error: {outcome.message}",
           "not conforming": f"a graph that does not conform: {outcome.message}"}[outcome.kind]
    if expects_release(gold):
        if outcome.kind == "release":
            result.tally(HANDLED, tp=1)
        else:
            result.tally(HANDLED, fn=1)
            result.miss(HANDLED, "", wanted, got)
    elif outcome.kind == "error":
        result.tally(HANDLED, tp=1)
    elif outcome.kind == "release":
        result.tally(HANDLED, fp=1)
        result.miss(HANDLED, "", wanted, got)
    else:
        result.tally(HANDLED, fn=1)
        result.miss(HANDLED, "", wanted, got)


def score_value(result: FileResult, name: str, meeting: str, expected: str | None,
                got: Iterable[str], same: Callable[[str, str], bool], *,
                any_label: bool) -> None:
    """One single-valued field. ``any_label``: several values are labels of one thing
    (names in several languages), so one right label is enough and extra labels are not
    errors; otherwise every extra distinct value is a false positive."""
    values = sorted(set(got))
    shown = " | ".join(values) or NONE_TEXT
    if expected is None:
        if values:
            result.tally(name, fp=1 if any_label else len(values))
            result.miss(name, meeting, NONE_TEXT, shown)
        return
    hits = [v for v in values if same(expected, v)]
    if hits:
        extra = 0 if any_label else len(values) - 1
        result.tally(name, tp=1, fp=extra)
        if extra:
            result.miss(name, meeting, expected, shown)
        return
    result.tally(name, fn=1, fp=(1 if any_label else len(values)) if values else 0)
    result.miss(name, meeting, expected, shown)


def _same_name(a: str, b: str) -> bool:
    return normalise_name(a) == normalise_name(b)


def _same_exact(a: str, b: str) -> bool:
    return a == b


def _same_text(a: str, b: str) -> bool:
    return normalise_text(a) == normalise_text(b)


def _same_language(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def issued_parts(value: str) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, HH:MM) in Hong Kong time from an xsd:dateTime, xsd:date or xsd:time
    lexical form (a time alone: the dateline's date was invalid but its time was not)."""
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?", text):
        return text[:10], None
    if re.fullmatch(r"\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?", text):
        return None, text[:5]
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None, None
    if moment.tzinfo is not None:
        moment = moment.astimezone(HKT)
    return moment.date().isoformat(), moment.strftime("%H:%M")


def _score_release_fields(result: FileResult, gold: Mapping[str, Any],
                          system: SystemRelease) -> None:
    rows = system.releases or []
    titles = {r["title"] for r in rows if r.get("title")}
    languages = {r["language"] for r in rows if r.get("language")}
    dates: set[str] = set()
    times: set[str] = set()
    for row in rows:
        if row.get("issued"):
            day, clock = issued_parts(row["issued"])
            _add(dates, day)
            _add(times, clock)
    identifiers = {r["identifier"] for r in rows if r.get("identifier")}
    fields = [
        (TITLE, "title", titles, _same_text),
        (RELEASE_DATE, "release_date", dates, _same_exact),
        (RELEASE_TIME, "issued_time", times, _same_exact),
        (LANGUAGE, "language", languages, _same_language),
    ]
    if "release_id" in gold:  # gold that states the ID (a null ID: a digest is right)
        expected = gold["release_id"]
        identifiers = identifiers if expected else {i for i in identifiers
                                                   if not i.startswith("sha256-")}
        fields.append((RELEASE_ID, "release_id", identifiers, _same_exact))
    for name, key, values, same in fields:
        score_value(result, name, "", gold.get(key), values, same, any_label=False)


def _score_meetings(result: FileResult, gold: Mapping[str, Any], system: SystemRelease,
                    vocab: Vocabulary) -> None:
    gold_meetings: list[dict[str, Any]] = list(gold.get("meetings") or [])
    lists_planned = lists_planned_meetings(gold)
    unscored = frozenset(gold.get("unscored_fields") or ())
    claimed = [m for m in system.meetings if lists_planned or m.held(vocab)]
    result.claimed_meetings = len(claimed)
    for meeting in system.meetings:
        if not lists_planned and not meeting.held(vocab):
            statuses = ", ".join(sorted(meeting.statuses))
            result.notes.append(f"not scored: a meeting with status {statuses} "
                                f"({meeting.describe()})")
    pairs = align_meetings(gold_meetings, claimed, vocab)
    paired_gold = {g for g, _ in pairs}
    paired_system = {s for _, s in pairs}
    for g, s in pairs:
        result.tally(MEETING, tp=1)
        _score_pair(result, f"m{g + 1}", gold_meetings[g], claimed[s], system, vocab,
                    unscored)
    for g, meeting in enumerate(gold_meetings):
        if g not in paired_gold:
            label = f"m{g + 1}"
            result.tally(MEETING, fn=1)
            result.miss(MEETING, label, _describe_gold(meeting), NONE_TEXT)
            _score_pair(result, label, meeting, None, system, vocab, unscored)
    for s, meeting in enumerate(claimed):
        if s not in paired_system:
            result.tally(MEETING, fp=1)
            result.miss(MEETING, "", NONE_TEXT, meeting.describe())
            _score_pair(result, "", None, meeting, system, vocab, unscored)


def lists_planned_meetings(gold: Mapping[str, Any]) -> bool:
    """True for gold that lists announced meetings too, each with its ``status`` (the real
    evaluation set); the development corpus lists held meetings only."""
    return bool(gold.get("lists_planned_meetings"))


def _describe_gold(meeting: Mapping[str, Any]) -> str:
    chairs = ", ".join(c.get("name") or c.get("post") or "" for c in meeting.get("chairs") or [])
    parts = [meeting.get("date") or "no date", meeting.get("body") or "no body",
             meeting.get("location") or "no place"]
    return "; ".join(parts) + (f"; chairs: {chairs}" if chairs else "")


def _score_pair(result: FileResult, label: str, gold: Mapping[str, Any] | None,
                meeting: SystemMeeting | None, system: SystemRelease, vocab: Vocabulary,
                unscored: frozenset[str] = frozenset()) -> None:
    """The fields of one gold meeting against its system meeting (either may be missing);
    ``unscored``: fields the gold does not state."""
    g: Mapping[str, Any] = gold or {}
    empty = SystemMeeting("")
    s = meeting or empty
    label = label or f"system: {s.describe()}"
    score_value(result, BODY, label, g.get("body"), s.body_names, _same_name, any_label=True)
    ordinal = g.get("ordinal")
    score_value(result, ORDINAL, label, None if ordinal is None else str(ordinal),
                {_ordinal_text(o) for o in s.ordinals}, _same_exact, any_label=False)
    score_value(result, DATE, label, g.get("date"), s.dates, _same_exact, any_label=False)
    _score_place(result, label, g, s, gold is not None)
    if "status" in g or (gold is None and meeting is not None and meeting.statuses
                         and not meeting.held(vocab)):
        _score_stated_status(result, label, g.get("status"), s, vocab)
    else:
        _score_status(result, label, gold is not None, s, meeting is not None, system, vocab)
    for spec in _field_specs(vocab):
        if spec.name in unscored:
            continue
        _score_items(result, label, spec, spec.gold(dict(g)) if gold else [], spec.system(s))


def _ordinal_text(value: str) -> str:
    """"20" and "020" are the same ordinal; a non-number is kept as it is (and is wrong)."""
    number = _int_or_none(value)
    return value if number is None else str(number)


def _score_place(result: FileResult, label: str, gold: Mapping[str, Any], system: SystemMeeting,
                 has_gold: bool) -> None:
    """Gold ``location: null`` is a video conference: the right answer is no place; a
    meeting whose gold says ``location_unstated`` (the text names no place) is not scored."""
    if has_gold and gold.get("location_unstated"):
        return
    if has_gold and gold.get("location") is None:
        if system.iri and not system.places:
            result.tally(PLACE, tp=1)
        elif system.places:
            result.tally(PLACE, fn=1, fp=1)
            result.miss(PLACE, label, VIDEO_TEXT, " | ".join(sorted(system.places)))
        else:
            result.tally(PLACE, fn=1)
            result.miss(PLACE, label, VIDEO_TEXT, NONE_TEXT)
        return
    score_value(result, PLACE, label, gold.get("location") if has_gold else None, system.places,
                _same_name, any_label=True)


def _score_status(result: FileResult, label: str, has_gold: bool, meeting: SystemMeeting,
                  found: bool, system: SystemRelease, vocab: Vocabulary) -> None:
    """Gold lists held meetings only; a claimed meeting must say it was held."""
    says_held = bool(meeting.statuses & vocab.held_statuses)
    shown = ", ".join(sorted(meeting.statuses)) or (
        "(no status in the graph)" if found and not system.status_available else NONE_TEXT)
    if has_gold:
        if found and says_held:
            result.tally(STATUS, tp=1)
        else:
            result.tally(STATUS, fn=1)
            result.miss(STATUS, label, "held", shown)
    elif says_held:
        result.tally(STATUS, fp=1)
        result.miss(STATUS, label, NONE_TEXT, shown)


def _score_stated_status(result: FileResult, label: str, expected: str | None,
                         meeting: SystemMeeting, vocab: Vocabulary) -> None:
    """Gold that states ``held`` or ``planned``: the graph's status must say the same."""
    got = {"held" if s in vocab.held_statuses else "planned" for s in meeting.statuses}
    if meeting.iri and not got:
        got = {"(no status)"}
    score_value(result, STATUS, label, expected, got, _same_exact, any_label=False)


def _score_items(result: FileResult, label: str, spec: FieldSpec, gold: list[Any],
                 system: list[Any]) -> None:
    pairs = (match_in_order if spec.ordered else match_items)(gold, system, spec.same)
    result.tally(spec.name, tp=len(pairs), fn=len(gold) - len(pairs), fp=len(system) - len(pairs))
    left_gold = [g for i, g in enumerate(gold) if i not in {a for a, _ in pairs}]
    left_system = [s for j, s in enumerate(system) if j not in {b for _, b in pairs}]
    near = match_items(left_gold, left_system, spec.near)
    for a, b in near:
        result.miss(spec.name, label, spec.describe(left_gold[a]), spec.describe(left_system[b]))
    near_gold = {a for a, _ in near}
    near_system = {b for _, b in near}
    for i, item in enumerate(left_gold):
        if i not in near_gold:
            result.miss(spec.name, label, spec.describe(item), NONE_TEXT)
    for j, item in enumerate(left_system):
        if j not in near_system:
            result.miss(spec.name, label, NONE_TEXT, spec.describe(item))
