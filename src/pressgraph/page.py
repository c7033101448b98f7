"""The front of a saved page: furniture, the headline, and a date printed at the top.

A release as a crawler or a text store saves it does not always start with its headline.
Before it may come navigation and skip links ("Skip to main content", ``簡體版 英文版
寄給朋友``), a site's own header ("Press Releases", a department's name), a breadcrumb, a
date line ("December 23, 1997", ``2011年10月31日``), and the store's own prefix
(``date 2019-05-14``). Some pages have no headline at all: a news article whose first line
is already its first sentence, a page cut at its asterisk underline.

:func:`read_front` reads the first lines of a text and says which line is the headline
(or that there is none), what date the top of the page prints, and which lines of the
front are furniture to leave out of the body. The labels of page furniture are data
(``data/page_furniture.txt``), a site's header is an organisation's name in the registry;
everything else is the shape of a headline: a line of its own, not a sentence, set above
the asterisk underline when the page has one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib import resources

from pressgraph import page_credits
from pressgraph.chinese_script import to_traditional
from pressgraph.dateforms import (
    EN_TODAY_WORDS,
    MONTHS,
    ZH_NUM,
    ZH_TODAY_WORDS,
    chinese_number,
    date_line,
    despaced,
    leading_date,
    month_line,
    valid_date,
)

#: How many lines from the top (furniture aside) the headline is looked for in, menus included
#: (a department's site may list a hundred menu entries before it).
FRONT_LINES = 250
_NEAR_DATE = 2  # how many lines (furniture aside) a headline is from the date at the top
_LAST_CANDIDATES = 3  # without a date, the headline is among the last lines before the body
_AFTER_SENTENCE = 6  # how far below an opening sentence a date at the top is looked for
# Narrower than this a line is a section label ("Visit", ``外訪``), not a headline standing
# alone: three Chinese characters, or a word of six letters.
_MIN_HEADLINE_WIDTH = 6

UNDERLINE = re.compile(r"^\s*(?:[*＊=_-]{5,}|(?:[*＊]\s){4,}[*＊])\s*$")  # "*****", "* * * * *"
_GLUED_UNDERLINE = re.compile(r"\s*[*＊]{5,}\s*$")
# The text store's own prefix on an excerpt: " date 2019-05-14 <first line>".
_STORE_DATE = re.compile(r"^\s*date\s+(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b\s*")
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
# The release's closing lines: the front never reaches past them.
_CLOSING = re.compile(r"^(?:Ends?\s*/|Issued\s+at\s+HKT\b|NNNN$"
                      r"|[-－—–(（\[【]?\s*完\s*[-－—–)）\]】]?$|香港時間|香港时间)",
                      re.IGNORECASE)
# A photo caption names where people stand ("(third left)", ``（右二）``): never a headline.
_PHOTO_POSITION = re.compile(
    r"[(（]\s*(?:(?:front|back|top|bottom|middle)\s+row\s*,?\s*)?"
    r"(?:(?:first|second|third|fourth|fifth|sixth|\d(?:st|nd|rd|th))\s+(?:from\s+)?)?"
    r"(?:left|right|centre|center|middle)\s*[)）]"
    r"|[(（]\s*(?:前排|後排|后排)?\s*(?:左起|右起)?\s*[左右中][一二三四五六七八九]?\s*[)）]",
    re.IGNORECASE)
# A media flag alone ("(with photos)", ``(附圖)``): what a store keeps of a lost headline.
_MEDIA_FLAG_LINE = re.compile(
    r"^[(（]\s*(?:with\s+(?:photos?|videos?)(?:\s*(?:/|and)\s*videos?)?|附[圖图]"
    r"(?:\s*(?:[／/]|及|和)\s*短片)?|附短片)\s*[)）]$", re.IGNORECASE)
# A menu entry ("*Judiciary", "• Archives"): never a headline.
_MENU_ITEM = re.compile(r"^[*•·‧]\s*\S")
# A headline and its date on one line: "Premier visits HK, December 17, 2013" (month
# first: "Balance sheet, 31 May 2024" names the day the figures are for, not the release's).
_DATED_HEADLINE = re.compile(
    rf"\s*[,，]\s*(?P<date>(?:{_MONTH_NAME})\.?\s+\d{{1,2}}\s*,\s*\d{{4}})$", re.IGNORECASE)
# A headline with its day in brackets after it: "Drains cleared (6/10/1999)", "(Date:
# 26/3/2013)", "(15.5.2012)", "(10 March 2016)" (an ETO's news item). The brackets are part
# of the headline as printed.
_BRACKET_DATED_HEADLINE = re.compile(
    r"\s[(（]\s*(?:Date\s*[:：]\s*)?(?P<date>[^()（）]{6,30}?)\s*[)）]$", re.IGNORECASE)
# A Chinese headline with its date run into its end, its characters maybe spaced out
# (``家 燕 懷 疑 帶 有 H 5 禽 流 感 病 毒二 ○ 一 ○ 年 三 月 三 十 日 ( 星 期 二 )``); not a date the
# headline's own words lead to (``…延至2024年3月5日``).
_ZH_DIGIT = rf"[0-9{ZH_NUM}]\s*"
_ZH_DATED_HEADLINE = re.compile(
    rf"(?<![於于在至到及和與与、由自從从延截])(?<!\s[於于在至到及和與与、由自從从延截])"
    rf"(?P<date>(?:{_ZH_DIGIT}){{4}}年\s*(?:{_ZH_DIGIT}){{1,3}}月\s*(?:{_ZH_DIGIT}){{1,3}}日"
    r"\s*(?:[(（][^()（）]{1,16}[)）])?)\s*$")
# A bracketed note closing a line ("(English only)", ``(只有中文)``): a transcript's opening
# sentence that ends with a colon may print one after it.
_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]{1,30}[)）]\s*$")
# What may close a sentence (a headline is not one), once closing quotes and brackets are off.
_CLOSERS = "\"'”’」』)）]】》"
_SENTENCE_END = (".", "。", ":", "：", ";", "；", ",", "，")
# "U.S." "S.A.R." at the end of a headline are initials, not a full stop.
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Za-z]\.){2,}$")
# A stop inside the line, then more: two sentences ("... Offices. The meeting ...").
_INNER_STOP = re.compile(r"[a-z]{3}[.!?][\"'”’)]?\s+[A-Z\"“]|。\s*[^\s」』)）]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]", re.UNICODE)
_BAR = re.compile(r"\s[|｜]\s*\S|\S\s*[|｜]\s")  # "a | b": a navigation or metadata bar
_SEPARATORS = re.compile(r"[\W_]+")
# Longest headline the front will take; a longer first line is a paragraph.
_MAX_TITLE = {"latin": 260, "cjk": 90}
# Shortest sentence closing with a stop; twice as long when it closes with a colon or a
# comma, so that a label ("Categories:", "Tireless effort:") is not taken for one.
_MIN_SENTENCE = {"words": 2, "cjk": 4}


@dataclass(frozen=True)
class Front:
    """What the top of a text holds. Line numbers index the text's lines (empty ones too)."""

    title_line: int | None  # None: the text has no headline
    title_start: int = 0  # the headline's extent within its line
    title_end: int = 0
    body_start: int = 0  # the first line that may belong to the body
    body_offset: int = 0  # where the body begins within that line (after a store prefix)
    skipped: frozenset[int] = field(default_factory=frozenset)  # furniture, dates, underlines
    top_date: date | None = None  # a full date printed at the top
    top_month: tuple[int, int] | None = None  # (year, month) when only a month is printed
    store_date: date | None = None  # the text store's "date YYYY-MM-DD" prefix
    title_last_line: int | None = None  # a headline wrapped over two lines ends on this one
    posted_date: date | None = None  # the day a reposting site's byline says it posted the page

    @property
    def title_lines(self) -> tuple[int, int] | None:
        """The first and last line of the headline."""
        if self.title_line is None:
            return None
        return self.title_line, self.title_last_line or self.title_line


