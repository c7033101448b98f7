"""The sample release mapped for the mapper's tests: the base IRI, minter and options it is
mapped with, and the IRIs of its meeting, the Digital Policy Office, the Commissioner's post
and Mr Wong. The mapped sample and its graph are the ``mapped`` and ``graph`` fixtures,
registered for every test module by conftest.py's ``pytest_plugins``."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from pressgraph.iri import Minter
from pressgraph.mapper import MapOptions, MappedRelease, map_release
from tests.resolved_sample import SAMPLE_MEETING_KEY, sample_release

BASE = "https://example.org/lod/"
MINTER = Minter(BASE)
OPTIONS = MapOptions(minter=MINTER, versions=(("pressgraph", "test"), ("rules", "abc")))
MEETING = URIRef(MINTER.thing(SAMPLE_MEETING_KEY))
DPO = URIRef(MINTER.thing("org/digital-policy-office"))
COMMISSIONER = URIRef(MINTER.thing("post/digital-policy-office/commissioner-for-digital-policy"))
WONG = URIRef(MINTER.thing("person/tony-wong"))


@pytest.fixture(scope="module")
def mapped() -> MappedRelease:
    return map_release(sample_release(), OPTIONS)


@pytest.fixture(scope="module")
def graph(mapped: MappedRelease) -> Graph:
    return mapped.graph
