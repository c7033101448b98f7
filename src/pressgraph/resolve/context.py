"""What every part of resolution shares: the release being resolved (its language, date
and the short forms it defines) and the references built from registry entries or minted
from names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from pressgraph import registry
from pressgraph.chinese_script import key_form
from pressgraph.iri import key, slug
from pressgraph.model import Extraction, Ref

ARTICLE = re.compile(r"^(?:the|The|THE)\s+")


def release_key(extraction: Extraction) -> str:
    """The info.gov.hk release ID when known, else a digest of the normalised text."""
    release = extraction.release
    if release.release_id:
        return release.release_id
    return f"sha256-{release.text_sha256[:16]}"


# --------------------------------------------------------------------------- refs


def registry_ref(kind: str, entry: registry.Organisation | registry.Body | registry.Post,
                 extra_acronyms: Iterable[str] = ()) -> Ref:
    acronyms = tuple(dict.fromkeys((*getattr(entry, "acronyms", ()), *extra_acronyms)))
    return Ref(kind=kind, key=entry.key, labels=entry.labels, from_registry=True,  # type: ignore[arg-type]
               alt_labels=entry.alt_labels, acronyms=acronyms)


def place_ref(place: registry.Place) -> Ref:
    return Ref(kind="place", key=key("place", place.key), labels=place.labels,
               from_registry=True, alt_labels=place.alt_labels)


def minted_name(name: str) -> str:
    """The normalised form a minted key is made from: no article, brackets or extra spaces."""
    text = registry.strip_brackets(name)
    text = ARTICLE.sub("", " ".join(text.split()))
    return text.strip(" ,.;:")


def name_slug(name: str) -> str:
    """The slug a name the registry does not know is keyed by: a Chinese name in one script
    (``chinese_script.key_form``), so its Traditional and Simplified spellings are one key."""
    return slug(key_form(name))


def minted_ref(kind: str, prefix: str, name: str, language: str,
               acronyms: Iterable[str] = ()) -> Ref:
    label = minted_name(name) or name.strip()
    return Ref(kind=kind, key=key(*prefix.split("/"), name_slug(label)),  # type: ignore[arg-type]
               labels=((language, label),), from_registry=False,
               acronyms=tuple(dict.fromkeys(a for a in acronyms if a)))


# --------------------------------------------------------------------------- context


@dataclass
class ReleaseContext:
    """What resolution needs to know about the release being resolved."""

    extraction: Extraction
    language: str
    day: date | None
    acronyms: dict[str, str]  # short form as defined -> expansion
    release_id: str
    seen: list[tuple[int, str, Ref]] = field(default_factory=list)  # (offset, name, ref)

    @classmethod
    def of(cls, extraction: Extraction) -> ReleaseContext:
        defined: dict[str, str] = {}
        for definition in extraction.acronyms:
            defined.setdefault(definition.short.strip(), definition.expansion.strip())
        return cls(extraction, extraction.release.language, extraction.release.release_date,
                   defined, release_key(extraction))

    def expansion(self, name: str) -> str | None:
        """The expansion of an acronym or short form defined in this release."""
        text = name.strip()
        return self.acronyms.get(text) or self.acronyms.get(ARTICLE.sub("", text)) \
            or self.acronyms.get(f"the {ARTICLE.sub('', text)}")
