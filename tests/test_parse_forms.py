"""The page forms of the archive, one fixture each (invented text, the forms' shapes kept):
what the headline is (never the page's furniture or a credit), and where the release date,
time and ID come from."""

from __future__ import annotations

from datetime import date, time

import pytest

from pressgraph.parse import parse
from pressgraph.reader import decode

GIA = "https://www.info.gov.hk/gia/general"

# form, url, text, title ("" = no headline), release date, time of issue, release ID
FORMS = [
    ("info.gov.hk 2000-2004 page", f"{GIA}/200302/11/0211187.htm",
     "Press Release\n\n Email this articleGovernment Homepage\n\nFerry panel meets\n\n\n"
     "The Harbour Ferry Advisory Panel met today (February 11) to review fares.\n\n"
     "Ends/Tuesday, February 11, 2003\n\n\nEmail this article\n",
     "Ferry panel meets", date(2003, 2, 11), None, None),
    ("info.gov.hk 2019 page, font size in the URL",
     f"{GIA}/201907/02/P2019070200415.htm?fontSize=1",
     "Go to main content\nSecretary meets Lakeport mayor (with photo)\n"
     "     The Secretary for Transport met the Mayor of Lakeport today (July 2).\n\n"
     "Ends/Tuesday, July 2, 2019\nIssued at HKT 18:20\n",
     "Secretary meets Lakeport mayor (with photo)", date(2019, 7, 2), time(18, 20),
     "P2019070200415"),
    ("P-number of the day before, no dateline", f"{GIA}/202002/08/P2020020700551.htm",
     "Ferry panel meets operators\n**************************\n"
     "     The Harbour Ferry Advisory Panel met the operators today.\n",
     "Ferry panel meets operators", date(2020, 2, 8), None, "P2020020700551"),
    ("P-number of the day before, with its dateline", f"{GIA}/202002/08/P2020020700551.htm",
     "Ferry panel meets operators\n**************************\n"
     "     The Harbour Ferry Advisory Panel met the operators yesterday.\n\n"
     "Ends/Friday, February 7, 2020\nIssued at HKT 23:55\n",
     "Ferry panel meets operators", date(2020, 2, 7), time(23, 55), "P2020020700551"),
    ("bureau page", "https://www.example.gov.hk/en/press/press_1234.htm",
     "Jump to the beginning of content\n\nborder image\n\nPress Releases\n\nborder image\n"
     "Secretary visits Lakeport (with photos)\n\n"
     "The Secretary for Transport arrived in Lakeport this morning (May 3).\n\n"
     "Ends/Saturday, May 3, 2014\n",
     "Secretary visits Lakeport (with photos)", date(2014, 5, 3), None, None),
    ("justice page, month abbreviated, no time", "https://www.example.gov.hk/eng/public/pr/20160315.html",
     "Jump to the beginning of content\n\nborder image\n\nPress Releases\n\n"
     "Secretary for Justice to visit Lakeport\n\n"
     "The Secretary for Justice will visit Lakeport tomorrow (March 16).\n\n"
     "Ends/Tuesday, Mar 15, 2016\n",
     "Secretary for Justice to visit Lakeport", date(2016, 3, 15), None, None),
    ("news.gov.hk 2013-2017 category page",
     "http://www.news.gov.hk/en/categories/admin/html/2015/06/20150609_170512.shtml",
     "Press here to Skip to the main content\nFont Size\nDefault Font Size Larger Font Size "
     "Largest Font Size RSS Subscription Advanced Search Sitemap Mobile/Accessible Version "
     "繁體 简体\nFacebook Twitter Weibo\n\n"
     "Ferry fares to stay unchanged\n\nJune 9, 2015\n\n"
     "Ferry fares will stay unchanged next year, the Transport Department said today.\n\n"
     "The department consulted the panel.\n\nRelated link: Ferry services review\n",
     "Ferry fares to stay unchanged", date(2015, 6, 9), None, None),
    ("news.gov.hk 2013-2017 category page, Chinese",
     "http://www.news.gov.hk/tc/categories/admin/html/2012/08/20120815_182052.shtml",
     "字型大小\n預設字體大小 較大的字體 最大的字體 訂閱RSS 進階搜尋 網頁指南 流動/無障礙瀏覽 "
     "English 繁體 简体\nFacebook Myspace Twitter Xanga\n\n渡輪票價明年不變\n\n2012年08月15日\n"
     "     運輸署今天(8月15日)表示,渡輪票價明年維持不變。\n\n渡輪服務檢討\n",
     "渡輪票價明年不變", date(2012, 8, 15), None, None),
    ("news.gov.hk 2018-2020, store prefix and a photo caption",
     "http://www.news.gov.hk/eng/2019/03/20190312/20190312_101530_118.html",
     " date 2019-03-12 Secretary for Transport Lee Ka-man (centre) tours the pier in Lakeport.\n\n"
     "Secretary for Transport Lee Ka-man visited Lakeport today to see its ferry piers.\n\n"
     "He met the city's transport officials.\n",
     "", date(2019, 3, 12), None, None),
    ("repost: headline and asterisk rule on one line", "https://www.example.com/2017/08/23/ferry/",
     "Hong Kong \u2013 Ferry panel meets operators (with photos)***********************************"
     "\n\n     The Harbour Ferry Advisory Panel met the operators today (August 23).\n",
     "Ferry panel meets operators (with photos)", date(2017, 8, 23), None, None),
    ("repost: a site section before the headline", "https://www.example.com/health/2016/05/12/",
     "Health :: Ferry crews offered flu vaccine\n\n"
     "     The Department of Health today (May 12) offered flu vaccine to ferry crews.\n",
     "Ferry crews offered flu vaccine", date(2016, 5, 12), None, None),
    ("repost: a site section before the headline, one colon", "https://www.example.com/2012/02/ferry.html",
     "Search This Blog\n\nThursday, February 23, 2012\n\n"
     "Hong Kong : Ferry panel reviews winter timetable\n\n"
     "The Harbour Ferry Advisory Panel today (February 23) reviewed the winter timetable.\n",
     "Ferry panel reviews winter timetable", date(2012, 2, 23), None, None),
    ("repost: the site's posting line", "https://www.example.com/news/ferry-12345.html",
     "渡輪諮詢小組與營辦商會面\n日期: 2016-05-14 15:52\n\n"
     "渡輪諮詢小組今日(五月十二日)與營辦商會面。\n\n完\n2016年5月12日(星期四)\n",
     "渡輪諮詢小組與營辦商會面", date(2016, 5, 12), None, None),
    ("repost: the site's posting line above the headline, no dateline",
     "https://www.example.com/news/ferry-12346.html",
     "日期: 2016-05-14 15:52\n\n渡輪諮詢小組與營辦商會面\n\n"
     "渡輪諮詢小組今日(五月十二日)與營辦商會面。\n",
     "渡輪諮詢小組與營辦商會面", date(2016, 5, 12), None, None),
    ("repost: the site's posting line, English", "https://www.example.com/news/ferry-12347.html",
     "Date: 2016-05-14 15:52\n\nFerry panel meets operators\n\n"
     "The Harbour Ferry Advisory Panel met the operators today (May 12).\n",
     "Ferry panel meets operators", date(2016, 5, 12), None, None),
    ("monetary authority page", "https://www.example.gov.hk/chi/press/2000/20000802c.htm",
     "外匯基金票據投標結果\n\n2000年08月02日\n\n外匯基金票據今日投標,結果如下。\n",
     "外匯基金票據投標結果", date(2000, 8, 2), None, None),
    ("police newsletter, English", "https://www.example.gov.hk/offbeat/1153/eng/8438.html",
     "\n1 Photo\n\nThe Ferry Division held a reception for its officers on January 31.\n\n"
     "The Commissioner (left) chats with an officer\n",
     "", None, None, None),
    ("police newsletter, masthead and photos", "https://www.example.gov.hk/offbeat/993/eng/308.html",
     "警聲\n\n10 Photos\n\nOffBeat publishes photos of the ferry pier's opening.\n",
     "", None, None, None),
    ("police newsletter, Chinese", "https://www.example.gov.hk/offbeat/1083/chi/5105.html",
     "警聲\n\n1 張相片\n\n水警總區於二月十日舉行周年發布會,共有一百名人士參加。\n\n● 只有中文版\n",
     "", None, None, None),
    ("police newsletter, Simplified", "https://www.example.gov.hk/offbeat/1018/sim/1690.html",
     "警声\n\n3 张相片\n\n水警总区于四月三十日为长者举办讲座。\n",
     "", None, None, None),
    ("customs page",
     "https://www.example.gov.hk/en/customs-announcement/press-release/index_id_1471.html",
     "Customs seizes suspected smuggled ferry parts (with photos)\n\n4 Jan 2019\n\n"
     "Customs seized a batch of suspected smuggled ferry parts yesterday (January 3).\n\n"
     "Friday, January 4, 2019\n",
     "Customs seizes suspected smuggled ferry parts (with photos)", date(2019, 1, 4), None, None),
    ("customs page, Chinese",
     "https://www.example.gov.hk/tc/customs-announcement/press-release/index_id_1472.html",
     "海關檢獲懷疑走私渡輪零件(附圖)\n\n2019年1月4日\n\n"
     "海關昨日(一月三日)檢獲一批懷疑走私渡輪零件。\n\n2019年1月4日(星期五)\n",
     "海關檢獲懷疑走私渡輪零件(附圖)", date(2019, 1, 4), None, None),
]


@pytest.mark.parametrize(("form", "url", "text", "title", "day", "at", "release_id"), FORMS,
                         ids=[f[0] for f in FORMS])
def test_release_fields_by_form(form: str, url: str, text: str, title: str, day: date | None,
                                at: time | None, release_id: str | None) -> None:
    release = parse(decode(text.encode("utf-8"), "page.txt", source_url=url))
    assert release.title == title
    assert release.release_date == day
    assert release.issued_time == at
    assert release.release_id == release_id
    if title:
        assert release.quote(release.title_span) == title
