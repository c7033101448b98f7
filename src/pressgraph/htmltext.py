"""HTML release pages to the plain-text release layout that ``parse`` reads.

An info.gov.hk page keeps its title in ``span#PRHeadlineSpan`` (older pages: ``<title>``)
and its body in ``span#pressrelease``: paragraphs separated by ``<br />`` or ``<p>``,
indents written as ``&nbsp;``, and the dateline in trailing ``div.mB15.f15`` blocks inside
the body (``Ends/...`` and ``Issued at HKT ...``, or ``完`` and the Chinese date and time).
The text produced here has the same layout as a saved text release -- title line, blank
line, indented paragraphs, unindented list items, dateline lines -- so one parser reads
both, and the HTML and text versions of a release give the same title, blocks and dates.

Pages are parsed with lxml's HTML parser: no network access, no external entities or DTDs
(the HTML parser never loads them), comments and processing instructions dropped, and
``script``/``style``/``noscript``/``template`` content ignored. Nothing outside the body
span -- navigation, photo captions, footers -- reaches the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree, html

from pressgraph.errors import ParseError

_IGNORED_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta",
                           "link", "iframe", "object", "embed", "svg", "math", "select",
                           "button", "input", "textarea", "img", "map", "area", "audio",
                           "video", "canvas"})
_DROPPED_TAGS = frozenset({"script", "style", "noscript", "template"})
_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                             "table", "ul", "ol", "dl", "hr"})
_LINE_TAGS = frozenset({"div", "tr", "li", "dt", "dd", "section", "article", "header",
                        "footer", "center", "address", "caption", "thead", "tbody", "tfoot",
                        "form", "fieldset", "figure", "figcaption", "main", "nav", "aside"})
_CELL_TAGS = frozenset({"td", "th"})
# Parts of a whole page that are never the release, used only when a page has no body span.
_CLUTTER_MARKERS = ("skiplink", "header", "footer", "nav", "menu", "photo", "video", "audio",
                    "prfooter", "archive", "backlink", "todaylink", "breadcrumb", "sitemap",
                    "fontsize", "share", "print")
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")
_DATELINE_START = re.compile(r"^\s*(?:Ends\s*/|完\s*$)", re.IGNORECASE)


def html_parser() -> html.HTMLParser:
    """The one HTML parser configuration: safe for untrusted pages."""
    return html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                           recover=True, huge_tree=False, encoding="utf-8")


def parse_document(markup: str, source: str) -> html.HtmlElement:
    """Parse a page's markup; the text is encoded first so an XML declaration is harmless."""
    try:
        root = html.document_fromstring(markup.encode("utf-8"), parser=html_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ParseError(f"cannot parse the HTML page: {exc}", source=source) from exc
    if root is None:
        raise ParseError("the HTML page has no content", source=source)
    return root


def html_to_text(markup: str, source: str) -> str:
    """The release text of an HTML page, laid out like a saved text release."""
    root = parse_document(markup, source)
    _drop_ignored(root)
    title = page_title(root)
    body_element = _body_element(root)
    if body_element is None:
        body_element = _whole_page_body(root)
        if body_element is None:
            raise ParseError("the HTML page has no body text (no span#pressrelease, no <body>)",
                             source=source)
    body = render_block_text(body_element)
    if not _has_dateline(body):
        trailing = _dateline_outside(root, body_element)
        if trailing:
            body = body.rstrip("\n") + "\n\n" + trailing
    if not title and not body.strip():
        raise ParseError("the HTML page has neither a title nor body text", source=source)
    if title and body.lstrip().startswith(title):
        title = ""  # a page without a headline span repeats the title as its first line
    return (title + "\n\n" if title else "") + body.strip("\n") + "\n"


def page_title(root: html.HtmlElement) -> str:
    """Headline span first; the document ``<title>`` for older pages."""
    for element in root.iter():
        if _id(element) == "prheadlinespan":
            text = _inline_text(element)
            if text:
                return text
    for element in root.iter("title"):
        text = _inline_text(element)
        if text:
            return text
    return ""


def _body_element(root: html.HtmlElement) -> html.HtmlElement | None:
    for element in root.iter():
        if _id(element) == "pressrelease":
            return element
    return None


def _whole_page_body(root: html.HtmlElement) -> html.HtmlElement | None:
    """An old or unusual page: its content element (or ``<body>``) minus page furniture."""
    candidates = [e for e in root.iter() if _id(e) in ("contentbody", "content", "main")]
    container = candidates[0] if candidates else next(iter(root.iter("body")), None)
    if container is None:
        return None
    for element in list(container.iter()):
        if element is container or not isinstance(element.tag, str):
            continue
        marks = f"{_id(element)} {element.get('class', '')}".lower()
        if any(marker in marks for marker in _CLUTTER_MARKERS) or \
                _id(element) in ("prheadline", "prheadlinespan"):
            _drop(element)
    return container


def _dateline_outside(root: html.HtmlElement, body: html.HtmlElement) -> str:
    """Dateline blocks (``div.mB15``) that a page put after the body span instead of in it."""
    inside = set(body.iter())
    parts = []
    for element in root.iter("div"):
        classes = element.get("class", "").split()
        if element in inside or "mB15" not in classes:
            continue
        text = render_block_text(element).strip("\n")
        if text:
            parts.append(text)
    joined = "\n".join(parts)
    return joined if _has_dateline(joined) else ""


def _has_dateline(text: str) -> bool:
    return any(_DATELINE_START.match(line) for line in text.split("\n"))


def _drop_ignored(root: html.HtmlElement) -> None:
    for element in list(root.iter()):
        if not isinstance(element.tag, str):  # comments, entities, processing instructions
            _drop(element)
        elif element.tag.lower() in _DROPPED_TAGS:
            _drop(element)


def _drop(element: etree._Element) -> None:
    """Remove an element and its content, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _id(element: etree._Element) -> str:
    return (element.get("id") or "").lower() if isinstance(element.tag, str) else ""


def _inline_text(element: html.HtmlElement) -> str:
    text = "".join(element.itertext())
    return " ".join(text.replace("\xa0", " ").split())


class _Lines:
    """Lines under construction, with HTML's whitespace rules.

    Source whitespace collapses to one space and vanishes at a line's edges, as a browser
    shows it; ``&nbsp;`` (U+00A0) survives as a space, so indents written with it remain.
    """

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def text(self, value: str | None) -> None:
        if value:
            self.current.append(_COLLAPSIBLE.sub(" ", value))

    def raw(self, value: str) -> None:
        self.current.append(value)

    def break_line(self) -> None:
        """``<br>``: end the current line, even an empty one."""
        self.lines.append(self._finish())

    def ensure_line_start(self) -> None:
        if self._pending():
            self.lines.append(self._finish())
        else:
            self.current = []

    def ensure_paragraph(self) -> None:
        self.ensure_line_start()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def _pending(self) -> bool:
        return bool("".join(self.current).strip(" "))

    def _finish(self) -> str:
        line = re.sub(r" {2,}", " ", "".join(self.current)).strip(" ")
        self.current = []
        return line.replace("\xa0", " ").rstrip()

    def result(self) -> str:
        self.ensure_line_start()
        return "\n".join(self.lines)


def render_block_text(element: html.HtmlElement) -> str:
    """An element's text with ``<br>`` as line breaks and block elements as paragraphs."""
    lines = _Lines()
    _render(element, lines, top=True)
    return lines.result()


def _render(element: html.HtmlElement, lines: _Lines, *, top: bool = False) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag in _IGNORED_TAGS:
        lines.text(element.tail)
        return
    if tag == "br":
        lines.break_line()
        lines.text(element.tail)
        return
    block = "paragraph" if tag in _PARAGRAPH_TAGS else "line" if tag in _LINE_TAGS else None
    if block == "paragraph" and not top:
        lines.ensure_paragraph()
    elif block == "line" and not top:
        lines.ensure_line_start()
    if tag == "li":
        lines.raw(_list_marker(element))
    lines.text(element.text)
    for child in _children(element):
        _render(child, lines)
        if isinstance(child.tag, str) and child.tag.lower() in _CELL_TAGS:
            lines.raw("\xa0\xa0")
    if block == "paragraph" and not top:
        lines.ensure_paragraph()
    elif block == "line" and not top:
        lines.ensure_line_start()
    if not top:
        lines.text(element.tail)


def _children(element: html.HtmlElement) -> Iterable[html.HtmlElement]:
    return [child for child in element if isinstance(child.tag, str)]


def _list_marker(item: html.HtmlElement) -> str:
    parent = item.getparent()
    if parent is not None and isinstance(parent.tag, str) and parent.tag.lower() == "ol":
        position = [c for c in parent if isinstance(c.tag, str) and c.tag.lower() == "li"]
        return f"{position.index(item) + 1}. "
    return "* "
