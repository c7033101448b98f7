"""HTML pages read like their text versions: same title, blocks and dates."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from pressgraph.errors import ParseError
from pressgraph.htmltext import html_to_text
from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.conftest import CORPUS

HTML_PAGES = sorted(CORPUS.glob("html-*.html"))


def _parse_file(path: Path, url: str | None = None):
    return parse(decode(path.read_bytes(), path.name, source_url=url))


def _parse_html(markup: str, url: str | None = None):
    return parse(decode(markup.encode("utf-8"), "page.htm", source_url=url))


@pytest.mark.parametrize("page", HTML_PAGES, ids=lambda p: p.name)
def test_html_matches_text_version(page: Path) -> None:
    text_version = CORPUS / page.name.replace("html-", "en-").replace(".html", ".txt")
    from_html, from_text = _parse_file(page), _parse_file(text_version)
    assert from_html.media_type == "text/html"
    assert from_html.title == from_text.title
    assert from_html.title_flags == from_text.title_flags
    assert [(b.kind, b.text, b.marker, b.position) for b in from_html.blocks] == \
        [(b.kind, b.text, b.marker, b.position) for b in from_text.blocks]
    assert from_html.release_date == from_text.release_date
    assert from_html.issued == from_text.issued
    for block in from_html.blocks:
        assert from_html.quote(block.span) == block.text


def test_html_2015_working_group_details() -> None:
    release = _parse_file(CORPUS / "html-2015-12-meeting-hk-guangzhou-working-group.html")
    assert release.release_date == date(2015, 12, 17)
    assert release.issued_time == time(18, 41)
    assert [b.marker for b in release.blocks if b.kind == "list_item"] == \
        ["(a)", "(b)", "(c)", "(d)", "(e)"]
    # entities decoded; captions, navigation and scripts outside the body left out
    assert "People's Government" in release.text
    assert "&#x27;" not in release.text
    for noise in ("(right)", "Go to main content", "Back to top", "fancybox", "Photo"):
        assert noise not in release.text


PAGE = """<!DOCTYPE html>
<html lang="zh-HK"><head><meta charset="utf-8" /><title>{title_tag}</title>
<style>.x {{ color: red }}</style><script>var secret = "SCRIPT TEXT";</script></head>
<body><a href="#contentBody">跳至主要內容</a><div id="contentBody">
{headline}
<span id="pressrelease" class="fontSize1">{body}</span>
<div class="photoBlock"><h3>相片</h3><p>圖片說明重複會議名稱</p></div>
</div></body></html>"""

ZH_BODY = """　　扶貧委員會今日（三月六日）舉行會議。<br />
<br />
　　會議議程包括：<br />
<br />
＊精準扶貧策略；<br />
＊公布貧窮數據的安排。<br />
<br />
<div class="mB15 f15">完</div>
<div class="mB15 f15">2023年3月6日（星期一）<br />香港時間19時20分</div>"""


def test_chinese_page_with_dateline_divs() -> None:
    markup = PAGE.format(title_tag="頁面標題",
                         headline='<div id="PRHeadline"><span id="PRHeadlineSpan">'
                                  "扶貧委員會舉行會議（附圖）</span></div>",
                         body=ZH_BODY)
    release = _parse_html(markup)
    assert release.title == "扶貧委員會舉行會議（附圖）"
    assert release.title_flags == ("附圖",)
    assert release.language == "zh-Hant"
    assert release.release_date == date(2023, 3, 6)
    assert release.issued_time == time(19, 20)
    items = [b for b in release.blocks if b.kind == "list_item"]
    assert [b.text for b in items] == ["精準扶貧策略；", "公布貧窮數據的安排。"]
    assert all(b.marker == "＊" for b in items)
    assert "SCRIPT TEXT" not in release.text and "color" not in release.text
    assert "圖片說明" not in release.text


def test_old_page_without_headline_span_uses_title_element() -> None:
    markup = PAGE.format(title_tag="Old meeting release", headline="",
                         body="&nbsp;&nbsp;&nbsp;&nbsp; A body paragraph.<br /><br />"
                              "Ends/Thursday, December 17, 2015<br />Issued at HKT 18:41")
    release = _parse_html(markup)
    assert release.title == "Old meeting release"
    assert [b.text for b in release.blocks] == ["A body paragraph."]
    assert release.release_date == date(2015, 12, 17)


def test_a_title_element_that_is_furniture_leaves_the_headline_to_the_body() -> None:
    markup = PAGE.format(title_tag="Press Releases", headline="",
                         body="Lantern fair to open<br /><br />"
                              "&nbsp;&nbsp;&nbsp;&nbsp; The Leisure Services Office said a fair "
                              "would open next week.<br /><br />"
                              "Ends/Tuesday, November 4, 2014<br />Issued at HKT 17:45")
    release = _parse_html(markup)
    assert release.title == "Lantern fair to open"
    assert [b.text for b in release.blocks][0].startswith("The Leisure Services Office")
    assert release.release_date == date(2014, 11, 4)


def test_dateline_after_the_body_span_is_found() -> None:
    markup = PAGE.format(title_tag="t", headline='<span id="PRHeadlineSpan">A title</span>',
                         body="<p>&nbsp;&nbsp;&nbsp;&nbsp; Body text.</p>").replace(
        "</span>\n<div class=\"photoBlock\">",
        '</span><div class="mB15 f15">Ends/Friday, July 18, 2025<br />'
        'Issued at HKT 18:32</div>\n<div class="photoBlock">')
    release = _parse_html(markup)
    assert release.release_date == date(2025, 7, 18)
    assert release.issued_time == time(18, 32)


def test_print_page_without_body_span_drops_page_furniture() -> None:
    markup = """<html><head><title>Print page title</title></head><body>
    <div class="printHeader">Print this page</div>
    <div id="contentBody"><h1>Print page title</h1>
    <p>&nbsp;&nbsp;&nbsp;&nbsp; The body.</p>
    <p>Ends/Friday, July 18, 2025<br />Issued at HKT 18:32</p></div>
    <div id="footer">Back to top</div></body></html>"""
    release = _parse_html(markup)
    assert release.title == "Print page title"
    assert [b.text for b in release.blocks] == ["The body."]
    assert "Print this page" not in release.text and "Back to top" not in release.text
    assert release.release_date == date(2025, 7, 18)


def test_external_entities_are_never_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET CONTENT", encoding="utf-8")
    markup = (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html [<!ENTITY leak SYSTEM '
              f'"file://{secret}">]>\n<html><head><title>T</title></head><body>'
              '<span id="PRHeadlineSpan">Title</span><span id="pressrelease">'
              "&nbsp;&nbsp;&nbsp;&nbsp; Text &leak; end.<br /></span></body></html>")
    text = html_to_text(markup, "x.htm")
    assert "TOP SECRET" not in text
    assert text.startswith("Title\n")


def test_page_without_text_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        html_to_text("<html><head></head><body><script>x()</script></body></html>", "e.htm")


def test_lists_and_tables_become_lines() -> None:
    markup = PAGE.format(
        title_tag="t", headline='<span id="PRHeadlineSpan">A title</span>',
        body="<p>&nbsp;&nbsp;&nbsp;&nbsp; The agenda was:</p>"
             "<ol><li>first item;</li><li>second item.</li></ol>"
             "<ul><li>a bullet</li></ul>"
             "<table><tr><td>Month</td><td>Value</td></tr><tr><td>May</td><td>3.1</td></tr>"
             "</table><p>Ends/Friday, July 18, 2025<br />Issued at HKT 18:32</p>")
    release = _parse_html(markup)
    items = [(b.marker, b.text) for b in release.blocks if b.kind == "list_item"]
    assert items[:2] == [("1.", "first item;"), ("2.", "second item.")]
    assert ("*", "a bullet") in items
    assert "Month  Value" in release.text and "May  3.1" in release.text
    assert release.release_date == date(2025, 7, 18)
