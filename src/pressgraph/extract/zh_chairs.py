"""Who chaired (``主持``), co-chaired (``共同主持``) or led a side (``率領``) of a Chinese
release's meeting, each with the reading that found them: a call's principals, the subject
of a clause of chairing or leading, the people of the meeting's clause and of the clauses
of chairing in its region; at a meeting of three or more parties a delegation's leader
only attends."""

from __future__ import annotations

import re

from pressgraph.chinese_script import to_traditional
from pressgraph.extract import zh_sides
from pressgraph.extract.zh_actors import people_in as _people_in
from pressgraph.extract.zh_actors import subject as _subject
from pressgraph.extract.zh_calls import call_principals, leaders
from pressgraph.extract.zh_drafts import Context as _Context
from pressgraph.extract.zh_drafts import Draft as _Draft
from pressgraph.extract.zh_drafts import mentions as _mentions
from pressgraph.extract.zh_people import Person
from pressgraph.model import RoleName


def meeting_chairs(context: _Context, draft: _Draft) -> list[tuple[Person, RoleName, str]]:
    """Who chaired (``主持``), co-chaired (``共同主持``) or, for calls and meetings of two
    delegations, led a side (``率領``): the principals; each with the reading that found
    them."""
    sentence = context.sentences[draft.sentence]
    chairs: list[tuple[Person, RoleName, str]] = []
    subject = _subject(context, sentence)
    if draft.kind == "courtesy call":
        principals = [(p, role, "call") for p, role in call_principals(context, draft)]
        if not principals:  # 出席會晤的包括…代表團。代表團由…率領: the sides' leaders
            principals = [(p, "principal", "leader") for index in draft.region
                          for clause in context.sentences[index].clauses
                          for p in leaders(context, clause)]
        return _unique(principals)
    role = _chair_role(draft.clause.text)
    # leading a delegation to a meeting of three or more parties makes no chair: its people
    # attend it unless the text says who chaired it
    multilateral = zh_sides.of_several_parties(draft.body)
    if multilateral and role == "principal":
        role = "attendee"
    if subject is not None and _mentions(sentence.text, ("主持", "率領", "率團", "帶領")):
        # (率領代表團前往澳門，出席…會議: the delegation's leader only attended the meeting)
        chairs.append((subject, role if "主持" in draft.clause.text or role == "attendee"
                       else "principal", "subject"))
    chairs += [(p, role, "meeting's clause")
               for p in _people_in(context, draft.clause, draft.verb_start)]
    for index in draft.region:
        for clause in context.sentences[index].clauses:
            if "主持" in clause.text and clause != draft.clause:
                verb = clause.start + clause.text.find("主持")
                before = [p for p in _people_in(context, clause) if p.start < verb]
                relative = _chaired_thing(clause.text)
                if relative is not None:  # A出席B主持的晚宴: B chaired, and what B chaired
                    before = before[-1:] if _is_meeting_noun(relative) else []
                chairs += [(p, _chair_role(clause.text), "chairing clause") for p in before]
            chairs += [(p, "attendee" if multilateral else "principal", "leader")
                       for p in leaders(context, clause)]
    return _unique(chairs)


def _chaired_thing(clause: str) -> str | None:
    """What a chairing verb used as a modifier names (``普京主持的晚宴`` names 晚宴), or
    None when the verb is no modifier."""
    match = re.search(r"主持的([^，。,；;]*)", clause)
    return match.group(1) if match else None


def _is_meeting_noun(words: str) -> bool:
    """Whether the thing chaired is a meeting (會議, 會晤, 論壇, …), not a meal, a reception
    or a ceremony (晚宴, 酒會, 儀式)."""
    return re.search(r"會議|會晤|會談|會面|論壇|峰會|研討會|座談會|聯席會|大會|例會|全會",
                     to_traditional(words)) is not None


def _chair_role(clause: str) -> RoleName:
    from pressgraph.extract.zh_people import only_attends  # the people layer's words

    return "co-chair" if "共同主持" in clause else "chair" if "主持" in clause else (
        "attendee" if only_attends(clause) else "principal")


def _unique(chairs: list[tuple[Person, RoleName, str]]) -> list[tuple[Person, RoleName, str]]:
    seen: dict[object, int] = {}
    result: list[tuple[Person, RoleName, str]] = []
    for person, role, reading in chairs:
        key = person.mention.name or person.mention.span
        if key not in seen:
            seen[key] = len(result)
            result.append((person, role, reading))
        elif result[seen[key]][1] == "attendee":  # attended, and chaired in a later clause
            result[seen[key]] = (person, role, reading)
    return result
