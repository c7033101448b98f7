"""The real evaluation set's records: identity, split, schema and the verbatim check.

A record is one JSON object per line of ``records.jsonl``: where a release was found
(``url``, ``query``), what it is (``kind``, ``language``, ``form``, ``year``) and the gold
facts read from its text (``gold``). The text itself is never committed; it lives in the
git-ignored ``texts/<id>.txt``.

Run as a script to add a record (used while building the set)::

    python3 evaluation/real/records.py add PART.jsonl RECORD.json TEXT.txt

which checks the record, gives it its ``id`` and ``split`` (both from a hash of the URL),
copies the text to ``texts/<id>.txt`` and appends the record to ``PART.jsonl``; or::

    python3 evaluation/real/records.py check [RECORDS.jsonl ...]

which checks every record (and, where its text is present, that every gold string occurs
verbatim in it); or::

    python3 evaluation/real/records.py merge

which writes ``records.jsonl``: the records of ``parts/*.jsonl``, one per URL, sorted by id.
Standard library only, so it runs without the project installed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"

LANGUAGES = ("en", "zh-Hant", "zh-Hans")
FORMS = (
    "info.gov.hk page",      # /gia/general/ release as a crawler saves it (furniture kept)
    "info.gov.hk print",     # print-friendly page or text without furniture
    "gb mirror",             # /gb/ Simplified Chinese mirror of an info.gov.hk page
    "news.gov.hk",           # news.gov.hk article (no Ends/ line)
    "e-bulletin",            # a department's or ETO's e-bulletin or newsletter item
    "department page",       # a bureau's, department's or ETO's own copy of a release
    "mirror",                # a third-party site reprinting the release text
)
SIDES = ("HKSAR", "Mainland", "Macao", "overseas", "non-government")
STATUSES = ("held", "planned")
MODES = ("in person", "video conference")
RECORD_KEYS = {"url", "query", "kind", "language", "form", "year", "truncated", "gold"}
OPTIONAL_KEYS = {"id", "split", "pair", "note", "corpus"}
GOLD_KEYS = {"title", "release_date", "issued_time", "release_id", "language", "meetings"}
MEETING_KEYS = {"body", "ordinal", "date", "location", "status", "mode", "chairs",
                "participants", "agenda_items", "kind"}


def record_id(url: str) -> str:
    """A record's id: the first 12 hex digits of the SHA-256 of its URL."""
    return hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:12]


def split_of(url: str) -> str:
    """``test`` for about one URL in three, ``dev`` for the rest; fixed by the URL alone."""
    digest = hashlib.sha256(("split:" + url.strip()).encode("utf-8")).hexdigest()
    return "test" if int(digest[:8], 16) % 3 == 0 else "dev"


def read_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each record of a JSON-lines file with its line number (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield number, json.loads(line)


def _norm(text: str) -> str:
    """The text as the verbatim check compares it: NFC and runs of whitespace as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def schema_problems(record: dict[str, Any]) -> list[str]:
    """What is wrong with a record's form (empty when nothing is)."""
    problems: list[str] = []
    missing = RECORD_KEYS - record.keys()
    extra = record.keys() - RECORD_KEYS - OPTIONAL_KEYS
    if missing:
        problems.append(f"missing keys {sorted(missing)}")
    if extra:
        problems.append(f"unknown keys {sorted(extra)}")
    if record.get("language") not in LANGUAGES:
        problems.append(f"language must be one of {LANGUAGES}")
    if record.get("form") not in FORMS:
        problems.append(f"form must be one of {FORMS}")
    if not isinstance(record.get("year"), int) or not 1997 <= record["year"] <= 2026:
        problems.append("year must be an integer from 1997 to 2026")
    gold = record.get("gold")
    if not isinstance(gold, dict):
        return problems + ["gold must be an object"]
    if GOLD_KEYS - gold.keys():
        problems.append(f"gold is missing {sorted(GOLD_KEYS - gold.keys())}")
    for index, meeting in enumerate(gold.get("meetings") or [], 1):
        problems += [f"meeting {index}: {p}" for p in _meeting_problems(meeting)]
    return problems


def _meeting_problems(meeting: dict[str, Any]) -> list[str]:
    problems = []
    if MEETING_KEYS - meeting.keys():
        problems.append(f"missing {sorted(MEETING_KEYS - meeting.keys())}")
    if meeting.get("status") not in STATUSES:
        problems.append(f"status must be one of {STATUSES}")
    if meeting.get("mode") not in MODES:
        problems.append(f"mode must be one of {MODES}")
    ordinal = meeting.get("ordinal")
    if ordinal is not None and not isinstance(ordinal, int):
        problems.append("ordinal must be an integer or null")
    for participant in meeting.get("participants") or []:
        if participant.get("side") not in SIDES:
            problems.append(f"participant {participant.get('agency')!r}: side not in {SIDES}")
    evidence = meeting.get("evidence")
    if evidence is not None and not (
            isinstance(evidence, list) and len(evidence) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) for n in evidence)
            and 0 <= evidence[0] < evidence[1]):
        problems.append("evidence must be [start, end], character offsets with start < end")
    return problems


