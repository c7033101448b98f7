"""Content negotiation for a published site: nginx and Apache configuration.

The same rules for both servers, with the site directory served at the base IRI's path:

* ``{path}id/X`` answers ``303 See Other`` with ``{path}doc/X`` (a thing is not a document);
  evidence IRIs (``.../span/...``) and the IRIs of parts (a meeting's participations and
  agenda items, a person's memberships: ``part_patterns`` of ``data/publish.json``) are
  sent to the document of the thing they extend, and a release's named graph
  ``{path}graph/X`` to the document of the release ``{path}id/X``;
* ``{path}doc/X`` and the ontology ``{path}def`` serve ``X.html`` or ``X.ttl`` according
  to the ``Accept`` header (``Vary: Accept``): an ``Accept`` naming ``text/html`` gets
  HTML, then one naming ``text/turtle`` Turtle (q-values are not weighed); anything else
  gets HTML (everything, with each release's named graph, is in the TriG dump);
* files with a suffix are served as they are, with their RDF media types.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from pressgraph.publish.config import settings

NEGOTIATED = (("text/html", ".html"), ("text/turtle", ".ttl"))
TYPES = (("text/html", "html"), ("text/css", "css"), ("image/svg+xml", "svg"),
         ("image/png", "png"), ("text/plain", "txt"), ("text/turtle", "ttl"),
         ("application/n-triples", "nt"), ("application/n-quads", "nq"),
         ("application/trig", "trig"), ("application/ld+json", "jsonld"),
         ("application/json", "json"), ("application/gzip", "gz"))
SPAN = r"/span/[0-9]+-[0-9]+(?:/[a-z]+)?"


def part_rules() -> list[str]:
    """The part patterns (group 1: the owner's path after ``id/``), unanchored."""
    return [p.removeprefix("^").removesuffix("$") for p in settings()["part_patterns"]]


def base_path(base: str) -> str:
    """The path part of the base IRI, starting and ending with ``/``."""
    path = urlsplit(base).path or "/"
    return path if path.endswith("/") else path + "/"


def nginx_http(base: str) -> str:
    """Directives for nginx's ``http`` block (a ``map`` must live there)."""
    lines = ["# pressgraph: include this file inside nginx's http { } block.",
             "map $http_accept $pressgraph_suffix {",
             '    default ".html";']
    for media_type, suffix in NEGOTIATED:
        pattern = media_type.replace("+", "\\+").replace(".", "\\.")
        lines.append(f'    "~*{pattern}" "{suffix}";')
    lines.append("}")
    return "\n".join(lines) + "\n"


def nginx_server(base: str) -> str:
    """Directives for nginx's ``server`` block, whose ``root`` holds the site at the base path."""
    p = base_path(base)
    types = "\n".join(f"        {m} {s};" for m, s in TYPES)
    parts = "".join(f"location ~ ^{p}id/{rule}$ {{\n    add_header Vary Accept always;\n"
                    f"    return 303 {p}doc/$1;\n}}\n" for rule in part_rules())
    return f"""# pressgraph: include this file inside a server {{ }} block whose root directory
# contains the site at {p} (for example: root /srv/www; site in /srv/www{p}).
charset utf-8;
charset_types text/css text/plain text/turtle application/n-triples application/n-quads
              application/trig application/ld+json application/json image/svg+xml;
types {{
{types}
}}
location ~ ^{p}\\. {{
    return 404;
}}
location ~ ^{p}id/(?<pressgraph_owner>.+?){SPAN}$ {{
    add_header Vary Accept always;
    return 303 {p}doc/$pressgraph_owner;
}}
{parts}location ~ ^{p}id/(?<pressgraph_thing>.+)$ {{
    add_header Vary Accept always;
    return 303 {p}doc/$pressgraph_thing;
}}
location ~ ^{p}graph/(?<pressgraph_graph>.+)$ {{
    add_header Vary Accept always;
    return 303 {p}doc/$pressgraph_graph;
}}
location ~ ^{p}(?:doc/.+|def)$ {{
    add_header Vary Accept always;
    try_files $uri$pressgraph_suffix $uri =404;
}}
location {p} {{
    index index.html;
}}
"""


def apache_htaccess(base: str) -> str:
    """An ``.htaccess`` for the site directory (mod_rewrite, mod_headers, mod_mime)."""
    p = base_path(base)
    lines = [
        "# pressgraph: content negotiation for Apache httpd (AllowOverride FileInfo Options).",
        "Options -MultiViews -Indexes",
        "AddDefaultCharset utf-8",
        "DirectoryIndex index.html",
        "# doc/X.html and the directory doc/X/ (of X's agenda items...) share a name:",
        "# do not answer doc/X with a redirect to doc/X/.",
        "DirectorySlash Off",
    ]
    for media_type, suffix in TYPES:
        lines.append(f"AddType {media_type} .{suffix}")
    lines.append("AddCharset utf-8 " + " ".join(f".{suffix}" for _m, suffix in TYPES
                                                 if suffix not in ("png", "gz")))
    lines.append("# the dumps are gzip files to download, not gzip-encoded responses")
    lines.append("RemoveEncoding .gz")
    lines += [
        "<IfModule mod_headers.c>",
        '  <FilesMatch "\\.(html|ttl)$">',
        "    Header append Vary Accept",
        "  </FilesMatch>",
        "</IfModule>",
        "RewriteEngine On",
        f"RewriteBase {p}",
        "RewriteRule ^\\. - [R=404,L]",
        f"RewriteRule ^id/(.+?){SPAN}$ doc/$1 [R=303,L]",
        *[f"RewriteRule ^id/{rule}$ doc/$1 [R=303,L]" for rule in part_rules()],
        "RewriteRule ^id/(.+)$ doc/$1 [R=303,L]",
        "RewriteRule ^graph/(.+)$ doc/$1 [R=303,L]",
    ]
    for media_type, suffix in NEGOTIATED:
        escaped = media_type.replace("+", "\\+").replace(".", "\\.")
        lines += [
            f"RewriteCond %{{HTTP_ACCEPT}} {escaped} [NC]",
            f"RewriteCond %{{REQUEST_FILENAME}}{suffix} -f",
            f"RewriteRule ^(doc/.+|def)$ $1{suffix} [L]",
        ]
    lines += [
        "RewriteCond %{REQUEST_FILENAME}.html -f",
        "RewriteRule ^(doc/.+|def)$ $1.html [L]",
    ]
    return "\n".join(lines) + "\n"

