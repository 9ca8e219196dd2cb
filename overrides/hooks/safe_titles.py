"""Page titles reach Material's templates as HTML text, escaped once by the package.

MkDocs treats `page.title` as HTML text and Material prints it unescaped in the header, the
navigation, the footer and <title>; a title from front matter (a headline, an en.po msgstr) is
plain text. This hook runs the one escaping path (scripts/explainer/safe.py) over it before any
template sees it; code that needs the text back calls `safe.plain_title`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from explainer import safe  # noqa: E402


def on_page_markdown(markdown, page, config, files):
    if "title" in page.meta and page.meta["title"] is not None:
        page.meta["title"] = safe.title(str(page.meta["title"]))
        # an English page titled in Arabic (front matter `title_lang: ar`, not yet translated):
        # marked as Arabic wherever Material prints it; <title> takes the bare text (main.html)
        if page.meta.get("title_lang") == "ar" and str(config.theme["language"]) != "ar":
            page.meta["head_title"] = page.meta["title"]
            page.meta["title"] = f'<span lang="ar" dir="rtl">{page.meta["title"]}</span>'
    return markdown


def on_page_context(context, page, config, nav):
    """The table of contents of an English page: a heading in Arabic (a name not yet translated)
    is marked as Arabic there too (Python-Markdown's toc keeps a heading's text, not its <bdi>)."""
    if str(config.theme["language"]) != "ar" and page.toc:
        _mark_toc(page.toc)
    return context


def _mark_toc(items) -> None:
    for item in items:
        if safe.arabic(item.title) and not item.title.startswith("<span lang="):
            item.title = f'<span lang="ar" dir="rtl">{item.title}</span>'
        _mark_toc(item.children)
