"""The resolve stage on extractions built by hand and from the corpus gold files.

Until extraction lands, ``gold_extraction`` turns a gold JSON file into the
``Extraction`` the extractor is meant to produce, so resolution can be tested on the
corpus's real names in both languages.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from pressgraph import registry
from pressgraph.model import (
    AcronymDefinition,
    Extraction,
    Meeting,
    OrganisationMention,
    ParsedRelease,
    PersonMention,
    PostMention,
    RoleInMeeting,
    Span,
)
from pressgraph.resolve import post_organisation, resolve, split_posts

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
GOLD = CORPUS / "gold"


# --------------------------------------------------------------------------- adapters


def parsed_release(text: str, language: str = "en", release_date: date | None = None,
                   source: str = "<test>", title: str = "A release") -> ParsedRelease:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return ParsedRelease(
        source=source, text=text, text_sha256=sha, language=language,  # type: ignore[arg-type]
        title=title, title_clean=title, title_flags=(), title_span=Span(0, 0), blocks=(),
        release_date=release_date, release_date_source="dateline" if release_date else None,
        issued=None, issued_time=None, release_id=None, release_id_source=None,
        source_url=None, content_sha256=sha,
    )


def _span(text: str, *needles: str | None) -> Span:
    for needle in needles:
        if needle and needle in text:
            start = text.index(needle)
            return Span(start, start + len(needle))
    return Span(0, 0)


def _participant(text: str, gold: dict) -> OrganisationMention:
    """As the extractor would give it: the canonical name when printed, else the fullest form."""
    mentions = tuple(gold["mentions"])
    name = gold["agency"] if gold["agency"] in text else max(mentions, key=len)
    return OrganisationMention(name=name, span=_span(text, name, *mentions),
                               acronym=gold.get("acronym"), side=gold.get("side"),
                               mentions=mentions)


def _person(text: str, gold: dict) -> PersonMention:
    posts = tuple(PostMention(title=t, span=_span(text, t)) for t in split_posts(gold["post"]))
    return PersonMention(name=gold.get("name"), span=_span(text, gold.get("name")),
                         honorific=gold.get("honorific"), posts=posts)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def gold_extraction(gold_path: Path) -> Extraction:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    candidates = (CORPUS / gold["file"], CORPUS / gold_path.parent.relative_to(GOLD) / gold["file"])
    text = next(p for p in candidates if p.is_file()).read_text(encoding="utf-8-sig")
    release = parsed_release(text, gold.get("language") or "en", _date(gold.get("release_date")),
                             source=gold["file"], title=gold.get("title") or "")
    meetings = tuple(
        Meeting(
            span=Span(0, 0), body=m.get("body"), session=m.get("session"),
            ordinal=m.get("ordinal"), date=_date(m.get("date")), location=m.get("location"),
            venue=m.get("venue"), mode=m.get("mode", "in person"), kind=m.get("kind"),
            roles=tuple(RoleInMeeting(_person(text, c), "chair") for c in m["chairs"]),
            participants=tuple(_participant(text, p) for p in m["participants"]),
        )
        for m in gold["meetings"]
    )
    acronyms = tuple(AcronymDefinition(short, expansion, _span(text, short))
                     for short, expansion in gold.get("acronyms", {}).items())
    people = tuple(_person(text, p) for p in gold.get("people", []))
    return Extraction(release=release, meetings=meetings, people=people, acronyms=acronyms)


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("**/*.json"))


def org(name: str, start: int = 0, acronym: str | None = None,
        mentions: tuple[str, ...] = ()) -> OrganisationMention:
    return OrganisationMention(name=name, span=Span(start, start + len(name)), acronym=acronym,
                               mentions=mentions or (name,))


def extraction_with(*participants: OrganisationMention, language: str = "en",
                    acronyms: tuple[AcronymDefinition, ...] = (), body: str | None = None,
                    roles: tuple[RoleInMeeting, ...] = (), day: date | None = date(2025, 1, 6),
                    text: str = "text", **meeting: object) -> Extraction:
    release = parsed_release(text + " " * 400, language, day)
    m = Meeting(span=Span(0, 4), body=body, date=day, participants=participants, roles=roles,
                **meeting)  # type: ignore[arg-type]
    return Extraction(release=release, meetings=(m,), acronyms=acronyms)


def chair(name: str | None, *titles: str) -> RoleInMeeting:
    posts = tuple(PostMention(title=t, span=Span(0, 1)) for t in titles)
    return RoleInMeeting(PersonMention(name=name, span=Span(0, 1), posts=posts), "chair")


# --------------------------------------------------------------------------- organisations


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem)
def test_every_gold_participant_resolves_to_its_registry_agency(path: Path) -> None:
    extraction = gold_extraction(path)
    resolved = resolve(extraction)
    gold = json.loads(path.read_text(encoding="utf-8"))
    for meeting in gold["meetings"]:
        for participant in meeting["participants"]:
            expected = registry.find_organisation(participant["agency"])
            if expected is None:
                continue
            for surface in participant["mentions"]:
                ref = resolved.organisation(surface)
                assert ref is not None, surface
                assert ref.key == expected.key, (surface, ref.key, expected.key)
                assert ref.from_registry


def test_registry_refs_carry_labels_in_every_language_the_registry_knows() -> None:
    resolved = resolve(extraction_with(org("Digital Policy Office", acronym="DPO")))
    ref = resolved.organisation("Digital Policy Office")
    assert ref is not None and ref.key == "org/hksar/digital-policy-office"
    assert dict(ref.labels) == {"en": "Digital Policy Office", "zh-Hant": "數字政策辦公室",
                                "zh-Hans": "数字政策办公室"}
    assert resolved.organisation("DPO") == ref
    assert "DPO" in ref.acronyms


def test_chinese_and_english_names_resolve_to_one_key() -> None:
    en = resolve(extraction_with(org("Innovation, Technology and Industry Bureau")))
    zh = resolve(extraction_with(org("創新科技及工業局"), language="zh-Hant"))
    assert en.organisations[0][1].key == zh.organisations[0][1].key \
        == "org/hksar/innovation-technology-and-industry-bureau"


def test_registry_acronym_alone_resolves() -> None:
    resolved = resolve(extraction_with(org("OFCA")))
    ref = resolved.organisation("OFCA")
    assert ref is not None and ref.key == "org/hksar/office-of-the-communications-authority"


def test_unknown_name_is_minted_from_its_normalised_name_and_stable_across_releases() -> None:
    first = resolve(extraction_with(org("the Hong Kong Widget Council")))
    second = resolve(extraction_with(org("Hong Kong  Widget Council (HKWC)"), text="other"))
    a, b = first.organisations[0][1], second.organisations[0][1]
    assert a.key == b.key == "org/named/hong-kong-widget-council"
    assert not a.from_registry
    assert a.labels == (("en", "Hong Kong Widget Council"),)


def test_unknown_chinese_name_gets_a_label_in_the_release_language() -> None:
    ref = resolve(extraction_with(org("某某協會"), language="zh-Hant")).organisations[0][1]
    assert ref.key.startswith("org/named/u-")
    assert ref.labels == (("zh-Hant", "某某協會"),)


def test_acronym_defined_in_the_text_wins_over_the_registry() -> None:
    # The registry knows ITC as the Innovation and Technology Commission; this release
    # defines the letters for another body.
    acronyms = (AcronymDefinition("ITC", "International Trade Centre", Span(0, 3)),)
    resolved = resolve(extraction_with(org("ITC"), acronyms=acronyms))
    ref = resolved.organisation("ITC")
    assert ref is not None
    assert ref.key == "org/named/international-trade-centre"
    assert not ref.from_registry
    plain = resolve(extraction_with(org("ITC"))).organisation("ITC")
    assert plain is not None and plain.key == "org/hksar/innovation-and-technology-commission"


def test_short_form_defined_in_the_text_resolves_through_its_expansion() -> None:
    acronyms = (AcronymDefinition("Qianhai Authority", "Authority of Qianhai Shenzhen-Hong Kong "
                                  "Modern Service Industry Co-operation Zone of Shenzhen "
                                  "Municipality", Span(0, 3)),)
    ref = resolve(extraction_with(org("Qianhai Authority"), acronyms=acronyms)).organisations[0][1]
    assert ref.key == "org/shenzhen/qianhai-authority"


def test_back_reference_binds_to_the_latest_matching_organisation_before_it() -> None:
    resolved = resolve(extraction_with(
        org("Development Bureau", 10), org("Security Bureau", 50), org("the Bureau", 90),
        org("Hong Kong Widget Commission", 120), org("the Commission", 150)))
    assert resolved.organisation("the Bureau").key == "org/hksar/security-bureau"  # type: ignore[union-attr]
    assert resolved.organisation("the Commission").key == "org/named/hong-kong-widget-commission"  # type: ignore[union-attr]


def test_namesakes_are_told_apart_by_the_release_date() -> None:
    assert registry.find_organisation("Environment Bureau", date(2020, 1, 1)).key \
        == "org/hksar/environment-bureau"  # type: ignore[union-attr]
    later = resolve(extraction_with(org("ENB"), day=date(2015, 5, 1))).organisations[0][1]
    assert later.key == "org/hksar/environment-bureau"


# --------------------------------------------------------------------------- posts


@pytest.mark.parametrize(("title", "expected"), [
    ("Secretary for Development", "post/hksar/development-bureau/secretary"),
    ("發展局局長", "post/hksar/development-bureau/secretary"),
    ("Acting Secretary for Commerce and Economic Development",
     "post/hksar/commerce-and-economic-development-bureau/secretary"),
    ("署理商務及經濟發展局局長", "post/hksar/commerce-and-economic-development-bureau/secretary"),
    ("Under Secretary for Innovation and Technology",
     "post/hksar/innovation-and-technology-bureau/under-secretary"),
    ("Permanent Secretary for Development (Works)",
     "post/hksar/development-bureau/permanent-secretary-works"),
    ("Chief Executive", "post/hksar/government/chief-executive"),
    ("行政長官", "post/hksar/government/chief-executive"),
    ("Commissioner for Digital Policy", "post/hksar/digital-policy-office/commissioner"),
    ("Deputy Director-General of the Department of Industry and Information Technology of "
     "Guangdong Province", "post/guangdong/department-of-industry-and-information-technology/"
     "deputy-director-general"),
    ("廣東省工業和信息化廳副廳長",
     "post/guangdong/department-of-industry-and-information-technology/deputy-director-general"),
    ("Member of the Standing Committee of the CPC Shenzhen Municipal Committee",
     "post/shenzhen/cpc-municipal-committee/member-of-the-standing-committee"),
    ("深圳市委常委", "post/shenzhen/cpc-municipal-committee/member-of-the-standing-committee"),
    ("Chief Executive of the MSAR", "post/macao/government/chief-executive"),
    ("Chairperson of the Commission on Poverty", "post/commission-on-poverty/chairperson"),
    ("扶貧委員會主席", "post/commission-on-poverty/chairperson"),
])
def test_post_titles_resolve_to_one_key_in_both_languages(title: str, expected: str) -> None:
    language = "zh-Hant" if registry.is_chinese(title) else "en"
    resolved = resolve(extraction_with(roles=(chair("Someone", title),), language=language))
    ref = resolved.post(title)
    assert ref is not None
    assert ref.key == expected


def test_post_in_an_unknown_organisation_is_minted_under_that_organisation() -> None:
    role = RoleInMeeting(PersonMention(
        name="A Person", span=Span(0, 1),
        posts=(PostMention("Chief Widget Officer", Span(0, 1),
                           organisation=org("Hong Kong Widget Council")),)), "chair")
    ref = resolve(extraction_with(roles=(role,))).post("Chief Widget Officer")
    assert ref is not None and not ref.from_registry
    assert ref.key == "post/named/hong-kong-widget-council/chief-widget-officer"
    resolved = resolve(extraction_with(roles=(role,)))
    assert resolved.organisation("Hong Kong Widget Council") is not None


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem)
def test_gold_posts_are_in_the_gold_agency(path: Path) -> None:
    """Each post of a chair or person is in the organisation the gold names, when the
    registry knows that organisation and the person holds a single post."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    resolved = resolve(gold_extraction(path))
    for person in gold.get("people", []) + [c for m in gold["meetings"] for c in m["chairs"]]:
        agency = registry.find_organisation(person["agency"])
        titles = split_posts(person["post"])
        if agency is None or len(titles) != 1:
            continue
        ref = resolved.post(titles[0])
        assert ref is not None
        owner = post_organisation(ref)
        if owner is None:
            continue  # a post the registry cannot place; reported by "registry unresolved"
        entry = registry.entry(owner)
        lineage = {owner}
        while entry is not None and getattr(entry, "parent", None):
            lineage.add(entry.parent)  # type: ignore[union-attr]
            entry = registry.entry(entry.parent)  # type: ignore[union-attr]
        assert agency.key in lineage, (titles[0], owner, agency.key)


