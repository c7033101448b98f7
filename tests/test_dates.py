"""Date phrases of English release bodies, resolved against the dateline."""

from __future__ import annotations

from datetime import date

import pytest

from pressgraph.extract.dates import find_dates, resolve, resolve_text

RELEASE = date(2024, 10, 9)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected", "phrase"),
    [
        ("met today (October 9) in Guangzhou", date(2024, 10, 9), "today (October 9)"),
        ("met today", date(2024, 10, 9), "today"),
        ("Yesterday (October 8), he met", date(2024, 10, 8), "Yesterday (October 8)"),
        ("held yesterday", date(2024, 10, 8), "yesterday"),
        ("this afternoon (October 9)", date(2024, 10, 9), "this afternoon (October 9)"),
        ("This morning, Mr Wong visited", date(2024, 10, 9), "This morning"),
        ("tomorrow morning (October 10)", date(2024, 10, 10), "tomorrow morning (October 10)"),
        ("tomorrow", date(2024, 10, 10), "tomorrow"),
        ("next Wednesday (October 16)", date(2024, 10, 16), "next Wednesday (October 16)"),
        ("next Wednesday", date(2024, 10, 16), "next Wednesday"),
        ("last Monday", date(2024, 10, 7), "last Monday"),
        ("on October 8 (London time)", date(2024, 10, 8), "October 8 (London time)"),
        ("yesterday (London time, October 8)", date(2024, 10, 8),
         "yesterday (London time, October 8)"),
        ("tomorrow (October 10, London time)", date(2024, 10, 10),
         "tomorrow (October 10, London time)"),
        ("on October 7", date(2024, 10, 7), "October 7"),
        ("on Monday, 7 October 2024", date(2024, 10, 7), "Monday, 7 October 2024"),
        ("on 7 Oct", date(2024, 10, 7), "7 Oct"),
        ("on Monday (October 7)", date(2024, 10, 7), "Monday (October 7)"),
        ("On the morning of October 7 (Lima time), he", date(2024, 10, 7),
         "October 7 (Lima time)"),
        ("in the evening of October 10", date(2024, 10, 10), "October 10"),
        ("the day after tomorrow", date(2024, 10, 11), "the day after tomorrow"),
        ("the day before yesterday", date(2024, 10, 7), "the day before yesterday"),
    ],
)
def test_phrases_resolve_against_the_release_date(text: str, expected: date, phrase: str) -> None:
    assert resolve_text(text, RELEASE) == (expected, phrase)


@pytest.mark.parametrize(("text", "phrase"), [
    ("in Geneva from October 14-16", "October 14"),
    ("from October 14 to 16", "October 14"),
    ("on October 14 and 15", "October 14"),
    ("from October 30 to November 1", "October 30"),
])
def test_a_range_of_days_is_a_phrase_with_no_one_date(text: str, phrase: str) -> None:
    assert resolve_text(text, RELEASE) == (None, phrase)


@pytest.mark.parametrize("text", ["on October 14 to 10am", "on October 14 and met",
                                  "on October 14 and 15 per cent"])
def test_a_day_followed_by_a_time_or_a_word_is_no_range(text: str) -> None:
    assert resolve_text(text, RELEASE)[0] == date(2024, 10, 14)


def test_a_january_release_reporting_december_rolls_the_year_back() -> None:
    assert resolve_text("held on December 30", date(2025, 1, 2)) == (date(2024, 12, 30),
                                                                     "December 30")


def test_a_december_release_announcing_january_rolls_the_year_forward() -> None:
    assert resolve_text("tomorrow (January 1)", date(2024, 12, 31))[0] == date(2025, 1, 1)


@pytest.mark.parametrize("text", ["today (February 30)", "on February 30", "on April 31"])
def test_days_that_do_not_exist_are_never_rolled_over(text: str) -> None:
    value, phrase = resolve_text(text, date(2024, 2, 28))
    assert value is None
    assert phrase is not None and phrase in text


def test_leap_day_is_valid_in_a_leap_year_only() -> None:
    assert resolve_text("today (February 29)", date(2024, 2, 29))[0] == date(2024, 2, 29)
    assert resolve_text("today (February 29)", date(2023, 3, 1))[0] is None


def test_without_a_release_date_only_a_written_year_resolves() -> None:
    assert resolve_text("today (March 5)", None) == (None, "today (March 5)")
    assert resolve_text("today", None) == (None, "today")
    assert resolve_text("on March 5, 2024", None)[0] == date(2024, 3, 5)


def test_an_unrelated_bracket_is_not_part_of_the_phrase() -> None:
    phrases = find_dates("met today (see photo) in Hong Kong")
    assert [p.text for p in phrases] == ["today"]
    assert resolve(phrases[0], RELEASE) == RELEASE


def test_time_zone_is_kept() -> None:
    (phrase,) = find_dates("on May 8 (Budapest time)")
    assert phrase.time_zone == "Budapest"
    assert (phrase.month, phrase.day) == (5, 8)


def test_words_that_merely_contain_a_month_are_not_dates() -> None:
    assert find_dates("Mayor of Shenzhen on Marine Refuse") == []


def test_the_next_day_is_the_day_after_the_one_spoken_of_last() -> None:
    from pressgraph.extract.dates import resolve_from

    (phrase,) = find_dates("The next day, he will meet the Mayor.")
    assert resolve_from(phrase, RELEASE, date(2024, 10, 12)) == date(2024, 10, 13)
    assert resolve_from(phrase, RELEASE, None) is None


@pytest.mark.parametrize("text", ["will attend the summit tomorrow and on Sunday",
                                  "met them yesterday and today (October 8 and 9)",
                                  "met them today (October 8 and 9)"])
def test_two_relative_days_are_a_range_with_no_one_date(text: str) -> None:
    phrase = find_dates(text)[0]
    assert phrase.is_range
    assert resolve(phrase, RELEASE) is None


@pytest.mark.parametrize(("weekday", "tense", "expected"), [
    ("Friday", "held", date(2024, 10, 4)), ("Friday", "planned", date(2024, 10, 11)),
    ("Monday", "held", date(2024, 10, 7)), ("Monday", "planned", date(2024, 10, 14)),
    ("Wednesday", "held", RELEASE), ("Wednesday", "planned", RELEASE),
    ("Friday", None, date(2024, 10, 11)), ("Monday", None, date(2024, 10, 7)),
])
def test_a_weekday_alone_is_read_by_the_tense_of_its_meeting(
        weekday: str, tense: str | None, expected: date) -> None:
    (phrase,) = find_dates(f"On {weekday}, he met the Mayor")
    assert resolve(phrase, RELEASE, tense) == expected
