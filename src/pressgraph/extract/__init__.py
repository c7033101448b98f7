"""Stage 3: find meetings, organisations, people with posts, agenda items, visits,
documents and statements in a parsed release.

Rules are driven by the text's structure and sentence shapes, never by one release's
words; names of bodies, agencies and places belong in the registry data, not here.
"""

from __future__ import annotations

from pressgraph.model import Extraction, ParsedRelease


def extract(release: ParsedRelease) -> Extraction:
    """Dispatch on the release's language."""
    if release.language.startswith("zh"):
        from pressgraph.extract import chinese

        return chinese.extract(release)
    from pressgraph.extract import english

    return english.extract(release)