@dataclass(frozen=True)
class _Row:
    index: int
    kind: str  # underline, furniture, date, month, closing, sentence or headline
    start: int  # extent of the meaningful text within the line
    end: int
    underlined: bool = False  # an asterisk underline glued to the end of the line
    date_at: tuple[int, int] | None = None  # a date printed after the headline, same line
    width: int = 0  # how wide the line prints: a Chinese character is two Latin letters
    last_line: int | None = None  # a headline wrapped onto the next line ends there
    alone: bool = False  # a paragraph of its own: no text on the lines just above and below
    chinese: bool = False  # written mostly in Chinese characters


def read_front(lines: list[str]) -> Front:
    """The headline, the top date and the furniture lines of a text's first lines."""
    rows, store_date = _rows(lines)
    top_date, top_month = _top_dates(lines, rows)
    skipped = frozenset(r.index for r in rows if r.kind in ("underline", "furniture", "date",
                                                              "month"))
    posted = next((day for r in rows if r.kind == "furniture"
                   if (day := page_credits.byline_date(lines[r.index][r.start:r.end]))), None)
    title = _headline(rows)
    if title is None:
        first = next((r for r in rows if r.kind in ("sentence", "headline", "closing")), None)
        body_start = first.index if first else (rows[-1].index + 1 if rows else 0)
        body_offset = first.start if first and first is rows[0] and store_date else 0
        if first and first.kind == "sentence" and (
                run_in := page_credits.run_in_headline(lines[first.index][first.start:],
                                                       is_furniture)):
            return Front(first.index, first.start + run_in.start, first.start + run_in.end,
                         first.index, first.start + run_in.body_offset, skipped, top_date,
                         top_month, store_date, posted_date=posted)
        return Front(None, body_start=body_start, body_offset=body_offset, skipped=skipped,
                     top_date=top_date, top_month=top_month, store_date=store_date,
                     posted_date=posted)
    last = title.last_line or title.index
    title_start, title_end = title.start, title.end
    if last == title.index:  # a one-line headline may end in a reposting site's name, and
        line = lines[last]  # start with its section
        title_end = title.start + page_credits.site_suffix_start(line[title.start:title.end])
        title_start += page_credits.section_prefix_end(line[title.start:title_end])
    return Front(title.index, title_start, title_end, last + 1, 0, skipped, top_date,
                 top_month, store_date, title_last_line=title.last_line, posted_date=posted)


