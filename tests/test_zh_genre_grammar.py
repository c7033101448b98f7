"""A small generative grammar of the Chinese meeting release, in our own words.

A release is built from slots: an actor (post and name, with or without an honorific, a
pronoun that refers back), a verb (chairs, co-chairs, meets, calls on, is received by,
holds talks with, attends, convenes), an object (a standing body with its ordinal, year or
term; a counterpart; the officials of an organisation), a time (today with the date in
brackets, yesterday, tomorrow, a date, this month's day, an announced day; morning or
afternoon), a place (a city before the verb, a venue, none, a city after the body) and a
frame (headline, paragraph and dateline with or without 完; a page without a dateline; a
transcript's opening). Each release says what must be found: one meeting, its status,
date, body and ordinal where given, place where given and chairs where the verb says so.

The product of the slots is large; a fixed-seed sample of it keeps the run short. Every
case is checked in Traditional and in Simplified script.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

import opencc
import pytest

from pressgraph.extract import extract
from pressgraph.parse import parse
from pressgraph.reader import decode

RELEASE_DAY = date(2024, 5, 10)  # a Friday
DATELINE = "2024年5月10日（星期五）"


@dataclass(frozen=True)
class Actor:
    text: str  # as it opens the clause
    name: str | None  # the chair's name, None when only a post is given
    post: str
    lead: str = ""  # a sentence before, for a pronoun that refers back


@dataclass(frozen=True)
class Party:
    text: str
    name: str | None
    post: str


@dataclass(frozen=True)
class Body:
    text: str  # as printed after the verb
    name: str  # the body as the gold writes it (without its ordinal)
    ordinal: int | None


@dataclass(frozen=True)
class When:
    text: str
    day: date
    planned: bool


@dataclass(frozen=True)
class Where:
    before: str  # printed before the verb
    city: str | None
    after_body: bool = False  # 主持在深圳舉行的…: the place is told inside the object


ACTORS = (
    Actor("政務司司長李家明", "李家明", "政務司司長"),
    Actor("商務及經濟發展局局長陳大文先生", "陳大文", "商務及經濟發展局局長"),
    Actor("創新科技及工業局局長林美玲博士", "林美玲", "創新科技及工業局局長"),
    Actor("財政司副司長何志明", "何志明", "財政司副司長"),
    Actor("行政長官", None, "行政長官"),
    Actor("行政長官李家明", "李家明", "行政長官"),
    Actor("署理政務司司長陳美儀女士", "陳美儀", "署理政務司司長"),
    Actor("香港特別行政區行政長官李家明", "李家明", "香港特別行政區行政長官"),
    Actor("香港特區政府駐北京辦事處主任黃國強", "黃國強", "香港特區政府駐北京辦事處主任"),
    Actor("她", "林美玲", "創新科技及工業局局長",
          lead="創新科技及工業局局長林美玲昨日抵達當地，展開為期三天的訪問。"),
    Actor("他", "李家明", "政務司司長", lead="政務司司長李家明率領代表團展開訪問。"),
    Actor("李家明", "李家明", "政務司司長", lead="政務司司長李家明昨日抵達當地。"),
    # Chair forms of real releases: an acting post with the government before it, two posts
    # of one holder joined by 兼.
    Actor("香港特別行政區署理行政長官陳美儀", "陳美儀", "香港特別行政區署理行政長官"),
    Actor("商務及經濟發展局局長兼一帶一路聯席會議召集人陳大文", "陳大文",
          "商務及經濟發展局局長兼一帶一路聯席會議召集人"),
)

PARTIES = (
    Party("廣東省副省長王小明", "王小明", "廣東省副省長"),
    Party("國務院港澳事務辦公室主任張明華", "張明華", "國務院港澳事務辦公室主任"),
    Party("深圳市市長周志強", "周志強", "深圳市市長"),
    Party("國家發展和改革委員會副主任劉建國", "劉建國", "國家發展和改革委員會副主任"),
    Party("澳門特別行政區行政長官梁文輝", "梁文輝", "澳門特別行政區行政長官"),
    Party("中共廣東省委書記趙德勝", "趙德勝", "中共廣東省委書記"),
    Party("商務部部長吳志遠先生", "吳志遠", "商務部部長"),
    Party("國務院副秘書長兼港澳事務辦公室主任張明華", "張明華",
          "國務院副秘書長兼港澳事務辦公室主任"),
    Party("全國政協副主席、國務院港澳事務辦公室主任張明華", "張明華",
          "全國政協副主席、國務院港澳事務辦公室主任"),
)

BODIES = (
    Body("粵港合作聯席會議第二十次會議", "粵港合作聯席會議", 20),
    Body("第二屆港澳合作高層會議", "港澳合作高層會議", 2),
    Body("2024年粵港合作聯席會議", "粵港合作聯席會議", None),
    Body("港澳合作高層會議", "港澳合作高層會議", None),
    Body("深港創新及科技合作專責小組第三次會議", "深港創新及科技合作專責小組", 3),
    Body("粵港澳旅遊、文化及體育合作會議第八次會議", "粵港澳旅遊、文化及體育合作會議", 8),
    Body("滬港經貿合作會議第五次會議", "滬港經貿合作會議", 5),
    Body("第十三屆港澳合作高層會議", "港澳合作高層會議", 13),
    Body("粵港合作聯席會議第二十二次工作會議", "粵港合作聯席會議", 22),
    Body("深港合作會議2024年會議", "深港合作會議", None),
)

ORGANISATIONS = ("國家發展和改革委員會", "廣東省人民政府", "商務部", "深圳市政府", "該區區議會")

WHENS = (
    When("今日（五月十日）", RELEASE_DAY, False),
    When("今天", RELEASE_DAY, False),
    When("昨日", date(2024, 5, 9), False),
    When("五月十日", RELEASE_DAY, False),
    When("本月十日", RELEASE_DAY, False),
    When("今日（五月十日）下午", RELEASE_DAY, False),
    When("昨日上午", date(2024, 5, 9), False),
    When("明日（五月十一日）", date(2024, 5, 11), True),
    When("明日", date(2024, 5, 11), True),
    When("將於本月十三日", date(2024, 5, 13), True),
    When("將於五月十三日上午", date(2024, 5, 13), True),
    When("今日（5月10日）", RELEASE_DAY, False),
    When("今日(五月十日)", RELEASE_DAY, False),
    When("本月10日", RELEASE_DAY, False),
    When("5月9日", date(2024, 5, 9), False),
    When("今早", RELEASE_DAY, False),
    When("星期四（五月九日）", date(2024, 5, 9), False),
    When("將會於明日", date(2024, 5, 11), True),
    When("明天（五月十一日）下午", date(2024, 5, 11), True),
    When("下星期一（五月十三日）", date(2024, 5, 13), True),
)

WHERES = (
    Where("在北京", "北京"),
    Where("於政府總部", None),
    Where("", None),
    Where("在廣州", "廣州"),
    Where("在澳門", "澳門"),
    Where("在北京人民大會堂", "北京"),
    Where("於廣州白雲國際會議中心", "廣州"),
    Where("", "深圳", after_body=True),
)

# What the verb does: (verb name, takes a body, names the chair, co-chairs).
VERBS = ("主持", "共同主持", "出席", "召開", "舉行", "會見", "會晤", "拜會", "與會面",
         "與會談", "獲接見", "與官員會面")
BODY_VERBS = {"主持", "共同主持", "出席", "召開", "舉行"}
FRAMES = ("dateline", "dateline-no-end", "page", "transcript", "transcript-title")
# Words between the place and the verb, and whether the time opens the sentence.
MODIFIERS = ("", "率團", "聯同財經事務及庫務局局長何志明", "亦", "首先", "隨後",
             "在駐粵經濟貿易辦事處主任陳志華陪同下，", "率領香港特區政府代表團",
             "聯同商務及經濟發展局局長陳大文和保安局局長鄧國威")
ORDERS = ("actor-time", "time-actor")


@dataclass(frozen=True)
class Case:
    actor: Actor
    verb: str
    when: When
    where: Where
    frame: str
    modifier: str = ""
    order: str = "actor-time"
    body: Body | None = None
    party: Party | None = None
    organisation: str | None = None

    @property
    def label(self) -> str:
        obj = self.body.text if self.body else self.party.text if self.party else self.organisation
        return "|".join((self.actor.text, self.verb, str(obj), self.when.text,
                         self.where.before or ("after" if self.where.after_body else "-"),
                         self.frame, self.modifier or "-", self.order))

    def clause(self) -> str:
        clause = self._clause()
        if self.order == "time-actor" and self.verb != "舉行":
            head = f"{self.actor.text}{self.when.text}"
            clause = f"{self.when.text}，{self.actor.text}{clause[len(head):]}"
        return clause

    def _clause(self) -> str:
        where = self.where.before + self.modifier
        verb = self.verb
        if verb in BODY_VERBS:
            assert self.body is not None
            body = self.body.text
            if self.where.after_body:
                body = f"在{self.where.city}舉行的{body}"
            if verb == "共同主持":
                assert self.party is not None
                return f"{self.actor.text}{self.when.text}{where}與{self.party.text}共同主持{body}"
            if verb == "召開":
                return f"{self.actor.text}{self.when.text}{where}主持召開{body}"
            if verb == "舉行":
                place = where or f"在{self.where.city or '香港'}"
                return f"{self.body.text}{self.when.text}{place}舉行"
            return f"{self.actor.text}{self.when.text}{where}{verb}{body}"
        subject = f"{self.actor.text}{self.when.text}{where}"
        if verb == "與官員會面":
            return f"{subject}與{self.organisation}官員會面"
        assert self.party is not None
        party = self.party.text
        if verb == "與會面":
            return f"{subject}與{party}會面"
        if verb == "與會談":
            return f"{subject}與{party}舉行會談"
        if verb == "獲接見":
            return f"{subject}獲{party}接見"
        return f"{subject}{verb}{party}"

    def text(self) -> str:
        clause = self.clause()
        title = f"{self.actor.post}活動" if not self.actor.lead else "官員訪問行程"
        follow = "雙方就加強合作交換意見。"
        lead = f"　　{self.actor.lead}\n" if self.actor.lead else ""
        if self.frame == "transcript-title":
            return (f"{self.actor.post}{self._object_phrase()}後會見傳媒的談話內容\n*****\n"
                    f"　　以下是{self.actor.text}{self.when.text}{self.where.before}"
                    "會見傳媒的談話內容：\n記者：有甚麼成果？\n"
                    f"{self.actor.post}：我們討論了多個範疇的合作。\n完\n\n{DATELINE}\n")
        if self.frame == "transcript":
            return (f"{title}\n*****\n　　以下是{self.actor.post}{self.when.text}"
                    f"{self.where.before}{self._object_phrase()}後會見傳媒的談話內容：\n"
                    "記者：會面討論了甚麼？\n"
                    f"{self.actor.post}：我們討論了多個範疇的合作。\n完\n\n{DATELINE}\n")
        paragraphs = f"{lead}　　{clause}。{follow}\n　　會上，雙方同意保持緊密溝通。\n"
        if self.frame == "page":
            return f"{title}\n\n2024年5月10日\n{paragraphs}"
        end = "完\n\n" if self.frame == "dateline" else "\n"
        return f"{title}\n*****\n{paragraphs}{end}{DATELINE}\n香港時間18時00分\n"

    def _object_phrase(self) -> str:
        if self.party is not None and self.verb not in BODY_VERBS:
            return f"與{self.party.text}會面" if self.verb == "與會面" else f"會見{self.party.text}"
        assert self.body is not None
        return f"出席{self.body.text}"

    # What must be found.
    @property
    def planned(self) -> bool:
        return self.when.planned and not self.frame.startswith("transcript")

    @property
    def chairs(self) -> set[str | None] | None:
        """Names of the chairs the verb says, or None when the verb names none."""
        if self.verb in {"主持", "召開"}:
            return {self.actor.name}
        if self.verb == "共同主持":
            assert self.party is not None
            return {self.actor.name, self.party.name}
        if self.verb in {"會見", "會晤", "拜會", "與會面", "與會談", "獲接見"}:
            assert self.party is not None
            return {self.actor.name, self.party.name}
        return None


def _transcript_ok(actor: Actor, verb: str, where: Where, frame: str) -> bool:
    verbs = {"出席", "與會面"} if frame == "transcript" else {"會見", "與會面"}
    return not actor.lead and verb in verbs and not where.after_body


def _valid(actor: Actor, verb: str, when: When, where: Where, frame: str, modifier: str,
           order: str) -> bool:
    """Whether the slot values make a release the genre writes."""
    transcript = frame.startswith("transcript")
    if transcript and (modifier or order != "actor-time" or when.planned
                       or not _transcript_ok(actor, verb, where, frame)):
        return False
    if order == "time-actor" and when.text.startswith("將"):
        return False  # (an announced day opens no sentence: 將於…，他…)
    if verb == "舉行":  # the body is the subject: one actor stands for all
        return actor == ACTORS[0] and not modifier and order == "actor-time" \
            and not where.after_body
    return not where.after_body or verb in BODY_VERBS


def _objects(verb: str) -> list[dict[str, object]]:
    """What the verb may take: a body (and a co-chair), an organisation's officials, a party."""
    if verb == "共同主持":
        return [{"body": body, "party": party} for body in BODIES for party in PARTIES]
    if verb in BODY_VERBS:
        return [{"body": body} for body in BODIES]
    if verb == "與官員會面":
        return [{"organisation": org} for org in ORGANISATIONS]
    return [{"party": party} for party in PARTIES]


