"""A grammar of the date and headline forms of department pages, Economic and Trade Office
pages, news portals and reprints (in our own words): every combination must give the headline
(never the furniture around it) and the release date.

Slots: where the date stands (a line of its own under the headline, in brackets after the
headline, at the head of the first paragraph, closing the text, glued to the last paragraph
after ``完`` with a bar after it), how it is written (day first with dots, slashes or hyphens,
month first without a comma, in brackets, after a "Date:" label, Chinese with its characters
spaced out), the furniture above the headline (a news site's row of share buttons, a page's
update date), and the dates a URL prints in a folder or a file name.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressgraph.parse import parse
from pressgraph.reader import decode
from tests.test_page_grammar import BODIES, HEADLINES

DAY = date(2016, 3, 15)  # a Tuesday
EN_HEADLINE = HEADLINES["en"]["plain"]
ZH_HEADLINE = HEADLINES["zh"]["plain"]


def _read(text: str, url: str | None = None):
    return parse(decode(text.encode("utf-8"), "page.txt", source_url=url))


def _body(language: str) -> str:
    lead, rest = BODIES[language]
    return f"{lead}\n\n{rest}\n"


# A date printed on a line of its own under the headline.
EN_DATE_LINES = {
    "day first, hyphens": "15-3-2016",
    "day first, hyphens, padded": "15-03-2016",
    "day first, dots": "15.3.2016",
    "month first, no comma, padded day": "March 15 2016",
    "in brackets, month first": "(March 15 2016)",
    "in brackets, day first": "(15 March 2016)",
    "after a label, ISO": "Date: 2016-03-15",
    "after a label, day first": "Date: 15/03/2016",
}
ZH_DATE_LINES = {
    "spaced out, numerals": "二 ○ 一 六 年 三 月 十 五 日 ( 星 期 二 )",
    "spaced out, digits": "2016 年 3 月 15 日 ( 星 期 二 )",
    "after a label": "日期:2016年3月15日",
}
# Furniture above the headline: a news site's share buttons, a page's update date (a date in
# an order no release prints: year, month and day with slashes).
EN_FRONTS = {"none": "", "share buttons": "Font Size\nFacebook Twitter Sina Google Plus\n\n",
             "share buttons, reordered": "Facebook Sina Twitter\n\n"}
ZH_FRONTS = {"none": "", "update date": "2019/04/02\n跳至内容\n\n",
             "share buttons": "字型大小\nFacebook Twitter Sina Google Plus\n\n"}


@pytest.mark.parametrize("front", sorted(EN_FRONTS))
@pytest.mark.parametrize("form", sorted(EN_DATE_LINES))
def test_a_date_line_under_an_english_headline(form: str, front: str) -> None:
    text = f"{EN_FRONTS[front]}{EN_HEADLINE}\n\n{EN_DATE_LINES[form]}\n\n{_body('en')}"
    release = _read(text)
    assert (release.title, release.release_date) == (EN_HEADLINE, DAY)


@pytest.mark.parametrize("front", sorted(ZH_FRONTS))
@pytest.mark.parametrize("form", sorted(ZH_DATE_LINES))
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_date_line_under_a_chinese_headline(form: str, front: str, gap: str) -> None:
    text = f"{ZH_FRONTS[front]}{ZH_HEADLINE}{gap}{ZH_DATE_LINES[form]}\n\n{_body('zh')}"
    release = _read(text)
    assert (release.title, release.release_date) == (ZH_HEADLINE, DAY)


# A headline followed by its day in brackets (the brackets belong to the headline as printed).
BRACKETED_DAYS = {"dots": "15.3.2016", "slashes": "15/3/2016", "day first, words": "15 March 2016",
                  "month first": "March 15, 2016", "month first, no comma": "March 15 2016"}


@pytest.mark.parametrize("front", sorted(EN_FRONTS))
@pytest.mark.parametrize("form", sorted(BRACKETED_DAYS))
def test_a_headline_with_its_day_in_brackets(form: str, front: str) -> None:
    headline = f"{EN_HEADLINE} ({BRACKETED_DAYS[form]})"
    release = _read(f"{EN_FRONTS[front]}News and Activities\n\n\n{headline}\n\n{_body('en')}")
    assert (release.title, release.release_date) == (headline, DAY)


# A Chinese date with its weekday run into the first paragraph, right under the headline.
@pytest.mark.parametrize("date_text", ["2016年3月15日(星期二)", "2016年03月15日（星期二）"])
def test_a_chinese_date_run_into_the_first_paragraph(date_text: str) -> None:
    paragraph = "2016年3月14至15日,渡輪諮詢小組開會,檢討班次。"
    text = f"{ZH_HEADLINE}\n{date_text}{paragraph}\n委員同意增加兩班船。\n"
    release = _read(text)
    assert (release.title, release.release_date) == (ZH_HEADLINE, DAY)


# A department's page closing with the date alone (no "Ends/"), or with ``完`` and the date
# glued to the last paragraph and a bar after them.
EN_CLOSINGS = {"month first": "March 15, 2016", "day first": "15 March 2016",
               "weekday": "Tuesday, March 15, 2016", "in brackets": "(March 15 2016)"}


@pytest.mark.parametrize("closing", sorted(EN_CLOSINGS))
def test_an_english_page_closing_with_a_bare_date(closing: str) -> None:
    release = _read(f"{EN_HEADLINE}\n\n{_body('en')}\n{EN_CLOSINGS[closing]}\n")
    assert (release.title, release.release_date) == (EN_HEADLINE, DAY)


@pytest.mark.parametrize("bar", [" |", " ｜", "|"])
@pytest.mark.parametrize("date_text", ["2016年3月15日(星期二)", "2016年3月15日"])
def test_a_glued_chinese_closing_with_a_bar_after_it(date_text: str, bar: str) -> None:
    lead, rest = BODIES["zh"]
    release = _read(f"{ZH_HEADLINE}\n\n{lead}\n\n{rest.strip()} 完 {date_text}{bar}\n")
    assert (release.title, release.release_date) == (ZH_HEADLINE, DAY)


def test_a_date_after_the_closing_mark_of_a_page_is_not_the_release_date() -> None:
    """A revision date printed after "NNNN" is the page's, not the release's."""
    release = _read(f"{EN_HEADLINE}\n\n{_body('en')}\nNNNN\n\n12 Apr 2019\n")
    assert release.release_date is None


def test_a_posting_stamp_with_a_time_stays_a_posting_stamp() -> None:
    """A "Date:" label with a time of day is a reposting site's stamp: the body's own day
    within the posting lag wins (see tests/test_page_grammar.py)."""
    text = f"Date: 2016-03-17 09:12\n\n{EN_HEADLINE}\n\n{_body('en')}"
    assert _read(text).release_date == DAY


# Dates a URL prints: a department's folder named by the day after a word, an archive's file
# named by two-digit year, month and day and a serial number, a reprinting site's folder or
# file named by the ISO day (and time).
URLS = {
    "dated folder": "https://www.example-eto.hk/en/news/event/event_20160315/index_t.html",
    "archive serial": "https://www.example-dept.gov.hk/eng/ppr/archives/16031502_1.htm",
    "reprint, ISO folder": "http://m.example-portal.net/html/2016-03-15/361180.html",
    "reprint, ISO file name with the time": "https://www.example-health.com/info/hk/2016-03-15-17-15-50.html",
}


@pytest.mark.parametrize("url", sorted(URLS))
def test_a_date_in_a_page_url(url: str) -> None:
    lead = "The Secretary (right) meets the visiting delegation."
    release = _read(f"PRESS RELEASE\n{lead}\n", URLS[url])
    assert release.release_date == DAY


# A store that lost the headline keeps only its media flag over the asterisk rule: no headline.
@pytest.mark.parametrize("flag",
                         ["(with photos)", "(with photo/video)", "(附圖)", "（附圖／短片）"])
def test_a_media_flag_alone_is_no_headline(flag: str) -> None:
    language = "zh" if "附" in flag else "en"
    release = _read(f"\n{flag}\n{'*' * 40}\n{_body(language)}")
    assert release.title == ""


# A bureau's archive prints its section ("Speeches", ``演講詞``) between border images, and
# the headline right under the last border image.
@pytest.mark.parametrize("section", ["Speeches", "演講詞", "演讲词", "新聞公報"])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_bureau_section_label_is_not_the_headline(section: str, language: str) -> None:
    headline = HEADLINES[language]["colon"]
    lead, rest = BODIES[language]
    text = (f"Jump to the beginning of content\n\nborder image\n\n{section}\n\nborder image\n"
            f"{headline}\n\n{lead}\n\n{rest}\n")
    assert _read(text).title == headline


# A reposting site's banner in another script than the release, standing alone above the
# headline: the headline is the line in the release's own script.
BANNERS = {"zh": ["Become a Member Today !", "Subscribe to our daily digest"],
           "en": ["立即成為會員!", "訂閱每日新聞摘要"]}


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("which", [0, 1])
def test_a_banner_in_another_script_is_not_the_headline(language: str, which: int) -> None:
    headline = HEADLINES[language]["plain"]
    text = f"{BANNERS[language][which]}\n\n{headline}\n\n{_body(language)}"
    assert _read(text).title == headline


# A speech page under a date line: the transcript's opening sentence ends with a colon and
# a language note after it ("(English only)", ``(只有中文)``); it is no headline, the line
# above the date is. A headline that ends in its own bracket (no colon before it) stays one.
@pytest.mark.parametrize("note", ["(English only)", "(Chinese only)", "(只有英文)"])
def test_an_opening_with_a_language_note_after_its_colon_is_no_headline(note: str) -> None:
    headline = "Opening Remarks by the Director at the Harbour Forum"
    opening = ("Following is the full text of the opening remarks by Mr Tam Ka-lok, the "
               "Director of Harbour Services, at the third meeting of the Harbour Forum "
               f"today (March 15): {note}")
    text = (f"Speeches\n\n{headline}\nTuesday, March 15, 2016\n\n{opening}\n\n"
            "Good morning, colleagues. Welcome to the harbour.\n")
    assert _read(text).title == headline


def test_a_headline_ending_in_a_bracket_without_a_colon_stays_a_headline() -> None:
    headline = "Director opens the Harbour Forum (English only)"
    text = f"{headline}\nTuesday, March 15, 2016\n\n{_body('en')}"
    assert _read(text).title == headline
