"""Stage 2: recognise a release's structure in its text.

Title (with its media suffix kept as a flag), body blocks (paragraphs, list items,
sub-headings), the ``Ends/<Weekday>, <Month> <D>, <YYYY>`` dateline (its comma before the
year is sometimes left out) and the
``Issued at HKT HH:MM`` line. The result is a :class:`ParsedRelease` whose ``text`` is
the normalised plain text every evidence offset refers to.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import PurePosixPath
from typing import Literal

from pressgraph import page, release_url
from pressgraph.dateforms import (
    MONTHS,
    WEEKDAYS,
    ZH_DATE,
    ZH_DATE_LINE,
    ZH_NUM,
    ZH_WEEKDAYS,
    chinese_number,
    despaced,
    valid_date,
)
from pressgraph.errors import ParseError
from pressgraph.model import Block, Language, ParsedRelease, SourceText, Span
from pressgraph.reader import latin1_chinese

__all__ = ["MONTHS", "WEEKDAYS", "chinese_number", "detect_language", "normalise_text", "parse",
           "parse_text", "release_id_from_url", "split_title"]

HKT = timezone(timedelta(hours=8))
DateSource = Literal["dateline", "top", "url"]

_ENDS = re.compile(
    r"^\s*Ends?\s*/\s*(?:(?P<weekday>[A-Za-z]+)\s*,\s*)?(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})\s*(?:,\s*|\s)(?P<year>\d{4})\s*$",
    re.IGNORECASE,
)
_ENDS_MARK = re.compile(r"^\s*Ends?\s*/", re.IGNORECASE)  # however the day is written after it
_ISSUED = re.compile(r"^\s*Issued\s+at\s+HKT\s+(?P<hour>\d{1,2})\s*[:.]\s*(?P<minute>\d{2})"
                     r"\s*(?:NNNN)?\s*$", re.IGNORECASE)
_GLUED_EN = re.compile(
    r"(?:^|\s)(?P<ends>Ends?\s*/\s*(?:[A-Za-z]+\s*,\s*)?[A-Za-z]+\.?\s+\d{1,2}\s*(?:,\s*|\s)\d{4})"
    r"\s*(?P<issued>Issued\s+at\s+HKT\s+\d{1,2}\s*[:.]\s*\d{2})?\s*$", re.IGNORECASE)
_GLUED_ZH = re.compile(
    rf"(?:(?P<end>完)\s*|(?<=[。」！？!?.\s]))"
    rf"(?P<date>(?:\d{{4}}|[{ZH_NUM}]{{4}})\s*年\s*(?:\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s*月"
    rf"\s*(?:\d{{1,2}}|[{ZH_NUM}]{{1,3}})\s*日\s*(?:[(（]\s*(?:星期|週|周|禮拜|礼拜)"
    rf"[一二三四五六日天]\s*[)）])?)\s*(?P<time>(?:香港時間|香港时间)\s*\d{{1,2}}\s*[時时]"
    rf"\s*\d{{1,2}}\s*分)?\s*(?:[|｜]\s*)?$")  # a page's bar may follow it
_TRAILER = re.compile(r"^\s*(?:NNNN|Ends|完)\s*$", re.IGNORECASE)
# The Chinese closing line, then the date and time lines:
#   完 / 2024年10月9日（星期三） / 香港時間16時25分   (also 二○二四年十月九日, 時/时, 發出)
_ZH_END = re.compile(r"^\s*[-－—–(（\[【]?\s*完\s*[-－—–)）\]】]?\s*$")
_ZH_DATE = ZH_DATE_LINE
_ZH_TIME = re.compile(
    r"^\s*(?:香港時間|香港时间|(?:於|于)?\s*HKT)\s*(?P<hour>\d{1,2})\s*(?:時|时|:|：)\s*"
    r"(?P<minute>\d{1,2})\s*分?\s*(?:發出|发出)?\s*$",
    re.IGNORECASE,
)
# The date and the time on one line: 2017年2月18日(星期六)香港時間15時02分
_ZH_DATE_TIME = re.compile(
    rf"^\s*(?P<date>{ZH_DATE})\s*(?P<time>(?:香港時間|香港时间)\s*\d{{1,2}}\s*(?:時|时|:|：)"
    r"\s*\d{1,2}\s*分?\s*(?:發出|发出)?)\s*$")
_ZH_ISSUED = re.compile(
    r"(?:於|于)(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:上午|下午|晚上)?"
    r"(?P<hour>\d{1,2})(?:時|时|:|：)(?P<minute>\d{1,2})分?(?:發出|发出)[。.]?$")
_EN_STATEMENT = re.compile(
    r"^(?:ISSUED|DISPATCHED)\s+BY\s+.{2,80}?\s+AT\s+(?P<hour>\d{1,2})\s*[:.]\s*(?P<minute>\d{2})"
    r"\s*(?:HKT|HONG\s+KONG\s+TIME)\s+ON\s+(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4})"
    r"\s*\.?$", re.IGNORECASE)
_NOTICE_LINES = 6  # how many lines of a page's links and notices a dateline may stand above
_OPENING_LINES = 12  # how many lines of the body are read for its "today (<Month> <D>)"
_STATEMENT_LINES = 4  # how far under the headline an issue statement is looked for
_UNDERLINE = page.UNDERLINE
_TITLE_SUFFIX = re.compile(
    r"\s*[(（]\s*(?P<flag>with\s+(?:photos?|videos?|photos?\s*(?:/|and)\s*videos?)|English\s+only|"
    r"附[圖图](?:\s*(?:[／/]|及|和)\s*短片)?|附短片|只有中文|只有英文|Chinese\s+only)\s*[)）]\s*$",
    re.IGNORECASE,
)
# "1." "1)" "(1)" "(a)" "a." "(iv)" "iv." then "*" "-" "•" "＊" "‧" "·" bullets.
# Chinese lists also use "１．", "一、", "（一）", and full-width bullets with no space after them.
_LIST_MARKER = re.compile(
    r"^(?P<marker>\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,6})[.)）．、]"
    r"|[（(](?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,6})[)）]"
    r"|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]"
    r"|[*\-•＊‧·–])(?:\s+(?=\S)|(?<=[＊•‧·．、）])(?=\S)|(?=[\u3400-\u9fff「『《“]))",
    re.IGNORECASE,
)
# Release pages: /gia/<section>/YYYYMM/DD/P<YYYYMMDD><4-5 digits>[p|_print].htm (general,
# wr, ...), with or without a language prefix (/tc/, /en/, /sc/) or a conversion proxy
# (/gb/, /TuniS/) in front.
_URL_RELEASE = re.compile(
    r"/gia/[a-z]+/(?P<ym>[0-9]{6})/(?P<day>[0-9]{2})/"
    r"(?P<id>P[0-9]{12,13})(?:p|_print|_p)?\.html?$",
    re.IGNORECASE,
)
_FILENAME_RELEASE = re.compile(r"(?<![0-9A-Za-z])(P[0-9]{12,13})(?![0-9])")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

@dataclass(frozen=True)
class _Line:
    text: str
    start: int  # offset of the line in the normalised text

    @property
    def stripped(self) -> str:
        return self.text.strip()


def normalise_text(text: str) -> str:
    """The published normalisation: NFC, LF line ends, no trailing spaces, no BOM."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines) + "\n"


