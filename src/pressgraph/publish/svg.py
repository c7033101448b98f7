"""Inline SVG charts for pages: readable without JavaScript, every text escaped.

Dates are ISO ``YYYY-MM-DD`` strings from the data; positions are computed from the day
number, so the same data draws the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pressgraph.publish.markup import Markup, tag
from pressgraph.publish.textfit import Font, fit, wrap

WIDTH = 720


@dataclass(frozen=True)
class TimelinePoint:
    day: str  # ISO date
    label: str  # e.g. the ordinal
    detail: str  # e.g. the place
    href: str | None


def _day_number(iso: str) -> int | None:
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def timeline(points: list[TimelinePoint], title: str) -> Markup:
    """Meetings on a time axis: a dot per meeting, its label above, date and place below."""
    dated = sorted((p for p in points if _day_number(p.day) is not None),
                   key=lambda p: (p.day, p.label, p.detail))
    if not dated:
        return Markup("")
    first = _day_number(dated[0].day) or 0
    last = _day_number(dated[-1].day) or 0
    span = max(last - first, 1)
    left, right = 80, WIDTH - 80
    rows = 3  # stagger labels so that close meetings do not overlap
    detailed = len(dated) <= 8  # with many meetings the table below carries the details
    height = 70 + rows * 34
    items: list[Markup] = [
        tag("title", title),
        tag("line", x1=left, y1=40, x2=right, y2=40, stroke="#555", stroke_width=2),
    ]
    for year in range(date.fromordinal(first).year, date.fromordinal(last).year + 2):
        tick = date(year, 1, 1).toordinal()
        if first <= tick <= last:
            x = left + (right - left) * (tick - first) / span
            items.append(tag("line", x1=f"{x:.1f}", y1=34, x2=f"{x:.1f}", y2=46, stroke="#999"))
            items.append(tag("text", year, x=f"{x:.1f}", y=26, text_anchor="middle",
                             font_size=11, fill="#666"))
    for index, point in enumerate(dated):
        number = _day_number(point.day) or first
        x = left + (right - left) * (number - first) / span if last > first else (left + right) / 2
        y = 70 + (index % rows) * 34
        mark = [
            tag("title", f"{point.label} — {point.day} — {point.detail}".strip(" —")),
            tag("line", x1=f"{x:.1f}", y1=40, x2=f"{x:.1f}", y2=y - 12, stroke="#bbb"),
            tag("circle", cx=f"{x:.1f}", cy=40, r=6, fill="#1f5f8b"),
            tag("text", point.label, x=f"{x:.1f}", y=y, text_anchor="middle", font_size=12,
                font_weight="bold", fill="#1f5f8b"),
            tag("text", f"{point.day} {point.detail}".strip(), x=f"{x:.1f}", y=y + 13,
                text_anchor="middle", font_size=10, fill="#333") if detailed else None,
        ]
        group = tag("g", mark, class_="meeting")
        items.append(tag("a", group, href=point.href) if point.href else group)
    return tag("svg", items, xmlns="http://www.w3.org/2000/svg", class_="chart timeline",
               viewBox=f"0 0 {WIDTH} {height}", width=WIDTH, height=height, role="img",
               aria_label=title)


def bars_by_year(counts: dict[int, int], title: str) -> Markup:
    """A bar per year (every year between the first and the last, zeros included)."""
    if not counts:
        return Markup("")
    years = list(range(min(counts), max(counts) + 1))
    top = max(counts.values())
    bar_width = min(48, (WIDTH - 60) // len(years))
    chart_height = 120
    height = chart_height + 50
    items: list[Markup] = [tag("title", title)]
    for index, year in enumerate(years):
        count = counts.get(year, 0)
        bar = chart_height * count / top if top else 0
        x = 30 + index * bar_width
        items.append(tag("rect", x=x + 2, y=f"{20 + chart_height - bar:.1f}",
                         width=bar_width - 4, height=f"{bar:.1f}", fill="#1f5f8b",
                         class_="bar"))
        items.append(tag("text", count, x=x + bar_width / 2, y=f"{16 + chart_height - bar:.1f}",
                         text_anchor="middle", font_size=11))
        items.append(tag("text", year, x=x + bar_width / 2, y=chart_height + 36,
                         text_anchor="middle", font_size=10, fill="#333"))
    width = max(WIDTH // 3, 60 + len(years) * bar_width)
    return tag("svg", items, xmlns="http://www.w3.org/2000/svg", class_="chart bars",
               viewBox=f"0 0 {width} {height}", width=width, height=height, role="img",
               aria_label=title)


@dataclass(frozen=True)
class Attendee:
    name: str
    role: str
    href: str | None
    detail: str = ""  # post and organisation


SIDE_COLUMNS = 3  # sides side by side at most; more sides start a new row of columns
LINE = 15  # px between the lines of a box
NAME_LINES = 2  # lines a name may take before it is ellipsised
DETAIL_LINES = 4  # lines post, organisation and role may take before they are ellipsised
HEADING = Font(13, bold=True)
NAME = Font(12, bold=True)
DETAIL = Font(11)


def sides(groups: list[tuple[str, list[Attendee]]], title: str) -> Markup:
    """One column per side (at most three abreast), one box per attendee: the name in bold
    and below it the post, organisation and role, wrapped by the width the text takes
    (CJK characters are about twice as wide as Latin letters), the box as tall as its
    lines; text beyond a few lines ends with '…' (the full text is on hover, and in the
    list under the drawing)."""
    if not groups:
        return Markup("")
    columns = min(len(groups), SIDE_COLUMNS)
    column = WIDTH // columns
    room = column - 24  # the box is inset 6 px in its column, its text 6 px in the box
    items: list[Markup] = [tag("title", title)]
    top = 0
    for start in range(0, len(groups), columns):
        row = groups[start:start + columns]
        bottom = top
        for index, (side, people) in enumerate(row):
            x = index * column
            items.append(tag("text", fit(side, room, HEADING), x=x + column / 2, y=top + 20,
                             text_anchor="middle", font_size=HEADING.size, font_weight="bold",
                             font_family="sans-serif", fill="#1f5f8b"))
            y = top + 32
            for person in people:
                group = _attendee_box(person, x, y, column, room)
                items.append(tag("a", group.markup, href=person.href)
                             if person.href else group.markup)
                y += group.height + 6
            bottom = max(bottom, y)
        top = bottom + 8
    return tag("svg", items, xmlns="http://www.w3.org/2000/svg", class_="chart sides",
               viewBox=f"0 0 {WIDTH} {top}", width=WIDTH, height=top, role="img",
               aria_label=title)


@dataclass(frozen=True)
class _Box:
    markup: Markup
    height: int


def _attendee_box(person: Attendee, x: int, y: int, column: int, room: int) -> _Box:
    names = wrap(person.name, room, NAME, NAME_LINES)
    second = " ".join(p for p in (person.detail, person.role) if p)
    details = wrap(second, room, DETAIL, DETAIL_LINES)
    height = 8 + LINE * (len(names) + len(details))
    box = [
        tag("title", " ".join(p for p in (person.name, "—" if person.detail else "",
                                          person.detail, person.role) if p)),
        tag("rect", x=x + 6, y=y, width=column - 12, height=height, rx=4,
            fill="#e8f0f6", stroke="#1f5f8b", class_="attendee"),
        *[tag("text", line, x=x + 12, y=y + LINE * (n + 1) - 1, font_size=NAME.size,
              font_weight="bold", font_family="sans-serif", fill="#1b1b1b")
          for n, line in enumerate(names)],
        *[tag("text", line, x=x + 12, y=y + LINE * (len(names) + n + 1) - 1,
              font_size=DETAIL.size, font_family="sans-serif", fill="#333")
          for n, line in enumerate(details)],
    ]
    return _Box(tag("g", box), height)
