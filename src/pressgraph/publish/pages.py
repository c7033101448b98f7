"""HTML pages of a published site: one per thing, plus index pages.

Every link is relative, so a site works from any host, port, path or ``file://``. Text from
the graph is escaped by :mod:`pressgraph.publish.markup`; nothing here writes files.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePosixPath
from string import Template

from rdflib import URIRef
from rdflib.namespace import PROV, RDF, XSD

from pressgraph.iri import ONTOLOGY_NAMESPACE, slug
from pressgraph.publish.config import PublishOptions, package_text, settings
from pressgraph.publish.markup import Markup, escape, join, tag, void
from pressgraph.publish.meetings import MeetingViews
from pressgraph.publish.paths import document_iri, document_path, relative_href
from pressgraph.publish.sitegraph import SiteGraph, Term, short_name
from pressgraph.publish.svg import TimelinePoint, bars_by_year, timeline
from pressgraph.serialize import MEDIA_TYPES, Format, Prefixes

CSS_FILE = PurePosixPath("style.css")
HOME_FILE = PurePosixPath("index.html")
ONTOLOGY_FILE = PurePosixPath("def.html")
SHAPES_FILE = PurePosixPath("shapes/index.html")
BROWSE_FILE = PurePosixPath("browse/index.html")
BODIES_FILE = PurePosixPath("browse/bodies.html")
AGENCIES_FILE = PurePosixPath("browse/agencies.html")
MEETINGS_FILE = PurePosixPath("browse/meetings.html")
MACHINE_FORMATS: tuple[tuple[Format, str, str], ...] = (
    ("turtle", ".ttl", "Turtle"),)

# The language templates/page.html declares (<html lang="en">): a literal in it needs no
# lang attribute of its own.
PAGE_LANGUAGE = "en"

# The empty fragment: the default of a page's extra head content.
NO_MARKUP = Markup("")


def page_file(iri: str, base: str, suffix: str = ".html") -> PurePosixPath:
    """The site file of a thing's document in one format (see :mod:`.paths`)."""
    path = document_path(iri, base)
    return path.with_name(path.name + suffix)


def type_file(type_iri: URIRef, prefixes: Prefixes) -> PurePosixPath:
    return PurePosixPath("browse", "types", slug(prefixes.iri(str(type_iri)).strip("<>")) + ".html")


@dataclass(frozen=True)
class Attribution:
    rights_holder: URIRef
    source: str
    source_name: str
    rights: str