def parse(source: SourceText) -> ParsedRelease:
    """Parse a decoded release (plain text; HTML is turned into text first)."""
    raw = source.text
    if source.media_type == "text/html":
        from pressgraph import htmltext

        raw = htmltext.html_to_text(raw, source.source)
    return parse_text(raw, source)


def parse_text(raw: str, source: SourceText) -> ParsedRelease:
    text = normalise_text(raw)
    lines = _split_lines(text)
    warnings = list(source.warnings)
    if not any(line.stripped for line in lines):
        raise ParseError("no text: expected a title line and a body", source=source.source)

    front = page.read_front([line.text for line in lines])
    misread = latin1_chinese(text)  # Chinese bytes a store decoded as Latin-1
    if misread is not None:
        title = ""
        title_start = lines[front.body_start].start if front.body_start < len(lines) else 0
        warnings.append(f"the text is Chinese ({misread[1]}) that was read as Latin-1 before it "
                        "was stored: no headline is read from it")
    elif front.title_line is None:
        title = ""
        title_start = lines[front.body_start].start if front.body_start < len(lines) else 0
        warnings.append("no headline: the text starts with its body")
    else:
        first, last = front.title_lines or (front.title_line, front.title_line)
        title_start = lines[first].start + front.title_start
        title = text[title_start:lines[last].start + front.title_end]
    title_clean, flags = split_title(title) if title else ("", ())

    if front.body_offset:  # the store's "date YYYY-MM-DD" prefix is not the body's
        cut = lines[front.body_start]
        lines[front.body_start] = _Line(cut.text[front.body_offset:], cut.start + front.body_offset)
    body_lines, dateline = _split_dateline(lines, front.body_start, front.skipped)
    if not dateline and (statement := _statement_near_top(body_lines)):
        dateline = {"statement": statement, "issued": statement}
    if "statement" in dateline:
        release_date, weekday_warning = _statement_date(dateline["statement"]), None
    elif "zh_date" in dateline:
        release_date, weekday_warning = _zh_dateline_date(dateline["zh_date"])
    elif "date_line" in dateline:
        release_date, weekday_warning = page.date_line(dateline["date_line"]), None
    else:
        release_date, weekday_warning = _dateline_date(dateline.get("ends"), source.source)
    if weekday_warning:
        warnings.append(weekday_warning)
    issued_time = _issued_time(dateline.get("issued"))
    release_date_source: DateSource | None = "dateline" if release_date else None
    if release_date is None and not {"ends", "zh_date", "statement", "date_line"} & dateline.keys():
        release_date, release_date_source = _undated_release_date(front, body_lines, source,
                                                                  warnings)
    elif release_date and source.source_url:
        url_day = release_url.url_date(source.source_url)
        if url_day and url_day != release_date:
            warnings.append(f"the dateline says {release_date.isoformat()} but the URL "
                            f"{source.source_url} says {url_day.isoformat()}; the dateline is used")
    release_id, id_source = _release_id(source)

    issued = (
        datetime.combine(release_date, issued_time, tzinfo=HKT)
        if release_date and issued_time
        else None
    )
    blocks = tuple(_blocks(body_lines))
    detected = (detect_language(misread[0]) if misread is not None
                else _release_language(title, blocks, text))
    language = source.declared_language or detected
    if source.declared_language and source.declared_language != detected:
        warnings.append(f"declared language {source.declared_language} but the text looks like "
                        f"{detected}; {source.declared_language} is used")
    return ParsedRelease(
        source=source.source,
        text=text,
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        language=language,
        title=title,
        title_clean=title_clean,
        title_flags=flags,
        title_span=Span(title_start, title_start + len(title)),
        blocks=blocks,
        release_date=release_date,
        release_date_source=release_date_source,
        issued=issued,
        issued_time=issued_time,
        release_id=release_id,
        release_id_source=id_source,
        source_url=source.source_url,
        content_sha256=source.content_sha256,
        media_type=source.media_type,
        encoding=source.encoding,
        warnings=tuple(warnings),
    )