# --------------------------------------------------------------------------- people, places


def test_people_the_registry_does_not_know_are_keyed_by_name_without_honorific() -> None:
    assert not registry.find_people("Qu Xiaojie")
    a = resolve(extraction_with(roles=(chair("Qu Xiaojie", "Deputy Director-General"),)))
    b = resolve(extraction_with(roles=(chair("Qu  Xiaojie", "Director-General"),), text="b"))
    assert a.person("Qu Xiaojie") is not None
    assert a.person("Qu Xiaojie").key == b.person("Qu  Xiaojie").key == "person/qu-xiaojie"  # type: ignore[union-attr]
    assert not a.person("Qu Xiaojie").from_registry  # type: ignore[union-attr]


def test_people_the_registry_knows_get_its_key_whatever_their_post() -> None:
    a = resolve(extraction_with(roles=(chair("Tony Wong", "Commissioner for Digital Policy"),)))
    b = resolve(extraction_with(roles=(chair("Tony  Wong", "Government Chief Information "
                                                          "Officer"),), text="b"))
    expected = registry.find_people("Tony Wong")
    assert len(expected) == 1
    assert a.person("Tony Wong").key == b.person("Tony  Wong").key == expected[0].key  # type: ignore[union-attr]


def test_person_known_only_by_post_has_no_person_ref() -> None:
    resolved = resolve(extraction_with(roles=(chair(None, "Director of Marine"),)))
    assert resolved.people == ()
    assert resolved.post("Director of Marine").key == "post/hksar/marine-department/director"  # type: ignore[union-attr]


