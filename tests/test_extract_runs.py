"""Extraction runs to the end on every release of the development corpus (English,
Chinese, HTML and the awkward inputs): a bad input may be refused through the error
hierarchy, but no other exception escapes. A rule that raises (an AttributeError on a
shape of text no fixture has) otherwise shows only as a drop in the scores, as the
evaluation turns a failed release into a miss."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressgraph.errors import PressgraphError
from pressgraph.extract import extract
from pressgraph.parse import parse
from pressgraph.reader import InputRef, read
from tests.conftest import CORPUS, ROOT

CORPUS_FILES = sorted(p for p in CORPUS.rglob("*") if p.suffix in {".txt", ".html"}
                      and p.parent.name != "gold" and p.name != "README.md")
REAL = ROOT / "evaluation" / "real"
REAL_TEXTS = REAL / "texts"


def _extract_or_refuse(path: Path) -> None:
    try:
        release = parse(read(InputRef(source=str(path), path=path)))
    except PressgraphError:
        return  # refused as bad input, with a message
    extraction = extract(release)
    assert extraction.release is release


def test_the_corpus_is_all_there() -> None:
    kinds = {p.name.split("-")[0] for p in CORPUS_FILES}
    assert {"en", "zh", "html", "awkward", "non"} <= kinds


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_every_corpus_release_extracts_without_an_exception(path: Path) -> None:
    _extract_or_refuse(path)


def test_every_real_dev_release_extracts_without_an_exception() -> None:
    records = [json.loads(line) for line in
               (REAL / "records.jsonl").read_text(encoding="utf-8").splitlines() if line]
    paths = [REAL_TEXTS / f"{r['id']}.txt" for r in records if r["split"] == "dev"]
    paths = [p for p in paths if p.exists()]
    if not paths:  # none pulled, or an empty folder (evaluation/real/README.md)
        pytest.skip("the real texts are not pulled")
    failures = []
    for path in paths:
        try:
            _extract_or_refuse(path)
        except Exception as error:  # every one is reported together
            failures.append(f"{path.name}: {type(error).__name__}: {error}")
    assert not failures, "\n".join(failures)
