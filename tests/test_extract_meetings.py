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
from pressgraph.parse import parse, parse_text
from pressgraph.reader import InputRef, read
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
    assert meeting.location is None  # the text names no place: none is assumed


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

    def record(release: ParsedRelease, region: Span, acronyms: tuple, people: tuple = (),
               body: str | None = None, place_side: str | None = None,
               principals: tuple | None = None) -> tuple:
        regions.append(region)
        return ()

    monkeypatch.setattr(english.participant_rules, "find_participants", record)
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
    monkeypatch.setattr(english.participant_rules, "find_participants",
                        lambda release, region, acronyms, people=(), body=None, place_side=None,
                        principals=None:
                        regions.append(region) or ())
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


def test_a_transcript_given_at_a_meeting_reports_that_meeting_alone() -> None:
    (meeting,) = meetings_of(
        "Following is the speech by the Secretary for Transport, Mr Ken Ma, at the Third Joint "
        "Meeting of Senior Transport Officials of Ruritania, Hong Kong and Macao today "
        "(October 9):",
        "Last week, I met the Minister of Transport of Ruritania, Mr Tan Li, in Zenda.",
        title="Speech by ST at Third Joint Meeting")
    assert (meeting.body, meeting.ordinal, meeting.date, meeting.status) == (
        "Joint Meeting of Senior Transport Officials of Ruritania, Hong Kong and Macao", 3,
        date(2024, 10, 9), "held")
    assert meeting.roles == () and meeting.participants == ()
    (hearing,) = meetings_of(
        "Following is the opening remarks by the Secretary for Works, Mr Ken Ma, at the hearing "
        "of the Select Committee on Harbour Works today (October 9):",
        title="Opening remarks by SW at hearing")
    assert hearing.body == "Select Committee on Harbour Works"
    assert meetings_of(
        "Following is the transcript of remarks by the Chief Executive, Mr Tom Lo, at a media "
        "session before the Executive Council meeting today (October 9):",
        title="Transcript of remarks by CE") == ()
    (special,) = meetings_of(
        "Following is the speech by the Financial Secretary, Mr Ken Ma, at the special meeting "
        "of Finance Ministers (G-9) in Lima today (October 9):", title="Speech by FS in Lima")
    assert (special.body, special.date) == (None, date(2024, 10, 9))


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


def test_an_announced_tour_of_several_cities_gives_its_calls_no_day() -> None:
    found = meetings_of(
        "The Chief Executive, Mr Tom Lo, will attend the 5th Plenary of the Hong Kong/Riverside "
        "Co-operation Joint Conference in Riverside on October 16.",
        "After the meeting, Mr Lo will visit three river delta cities, where he will meet "
        "leaders of the Riverside, Hillside and Lakeside municipal governments.")
    assert [m.ordinal for m in found] == [5]


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


# ------------------------------------------------------------------------- meetings named by a noun


@pytest.mark.parametrize("paragraph", [
    "The Secretary for Trade, Mr Ken Ma, today (October 9) urged Senator Rosa Vidal to back "
    "the bill. During his meeting with Senator Vidal, Chair of the Trade Committee, Mr Ma "
    "explained the benefits.",
    "Answering questions after a breakfast meeting with the Mayor of Lima, Ms Rosa Vidal, today, "
    "Mr Ma said trade would grow.",
    "On arrival today, Mr Ma toured the port. This was followed by a meeting with the Mayor of "
    "Lima, "
    "Ms Rosa Vidal, who briefed him on the port's plans.",
    "The Secretary for Trade, Mr Ken Ma, hosted a port-safety task force meeting online with "
    "the Mayor of Lima, Ms Rosa Vidal, today (October 9).",
])
def test_a_meeting_with_someone_named_by_a_noun_is_a_meeting(paragraph: str) -> None:
    (meeting,) = meetings_of(paragraph)
    assert (meeting.status, meeting.date, meeting.body) == ("held", date(2024, 10, 9), None)


def test_bilateral_meetings_with_several_people_are_one_meeting_each() -> None:
    found = meetings_of(
        "On the margins of the conference today, the Secretary for Trade, Mr Ken Ma, held "
        "bilateral meetings with the Minister of Trade of Peru, Ms Rosa Vidal, and the Deputy "
        "Minister of Economy of Chile, Mr Juan Perez, to discuss trade.")
    assert len(found) == 2


def test_a_meeting_introduced_by_during_a_meeting_and_one_named_again() -> None:
    (meeting,) = meetings_of(
        "The Chief Executive, Mr Tom Lo, today (October 9) told the visiting Prime Minister of "
        "Ruritania that the economy would recover. During a one-hour meeting, Mr Lo briefed the "
        "Prime Minister on recent events.")
    assert meeting.kind == "bilateral meeting"
    (again,) = meetings_of(
        "The Mayor of Lima, Ms Rosa Vidal (left), in a meeting with Secretary Ken Ma. []",
        "Ms Vidal met Secretary Ken Ma in Lima today (October 9) and discussed ports.")
    assert again.location == "Lima"