def sample_cases(count: int, seed: int) -> list[Case]:
    """``count`` distinct releases drawn slot by slot (the full product is millions)."""
    rng = random.Random(seed)
    slots = (ACTORS, VERBS, WHENS, WHERES, FRAMES, MODIFIERS, ORDERS)
    found: dict[str, Case] = {}
    while len(found) < count:
        values = [rng.choice(slot) for slot in slots]
        if values[4].startswith("transcript"):  # a transcript's opening has one word order
            values[5], values[6] = "", "actor-time"
        if not _valid(*values):
            continue
        case = Case(*values, **rng.choice(_objects(values[1])))
        found.setdefault(case.label, case)
    return list(found.values())


SAMPLE_SIZE = 200
CASES = sample_cases(SAMPLE_SIZE, seed=20240510)
_TO_SIMPLIFIED = opencc.OpenCC("hk2s")


def _extract(text: str):
    return extract(parse(decode(text.encode("utf-8"), "grammar.txt")))


def check(case: Case, simplified: bool = False) -> list[str]:
    """What the extraction got wrong for one generated release (empty when all is right)."""
    text = case.text()
    if simplified:
        text = _TO_SIMPLIFIED.convert(text)
    meetings = _extract(text).meetings
    if len(meetings) != 1:
        return [f"meetings={len(meetings)}"]
    (meeting,) = meetings
    problems = []
    status = "planned" if case.planned else "held"
    if meeting.status != status:
        problems.append(f"status={meeting.status}")
    if meeting.date != case.when.day:
        problems.append(f"date={meeting.date}")
    fold = (lambda s: s) if not simplified else _TO_SIMPLIFIED.convert
    if case.body is not None and case.verb in BODY_VERBS:
        if meeting.body != fold(case.body.name):
            problems.append(f"body={meeting.body}")
        if case.body.ordinal is not None and meeting.ordinal != case.body.ordinal:
            problems.append(f"ordinal={meeting.ordinal}")
    if case.where.city is not None and meeting.location != fold(case.where.city):
        problems.append(f"place={meeting.location}")
    expected = case.chairs
    if expected is not None and not case.frame.startswith("transcript"):
        got = {role.person.name for role in meeting.roles}
        wanted = {fold(name) if name else name for name in expected}
        if not wanted <= got:
            problems.append(f"chairs={sorted(map(str, got))}")
    return problems


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_generated_release_reads_as_its_grammar_says(case: Case) -> None:
    assert check(case) == []
    assert check(case, simplified=True) == []


