"""People with their honorifics and posts, and the roles they took in a meeting."""

from __future__ import annotations

from pressgraph.model import (
    AcronymDefinition,
    ParsedRelease,
    PersonMention,
    RoleInMeeting,
    Span,
)


def find_people(release: ParsedRelease,
                acronyms: tuple[AcronymDefinition, ...]) -> tuple[PersonMention, ...]:
    """Every named person (and every chair known only by post), with posts, in text order."""
    return ()


def find_roles(release: ParsedRelease, region: Span, people: tuple[PersonMention, ...],
               acronyms: tuple[AcronymDefinition, ...]) -> tuple[RoleInMeeting, ...]:
    """Who chaired, co-chaired, convened or hosted the meeting whose text is ``region``
    (for bilateral meetings and calls: the principal of each side)."""
    return ()
