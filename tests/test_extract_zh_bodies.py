"""Chinese extraction: meetings of standing bodies and series, the body's name as read (short
forms, quotes, descriptions, the conference of a working meeting, a committee's meeting) and
the ordinal or term session of each meeting.
"""

from __future__ import annotations

from datetime import date

from tests.chinese_extraction import _extract_text


def test_meetings_named_before_they_are_held() -> None:
    text = ("標題\n\n　　粵港持續發展與環保合作小組第二十次會議及粵港海洋資源護理專責小組第十四次會"
            "議今日（十二月十二日）在廣州舉行，分別由環境局局長黃錦星和廣東省生態環境廳廳長聶新平"
            "共同主持。該會議於上月舉行的籌備會議後召開。\n\n"
            "完\n\n2019年12月12日（星期四）\n香港時間18時00分\n")
    meetings = _extract_text(text).meetings
    assert [(m.body, m.ordinal) for m in meetings] == \
        [("粵港持續發展與環保合作小組", 20), ("粵港海洋資源護理專責小組", 14)]
    for meeting in meetings:
        assert meeting.location == "廣州" and meeting.date == date(2019, 12, 12)
        assert {(r.person.name, r.role) for r in meeting.roles} == \
            {("黃錦星", "co-chair"), ("聶新平", "co-chair")}


SERIES_ORDINALS = """港閩合作會議今日舉行

　　政務司司長李明今日（十月九日）在福州出席第七次港閩海洋合作高層會議。

　　環境局局長王強昨日（十月八日）在杜拜出席《海洋公約》締約方大會第28屆會議。

完

2024年10月9日（星期三）
香港時間12時00分
"""


def test_an_ordinal_before_a_series_name_or_of_a_term_is_the_meetings_ordinal() -> None:
    found = _extract_text(SERIES_ORDINALS).meetings
    assert [(m.body, m.ordinal) for m in found] == [("港閩海洋合作高層會議", 7),
                                                    ("《海洋公約》締約方大會", 28)]


SHORT_NAMES_AGAIN = """商務局局長出席部長級會議

　　商務及經濟發展局局長李明明日（十月十日）離港，出席在利馬舉行的第三十屆環太平洋經濟合作組織（環太經合組織）部長級會議。

　　他會於十月十二日出席於十月十二及十三日舉行的第三十屆環太經合組織部長級會議。

　　行政長官今日在廣州主持泛珠省區行政首長聯席會議。行政長官今日下午主持行政首長聯席會議。

完

2024年10月9日（星期三）
香港時間20時00分
"""


def test_a_meeting_named_again_by_its_short_form_or_last_words_is_one_meeting() -> None:
    found = _extract_text(SHORT_NAMES_AGAIN).meetings
    assert [(m.body, m.ordinal) for m in found] == [
        ("環太平洋經濟合作組織（環太經合組織）部長級會議", 30), ("泛珠省區行政首長聯席會議", None)]


TERMS_AND_COUNTS = """行政長官赴京

　　行政長官李明將於三月十二日至十五日訪問北京，出席三月十三日舉行的全國政協十四屆三次會議閉幕會，以及三月十五日的十四屆全國人大三次會議閉幕會。

　　立法會財務委員會（財委會）將於三月十六日在立法會綜合大樓會議室1舉行兩次會議。

完

2025年3月9日（星期日）
香港時間15時00分
"""


def test_a_terms_session_a_meeting_listed_after_another_and_a_count_of_meetings() -> None:
    found = _extract_text(TERMS_AND_COUNTS).meetings
    assert [(m.body, m.session, m.date) for m in found] == [
        ("全國政協", "十四屆三次", date(2025, 3, 13)),
        ("全國人大", "十四屆三次", date(2025, 3, 15)),
        ("立法會財務委員會", None, date(2025, 3, 16)),
        ("立法會財務委員會", None, date(2025, 3, 16)),
    ]


def test_a_long_name_after_a_description_and_totals_of_meetings() -> None:
    text = ("標題\n\n　　政務司司長李明明日（十月十日）下午會出席由國家發展和改革委員會牽頭的、"
            "有關促進河港合作建設部際聯席會議。\n\n"
            "　　委員會自成立以來一共舉行了二十七次會議。內務委員會今個會期已舉行過十九次會議。\n\n"
            "完\n\n2024年10月9日（星期三）\n香港時間18時00分\n")
    found = _extract_text(text).meetings
    assert [(m.body, m.status, m.date) for m in found] == [
        ("促進河港合作建設部際聯席會議", "planned", date(2024, 10, 10))]


