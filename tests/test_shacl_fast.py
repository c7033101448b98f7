"""The compiled validator agrees with pySHACL, the reference, result for result.

Compared on (focus node, path, constraint component, source shape) and conformance, for
every shape fixture under tests/shapes/ and for corpus releases with violations injected.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from pressgraph.pipeline import map_options, process
from pressgraph.reader import iter_inputs
from pressgraph.shacl_fast import FastValidator
from pressgraph.validate import ValidationResult, ontology_graph, shapes_graph, validate
from tests.conftest import CORPUS, ROOT, SAMPLE

SHAPE_FIXTURES = sorted((ROOT / "tests" / "shapes").glob("*/*.ttl"))


@pytest.fixture(scope="module")
def fast() -> FastValidator:
    return FastValidator(shapes_graph(), ontology_graph())


def signature(result: ValidationResult) -> tuple[bool, set[tuple[str, str | None, str, str]]]:
    return result.conforms, {(v.focus_node, v.path, v.component, v.source_shape)
                             for v in result.violations}


def assert_agree(graph: Graph, fast: FastValidator) -> None:
    expected = signature(validate(graph))
    assert signature(fast.validate(graph)) == expected


@pytest.mark.parametrize("fixture", SHAPE_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_agrees_on_shape_fixtures(fixture: Path, fast: FastValidator) -> None:
    assert_agree(Graph().parse(fixture, format="turtle"), fast)


def corpus_graphs() -> list[Graph]:
    options = map_options("https://example.org/")
    graphs = []
    for ref in iter_inputs([str(SAMPLE), str(CORPUS)]):
        try:
            graphs.append(process(ref, options, validate_graph=False).mapped.graph)
        except Exception:
            continue
    return graphs


def inject(graph: Graph, rng: random.Random) -> Graph:
    """A copy of the graph with a few random faults of the kinds shapes should catch."""
    damaged = Graph()
    for triple in graph:
        damaged.add(triple)
    triples = sorted(graph, key=lambda t: tuple(map(str, t)))
    for _ in range(rng.randint(1, 4)):
        s, p, o = rng.choice(triples)
        fault = rng.choice(["drop", "duplicate-value", "retype", "wrong-class", "untag"])
        if fault == "drop":
            damaged.remove((s, p, o))
        elif fault == "duplicate-value":
            damaged.add((s, p, Literal(f"{o} (again)", lang="en")))
        elif fault == "retype" and isinstance(o, Literal):
            damaged.remove((s, p, o))
            damaged.add((s, p, Literal(str(o), datatype=XSD.integer)))
        elif fault == "wrong-class":
            damaged.remove((s, RDF.type, next(iter(graph.objects(s, RDF.type)), RDF.type)))
            damaged.add((s, p, URIRef("https://example.org/id/nothing")))
        elif fault == "untag" and isinstance(o, Literal) and o.language:
            damaged.remove((s, p, o))
            damaged.add((s, p, Literal(str(o))))
    return damaged


def test_agrees_on_corpus_releases_as_they_are(fast: FastValidator) -> None:
    for graph in corpus_graphs():
        assert_agree(graph, fast)


def test_agrees_on_corpus_releases_with_injected_violations(fast: FastValidator) -> None:
    rng = random.Random(20241009)
    graphs = corpus_graphs()
    disagreements = 0
    checked = 0
    for _round in range(3):
        for graph in graphs:
            damaged = inject(graph, rng)
            checked += 1
            if signature(fast.validate(damaged)) != signature(validate(damaged)):
                disagreements += 1
    assert checked > 50
    assert disagreements == 0


def test_agrees_on_inverse_paths(fast: FastValidator) -> None:
    from pressgraph.vocab import PG

    graph = Graph()
    graph.add((URIRef("https://example.org/id/meeting/x/1/agenda/1"), RDF.type, PG.AgendaItem))
    expected = signature(validate(graph))
    assert any(path and path.startswith("^") for _f, path, _c, _s in expected[1])
    assert signature(fast.validate(graph)) == expected