def test_met_visiting_and_appeals_and_unnamed_groups() -> None:
    (meeting,) = meetings_of(
        "The Chief Executive, Mr Tom Lo, today (October 9) met visiting Deputy Prime Minister "
        "of Ruritania Anna Berg at Government House.")
    assert meeting.kind == "bilateral meeting"
    assert meetings_of(
        "The Deputy Secretary, Mr Tom Lo, called on the occupants remaining in the centre to "
        "move out voluntarily by the end of the month.") == ()
    assert [m.kind for m in meetings_of(
        "The Secretary for Trade, Mr Ken Ma, has met officials and residents in Peru.",
        "He met the Minister of Trade of Peru, Ms Rosa Vidal, to discuss trade.")] == [
        "bilateral meeting"]


@pytest.mark.parametrize(("paragraphs", "body", "status", "when"), [
    (("The Harbour Safety Task Force agreed today (October 9) to add patrols.",
      "The Secretary spoke after the task force's second meeting today."),
     "Harbour Safety Task Force", "held", date(2024, 10, 9)),
    (("The Inter-Port Co-ordinating Committee on Ferry Safety, chaired by Mr Tom Lo, met "
      "reporters.", "Mr Lo spoke at a press conference after the Committee's meeting today."),
     "Inter-Port Co-ordinating Committee on Ferry Safety", "held", date(2024, 10, 9)),
    (("The Transport Advisory Council has endorsed the fare plan at its meeting on October 7.",),
     "Transport Advisory Council", "held", date(2024, 10, 7)),
    (("The Council for Greener Ports will publish a report.",
      "Its working group submitted to the council at today's meeting a study of port air."),
     "Council for Greener Ports", "held", date(2024, 10, 9)),
    (("The Harbour District Council (HDC) has invited the Commissioner.",
      "The Commissioner's attendance at tomorrow's HDC meeting is to meet residents' wishes."),
     "Harbour District Council", "planned", date(2024, 10, 10)),
])
def test_a_bodys_meeting_named_by_whose_it_is_or_its_day(paragraphs: tuple[str, ...], body: str,
                                                         status: str, when: date) -> None:
    (meeting,) = meetings_of(*paragraphs)
    assert (meeting.body, meeting.status, meeting.date) == (body, status, when)


def test_a_meeting_named_only_as_the_time_of_remarks_is_no_meeting() -> None:
    assert meetings_of("Speaking to reporters before the Executive Council meeting today, the "
                       "Chief Executive said the plan would go ahead.") == ()


def test_an_announced_programme_day_by_day() -> None:
    found = meetings_of(
        "The Secretary for Health, Dr Amy Lo, will attend the 70th Global Health Assembly (GHA) "
        "of the Global Health Union (GHU) in Geneva from October 21-23 (Geneva time).",
        "On the morning of October 17 (London time), Dr Lo will start her programme in London "
        "by having a meeting with the Minister of State for Care, Lord Green.",
        "She will then meet the former Secretary of State, Mr Tom Hale.",
        "The next day, Dr Lo will hold a breakfast meeting with representatives from the "
        "Council on Nursing Standards. She will also meet nurses from the Royal Nursing Guild.",
        "She will meet representatives of the business sector during the visit.")
    assert [(m.body, m.ordinal, m.status, m.date) for m in found] == [
        ("Global Health Assembly", 70, "planned", None),  # a range of days: no one date
        (None, None, "planned", date(2024, 10, 17)),
        (None, None, "planned", date(2024, 10, 17)),
        (None, None, "planned", date(2024, 10, 18)),
    ]


def test_committee_notices_name_each_committee_without_its_parent() -> None:
    found = meetings_of(
        "The first meeting of the LegCo Subcommittee on Harbour Fees originally scheduled for "
        "tomorrow (October 10) at 10.45am has been cancelled.",
        "Meanwhile, the LegCo Subcommittee on Ferry Piers (Amendment) (No. 2) Order 2024 will "
        "hold its first meeting at 2pm on Friday (October 11) in Conference Room 3.",
        "The LegCo House Committee will hold a special meeting at 2.30pm on Friday in "
        "Conference Room 1.",
        "The meeting of the LegCo Panel on Ports originally scheduled for Friday will be "
        "rescheduled for tomorrow at 3pm (or immediately after the meeting of the Panel on "
        "Harbour Safety, whichever is later).")
    assert [(m.body, m.ordinal, m.status) for m in found] == [
        ("Subcommittee on Ferry Piers (Amendment) (No. 2) Order 2024", 1, "planned"),
        ("House Committee", None, "planned"),
        ("Panel on Ports", None, "planned"),
    ]