def test_places_resolve_in_both_languages() -> None:
    en = resolve(extraction_with(location="Guangzhou", body="Hong Kong/Guangdong Co-operation "
                                                            "Joint Conference", ordinal=3))
    zh = resolve(extraction_with(location="廣州", body="粵港合作聯席會議", ordinal=3,
                                 language="zh-Hant"))
    assert en.meetings[0].place == zh.meetings[0].place
    assert en.meetings[0].place.key == "place/guangzhou"  # type: ignore[union-attr]
    assert ("zh-Hant", "廣州") in en.meetings[0].place.labels  # type: ignore[union-attr]


def test_unknown_place_is_minted() -> None:
    ref = resolve(extraction_with(location="Quillinbrook Vale")).meetings[0].place
    assert ref is not None and ref.key == "place/named/quillinbrook-vale" and not ref.from_registry


# --------------------------------------------------------------------------- meetings


def test_meeting_of_a_standing_body_is_keyed_by_body_session_and_ordinal() -> None:
    resolved = resolve(extraction_with(body="Hong Kong/Guangdong Co-operation Joint Conference",
                                       session="Plenary", ordinal=24))
    meeting = resolved.meetings[0]
    assert meeting.key == "meeting/hk-gd-joint-conference/plenary/24"
    assert meeting.body is not None and meeting.body.key == "body/hk-gd-joint-conference"
    assert meeting.series is not None
    assert meeting.series.key == "series/hk-gd-joint-conference/plenary"
    assert ("zh-Hant", "粵港合作聯席會議 – 全體會議") in meeting.series.labels