def _rows(lines: list[str]) -> tuple[list[_Row], date | None]:
    """The front's non-empty lines, classified, up to the first sentence of the body.

    A page that opens with a sentence (a photo caption, a blurb) but prints a date a few
    lines below has its headline by that date: the front then reaches past the sentence
    to the date and the lines just after it.
    """
    rows: list[_Row] = []
    store_date, seen = None, 0
    first_sentence: int | None = None  # position in rows
    budget: int | None = None  # visible rows left to look at after that sentence
    for index, line in enumerate(lines):
        if not line.strip() or (rows and rows[-1].last_line is not None
                                and index <= rows[-1].last_line):
            continue
        start = len(line) - len(line.lstrip())
        if not rows and (match := _STORE_DATE.match(line)):
            store_date = valid_date(int(match["y"]), int(match["m"]), int(match["d"]))
            start = match.end()
            if not line[start:].strip():
                continue
        row = _wrapped_headline(lines, index, start) or _classify(
            index, line, start, _next_text(lines, index))
        if row.kind == "headline":
            row = replace(row, alone=_stands_alone(lines, index, row.last_line or index))
        if row.kind in ("headline", "sentence"):
            row = replace(row, chinese=_is_chinese(line[row.start:row.end]))
        rows.append(row)
        visible = row.kind not in ("furniture", "underline")
        seen += visible
        if row.kind == "closing" or seen >= FRONT_LINES:
            break
        if budget is not None:
            budget -= visible
            if row.kind in ("date", "month"):
                budget = min(budget, _NEAR_DATE)
                first_sentence = None  # the date was found: keep what was read
            if budget <= 0 or (first_sentence is None and row.kind == "sentence"):
                break
        elif row.kind == "sentence":
            if any(r.kind == "headline" for r in rows):
                break
            first_sentence, budget = len(rows) - 1, _AFTER_SENTENCE
    if first_sentence is not None:  # no date after the opening sentence
        rows = rows[:first_sentence + 1]
    return rows, store_date


