"""The scorer's matching: names compared after normalising (and nothing fuzzier), precision,
recall and F1 of counts, the one-to-one assignment of largest total, and gold meetings aligned
with the system's meetings.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressgraph.evaluate import (
    BODY,
    CHAIRS,
    DATE,
    FIELDS,
    HANDLED,
    MEETING,
    PARTICIPANTS,
    VISITS,
    Counts,
    align_meetings,
    assign,
    build_system,
    match_in_order,
    normalise_name,
    score_release,
)
from tests.scorer_rows import (
    M2,
    REL,
    RELEASED,
    gold_meeting,
    gold_release,
    meeting_row,
    perfect_rows,
    release_rows,
    score,
    tpfpfn,
)


@pytest.mark.parametrize(("a", "b"), [
    ("The Hong Kong/Guangdong Co-operation Joint Conference",
     "hong kong guangdong co operation joint conference"),
    ("Innovation & Technology Commission", "Innovation and Technology Commission"),
    ("  Digital   Policy\tOffice. ", "digital policy office"),
    ("Hong Kong-Guangdong", "Hong Kong / Guangdong"),
    ("「深港」合作會議", "深港合作會議"),
    ("ＤＰＯ", "DPO"),
])
def test_names_match_after_normalising(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Szijjártó", "Szijjarto"),  # diacritics are letters, not noise
    ("Hong Kong", "Hongkong"),  # no fuzzy joining of words
    ("Theatre Board", "atre Board"),  # "the" only as a whole leading word
    ("Marine Department", "Marine Dept"),
])
def test_normalising_is_not_fuzzy(a: str, b: str) -> None:
    assert normalise_name(a) != normalise_name(b)


def test_a_leading_the_alone_is_kept() -> None:
    assert normalise_name("The") == "the"
    assert normalise_name(None) == ""


def test_counts_precision_recall_f1() -> None:
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 1.0  # nothing expected, nothing claimed
    assert Counts(fp=1).f1 == 0.0  # something invented where nothing was expected
    assert Counts(fn=1).f1 == 0.0


def test_assign_maximises_the_total_and_is_one_to_one() -> None:
    # Greedy would take (0, 0) = 5 and leave row 1 with nothing; the best total is 4 + 4.
    assert assign([[5, 4], [4, 0]]) == [(0, 1), (1, 0)]
    assert assign([[1, 1, 1]]) == [(0, 0)]
    assert assign([[0, 0], [0, 2]]) == [(1, 1)]  # zero-weight pairs are not pairs
    assert assign([[1], [3], [2]]) == [(1, 0)]
    assert assign([]) == []


def longest_common_subsequence(a: list[str], b: list[str]) -> int:
    """By brute force: the longest sub-list of ``a`` that is also a sub-list of ``b``."""
    for size in range(min(len(a), len(b)), 0, -1):
        subsequences = {tuple(x) for x in combinations(b, size)}
        if any(tuple(x) in subsequences for x in combinations(a, size)):
            return size
    return 0


@given(st.lists(st.sampled_from("abc"), max_size=6), st.lists(st.sampled_from("abc"), max_size=6))
def test_match_in_order_pairs_equal_items_without_crossing_as_many_as_can_be(
        gold: list[str], system: list[str]) -> None:
    pairs = match_in_order(gold, system, lambda g, s: g == s)
    assert all(gold[i] == system[j] for i, j in pairs)
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in zip(pairs, pairs[1:], strict=False))
    assert len(pairs) == longest_common_subsequence(gold, system)


def bilateral(name: str, post: str, agency: str) -> dict[str, Any]:
    return gold_meeting(body=None, ordinal=None, date="2019-05-06", location="Beijing",
                        chairs=[{"name": name, "post": post, "agency": agency}],
                        participants=[{"agency": agency, "side": "Mainland", "acronym": None,
                                       "mentions": [agency]}],
                        agenda_items=[], visits=[])


def bilateral_rows(meeting: str, name: str, post: str,
                   agency: str) -> dict[str, list[dict[str, str]]]:
    return {
        "meetings": [{"meeting": meeting, "date": "2019-05-06", "locationName": "Beijing",
                      "status": "held"}],
        "people": [{"meeting": meeting, "person": f"p/{name}", "name": name, "post": post,
                    "role": "principal"}],
        "participants": [{"meeting": meeting, "agency": f"o/{agency}", "agencyName": agency,
                          "side": "Mainland"}],
    }


def merge(*parts: dict[str, list[dict[str, str]]]) -> dict[str, Any]:
    merged: dict[str, Any] = {"agenda": [], "visits": [], "releases": release_rows()}
    for part in parts:
        for key, rows in part.items():
            merged.setdefault(key, []).extend(rows)
    return merged


def test_alignment_pairs_same_day_meetings_by_their_chairs() -> None:
    gold = [bilateral("Wang Menghui", "Minister of Housing", "Ministry of Housing"),
            bilateral("Lu Hao", "Minister of Natural Resources", "Ministry of Natural Resources")]
    # The system lists them the other way round (IRIs sort "a" before "b").
    rows = merge(bilateral_rows("b", "Wang Menghui", "Minister of Housing", "Ministry of Housing"),
                 bilateral_rows("a", "Lu Hao", "Minister of Natural Resources",
                                "Ministry of Natural Resources"))
    system = build_system(rows, REL)
    assert [m.iri for m in system.meetings] == ["a", "b"]
    assert align_meetings(gold, system.meetings) == [(0, 1), (1, 0)]
    counts = score_release("x.txt", gold_release(gold), RELEASED, system).counts
    assert tpfpfn(counts[MEETING]) == (2, 0, 0)
    assert tpfpfn(counts[CHAIRS]) == (2, 0, 0)
    assert tpfpfn(counts[PARTICIPANTS]) == (2, 0, 0)


def test_one_gold_meeting_pairs_with_one_system_meeting_only() -> None:
    rows = perfect_rows()
    rows["meetings"].append(meeting_row(M2))  # the same meeting reported twice
    counts = score(gold_release([gold_meeting()]), rows)
    assert tpfpfn(counts[MEETING]) == (1, 1, 0)
    assert tpfpfn(counts[BODY]) == (1, 1, 0)  # the duplicate's fields are false positives
    assert tpfpfn(counts[DATE]) == (1, 1, 0)


def test_a_perfect_answer_scores_one_everywhere() -> None:
    counts = score(gold_release([gold_meeting()]), perfect_rows())
    for name in FIELDS:
        assert counts[name].fp == 0 and counts[name].fn == 0, name
    assert counts[MEETING].tp == counts[CHAIRS].tp == counts[VISITS].tp == 1
    assert counts[HANDLED].tp == 1
