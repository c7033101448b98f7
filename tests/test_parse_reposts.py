"""Releases as reposting sites give them: bylines, reading statistics, bracketed captions
and credits above the headline, a headline run into the first paragraph, a site's name
after the headline. The texts are invented."""

from __future__ import annotations

from datetime import date

import pytest

from pressgraph import page_credits, release_url
from pressgraph.parse import parse
from pressgraph.reader import decode

REPOST = "https://www.example-community.hk/news/4521"


def parsed(text: str, url: str | None = REPOST):
    return parse(decode(text.encode("utf-8"), "repost.txt", source_url=url))


@pytest.mark.parametrize(("byline", "day"), [
    ("Submitted by 社區編輯 on 2019年03月08日 09:30", date(2019, 3, 8)),
    ("lakeside_reader 發表於 8/3/2019 09:30:12 | 只看該作者 | 倒序瀏覽", date(2019, 3, 8)),
    ("Posted by the editors on March 8, 2019 at 9:30 am", date(2019, 3, 8)),
    ("Submitted by editor on Fri, 03/08/2019 - 09:30", date(2019, 8, 3)),  # day first
    ("Submitted by editor on Fri, 03/28/2019 - 09:30", date(2019, 3, 28)),  # month first
])
def test_a_byline_is_no_headline_and_gives_the_posting_day(byline: str, day: date) -> None:
    release = parsed(f"渡輪小組檢討班次\n\n{byline}\n\n渡輪諮詢小組與營辦商會面，檢討班次。\n\n"
                     "小組會再開會。\n")
    assert release.title == "渡輪小組檢討班次"
    assert release.release_date == day
    assert not any(byline in block.text for block in release.blocks)


def test_a_posting_day_gives_way_to_the_release_own_day() -> None:
    release = parsed("Ferry panel reviews timetable\n\n"
                     "Submitted by editor on 2019年03月11日 09:30\n\n"
                     "The Ferry Advisory Panel reviewed the timetable today (March 8).\n")
    assert release.release_date == date(2019, 3, 8)


def test_a_headline_that_names_a_timetable_is_no_byline() -> None:
    assert page_credits.byline_date("統計處公布數據發布時間表") is None
    assert page_credits.byline_date("Updated ferry timetable for 14 March 2019") is None
    release = parsed("統計處公布數據發布時間表\n\n統計處今日公布明年的數據發布時間表。\n")
    assert release.title == "統計處公布數據發布時間表"


def test_reading_statistics_are_no_headline() -> None:
    release = parsed("渡轮小组检讨班次\n\n"
                     "湖区新闻网 资讯中心评论2,468字数 135阅读2分10秒阅读模式\n\n"
                     "渡轮谘询小组今日与营办商会面，检讨班次。\n")
    assert release.title == "渡轮小组检讨班次"
    assert page_credits.is_statistics("1,024 views 3 comments 4 min read")
    assert not page_credits.is_statistics("Panel meets 12 operators on 3 routes")


@pytest.mark.parametrize("caption", [
    "【资料图】", "[Photo]", "【香港政府新闻网】", "［配图］", "【图片来源：湖区新闻网】", "[圖 2]",
    "[Image credit: Lakeside Daily]"])
def test_a_bracketed_caption_is_no_headline(caption: str) -> None:
    release = parsed(f"{caption}\n\n渡轮小组检讨班次\n\n渡轮谘询小组今日与营办商会面，检讨班次。\n")
    assert release.title == "渡轮小组检讨班次"


def test_a_headline_run_into_the_first_paragraph() -> None:
    release = parsed("【资料图】\n\n【渡轮谘询小组与营办商检讨班次】渡轮谘询小组今日与营办商会面，"
                     "检讨班次。小组会再开会。\n",
                     url="https://m.example.net/news/2023/0711/1234.html")
    assert release.title == "渡轮谘询小组与营办商检讨班次"
    assert release.quote(release.title_span) == release.title
    assert release.blocks[0].text.startswith("渡轮谘询小组今日")
    assert release.release_date == date(2023, 7, 11)


@pytest.mark.parametrize("head", ["【湖区通讯社讯 记者 林一】", "【09:15更新】", "【短讯】"])
def test_a_credit_in_brackets_is_no_headline(head: str) -> None:
    release = parsed(f"{head}渡轮谘询小组今日与营办商会面，检讨班次。\n\n小组会再开会。\n")
    assert release.title == ""
    assert release.blocks[0].text.startswith(head)


@pytest.mark.parametrize(("line", "title"), [
    ("渡輪小組檢討班次 - 湖區生活網", "渡輪小組檢討班次"),
    ("Ferry panel reviews timetable - lakeside.com", "Ferry panel reviews timetable"),
    ("渡輪小組檢討班次 | 湖區生活網", "渡輪小組檢討班次"),
    ("Ferry panel reviews timetable | lakeside.hk", "Ferry panel reviews timetable"),
    ("Home | lakeside.hk\n\nFerry panel reviews timetable", "Ferry panel reviews timetable"),
    ("天 氣 稿 第 12 號 - 強 烈 季 候 風 信 號 - 警報",) * 2,
    ("Government launches new portal - GovHK", "Government launches new portal - GovHK"),
])
def test_a_site_name_after_the_headline_is_cut(line: str, title: str) -> None:
    release = parsed(f"{line}\n\n渡輪諮詢小組今日與營辦商會面，檢討班次。\n")
    assert release.title == title


def test_a_posting_month_in_the_url_gives_the_day_its_text_names() -> None:
    url = "https://reposts.example.org/2023/04/panel-reviews-ferry-timetable"
    assert release_url.url_month(url) == (2023, 4)
    assert release_url.url_date(url) is None
    release = parsed("Panel reviews ferry timetable\n\nThe panel met today (April 11) to review "
                     "the timetable.\n", url)
    assert release.release_date == date(2023, 4, 11)
    # a day of another month is not completed with this month
    release = parsed("Panel reviews ferry timetable\n\nThe panel met today (March 31) to review "
                     "the timetable.\n", url)
    assert release.release_date is None


def test_a_url_with_its_full_day_gives_no_month_alone() -> None:
    assert release_url.url_month("https://reposts.example.org/2023/04/11/panel-meets") is None