# --------------------------------------------------------------------------- agenda
#
# The business of a meeting as releases state it, each construction in our own words: a
# frame whose own object is a heading, with the topics after an umbrella word ("就多項議題
# 交換意見，包括 A、B 及 C 等"); two verbs of business, each with its object ("審議 A，並
# 議定 B"); a plain enumeration in a frame ("就 A、B 和 C 交換意見"). The meeting is one of
# the grammar's own, the topics a fixed pool; each case says the items, as printed.

TOPICS = ("跨境交通安排", "青年交流計劃", "食物安全通報機制", "創新科技合作",
          "旅遊推廣活動", "環境保護措施", "專業人才培訓")
# (the sentence with {0}, {1}, {2} for topics, how many it takes, whether only a standing
# body's meeting states it: its members or the meeting as the subject)
AGENDA_FRAMES = (
    ("雙方就多項議題交換意見，包括{0}、{1}及{2}等。", 3, False),
    ("雙方亦就其他範疇的合作進行交流，包括{0}及{1}等。", 2, False),
    ("他們就共同關心的事宜交換意見，包括{0}、{1}和{2}。", 3, False),
    ("會議審議{0}，並議定{1}。", 2, True),
    ("委員聽取{0}的簡介，並討論{1}。", 2, True),
    ("會上，委員檢視了{0}，並通過{1}。", 2, True),
    ("雙方就{0}、{1}和{2}交換意見。", 3, False),
)
AGENDA_MEETINGS = (
    ("政務司司長李家明今日（五月十日）主持粵港合作聯席會議第二十次會議。", "standing"),
    ("商務及經濟發展局局長陳大文今日（五月十日）在北京會見商務部部長吳志遠。", "call"),
    ("環境及生態局局長林美玲今日與廣東省副省長王小明以視像會議形式共同主持"
     "粵港環保合作小組第五次會議。", "standing"),
)