def _stands_alone(lines: list[str], first: int, last: int) -> bool:
    """Lines ``first`` to ``last`` make a paragraph of their own: the lines just above and
    below are blank (or an asterisk underline), where a menu's entries come one under the
    other."""
    def blank(index: int) -> bool:
        return not 0 <= index < len(lines) or not lines[index].strip() or bool(
            UNDERLINE.match(lines[index]) or _GLUED_UNDERLINE.search(lines[index]))
    return blank(first - 1) and blank(last + 1)


def _next_text(lines: list[str], index: int) -> str:
    """The line right below (no blank line between), or "" when a blank line follows."""
    return lines[index + 1].strip() if index + 1 < len(lines) else ""


def _classify(index: int, line: str, start: int, below: str) -> _Row:
    end = len(line.rstrip())
    text = line[start:end]
    if UNDERLINE.match(text):
        return _Row(index, "underline", start, end)
    glued = _GLUED_UNDERLINE.search(text)
    if glued and glued.start() > 0:
        end = start + glued.start()
        text = line[start:end]
    trimmed = text.strip(" \t|｜")
    start += text.index(trimmed) if trimmed else 0
    end = start + len(trimmed)
    if _CLOSING.match(trimmed):
        return _Row(index, "closing", start, end)
    if trimmed and date_line(trimmed) is not None:
        return _Row(index, "date", start, end)
    if trimmed and month_line(trimmed) is not None:
        return _Row(index, "month", start, end)
    if (not trimmed or is_furniture(trimmed) or _MENU_ITEM.match(trimmed) or _is_credit(trimmed)
            or _MEDIA_FLAG_LINE.match(trimmed)):
        return _Row(index, "furniture", start, end)
    if is_sentence(trimmed) or _wraps_into(below, trimmed) or _PHOTO_POSITION.search(trimmed):
        return _Row(index, "sentence", start, end)  # (a photo's caption names "(left)")
    site = page_credits.site_suffix_start(trimmed)  # "<headline> | <site>網": no menu bar
    if site < len(trimmed) and not (_BAR.search(trimmed[:site]) or is_furniture(trimmed[:site])):
        return _Row(index, "headline", start, start + site, underlined=glued is not None,
                    width=_width(trimmed[:site]))
    if _BAR.search(trimmed) or _is_site_name(trimmed):
        return _Row(index, "furniture", start, end)
    dated = _DATED_HEADLINE.search(trimmed)
    if dated and date_line(dated["date"]) is not None:  # "<headline>, December 17, 2013"
        return _Row(index, "headline", start, start + dated.start(), underlined=glued is not None,
                    date_at=(start + dated.start("date"), end),
                    width=_width(trimmed[:dated.start()]))
    zh_dated = _ZH_DATED_HEADLINE.search(trimmed)
    if zh_dated and zh_dated.start() > 0 and date_line(zh_dated["date"]) is not None:
        return _Row(index, "headline", start, start + len(trimmed[:zh_dated.start()].rstrip()),
                    underlined=glued is not None,
                    date_at=(start + zh_dated.start("date"), start + zh_dated.end("date")),
                    width=_width(trimmed[:zh_dated.start()]))
    bracketed = _BRACKET_DATED_HEADLINE.search(trimmed)
    if bracketed and date_line(bracketed["date"]) is not None:  # "<headline> (6/10/1999)"
        return _Row(index, "headline", start, end, underlined=glued is not None,
                    date_at=(start + bracketed.start("date"), start + bracketed.end("date")),
                    width=_width(trimmed))
    return _Row(index, "headline", start, end, underlined=glued is not None,
                width=_width(trimmed))


