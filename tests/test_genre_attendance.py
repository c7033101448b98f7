"""Who attends a meeting in the English release, and for which side: constructions of
attendance beyond the meeting sentence (``tests/test_genre_participants.py`` holds the
first table of sides).

Slots combine a lead (where the meeting is, whom it is with) with a sentence naming the
organisations of the other side; every combination must be read. The actors, dateline and
release builder are the grammar's (``tests/genre_grammar.py``); the organisations not in
the registry are invented.
"""

from __future__ import annotations

import pytest

from pressgraph.extract import english
from tests.genre_grammar import DATELINE, Case, Expected, release_of

# Where the meeting is held: the side of an organisation abroad must not come from the place.
PLACES = {"in Hong Kong": "in Hong Kong", "abroad": "in Geneva", "on the Mainland": "in Beijing"}

# A foreign official whose post names the country and the organisation: the organisation is
# that country's, whatever the registry knows by the same name at home ("the Treasury") and
# whatever a generic word of its name suggests. Each is (post and name, organisation).
FOREIGN_POSTS = {
    "nationality, home namesake": ("the US Secretary of the Treasury, Ms Jane Doyle",
                                   "Treasury"),
    "nationality, invented office": (
        "the British Director-General of the Harbour Safety Agency, Mr John Pike",
        "Harbour Safety Agency"),
    "country closing the post": (
        "the Director of the Coastal Survey Office of Chile, Mr Juan Ortega",
        "Coastal Survey Office"),
    "country closing a double post": (
        "the Vice Minister of the Ministry of Ports & Director of Shipping of Chile, Mr Luis Vera",
        "Ministry of Ports"),
}


@pytest.mark.parametrize(("place", "post"), [(place, post) for place in sorted(PLACES)
                                             for post in sorted(FOREIGN_POSTS)])
def test_an_organisation_in_a_foreign_post_is_overseas(place: str, post: str) -> None:
    person, organisation = FOREIGN_POSTS[post]
    lead = (f"The Secretary for Commerce and Industry, Mr Ho Wai-man, met {person}, "
            f"{PLACES[place]} today (May 10).")
    case = Case("Officials hold talks", (lead, "They exchanged views on trade."), DATELINE,
                Expected("held", None, None, None, None, None), {})
    meetings = english.extract(release_of(case)).meetings
    assert len(meetings) == 1, lead
    sides = {form: p.side for p in meetings[0].participants for form in (p.name, *p.mentions)}
    assert sides.get(organisation) in (None, "overseas"), f"{organisation}: {sides}"
    assert "HKSAR" not in {s for n, s in sides.items() if organisation in n}, sides
    assert "Mainland" not in {s for n, s in sides.items() if organisation in n}, sides
