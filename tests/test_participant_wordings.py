"""Every wording a release gives a participant reaches the graph: the principal's post
("Governor of Guangdong Province") and the organisation's own name ("the Guangdong Provincial
Government"), a later short form ("the HKSAR Government"); the participants query gives one
row for each, so a reader finds the participant under any of them."""

from __future__ import annotations

import pyoxigraph as ox

from pressgraph import resources
from pressgraph.extract import extract
from pressgraph.iri import Minter
from pressgraph.mapper import MapOptions, map_release
from pressgraph.mapper_meetings import printed_forms
from pressgraph.model import OrganisationMention, Span
from pressgraph.parse import parse
from pressgraph.reader import decode
from pressgraph.resolve import resolve
from pressgraph.serialize import GraphChunk, Prefixes, serialize
from pressgraph.sparql import query_store
from pressgraph.vocab import prefix_table

BASE = "https://example.org/lod/"

PLENARY = (
    "Joint plenary held in Guangzhou\n\n"
    "     The Chief Executive of the Hong Kong Special Administrative Region (HKSAR), Mr Chan "
    "Tai-wing, and the Governor of Guangdong Province, Mr Lo Ka-ming, co-chaired the 30th "
    "Plenary of the Hong Kong/Guangdong Co-operation Joint Conference in Guangzhou today "
    "(June 3).\n\n"
    "     Mr Chan said the HKSAR Government would keep working closely with the Guangdong "
    "Provincial Government.\n\n"
    "Ends/Monday, June 3, 2024\nIssued at HKT 18:00\n"
)


def _participants(text: str) -> list[OrganisationMention]:
    release = parse(decode(text.encode("utf-8"), "t.txt"))
    meetings = extract(release).meetings
    assert meetings
    return [p for m in meetings for p in m.participants]


def test_the_principals_post_adds_its_wording_to_the_organisation_found() -> None:
    guangdong = [p for p in _participants(PLENARY) if p.side == "Mainland"]
    assert len(guangdong) == 1
    assert {"Guangdong Province", "Guangdong Provincial Government"} <= set(
        guangdong[0].mentions)


def test_a_later_short_form_of_a_participant_is_one_of_its_wordings() -> None:
    hksar = [p for p in _participants(PLENARY) if p.side == "HKSAR"]
    assert len(hksar) == 1
    assert "HKSAR Government" in hksar[0].mentions


def test_printed_forms_are_whole_words_nearest_the_mention() -> None:
    text = "The HKSARG met. Later the HKSAR team and the HKSAR Government spoke."
    mention = OrganisationMention("HKSAR Government", Span(45, 61),
                                  mentions=("HKSAR Government", "HKSAR", "Absent Name"))
    spans = printed_forms(text, mention)
    assert [text[s.start:s.end] for s in spans] == ["HKSAR"]
    assert spans[0].start == 45  # nearest the mention, not the one inside "HKSARG"


def test_the_participants_query_gives_every_wording() -> None:
    release = parse(decode(PLENARY.encode("utf-8"), "t.txt"))
    resolved = resolve(extract(release))
    mapped = map_release(resolved, MapOptions(minter=Minter(BASE),
                                              versions=(("pressgraph", "test"),)))
    trig = serialize([GraphChunk(mapped.graph_iri, mapped.graph)], "trig",
                     Prefixes(prefix_table(BASE)))
    store = ox.Store()
    store.load(trig.encode("utf-8"), format=ox.RdfFormat.TRIG)
    rows = query_store(store, resources.query_text("participants")).records()
    mentions = {r["mention"] for r in rows if r.get("mention")}
    assert {"Guangdong Province", "Guangdong Provincial Government", "HKSAR Government"} <= mentions
    again = query_store(store, resources.query_text("participants")).records()
    assert again == rows  # ordered: the same rows in the same order


# --------------------------------------------------------------------------- sides


def test_a_countrys_nationality_adjective_sides_an_organisation_overseas() -> None:
    from pressgraph.extract.org_sides import name_side, nationality_side

    assert name_side("Swiss Government") == "overseas"
    assert name_side("Danish Ministry of Foreign Affairs") == "overseas"
    # a non-government word wins; the Chinese adjective is not an overseas one
    assert name_side("Norwegian Shipowners Association") == "non-government"
    assert nationality_side("Chinese Academy of Sciences") == "Mainland"
    assert name_side("Chinese University of Hong Kong") == "non-government"
    assert nationality_side("Hong Kong Police Force") is None


def _zh_delegation(sent: str) -> tuple[str, ...]:
    text = (f"行政長官訪問成都\n\n　　行政長官陳大文明日（十月九日）率領特區政府{sent}前赴成都，"
            "出席川港合作會議第三次會議。\n\n完\n\n2024年10月8日（星期二）\n香港時間18時00分\n")
    meeting, = extract(parse(decode(text.encode("utf-8"), "zh.txt"))).meetings
    party, = meeting.participants
    return party.mentions


def test_a_zh_party_sent_as_a_delegation_has_the_delegation_for_a_wording() -> None:
    """``特區政府代表團`` names the HKSAR Government's delegation: the party, in the words
    printed."""
    assert set(_zh_delegation("代表團")) == {"特區政府", "特區政府代表團"}


def test_a_zh_party_sending_officials_has_no_delegation_wording() -> None:
    assert set(_zh_delegation("官員")) == {"特區政府"}
