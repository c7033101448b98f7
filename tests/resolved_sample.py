"""Hand-built resolved releases for the mapper, shape and query tests.

They stand in for what extraction and resolution will produce: the English sample release
(seeds/000_edf9ecb9d87a9a32.txt) with every fact its gold file lists, and a small part of
a Traditional Chinese release, so that tests of the graph do not depend on the rules.
Spans are found in the parsed text, so the evidence quotes are real.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from pressgraph.iri import key, key_from_names, slug
from pressgraph.model import (
    AcronymDefinition,
    AgendaItem,
    DocumentMention,
    Extraction,
    Meeting,
    OrganisationMention,
    Outcome,
    ParsedRelease,
    PersonMention,
    PostMention,
    Ref,
    ResolvedMeeting,
    ResolvedRelease,
    RoleInMeeting,
    Side,
    Span,
    Statement,
    Visit,
)
from pressgraph.parse import parse
from pressgraph.reader import InputRef, read
from tests.conftest import CORPUS, SAMPLE

SAMPLE_MEETING_KEY = "meeting/hk-gd-expert-group-informatisation/19"

HKSAR_AGENCIES = (
    ("Digital Policy Office", "DPO"),
    ("Office of the Communications Authority", None),
    ("Innovation and Technology Commission", None),
    ("Marine Department", None),
    ("Hong Kong Customs", None),
)
MAINLAND_AGENCIES = (
    ("Department of Industry and Information Technology of Guangdong Province", "GDDIIT"),
    ("Guangdong Provincial Administration of Government Service and Data", None),
    ("Department of Science and Technology of Guangdong Province", None),
    ("Radio and Television Administration of Guangdong Province", None),
    ("Guangdong Communications Administration", None),
    ("Guangdong Sub-Administration of the General Administration of Customs of the People's "
     "Republic of China", None),
    ("Department of Transport of Guangdong Province", None),
    ("Department of Commerce of Guangdong Province", None),
    ("Guangdong Provincial Development and Reform Commission", None),
    ("Hong Kong and Macao Work Office of the CPC Guangdong Provincial Committee", None),
)
DELEGATION_MEMBERS = (
    "Hong Kong Applied Science and Technology Research Institute",
    "Logistics and Supply Chain MultiTech R&D Centre",
    "Cyberport",
    "GS1 Hong Kong",
)


def parsed(path: Path) -> ParsedRelease:
    return parse(read(InputRef(str(path), path)))


def span_of(release: ParsedRelease, needle: str, after: int = 0) -> Span:
    start = release.text.find(needle, after)
    if start < 0:
        raise AssertionError(f"{needle!r} is not in {release.source}")
    return Span(start, start + len(needle))


def ref(kind: str, name: str, lang: str = "en", **extra: object) -> Ref:
    return Ref(kind=kind, key=key_from_names(kind, name),  # type: ignore[arg-type]
               labels=((lang, name),), from_registry=False, **extra)  # type: ignore[arg-type]


def org(release: ParsedRelease, name: str, side: Side | None, acronym: str | None = None,
        after: int = 0) -> OrganisationMention:
    return OrganisationMention(name=name, span=span_of(release, name, after), acronym=acronym,
                               side=side, mentions=(name,))


def sample_release(*, drop_people: bool = False) -> ResolvedRelease:
    """The sample release as extraction and resolution should deliver it."""
    rel = parsed(SAMPLE)
    attended = rel.text.index("Officials from relevant departments")
    dpo = org(rel, "Digital Policy Office", "HKSAR", "DPO")
    gddiit = org(rel, MAINLAND_AGENCIES[0][0], "Mainland", "GDDIIT")
    participants = (
        *(org(rel, n, "HKSAR", a) if n != dpo.name else dpo for n, a in HKSAR_AGENCIES),
        *(org(rel, n, "Mainland", a, attended) if a is None else gddiit
          for n, a in MAINLAND_AGENCIES),
        *(org(rel, n, "non-government", None, attended) for n in DELEGATION_MEMBERS),
    )
    commissioner = PostMention("Commissioner for Digital Policy",
                               span_of(rel, "Commissioner for Digital Policy"), dpo)
    deputy_dg = PostMention(f"Deputy Director-General of the {gddiit.name}",
                            span_of(rel, "Deputy Director-General"), gddiit)
    wong = PersonMention("Tony Wong", span_of(rel, "Mr Tony Wong"), "Mr", (commissioner,))
    qu = PersonMention("Qu Xiaojie", span_of(rel, "Mr Qu Xiaojie"), "Mr", (deputy_dg,))
    agenda = tuple(
        AgendaItem(block.position or 0, block.text.rstrip(";.").removesuffix("; and"),
                   block.span)
        for block in rel.blocks if block.kind == "list_item"
    )
    report = "Guangdong's Research Report on Development of New Quality Productive Forces 2023"
    blueprint = "Hong Kong I&T Development Blueprint"
    visited = "Guangzhou Digital Technology Group"
    meeting = Meeting(
        span=rel.blocks[0].span,
        body="Hong Kong/Guangdong Expert Group on Co-operation in Informatisation",
        body_span=span_of(rel, "Hong Kong/Guangdong Expert Group on Co-operation in "
                               "Informatisation", rel.blocks[0].span.start),
        ordinal=19,
        date=date(2024, 10, 9),
        date_text="today (October 9)",
        location="Guangzhou",
        kind="standing body meeting",
        purpose="to deepen sustained co-operation in informatisation between the Hong Kong "
                "Special Administrative Region (HKSAR) and Guangdong Province",
        roles=(RoleInMeeting(wong, "convenor"), RoleInMeeting(qu, "convenor")),
        participants=participants,
        agenda=agenda,
        visits=(Visit(visited, span_of(rel, visited), None,
                      OrganisationMention(gddiit.name, span_of(rel, "the GDDIIT, the Hong Kong "
                                                                    "delegation"), "GDDIIT",
                                          "Mainland")),),
        outcomes=(Outcome("agreed to continue strengthening co-operation in five areas of "
                          "informatisation",
                          span_of(rel, "agreed to continue strengthening co-operation in five "
                                       "areas of informatisation")),),
    )
    extraction = Extraction(
        release=rel,
        meetings=(meeting,),
        people=(wong, qu),
        acronyms=(
            AcronymDefinition("DPO", dpo.name, span_of(rel, "Digital Policy Office (DPO)")),
            AcronymDefinition("GDDIIT", gddiit.name, span_of(rel, "(GDDIIT)")),
            AcronymDefinition("HKSAR", "Hong Kong Special Administrative Region",
                              span_of(rel, "(HKSAR)")),
        ),
        documents=(DocumentMention(report, span_of(rel, report)),
                   DocumentMention(blueprint, span_of(rel, blueprint))),
        statements=(Statement(
            "Guangdong has established significant competitive advantages",
            span_of(rel, "Guangdong has established significant competitive advantages"),
            PersonMention("Tony Wong", span_of(rel, "Mr Wong said"), "Mr")),),
    )
    body = Ref("body", "body/hk-gd-expert-group-informatisation",
               (("en", meeting.body or ""), ("zh-Hant", "粵港信息化合作專責小組")), True,
               alt_labels=(("en", "Expert Group"),))
    series = Ref("series", "series/hk-gd-expert-group-informatisation",
                 (("en", "Meetings of the Hong Kong/Guangdong Expert Group on Co-operation in "
                         "Informatisation"),), True)
    place = Ref("place", "place/guangzhou", (("en", "Guangzhou"), ("zh-Hant", "廣州")), True)
    organisations = {m.name: ref("org", m.name) for m in participants}
    organisations[visited] = ref("org", visited)
    # A post the registry does not list, in the organisation its key is under (as
    # resolution's _post_in and with_parent give it).
    posts = {p.title: Ref("post", key("post", slug(p.organisation.name), slug(p.title)),  # type: ignore[union-attr]
                          (("en", p.title),), False,
                          parent=organisations[p.organisation.name])  # type: ignore[union-attr]
             for p in (commissioner, deputy_dg)}
    people = {} if drop_people else {p.name: ref("person", p.name) for p in (wong, qu)}
    return ResolvedRelease(
        extraction=extraction,
        release_key="sha256-" + rel.text_sha256[:16],
        meetings=(ResolvedMeeting(meeting, SAMPLE_MEETING_KEY, body, series, place),),
        organisations=tuple(sorted(organisations.items())),
        people=tuple(sorted(people.items())),  # type: ignore[arg-type]
        posts=tuple(sorted(posts.items())),
    )


CHINESE_FILE = CORPUS / "zh-2023-02-meeting-hk-shenzhen-cooperation.txt"
CHINESE_MEETING_KEY = "meeting/hk-shenzhen-cooperation-meeting/2023/2023-02-22"


def chinese_release() -> ResolvedRelease:
    """Part of a Traditional Chinese release: a meeting co-chaired by two posts' holders."""
    rel = parsed(CHINESE_FILE)
    if rel.release_date is None:  # the dateline reads 2023年2月23日; parsing it is not tested here
        rel = replace(rel, release_date=date(2023, 2, 23))
    first_mention = "香港特別行政區（香港特區）政府"
    hksar = OrganisationMention("香港特別行政區政府", span_of(rel, first_mention), "香港特區",
                                "HKSAR", (first_mention,))
    shenzhen = org(rel, "深圳市人民政府", "Mainland")
    cs = PostMention("政務司司長", span_of(rel, "政務司司長"), hksar)
    mayor = PostMention("深圳市人民政府市長", span_of(rel, "深圳市人民政府市長"), shenzhen)
    chan = PersonMention("陳國基", span_of(rel, "陳國基"), None, (cs,))
    # Known by post alone: the release names him, but this fixture tests the post-only case.
    mayor_only = PersonMention(None, span_of(rel, "市長覃偉中"), None, (mayor,))
    areas = ("北部都會區發展", "創新科技，包括河套深港科技創新合作區", "兩地金融市場互聯互通",
             "青年創新創業")
    agenda = tuple(AgendaItem(i, text, span_of(rel, text)) for i, text in enumerate(areas, 1))
    meeting = Meeting(span=rel.blocks[0].span, body="深港合作會議",
                      body_span=span_of(rel, "深港合作會議"), session="2023",
                      date=date(2023, 2, 22), location="香港",
                      roles=(RoleInMeeting(chan, "co-chair"),
                             RoleInMeeting(mayor_only, "co-chair")),
                      participants=(hksar, shenzhen), agenda=agenda)
    extraction = Extraction(release=rel, meetings=(meeting,), people=(chan,))
    body = Ref("body", "body/hk-shenzhen-cooperation-meeting",
               (("en", "Hong Kong/Shenzhen Co-operation Meeting"),
                ("zh-Hant", "深港合作會議")), True)
    place = Ref("place", "place/hong-kong", (("en", "Hong Kong"), ("zh-Hant", "香港")), True)
    organisations = {
        hksar.name: Ref("org", "org/hksar-government",
                        (("en", "Government of the HKSAR"), ("zh-Hant", hksar.name)), True),
        shenzhen.name: Ref("org", "org/shenzhen-municipal-government",
                           (("en", "Shenzhen Municipal People's Government"),
                            ("zh-Hant", shenzhen.name)), True),
    }
    posts = {cs.title: Ref("post", "post/hksar-government/chief-secretary-for-administration",
                           (("en", "Chief Secretary for Administration"), ("zh-Hant", cs.title)),
                           True, parent=organisations[hksar.name]),
             mayor.title: Ref("post", "post/shenzhen-municipal-government/mayor",
                              (("en", "Mayor of Shenzhen"), ("zh-Hant", mayor.title)), True,
                              parent=organisations[shenzhen.name])}
    people = {"陳國基": Ref("person", "person/chan-kwok-ki",
                           (("en", "Eric Chan Kwok-ki"), ("zh-Hant", "陳國基")), True)}
    return ResolvedRelease(
        extraction=extraction,
        release_key="sha256-" + rel.text_sha256[:16],
        meetings=(ResolvedMeeting(meeting, CHINESE_MEETING_KEY, body, None, place),),
        organisations=tuple(sorted(organisations.items())),
        people=tuple(sorted(people.items())),
        posts=tuple(sorted(posts.items())),
    )
