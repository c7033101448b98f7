"""One error hierarchy. Only the CLI turns these into exit codes.

Every error carries what a user needs to act: the input it concerns, the line when it
is known, and what was expected.
"""

from __future__ import annotations

import signal
from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, documented in README.md."""

    OK = 0  # written, and the graph conforms to the shapes
    NOT_CONFORMING = 1  # a release does not conform; nothing of it was written
    INPUT = 2  # unreadable input, bad usage, or some inputs of a batch failed
    INTERNAL = 3  # a bug or a broken installation (shapes, ontology)
    PARTIAL = 4  # written and conforms, but some releases without facts that broke a shape


class PressgraphError(Exception):
    """Base class of every error pressgraph raises on purpose."""

    exit_code: ExitCode = ExitCode.INTERNAL
    stage: str = "pressgraph"

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = self.source if self.line is None else f"{self.source}:{self.line}"
            where += ": "
        return f"{where}{self.message}"

    def detail(self, source: str) -> str:
        """The message for a report that already names ``source``: the input is named
        again only when it is another one (a member of an archive, a manifest)."""
        if self.source and self.source != source:
            return str(self)
        return self.message if self.line is None else f"line {self.line}: {self.message}"


class UsageError(PressgraphError):
    """The command line or a manifest asks for something impossible."""

    exit_code = ExitCode.INPUT
    stage = "usage"


class InputError(PressgraphError):
    """An input file cannot be read as a press release (empty, binary, bad encoding...)."""

    exit_code = ExitCode.INPUT
    stage = "read"


class ParseError(InputError):
    """The text was read but has none of the structure of a release (no title, ...)."""

    stage = "parse"


class ExtractionError(PressgraphError):
    """Extraction met a state its rules do not allow (a bug, reported with the input)."""

    stage = "extract"


class MappingError(PressgraphError):
    """The extracted facts cannot be expressed in the ontology (a bug)."""

    stage = "map"


class ResourceError(PressgraphError):
    """A shipped data file (ontology, shapes, queries, registry) is missing or broken."""

    stage = "resources"


class QueryError(PressgraphError):
    """A SPARQL query is malformed or cannot be answered."""

    exit_code = ExitCode.INPUT
    stage = "query"


class OutputError(PressgraphError):
    """The output cannot be written (unwritable path, disk full...)."""

    exit_code = ExitCode.INPUT
    stage = "write"


class OutputClosedError(OutputError):
    """The reader of the output went away (``pressgraph export -o - | head``): the command
    ends quietly, as a command in a pipe is expected to."""

    exit_code = ExitCode.OK


class StoreError(PressgraphError):
    """A triple store or SPARQL endpoint refused or failed a request."""

    exit_code = ExitCode.INPUT
    stage = "load"


class FetchError(PressgraphError):
    """A page could not be fetched from a web server (after the retries allowed)."""

    exit_code = ExitCode.INPUT
    stage = "fetch"


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP: the command stops as it does for Ctrl-C (workers stopped,
    temporary files removed, one line said) and exits with 128 + the signal's number."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


def interrupt_exit_code(exc: KeyboardInterrupt) -> int:
    """130 for Ctrl-C (SIGINT), 143 for SIGTERM, 129 for SIGHUP: what a shell expects."""
    return 128 + (exc.signum if isinstance(exc, Terminated) else int(signal.SIGINT))
