"""Organisations and participants on corpus releases: the sample's participants by side, four
English releases' participants and every English release's acronyms against their gold.
"""

from __future__ import annotations

import json

import pytest

from pressgraph.extract.nametokens import body_region, normalise
from pressgraph.extract.org_acronyms import find_acronyms
from pressgraph.extract.participants import find_participants
from pressgraph.extract.people import find_people
from pressgraph.model import ParsedRelease
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.conftest import CORPUS, SAMPLE


def _release(path) -> ParsedRelease:  # type: ignore[no-untyped-def]
    return parse(decode(path.read_bytes(), path.name))


def test_sample_participants_by_side() -> None:
    release = _release(SAMPLE)
    found = find_participants(release, body_region(release), find_acronyms(release))
    by_side: dict[str, list[str]] = {}
    for org in found:
        by_side.setdefault(org.side or "", []).append(org.name)
    assert len(by_side["HKSAR"]) == 6  # five offices and the Government they attend for
    assert "Hong Kong Special Administrative Region" in by_side["HKSAR"]
    assert len(by_side["Mainland"]) == 10
    assert len(by_side["non-government"]) == 4
    assert {o.acronym for o in found} >= {"DPO", "GDDIIT"}
    for org in found:
        for mention in org.mentions:
            assert mention in release.text


@pytest.mark.parametrize("name", [
    "en-2025-10-meeting-expert-group-informatisation",
    "en-2015-12-meeting-hk-guangzhou-working-group",
    "en-2024-07-meeting-joint-conference-plenary",
    "en-2020-10-meeting-environment-jwg-video",
])
def test_corpus_participants_match_gold(name: str) -> None:
    """The whole release read as one meeting, everyone in it leading (releases whose gold
    turns on who leads which meeting, such as an attendee's bureau named only in a post,
    are scored per meeting by tests/test_evaluate_fields.py instead)."""
    release = _release(CORPUS / f"{name}.txt")
    gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    acronyms = find_acronyms(release)
    found = find_participants(release, body_region(release), acronyms,
                              find_people(release, acronyms))
    expected = {}
    for meeting in gold["meetings"]:
        for participant in meeting["participants"]:
            forms = {normalise(m) for m in participant["mentions"]}
            expected[normalise(participant["agency"])] = (participant["side"], forms)
    matched = set()
    for org in found:
        forms = {normalise(m) for m in org.mentions}
        hit = next(k for k, (_, gold_forms) in expected.items() if forms & gold_forms)
        assert expected[hit][0] == org.side, org.name
        matched.add(hit)
    assert matched == set(expected)


def test_corpus_acronyms_match_gold() -> None:
    total = correct = 0
    for path in sorted(CORPUS.glob("en-*.txt")):
        gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        found = {a.short: normalise(a.expansion) for a in find_acronyms(_release(path))}
        for short, expansion in gold["acronyms"].items():
            total += 1
            correct += found.get(short) == normalise(expansion)
        assert set(found) == set(gold["acronyms"]), path.name
    assert correct / total >= 0.95
