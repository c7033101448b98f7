"""Property-based tests over the whole pipeline.

Whatever the input — arbitrary text, arbitrary bytes, a corpus release mutated in any
way — pressgraph either stops with a clear pressgraph error naming the input, or
produces a graph that conforms to the shapes and parses in rdflib and pyoxigraph (and
rapper/serdi where installed) with the same count. Never anything else.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from pressgraph.errors import PressgraphError
from pressgraph.pipeline import map_options, process_source
from pressgraph.reader import decode
from pressgraph.serialize import GraphChunk, Prefixes, serialize
from pressgraph.vocab import prefix_table
from tests.conftest import CORPUS, SAMPLE
from tests.roundtrip import assert_same_count_everywhere

OPTIONS = map_options("https://example.org/")
PREFIXES = Prefixes(prefix_table(OPTIONS.minter.base))
SOURCE = "generated-input.txt"
RELEASES = [SAMPLE] + sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html"))
NASTY = ['<', '>', '"', "\\", "{", "}", "|", "^", "`", "\n", "\x00", "\u2028", "\u2029",
         "\u200f", "\u202e", "\u0301", "\U0001F600", "\ufeff", "\r", "\t", "'''", '"""',
         "@prefix", "_:b0", "%2F", "../"]


def check(data: bytes) -> None:
    """The property: a clear pressgraph error naming the input, or a valid graph."""
    try:
        processed = process_source(decode(data, SOURCE), OPTIONS, validator="pyshacl")
    except PressgraphError as exc:
        assert SOURCE in str(exc), f"error does not name the input: {exc}"
        return
    assert processed.validation is not None
    assert processed.validation.conforms, processed.validation.violations
    chunk = GraphChunk(processed.mapped.graph_iri, processed.mapped.graph)
    with tempfile.TemporaryDirectory() as directory:
        for fmt, suffix in (("turtle", ".ttl"), ("nq", ".nq")):
            path = Path(directory) / f"out{suffix}"
            path.write_text(serialize([chunk], fmt, PREFIXES), encoding="utf-8")
            assert assert_same_count_everywhere(path) == len(processed.mapped.graph)


@given(st.text(max_size=3000))
@example("")
@example("Title only")
@example("Title\n\nEnds/Friday, February 30, 2024\nIssued at HKT 25:99\n")
def test_arbitrary_text(text: str) -> None:
    check(text.encode("utf-8", "surrogatepass"))


@given(st.binary(max_size=3000))
@example(b"\xff\xfe" + "A title\n".encode("utf-16-le"))
@example(b"\xed\xa0\x80 lone surrogate in UTF-8 bytes\n")
def test_arbitrary_bytes(data: bytes) -> None:
    check(data)


@st.composite
def mutated_release(draw: st.DrawFn) -> bytes:
    path = draw(st.sampled_from(RELEASES))
    lines = path.read_text(encoding="utf-8").split("\n")
    operation = draw(st.sampled_from(["drop", "duplicate", "shuffle", "truncate", "insert",
                                      "long-line"]))
    if operation == "drop" and lines:
        del lines[draw(st.integers(0, len(lines) - 1))]
    elif operation == "duplicate" and lines:
        index = draw(st.integers(0, len(lines) - 1))
        lines.insert(index, lines[index])
    elif operation == "shuffle":
        lines = draw(st.permutations(lines))
    elif operation == "truncate":
        text = "\n".join(lines)
        return text[: draw(st.integers(0, len(text)))].encode("utf-8")
    elif operation == "insert":
        text = "\n".join(lines)
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.sampled_from(NASTY)) + text[at:]
        return text.encode("utf-8", "surrogatepass")
    elif operation == "long-line" and lines:
        index = draw(st.integers(0, len(lines) - 1))
        lines[index] = lines[index] + " word" * draw(st.integers(1000, 20000))
    return "\n".join(lines).encode("utf-8")


@given(mutated_release())
def test_mutated_corpus_releases(data: bytes) -> None:
    check(data)


def test_ten_thousand_list_items() -> None:
    items = "\n".join(f"{n}. item number {n};" for n in range(1, 10_001))
    text = (
        "Working group holds meeting\n\n     The working group held its 3rd meeting today "
        "(May 2). They agreed on:\n\n" + items + "\n\nEnds/Thursday, May 2, 2024\n"
        "Issued at HKT 10:00\n"
    )
    check(text.encode("utf-8"))


def test_lone_surrogate_bytes_are_refused_clearly() -> None:
    try:
        decode(b"Title\n\n     Text \xed\xa0\x80 here.\n", SOURCE)
    except PressgraphError as exc:
        assert SOURCE in str(exc)
    else:  # decoded by a legacy codec: must carry a warning, never silently
        assert decode(b"Title\n\n     Text \xed\xa0\x80 here.\n", SOURCE).warnings