def _undated_release_date(front: page.Front, body: list[_Line], source: SourceText,
                          warnings: list[str]) -> tuple[date | None, DateSource | None]:
    """A release without a dateline: the date printed at the top, the text store's date,
    the date of a reposting site's byline, a month at the top or in the URL completed by the
    body's "today (<Month> <D>)", or the date in the URL -- in that order.

    On a reprinting site (not a Government one) the text store's date and the date in the URL
    are the day the page was posted, and so is a byline's date on any page: the posting may be
    a few days after the release, and the body's "today (<Month> <D>)" then gives the
    release's day, and the posting its year.
    """
    url = source.source_url
    url_day = release_url.url_date(url) if url else None
    month = front.top_month or (release_url.url_month(url) if url else None)
    opening = "\n".join([line.stripped for line in body if line.stripped][:_OPENING_LINES])
    reprint = bool(url) and not release_url.is_government_page(url or "")
    candidates: list[tuple[date | None, DateSource]] = [
        (front.top_date, "top"),
        (_posting_day(opening, front.store_date) if reprint else front.store_date, "top"),
        (_posting_day(opening, front.posted_date), "top"),  # a byline is a reposting's
        (page.day_of_month(opening, month) if month else None, "top"),
        (_posting_day(opening, url_day) if reprint else url_day, "url")]
    value, where = next(((d, w) for d, w in candidates if d is not None), (None, None))
    if value is None:
        warnings.append("no dateline ('Ends/<Weekday>, <Month> <D>, <YYYY>' or '完' and "
                        "'YYYY年M月D日') and no date at the top or in the URL: "
                        "release date unknown")
    elif where == "url":
        warnings.append("no dateline; release date taken from the URL")
    else:
        warnings.append("no dateline; release date taken from the top of the page")
    if value and url_day and url_day != value:
        warnings.append(f"the release date {value.isoformat()} differs from the URL "
                        f"{url} ({url_day.isoformat()}); {value.isoformat()} is used")
    return value, where


