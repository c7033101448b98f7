"""Participants and their sides in the English meeting release: constructions beyond the
grammar's meeting sentence (``tests/test_genre_constructions.py`` holds the first table).

Each slot is a sentence that follows a meeting's lead and names organisations attending:
its side must be read from what the text and the registry know, not from the place of the
meeting. The actors, dateline and release builder are the grammar's
(``tests/genre_grammar.py``); the organisations not in the registry are invented.
"""

from __future__ import annotations

import pytest

from pressgraph.extract import english
from tests.genre_grammar import DATELINE, Case, Expected, release_of
from tests.test_genre_constructions import sides_of_the_one_meeting

# Meetings held on the Mainland, abroad or in Hong Kong, each with the person met.
LEADS = {
    "on the Mainland": "The Secretary for Commerce and Industry, Mr Ho Wai-man, met the "
                       "Vice Minister of Commerce, Mr Zhang Wei, in Beijing today (May 10).",
    "in Hong Kong": "The Secretary for Commerce and Industry, Mr Ho Wai-man, met the Vice "
                    "Minister of Commerce, Mr Zhang Wei, in Hong Kong today (May 10).",
}

# A list of Hong Kong offices attending, one of which neither the registry nor its own name
# sides: it takes the side its listed companions all share. A Mainland department for Hong
# Kong affairs is the Mainland's, though its name holds "Hong Kong".
SECONDS = {
    "hong kong offices listed": (
        "Representatives from the Development Bureau, the Harbourfront Liaison Office and "
        "the Hong Kong Monetary Authority attended the meeting.",
        {"Development Bureau": "HKSAR", "Harbourfront Liaison Office": "HKSAR",
         "Hong Kong Monetary Authority": "HKSAR"}),
    "offices listed, unknown first": (
        "Officials of the Harbourfront Liaison Office, the Transport Department and the "
        "Development Bureau joined the meeting.",
        {"Harbourfront Liaison Office": "HKSAR", "Transport Department": "HKSAR",
         "Development Bureau": "HKSAR"}),
    "a department for Hong Kong affairs": (
        "Officials of the Department of Taiwan, Hong Kong and Macao Affairs also attended "
        "the meeting.",
        {"Department of Taiwan, Hong Kong and Macao Affairs": "Mainland"}),
    "a department for Hong Kong affairs, ampersand": (
        "Officials of the Department of Hong Kong & Macao Affairs also attended the meeting.",
        {"Department of Hong Kong & Macao Affairs": "Mainland"}),
}


@pytest.mark.parametrize(("lead", "second"), [(lead, second) for lead in sorted(LEADS)
                                              for second in sorted(SECONDS)])
def test_an_attending_organisation_has_its_side(lead: str, second: str) -> None:
    text, found = SECONDS[second]
    sides = sides_of_the_one_meeting((LEADS[lead], text))
    for name, side in found.items():
        assert sides.get(name) == side, f"{name}: {sides}"


# A participant's name printed only as the tail of another's longer name. Each is (sentence,
# found, not found).
PARTS = {
    "tail of a longer name": (
        "Officials of the Coastal Works Development Council (CWDC) attended the meeting, and "
        "the CWDC chairman spoke.",
        ("Coastal Works Development Council",), ("Works Development Council",)),
}


@pytest.mark.parametrize("part", sorted(PARTS))
def test_a_part_of_a_participants_name_is_none(part: str) -> None:
    text, found, absent = PARTS[part]
    case = Case("Officials hold talks", (LEADS["on the Mainland"], text), DATELINE,
                Expected("held", None, None, None, None, None), {})
    _assert_parties(english.extract(release_of(case)).meetings, text, found, absent)


def _assert_parties(meetings, text: str, found, absent) -> None:  # type: ignore[no-untyped-def]
    """Every name of ``found`` is a participant's (by name or mention), none of ``absent``."""
    assert meetings, text
    names = {form for m in meetings for p in m.participants for form in (p.name, *p.mentions)}
    assert all(name in names for name in found), names
    assert not [name for name in absent if name in names], names


