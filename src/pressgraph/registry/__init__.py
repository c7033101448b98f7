"""The curated registry: organisations, standing bodies, posts, places and changes, as data.

Loaded once per process from the CSV files beside this module (README.md there says where
each part comes from). Every entry's natural key is fixed in the data, never derived from a
label, so that editing a label never changes an IRI.

Two kinds of use:

* lookups by name in any language (``find_organisation``, ``find_body``, ``find_post``,
  ``find_place``, ``find_session``, ``find_role``, ``split_chinese_title``,
  ``find_people``), used by the resolve stage;
* plain records of the whole registry (``organisations()``, ``bodies()``, ``posts()``,
  ``places()``, ``venues()``, ``changes()``, ``sources()``), for publishing the registry
  graph.

The registry is four modules, each importing only those before it: ``names`` (the forms
names are compared in), ``entries`` (the records), ``load`` (the CSV files read and
checked) and ``lookup`` (indexes and ``find_*``); every name is importable from here.
"""

from __future__ import annotations

from pressgraph.registry.entries import (
    Body,
    Change,
    Labels,
    Organisation,
    Person,
    Place,
    Post,
    Role,
    Session,
    Source,
    Tenure,
)
from pressgraph.registry.load import (
    DATA_FILES,
    GAZETTEER_PACKAGES,
    Record,
    _tenure,
    bodies,
    changes,
    org_path,
    organisations,
    people,
    places,
    posts,
    qualifiers,
    records,
    roles,
    sessions,
    sources,
    venues,
    version,
)
from pressgraph.registry.lookup import (
    entry,
    find_body,
    find_government_of,
    find_organisation,
    find_organisation_by_portfolio,
    find_people,
    find_place,
    find_post,
    find_role,
    find_session,
    find_venue,
    person,
    session,
    split_chinese_title,
)
from pressgraph.registry.names import is_chinese, lookup_key, normalise_name, strip_brackets

__all__ = [
    "DATA_FILES", "GAZETTEER_PACKAGES", "Body", "Change", "Labels", "Organisation", "Person",
    "Place", "Post", "Record", "Role", "Session", "Source", "Tenure", "_tenure", "bodies",
    "changes", "entry", "find_body", "find_organisation", "find_organisation_by_portfolio",
    "find_government_of", "find_people", "find_place", "find_post", "find_role", "find_session",
    "find_venue",
    "is_chinese", "lookup_key", "normalise_name", "org_path", "organisations", "people",
    "person", "places", "posts", "qualifiers", "records", "roles", "session", "sessions",
    "sources", "split_chinese_title", "strip_brackets", "venues", "version",
]