@dataclass(frozen=True)
class AgendaCase:
    meeting: str
    frame: str
    topics: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.meeting[:12]}|{self.frame[:10]}|{'/'.join(self.topics)}"

    def text(self) -> str:
        sentence = self.frame.format(*self.topics)
        return (f"官員主持會議\n*****\n　　{self.meeting}{sentence}\n"
                f"　　會後，雙方同意保持緊密溝通。\n完\n\n{DATELINE}\n香港時間18時00分\n")

    @property
    def items(self) -> list[str]:
        topics = list(self.topics)
        if "簡介" in self.frame:
            topics[0] = f"{topics[0]}的簡介"
        return topics


def agenda_cases(count: int, seed: int) -> list[AgendaCase]:
    rng = random.Random(seed)
    found: dict[str, AgendaCase] = {}
    while len(found) < count:
        meeting, kind = rng.choice(AGENDA_MEETINGS)
        frame, size, standing = rng.choice(AGENDA_FRAMES)
        if standing and kind != "standing":
            continue
        case = AgendaCase(meeting, frame, tuple(rng.sample(TOPICS, size)))
        found.setdefault(case.label, case)
    return list(found.values())


AGENDA_CASES = agenda_cases(40, seed=20240511)


def check_agenda(case: AgendaCase, simplified: bool = False) -> list[str]:
    text = case.text()
    fold = _TO_SIMPLIFIED.convert if simplified else (lambda s: s)
    meetings = _extract(fold(text)).meetings
    if len(meetings) != 1:
        return [f"meetings={len(meetings)}"]
    got = [item.text for item in meetings[0].agenda]
    wanted = [fold(item) for item in case.items]
    return [] if got == wanted else [f"agenda={got}"]