def _posting_day(opening: str, posted: date | None) -> date | None:
    """The release's day on a page posted on ``posted``: its own "today (<Month> <D>)" when
    that falls a few days before, else the posting day."""
    if posted is None:
        return None
    return page.day_before_posting(opening, posted) or posted


def _split_lines(text: str) -> list[_Line]:
    lines, offset = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(raw, offset))
        offset += len(raw) + 1
    return lines


def split_title(title: str) -> tuple[str, tuple[str, ...]]:
    """Split a media suffix such as "(with photos)" off a title.

    >>> split_title("Meeting held in Guangzhou (with photos)")
    ('Meeting held in Guangzhou', ('with photos',))
    """
    flags: list[str] = []
    clean = title
    while match := _TITLE_SUFFIX.search(clean):
        flags.insert(0, re.sub(r"\s+", " ", match.group("flag")).replace("／", "/"))
        clean = clean[: match.start()].rstrip()
    return (clean or title), tuple(flags)


def _split_dateline(lines: list[_Line], body_start: int,
                    skipped: frozenset[int] = frozenset()) -> tuple[list[_Line], dict[str, str]]:
    """Body lines between the title and the dateline; the dateline's parts.

    English releases close with ``Ends/<Weekday>, <Month> <D>, <YYYY>`` and ``Issued at HKT
    HH:MM``; Chinese ones with ``完``, ``YYYY年M月D日（星期X）`` and ``香港時間HH時MM分``, or
    with the date and time alone. Whatever follows (``NNNN``, ``即日新聞``, navigation) is
    not part of the release. ``skipped`` lines (furniture and dates at the top of the
    page) are left out of the body.
    """
    found: dict[str, str] = {}
    end = len(lines)
    for index in range(len(lines) - 1, body_start - 1, -1):
        stripped = lines[index].stripped
        if _ENDS.match(stripped) or _ENDS_MARK.match(stripped):
            found["ends"] = stripped
            if (joined := _GLUED_EN.match(stripped)) and joined["issued"]:  # one line
                found["ends"], found["issued"] = joined["ends"], joined["issued"]
            end = index
            break
        if _ZH_END.match(stripped):
            found["zh_end"] = stripped
            end = index
            break
    glued: _Line | None = None
    if not found:  # no closing line: a bare date/time pair may still end the release
        end = _bare_dateline_start(lines, body_start)
        if end == len(lines):  # or a dateline glued to the end of the last paragraph
            end, glued, found = _glued_dateline(lines, body_start)
        if end == len(lines):  # or a date and time pair with captions or furniture below
            end = _dated_pair_start(lines, body_start)
        if end == len(lines):  # or an English page's date alone under its last paragraph
            end = _closing_date_start(lines, body_start)
    for line in lines[end:]:
        stripped = line.stripped
        closed = despaced(stripped)
        dated = "zh_date" not in found and "ends" not in found
        if "issued" not in found and (_ISSUED.match(stripped) or _ZH_TIME.match(closed)):
            found["issued"] = closed if _ZH_TIME.match(closed) else stripped
        elif dated and _ZH_DATE.match(closed):
            found["zh_date"] = closed
        elif dated and (match := _ZH_DATE_TIME.match(closed)):
            found["zh_date"] = match["date"].strip()
            found.setdefault("issued", match["time"])
        elif dated and _issue_statement(stripped):
            found["statement"] = found["issued"] = stripped
        elif dated and not _CJK.search(stripped) and page.date_line(stripped):
            found["date_line"] = stripped
    body = [line for index, line in enumerate(lines[body_start:end], body_start)
            if index not in skipped and not _UNDERLINE.match(line.text)
            and not _TRAILER.match(line.text)
            and not (line.stripped and page.is_label_bar(line.stripped))]
    return body + ([glued] if glued else []), found


