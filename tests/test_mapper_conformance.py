"""The mapper's graphs conform to the shapes: the sample's and a Chinese release's, any mix of
facts drawn at random, a release whose extraction repeats itself (with warnings), the graph
read back from Oxigraph, and the same graph from the same release every time.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal

from pressgraph.mapper import map_release
from pressgraph.model import ResolvedMeeting, RoleInMeeting
from pressgraph.serialize import ntriples_lines
from pressgraph.validate import validate
from pressgraph.vocab import DCT, PG
from tests.mapped_sample import OPTIONS
from tests.resolved_sample import chinese_release, sample_release


def test_sample_conforms_to_the_shapes(graph: Graph) -> None:
    result = validate(graph)
    assert result.conforms, "\n".join(v.describe() for v in result.violations)


def test_chinese_release_conforms_and_keeps_language_tags() -> None:
    graph = map_release(chinese_release(), OPTIONS).graph
    assert validate(graph).conforms
    titles = list(graph.objects(None, DCT.title))
    assert titles and all(isinstance(t, Literal) and t.language == "zh-Hant" for t in titles)


def test_mapping_is_deterministic() -> None:
    first = ntriples_lines(map_release(sample_release(), OPTIONS).graph)
    second = ntriples_lines(map_release(sample_release(), OPTIONS).graph)
    assert first == second


def test_conflicting_mentions_are_warned_about_and_the_graph_still_conforms() -> None:
    """Extraction may repeat an agenda number, an agency with another side, or a meeting;
    the mapper keeps the first and warns, so one slip does not reject the release."""
    resolved = sample_release()
    [rm] = resolved.meetings
    dpo = rm.meeting.participants[0]
    meeting = dataclasses.replace(
        rm.meeting,
        agenda=(*rm.meeting.agenda, dataclasses.replace(rm.meeting.agenda[0], text="repeated")),
        participants=(*rm.meeting.participants, dataclasses.replace(dpo, side="Mainland")),
    )
    again = ResolvedMeeting(meeting, rm.key, rm.body, rm.series, rm.place)
    resolved = dataclasses.replace(resolved, meetings=(again, again))
    mapped = map_release(resolved, OPTIONS)
    assert any("agenda item 1" in w for w in mapped.warnings)
    assert any("reported twice" in w for w in mapped.warnings)
    assert any(str(PG.side) in w for w in mapped.warnings)
    result = validate(mapped.graph)
    assert result.conforms, "\n".join(v.describe() for v in result.violations)


def test_graph_read_back_from_an_oxigraph_store_still_conforms(graph: Graph) -> None:
    """Oxigraph stores xsd:positiveInteger and xsd:nonNegativeInteger as xsd:integer."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load("".join(ntriples_lines(graph)).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    dumped = store.dump(format=ox.RdfFormat.N_QUADS, from_graph=ox.DefaultGraph())
    assert dumped is not None and b"#positiveInteger" not in dumped
    back = Graph().parse(data=dumped.decode("utf-8"), format="nt")
    assert len(back) == len(graph)
    assert validate(back).conforms


SIDES = st.sampled_from([None, "HKSAR", "Mainland", "Macao", "overseas", "non-government"])
ROLES = st.sampled_from(["chair", "co-chair", "convenor", "host", "principal", "attendee"])


@st.composite
def varied_releases(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    """The sample with its facts shuffled, dropped, repeated and re-labelled at random."""
    resolved = sample_release(drop_people=draw(st.booleans()))
    [rm] = resolved.meetings
    m = rm.meeting
    participants = draw(st.lists(st.sampled_from(m.participants), max_size=8))
    participants = [dataclasses.replace(p, side=draw(SIDES)) for p in participants]
    people = [r.person for r in m.roles]
    roles = [RoleInMeeting(draw(st.sampled_from(people)), draw(ROLES))
             for _ in range(draw(st.integers(0, 3)))]
    agenda = draw(st.lists(st.sampled_from(m.agenda), max_size=6))
    meeting = dataclasses.replace(
        m, participants=tuple(participants), roles=tuple(roles), agenda=tuple(agenda),
        status=draw(st.sampled_from(["held", "planned"])),
        mode=draw(st.sampled_from(["in person", "video conference"])),
        ordinal=draw(st.one_of(st.none(), st.integers(1, 500))),
        date=draw(st.one_of(st.none(), st.dates(date(1997, 7, 1), date(2047, 6, 30)))),
        visits=m.visits if draw(st.booleans()) else (),
        outcomes=m.outcomes if draw(st.booleans()) else (),
    )
    keep = draw(st.sampled_from([(True, True, True), (False, True, True), (True, False, False)]))
    again = ResolvedMeeting(meeting, rm.key, rm.body if keep[0] else None,
                            rm.series if keep[1] else None, rm.place if keep[2] else None)
    organisations = tuple(pair for pair in resolved.organisations
                          if draw(st.integers(0, 9)) > 0)  # now and then a name is unresolved
    return dataclasses.replace(resolved, meetings=(again,), organisations=organisations)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(varied_releases(), st.booleans())
def test_any_mix_of_facts_maps_to_a_conforming_graph(resolved, evidence: bool) -> None:  # type: ignore[no-untyped-def]
    options = dataclasses.replace(OPTIONS, evidence=evidence)
    mapped = map_release(resolved, options)
    assert not any(isinstance(t, BNode) for triple in mapped.graph for t in triple)
    result = validate(mapped.graph)
    assert result.conforms, "\n".join(v.describe() for v in result.violations)
