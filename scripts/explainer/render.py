"""Stage 4, render: the model → Markdown pages (Arabic and English) and the published JSON.

Everything from the article is escaped here: article text becomes HTML text with Markdown,
attribute-list and template characters turned into entities, so markup inside an article
(`<script>`, `[x](javascript:…)`, `{: onclick=… }`, `{{ … }}`) shows as text and never runs.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from .lexicon import load_data
from .model import Document
from .translate import FUZZY, MISSING, Catalogue

LANGS = ("ar", "en")
# Characters that Markdown, attr_list, snippets or a template engine could read as syntax.
_MD_SPECIAL = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-!|~:<>&\"'=%$^"}


def esc(text: str) -> str:
    """Article text as inert HTML/Markdown text."""
    return "".join(_MD_SPECIAL.get(c, c) for c in text)


def esc_attr(text: str) -> str:
    """Text for an HTML attribute value."""
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


@dataclass
class Context:
    """What every page function needs: the model, the language and its helpers."""

    doc: Document
    meta: dict
    lang: str
    catalogue: Catalogue
    notes_rel: str  #: repository-relative folder of the editor's notes
    page: str = "index"  #: the page being rendered

    def href(self, page: str, anchor: str = "") -> str:
        """Relative URL of another generated page of this source (directory URLs)."""
        up = "" if self.page == "index" else "../"
        target = "" if page == "index" else f"{page}/"
        path = f"{up}{target}" or "./"
        return f"{path}#{anchor}" if anchor else path

    def data_href(self) -> str:
        """Relative URL of this source's published JSON (one copy at the site root)."""
        up = "../" if self.page == "index" else "../../"
        if self.lang != "ar":
            up += "../"
        return f"{up}data/{self.doc.slug}.json"

    @property
    def ui(self) -> dict:
        return load_data("ui.yml")[self.lang]

    @property
    def dir(self) -> str:
        return "rtl" if self.lang == "ar" else "ltr"

    def tr(self, ctx: str, arabic: str, inline: bool = True) -> str:
        """Escaped text of item `ctx` in this page's language, with a visible note when the
        English is missing (the Arabic is shown) or under review."""
        if self.lang == "ar":
            return esc(arabic)
        t = self.catalogue.get(ctx, arabic)
        if t.state == MISSING:
            return (
                f'<span lang="ar" dir="rtl">{esc(arabic)}</span> '
                f'<span class="translation-missing">({esc(self.ui["not_translated"])})</span>'
            )
        if t.state == FUZZY:
            return f'{esc(t.text)} <span class="translation-fuzzy">({esc(self.ui["under_review"])})</span>'
        return esc(t.text)

    def tr_plain(self, ctx: str, arabic: str) -> str:
        """Unescaped text for titles and descriptions: the English if any, else the Arabic."""
        if self.lang == "ar":
            return arabic
        t = self.catalogue.get(ctx, arabic)
        return arabic if t.state == MISSING else t.text

    def reason(self, reason: str) -> str:
        """A removal reason (written in English in data/chrome.yml) in this page's language."""
        return self.ui.get("reasons", {}).get(reason, reason)

    def linked(self, sentence) -> str:
        """The Arabic text of `sentence`, escaped, with every actor mention linked to the actor."""
        spans = sorted((a, b, actor.id) for actor in self.doc.actors for a, b in actor.spans
                       if sentence.start <= a and b <= sentence.end)
        out, pos = [], sentence.start
        for a, b, aid in spans:
            if a < pos:
                continue  # mentions never overlap; keep the first if data ever makes them
            out.append(esc(self.doc_text(sentence, pos, a)))
            out.append(f'<a class="actor-mention" href="{self.href("actors", aid)}">{esc(self.doc_text(sentence, a, b))}</a>')
            pos = b
        out.append(esc(self.doc_text(sentence, pos, sentence.end)))
        return "".join(out)

    @staticmethod
    def doc_text(sentence, a: int, b: int) -> str:
        """original[a:b] for offsets inside `sentence`."""
        return sentence.text[a - sentence.start : b - sentence.start]

    def quote(self, arabic: str) -> str:
        """A verbatim Arabic span, marked as such in any page language."""
        return f'<q class="verbatim" lang="ar" dir="rtl">{esc(arabic)}</q>'

    def link_sentence(self, sid: str) -> str:
        return f'<a class="sentence-ref" href="{self.href("source", sid)}">{sid}</a>'


def page_file(slug: str, name: str, lang: str) -> str:
    """docs-relative path of a generated page (suffix i18n structure)."""
    return f"{slug}/{name}.md" if lang == "ar" else f"{slug}/{name}.{lang}.md"


def note_path(ctx: Context, name: str) -> str:
    """Repository-relative path of the editor's Markdown for page `name` in this language."""
    return ctx.notes_rel + "/" + (f"{name}.md" if ctx.lang == "ar" else f"{name}.{ctx.lang}.md")


def front_matter(ctx: Context, name: str, title: str, description: str) -> str:
    """YAML front matter whose first line says the file is generated and what to edit."""
    slug = ctx.doc.slug
    note = note_path(ctx, name)
    lines = [
        "---",
        f"# GENERATED by `python scripts/explain.py build` from sources/{slug}/ - do not edit this file.",
        f"# Edit instead: {note} (prose), sources/{slug}/overrides.yml (corrections),",
        f"# sources/{slug}/en.po (English), data/*.yml (word lists, glossary definitions).",
        f"title: {_yaml_str(title)}",
        f"description: {_yaml_str(description)}",
        f"editor_file: {note}",
        "---",
        "",
    ]
    return "\n".join(lines)


def notes_include(ctx: Context, name: str, repo_root: Path) -> str:
    """Include the editor's Markdown for this page, when the editor has written one."""
    rel = note_path(ctx, name)
    if not (repo_root / rel).exists():
        return ""
    label = f'<p class="editorial-label"><small>[{esc(ctx.ui["editorial"])}]</small></p>'
    return f'<div class="editorial" markdown="1">\n{label}\n\n--8<-- "{rel}"\n\n</div>\n\n'


def editor_footer(ctx: Context, name: str) -> str:
    rel = note_path(ctx, name)
    return f'\n<p class="editor-hint" data-pagefind-ignore><small>{esc(ctx.ui["generated_note"])} <code>{esc(rel)}</code></small></p>\n'


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_source(doc: Document, meta: dict, catalogue: Catalogue, repo_root: Path) -> dict[str, str]:
    """All generated files of one source, as {docs-relative path: text}."""
    from .pages import PAGES  # the page bodies; imported here to keep this module the framework

    notes_rel = f"sources/{doc.slug}/notes"
    files: dict[str, str] = {}
    for lang in LANGS:
        ctx = Context(doc, meta, lang, catalogue, notes_rel)
        for name, build in PAGES.items():
            ctx.page = name
            title, description, body = build(ctx)
            text = front_matter(ctx, name, title, description)
            text += f"# {esc(title)} {{#{name}}}\n\n"
            text += notes_include(ctx, name, repo_root)
            text += body.rstrip() + "\n"
            text += editor_footer(ctx, name)
            files[page_file(doc.slug, name, lang)] = text
    files[f"data/{doc.slug}.json"] = doc.to_json()
    return files
