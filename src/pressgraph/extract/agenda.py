"""Agenda items of a meeting: numbered, lettered and bulleted lists, sub-headings, and
enumerations in prose."""

from __future__ import annotations

from pressgraph.model import AgendaItem, ParsedRelease, Span


def find_agenda(release: ParsedRelease, region: Span) -> tuple[AgendaItem, ...]:
    """The ordered agenda items of the meeting whose text is ``region``."""
    return ()
