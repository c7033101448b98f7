"""English meeting extraction on whole releases: the sample release, and every English corpus file
(en-*, non-meeting-*, awkward/*) compared with its gold file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from pressgraph.errors import PressgraphError
from pressgraph.extract import english
from pressgraph.model import Extraction
from pressgraph.parse import parse
from pressgraph.reader import InputRef, read
from tests.conftest import CORPUS, SAMPLE


def _extract(path: Path) -> Extraction | None:
    try:
        return english.extract(parse(read(InputRef(source=str(path), path=path))))
    except PressgraphError:
        return None


def test_sample_release() -> None:
    extraction = _extract(SAMPLE)
    assert extraction is not None
    (meeting,) = extraction.meetings
    assert meeting.ordinal == 19
    assert meeting.date == date(2024, 10, 9)
    assert meeting.location == "Guangzhou"
    assert meeting.body == "Hong Kong/Guangdong Expert Group on Co-operation in Informatisation"
    (visit,) = meeting.visits
    assert visit.organisation == "Guangzhou Digital Technology Group"
    assert visit.date == date(2024, 10, 9)
    assert visit.arranged_by is not None and visit.arranged_by.acronym == "GDDIIT"


def _norm(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.casefold().replace("&", "and")
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


ENGLISH_FILES = sorted(
    [*CORPUS.glob("en-*.txt"), *CORPUS.glob("non-meeting-*.txt"), *CORPUS.glob("awkward/*.txt")])


@pytest.mark.parametrize("path", ENGLISH_FILES, ids=lambda p: p.name)
def test_corpus_meetings_match_gold(path: Path) -> None:
    gold = json.loads((CORPUS / "gold" / path.relative_to(CORPUS).with_suffix(".json")).read_text(
        encoding="utf-8"))
    extraction = _extract(path)
    found = extraction.meetings if extraction else ()

    def facts(body, ordinal, when, location, mode):  # type: ignore[no-untyped-def]
        return (_norm(body), ordinal, when, location, mode)

    expected = Counter(facts(m["body"], m["ordinal"], m["date"], m["location"], m["mode"])
                       for m in gold["meetings"])
    actual = Counter(facts(m.body, m.ordinal, m.date.isoformat() if m.date else None,
                           m.location, m.mode) for m in found)
    assert actual == expected
    expected_visits = Counter((_norm(v["organisation"]), v["date"])
                              for m in gold["meetings"] for v in m.get("visits", []))
    actual_visits = Counter((_norm(v.organisation), v.date.isoformat() if v.date else None)
                            for m in found for v in m.visits)
    assert actual_visits == expected_visits
    for meeting in gold["meetings"]:
        if meeting["date"] is None and meeting.get("date_text"):
            assert meeting["date_text"] in {m.date_text for m in found}
