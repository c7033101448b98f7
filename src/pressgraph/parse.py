"""Stage 2: recognise a release's structure in its text.

Title (with its media suffix kept as a flag), body blocks (paragraphs, list items,
sub-headings), the ``Ends/<Weekday>, <Month> <D>, <YYYY>`` dateline and the
``Issued at HKT HH:MM`` line. The result is a :class:`ParsedRelease` whose ``text`` is
the normalised plain text every evidence offset refers to.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import cache
from importlib import resources
from pathlib import PurePosixPath

from pressgraph.errors import ParseError
from pressgraph.model import Block, Language, ParsedRelease, SourceText, Span

HKT = timezone(timedelta(hours=8))

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_ENDS = re.compile(
    r"^\s*Ends\s*/\s*(?:(?P<weekday>[A-Za-z]+)\s*,\s*)?(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})\s*,\s*(?P<year>\d{4})\s*$",
    re.IGNORECASE,
)
_ISSUED = re.compile(r"^\s*Issued\s+at\s+HKT\s+(?P<hour>\d{1,2})\s*[:.]\s*(?P<minute>\d{2})\s*$",
                     re.IGNORECASE)
_TRAILER = re.compile(r"^\s*(?:NNNN|Ends|完)\s*$", re.IGNORECASE)
# The Chinese closing line, then the date and time lines:
#   完 / 2024年10月9日（星期三） / 香港時間16時25分   (also 二○二四年十月九日, 時/时, 發出)
_ZH_END = re.compile(r"^\s*[-－—–(（\[【]?\s*完\s*[-－—–)）\]】]?\s*$")
_ZH_NUM = "〇○零一二三四五六七八九十兩两"
_ZH_DATE = re.compile(
    rf"^\s*(?P<year>\d{{4}}|[{_ZH_NUM}]{{4}})\s*年\s*(?P<month>\d{{1,2}}|[{_ZH_NUM}]{{1,3}})\s*月"
    rf"\s*(?P<day>\d{{1,2}}|[{_ZH_NUM}]{{1,3}})\s*日\s*"
    r"(?:[(（]\s*(?:星期|週|周|禮拜|礼拜)(?P<weekday>[一二三四五六日天])\s*[)）])?\s*$"
)
_ZH_TIME = re.compile(
    r"^\s*(?:香港時間|香港时间|(?:於|于)?\s*HKT)\s*(?P<hour>\d{1,2})\s*(?:時|时|:|：)\s*"
    r"(?P<minute>\d{1,2})\s*分?\s*(?:發出|发出)?\s*$",
    re.IGNORECASE,
)
_ZH_WEEKDAYS = "一二三四五六日"
_UNDERLINE = re.compile(r"^\s*[*＊=_-]{5,}\s*$")
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
# Release pages: /gia/general/YYYYMM/DD/P<YYYYMMDD><4-5 digits>[p|_print].htm, with or
# without a language prefix (/tc/, /en/, /sc/) or a conversion proxy in front.
_URL_RELEASE = re.compile(
    r"/gia/general/(?P<ym>[0-9]{6})/(?P<day>[0-9]{2})/"
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
    content = [line for line in lines if line.stripped]
    if not content:
        raise ParseError("no text: expected a title line and a body", source=source.source)

    title_line = _title_line(content)
    title = title_line.stripped
    title_start = title_line.start + (len(title_line.text) - len(title_line.text.lstrip()))
    title_clean, flags = split_title(title)

    body_lines, dateline = _split_dateline(lines, lines.index(title_line) + 1)
    if "zh_date" in dateline:
        release_date, weekday_warning = _zh_dateline_date(dateline["zh_date"])
    else:
        release_date, weekday_warning = _dateline_date(dateline.get("ends"), source.source)
    if weekday_warning:
        warnings.append(weekday_warning)
    issued_time = _issued_time(dateline.get("issued"))
    release_date_source = "dateline" if release_date else None

    release_id, id_source = _release_id(source)
    url_date = _url_date(source.source_url) if source.source_url else None
    if release_date is None and url_date is not None:
        release_date, release_date_source = url_date, "url"
    elif release_date and url_date and url_date != release_date:
        warnings.append(f"the dateline says {release_date.isoformat()} but the URL "
                        f"{source.source_url} says {url_date.isoformat()}; the dateline is used")
    if "ends" not in dateline and "zh_date" not in dateline:
        warnings.append("no dateline ('Ends/<Weekday>, <Month> <D>, <YYYY>' or '完' and "
                        "'YYYY年M月D日'): release date unknown" if release_date is None
                        else "no dateline; release date taken from the URL")

    issued = (
        datetime.combine(release_date, issued_time, tzinfo=HKT)
        if release_date and issued_time
        else None
    )
    detected = detect_language(text)
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
        blocks=tuple(_blocks(body_lines)),
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


def _title_line(content: list[_Line]) -> _Line:
    """The first line that is neither page furniture nor an asterisk underline."""
    for line in content:
        if not _is_clutter(line.stripped) and not _UNDERLINE.match(line.text):
            return line
    return content[0]


@cache
def _page_furniture() -> frozenset[str]:
    """Navigation labels (data/page_furniture.txt), case-folded."""
    text = resources.files("pressgraph").joinpath("data/page_furniture.txt").read_text("utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def _is_clutter(text: str) -> bool:
    """A navigation label, or a bar of them ("Traditional Chinese | Simplified Chinese")."""
    parts = [part.strip() for part in re.split(r"\s*[|｜]\s*", text)]
    labels = _page_furniture()
    return all(part.casefold() in labels or not part for part in parts) and any(parts)


def _split_dateline(lines: list[_Line], body_start: int) -> tuple[list[_Line], dict[str, str]]:
    """Body lines between the title and the dateline; the dateline's parts.

    English releases close with ``Ends/<Weekday>, <Month> <D>, <YYYY>`` and ``Issued at HKT
    HH:MM``; Chinese ones with ``完``, ``YYYY年M月D日（星期X）`` and ``香港時間HH時MM分``.
    Whatever follows (``NNNN``, ``即日新聞``, navigation) is not part of the release.
    """
    found: dict[str, str] = {}
    end = len(lines)
    for index in range(len(lines) - 1, body_start - 1, -1):
        stripped = lines[index].stripped
        if _ENDS.match(stripped) or stripped.lower().startswith("ends/"):
            found["ends"] = stripped
            end = index
            break
        if _ZH_END.match(stripped):
            found["zh_end"] = stripped
            end = index
            break
    if not found:  # no closing line: a bare date/time pair may still end the release
        end = _bare_dateline_start(lines, body_start)
    for line in lines[end:]:
        stripped = line.stripped
        if "issued" not in found and (_ISSUED.match(stripped) or _ZH_TIME.match(stripped)):
            found["issued"] = stripped
        elif "zh_date" not in found and "ends" not in found and _ZH_DATE.match(stripped):
            found["zh_date"] = stripped
    body = [line for line in lines[body_start:end]
            if not _UNDERLINE.match(line.text) and not _TRAILER.match(line.text)
            and not (line.stripped and _is_clutter(line.stripped))]
    return body, found


def _bare_dateline_start(lines: list[_Line], body_start: int) -> int:
    """Where trailing date/"Issued at"/time lines begin, looking at the last few lines only."""
    end, seen = len(lines), 0
    for index in range(len(lines) - 1, body_start - 1, -1):
        stripped = lines[index].stripped
        if not stripped or _is_clutter(stripped) or _TRAILER.match(stripped):
            continue
        if _ISSUED.match(stripped) or _ZH_TIME.match(stripped) or _ZH_DATE.match(stripped):
            end = index
            seen += 1
            continue
        break
    return end if seen else len(lines)


def chinese_number(text: str) -> int | None:
    """The value of a number written in Chinese or Arabic digits, up to 9999.

    Positional digit strings (``二○二四`` = 2024) and counted forms (``二十四`` = 24,
    ``十`` = 10, ``一百零五`` = 105) are both read.

    >>> chinese_number("二十四"), chinese_number("二○一六"), chinese_number("12")
    (24, 2016, 12)
    """
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    digits = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    units = {"十": 10, "百": 100, "千": 1000}
    if all(ch in digits for ch in text):
        return int("".join(str(digits[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        elif ch in units:
            total += (current or 1) * units[ch]
            current = 0
        else:
            return None
    return total + current


def _zh_dateline_date(line: str) -> tuple[date | None, str | None]:
    match = _ZH_DATE.match(line)
    if not match:
        return None, f"dateline {line!r} is not 'YYYY年M月D日'; release date unset"
    year, month, day = (chinese_number(match.group(k)) for k in ("year", "month", "day"))
    try:
        value = date(year or 0, month or 0, day or 0)
    except ValueError:
        return None, f"dateline {line!r} names a day that does not exist; release date unset"
    weekday = match.group("weekday")
    if weekday:
        expected = _ZH_WEEKDAYS.index("日" if weekday == "天" else weekday)
        if expected != value.weekday():
            return value, (f"dateline {line!r}: {value.isoformat()} is a "
                           f"{WEEKDAYS[value.weekday()].title()}")
    return value, None


def _dateline_date(ends: str | None, source: str) -> tuple[date | None, str | None]:
    if ends is None:
        return None, None
    match = _ENDS.match(ends)
    if not match or match.group("month").lower() not in MONTHS:
        return None, f"dateline {ends!r} is not 'Ends/<Weekday>, <Month> <D>, <YYYY>'; release date unset"
    month = MONTHS[match.group("month").lower()]
    try:
        value = date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None, f"dateline {ends!r} names a day that does not exist; release date unset"
    weekday = (match.group("weekday") or "").lower()
    if weekday and weekday in WEEKDAYS and WEEKDAYS.index(weekday) != value.weekday():
        return value, f"dateline {ends!r}: {value.isoformat()} is a {WEEKDAYS[value.weekday()].title()}"
    return value, None


def _issued_time(issued: str | None) -> time | None:
    if issued is None:
        return None
    match = _ISSUED.match(issued) or _ZH_TIME.match(issued)
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
    if match and _id_date(match.group(1)) is not None:
        return match.group(1), "filename"
    return None, None


def _url_path(url: str) -> str:
    return url.split("#")[0].split("?")[0]


def _id_date(release_id: str) -> date | None:
    digits = release_id[1:9]
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def release_id_from_url(url: str) -> str | None:
    """The release ID an info.gov.hk release URL names (``P2024100900401``), if any."""
    match = _URL_RELEASE.search(_url_path(url))
    return match.group("id").upper() if match else None


def _url_date(url: str) -> date | None:
    """The release date a release URL's path gives (``/YYYYMM/DD/``), if it is a real day."""
    match = _URL_RELEASE.search(_url_path(url))
    if not match:
        return None
    ym = match.group("ym")
    try:
        return date(int(ym[:4]), int(ym[4:]), int(match.group("day")))
    except ValueError:
        return None
