"""What a meeting page shows above its facts: what the meeting is (body, ordinal, date,
place, the releases that report it), its agenda, and who attended, each person once.

A release reports a post-holder twice over: the post takes part in the meeting (a
participation with a role: convenor, co-chair...) and the person is an attendee who holds
that post (a dated membership, with the organisation as the release words it). The page
joins them: one line per person with post, organisation and role, on the side the
participation states or, when it states none, the side of the post's organisation.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from pressgraph.publish.markup import Markup, join, tag
from pressgraph.publish.sitegraph import day_text, meeting_body
from pressgraph.publish.svg import Attendee, sides

if TYPE_CHECKING:
    from pressgraph.publish.pages import PageBuilder

UNSTATED = "Side not stated"


@dataclass
class _Entry:
    """One line of 'Who attended': a person (or an agency, or a post nobody is named for)."""

    thing: URIRef
    name: str
    href: str | None
    side: str | None = None
    posts: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)

    def detail(self) -> str:
        """'Commissioner for Digital Policy, Digital Policy Office' (an organisation the
        post's title already names is not repeated)."""
        parts = self.posts + [o for o in self.organisations
                              if not any(o in post for post in self.posts)]
        return ", ".join(dict.fromkeys(parts))

    def role_text(self) -> str:
        return f"({', '.join(dict.fromkeys(self.roles))})" if self.roles else ""


class MeetingViews:
    def __init__(self, builder: PageBuilder):
        self.b = builder
        self.site = builder.site
        self.v = builder.views

    # ------------------------------------------------------------------ summary

    def summary(self, here: PurePosixPath, meeting: URIRef) -> Markup:
        """Body, ordinal, date and place, and the releases that report the meeting."""
        site, v = self.site, self.v
        rows: list[tuple[str, object]] = []
        body = meeting_body(site, meeting)
        if isinstance(body, URIRef):
            rows.append(("Body", self.b.link(here, body)))
        ordinal = site.value(meeting, v["ordinal"])
        if ordinal is not None:
            rows.append(("Ordinal", str(ordinal)))
        day = site.value(meeting, v["start_date"])
        if day is not None:
            rows.append(("Date", day_text(str(day), "en")))
        place = site.value(meeting, v["location"])
        if isinstance(place, URIRef):
            rows.append(("Place", self.b.link(here, place)))
        releases = self.releases(meeting)
        if releases:
            rows.append(("Reported by", join([tag("div", self.b.link(here, r))
                                              for r in releases])))
        return tag("table", [tag("tr", tag("th", name, scope="row"), tag("td", value))
                             for name, value in rows], class_="summary") if rows else Markup("")

    def releases(self, meeting: URIRef) -> list[URIRef]:
        found = set(self.site.subjects(self.v["about"], meeting))
        return sorted((r for r in found if self.site.has_page(r)), key=str)

    # ------------------------------------------------------------------ agenda

    def agenda(self, here: PurePosixPath, meeting: URIRef) -> Markup:
        items = [i for i in self.site.values(meeting, self.v["agenda_item"])
                 if isinstance(i, URIRef)]
        if not items:
            return Markup("")

        def position(item: URIRef) -> tuple[int, str]:
            value = self.site.value(item, self.v["position"])
            try:
                return int(str(value)), str(item)
            except ValueError:
                return 1 << 30, str(item)

        # One list per report: each release lists the agenda in its own words and language.
        reports: dict[str, list[URIRef]] = defaultdict(list)
        for item in items:
            reports[str(item).rsplit("/agenda/", 1)[0]].append(item)
        lists = []
        for report in sorted(reports):
            rows = [tag("li", self.site.label(item), id=self.b.anchor(item))
                    for item in sorted(reports[report], key=position)]
            lists.append(tag("ol", rows, class_="agenda", lang=self._language(reports[report])))
        return join([tag("h2", "Agenda"), *lists])

    def _language(self, items: list[URIRef]) -> str | None:
        """The language an agenda is worded in (its items' labels')."""
        for item in items:
            for label in self.site.values(item, RDFS.label):
                if isinstance(label, Literal) and label.language:
                    return str(label.language)
        return None

    # ------------------------------------------------------------------ attendees

    def attendees(self, here: PurePosixPath, meeting: URIRef) -> Markup:
        entries = self._entries(here, meeting)
        if not entries:
            return Markup("")
        by_side: dict[str, list[_Entry]] = defaultdict(list)
        for entry in entries.values():
            by_side[entry.side or UNSTATED].append(entry)
        order = sorted(by_side, key=lambda s: (s == UNSTATED, s))
        groups = [(side, sorted(by_side[side], key=lambda e: (e.name, str(e.thing))))
                  for side in order]
        sections = []
        for side, people in groups:
            items = []
            for e in people:
                name = tag("a", e.name, href=e.href) if e.href else e.name
                detail = tag("span", f" — {e.detail()}", class_="post") if e.detail() else None
                role = f" {e.role_text()}" if e.roles else None
                # the first anchor on the line, the others on empty spans, so that every
                # participation's IRI has its place on the page
                extra = [tag("span", "", id=a) for a in e.anchors[1:]]
                items.append(tag("li", name, detail, role, *extra,
                                 id=e.anchors[0] if e.anchors else None))
            sections.append(tag("section", tag("h3", side), tag("ul", items), class_="side"))
        drawn = [(side, [Attendee(e.name, e.role_text(), e.href, e.detail()) for e in people])
                 for side, people in groups]
        return join([tag("h2", "Who attended"),
                     sides(drawn, f"Who attended {self.site.label(meeting)}, by side"),
                     *sections])

    def _entries(self, here: PurePosixPath, meeting: URIRef) -> dict[URIRef, _Entry]:
        site, v = self.site, self.v
        releases = set(self.releases(meeting)) | {
            r for r in site.values(meeting, v["derived_from"]) if isinstance(r, URIRef)}
        memberships = self._memberships(releases)
        entries: dict[URIRef, _Entry] = {}
        org_sides: dict[URIRef, str] = {}
        participations = [p for p in site.values(meeting, v["has_participation"])
                          if isinstance(p, URIRef)]
        for participation in participations:  # the sides the agencies sat on
            participant = site.value(participation, v["participant"])
            side = site.value(participation, v["side"])
            if isinstance(participant, URIRef) and isinstance(side, URIRef):
                org_sides.setdefault(participant, site.label(side))
        for participation in participations:
            participant = site.value(participation, v["participant"])
            if not isinstance(participant, URIRef):
                continue
            holders = self._holders(participant, memberships) \
                if v["post_type"] in site.types(participant) else []
            for thing, membership in holders or [(participant, None)]:
                entry = self._entry(entries, here, thing)
                entry.anchors.append(self.b.anchor(participation))
                side = site.value(participation, v["side"])
                if isinstance(side, URIRef):
                    entry.side = entry.side or site.label(side)
                role = site.value(participation, v["role"])
                if isinstance(role, URIRef):
                    entry.roles.append(site.label(role))
                if membership is not None or v["post_type"] in site.types(participant):
                    self._add_post(entry, participant, membership, org_sides)
        for attendee in site.values(meeting, v["attendee"]):
            if not isinstance(attendee, URIRef) or attendee in entries:
                continue  # already there, with the post the person held
            entry = self._entry(entries, here, attendee)
            for post, membership in self._posts_of(attendee, memberships):
                self._add_post(entry, post, membership, org_sides)
            entry.side = entry.side or org_sides.get(attendee)
        return entries

    def _entry(self, entries: dict[URIRef, _Entry], here: PurePosixPath,
               thing: URIRef) -> _Entry:
        if thing not in entries:
            entries[thing] = _Entry(thing, self.site.label(thing), self.b.href(here, thing))
        return entries[thing]

    def _add_post(self, entry: _Entry, post: URIRef, membership: URIRef | None,
                  org_sides: dict[URIRef, str]) -> None:
        site, v = self.site, self.v
        title = site.value(membership, v["post_title"]) if membership is not None else None
        if entry.thing != post:
            entry.posts.append(str(title) if title is not None else site.label(post))
        organisations = [o for o in ((site.values(membership, v["organization"])
                                      if membership is not None else [])
                                     or site.values(post, v["post_in"]))
                         if isinstance(o, URIRef)]
        for organisation in organisations:
            entry.organisations.append(site.label(organisation))
            entry.side = entry.side or org_sides.get(organisation)

    def _memberships(self, releases: set[URIRef]) -> list[URIRef]:
        """The memberships (who held which post) the releases about this meeting report;
        a membership is dated by its release, which may come out the day after."""
        site = self.site
        return [m for m in site.subjects(RDF.type, self.v["membership_type"])
                if set(site.values(m, self.v["derived_from"])) & releases]

    def _holders(self, post: URIRef, memberships: list[URIRef]
                 ) -> list[tuple[URIRef, URIRef]]:
        """(person, membership) for each person the releases name as holding ``post``."""
        site, v = self.site, self.v
        held = []
        for membership in memberships:
            person = site.value(membership, v["member"])
            if site.value(membership, v["post"]) == post and isinstance(person, URIRef):
                held.append((person, membership))
        return sorted(set(held), key=lambda pair: (str(pair[0]), str(pair[1])))

    def _posts_of(self, person: URIRef, memberships: list[URIRef]
                  ) -> list[tuple[URIRef, URIRef]]:
        site, v = self.site, self.v
        held = []
        for membership in memberships:
            post = site.value(membership, v["post"])
            if site.value(membership, v["member"]) == person and isinstance(post, URIRef):
                held.append((post, membership))
        return sorted(set(held), key=lambda pair: (str(pair[0]), str(pair[1])))
