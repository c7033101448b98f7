from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressgraph.errors import UsageError
from pressgraph.iri import Minter, check_base, slug

SAFE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@given(st.text())
def test_slug_is_always_safe_and_stable(text: str) -> None:
    result = slug(text)
    assert SAFE.match(result), result
    assert slug(text) == result


def test_slug_examples() -> None:
    assert slug("Hong Kong Customs") == "hong-kong-customs"
    assert slug("Kövér") == "kover"
    assert slug("香港海關").startswith("u-")
    assert slug("香港海關") != slug("香港警務處")


def test_long_names_do_not_collide() -> None:
    a, b = "x" * 200 + "a", "x" * 200 + "b"
    assert slug(a) != slug(b) and len(slug(a)) <= 80


def test_bad_base_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        check_base("not an iri")
    with pytest.raises(UsageError):
        check_base("https://example.org/a b/")


def test_minter_layout() -> None:
    minter = Minter("https://example.org/lod")
    assert minter.release("P2024100900401", "en") == "https://example.org/lod/id/release/P2024100900401/en"
    assert minter.thing("org/digital-policy-office") == "https://example.org/lod/id/org/digital-policy-office"
    with pytest.raises(ValueError):
        minter.thing("org/../etc")


@pytest.mark.parametrize("key", ["P200107130123", "P2024100900401", "sha256-0123456789abcdef"])
def test_release_keys_of_both_id_lengths_are_minted(key: str) -> None:
    minter = Minter("https://example.org/lod/")
    assert minter.release(key, "en") == f"https://example.org/lod/id/release/{key}/en"


@pytest.mark.parametrize("key", ["P20010713012", "P20241009004010", "P２００１０７１３０１２３",
                                 "p200107130123", "P200107130123/../x"])
def test_other_release_keys_are_refused(key: str) -> None:
    with pytest.raises(ValueError):
        Minter("https://example.org/lod/").release(key, "en")
