"""The mapper's term caches: cached URIs and literals change no statement and no order, literals
keep the lexical form of their Python type, and namespace terms are built once.
"""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import ORG

from pressgraph import mapper
from pressgraph import vocab as ns
from pressgraph.mapper import MappedRelease, map_release
from pressgraph.vocab import PG
from tests.mapped_sample import OPTIONS
from tests.resolved_sample import chinese_release, sample_release


def _uncached_terms(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the mapper build every term anew, as rdflib would without the term caches."""
    from pressgraph import mapper_meetings

    for module in (mapper, mapper_meetings):
        monkeypatch.setattr(module, "_uri", URIRef)
        monkeypatch.setattr(module, "_plain_literal", Literal)
        monkeypatch.setattr(module, "_lang_literal", lambda value, language: Literal(
            value, lang=language))
        monkeypatch.setattr(module, "_typed_literal", lambda value, datatype: Literal(
            value, datatype=datatype))


def _statements(mapped: MappedRelease) -> list[str]:
    """Every triple in the order the mapper wrote it, literals with datatype and language."""
    return [repr(triple) for triple in mapped.triples]


def test_term_caches_change_no_statement_and_no_order(monkeypatch: pytest.MonkeyPatch) -> None:
    map_release(chinese_release(), OPTIONS)  # the caches hold another release's terms too
    cached = _statements(map_release(sample_release(), OPTIONS))
    _uncached_terms(monkeypatch)
    assert _statements(map_release(sample_release(), OPTIONS)) == cached
    assert any("datatype=" in s for s in cached) and any("lang=" in s for s in cached)


def test_cached_literals_keep_the_lexical_form_of_their_python_type() -> None:
    assert str(mapper._typed_literal(1, ns.XSD.double)) == "1"
    assert str(mapper._typed_literal(1.0, ns.XSD.double)) == "1.0"  # 1.0 == 1, but not here
    assert mapper._typed_literal("2", ns.XSD.integer) is mapper._typed_literal("2",
                                                                              ns.XSD.integer)


def test_namespace_terms_are_the_namespaces_terms_built_once() -> None:
    terms = ns.Terms(ORG)
    assert terms.postIn == ORG.postIn and type(terms.postIn) is URIRef
    assert terms.postIn is terms.postIn
    assert terms["memberOf"] == ORG.memberOf and terms["memberOf"] is terms["memberOf"]
    assert ns.Terms(PG)["role-chair"] == PG["role-chair"]
    with pytest.raises(AttributeError):
        _ = terms.noSuchTerm  # a closed namespace refuses unknown names, as ORG does
    with pytest.raises(AttributeError):
        _ = terms._private
