"""Each participant and lead records the reading that found it (for measuring each
reading's precision, docs/evaluation.md "Precision by reading"); the tag is no part of the
mention's identity. Fixtures written for these tests."""

from __future__ import annotations

from pressgraph.model import OrganisationMention, PersonMention, RoleInMeeting, Span
from tests.test_extract_roles import meetings_of
from tests.test_zh_calls import _extract_text, _release


def test_an_english_meetings_participants_and_leads_carry_their_readings() -> None:
    (meeting,) = meetings_of(
        "The Secretary for Trade, Mr Ivan Poon, met the Governor of Guangdong Province, "
        "Mr Wang Wei, in Guangzhou today (October 9).",
        "Officials of the Trade and Industry Department and the Guangdong Provincial "
        "Department of Commerce also attended the meeting.",
    )
    assert {o.name: o.readings for o in meeting.participants} == {
        "Trade and Industry Department": ("cue",),
        "Guangdong Provincial Department of Commerce": ("cue",),
        "Guangdong Province": ("principal's post",),
    }
    assert {r.person.name: r.reading for r in meeting.roles} == {
        "Ivan Poon": "call cue, subject", "Wang Wei": "call cue, named after"}


def test_a_chinese_calls_participants_and_leads_carry_their_readings() -> None:
    text = _release("局長訪京", "  發展局局長陳大文今日在北京拜會水利部部長張小明。",
                    "2023年7月19日(星期三)")
    (call,) = _extract_text(text).meetings
    assert [(o.name, o.readings) for o in call.participants] == [
        ("發展局", ("post",)), ("水利部", ("post",))]
    assert [(r.person.name, r.reading) for r in call.roles] == [
        ("陳大文", "call"), ("張小明", "call")]


def test_a_reading_is_no_part_of_what_a_mention_is() -> None:
    span = Span(0, 10)
    assert OrganisationMention("Trade Department", span, readings=("cue",)) == \
        OrganisationMention("Trade Department", span, readings=("post",))
    person = PersonMention("Ivan Poon", span)
    assert RoleInMeeting(person, "chair", "before cue, subject") == \
        RoleInMeeting(person, "chair")
