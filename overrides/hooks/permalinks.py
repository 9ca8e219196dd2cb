"""A permalink on every section heading (h2, h3), labelled in the page's language.

Python-Markdown's toc `permalink` has one title for every language and puts a "¶" into the
heading's text, which the search index and the heading's own text would then carry. This hook
adds the link to each <h2 id> and <h3 id> of the page's HTML (Markdown headings and headings
written as HTML alike) with no text of its own: the symbol is drawn by CSS
(explainer.css `.headerlink::before`), and the link's name is `extra.ui.permalink` of the page's
language (mkdocs.yml), as aria-label and title. `data-search-ignore` keeps it out of search.
"""

from __future__ import annotations

import html
import re

_HEADING = re.compile(r'<(h[23])(\s[^>]*?\bid="([^"]+)"[^>]*)>(.*?)</\1>', re.S)


def add_permalinks(page_html: str, label: str) -> str:
    """`page_html` with a link to itself at the end of each h2 and h3 that has an id (once)."""
    name = html.escape(label, quote=True)

    def link(m: re.Match) -> str:
        tag, attrs, anchor, inner = m.groups()
        if 'class="headerlink"' in inner:
            return m.group(0)
        return (f'<{tag}{attrs}>{inner}<a class="headerlink" href="#{anchor}" aria-label="{name}" '
                f'title="{name}" data-search-ignore></a></{tag}>')

    return _HEADING.sub(link, page_html)


def on_page_content(html_text, page, config, files):
    label = (config.extra.get("ui") or {}).get("permalink")
    return add_permalinks(html_text, label) if label else html_text
