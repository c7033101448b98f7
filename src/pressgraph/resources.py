"""Access to the data files that ship with pressgraph.

The ontology, shapes and queries live at the top of the repository (``ontology/``,
``shapes/``, ``queries/``) where people read them; a built wheel carries them inside the
package as ``pressgraph/_data/<kind>/``. Both layouts are found through
:mod:`importlib.resources`, so an installed (non-editable) wheel needs no source tree.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from pressgraph.errors import ResourceError

Kind = Literal["ontology", "shapes", "queries"]

ONTOLOGY_FILE = "pressgraph.ttl"
SHAPES_FILE = "pressgraph.shacl.ttl"
JSONLD_CONTEXT_FILE = "context.jsonld"


def data_dir(kind: Kind) -> Traversable:
    """The directory holding one kind of data file, packaged or in the source tree."""
    packaged = resources.files("pressgraph").joinpath("_data", kind)
    if packaged.is_dir():
        return packaged
    source_tree = Path(__file__).resolve().parents[2] / kind
    if source_tree.is_dir():
        return source_tree
    raise ResourceError(f"pressgraph's {kind}/ directory is missing from this installation; "
                        "reinstall pressgraph")


def read_text(kind: Kind, name: str) -> str:
    entry = data_dir(kind).joinpath(name)
    if not entry.is_file():
        raise ResourceError(f"{kind}/{name} is missing from this installation")
    return entry.read_text(encoding="utf-8")


def list_names(kind: Kind, suffix: str) -> list[str]:
    return sorted(e.name for e in data_dir(kind).iterdir() if e.name.endswith(suffix))


def query_text(name: str) -> str:
    """A SPARQL query shipped in ``queries/`` by file name (``meetings.rq``) or stem."""
    return read_text("queries", name if name.endswith(".rq") else f"{name}.rq")


@cache
def version_of(kind: Kind, name: str) -> str:
    """A short content digest of a data file: changes whenever the file changes."""
    return hashlib.sha256(read_text(kind, name).encode("utf-8")).hexdigest()[:12]