def _wrapped_headline(lines: list[str], index: int, start: int) -> _Row | None:
    """A headline the page wrapped onto a second line, with a blank line (or the asterisk
    underline) after it: "Transcript of the Secretary's media" / "session" (the second line
    goes on in lower case), or two lines of Chinese, neither of them a sentence. None when
    the line and the one below are not such a pair."""
    if index + 1 >= len(lines) or not lines[index + 1].strip():
        return None
    after = lines[index + 2].strip() if index + 2 < len(lines) else ""
    if after and not UNDERLINE.match(after):
        return None  # a block of three or more lines: a menu or a paragraph
    first, second = lines[index][start:].strip(), lines[index + 1].strip()
    joined = f"{first} {second}"
    if not _CJK.search(joined):
        if not second[0].islower():
            return None
    elif any(len(_CJK.findall(part)) * 2 < len(part.replace(" ", "")) for part in (first, second)):
        return None
    for part in (first, second):
        if (UNDERLINE.match(part) or _CLOSING.match(part) or date_line(part) or month_line(part)
                or is_furniture(part) or _MENU_ITEM.match(part) or _BAR.search(part)
                or is_sentence(part) or _holds_label(part)):
            return None
    if is_sentence(joined) or _is_site_name(first) or _is_site_name(second):
        return None
    second_line = lines[index + 1]
    second_start = len(second_line) - len(second_line.lstrip())
    return _Row(index, "headline", start + lines[index][start:].index(first),
                second_start + len(second), width=_width(joined), last_line=index + 1)


def _is_credit(text: str) -> bool:
    """A reposting site's line above the release: a byline with its date, reading
    statistics, or a caption or credit in brackets (``【资料图】``)."""
    if page_credits.byline_date(text) or page_credits.is_statistics(text):
        return True
    inner = page_credits.bracketed(text)
    return inner is not None and (is_furniture(inner) or page_credits.is_credit(inner))


def _is_site_name(text: str) -> bool:
    """A line that is only an organisation's name: the header of its website ("Transport
    Department", ``运输署``), never a headline. Names come from the registry."""
    if len(text) > 80 or " " not in text.strip() and not _CJK.search(text):
        return False  # a paragraph, or one Latin word (an acronym is no site header)
    from pressgraph import registry

    return registry.find_organisation(text) is not None


def _is_chinese(text: str) -> bool:
    """A line written mostly in Chinese characters (Latin names and digits aside)."""
    return len(_CJK.findall(text)) * 2 >= len(text.replace(" ", ""))


def _width(text: str) -> int:
    """How wide a line prints, spaces aside: a Chinese character counts as two letters."""
    return len(text.replace(" ", "")) + len(_CJK.findall(text))


def _headline(rows: list[_Row]) -> _Row | None:
    """The headline of the front's rows, or None.

    The line set above the first asterisk underline, when the page has one. Else the
    longest candidate near the date printed at the top (a news page prints its date right
    under the headline, an e-bulletin right above its category and headline), else the
    longest of the last candidates before the body. A page's own header ("Press Releases",
    a department's name, a section such as "Recent cases") is shorter than the headline
    under it, and so is a photo's caption title; the menus of a page come before its date.
    """
    for position, row in enumerate(rows):
        if row.kind == "headline" and row.underlined:
            return row
        if row.kind == "underline":
            above = [r for r in rows[:position] if r.kind not in ("furniture", "date", "month")]
            return above[-1] if above and above[-1].kind == "headline" else None
    visible = [r for r in rows if r.kind not in ("furniture", "underline")]
    candidates = [(position, r) for position, r in enumerate(visible) if r.kind == "headline"]
    if not candidates:
        return None
    anchor = next((position for position, r in enumerate(visible)
                   if r.kind in ("date", "month") or r.date_at), None)
    near = [r for position, r in candidates
            if anchor is not None and abs(position - anchor) <= _NEAR_DATE]
    if not near:  # a menu's entries stand one under another; the headline stands alone
        last = [r for _, r in candidates[-_LAST_CANDIDATES:]]
        near = [r for r in last if r.alone and r.width >= _MIN_HEADLINE_WIDTH] or last
    body = next((r for r in visible if r.kind == "sentence"), None)
    if body is not None and all(r.alone for r in near):  # of lines standing alone, a site's
        # banner in another script than the release's first sentence is not its headline
        near = [r for r in near if r.chinese == body.chinese] or near
    return max(near, key=lambda r: (r.width, -r.index))


