"""One consistent graph: any set of releases exported together, with the registry graph,
conforms to every shape as one graph, and release graphs say nothing new about shared nodes.

* The union of the development corpus, the seed and the registry graph conforms (pySHACL
  with every file in shapes/, and the compiled validator); so does the union of every
  language pair, of every text and HTML pair, and of two inputs of one release.
* The real evaluation set, when its texts have been pulled (they never enter the
  repository): the union of all its releases and of each of its language pairs.
* The rule of ontology/README.md, "Shared nodes and the release's own nodes", checked on
  every release graph: nothing about a registry node that the registry graph does not say,
  nothing about another release's nodes, no release wording on a shared node.
* Every node has a label in each language it is known in.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS

from pressgraph.iri import DEFAULT_BASE
from pressgraph.mapterms import ontology_graph as ontology
from pressgraph.pipeline import map_options, process
from pressgraph.reader import InputRef
from pressgraph.registry_mapper import map_registry, registry_shapes
from pressgraph.shacl_fast import FastValidator
from pressgraph.triples import TripleSet
from pressgraph.validate import all_shapes_graph, ontology_graph, shapes_graph, validate
from pressgraph.vocab import CV, PG, SCHEMA

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
GOLD = CORPUS / "gold"
SEEDS = ROOT / "seeds"
REAL = ROOT / "evaluation" / "real"
#: Where the real set's texts were pulled (git-ignored); another checkout's may be named.
REAL_TEXTS = Path(os.environ.get("PRESSGRAPH_REAL_TEXTS", REAL / "texts"))

OPTIONS = map_options(DEFAULT_BASE)
RELEASES = f"{DEFAULT_BASE}id/release/"
#: The properties by which a release links a shared node to the release's own nodes.
LINKS = frozenset({PROV.wasDerivedFrom, PG.evidence})
#: Language-tagged values a shared node may carry: names, the same from every release
#: that names the node in that language (the registry's, or made from its key).
NAMES = frozenset({SKOS.prefLabel, SKOS.altLabel, RDFS.label, FOAF.name, PG.acronym,
                   DCTERMS.title, CV.eventNumber, PG.session})
LANGUAGES = ("en", "zh-Hant", "zh-Hans")


# --------------------------------------------------------------------------- inputs


@cache
def _processed(path: Path, url: str | None = None, language: str | None = None):  # type: ignore[no-untyped-def]
    ref = InputRef(source=str(path), path=path, source_url=url,
                   declared_language=language)  # type: ignore[arg-type]
    return process(ref, OPTIONS, strict=False)


def _graph_of(path: Path, url: str | None = None, language: str | None = None) -> TripleSet:
    processed = _processed(path, url, language)
    assert processed.conforms, [v.describe() for v in processed.validation.violations]
    return processed.mapped.triples


def _corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".html")
                  and p.name != "awkward-empty.txt" and p.stat().st_size)


@cache
def _registry() -> Graph:
    return map_registry_graph()


def map_registry_graph() -> Graph:
    from pressgraph.iri import Minter

    return map_registry(Minter(DEFAULT_BASE)).graph


@cache
def _data_shapes() -> Graph:
    """The shapes the compiled validator runs: the releases' and the registry's (the
    dataset description's use sh:node, which pySHACL alone evaluates)."""
    graph = Graph()
    graph += shapes_graph()
    graph += registry_shapes()
    return graph


def _union(graphs: Iterable[Iterable[tuple]], registry: bool = True) -> Graph:
    union = Graph()
    for triples in graphs:
        for triple in triples:
            union.add(triple)
    if registry:
        union += _registry()
    return union


def _problems(union: Graph, reference: bool = True) -> list[str]:
    fast = FastValidator(_data_shapes(), ontology_graph()).validate_triples(union)
    found = [f"fast: {v.describe()}" for v in fast.violations if v.severity == "Violation"]
    if reference:
        result = validate(union, shapes=all_shapes_graph())
        found += [f"pySHACL: {v.describe()}" for v in result.violations
                  if v.severity == "Violation"]
    return found


def _gold_pairs() -> list[tuple[Path, Path]]:
    """(English original, its Chinese translation or its HTML page) in the corpus."""
    pairs = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        original = gold.get("translation_of") or gold.get("wraps")
        if original:
            other = next(p for p in CORPUS.glob(path.stem + ".*") if p.suffix != ".json")
            pairs.append((CORPUS / Path(original).name, other))
    return pairs


def _real_records() -> list[dict]:
    records = REAL / "records.jsonl"
    if not records.exists() or not REAL_TEXTS.is_dir():
        return []
    found = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    return [r for r in found if (REAL_TEXTS / f"{r['id']}.txt").exists()]


def _real_graph(record: dict) -> TripleSet:
    return _graph_of(REAL_TEXTS / f"{record['id']}.txt", record["url"], record["language"])


# --------------------------------------------------------------------------- the unions


def test_the_corpus_the_seed_and_the_registry_conform_as_one_graph() -> None:
    union = _union([*map(_graph_of, _corpus_files()), *map(_graph_of, sorted(SEEDS.glob("*.txt")))])
    assert len(union) > 25_000
    problems = _problems(union)
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize(("original", "other"), _gold_pairs(), ids=lambda p: p.name)
def test_each_language_and_html_pair_conforms_as_one_graph(original: Path, other: Path) -> None:
    a, b = _graph_of(original), _graph_of(other)
    problems = _problems(_union([a, b]))
    assert not problems, "\n".join(problems[:20])
    meetings = [{s for s, p, o in g if p == RDF.type and o == PG.Meeting} for g in (a, b)]
    assert meetings[0] & meetings[1], "the pair reports no meeting in common"


def test_there_are_language_pairs_and_html_pairs() -> None:
    pairs = _gold_pairs()
    assert sum(other.name.startswith("zh-") for _, other in pairs) == 5
    assert sum(other.name.startswith("html-") for _, other in pairs) == 3


def test_two_inputs_of_one_release_are_two_renditions_of_one_release_node() -> None:
    """The BOM and CRLF copy of a corpus release normalises to the same text: one release,
    two renditions, each with its own digests; the union conforms."""
    by_release: dict[str, list[Path]] = {}
    for path in _corpus_files():
        release = _processed(path).mapped.release_iri
        by_release.setdefault(release, []).append(path)
    shared = {r: paths for r, paths in by_release.items() if len(paths) > 1}
    assert shared, "the corpus has no two inputs of one release"
    for release, paths in shared.items():
        union = _union([_graph_of(p) for p in paths])
        renditions = set(union.objects(URIRef(release), DCTERMS.hasFormat))
        assert len(renditions) == len(paths)
        digests = {union.value(r, PG.contentSha256) for r in renditions}
        assert len(digests) == len(paths)
        problems = _problems(union)
        assert not problems, "\n".join(problems[:20])


def test_the_real_set_and_its_language_pairs_conform_as_one_graph() -> None:
    records = _real_records()
    if not records:
        pytest.skip("the real evaluation set's texts are not pulled (evaluation/real/texts)")
    graphs = {r["url"]: _real_graph(r) for r in records}
    problems = _problems(_union(graphs.values()))
    assert not problems, "\n".join(problems[:20])
    pairs = [(r["url"], r["pair"]) for r in records if r.get("pair") in graphs]
    assert pairs
    for first, second in pairs:
        problems = _problems(_union([graphs[first], graphs[second]]), reference=False)
        assert not problems, (first, second, problems[:5])


# --------------------------------------------------------------------------- the rule


def shared_node_problems(triples: Iterable[tuple], release: str, graph: str) -> Iterator[str]:
    """Statements of one release graph that say something new about a shared node: a
    registry node (anything the registry graph does not say, except a link to the
    release's own nodes), another release's node, or release wording on a shared node."""
    registry, terms = _registry(), ontology()
    registered = set(registry.subjects())
    for s, p, o in triples:
        text = str(s)
        own = text == release or text.startswith(release + "/") or text == graph
        if own:
            continue
        if text.startswith(RELEASES):
            yield f"another release's node: {s} {p} {o}"
        elif s in registered:
            if (s, p, o) not in registry and p not in LINKS:
                yield f"new about a registry node: {s} {p} {o}"
        elif text.startswith(str(PG)):
            if (s, p, o) not in terms:
                yield f"new about an ontology term: {s} {p} {o}"
        elif isinstance(o, Literal) and o.language and p not in NAMES:
            yield f"release wording on a shared node: {s} {p} {o!r}"


def _all_release_graphs() -> Iterator[tuple[str, TripleSet, str, str]]:
    for path in [*_corpus_files(), *sorted(SEEDS.glob("*.txt"))]:
        mapped = _processed(path).mapped
        yield str(path), mapped.triples, mapped.release_iri, mapped.graph_iri


def test_release_graphs_say_nothing_new_about_shared_nodes() -> None:
    checked = 0
    for source, triples, release, graph in _all_release_graphs():
        problems = list(shared_node_problems(triples, release, graph))
        assert not problems, f"{source}:\n" + "\n".join(problems[:10])
        checked += 1
    assert checked >= 44


def test_the_real_set_says_nothing_new_about_shared_nodes() -> None:
    records = _real_records()
    if not records:
        pytest.skip("the real evaluation set's texts are not pulled (evaluation/real/texts)")
    for record in records:
        mapped = _processed(REAL_TEXTS / f"{record['id']}.txt", record["url"],
                            record["language"]).mapped
        problems = list(shared_node_problems(mapped.triples, mapped.release_iri,
                                             mapped.graph_iri))
        assert not problems, f"{record['url']}:\n" + "\n".join(problems[:10])


def test_the_rule_catches_what_the_old_graphs_said() -> None:
    """The statements issue 13 found: a Chinese release putting the shared post of the
    Financial Secretary in a minted organisation, a registry person's held post and
    honorific, a registry agency typed by one release's side."""
    release = f"{RELEASES}P2024071200123/zh-hant"
    fs = URIRef(f"{DEFAULT_BASE}id/post/hksar/government/financial-secretary")
    minted = URIRef(f"{DEFAULT_BASE}id/org/named/u-0123456789ab")
    person = next(s for s in _registry().subjects(RDF.type, URIRef(
        "http://www.w3.org/ns/person#Person")))
    ngo = next(s for s in _registry().subjects(RDF.type, SCHEMA.Organization)
               if (s, RDF.type, ORG.FormalOrganization) in _registry())
    bad = [(fs, ORG.postIn, minted), (person, ORG.holds, fs),
           (person, SCHEMA.honorificPrefix, Literal("Mr", lang="en")),
           (ngo, RDF.type, CV.PublicOrganisation),
           (URIRef(f"{RELEASES}P2024071200123/en/membership/1"), PG.postTitle,
            Literal("Financial Secretary", lang="en")),
           (URIRef(f"{DEFAULT_BASE}id/meeting/x/1"), PG.purpose, Literal("to meet", lang="en"))]
    fine = [(fs, PROV.wasDerivedFrom, URIRef(release)),
            (URIRef(f"{release}/membership/1"), PG.postTitle,
             Literal("財政司司長", lang="zh-Hant"))]
    problems = list(shared_node_problems(bad + fine, release, "graph"))
    assert len(problems) == len(bad), problems


# --------------------------------------------------------------------------- labels


def test_every_node_is_labelled_in_each_language_it_is_known_in() -> None:
    graphs = [_graph_of(p) for p in _corpus_files()]
    union = _union(graphs, registry=False)
    label_properties = (SKOS.prefLabel, RDFS.label, FOAF.name, DCTERMS.title)

    def languages(node: URIRef) -> set[str]:
        return {o.language for p in label_properties for o in union.objects(node, p)
                if isinstance(o, Literal) and o.language}

    unlabelled = [s for s in set(union.subjects(RDF.type, None))
                  if not any(True for p in label_properties for _ in union.objects(s, p))
                  and "/span/" not in str(s)]  # evidence spans and their selectors
    assert not unlabelled, unlabelled[:10]
    for meeting in set(union.subjects(RDF.type, PG.Meeting)):
        reported_in = {str(union.value(r, DCTERMS.language))
                       for r in union.subjects(SCHEMA.about, meeting)
                       if (r, RDF.type, PG.Release) in union}
        assert reported_in <= languages(meeting), meeting
        body = union.value(meeting, SCHEMA.organizer)
        if union.value(meeting, SKOS.prefLabel) is not None and body is not None:
            # labelled from the registry's names of its body, in every language it has
            assert {lit.language for lit in union.objects(meeting, SKOS.prefLabel)} == \
                {lit.language for lit in union.objects(body, SKOS.prefLabel)}, meeting
    for kind in (ORG.Membership, PG.AgendaItem, CV.Participation, PG.Mention, PG.Visit,
                 PG.Outcome):
        for node in union.subjects(RDF.type, kind):
            assert languages(node), node
    for kind in (SKOS.Concept, SKOS.ConceptScheme):
        nodes = set(union.subjects(RDF.type, kind))
        assert nodes
        for node in nodes:
            assert {lit.language for lit in union.objects(node, SKOS.prefLabel)} == \
                set(LANGUAGES), node


def test_a_meeting_is_labelled_from_its_key_alike_by_both_languages() -> None:
    english = CORPUS / "en-2024-07-meeting-joint-conference-plenary.txt"
    chinese = next(other for o, other in _gold_pairs() if o == english)
    a, b = Graph(), Graph()
    for triple in _graph_of(english):
        a.add(triple)
    for triple in _graph_of(chinese):
        b.add(triple)
    shared = set(a.subjects(RDF.type, PG.Meeting)) & set(b.subjects(RDF.type, PG.Meeting))
    assert shared
    for meeting in shared:
        assert set(a.objects(meeting, SKOS.prefLabel)) == set(b.objects(meeting, SKOS.prefLabel))
        assert len(set(a.objects(meeting, SKOS.prefLabel))) == 3