def test_meeting_without_ordinal_is_keyed_by_date() -> None:
    resolved = resolve(extraction_with(body="Hong Kong/Shenzhen Co-operation Meeting",
                                       session="2023", day=date(2023, 2, 22)))
    assert resolved.meetings[0].key == "meeting/hk-shenzhen-cooperation-meeting/2023/2023-02-22"


def test_body_acronym_defined_in_the_text_resolves_the_body() -> None:
    acronyms = (AcronymDefinition("JWGEPCCC", "Hong Kong-Guangdong Joint Working Group on "
                                  "Environmental Protection and Combating Climate Change",
                                  Span(0, 3)),)
    resolved = resolve(extraction_with(body="JWGEPCCC", acronyms=acronyms, ordinal=2))
    assert resolved.meetings[0].key == \
        "meeting/hk-gd-jwg-environmental-protection-climate-change/2"


def test_unknown_body_is_minted_and_keys_its_meetings() -> None:
    resolved = resolve(extraction_with(body="Widget Co-ordination Panel", ordinal=5))
    meeting = resolved.meetings[0]
    assert meeting.body is not None and not meeting.body.from_registry
    assert meeting.key == "meeting/widget-co-ordination-panel/5"


def test_a_minted_body_is_labelled_as_printed_with_the_short_forms_inside_it() -> None:
    resolved = resolve(extraction_with(body="Rim Trade Cooperation (RTC) Ministers Meeting"))
    body = resolved.meetings[0].body
    assert body is not None and body.labels == (("en", "Rim Trade Cooperation (RTC) Ministers "
                                                        "Meeting"),)
    assert resolved.meetings[0].key == "meeting/rim-trade-cooperation-ministers-meeting/" \
        + resolved.meetings[0].key.rsplit("/", 1)[-1]


