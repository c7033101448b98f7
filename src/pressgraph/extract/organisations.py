"""Organisations in English releases: acronyms defined in brackets, agencies named in a
region of text, and the participants of a meeting grouped by side."""

from __future__ import annotations

from pressgraph.model import AcronymDefinition, OrganisationMention, ParsedRelease, Span


def find_acronyms(release: ParsedRelease) -> tuple[AcronymDefinition, ...]:
    """Every abbreviation or short form the text defines in brackets, in text order."""
    return ()


def find_organisations(release: ParsedRelease, region: Span,
                       acronyms: tuple[AcronymDefinition, ...]) -> tuple[OrganisationMention, ...]:
    """Organisations named inside ``region``, each once, acronyms resolved."""
    return ()


def find_participants(release: ParsedRelease, region: Span,
                      acronyms: tuple[AcronymDefinition, ...]) -> tuple[OrganisationMention, ...]:
    """Organisations represented at the meeting whose text is ``region``, with their side."""
    return ()
