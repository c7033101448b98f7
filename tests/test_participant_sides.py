"""The side of each participating organisation (HKSAR, Mainland, Macao, overseas,
non-government): from the sentence, from a place in its name, from the registry, and from the
place the meeting is held in.
"""

from __future__ import annotations

import pytest

from pressgraph.extract.nametokens import body_region
from pressgraph.extract.org_acronyms import find_acronyms
from pressgraph.extract.participants import find_participants
from tests.organisation_releases import _participants_of, release_of


def test_participants_take_their_side_from_the_sentence_and_their_name() -> None:
    release = release_of(
        "The Working Group on Harbour Safety held its fifth meeting today (March 4).",
        "Officials from the Lands Department and the Water Supplies Department attended the "
        "meeting on behalf of the HKSAR Government. Mainland representatives included "
        "officials from the Department of Transport of Hainan Province and the Haikou "
        "Municipal Port Office. Members of the HKSAR delegation also included representatives "
        "from research institutions, including the Harbour Innovation Institute and the "
        "Marine Robotics Centre.",
    )
    found = find_participants(release, body_region(release), find_acronyms(release))
    sides = {o.name: o.side for o in found}
    assert sides == {  # the Government the officials attend for is a side of its own
        "Lands Department": "HKSAR",
        "Water Supplies Department": "HKSAR",
        "HKSAR Government": "HKSAR",
        "Department of Transport of Hainan Province": "Mainland",
        "Haikou Municipal Port Office": "Mainland",
        "Harbour Innovation Institute": "non-government",
        "Marine Robotics Centre": "non-government",
    }


def test_foreign_bodies_are_overseas() -> None:
    release = release_of(
        "The Secretary met members of the Legislative Council of Singapore and the Board of "
        "the Japan Port Corporation today (March 4).",
    )
    sides = {o.name: o.side for o in find_participants(release, body_region(release), ())}
    assert sides == {"Legislative Council of Singapore": "overseas",
                     "Board of the Japan Port Corporation": "overseas"}


def test_the_registry_side_beats_a_word_of_the_name() -> None:
    """"National" marks Mainland bodies by name, but the registry knows this assembly."""
    release = release_of(
        "In Budapest, the Secretary met members of the National Assembly today (March 4).")
    sides = {o.name: o.side for o in find_participants(release, body_region(release), ())}
    assert sides == {"National Assembly": "overseas"}


@pytest.mark.parametrize(("name", "side"), [
    ("Bank of Scotland", "overseas"),
    # a word of a body outside government beats a foreign place, as it beats a nationality;
    # a Mainland place still decides (a Mainland body outside government is the Mainland's)
    ("Norway-Hong Kong Business Council", "non-government"),
    ("Toronto Stock Exchange", "non-government"), ("Peru Business Federation", "non-government"),
    ("Shenzhen Stock Exchange", "Mainland"),
    ("Ministry of Finance of New Zealand", "overseas"), ("Ministry of Commerce", "Mainland"),
    ("Hong Kong and Macao Affairs Office of the State Council", "Mainland"),
    ("Macao Special Administrative Region", "Macao"),
])
def test_the_side_a_place_in_the_name_gives(name: str, side: str) -> None:
    from pressgraph.extract.org_sides import name_side

    assert name_side(name) == side


def test_hong_kong_office_abroad_is_not_overseas() -> None:
    from pressgraph.extract.org_sides import name_side

    assert name_side("Hong Kong Economic and Trade Office in Tokyo") is None
    assert name_side("Hong Kong Economic and Trade Office in Tokyo", strong_only=False) == "HKSAR"


def test_abroad_a_ministry_is_overseas_unless_its_name_says_otherwise() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, met officials of the Ministry of Waterways, "
        "the National Ferry Board and the Ferry Safety Council today (March 4).",
    )
    assert _participants_of(release) == {"Ministry of Waterways": "Mainland",
                                         "National Ferry Board": "Mainland",
                                         "Ferry Safety Council": "HKSAR"}
    assert _participants_of(release, place_side="overseas") == {
        "Ministry of Waterways": "overseas", "National Ferry Board": "overseas",
        "Ferry Safety Council": "overseas"}


def test_on_the_mainland_a_body_nothing_sides_is_the_hosts() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, met officials of the Ferry Safety Council "
        "and the State Administration of Waterways today (March 4).",
    )
    assert _participants_of(release, place_side="Mainland") == {
        "Ferry Safety Council": "Mainland", "State Administration of Waterways": "Mainland"}
    assert _participants_of(release)["Ferry Safety Council"] == "HKSAR"


def test_an_institute_or_foundation_met_abroad_is_non_government() -> None:
    release = release_of(
        "The Secretary for Tourism, Mr Lo Wing, met the President of the Harbourview "
        "Institute for Maritime Policy today (March 4).",
        "He also met officials of the Ministry of Waterways.",
    )
    assert _participants_of(release, place_side="overseas") == {
        "Harbourview Institute for Maritime Policy": "non-government",
        "Ministry of Waterways": "overseas"}
