"""Human labels for the nodes the mapper writes, built from language-independent facts.

A node shared by several releases (a meeting, a participation) is labelled from what
identifies it — the registry's names of its body, session and parties, its ordinal and,
when the date is part of its key, its date — so every release that reports it gives it
the same label in each language, whatever words it uses. Labels of a release's own nodes
(memberships, agenda items, mentions) may use that release's wording.

Languages are the registry's three: English, Traditional and Simplified Chinese.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from pressgraph.model import PersonMention, PostMention

LANGUAGES: tuple[str, ...] = ("en", "zh-Hant", "zh-Hans")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MEETING = {"en": "Meeting", "zh-Hant": "會議", "zh-Hans": "会议"}
_REPORTED = {"en": "reported in", "zh-Hant": "新聞公報", "zh-Hans": "新闻公报"}
_VISIT = {"en": "Visit to {0}", "zh-Hant": "參觀{0}", "zh-Hans": "参观{0}"}
_OUTCOME = {"en": "Outcome {0} of {1}", "zh-Hant": "{1}成果{0}", "zh-Hans": "{1}成果{0}"}


def is_chinese(language: str) -> bool:
    return language.startswith("zh")


def ordinal_text(number: int, language: str) -> str:
    """The ordinal as a release in that language would print it ('19th', '第19次')."""
    if is_chinese(language):
        return f"第{number}次"
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def date_text(day: date, language: str) -> str:
    """'9 October 2024', '2024年10月9日'."""
    if is_chinese(language):
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _the(name: str) -> str:
    return name if name[:4].lower() == "the " else f"the {name}"


def _bracketed(parts: Iterable[str], language: str) -> str:
    kept = [p for p in parts if p]
    if not kept:
        return ""
    if is_chinese(language):
        return "（" + "，".join(kept) + "）"
    return " (" + ", ".join(kept) + ")"


def _names_a_meeting(body: str, language: str) -> bool:
    """A series named by its meeting ("APEC Ministerial Meeting", ``部長級會議``): its label
    is its name, not "Meeting of the … Meeting"."""
    return body.rstrip().endswith(_MEETING[language]) or (
        not is_chinese(language) and body.rstrip().endswith(" Meetings"))


def meeting_label(language: str, *, body: str | None = None, session: str | None = None,
                  ordinal: int | None = None, parties: tuple[str, ...] = (),
                  day: date | None = None, release_key: str | None = None) -> str:
    """'19th Meeting of the Hong Kong/Guangdong Expert Group on Co-operation in
    Informatisation', '粵港合作聯席會議第24次會議（全體會議）', 'Meeting of the Chief
    Executive's Office and the Government of Macao, 16 March 2023'. ``release_key`` names
    the release an undated meeting is keyed on."""
    when = date_text(day, language) if day is not None else None
    reported = f"{_REPORTED[language]} {release_key}" if release_key else None
    named_meeting = bool(body) and ordinal is None and _names_a_meeting(body, language)
    if is_chinese(language):
        head = body or "、".join(parties)
        number = ordinal_text(ordinal, language) if ordinal is not None else ""
        meeting = "" if named_meeting else _MEETING[language]
        return f"{head}{number}{meeting}" + _bracketed(
            (session or "", when or "", release_key or ""), language)
    head = f"{ordinal_text(ordinal, language)} {_MEETING[language]}" if ordinal else "Meeting"
    if named_meeting:
        head = _the(body)[0].upper() + _the(body)[1:]  # type: ignore[arg-type]
    elif body:
        head += f" of {_the(body)}"
    elif parties:
        names = [_the(p) for p in parties]
        head += " of " + (names[0] if len(names) == 1
                          else ", ".join(names[:-1]) + " and " + names[-1])
    text = head + _bracketed((session or "",), language)
    if when:
        text += f", {when}"
    if reported:
        text += f", {reported}"
    return text


def labels_in(languages: Iterable[str], *parts: Mapping[str, str] | None) -> tuple[str, ...]:
    """The languages in which every given part (a label per language) has a label."""
    return tuple(lang for lang in languages
                 if all(part is None or part.get(lang) for part in parts))


def membership_label(language: str, person: str, post: str, day: date | None) -> str:
    """'Tony Wong, Commissioner for Digital Policy, 9 October 2024' ('黃志光，數字政策專員，
    2024年10月9日')."""
    separator = "，" if is_chinese(language) else ", "
    parts = [person, post] + ([date_text(day, language)] if day is not None else [])
    return separator.join(parts)


def participation_label(language: str, participant: str, role: str) -> str:
    """'Digital Policy Office (attendee)', '數字政策辦公室（出席者）'."""
    return participant + _bracketed((role,), language)


def agenda_label(position: int, text: str) -> str:
    """'1. accelerating development of a Guangdong-Hong Kong smart city cluster'."""
    return f"{position}. {text}"


def visit_label(language: str, organisation: str) -> str:
    return _VISIT.get(language, _VISIT["en"]).format(organisation)


def outcome_label(language: str, number: int, meeting: str) -> str:
    return _OUTCOME.get(language, _OUTCOME["en"]).format(number, meeting)


def statement_label(language: str, number: int, speaker: str | None) -> str:
    """'Statement 1 by Tony Wong', '黃志光的引述1'."""
    if is_chinese(language):
        return f"{speaker}的引述{number}" if speaker else f"引述{number}"
    return f"Statement {number} by {speaker}" if speaker else f"Statement {number}"


def rendition_label(release_key: str, media_type: str, digest: str) -> str:
    return f"{release_key} ({media_type}, SHA-256 {digest[:12]})"


# --------------------------------------------------------------------------- a post's wording

_ITS = re.compile(r"\bits\b")
_POST_JOINER = re.compile(r"\s*(?:,|,?\s+and)\s+")


def post_wording(text: str, language: str, holder: PersonMention, mention: PostMention) -> str:
    """The post's title readable without the release, for the membership's label (its
    ``pg:postTitle`` is the post as printed, ``PostMention.wording``).

    An abbreviation standing for the post's own organisation is written out
    ("Chairperson of the CoP" -> "... of the Commission on Poverty"); other abbreviations
    stay as printed ("... of the UK"). A possessive "its" reads as "the" ("Head of its
    Department of ..." -> "Head of the Department of ...") unless the post continues a run
    of posts printed together for the same person, where "its" is the organisation the run
    has just named and the posts are read together.
    """
    title = mention.title
    if is_chinese(language):
        return title
    organisation = mention.organisation
    if organisation is not None and organisation.acronym:
        title = _written_out(title, organisation.acronym, organisation.name)
    if _ITS.search(title) and not _continues_post_run(text, holder, mention):
        title = _ITS.sub("the", title)
    return title


def _continues_post_run(text: str, holder: PersonMention, mention: PostMention) -> bool:
    """Whether another post of the holder is printed just before this one, joined by a
    comma or "and" ("Member of A, Director of its B")."""
    for other in holder.posts:
        if other is mention or other.span.end > mention.span.start:
            continue
        if _POST_JOINER.fullmatch(text[other.span.end:mention.span.start]):
            return True
    return False


def _written_out(title: str, abbreviation: str, expansion: str) -> str:
    """The title with the word ``abbreviation`` replaced by ``expansion``."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(abbreviation)}(?![\w-])")
    return pattern.sub(lambda _match: expansion, title)
