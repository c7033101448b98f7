"""Text fitted into SVG boxes by the width it takes: CJK characters twice as wide as Latin
letters, no line wider than its box, ellipsis only on a word or CJK character boundary."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pressgraph.publish.textfit import ELLIPSIS, Font, fit, text_width, wrap

PLAIN = Font(11)
BOLD = Font(12, bold=True)


def test_a_cjk_character_is_about_twice_a_latin_letter() -> None:
    latin = text_width("abcdefghij", PLAIN) / 10
    cjk = text_width("政務司司長財經事務局", PLAIN) / 10
    assert 1.5 <= cjk / latin <= 2.2
    assert cjk == PLAIN.size  # one em
    assert text_width("Secretary", BOLD) > text_width("Secretary", Font(12))


def test_mixed_text_breaks_by_width_not_by_character_count() -> None:
    # the same number of characters: the Chinese line takes about twice the room
    chinese = wrap("政務司司長" * 8, 200, PLAIN, 10)
    latin = wrap("abcde " * 8, 200, PLAIN, 10)
    assert len(chinese) > len(latin)
    assert all(text_width(line, PLAIN) <= 200 for line in chinese + latin)


def test_a_long_post_grows_to_several_lines_before_it_is_cut() -> None:
    post = ("財經事務及庫務局局長, Secretary for Financial Services and the Treasury, "
            "Financial Services and the Treasury Bureau (attendee)")
    lines = wrap(post, 216, PLAIN, 4)
    assert 2 < len(lines) <= 4
    assert ELLIPSIS not in "".join(lines)
    assert " ".join(lines).split() == post.split()  # every word kept, none split
    assert all(text_width(line, PLAIN) <= 216 for line in lines)


def test_the_ellipsis_falls_on_a_word_boundary() -> None:
    lines = wrap("Secretary for Financial Services and the Treasury", 120, PLAIN, 2)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    words = set("Secretary for Financial Services and the Treasury".split())
    for line in lines:
        assert all(word in words for word in line.removesuffix(ELLIPSIS).split())
    assert all(text_width(line, PLAIN) <= 120 for line in lines)


def test_chinese_is_cut_between_characters() -> None:
    text = "廣東省人民政府省長及粵港合作聯席會議主席"
    lines = wrap(text, 60, PLAIN, 2)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    assert text.startswith("".join(lines).removesuffix(ELLIPSIS))
    assert all(text_width(line, PLAIN) <= 60 for line in lines)


def test_a_word_wider_than_the_box_is_cut_to_fit() -> None:
    lines = wrap("Pneumonoultramicroscopicsilicovolcanoconiosis", 50, PLAIN, 3)
    assert all(text_width(line, PLAIN) <= 50 for line in lines)
    assert lines[-1].endswith(ELLIPSIS)


def test_fit_keeps_text_that_fits_and_cuts_text_that_does_not() -> None:
    assert fit("HKSAR Government", 300, BOLD) == "HKSAR Government"
    cut = fit("HKSAR Government of the Special Administrative Region", 120, BOLD)
    assert cut.endswith(ELLIPSIS) and text_width(cut, BOLD) <= 120
    assert "HKSAR Government of the Special Administrative Region".startswith(
        cut.removesuffix(ELLIPSIS))


MIXED = st.text(alphabet=st.sampled_from(list("abcdefXYZ ,.()政務司長局財經，")),
                max_size=120)


@settings(max_examples=200, deadline=None)
@given(MIXED, st.integers(min_value=30, max_value=400), st.integers(min_value=1, max_value=5))
def test_no_line_is_wider_than_the_box(text: str, width: int, lines: int) -> None:
    out = wrap(text, width, PLAIN, lines)
    assert len(out) <= lines
    assert all(text_width(line, PLAIN) <= width for line in out)
    assert all(line == line.strip() and line for line in out)
    if ELLIPSIS not in "".join(out):  # nothing cut: nothing lost
        assert "".join("".join(out).split()) == "".join(text.split())
