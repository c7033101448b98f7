"""``pressgraph publish``: the graph as a static linked-open-data site.

Modules: :mod:`.paths` (the one IRI-to-path rule), :mod:`.textmode` (licence modes),
:mod:`.sitegraph` (the indexed graph), :mod:`.pages` and :mod:`.svg` (HTML and charts),
:mod:`.documents` (per-thing RDF), :mod:`.dataset` (VoID/DCAT), :mod:`.vocabdoc` (ontology and
shapes documentation), :mod:`.conneg` (nginx/Apache), :mod:`.site` (the whole site).
"""

from __future__ import annotations

from pressgraph.publish.config import TEXT_MODES, PublishOptions, TextMode
from pressgraph.publish.site import SiteReport, build_files, build_site

__all__ = ["TEXT_MODES", "PublishOptions", "SiteReport", "TextMode", "build_files",
           "build_site"]