def test_a_hearing_held_by_the_body_that_opens_the_notice() -> None:
    notice = ("立法會某某事務委員會明日舉行公開聆訊\n\n下稿代立法會秘書處發出：\n\n"
              "　　立法會某某事務委員會（某委會）明日（三月五日）就某報告書的一章，於上午十時"
              "在立法會綜合大樓會議室3舉行公開聆訊。\n\n"
              "　　某委會已邀請五位證人出席上述公開聆訊。\n\n完\n\n2020年3月4日（星期三）\n")
    (meeting,) = _extract_text(notice).meetings
    assert meeting.body == "立法會某某事務委員會"
    assert meeting.status == "planned" and meeting.date == date(2020, 3, 5)
    assert meeting.location is None  # a conference room is a building, not a place


def test_a_meeting_named_before_its_days_and_the_leaders_of_its_delegations() -> None:
    text = ("局長率團出席三地聯席會議\n\n"
            "　　第三屆甲乙丙三地環保高層聯席會議將於五月十日及十一日在澳門舉行。\n\n"
            "　　環境局局長李大文將率領代表團出席會議。內地及澳門的代表團將分別由生態環境部"
            "副部長王小明及運輸工務司司長陳中華率領。\n\n完\n\n2021年5月3日（星期一）\n")
    (meeting,) = _extract_text(text).meetings
    assert meeting.body == "甲乙丙三地環保高層聯席會議" and meeting.ordinal == 3
    assert meeting.status == "planned" and meeting.date is None  # two days: no one date
    assert meeting.location == "澳門"
    assert {r.person.name for r in meeting.roles} == {"李大文", "王小明", "陳中華"}
    # a meeting of three parties: leading a delegation to it makes no chair
    assert {r.role for r in meeting.roles} == {"attendee"}


def test_a_series_named_in_full_then_which_of_its_meetings() -> None:
    text = ("甲乙合作聯席會議第三次會議\n\n"
            "　　兩地代表今天（九月二十四日）在香港召開甲乙合作聯席會議的第三次會議，雙方代表團"
            "分別由政務司司長張三豐及廣東省副省長李四光率領。\n\n完\n\n1999年9月24日（星期五）\n")
    (meeting,) = _extract_text(text).meetings
    assert meeting.body == "甲乙合作聯席會議" and meeting.ordinal == 3
    assert meeting.date == date(1999, 9, 24) and meeting.location == "香港"
    assert {r.person.name for r in meeting.roles} == {"張三豐", "李四光"}


def test_a_series_named_alone_then_with_its_ordinal_is_one_meeting() -> None:
    text = ("　　行政長官陳大文今日（六月二日）展開北京的訪問行程，出席京港合作會議。\n\n"
            "　　下午，陳大文與北京市市長王一明一同主持京港合作會議第五次會議。\n\n"
            "完\n\n2022年6月2日（星期四）\n")
    (meeting,) = _extract_text(text).meetings
    assert meeting.body == "京港合作會議" and meeting.ordinal == 5
    # the place of the visit (北京的訪問) an earlier sentence names
    assert meeting.location == "北京"


def test_a_quoted_name_loses_its_quote_and_keeps_its_ordinal_apart() -> None:
    text = ("司長出席會議\n\n　　政務司司長李明今日（五月八日）在澳門出席「第七次港澳合作高層會議」"
            "。\n\n完\n\n2024年5月8日（星期三）\n香港時間18時00分\n")
    [meeting] = _extract_text(text).meetings
    assert (meeting.body, meeting.ordinal) == ("港澳合作高層會議", 7)


def test_a_working_meeting_takes_the_conference_as_its_body() -> None:
    text = ("司长出席会议\n\n　　粤港合作联席会议第二十次工作会议今日（五月八日）在广州举行，"
            "由政务司司长李明与广东省常务副省长张华共同主持。\n\n"
            "完\n\n2024年5月8日（星期三）\n香港时间18时00分\n")
    [meeting] = _extract_text(text).meetings
    assert (meeting.body, meeting.ordinal) == ("粤港合作联席会议", 20)
    assert {r.person.name for r in meeting.roles} == {"李明", "张华"}


def test_a_kind_of_meeting_names_no_body_and_a_committees_meeting_names_the_committee() -> None:
    video = ("司長視像會議\n\n　　政務司司長李明今日（五月八日）與廣東省副省長張華舉行視像會議，"
             "討論兩地合作。\n\n完\n\n2024年5月8日（星期三）\n香港時間18時00分\n")
    [call] = _extract_text(video).meetings
    assert (call.body, call.mode) == (None, "video conference")
    assert {r.person.name for r in call.roles} == {"李明", "張華"}
    chaired = ("司長主持會議\n\n　　財政司司長李明今日（五月八日）主持經濟發展委員會會議。\n\n"
               "完\n\n2024年5月8日（星期三）\n香港時間18時00分\n")
    [meeting] = _extract_text(chaired).meetings
    assert meeting.body == "經濟發展委員會"
