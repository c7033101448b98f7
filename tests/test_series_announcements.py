"""A meeting series an English release names with a gerund of holding, two series joined by
"and", and a summit: which of them is a meeting, and by what name. All names are invented."""

from __future__ import annotations

from datetime import date

from pressgraph.extract import english
from tests.short_releases import english as release


def _meetings(*paragraphs: str) -> list[tuple[str | None, int | None, date | None, str]]:
    extraction = english.extract(release("Secretary visits Ruritania", *paragraphs))
    return [(m.body, m.ordinal, m.date, m.status) for m in extraction.meetings]


def test_a_visit_continued_by_attending_a_series_announces_that_meeting() -> None:
    assert _meetings("The Secretary for Transport will continue her visit to Port Mira on "
                     "March 6 by attending the 9th Ruritania Rim Transport Ministerial "
                     "Meeting.") == [("Ruritania Rim Transport Ministerial Meeting", 9,
                                      date(2024, 3, 6), "planned")]


def test_a_day_spent_chairing_a_series_reports_that_meeting_held() -> None:
    assert _meetings("The Secretary spent yesterday (March 3) chairing the 4th Ruritania Rim "
                     "Ports Ministerial Meeting in Port Mira.") == [
        ("Ruritania Rim Ports Ministerial Meeting", 4, date(2024, 3, 3), "held")]


def test_a_gerund_of_another_verb_holds_no_meeting() -> None:
    assert _meetings("The Secretary will continue her visit to Port Mira on March 6 by "
                     "touring the 9th Ruritania Rim Transport Ministerial Exhibition.") == []


def test_two_series_joined_by_and_are_named_by_the_first() -> None:
    found = _meetings("The Secretary will attend the 9th Ruritania Rim Transport Ministerial "
                      "Meeting and Ruritania Rim Ministerial Conference on Ports in Port Mira "
                      "on March 6.")
    assert [body for body, *_ in found] == ["Ruritania Rim Transport Ministerial Meeting"]


def test_a_series_whose_name_holds_and_keeps_it_whole() -> None:
    found = _meetings("The Secretary will attend the 3rd Mira and Vale Co-operation Joint "
                      "Conference in Port Mira on March 6.")
    assert [body for body, *_ in found] == ["Mira and Vale Co-operation Joint Conference"]


def test_a_summit_named_by_its_region_or_theme_is_no_meeting_series() -> None:
    assert _meetings("The Secretary will continue her visit to Port Mira tomorrow by "
                     "attending the Rim Summit.") == []
    assert _meetings("The Secretary chaired the Harbour Renewal Summit 2024 today.") == []


def test_a_summit_named_by_the_office_holders_it_gathers_is_a_meeting_series() -> None:
    found = _meetings("The Chief Executive attended the Rim Leaders' Summit in Port Mira "
                      "today (March 4).")
    assert [(body, when) for body, _, when, _ in found] == [("Rim Leaders' Summit",
                                                             date(2024, 3, 4))]
