"""The IRIs the mapper mints: no blank nodes and every IRI under the base or a vocabulary, a run
IRI that depends only on versions, new kinds of node minted safe and distinct, and keys minted
again as before.
"""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import PROV

from pressgraph.iri import Minter
from pressgraph.mapper import MappedRelease
from pressgraph.vocab import PG
from tests.mapped_sample import BASE, MINTER, OPTIONS


def test_no_blank_nodes_and_every_iri_under_the_base_or_a_vocabulary(graph: Graph) -> None:
    for triple in graph:
        assert not any(isinstance(t, BNode) for t in triple)
    subjects = {str(s) for s in graph.subjects()}
    ours = {s for s in subjects if not s.startswith(str(PG))}
    assert ours and all(s.startswith(BASE) or s == "https://w3id.org/pressgraph/software"
                        for s in ours)


def test_run_iri_depends_only_on_versions(mapped: MappedRelease, graph: Graph) -> None:
    run = graph.value(URIRef(mapped.graph_iri), PROV.wasGeneratedBy)
    assert str(run) == MINTER.run(OPTIONS.versions)
    assert not list(graph.objects(run, PROV.startedAtTime))


def test_minted_iris_for_new_kinds_are_safe_and_distinct() -> None:
    release = MINTER.release("P2024100900401", "en")
    assert MINTER.membership(release, 2) == f"{release}/membership/2"
    rendition = MINTER.rendition(release, "ab" * 32)
    assert rendition == f"{release}/rendition/{'ab' * 6}"
    assert MINTER.span(rendition, 3, 9) == f"{rendition}/span/3-9"
    report = MINTER.mention(release, "meeting/x/1")
    assert report == f"{release}/mention/meeting/x/1"
    assert MINTER.agenda_item(report, 2) == f"{report}/agenda/2"
    with pytest.raises(ValueError):
        MINTER.rendition(release, "not a digest")
    with pytest.raises(ValueError):
        MINTER.mention(release, "meeting/../x")
    assert MINTER.participation("meeting/x/1", "co-chair", "org/y") == \
        f"{BASE}id/meeting/x/1/participation/co-chair/org/y"
    assert MINTER.document("Hong Kong I&T Development Blueprint").endswith(
        "/id/document/hong-kong-i-and-t-development-blueprint")
    with pytest.raises(ValueError):
        MINTER.participation("meeting/x/1", "Co Chair", "org/y")
    with pytest.raises(ValueError):
        MINTER.visit(report, 0)


def test_a_remembered_key_is_minted_as_before_and_unsafe_keys_still_fail() -> None:
    minter = Minter(BASE)
    first = minter.thing("org/digital-policy-office")
    assert first == f"{BASE}id/org/digital-policy-office"
    assert minter.thing("org/digital-policy-office") == first
    for _ in range(2):
        with pytest.raises(ValueError):
            minter.thing("org/Not Safe")
