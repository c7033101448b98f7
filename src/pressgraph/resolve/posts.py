"""Posts: the registry's, else a role in an organisation ("Deputy Director-General" of
a department; "深圳市委" + "常委") keyed ``post/<organisation path>/<role>``, the role read
through ``roles.csv`` so that both languages give the same key."""

from __future__ import annotations

import re
from dataclasses import replace

from pressgraph import registry
from pressgraph.iri import key, slug
from pressgraph.model import PostMention, Ref
from pressgraph.resolve.context import ReleaseContext, minted_ref, name_slug, registry_ref
from pressgraph.resolve.organisations import find_registry_organisation, resolve_organisation

_POST_SEPARATORS = re.compile(r"\s*[;；、]\s*")


def strip_qualifiers(title: str) -> str:
    """The post without "Acting"/"署理": the acting holder holds the same post."""
    text = title.strip()
    for _, word in registry.qualifiers():
        if text.startswith(word):
            text = text[len(word):].strip()
    return text


def _role_segment(role: str, org_key: str) -> str:
    found = registry.find_role(role, org_key)
    return found.key if found else name_slug(role)


def _split_english_title(title: str, release: ReleaseContext) -> tuple[Ref, str] | None:
    """("Deputy Director-General", <GDDIIT>) from "Deputy Director-General of the GDDIIT"."""
    for match in re.finditer(r"\s+of\s+", title):
        role, org_name = title[: match.start()], title[match.end():]
        if not role or not org_name:
            continue
        ref = find_registry_organisation(org_name, release)
        if ref is not None:
            return ref, role
    return None


def _split_chinese_title(title: str, release: ReleaseContext) -> tuple[Ref, str] | None:
    for short, expansion in release.acronyms.items():
        if title.startswith(short) and len(title) > len(short):
            ref = find_registry_organisation(expansion, release)
            if ref is not None:
                return ref, title[len(short):]
    split = registry.split_chinese_title(title)
    if split is None:
        return None
    org_key, role = split
    entry = registry.entry(org_key)
    kind = "body" if org_key.startswith("body/") else "org"
    return registry_ref(kind, entry), role  # type: ignore[arg-type]


def _post_in(org: Ref, role: str, title: str, release: ReleaseContext) -> Ref:
    """A post the registry does not list, in an organisation it may know."""
    segment = _role_segment(role, org.key)
    return Ref(kind="post", key=key("post", *org.key.split("/")[1:], segment),
               labels=((release.language, title),), from_registry=False)


def _expand_acronyms(title: str, release: ReleaseContext) -> str:
    """"Chairperson of the CoP" -> "Chairperson of the Commission on Poverty" (acronyms
    of letters only; short forms such as "the Committee" are left alone)."""
    for short, expansion in release.acronyms.items():
        if re.fullmatch(r"[A-Za-z&]{2,}", short):
            title = re.sub(rf"(?<![\w&]){re.escape(short)}(?![\w&])", expansion, title)
    return title


def resolve_post(post: PostMention, release: ReleaseContext) -> Ref:
    title = strip_qualifiers(post.title)
    found = registry.find_post(title) or registry.find_post(_expand_acronyms(title, release))
    if found is not None:
        return registry_ref("post", found)
    chinese = registry.is_chinese(title)
    split = (_split_chinese_title if chinese else _split_english_title)(title, release)
    if split is not None:
        return _post_in(split[0], split[1], title, release)
    if post.organisation is not None:
        org = resolve_organisation(post.organisation, release)
        role = title
        for name in (post.organisation.name, *post.organisation.mentions):
            if not chinese:
                role = re.sub(rf"\s+of\s+(?:(?:the|its)\s+)?{re.escape(name)}$", "", role)
            elif role.startswith(name):
                role = role[len(name):]
        return _post_in(org, role, title, release)
    bare = registry.find_role(title)
    if bare is not None:
        # "Chairman", "Member": without its organisation a bare role names no one post.
        return Ref(kind="post", key=key("post", "unplaced", slug(release.release_id), bare.key),
                   labels=((release.language, title),), from_registry=False)
    return minted_ref("post", "post/named", title, release.language)


def with_parent(post: Ref) -> Ref:
    """The post with the registry organisation (or body) it is in, when the key tells."""
    if post.parent is not None:
        return post
    parent_key = post_organisation(post)
    entry = registry.entry(parent_key) if parent_key else None
    if not isinstance(entry, (registry.Organisation, registry.Body)):
        return post
    kind = "body" if isinstance(entry, registry.Body) else "org"
    return replace(post, parent=registry_ref(kind, entry))


def post_organisation(post: Ref) -> str | None:
    """The key of the registry organisation (or body) a resolved post is in, if known."""
    return post_key_organisation(post.key)


def post_key_organisation(post_key: str) -> str | None:
    """The key of the registry organisation (or body) the post with this key is in."""
    entry = registry.entry(post_key)
    if isinstance(entry, registry.Post):
        return entry.organisation
    parts = post_key.split("/")
    for end in range(len(parts) - 1, 1, -1):
        for kind in ("org", "body"):
            candidate = "/".join((kind, *parts[1:end]))
            if registry.entry(candidate) is not None:
                return candidate
    return None


def split_posts(title: str) -> tuple[str, ...]:
    """Several posts printed as one ("A; B", "甲；乙"), each on its own."""
    return tuple(p for p in _POST_SEPARATORS.split(title) if p.strip())
