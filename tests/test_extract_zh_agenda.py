"""Agenda items of meetings reported in Chinese (``extract/zh_agenda.py``). The releases
here are invented for the tests."""

from __future__ import annotations

from pressgraph.extract import extract, zh_agenda
from pressgraph.extract.zh_text import fold, sentences
from pressgraph.model import ParsedRelease
from pressgraph.parse import parse
from pressgraph.reader import decode


def _release(*paragraphs: str) -> ParsedRelease:
    text = "測試新聞稿\n\n" + "\n\n".join(
        p if p[:1] in "(（0123456789＊" else "　　" + p for p in paragraphs
    ) + "\n\n完\n\n2024年3月4日（星期一）\n香港時間18時00分\n"
    return parse(decode(text.encode("utf-8"), "t.txt"))


def agenda(*paragraphs: str, standing: bool = False, held: bool = False) -> list[str]:
    release = _release(*paragraphs)
    folded = fold(release)
    found = sentences(release, folded)
    items = zh_agenda.find_agenda(release, folded, found, list(range(len(found))), standing,
                                  held)
    assert [i.position for i in items] == list(range(1, len(items) + 1))
    for item in items:
        assert release.quote(item.span) == item.text
    return [i.text for i in items]


def test_topics_of_a_call_between_jiu_and_jiaohuan_yijian() -> None:
    assert agenda("運輸局局長今日與廈門市市長會面，就渡輪票價、碼頭維修、船員培訓和港口安全四個範疇"
                  "交換意見。") == ["渡輪票價", "碼頭維修", "船員培訓", "港口安全"]


def test_a_call_with_one_topic_has_no_agenda() -> None:
    assert agenda("運輸局局長今日與廈門市市長會面，就兩地航運合作交換意見。") == []


def test_quoted_topics_counted_before_the_verb() -> None:
    assert agenda("局長主持聯席會議，讓各方圍繞「港口物流」和「郵輪旅遊」兩個議題聚焦討論。",
                  standing=True) == ["港口物流", "郵輪旅遊"]


def test_topics_after_fenbie_shi() -> None:
    assert agenda("局長會與其他部長討論三項重點工作，"
                  "分別是「港口物流」、「郵輪旅遊」和「綠色航運」。",
                  standing=True) == ["港口物流", "郵輪旅遊", "綠色航運"]


def test_a_word_that_refers_back_keeps_two_nouns_one_item() -> None:
    assert agenda("局長向市長介紹了本港的航運表現、船員的培訓進展和他們的待遇，以及主動解釋了"
                  "碼頭工程的延誤。") == ["本港的航運表現", "船員的培訓進展和他們的待遇"]


def test_simplified_text_with_half_width_commas() -> None:
    assert agenda("局长主持联席会议,让各方围绕「港口物流」和「邮轮旅游」两个议题聚焦讨论。",
                  standing=True) == ["港口物流", "邮轮旅游"]


def test_a_noun_that_looks_like_an_intro_is_no_agenda() -> None:
    assert agenda("委員會第二次會議將於委員會完成其討論事項後隨即開始；及",
                  standing=True) == []


def test_lists_of_arrangements_are_no_agenda() -> None:
    assert agenda("委員會將於今日舉行兩次會議。會議的安排如下：",
                  "(1)第一次會議於下午三時開始；",
                  "(2)第二次會議於下午五時開始。", standing=True) == []
    assert agenda("委員會今日舉行會議。會議議程包括：",
                  "(1)港口物流；",
                  "(2)郵輪旅遊。", standing=True) == ["港口物流", "郵輪旅遊"]


def test_a_later_paragraph_about_another_event_is_not_the_meetings() -> None:
    assert agenda("局長下午與英國交通大臣會面。",
                  "局長之後出席商會舉辦的午餐會。期間，她跟商會成員就港口物流、郵輪旅遊和"
                  "綠色航運交換意見。") == []


