"""English meeting extraction: detection, segmentation and the facts of each meeting.

Small hand-written releases test one rule each; the corpus test compares every English
corpus file with its gold file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from pressgraph.errors import PressgraphError
from pressgraph.extract import english
from pressgraph.extract.meetings import parse_ordinal
from pressgraph.model import Extraction, ParsedRelease, SourceText, Span
from pressgraph.parse import parse_text
from pressgraph.reader import InputRef, read
from pressgraph.parse import parse
from tests.conftest import CORPUS, SAMPLE

DATELINE = "Ends/Wednesday, October 9, 2024\nIssued at HKT 16:25"


def make_release(*paragraphs: str, dateline: str | None = DATELINE,
                 title: str = "Officials meet (with photos)") -> ParsedRelease:
    body = "\n\n".join(p if p.startswith(("1.", "(a)", "* ", "- ")) else "     " + p
                       for p in paragraphs)
    text = f"{title}\n\n{body}\n\n{dateline or ''}\n"
    source = SourceText(source="<test>", text=text, media_type="text/plain", encoding="utf-8",
                        content_sha256="0" * 64)
    return parse_text(text, source)


def meetings_of(*paragraphs: str, **kwargs: object) -> tuple:
    return english.extract(make_release(*paragraphs, **kwargs)).meetings  # type: ignore[arg-type]


# --------------------------------------------------------------------------- ordinals


@pytest.mark.parametrize(("text", "value"), [
    ("19th", 19), ("1st", 1), ("22nd", 22), ("3rd", 3), ("Twentieth", 20), ("third", 3),
    ("inaugural", 1), ("twenty-fourth", 24), ("first", 1), ("such", None), (None, None),
])
def test_ordinals(text: str | None, value: int | None) -> None:
    assert parse_ordinal(text) == value


# --------------------------------------------------------------------------- detection


def test_body_holding_its_numbered_meeting() -> None:
    (meeting,) = meetings_of(
        "The Hong Kong/Zhejiang Co-operation Conference held its fourth meeting in Hangzhou "
        "today (October 9) to review joint projects.")
    assert meeting.body == "Hong Kong/Zhejiang Co-operation Conference"
    assert meeting.ordinal == 4
    assert meeting.date == date(2024, 10, 9)
    assert meeting.date_text == "today (October 9)"
    assert meeting.location == "Hangzhou"
    assert meeting.mode == "in person"
    assert meeting.kind == "standing body meeting"
    assert meeting.status == "held"


def test_passive_report_with_word_ordinal_and_yesterday() -> None:
    (meeting,) = meetings_of(
        "The Twentieth meeting of the Hong Kong/Sichuan Liaison Group was held in Chengdu "
        "yesterday. Members reviewed the year's work.")
    assert (meeting.body, meeting.ordinal) == ("Hong Kong/Sichuan Liaison Group", 20)
    assert meeting.date == date(2024, 10, 8)
    assert meeting.location == "Chengdu"


def test_session_and_series_names() -> None:
    first, second = meetings_of(
        "The Chief Executive co-chaired the 8th Plenary Session of the Hong Kong/Sichuan "
        "Co-operation Conference in Chengdu today (October 9).",
        "Later, the two sides attended the Hong Kong/Tianjin Co-operation Meeting 2024 in "
        "Chengdu.")
    assert (first.body, first.session, first.ordinal) == (
        "Hong Kong/Sichuan Co-operation Conference", "Plenary Session", 8)
    assert (second.body, second.session, second.ordinal) == (
        "Hong Kong/Tianjin Co-operation Meeting", "2024", None)


def test_one_meeting_per_person_met_and_summaries_are_not_meetings() -> None:
    found = meetings_of(
        "The Secretary for Justice, Mr Alan Lee, met a number of officials in Seoul on "
        "October 8 (Seoul time).",
        "He first called on the Minister of Justice, Mr Park Min-ho. He then met the Mayor "
        "of Seoul, Ms Kim Ji-won, and the Speaker of the National Assembly, Mr Choi Dae-il.")
    assert [m.kind for m in found] == ["courtesy call", "bilateral meeting", "bilateral meeting"]
    assert {m.date for m in found} == {date(2024, 10, 8)}
    assert {m.location for m in found} == {"Seoul"}
    assert all(m.body is None for m in found)


def test_dates_and_places_carry_over_to_later_sentences() -> None:
    found = meetings_of(
        "The Secretary for Housing, Ms Winnie Ho, completed her visit to Tokyo today "
        "(October 9), during which she met officials of five ministries.",
        "Yesterday (October 8), Ms Ho met the Minister of Land, Mr Sato Ken. In the afternoon, "
        "she called on the Governor of Tokyo, Ms Ito Yui.",
        "This morning, Ms Ho met the Vice Minister of Finance, Mr Abe Jun.")
    assert [m.date for m in found] == [date(2024, 10, 8), date(2024, 10, 8), date(2024, 10, 9)]
    assert {m.location for m in found} == {"Tokyo"}


@pytest.mark.parametrize("paragraph", [
    "The Working Group will meet again in Guangzhou next year.",
    "The Committee is expected to meet about four times a year.",
    "The next meeting of the Hong Kong/Fujian Co-operation Conference is to be held in Fuzhou.",
    "Since the first meeting of the Group on May 5, both sides have kept in close touch.",
    "Building on the consensus reached at the 19th Plenary last September, the two sides "
    "drew up a plan.",
    "A site inspection will be arranged at the meeting point outside the building.",
    "Meeting these expectations is no small task.",
    "The experts said that Hong Kong had met the conditions for resuming travel.",
    "Police will close roads to facilitate an international conference to be held at the "
    "Convention Centre.",
    "This was the first such meeting since the new plan was promulgated.",
])
def test_future_referred_and_non_meetings_are_not_reported(paragraph: str) -> None:
    assert meetings_of(paragraph) == ()


@pytest.mark.parametrize(("paragraph", "when"), [
    ("The Secretary will meet the Mayor of Shenzhen, Mr Lin Tao, tomorrow (October 10).",
     date(2024, 10, 10)),
    ("The Secretary for Trade, Mr Ken Ma, will attend the 31st Ocean Rim Trade Ministers "
     "Meeting in Lima on October 14.", date(2024, 10, 14)),
    ("The Panel on Water Affairs will hold a closed meeting at 3pm tomorrow in Conference "
     "Room 2.", date(2024, 10, 10)),
    ("The Director, Ms Amy Lo, will depart for Xiamen this afternoon (October 9) to co-chair "
     "the eighth meeting of the Hong Kong/Xiamen Joint Working Group on River Care tomorrow "
     "morning (October 10).", date(2024, 10, 10)),
])
def test_announced_meetings_are_planned_on_their_own_day(paragraph: str, when: date) -> None:
    (meeting,) = meetings_of(paragraph)
    assert meeting.status == "planned"
    assert meeting.date == when


def test_a_report_that_looks_ahead_is_held_and_a_vague_future_is_nothing() -> None:
    (meeting,) = meetings_of(
        "The Secretary met the Mayor of Shenzhen, Mr Lin Tao, today (October 9).",
        "The two sides will meet regularly to follow up. Tomorrow (October 10), he will meet "
        "representatives of the business sector.")
    assert meeting.status == "held"


def test_quoted_speech_names_no_meeting() -> None:
    found = meetings_of(
        'Mr Lee said, "This is the first Coastal Cities Co-operation Meeting held since the '
        'agreement was signed, and we are glad to take part."')
    assert found == ()


def test_meetings_referred_to_again_are_not_repeated() -> None:
    found = meetings_of(
        "The 5th meeting of the Hong Kong/Fujian Expert Group was held in Hong Kong today.",
        "The meeting was co-chaired by the Director of Trade, Mr Wu Ka-ming. At the meeting, "
        "members agreed to speed up work.",
        "Officials of both sides attended the meeting.")
    assert len(found) == 1


def test_a_separate_meeting_and_a_working_meeting_are_meetings() -> None:
    found = meetings_of(
        "The 2nd meeting of the Hong Kong/Hainan Co-operation Conference was held in Hong Kong "
        "today.",
        "In a separate meeting this afternoon, the Secretary for Health met a delegation led by "
        "the Director of Health of Hainan, Mr Lin Hui.",
        "The Secretary for Security then held a working meeting with the Chief of Police of "
        "Hainan, Mr Yang Ming.")
    assert [m.kind for m in found] == ["standing body meeting", "bilateral meeting",
                                       "working meeting"]


def test_body_given_by_a_short_form_with_its_parent() -> None:
    (meeting,) = meetings_of(
        "The Government welcomed the support of the Public Works Subcommittee (PWSC) of the "
        "Legislative Council (LegCo) for the project.",
        "At its meeting this morning, the PWSC endorsed the proposal.")
    assert meeting.body == "Public Works Subcommittee of the Legislative Council"
    assert meeting.date == date(2024, 10, 9)
    assert meeting.location == "Hong Kong"


def test_video_conference_has_no_location() -> None:
    (meeting,) = meetings_of(
        "The Secretary for the Environment co-chaired the third meeting of the Hong Kong/Hainan "
        "Working Group on Climate Change today.",
        "Owing to the weather, the meeting was held by video conference, with the Hainan side "
        "joining from Haikou.")
    assert meeting.mode == "video conference"
    assert meeting.location is None


def test_signing_ceremony_is_a_meeting_with_an_outcome() -> None:
    (meeting,) = meetings_of(
        "The day began with a signing ceremony at which the Secretary for Education and the "
        "Minister of Education of Singapore signed a Memorandum of Understanding on Teacher "
        "Exchange.")
    assert meeting.kind == "signing ceremony"
    assert any(o.document == "Memorandum of Understanding on Teacher Exchange"
               for o in meeting.outcomes)


def test_no_dateline_keeps_the_phrase_without_a_date() -> None:
    release = make_release(
        "The Director of Tourism co-chaired a working meeting on tourism promotion in Hong "
        "Kong today (March 5).", dateline=None)
    extraction = english.extract(release)
    (meeting,) = extraction.meetings
    assert meeting.date is None
    assert meeting.date_text == "today (March 5)"
    assert meeting.body is None
    assert extraction.warnings


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

    def record(release: ParsedRelease, region: Span, acronyms: tuple, people: tuple = ()) -> tuple:
        regions.append(region)
        return ()

    monkeypatch.setattr(english.organisation_rules, "find_participants", record)
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

    monkeypatch.setattr(english.agenda_rules, "find_agenda",
                        lambda release, region, meeting=None: (AgendaItem(1, "item", region),))
    (meeting,) = meetings_of("The 2nd meeting of the Hong Kong/Hainan Group was held today.")
    assert meeting.agenda and meeting.agenda[0].text == "item"


# --------------------------------------------------------------------------- sample and corpus


def _extract(path: Path) -> Extraction | None:
    try:
        return english.extract(parse(read(InputRef(source=str(path), path=path))))
    except PressgraphError:
        return None


def test_sample_release() -> None:
    extraction = _extract(SAMPLE)
    assert extraction is not None
    (meeting,) = extraction.meetings
    assert meeting.ordinal == 19
    assert meeting.date == date(2024, 10, 9)
    assert meeting.location == "Guangzhou"
    assert meeting.body == "Hong Kong/Guangdong Expert Group on Co-operation in Informatisation"
    (visit,) = meeting.visits
    assert visit.organisation == "Guangzhou Digital Technology Group"
    assert visit.date == date(2024, 10, 9)
    assert visit.arranged_by is not None and visit.arranged_by.acronym == "GDDIIT"


def _norm(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.casefold().replace("&", "and")
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


ENGLISH_FILES = sorted(
    [*CORPUS.glob("en-*.txt"), *CORPUS.glob("non-meeting-*.txt"), *CORPUS.glob("awkward/*.txt")])


@pytest.mark.parametrize("path", ENGLISH_FILES, ids=lambda p: p.name)
def test_corpus_meetings_match_gold(path: Path) -> None:
    gold = json.loads((CORPUS / "gold" / path.relative_to(CORPUS).with_suffix(".json")).read_text(
        encoding="utf-8"))
    extraction = _extract(path)
    found = extraction.meetings if extraction else ()

    def facts(body, ordinal, when, location, mode):  # type: ignore[no-untyped-def]
        return (_norm(body), ordinal, when, location, mode)

    expected = Counter(facts(m["body"], m["ordinal"], m["date"], m["location"], m["mode"])
                       for m in gold["meetings"])
    actual = Counter(facts(m.body, m.ordinal, m.date.isoformat() if m.date else None,
                           m.location, m.mode) for m in found)
    assert actual == expected
    expected_visits = Counter((_norm(v["organisation"]), v["date"])
                              for m in gold["meetings"] for v in m.get("visits", []))
    actual_visits = Counter((_norm(v.organisation), v.date.isoformat() if v.date else None)
                            for m in found for v in m.visits)
    assert actual_visits == expected_visits
    for meeting in gold["meetings"]:
        if meeting["date"] is None and meeting.get("date_text"):
            assert meeting["date_text"] in {m.date_text for m in found}


def test_other_shapes_of_ad_hoc_meetings() -> None:
    found = meetings_of(
        "The Chief Secretary received a courtesy call from the Consul General of Peru in Hong "
        "Kong, Mr Luis Soto, today (October 9).",
        "The Secretary for Labour met with the Minister of Manpower of Singapore, Ms Tan Li, "
        "and said that both places would keep in touch.",
        "The Secretary for Trade held talks with the Mayor of Osaka, Mr Ito Ken, in Hong Kong.",
        "After the meetings, the Chief Secretary met the press.")
    assert [m.kind for m in found] == ["courtesy call", "bilateral meeting", "bilateral meeting"]
    assert {m.location for m in found} == {"Hong Kong"}


def test_a_body_that_met() -> None:
    (meeting,) = meetings_of("The Steering Committee on Flood Prevention met today (October 9) "
                             "to review the drainage works.")
    assert meeting.body == "Steering Committee on Flood Prevention"
    assert meeting.date == date(2024, 10, 9)


def test_a_post_is_not_a_body() -> None:
    assert meetings_of("The Secretary met in Beijing today.") == ()


def test_a_place_outside_the_gazetteer_leaves_the_meeting_unplaced() -> None:
    release = make_release("The Secretary for Commerce met the Minister of Trade of Freedonia, "
                           "Mr Rufus Firefly, in Fredonia City today (October 9).")
    extraction = english.extract(release)
    (meeting,) = extraction.meetings
    assert meeting.location is None
    assert any("gazetteer" in warning for warning in extraction.warnings)


@pytest.mark.parametrize("paragraph", [
    "The Task Force on Land Supply held its first meeting in May 2023 and has met four times.",
    "The Committee on Elderly Care convened its 3rd meeting last year.",
])
def test_meetings_dated_only_by_month_or_year_are_references(paragraph: str) -> None:
    assert meetings_of(paragraph) == ()


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
    monkeypatch.setattr(english.organisation_rules, "find_participants",
                        lambda release, region, acronyms, people=(): regions.append(region) or ())
    release = make_release(
        "The Secretary then met the Mayor of Seoul, Ms Kim Ji-won, and the Speaker of the "
        "National Assembly, Mr Choi Dae-il. Both welcomed closer ties.")
    assert len(english.extract(release).meetings) == 2
    first, second = (release.quote(region) for region in regions)
    assert "Kim" in first and "Choi" not in first
    assert second.startswith("the Speaker") and "closer ties" in second


def test_transcripts_report_no_meeting() -> None:
    assert meetings_of(
        "Following is the speech by the Secretary for Labour at a luncheon today (October 9):",
        "Last week, I met the Minister of Manpower of Singapore, Mr Tan Li, in Singapore.",
        title="Speech by SLW at luncheon") == ()


def test_a_date_in_an_aside_is_not_the_meeting_date() -> None:
    (meeting,) = meetings_of(
        "The Secretary, who arrived in Beijing yesterday (October 8), met the Vice Minister of "
        "Commerce, Mr Li Fei, today (October 9).")
    assert meeting.date == date(2024, 10, 9)
    assert meeting.location == "Beijing"


def test_news_style_names_after_posts_are_chairs() -> None:
    (meeting,) = meetings_of(
        "Secretary for Transport & Logistics Alan Fong and Hainan Vice-Governor Zhou Yiming "
        "co-chaired the sixth meeting of the Hong Kong/Hainan Ports Co-operation Conference in "
        "Haikou today.",
        "Mr Fong said the two sides would share data on shipping.")
    chairs = {(r.person.name, tuple(p.title for p in r.person.posts)) for r in meeting.roles}
    assert chairs == {("Alan Fong", ("Secretary for Transport & Logistics",)),
                      ("Zhou Yiming", ("Hainan Vice-Governor",))}


def test_one_call_for_each_minister_named_after_the_post() -> None:
    found = meetings_of(
        "Secretary for Trade Ken Ma met Malaysia's Minister of Investment Farid Osman and "
        "Chile's Vice Minister of Finance Rosa Vidal on the sidelines of the meeting today.")
    counterparts = [[r.person.name for r in m.roles if r.person.name != "Ken Ma"] for m in found]
    assert counterparts == [["Farid Osman"], ["Rosa Vidal"]]
    assert [p.title for m in found for r in m.roles for p in r.person.posts
            if r.person.name == "Farid Osman"] == ["Minister of Investment"]


def test_a_multilateral_meeting_attended_keeps_the_abbreviation_inside_its_name() -> None:
    (meeting,) = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, attended the 12th Indian Ocean Rim Trade "
        "Cooperation (IORTC) Ministerial Meeting (the Meeting) in Colombo today (October 9).")
    assert (meeting.body, meeting.ordinal) == (
        "Indian Ocean Rim Trade Cooperation (IORTC) Ministerial Meeting", 12)


def test_announced_calls_take_the_day_of_the_announcement_but_not_of_a_whole_visit() -> None:
    found = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, will lead a delegation to Lima tomorrow "
        "(October 10) to attend the 31st Ocean Rim Trade Ministers Meeting.",
        "Mr Ma will also call on the Mayor of Lima, Ms Rosa Vidal.",
        "He will depart for a three-day visit to Quito on October 12. During the visit, he will "
        "meet the Minister of Trade of Ecuador, Mr Juan Perez.")
    assert [(m.status, m.date) for m in found] == [("planned", date(2024, 10, 10)),
                                                   ("planned", date(2024, 10, 10))]


def test_attending_the_beginning_of_a_meeting_reports_it() -> None:
    (meeting,) = meetings_of(
        "The Chief Secretary, Mr Tom Lo, attended the beginning of the first meeting of the "
        "Commission on River Care this afternoon (October 9) to greet its members.")
    assert (meeting.body, meeting.ordinal, meeting.status) == ("Commission on River Care", 1,
                                                               "held")


def test_a_body_name_with_an_enumeration_is_not_cut_at_its_comma() -> None:
    found = meetings_of(
        "The Panel on Transport, Housing & Lands held its third meeting today (October 9).",
        "The Secretary attended the meeting of the Subcommittee on Ports, Rivers and Canals "
        "this afternoon.")
    assert [m.body for m in found] == ["Panel on Transport, Housing & Lands",
                                       "Subcommittee on Ports, Rivers and Canals"]