def test_a_clause_is_not_the_body_that_took_part_in_a_meeting() -> None:
    (meeting,) = meetings_of(
        "The Government had a productive exchange with new District Council members who took "
        "part in a meeting today (October 9).")
    assert meeting.body is None


def test_each_meeting_of_a_clause_is_dated_by_its_own_phrase() -> None:
    found = meetings_of(
        "The Chief Executive, Mr Tom Lo, participated in the Rim Leaders' Meeting tonight "
        "(October 9) and the Rim Business Council Dialogue last night (October 8), while the "
        "Secretary, Mr Ken Ma, attended the two-day Rim Ministerial Meeting on October 6 and 7.")
    assert [(m.body, m.date) for m in found] == [
        ("Rim Leaders' Meeting", date(2024, 10, 9)),
        ("Rim Business Council Dialogue", date(2024, 10, 8)),
        ("Rim Ministerial Meeting", None)]  # held over two days: no one date


def test_a_series_named_with_its_year_dates_a_release_without_a_date() -> None:
    (meeting,) = meetings_of(
        "The Chief Secretary, Mr Tom Lo, and the Mayor of Riverside, Mr Xu Lin, co-chaired the "
        "2021 Hong Kong/Riverside Co-operation Meeting today (November 25).", dateline=None)
    assert (meeting.body, meeting.session, meeting.date) == (
        "Hong Kong/Riverside Co-operation Meeting", "2021", date(2021, 11, 25))
    (forum,) = meetings_of(
        "Mr Lo also attended the Ministers Plenary Session of the Global Schools Forum 2024 "
        "today (October 9).")
    assert (forum.body, forum.date) == ("Global Schools Forum", date(2024, 10, 9))


def test_calls_named_beside_another_meeting_or_as_talks() -> None:
    found = meetings_of(
        "The Chief Executive, Mr Tom Lo, met with the Party Secretary of Riverside, Mr Huang "
        "Lin, and co-chaired the 5th Plenary of the Hong Kong/Riverside Co-operation Joint "
        "Conference with the Governor, Mr Wang Bo, in Riverside today (October 9).")
    assert [m.body for m in found] == [None, "Hong Kong/Riverside Co-operation Joint Conference"]
    talks = meetings_of(
        "On a two-day visit to Canberra, Mr Ken Ma spoke to the Treasurer, Mr Peter Hale, and "
        "the Shadow Treasurer, Mr Wayne Cole, today (October 9).",
        "He also met the Attorney-General, Mr Philip Rudd, before meeting with and attending a "
        "lunch hosted by the Minister for Foreign Affairs, Mr Alex Down.",
        "Mr Ma later spoke to reporters.")
    assert len(talks) == 4


def test_a_meeting_prepared_for_and_to_be_chaired_later_is_no_meeting_held() -> None:
    (meeting,) = meetings_of(
        "The Chief Secretary, Mr Tom Lo, co-chaired the 12th Working Meeting of the Hong Kong/"
        "Riverside Co-operation Joint Conference today (October 9).",
        "The two sides prepared for the 12th Plenary of the Hong Kong/Riverside Co-operation "
        "Joint Conference, to be co-chaired by the Chief Executive and the Governor.")
    assert meeting.ordinal == 12 and meeting.status == "held"


def test_a_meeting_without_a_day_in_the_text_has_no_date() -> None:
    found = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, yesterday (October 8) concluded his three-day "
        "official visit to London.",
        "Mr Ma met with the Secretary of State for Trade, Mr Tom Hale, to discuss ports.",
        "He also held a meeting with the Mayor of London, Ms Rosa Vidal.")
    assert [m.date for m in found] == [None, None]
    (lead,) = meetings_of(
        "The Financial Secretary, Mr Ken Ma, today (October 8, London time) urged the Senator "
        "to back the bill.",
        "During his meeting with Senator Rosa Vidal, Mr Ma explained the benefits.")
    assert lead.date == date(2024, 10, 8)
    (weekday,) = meetings_of("Premier Li met Chief Executive Tom Lo in Beijing Tuesday and "
                             "discussed trade.")
    assert weekday.date == date(2024, 10, 8)


def test_a_body_chaired_by_someone_and_two_meetings_named_as_one() -> None:
    (council,) = meetings_of(
        "The Chief Executive's Council of Advisers on Ports chaired by the Chief Executive, Mr "
        "Tom Lo, held its first meeting today (October 9).")
    assert (council.body, council.ordinal) == ("Chief Executive's Council of Advisers on Ports",
                                               1)
    (joint,) = meetings_of(
        "The Chief Executive, Mr Tom Lo, will attend the High-level Meeting cum Hong Kong/"
        "Riverside Co-operation Meeting 2024 in Riverside next Monday (October 14).")
    assert (joint.body, joint.status, joint.date) == (
        "High-level Meeting cum Hong Kong/Riverside Co-operation Meeting", "planned",
        date(2024, 10, 14))


