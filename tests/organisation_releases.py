"""Short English releases for the organisation and participant tests (a dateline of Monday,
4 March 2024), and the participants found in one with their sides."""

from __future__ import annotations

from pressgraph.extract.nametokens import body_region
from pressgraph.extract.org_acronyms import find_acronyms
from pressgraph.extract.participants import find_participants
from pressgraph.model import ParsedRelease
from pressgraph.parse import parse
from pressgraph.reader import decode


def release_of(*paragraphs: str) -> ParsedRelease:
    body = "\n\n".join(p if p.startswith(("1.", "*", "-", "(")) else "     " + p
                       for p in paragraphs)
    text = f"A test release\n\n{body}\n\nEnds/Monday, March 4, 2024\nIssued at HKT 10:00\n"
    return parse(decode(text.encode("utf-8"), "t.txt"))


def _participants_of(release: ParsedRelease, **kwargs) -> dict[str, str]:
    acronyms = find_acronyms(release)
    return {o.name: o.side for o in find_participants(release, body_region(release), acronyms,
                                                      **kwargs)}
