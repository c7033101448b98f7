"""Short English releases for the agenda tests (paragraphs indented, list items and "#"
sub-headings printed bare, a dateline of Monday, 4 March 2024), and the agenda found in one's
body, checked to be numbered in order and to quote its text."""

from __future__ import annotations

from pressgraph.extract.agenda import find_agenda
from pressgraph.extract.nametokens import body_region
from pressgraph.model import ParsedRelease
from pressgraph.parse import parse
from pressgraph.reader import decode


def release_of(*parts: str) -> ParsedRelease:
    """Paragraphs are indented; list items and sub-headings (prefixed "#") are not."""
    lines = []
    for part in parts:
        if part.startswith("#"):
            lines.append(part[1:])
        elif part[:1] in "*-(" or part[:2].rstrip(".").isdigit():
            lines.append(part)
        else:
            lines.append("     " + part)
    text = ("A test release\n\n" + "\n\n".join(lines)
            + "\n\nEnds/Monday, March 4, 2024\nIssued at HKT 10:00\n")
    return parse(decode(text.encode("utf-8"), "t.txt"))


def agenda(release: ParsedRelease) -> list[str]:
    items = find_agenda(release, body_region(release))
    assert [i.position for i in items] == list(range(1, len(items) + 1))
    for item in items:
        assert release.quote(item.span) == item.text
    return [i.text for i in items]