@pytest.mark.parametrize("case", AGENDA_CASES, ids=[c.label for c in AGENDA_CASES])
def test_generated_agenda_reads_as_printed(case: AgendaCase) -> None:
    assert check_agenda(case) == []
    assert check_agenda(case, simplified=True) == []


# --------------------------------------------------------------------------- occasions
#
# A transcript's opening names the committee meeting the words were spoken at: the
# meeting is held that day, with the committee as its body.

COMMITTEES = ("立法會政制事務委員會", "立法會保安事務委員會", "立法會財經事務委員會")
OPENINGS = (
    "以下是{actor}{when}在{body}就駐內地辦事處工作報告的開場發言：",
    "以下為{actor}{when}在{body}會議上的開場發言：",
    "以下為{actor}{when}早上在{body}會議上發表的年度施政方針：",
    "以下是{actor}{when}在{body}會議上的發言全文：",
)
OCCASION_CASES = [(opening, body, when) for opening in OPENINGS for body in COMMITTEES
                  for when in (WHENS[0], WHENS[2])]


@pytest.mark.parametrize("opening,body,when", OCCASION_CASES)
def test_a_transcripts_opening_names_the_committee_meeting(opening: str, body: str,
                                                           when: When) -> None:
    lead = opening.format(actor="政制及內地事務局局長陳大文", when=when.text, body=body)
    text = f"局長發言\n*****\n　　{lead}\n主席：\n多謝主席。\n完\n\n{DATELINE}\n香港時間18時00分\n"
    for script in (lambda s: s, _TO_SIMPLIFIED.convert):
        meetings = _extract(script(text)).meetings
        assert [(m.body, m.date, m.status) for m in meetings] == [(script(body), when.day, "held")]


