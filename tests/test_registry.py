"""The registry's data files: integrity, coverage and the lookups resolve relies on."""

from __future__ import annotations

import json
import re
from dataclasses import fields, is_dataclass
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressgraph import registry
from pressgraph.cli import main
from pressgraph.iri import Minter

GOLD = Path(__file__).resolve().parent / "fixtures" / "corpus" / "gold"
PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _gold_participants() -> list[dict]:
    found = []
    for path in sorted(GOLD.glob("**/*.json")):
        for meeting in json.loads(path.read_text(encoding="utf-8"))["meetings"]:
            found.extend(meeting["participants"])
    return found


# --------------------------------------------------------------------------- integrity


def test_every_key_is_unique_and_mints_an_iri() -> None:
    minter = Minter()
    keys = [e.key for e in (*registry.organisations(), *registry.bodies(), *registry.posts(),
                            *registry.changes())]
    keys += [f"place/{p.key}" for p in (*registry.places(), *registry.venues())]
    assert len(keys) == len(set(keys))
    for key in keys:
        assert minter.thing(key).endswith(key)


def test_references_between_entries_point_at_existing_entries() -> None:
    orgs = {o.key for o in registry.organisations()}
    bodies = {b.key for b in registry.bodies()}
    places = {p.key for p in registry.places()}
    assert not places & {v.key for v in registry.venues()}
    sources = {s.key for s in registry.sources()}
    for org in registry.organisations():
        assert org.parent is None or org.parent in orgs | bodies, org.key
        assert org.jurisdiction is None or org.jurisdiction in places, org.key
        assert org.source in sources, org.key
        assert org.side in {"HKSAR", "Mainland", "Macao", "overseas", "non-government"}
    for body in registry.bodies():
        assert set(body.parties) <= orgs, body.key
        assert body.parent is None or body.parent in orgs | bodies, body.key
        assert body.source in sources, body.key
    for post in registry.posts():
        assert post.organisation in orgs | bodies, post.key
        assert post.source in sources, post.key
    for change in registry.changes():
        assert change.before or change.after
        assert set(change.before) | set(change.after) <= orgs, change.key
        assert change.date is None or PARTIAL_DATE.match(change.date), change.key
        assert change.source in sources, change.key
    for place in (*registry.places(), *registry.venues()):
        assert place.within is None or place.within in places, place.key


def test_outside_identifiers_are_only_claimed_with_a_cited_source() -> None:
    sources = {s.key for s in registry.sources()}
    for place in (*registry.places(), *registry.venues()):
        assert place.source is None or place.source in sources, place.key


def test_dates_are_iso_and_dissolution_follows_establishment() -> None:
    for org in registry.organisations():
        for value in (org.established, org.dissolved):
            assert value is None or PARTIAL_DATE.match(value), org.key
        if org.established and org.dissolved:
            assert org.established[:4] <= org.dissolved[:4], org.key


def test_every_name_leads_back_to_its_entry_or_to_a_namesake_in_existence_on_some_day() -> None:
    for org in registry.organisations():
        for name in org.names():
            found = registry.find_organisation(name)
            assert found is not None, name
            if found.key != org.key:  # a namesake: both must carry the name
                assert name in found.names() or registry.lookup_key(name) in {
                    registry.lookup_key(n) for n in found.names()}
    for body in registry.bodies():
        assert registry.find_body(body.en) == body


def test_records_are_plain_frozen_dataclasses() -> None:
    for record in (registry.organisations()[0], registry.bodies()[0], registry.posts()[0],
                   registry.changes()[0], registry.places()[0], registry.sources()[0]):
        assert is_dataclass(record)
        for f in fields(record):
            value = getattr(record, f.name)
            assert value is None or isinstance(value, (str, int, tuple))
        with pytest.raises(AttributeError):
            record.key = "changed"  # type: ignore[misc]


def test_registry_is_loaded_once_and_versioned() -> None:
    assert registry.organisations() is registry.organisations()
    assert re.fullmatch(r"[0-9a-f]{12}", registry.version())