def test_motions_and_bills_of_a_council_meeting() -> None:
    assert agenda("立法會星期三舉行會議。在會議上，議員將辯論一項有關推動綠色航運的議案。",
                  "另一議員將動議一項有關“改善渡輪服務，支援離島居民”的議案。",
                  "政府法案方面，《2024年港口（修訂）條例草案》的二讀辯論將恢復。",
                  standing=True) == ["推動綠色航運", "改善渡輪服務，支援離島居民"]
    assert agenda("立法會星期三舉行會議。在會議上，議員將繼續二讀辯論《2024年撥款條例草案》。",
                  standing=True) == ["《2024年撥款條例草案》"]
    assert agenda("立法會星期三舉行會議。議員將就由一位議員提出的「致謝議案」發言。",
                  standing=True) == ["致謝議案"]


def test_turns_of_a_transcript_are_no_agenda() -> None:
    assert agenda("以下為局長會後與傳媒談話內容：",
                  "記者：今次會議會就港口物流、郵輪旅遊和綠色航運交換意見嗎？",
                  "局長：會議會就港口物流、郵輪旅遊和綠色航運交換意見。", standing=True) == []


def test_the_agenda_goes_to_the_meeting_named_again_just_before_it() -> None:
    from pressgraph.extract import extract

    release = _release(
        "商務局局長王美玲明日（三月五日）離港，出席在利馬舉行的第二十八屆亞太經合組織部長級會議。",
        "王美玲三月六日會到訪智利聖地牙哥，會晤智利政府官員。她其後會前往利馬，出席三月八日舉行的"
        "第二十八屆亞太經合組織部長級會議。",
        "今次會議的主題是「優質增長」，王美玲會與其他部長討論兩項重點工作，"
        "分別是「推進區域經濟一體化」和「改進區域糧食市場」。")
    meetings = extract(release).meetings
    assert [(m.kind, [a.text for a in m.agenda]) for m in meetings] == [
        ("standing body meeting", ["推進區域經濟一體化", "改進區域糧食市場"]),
        ("courtesy call", [])]


def test_topics_that_set_out_the_framed_subject() -> None:
    assert agenda("兩人就兩地海事合作交換意見，討論的範疇涵蓋渡輪票價、碼頭維修，以及港口安全。") \
        == ["渡輪票價", "碼頭維修", "港口安全"]


def test_an_umbrella_inside_a_frame() -> None:
    assert agenda("雙方就與港口相關的合作範疇，包括渡輪票價、碼頭維修、港口安全等交換意見。") \
        == ["渡輪票價", "碼頭維修", "港口安全"]


def test_topics_on_which_consensus_was_reached() -> None:
    assert agenda("兩地就渡輪票價、碼頭維修和港口安全三個範疇的合作方向達成共識。",
                  standing=True) == ["渡輪票價", "碼頭維修", "港口安全"]


def test_a_verb_before_the_frames_closing_word_is_no_part_of_the_topic() -> None:
    assert agenda("局長與市長會面，就渡輪票價、碼頭維修和港口安全進行交流。") \
        == ["渡輪票價", "碼頭維修", "港口安全"]


def test_the_last_item_joined_by_yiji_is_not_cut_again() -> None:
    assert agenda("雙方集中討論了不少議題，包括：渡輪票價、碼頭維修，"
                  "以及與澳門加強港口安全的交流和合作。",
                  standing=True) == ["渡輪票價", "碼頭維修", "與澳門加強港口安全的交流和合作"]


def test_a_hearing_is_held_on_the_quoted_subjects_of_a_report() -> None:
    assert agenda("立法會政府帳目委員會明日（三月五日）就審計報告書有關「公共泳池的維修」（第三章）"
                  "及「郊野公園的管理」（第五章），於上午十時舉行公開聆訊。", standing=True) == [
        "公共泳池的維修", "郊野公園的管理"]
    assert agenda("立法会政府帐目委员会明日就审计报告书有关「渡轮码头的管理」（第二章）"
                  "举行公开聆讯。",
                  standing=True) == ["渡轮码头的管理"]


