"""What a reprinting site prints above a release it reposts: bylines, reading statistics,
bracketed captions and credits, and a headline run into the first paragraph.

A community site or a news site that reposts a release puts its own lines above it: who
posted it and when ("Submitted by <user> on <date> <time>", ``<user> 發表於 22/8/2008``),
how often it was read (``1,234字数 321阅读``), a bracketed photo caption or source
(``【资料图】``, ``【香港政府新聞網】``), or an agency's credit at the head of the first
paragraph (``【<agency>讯 记者 <name>】``). Some run the release's headline into its first
paragraph in brackets (``【<headline>】<first sentence>``). None of these lines is the
headline. The shapes are data: ``data/page_bylines.txt``, ``data/page_credits.txt`` and
``data/page_counters.txt``, ``data/page_site_suffixes.txt`` (a site's name glued to the end
of the headline) and ``data/page_section_prefixes.txt`` (the site's section put before it,
"Health :: <headline>"); the caption labels are page furniture
(``data/page_furniture.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from pressgraph.dateforms import MONTHS, valid_date

_MAX_BYLINE = 120  # a byline is a short line; a longer one is the body
#: The most characters a posting stamp's line prints beside its date and time (a section, a
#: source credit, an update time; the site's address aside): more is a headline or the body.
_MAX_STAMP_REST = 30
_MIN_COUNTS = 2  # a statistics line prints two counts or more
#: The fewest characters of a run-in headline: Chinese characters, or Latin words.
_MIN_RUN_IN = {"cjk": 6, "words": 3}
_BRACKETS = {"【": "】", "[": "]", "［": "］", "〔": "〕"}
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
# Dates as a site prints them beside a byline: 2017年05月19日, 2017-05-19, 22/8/2008 (day
# first, as Hong Kong writes it), May 19, 2017, 19 May 2017.
_ZH = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
_DAY_FIRST = re.compile(r"(?<!\d)(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})(?!\d)")
_EN_MONTH_FIRST = re.compile(
    rf"\b(?P<month>{_MONTH_NAME})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
_EN_DAY_FIRST = re.compile(
    rf"\b(?P<d>\d{{1,2}})\s+(?P<month>{_MONTH_NAME})\.?,?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
# A posting stamp: a date and the time of day right after it ("2017-04-18 23:17:08",
# ``2017年02月22日 10:54``, "2022-08-12 HKT 19:48"), standing apart from the words beside it
# (a date run into words, ``定於2016年3月20日 10:00開會``, is a headline's).
_STAMP = re.compile(
    r"(?:^|(?<=[\s:：|｜\[【(（]))(?:(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"|(?P<zy>\d{4})\s*年\s*(?P<zm>\d{1,2})\s*月\s*(?P<zd>\d{1,2})\s*日)"
    r"\s+(?:HKT\s*)?\d{1,2}:\d{2}(?::\d{2})?(?=$|[\s|｜\]】)）])")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[。；;]|[.,，]\s")


@dataclass(frozen=True)
class RunIn:
    """A headline run into the first paragraph: its extent within the line, and where the
    paragraph's own text starts."""

    start: int
    end: int
    body_offset: int


def _patterns(name: str) -> tuple[re.Pattern[str], ...]:
    text = resources.files("pressgraph").joinpath(f"data/{name}").read_text("utf-8")
    return tuple(re.compile(line.strip(), re.IGNORECASE) for line in text.splitlines()
                 if line.strip() and not line.lstrip().startswith("#"))


@cache
def _bylines() -> tuple[re.Pattern[str], ...]:
    return _patterns("page_bylines.txt")


@cache
def _credits() -> tuple[re.Pattern[str], ...]:
    return _patterns("page_credits.txt")


@cache
def _counts() -> re.Pattern[str]:
    """A count and the word after it ("1,234字数", "321 views")."""
    text = resources.files("pressgraph").joinpath("data/page_counters.txt").read_text("utf-8")
    words = sorted({line.strip() for line in text.splitlines()
                    if line.strip() and not line.startswith("#")}, key=len, reverse=True)
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)
    return re.compile(rf"\d[\d,.]*\s*(?:{alternatives})", re.IGNORECASE)


@cache
def _site_suffixes() -> tuple[re.Pattern[str], ...]:
    return _patterns("page_site_suffixes.txt")


