"""Tiny HTML/SVG builder: every piece of text is escaped, markup is built only here.

:class:`Markup` marks a string as already-safe markup; anything else passed to :func:`tag`
or :func:`join` is escaped with :func:`html.escape`. Attribute values are always escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

_NAME = re.compile(r"^[a-zA-Z][a-zA-Z0-9:-]*$")


class Markup(str):
    """A string that is already markup (never build one from untrusted text)."""


def escape(value: object) -> Markup:
    if isinstance(value, Markup):
        return value
    return Markup(html.escape(str(value), quote=True))


def join(parts: Iterable[object], separator: str = "") -> Markup:
    return Markup(escape(separator).join(escape(p) for p in parts if p is not None))


def attributes(attrs: dict[str, object]) -> str:
    out = []
    for name in sorted(attrs):
        value = attrs[name]
        if value is None or value is False:
            continue
        attr = name.rstrip("_").replace("_", "-")
        if not _NAME.match(attr):
            raise ValueError(f"bad attribute name {attr!r}")
        out.append(f' {attr}="{html.escape(str(value), quote=True)}"')
    return "".join(out)


def tag(name: str, *children: object, **attrs: object) -> Markup:
    """``<name attrs>children</name>`` with every child and attribute escaped."""
    if not _NAME.match(name):
        raise ValueError(f"bad tag name {name!r}")
    inner = join(_flatten(children))
    return Markup(f"<{name}{attributes(attrs)}>{inner}</{name}>")


def void(name: str, **attrs: object) -> Markup:
    if not _NAME.match(name):
        raise ValueError(f"bad tag name {name!r}")
    return Markup(f"<{name}{attributes(attrs)}>")


def _flatten(children: Iterable[object]) -> Iterable[object]:
    for child in children:
        if isinstance(child, str | int | float) or child is None:
            yield child
        else:
            yield from _flatten(child)  # type: ignore[arg-type]
