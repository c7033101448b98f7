"""One node per real-world thing: identity across releases and across languages.

Two layers: resolution of gold-derived extractions (what resolve guarantees whatever the
extractor does), and the whole pipeline on the corpus files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressgraph import registry
from pressgraph.iri import Minter
from pressgraph.model import Extraction, Meeting, OrganisationMention, ResolvedRelease, Span
from pressgraph.resolve import post_organisation, resolve
from tests.test_resolve import CORPUS, GOLD, gold_extraction, parsed_release

SAMPLE = Path(__file__).resolve().parents[1] / "seeds" / "000_edf9ecb9d87a9a32.txt"
DPO = "org/hksar/digital-policy-office"


def _pairs() -> list[tuple[Path, Path]]:
    """(English gold, translated or wrapping gold) for every zh and html file of the corpus."""
    pairs = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        original = gold.get("translation_of") or gold.get("wraps")
        if original:
            pairs.append((GOLD / (Path(original).stem + ".json"), path))
    return pairs


def _participant_keys(resolved: ResolvedRelease, meeting: Meeting) -> set[str]:
    return {resolved.organisation(p.name).key for p in meeting.participants}  # type: ignore[union-attr]


def _principal_orgs(resolved: ResolvedRelease, meeting: Meeting) -> set[str]:
    keys = set()
    for role in meeting.roles:
        for post in role.person.posts:
            ref = resolved.post(post.title)
            assert ref is not None
            owner = post_organisation(ref)
            if owner:
                keys.add(owner)
    return keys


def sample_extraction() -> Extraction:
    """The sample release's Digital Policy Office as the extractor reports it."""
    text = SAMPLE.read_text(encoding="utf-8")
    start = text.index("Digital Policy Office")
    dpo = OrganisationMention("Digital Policy Office", Span(start, start + 21), acronym="DPO",
                              side="HKSAR", mentions=("Digital Policy Office", "DPO"))
    meeting = Meeting(span=Span(0, 10), body="Hong Kong/Guangdong Expert Group on Co-operation "
                      "in Informatisation", ordinal=19, participants=(dpo,))
    return Extraction(release=parsed_release(text, "en"), meetings=(meeting,))


# --------------------------------------------------------------------------- resolve level


def test_there_are_english_chinese_and_html_pairs_in_the_corpus() -> None:
    pairs = _pairs()
    assert sum(1 for _, other in pairs if other.name.startswith("zh-")) == 5
    assert sum(1 for _, other in pairs if other.name.startswith("html-")) == 3


@pytest.mark.parametrize(("english", "other"), _pairs(), ids=lambda p: p.stem)
def test_each_pair_yields_the_same_meeting_keys(english: Path, other: Path) -> None:
    en, zh = resolve(gold_extraction(english)), resolve(gold_extraction(other))
    assert [m.key for m in en.meetings] == [m.key for m in zh.meetings]
    minter = Minter()
    assert [minter.thing(m.key) for m in en.meetings] == [minter.thing(m.key) for m in zh.meetings]
    for a, b in zip(en.meetings, zh.meetings, strict=True):
        assert (a.body.key if a.body else None) == (b.body.key if b.body else None)
        assert (a.series.key if a.series else None) == (b.series.key if b.series else None)
        assert (a.place.key if a.place else None) == (b.place.key if b.place else None)


@pytest.mark.parametrize(("english", "other"), _pairs(), ids=lambda p: p.stem)
def test_each_pair_yields_the_same_agency_keys(english: Path, other: Path) -> None:
    en, zh = resolve(gold_extraction(english)), resolve(gold_extraction(other))
    for a, b in zip(en.meetings, zh.meetings, strict=True):
        en_keys, zh_keys = _participant_keys(en, a.meeting), _participant_keys(zh, b.meeting)
        # A translation may name fewer participants, never different ones.
        assert zh_keys <= en_keys, (zh_keys - en_keys)
        assert _principal_orgs(en, a.meeting) == _principal_orgs(zh, b.meeting)
        for key in zh_keys:
            assert registry.entry(key) is not None, key


