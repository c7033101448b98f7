"""Capitalised names in running English text: where one starts and ends, and the short
forms a release defines in brackets ("Finance Committee (FC)").

These helpers serve the meeting rules (a body's name, who arranged a visit); the full
organisation finders live in ``org_names.py`` and ``organisations.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pressgraph.dateforms import MONTHS, WEEKDAYS
from pressgraph.registry import find_place, gazetteer

# Lower-case words that may sit inside a name when a capitalised word follows.
_CONNECTORS = {"of", "on", "for", "and", "the", "in", "to", "&", "-", "–", "de", "du", "la",
               "at"}
_TOKEN = re.compile(r"[A-Za-z0-9][\w'’.&/-]*|[&–-]|,|\(|\)")
_DATE_WORDS = {"today", "yesterday", "tomorrow", "this", "next", "last", "on", "tonight"}
# Multi-word names that contain a comma in official use.
_COMMA_NAMES = ("Hong Kong, China", "Macao, China")


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper() or (token[:1].isdigit() and len(token) >= 2 and token.isdigit())


@dataclass(frozen=True)
class Name:
    text: str  # as written, brackets included
    start: int
    end: int

    @property
    def clean(self) -> str:
        """Without bracketed short forms and a leading article."""
        return clean_name(self.text)


def clean_name(text: str) -> str:
    text = re.sub(r"\s*\([^()]*\)", "", text)
    text = re.sub(r"^(?:the|The|its|Its)\s+", "", text.strip())
    return " ".join(text.split()).strip(" ,.;:")


def name_at(text: str, start: int) -> Name | None:
    """The capitalised name starting at ``start`` (after any spaces), or None.

    Lower-case connectors ("of", "on the", "and") are taken only when a capitalised word
    follows; "in" or "to" before a place in the gazetteer ends the name ("... Research
    Group in Guangzhou"). A bracketed short form followed by "of the ..." is taken in
    ("Finance Committee (FC) of the Legislative Council").
    """
    position = start
    while position < len(text) and text[position] == " ":
        position += 1
    end = position
    last_good = None
    cursor = position
    while cursor < len(text):
        for phrase in _COMMA_NAMES:
            tail = phrase.split(",", 1)[0]
            if text.startswith(phrase, cursor - len(tail)) and text[cursor:cursor + 1] == ",":
                cursor += len(phrase) - len(tail)
                last_good = cursor
                break
        else:
            match = _TOKEN.match(text, cursor)
            if not match:
                space = re.match(r"[ \t]+", text[cursor:])
                if space and last_good is not None:
                    cursor += space.end()
                    continue
                break
            token = match.group(0).rstrip(".")
            token_end = match.start() + len(token)
            if token == "," and last_good is not None and _enumeration_follows(text, cursor):
                cursor += 1  # "Committee on Innovation, Technology & Re-industrialisation"
                continue
            if token in {",", ")"}:
                break
            if token == "(":
                short = re.match(r"\(([^()]{1,40})\)\s+(of|on)\s+(the\s+)?(?=[A-Z])",
                                 text[cursor:])
                if short and short.group(2) == "on" \
                        and _day_follows(text, cursor + short.end() - 1):
                    short = None  # "(TFLS) on Monday"
                if short and last_good is not None:
                    cursor += short.end()
                    continue
                inner = _INNER_ABBREVIATION.match(text, cursor)
                if inner and last_good is not None:  # "Economic Cooperation (APEC) Ministerial"
                    cursor = inner.end()
                    continue
                break
            if _is_capitalised(token):
                last_good = token_end
                cursor = token_end
                continue
            lower = token.lower()
            if last_good is None or lower not in _CONNECTORS:
                break
            if lower in {"in", "to", "at"} and _place_follows(text, token_end):
                break
            if lower == "on" and _day_follows(text, token_end):
                break  # "... Commission on Housing on Monday (May 9)", "... on May 11"
            cursor = token_end
    if last_good is None:
        return None
    end = last_good
    return Name(text[position:end], position, end)


# An abbreviation in brackets inside a name, a capitalised word following it.
_INNER_ABBREVIATION = re.compile(
    r"\((?:[A-Z][A-Za-z&.]{0,11}[A-Z][A-Za-z&.]{0,11})\)\s+(?=[A-Z][a-z])")


def without_trailing_bracket(text: str) -> str:
    """A name as printed, its abbreviations inside kept ("Asia-Pacific Economic Cooperation
    (APEC) Ministerial Meeting"), a bracket at its end and a leading article dropped."""
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text.strip())
    text = re.sub(r"^(?:the|The|its|Its)\s+", "", text)
    return " ".join(text.split()).strip(" ,.;:")


# ", Technology & Re-industrialisation": the rest of an enumeration inside a name, its last
# item after "&" or "and".
_ENUMERATION_REST = re.compile(
    r",\s+(?P<items>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*)"
    r"\s+(?:&|and)\s+[A-Z]")


def _enumeration_follows(text: str, comma: int) -> bool:
    match = _ENUMERATION_REST.match(text, comma)
    if match is None:
        return False
    from pressgraph.extract.lexicon import lexicon

    honorifics = set(lexicon()["honorifics"])
    return not any(word.strip(",") in honorifics for word in match.group("items").split())


def _place_follows(text: str, position: int) -> bool:
    rest = text[position:].lstrip()
    words = re.match(r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})", rest)
    if not words:
        return rest.split(" ", 1)[0].lower() in _DATE_WORDS
    parts = words.group(1).split()
    if any(find_place(" ".join(parts[:n])) for n in range(len(parts), 0, -1)):
        return True
    # a town only the world gazetteer knows ("in Davos") ends the name when it is the
    # whole capitalised run and the clause goes on with a time or ends
    after = rest[words.end():]
    return bool(_SETTING_ENDS.match(after)) and gazetteer.find(words.group(1)) is not None


