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
    return markdown
