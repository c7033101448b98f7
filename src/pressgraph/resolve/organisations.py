"""Organisations: an acronym the release defines, then the registry (by name, surface form
or acronym, the namesake in existence on the release date), then a back-reference to an
earlier name, a portfolio, a unit of an organisation named before; else a key minted from
the name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pressgraph import registry
from pressgraph.model import OrganisationMention, Ref
from pressgraph.resolve.context import (
    ARTICLE,
    ReleaseContext,
    minted_ref,
    registry_ref,
)

# "the Bureau", "Observatory", "the Expert Group": a head noun standing for a fuller name.
_BACK_REFERENCE = re.compile(r"^(?:the\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})|([A-Z][a-z]+))$")


def find_registry_organisation(name: str, release: ReleaseContext) -> Ref | None:
    """The registry organisation or body a name means in this release, if any; a place
    named as a party ("Shenzhen", from "the Mayor of Shenzhen") means its government."""
    candidate = release.expansion(name) or name  # the text's own definition wins
    org = (registry.find_organisation(candidate, release.day)
           or registry.find_government_of(candidate, release.day))
    if org is not None:
        return registry_ref("org", org)
    body = registry.find_body(candidate)
    if body is not None:
        return registry_ref("body", body)
    return None


def find_registry_portfolio(name: str, release: ReleaseContext) -> Ref | None:
    """"Water Resources" (from "Vice Minister of Water Resources") -> the one ministry of it."""
    if registry.is_chinese(name) or release.expansion(name):
        return None
    org = registry.find_organisation_by_portfolio(name, release.day)
    return registry_ref("org", org) if org is not None else None


def back_reference(name: str, offset: int, release: ReleaseContext) -> Ref | None:
    """"the Bureau" -> the latest organisation before it whose name has the word "Bureau"."""
    match = _BACK_REFERENCE.match(name.strip())
    if not match:
        return None
    head = (match.group(1) or match.group(2)).casefold()
    pattern = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    for seen_offset, seen_name, ref in sorted(release.seen, key=lambda s: -s[0]):
        if seen_offset > offset:
            continue
        names = [seen_name, *(label for _, label in ref.labels)]
        if any(pattern.search(n) and n.casefold() != head for n in names):
            return ref
    return None


def resolve_organisation(mention: OrganisationMention, release: ReleaseContext) -> Ref:
    surfaces = [mention.name, *(s for s in mention.mentions if s != mention.name)]
    if mention.acronym:
        surfaces.append(mention.acronym)
    for surface in surfaces:
        ref = find_registry_organisation(surface, release)
        if ref is not None:
            if mention.acronym and mention.acronym not in ref.acronyms:
                ref = Ref(ref.kind, ref.key, ref.labels, ref.from_registry, ref.alt_labels,
                          (*ref.acronyms, mention.acronym))
            return ref
    for surface in surfaces:
        ref = (back_reference(surface, mention.span.start, release)
               or find_registry_portfolio(surface, release)
               or _unit_of_earlier(surface, mention.span.start, release))
        if ref is not None:
            return ref
    name = release.expansion(mention.name) or mention.name
    return minted_ref("org", "org/named", name, release.language, (mention.acronym or "",))


def _joined(parent: str, unit: str) -> Iterator[str]:
    """Full names a unit may have under a parent: "Organization Department of the CPC ...";
    廣東省委 + 組織部, and 廣東省委 + 省委人才工作領導小組 sharing 省委."""
    if registry.is_chinese(unit):
        if not registry.is_chinese(parent):
            return
        yield parent + unit
        for overlap in range(min(len(parent), len(unit)) - 1, 0, -1):
            if parent.endswith(unit[:overlap]):
                yield parent + unit[overlap:]
    elif not registry.is_chinese(parent):
        yield f"{unit} of the {ARTICLE.sub('', parent)}"
        yield f"{unit} of {ARTICLE.sub('', parent)}"


def _unit_of_earlier(name: str, offset: int, release: ReleaseContext) -> Ref | None:
    """"Organization Department" / 組織部 named after the body it belongs to: the registry
    unit of the latest registry organisation named before it."""
    for seen_offset, seen_name, ref in sorted(release.seen, key=lambda s: -s[0]):
        entry = registry.entry(ref.key)
        if seen_offset > offset or not ref.from_registry or entry is None:
            continue
        for parent in dict.fromkeys((seen_name, *entry.names())):
            for candidate in _joined(parent, name.strip()):
                org = registry.find_organisation(candidate, release.day)
                if org is not None and org.key != ref.key:
                    return registry_ref("org", org)
    return None
