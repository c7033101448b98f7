"""The union graph of a publication, indexed for page generation.

Built once from the published (text-mode filtered) graph plus the publication's own
description. Knows which IRIs get a page (things under ``{base}id/`` that appear as a
subject and are neither evidence nodes nor parts of another thing: a meeting's
participations and agenda items, a person's memberships...), the labels of everything, and
the links in both directions. Every list it returns is sorted, so pages come out
byte-identical.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cached_property

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF

from pressgraph.publish.config import settings
from pressgraph.publish.paths import is_thing
from pressgraph.serialize import nt_term

Term = URIRef | Literal


def term_key(term: Term) -> str:
    return nt_term(term)


class SiteGraph:
    def __init__(self, graph: Graph, base: str, vocabulary: Graph | None = None):
        self.graph = graph
        self.base = base
        self.vocabulary = vocabulary if vocabulary is not None else Graph()
        config = settings()
        self.label_properties = [URIRef(p) for p in config["label_properties"]]
        self.languages: list[str] = config["label_languages"]
        self.folded_types = {URIRef(t) for t in config["folded_types"]}
        self.part_patterns = [re.compile(p) for p in config["part_patterns"]]
        self._vocabulary_cache: dict[URIRef, dict[URIRef, list[Term]]] = {}
        self.out: dict[URIRef, dict[URIRef, list[Term]]] = defaultdict(lambda: defaultdict(list))
        self.inc: dict[URIRef, dict[URIRef, list[URIRef]]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in graph:
            if isinstance(s, BNode) or isinstance(o, BNode):
                continue
            self.out[s][p].append(o)  # type: ignore[index]
            if isinstance(o, URIRef):
                self.inc[o][p].append(s)  # type: ignore[index]
        for predicates in self.out.values():
            for objects in predicates.values():
                objects.sort(key=term_key)
        for predicates in self.inc.values():
            for subjects in predicates.values():
                subjects.sort(key=str)

    # ------------------------------------------------------------------ pages

    @cached_property
    def pages(self) -> list[URIRef]:
        """Every thing that gets its own page, sorted by IRI."""
        return sorted((s for s in self.out if self.has_page(s)), key=str)

    def has_page(self, iri: Term) -> bool:
        return (isinstance(iri, URIRef) and iri in self.out and is_thing(str(iri), self.base)
                and not self.is_folded(iri))

    def is_folded(self, iri: URIRef) -> bool:
        """Evidence nodes and parts have no page: they are described with their owner."""
        return self.part_owner(iri) is not None or any(
            t in self.folded_types for t in self.types(iri))

    def part_owner(self, iri: URIRef) -> URIRef | None:
        """The thing a part (``part_patterns``) belongs to: a participation's meeting."""
        prefix = self.base + "id/"
        text = str(iri)
        if not text.startswith(prefix):
            return None
        for pattern in self.part_patterns:
            match = pattern.match(text[len(prefix):])
            if match:
                return URIRef(prefix + match.group(1))
        return None

    def is_evidence(self, iri: URIRef) -> bool:
        return any(t in self.folded_types for t in self.types(iri))

    # ------------------------------------------------------------------ values

    def values(self, subject: URIRef, predicate: URIRef) -> list[Term]:
        return self.out.get(subject, {}).get(predicate, [])

    def value(self, subject: URIRef, predicate: URIRef) -> Term | None:
        found = self.values(subject, predicate)
        return found[0] if found else None

    def subjects(self, predicate: URIRef, obj: URIRef) -> list[URIRef]:
        return self.inc.get(obj, {}).get(predicate, [])

    def types(self, subject: URIRef) -> list[URIRef]:
        return [t for t in self.values(subject, RDF.type) if isinstance(t, URIRef)]

    def instances(self, cls: URIRef) -> list[URIRef]:
        return [s for s in self.subjects(RDF.type, cls) if self.has_page(s)]

    # ------------------------------------------------------------------ labels

    def labels(self, iri: URIRef) -> dict[str, str]:
        """The best label per language (``en``, ``zh-Hant``, and ``""`` for untagged)."""
        found: dict[str, str] = {}
        for graph_out in (self.out.get(iri, {}), self._vocabulary_out(iri)):
            for prop in self.label_properties:
                for value in graph_out.get(prop, []):
                    if isinstance(value, Literal):
                        lang = _language_slot(value.language, self.languages)
                        found.setdefault(lang, str(value))
        return found

    def label(self, iri: URIRef, language: str = "en", _depth: int = 0) -> str:
        labels = self.labels(iri)
        for lang in (language, "", *self.languages):
            if labels.get(lang):
                return labels[lang]
        derived = self.derived_label(iri, language, _depth) if _depth < 2 else None
        return derived or short_name(str(iri))

    def display_labels(self, iri: URIRef) -> dict[str, str]:
        """:meth:`labels`, or for a thing without any, the label made from its facts in
        each page language (a meeting's body, ordinal, date and place)."""
        labels = self.labels(iri)
        if labels:
            return labels
        made = {lang: self.derived_label(iri, lang, 0) for lang in self.languages}
        return {lang: text for lang, text in made.items() if text}

    def derived_label(self, iri: URIRef, language: str, depth: int) -> str | None:
        """A label from the facts, for things the data leaves unlabelled: meetings
        (:func:`meeting_label`), participations and memberships."""
        views = settings()["views"]
        types = self.types(iri)
        if URIRef(views["meeting_type"]) in types:
            return meeting_label(self, iri, language, depth)
        if URIRef(views["membership_type"]) in types:
            parts = [self.value(iri, URIRef(views[k])) for k in ("member", "post")]
            names = [self.label(p, language, depth + 1) for p in parts if isinstance(p, URIRef)]
            return ", ".join(names) or None
        made = self._participation_label(iri, language, depth)
        tail = short_name(str(iri))
        if made is None and tail.isdigit() and self.part_owner(iri) is not None:
            kinds = [self.label(t, language, depth + 1) for t in types
                     if self.labels(t) or self._vocabulary_out(t)]
            if kinds:  # 'Visit 1' rather than '1'
                return f"{kinds[0][:1].upper()}{kinds[0][1:]} {tail}"
        return made

    def _participation_label(self, iri: URIRef, language: str, depth: int) -> str | None:
        """'Agency Alpha in 5th meeting of ...' for a participation without a label."""
        views = settings()["views"]
        participant = self.value(iri, URIRef(views["participant"]))
        if not isinstance(participant, URIRef):
            return None
        text = self.label(participant, language, depth + 1)
        events = self.subjects(URIRef(views["has_participation"]), iri)
        if events:
            text += f" in {self.label(events[0], language, depth + 1)}"
        return text

    def _vocabulary_out(self, iri: URIRef) -> dict[URIRef, list[Term]]:
        cached = self._vocabulary_cache.get(iri)
        if cached is not None:
            return cached
        result: dict[URIRef, list[Term]] = defaultdict(list)
        for p, o in self.vocabulary.predicate_objects(iri):
            result[p].append(o)  # type: ignore[index]
        for objects in result.values():
            objects.sort(key=term_key)
        self._vocabulary_cache[iri] = result
        return result


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def day_text(iso: str, language: str) -> str:
    """'9 October 2024' or '2024年10月9日' for an ISO date (the text itself otherwise)."""
    try:
        year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
        name = MONTHS[month - 1]
    except (ValueError, IndexError):
        return iso
    return f"{year}年{month}月{day}日" if language.startswith("zh") else f"{day} {name} {year}"


