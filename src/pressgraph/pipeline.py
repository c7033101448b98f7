"""The stages wired together for one release; no printing, no exit codes.

``process`` runs read -> parse -> extract -> resolve -> map -> validate for one input
and returns either a :class:`Processed` result or a :class:`Failure` naming the stage,
so that one bad file never stops a batch.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata as importlib_metadata
from importlib import resources as importlib_resources
from importlib.resources.abc import Traversable
from typing import Literal

from pressgraph import __version__, registry, resources
from pressgraph.errors import PressgraphError
from pressgraph.extract import extract
from pressgraph.iri import Minter
from pressgraph.mapper import MapOptions, MappedRelease, map_release
from pressgraph.model import ResolvedRelease, SourceText
from pressgraph.parse import parse
from pressgraph.reader import InputRef, read
from pressgraph.repair import Outcome, Rejection, refusal_rejections, repair
from pressgraph.resolve import resolve
from pressgraph.shacl_fast import FastValidator, UnsupportedShapesError
from pressgraph.triples import TripleSet
from pressgraph.validate import (
    ValidationResult,
    ontology_graph,
    shapes_graph,
    validate,
    with_context,
)
from pressgraph.vocab import PG, RDF


@dataclass(frozen=True)
class Processed:
    """One release through every stage. ``mapped`` is what is written: the release graph,
    less the facts taken out when it was written in part (see :mod:`pressgraph.repair`)."""

    source: str
    resolved: ResolvedRelease
    mapped: MappedRelease
    validation: ValidationResult | None  # None when validation was skipped
    warnings: tuple[str, ...] = ()
    rejections: tuple[Rejection, ...] = ()  # facts taken out, or why the release was refused

    @property
    def conforms(self) -> bool:
        return self.validation is None or self.validation.conforms

    @property
    def partial(self) -> bool:
        """Written, but without some facts that broke a shape."""
        return self.conforms and bool(self.rejections)

    def reject_records(self) -> tuple[dict[str, object], ...]:
        """The rejects-file lines of this release (without the input's name)."""
        outcome: Outcome = "removed" if self.conforms else "refused"
        return tuple(r.record(self.mapped.release_iri, outcome) for r in self.rejections)


@dataclass(frozen=True)
class Failure:
    source: str
    stage: str  # "read", "parse", ... or "internal" for a bug
    error: str  # the error class name
    message: str

    @property
    def internal(self) -> bool:
        return self.stage == "internal"

    @classmethod
    def of(cls, source: str, exc: Exception) -> Failure:
        """A pressgraph error as it is; any other exception reported as a bug."""
        if isinstance(exc, PressgraphError):  # the report names the input: say it once
            return cls(source, exc.stage, type(exc).__name__, exc.detail(source))
        return cls(source, "internal", type(exc).__name__,
                   f"internal error ({type(exc).__name__}: {exc}); "
                   "please report it with this input")


@dataclass
class Summary:
    releases: int = 0  # written, whole or in part
    meetings: int = 0
    triples: int = 0  # distinct triples written (export)
    quads: int = 0  # statements in the release graphs (export; what TriG and N-Quads write)
    not_conforming: list[str] = field(default_factory=list)  # refused whole
    partial: list[str] = field(default_factory=list)  # written without some facts
    failures: list[Failure] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


#: Outside ``extract/``, the modules and word lists that decide which facts a text gives:
#: how a page is cut into title, dateline and blocks, what its URL says, and how a script
#: is recognised.
_RULE_FILES = ("parse.py", "page.py", "page_credits.py", "dateforms.py", "release_url.py",
               "htmltext.py", "chinese_script.py", "data/page_furniture.txt",
               "data/page_bylines.txt", "data/page_credits.txt", "data/page_counters.txt",
               "data/page_site_suffixes.txt", "data/release_url_dates.txt",
               "data/zh_script_pairs.txt")
#: Packages whose data the rules read: OpenCC folds Simplified characters the pairs lack.
_RULE_PACKAGES = ("opencc",)


@cache
def rules_version() -> str:
    """A digest of the extraction rules and their word lists: changes whenever a rule or
    a lexicon entry changes (``extract/`` and the parsing rules in ``_RULE_FILES``)."""
    return rules_digest(_RULE_FILES)


def rules_digest(rule_files: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    _digest_tree(importlib_resources.files("pressgraph.extract"), "", digest)
    package = importlib_resources.files("pressgraph")
    for name in rule_files:
        digest.update(f"pressgraph/{name}".encode() + b"\0")
        digest.update(package.joinpath(name).read_bytes())
    for dependency in _RULE_PACKAGES:  # their tables decide what the rules read
        digest.update(f"{dependency} {importlib_metadata.version(dependency)}".encode() + b"\0")
    return digest.hexdigest()[:12]


def _digest_tree(directory: Traversable, prefix: str, digest: hashlib._Hash) -> None:
    for entry in sorted(directory.iterdir(), key=lambda e: e.name):
        name = f"{prefix}{entry.name}"
        if entry.is_dir():
            if not entry.name.startswith(("_", ".")):
                _digest_tree(entry, f"{name}/", digest)
        elif not entry.name.endswith((".pyc", ".pyo")):
            digest.update(name.encode() + b"\0")
            digest.update(entry.read_bytes())


def component_versions() -> tuple[tuple[str, str], ...]:
    """Versions recorded in every graph's provenance (no wall-clock time)."""
    return (
        ("pressgraph", __version__),
        ("ontology", resources.version_of("ontology", resources.ONTOLOGY_FILE)),
        ("shapes", resources.version_of("shapes", resources.SHAPES_FILE)),
        ("rules", rules_version()),
        ("registry", registry.version()),
    )


def map_options(base: str, *, evidence: bool = True) -> MapOptions:
    return MapOptions(minter=Minter(base), versions=component_versions(), evidence=evidence)


Validator = Literal["fast", "pyshacl"]


@cache
def _fast_validator() -> FastValidator | None:
    try:
        return FastValidator(shapes_graph(), ontology_graph())
    except UnsupportedShapesError as exc:
        logging.getLogger("pressgraph").warning(
            "the shapes use a feature the fast validator lacks (%s); using pySHACL", exc)
        return None


def check_graph(mapped: MappedRelease, validator: Validator = "fast") -> ValidationResult:
    """SHACL-validate one release graph: the compiled validator (checked against pySHACL
    by the tests) on the bulk path, or pySHACL itself, the reference."""
    if validator == "fast":
        fast = _fast_validator()
        if fast is not None:
            result = fast.validate_triples(mapped.triples)
            return result if result.conforms else with_context(result, mapped.graph)
    return validate(mapped.graph)


def check_triples(triples: TripleSet, validator: Validator = "fast") -> ValidationResult:
    """:func:`check_graph` for bare statements (what is left of a release graph)."""
    fast = _fast_validator() if validator == "fast" else None
    if fast is not None:
        return fast.validate_triples(triples)
    return validate(triples.to_graph())


def gate(mapped: MappedRelease, validator: Validator = "fast", *, strict: bool = True
         ) -> tuple[MappedRelease, ValidationResult, tuple[Rejection, ...]]:
    """Validate a release graph. ``strict``: one broken shape refuses the release whole;
    otherwise the facts that break shapes are taken out and the rest is kept, unless the
    release node itself cannot stay. Returns what to write, its validation (the first,
    failing one when the release is refused) and what was taken out or refused it."""
    result = check_graph(mapped, validator)
    if result.conforms:
        return mapped, result, ()
    if strict:
        return mapped, result, refusal_rejections(mapped.triples, result)
    repaired = repair(mapped.triples, result, lambda t: check_triples(t, validator),
                      protected=(mapped.release_iri, mapped.graph_iri))
    if repaired.triples is None:
        return mapped, repaired.validation, repaired.rejections
    return _shrunk(mapped, repaired.triples), repaired.validation, repaired.rejections


def _shrunk(mapped: MappedRelease, kept: TripleSet) -> MappedRelease:
    """The release graph with only ``kept``; meetings taken out no longer count."""
    lost = sum(1 for t in mapped.triples if t[1] == RDF.type and t[2] == PG.Meeting
               and t not in kept)
    return dataclasses.replace(mapped, triples=kept, meetings=max(0, mapped.meetings - lost))


def process(ref: InputRef, options: MapOptions, *, validate_graph: bool = True,
            validator: Validator = "fast", strict: bool = True) -> Processed:
    """Run every stage for one input. Raises :class:`PressgraphError` subclasses."""
    return process_source(read(ref), options, validate_graph=validate_graph, validator=validator,
                          strict=strict)


def process_source(source: SourceText, options: MapOptions, *, validate_graph: bool = True,
                   validator: Validator = "fast", strict: bool = True) -> Processed:
    """Run every stage after reading: parse, extract, resolve, map, validate (see
    :func:`gate` for ``strict``)."""
    parsed = parse(source)
    extraction = extract(parsed)
    resolved = resolve(extraction)
    mapped = map_release(resolved, options)
    validation: ValidationResult | None = None
    rejections: tuple[Rejection, ...] = ()
    if validate_graph:
        mapped, validation, rejections = gate(mapped, validator, strict=strict)
    warnings = tuple(dict.fromkeys(parsed.warnings + extraction.warnings + resolved.warnings
                                   + mapped.warnings))
    return Processed(source.source, resolved, mapped, validation, warnings, rejections)


def process_all(
    refs: Iterable[InputRef], options: MapOptions, *, validate_graph: bool = True
) -> Iterator[Processed | Failure]:
    """Process inputs in order; a failing input yields a :class:`Failure` and the rest go on."""
    for ref in refs:
        try:
            yield process(ref, options, validate_graph=validate_graph)
        except Exception as exc:  # one bad input (or a bug it reveals) never stops the batch
            yield Failure.of(ref.source, exc)