def test_a_quoted_name_without_a_hearing_is_no_agenda() -> None:
    assert agenda("委員會明日就有關「公共泳池的維修」的報告舉行會議。", standing=True) == []


def test_topics_of_a_frame_end_at_their_trailer_before_the_verb() -> None:
    assert agenda("會上，雙方就渡輪票價、碼頭維修、港口安全等議題進行了深入交流。") == [
        "渡輪票價", "碼頭維修", "港口安全"]


def test_a_way_of_working_after_the_second_verb_is_no_business() -> None:
    assert agenda("委員會今日舉行會議，討論年度工作的進度，並探討如何加快推行各項計劃。",
                  standing=True) == []


def test_a_business_pair_inside_a_quotation_is_no_agenda() -> None:
    assert agenda("主席表示：「我們會審議各項建議，並議定來年的工作重點。」", standing=True) == []


def test_a_speakers_turn_with_a_space_before_the_colon_is_no_agenda() -> None:
    assert agenda("委員會今日舉行會議。",
                  "保安局局長 ：我們與對口部門就工作範疇進行交流，包括出入境管理、消防和海關等。",
                  standing=True) == []


def test_a_trailer_with_words_of_its_own_ends_the_topics() -> None:
    assert agenda("會議集中討論了渡輪票價、碼頭維修、港口安全等共同關注的問題。") == [
        "渡輪票價", "碼頭維修", "港口安全"]
    assert agenda("她就渡輪票價、碼頭維修、港口安全等領域與對方交換意見。") == [
        "渡輪票價", "碼頭維修", "港口安全"]


def test_topics_of_a_domain_start_after_its_zai() -> None:
    assert agenda("雙方就近年兩地在航運、漁業和港口安全等方面進行交流。") == [
        "航運", "漁業", "港口安全"]
    # no domain trailer: the words before "在" stay
    assert agenda("雙方就在港設廠、漁業和港口安全等議題進行交流。") == [
        "在港設廠", "漁業", "港口安全"]


def test_business_a_committee_will_consider_listed_with_semicolons() -> None:
    assert agenda("在會議上，委員將審議批准有關碼頭擴建計劃的撥款申請；渡輪票價的建議；以及向"
                  "漁業基金注資的撥款申請。", standing=True) == [
        "碼頭擴建計劃的撥款申請", "渡輪票價的建議", "向漁業基金注資的撥款申請"]
    assert agenda("委員會今日審議年度報告。", standing=True) == []


def test_a_lone_topic_of_two_phrases_joined_by_he_is_two_topics() -> None:
    assert agenda("局長與市長會面，雙方就深化兩地航運合作和培養港口管理人才交換意見。") == [
        "深化兩地航運合作", "培養港口管理人才"]


def test_a_lone_topic_of_words_sharing_a_head_or_a_verb_stays_one() -> None:
    assert agenda("局長與市長會面，雙方就經貿和投資合作交換意見。") == []
    assert agenda("局長與市長會面，雙方就開發前海和北部都會區等問題交換意見。") == []
    assert agenda("局長與市長會面，雙方就海陸空運輸及航運物流議題深入交流。") == []


def test_a_how_topic_and_one_joined_by_yiji_are_two_topics() -> None:
    assert agenda("會議探討如何在港口談判中取得成果，以及在短期內採取什麼措施推進航運合作。",
                  standing=True) == ["如何在港口談判中取得成果", "在短期內採取什麼措施推進航運合作"]
    assert agenda("會議探討如何在港口談判中取得成果和提升效率。", standing=True) == []


def test_topics_inside_a_speakers_double_quotes_are_no_agenda() -> None:
    assert agenda("局長說：“會議讓各方就兩地航運合作的最新發展及港口安全的防範措施"
                  "交流經驗。”") == []


