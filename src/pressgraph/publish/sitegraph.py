"""The union graph of a publication, indexed for page generation.

Built once from the published (text-mode filtered) graph plus the publication's own
description. Knows which IRIs get a page (things under ``{base}id/`` that appear as a
subject and are not evidence nodes), the labels of everything, and the links in both
directions. Every list it returns is sorted, so pages come out byte-identical.
"""

from __future__ import annotations

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
        """Evidence nodes are described inside the pages that cite them."""
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
        derived = self._participation_label(iri, language, _depth) if _depth < 2 else None
        return derived or short_name(str(iri))

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
