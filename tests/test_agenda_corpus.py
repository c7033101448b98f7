"""English agenda extraction on corpus releases: the sample's five items, and seven English
releases' agendas against their gold.
"""

from __future__ import annotations

import json

import pytest

from pressgraph.extract.nametokens import normalise
from pressgraph.model import ParsedRelease
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.agenda_releases import agenda
from tests.conftest import CORPUS, SAMPLE


def _release(path) -> ParsedRelease:  # type: ignore[no-untyped-def]
    return parse(decode(path.read_bytes(), path.name))


def test_sample_agenda() -> None:
    items = agenda(_release(SAMPLE))
    assert len(items) == 5
    assert items[0] == "accelerating development of a Guangdong-Hong Kong smart city cluster"
    assert items[3] == "continuing to deepen the innovation and technology (I&T) co-operation"


@pytest.mark.parametrize("name", [
    "en-2010-06-meeting-strategic-development-research-group",
    "en-2015-12-meeting-hk-guangzhou-working-group",
    "en-2019-05-meeting-sdev-beijing-visit",
    "en-2023-02-meeting-hk-shenzhen-cooperation",
    "en-2024-07-meeting-joint-conference-plenary",
    "en-2025-07-meeting-steering-committee-typhoon",
    "en-2025-12-meeting-qianhai-task-force-shenzhen",
])
def test_corpus_agenda_matches_gold(name: str) -> None:
    release = _release(CORPUS / f"{name}.txt")
    gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    expected = [normalise(a["text"]) for m in gold["meetings"] for a in m["agenda_items"]]
    assert [normalise(t) for t in agenda(release)] == list(dict.fromkeys(expected))