def test_several_leaders_meeting_several_people_is_one_meeting() -> None:
    found = meetings_of(
        "Before the ceremony, the three state leaders also met the Chief Executive, Mr Tom Lo, "
        "and the Governor of Riverside Province, Mr Huang Bo, in Beijing today (October 9).")
    assert len(found) == 1


def test_bilateral_meetings_with_people_the_people_layer_may_not_know() -> None:
    found = meetings_of(
        "On the margins of the conference today, Secretary for Trade Ken Ma held bilateral "
        "meetings with Ruritania’s Federal Minister of International Trade Diversification Tom "
        "Bell, Zendan "
        "Deputy Minister of Economic Development Timur Ivanovich Petrov and the Assistant "
        "Minister of Commerce Li Jianguo to discuss trade.")
    assert len(found) == 3


@pytest.mark.parametrize("paragraph", [
    "The Secretary visited a youth centre and met members of a rowing club in Sai Kung today.",
    "During the trip, the delegation will also meet Riverside Provincial Government officials.",
    "They will also meet Hong Kong people working or studying in Riverside.",
])
def test_a_group_met_with_no_one_named_is_no_meeting(paragraph: str) -> None:
    assert meetings_of(paragraph) == ()


def test_people_of_a_named_organisation_met_on_a_day_are_a_meeting() -> None:
    (meeting,) = meetings_of(
        "Tomorrow (October 10), the Secretary will meet representatives from the Riverside "
        "Chamber of Commerce.")
    assert (meeting.status, meeting.date) == ("planned", date(2024, 10, 10))


def test_a_body_meeting_named_again_without_ordinal_is_the_same_meeting() -> None:
    (meeting,) = meetings_of(
        "The Advisory Council on Harbours held its third meeting today (October 9).",
        "The Council meeting was held in the Central Government Offices. Members discussed "
        "the plan.")
    assert (meeting.body, meeting.ordinal) == ("Advisory Council on Harbours", 3)


@pytest.mark.parametrize("paragraph", [
    "The Secretary for Labour, Mr Chris Ng, had a video conference with the Minister of Labour "
    "of Ruritania, Ms Eva Berg, this afternoon (October 9).",
    "Mr Chris Ng, Secretary for Labour, and the Minister of Labour of Ruritania, Ms Eva Berg, "
    "held a video conference today (October 9).",
])
def test_a_video_conference_held_is_a_meeting_without_place(paragraph: str) -> None:
    (meeting,) = meetings_of(paragraph)
    assert (meeting.mode, meeting.location, meeting.date) == (
        "video conference", None, date(2024, 10, 9))


def test_a_visitor_received_is_a_call_and_a_report_received_is_not() -> None:
    (meeting,) = meetings_of(
        "The Chief Executive, Mrs Ann Chow, received the Ambassador of Ruritania, Mr Joe "
        "Bloggs, at Government House this afternoon (October 9).")
    assert (meeting.kind, meeting.status) == ("courtesy call", "held")
    assert meetings_of("The Chief Executive received the Annual Report of the Harbour "
                       "Authority today (October 9).") == ()


@pytest.mark.parametrize(("paragraph", "body", "status"), [
    ("Members of the Advisory Committee on Arts Development met today (October 9) to discuss "
     "the funding plan.", "Advisory Committee on Arts Development", "held"),
    ("The Subcommittee on the Harbour Bill will meet on Monday (October 14) at 9am.",
     "Subcommittee on the Harbour Bill", "planned"),
    ("The Public Accounts Committee will hold a public hearing on Monday (October 14) at 9am "
     "in Conference Room 1.", "Public Accounts Committee", "planned"),
])
def test_a_body_meeting_by_its_members_or_announced_with_meet(paragraph: str, body: str,
                                                              status: str) -> None:
    (meeting,) = meetings_of(paragraph)
    assert (meeting.body, meeting.status) == (body, status)


@pytest.mark.parametrize("paragraph", [
    "Chief Executive Carrie Wong and Ruritanian Prime Minister Karl Stein met in Oslo today "
    "(October 9).",
    "The Chief Executive, Mrs Carrie Wong, exchanged views with the Prime Minister of "
    "Ruritania, Mr Karl Stein, in Oslo today (October 9).",
    "The Ruritania-Hong Kong Joint Transport Committee meeting, chaired by the Secretary for "
    "Transport, Mr Ben Ho, was held today (October 9).",
    "Financial Secretary Tom Tam joined the Coastal Economies Finance Ministers' Meeting via "
    "video conference today (October 9).",
    "The Secretary for Commerce, Mr Alan Lam, took part in the Ruritania Trade Ministers "
    "Summit in Oslo today (October 9).",
    "The Secretary for Security, Mr Ray Tse, today (October 9) led a delegation to meet the "
    "Minister of Public Security, Mr Zhao Ke, in Beijing.",
    "Trade should stay open and Hong Kong will keep working with its partners, said the "
    "Secretary for Commerce, Mr Alan Lam, at the Ocean Rim Trade Ministers Meeting in Lima "
    "today (October 9).",
])
def test_held_meetings_in_other_words(paragraph: str) -> None:
    (meeting,) = meetings_of(paragraph)
    assert (meeting.status, meeting.date) == ("held", date(2024, 10, 9))