def test_ad_hoc_meeting_key_depends_on_date_and_principals_only() -> None:
    roles_en = (chair("John Lee", "Chief Executive"),
                chair("Huang Kunming", "Secretary of the CPC Guangdong Provincial Committee"))
    roles_zh = (chair("李家超", "行政長官"), chair("黃坤明", "廣東省委書記"))
    day = date(2024, 7, 12)
    en = resolve(extraction_with(org("HKSAR Government"), roles=roles_en, day=day))
    zh = resolve(extraction_with(roles=roles_zh, day=day, language="zh-Hant"))
    assert en.meetings[0].key == zh.meetings[0].key
    assert en.meetings[0].key.startswith("meeting/ad-hoc/2024-07-12/")
    other = resolve(extraction_with(roles=(chair("John Lee", "Chief Executive"),), day=day))
    assert other.meetings[0].key != en.meetings[0].key


def test_two_meetings_of_one_release_never_share_a_key() -> None:
    release = parsed_release("x" * 50, "en", date(2010, 8, 10))
    roles = (chair("A", "Chief Executive"), chair("B", "Mayor of Shenzhen"))
    meetings = (Meeting(span=Span(0, 1), date=date(2010, 8, 10), roles=roles),
                Meeting(span=Span(2, 3), date=date(2010, 8, 10), roles=roles))
    resolved = resolve(Extraction(release=release, meetings=meetings))
    keys = [m.key for m in resolved.meetings]
    assert len(set(keys)) == 2
    assert keys[1] == keys[0] + "-2"


def test_resolve_is_deterministic() -> None:
    path = GOLD / "en-2024-07-meeting-joint-conference-plenary.json"
    assert resolve(gold_extraction(path)) == resolve(gold_extraction(path))


def test_body_named_again_by_its_head_noun_is_the_same_body() -> None:
    release = parsed_release("x" * 300, "en", date(2019, 12, 12))
    first = Meeting(span=Span(0, 10), body_span=Span(0, 10), ordinal=6, date=date(2019, 12, 12),
                    body="Hong Kong-Guangdong Joint Working Group on Cleaner Production")
    again = Meeting(span=Span(100, 110), body_span=Span(100, 110), ordinal=7,
                    body="the Working Group", participants=(org("the Working Group", 120),))
    resolved = resolve(Extraction(release=release, meetings=(first, again)))
    assert resolved.meetings[1].body == resolved.meetings[0].body
    assert resolved.organisation("the Working Group") == resolved.meetings[0].body


def test_place_names_are_not_taken_for_back_references() -> None:
    resolved = resolve(extraction_with(org("Invest Hong Kong", 10), org("Hong Kong", 40)))
    assert resolved.organisation("Hong Kong").key != "org/hksar/invest-hong-kong"  # type: ignore[union-attr]


@pytest.mark.parametrize(("parent", "unit", "language", "expected"), [
    ("CPC Guangdong Provincial Committee", "Organization Department", "en",
     "org/guangdong/cpc-organization-department"),
    ("廣東省委", "組織部", "zh-Hant", "org/guangdong/cpc-organization-department"),
    ("廣東省委", "省委人才工作領導小組辦公室", "zh-Hant",
     "org/guangdong/cpc-leading-group-on-talent-work-office"),
])
def test_unit_named_after_its_parent_resolves_under_that_parent(
        parent: str, unit: str, language: str, expected: str) -> None:
    resolved = resolve(extraction_with(org(parent, 10), org(unit, 60), language=language))
    ref = resolved.organisation(unit)
    assert ref is not None and ref.key == expected
    alone = resolve(extraction_with(org(unit, 60), language=language)).organisation(unit)
    assert alone is not None and not alone.from_registry


