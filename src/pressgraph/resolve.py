"""Stage 4: bind every extracted mention to a natural key (registry entry or minted).

What resolves to what, in order of precedence:

* **Organisations.** An acronym or short form the release defines in brackets is replaced by
  its expansion first (the text wins over the registry: the same letters name different
  bodies in different years); then the registry is asked for the name, each surface form
  and the acronym, in English or Chinese, choosing among namesakes the one in existence on
  the release date; then a back-reference ("the Bureau", "the Working Group") binds to
  the latest organisation or body before it in the release whose name has those words;
  then a portfolio ("Water Resources", from "Vice Minister of Water Resources") binds to
  the one registry organisation named "... of Water Resources". A name the
  registry does not know gets a key minted from its normalised name (``org/named/<slug>``),
  so the same unknown name is one node across releases; ``Ref.from_registry`` is False.
* **Posts.** "Acting"/"署理" is dropped (the post is the same post); the registry is asked
  for the title; otherwise the title is split into a role and an organisation ("Deputy
  Director-General" + "Department of ... of Guangdong Province"; "深圳市委" + "常委") and the
  key is ``post/<organisation path>/<role>``, the role read through ``roles.csv`` so that
  both languages give the same key.
* **People.** A name (honorific apart) that the registry's people table has, in any
  language, resolves to that person's key, so the Chinese and the English version of a
  release name one node, with names in both languages. Namesakes in the registry are told
  apart by the posts the release gives them: the one who held that post on the release
  date, else the one who held a post in the same organisation then; if that does not
  single one out, the name is bound to none of them. A name the registry does not know is
  keyed by the name as printed (``person/<slug>``): the same name in two releases is one
  person. A Chinese name is keyed in one script (``name_slug``), so the Traditional and
  the Simplified release name one person, organisation or body.
* **Meetings** (``meeting_key``; the rule is in ontology/README.md, "Meeting identity"): a
  registry body's by body (and session) with the ordinal, else the date. Any other
  meeting by a digest of its language-independent facts — date, registry or gazetteer
  place, ordinal and the sorted registry keys of its parties — when they suffice; else a
  body only the release names keys it by that name; else the key is scoped to the
  release, so two different meetings never share one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from pressgraph import registry
from pressgraph.chinese_script import key_form
from pressgraph.iri import digest, key, slug
from pressgraph.model import (
    Extraction,
    Meeting,
    OrganisationMention,
    PersonMention,
    PostMention,
    Ref,
    RoleInMeeting,
    ResolvedMeeting,
    ResolvedRelease,
)
from pressgraph.registry import gazetteer

PRINCIPAL_ROLES = ("chair", "co-chair", "convenor", "host", "principal")
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
# "the Bureau", "Observatory", "the Expert Group": a head noun standing for a fuller name.
_BACK_REFERENCE = re.compile(r"^(?:the\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})|([A-Z][a-z]+))$")
_POST_SEPARATORS = re.compile(r"\s*[;；、]\s*")


def release_key(extraction: Extraction) -> str:
    """The info.gov.hk release ID when known, else a digest of the normalised text."""
    release = extraction.release
    if release.release_id:
        return release.release_id
    return f"sha256-{release.text_sha256[:16]}"


# --------------------------------------------------------------------------- refs


def registry_ref(kind: str, entry: registry.Organisation | registry.Body | registry.Post,
                 extra_acronyms: Iterable[str] = ()) -> Ref:
    acronyms = tuple(dict.fromkeys((*getattr(entry, "acronyms", ()), *extra_acronyms)))
    return Ref(kind=kind, key=entry.key, labels=entry.labels, from_registry=True,  # type: ignore[arg-type]
               alt_labels=entry.alt_labels, acronyms=acronyms)


def place_ref(place: registry.Place) -> Ref:
    return Ref(kind="place", key=key("place", place.key), labels=place.labels,
               from_registry=True, alt_labels=place.alt_labels)


def minted_name(name: str) -> str:
    """The normalised form a minted key is made from: no article, brackets or extra spaces."""
    text = registry.strip_brackets(name)
    text = _ARTICLE.sub("", " ".join(text.split()))
    return text.strip(" ,.;:")


def name_slug(name: str) -> str:
    """The slug a name the registry does not know is keyed by: a Chinese name in one script
    (``chinese_script.key_form``), so its Traditional and Simplified spellings are one key."""
    return slug(key_form(name))


def minted_ref(kind: str, prefix: str, name: str, language: str,
               acronyms: Iterable[str] = ()) -> Ref:
    label = minted_name(name) or name.strip()
    return Ref(kind=kind, key=key(*prefix.split("/"), name_slug(label)),  # type: ignore[arg-type]
               labels=((language, label),), from_registry=False,
               acronyms=tuple(dict.fromkeys(a for a in acronyms if a)))


# --------------------------------------------------------------------------- context


@dataclass
class _Release:
    """What resolution needs to know about the release being resolved."""

    extraction: Extraction
    language: str
    day: date | None
    acronyms: dict[str, str]  # short form as defined -> expansion
    release_id: str
    seen: list[tuple[int, str, Ref]] = field(default_factory=list)  # (offset, name, ref)

    @classmethod
    def of(cls, extraction: Extraction) -> _Release:
        defined: dict[str, str] = {}
        for definition in extraction.acronyms:
            defined.setdefault(definition.short.strip(), definition.expansion.strip())
        return cls(extraction, extraction.release.language, extraction.release.release_date,
                   defined, release_key(extraction))

    def expansion(self, name: str) -> str | None:
        """The expansion of an acronym or short form defined in this release."""
        text = name.strip()
        return self.acronyms.get(text) or self.acronyms.get(_ARTICLE.sub("", text)) \
            or self.acronyms.get(f"the {_ARTICLE.sub('', text)}")


# --------------------------------------------------------------------------- organisations


def find_registry_organisation(name: str, release: _Release) -> Ref | None:
    """The registry organisation or body a name means in this release, if any."""
    candidate = release.expansion(name) or name  # the text's own definition wins
    org = registry.find_organisation(candidate, release.day)
    if org is not None:
        return registry_ref("org", org)
    body = registry.find_body(candidate)
    if body is not None:
        return registry_ref("body", body)
    return None


def find_registry_portfolio(name: str, release: _Release) -> Ref | None:
    """"Water Resources" (from "Vice Minister of Water Resources") -> the one ministry of it."""
    if registry.is_chinese(name) or release.expansion(name):
        return None
    org = registry.find_organisation_by_portfolio(name, release.day)
    return registry_ref("org", org) if org is not None else None


def _back_reference(name: str, offset: int, release: _Release) -> Ref | None:
    """"the Bureau" -> the latest organisation before it whose name has the word "Bureau"."""
    match = _BACK_REFERENCE.match(name.strip())
    if not match:
        return None
    head = (match.group(1) or match.group(2)).casefold()
    pattern = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    for seen_offset, seen_name, ref in sorted(release.seen, key=lambda s: -s[0]):
        if seen_offset > offset:
            continue
        names = [seen_name, *(label for _, label in ref.labels)]
        if any(pattern.search(n) and n.casefold() != head for n in names):
            return ref
    return None


def resolve_organisation(mention: OrganisationMention, release: _Release) -> Ref:
    surfaces = [mention.name, *(s for s in mention.mentions if s != mention.name)]
    if mention.acronym:
        surfaces.append(mention.acronym)
    for surface in surfaces:
        ref = find_registry_organisation(surface, release)
        if ref is not None:
            if mention.acronym and mention.acronym not in ref.acronyms:
                ref = Ref(ref.kind, ref.key, ref.labels, ref.from_registry, ref.alt_labels,
                          (*ref.acronyms, mention.acronym))
            return ref
    for surface in surfaces:
        ref = (_back_reference(surface, mention.span.start, release)
               or find_registry_portfolio(surface, release)
               or _unit_of_earlier(surface, mention.span.start, release))
        if ref is not None:
            return ref
    name = release.expansion(mention.name) or mention.name
    return minted_ref("org", "org/named", name, release.language, (mention.acronym or "",))


def _joined(parent: str, unit: str) -> Iterator[str]:
    """Full names a unit may have under a parent: "Organization Department of the CPC ...";
    廣東省委 + 組織部, and 廣東省委 + 省委人才工作領導小組 sharing 省委."""
    if registry.is_chinese(unit):
        if not registry.is_chinese(parent):
            return
        yield parent + unit
        for overlap in range(min(len(parent), len(unit)) - 1, 0, -1):
            if parent.endswith(unit[:overlap]):
                yield parent + unit[overlap:]
    elif not registry.is_chinese(parent):
        yield f"{unit} of the {_ARTICLE.sub('', parent)}"
        yield f"{unit} of {_ARTICLE.sub('', parent)}"


def _unit_of_earlier(name: str, offset: int, release: _Release) -> Ref | None:
    """"Organization Department" / 組織部 named after the body it belongs to: the registry
    unit of the latest registry organisation named before it."""
    for seen_offset, seen_name, ref in sorted(release.seen, key=lambda s: -s[0]):
        entry = registry.entry(ref.key)
        if seen_offset > offset or not ref.from_registry or entry is None:
            continue
        for parent in dict.fromkeys((seen_name, *entry.names())):
            for candidate in _joined(parent, name.strip()):
                org = registry.find_organisation(candidate, release.day)
                if org is not None and org.key != ref.key:
                    return registry_ref("org", org)
    return None


# --------------------------------------------------------------------------- posts


def strip_qualifiers(title: str) -> str:
    """The post without "Acting"/"署理": the acting holder holds the same post."""
    text = title.strip()
    for _, word in registry.qualifiers():
        if text.startswith(word):
            text = text[len(word):].strip()
    return text


def _role_segment(role: str, org_key: str) -> str:
    found = registry.find_role(role, org_key)
    return found.key if found else name_slug(role)


def _split_english_title(title: str, release: _Release) -> tuple[Ref, str] | None:
    """("Deputy Director-General", <GDDIIT>) from "Deputy Director-General of the GDDIIT"."""
    for match in re.finditer(r"\s+of\s+", title):
        role, org_name = title[: match.start()], title[match.end():]
        if not role or not org_name:
            continue
        ref = find_registry_organisation(org_name, release)
        if ref is not None:
            return ref, role
    return None


def _split_chinese_title(title: str, release: _Release) -> tuple[Ref, str] | None:
    for short, expansion in release.acronyms.items():
        if title.startswith(short) and len(title) > len(short):
            ref = find_registry_organisation(expansion, release)
            if ref is not None:
                return ref, title[len(short):]
    split = registry.split_chinese_title(title)
    if split is None:
        return None
    org_key, role = split
    entry = registry.entry(org_key)
    kind = "body" if org_key.startswith("body/") else "org"
    return registry_ref(kind, entry), role  # type: ignore[arg-type]


def _post_in(org: Ref, role: str, title: str, release: _Release) -> Ref:
    """A post the registry does not list, in an organisation it may know."""
    segment = _role_segment(role, org.key)
    return Ref(kind="post", key=key("post", *org.key.split("/")[1:], segment),
               labels=((release.language, title),), from_registry=False)


def _expand_acronyms(title: str, release: _Release) -> str:
    """"Chairperson of the CoP" -> "Chairperson of the Commission on Poverty" (acronyms
    of letters only; short forms such as "the Committee" are left alone)."""
    for short, expansion in release.acronyms.items():
        if re.fullmatch(r"[A-Za-z&]{2,}", short):
            title = re.sub(rf"(?<![\w&]){re.escape(short)}(?![\w&])", expansion, title)
    return title


def resolve_post(post: PostMention, release: _Release) -> Ref:
    title = strip_qualifiers(post.title)
    found = registry.find_post(title) or registry.find_post(_expand_acronyms(title, release))
    if found is not None:
        return registry_ref("post", found)
    chinese = registry.is_chinese(title)
    split = (_split_chinese_title if chinese else _split_english_title)(title, release)
    if split is not None:
        return _post_in(split[0], split[1], title, release)
    if post.organisation is not None:
        org = resolve_organisation(post.organisation, release)
        role = title
        for name in (post.organisation.name, *post.organisation.mentions):
            if not chinese:
                role = re.sub(rf"\s+of\s+(?:(?:the|its)\s+)?{re.escape(name)}$", "", role)
            elif role.startswith(name):
                role = role[len(name):]
        return _post_in(org, role, title, release)
    bare = registry.find_role(title)
    if bare is not None:
        # "Chairman", "Member": without its organisation a bare role names no one post.
        return Ref(kind="post", key=key("post", "unplaced", slug(release.release_id), bare.key),
                   labels=((release.language, title),), from_registry=False)
    return minted_ref("post", "post/named", title, release.language)


def with_parent(post: Ref) -> Ref:
    """The post with the registry organisation (or body) it is in, when the key tells."""
    if post.parent is not None:
        return post
    parent_key = post_organisation(post)
    entry = registry.entry(parent_key) if parent_key else None
    if not isinstance(entry, (registry.Organisation, registry.Body)):
        return post
    kind = "body" if isinstance(entry, registry.Body) else "org"
    return replace(post, parent=registry_ref(kind, entry))


def post_organisation(post: Ref) -> str | None:
    """The key of the registry organisation (or body) a resolved post is in, if known."""
    return post_key_organisation(post.key)


def post_key_organisation(post_key: str) -> str | None:
    """The key of the registry organisation (or body) the post with this key is in."""
    entry = registry.entry(post_key)
    if isinstance(entry, registry.Post):
        return entry.organisation
    parts = post_key.split("/")
    for end in range(len(parts) - 1, 1, -1):
        for kind in ("org", "body"):
            candidate = "/".join((kind, *parts[1:end]))
            if registry.entry(candidate) is not None:
                return candidate
    return None


# --------------------------------------------------------------------------- people


def resolve_person(person: PersonMention, release: _Release) -> Ref | None:
    """The registry person with this name, else a person keyed by the name as printed;
    None when only the post is given."""
    if not person.name or not person.name.strip():
        return None
    name = " ".join(person.name.split())
    found = registry_person(person, name, release)
    if found is not None:
        return person_ref(found, name, release.language)
    if is_bare_surname(name):  # "Mr Lee": the full-named Lee of this release, or no node
        full = _full_name_for(name, release)
        return resolve_person(full, release) if full is not None else None
    return Ref(kind="person", key=key("person", name_slug(name)), labels=((release.language, name),),
               from_registry=False)


def is_bare_surname(name: str) -> bool:
    """A name that is a surname alone ("Lee", 李): no person can be identified by it, so no
    IRI is minted from it. A Chinese name of two characters or more, or a name of two
    words, is a full name."""
    text = name.strip()
    if any("\u3400" <= ch <= "\u9fff" for ch in text):
        return len(text) < 2
    return len(text.split()) == 1 and "-" not in text


def _full_name_for(surname: str, release: _Release) -> PersonMention | None:
    """The one person of the release named in full whose name ends (or, in Chinese order,
    begins) with this surname; None when there is none, or several."""
    wanted = surname.strip().casefold()

    def carries(name: str) -> bool:
        if " " not in name.strip():  # a Chinese name: the surname comes first
            return name.strip().startswith(surname.strip())
        words = name.casefold().split()
        return wanted in (words[0], words[-1])

    matches = {" ".join(p.name.split()): p for p in release.extraction.people
               if p.name and not is_bare_surname(p.name) and carries(p.name)}
    return next(iter(matches.values())) if len(matches) == 1 else None


def person_ref(person: registry.Person, name: str, language: str) -> Ref:
    """A registry person with their names in every language the registry has; the name as
    printed becomes an alternative label when it is none of them."""
    alt_labels = person.alt_labels
    if name not in {label for _, label in (*person.labels, *alt_labels)}:
        alt_labels = (*alt_labels, (language, name))
    return Ref(kind="person", key=person.key, labels=person.labels, from_registry=True,
               alt_labels=alt_labels)


def registry_person(person: PersonMention, name: str,
                    release: _Release) -> registry.Person | None:
    """The one registry person this mention names, or None (unknown, or namesakes the
    release's posts and date do not tell apart)."""
    candidates = registry.find_people(name)
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    posts = [resolve_post(post, release).key for post in person.posts]
    day = release.day
    same_post = [c for c in candidates if any(c.holds(p, day) for p in posts)]
    if same_post:
        return same_post[0] if len(same_post) == 1 else None
    organisations = {o for o in map(post_key_organisation, posts) if o}
    same_organisation = [c for c in candidates
                         if organisations & {post_key_organisation(p) for p in c.posts_on(day)}]
    return same_organisation[0] if len(same_organisation) == 1 else None


# --------------------------------------------------------------------------- meetings


def resolve_body(name: str, release: _Release, offset: int = 0) -> Ref:
    expanded = release.expansion(name) or name
    body = registry.find_body(expanded) or registry.find_body(name)
    if body is not None:
        return registry_ref("body", body)
    org = registry.find_organisation(expanded, release.day)
    if org is not None:
        return registry_ref("org", org)
    earlier = _back_reference(name, offset, release)
    if earlier is not None:
        return earlier
    printed = _ARTICLE.sub("", re.sub(r"\s*\([^()]*\)\s*$", "", " ".join(expanded.split())))
    return replace(minted_ref("body", "body", expanded, release.language),  # label as printed
                   labels=((release.language, printed.strip(" ,.;:") or expanded),))


def session_segment(session: str) -> str:
    found = registry.find_session(session)
    if found is not None:
        return found.key
    text = session.strip()
    return text if re.fullmatch(r"\d{4}", text) else name_slug(text)


def meeting_session(meeting: Meeting, release: _Release) -> str | None:
    """The session the extractor gave; else the one kind of session (sessions.csv) that the
    sentence reporting the meeting names ("第二十四次全體會議"); else the body's default
    session from the registry. A translation that leaves the session implicit still keys
    the same meeting."""
    if meeting.session or meeting.body is None:
        return meeting.session
    text = release.extraction.release.text[meeting.span.start:meeting.span.end]
    found = set()
    for session in registry.sessions():
        for name in session.names():
            pattern = re.escape(name) if registry.is_chinese(name) else rf"\b{re.escape(name)}\b"
            match = re.search(pattern, text)
            if match:
                found.add((session.key, match.group(0)))
    keys = {k for k, _ in found}
    if len(keys) == 1:
        return sorted(found)[0][1]
    return _default_session(meeting, release) if not keys else None


def _default_session(meeting: Meeting, release: _Release) -> str | None:
    """The session the registry says a numbered meeting of the body is, when none is named
    (粵港合作聯席會議第二十四次會議 is its 24th Plenary)."""
    if meeting.ordinal is None or meeting.body is None:
        return None
    body = registry.find_body(release.expansion(meeting.body) or meeting.body)
    if body is None or body.default_session is None:
        return None
    found = registry.session(body.default_session)
    return found.en if found else None


def resolve_series(body: Ref, session: str | None, release: _Release) -> Ref:
    path = body.key.split("/")[1:]
    if not session:
        return Ref(kind="series", key=key("series", *path), labels=body.labels,
                   from_registry=body.from_registry, alt_labels=body.alt_labels)
    segment = session_segment(session)
    found = registry.find_session(session)
    session_labels = dict(found.labels) if found else {release.language: session.strip()}
    labels = tuple((lang, f"{label} – {session_labels.get(lang, session.strip())}")
                   for lang, label in body.labels)
    return Ref(kind="series", key=key("series", *path, segment), labels=labels,
               from_registry=body.from_registry and found is not None)


def resolve_place(name: str, language: str) -> Ref:
    """A city, territory, province, country or venue: from the registry, else from the world
    gazetteer (``registry/gazetteer.py``), else minted from its name. The release's own
    wording ("Macau", ``杭州市``) is the place's label in the release's language, the
    gazetteer's names in the others."""
    place = registry.find_place(name) or registry.find_venue(name)
    if place is not None:
        return _as_printed(place_ref(place), name, language)
    world = gazetteer.find(name)
    if world is not None:
        return _as_printed(Ref(kind="place", key=key("place", world.key), labels=world.labels,
                               from_registry=True, alt_labels=world.alt_labels[:8]),
                           name, language)
    return minted_ref("place", "place/named", name, language)


def _as_printed(ref: Ref, name: str, language: str) -> Ref:
    """The reference with the release's wording first among its labels in ``language``."""
    printed = " ".join(name.split())
    if not printed or (language, printed) == next(
            (label for label in ref.labels if label[0] == language), None):
        return ref
    labels = ((language, printed), *(label for label in ref.labels if label != (language, printed)))
    return replace(ref, labels=labels)


def _party_key(role: RoleInMeeting, release: _Release) -> str | None:
    """The registry key a principal is known by in every language: the registry post of
    the first post printed (the one both language versions print first), else the registry
    organisation that post is in, else the registry person; None when the registry knows
    none of them."""
    for post in role.person.posts[:1]:
        ref = resolve_post(post, release)
        if isinstance(registry.entry(ref.key), registry.Post):
            return ref.key
        organisation = post_organisation(ref)
        if organisation:
            return organisation
    person = resolve_person(role.person, release)
    return person.key if person is not None and person.from_registry else None


def meeting_facts(meeting: Meeting, place: Ref | None, release: _Release) -> list[str] | None:
    """The language-independent facts that identify a meeting no registry body keys: its
    date, its place (a registry or gazetteer place), its ordinal and the registry keys of
    its parties (the principals, else the organisations attending); None when they do not
    suffice to tell it from another meeting — no date, a place or a principal the
    registry does not know, or fewer than two parties."""
    if meeting.date is None or (place is not None and not place.from_registry):
        return None
    principals = [r for r in meeting.roles if r.role in PRINCIPAL_ROLES]
    parties = [_party_key(role, release) for role in principals]
    if not principals:
        refs = [resolve_organisation(p, release) for p in meeting.participants]
        parties = [r.key if r.from_registry else None for r in refs]
    if None in parties or len(set(parties)) < 2:
        return None
    facts = [f"date={meeting.date.isoformat()}", *(f"party={p}" for p in sorted(set(parties)))]  # type: ignore[type-var]
    if place is not None:
        facts.append(f"place={place.key}")
    if meeting.ordinal is not None:
        facts.append(f"ordinal={meeting.ordinal}")
    return facts


def meeting_key(meeting: Meeting, body: Ref | None, place: Ref | None, release: _Release,
                index: int) -> str:
    """The meeting's natural key (the rule is in ontology/README.md, "Meeting identity").

    A body the registry knows keys its meetings by session and ordinal, else date. Any
    other meeting is keyed by its language-independent facts (:func:`meeting_facts`) when
    they suffice; else a body named only by the release keys it by that name (one node for
    releases that print the name alike); else the key is scoped to the release, never
    shared by two releases."""
    if body is not None and body.from_registry:
        return _body_meeting_key(meeting, body, release, index)
    facts = meeting_facts(meeting, place, release)
    if facts is not None:
        return key("meeting", "ad-hoc", meeting.date.isoformat(),  # type: ignore[union-attr]
                   digest("|".join(facts), 12))
    if body is not None:
        return _body_meeting_key(meeting, body, release, index)
    when = meeting.date.isoformat() if meeting.date else "undated"
    scope = [f"place={place.key}"] if place is not None else []
    scope += [f"ordinal={meeting.ordinal}"] if meeting.ordinal is not None else []
    return key("meeting", "ad-hoc", f"release-{slug(release.release_id)}",
               f"{when}-{digest('|'.join(scope) or 'none', 12)}")


def _body_meeting_key(meeting: Meeting, body: Ref, release: _Release, index: int) -> str:
    path = body.key.split("/")[1:]
    session = meeting_session(meeting, release)
    if session:
        path.append(session_segment(session))
    if meeting.ordinal is not None:
        return key("meeting", *path, meeting.ordinal)
    if meeting.date:
        return key("meeting", *path, meeting.date.isoformat())
    return key("meeting", *path, f"release-{slug(release.release_id)}-{index + 1}")


def _unique(keys: list[str]) -> list[str]:
    """Two meetings of one release with the same key get -2, -3... (in text order)."""
    seen: dict[str, int] = {}
    result = []
    for k in keys:
        seen[k] = seen.get(k, 0) + 1
        result.append(k if seen[k] == 1 else f"{k}-{seen[k]}")
    return result


# --------------------------------------------------------------------------- the stage


def organisation_mentions(extraction: Extraction) -> Iterator[OrganisationMention]:
    """Every organisation mention of the release, in text order of first mention."""
    found: list[OrganisationMention] = []  # the same mention may come from several places
    for meeting in extraction.meetings:
        found.extend(meeting.participants)
        for visit in meeting.visits:
            if visit.organisation.strip():  # the place or organisation visited
                found.append(OrganisationMention(name=visit.organisation, span=visit.span))
            if visit.arranged_by is not None:
                found.append(visit.arranged_by)
        for outcome in meeting.outcomes:
            found.extend(outcome.parties)
    for post in _post_mentions(extraction):
        if post.organisation is not None:
            found.append(post.organisation)
    yield from sorted(dict.fromkeys(found), key=lambda m: (m.span.start, m.span.end, m.name))


def _people(extraction: Extraction) -> list[PersonMention]:
    people = list(extraction.people)
    for meeting in extraction.meetings:
        people.extend(role.person for role in meeting.roles)
    people.extend(s.speaker for s in extraction.statements if s.speaker is not None)
    return people


def _post_mentions(extraction: Extraction) -> list[PostMention]:
    return [post for person in _people(extraction) for post in person.posts]


def split_posts(title: str) -> tuple[str, ...]:
    """Several posts printed as one ("A; B", "甲；乙"), each on its own."""
    return tuple(p for p in _POST_SEPARATORS.split(title) if p.strip())


def resolve(extraction: Extraction) -> ResolvedRelease:
    release = _Release.of(extraction)
    release_id = release.release_id

    bodies: list[Ref | None] = []
    for meeting in extraction.meetings:
        offset = (meeting.body_span or meeting.span).start
        body = resolve_body(meeting.body, release, offset) if meeting.body else None
        if body is not None and meeting.body:
            release.seen.append((offset, meeting.body, body))
        bodies.append(body)

    organisations: dict[str, Ref] = {}
    for mention in organisation_mentions(extraction):
        ref = resolve_organisation(mention, release)
        release.seen.append((mention.span.start, mention.name, ref))
        for surface in (mention.name, *mention.mentions, mention.acronym):
            if surface:
                organisations.setdefault(surface, ref)

    posts: dict[str, Ref] = {}
    for post in _post_mentions(extraction):
        if post.title not in posts:
            posts[post.title] = with_parent(resolve_post(post, release))

    people: dict[str, Ref] = {}
    for person in _people(extraction):
        ref = resolve_person(person, release)
        if ref is not None and person.name:
            people.setdefault(person.name, ref)

    meetings = []
    for index, (meeting, body) in enumerate(zip(extraction.meetings, bodies, strict=True)):
        session = meeting_session(meeting, release)
        series = resolve_series(body, session, release) if body else None
        place = resolve_place(meeting.location, release.language) if meeting.location else None
        meetings.append((meeting, meeting_key(meeting, body, place, release, index),
                         body, series, place))
    keys = _unique([m[1] for m in meetings])

    return ResolvedRelease(
        extraction=extraction,
        release_key=release_id,
        meetings=tuple(ResolvedMeeting(meeting=m, key=k, body=b, series=s, place=p)
                       for (m, _, b, s, p), k in zip(meetings, keys, strict=True)),
        organisations=tuple(sorted(organisations.items())),
        people=tuple(sorted(people.items())),
        posts=tuple(sorted(posts.items())),
    )
