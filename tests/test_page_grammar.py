"""A grammar of release pages: the page forms of the archive generated from slots (in our own
words), a fixed-seed sample of their combinations, each required to give its headline (never
the furniture around it), its release date, time of issue and release ID.

Slots: the front furniture of a form (a site's skip links, a bureau's border images, a news
site's font-size and share buttons, a reposting site's section or posting line, a newsletter's
masthead and photo count), the headline (or none), its asterisk rule, a date at the top, the
closing lines (``Ends/...``, ``完`` and the date, a department's date with its weekday, none),
the furniture after them, and the URL (a P-number of the day or of the day before, a news
site's, none). The release date is the dateline's, else the date at the top, else the URL's
folder.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time

import pytest

from pressgraph.parse import parse
from pressgraph.reader import decode

DAY = date(2016, 3, 15)  # a Tuesday
ISSUED = time(17, 40)

# front furniture: (English, Chinese); None where the form has no such version
FRONTS: dict[str, tuple[str | None, str | None]] = {
    "none": ("", ""),
    "gia 2000s": ("Press Release\n\n Email this articleGovernment Homepage\n\n",
                  "新聞公報\n\n 電郵這篇文章政府主網頁\n\n"),
    "gia skip link": ("Go to main content\n", "跳至主要內容\n"),
    "gia language bar": ("Traditional Chinese Simplified Chinese Email this article news.gov.hk\n",
                         "簡體版 英文版 寄給朋友 政府新聞網\n"),
    "bureau": ("Jump to the beginning of content\n\nborder image\n\nPress Releases\n\n"
               "border image\n", "按此,跳至主要內容\n\nborder image\n\n新聞公報\n\nborder image\n"),
    "news site": ("Press here to Skip to the main content\nFont Size\nDefault Font Size "
                  "Larger Font Size Largest Font Size RSS Subscription Advanced Search Sitemap "
                  "Mobile/Accessible Version 繁體 简体\nFacebook Myspace Twitter Xanga\n\n",
                  "字型大小\n預設字體大小 較大的字體 最大的字體 訂閱RSS 進階搜尋 網頁指南 "
                  "流動/無障礙瀏覽 English 繁體 简体\nFacebook Myspace Twitter Xanga\n\n"),
    "health bureau": ("Press Releases\n\n", "新聞公報\n\n"),
    "posting line": ("Date: 2016-03-17 09:12\n\n", "日期: 2016-03-17 09:12\n\n"),
}
# a reposting site's section put before the headline, on the headline's line
SECTIONS = {"none": "", "double colon": "Health :: ", "spaced colon": "Hong Kong : ",
            "spaced dash": "Hong Kong \u2013 "}
HEADLINES = {
    "en": {"plain": "Ferry panel reviews timetable",
           "with photos": "Secretary visits ferry pier (with photos)",
           "colon": "LCQ3: Ferry services to outlying islands"},
    "zh": {"plain": "渡輪諮詢小組檢討班次", "with photos": "局長視察渡輪碼頭(附圖)",
           "colon": "立法會三題:離島渡輪服務"},
}
RULES = ("none", "own line", "glued")
TOP_DATES = {
    "en": {"none": None, "month first": "March 15, 2016", "day first": "15 Mar 2016"},
    "zh": {"none": None, "zero padded": "2016年03月15日", "plain": "2016年3月15日"},
}
CLOSINGS = {
    "en": {"ends and time": ("Ends/Tuesday, March 15, 2016\nIssued at HKT 17:40", True, True),
           "ends, month abbreviated": ("Ends/Tuesday, Mar 15, 2016", True, False),
           "weekday date": ("Tuesday, March 15, 2016", False, False),
           "none": ("", False, False)},
    "zh": {"end mark, date and time": ("完\n2016年3月15日(星期二)\n香港時間17時40分", True, True),
           "date and weekday": ("2016年3月15日(星期二)", True, False),
           "none": ("", False, False)},
}
TAILS = {"en": {"none": "", "email": "\n\nEmail this article",
                "revision": "\n\nNNNN\n\n12 Apr 2019", "print": "\n\nNNNN\n\nPrint this page"},
         "zh": {"none": "", "email": "\n\n電郵這篇文章", "print": "\n\n列印此頁"}}
URLS = {
    "none": (None, None, None),
    "P-number": ("https://www.info.gov.hk/gia/general/201603/15/P2016031500612.htm",
                 DAY, "P2016031500612"),
    "P-number of the day before": (
        "https://www.info.gov.hk/gia/general/201603/15/P2016031400977.htm", DAY,
        "P2016031400977"),
    "P-number, font size": (
        "https://www.info.gov.hk/gia/general/201603/15/P2016031500612.htm?fontSize=1", DAY,
        "P2016031500612"),
    "news site": ("http://www.news.gov.hk/en/categories/admin/html/2016/03/20160315_174012.shtml",
                  DAY, None),
    # a reposting site's: the day it posted the release, two days later
    "reposting site": ("https://www.example.com/news/2016/03/17/ferry-panel/", DAY, None),
}
# forms that only a reposting site prints, and the URLs such a page may have
REPOST_FRONTS = {"posting line"}
REPOST_URLS = ("none", "reposting site")
BODIES = {"en": ("     The Harbour Ferry Advisory Panel met today (March 15) to review the "
                 "timetable.\n\n     Members agreed to add two sailings.",
                 "     The panel will meet again in June."),
          "zh": ("  渡輪諮詢小組今日(三月十五日)開會,檢討班次。\n\n  委員同意增加兩班船。",
                 "  小組將於六月再開會。")}


@dataclass(frozen=True)
class Page:
    text: str
    url: str | None
    title: str
    day: date | None
    at: time | None
    release_id: str | None
    slots: dict[str, str] = field(hash=False, compare=False)

    @property
    def id(self) -> str:
        return "|".join(f"{key}={value}" for key, value in self.slots.items())


def _page(rng: random.Random) -> Page:
    language = rng.choice(("en", "zh"))
    front_key = rng.choice(sorted(k for k, v in FRONTS.items() if v[language == "zh"] is not None))
    front = FRONTS[front_key][language == "zh"] or ""
    section_key = rng.choice(sorted(SECTIONS)) if language == "en" else "none"
    headline_key = rng.choice(sorted(HEADLINES[language]))
    headline = HEADLINES[language][headline_key]
    rule_key = rng.choice(RULES)
    closing_key = rng.choice(sorted(CLOSINGS[language]))
    closing, dated, timed = CLOSINGS[language][closing_key]
    # a department's date with its weekday closes a page that prints its date at the top
    top_key = rng.choice(sorted(k for k in TOP_DATES[language]
                                if k != "none" or closing_key != "weekday date"))
    top = TOP_DATES[language][top_key]
    tail_key = rng.choice(sorted(TAILS[language])) if closing else "none"
    reposted = front_key in REPOST_FRONTS or section_key != "none"
    url_key = rng.choice(REPOST_URLS if reposted else sorted(URLS))
    url, url_day, release_id = URLS[url_key]
    rule = "*" * 30
    line = SECTIONS[section_key] + headline + (rule if rule_key == "glued" else "")
    head = line + ("\n" + rule if rule_key == "own line" else "") + "\n"
    if top:
        head += f"\n{top}\n"
    lead, rest = BODIES[language]
    text = f"{front}{head}\n{lead}\n\n{rest}\n\n{closing}{TAILS[language][tail_key]}\n"
    top_day = DAY if top else None
    day = DAY if dated else (top_day or url_day)
    if front_key == "posting line" and day is None:
        day = DAY  # the posting bounds the body's "today (March 15)"
    slots = {"language": language, "front": front_key, "section": section_key,
             "headline": headline_key, "rule": rule_key, "top": top_key,
             "closing": closing_key, "tail": tail_key, "url": url_key}
    return Page(text, url, headline, day, ISSUED if timed else None, release_id, slots)


def generated_pages(count: int = 400, seed: int = 20160315) -> list[Page]:
    rng = random.Random(seed)
    return [_page(rng) for _ in range(count)]


def problems(page: Page) -> list[str]:
    release = parse(decode(page.text.encode("utf-8"), "page.txt", source_url=page.url))
    wrong = []
    if release.title != page.title:
        wrong.append(f"title: {release.title!r}")
    if release.release_date != page.day:
        wrong.append(f"date: {release.release_date}")
    if release.issued_time != page.at:
        wrong.append(f"time: {release.issued_time}")
    if release.release_id != page.release_id:
        wrong.append(f"id: {release.release_id}")
    return wrong


PAGES = generated_pages()


@pytest.mark.parametrize("page", PAGES, ids=[p.id for p in PAGES])
def test_each_generated_page_gives_its_release_fields(page: Page) -> None:
    assert problems(page) == []


# Pages with no headline: the text opens with the newsletter's furniture or the store's date
# and a photo caption, and no line of it is taken for a headline.
NO_HEADLINE = {
    "newsletter, English": "\n1 Photo\n\n",
    "newsletter, masthead": "警聲\n\n10 Photos\n\n",
    "newsletter, Chinese": "警聲\n\n1 張相片\n\n",
    "newsletter, Simplified": "警声\n\n2 张相片\n\n",
    "store date and caption": " date 2016-03-15 The Secretary (centre) tours the ferry pier.\n\n",
}


@pytest.mark.parametrize("front", sorted(NO_HEADLINE))
@pytest.mark.parametrize("language", ["en", "zh"])
def test_pages_without_a_headline_give_none(front: str, language: str) -> None:
    lead, rest = BODIES[language]
    text = f"{NO_HEADLINE[front]}{lead.strip()}\n\n{rest.strip()}\n"
    release = parse(decode(text.encode("utf-8"), "page.txt"))
    assert release.title == ""