# --------------------------------------------------------------------------- coverage


BUREAUX_SINCE_2020 = 20  # 15 current bureaux and the 5 the 2022 reorganisation replaced


def test_every_hksar_bureau_since_2020_is_there_with_both_names_and_posts() -> None:
    since_2020 = [o for o in registry.organisations()
                  if o.kind == "bureau" and (o.dissolved is None or o.dissolved >= "2020")]
    assert len(since_2020) >= BUREAUX_SINCE_2020
    post_orgs = {p.organisation for p in registry.posts()}
    for bureau in since_2020:
        assert bureau.zh_hant and bureau.acronyms, bureau.key
        assert bureau.key in post_orgs, bureau.key


def test_the_digital_policy_office_merger_is_a_dated_change() -> None:
    merger = [c for c in registry.changes() if "org/hksar/digital-policy-office" in c.after]
    assert len(merger) == 1
    assert merger[0].date == "2024-07-01"
    assert set(merger[0].before) == {"org/hksar/office-of-the-government-chief-information-officer",
                                     "org/hksar/efficiency-office"}


def test_every_guangdong_department_in_the_corpus_is_in_the_registry() -> None:
    named = {p["agency"] for p in _gold_participants()
             if p["side"] == "Mainland" and re.search("Guangdong|廣東", p["agency"])}
    assert named
    for agency in sorted(named):
        found = registry.find_organisation(agency)
        assert found is not None, agency
        assert found.key.startswith(("org/guangdong/", "org/cn/")), agency


def test_nearly_every_corpus_agency_is_in_the_registry() -> None:
    participants = _gold_participants()
    missing = {p["agency"] for p in participants if registry.find_organisation(p["agency"]) is None}
    # only the non-government organisations the README lists as deliberately left out
    assert all(p["side"] in {"non-government", "overseas"} for p in participants
               if p["agency"] in missing)
    assert len(missing) <= 3, missing


def test_every_standing_body_and_place_of_the_corpus_is_in_the_registry() -> None:
    for path in sorted(GOLD.glob("**/*.json")):
        for meeting in json.loads(path.read_text(encoding="utf-8"))["meetings"]:
            if meeting.get("body"):
                assert registry.find_body(meeting["body"]) is not None, meeting["body"]
            if meeting.get("location"):
                assert registry.find_place(meeting["location"]) is not None


# --------------------------------------------------------------------------- lookups


def test_lookups_ignore_case_articles_hyphens_and_character_variants() -> None:
    key = "body/hk-gd-joint-conference"
    assert registry.find_body("the Hong Kong/Guangdong Cooperation Joint Conference").key == key  # type: ignore[union-attr]
    assert registry.find_organisation("食物環境衛生署").key == (  # type: ignore[union-attr]
        "org/hksar/food-and-environmental-hygiene-department")
    assert registry.find_organisation("Digital Policy Office (DPO)").key == (  # type: ignore[union-attr]
        "org/hksar/digital-policy-office")
    hksar = registry.find_organisation("香港特別行政區（香港特區）政府")
    assert hksar is not None and hksar.key == "org/hksar/government"


def test_registry_acronyms_are_matched_with_their_case() -> None:
    assert registry.find_organisation("OFCA") is not None
    assert registry.find_organisation("ofca") is None


def test_the_organisation_in_existence_on_the_day_is_chosen() -> None:
    assert registry.find_organisation("OGCIO", date(2020, 1, 1)).key == (  # type: ignore[union-attr]
        "org/hksar/office-of-the-government-chief-information-officer")
    assert registry.find_organisation("Environment Bureau", date(2023, 1, 1)) is not None


def test_chinese_titles_split_at_the_longest_registry_name() -> None:
    assert registry.split_chinese_title("中共廣東省委組織部部長") == (
        "org/guangdong/cpc-organization-department", "部長")
    assert registry.split_chinese_title("無名機構主任") is None


