"""Atom feeds, one per language (`feed.xml` at each language root): every shipped explainer an
entry with its own published/updated dates (history.py) and its summary in that language.
Dates are the explainer's, never the article's (unknown for the first one); a shipped explainer
must have a history (archive.site_entries checks), so Atom's required `updated` is always known.
"""

from __future__ import annotations

from pathlib import Path

from . import safe
from .archive import LANGS, Entry, site_entries
from .lexicon import load_data

ATOM = "application/atom+xml"


def lang_root(site_url: str, lang: str) -> str:
    base = site_url.rstrip("/") + "/"
    return base if lang == "ar" else f"{base}{lang}/"


def atom(entries: list[Entry], lang: str, site_url: str, site_name: str) -> str:
    """The Atom document of language `lang` (entries newest first)."""
    root = lang_root(site_url, lang)
    dated = [e for e in entries if e.history]
    updated = max((e.dates["modified"] for e in dated), default="1970-01-01")
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">',
           f"  <title>{safe.xml(site_name)}</title>",
           f"  <id>{safe.xml(root)}</id>",
           f"  <updated>{updated}T00:00:00Z</updated>",
           f'  <link rel="alternate" type="text/html" href="{safe.xml(root)}"/>',
           f'  <link rel="self" type="{ATOM}" href="{safe.xml(root + "feed.xml")}"/>']
    for e in dated:
        url = f"{root}{e.slug}/"
        out += ["  <entry>",
                f"    <title{_lang(e.title[lang], lang)}>{safe.xml(e.title[lang])}</title>",
                f"    <id>{safe.xml(url)}</id>",
                f'    <link rel="alternate" type="text/html" href="{safe.xml(url)}"/>',
                f"    <published>{e.dates['published']}T00:00:00Z</published>",
                f"    <updated>{e.dates['modified']}T00:00:00Z</updated>",
                f"    <author><name>{safe.xml(site_name)}</name></author>",
                f"    <summary{_lang(e.summary[lang], lang)}>{safe.xml(e.summary[lang])}</summary>",
                "  </entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"


def _lang(text: str, lang: str) -> str:
    """` xml:lang="ar"` on an element of another language's feed whose text is Arabic (not yet
    translated): a draft English side's entries are listed, their Arabic marked as Arabic."""
    return ' xml:lang="ar"' if lang != "ar" and safe.arabic(text) else ""


def write_feeds(root: Path, site_dir: Path, site_url: str, site_names: dict) -> list[Path]:
    """Write feed.xml at each language root of the built site."""
    entries = site_entries(root)
    written = []
    for lang in LANGS:
        path = site_dir / ("feed.xml" if lang == "ar" else f"{lang}/feed.xml")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(atom(entries, lang, site_url, site_names[lang]), encoding="utf-8")
        written.append(path)
    return written


def head_link(html: str, site_url: str, lang: str) -> str:
    """`html` with a <link rel="alternate"> to its language's feed in its <head>."""
    title = load_data("archive.yml")[lang]["feed_title"]
    link = (f'<link rel="alternate" type="{ATOM}" href="{safe.attr(lang_root(site_url, lang) + "feed.xml")}" '
            f'title="{safe.attr(title)}">')
    return html.replace("</head>", link + "</head>", 1)