@pytest.mark.parametrize("paragraph", [
    "The Chief Executive will meet the media after the Executive Council meeting tomorrow "
    "(October 10).",
    "Mr Lam also hosted a working lunch for the Minister of Trade, Mr Karl Stein, today.",
    "Mr Lam spoke at the Ruritania Trade Summit in Oslo today (October 9).",
])
def test_occasions_and_meals_are_no_meetings(paragraph: str) -> None:
    assert meetings_of(paragraph) == ()


@pytest.mark.parametrize("paragraphs", [
    ("The first Harbour Development Commission (HDC) meeting, under the leadership of the "
     "Chief Executive, Mr Tom Lo, was held at the Central Government Offices today "
     "(October 9).",),
    ("The Chief Secretary, Mr Tom Lee, is leading a delegation to Riverside City to co-chair "
     "the 5th Working Meeting of the Hong Kong-Riverside Co-operation Conference today "
     "(October 9).",),
    ("In response to media enquiries today (October 9), a Government spokesman said the "
     "following:",
     "\u201cThe Chief Executive, Mr Tom Lo, met the Mayor of Riverside, Mr Ken Wu, at "
     "Government House earlier today.\u201d"),
])
def test_held_meetings_in_an_aside_a_present_visit_and_a_statement(
        paragraphs: tuple[str, ...]) -> None:
    (meeting,) = meetings_of(*paragraphs)
    assert (meeting.status, meeting.date) == ("held", date(2024, 10, 9))


def test_an_announced_meeting_with_modifiers_before_its_noun() -> None:
    (meeting,) = meetings_of(
        "The Secretary, Ms Ada Yip, will depart for Geneva tomorrow (October 10) to attend an "
        "informal trade ministerial meeting on the reform of trade rules.")
    assert (meeting.status, meeting.date, meeting.location) == ("planned", date(2024, 10, 10),
                                                                "Geneva")


def test_a_press_meeting_is_still_no_meeting() -> None:
    assert meetings_of("The Secretary, Ms Ada Yip, held a press meeting after her arrival "
                       "today (October 9).") == ()


def test_meetings_announced_for_a_stay_somewhere_have_no_day() -> None:
    found = meetings_of(
        "The Chief Secretary, Mr Tom Lo, will co-chair the second meeting of the Hong "
        "Kong/Fujian Ferry Conference in Xiamen on October 11.",
        "While in Xiamen, the delegation will also meet officials of the municipal government "
        "and the port authority.")
    assert [(m.body, m.date) for m in found] == [("Hong Kong/Fujian Ferry Conference",
                                                  date(2024, 10, 11))]


def test_a_committee_loses_its_parent_written_out_with_its_short_form() -> None:
    (meeting,) = meetings_of(
        "The Legislative Council (LegCo) Panel on Ports will hold a special meeting tomorrow "
        "(October 10) at 9am in Conference Room 2.")
    assert (meeting.body, meeting.status) == ("Panel on Ports", "planned")


@pytest.mark.parametrize(("sentence", "count"), [
    ("The Secretary, Mr Sam Ho, met representatives and players of the Hill Rangers Rugby "
     "Club today (October 9).", 1),
    ("He also met Harbour North District Councillors today (October 9).", 1),
    ("LegCo Members met with the new term Harbour District Council (HDC) and Hill DC members "
     "at the LegCo Complex today (October 9).", 2),
])
def test_members_of_named_organisations_met_are_meetings(sentence: str, count: int) -> None:
    found = meetings_of(sentence)
    assert [(m.status, m.date) for m in found] == [("held", date(2024, 10, 9))] * count


@pytest.mark.parametrize("sentence", [
    "The Secretary, Mr Sam Ho, met District Councillors and residents today (October 9).",
    "The Secretary, Mr Sam Ho, met members of a rugby club today (October 9).",
])
def test_members_of_no_organisation_in_particular_are_no_meeting(sentence: str) -> None:
    assert meetings_of(sentence) == ()


def test_a_transcript_reports_what_its_account_says_was_met_not_what_is_planned() -> None:
    """The speaker's own call and the call the account reports a named official as having
    held are meetings of the release; the speaker's plan for tomorrow is not."""
    found = meetings_of(
        "Following is the transcript of remarks by the Chief Executive, Mr Tom Lo, at a media "
        "session in Beijing this afternoon (October 9):",
        "Reporter: (On the talks)",
        "Chief Executive: I have just met the Premier and we had a frank exchange. The "
        "Secretary met the Vice Minister yesterday. I will meet the Mayor tomorrow.",
        title="Transcript of remarks by CE in Beijing")
    assert [(m.status, m.date, m.location) for m in found] == [
        ("held", date(2024, 10, 9), "Beijing"), ("held", date(2024, 10, 8), "Beijing")]