def _glued_dateline(lines: list[_Line], body_start: int
                    ) -> tuple[int, _Line | None, dict[str, str]]:
    """A dateline at the end of the last paragraph's line, as a store that joins lines
    gives it ("... the public. Ends/Friday, July 7, 2017 Issued at HKT 17:00",
    "…參閱。二○○四年四月十五日(星期四)"): where the release ends, what is left of that
    line, and the dateline's parts."""
    index = len(lines) - 1
    while index >= body_start and (not lines[index].stripped
                                   or page.is_furniture(lines[index].stripped)):
        index -= 1
    if index < body_start:
        return len(lines), None, {}
    line = lines[index]
    found: dict[str, str] = {}
    if match := _GLUED_EN.search(line.text):
        found["ends"] = match["ends"]
    elif (match := _GLUED_ZH.search(line.text)) and (
            match["end"] or match["time"] or re.search("[(（]", match["date"])):
        found["zh_date"] = match["date"].strip()
    if not match or not found:
        return len(lines), None, {}
    if match["issued"] if "ends" in found else match["time"]:
        found["issued"] = (match["issued"] if "ends" in found else match["time"]).strip()
    rest = line.text[:match.start()].rstrip()
    return index + 1, (_Line(rest, line.start) if rest.strip() else None), found


def _dated_pair_start(lines: list[_Line], body_start: int) -> int:
    """Where a Chinese dateline stands above lines that are not the release's: the last date
    followed by its time (``2023年6月16日(星期五)`` / ``香港時間19時07分``, or both on one
    line), with photo captions or links below it; or the last date with its weekday below
    which no sentence stands (only a page's links and notices). The end of the text when
    there is none."""
    following: str | None = None  # the next non-empty line below, closed up
    prose_below, below = False, 0
    for index in range(len(lines) - 1, body_start - 1, -1):
        closed = despaced(lines[index].stripped)
        if not closed:
            continue
        if _ZH_DATE_TIME.match(closed) or (
                (date_line := _ZH_DATE.match(closed))
                and (following is not None and _ZH_TIME.match(following)
                     or date_line["weekday"] and not prose_below and below <= _NOTICE_LINES)):
            return index
        following, below = closed, below + 1
        prose_below = prose_below or page.is_sentence(closed)
    return len(lines)


