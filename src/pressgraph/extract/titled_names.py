"""People named after their post without an honorific, as news reports write them:
"Chief Secretary Matthew Cheung and Fujian Vice-Governor Guo Ningning co-chaired ...",
"Secretary for Commerce & Economic Development Gregory So attended ...".

A run of capitalised words that holds a post head word ends, perhaps, in a person's name.
Where the post stops and the name starts is told by the words themselves:

* a word of the title vocabulary (every word of the registry's organisations, bodies, posts
  and places, and the post and organisation head words) belongs to the post;
* a common English word (a lower-case entry of the ``web2`` word list that the
  ``english-words`` package ships, and not also a proper noun there) belongs to the post
  too, unless the release names a person by it with an honorific ("Mr So"), or it is a
  known surname;
* anything else (given names, romanised surnames, initials, hyphenated given names) may be
  the name.

A name is two to four such words at the end of the run; one word only when the release
calls someone by it with an honorific elsewhere. Nothing here is about one release: the
vocabulary is the registry's and the dictionary's.
"""

from __future__ import annotations

import re
from functools import cache

from pressgraph.extract import wordlists
from pressgraph.extract.nametokens import Token
from pressgraph.registry import bodies, find_place, organisations, people, places, posts

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
MAX_NAME_WORDS = 4


def _words_of(*labels: str) -> set[str]:
    return {w.casefold() for label in labels for w in _WORD.findall(label)}


@cache
def _known_name_words() -> frozenset[str]:
    """Words of the registry's people's names and the romanised surnames list."""
    found: set[str] = set()
    for person in people():
        found |= _words_of(person.en, *person.alt_en)
    found |= {w.casefold() for w in wordlists.words("romanised_surnames.txt")}
    return frozenset(found)


@cache
def title_vocabulary() -> frozenset[str]:
    """Words that belong to a post, an organisation or a place, not to a person's name."""
    found: set[str] = set()
    for record in (*organisations(), *bodies(), *posts()):
        found |= _words_of(record.en, *record.alt_en)
    for place in places():
        found |= _words_of(place.en, *place.alt_en)
    found |= {w.casefold() for w in wordlists.post_heads() | wordlists.post_modifiers()
              | wordlists.org_heads()}
    return frozenset(found - _known_name_words())


@cache
def _common_words() -> frozenset[str]:
    """Lower-case English words that are not also proper nouns: ``web2`` has "development"
    and "lam" only in lower case, but "Alan" and "Grace" also capitalised (given names)."""
    from english_words import get_english_words_set

    entries = get_english_words_set(["web2"])
    proper = {w.casefold() for w in entries if w[:1].isupper()}
    return frozenset(w for w in entries if w[:1].islower() and w not in proper)


def is_common(word: str) -> bool:
    """A common English word (or its plural), not a proper noun."""
    lower = word.casefold()
    common = _common_words()
    if lower in common:
        return True
    return lower.endswith("s") and (lower[:-1] in common or lower.endswith("es")
                                    and lower[:-2] in common)


def may_be_name(tok: Token, surnames: frozenset[str]) -> bool:
    """Whether ``tok`` can be part of a person's name in a post-then-name run."""
    word = tok.text
    if not tok.is_cap or not tok.is_word or tok.possessive or word.isdigit():
        return False
    if len(word) == 1:
        return word.isupper()  # an initial: "K S Wong"
    if word.isupper():
        # two initials written together ("CY Leung"); longer ones are abbreviations
        return len(word) == 2 and word.isalpha() and word.casefold() not in title_vocabulary()
    lower = word.casefold()
    if lower in title_vocabulary():
        return False
    if word in surnames or lower in _known_name_words():
        return True
    if "-" in word:  # "Kong-wah", "Yuet-ngor"
        return not any(is_common(part) for part in word.split("-") if len(part) > 3)
    return not is_common(word)