# --------------------------------------------------------------------------- round 3 constructions


def test_accompanying_someone_to_meet_a_minister_is_a_meeting_held() -> None:
    (meeting,) = meetings_of(
        "The Secretary for Trade joined the Financial Secretary to meet the Minister of Ports "
        "of Norland, Mr Erik Dahl, in Oslo yesterday.")
    assert (meeting.status, meeting.date, meeting.kind) == ("held", date(2024, 10, 8),
                                                            "bilateral meeting")


def test_hoping_to_meet_someone_is_no_meeting() -> None:
    assert meetings_of("The Secretary hoped to meet the Minister of Ports of Norland, "
                       "Mr Erik Dahl, at a later stage.") == ()


def test_the_people_of_three_organisations_met_sum_up_the_meetings_after() -> None:
    meetings = meetings_of(
        "The Secretary for Housing met officials of the Bureau of Roads, the Office of Rivers "
        "and the Ministry of Forests in Beijing today (October 9).",
        "She met the Deputy Director of the Bureau of Roads, Mr Wu Tao, this morning.",
        "She then met the Vice Minister of Forests, Ms Lin Hua.")
    assert len(meetings) == 2
    assert all(m.date == date(2024, 10, 9) for m in meetings)


def test_officials_of_one_organisation_whose_name_lists_areas_are_met_not_summed_up() -> None:
    (meeting,) = meetings_of(
        "The Permanent Secretary for Housing, Mrs Chan Wai-man, will meet officials of the "
        "State Administration of Land Supervision, Survey and Mapping on Tuesday (October 15).")
    assert (meeting.status, meeting.date) == ("planned", date(2024, 10, 15))


def test_what_a_meeting_will_do_is_no_meeting_of_its_own() -> None:
    (meeting,) = meetings_of(
        "The Subcommittee on Ferry Fares will hold its first meeting tomorrow (October 10) at "
        "9am. During the meeting, members will elect a Chairman and meet with the "
        "Administration.")
    assert (meeting.body, meeting.ordinal, meeting.status) == ("Subcommittee on Ferry Fares", 1,
                                                               "planned")


def test_a_days_summary_with_a_group_met_dates_the_meetings_after_it() -> None:
    meetings = meetings_of(
        "Mr Ho (left) talks with pupils.",
        "The Secretary for Sport visited a school and met members of a rowing club in the "
        "district today.",
        "He met the coaches of the Riverside Rowing Club, Mr Ken Lau and Ms Amy Fok.")
    assert meetings and all(m.date == date(2024, 10, 9) for m in meetings)


# ---------------------------------------- series named in the plural, by members, or with a setting


def test_annual_meetings_of_organisations_attended() -> None:
    (meeting,) = meetings_of(
        "The Treasurer today (October 9) attended the annual meetings of the Global Lending "
        "Fund and the Regional Savings Group in Ottawa as a member of the national delegation.")
    assert meeting.status == "held"
    assert meeting.date == date(2024, 10, 9)
    assert meeting.body is not None and meeting.body.startswith("Global Lending Fund")


def test_plenary_session_of_annual_meetings_names_the_meetings() -> None:
    (meeting,) = meetings_of(
        "The Treasurer attended the Plenary Session of the Annual Meetings of the Global "
        "Lending Fund in Ottawa today (October 9).")
    assert meeting.body == "Annual Meetings of the Global Lending Fund"


@pytest.mark.parametrize("text", [
    "The Secretary for Justice attended the 7th Pacific-Rim Prosecutors-General Conference in "
    "Apia today (October 9).",
    "The 7th Pacific-Rim Prosecutors-General Conference, hosted by the Island Procuracy, was "
    "held in Apia today (October 9).",
])
def test_conference_named_by_its_members(text: str) -> None:
    (meeting,) = meetings_of(text)
    assert meeting.body == "Pacific-Rim Prosecutors-General Conference"
    assert meeting.ordinal == 7
    assert meeting.status == "held"


def test_conference_named_by_its_theme_is_no_meeting() -> None:
    assert meetings_of("The Secretary spoke at the Coastal Resilience Conference today "
                       "(October 9).") == ()


@pytest.mark.parametrize(("text", "body"), [
    ("The Secretary chaired the meeting of the Harbour Liaison Committee in Wellington today "
     "(October 9).", "Harbour Liaison Committee"),
    ("The Treasurer will attend the 12th Annual Meeting of the Southern Development Bank in "
     "Perth on October 10 and 11.", "Annual Meeting of the Southern Development Bank"),
    ("The Secretary attended the meeting of the Working Group on Research in Education today "
     "(October 9).", "Working Group on Research in Education"),
])
def test_body_name_without_its_setting(text: str, body: str) -> None:
    (meeting,) = meetings_of(text)
    assert meeting.body == body