def verbatim_strings(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(field, value) for every gold string that must occur verbatim in the text."""
    gold = record["gold"]
    if gold.get("title"):
        yield "title", gold["title"]
    for meeting in gold.get("meetings") or []:
        for key in ("body", "location"):
            if meeting.get(key):
                yield key, meeting[key]
        for chair in meeting.get("chairs") or []:
            for key in ("name", "post"):
                if chair.get(key):
                    yield f"chair {key}", chair[key]
        for participant in meeting.get("participants") or []:
            mentions = participant.get("mentions") or [participant.get("agency")]
            for mention in mentions:
                if mention:
                    yield "participant", mention
        for item in meeting.get("agenda_items") or []:
            if item.get("text"):
                yield "agenda item", item["text"]


def verbatim_problems(record: dict[str, Any], text: str) -> list[str]:
    """Gold strings that do not occur in the text (whitespace runs compared as one space),
    and evidence spans that do not lie on words of the text."""
    haystack = _norm(text)
    return [f"{field} {value!r} is not in the text"
            for field, value in verbatim_strings(record) if _norm(value) not in haystack
            ] + evidence_problems(record, text)


def evidence_problems(record: dict[str, Any], text: str) -> list[str]:
    """A meeting's ``evidence`` is where the text reports it: ``[start, end]`` offsets into
    the text file as read (UTF-8), which must lie inside it and hold words."""
    problems = []
    for index, meeting in enumerate(record["gold"].get("meetings") or [], 1):
        evidence = meeting.get("evidence")
        if not isinstance(evidence, list) or len(evidence) != 2:
            continue
        start, end = evidence
        if end > len(text) or not text[start:end].strip():
            problems.append(f"meeting {index}: evidence {evidence} is not on words of the text")
    return problems


def add(part: Path, record_path: Path, text_path: Path) -> int:
    record = json.loads(record_path.read_text(encoding="utf-8"))
    problems = schema_problems(record)
    text = text_path.read_text(encoding="utf-8")
    problems += verbatim_problems(record, text)
    if problems:
        print("\n".join(f"not added: {p}" for p in problems), file=sys.stderr)
        return 1
    record["id"] = record_id(record["url"])
    record["split"] = split_of(record["url"])
    TEXTS.mkdir(exist_ok=True)
    shutil.copyfile(text_path, TEXTS / f"{record['id']}.txt")
    with part.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"added {record['id']} ({record['split']})")
    return 0


def check(paths: list[Path]) -> int:
    failures = 0
    seen: dict[str, str] = {}
    for path in paths:
        for number, record in read_records(path):
            where = f"{path}:{number}"
            problems = schema_problems(record)
            url = record.get("url", "")
            if record.get("id") != record_id(url) or record.get("split") != split_of(url):
                problems.append("id or split does not match the URL's hash")
            if url in seen:
                problems.append(f"URL already at {seen[url]}")
            seen[url] = where
            text_file = TEXTS / f"{record.get('id')}.txt"
            if text_file.exists() and not problems:
                problems += verbatim_problems(record, text_file.read_text(encoding="utf-8"))
            for problem in problems:
                print(f"{where}: {problem}")
            failures += bool(problems)
    print(f"{len(seen)} records, {failures} with problems")
    return 1 if failures else 0


def merge(parts_dir: Path, out: Path) -> int:
    """The union of the parts, one record per URL (the first part, by name, wins), by id."""
    records: dict[str, dict[str, Any]] = {}
    for part in sorted(parts_dir.glob("*.jsonl")):
        for _, record in read_records(part):
            records.setdefault(record["url"], record)
    ordered = sorted(records.values(), key=lambda r: r["id"])
    out.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n"
                           for r in ordered), encoding="utf-8")
    print(f"{len(ordered)} records -> {out}")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[0] == "add":
        return add(Path(argv[1]), Path(argv[2]), Path(argv[3]))
    if argv == ["merge"]:
        return merge(HERE / "parts", HERE / "records.jsonl")
    if argv and argv[0] == "check":
        return check([Path(p) for p in argv[1:]] or [HERE / "records.jsonl"])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