# Lead sentences that name their parties in the meeting's own sentence, each with the
# names that must be participants and those that must not. An activity joined after the
# meeting ("and toured", "before visiting", "and then attend a dinner hosted by") or reported
# before it ("officiated at the opening of", "attended a luncheon with") names a site or a
# host, not a party; a head word of an
# international body or a court ("Fund", "Foundation", "Procuratorate") ends a name, so
# "A and the B" is two names.
OWN_SENTENCES = {
    "a museum toured after the meeting": (
        "The Secretary for Development, Mr Ho Wai-man, met officials of the Hangzhou "
        "Municipal Commission of Commerce in Hangzhou today (May 10), and toured the "
        "Hangzhou Silk Museum.",
        ("Hangzhou Municipal Commission of Commerce",), ("Hangzhou Silk Museum",)),
    "a museum visited before leaving": (
        "The Secretary for Development, Mr Ho Wai-man, met officials of the Hangzhou "
        "Municipal Commission of Commerce in Hangzhou today (May 10) before visiting the "
        "Hangzhou Silk Museum.",
        ("Hangzhou Municipal Commission of Commerce",), ("Hangzhou Silk Museum",)),
    "a dinner's host after the meeting": (
        "The Secretary for Development, Mr Ho Wai-man, met officials of the Lakeside Trade "
        "Commission in Lakeside today (May 10) and then attended a dinner hosted by the "
        "Lakeside Chamber of Industry.",
        ("Lakeside Trade Commission",), ("Lakeside Chamber of Industry",)),
    "a ceremony before the meeting": (
        "The Secretary for Development, Mr Ho Wai-man, officiated at the opening ceremony of "
        "the Northfield Trade Centre in Lakeside today (May 10), met officials of the Lakeside "
        "Trade Commission and exchanged views on trade.",
        ("Lakeside Trade Commission",), ("Northfield Trade Centre",)),
    "a luncheon before the meeting": (
        "The delegation attended a luncheon with leaders of the Lakeside Municipal Government "
        "today (May 10), followed by a meeting with leaders of the Hillside Provincial "
        "Government.",
        ("Hillside Provincial Government",), ("Lakeside Municipal Government",)),
    "an office visited to meet there": (
        "The Secretary for Development, Mr Ho Wai-man, visited the Ministry of Commerce in "
        "Beijing today (May 10) and met the Vice Minister of Commerce, Mr Zhang Wei.",
        ("Ministry of Commerce",), ()),
    "two international bodies": (
        "The Secretary for Financial Services and the Treasury, Mr Ho Wai-man, met officials "
        "of the Pacific Monetary Fund and the Asian Lending Bank in Manila today (May 10).",
        ("Pacific Monetary Fund", "Asian Lending Bank"),
        ("Pacific Monetary Fund and the Asian Lending Bank",)),
    "a procuratorate and a commission": (
        "The Secretary for Justice, Mr Ho Wai-man, called on the Supreme People's "
        "Procuratorate and the National Development and Reform Commission in Beijing today "
        "(May 10).",
        ("Supreme People's Procuratorate", "National Development and Reform Commission"),
        ("Supreme People's Procuratorate and the National Development and Reform Commission",
         "National Development")),
    "a university and a foundation": (
        "The Secretary for Education, Mr Ho Wai-man, met representatives of the Riverside "
        "Technological University and the Lim Family Foundation in Singapore today (May 10).",
        ("Riverside Technological University", "Lim Family Foundation"), ()),
}


@pytest.mark.parametrize("case", sorted(OWN_SENTENCES))
def test_the_meetings_own_sentence_names_its_parties_only(case: str) -> None:
    text, found, absent = OWN_SENTENCES[case]
    meetings = english.extract(release_of(Case(
        "Officials hold talks", (text,), DATELINE,
        Expected("held", None, None, None, None, None), {}))).meetings
    _assert_parties(meetings, text, found, absent)


# An international body is overseas wherever it meets; a ministry whose name any country's
# body bears is the host country's at a meeting abroad, though the registry knows a
# Mainland ministry by the same name. Each is (sentence, name, side).
SIDED = {
    "a bank of many states, met in Beijing": (
        "The Financial Secretary, Mr Ho Wai-man, met officials of the Asian Infrastructure "
        "Investment Bank in Beijing today (May 10).",
        "Asian Infrastructure Investment Bank", "overseas"),
    "a monetary fund, met in Hong Kong": (
        "The Financial Secretary, Mr Ho Wai-man, met officials of the International Monetary "
        "Fund in Hong Kong today (May 10).", "International Monetary Fund", "overseas"),
    "a central bank of Europe": (
        "The Financial Secretary, Mr Ho Wai-man, met officials of the European Central Bank in "
        "Frankfurt today (May 10).", "European Central Bank", "overseas"),
    "a ministry of finance abroad": (
        "The Financial Secretary, Mr Ho Wai-man, met officials of the Ministry of Finance in "
        "Tokyo today (May 10).", "Ministry of Finance", "overseas"),
    "a ministry of finance in Beijing": (
        "The Financial Secretary, Mr Ho Wai-man, met officials of the Ministry of Finance in "
        "Beijing today (May 10).", "Ministry of Finance", "Mainland"),
    "a court of the state, met in Hong Kong": (
        "The Secretary for Justice, Mr Ho Wai-man, met a delegation of the Supreme People's "
        "Court in Hong Kong today (May 10).", "Supreme People's Court", "Mainland"),
    "a state commission, met in Hong Kong": (
        "The Secretary for Home Affairs, Mr Ho Wai-man, met officials of the State Ethnic "
        "Affairs Commission in Hong Kong today (May 10).",
        "State Ethnic Affairs Commission", "Mainland"),
    "a ministry of public security abroad": (
        "The Secretary for Security, Mr Ho Wai-man, met officials of the Ministry of Public "
        "Security in Hanoi today (May 10).", "Ministry of Public Security", "overseas"),
    "a Party body abroad": (
        "The Financial Secretary, Mr Ho Wai-man, met officials of the International Department "
        "of the CPC Central Committee in Tokyo today (May 10).",
        "International Department of the CPC Central Committee", "Mainland"),
}


@pytest.mark.parametrize("case", sorted(SIDED))
def test_an_international_body_or_a_host_ministry_is_overseas(case: str) -> None:
    text, name, side = SIDED[case]
    assert sides_of_the_one_meeting((text,)).get(name) == side


def test_the_territory_of_a_mayors_post_is_a_wording_of_its_government() -> None:
    meetings = english.extract(release_of(Case(
        "Officials hold talks",
        ("The Secretary for Commerce and Economic Development, Mr Ho Wai-man, met the Mayor "
         "of Hangzhou, Mr Li Ming, in Hangzhou today (May 10).",
         "Representatives of the Hangzhou Municipal Government attended the meeting."),
        DATELINE, Expected("held", None, None, None, None, None), {}))).meetings
    parts = [p for m in meetings for p in m.participants]
    government = next(p for p in parts if p.name == "Hangzhou Municipal Government")
    assert "Hangzhou" in government.mentions
    assert not any(p.name == "Hangzhou" for p in parts)
