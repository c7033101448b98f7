"""Releases as real pages give them: furniture, missing headlines, dates at the top or only
in the URL, datelines without their closing mark. The fixtures are invented (fixtures/pages)."""

from __future__ import annotations

from datetime import date, time

import pytest

from pressgraph import page, release_url
from pressgraph.parse import parse, release_id_from_url
from pressgraph.reader import decode
from tests.conftest import FIXTURES

PAGES = FIXTURES / "pages"
GIA = "https://www.info.gov.hk/gia/general"


def parsed(name: str, url: str | None = None):
    path = PAGES / name
    return parse(decode(path.read_bytes(), path.name, source_url=url))


# name, url, title ("" = no headline), release date, time, release ID, first body words
CASES = [
    ("furniture-en.txt", None,
     "Harbour Ferry Advisory Panel reviews winter timetable (with photos)",
     date(2014, 11, 4), time(17, 45), None, "The Harbour Ferry Advisory Panel met"),
    ("furniture-zh.txt", None, "渡輪諮詢小組檢討冬季班次(附圖)",
     date(2014, 11, 4), time(17, 45), None, "渡輪諮詢小組今日"),
    ("department-dated.txt", None, "Lantern festival fair to open in Sha Tin park",
     date(1998, 12, 23), None, None, "The Leisure Services Office announced"),
    ("news-no-headline.txt", None, "", date(2019, 5, 14), None, None,
     "Chief Executive Rita Fong will lead"),
    ("news-no-date.txt", "http://www.news.gov.hk/eng/2019/05/20190529/20190529_174620_760.html",
     "", date(2019, 5, 29), None, None, "Chief Executive Rita Fong met"),
    ("news-no-date.txt", "http://www.news.gov.hk/en/categories/admin/html/2016/12/20161221_143126.shtml",
     "", date(2016, 12, 21), None, None, "Chief Executive Rita Fong met"),
    ("news-headline-skiplink.txt", None, "Two sites added to land sale programme",
     date(2017, 1, 13), None, None, "The Government has added"),
    ("glued-underline.txt", None,
     "FS hosts lunch for visiting finance minister (with photo)",
     date(2022, 8, 29), None, None, "The Financial Secretary, Mr Ho Wai-lun, hosted"),
    ("gb-no-end-mark.txt",
     "http://sc.isd.gov.hk/TuniS/www.info.gov.hk/gia/general/200912/05/P200912050211.htm",
     "十二月六日有关长跑比赛的交通安排", date(2009, 12, 5), time(17, 15), "P200912050211",
     "运输署今日"),
    ("print-no-headline.txt", f"{GIA}/200010/18/1018253.htm", "", date(2000, 10, 18), None,
     None, "以下為政務司司長"),
    ("truncated-old.txt", f"{GIA}/199810/08/1008170.htm", "Harbour Ferry Advisory Panel meets",
     date(1998, 10, 8), None, None, "Following is a statement"),
    ("ebulletin.txt", None, "Financial Secretary to visit Lakeland", date(2003, 11, 2), None,
     None, "Financial Secretary Ho Wai-lun will leave"),
    ("month-top.txt", None, "Two site foremen jailed for accepting bribes", date(2023, 10, 26),
     None, None, "Two site foremen were today"),
    ("glued-dateline-zh.txt", None, "", date(2014, 11, 4), time(17, 45), None, "渡輪諮詢小組"),
    ("glued-dateline-en.txt", None, "Lantern fair to open", date(2014, 11, 4), time(17, 45), None,
     "The Leisure Services Office said"),
    ("weather-issued-sentence.txt",
     "https://sc.isd.gov.hk/TuniS/www.info.gov.hk/gia/wr/202101/07/P2021010700123.htm",
     "天 氣 稿 第 88 號 - 強 烈 季 候 風 信 號", date(2021, 1, 7), time(6, 30), "P2021010700123",
     "香 港 天 文 台"),
    ("dated-headline.txt", None, "Mayor of Lakeport calls on Chief Executive", date(2015, 3, 3),
     None, None, "Chief Executive Rita Fong (right)"),
    ("numeric-top-date.txt", None, "林家浩會見湖港市長", date(2015, 3, 3), None, None,
     "行政長官與湖港市長會面"),
    ("caption-before-headline.txt", None, "Minister visits new estate", date(2012, 3, 2), None,
     None, "The Secretary for Home Affairs, Mr Chu Wing-kei, today visited"),
    ("weather-dispatched-top.txt", None, "PRESS WEATHER NO. 61 - STRONG MONSOON SIGNAL",
     date(2021, 1, 7), time(6, 30), None, "STRONG MONSOON SIGNAL"),
    ("weather-dispatched-end.txt", None, "PRESS WEATHER NO. 62 - STRONG MONSOON SIGNAL CANCELLED",
     date(2021, 1, 7), time(11, 5), None, "THE STRONG MONSOON SIGNAL WAS CANCELLED"),
    ("department-header.txt", None, "SEE meets Lakeland envoys", date(2024, 5, 6), None,
     None, "The Secretary for Environment and Ecology met"),
    ("reprint-posted-later.txt", "https://www.example.com/2022/05/19/harbour-ferry-panel/",
     "Harbour ferry panel meets operators (with photos)", date(2022, 5, 17), None, None,
     "The Harbour Ferry Advisory Panel met"),
    # a Government page: the store's date is the release's own, whatever the body says
    ("reprint-posted-later.txt", "https://www.example.gov.hk/en/press/2022/05/19/ferry.html",
     "Harbour ferry panel meets operators (with photos)", date(2022, 5, 19), None, None,
     "The Harbour Ferry Advisory Panel met"),
    ("dateline-captions-zh.txt", None, "湖港市長訪問渡輪碼頭(附圖)", date(2023, 6, 16),
     time(19, 7), None, "湖港市長今日"),
    ("dateline-one-line-zh.txt", None, "", date(2017, 2, 18), time(15, 2), None, "运输署署长明日"),
    ("dateline-spaced-zh.txt", None, "回 應 渡 輪 服 務 的 查 詢", date(2004, 4, 21), None, None,
     "回 應 傳 媒 查 詢"),
    ("wrapped-headline-en.txt", None, "Transcript of the Secretary for Transport's media\nsession",
     None, None, None, "Following is a transcript"),
    ("wrapped-headline-zh.txt", None, "湖港與香港渡輪服務合作\n第三次工作會議", None, None, None,
     "湖港與香港渡輪服務合作第三次"),
    ("ebulletin-glued-labels.txt", None, "湖港市長考察中環渡輪碼頭", date(2009, 2, 7), None, None,
     "湖港市長明天"),
    ("menu-block-headline.txt", None, "Minister visits Lakeport (with photos)", None, None, None,
     "The Secretary for Transport"),
    ("long-menu-headline.txt", "https://www.example.gov.hk/eng/press-releases/2005/20050128-4.shtml",
     "Record of Discussion of the Ferry Advisory Committee held on 7 January 2005",
     date(2005, 1, 28), None, None, "The Committee met"),
    ("bilingual-header.txt", None, "立法會將審議《2024年渡輪服務(修訂)條例草案》",
     date(2024, 4, 22), None, None, "立法會將於星期三"),
]


