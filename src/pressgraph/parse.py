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
_TRAILER = re.compile(r"^\s*(?:NNNN|Ends)\s*$", re.IGNORECASE)
_UNDERLINE = re.compile(r"^\s*[*＊=_-]{5,}\s*$")
_TITLE_SUFFIX = re.compile(
    r"\s*[(（]\s*(?P<flag>with\s+(?:photos?|videos?|photos?\s*(?:/|and)\s*videos?)|English\s+only|"
    r"附圖(?:[／/]短片)?|附短片|只有中文)\s*[)）]\s*$",
    re.IGNORECASE,
)
# "1." "1)" "(1)" "(a)" "a." "(iv)" "iv." then "*" "-" "•" "＊" "‧" "·" bullets.
_LIST_MARKER = re.compile(
    r"^(?P<marker>\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,6})[.)）]|[（(](?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,6})[)）]"
    r"|[*\-•＊‧·–])\s+(?=\S)",
    re.IGNORECASE,
)
_URL_RELEASE = re.compile(
    r"/gia/general/(?P<ym>\d{6})/(?P<day>\d{2})/(?P<id>P\d{13})(?:p|_print)?\.html?$", re.IGNORECASE
)
_FILENAME_RELEASE = re.compile(r"(?<![0-9A-Za-z])(P\d{13})(?![0-9])")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Characters whose Traditional and Simplified forms differ and that are frequent in releases.
_HANS_ONLY = set("们会国时发区与这为学关开长间点对后业体务乡门东书议员讯设发财经济贸领导协调术报计划")
_HANT_ONLY = set("們會國時發區與這為學關開長間點對後業體務鄉門東書議員訊設財經濟貿領導協調術報計劃")


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

    title_line = content[0]
    title = title_line.stripped
    title_start = title_line.start + (len(title_line.text) - len(title_line.text.lstrip()))
    title_clean, flags = split_title(title)

    body_lines, dateline = _split_dateline(lines, lines.index(title_line) + 1)
    release_date, weekday_warning = _dateline_date(dateline.get("ends"), source.source)
    if weekday_warning:
        warnings.append(weekday_warning)
    issued_time = _issued_time(dateline.get("issued"))
    release_date_source = "dateline" if release_date else None

    release_id, id_source = _release_id(source)
    if release_date is None and source.source_url:
        url_date = _url_date(source.source_url)
        if url_date is not None:
            release_date, release_date_source = url_date, "url"
    if "ends" not in dateline:
        warnings.append("no 'Ends/<weekday>, <Month> <D>, <YYYY>' dateline: release date unknown"
                        if release_date is None else "no dateline; release date taken from the URL")

    issued = (
        datetime.combine(release_date, issued_time, tzinfo=HKT)
        if release_date and issued_time
        else None
    )
    language = source.declared_language or detect_language(text)
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


def _split_dateline(lines: list[_Line], body_start: int) -> tuple[list[_Line], dict[str, str]]:
    """Body lines between the title and the dateline; the dateline's parts."""
    found: dict[str, str] = {}
    end = len(lines)
    for index in range(len(lines) - 1, body_start - 1, -1):
        stripped = lines[index].stripped
        if _ENDS.match(stripped) or stripped.lower().startswith("ends/"):
            found["ends"] = stripped
            end = index
            break
    for line in lines[end:]:
        if _ISSUED.match(line.stripped):
            found["issued"] = line.stripped
    if "ends" not in found:  # a release cut short: an "Issued at" line may still be there
        for index in range(len(lines) - 1, body_start - 1, -1):
            if _ISSUED.match(lines[index].stripped):
                found["issued"] = lines[index].stripped
                end = index
                break
    body = [line for line in lines[body_start:end]
            if not _UNDERLINE.match(line.text) and not _TRAILER.match(line.text)]
    return body, found


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
    match = _ISSUED.match(issued)
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
    """en, zh-Hant or zh-Hans, from the share of CJK characters and their forms."""
    sample = text[:4000]
    cjk = len(_CJK.findall(sample))
    letters = sum(1 for ch in sample if ch.isalpha())
    if not letters or cjk / letters < 0.3:
        return "en"
    hans = sum(1 for ch in sample if ch in _HANS_ONLY)
    hant = sum(1 for ch in sample if ch in _HANT_ONLY)
    return "zh-Hans" if hans > hant else "zh-Hant"


def _release_id(source: SourceText) -> tuple[str | None, str | None]:
    if source.source_url:
        match = _URL_RELEASE.search(source.source_url.split("?")[0].split("#")[0])
        if match:
            return match.group("id").upper(), "url"
    name = PurePosixPath(source.source.replace("\\", "/")).name
    match = _FILENAME_RELEASE.search(name)
    if match:
        return match.group(1), "filename"
    return None, None


def _url_date(url: str) -> date | None:
    match = _URL_RELEASE.search(url.split("?")[0].split("#")[0])
    if not match:
        return None
    ym = match.group("ym")
    try:
        return date(int(ym[:4]), int(ym[4:]), int(match.group("day")))
    except ValueError:
        return None