def meeting_body(site: SiteGraph, meeting: URIRef) -> object:
    """The meeting's body (or series); for a meeting keyed on its facts whose body the
    registry does not know, the body a release's mention of it names."""
    views = settings()["views"]
    organizer, series = URIRef(views["organizer"]), URIRef(views["super_event"])
    found = site.value(meeting, organizer) or site.value(meeting, series)
    if found is not None:
        return found
    for mention in sorted(site.subjects(URIRef(views["about"]), meeting), key=str):
        found = site.value(mention, organizer) or site.value(mention, series)
        if found is not None:
            return found
    return None


def meeting_label(site: SiteGraph, meeting: URIRef, language: str, depth: int = 0) -> str:
    """A meeting's label from its facts, for data that gives it none: '19th Meeting of the
    Hong Kong/Guangdong Expert Group on Co-operation in Informatisation, 9 October 2024'
    (its body or series, ordinal and date), or for a meeting of no standing body its kind,
    date and place ('Courtesy call, 14 June 2024, Beijing')."""
    from pressgraph.mapper import ordinal_text

    views = settings()["views"]
    zh = language.startswith("zh")
    body = meeting_body(site, meeting)
    ordinal = site.value(meeting, URIRef(views["ordinal"]))
    day = site.value(meeting, URIRef(views["start_date"]))
    place = site.value(meeting, URIRef(views["location"]))
    number = int(str(ordinal)) if ordinal is not None and str(ordinal).isdigit() else None
    parts: list[str] = []
    if isinstance(body, URIRef):
        name = site.label(body, language, depth + 1)
        if zh:
            parts.append(f"{name}{ordinal_text(number, language) if number else ''}會議")
        else:
            the = "" if name.lower().startswith("the ") else "the "
            head = f"{ordinal_text(number, 'en')} Meeting" if number else "Meeting"
            parts.append(f"{head} of {the}{name}")
    else:
        kind = site.value(meeting, URIRef(views["meeting_kind"]))
        parts.append("會議" if zh else (str(kind).capitalize() if kind else "Meeting"))
    if day is not None:
        parts.append(day_text(str(day), language))
    if isinstance(place, URIRef) and not isinstance(body, URIRef):
        parts.append(site.label(place, language, depth + 1))
    return ("，" if zh else ", ").join(parts)


def _language_slot(language: str | None, languages: list[str]) -> str:
    if not language:
        return ""
    lowered = language.lower()
    for lang in languages:
        if lowered == lang.lower():
            return lang
    if lowered.startswith("zh"):
        return "zh-Hant" if "zh-Hant" in languages and "hans" not in lowered else language
    if lowered.startswith("en"):
        return "en"
    return language


def short_name(iri: str) -> str:
    """The last path or fragment segment of an IRI, for a thing without a label."""
    tail = iri.rstrip("/#")
    for separator in ("#", "/"):
        if separator in tail:
            tail = tail.rsplit(separator, 1)[1]
    return tail or iri