def _closing_date_start(lines: list[_Line], body_start: int) -> int:
    """Where an English department page's closing date stands: its last line (furniture
    aside) is a date alone ("January 5, 2006", "(January 05 2006)") right under the body's
    last paragraph -- not under "NNNN" or a page's links, where a date is the page's revision
    date. The end of the text when there is none."""
    texts = [(index, lines[index].stripped) for index in range(body_start, len(lines))
             if lines[index].stripped and (_TRAILER.match(lines[index].stripped)
                                           or not page.is_furniture(lines[index].stripped))]
    if len(texts) < 2:
        return len(lines)
    (_, above), (index, last) = texts[-2], texts[-1]
    if _CJK.search(last) or page.date_line(last) is None or _TRAILER.match(above):
        return len(lines)
    return index


def _bare_dateline_start(lines: list[_Line], body_start: int) -> int:
    """Where trailing date/"Issued at"/time lines begin, looking at the last few lines only."""
    end, seen = len(lines), 0
    for index in range(len(lines) - 1, body_start - 1, -1):
        stripped = lines[index].stripped
        if not stripped or page.is_furniture(stripped) or _TRAILER.match(stripped):
            continue
        closed = despaced(stripped)
        if _ISSUED.match(stripped) or _ZH_TIME.match(closed) or _ZH_DATE.match(closed):
            end = index
            seen += 1
            continue
        if not seen and _issue_statement(stripped):  # "DISPATCHED BY … AT 23:45 HKT ON …"
            return index
        break
    return end if seen else len(lines)


def _issue_statement(line: str) -> re.Match[str] | None:
    """A line that gives the date and time of issue in a sentence: ``以上天氣稿由天文台於
    2021年10月10日13時45分發出`` (its characters spaced out or not), "DISPATCHED BY HONG
    KONG OBSERVATORY AT 23:45 HKT ON 14.09.2018"."""
    return _EN_STATEMENT.match(line.strip()) or _ZH_ISSUED.search(re.sub(r"\s+", "", line))


def _statement_date(line: str) -> date | None:
    match = _issue_statement(line)
    if not match:
        return None
    return valid_date(int(match["year"]), int(match["month"]), int(match["day"]))


def _statement_near_top(body: list[_Line]) -> str | None:
    """An issue statement among the first lines under the headline (a weather bulletin
    prints it there, and an excerpt may be cut before its end)."""
    for line in [line for line in body if line.stripped][:_STATEMENT_LINES]:
        if _issue_statement(line.stripped):
            return line.stripped
    return None


def _zh_dateline_date(line: str) -> tuple[date | None, str | None]:
    match = _ZH_DATE.match(line)
    if not match:
        return None, f"dateline {line!r} is not 'YYYY年M月D日'; release date unset"
    year, month, day = (chinese_number(match.group(k)) for k in ("year", "month", "day"))
    try:
        value = date(year or 0, month or 0, day or 0)
    except ValueError:
        return None, f"dateline {line!r} names a day that does not exist; release date unset"
    weekday = match.groupdict().get("weekday")
    if weekday:
        expected = ZH_WEEKDAYS.index("日" if weekday == "天" else weekday)
        if expected != value.weekday():
            return value, (f"dateline {line!r}: {value.isoformat()} is a "
                           f"{WEEKDAYS[value.weekday()].title()}")
    return value, None


def _dateline_date(ends: str | None, source: str) -> tuple[date | None, str | None]:
    if ends is None:
        return None, None
    match = _ENDS.match(ends)
    if not match or match.group("month").lower() not in MONTHS:
        # other ways of writing the day: "Ends/Sunday January 26, 2014", "Ends/26 January 2014"
        if (value := page.date_line(re.sub(r"^\s*Ends?\s*/\s*", "", ends, flags=re.I))):
            return value, None
        return None, (f"dateline {ends!r} is not 'Ends/<Weekday>, <Month> <D>, <YYYY>'; "
                      "release date unset")
    month = MONTHS[match.group("month").lower()]
    try:
        value = date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None, f"dateline {ends!r} names a day that does not exist; release date unset"
    weekday = (match.group("weekday") or "").lower()
    if weekday and weekday in WEEKDAYS and WEEKDAYS.index(weekday) != value.weekday():
        weekday_name = WEEKDAYS[value.weekday()].title()
        return value, f"dateline {ends!r}: {value.isoformat()} is a {weekday_name}"
    return value, None


