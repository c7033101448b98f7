"""Features of a candidate participant, for the learned filter measured and not in use.

The participant rules were written one read miss at a time on the development split; on
releases nobody read while writing them about half of what they give is wrong. No single
reading can be cut (docs/evaluation.md, "Precision by reading"), so this filter weighs a
combination: each candidate (an ``OrganisationMention`` in a meeting's ``participants``)
is described by a few general features of its *kind* — the readings that found it, the
release's language, the form of its name, its side and where that side came from, the
meeting it is in, the side of the principals' organisations — and scored by a logistic
model trained on the development split (``evaluation/real/train_participants.py``); a
candidate scoring below the threshold chosen there by cross-validation is dropped.

:func:`filtered` applies a model to a finished extraction of either language (the last
step before its meetings would be final). Out of fold on ``dev`` no threshold raised F1 of
participants with side (docs/evaluation.md, "A learned participant filter"), so this module
lives beside its trainer, outside the package: extraction does not call it, and it moves
into ``pressgraph.extract`` only when a trainer's run shows it pays. Scoring is plain
Python (the detector's :class:`~pressgraph.extract.meeting_detector.LinearModel`), the
same bytes on every machine.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import replace

from pressgraph.chinese_script import to_traditional
from pressgraph.extract import org_sides, wordlists, zh_sides
from pressgraph.extract.meeting_detector import LinearModel
from pressgraph.extract.zh_text import lexicon, participation
from pressgraph.model import Extraction, Meeting, OrganisationMention

_WORD = re.compile(r"[\w'’.&-]+")
_ACRONYM = re.compile(r"[A-Z]{2,}")
# The readings that find the organisation of a person leading a side (both languages).
_PRINCIPAL_READINGS = frozenset({"principal's post", "principal's organisation", "post",
                                 "headed"})


def _bucket(count: int, edges: tuple[int, ...]) -> str:
    """``count`` as the first edge it does not pass ("<=2"), or past the last ("5+")."""
    for edge in edges:
        if count <= edge:
            return f"<={edge}"
    return f"{edges[-1] + 1}+"


def _form(mention: OrganisationMention, chinese: bool) -> set[str]:
    """What the name looks like: its length, an acronym, an organisation's head word at its
    end, a place it holds (and that place's side), the side its own words give."""
    name = mention.name
    out: set[str] = set()
    if mention.acronym or (not chinese and _ACRONYM.fullmatch(name)):
        out.add("acronym")
    if len(set(mention.mentions)) > 1:
        out.add("several wordings")
    if chinese:
        bare = to_traditional(name)
        out.add(f"chars {_bucket(len(bare), (3, 6, 10))}")
        head = next((s for s in lexicon().org_suffixes if bare.endswith(s)), None)
        out.add(f"head {head}" if head else "no head")
        place = zh_sides.place_side(bare)
        out.add(f"place {place}" if place else "no place")
        if place and place != mention.side:
            out.add("side against name")
        if bare.endswith(participation()["mainland_endings"]):
            out.add("ministry ending")
        return out
    words = _WORD.findall(name)
    out.add(f"words {_bucket(len(words), (1, 3, 6))}")
    head = next((w for w in reversed(words) if wordlists.is_head(w, wordlists.org_heads())), None)
    out.add(f"head {head.split('-')[-1]}" if head else "no head")
    place = org_sides.first_place_side(name)
    out.add(f"place {place}" if place else "no place")
    named = org_sides.name_side(name)
    out.add(f"name side {named}" if named else "name side none")
    if named and named != mention.side:
        out.add("side against name")
    return out


def _registry_side(mention: OrganisationMention, extraction: Extraction,
                   chinese: bool) -> str | None:
    if chinese:
        return zh_sides.registry_side(mention.name)
    return org_sides.registry_side(mention, extraction.release)


def _principal_sides(mention: OrganisationMention, meeting: Meeting) -> set[str]:
    """The sides of the meeting's other candidates that a lead's post or office gave."""
    return {other.side or "none" for other in meeting.participants
            if other is not mention and set(other.readings) & _PRINCIPAL_READINGS}


def features(mention: OrganisationMention, meeting: Meeting, extraction: Extraction) -> set[str]:
    """The named features of one candidate participant of ``meeting``."""
    chinese = extraction.release.language.startswith("zh")
    language = "zh" if chinese else "en"
    out = {f"lang {language}"}
    out |= {f"{language} reading {reading}" for reading in mention.readings}
    if len(mention.readings) > 1:
        out.add("several readings")
    out |= _form(mention, chinese)
    side = mention.side or "none"
    out.add(f"side {side}")
    known = _registry_side(mention, extraction, chinese)
    if known is None:
        out.add("registry unknown")
    else:
        out.add("side from registry" if known == mention.side else "side against registry")
    principals = _principal_sides(mention, meeting)
    if not principals:
        out.add("no principal side")
    elif side in principals:
        out.add("principal's side")
    else:
        out.add("other side than principal")
    out.add("body meeting" if meeting.body else "no body")
    if meeting.status != "held":
        out.add("planned")
    if meeting.kind:
        out.add(f"kind {meeting.kind.lower()}")
    out.add(f"candidates {_bucket(len(meeting.participants), (1, 3))}")
    out.add(f"meetings {_bucket(len(extraction.meetings), (1, 2))}")
    inside = meeting.span.start <= mention.span.start < meeting.span.end
    out.add("in meeting sentence" if inside else "outside meeting sentence")
    return out


def load(text: str) -> LinearModel:
    """A filter from the text of its weights file (``bias``, ``threshold``, ``weights``)."""
    data = json.loads(text)
    return LinearModel(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                       float(data["threshold"]))


def kept(candidates: Iterable[OrganisationMention], meeting: Meeting, extraction: Extraction,
         model: LinearModel) -> tuple[OrganisationMention, ...]:
    """The candidates that score at least the model's threshold."""
    return tuple(c for c in candidates
                 if model.score(features(c, meeting, extraction)) >= model.threshold)


def filtered(extraction: Extraction, model: LinearModel) -> Extraction:
    """The extraction with every meeting's participants filtered by ``model``."""
    if not any(m.participants for m in extraction.meetings):
        return extraction
    meetings = tuple(replace(m, participants=kept(m.participants, m, extraction, model))
                     if m.participants else m for m in extraction.meetings)
    return replace(extraction, meetings=meetings)
