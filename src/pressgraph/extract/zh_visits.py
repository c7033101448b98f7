"""What a Chinese release's meeting's delegation visited (``參觀``, ``到訪``...): the places
and organisations listed after a verb of visiting in the meeting's region, each dated by
its sentence's day or the meeting's."""

from __future__ import annotations

from datetime import date

from pressgraph.extract.zh_dates import find_dates
from pressgraph.extract.zh_drafts import Context as _Context
from pressgraph.extract.zh_drafts import Draft as _Draft
from pressgraph.extract.zh_text import Unit, lexicon, strip_brackets
from pressgraph.model import Span, Visit
from pressgraph.registry import find_place


def meeting_visits(context: _Context, draft: _Draft,
                   meeting_date: date | None) -> tuple[Visit, ...]:
    lex = lexicon()
    visits: list[Visit] = []
    for index in draft.region:
        sentence = context.sentences[index]
        for clause in sentence.clauses:
            for verb in lex.visit_verbs:
                position = clause.text.find(verb)
                if position < 0:
                    continue
                if verb == "到訪" and find_place(clause.text[position + 2:position + 4]):
                    continue
                phrases = find_dates(context.text, context.folded, sentence.span,
                                     context.release.release_date)
                when = phrases[0].value if phrases else meeting_date
                start = position + len(verb)
                visits.extend(_visit_objects(context, clause, start, when))
                break
    return tuple(visits)


def _visit_objects(context: _Context, clause: Unit, offset: int,
                   when: date | None) -> list[Visit]:
    text = clause.text[offset:].rstrip("。！？；")
    pieces, begin, depth = [], 0, 0
    for position, ch in enumerate(text + "、"):
        depth += ch in "「『（"
        depth -= ch in "」』）" and depth > 0
        if depth == 0 and (ch == "、" or ch == "和") and position > begin:
            pieces.append((begin, text[begin:position]))
            begin = position + 1
    visits = []
    for start, piece in pieces:
        if len(strip_brackets(piece)) < 2:
            continue
        absolute = clause.start + offset + start
        visits.append(Visit(organisation=context.text[absolute:absolute + len(piece)],
                            span=Span(absolute, absolute + len(piece)), date=when))
    return visits