def test_a_held_meetings_topics_told_of_a_later_occasion_are_none() -> None:
    # a meeting still to come, an invitation to come, a habit: not the held meeting's topics
    assert agenda("局長今日與市長會面。他說，稍後與海事局會討論船員培訓、港口安全等議題。",
                  held=True) == []
    assert agenda("局長今日與市長會面。他已邀請市長在數月內率團來港，共同探討渡輪票價、"
                  "碼頭維修和港口安全。", held=True) == []
    assert agenda("委員會今日舉行會議。該協會每4年召開會議，討論航運合作、港口安全等事宜。",
                  standing=True, held=True) == []
    # the same words announce a planned meeting's own topics
    assert agenda("局長稍後與海事局會面，討論船員培訓、港口安全等議題。") == [
        "船員培訓", "港口安全"]


def test_topics_of_a_meeting_held_at_an_invitation_received_stay() -> None:
    assert agenda("局長應市長邀請今日與他會面，雙方就渡輪票價、碼頭維修和港口安全交換意見。",
                  held=True) == ["渡輪票價", "碼頭維修", "港口安全"]


def test_meetings_reported_in_one_sentence_share_its_business() -> None:
    meetings = extract(_release(
        "立法會財務委員會將於星期五舉行兩次會議。",
        "在會議上，財委會委員將審議批准有關碼頭維修的撥款申請；渡輪票價的建議；以及船員培訓"
        "基金的撥款申請。")).meetings
    expected = ["碼頭維修的撥款申請", "渡輪票價的建議", "船員培訓基金的撥款申請"]
    assert [[i.text for i in m.agenda] for m in meetings] == [expected, expected]
    # a call before a plenary, in one sentence, is another occasion
    meetings = extract(_release(
        "運輸及物流局局長何大文今日到訪廈門，先與廈門市委書記林波會面，其後與廈門市市長陳明共同"
        "主持廈港合作會議第三次會議。",
        "在會議上，雙方就渡輪票價、碼頭維修和船員培訓交換意見。")).meetings
    assert [[i.text for i in m.agenda] for m in meetings] == [
        [], ["渡輪票價", "碼頭維修", "船員培訓"]]
    # meetings of two sentences: the later one's business is its own
    meetings = extract(_release(
        "運輸及物流局局長何大文今日與港務局局長李大光會面。",
        "其後，何大文與廈門市市長林波會面，就渡輪票價、碼頭維修和船員培訓交換意見。")).meetings
    assert [[i.text for i in m.agenda] for m in meetings] == [
        [], ["渡輪票價", "碼頭維修", "船員培訓"]]


def test_a_verb_of_business_beside_a_frame_is_further_business() -> None:
    assert agenda("運輸局局長今日與廈門市市長會面，就渡輪票價交流意見，同時探討合作的方向，並檢視"
                  "碼頭維修計劃的進度。") == ["渡輪票價", "合作的方向", "碼頭維修計劃的進度"]
    assert agenda("兩地官員今日舉行會議，討論港口安全的安排，並就船員培訓交換意見。") == [
        "港口安全的安排", "船員培訓"]
    # the frame's generic topic beside it names no business
    assert agenda("會面期間，雙方回顧了兩地的航運往來，以及兩地港口在安全方面的合作，並就共同關注"
                  "的議題交換意見。") == ["兩地的航運往來", "兩地港口在安全方面的合作"]


def test_a_clause_that_is_no_business_beside_a_frame_adds_nothing() -> None:
    # a call's single topic stays none beside a visit or a study of the follow-up
    assert agenda("運輸局局長今日與廈門市市長會面，就渡輪票價交換意見，並參觀了新碼頭。") == []
    assert agenda("運輸局局長今日與廈門市市長會面，就渡輪票價交換意見，並研究具體落實工作。") == []