def test_roles_read_chinese_words_in_the_scope_of_the_organisation() -> None:
    assert registry.find_role("副廳長", "org/guangdong/x").key == "deputy-director-general"  # type: ignore[union-attr]
    assert registry.find_role("局長", "org/guangdong/x").key == "director-general"  # type: ignore[union-attr]
    assert registry.find_role("局長", "org/cn/x").key == "director"  # type: ignore[union-attr]


def test_bureau_posts_come_from_the_templates_in_both_languages() -> None:
    post = registry.find_post("Secretary for Transport and Logistics")
    assert post is not None
    assert post.key == "post/hksar/transport-and-logistics-bureau/secretary"
    assert registry.find_post("運輸及物流局局長") == post
    assert registry.find_post("Secretary for the Environment").organisation == (  # type: ignore[union-attr]
        "org/hksar/environment-bureau")


# --------------------------------------------------------------------------- the report


def test_unresolved_report_lists_names_not_in_the_registry(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from pressgraph.cli import registry as cli_registry
    from pressgraph.model import Extraction, Meeting, OrganisationMention, Span

    def fake_extract(release):  # type: ignore[no-untyped-def]
        mentions = (OrganisationMention("Digital Policy Office", Span(0, 1)),
                    OrganisationMention("Hong Kong Widget Council", Span(2, 3)))
        return Extraction(release=release, meetings=(Meeting(span=Span(0, 1),
                                                             participants=mentions),))

    monkeypatch.setattr(cli_registry, "extract", fake_extract)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("A title\n\n     Some text.\n\nEnds/Monday, January 6, 2025\n"
                                     "Issued at HKT 10:00\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["registry", "unresolved", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(lines) == 1
    count, kind, name, key, example = lines[0]
    assert (count, kind, name, key) == ("2", "org", "Hong Kong Widget Council",
                                        "org/named/hong-kong-widget-council")
    assert example.endswith("a.txt")


def test_unresolved_report_lists_people_not_in_the_registry_on_request(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pressgraph.cli import registry as cli_registry
    from pressgraph.model import Extraction, PersonMention, Span

    known = registry.people()[0]

    def fake_extract(release):  # type: ignore[no-untyped-def]
        people = (PersonMention("Alex Widget", Span(0, 1)), PersonMention(known.en, Span(2, 3)))
        return Extraction(release=release, people=people)

    monkeypatch.setattr(cli_registry, "extract", fake_extract)
    (tmp_path / "a.txt").write_text("A title\n\n     Some text.\n\nEnds/Monday, January 6, 2025\n"
                                    "Issued at HKT 10:00\n", encoding="utf-8")
    plain = CliRunner().invoke(main, ["registry", "unresolved", str(tmp_path)])
    assert plain.exit_code == 0 and plain.stdout == ""
    result = CliRunner().invoke(main, ["registry", "unresolved", "--people", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t")[:4] for line in result.stdout.splitlines()]
    assert lines == [["1", "person", "Alex Widget", "person/alex-widget"]]


def test_venues_are_not_in_the_city_gazetteer() -> None:
    assert registry.find_place("政府總部") is None
    venue = registry.find_venue("政府總部")
    assert venue is not None and venue == registry.find_venue("Central Government Offices")
    assert venue.kind == "venue" and venue.within == "hong-kong"


def test_records_yield_the_whole_registry_once_in_a_stable_order() -> None:
    records = list(registry.records())
    assert records == list(registry.records())
    assert len(records) == sum(len(group) for group in (
        registry.organisations(), registry.bodies(), registry.posts(), registry.changes(),
        registry.places(), registry.venues(), registry.sources()))
    assert {type(r).__name__ for r in records} == {"Organisation", "Body", "Post", "Change",
                                                   "Place", "Source"}


# --------------------------------------------------------------------------- people


def _gold_people() -> list[tuple[str, dict]]:
    found = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        found.extend((gold["language"], person) for person in gold["people"])
    return found


def test_people_have_a_safe_unique_key_names_sources_and_known_posts() -> None:
    people = registry.people()
    assert len(people) >= 60
    sources = {s.key for s in registry.sources()}
    posts = {p.key for p in registry.posts()}
    minter = Minter()
    assert len({p.key for p in people}) == len(people)
    for person in people:
        assert person.key.startswith("person/") and person.key.count("/") == 2, person.key
        assert minter.thing(person.key).endswith(person.key)
        assert person.en and person.zh_hant, person.key
        assert not registry.is_chinese(person.en) and registry.is_chinese(person.zh_hant)
        assert person.source in sources, person.key
        assert person.labels[0] == ("en", person.en)
        for tenure in person.posts:
            assert tenure.post in posts, (person.key, tenure.post)
            for bound in (tenure.start, tenure.end):
                assert bound is None or PARTIAL_DATE.match(bound), person.key
        assert registry.person(person.key) == person


def test_every_person_is_found_by_each_of_their_names() -> None:
    for person in registry.people():
        for name in person.names():
            assert person in registry.find_people(name), name
            assert person in registry.find_people(f"  {name.upper()} "), name


def test_people_names_ignore_case_spaces_and_hyphens() -> None:
    (found,) = registry.find_people("Ho Iat Seng")
    assert registry.find_people("Ho Iat-seng") == registry.find_people("HO IAT SENG") == (found,)
    assert registry.find_people("賀一誠") == (found,)
    assert registry.find_people("Nobody In Particular") == ()


def test_people_a_corpus_pair_names_are_in_the_registry_under_both_names() -> None:
    """Each person the Chinese version of a corpus release names is a registry person,
    with the English name the original gives them."""
    for language, person in _gold_people():
        if language != "zh-Hant":
            continue
        found = registry.find_people(person["name"])
        assert len(found) == 1, person["name"]
        assert found[0].zh_hant == person["name"]


def test_chief_executives_since_1997_are_in_the_registry_with_dated_terms() -> None:
    chief_executive = "post/hksar/government/chief-executive"
    terms = sorted((t.start or "", p.key) for p in registry.people() for t in p.posts
                   if t.post == chief_executive)
    assert terms[0][0] == "1997-07-01"
    assert len({k for _, k in terms}) >= 5
    # the terms follow each other without overlapping
    holders = [p for p in registry.people() if any(t.post == chief_executive for t in p.posts)]
    for day in (date(1998, 1, 1), date(2010, 1, 1), date(2020, 1, 1), date(2024, 1, 1)):
        on = [p.key for p in holders if p.holds(chief_executive, day)]
        assert len(on) == 1, (day, on)


def test_tenures_cover_days_at_the_precision_given() -> None:
    tenure = registry.Tenure("post/x", "2017-07", "2020")
    assert tenure.covers(date(2017, 7, 1)) and tenure.covers(date(2020, 12, 31))
    assert not tenure.covers(date(2017, 6, 30)) and not tenure.covers(date(2021, 1, 1))
    assert registry.Tenure("post/x", None, None).covers(date(1990, 1, 1))
    assert registry.Tenure("post/x", "2022-07-01", None).covers(None)


@pytest.mark.parametrize("text", ["post/x@2017-13", "post/x@17/2020", "post/x@2020/2019"])
def test_a_malformed_tenure_is_an_error_with_the_line(text: str) -> None:
    from pressgraph.errors import ResourceError

    with pytest.raises(ResourceError, match="people.csv, line 7"):
        registry._tenure(text, 7)


def test_open_and_undated_tenures_parse() -> None:
    assert registry._tenure("post/x@2022-07-01/..", 2) == registry.Tenure("post/x", "2022-07-01",
                                                                          None)
    assert registry._tenure("post/x", 2) == registry.Tenure("post/x", None, None)


def test_a_place_named_as_a_party_finds_its_government() -> None:
    assert registry.find_government_of("Shenzhen").key == "org/shenzhen/peoples-government"
    assert registry.find_government_of("深圳").key == "org/shenzhen/peoples-government"
    assert registry.find_government_of("Atlantis") is None