def _top_dates(lines: list[str], rows: list[_Row]) -> tuple[date | None, tuple[int, int] | None]:
    """The first full date the front prints (a date line, or one after the headline), and
    the first month printed alone. (A time printed beside the date at the top is a site's
    posting time, not the release's time of issue: it is not read.)"""
    full = None
    for row in rows:
        if row.kind == "date":
            full = date_line(lines[row.index][row.start:row.end])
        elif row.date_at:
            full = date_line(lines[row.index][row.date_at[0]:row.date_at[1]])
        elif row.kind == "sentence":
            full = leading_date(lines[row.index][row.start:row.end])
        if full is not None:
            break
    month = next((m for r in rows if r.kind == "month"
                  if (m := month_line(lines[r.index][r.start:r.end])) is not None), None)
    return full, month


# --------------------------------------------------------------------------- line shapes


def is_sentence(text: str) -> bool:
    """A line that reads as running text, not as a headline.

    It closes with a full stop, colon, semicolon or comma (a headline closes with none,
    except initials such as "U.S.") and is more than a label ("Categories:"), or it holds
    two sentences, or it is longer than any headline.
    """
    cjk = len(_CJK.findall(text))
    if cjk > _MAX_TITLE["cjk"] or (cjk * 2 < len(text) and len(text) > _MAX_TITLE["latin"]):
        return True
    if _INNER_STOP.search(text):
        return True
    core = text.rstrip(_CLOSERS + "[( ")
    noted = _TRAILING_NOTE.search(text)
    if noted and text[:noted.start()].rstrip().endswith((":", "：")):
        core = text[:noted.start()].rstrip()  # "... today (March 12): (English only)"
    if core.endswith(("-", "–", "—")) and core.rstrip("-–— ").endswith((":", "：")):
        core = core.rstrip("-–— ")  # "as follows :-"
    if not core.endswith(_SENTENCE_END) or core.endswith(("...", "…")):
        return False
    if core.endswith(".") and (cjk == 0 and _ABBREVIATION.search(core)):
        return False
    label_like = core.endswith((":", "：", ",", "，"))  # "Categories:" is a label
    if cjk * 2 >= len(text):
        return cjk >= _MIN_SENTENCE["cjk"] * (2 if label_like else 1)
    return len(core.split()) >= _MIN_SENTENCE["words"] * (2 if label_like else 1)


def _wraps_into(below: str, text: str) -> bool:
    """A hard-wrapped paragraph: the next line (no blank line between) goes on in lower case."""
    return bool(below) and below[0].islower() and not _CJK.search(text)


# --------------------------------------------------------------------------- furniture


@cache
def _furniture_labels() -> frozenset[str]:
    """Navigation labels (data/page_furniture.txt), folded."""
    text = resources.files("pressgraph").joinpath("data/page_furniture.txt").read_text("utf-8")
    labels = {_fold(line) for line in text.splitlines()
              if line.strip() and not line.startswith("#")}
    return frozenset(labels - {""})


@cache
def _furniture_pattern() -> re.Pattern[str]:
    """The labels, longest first, as one pattern over folded text."""
    ordered = sorted(_furniture_labels(), key=lambda label: (-len(label), label))
    return re.compile("|".join(re.escape(label) for label in ordered))


def _fold(text: str) -> str:
    """Case, script and punctuation folded away: labels and lines compare on their words."""
    if _CJK.search(text):
        text = to_traditional(text)
    folded = _SEPARATORS.sub(" ", text.casefold())
    return " ".join(folded.split())