# What may follow a place that ends a name: punctuation, the end, or the time of the clause.
_SETTING_ENDS = re.compile(r"\s*(?:[,.;:(]|$|(?:today|yesterday|tomorrow|this|tonight|on|from|"
                           r"earlier|later|and)\b)")


_DAY = re.compile(r"\s+(?P<word>[A-Z][a-z]+)\b(?P<rest>\s*[(\d])?")


def _day_follows(text: str, position: int) -> bool:
    """Whether a day follows "on": a weekday, or a month with its day ("on May 11")."""
    match = _DAY.match(text, position)
    if match is None:
        return False
    word = match.group("word").lower()
    return word in WEEKDAYS or (word in MONTHS and match.group("rest") is not None)


@dataclass(frozen=True)
class ShortForm:
    short: str  # "FC", "the Meeting"
    expansion: str  # "Finance Committee"
    # with a following "of the ..." taken in: "Finance Committee of the Legislative Council"
    full: str
    start: int  # of the expansion
    end: int  # of the bracket


_BRACKET = re.compile(
    r"\((?P<short>(?:the\s+)?[A-Z][A-Za-z&.'’-]{0,30}(?:\s+[A-Z][A-Za-z&'’-]*){0,2})\)")


def _capitals(text: str) -> str:
    return "".join(ch for ch in text if ch.isupper())


def _expansion_before(text: str, bracket_start: int, short: str) -> tuple[int, str] | None:
    """The name just before a bracket; the suffix whose capitals spell ``short`` if any,
    else the part after the last "the"."""
    head = text[:bracket_start].rstrip()
    words = list(re.finditer(r"[\w'’&/-]+", head[-300:]))
    offset = len(head) - len(head[-300:])
    chain: list[re.Match[str]] = []
    for word in reversed(words):
        token = word.group(0)
        gap = head[offset + word.end(): offset + (chain[0].start() if chain else len(head[-300:]))]
        if chain and gap.strip() not in {"", "-"}:
            break
        if _is_capitalised(token) or (token.lower() in _CONNECTORS and chain):
            chain.insert(0, word)
            continue
        break
    while chain and not _is_capitalised(chain[0].group(0)):
        chain.pop(0)
    if not chain:
        return None
    starts = [i for i, w in enumerate(chain) if _is_capitalised(w.group(0))]
    letters = _capitals(short.replace("the ", "")).lower()
    for index in starts:  # longest first
        candidate = head[offset + chain[index].start():]
        if _capitals(candidate).lower() == letters:
            return offset + chain[index].start(), candidate
    if short.lower().startswith("the "):
        noun = short.split()[-1]
        for index in reversed(starts):
            candidate = head[offset + chain[index].start():]
            if noun in candidate:
                return offset + chain[index].start(), candidate
    after_the = [i for i in starts if i > 0 and chain[i - 1].group(0).lower() == "the"]
    index = after_the[-1] if after_the else starts[0]
    return offset + chain[index].start(), head[offset + chain[index].start():]


def short_forms(text: str) -> tuple[ShortForm, ...]:
    """Short forms defined in brackets after a capitalised name, in text order."""
    found: list[ShortForm] = []
    for match in _BRACKET.finditer(text):
        short = match.group("short")
        expansion = _expansion_before(text, match.start(), short)
        if expansion is None:
            continue
        start, name = expansion
        name = re.sub(r"^(?:the|The)\s+", "", name).strip()
        if not name or name == short:
            continue
        full = name
        tail = re.match(r"\s+(of|on)\s+(the\s+)?", text[match.end():])
        if tail:
            following = name_at(text, match.end() + tail.end())
            if following is not None:
                full = f"{name} {tail.group(1)} {tail.group(2) or ''}{following.clean}"
                full = " ".join(full.split())
        found.append(ShortForm(short, name, full, start, match.end()))
    return tuple(found)


@cache
def _honorific_pattern() -> re.Pattern[str]:
    alternation = "|".join(re.escape(word) for word in words_list("honorifics"))
    return re.compile(rf"\b(?:{alternation})\.?\s+[A-Z][\w'’-]*")


def words_list(key: str) -> tuple[str, ...]:
    from pressgraph.extract.lexicon import lexicon

    return tuple(sorted(lexicon()[key], key=lambda word: (-len(word), word)))


def honorific_names(text: str) -> list[re.Match[str]]:
    """Every "Mr Xu", "Professor Lajos Mocsai"... in ``text`` (the honorific and first word)."""
    return list(_honorific_pattern().finditer(text))