class PageBuilder:
    def __init__(self, site: SiteGraph, options: PublishOptions, prefixes: Prefixes,
                 attribution: Attribution, dataset: URIRef):
        self.site = site
        self.options = options
        self.base = options.base
        self.prefixes = prefixes
        self.attribution = attribution
        self.dataset = dataset
        self.template = Template(package_text("templates", "page.html"))
        config = settings()
        self.views: dict[str, URIRef] = {k: URIRef(v) for k, v in config["views"].items()
                                         if isinstance(v, str)}
        self.type_lists: dict[str, list[URIRef]] = {
            k: [URIRef(x) for x in v] for k, v in config["views"].items() if isinstance(v, list)}
        self.ev = {k: URIRef(v) for k, v in config["evidence"].items()}
        self.meeting_views = MeetingViews(self)
        self.owner: dict[URIRef, URIRef] = {}  # a part or evidence node -> its thing

    def anchor(self, part: URIRef) -> str:
        """The id of a part's place on its owner's page ('participation-convenor-...')."""
        owner = self.owner.get(part) or self.site.part_owner(part)
        tail = str(part)[len(str(owner)) + 1:] if owner else short_name(str(part))
        return slug(tail) or "part"

    # ------------------------------------------------------------------ links

    def href(self, here: PurePosixPath, iri: Term) -> str | None:
        """Where a link to ``iri`` goes from the page ``here`` (None: no link)."""
        if not isinstance(iri, URIRef):
            return None
        text = str(iri)
        if self.site.has_page(iri):
            return relative_href(here, page_file(text, self.base))
        owner = self.owner.get(iri) or self.site.part_owner(iri)
        if owner is not None and self.site.has_page(owner) and not self.site.is_evidence(iri):
            return relative_href(here, page_file(str(owner), self.base)) + "#" + self.anchor(iri)
        if text.startswith(ONTOLOGY_NAMESPACE) and (iri, None, None) in self.site.vocabulary:
            return relative_href(here, ONTOLOGY_FILE) + "#" + text[len(ONTOLOGY_NAMESPACE):]
        if text.startswith(self.base):
            return None  # under the base but without a page of its own: no dead links
        if text.startswith(("http://", "https://")):
            return text
        return None

    def link(self, here: PurePosixPath, iri: URIRef, text: str | None = None) -> Markup:
        label = text if text is not None else self.site.label(iri)
        target = self.href(here, iri)
        return tag("a", label, href=target) if target else tag("span", label, title=str(iri))

    def term_name(self, iri: URIRef) -> str:
        return self.prefixes.iri(str(iri)).strip("<>")

    def predicate_cell(self, here: PurePosixPath, predicate: URIRef) -> Markup:
        """The property's label, linked to its definition (whose address names the term in
        full; the prefixed name is in the page's Turtle document, not on every header)."""
        labels = self.site.labels(predicate)
        target = self.href(here, predicate)
        shown = labels.get("en") or labels.get("") or short_name(str(predicate))
        return tag("a", shown, href=target) if target else tag(
            "span", shown, title=self.term_name(predicate))

    def display_order(self, value: Term) -> tuple[str, str]:
        """Links in label order, literals in their data order (language, text)."""
        if isinstance(value, URIRef):
            return self.site.label(value).casefold(), str(value)
        return value.language or "", str(value)

    def value_cell(self, here: PurePosixPath, value: Term) -> Markup:
        if isinstance(value, URIRef):
            return self.link(here, value)
        if value.language and value.language != PAGE_LANGUAGE:
            return tag("span", str(value), lang=value.language)
        if value.datatype == XSD.anyURI and str(value).startswith(("http://", "https://")):
            return tag("a", str(value), href=str(value))
        return escape(str(value))

    # ------------------------------------------------------------------ page frame

    def frame(self, here: PurePosixPath, title: str, main: Markup, head: Markup = NO_MARKUP,
              sources: list[str] | None = None) -> str:
        nav = join([
            tag("a", "Bodies", href=relative_href(here, BODIES_FILE)), " ",
            tag("a", "Agencies", href=relative_href(here, AGENCIES_FILE)), " ",
            tag("a", "Meetings", href=relative_href(here, MEETINGS_FILE)), " ",
            tag("a", "Everything", href=relative_href(here, BROWSE_FILE)), " ",
            tag("a", "Ontology", href=relative_href(here, ONTOLOGY_FILE)), " ",
            tag("a", "Dataset", href=self.href(here, self.dataset) or "#"),
        ])
        return self.template.substitute(
            title=escape(title), css=escape(relative_href(here, CSS_FILE)), head=head,
            home=escape(relative_href(here, HOME_FILE)), nav=nav, main=main,
            footer=self.footer(here, sources or []),
        )

    def footer(self, here: PurePosixPath, sources: list[str]) -> Markup:
        a = self.attribution
        sources = [s for s in sources if s != a.source]
        rights = relative_href(here, HOME_FILE) + "#rights"
        return tag("p", "Source: ", tag("a", a.source_name, href=a.source),
                   *([" — this page: ", join([tag("a", s, href=s) for s in sources], ", ")]
                     if sources else []),
                   ". Release text © ", self.link(here, a.rights_holder), ", not openly "
                   "licensed (", tag("a", "rights", href=rights), "). Text mode: ",
                   tag("strong", self.options.text_mode), ". Licence: ",
                   tag("a", self.options.licence, href=self.options.licence)
                   if self.options.licence else "none given", ".")

    # ------------------------------------------------------------------ resource pages

    def resource_page(self, iri: URIRef, sources: list[str],
                      parts: list[URIRef] | None = None) -> str:
        here = page_file(str(iri), self.base)
        labels = self.site.display_labels(iri)
        title = labels.get("en") or labels.get("") or self.site.label(iri, "en")
        zh = labels.get("zh-Hant")
        head = join([
            *[void("link", rel="alternate", type=MEDIA_TYPES[fmt],
                   href=relative_href(here, page_file(str(iri), self.base, suffix)))
              for fmt, suffix, _name in MACHINE_FORMATS],
            void("link", rel="canonical", href=document_iri(str(iri), self.base)),
        ], "\n")
        types = self.site.types(iri)
        main: list[object] = [
            tag("h1", title, lang=None if labels.get("en") or labels.get("") or not zh
                else "zh-Hant"),
            tag("p", zh, lang="zh-Hant", class_="zh") if zh and zh != title else None,
            tag("p", tag("code", str(iri)), class_="iri"),
            tag("p", [tag("span", self.link(here, t), class_="type") for t in types],
                class_="types") if types else None,
            self.views_for(here, iri, types),
            tag("h2", "Facts"),
            self.facts_table(here, iri, self.shown_in_views(types)),
            self.details(here, iri, parts or []),
            self.incoming(here, iri),
            self.evidence(here, iri),
            tag("h2", "Machine-readable"),
            tag("p", [tag("a", name, href=relative_href(here, page_file(str(iri), self.base, sfx)),
                          type=MEDIA_TYPES[fmt])
                      for fmt, sfx, name in MACHINE_FORMATS], class_="formats"),
        ]
        return self.frame(here, title, join(main, "\n"), head, sources)

    def shown_in_views(self, types: list[URIRef]) -> set[URIRef]:
        """Predicates a page's views show already: a meeting's agenda and attendees."""
        v = self.views
        if v["meeting_type"] in types:
            return {v["agenda_item"], v["has_participation"], v["attendee"]}
        return set()

    def facts_table(self, here: PurePosixPath, iri: URIRef,
                    skip: set[URIRef] | None = None, page_thing: URIRef | None = None) -> Markup:
        """``iri``'s statements, one row a property. On the page of ``page_thing`` (a part's
        owner), a part's provenance is left out where it is that thing (the part is on its
        page) or a thing another row links already (a mention's release, its whole)."""
        rows = []
        statements = self.site.out.get(iri, {})
        for predicate in sorted(statements, key=str):
            if predicate in (RDF.type, self.ev["evidence"]) or predicate in (skip or ()):
                continue
            values = sorted(self.site.values(iri, predicate), key=self.display_order)
            if predicate == PROV.wasDerivedFrom:
                shown = {v for p, vs in statements.items() if p != predicate for v in vs}
                values = [v for v in values if v != (page_thing or iri) and v not in shown]
                if not values:
                    continue
            cells = [self.value_cell(here, v) for v in values]  # one value needs no box
            cell = cells[0] if len(cells) == 1 else join([tag("div", c) for c in cells])
            rows.append(tag("tr", tag("th", self.predicate_cell(here, predicate), scope="row"),
                            tag("td", cell)))
        return tag("table", rows, class_="facts") if rows else tag("p", "No facts.")

    def details(self, here: PurePosixPath, iri: URIRef, parts: list[URIRef]) -> Markup:
        """The thing's parts that no view shows (a person's memberships, a meeting's
        visits and outcomes), each with its facts, where links to it point."""
        shown = self.shown_in_views(self.site.types(iri))
        in_views = {o for p in shown for o in self.site.values(iri, p)}
        sections = [tag("section", tag("h3", self.site.label(part)),
                        self.facts_table(here, part, page_thing=iri), id=self.anchor(part),
                        class_="part")
                    for part in parts if part not in in_views and part in self.site.out
                    and not self.site.is_evidence(part)]
        return join([tag("h2", "Details"), *sections]) if sections else Markup("")

    def incoming(self, here: PurePosixPath, iri: URIRef) -> Markup:
        groups = []
        v = self.views
        in_views = {v["attendee"], v["participant"], v["organizer"], v["super_event"]} \
            if self.views_shown(iri) else set()  # the meetings it attended or organised
        for predicate in sorted(self.site.inc.get(iri, {}), key=str):
            if predicate in in_views:
                continue
            # a part links as the thing it belongs to (a participation as its meeting)
            linking = self.site.subjects(predicate, iri)
            if predicate == PROV.wasDerivedFrom:  # as in the facts: listed once, as a part
                linking = [s for s in linking if not any(
                    iri in values for p, values in self.site.out.get(s, {}).items()
                    if p != predicate)]
            subjects = list(dict.fromkeys(
                s if self.site.has_page(s) else self.owner.get(s) or self.site.part_owner(s)
                for s in linking))
            subjects = [s for s in subjects if s is not None and s != iri
                        and self.site.has_page(s)]
            if not subjects:
                continue
            items = [tag("li", self.link(here, s)) for s in
                     sorted(subjects, key=lambda s: (self.site.label(s), str(s)))]
            groups.append(join([tag("h3", "As ", self.predicate_cell(here, predicate), " of"),
                                tag("ul", items)]))
        return join([tag("h2", "Linked from"), *groups]) if groups else Markup("")

    def evidence(self, here: PurePosixPath, iri: URIRef) -> Markup:
        items = []
        positions: dict[URIRef, list[tuple[int, int]]] = {}  # without quotes: per release
        for span in self.site.values(iri, self.ev["evidence"]):
            if not isinstance(span, URIRef):
                continue
            release = self.site.value(span, self.ev["source"])
            quotes, start, end = [], None, None
            for selector in self.site.values(span, self.ev["selector"]):
                if not isinstance(selector, URIRef):
                    continue
                quotes += [str(q) for q in self.site.values(selector, self.ev["exact"])]
                if start is None:
                    start = self.site.value(selector, self.ev["start"])
                if end is None:
                    end = self.site.value(selector, self.ev["end"])
            if not quotes and isinstance(release, URIRef) and start is not None and end is not None:
                positions.setdefault(release, []).append((int(str(start)), int(str(end))))
                continue
            url = self.site.value(release, self.ev["url"]) if isinstance(release, URIRef) else None
            lang = self.site.value(release, URIRef("http://purl.org/dc/terms/language")) \
                if isinstance(release, URIRef) else None
            where = [f"characters {start}–{end} of " if start is not None else "in ",
                     self.link(here, release) if isinstance(release, URIRef) else "the release"]
            if url is not None:
                where += [" (", tag("a", "original release", href=str(url)), ")"]
            items.append(tag("li", [tag("blockquote", q, lang=str(lang) if lang else None)
                                    for q in quotes], tag("div", where, class_="muted")))
        for release, spans in sorted(positions.items(), key=lambda item: str(item[0])):
            url = self.site.value(release, self.ev["url"])
            where: list[object] = [
                "characters " + ", ".join(f"{s}–{e}" for s, e in sorted(set(spans))) + " of ",
                self.link(here, release)]
            if url is not None:
                where += [" (", tag("a", "original release", href=str(url)), ")"]
            items.append(tag("li", tag("div", where, class_="muted")))
        if not items:
            return Markup("")
        note = (None if self.options.text_mode != "facts" else
                tag("p", "Positions in the original release; no quotes in this text mode.",
                    class_="muted"))
        return join([tag("h2", "Evidence"), note, tag("ul", items, class_="evidence")])

    # ------------------------------------------------------------------ specialised views

    def views_for(self, here: PurePosixPath, iri: URIRef, types: list[URIRef]) -> Markup:
        v = self.views
        parts: list[Markup] = []
        if v["meeting_type"] in types:
            views = self.meeting_views
            parts += [views.summary(here, iri), views.agenda(here, iri),
                      views.attendees(here, iri)]
        if any(t in self.type_lists["body_types"] for t in types) or v["series_type"] in types:
            parts.append(self.body_timeline(here, iri))
        attended = self.attended_meetings(iri)
        if attended and v["meeting_type"] not in types:
            parts.append(self.meetings_over_years(here, iri, attended))
        return join(p for p in parts if p)

    def meeting_date(self, meeting: URIRef) -> str:
        value = self.site.value(meeting, self.views["start_date"])
        return str(value)[:10] if value is not None else ""

    def meeting_ordinal(self, meeting: URIRef) -> str:
        value = self.site.value(meeting, self.views["ordinal"])
        return f"No. {value}" if value is not None else ""

    def meeting_place(self, meeting: URIRef) -> str:
        place = self.site.value(meeting, self.views["location"])
        return self.site.label(place) if isinstance(place, URIRef) else ""

    def body_meetings(self, body: URIRef) -> list[URIRef]:
        v = self.views
        found = set(self.site.subjects(v["organizer"], body))
        found |= set(self.site.subjects(v["super_event"], body))
        return sorted((m for m in found if v["meeting_type"] in self.site.types(m)),
                      key=lambda m: (self.meeting_date(m), str(m)))

    def body_timeline(self, here: PurePosixPath, body: URIRef) -> Markup:
        meetings = self.body_meetings(body)
        if not meetings:
            return Markup("")
        points = [TimelinePoint(self.meeting_date(m), self.meeting_ordinal(m) or "meeting",
                                self.meeting_place(m), self.href(here, m)) for m in meetings]
        rows = [tag("tr", tag("td", self.meeting_ordinal(m)), tag("td", self.meeting_date(m)),
                    tag("td", self.meeting_place(m)), tag("td", self.link(here, m)))
                for m in meetings]
        return join([
            tag("h2", "Meetings"),
            timeline(points, f"Timeline of the meetings of {self.site.label(body)}"),
            tag("table", tag("tr", tag("th", "Ordinal"), tag("th", "Date"), tag("th", "Place"),
                             tag("th", "Meeting")), rows, class_="meetings"),
        ])

    def views_shown(self, iri: URIRef) -> bool:
        """Whether the page lists the meetings the thing attended or organised."""
        types = self.site.types(iri)
        if self.views["meeting_type"] in types:
            return False
        return bool(self.attended_meetings(iri) or self.body_meetings(iri))

    def attended_meetings(self, agent: URIRef) -> list[URIRef]:
        v = self.views
        found = set(self.site.subjects(v["attendee"], agent))
        for participation in self.site.subjects(v["participant"], agent):
            found |= set(self.site.subjects(v["has_participation"], participation))
        return sorted((m for m in found if self.site.has_page(m)),
                      key=lambda m: (self.meeting_date(m), str(m)))

    def meetings_over_years(self, here: PurePosixPath, agent: URIRef,
                            meetings: list[URIRef]) -> Markup:
        counts: dict[int, int] = defaultdict(int)
        for meeting in meetings:
            day = self.meeting_date(meeting)
            if day[:4].isdigit():
                counts[int(day[:4])] += 1
        items = [tag("li", self.meeting_date(m) or "undated", " ", self.link(here, m))
                 for m in meetings]
        return join([
            tag("h2", "Meetings attended"),
            bars_by_year(dict(counts), f"Meetings {self.site.label(agent)} attended, by year"),
            tag("ul", items, class_="attended"),
        ])

    # ------------------------------------------------------------------ index pages

    def listing(self, here: PurePosixPath, things: list[URIRef]) -> Markup:
        ordered = sorted(things, key=lambda t: (self.site.label(t).casefold(), str(t)))
        items = []
        for thing in ordered:
            zh = self.site.labels(thing).get("zh-Hant")
            items.append(tag("li", self.link(here, thing),
                             [" ", tag("span", zh, lang="zh-Hant")] if zh else None))
        return tag("ul", items) if items else tag("p", "None yet.")

    def typed(self, types: list[URIRef], exclude: list[URIRef] | None = None) -> list[URIRef]:
        found: set[URIRef] = set()
        for cls in types:
            found |= set(self.site.instances(cls))
        for cls in exclude or []:
            found -= set(self.site.instances(cls))
        return sorted(found, key=str)

    def bodies(self) -> list[URIRef]:
        return self.typed(self.type_lists["body_types"])

    def agencies(self) -> list[URIRef]:
        return self.typed(self.type_lists["agency_types"], self.type_lists["body_types"])

    def meetings(self) -> list[URIRef]:
        return self.typed([self.views["meeting_type"]])

    def bodies_page(self) -> str:
        here = BODIES_FILE
        v = self.views
        bodies = self.typed(self.type_lists["body_types"])
        series = self.typed([v["series_type"]])
        main = join([tag("h1", "Standing bodies"), self.listing(here, bodies),
                     tag("h2", "Meeting series"), self.listing(here, series)])
        return self.frame(here, "Standing bodies", main)

    def agencies_page(self) -> str:
        here = AGENCIES_FILE
        agencies = self.agencies()
        return self.frame(here, "Agencies", join([tag("h1", "Agencies"),
                                                  self.listing(here, agencies)]))

    def meetings_page(self) -> str:
        here = MEETINGS_FILE
        meetings = self.meetings()
        by_year: dict[str, list[URIRef]] = defaultdict(list)
        for meeting in meetings:
            year = self.meeting_date(meeting)[:4]
            by_year[year if year.isdigit() else "Undated"].append(meeting)
        years = sorted(by_year, key=lambda y: (not y.isdigit(), y))
        sections = [tag("p", [tag("a", y, href=f"#y{y}") for y in years], class_="formats")]
        for year in years:
            rows = [tag("li", self.meeting_date(m), " ", self.link(here, m))
                    for m in sorted(by_year[year], key=lambda m: (self.meeting_date(m), str(m)))]
            sections.append(join([tag("h2", year, id=f"y{year}"), tag("ul", rows)]))
        counts = {int(y): len(ms) for y, ms in by_year.items() if y.isdigit()}
        main = join([tag("h1", "Meetings by year"), bars_by_year(counts, "Meetings by year"),
                     *sections])
        return self.frame(here, "Meetings by year", main)

    def type_pages(self) -> dict[PurePosixPath, str]:
        """One page per class listing its instances, and the page listing the classes."""
        by_type: dict[URIRef, list[URIRef]] = defaultdict(list)
        untyped: list[URIRef] = []
        for thing in self.site.pages:
            types = self.site.types(thing)
            for cls in types:
                by_type[cls].append(thing)
            if not types:
                untyped.append(thing)
        pages: dict[PurePosixPath, str] = {}
        rows = []
        for cls in sorted(by_type, key=lambda c: self.term_name(c)):
            file = type_file(cls, self.prefixes)
            name = self.term_name(cls)
            main = join([tag("h1", self.site.label(cls)), tag("p", tag("code", name)),
                         self.listing(file, by_type[cls])])
            pages[file] = self.frame(file, f"{self.site.label(cls)} ({name})", main)
            rows.append(tag("li", tag("a", self.site.label(cls),
                                      href=relative_href(BROWSE_FILE, file)),
                            " ", tag("code", name), f" — {len(by_type[cls])}"))
        if untyped:
            rows.append(tag("li", "Without a type: ", self.listing(BROWSE_FILE, untyped)))
        main = join([tag("h1", "Everything, by type"),
                     tag("p", f"{len(self.site.pages)} resources have a page."),
                     tag("ul", rows)])
        pages[BROWSE_FILE] = self.frame(BROWSE_FILE, "Everything, by type", main)
        return pages

    def home_page(self, counts: dict[str, int], dumps: list[tuple[str, PurePosixPath]]) -> str:
        here = HOME_FILE
        main = join([
            tag("h1", self.options.title),
            tag("p", "Linked open data extracted from Hong Kong government press releases: "
                     "every meeting, standing body, agency, post, person and place has a page "
                     "here and a machine-readable description in Turtle; the downloads below hold "
                     "everything in Turtle, N-Triples, TriG, N-Quads and JSON-LD."),
            tag("ul", [tag("li", tag("a", label, href=relative_href(here, file)),
                           f" ({counts[key]})" if key in counts else None)
                       for label, file, key in (
                           ("Standing bodies", BODIES_FILE, "bodies"),
                           ("Agencies", AGENCIES_FILE, "agencies"),
                           ("Meetings by year", MEETINGS_FILE, "meetings"),
                           ("Everything, by type", BROWSE_FILE, "pages"),
                           ("Ontology", ONTOLOGY_FILE, None),
                           ("Shapes", SHAPES_FILE, None))]),
            tag("h2", "Dataset"),
            tag("p", "Description: ", self.link(here, self.dataset),
                " (VoID and DCAT). Downloads: ",
                join([tag("a", name, href=relative_href(here, file)) for name, file in dumps],
                     ", "), "."),
            tag("h2", "Rights", id="rights"),
            tag("p", self.attribution.rights, " Rights holder: ",
                self.link(here, self.attribution.rights_holder), "."),
        ])
        return self.frame(here, self.options.title, main)

