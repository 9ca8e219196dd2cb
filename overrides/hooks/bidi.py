"""Isolate Latin words and numbers inside right-to-left pages with <bdi> (lang="en" on a run
with Latin letters, so a screen reader switches voice for it).

In Arabic text a run such as "2015-09-17", "15.5" or "Daesh (ISIS)" can be reordered by the
Unicode bidi algorithm next to Arabic punctuation. Wrapping each run in <bdi> isolates it.
Only text between tags is touched, never attributes, and never inside code, pre, script,
style, bdi or svg.
"""

from __future__ import annotations

import re

RTL_LANGUAGES = {"ar", "fa", "he", "ur", "ps", "ckb", "yi"}
_PARTS = re.compile(r"(<[^>]*>|&#?[a-zA-Z0-9]+;)")  # tags and entities pass untouched
_SKIP = {"code", "pre", "script", "style", "bdi", "svg", "kbd", "textarea"}
_TAG = re.compile(r"<(/?)([a-zA-Z0-9]+)")
# A run starts and ends with a Latin letter or digit, and may hold spaces and light punctuation.
_RUN = re.compile(r"[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F'’.,:/%+\-–]*[A-Za-z0-9\u00C0-\u024F%])?(?:\s+[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’.\-]*)*")


_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def _isolated(run: re.Match) -> str:
    """A run with Latin letters is a foreign phrase ("JSON", "Daesh"): its language is said too."""
    text = run.group()
    return f'<bdi lang="en">{text}</bdi>' if _LATIN.search(text) else f"<bdi>{text}</bdi>"


def isolate_runs(html: str) -> str:
    """Wrap Latin/number runs in text nodes of `html` with <bdi>."""
    out = []
    skipping = []
    for part in _PARTS.split(html):
        if part.startswith("&"):
            out.append(part)
        elif part.startswith("<"):
            m = _TAG.match(part)
            if m and m.group(2).lower() in _SKIP and not part.endswith("/>"):
                if m.group(1):
                    if skipping and skipping[-1] == m.group(2).lower():
                        skipping.pop()
                else:
                    skipping.append(m.group(2).lower())
            out.append(part)
        elif skipping or not part.strip():
            out.append(part)
        else:
            out.append(_RUN.sub(_isolated, part))
    return "".join(out)


def on_page_content(html, page, config, files):
    if str(config.theme["language"]).split("_")[0] in RTL_LANGUAGES:
        return isolate_runs(html)
    return html
