"""Where the daily indexes and the releases of each language are (``data/sources.toml``)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from pressgraph.errors import ResourceError, UsageError
from pressgraph.manifest import check_language, check_source_url
from pressgraph.model import Language

SOURCES_FILE = "harvest/data/sources.toml"
LANGUAGES: tuple[Language, ...] = ("en", "zh-Hant", "zh-Hans")


@dataclass(frozen=True)
class Source:
    """One language's daily index and releases."""

    language: Language
    site: str  # scheme://host[/prefix], no trailing slash
    index_path: str
    release_path: str

    def index_url(self, day: date) -> str:
        return self.site + self.index_path.format(yyyymm=f"{day:%Y%m}", dd=f"{day:%d}")

    def release_url(self, yyyymm: str, dd: str, release_id: str) -> str:
        return self.site + self.release_path.format(yyyymm=yyyymm, dd=dd, id=release_id)


@dataclass(frozen=True)
class Sources:
    by_language: dict[Language, Source]
    release_link: re.Pattern[str]

    def __getitem__(self, language: Language) -> Source:
        return self.by_language[language]


@cache
def _config() -> dict:
    where = f"pressgraph/{SOURCES_FILE}"
    try:
        text = resources.files("pressgraph").joinpath(SOURCES_FILE).read_text("utf-8")
        return tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ResourceError(f"cannot read the harvest sources: {exc}", source=where) from exc


def load_sources(*, site: str | None = None, mirror: str | None = None) -> Sources:
    """The sources of ``data/sources.toml``, with its sites replaced where given."""
    config = _config()
    sites = dict(config["sites"])
    if site:
        sites["info"] = check_source_url(site, source="--site")
    if mirror:
        sites["mirror"] = check_source_url(mirror, source="--mirror")
    by_language: dict[Language, Source] = {}
    for language in LANGUAGES:
        entry = config["languages"][language]
        by_language[language] = Source(language, sites[entry["site"]].rstrip("/"),
                                       entry["index"], entry["release"])
    return Sources(by_language, re.compile(config["links"]["release"]))


def parse_languages(text: str) -> tuple[Language, ...]:
    """``"en,zh-Hant"`` -> ``("en", "zh-Hant")``, each once, in the order given."""
    chosen: list[Language] = []
    for part in text.split(","):
        if not part.strip():
            continue
        language = check_language(part, source="--lang")
        if language not in chosen:
            chosen.append(language)
    if not chosen:
        raise UsageError("--lang names no language; expected e.g. en,zh-Hant,zh-Hans")
    return tuple(chosen)