def site_suffix_start(headline: str) -> int:
    """Where a reposting site's name glued to the end of a headline begins
    (``<headline>長青網文章``, "<headline> | <site>.com"); the headline's length when
    there is none. The headline keeps at least half of its characters."""
    for pattern in _site_suffixes():
        match = pattern.search(headline)
        if match and match.start() >= len(headline) - match.start():
            return match.start()
    return len(headline)


@cache
def _section_prefixes() -> tuple[re.Pattern[str], ...]:
    return _patterns("page_section_prefixes.txt")


def section_prefix_end(headline: str) -> int:
    """Where a headline begins after a reposting site's section put before it ("Health ::
    <headline>", "Hong Kong – <headline>"); 0 when there is none. The headline keeps at
    least half of its characters."""
    for pattern in _section_prefixes():
        match = pattern.match(headline)
        if match and match.end() <= len(headline) - match.end():
            return match.end()
    return 0


def printed_date(text: str) -> date | None:
    """The first date a line prints among other words, else None."""
    found: list[tuple[int, date]] = []
    for pattern in (_ZH, _ISO, _DAY_FIRST, _EN_MONTH_FIRST, _EN_DAY_FIRST):
        for match in pattern.finditer(text):
            month = (MONTHS[match["month"].lower()] if "month" in match.groupdict()
                     else int(match["m"]))
            value = valid_date(int(match["y"]), month, int(match["d"]))
            if value is None and pattern is _DAY_FIRST:  # 05/19/2017: month first, then
                value = valid_date(int(match["y"]), int(match["d"]), month)
            if value is not None:
                found.append((match.start(), value))
                break
    return min(found)[1] if found else None


def byline_date(text: str) -> date | None:
    """The posting date of a byline line ("Submitted by <user> on 2017年05月19日 12:00"),
    else None (the line is no byline, or prints no date)."""
    if len(text) > _MAX_BYLINE:
        return None
    if not any(p.search(text) for p in _bylines()):
        return stamp_date(text)
    return printed_date(text)


def stamp_date(text: str) -> date | None:
    """The day of a posting stamp: a line that prints a date with the time of day and, beside
    them, only a site's furniture -- its address, a section, a source credit, an update time
    ("http://<site>   2009-11-01 15:52:36", ``2023-05-19 14:13 | 稿件來源:<agency>``,
    ``时间:2017-04-18 23:17:08  来源:<agency>``); else None."""
    match = _STAMP.search(text)
    if match is None:
        return None
    rest = _ADDRESS.sub("", text[:match.start()] + " " + text[match.end():]).strip()
    if len(rest) > _MAX_STAMP_REST or _SENTENCE_STOP.search(rest):
        return None
    if match["y"]:
        return valid_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return valid_date(int(match["zy"]), int(match["zm"]), int(match["zd"]))


def is_statistics(text: str) -> bool:
    """A line of reading statistics: two counts or more ("1,234字数 321阅读"), short."""
    return len(text) <= _MAX_BYLINE and len(_counts().findall(text)) >= _MIN_COUNTS


def bracketed(text: str) -> str | None:
    """The words of a line wholly in brackets (``【资料图】``, "[Photo]"), else None."""
    text = text.strip()
    if len(text) < 3 or _BRACKETS.get(text[0]) != text[-1]:
        return None
    inner = text[1:-1]
    return None if any(ch in inner for ch in "【】[]［］〔〕") else inner.strip()


def is_credit(text: str) -> bool:
    """Words that credit a source or an update, not a headline (``<agency>讯 记者 <name>``)."""
    return any(p.search(text.strip()) for p in _credits())


def run_in_headline(line: str, is_furniture: Callable[[str], bool]) -> RunIn | None:
    """A headline in brackets at the head of a paragraph (``【<headline>】<first sentence>``):
    not a credit, not furniture, long enough to be a headline, and not itself a sentence."""
    stripped = line.lstrip()
    if not stripped or stripped[0] not in _BRACKETS:
        return None
    close = stripped.find(_BRACKETS[stripped[0]])
    if close < 0 or not stripped[close + 1:].strip():
        return None
    inner = stripped[1:close]
    words = inner.strip()
    cjk = len(_CJK.findall(words))
    if (not words or is_credit(words) or is_furniture(words) or words.endswith(("。", "."))
            or (cjk < _MIN_RUN_IN["cjk"] and len(words.split()) < _MIN_RUN_IN["words"])):
        return None
    offset = len(line) - len(stripped)
    start = offset + 1 + (len(inner) - len(inner.lstrip()))
    rest = stripped[close + 1:]
    return RunIn(start, start + len(words), offset + close + 1 + (len(rest) - len(rest.lstrip())))
