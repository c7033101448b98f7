from __future__ import annotations

import json

import pytest

from pressgraph.extract.documents import find_documents, find_statements
from pressgraph.extract.org_acronyms import find_acronyms
from pressgraph.extract.people import find_people
from pressgraph.model import ParsedRelease
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.conftest import CORPUS, SAMPLE


def release_of(*paragraphs: str) -> ParsedRelease:
    body = "\n\n".join("     " + p for p in paragraphs)
    text = f"A test release\n\n{body}\n\nEnds/Monday, March 4, 2024\nIssued at HKT 10:00\n"
    return parse(decode(text.encode("utf-8"), "t.txt"))


def titles(release: ParsedRelease) -> list[str]:
    found = find_documents(release)
    for doc in found:
        assert release.quote(doc.span) == doc.title
    return [d.title for d in found]


def test_named_documents_as_written() -> None:
    release = release_of(
        "The two sides signed the Co-operation Agreement on Harbour Safety with Fujian "
        "officials and the Memorandum of Understanding on ferry safety. They reviewed the "
        "Harbour Development Plan (2021-2030), the Port Statistics Report 2023 and the "
        "Merchant Shipping Ordinance, under the Basic Law.",
        "Under the Co-operation Agreement, patrols will be increased.",
    )
    assert titles(release) == [
        "Co-operation Agreement on Harbour Safety",
        "Memorandum of Understanding on ferry safety",
        "Harbour Development Plan (2021-2030)",
        "Port Statistics Report 2023",
        "Merchant Shipping Ordinance",
        "Basic Law",
    ]


def test_titles_with_bracketed_parts() -> None:
    release = release_of(
        "Members noted the Harbour (Dredging Works) (Amendment) Ordinance 2022 and the "
        "Ferry Safety (Life Jackets) Regulation.",
    )
    assert titles(release) == ["Harbour (Dredging Works) (Amendment) Ordinance 2022",
                               "Ferry Safety (Life Jackets) Regulation"]


def test_quoted_titles_and_what_is_not_a_document() -> None:
    release = release_of(
        "Mr Lee cited \"Fujian's Annual Report on Port Logistics 2023\" and said \"the plan is "
        "working well\". The Law Society and the Administration for Market Regulation of "
        "Fujian Province took part in the Belt and Road Initiative.",
    )
    assert titles(release) == ["Fujian's Annual Report on Port Logistics 2023"]


def test_statements_with_their_speakers() -> None:
    release = release_of(
        "The Secretary for Transport, Mr Ip Kai Man, met the Mayor of Xiamen, Ms Lin Qiu.",
        "Mr Ip said that the new ferry route would open next year.",
        "\"We welcome more visitors,\" Ms Lin said.",
        "\"The route is ready. Tickets go on sale soon,\" he said.",
    )
    acronyms = find_acronyms(release)
    people = find_people(release, acronyms)
    found = find_statements(release, people)
    assert [(s.speaker.name if s.speaker else None, s.text) for s in found] == [
        ("Ip Kai Man", "the new ferry route would open next year"),
        ("Lin Qiu", "We welcome more visitors"),
        ("Lin Qiu", "The route is ready. Tickets go on sale soon"),
    ]
    for statement in found:
        assert release.quote(statement.span) == statement.text


# --------------------------------------------------------------------------- corpus


def _release(path) -> ParsedRelease:  # type: ignore[no-untyped-def]
    return parse(decode(path.read_bytes(), path.name))


def test_sample_documents() -> None:
    assert titles(_release(SAMPLE)) == [
        "Guangdong's Research Report on Development of New Quality Productive Forces 2023",
        "Hong Kong I&T Development Blueprint",
    ]


ENGLISH = sorted([*CORPUS.glob("en-*.txt"), *CORPUS.glob("non-meeting-*.txt")])


@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: p.stem)
def test_corpus_documents_match_gold(path) -> None:  # type: ignore[no-untyped-def]
    gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    assert set(titles(_release(path))) == set(gold["documents_mentioned"])