# --------------------------------------------------------------------------- participants
# Who takes part, and who is named without taking part: the meeting sentence (the principals'
# posts name their organisations) and a second sentence: none, officials of one more party
# attending, an official and a party's representatives in one list item, a government spoken
# for (代表…政府), the national delegation an official joins (中國代表團), or the staff of
# other offices touring sites on the trip (named, not at the meeting). Checked in both scripts.

PARTICIPANT_LEAD = ("民政事務局局長陳大文今日（五月十日）在廣州與廣東省副省長張偉會面，"
                    "就兩地合作交換意見。",
                    {"民政事務局": "HKSAR", "廣東省": "Mainland"})
PARTICIPANT_SECONDS = {
    "none": ("", {}, ()),
    "officials attended": ("商務部官員亦有出席會議。", {"商務部": "Mainland"}, ()),
    "mainland bodies of no place": ("最高人民法院和公安部刑事偵查局的代表亦有出席。",
                                    {"最高人民法院": "Mainland", "公安部刑事偵查局": "Mainland"},
                                    ()),
    "a person before a joiner": ("民政事務局副局長李小明與商務部的代表亦有出席。",
                                 {"商務部": "Mainland"}, ("民政事務局副局長李小明與商務部",)),
    "a government spoken for": ("他代表香港特別行政區政府歡迎各位來賓。",
                                {"香港特別行政區政府": "HKSAR"}, ()),
    "a national delegation joined": ("他以中國代表團成員身份參與會議。",
                                     {"中國代表團": "Mainland"}, ()),
    "staff tour sites": ("消防處的代表就參觀了當地的消防站，"
                         "入境處的代表則到了出入境管理局考察。",
                         {}, ("消防處", "入境處")),
}


@pytest.mark.parametrize("second", sorted(PARTICIPANT_SECONDS))
@pytest.mark.parametrize("simplified", [False, True])
def test_generated_release_yields_its_participants(second: str, simplified: bool) -> None:
    lead, found = PARTICIPANT_LEAD
    sentence, more, absent = PARTICIPANT_SECONDS[second]
    text = f"局長會見副省長\n\n{lead}{sentence}\n\n完\n\n{DATELINE}\n"
    fold = _TO_SIMPLIFIED.convert if simplified else (lambda s: s)
    meetings = _extract(fold(text)).meetings
    assert len(meetings) == 1, text
    sides = {form: p.side for p in meetings[0].participants for form in (p.name, *p.mentions)}
    for name, side in (found | more).items():
        assert sides.get(fold(name)) == side, f"{name}: {sides}"
    assert not [name for name in absent if fold(name) in sides], sides


# A call at a building whose place the release tells elsewhere: in the sentence after it,
# where the visitor is welcomed (歡迎…訪港), or in the headline (…在倫敦與…會面). Each form
# is (headline, sentence after the call's, the place as the gold writes it).
PLACED_ELSEWHERE = {
    "welcomed, 訪港": ("行政長官會見{party}", "{host}歡迎{name}就任後首次訪港。", "香港"),
    "welcomed, 來港": ("行政長官會見{party}", "{host}歡迎{name}來港出席論壇。", "香港"),
    "headline, 在香港": ("行政長官在香港會見{party}", "雙方就加強合作交換意見。", "香港"),
    "headline, 在倫敦": ("行政長官在倫敦與{party}會面", "雙方就加強合作交換意見。", "倫敦"),
}


