"""The registry graph: the curated registry published as RDF in {base}graph/registry.

Its shapes (shapes/registry.shacl.ttl) have a conforming and a violating fixture each,
under ``tests/shapes/registry/<ShapeName>/`` with the same layout and headers as the
release shapes' fixtures (tests/test_shapes.py); the registry as shipped conforms; the
IRIs are those the release graphs use; ``pressgraph registry export`` writes it and
``pressgraph load`` loads it beside the releases, replacing it on every load.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, RDF, SH, SKOS

from pressgraph import registry, resources
from pressgraph.errors import ResourceError
from pressgraph.iri import Minter
from pressgraph.registry_mapper import check_registry, map_registry, registry_shapes
from pressgraph.serialize import ntriples_lines
from pressgraph.validate import validate
from tests.conftest import CORPUS, SAMPLE
from tests.store_loading import export_nquads, quads_of_file, quads_of_store, run
from tests.test_shapes import CONSTRAINTS, CORE_PARAMETERS

SHAPES_NS = "https://w3id.org/pressgraph/shapes#"
FIXTURES = Path(__file__).parent / "shapes" / "registry"
VALID = sorted(FIXTURES.glob("*/valid-*.ttl"))
INVALID = sorted(FIXTURES.glob("*/invalid-*.ttl"))
_EXPECT = re.compile(r"^# expect-(shape|path): (\S+)$", re.MULTILINE)

BASE = "https://example.org/lod/"
DPO = "org/hksar/digital-policy-office"
OGCIO = "org/hksar/office-of-the-government-chief-information-officer"
EFFICIENCY_OFFICE = "org/hksar/efficiency-office"


@pytest.fixture(scope="module")
def mapped():  # type: ignore[no-untyped-def]
    return map_registry(Minter())


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def node(key: str, base: str = "https://w3id.org/pressgraph/") -> URIRef:
    return URIRef(Minter(base).thing(key))


# --------------------------------------------------------------------------- the shapes


@pytest.mark.parametrize("path", VALID, ids=_id)
def test_valid_fixture_conforms(path: Path) -> None:
    result = validate(Graph().parse(path, format="turtle"), shapes=registry_shapes())
    assert result.conforms, "\n".join(v.describe() for v in result.violations)


@pytest.mark.parametrize("path", INVALID, ids=_id)
def test_invalid_fixture_fails_where_expected(path: Path) -> None:
    graph = Graph().parse(path, format="turtle")
    found = dict(_EXPECT.findall(path.read_text(encoding="utf-8")))
    assert "shape" in found and "path" in found, f"{path} lacks its expect-shape/expect-path"
    shape = SHAPES_NS + found["shape"].removeprefix("pgsh:")
    expected_path = None if found["path"] == "none" else str(
        graph.namespace_manager.expand_curie(found["path"]))
    result = validate(graph, shapes=registry_shapes())
    assert not result.conforms
    reported = {(v.source_shape, v.path) for v in result.violations}
    assert (shape, expected_path) in reported, sorted(reported, key=str)
    messages = [v.message for v in result.violations if v.source_shape == shape]
    assert messages and all(m != "constraint violated" for m in messages)


@pytest.mark.parametrize("path", VALID + INVALID, ids=_id)
def test_the_fast_validator_agrees_with_pyshacl_on_the_fixtures(path: Path) -> None:
    from pressgraph.shacl_fast import FastValidator
    from pressgraph.validate import ontology_graph

    graph = Graph().parse(path, format="turtle")
    reference = validate(graph, shapes=registry_shapes())
    fast = FastValidator(registry_shapes(), ontology_graph()).validate_triples(graph)
    assert fast.conforms == reference.conforms
    assert {(v.focus_node, v.source_shape, v.path) for v in fast.violations} == \
        {(v.focus_node, v.source_shape, v.path) for v in reference.violations}


def _node_shapes() -> list[str]:
    return sorted(str(s).removeprefix(SHAPES_NS)
                  for s in registry_shapes().subjects(RDF.type, SH.NodeShape))


def test_every_registry_shape_has_both_kinds_of_fixture_and_every_folder_a_shape() -> None:
    shapes = _node_shapes()
    assert len(shapes) >= 6
    for name in shapes:
        assert list((FIXTURES / name).glob("valid-*.ttl")), name
        assert list((FIXTURES / name).glob("invalid-*.ttl")), name
    assert {p.name for p in FIXTURES.iterdir() if p.is_dir()} <= set(shapes)


def test_registry_shapes_are_named_core_shapes_with_messages() -> None:
    graph = registry_shapes()
    used = {str(p).removeprefix(str(SH)) for p in graph.predicates() if str(p).startswith(str(SH))}
    assert used <= CORE_PARAMETERS | {"path", "targetClass", "targetObjectsOf",
                                      "targetSubjectsOf", "message"}
    assert not [o for o in graph.objects(None, SH.property) if not isinstance(o, URIRef)]
    named = set(graph.subjects(RDF.type, SH.NodeShape)) | set(graph.objects(None, SH.property))
    for shape in named:
        if any(str(p).removeprefix(str(SH)) in CONSTRAINTS for p in graph.predicates(shape)):
            assert graph.value(shape, SH.message) is not None, shape
    from pyshacl import validate as pyshacl_validate

    conforms, _report, text = pyshacl_validate(Graph(), shacl_graph=graph, meta_shacl=True)
    assert conforms, text
    # the release shapes and the registry shapes never share a shape name
    release_shapes = Graph().parse(data=resources.read_text("shapes", resources.SHAPES_FILE),
                                   format="turtle")
    assert not {s for s in graph.subjects() if isinstance(s, URIRef)} & \
        {s for s in release_shapes.subjects() if isinstance(s, URIRef)}


# --------------------------------------------------------------------------- the graph


def test_the_registry_graph_as_shipped_conforms(mapped) -> None:  # type: ignore[no-untyped-def]
    reference = validate(mapped.graph, shapes=registry_shapes())
    assert reference.conforms, "\n".join(v.describe() for v in reference.violations[:10])
    assert check_registry(mapped).conforms
    assert not mapped.warnings


def test_every_record_is_published_with_its_labels(mapped) -> None:  # type: ignore[no-untyped-def]
    graph = mapped.graph
    named = [*registry.organisations(), *registry.bodies(), *registry.posts()]
    for record in named:
        subject = node(record.key)
        assert (subject, SKOS.prefLabel, Literal(record.en, lang="en")) in graph, record.key
        for language, label in record.labels:
            assert (subject, SKOS.prefLabel, Literal(label, lang=language)) in graph
        for language, label in record.alt_labels:
            assert (subject, SKOS.altLabel, Literal(label, lang=language)) in graph
    for place in (*registry.places(), *registry.venues()):
        assert (node(f"place/{place.key}"), SKOS.prefLabel, Literal(place.en, lang="en")) in graph
    assert registry.people()
    for person in registry.people():  # named with foaf:name, as the release graphs do
        for language, name in person.labels:
            assert (node(person.key), FOAF.name, Literal(name, lang=language)) in graph
        assert (node(person.key), DCTERMS.source, URIRef(Minter().source(person.source))) in graph
    assert mapped.change_events == len(registry.changes()) > 10
    assert len(set(graph.subjects(RDF.type, ORG.ChangeEvent))) == mapped.change_events
    assert len(set(graph.subjects(RDF.type, ORG.Post))) == len(registry.posts())


def test_parents_posts_jurisdictions_and_sources(mapped) -> None:  # type: ignore[no-untyped-def]
    graph = mapped.graph
    for org in registry.organisations():
        if org.parent:
            parents = set(graph.objects(node(org.key), ORG.subOrganizationOf)) | set(
                graph.objects(node(org.key), ORG.unitOf))
            assert parents == {node(org.parent)}, org.key
        if org.jurisdiction:
            assert (node(org.key), DCTERMS.spatial, node(f"place/{org.jurisdiction}")) in graph
        source = URIRef(Minter().source(org.source))
        assert (node(org.key), DCTERMS.source, source) in graph
        assert graph.value(source, DCTERMS.title) is not None
    for post in registry.posts():
        assert set(graph.objects(node(post.key), ORG.postIn)) == {node(post.organisation)}
    kinds = {o.key: o.kind for o in registry.organisations()}
    units = [o for o in registry.organisations()
             if o.kind == "department" and kinds.get(o.parent or "") == "ministry"]
    assert units
    for unit in units:  # a ministry's internal department is a unit of it
        assert (node(unit.key), ORG.unitOf, node(unit.parent or "")) in graph
        assert (node(unit.key), RDF.type, ORG.OrganizationalUnit) in graph


def test_the_digital_policy_office_merger(mapped) -> None:  # type: ignore[no-untyped-def]
    graph = mapped.graph
    [event] = graph.subjects(ORG.resultingOrganization, node(DPO))
    assert (event, RDF.type, ORG.ChangeEvent) in graph
    assert set(graph.objects(event, ORG.originalOrganization)) == {node(OGCIO),
                                                                  node(EFFICIENCY_OFFICE)}
    assert (node(DPO), ORG.resultedFrom, event) in graph
    assert (node(OGCIO), ORG.changedBy, event) in graph
    [day] = graph.objects(event, DCTERMS.date)
    assert (str(day), day.datatype.split("#")[1]) == ("2024-07-01", "date")


def test_a_change_known_to_the_year_only_is_a_gyear(mapped) -> None:  # type: ignore[no-untyped-def]
    year_only = [c for c in registry.changes() if c.date and len(c.date) == 4]
    assert year_only
    for change in year_only:
        [value] = mapped.graph.objects(node(change.key), DCTERMS.date)
        assert str(value) == change.date and str(value.datatype).endswith("#gYear")


def test_the_graph_records_the_registry_version(mapped) -> None:  # type: ignore[no-untyped-def]
    graph_node = URIRef(Minter().registry_graph())
    assert mapped.graph.value(graph_node, DCTERMS.hasVersion) == Literal(registry.version())


def test_the_graph_is_the_same_bytes_every_time() -> None:
    first = "".join(ntriples_lines(map_registry(Minter(BASE)).triples))
    second = "".join(ntriples_lines(map_registry(Minter(BASE)).triples))
    assert first == second and f"<{BASE}id/{DPO}>" in first
    assert "https://w3id.org/pressgraph/id/" not in first  # every IRI follows --base


def test_a_key_the_registry_does_not_define_is_an_error() -> None:
    post = next(p for p in registry.posts() if p.organisation == DPO)
    from dataclasses import replace

    broken = replace(post, organisation="org/hksar/no-such-office")
    with pytest.raises(ResourceError, match="no-such-office"):
        map_registry(Minter(), [*registry.organisations(), *registry.places(),
                                *registry.sources(), broken])


def test_a_change_with_no_organisation_before_does_not_conform() -> None:
    change = next(c for c in registry.changes() if DPO in c.after)
    from dataclasses import replace

    founding = replace(change, before=())
    records = [*registry.organisations(), *registry.places(), *registry.sources(), founding]
    result = validate(map_registry(Minter(), records).graph, shapes=registry_shapes())
    assert not result.conforms
    assert {v.source_shape for v in result.violations} == {SHAPES_NS + "ChangeEvent-original"}


def test_registry_nodes_in_release_graphs_have_the_same_iris(  # type: ignore[no-untyped-def]
        tmp_path: Path, mapped) -> None:
    """Every registry node a release uses is in the registry graph under the same IRI,
    and its preferred labels there are labels of the registry."""
    inputs = [*sorted(CORPUS.glob("*.txt"))[:12], SAMPLE]
    releases = quads_of_file(export_nquads(tmp_path, inputs))
    registry_subjects = {f"<{s}>" for s in mapped.graph.subjects()}
    shared = {q[0] for q in releases if q[0] in registry_subjects}
    assert f"<{node(DPO)}>" in shared and len(shared) >= 10
    labels: dict[str, set[str]] = {}
    for s, p, o in mapped.graph.triples((None, None, None)):
        if p in (SKOS.prefLabel, SKOS.altLabel, FOAF.name):
            labels.setdefault(f"<{s}>", set()).add(_folded_tag(o.n3()))
    checked = 0
    for s, p, o, _g in releases:
        if s in shared and p in (f"<{SKOS.prefLabel}>", f"<{FOAF.name}>"):
            assert _folded_tag(o) in labels.get(s, set()), (s, o)
            checked += 1
    assert checked >= len(shared) // 2


def _folded_tag(literal: str) -> str:
    """A literal's N-Triples form with its language tag in lower case (as Oxigraph keeps
    it; language tags are case-insensitive)."""
    text, sep, tag = literal.rpartition('"@')
    return f"{text}{sep}{tag.lower()}" if sep else literal


# --------------------------------------------------------------------------- the command


@pytest.mark.parametrize("fmt,rdf_format", [("ttl", ox.RdfFormat.TURTLE),
                                            ("nt", ox.RdfFormat.N_TRIPLES),
                                            ("nq", ox.RdfFormat.N_QUADS),
                                            ("trig", ox.RdfFormat.TRIG),
                                            ("jsonld", ox.RdfFormat.JSON_LD)])
def test_registry_export_in_every_format(tmp_path: Path, fmt: str, rdf_format: ox.RdfFormat,
                                         mapped) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"registry.{fmt}"
    result = run("registry", "export", "-f", fmt, "-o", out)
    assert result.exit_code == 0, result.output
    assert f"{len(mapped.triples)} triples, {mapped.change_events} change events" in \
        result.output
    quads = list(ox.parse(path=str(out), format=rdf_format))
    assert len(quads) == len(mapped.triples)
    graphs = {str(q.graph_name) for q in quads}
    if fmt in ("nq", "trig"):  # the quad formats keep the graph's name
        assert graphs == {f"<{Minter().registry_graph()}>"}
    else:  # Turtle, N-Triples and JSON-LD hold the union, in the default graph
        assert graphs == {"DEFAULT"}
    again = tmp_path / f"again.{fmt}"
    assert run("registry", "export", "-f", fmt, "-o", again).exit_code == 0
    assert out.read_bytes() == again.read_bytes()


def test_registry_export_follows_base(tmp_path: Path) -> None:
    out = tmp_path / "registry.nq"
    assert run("registry", "export", "-f", "nq", "--base", BASE, "-o", out).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert f"<{BASE}id/{DPO}>" in text and f"<{BASE}graph/registry> .\n" in text
    assert "https://w3id.org/pressgraph/id/" not in text


def test_registry_export_writes_nothing_when_the_graph_does_not_conform(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pressgraph.cli import registry as registry_cli
    from pressgraph.validate import ValidationResult, Violation

    out = tmp_path / "registry.ttl"
    out.write_text("previous output\n", encoding="utf-8")
    refusal = ValidationResult(False, (Violation("urn:x", "dct:date", "no date", "Violation",
                                                 "urn:shape", "MinCountConstraintComponent"),))
    monkeypatch.setattr(registry_cli, "check_registry", lambda mapped, validator: refusal)
    result = run("registry", "export", "-o", out)
    assert result.exit_code == 1
    assert "does not conform: urn:x dct:date: no date" in result.output
    assert out.read_text(encoding="utf-8") == "previous output\n"
    assert not list(tmp_path.glob(".registry.ttl.*"))


# --------------------------------------------------------------------------- in a store

REGISTRY_GRAPH = f"<{Minter().registry_graph()}>"


def _registry_quads(store: Path) -> set[tuple[str, str, str, str]]:
    return {q for q in quads_of_store(store) if q[3] == REGISTRY_GRAPH}


def test_load_puts_the_registry_beside_the_releases_and_replaces_it(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = run("load", "--no-ontology", SAMPLE, "--store", store)
    assert first.exit_code == 0, first.output
    exported = quads_of_file(Path(_export_registry(tmp_path)))
    assert _registry_quads(store) == exported
    # a stale fact in the registry graph is gone after the next load; counts are stable
    db = ox.Store(str(store))
    db.update(f"INSERT DATA {{ GRAPH {REGISTRY_GRAPH} {{ <urn:stale> <urn:p> \"old\" }} }}")
    del db
    second = run("load", "--no-ontology", SAMPLE, "--store", store)
    assert second.exit_code == 0, second.output
    assert _registry_quads(store) == exported
    assert first.output.split("->")[0] == second.output.split("->")[0]


def test_no_registry_leaves_the_registry_graph_alone(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run("load", "--no-ontology", SAMPLE, "--store", store, "--no-registry").exit_code == 0
    assert not _registry_quads(store)
    assert run("load", "--no-ontology", SAMPLE, "--store", store).exit_code == 0
    before = _registry_quads(store)
    assert before
    result = run("load", "--no-ontology", SAMPLE, "--store", store, "--no-registry")
    assert result.exit_code == 0 and "1 releases, 1 named graphs" in result.output
    assert _registry_quads(store) == before


def test_a_registry_that_does_not_conform_is_not_loaded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pressgraph.cli import registry as registry_cli
    from pressgraph.validate import ValidationResult, Violation

    refusal = ValidationResult(False, (Violation("urn:x", "dct:date", "no date", "Violation",
                                                 "urn:shape", "MinCountConstraintComponent"),))
    monkeypatch.setattr(registry_cli, "check_registry", lambda mapped, validator: refusal)
    store = tmp_path / "store"
    result = run("load", "--no-ontology", SAMPLE, "--store", store)
    assert result.exit_code == 1
    assert "registry: does not conform: urn:x dct:date: no date" in result.output
    assert not _registry_quads(store)
    assert {q[3] for q in quads_of_store(store)}  # the release itself is loaded


def _export_registry(tmp_path: Path) -> str:
    out = tmp_path / "registry.nq"
    assert run("registry", "export", "-f", "nq", "-o", out).exit_code == 0
    return str(out)


# --------------------------------------------------------------------------- the queries


def _rows(result_stdout: str) -> list[dict[str, str]]:
    document = json.loads(result_stdout)
    return [{k: v["value"] for k, v in b.items()} for b in document["results"]["bindings"]]


def test_change_events_query_finds_the_digital_policy_office_merger(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run("load", "--no-ontology", SAMPLE, "--store", store).exit_code == 0
    from_store = run("query", "change-events", "--store", store, "--format", "json")
    from_file = run("query", "change-events", "--data", _export_registry(tmp_path),
                    "--format", "json")
    assert from_store.exit_code == from_file.exit_code == 0, from_store.output
    rows = _rows(from_store.stdout)
    assert sorted(map(json.dumps, rows)) == sorted(map(json.dumps, _rows(from_file.stdout)))
    merger = [r for r in rows if r["resulting"] == str(node(DPO))]
    assert {r["original"] for r in merger} == {str(node(OGCIO)), str(node(EFFICIENCY_OFFICE))}
    assert {(r["date"], r["kind"], r["resultingName"]) for r in merger} == {
        ("2024-07-01", "merged", "Digital Policy Office")}
    assert {r["originalName"] for r in merger} == {
        "Office of the Government Chief Information Officer", "Efficiency Office"}
    assert {r["event"] for r in rows} == {str(node(c.key)) for c in registry.changes()}


def test_change_events_in_chinese(tmp_path: Path) -> None:
    text = resources.query_text("change-events").replace(
        '# VALUES ?lang { "zh-Hant" }', 'VALUES ?lang { "zh-Hant" }')
    query = tmp_path / "zh.rq"
    query.write_text(text, encoding="utf-8")
    result = run("query", query, "--data", _export_registry(tmp_path), "--format", "json")
    assert result.exit_code == 0, result.output
    names = {r["resultingName"] for r in _rows(result.stdout) if r["resulting"] == str(node(DPO))}
    assert names == {"數字政策辦公室"}


def test_who_held_a_post_in_a_year_with_the_registry_and_the_releases(tmp_path: Path) -> None:
    """post-holders.rq with its FILTER line on: the same rows with and without the registry
    graph beside the release graphs (the registry adds no post-holder and repeats no row)."""
    text = resources.query_text("post-holders")
    assert text.count("  # FILTER (") == 1
    query = tmp_path / "holders.rq"
    query.write_text(text.replace("  # FILTER (", "  FILTER ("), encoding="utf-8")
    with_registry, without = tmp_path / "with", tmp_path / "without"
    assert run("load", "--no-ontology", SAMPLE, "--store", with_registry).exit_code == 0
    assert run("load", "--no-ontology", SAMPLE, "--store", without, "--no-registry").exit_code == 0
    answers = []
    for store in (with_registry, without):
        result = run("query", query, "--store", store, "--format", "json")
        assert result.exit_code == 0, result.output
        answers.append(_rows(result.stdout))
    assert answers[0] == answers[1]
    assert len(answers[0]) == 1
    [row] = answers[0]
    assert row["postName"] == "Commissioner for Digital Policy"
    assert row["day"].startswith("2024") and row["post"] == str(
        node("post/hksar/digital-policy-office/commissioner"))
