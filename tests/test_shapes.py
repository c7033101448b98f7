"""The SHACL shapes: every shape has a conforming and a violating fixture, and the shapes
themselves are valid SHACL (SHACL-SHACL), use SHACL Core only and carry messages.

Fixtures live in ``tests/shapes/<ShapeName>/``: ``valid-*.ttl`` must conform;
``invalid-*.ttl`` must not, and say in their header which shape and path must fail::

    # expect-shape: pgsh:Meeting-startDate
    # expect-path: schema:startDate        (or "none" for a constraint on the node itself)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from pressgraph.validate import shapes_graph, validate

SHAPES_NS = "https://w3id.org/pressgraph/shapes#"
FIXTURES = Path(__file__).parent / "shapes"
VALID = sorted(FIXTURES.glob("*/valid-*.ttl"))
INVALID = sorted(FIXTURES.glob("*/invalid-*.ttl"))
_EXPECT = re.compile(r"^# expect-(shape|path): (\S+)$", re.MULTILINE)

# SHACL Core constraint parameters (SHACL 1.0 section 4), plus the shape-level terms used.
CORE_PARAMETERS = {
    "class", "datatype", "nodeKind", "minCount", "maxCount", "minExclusive", "minInclusive",
    "maxExclusive", "maxInclusive", "minLength", "maxLength", "pattern", "flags",
    "languageIn", "uniqueLang", "equals", "disjoint", "lessThan", "lessThanOrEquals", "not",
    "and", "or", "xone", "node", "property", "qualifiedValueShape", "qualifiedMinCount",
    "qualifiedMaxCount", "closed", "ignoredProperties", "hasValue", "in",
}
CONSTRAINTS = CORE_PARAMETERS - {"property", "flags", "ignoredProperties"}


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def _load(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def _expectations(path: Path, graph: Graph) -> tuple[URIRef, URIRef | None]:
    found = dict(_EXPECT.findall(path.read_text(encoding="utf-8")))
    assert "shape" in found and "path" in found, f"{path} lacks its expect-shape/expect-path header"

    def expand(curie: str) -> URIRef:
        prefix, local = curie.split(":", 1)
        if prefix == "pgsh":
            return URIRef(SHAPES_NS + local)
        return graph.namespace_manager.expand_curie(curie)

    return expand(found["shape"]), None if found["path"] == "none" else expand(found["path"])


@pytest.mark.parametrize("path", VALID, ids=_id)
def test_valid_fixture_conforms(path: Path) -> None:
    result = validate(_load(path))
    assert result.conforms, "\n".join(v.describe() for v in result.violations)


@pytest.mark.parametrize("path", INVALID, ids=_id)
def test_invalid_fixture_fails_where_expected(path: Path) -> None:
    graph = _load(path)
    shape, result_path = _expectations(path, graph)
    result = validate(graph)
    assert not result.conforms
    reported = {(v.source_shape, v.path) for v in result.violations}
    expected = (str(shape), str(result_path) if result_path is not None else None)
    assert expected in reported, f"expected {expected}, got {sorted(reported, key=str)}"
    messages = [v.message for v in result.violations if v.source_shape == str(shape)]
    assert messages and all(m != "constraint violated" for m in messages)


def _node_shapes() -> list[URIRef]:
    return sorted(s for s in shapes_graph().subjects(RDF.type, SH.NodeShape)
                  if isinstance(s, URIRef))


def test_every_node_shape_has_both_kinds_of_fixture() -> None:
    missing = []
    for shape in _node_shapes():
        name = str(shape).removeprefix(SHAPES_NS)
        folder = FIXTURES / name
        if not list(folder.glob("valid-*.ttl")) or not list(folder.glob("invalid-*.ttl")):
            missing.append(name)
    assert not missing, f"shapes without a valid and an invalid fixture: {missing}"
    assert len(_node_shapes()) >= 20


def test_every_fixture_folder_names_a_shape() -> None:
    names = {str(s).removeprefix(SHAPES_NS) for s in _node_shapes()}
    folders = {p.name for p in FIXTURES.iterdir() if p.is_dir()} - {"registry"}  # own test
    assert folders <= names, folders - names


def test_shapes_conform_to_shacl_shacl() -> None:
    from pyshacl import validate as pyshacl_validate

    conforms, _report, text = pyshacl_validate(Graph(), shacl_graph=shapes_graph(),
                                               meta_shacl=True, inference="none")
    assert conforms, text


def test_shapes_use_shacl_core_only() -> None:
    graph = shapes_graph()
    used = {str(p).removeprefix(str(SH)) for p in graph.predicates() if str(p).startswith(str(SH))}
    allowed = CORE_PARAMETERS | {"path", "targetClass", "targetNode", "targetSubjectsOf",
                                 "targetObjectsOf", "message", "severity", "deactivated",
                                 "inversePath", "name", "description"}
    assert used <= allowed, used - allowed
    assert not list(graph.subjects(RDF.type, SH.SPARQLConstraint))


def test_every_constraint_has_a_message() -> None:
    graph = shapes_graph()
    shapes = set(graph.subjects(RDF.type, SH.NodeShape)) | set(
        graph.subjects(RDF.type, SH.PropertyShape))
    shapes |= set(graph.objects(None, SH.property))
    without = []
    for shape in shapes:
        has_constraint = any(str(p).removeprefix(str(SH)) in CONSTRAINTS
                             for p in graph.predicates(shape))
        if has_constraint and graph.value(shape, SH.message) is None:
            without.append(str(shape))
    assert not without, f"shapes with constraints but no sh:message: {sorted(without)}"


def test_every_shape_is_named() -> None:
    """Reports name the shape that failed, so no property shape is a blank node."""
    graph = shapes_graph()
    anonymous = [o for o in graph.objects(None, SH.property) if not isinstance(o, URIRef)]
    assert not anonymous


def test_schema_org_is_https_in_shapes() -> None:
    text = (Path(__file__).resolve().parents[1] / "shapes" / "pressgraph.shacl.ttl").read_text()
    assert "http://schema.org/" not in text and "https://schema.org/" in text


# --------------------------------------------------------------------------- the ontology

ROOT = Path(__file__).resolve().parents[1]
PG_NS = "https://w3id.org/pressgraph/def#"
_PG_IN_TEXT = re.compile(r"\bpg:([A-Za-z][\w-]*)")
_PG_IN_PYTHON = re.compile(r"\bPG(?:\.(\w+)|\[\"([\w-]+)\"\])")


def _ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "pressgraph.ttl", format="turtle")


def _declared() -> set[str]:
    ontology = _ontology()
    return {str(s) for s in ontology.subjects(RDF.type, None) if str(s).startswith(PG_NS)}


def _mapped_pg_terms() -> set[str]:
    from pressgraph.iri import Minter
    from pressgraph.mapper import MapOptions, map_release
    from tests.resolved_sample import chinese_release, sample_release

    options = MapOptions(Minter(), (("pressgraph", "test"),))
    terms: set[str] = set()
    for resolved in (sample_release(), chinese_release()):
        for triple in map_release(resolved, options).graph:
            terms |= {str(t) for t in triple if str(t).startswith(PG_NS)}
    return terms


def test_every_pg_term_used_is_declared_in_the_ontology() -> None:
    used = _mapped_pg_terms()
    used |= {str(t) for t in shapes_graph().all_nodes() if str(t).startswith(PG_NS)}
    for query in sorted((ROOT / "queries").glob("*.rq")):
        used |= {PG_NS + local for local in _PG_IN_TEXT.findall(query.read_text())}
    mapper = (ROOT / "src" / "pressgraph" / "mapper.py").read_text()
    used |= {PG_NS + (a or b) for a, b in _PG_IN_PYTHON.findall(mapper)}
    used.discard(PG_NS + "side-elsewhere")  # only in a violating fixture, never in shapes
    undeclared = sorted(used - _declared())
    assert not undeclared, f"pg: terms used but not in ontology/pressgraph.ttl: {undeclared}"
    assert len(used) > 30


def test_ontology_terms_have_labels_and_comments() -> None:
    ontology = _ontology()
    from rdflib.namespace import OWL, RDFS, SKOS

    lacking = []
    for term in sorted(_declared()):
        node = URIRef(term)
        label = ontology.value(node, RDFS.label) or ontology.value(node, SKOS.prefLabel)
        if label is None or ontology.value(node, RDFS.comment) is None:
            lacking.append(term)
    assert not lacking, f"terms without a label or comment: {lacking}"
    [onto] = ontology.subjects(RDF.type, OWL.Ontology)
    assert ontology.value(onto, OWL.versionIRI) is not None


def test_ontology_readme_shows_every_class_and_property() -> None:
    readme = (ROOT / "ontology" / "README.md").read_text(encoding="utf-8")
    ontology = _ontology()
    from rdflib.namespace import OWL

    terms = [t for t in _declared()
             if {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
             & set(ontology.objects(URIRef(t), RDF.type))]
    missing = [t for t in terms if f"pg:{t.removeprefix(PG_NS)}" not in readme]
    assert not missing, f"ontology/README.md does not show {missing}"