def test_post_title_with_an_acronym_defined_in_the_text_finds_the_registry_post() -> None:
    acronyms = (AcronymDefinition("CoP", "Commission on Poverty", Span(0, 3)),)
    title = "Chairperson of the CoP"
    resolved = resolve(extraction_with(roles=(chair("A", title),), acronyms=acronyms))
    ref = resolved.post(title)
    assert ref is not None and ref.from_registry
    assert ref.key == "post/commission-on-poverty/chairperson"


def test_session_left_implicit_is_read_from_the_sentence_reporting_the_meeting() -> None:
    text = "粵港合作聯席會議第二十四次全體會議今日在廣州舉行。"
    release = parsed_release(text, "zh-Hant", date(2024, 7, 12))
    meeting = Meeting(span=Span(0, len(text)), body="粵港合作聯席會議", ordinal=24)
    resolved = resolve(Extraction(release=release, meetings=(meeting,)))
    assert resolved.meetings[0].key == "meeting/hk-gd-joint-conference/plenary/24"
    assert resolved.meetings[0].series.key == "series/hk-gd-joint-conference/plenary"  # type: ignore[union-attr]
    working = "粵港合作聯席會議工作會議今日舉行。"
    release = parsed_release(working, "zh-Hant", date(2017, 2, 23))
    meeting = Meeting(span=Span(0, len(working)), body="粵港合作聯席會議", ordinal=22)
    again = resolve(Extraction(release=release, meetings=(meeting,)))
    assert again.meetings[0].key == "meeting/hk-gd-joint-conference/working-meeting/22"


def test_numbered_meeting_without_a_session_takes_the_body_default_session() -> None:
    text = "粵港合作聯席會議第二十四次會議今日舉行。"
    release = parsed_release(text, "zh-Hant", date(2024, 7, 12))
    meeting = Meeting(span=Span(0, len(text)), body="粵港合作聯席會議", ordinal=24)
    resolved = resolve(Extraction(release=release, meetings=(meeting,)))
    assert resolved.meetings[0].key == "meeting/hk-gd-joint-conference/plenary/24"
    other = resolve(extraction_with(body="Hong Kong/Shanghai Co-operation Conference", ordinal=6))
    assert other.meetings[0].key == "meeting/hk-shanghai-cooperation-conference/6"


def test_venues_resolve_to_registry_places_in_both_languages() -> None:
    from pressgraph.resolve import resolve_place

    assert resolve_place("Central Government Offices", "en") == resolve_place("政府總部", "zh-Hant")
    assert resolve_place("政府總部", "zh-Hant").key == "place/central-government-offices"


def test_a_registry_post_knows_its_organisation_without_the_text_naming_it() -> None:
    from pressgraph.extract import extract
    from pressgraph.parse import parse
    from pressgraph.reader import decode
    from pressgraph.resolve import resolve
    from tests.conftest import SAMPLE

    resolved = resolve(extract(parse(decode(SAMPLE.read_bytes(), SAMPLE.name))))
    post = resolved.post("Commissioner for Digital Policy")
    assert post is not None and post.from_registry
    assert post.parent is not None and dict(post.parent.labels)["en"] == "Digital Policy Office"


# --------------------------------------------------------------------------- body short forms


@pytest.mark.parametrize(("name", "acronyms", "forms"), [
    ("Pacific Rim Trade Forum (PRTF) Ministerial Meeting",
     {"PRTF": "Pacific Rim Trade Forum"}, ("PRTF Ministerial Meeting",)),
    ("環球商貿組織（環商組織）非正式部長級會議", {"環商組織": "環球商貿組織"},
     ("環商組織非正式部長級會議",)),
    ("環球商貿組織(環商組織)非正式部長級會議", {"環商組織": "環球商貿組織"},
     ("環商組織非正式部長級會議",)),
    # a short form defined elsewhere in the release is no form of this name
    ("Pacific Rim Trade Forum Ministerial Meeting", {"PRTF": "Pacific Rim Trade Forum"}, ()),
    ("Commission on Poverty", {"CoP": "Commission on Poverty"}, ()),
])
def test_a_body_is_also_named_by_the_short_form_defined_inside_its_name(
        name: str, acronyms: dict[str, str], forms: tuple[str, ...]) -> None:
    from pressgraph.resolve.meetings import short_form_names

    assert short_form_names(name, acronyms) == forms