def name_start(run: list[Token], surnames: frozenset[str]) -> int | None:
    """Where the name at the end of ``run`` (a post then a name) starts, or None.

    The words before the name must end in a capitalised word of the post; the name is the
    longest run of name words at the end, two to four of them, or one that the release
    also uses with an honorific ("Mr So")."""
    start = len(run)
    if len(run) >= 3 and _may_be_surname(run[-1]) and may_be_name(run[-2], surnames) and (
            not run[-2].text.isupper()):
        start -= 1  # "James Carr": a surname may also be a common word
    while start > 0 and len(run) - start < MAX_NAME_WORDS:
        if may_be_name(run[start - 1], surnames):
            start -= 1
        elif start > 1 and _particle(run[start - 1]) and may_be_name(run[start - 2], surnames):
            start -= 2  # "Tim De Vrieze": a particle between given name and surname
        else:
            break
    if len(run) - start == 1 and run[start].text in surnames and _given_name_between(run, start):
        start -= 1  # "... Foreign Affairs Taro Kono", "Mr Kono" elsewhere: "Taro" is his
    chinese = _chinese_order_start(run)
    if chinese is not None and chinese < start:
        start = chinese
    size = len(run) - start
    if size == 0 or start == 0:
        return None
    if not run[start - 1].is_cap and run[start - 1].text != ")":
        return None  # "Secretary for Gregory So": the post cannot end in a connector
    if size == 1 and run[start].text not in surnames:
        return None
    if all(t.text.isupper() for t in run[start:]):
        return None  # initials alone
    return start


def _particle(tok: Token) -> bool:
    """A capitalised name particle ("De", "Van", "Von") that a release prints inside a
    surname; never a whole name."""
    return tok.is_cap and tok.text.casefold() in {
        w.casefold() for w in wordlists.words("name_particles.txt")}


def _given_name_between(run: list[Token], surname: int) -> bool:
    """Whether the word before a surname the release uses with an honorific is a given
    name even though it is also an English word ("Taro", "Rush"): it is no word of posts,
    organisations or places, and the word before it ends the post (a word of posts,
    organisations or places)."""
    if surname < 2:
        return False
    given, last = run[surname - 1], run[surname - 2]
    return (_may_be_surname(given) and len(given.text) > 1 and not _particle(given)
            and last.is_cap and last.is_word and last.text.casefold() in title_vocabulary())


def ends_in_name(run: list[Token]) -> bool:
    """Whether ``run`` is a post followed by someone's name of two words or more, every one
    of them a name word ("Minister of State for Trade Karl Berg"): the run names a person,
    so it is not the post of a name that follows it ("..., Mr Chan said")."""
    start = name_start(run, frozenset())
    if start is None or len(run) - start < 2:
        return False
    name = run[start:]
    if find_place(" ".join(tok.text for tok in name[:2])) is not None:
        return False  # "... Army Hong Kong Garrison": a place, not a given name and surname
    return all(may_be_name(tok, frozenset()) or _particle(tok) for tok in name[:-1]) and (
        may_be_name(name[-1], frozenset()) or _may_be_surname(name[-1]))


def _may_be_surname(tok: Token) -> bool:
    """A last word that may be a surname even if it is a common English word: capitalised,
    not an abbreviation, not a word of posts, organisations or places."""
    word = tok.text
    return (tok.is_cap and tok.is_word and not tok.possessive and word.isalpha()
            and not word.isupper() and word.casefold() not in title_vocabulary())


def _syllable(tok: Token) -> bool:
    """A romanised Chinese given-name syllable ("Chee", "Hwa"): one short capitalised word."""
    word = tok.text
    return (2 <= len(word) <= 5 and word.isalpha() and word[0].isupper() and word[1:].islower()
            and word.casefold() not in title_vocabulary())


def _chinese_order_start(run: list[Token]) -> int | None:
    """Where a name in Chinese order starts: a romanised surname, then one or two
    given-name syllables, at the end of the run ("Chief Executive Tung Chee Hwa")."""
    surnames = wordlists.words("romanised_surnames.txt")
    for given in (2, 1):
        index = len(run) - given - 1
        if index < 1 or run[index].text not in surnames or not run[index - 1].is_cap:
            continue
        if all(_syllable(tok) for tok in run[index + 1:]):
            return index
    return None