@pytest.mark.parametrize(("name", "url", "title", "day", "at", "release_id", "body"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_release_level_fields(name: str, url: str | None, title: str, day: date,
                              at: time | None, release_id: str | None, body: str) -> None:
    release = parsed(name, url)
    assert release.title == title
    assert release.release_date == day
    assert release.issued_time == at
    assert release.release_id == release_id
    assert release.blocks and release.blocks[0].text.startswith(body)
    if title:
        assert release.quote(release.title_span) == title
    for block in release.blocks:  # spans point at their text
        assert release.quote(block.span) == block.text


def test_front_furniture_and_dates_stay_out_of_the_body() -> None:
    texts = [b.text for b in parsed("department-dated.txt").blocks]
    assert "December 23, 1998" not in texts and "Press Release" not in texts
    texts = [b.text for b in parsed("ebulletin.txt").blocks]
    assert not any(t.startswith(("Weather", "Categories", "*")) for t in texts)


def test_glued_dateline_is_cut_from_the_last_paragraph() -> None:
    release = parsed("glued-dateline-en.txt")
    assert release.blocks[-1].text.endswith("Stalls will sell snacks.")
    release = parsed("glued-dateline-zh.txt")
    assert release.blocks[-1].text.endswith("再作檢討。")


@pytest.mark.parametrize(("line", "underline"), [
    ("*******************", True), ("* * * * * * * * * *", True), ("＊＊＊＊＊", True),
    ("* Home", False), ("* * *", False)])
def test_underlines(line: str, underline: bool) -> None:
    assert bool(page.UNDERLINE.match(line)) is underline


def test_captions_below_a_dateline_are_not_the_body() -> None:
    release = parsed("dateline-captions-zh.txt")
    assert release.blocks[-1].text.startswith("市長隨後")
    assert not any("圖示" in block.text for block in release.blocks)


def test_no_headline_is_reported() -> None:
    release = parsed("news-no-headline.txt")
    assert release.title == release.title_clean == "" and release.title_flags == ()
    assert any("no headline" in w for w in release.warnings)
    assert release.release_date_source == "top"


@pytest.mark.parametrize(("url", "expected"), [
    (f"{GIA}/201809/14/P2018091401258.htm", date(2018, 9, 14)),
    ("https://sc.isd.gov.hk/TuniS/www.info.gov.hk/gia/wr/201809/14/P2018091401258.htm",
     date(2018, 9, 14)),
    (f"{GIA}/199810/08/1008170.htm", date(1998, 10, 8)),
    ("https://www.news.gov.hk/eng/2019/12/20191210/20191210_103128_067.html", date(2019, 12, 10)),
    ("http://www.news.gov.hk/tc/categories/finance/html/2011/10/20111031_160355.shtml",
     date(2011, 10, 31)),
    ("https://news.gov.hk/isd/ebulletin/en/category/businessandfinance/081103/html/081103en03008.htm",
     date(2008, 11, 3)),
    ("https://www.news.gov.hk/isd/ebulletin/en/category/administration/030629/print/030629en01002.htm",
     date(2003, 6, 29)),
    ("https://www.example.gov.hk/press/2003/press030425.htm", date(2003, 4, 25)),
    ("https://www.example.gov.hk/english/press/2012/120925.html", date(2012, 9, 25)),
    ("http://www.example.gov.hk/english/press/1997/23_12_97b.html", date(1997, 12, 23)),
    ("https://www.example.gov.hk/eng/press-releases/2005/20050128-4.shtml", date(2005, 1, 28)),
    ("https://www.example.gov.hk/eng/press-releases/1998/10/981022-3", date(1998, 10, 22)),
    ("https://www.example.com/2023/03/18/ce-visit-with-photos/", date(2023, 3, 18)),
    ("https://www.example.gov.hk/eng/press/2017/0909b.htm", date(2017, 9, 9)),
    ("https://news.example.com/culture/2023/0711/119295.html", date(2023, 7, 11)),
    ("https://www.example.gov.hk/pr/history/200712/071206-4.htm", date(2007, 12, 6)),
    ("https://www.cmab.gov.hk/cd/eng/media/p120304.htm", date(2004, 12, 3)),
    ("https://www.cmab.gov.hk/cd/chi/media/t071304-2.htm", date(2004, 7, 13)),
    ("https://www.example.gov.hk/tenders/2014/HY201417.html", None),
    ("https://www.example.gov.hk/press/2017/1332.htm", None),  # no 13th month
    ("https://www.example.gov.hk/press/2012/121325.html", None),  # no 13th month
    ("https://www.example.gov.hk/press/2012/110925.html", None),  # year folder disagrees
    ("https://www.example.gov.hk/press/press_25.htm", None),
    # a folder naming its year after a word, a page with a serial number
    ("https://www.exampleeto.gov.hk/sc/press/activities-2021/210707-1.html", date(2021, 7, 7)),
    ("https://www.exampleeto.gov.hk/sc/press/activities-2021/200707-1.html", None),  # 2020?
    ("https://www.example.gov.hk/english/press/2012/121123-2.html", date(2012, 11, 23)),
    ("https://news.example.com/a/202412/04/AB12cd34.html", date(2024, 12, 4)),
    ("https://news.example.com/a/202413/04/AB12cd34.html", None),  # no 13th month
    ("https://www.exampleeto.gov.hk/usa/press/2019/jun/061219.htm", date(2019, 6, 12)),
    ("https://www.exampleeto.gov.hk/usa/press/2019/jun/061218.htm", None),  # year disagrees
    ("https://www.cmab.gov.hk/cd/text/chi/media/t110104.htm", date(2004, 11, 1)),
])
def test_url_dates(url: str, expected: date | None) -> None:
    assert release_url.url_date(url) == expected


@pytest.mark.parametrize(("url", "government"), [
    ("https://www.info.gov.hk/gia/general/201806/08/P2018060800659.htm", True),
    ("https://hanweb.example.com/TuniS/www.info.gov.hk/gia/general/201806/08/P2018060800659.htm",
     True),
    ("https://www.example.gov.hk/eng/press/2017/0909b.htm", True),
    ("https://www.example.com/2022/05/17/hong-kong-panel-meets/", False),
    ("https://www.example.com/mirror/gov.hk/2022/05/17/", False),
])
def test_government_pages(url: str, government: bool) -> None:
    assert release_url.is_government_page(url) is government


@pytest.mark.parametrize(("text", "posted", "expected"), [
    ("The panel met today (May 16).", date(2022, 5, 17), date(2022, 5, 16)),
    ("The panel met this afternoon (December 30).", date(2023, 1, 2), date(2022, 12, 30)),
    ("The panel met today (May 16).", date(2022, 6, 17), None),  # a month later: not its day
    ("The panel met today (May 18).", date(2022, 5, 17), None),  # after the posting
    ("小組今 日 ( 五 月 十 六 日 ) 開會。", date(2022, 5, 17), date(2022, 5, 16)),
    ("The panel met today.", date(2022, 5, 17), None),
])
def test_day_before_posting(text: str, posted: date, expected: date | None) -> None:
    assert page.day_before_posting(text, posted) == expected


@pytest.mark.parametrize(("url", "day"), [
    ("https://www.hketoexample.gov.hk/en/media/20190804.html", date(2019, 8, 4)),
    ("https://www.hketoexample.gov.hk/en/media/20191304.html", None),  # no month 13
    ("https://www.example.gov.hk/en/media/12345678.html", None),
])
def test_a_page_named_by_its_day(url: str, day: date | None) -> None:
    assert release_url.url_date(url) == day


def test_url_month_and_ids() -> None:
    assert release_url.url_month("https://www.info.gov.hk/isd/news/dec97/notice.htm") == (1997, 12)
    assert release_url.url_date("https://www.info.gov.hk/isd/news/dec97/notice.htm") is None
    tunis = "http://sc.isd.gov.hk/TuniS//www.info.gov.hk/gia/wr/202110/10/P2021101000618.htm"
    assert release_id_from_url(tunis) == "P2021101000618"
    assert release_id_from_url(f"{GIA}/199810/08/1008170.htm") is None
    assert release_id_from_url("https://example.com/gia/P2021101000618.htm") is None


@pytest.mark.parametrize(("line", "furniture"), [
    ("Skip to main content", True),
    ("Traditional Chinese Simplified Chinese Email this article news.gov.hk", True),
    ("Email this articleGovernment Homepage", True),
    ("简体版 英文版 寄给朋友 政府新闻网", True),
    ("Home >> Press Release >> 2012", True),
    ("Please use a Javascript-enabled browser. 030629en01002", True),
    ("| ||", True),
    ("English繁體簡體純文字PDARSS", True),
    ("简体版 英文版 寄给朋友 政府主网页", True),
    ("Print media awards presented", False),
    ("Press Release on the English Schools", False),
    ("Skip to main content of the plan", False),
])
def test_furniture_lines(line: str, furniture: bool) -> None:
    assert page.is_furniture(line) is furniture


@pytest.mark.parametrize(("line", "sentence"), [
    ("The Panel met today. Members noted the figures.", True),
    ("Chief Executive met the Mayor at Government House today.", True),
    ("交換意見: 行政長官與市長交換意見。", True),
    ("The composition of the Board is as follows :-", True),
    ("Categories:", False),
    ("Secretary for Trade leaves for the U.S.", False),
    ("CE: Beijing trip opens new chapter for co-operation (with photos/video)", False),
    ("行政長官赴京", False),
    ("齊來參與！全民運動日下月舉行", False),
    ("本港經濟穩定增長。政府會繼續密切監察", True),
])
def test_sentences_are_not_headlines(line: str, sentence: bool) -> None:
    assert page.is_sentence(line) is sentence


def test_a_release_without_a_headline_is_published_without_a_title() -> None:
    from pressgraph.evaluate import QuerySet, graph_rows
    from pressgraph.pipeline import map_options, process
    from pressgraph.reader import InputRef
    from pressgraph.vocab import DCT, PG, RDF

    path = PAGES / "news-no-date.txt"
    url = "http://www.news.gov.hk/eng/2019/05/20190529/20190529_174620_760.html"
    ref = InputRef(source=str(path), path=path, source_url=url)
    processed = process(ref, map_options("https://example.org/"))
    assert processed.validation is not None and processed.validation.conforms
    triples = list(processed.mapped.triples)
    [release] = [s for s, p, o in triples if p == RDF.type and o == PG.Release]
    assert not any(s == release and p == DCT.title for s, p, _ in triples)
    rows, _ = graph_rows(processed.mapped.graph, processed.mapped.graph_iri, QuerySet.shipped())
    [row] = rows["releases"] or []
    assert row.get("title") is None and row["language"] == "en"
    assert row["issued"].startswith("2019-05-29")


def test_an_issue_statement_at_the_end_closes_the_release() -> None:
    release = parsed("weather-dispatched-end.txt")
    assert release.blocks[-1].text == "WINDS HAVE MODERATED."
    assert release.release_date_source == "dateline"


def test_a_date_after_the_headline_is_split_off_only_month_first() -> None:
    lines = ["Mayor calls on Chief Executive, March 3, 2015", "", "The Mayor met the CE."]
    front = page.read_front(lines)
    assert (front.title_start, front.title_end) == (0, len("Mayor calls on Chief Executive"))
    assert front.top_date == date(2015, 3, 3)
    lines = ["Exchange Fund balance sheet, 31 May 2024", "", "The figures were released."]
    front = page.read_front(lines)
    assert front.title_end == len(lines[0]) and front.top_date is None


@pytest.mark.parametrize("caption", [
    "Pier tour: Secretary for Transport Lam Ka-yan (centre) tours the new ferry pier",
    "Secretary for Transport Lam Ka-yan (second left) meets the ferry operators",
    "考察碼頭：運輸局局長林家欣（右二）視察新渡輪碼頭",
])
def test_a_photo_caption_without_a_stop_is_no_headline(caption: str) -> None:
    """A news page that opens with its photo's caption has no headline, stop or not."""
    text = (f" date 2019-05-14 {caption}\n\nThe Secretary for Transport visited the ferry "
            "pier today and met the operators.\n\n"
            "She said the Government would keep working with them.\n")
    release = parse(decode(text.encode("utf-8"), "caption.txt"))
    assert release.title == ""
    assert release.release_date == date(2019, 5, 14)
    assert release.blocks[0].text == caption


@pytest.mark.parametrize(("label", "headline"), [
    ("外訪", "財長訪問湖區"), ("Visit", "FS tours Lakeland")])
def test_a_section_label_standing_alone_is_no_headline(label: str, headline: str) -> None:
    """An e-bulletin's print page sets its section label alone above the headline, and the
    photo's title right under the headline."""
    text = (f"{label}\n\n{headline}\nHo Wai-lun\n"
            "The Financial Secretary left for Lakeland today to meet officials there.\n")
    release = parse(decode(text.encode("utf-8"), "label.txt"))
    assert release.title == headline


@pytest.mark.parametrize(("head", "title", "day"), [
    ("Footpaths resurfaced in Tai Po (3/11/1999)\n\n1 January 1997\n",
     "Footpaths resurfaced in Tai Po (3/11/1999)", date(1999, 11, 3)),
    ("Site visits > Events\nAnnual works briefing held for the press (Date: 14/2/2012)\n",
     "Annual works briefing held for the press (Date: 14/2/2012)", date(2012, 2, 14)),
])
def test_a_day_in_brackets_after_the_headline_is_the_release_day(head: str, title: str,
                                                                    day: date) -> None:
    text = head + "\nThe department resurfaced three footpaths today.\n"
    release = parse(decode(text.encode(), "bracket.txt"))
    assert release.title == title
    assert release.release_date == day
    assert release.release_date_source == "top"


def test_a_bracket_without_a_day_gives_no_date() -> None:
    text = "Footpaths resurfaced in Tai Po (Phase 2)\n\nThe department resurfaced them today.\n"
    release = parse(decode(text.encode(), "bracket.txt"))
    assert release.release_date is None


@pytest.mark.parametrize(("line", "day"), [
    ("2015-6-15", date(2015, 6, 15)),  # a year first, day and month not padded
    ("10 5 月, 2023", date(2023, 5, 10)),  # a blog's day, numbered month and year
    ("2019/01/17", None),  # a year first with slashes: a conversion proxy's stamp
    ("10 13 月, 2023", None),
])
def test_a_date_at_the_top_in_a_site_s_numbers(line: str, day: date | None) -> None:
    text = f"Footpaths resurfaced\n{line}\nThe department resurfaced three footpaths today.\n"
    release = parse(decode(text.encode(), "numbers.txt"))
    assert release.release_date == day


def test_a_chinese_date_run_into_the_headline_is_cut_off_as_the_release_day() -> None:
    text = ("新 聞 公 佈\n行 人 路 重 鋪 完 成二 ○ 一 ○ 年 三 月 三 十 日 ( 星 期 二 )\n"
            "路 政 署 今 日 ( 三 月 三 十 日 ) 說 , 三 條 行 人 路 已 重 鋪 。\n")
    release = parse(decode(text.encode(), "spaced.txt"))
    assert release.title == "行 人 路 重 鋪 完 成"
    assert release.release_date == date(2010, 3, 30)


def test_a_headline_that_leads_to_its_date_keeps_it() -> None:
    text = ("行人路重鋪工程延至2010年3月30日\n\n路政署說,工程需時較預期長。\n")
    release = parse(decode(text.encode(), "deadline.txt"))
    assert release.title == "行人路重鋪工程延至2010年3月30日"