def is_furniture(text: str) -> bool:
    """A line made only of navigation labels, separators and codes.

    "Skip to main content", "Traditional Chinese Simplified Chinese Email this article",
    ``簡體版 英文版 寄給朋友 政府新聞網``, "Home >> Press Release >> 2012", "|", and a label
    glued to a page code ("... browser. 030629en01002") are furniture, and so is a masthead
    printed letter by letter (``立 法 會 秘 書 處``, "P R E S S   R E L E A S E").
    """
    folded = _fold(_closed_up(text))
    if not _WORD.search(folded):
        return True  # separators and symbols only
    rest = _furniture_pattern().sub(" ", folded)
    if rest == folded:
        return False
    return all(any(ch.isdigit() for ch in token) for token in rest.split())


_LETTER_SPACED = re.compile(r"^\S(?: {1,3}\S)+$")


def _closed_up(text: str) -> str:
    """A line printed letter by letter, closed up: Chinese characters join, and Latin letters
    join into the words that the wider gaps separate."""
    text = text.strip()
    if not _LETTER_SPACED.match(text) or not all(len(word) == 1 for word in text.split()):
        return text
    return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", despaced(text)))


def _holds_label(text: str) -> bool:
    """A line one of whose words is a whole navigation label ("簡體版 英文版 寄給朋友 …")."""
    labels = _furniture_labels()
    return any(_fold(word) in labels for word in text.split())


def is_label_bar(text: str) -> bool:
    """A navigation label, or a bar of them ("Traditional Chinese | Simplified Chinese").

    Stricter than :func:`is_furniture`: every part must be a whole label, so no line of a
    release's body (a table row of figures, a lone list marker) is taken for one.
    """
    if len(text) > _longest_label() * 4:  # a paragraph, not a bar of labels
        return False
    parts = [part for part in re.split(r"\s*[|｜]\s*", text) if part.strip()]
    labels = _furniture_labels()
    return bool(parts) and all(len(part) <= _longest_label() * 2 and _fold(part) in labels
                               for part in parts)


@cache
def _longest_label() -> int:
    return max(map(len, _furniture_labels()))


# --------------------------------------------------------------------------- a month's day

_EN_TODAY = re.compile(
    rf"\b{EN_TODAY_WORDS}\s*\((?:[A-Za-z]+\s*,\s*)?(?:(?P<month>{_MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_NAME})\.?)\s*[),]",
    re.IGNORECASE,
)
_ZH_TODAY = re.compile(rf"{ZH_TODAY_WORDS}\s*[(（]\s*(?P<month>\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s*月"
                       rf"\s*(?P<day>\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s*日\s*[)）]")
#: How many days a reprint's posting may come after the day the release names as its own.
POSTING_LAG = 7


def _todays(text: str) -> Iterator[tuple[int, int]]:
    """(month, day) of each "today (October 26)", "this evening (June 30)" or
    ``今日(十月二十六日)`` of the text, in order."""
    for match in _EN_TODAY.finditer(text):
        name = (match["month"] or match["month2"]).lower().rstrip(".")
        yield MONTHS[name], int(match["day"] or match["day2"])
    for match in _ZH_TODAY.finditer(re.sub(r"(?<=\S) (?=\S)", "", text)):
        month, day = chinese_number(match["month"]), chinese_number(match["day"])
        if month and day:
            yield month, day


def day_of_month(text: str, month: tuple[int, int]) -> date | None:
    """The release's day when only its month is known (from the top of the page or the URL):
    the first "today (October 26)" or ``今日(十月二十六日)`` of the text that falls in it."""
    year, number = month
    return next((day for m, d in _todays(text)
                 if m == number and (day := valid_date(year, m, d)) is not None), None)


def day_before_posting(text: str, posted: date) -> date | None:
    """The day a reprinted release names as its own ("today (May 16)") when a site posted it
    on ``posted`` or within :data:`POSTING_LAG` days after: the posting gives the year."""
    for month, day in _todays(text):
        for year in (posted.year, posted.year - 1):
            value = valid_date(year, month, day)
            if value is not None and 0 <= (posted - value).days <= POSTING_LAG:
                return value
    return None
