"""One person node across releases and languages, driven by the registry's people table.

Three layers: resolution of gold-derived extractions (what resolve guarantees whatever the
extractor does), namesakes (registry people who share a name), and the whole pipeline on
the corpus and the sample exported into one graph.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import FOAF

from pressgraph import registry, vocab
from pressgraph import resolve as resolve_module
from pressgraph.extract import wordlists
from pressgraph.iri import key, slug
from pressgraph.model import ResolvedRelease
from pressgraph.resolve import resolve
from tests.test_identity import SAMPLE, _pairs
from tests.test_resolve import CORPUS, GOLD, chair, extraction_with, gold_extraction

ZH_PAIRS = [p for p in _pairs() if p[1].name.startswith("zh-")]


def _gold_people(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["people"]


def _process(path: Path) -> tuple[ResolvedRelease, Graph]:
    from pressgraph.pipeline import map_options, process
    from pressgraph.reader import InputRef

    done = process(InputRef(source=str(path), path=path), map_options("https://example.org/"),
                   validate_graph=False)
    return done.resolved, done.mapped.graph


@pytest.fixture(scope="module")
def corpus_graph() -> Graph:
    """The sample and every release of the corpus (text and HTML) in one graph."""
    graph = Graph()
    paths = [SAMPLE, *sorted(CORPUS.glob("*.txt")), *sorted(CORPUS.glob("*.html"))]
    for path in paths:
        for triple in _process(path)[1]:
            graph.add(triple)
    return graph


def _people(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, vocab.PERSON.Person) if isinstance(s, URIRef)}


# --------------------------------------------------------------------------- resolve level


@pytest.mark.parametrize(("english", "chinese"), ZH_PAIRS, ids=lambda p: p.stem)
def test_each_pair_names_the_same_registry_people(english: Path, chinese: Path) -> None:
    """The gold lists the people of a translation in the order of the original."""
    en, zh = resolve(gold_extraction(english)), resolve(gold_extraction(chinese))
    en_people, zh_people = _gold_people(english), _gold_people(chinese)
    assert len(en_people) == len(zh_people)
    for a, b in zip(en_people, zh_people, strict=True):
        en_ref, zh_ref = en.person(a["name"]), zh.person(b["name"])
        assert en_ref is not None and zh_ref is not None
        assert en_ref.from_registry and zh_ref.from_registry, (a["name"], b["name"])
        assert en_ref.key == zh_ref.key, (a["name"], b["name"])
        assert {"en", "zh-Hant"} <= {lang for lang, _ in zh_ref.labels}
        assert en_ref.labels == zh_ref.labels


def test_a_person_the_registry_does_not_know_keeps_a_key_minted_from_the_name() -> None:
    unknown = 0
    for path in sorted(GOLD.glob("*.json")):
        for name, ref in resolve(gold_extraction(path)).people:
            if registry.find_people(name):
                assert ref.from_registry and ref.key.count("/") == 2, name
            else:
                unknown += 1
                assert not ref.from_registry
                assert ref.key == key("person", slug(" ".join(name.split())))
                assert ref.labels == ((gold_extraction(path).release.language, name),)
    assert unknown > 0


def test_registry_keys_never_collide_with_minted_keys() -> None:
    for person in registry.people():
        for name in person.names():
            assert key("person", slug(name)) != person.key


def test_the_honorific_is_not_part_of_the_name() -> None:
    """"Professor Sun Dong" and "孫東教授" are one person whose names carry no honorific."""
    english = chair("Sun Dong", "Secretary for Innovation, Technology and Industry")
    chinese = chair("孫東", "創新科技及工業局局長")
    en = resolve(extraction_with(roles=(english,)))
    zh = resolve(extraction_with(roles=(chinese,), language="zh-Hant", text="zh"))
    assert en.person("Sun Dong").key == zh.person("孫東").key  # type: ignore[union-attr]
    words = wordlists.honorifics() | {"教授", "博士", "先生", "女士"}
    for person in registry.people():
        for name in person.names():
            assert not any(name.startswith(f"{w} ") or name.endswith(w) for w in words), name


# --------------------------------------------------------------------------- namesakes


def _namesakes(monkeypatch: pytest.MonkeyPatch) -> tuple[registry.Person, registry.Person]:
    """Two registry people called "Alex Chan": a Secretary (until 2020) and an Under
    Secretary of the same bureau (post dates not recorded)."""
    secretary = registry.Person(
        key="person/hksar/alex-chan-a", en="Alex Chan", zh_hant="陳甲", zh_hans="", alt_en=(),
        alt_zh_hant=(), alt_zh_hans=(), source="hk-principal-officials",
        posts=(registry.Tenure("post/hksar/security-bureau/secretary", "2017", "2020-06-30"),))
    under = registry.Person(
        key="person/hksar/alex-chan-b", en="Alex Chan", zh_hant="陳乙", zh_hans="", alt_en=(),
        alt_zh_hant=(), alt_zh_hans=(), source="hk-principal-officials",
        posts=(registry.Tenure("post/hksar/education-bureau/under-secretary", None, None),))
    index = {registry.lookup_key("Alex Chan"): (secretary, under),
             registry.lookup_key("陳甲"): (secretary,), registry.lookup_key("陳乙"): (under,)}
    monkeypatch.setattr(registry, "find_people",
                        lambda name: index.get(registry.lookup_key(name), ()))
    return secretary, under


def _resolved_key(*titles: str, day: date = date(2019, 3, 1)) -> str:
    resolved = resolve(extraction_with(roles=(chair("Alex Chan", *titles),), day=day))
    ref = resolved.person("Alex Chan")
    assert ref is not None
    return ref.key


def test_namesakes_are_told_apart_by_the_post_held_on_the_release_date(
        monkeypatch: pytest.MonkeyPatch) -> None:
    secretary, under = _namesakes(monkeypatch)
    assert _resolved_key("Secretary for Security") == secretary.key
    assert _resolved_key("Under Secretary for Education") == under.key
    # the Secretary's post, but after the registry says he left it: no one is chosen
    assert _resolved_key("Secretary for Security", day=date(2023, 3, 1)) == "person/alex-chan"


def test_namesakes_are_told_apart_by_the_organisation_of_the_post(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An acting Secretary for Education is the Under Secretary of that bureau."""
    _secretary, under = _namesakes(monkeypatch)
    assert _resolved_key("Acting Secretary for Education") == under.key


