"""Which sentences of a Chinese release tell of which meeting (``chinese._assign_regions``,
``zh_calls.call_continued``, ``zh_agenda._own_sentences``): a sentence naming the person
one of several calls was on continues that call; a body told before the only photo caption
that names the meeting tells of it; a remark on the same visit (``這是某人首次到訪``) opens no
other event. Fixtures written for these tests; all names are invented."""

from __future__ import annotations

from tests.chinese_extraction import _extract_text


def _release(body: str, title: str = "局長訪問北京", day: str = "2023年5月10日(星期三)") -> str:
    return f"{title}\n*****\n{body}\n完\n\n{day}\n香港時間18時00分\n"


def _agendas(text: str) -> list[tuple[list[str], list[str]]]:
    return [([r.person.name or "" for r in m.roles], [a.text for a in m.agenda])
            for m in _extract_text(text).meetings]


TWO_CALLS = ("  財經事務局局長陳大文今日在北京分別與甲銀行行長王小明和乙交易中心總裁李大華會面。\n"
             "  陳大文與王小明會面期間，就區域經濟形勢、綠色金融發展等議題交換意見。\n"
             "  他也與李大華就數據互通、跨境支付安排等議題交換意見。")


def test_a_sentence_naming_one_calls_counterpart_continues_that_call() -> None:
    found = dict((tuple(names), agenda) for names, agenda in _agendas(_release(TWO_CALLS)))
    assert found[("陳大文", "王小明")] == ["區域經濟形勢", "綠色金融發展"]
    assert found[("陳大文", "李大華")] == ["數據互通", "跨境支付安排"]


def test_a_sentence_naming_both_counterparts_continues_the_last_call() -> None:
    text = _release("  財經事務局局長陳大文今日上午在北京與甲銀行行長王小明會面。\n"
                    "  下午，陳大文與乙交易中心總裁李大華會面。\n"
                    "  王小明和李大華均就數據互通、跨境支付安排等議題交換意見。")
    found = dict((tuple(names), agenda) for names, agenda in _agendas(text))
    assert found[("陳大文", "王小明")] == []
    assert found[("陳大文", "李大華")] == ["數據互通", "跨境支付安排"]


CAPTION = "駐京辦主任陳大文（左）與甲省港澳辦處長王小明（右）會面"


def test_the_text_before_the_only_caption_naming_the_call_tells_of_it() -> None:
    text = _release("  2023年5月10日，甲省港澳辦處長王小明一行到訪駐京辦。\n"
                    "  雙方就經貿往來、青年交流等議題交換意見。\n"
                    f"  {CAPTION}", title="")
    ((names, agenda),) = _agendas(text)
    assert names == ["陳大文", "王小明"]
    assert agenda == ["經貿往來", "青年交流"]


def test_the_text_before_a_call_the_body_tells_is_not_its_own() -> None:
    text = _release("  駐京辦主任陳大文今日出席甲省的論壇，就經貿往來、青年交流等議題發言。\n"
                    "  陳大文其後與甲省港澳辦處長王小明會面。\n"
                    f"  {CAPTION}")
    assert all(agenda == [] for _, agenda in _agendas(text))


VISIT = "  甲國駐港總領事王小明今日禮節性拜會警務處處長陳大文。\n"


def test_a_remark_on_the_same_visit_opens_no_other_event() -> None:
    text = _release(VISIT + "  這是王小明履新以來首次到訪警察總部。"
                    "雙方就打擊洗錢、網絡罪案等議題交換意見。", title="總領事拜會處長")
    ((_, agenda),) = _agendas(text)
    assert agenda == ["打擊洗錢", "網絡罪案"]


def test_a_later_visit_to_another_place_is_another_event() -> None:
    text = _release(VISIT + "  王小明其後到訪海關總部，並就打擊走私、跨境物流等議題交換意見。",
                    title="總領事拜會處長")
    ((_, agenda),) = _agendas(text)
    assert agenda == []
