"""The stages wired together for one release; no printing, no exit codes.

``process`` runs read -> parse -> extract -> resolve -> map -> validate for one input
and returns either a :class:`Processed` result or a :class:`Failure` naming the stage,
so that one bad file never stops a batch.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
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
from pressgraph.resolve import resolve
from pressgraph.shacl_fast import FastValidator, UnsupportedShapes
from pressgraph.validate import (
    ValidationResult,
    ontology_graph,
    shapes_graph,
    validate,
    with_context,
)


@dataclass(frozen=True)
class Processed:
    source: str
    resolved: ResolvedRelease
    mapped: MappedRelease
    validation: ValidationResult | None  # None when validation was skipped
    warnings: tuple[str, ...] = ()

    @property
    def conforms(self) -> bool:
        return self.validation is None or self.validation.conforms


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
    releases: int = 0
    meetings: int = 0
    triples: int = 0
    not_conforming: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


#: Outside ``extract/``, the modules and word lists that decide which facts a text gives:
#: how a page is cut into title, dateline and blocks, and how a script is recognised.
_RULE_FILES = ("parse.py", "htmltext.py", "chinese_script.py",
               "data/page_furniture.txt", "data/zh_script_pairs.txt")


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
    return digest.hexdigest()[:12]


def _digest_tree(directory: Traversable, prefix: str, digest: "hashlib._Hash") -> None:
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
    except UnsupportedShapes as exc:
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


def process(ref: InputRef, options: MapOptions, *, validate_graph: bool = True,
            validator: Validator = "fast") -> Processed:
    """Run every stage for one input. Raises :class:`PressgraphError` subclasses."""
    return process_source(read(ref), options, validate_graph=validate_graph, validator=validator)


def process_source(source: SourceText, options: MapOptions, *, validate_graph: bool = True,
                   validator: Validator = "fast") -> Processed:
    """Run every stage after reading: parse, extract, resolve, map, validate."""
    parsed = parse(source)
    extraction = extract(parsed)
    resolved = resolve(extraction)
    mapped = map_release(resolved, options)
    validation = check_graph(mapped, validator) if validate_graph else None
    warnings = tuple(dict.fromkeys(parsed.warnings + extraction.warnings + resolved.warnings
                                   + mapped.warnings))
    return Processed(source.source, resolved, mapped, validation, warnings)


def process_all(
    refs: Iterable[InputRef], options: MapOptions, *, validate_graph: bool = True
) -> Iterator[Processed | Failure]:
    """Process inputs in order; a failing input yields a :class:`Failure` and the rest go on."""
    for ref in refs:
        try:
            yield process(ref, options, validate_graph=validate_graph)
        except Exception as exc:  # one bad input (or a bug it reveals) never stops the batch
            yield Failure.of(ref.source, exc)
