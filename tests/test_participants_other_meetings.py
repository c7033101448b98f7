"""A sentence that tells several meetings gives each meeting only its own part: an
organisation named in the part that tells another meeting is that meeting's party, not this
one's ("I had meetings with A and B": one call on each; ``與上海市領導會面，然後轉往杭州拜會浙江省
領導``: Shanghai's leaders in one call, Zhejiang's in the other). One meeting keeps every
party its own part names.

Every release here is invented for the test, in our own words.
"""

from __future__ import annotations

from pressgraph.extract import extract
from pressgraph.model import Extraction
from pressgraph.parse import parse
from pressgraph.reader import decode


def _en_transcript(sentence: str) -> Extraction:
    text = ("Transcript of remarks by Secretary in London\n\n     Following is the transcript "
            "of remarks by the Secretary for Commerce, Mr Chan Tai-man, at a media session in "
            f"London today (March 4):\n\nSecretary for Commerce: {sentence}\n\n"
            "Ends/Monday, March 4, 2024\nIssued at HKT 10:00\n")
    return extract(parse(decode(text.encode("utf-8"), "en.txt")))


def _zh(body: str) -> Extraction:
    text = (f"行政長官訪問上海及杭州\n\n　　{body}\n\n完\n\n2024年10月8日（星期二）\n"
            "香港時間18時00分\n")
    return extract(parse(decode(text.encode("utf-8"), "zh.txt")))


def _parties(extraction: Extraction) -> list[set[str]]:
    return [{o.name for o in m.participants} for m in extraction.meetings]


def test_meetings_listed_in_one_sentence_each_keep_their_own_party() -> None:
    found = _en_transcript("Secondly, I had meetings with bodies such as the Pacific Trade "
                           "Institute and the Harbour Business Council to discuss the role of "
                           "Hong Kong.")
    assert _parties(found) == [{"Pacific Trade Institute"}, {"Harbour Business Council"}]


def test_one_meeting_keeps_every_party_of_its_sentence() -> None:
    found = _en_transcript("Secondly, I had a meeting with the Pacific Trade Institute, joined "
                           "by representatives of the Harbour Business Council, to discuss the "
                           "role of Hong Kong.")
    assert _parties(found) == [{"Pacific Trade Institute", "Harbour Business Council"}]


def test_zh_calls_in_two_clauses_of_one_sentence_each_keep_their_own_place() -> None:
    found = _zh("行政長官陳大文今日（十月八日）到上海訪問。翌日，她會與上海市領導會面，然後轉往杭州"
                "拜會浙江省領導及進行參觀活動。")
    assert _parties(found) == [{"上海市"}, {"浙江省"}]


def test_zh_one_call_on_two_places_leaders_keeps_both() -> None:
    found = _zh("行政長官陳大文今日（十月八日）到上海訪問，與上海市及浙江省領導會面，"
                "然後出席晚宴。")
    assert _parties(found) == [{"上海市", "浙江省"}]