def test_named_meeting_on_a_topic_keeps_its_name_and_ordinal() -> None:
    (meeting,) = meetings_of(
        "The 9th Quadripartite Meeting on Port Health convened in Hong Kong today (October 9).")
    assert meeting.body == "Quadripartite Meeting on Port Health"
    assert meeting.ordinal == 9
    assert meeting.date == date(2024, 10, 9)


# -------------------------------------------------------------------- a meeting between two parties


@pytest.mark.parametrize("text", [
    "On today's meeting between the Director of the Liaison Office, Mr Wang Li, and district "
    "councillors, the Secretary said the exchange was frank.",
    "The Commissioner of Police led a delegation to Nanning this week to attend an annual "
    "meeting between the Guangxi security authorities and the Hong Kong Police.",
    "During the meeting between the Sha Tin District Council members and the LegCo Members "
    "today (October 9), they discussed traffic.",
])
def test_meeting_between_two_parties(text: str) -> None:
    (meeting,) = meetings_of(text)
    assert meeting.status == "held"
    assert meeting.body is None


def test_meeting_between_parties_already_met_is_not_new() -> None:
    meetings = meetings_of(
        "The Secretary met the Minister of Trade, Mr Tan Wei, today (October 9).",
        "During the meeting between Mr Tan and the Secretary, they discussed port fees.")
    assert len(meetings) == 1


def test_meeting_between_unnamed_sides_is_no_meeting() -> None:
    assert meetings_of("The two sides agreed that a meeting between the two sides would "
                       "help.") == ()


def test_two_meetings_between_different_parties() -> None:
    meetings = meetings_of(
        "During the meeting between the Islands District Council members and the LegCo "
        "Members today (October 9), they discussed ferries.",
        "During the meeting between the Yuen Long District Council members and the LegCo "
        "Members, they discussed drainage.")
    assert len(meetings) == 2


# --------------------------------------------------------------------------- modifiers of a body


@pytest.mark.parametrize(("paragraph", "body"), [
    ("The Secretary for Housing, Mr Ip Ka-ho, chaired the fourth meeting of the third-term "
     "Council on Estates held this afternoon (October 9).", "Council on Estates"),
    ("The newly established Task Force on Harbour Works held its first meeting today "
     "(October 9).", "Task Force on Harbour Works"),
    ("Mr Ip attended the second meeting of the 2024 Steering Group on Ferry Services at the "
     "Central Government Offices today (October 9).", "Steering Group on Ferry Services"),
    ("The Council on Estates held its fourth meeting on Wednesday (October 9).",
     "Council on Estates"),
])
def test_a_body_read_without_its_term_year_day_or_venue(paragraph: str, body: str) -> None:
    (meeting,) = meetings_of(paragraph)
    assert meeting.body == body
    assert meeting.date == date(2024, 10, 9)


def test_a_town_only_the_world_gazetteer_knows_ends_a_body_and_places_the_meeting() -> None:
    (meeting,) = meetings_of("Mr Ip chaired the fourth meeting of the Council on Estates in "
                             "Davos on Wednesday (October 9).")
    assert (meeting.body, meeting.location) == ("Council on Estates", "Davos")


def test_a_meeting_spoken_at_was_held() -> None:
    (meeting,) = meetings_of("Speaking at the fourth meeting of the Council on Estates today "
                             "(October 9), the Secretary for Housing, Mr Ip Ka-ho, said that "
                             "the estates were in good repair.")
    assert (meeting.body, meeting.ordinal, meeting.status) == ("Council on Estates", 4, "held")


@pytest.mark.parametrize("occasion", ["at a media session after", "after attending"])
def test_a_transcript_after_a_meeting_names_it(occasion: str) -> None:
    (meeting,) = meetings_of(
        f"Following is the transcript of remarks by the Secretary for Housing, Mr Ip Ka-ho, "
        f"{occasion} the fourth meeting of the Council on Estates today (October 9):",
        "Reporter: What did the members agree?", title="Transcript of remarks by SH")
    assert (meeting.body, meeting.ordinal, meeting.date) == ("Council on Estates", 4,
                                                             date(2024, 10, 9))


def test_a_post_accredited_to_a_place_does_not_place_the_meeting() -> None:
    (meeting,) = meetings_of("Mr Ip met the Ambassador of Ruritania to Thailand, Mr Jan Novak, "
                             "today (October 9).")
    assert meeting.location is None


def test_an_undated_release_dates_a_planned_meeting_in_the_year_its_name_prints() -> None:
    (meeting,) = meetings_of("Mr Ip will co-chair the 2021 Harbour Ministers' Meeting tomorrow "
                             "(November 3).", dateline=None)
    assert meeting.date == date(2021, 11, 3)


