"""Documents mentioned (plans, reports, agreements, ordinances) and quoted statements."""

from __future__ import annotations

from pressgraph.model import DocumentMention, ParsedRelease, PersonMention, Statement


def find_documents(release: ParsedRelease) -> tuple[DocumentMention, ...]:
    """Named plans, reports, agreements, memorandums, ordinances, in text order."""
    return ()


def find_statements(release: ParsedRelease,
                    people: tuple[PersonMention, ...]) -> tuple[Statement, ...]:
    """Quoted or reported statements and who made them."""
    return ()
