"""Where a Chinese release's meeting was held: the place its clause, its sentence or an earlier
sentence names (a city named before narrowing a province or country), the place the
sentence after it welcomes the visitor to (``歡迎…訪港``), the headline's city, and the venue
printed before ``舉行``; none when the text names none (a place is never assumed)."""

from __future__ import annotations

import re

from pressgraph.chinese_script import to_traditional
from pressgraph.extract.places import narrowest
from pressgraph.extract.zh_drafts import Context as _Context
from pressgraph.extract.zh_drafts import Draft as _Draft
from pressgraph.extract.zh_places import zh_place_in, zh_places_in, zh_title_place, zh_welcome_place
from pressgraph.extract.zh_text import Sentence, Unit
from pressgraph.registry import find_place


def meeting_location(context: _Context, draft: _Draft) -> tuple[str | None, str | None]:
    """The place the meeting's clause, sentence or an earlier sentence names; None when the
    text names none (a place is never assumed)."""
    sentence = context.sentences[draft.sentence]
    venue = _venue(context, sentence)
    # the clause's own place; else the sentence's last before the verb (離港前赴法國康城，
    # 於…出席…峰會), or its first after it; else an earlier sentence's last
    units: list[tuple[Unit, int | None]] = [(draft.clause, None), (sentence, draft.verb_start)]
    units += [(context.sentences[i], context.sentences[i].end)
              for i in range(draft.sentence - 1, -1, -1)]
    # before earlier sentences: the visitor welcomed after the call (歡迎…訪港); failing all,
    # the headline's city (…在倫敦與…會面), which also narrows a country named before
    titled = zh_title_place(context.release.title or "")
    for number, (unit, before) in enumerate(units):
        if number == 2 and (told := _welcomed(context, draft)):
            return told, venue
        place = _place_in(context, unit, before, going=draft.status == "planned")
        if place:
            return narrowest(narrowest(place, titled), _earlier_city(context, draft)), venue
    return _welcomed(context, draft) or titled, venue


def _earlier_city(context: _Context, draft: _Draft) -> str | None:
    """The city the sentences before the meeting's last name (访问浙江省杭州市 before a call
    placed by 浙江): it narrows a province or country the meeting's own text names."""
    for index in range(draft.sentence - 1, -1, -1):
        unit = context.sentences[index]
        places = zh_places_in(context.folded, unit.start, unit.end)
        local = [place for _, place in places if place.local]
        if local:
            found = local[-1]
            printed = context.text[found.start:found.start + len(found.surface)]
            return printed if to_traditional(printed) == to_traditional(found.surface) \
                else found.surface
    return None


def _welcomed(context: _Context, draft: _Draft) -> str | None:
    """The place the sentence after the meeting's welcomes its visitor to (歡迎…首次訪港)."""
    following = context.sentences[draft.sentence + 1:draft.sentence + 2]
    found = next((place for s in following
                  if (place := zh_welcome_place(context.folded, s.start, s.end))), None)
    if found is None:
        return None
    printed = context.text[found.start:found.start + len(found.surface)]
    return printed if to_traditional(printed) == to_traditional(found.surface) \
        else found.surface


def _place_in(context: _Context, unit: Unit, before: int | None = None,
              going: bool = False) -> str | None:
    """The place the unit names, as the release prints it."""
    found = zh_place_in(context.folded, unit.start, unit.end, before, going)
    if found is None:
        return None
    printed = context.text[found.start:found.start + len(found.surface)]
    # a short form (訪港) gives the place's full name, which the text does not print there
    return printed if to_traditional(printed) == to_traditional(found.surface) \
        else found.surface


def _venue(context: _Context, sentence: Sentence) -> str | None:
    match = re.search(r"在(?P<venue>[\u4e00-\u9fff]{2,12}?)(?:舉行|召開)", sentence.text)
    if match and find_place(match.group("venue")) is None:
        start = sentence.start + match.start("venue")
        return context.text[start:match.end("venue") + sentence.start]
    return None
