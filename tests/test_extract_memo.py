"""The shortcuts that make extraction fast give what the plain computations give: a
stretch's tokens sliced from the release's, the ", where" clause without a regular
expression, Chinese post words by their first character, answers memoised per release."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pressgraph.extract import extract
from pressgraph.extract.nametokens import _INDEXED_LENGTH, _tokenise, name_chunks, tokens
from pressgraph.extract.organisations import _where_clause_start
from pressgraph.extract.zh_posts import post_word_at
from pressgraph.extract.zh_text import lexicon
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.conftest import CORPUS


def _corpus_texts(prefix: str) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob(f"{prefix}*.txt"))]


def _release(path_name: str):
    path = CORPUS / path_name
    return parse(decode(path.read_bytes(), path.name))


def test_a_stretch_of_a_release_has_the_tokens_it_has_alone() -> None:
    rng = random.Random(7)
    checked = 0
    for text in _corpus_texts("en-"):
        assert len(text) >= _INDEXED_LENGTH
        # sentence-like boundaries, and anywhere at all (cutting words in two)
        cuts = [m.end() for m in re.finditer(r"[.,;]\s+", text)]
        cuts += [rng.randrange(len(text)) for _ in range(60)]
        for _ in range(200):
            start, end = sorted(rng.sample(cuts, 2))
            assert tokens(text, start, end) == _tokenise(text, start, end), (start, end)
            checked += 1
        assert tokens(text) == _tokenise(text, 0, len(text))
    assert checked > 1000


_PIECES = st.sampled_from(["Hong", "Kong", "the", "Council", "’s", "'s", "(", ")", ",", ".",
                           " ", " ", "  ", "\n", "-", "_", "I&T", "é", "2024", "Mr", "x's"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, min_size=150, max_size=400), st.integers(0, 10_000),
       st.integers(0, 10_000))
def test_sliced_tokens_match_tokenising_alone(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces) + " " * _INDEXED_LENGTH
    start, end = sorted((a % (len(text) + 1), b % (len(text) + 1)))
    assert tokens(text, start, end) == _tokenise(text, start, end)
    # the chunks of a stretch of a long text are those of the stretch on its own
    in_text = [[(t.text, t.start - start) for t in chunk]
               for chunk in name_chunks(text, start, end)]
    alone = [[(t.text, t.start) for t in chunk]
             for chunk in name_chunks(text[start:end], 0, end - start)]
    assert in_text == alone


_WHERE = re.compile(r"([^.;]*), where [^.;,]*$")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([", where ", ".", ";", ",", " ", "a", "\n", "where", ", "]),
                max_size=14))
def test_where_clause_start_is_what_the_pattern_gives(pieces: list[str]) -> None:
    before = "".join(pieces)
    match = _WHERE.search(before)
    assert _where_clause_start(before) == (match.start(1) if match else None)


def test_chinese_post_words_by_first_character() -> None:
    words = lexicon().post_words
    found = 0
    for text in _corpus_texts("zh-"):
        for position in range(len(text) + 1):
            for end in (len(text), position + 2):
                expected = _post_word_plain(text, position, end, words)
                assert post_word_at(text, position, end) == expected
                found += expected is not None
    assert found > 0


def _post_word_plain(folded: str, position: int, end: int, words: tuple[str, ...]) -> str | None:
    """The lookup as it was: every post word tried in the lexicon's order."""
    for word in words:
        if folded.startswith(word, position) and position + len(word) <= end:
            after = folded[position + len(word):position + len(word) + 2]
            if after[:1] in ("館", "團", "辦", "室", "處", "署", "局") or (
                    after[:1] == "會" and after[1:2] not in ("面", "晤", "見", "議", "上", "後",
                                                            "談", "同", "")):
                return None
            return word
    return None


def test_memoised_answers_belong_to_their_release() -> None:
    first = _release("en-2024-07-meeting-joint-conference-plenary.txt")
    second = _release("en-2023-03-meeting-commission-on-poverty.txt")
    alone = extract(first)
    assert alone.meetings
    assert extract(second) != alone
    assert extract(first) == alone
    # an equal release that is another object is extracted afresh, to the same result
    again = _release("en-2024-07-meeting-joint-conference-plenary.txt")
    assert again is not first and extract(again) == alone
