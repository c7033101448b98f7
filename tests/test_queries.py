"""The competency queries in queries/, run through pyoxigraph over hand-built mapped releases
(the English sample and part of a Traditional Chinese release), each in its named graph."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from pressgraph import resources
from pressgraph.iri import Minter
from pressgraph.mapper import MapOptions, map_release
from pressgraph.serialize import GraphChunk, Prefixes, serialize
from pressgraph.sparql import QueryResult, query_store
from pressgraph.vocab import PG, prefix_table
from tests.resolved_sample import SAMPLE_MEETING_KEY, chinese_release, sample_release

BASE = "https://example.org/lod/"
MINTER = Minter(BASE)
SAMPLE_MEETING = MINTER.thing(SAMPLE_MEETING_KEY)

COLUMNS = {
    "meetings": "meeting body bodyName ordinal date location locationName release",
    "participants": "meeting agency agencyName acronym side mention",
    "agenda": "meeting position text",
    "people": "meeting person name post agencyName role",
    "releases": "release title issued language identifier",
    "visits": "meeting organisation organisationName date",
    "post-holders": "post postName person name day release",
    "meeting-status": "meeting status",
    "person-names": "person name language preferred",
    "place-names": "place name language preferred",
    "body-names": "body name language preferred",
    "change-events": "date kind original originalName resulting resultingName event",
}


@pytest.fixture(scope="module")
def store() -> ox.Store:
    options = MapOptions(minter=MINTER, versions=(("pressgraph", "test"),))
    chunks = []
    for resolved in (sample_release(), chinese_release()):
        mapped = map_release(resolved, options)
        chunks.append(GraphChunk(mapped.graph_iri, mapped.graph))
    trig = serialize(chunks, "trig", Prefixes(prefix_table(BASE)))
    store = ox.Store()
    store.load(trig.encode("utf-8"), format=ox.RdfFormat.TRIG)
    return store


def run(store: ox.Store, name: str, *, lang: str | None = None) -> QueryResult:
    text = resources.query_text(name)
    if lang is not None:
        text, count = re.subn(r"# VALUES \?lang \{ \"[^\"]+\" \}", f'VALUES ?lang {{ "{lang}" }}',
                              text)
        assert count == 1, f"{name}.rq has no optional VALUES ?lang line"
    return query_store(store, text)


def rows_for(result: QueryResult, meeting: str) -> list[dict[str, str]]:
    return [r for r in result.records() if r.get("meeting") == meeting]


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_query_documents_its_question_and_columns(name: str) -> None:
    text = resources.query_text(name)
    assert text.startswith("# Question: ")
    declared = re.search(r"^# Columns: (.+)$", text, re.MULTILINE)
    assert declared is not None
    assert declared.group(1).split() == [f"?{c}" for c in COLUMNS[name].split()]
    select = re.search(r"^SELECT (?:DISTINCT )?(.+)$", text, re.MULTILINE)
    assert select is not None and select.group(1).split() == declared.group(1).split()
    assert "http://schema.org/" not in text


def test_every_shipped_query_is_tested() -> None:
    assert {n.removesuffix(".rq") for n in resources.list_names("queries", ".rq")} == set(COLUMNS)


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_query_columns_are_as_documented(store: ox.Store, name: str) -> None:
    assert run(store, name).variables == tuple(COLUMNS[name].split())


def test_meetings(store: ox.Store) -> None:
    result = run(store, "meetings")
    assert len(result.rows) == 2
    [sample] = rows_for(result, SAMPLE_MEETING)
    assert sample["body"] == MINTER.thing("body/hk-gd-expert-group-informatisation")
    assert sample["bodyName"] == ("Hong Kong/Guangdong Expert Group on Co-operation in "
                                  "Informatisation")
    assert sample["ordinal"] == "19" and sample["date"] == "2024-10-09"
    assert sample["locationName"] == "Guangzhou"
    assert sample["release"].startswith(f"{BASE}id/release/sha256-")


def test_meetings_of_a_chinese_release_are_named_in_chinese(store: ox.Store) -> None:
    [row] = [r for r in run(store, "meetings").records() if r["meeting"] != SAMPLE_MEETING]
    assert row["bodyName"] == "深港合作會議" and row["locationName"] == "香港"
    assert "ordinal" not in row and row["date"] == "2023-02-22"


def test_one_language_can_be_chosen(store: ox.Store) -> None:
    [row] = [r for r in run(store, "meetings", lang="en").records()
             if r["meeting"] != SAMPLE_MEETING]
    assert row["bodyName"] == "Hong Kong/Shenzhen Co-operation Meeting"
    zh = {r["meeting"]: r for r in run(store, "meetings", lang="zh-Hant").records()}
    assert zh[SAMPLE_MEETING]["bodyName"] == "粵港信息化合作專家小組"  # the registry's name
    assert zh[SAMPLE_MEETING]["locationName"] == "廣州"


def test_participants(store: ox.Store) -> None:
    rows = rows_for(run(store, "participants"), SAMPLE_MEETING)
    assert len(rows) == 19
    sides = [r["side"].removeprefix(str(PG)) for r in rows]
    assert sides.count("side-hksar") == 5 and sides.count("side-mainland") == 10
    assert sides.count("side-non-government") == 4
    acronyms = {r["agencyName"]: r.get("acronym") for r in rows}
    assert acronyms["Digital Policy Office"] == "DPO"
    gddiit = "Department of Industry and Information Technology of Guangdong Province"
    assert acronyms[gddiit] == "GDDIIT"
    assert acronyms["Marine Department"] is None


def test_participants_of_the_chinese_release(store: ox.Store) -> None:
    rows = [r for r in run(store, "participants").records() if r["meeting"] != SAMPLE_MEETING]
    assert {r["agencyName"] for r in rows} == {"香港特別行政區政府", "深圳市人民政府"}
    assert {r.get("acronym") for r in rows} == {"香港特區", None}


def test_participants_carry_the_wording_of_the_release(store: ox.Store) -> None:
    """?mention quotes the release where the canonical name differs from its wording."""
    rows = [r for r in run(store, "participants").records() if r["meeting"] != SAMPLE_MEETING]
    worded = {r["agencyName"]: r.get("mention") for r in rows}
    assert worded["香港特別行政區政府"] == "香港特別行政區（香港特區）政府"
    text = chinese_release().extraction.release.text
    assert all(mention in text for mention in worded.values())
    sample = rows_for(run(store, "participants"), SAMPLE_MEETING)
    assert len(sample) == 19 and all(r.get("mention") for r in sample)


def test_agenda_in_order(store: ox.Store) -> None:
    rows = rows_for(run(store, "agenda"), SAMPLE_MEETING)
    assert [r["position"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert rows[0]["text"] == "accelerating development of a Guangdong-Hong Kong smart city cluster"
    assert rows[3]["text"].endswith("(I&T) co-operation")
    chinese = [r for r in run(store, "agenda").records() if r["meeting"] != SAMPLE_MEETING]
    assert [r["text"] for r in chinese][:1] == ["北部都會區發展"] and len(chinese) == 4


def test_people(store: ox.Store) -> None:
    rows = rows_for(run(store, "people"), SAMPLE_MEETING)
    by_name = {r["name"]: r for r in rows}
    assert set(by_name) == {"Tony Wong", "Qu Xiaojie"}
    wong = by_name["Tony Wong"]
    assert wong["post"] == "Commissioner for Digital Policy"
    assert wong["agencyName"] == "Digital Policy Office"
    assert wong["role"] == str(PG["role-convenor"])


def test_people_known_only_by_post(store: ox.Store) -> None:
    rows = [r for r in run(store, "people").records() if r["meeting"] != SAMPLE_MEETING]
    assert len(rows) == 2
    mayor = [r for r in rows if r["post"] == "深圳市人民政府市長"]
    assert mayor and "person" not in mayor[0] and mayor[0]["agencyName"] == "深圳市人民政府"
    chan = [r for r in rows if r.get("name") == "陳國基"]
    assert chan and chan[0]["role"] == str(PG["role-co-chair"])


def test_people_in_one_chosen_language_name_posts_in_it(store: ox.Store) -> None:
    def chan_post(lang: str | None) -> str:
        rows = [r for r in run(store, "people", lang=lang).records()
                if r["meeting"] != SAMPLE_MEETING and r.get("person")]
        [row] = rows
        return row["post"]

    assert chan_post(None) == "政務司司長"  # the Chinese release's wording
    assert chan_post("en") == "Chief Secretary for Administration"  # the post's English label


def test_person_names_give_every_spelling_of_each_person(store: ox.Store) -> None:
    names = run(store, "person-names").records()
    by_person: dict[str, set[tuple[str, str, str]]] = {}
    for row in names:
        by_person.setdefault(row["person"], set()).add(
            (row["name"], row["language"], row["preferred"]))
    people = [r for r in run(store, "people").records() if r.get("person") and r.get("name")]
    assert people
    for row in people:  # the name people.rq gives is the node's preferred name
        assert any(name == row["name"] and preferred == "true"
                   for name, _language, preferred in by_person[row["person"]])
    # Every other spelling (skos:altLabel) of a person comes back as not preferred.
    store.update('PREFIX skos: <http://www.w3.org/2004/02/skos/core#> '
                 f'INSERT DATA {{ GRAPH <{BASE}graph/test-alt> '
                 f'{{ <{people[0]["person"]}> skos:altLabel "Another Spelling"@en }} }}')
    try:
        spellings = {(r["person"], r["name"], r["language"], r["preferred"])
                     for r in run(store, "person-names").records()}
    finally:
        store.update(f"DROP GRAPH <{BASE}graph/test-alt>")
    assert (people[0]["person"], "Another Spelling", "en", "false") in spellings
    assert all(language for spellings in by_person.values() for _n, language, _p in spellings)


def test_visits(store: ox.Store) -> None:
    rows = run(store, "visits").records()
    assert [r["organisationName"] for r in rows] == ["Guangzhou Digital Technology Group"]
    assert rows[0]["meeting"] == SAMPLE_MEETING and "date" not in rows[0]


def test_releases(store: ox.Store) -> None:
    rows = run(store, "releases").records()
    assert [r["language"] for r in rows] == ["zh-Hant", "en"]
    assert rows[1]["issued"] == "2024-10-09T16:25:00+08:00"


def test_who_held_a_post_in_a_year(store: ox.Store) -> None:
    text = resources.query_text("post-holders").replace("  # FILTER", "  FILTER")
    rows = query_store(store, text).records()
    assert [(r["name"], r["day"]) for r in rows] == [("Tony Wong", "2024-10-09")]


def test_meeting_status(store: ox.Store) -> None:
    rows = rows_for(run(store, "meeting-status"), SAMPLE_MEETING)
    assert [r["status"] for r in rows] == [str(PG["status-held"])]


# --------------------------------------------------------------------------- chairs' posts

HARBOUR_RELEASE = "\n\n".join((
    "Harbour group meets in Hong Kong",
    "     The Hong Kong/Guangzhou Working Group on Harbour Affairs held its third meeting in "
    "Hong Kong today (March 4). The meeting was co-chaired by the Secretary for Transport and "
    "Logistics, Mr Lam Sai-hung, and the Vice Mayor of the People's Government of Guangzhou "
    "Municipality and Director of the Guangzhou Port Authority, Mr Li Ming.",
    "     During Mr Lam's absence, the Under Secretary for Transport and Logistics, Mr Liu "
    "Chun-san, is the Acting Secretary for Transport and Logistics.",
    "Ends/Monday, March 4, 2024\nIssued at HKT 10:00\n",
))


def _release_store(text: str) -> ox.Store:
    """One release run through every stage, in its named graph (as ``evaluate`` loads it)."""
    from pressgraph.pipeline import map_options, process_source
    from pressgraph.reader import decode
    from pressgraph.serialize import ntriples_lines

    processed = process_source(decode(text.encode("utf-8"), "harbour.txt"), map_options(BASE))
    assert processed.conforms
    store = ox.Store()
    store.load("".join(ntriples_lines(processed.mapped.graph)).encode("utf-8"),
               format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(processed.mapped.graph_iri))
    return store


def _posts_by_name(store: ox.Store) -> dict[str, set[str]]:
    posts: dict[str, set[str]] = {}
    for row in run(store, "people").records():
        posts.setdefault(row.get("name", ""), set()).add(row["post"])
    return posts


def test_people_gives_every_post_of_a_chair_as_the_release_words_it() -> None:
    posts = _posts_by_name(_release_store(HARBOUR_RELEASE))
    assert posts["Li Ming"] == {"Vice Mayor of the People's Government of Guangzhou Municipality",
                                "Director of the Guangzhou Port Authority"}
    # The acting holder of the same post, named elsewhere, did not chair the meeting.
    assert set(posts) == {"Li Ming", "Lam Sai-hung"}
    assert posts["Lam Sai-hung"] == {"Secretary for Transport and Logistics"}


def test_people_of_an_undated_release_still_name_the_chairs() -> None:
    undated = HARBOUR_RELEASE.split("Ends/")[0]
    posts = _posts_by_name(_release_store(undated))
    assert set(posts) == {"Li Ming", "Lam Sai-hung"}
    assert len(posts["Li Ming"]) == 2  # no membership without a date: the posts' labels


def test_post_holders_gives_each_release_wording() -> None:
    rows = query_store(_release_store(HARBOUR_RELEASE),
                       resources.query_text("post-holders")).records()
    names = {(r["name"], r["postName"]) for r in rows}
    assert ("Li Ming", "Vice Mayor of the People's Government of Guangzhou Municipality") in names
    assert ("Liu Chun-san", "Acting Secretary for Transport and Logistics") in names


def test_place_names_give_every_spelling_of_a_meetings_place(store: ox.Store) -> None:
    rows = run(store, "place-names").records()
    guangzhou = {(r["name"], r["language"], r["preferred"]) for r in rows
                 if r["place"].endswith("/place/guangzhou")}
    assert ("Guangzhou", "en", "true") in guangzhou
    assert all(r["place"].startswith(BASE) for r in rows)


def test_body_names_give_every_name_of_a_meetings_body(store: ox.Store) -> None:
    rows = run(store, "body-names").records()
    assert rows and all(r["body"].startswith(BASE) for r in rows)
    by_body: dict[str, set[tuple[str, str]]] = {}
    for r in rows:
        by_body.setdefault(r["body"], set()).add((r["name"], r["preferred"]))
    assert any(any(p == "true" for _, p in names) and any(p == "false" for _, p in names)
               for names in by_body.values()), "no body has both a preferred and another name"