def _placed_elsewhere_text(form: str, party: Party) -> str:
    headline, after, _ = PLACED_ELSEWHERE[form]
    name = party.name or party.text
    return (f"{headline.format(party=party.text)}\n*****\n"
            f"　　行政長官李家明今日（五月十日）在行政長官辦公室與{party.text}會面。"
            f"{after.format(host='李家明', name=name)}\n完\n\n{DATELINE}\n香港時間18時00分\n")


@pytest.mark.parametrize(("form", "party"), [(form, party) for form in PLACED_ELSEWHERE
                                             for party in PARTIES[:4]],
                         ids=[f"{form}|{party.text}" for form in PLACED_ELSEWHERE
                              for party in PARTIES[:4]])
def test_a_call_at_a_building_takes_the_place_the_release_tells(form: str, party: Party) -> None:
    text = _placed_elsewhere_text(form, party)
    for simplified in (False, True):
        meetings = _extract(_TO_SIMPLIFIED.convert(text) if simplified else text).meetings
        place = PLACED_ELSEWHERE[form][2]
        assert [m.location for m in meetings] == [
            _TO_SIMPLIFIED.convert(place) if simplified else place], text


# A journey's end in the sentence of the meeting (flown to, reached first), before a
# province named only in the counterpart's post: (sentence, the place the gold writes).
JOURNEYS = {
    "飛往": ("李家明明日（五月十一日）會飛往呼和浩特，與內蒙古自治區官員會面。", "呼和浩特"),
    "轉飛": ("李家明明日（五月十一日）轉飛廣州，與廣東省公安廳官員會面。", "廣州"),
    "到達": ("代表團今日（五月十日）首先到達哈爾濱，在傍晚與黑龍江省領導會面。", "哈爾濱"),
}


@pytest.mark.parametrize("form", sorted(JOURNEYS))
def test_a_meeting_takes_the_end_of_the_journey_in_its_sentence(form: str) -> None:
    sentence, place = JOURNEYS[form]
    text = f"官員訪問行程\n*****\n　　{sentence}\n完\n\n{DATELINE}\n香港時間18時00分\n"
    for simplified in (False, True):
        meetings = _extract(_TO_SIMPLIFIED.convert(text) if simplified else text).meetings
        assert [m.location for m in meetings] == [
            _TO_SIMPLIFIED.convert(place) if simplified else place], text


def test_an_earlier_sentence_of_the_trip_wins_over_the_headline_city() -> None:
    text = ("行政長官在北京出席會議\n*****\n　　行政長官李家明今日（五月十日）下午抵達天津。"
            "李家明其後與天津市市長周志強會面。\n完\n\n" f"{DATELINE}\n香港時間18時00分\n")
    assert [m.location for m in _extract(text).meetings] == ["天津"]


# The organisation the meeting's own sentence shows being met (與…商討), after a
# trip's announcement of who travels; a person met (與…部長會面) names none there.
MET_IN_OWN_SENTENCE = {
    "與…商討": ("於明日（五月十一日）與國家發展和改革委員會商討兩地合作。",
              {"國家發展和改革委員會": "Mainland"}),
    "與…商討, a second topic": ("於明日（五月十一日）與國家發展和改革委員會商討規劃及交通合作。",
                            {"國家發展和改革委員會": "Mainland"}),
}


@pytest.mark.parametrize("wording", sorted(MET_IN_OWN_SENTENCE))
@pytest.mark.parametrize("simplified", [False, True])
def test_organisation_met_in_the_meetings_sentence_takes_part(wording: str,
                                                              simplified: bool) -> None:
    rest, found = MET_IN_OWN_SENTENCE[wording]
    lead = f"民政事務局局長陳大文與運輸署的代表將會前往北京，{rest}"
    text = f"局長到訪北京\n\n{lead}\n\n完\n\n{DATELINE}\n"
    fold = _TO_SIMPLIFIED.convert if simplified else (lambda s: s)
    meetings = _extract(fold(text)).meetings
    assert len(meetings) == 1, text
    sides = {form: p.side for p in meetings[0].participants for form in (p.name, *p.mentions)}
    for name, side in (found | {"運輸署": "HKSAR"}).items():
        assert sides.get(fold(name)) == side, f"{name}: {sides}"
