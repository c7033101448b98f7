"""Stage 4: bind every extracted mention to a natural key (registry entry or minted)."""

from __future__ import annotations

from pressgraph.model import Extraction, ResolvedRelease


def release_key(extraction: Extraction) -> str:
    """The info.gov.hk release ID when known, else a digest of the normalised text."""
    release = extraction.release
    if release.release_id:
        return release.release_id
    return f"sha256-{release.text_sha256[:16]}"


def resolve(extraction: Extraction) -> ResolvedRelease:
    return ResolvedRelease(extraction=extraction, release_key=release_key(extraction))
