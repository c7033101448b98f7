"""Chinese extraction against the gold of the Traditional Chinese corpus: every zh-* file's
meetings, people, acronyms and documents, every span quoting its text, and the outcomes and
statements of two corpus releases.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pressgraph.extract import extract
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.conftest import CORPUS

ZH_FILES = sorted(CORPUS.glob("zh-*.txt"))


def _extract(path: Path):
    return extract(parse(decode(path.read_bytes(), path.name)))


def _gold(path: Path) -> dict:
    return json.loads((CORPUS / "gold" / (path.stem + ".json")).read_text("utf-8"))


def _chairs(meeting) -> set[tuple[str | None, str | None, tuple[str, ...]]]:
    """The chairs with their posts as printed (the gold's chairs copy them so)."""
    return {(r.person.name, r.person.honorific, tuple(sorted(p.wording for p in r.person.posts)))
            for r in meeting.roles}


def _gold_chairs(meeting: dict) -> set[tuple[str | None, str | None, tuple[str, ...]]]:
    return {(c["name"], c["honorific"], tuple(sorted(c["post"].split("；"))))
            for c in meeting["chairs"]}


@pytest.mark.parametrize("path", ZH_FILES, ids=lambda p: p.name)
def test_meetings_match_gold(path: Path) -> None:
    extraction, gold = _extract(path), _gold(path)
    assert len(extraction.meetings) == len(gold["meetings"])
    for meeting, expected in zip(extraction.meetings, gold["meetings"], strict=True):
        assert meeting.body == expected["body"]
        assert meeting.ordinal == expected["ordinal"]
        assert meeting.date == date.fromisoformat(expected["date"])
        assert meeting.location == expected["location"]
        assert meeting.mode == expected["mode"]
        assert _chairs(meeting) == _gold_chairs(expected)
        assert [a.text for a in meeting.agenda] == [a["text"] for a in expected["agenda_items"]]
        assert [a.position for a in meeting.agenda] == \
            [a["position"] for a in expected["agenda_items"]]
        assert {(p.name, p.side, p.acronym, tuple(sorted(p.mentions)))
                for p in meeting.participants} == \
            {(p["agency"], p["side"], p["acronym"], tuple(sorted(p["mentions"])))
             for p in expected["participants"]}
        assert [(v.organisation, v.date.isoformat() if v.date else None) for v in meeting.visits] \
            == [(v["organisation"], v["date"]) for v in expected["visits"]]


@pytest.mark.parametrize("path", ZH_FILES, ids=lambda p: p.name)
def test_people_acronyms_documents_match_gold(path: Path) -> None:
    extraction, gold = _extract(path), _gold(path)
    assert {(p.name, p.honorific, tuple(sorted(x.title for x in p.posts)))
            for p in extraction.people} == \
        {(p["name"], p["honorific"], tuple(sorted(p["post"].split("；")))) for p in gold["people"]}
    assert {a.short: a.expansion for a in extraction.acronyms} == gold["acronyms"]
    assert sorted(d.title for d in extraction.documents) == sorted(gold["documents_mentioned"])


@pytest.mark.parametrize("path", ZH_FILES, ids=lambda p: p.name)
def test_every_span_quotes_its_text(path: Path) -> None:
    extraction = _extract(path)
    release = extraction.release
    for meeting in extraction.meetings:
        if meeting.body_span:
            assert release.quote(meeting.body_span) == meeting.body
        for item in meeting.agenda:
            assert release.quote(item.span) == item.text
        for visit in meeting.visits:
            assert release.quote(visit.span) == visit.organisation
        for participant in meeting.participants:
            assert all(form in release.text for form in participant.mentions)
    for person in extraction.people:
        assert person.name in release.quote(person.span)
    for acronym in extraction.acronyms:
        assert release.quote(acronym.span).startswith(acronym.expansion)
    for document in extraction.documents:
        assert release.quote(document.span) == document.title


def test_outcomes_name_the_document_signed() -> None:
    extraction = _extract(CORPUS / "zh-2024-01-meeting-talent-cooperation-guangzhou.txt")
    (meeting,) = extraction.meetings
    documents = [o.document for o in meeting.outcomes if o.document]
    assert documents == ["關於推進粵港人才合作的框架協議"]
    assert all(extraction.release.quote(o.span) == o.text for o in meeting.outcomes)
    assert any("通過" in o.text for o in meeting.outcomes)


def test_statements_and_what_he_refers_to() -> None:
    extraction = _extract(CORPUS / "zh-2023-02-meeting-hk-shenzhen-cooperation.txt")
    said = [(s.speaker.name if s.speaker else None, s.text[:6]) for s in extraction.statements]
    # "他說：「…」" follows a paragraph of 陳國基's, though 覃偉中 was introduced later
    assert said == [("陳國基", "這是香港與內"), ("陳國基", "港深兩地是最"),
                    ("覃偉中", "深圳高度重視")]
    assert all(extraction.release.quote(s.span) == s.text for s in extraction.statements)