def _issued_time(issued: str | None) -> time | None:
    if issued is None:
        return None
    match = _ISSUED.match(issued) or _ZH_TIME.match(issued) or _issue_statement(issued)
    if not match:
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _blocks(lines: list[_Line]) -> list[Block]:
    blocks: list[Block] = []
    list_index, position, previous_was_item = -1, 0, False
    for line in lines:
        if not line.stripped:
            continue
        indent = len(line.text) - len(line.text.lstrip())
        content_start = line.start + indent
        body = line.stripped
        marker = _LIST_MARKER.match(body) if indent < 2 else None
        if marker:
            if not previous_was_item:
                list_index, position = list_index + 1, 0
            position += 1
            text = body[marker.end():]
            start = content_start + marker.end()
            blocks.append(Block("list_item", text, Span(start, start + len(text)),
                                marker=marker.group("marker"), list_index=list_index,
                                position=position))
            previous_was_item = True
            continue
        kind = "heading" if indent == 0 and _looks_like_heading(body) else "paragraph"
        blocks.append(Block(kind, body, Span(content_start, content_start + len(body))))
        previous_was_item = False
    return blocks


def _looks_like_heading(text: str) -> bool:
    return len(text) <= 80 and not text.endswith((".", "。", ":", "：", ";", "；", ",", "，"))


def _release_language(title: str, blocks: tuple[Block, ...], text: str) -> Language:
    """The language of the release's own words, its headline and body: a page's furniture
    (a Chinese mirror's menus around an English release, an English skip link above a
    Chinese one) does not count. The whole text when there is no body."""
    own = "\n".join([title, *(block.text for block in blocks)])
    return detect_language(own) if own.strip() else detect_language(text)


def detect_language(text: str) -> Language:
    """en, zh-Hant or zh-Hans, from the share of CJK characters and their forms.

    Chinese needs more CJK characters than the Latin text has words (about four letters
    each); the script is decided by the characters whose Traditional and Simplified forms
    differ (a data file of pairs). A tie is Traditional, the script of Hong Kong releases.
    """
    sample = text[:6000]
    cjk = len(_CJK.findall(sample))
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if cjk == 0 or cjk <= latin / 4:  # a Chinese character against an English word or so
        return "en"
    from pressgraph.chinese_script import script_counts

    hant, hans = script_counts(sample)
    return "zh-Hans" if hans > hant else "zh-Hant"


def _release_id(source: SourceText) -> tuple[str | None, str | None]:
    if source.source_url:
        match = _URL_RELEASE.search(_url_path(source.source_url))
        if match:
            return match.group("id").upper(), "url"
    name = PurePosixPath(source.source.replace("\\", "/")).name
    match = _FILENAME_RELEASE.search(name)
    if match and release_id_date(match.group(1)) is not None:
        return match.group(1), "filename"
    return None, None


def _url_path(url: str) -> str:
    return url.split("#")[0].split("?")[0]


def release_id_date(release_id: str) -> date | None:
    """The day an info.gov.hk release ID names (``P2024100900401`` -> 2024-10-09), if real."""
    if not re.match(r"^P[0-9]{8}", release_id):
        return None
    digits = release_id[1:9]
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def release_id_from_url(url: str) -> str | None:
    """The release ID an info.gov.hk release URL names (``P2024100900401``), if any."""
    match = _URL_RELEASE.search(_url_path(url))
    return match.group("id").upper() if match else None