def test_an_announced_trip_places_the_meetings_announced_after_it() -> None:
    (meeting,) = meetings_of("The Secretary for Housing, Mr Ip Ka-ho, will visit Davos from "
                             "tomorrow (October 10) to October 12.",
                             "On October 11, he will meet the Mayor of Rivertown, Ms Anna Holt.")
    assert (meeting.status, meeting.location) == ("planned", "Davos")


@pytest.mark.parametrize("paragraph", [
    "The Secretary for Housing, Mr Ip Ka-ho, was received by the Minister of Works of Ruritania, "
    "Mr Karl Berg, in Davos today (October 9).",
    "Meeting the Secretary for Housing, Mr Ip Ka-ho, in Davos today (October 9), the Minister of "
    "Works of Ruritania, Mr Karl Berg, praised the estates.",
])
def test_a_call_received_and_a_meeting_opening_the_sentence_are_one_meeting(paragraph: str) -> None:
    (meeting,) = meetings_of(paragraph)
    assert (meeting.date, meeting.location) == (date(2024, 10, 9), "Davos")


def test_something_received_by_an_office_is_no_call() -> None:
    assert meetings_of("The report was received by the Secretariat of the Council on Estates "
                       "today (October 9).") == ()


def test_a_terms_meetings_are_numbered_in_that_term() -> None:
    """The first meeting of the third-term Commission is not the first meeting of the
    fourth: the term is the session the ordinal counts in, so each has a node of its own."""
    (chaired,) = meetings_of("The Chief Secretary, Mr Lam Ka-chun, chaired the first meeting of "
                             "the third-term Commission on Housing today (October 9).")
    (held,) = meetings_of("The fourth-term Commission on Housing held its first meeting today "
                          "(October 9).")
    assert (chaired.body, chaired.session, chaired.ordinal) == ("Commission on Housing",
                                                                "third term", 1)
    assert (held.body, held.session, held.ordinal) == ("Commission on Housing", "fourth term", 1)


def test_the_lead_gives_its_day_to_the_meetings_after_it() -> None:
    (met,) = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, arrived in Riverside today (October 9) to attend "
        "a trade fair to be held tomorrow (October 10).",
        "Upon arrival, Mr Ma met with the Vice Governor of Riverside, Mr Tom Hale, to "
        "exchange views.")
    assert (met.status, met.date) == ("held", date(2024, 10, 9))
    # the day of remarks is not the day of meetings on the sidelines of another
    sidelines = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, today said that members should keep markets open.",
        "On the sidelines of the meeting, Mr Ma met the Minister of Trade of Ruritania, Mr "
        "Tom Hale.")
    assert [m.date for m in sidelines] == [None]


def test_the_next_day_counts_from_the_day_before_it_in_the_sentence() -> None:
    (call,) = meetings_of(
        "The Secretary for Trade, Mr Ken Ma, will depart for Riverside on October 12 and call "
        "on the Riverside Provincial Commerce Department the next day.")
    assert (call.status, call.date) == ("planned", date(2024, 10, 13))


def test_a_meeting_takes_the_one_day_the_release_prints() -> None:
    (working,) = meetings_of(
        "The Chief Secretary, Mr Ken Ma, is leading a delegation to Riverside to co-chair the "
        "fifth Working Meeting of the Riverside/Hong Kong Joint Conference.",
        "Today the two sides reviewed the progress of the work plan.")
    assert working.date == date(2024, 10, 9)


@pytest.mark.parametrize("group", ["officials", "senior officials", "members of the public",
                                   "representatives of local groups"])
def test_an_announced_meeting_with_an_unplaced_group_is_none(group: str) -> None:
    """Only a group tied to a place or a government ("officials there", "Mainland officials")
    is the other side of an announced meeting; a group of people in general is not."""
    assert meetings_of(f"The Secretary for Transport, Mr Lo Kin-sang, will meet {group} in "
                       "Fuzhou tomorrow (October 10).") == ()


def test_a_held_meeting_with_a_group_of_officials_still_sums_up() -> None:
    """"met senior officials there" before the calls it sums up is no meeting of its own."""
    found = meetings_of("The Secretary for Transport, Mr Lo Kin-sang, visited Fuzhou today "
                        "(October 9) and met senior officials there. Mr Lo met the Vice Governor "
                        "of Fujian Province, Mr Wu Tao, in the afternoon.")
    assert len(found) == 1


def test_a_call_received_from_a_post_and_a_bare_name() -> None:
    found = meetings_of("The Secretary for Transport, Mr Lo Kin-sang, was received by the "
                        "Vice Minister of Transport, Wu Tao, in Beijing today (October 9).")
    assert [(m.kind, m.date) for m in found] == [("courtesy call", date(2024, 10, 9))]
