"""The one path by which outside text (article, translation, meta.yml, data files, folder names)
reaches a page: HTML text and attributes, JSON inside <script>, ids and slugs, links.

Everything here is a pure function of strings, so the generator, the MkDocs hooks and the tests
call the same code. What it guarantees:
- `text()` and `attr()` output can never open a tag, an attribute, a comment, a Markdown or
  attr_list construct or a template expression, nor a new line (line breaks become spaces);
- `script_json()` can never close or comment out the <script> block it sits in;
- `check_id()` / `check_slug()` let through only `[a-z0-9][a-z0-9-]*`, the form every anchor,
  file name and URL segment of the site is built from;
- bidi controls and zero-width characters (INVISIBLE) are ignored for matching (lexicon.fold,
  data/search.yml) and contained for display (<bdi> in `text`, an isolate in `title`), so a
  U+202E in a headline cannot reorder what follows it.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlsplit

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
ID_RULE = "[a-z0-9][a-z0-9-]*"
# Explicit directional formatting (embeddings, overrides, isolates) and the marks that change
# how neighbours are ordered or joined. LRM/RLM/ALM are kept in article text (they are legitimate
# there) but never take part in matching.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = BIDI_CONTROLS + "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff"
_BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")
# Characters that Markdown, attr_list, snippets or a template engine could read as syntax.
_MD_SPECIAL = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-!|~:<>&\"'=%$^"}
# Control characters (a scraper's stray \x02) and non-characters cannot appear in an HTML page or
# an XML 1.0 document (the feeds): they are not shown. Every line break (LF, CR, VT, FF, the
# information separators, NEL, U+2028, U+2029) becomes a space: a value is inline text wherever
# it lands, so a translation cannot start a Markdown block (a heading, a code block, a list).
# Tab stays.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_UNSHOWABLE = {cp: None for cp in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0), 0xFFFE, 0xFFFF]}
_UNSHOWABLE |= {ord(c): " " for c in LINE_BREAKS}
_ATTR_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "{": "&#123;", "}": "&#125;"}
# Arabic letters (Arabic, Arabic Supplement, Extended-A, Presentation Forms A and B): text with
# one of them shown on a page of another language is marked as Arabic (`in_lang`).
ARABIC = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_JSON_IN_SCRIPT = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


class UnsafeValue(ValueError):
    """A value that may not reach a page in this form (an id, a slug, a link)."""


# Names the built site itself uses at its top level (pages, folders, files such as feed.xml,
# sitemap.xml, 404.html, the language folder en/) and for the actors' index. No source folder
# (a top-level folder of the site) and no actor id an editor writes (docs/actors/<id>.md) may
# take one; `reserved_names` adds every top-level page and folder of docs/ that is not an
# explainer's generated folder. The one list of reserved names.
SITE_NAMES = ("404", "about", "actors", "archive", "assets", "data", "en", "feed", "fonts", "index",
              "javascripts", "search", "sitemap", "stylesheets")
_SITE_USES = {"index": "the actors' index and the home page (index.md)", "404": "the page 404.html",
              "about": "the About page",
              "feed": "the feed feed.xml", "sitemap": "the file sitemap.xml", "en": "the English site en/"}


def reserved_names(docs) -> dict[str, str]:
    """Every reserved name → what of the site takes it (for the error line): SITE_NAMES and the
    top-level pages and folders of `docs` (a folder holding an explainer's generation record,
    .generated.json, is that explainer's, not the site's)."""
    from pathlib import Path

    names = {n: _SITE_USES.get(n, f"the site's folder {n}/") for n in SITE_NAMES}
    docs = Path(docs)
    for p in sorted(docs.iterdir()) if docs.is_dir() else []:
        stem = p.name.split(".")[0]
        if p.name.startswith(".") or stem == "index":  # the home page: already said
            continue
        if p.is_dir() and not (p / ".generated.json").exists():
            names[p.name] = f"the folder docs/{p.name}/"
        elif p.is_file() and p.suffix == ".md":
            names[stem] = f"the page docs/{stem}.md" if (docs / f"{stem}.md").exists() else f"the page docs/{p.name}"
    return names


def check_unreserved(value: str, where: str, what: str, docs) -> str:
    """`value` unless the site uses that name (reserved_names); else UnsafeValue naming the clash."""
    names = reserved_names(docs)
    if value in names:
        raise UnsafeValue(f"{where}: the {what} {value!r} is taken by {names[value]}; choose another "
                          f"(reserved: {', '.join(sorted(names))})")
    return value


def has_bidi_controls(value: str) -> bool:
    """Whether `value` holds an explicit embedding, override or isolate."""
    return bool(_BIDI_RE.search(value))


def text(value: str) -> str:
    """`value` as inert HTML text inside Markdown: every character that HTML, Markdown,
    attr_list, snippets or Jinja could read as syntax becomes a numeric reference. Text holding
    bidi controls is wrapped in <bdi>, which ends any embedding or override it opens."""
    out = "".join(_MD_SPECIAL.get(c, c) for c in value.translate(_UNSHOWABLE))
    return f"<bdi>{out}</bdi>" if has_bidi_controls(value) else out


def arabic(value: str) -> bool:
    """Whether `value` holds an Arabic letter."""
    return bool(ARABIC.search(value))


def in_lang(value: str, page_lang: str, quote: bool = False) -> str:
    """`value` as HTML text (`text`) on a page in `page_lang`: Arabic on a page of another
    language is isolated and marked as Arabic (<bdi lang="ar" dir="rtl">), so it is spoken,
    shaped and ordered as Arabic. `quote`: in the quotation marks of the text's own language
    («» for Arabic, “” for English)."""
    foreign = page_lang != "ar" and arabic(value)
    if quote:
        value = f"«{value}»" if foreign or page_lang == "ar" else f"“{value}”"
    if not foreign:
        return text(value)
    # a quote is kept whole (CSS `.ar-quote`): wrapped inside an English line, its marks would
    # land at the line's far ends
    cls = ' class="ar-quote"' if quote else ""
    return f'<bdi lang="ar" dir="rtl"{cls}>{text(value)}</bdi>'


def attr(value: str) -> str:
    """`value` for a double- or single-quoted HTML attribute."""
    return "".join(_ATTR_SPECIAL.get(c, c) for c in value.translate(_UNSHOWABLE))


def xml(value: str) -> str:
    """`value` as XML 1.0 text or a quoted attribute value (the Atom feeds): markup escaped, and
    every character XML forbids (controls, U+FFFE …) dropped as on the pages, so a feed is
    always well-formed."""
    return attr(value)


def title(value: str) -> str:
    """A page title as MkDocs expects it (HTML text: Material prints it unescaped in the header,
    navigation and footer): markup characters escaped, and bidi controls contained by a first
    strong isolate (U+2068 … U+2069), which works inside <title> where <bdi> cannot."""
    out = html.escape(value.translate(_UNSHOWABLE), quote=False)
    return f"\u2068{out}\u2069" if has_bidi_controls(value) else out


def plain_title(page_title: str | None) -> str:
    """A page title (HTML text, see `title`) back as plain text, for JSON and search."""
    if not page_title:
        return ""
    stripped = re.sub(r"<[^>]*>", "", page_title)
    return html.unescape(stripped).replace("\u2068", "").replace("\u2069", "").strip()


def script_json(data) -> str:
    """`data` as JSON that is safe inside <script>: no `<`, `>` or `&` appears literally, so no
    `</script>`, `<!--` or `<script` sequence can end the block or turn the rest of the page into
    a comment (https://html.spec.whatwg.org/#restrictions-for-contents-of-script-elements)."""
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return "".join(_JSON_IN_SCRIPT.get(c, c) for c in raw)


def check_id(value, where: str) -> str:
    """`value` if it is a valid id (anchors, file names, URLs); else UnsafeValue naming `where`."""
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise UnsafeValue(f"{where}: id {value!r} must match {ID_RULE} (lower-case letters, digits, hyphens)")
    return value


def check_slug(value: str, where: str) -> str:
    """A source folder name, which becomes a URL path and the page files' folder."""
    if not ID_PATTERN.match(value):
        raise UnsafeValue(f"{where}: folder name {value!r} must match {ID_RULE}; rename the folder")
    return value


def site_path(url: str) -> bool:
    """Whether `url` is a relative path on this site (no scheme, no host, no `//`, no backslash):
    the only kind of link built from data, such as a search result."""
    if not url or any(c in url for c in "\\\r\n\t") or url.startswith("//"):
        return False
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc


_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"'\\]+", re.ASCII)


def web_address(url) -> bool:
    """Whether `url` (the article's address, from meta.yml or the article) is an http(s) address:
    the only kind the page links to and structured data names (no javascript:, data:, //host)."""
    return isinstance(url, str) and bool(_WEB_ADDRESS.fullmatch(url))


def check_path(path, root, what: str = "file"):
    """`path` if it lies inside `root` with no symbolic link on the way; else UnsafeValue.

    Sources, notes, snippets and generated pages are read and written only through paths that
    pass here, so a committed symlink cannot make the build publish or overwrite a file
    elsewhere on the machine."""
    from pathlib import Path

    root = Path(root).resolve()
    path = Path(path)
    absolute = path if path.is_absolute() else root / path
    try:
        rel = absolute.relative_to(root)
    except ValueError:
        raise UnsafeValue(f"{path}: {what} outside the project") from None
    current = root
    for part in rel.parts:
        if part in ("..", ""):
            raise UnsafeValue(f"{rel.as_posix()}: {what} path may not contain '..'")
        current = current / part
        if current.is_symlink():
            raise UnsafeValue(f"{current.relative_to(root).as_posix()}: is a symbolic link; "
                              f"a {what} must be a real file or folder inside the project")
    return absolute
