"""Pairing gold items with system items, and gold meetings with system meetings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pressgraph.evaluation.fields import (
    AGENDA,
    CHAIRS,
    PARTICIPANTS,
    VISITS,
    Vocabulary,
    normalise_name,
    split_posts,
    vocabulary,
)
from pressgraph.evaluation.system import (
    SystemAgendaItem,
    SystemChair,
    SystemMeeting,
    SystemParticipant,
    SystemVisit,
)

# --------------------------------------------------------------------------- matching


def assign(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """A one-to-one pairing of rows and columns maximising the total weight.

    The Hungarian algorithm (Kuhn-Munkres, potentials form) on a rectangular matrix; only
    pairs of positive weight are returned, sorted. Ties are broken by order, so the result
    is deterministic.
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return []
    matrix = [list(row) for row in weights]
    transposed = n > m
    if transposed:
        matrix = [list(column) for column in zip(*matrix, strict=True)]
        n, m = m, n
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: the row assigned to column j (1-based), 0 = free
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if used[j]:
                    continue
                cur = -matrix[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    if transposed:
        pairs = [(b, a) for a, b in pairs]
    return sorted((a, b) for a, b in pairs if weights[a][b] > 0)


def match_items(gold: Sequence[Any], system: Sequence[Any],
                same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """The largest one-to-one set of (gold, system) pairs that ``same`` accepts."""
    return assign([[1.0 if same(g, s) else 0.0 for s in system] for g in gold])


def match_in_order(gold: Sequence[Any], system: Sequence[Any],
                   same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """The largest set of (gold, system) pairs that ``same`` accepts and that keeps order.

    A longest common subsequence of the two lists: pairs never cross, so an item found in
    the wrong order is not counted, while an item missed earlier in the list does not
    shift the ones after it. Ties go to the earliest pairs, so the result is deterministic.
    """
    n, m = len(gold), len(system)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if same(gold[i], system[j]):
                best[i][j] = best[i + 1][j + 1] + 1
            else:
                best[i][j] = max(best[i + 1][j], best[i][j + 1])
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        if same(gold[i], system[j]) and best[i][j] == best[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


@dataclass(frozen=True)
class FieldSpec:
    """How one many-valued meeting field is compared."""

    name: str
    gold: Callable[[dict[str, Any]], list[Any]]
    system: Callable[[SystemMeeting], list[Any]]
    same: Callable[[Any, Any], bool]  # a full match (a true positive)
    near: Callable[[Any, Any], bool]  # same thing, some detail wrong (shown as one miss)
    describe: Callable[[Any], str]
    ordered: bool = False  # items form a sequence: pairs must keep its order


def _by_position(items: list[Any]) -> list[Any]:
    """Agenda items in their numbered order (gold dicts and system items alike)."""
    def position(item: Any) -> int:
        value = item.get("position") if isinstance(item, dict) else item.position
        return value if isinstance(value, int) else 0
    return sorted(items, key=position)


def _chair_same(vocab: Vocabulary) -> Callable[[dict[str, Any], SystemChair], bool]:
    def same(gold: dict[str, Any], chair: SystemChair) -> bool:
        posts = split_posts(gold.get("post"), vocab.post_separators)
        if posts != chair.posts:
            return False
        return gold.get("name") is None or normalise_name(gold["name"]) in chair.names
    return same


def _chair_near(vocab: Vocabulary) -> Callable[[dict[str, Any], SystemChair], bool]:
    def near(gold: dict[str, Any], chair: SystemChair) -> bool:
        if gold.get("name") is not None:
            return normalise_name(gold["name"]) in chair.names
        return bool(split_posts(gold.get("post"), vocab.post_separators) & chair.posts)
    return near


def _gold_names(participant: dict[str, Any]) -> set[str]:
    forms = [participant.get("agency"), *(participant.get("mentions") or [])]
    return {normalise_name(f) for f in forms if f and normalise_name(f)}


def _participant_near(gold: dict[str, Any], system: SystemParticipant) -> bool:
    return bool(_gold_names(gold) & system.names)


def _participant_same(vocab: Vocabulary) -> Callable[[dict[str, Any], SystemParticipant], bool]:
    def same(gold: dict[str, Any], system: SystemParticipant) -> bool:
        return _participant_near(gold, system) and vocab.side(gold.get("side")) in system.sides
    return same


def _agenda_same(gold: dict[str, Any], item: SystemAgendaItem) -> bool:
    """The same topic; its place in the sequence is checked by ``match_in_order``."""
    return normalise_name(gold.get("text")) == item.text


def _agenda_near(gold: dict[str, Any], item: SystemAgendaItem) -> bool:
    return gold.get("position") == item.position or normalise_name(gold.get("text")) == item.text


def _visit_near(gold: dict[str, Any], visit: SystemVisit) -> bool:
    return normalise_name(gold.get("organisation")) in visit.names


def _visit_same(gold: dict[str, Any], visit: SystemVisit) -> bool:
    if not _visit_near(gold, visit):
        return False
    expected = gold.get("date")
    return not visit.dates if expected is None else expected in visit.dates


def _field_specs(vocab: Vocabulary) -> tuple[FieldSpec, ...]:
    return (
        FieldSpec(CHAIRS, lambda m: list(m.get("chairs") or []), lambda s: s.chairs,
                  _chair_same(vocab), _chair_near(vocab),
                  lambda g: g.label if isinstance(g, SystemChair)
                  else f"{g.get('name') or '(no name)'}, {g.get('post') or '(no post)'}"),
        FieldSpec(PARTICIPANTS, lambda m: list(m.get("participants") or []),
                  lambda s: s.participants, _participant_same(vocab), _participant_near,
                  lambda g: g.label if isinstance(g, SystemParticipant)
                  else f"{g.get('agency')} [{g.get('side')}]"),
        FieldSpec(AGENDA, lambda m: _by_position(list(m.get("agenda_items") or [])),
                  lambda s: _by_position(s.agenda), _agenda_same, _agenda_near,
                  lambda g: g.label if isinstance(g, SystemAgendaItem)
                  else f"{g.get('position')}. {g.get('text')}", ordered=True),
        FieldSpec(VISITS, lambda m: list(m.get("visits") or []), lambda s: s.visits,
                  _visit_same, _visit_near,
                  lambda g: g.label if isinstance(g, SystemVisit)
                  else f"{g.get('organisation')} ({g.get('date') or 'no date'})"),
    )


# --------------------------------------------------------------------------- alignment


def _name_similarity(gold: str | None, system: Iterable[str]) -> float:
    """1 for an equal normalised name, else the best word overlap (Jaccard)."""
    target = normalise_name(gold)
    best = 0.0
    for name in system:
        candidate = normalise_name(name)
        if not target or not candidate:
            continue
        if candidate == target:
            return 1.0
        a, b = set(target.split()), set(candidate.split())
        best = max(best, len(a & b) / len(a | b))
    return best


def _overlap(spec: FieldSpec, gold: dict[str, Any], system: SystemMeeting) -> float:
    gold_items, system_items = spec.gold(gold), spec.system(system)
    if not gold_items or not system_items:
        return 0.0
    matched = len(match_items(gold_items, system_items, spec.near))
    return matched / max(len(gold_items), len(system_items))


def meeting_similarity(gold: dict[str, Any], system: SystemMeeting,
                       vocab: Vocabulary | None = None) -> float:
    """How much a system meeting looks like a gold one (0: nothing in common)."""
    vocab = vocab or vocabulary()
    chairs, participants, agenda, visits = _field_specs(vocab)
    score = 0.0
    if gold.get("date") and gold["date"] in system.dates:
        score += 2.0
    score += 3.0 * _name_similarity(gold.get("body"), system.body_names)
    if gold.get("location") and _name_similarity(gold["location"], system.places) == 1.0:
        score += 1.0
    score += 3.0 * _overlap(chairs, gold, system)
    score += 2.0 * _overlap(participants, gold, system)
    score += 1.0 * _overlap(agenda, gold, system)
    score += 0.5 * _overlap(visits, gold, system)
    return score


def align_meetings(gold: Sequence[dict[str, Any]], system: Sequence[SystemMeeting],
                   vocab: Vocabulary | None = None) -> list[tuple[int, int]]:
    """Pair gold and system meetings of one release one to one (gold order is ignored)."""
    vocab = vocab or vocabulary()
    return assign([[meeting_similarity(g, s, vocab) for s in system] for g in gold])
