"""English meeting extraction: what each meeting carries besides its facts: the region of text
given to the participant and agenda finders (one per meeting, one per person met), the
documents signed and plans endorsed, and the visits arranged after it.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressgraph.extract import agenda as agenda_rules
from pressgraph.extract import english
from pressgraph.extract import participants as participant_rules
from pressgraph.model import ParsedRelease, Span
from tests.english_meetings import make_release, meetings_of


def test_signing_ceremony_is_a_meeting_with_an_outcome() -> None:
    (meeting,) = meetings_of(
        "The day began with a signing ceremony at which the Secretary for Education and the "
        "Minister of Education of Singapore signed a Memorandum of Understanding on Teacher "
        "Exchange.")
    assert meeting.kind == "signing ceremony"
    assert any(o.document == "Memorandum of Understanding on Teacher Exchange"
               for o in meeting.outcomes)


def test_visits_arranged_and_government_offices_excluded() -> None:
    first, second = meetings_of(
        "The 4th meeting of the Hong Kong/Shanghai Finance Group was held in Shanghai today "
        "(October 9).",
        "With the arrangement of the Shanghai Municipal Financial Regulatory Bureau (SMFRB), "
        "the delegation visited the Lujiazui Fintech Park and the Shanghai Data Exchange after "
        "the meeting to learn about new products.",
        "Yesterday (October 8), the Secretary visited the Ministry of Finance and met its Vice "
        "Minister, Mr Liu Bo.")
    assert [(v.organisation, v.date) for v in first.visits] == [
        ("Lujiazui Fintech Park", date(2024, 10, 9)), ("Shanghai Data Exchange", date(2024, 10, 9))]
    arranged = first.visits[0].arranged_by
    assert arranged is not None
    assert (arranged.name, arranged.acronym) == ("Shanghai Municipal Financial Regulatory Bureau",
                                                "SMFRB")
    assert second.visits == ()
    assert second.date == date(2024, 10, 8)


def test_two_meetings_in_one_sentence_get_separate_regions(monkeypatch: pytest.MonkeyPatch) -> None:
    regions: list[Span] = []

    def record(release: ParsedRelease, region: Span, acronyms: tuple, people: tuple = (),
               body: str | None = None, place_side: str | None = None,
               principals: tuple | None = None, others: tuple = (),
               other_bodies: tuple = ()) -> tuple:
        regions.append(region)
        return ()

    monkeypatch.setattr(participant_rules, "find_participants", record)
    release = make_release(
        "Leading a delegation to Guangzhou today (October 9), the Chief Executive first called "
        "on the Governor of Guangdong, Mr Wang Wei, and then co-chaired the 25th Plenary of the "
        "Hong Kong/Guangdong Co-operation Joint Conference with him.",
        "During the Plenary, both sides agreed on a new plan.")
    found = english.extract(release).meetings
    assert [m.kind for m in found] == ["courtesy call", "standing body meeting"]
    assert found[1].ordinal == 25 and found[1].session == "Plenary"
    assert len(regions) == 2
    assert regions[0].end <= regions[1].start
    assert "called on" in release.quote(regions[0])
    assert release.quote(regions[1]).startswith("co-chaired the 25th Plenary")
    assert "new plan" in release.quote(regions[1])


def test_finder_results_are_put_into_the_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    from pressgraph.model import AgendaItem

    monkeypatch.setattr(agenda_rules, "find_agenda",
                        lambda release, region, meeting=None: (AgendaItem(1, "item", region),))
    (meeting,) = meetings_of("The 2nd meeting of the Hong Kong/Hainan Group was held today.")
    assert meeting.agenda and meeting.agenda[0].text == "item"


def test_outcomes_name_the_documents_signed_and_the_plans_endorsed() -> None:
    (meeting,) = meetings_of(
        "The 3rd meeting of the Hong Kong/Hainan Co-operation Conference was held in Haikou "
        "today (October 9).",
        "The two governments signed the Agreement on Port Co-operation and the Memorandum of "
        "the Third Meeting of the Conference, which was witnessed by the co-chairs.",
        "Members endorsed the work plan for 2025 and noted the progress made.",
        "The framework, which was signed in Sanya in May, remains in force.")
    documents = [o.document for o in meeting.outcomes if o.document]
    assert documents == ["Agreement on Port Co-operation",
                         "Memorandum of the Third Meeting of the Conference"]
    assert any(o.text == "endorsed: the work plan for 2025" for o in meeting.outcomes)
    assert not any("Sanya" in o.text for o in meeting.outcomes)


def test_each_person_met_in_one_sentence_gets_own_region(monkeypatch: pytest.MonkeyPatch) -> None:
    regions: list[Span] = []
    monkeypatch.setattr(participant_rules, "find_participants",
                        lambda release, region, acronyms, people=(), body=None, place_side=None,
                        principals=None, others=(), other_bodies=():
                        regions.append(region) or ())
    release = make_release(
        "The Secretary then met the Mayor of Seoul, Ms Kim Ji-won, and the Speaker of the "
        "National Assembly, Mr Choi Dae-il. Both welcomed closer ties.")
    assert len(english.extract(release).meetings) == 2
    first, second = (release.quote(region) for region in regions)
    assert "Kim" in first and "Choi" not in first
    assert second.startswith("the Speaker") and "closer ties" in second
