"""The mapper's labels: the concepts a graph uses labelled in every language, registry nodes
with one preferred label per language, minted nodes labelled by every name the release prints,
and a meeting labelled by its name.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS

from pressgraph import vocab as ns
from pressgraph.mapper import map_release
from pressgraph.validate import validate
from pressgraph.vocab import PG
from tests.mapped_sample import DPO, OPTIONS
from tests.resolved_sample import sample_release


def test_concepts_used_are_labelled_in_the_graph(graph: Graph) -> None:
    for concept in (PG["side-hksar"], PG["role-convenor"], PG["status-held"]):
        assert (concept, RDF.type, SKOS.Concept) in graph
        assert graph.value(concept, SKOS.inScheme) is not None
        labels = set(graph.objects(concept, SKOS.prefLabel))
        assert {lbl.language for lbl in labels if isinstance(lbl, Literal)} == {
            "en", "zh-Hant", "zh-Hans"}
        scheme = graph.value(concept, SKOS.inScheme)
        assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
        assert {lbl.language for lbl in graph.objects(scheme, SKOS.prefLabel)} == {
            "en", "zh-Hant", "zh-Hans"}


def test_an_unlabelled_ref_is_labelled_by_its_mention_once_per_language() -> None:
    resolved = sample_release()
    blank = dataclasses.replace(resolved.organisation("Digital Policy Office"), labels=(),
                                from_registry=True, acronyms=("DPO",))
    organisations = tuple((name, blank if name in ("Digital Policy Office", "Marine Department")
                           else ref) for name, ref in resolved.organisations)
    graph = map_release(dataclasses.replace(resolved, organisations=organisations), OPTIONS).graph
    preferred = list(graph.objects(DPO, SKOS.prefLabel))
    assert len(preferred) == 1
    assert (DPO, PG.acronym, Literal("DPO", lang="en")) in graph
    assert validate(graph).conforms


def test_a_minted_name_is_a_label_not_a_preferred_label() -> None:
    """A name the registry does not know is as the release prints it (rdfs:label): another
    release may print the same key's name otherwise, and SKOS allows one prefLabel."""
    resolved = sample_release()
    minted = dataclasses.replace(resolved.organisation("Digital Policy Office"),
                                 from_registry=False, alt_labels=(), acronyms=())
    organisations = tuple((name, minted if name == "Digital Policy Office" else ref)
                          for name, ref in resolved.organisations)
    graph = map_release(dataclasses.replace(resolved, organisations=organisations), OPTIONS).graph
    assert not list(graph.objects(DPO, SKOS.prefLabel))
    assert Literal("Digital Policy Office", lang="en") in set(graph.objects(DPO, ns.RDFS.label))
    assert validate(graph).conforms


def test_every_name_a_release_prints_for_a_minted_node_is_a_label() -> None:
    """The short-form name of a body (``alt_labels`` of a minted Ref) is printed by the
    release too: a label beside the first, so the node is found by either."""
    resolved = sample_release()
    minted = dataclasses.replace(resolved.organisation("Digital Policy Office"),
                                 from_registry=False, acronyms=(),
                                 alt_labels=(("en", "DPO Office"),))
    organisations = tuple((name, minted if name == "Digital Policy Office" else ref)
                          for name, ref in resolved.organisations)
    graph = map_release(dataclasses.replace(resolved, organisations=organisations), OPTIONS).graph
    labels = set(graph.objects(DPO, ns.RDFS.label))
    assert {Literal("Digital Policy Office", lang="en"), Literal("DPO Office", lang="en")} <= labels
    assert not list(graph.objects(DPO, SKOS.prefLabel))
    assert validate(graph).conforms


@pytest.mark.parametrize(("language", "body", "ordinal", "label"), [
    ("en", "Pacific Rim Ministerial Meeting", None,
     "The Pacific Rim Ministerial Meeting, 9 October 2024"),
    ("en", "Pacific Rim Ministerial Meeting", 3,
     "3rd Meeting of the Pacific Rim Ministerial Meeting, 9 October 2024"),
    ("en", "Commission on Poverty", None, "Meeting of the Commission on Poverty, 9 October 2024"),
    ("zh-Hant", "環球商貿組織部長級會議", None, "環球商貿組織部長級會議（2024年10月9日）"),
    ("zh-Hant", "扶貧委員會", None, "扶貧委員會會議（2024年10月9日）"),
])
def test_a_meeting_named_as_a_meeting_is_labelled_by_its_name(language: str, body: str,
                                                             ordinal: int | None,
                                                             label: str) -> None:
    from pressgraph.naming import meeting_label

    assert meeting_label(language, body=body, ordinal=ordinal, day=date(2024, 10, 9)) == label
