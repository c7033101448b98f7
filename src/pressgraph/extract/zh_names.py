"""Personal names in Chinese releases, printed after a post or before it: a listed surname
and one to three given characters, a name in Latin letters, or a foreign name (three
characters, or four to eight transliteration syllables of ``data/zh_transliteration.txt``);
its length is settled by what follows it (an honorific, punctuation, a date, a verb). A run
ending as an organisation or a place does (``深圳市長``) is no name."""

from __future__ import annotations

import re

from pressgraph.extract.zh_posts import NUMERAL_DATE, own_words, post_word_in
from pressgraph.extract.zh_text import PUNCTUATION, is_cjk, lexicon
from pressgraph.extract.zh_transliteration import NAME_DOTS, syllable_run_end
from pressgraph.registry import find_place, gazetteer

# The last character of an organisation or a place: such a run is no name (深圳市長).
ORG_ENDS = frozenset("局署處廳部辦委司院會府省市縣區團組所館")


def is_place(run: str) -> bool:
    return find_place(run) is not None or gazetteer.find(run) is not None


def name_at(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a personal name starting at ``start``, if one is there."""
    lex = lexicon()
    latin = _LATIN_NAME.match(folded, start, end)
    if latin is not None:  # 歐盟委員會貿易總司司長Jean Luc Demarty: a name in Latin letters
        return start, latin.end()
    surname = folded[start:start + 2] if folded[start:start + 2] in lex.surnames else None
    if surname is None and folded[start:start + 1] in lex.surnames:
        surname = folded[start]
    if surname is None:
        return _transliterated_name_at(folded, start, end)
    if folded.startswith(own_words().not_names, start):
        return None  # 局長應邀出席: a word, no name
    if honorific_at(folded, start + len(surname)) is not None:
        return start, start + len(surname)  # 董先生: a surname alone, then its honorific
    for given in (2, 1, 3):  # most names have two given characters; 孫東 one; 林鄭月娥 three
        name_end = _given_end(folded, start + len(surname), given)
        if name_end > end:
            continue
        name = folded[start:name_end]
        if not all(is_cjk(ch) or ch == " " for ch in name) or \
                name.endswith(lex.name_final_particles):
            continue
        if _ends_name(folded, name_end, end):
            return start, name_end
    return _long_transliterated_name_at(folded, start, end)  # 舒爾茨: a surname's character


def _given_end(folded: str, position: int, given: int) -> int:
    """Where ``given`` characters of a given name starting at ``position`` end: a page that
    broke a line inside the name prints a space in it (``曾偉 雄``), which the name keeps."""
    if given > 1 and folded[position + 1:position + given].count(" ") == 1 and \
            folded[position:position + given + 1].strip() == folded[position:position + given + 1]:
        return position + given + 1
    return position + given


# A name printed in Latin letters after a post: two to four capitalised words.
_LATIN_NAME = re.compile(r"[A-Z][a-zA-Z'’.-]+(?: [A-Z][a-zA-Z'’.-]+){1,3}(?![a-zA-Z])")


def _transliterated_name_at(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """A foreign name written in three characters after a post (``國務大臣祈達文以及``):
    no word of the lexicon inside it, and a clear end after it (punctuation, or a word
    that follows names)."""
    lex = lexicon()
    name_end = start + _TRANSLITERATED
    name = folded[start:name_end]
    if name_end > end or not all(is_cjk(ch) for ch in name):
        return None
    stops = (*lex.name_followers, *lex.post_run_stops, *own_words().run_stops,
             *lex.honorifics, *lex.pronouns)
    if any(word in name for word in stops) or post_word_in(folded, start, name_end) \
            or name.startswith(lex.place_verbs) or is_place(name[1:]) or is_place(name[:2]):
        return _long_transliterated_name_at(folded, start, end)  # (到深圳: a verb and a place)
    after = folded[name_end:name_end + 1]
    if after and (after in PUNCTUATION or after.isdigit()) or folded.startswith(
            lex.name_followers, name_end) and _ends_name(folded, name_end, end):
        return start, name_end
    return _long_transliterated_name_at(folded, start, end)


_TRANSLITERATED = 3


def _long_transliterated_name_at(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """A foreign name of four to eight characters after a post (``外交部長德爾羅薩里奧進行``):
    every character a transliteration syllable, and the name ended as any name is."""
    for name_end in range(syllable_run_end(folded, start, end), start + _TRANSLITERATED, -1):
        if folded[name_end - 1] not in NAME_DOTS and _ends_name(folded, name_end, end):
            return start, name_end
    return None


def _ends_name(folded: str, position: int, end: int) -> bool:
    lex = lexicon()
    if position >= end:
        return True
    rest = folded[position:end]
    if rest[0] in PUNCTUATION or rest[0].isdigit():
        return True
    if NUMERAL_DATE.match(rest):
        return True
    return any(rest.startswith(w) for w in lex.honorifics + lex.name_followers
               + own_words().name_followers)


def honorific_at(folded: str, position: int) -> str | None:
    return next((h for h in lexicon().honorifics if folded.startswith(h, position)), None)