def test_namesakes_without_a_telling_post_fall_back_to_the_minted_key(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _namesakes(monkeypatch)
    assert _resolved_key() == "person/alex-chan"
    assert _resolved_key("Director of Marine") == "person/alex-chan"
    resolved = resolve(extraction_with(roles=(chair("Alex Chan"),)))
    assert not resolved.person("Alex Chan").from_registry  # type: ignore[union-attr]


def test_a_chinese_name_picks_one_of_the_namesakes(monkeypatch: pytest.MonkeyPatch) -> None:
    _secretary, under = _namesakes(monkeypatch)
    resolved = resolve(extraction_with(roles=(chair("陳乙"),), language="zh-Hant"))
    assert resolved.person("陳乙").key == under.key  # type: ignore[union-attr]


def test_registry_namesakes_in_the_corpus_resolve_by_post() -> None:
    """The registry has real namesakes; the corpus's one resolves to the post holder."""
    shared = defaultdict(set)
    for person in registry.people():
        for name in person.names():
            shared[registry.lookup_key(name)].add(person.key)
    namesakes = {name: keys for name, keys in shared.items() if len(keys) > 1}
    assert namesakes
    for path in sorted(GOLD.glob("*.json")):
        resolved = resolve(gold_extraction(path))
        for person in _gold_people(path):
            if registry.lookup_key(person["name"]) not in namesakes:
                continue
            ref = resolved.person(person["name"])
            assert ref is not None and ref.key in namesakes[registry.lookup_key(person["name"])]
            holder = registry.person(ref.key)
            assert holder is not None and holder.posts


# --------------------------------------------------------------------------- whole pipeline


@pytest.mark.parametrize(("english", "chinese"), ZH_PAIRS, ids=lambda p: p.stem)
def test_pipeline_english_and_chinese_yield_the_same_person_iris(english: Path,
                                                                  chinese: Path) -> None:
    en, en_graph = _process(CORPUS / (english.stem + ".txt"))
    zh, zh_graph = _process(CORPUS / (chinese.stem + ".txt"))
    en_keys = {ref.key for _, ref in en.people if ref.from_registry}
    zh_keys = {ref.key for _, ref in zh.people if ref.from_registry}
    assert zh_keys and zh_keys == en_keys
    assert len(zh_keys) == len(_gold_people(chinese))
    shared = _people(en_graph) & _people(zh_graph)
    assert len(shared) == len(zh_keys)
    for node in shared:  # a foaf:name in every language the registry has, in either graph
        for graph in (en_graph, zh_graph):
            languages = {o.language for o in graph.objects(node, FOAF.name)
                         if isinstance(o, Literal)}
            assert {"en", "zh-Hant"} <= languages


def test_one_person_node_per_name_in_the_sample_and_the_corpus(corpus_graph: Graph) -> None:
    names: dict[tuple[str | None, str], set[URIRef]] = defaultdict(set)
    people = _people(corpus_graph)
    assert len(people) > 50
    for node in people:
        per_language: dict[str | None, int] = defaultdict(int)
        for name in corpus_graph.objects(node, FOAF.name):
            assert isinstance(name, Literal)
            per_language[name.language] += 1
            names[(name.language, registry.lookup_key(str(name)))].add(node)
        assert per_language and max(per_language.values()) == 1, (node, dict(per_language))
    shared = {name: nodes for name, nodes in names.items() if len(nodes) > 1}
    assert not shared, shared
    # every person a Chinese release names is one an English version names too
    chinese = {n for (lang, _), nodes in names.items() if lang == "zh-Hant" for n in nodes}
    english = {n for (lang, _), nodes in names.items() if lang == "en" for n in nodes}
    assert chinese and chinese <= english, chinese - english


def test_honorifics_are_kept_apart_from_the_merged_names(corpus_graph: Graph) -> None:
    merged = [n for n in _people(corpus_graph)
              if {o.language for o in corpus_graph.objects(n, FOAF.name)} >= {"en", "zh-Hant"}]
    assert merged
    # An honorific is a release's wording: on its mention of the person (schema:about).
    honorifics = {str(o) for n in merged
                  for mention in corpus_graph.subjects(vocab.SCHEMA.about, n)
                  for o in corpus_graph.objects(mention, vocab.SCHEMA.honorificPrefix)}
    assert {"Professor", "教授"} <= honorifics
    names = {str(o) for n in merged for o in corpus_graph.objects(n, FOAF.name)}
    assert not any(name.split()[0] in honorifics for name in names)
    assert not any(name.endswith(h) for name in names for h in honorifics)


def test_resolve_module_names_no_person() -> None:
    """Who is who lives in people.csv, never in the resolve rules."""
    modules = sorted(Path(resolve_module.__file__).parent.glob("*.py"))
    assert len(modules) > 1, "the rules of every module of the stage are read"
    source = "\n".join(path.read_text(encoding="utf-8") for path in modules)
    for person in registry.people():
        for name in person.names():
            assert name not in source, name


# --------------------------------------------------------------------------- surnames alone

_SURNAME_RELEASE = """Secretary meets visiting trade delegation

     The Secretary for Commerce, Mr Lee Tin-wah, met a trade delegation led by the
Chairman of the Ruritania Chamber of Commerce, Mr Otto Brandt, today (May 4). Mr Lee said
that the two places would work together on trade. Mr Brandt thanked Mr Lee, and Mr Chan of
the Chamber also spoke.

Ends/Monday, May 4, 2026
Issued at HKT 18:00
"""


def _person_iris(text: str, tmp_path: Path) -> set[str]:
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    _, graph = _process(path)
    people = graph.subjects(RDF.type, URIRef("http://www.w3.org/ns/person#Person"))
    return {str(p) for p in people}


def test_no_person_is_minted_from_a_surname_alone(tmp_path: Path) -> None:
    """"Mr Chan of the Chamber also spoke": a surname with no post and no part in the
    meeting identifies nobody, so no node is minted for it."""
    iris = _person_iris(_SURNAME_RELEASE, tmp_path)
    assert iris, "the full-named people are found"
    for iri in iris:
        assert "-" in iri.rsplit("/", 1)[-1], f"{iri} ends in a bare surname"
        assert "/person/release/" not in iri, iri


def test_a_surname_alone_is_the_full_named_person_of_the_release() -> None:
    from types import SimpleNamespace

    from pressgraph.model import PersonMention, Span
    from pressgraph.resolve import is_bare_surname
    from pressgraph.resolve.people import _full_names_for

    assert is_bare_surname("Lee") and is_bare_surname("李")
    assert not is_bare_surname("Lee Tin-wah") and not is_bare_surname("李家超")
    assert not is_bare_surname("Tin-wah")
    people = tuple(PersonMention(name, Span(0, 1))
                   for name in ("Lee Tin-wah", "Otto Brandt", "李家超"))
    release = SimpleNamespace(extraction=SimpleNamespace(people=people))
    assert [p.name for p in _full_names_for("Lee", release)] == ["Lee Tin-wah"]
    assert [p.name for p in _full_names_for("Brandt", release)] == ["Otto Brandt"]
    assert [p.name for p in _full_names_for("李", release)] == ["李家超"]
    assert _full_names_for("Chan", release) == []


# A chair the release names by honorific and surname only, with a post; nobody of the
# release is named in full with that surname. {day} and {year} vary the release.
_SURNAME_CHAIR = """Trade office director meets provincial officials

     The Director of the Hong Kong Economic and Trade Office (Toronto), Ms Mo, met the
Deputy Minister of Economic Development of Ontario, Mr Otto Brandt, in Toronto today
(March {day}). Ms Mo briefed Mr Brandt on the latest developments in Hong Kong.

Ends/Tuesday, March {day}, {year}
Issued at HKT 09:30
"""

# The Chief Executive named by surname alone; {year} decides who held the post that day.
_SURNAME_CHIEF_EXECUTIVE = """Chief Executive meets visiting mayor

     The Chief Executive, Mr Tung, met the Mayor of Rivertown, Ms Clara Holm, at Government
House this afternoon (June 5). Mr Tung welcomed Ms Holm and said that the two cities would
strengthen exchanges in trade and culture.

Ends/Tuesday, June 5, {year}
Issued at HKT 19:05
"""


def _surname_people(text: str, tmp_path: Path) -> dict[str, set[str]]:
    """Each person node of the release whose names include "Mo" or "Tung", with its names."""
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    _, graph = _process(path)
    found: dict[str, set[str]] = {}
    for node in _people(graph):
        names = {str(n) for n in graph.objects(node, FOAF.name)}
        if names & {"Mo", "Tung", "Tung Chee-hwa", "董建華", "董"}:
            found[str(node)] = names
    return found


def test_a_chair_named_by_surname_alone_is_a_person_of_that_release(tmp_path: Path) -> None:
    """The chair is kept with the post the release gives her, as a person node scoped to the
    release: the same surname in another release is another node."""
    first = _surname_people(_SURNAME_CHAIR.format(day=3, year=2015), tmp_path)
    second = _surname_people(_SURNAME_CHAIR.format(day=4, year=2015), tmp_path)
    assert len(first) == 1 and len(second) == 1, (first, second)
    (iri, names), = first.items()
    assert "/id/person/release/" in iri and iri.endswith("/mo"), iri
    assert names == {"Mo"}
    assert set(first) != set(second), "one release's Ms Mo is not merged with another's"


def test_a_chair_named_by_surname_alone_holds_the_post_in_the_graph(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(_SURNAME_CHAIR.format(day=3, year=2015), encoding="utf-8")
    _, graph = _process(path)
    (person,) = [p for p in _people(graph) if "/person/release/" in str(p)]
    titles = {str(title) for membership in graph.subjects(vocab.ORG.member, person)
              for title in graph.objects(membership, vocab.PG.postTitle)}
    assert titles == {"Director of the Hong Kong Economic and Trade Office (Toronto)"}, titles


def test_a_surname_with_a_post_is_the_registry_holder_of_the_post_that_day(
        tmp_path: Path) -> None:
    """"The Chief Executive, Mr Tung" in 2001 is the registry's Tung Chee-hwa; in 2010 the
    registry's Chief Executive has another surname, so Mr Tung is a person of the release."""
    held = _surname_people(_SURNAME_CHIEF_EXECUTIVE.format(year=2001), tmp_path)
    assert list(held) == ["https://example.org/id/person/hksar/tung-chee-hwa"], held
    other = _surname_people(_SURNAME_CHIEF_EXECUTIVE.format(year=2010), tmp_path)
    assert len(other) == 1 and "/person/release/" in next(iter(other)), other


def test_a_chinese_surname_with_its_post_is_the_registry_holder_of_the_post_that_day(
        tmp_path: Path) -> None:
    """行政長官董先生 in 2001: the registry's Tung Chee-hwa, the node of the English release."""
    text = ("行政長官會見來訪市長\n\n　　行政長官董先生今日（六月五日）下午在禮賓府會見河城市市長"
            "霍嘉蘭女士。董先生歡迎霍女士到訪。\n\n完\n\n2001年6月5日（星期二）\n香港時間19時05分\n")
    assert list(_surname_people(text, tmp_path)) == [
        "https://example.org/id/person/hksar/tung-chee-hwa"]


def test_a_surname_two_people_of_the_release_carry_mints_no_node(tmp_path: Path) -> None:
    text = _SURNAME_CHAIR.format(day=3, year=2015).replace(
        "Mr Otto Brandt", "Mr Mo Kin-wah").replace("Mr Brandt", "Mr Mo Kin-wah") \
        .replace("in Toronto today", "and the Consul, Mr Mo Tak-shing, in Toronto today")
    found = _surname_people(text, tmp_path)
    assert not any("/person/release/" in iri for iri in found), found