@pytest.mark.parametrize(("english", "other"), _pairs(), ids=lambda p: p.stem)
def test_registry_nodes_carry_labels_in_both_languages(english: Path, other: Path) -> None:
    zh = resolve(gold_extraction(other))
    for _, ref in zh.organisations:
        languages = {lang for lang, _ in ref.labels}
        assert {"en", "zh-Hant"} <= languages, ref.key
    for meeting in zh.meetings:
        if meeting.place is not None:
            assert {"en", "zh-Hant"} <= {lang for lang, _ in meeting.place.labels}


def test_the_digital_policy_office_is_one_node_in_the_sample_and_the_other_expert_group_release(
) -> None:
    sample = resolve(sample_extraction())
    other = resolve(gold_extraction(GOLD / "en-2025-10-meeting-expert-group-informatisation.json"))
    assert sample.organisation("Digital Policy Office").key == DPO  # type: ignore[union-attr]
    assert other.organisation("Digital Policy Office").key == DPO  # type: ignore[union-attr]
    assert other.organisation("DPO").key == DPO  # type: ignore[union-attr]
    # the same standing body, two different meetings of it
    assert sample.meetings[0].body == other.meetings[0].body
    assert sample.meetings[0].key != other.meetings[0].key


def test_same_person_across_releases_is_one_node() -> None:
    keys: dict[str, set[str]] = {}
    for path in sorted(GOLD.glob("en-*.json")):
        for name, ref in resolve(gold_extraction(path)).people:
            keys.setdefault(ref.key, set()).add(name)
    # Chan Kwok-ki is named in four English releases of the corpus: one registry person.
    by_name = {frozenset(v): k for k, v in keys.items()}
    assert by_name[frozenset({"Chan Kwok-ki"})] == registry.find_people("Chan Kwok-ki")[0].key
    # Macao-style names with and without the hyphen are one man; two Chans are two people.
    merged = [names for names in keys.values() if len(names) > 1]
    assert {"Ho Iat Seng", "Ho Iat-seng"} in merged
    named = {n: k for k, names in keys.items() for n in names}
    assert named["Paul Chan"] != named["Bernard Chan"]


def test_every_corpus_agency_the_registry_knows_is_one_node_in_every_release() -> None:
    """Across all gold files, an agency name resolves to one key, whatever the release."""
    seen: dict[str, set[str]] = {}
    for path in sorted(GOLD.glob("**/*.json")):
        resolved = resolve(gold_extraction(path))
        for name, ref in resolved.organisations:
            seen.setdefault(registry.lookup_key(name), set()).add(ref.key)
    ambiguous = {name: keys for name, keys in seen.items() if len(keys) > 1}
    # a back-reference ("the Commission") may mean different bodies in different releases
    assert all(len(name) <= len("commission") for name in ambiguous), ambiguous


# --------------------------------------------------------------------------- whole pipeline

def _process(path: Path) -> ResolvedRelease:
    from pressgraph.pipeline import map_options, process
    from pressgraph.reader import InputRef

    return process(InputRef(source=str(path), path=path), map_options("https://example.org/"),
                   validate_graph=False).resolved


def test_pipeline_digital_policy_office_is_one_iri_in_sample_and_corpus() -> None:
    sample = _process(SAMPLE)
    other = _process(CORPUS / "en-2025-10-meeting-expert-group-informatisation.txt")
    a, b = sample.organisation("Digital Policy Office"), other.organisation("Digital Policy Office")
    assert a is not None and b is not None
    assert a.key == b.key == DPO


@pytest.mark.parametrize(("english", "other"),
                         [p for p in _pairs() if p[1].name.startswith("zh-")],
                         ids=lambda p: p.stem)
def test_pipeline_english_and_chinese_yield_the_same_meeting_and_agency_iris(
        english: Path, other: Path) -> None:
    en = _process(CORPUS / (english.stem + ".txt"))
    zh = _process(CORPUS / (other.stem + ".txt"))
    assert en.meetings, "no meetings extracted"
    assert [m.key for m in en.meetings] == [m.key for m in zh.meetings]
    for a, b in zip(en.meetings, zh.meetings, strict=True):
        assert _participant_keys(zh, b.meeting) <= _participant_keys(en, a.meeting)
