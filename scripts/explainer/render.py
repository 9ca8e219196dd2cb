"""Stage 4, render: the model → Markdown pages (Arabic and English) and the published JSON.

Everything from the article is escaped here: article text becomes HTML text with Markdown,
attribute-list and template characters turned into entities, so markup inside an article
(`<script>`, `[x](javascript:…)`, `{: onclick=… }`, `{{ … }}`) shows as text and never runs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from . import safe
from .lexicon import load_data
from .model import Document
from .schema import DataError
from .structured import page_schema
from .translate import FUZZY, MISSING, OK, Catalogue, Translation

LANGS = ("ar", "en")
# Items whose English an editor may give in meta.yml (`title_en`, `credit_en`): it comes before
# the translator's en.po, and an agency credit's usual English form (data/metadata.yml
# `agencies`) comes before en.po too.
META_ENGLISH = {"title": "title_en", "credit": "credit_en"}

# The one escaping path (safe.py), under the short names the page functions use.
esc = safe.text
esc_attr = safe.attr


def human_date(ui: dict, iso: str, inferred: list[str] | None = None) -> str:
    """An ISO date of any precision in the usual form of `ui`'s language ("17 September 2015"),
    followed by which of its parts the article does not print, when any was inferred."""
    parts = [int(p) for p in iso.split("-")]
    months = ui["months"]
    if len(parts) == 1:
        text = str(parts[0])
    elif len(parts) == 2:
        text = f"{months[parts[1] - 1]} {parts[0]}"
    else:
        text = f"{parts[2]} {months[parts[1] - 1]} {parts[0]}"
    note = inferred_note(ui, inferred)
    return f"{text} ({note})" if note else text


def inferred_note(ui: dict, inferred: list[str] | None) -> str:
    """"year inferred", "day, month and year inferred" … in `ui`'s language; "" when none."""
    if not inferred:
        return ""
    names = [ui["date_part_" + p] for p in inferred]
    joined = names[0] if len(names) == 1 else ui["parts_sep"].join(names[:-1]) + ui["and"] + names[-1]
    return ui["date_inferred_parts"].format(parts=joined)


def time_html(ui: dict, iso: str, inferred: list[str] | None = None) -> str:
    """A date as HTML: <time> with its ISO value and the human form, and the parts the article
    does not print marked beside it (the same on every page that shows a date)."""
    note = inferred_note(ui, inferred)
    html_ = f'<time datetime="{safe.attr(iso)}">{safe.text(human_date(ui, iso))}</time>'
    return html_ + (f' <small class="date-inferred">({safe.text(note)})</small>' if note else "")


@dataclass
class Context:
    """What every page function needs: the model, the language and its helpers."""

    doc: Document
    meta: dict
    lang: str
    catalogue: Catalogue
    notes_rel: str  #: repository-relative folder of the editor's notes
    page: str = "index"  #: the page being rendered
    seen_terms: set = field(default_factory=set)  #: glossary entries already marked on this page
    untranslated: dict = field(default_factory=dict)  #: id → missing | fuzzy, on this page
    repo_root: Path | None = None  #: where the editor's notes are read from (None: no notes)

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
        if "_ui" not in self.__dict__:  # read once per Context (one render), not once per use
            self.__dict__["_ui"] = load_data("ui.yml")[self.lang]
        return self.__dict__["_ui"]

    def _index(self) -> "_TextIndex":
        """The model's sentences and marked spans, indexed once per render: a lookup per call
        scanned them all, which made rendering quadratic in the number of sentences."""
        idx = self.__dict__.get("_text_index")
        if idx is None or idx.doc is not self.doc:
            idx = self.__dict__["_text_index"] = _TextIndex(self.doc)
        return idx

    @property
    def dir(self) -> str:
        return "rtl" if self.lang == "ar" else "ltr"

    def tr(self, ctx: str, arabic: str) -> str:
        """Escaped text of item `ctx` in this page's language, with a visible note when the
        English is missing (the Arabic is shown) or under review."""
        return self._translated(ctx, arabic, lambda text: esc(text), lambda: esc(arabic))

    def tr_rich(self, ctx: str, arabic: str, start: int) -> str:
        """Like `tr` for article text at offset `start`: glossary terms (first mention on the page,
        with their definition) and actor names are marked in whichever language is shown."""
        return self._translated(ctx, arabic, self.rich_en, lambda: self.rich_ar(start, start + len(arabic)))

    def lookup(self, ctx: str, arabic: str) -> Translation:
        """The English of item `ctx`: the editor's (meta.yml, data files) first, else en.po's.
        The item is asked of the catalogue either way, so en.po keeps its entry (an item the
        article does not print, `arabic` empty, has none)."""
        t = self.catalogue.get(ctx, arabic, page=self.page) if arabic else Translation("", MISSING)
        given = self.meta.get(META_ENGLISH.get(ctx, ""))
        if isinstance(given, str) and given.strip() and given.strip().lower() != "unknown":
            return Translation(given.strip(), OK)
        if ctx == "credit":
            agencies = {" ".join(k.split()): v for k, v in load_data("metadata.yml")["agencies"].items()}
            parts = [" ".join(p.split()) for p in arabic.split("،")]
            if all(p in agencies for p in parts):  # ("العربية.نت، فرانس برس": each agency's usual English)
                return Translation(", ".join(agencies[p] for p in parts), OK)
        return t

    def _translated(self, ctx: str, arabic: str, english, original) -> str:
        if self.lang == "ar":
            return original()
        t = self.lookup(ctx, arabic)
        if t.state != OK:
            self.untranslated[ctx] = t.state
        if t.state == MISSING:
            return (
                f'<span lang="ar" dir="rtl" data-passage="{esc_attr(ctx)}">{original()}</span> '
                f'<span class="translation-missing">({esc(self.ui["not_translated"])})</span>'
            )
        if t.state == FUZZY:
            return f'{english(t.text)} <span class="translation-fuzzy">({esc(self.ui["under_review"])})</span>'
        return english(t.text)

    def tr_plain(self, ctx: str, arabic: str, shown: bool = True) -> str:
        """Unescaped text for titles, labels and descriptions: the English once confirmed, else the
        Arabic (plain text carries no "under review" mark, so a fuzzy guess is never shown as fact).
        `shown`: the page shows it (a description is not), so the notice counts it."""
        if self.lang == "ar":
            return arabic
        t = self.lookup(ctx, arabic)
        if shown and t.state != OK:
            self.untranslated[ctx] = t.state
        return t.text if t.state == OK else arabic

    def state(self, ctx: str, arabic: str) -> str:
        """ok | fuzzy | missing: how far the English of item `ctx` can be trusted (records it as
        shown untranslated when it is not ok)."""
        if self.lang == "ar":
            return OK
        t = self.lookup(ctx, arabic)
        if t.state != OK:
            self.untranslated[ctx] = t.state
        return t.state

    def tr_inline(self, ctx: str, arabic: str, quote: bool = False) -> str:
        """A short text (a name, the first words of a quote) as HTML in this page's language:
        the English, or the Arabic marked as Arabic (<bdi lang="ar">, «» with `quote`) and
        counted by the page's notice; no visible note beside it (the notice says it once)."""
        text = self.tr_plain(ctx, arabic)
        return self.inline(text, quote, passage=ctx if self.lang != "ar" and text == arabic and arabic else None)

    def inline(self, text: str, quote: bool = False, passage: str | None = None) -> str:
        """Plain `text` as HTML on this page: Arabic on an English page marked as Arabic
        (safe.in_lang); `passage` names the untranslated item it stands for."""
        html_ = safe.in_lang(text, self.lang, quote)
        if passage and html_.startswith("<bdi "):
            html_ = html_.replace("<bdi ", f'<bdi data-passage="{esc_attr(passage)}" ', 1)
        return html_

    def count(self, noun: str, n: int) -> str:
        """`n` of `noun` with the language's counted-noun agreement (ui.yml `counted`): Arabic has
        one form for 0, 1, 2, 3–10 and 11 and more; English one for 1 and one for the rest."""
        forms = self.ui["counted"][noun]
        if self.lang == "ar":
            key = "zero" if n == 0 else "one" if n == 1 else "two" if n == 2 else "few" if n % 100 in range(3, 11) else "many"
        else:
            key = "one" if n == 1 else "other"
        return forms[key].format(n=n)

    def display_name(self, name: str) -> str:
        """An Arabic name as a label (nominative): the article prints «لمسؤولين عراقيين» as an
        object; a label reads «مسؤولون عراقيون». A sound masculine plural head of ui.yml
        `nominative` takes its nominative form, and the nisba adjectives after it (…يين) too."""
        if self.lang != "ar":
            return name
        table = self.ui.get("nominative", {})
        words = name.split()
        if not words or words[0] not in table:
            return name
        out = [table[words[0]]]
        for w in words[1:]:
            if not w.endswith("يين"):
                out += words[len(out):]
                break
            out.append(w[:-2] + "ون")
        return " ".join(out)

    def section_note(self, name: str) -> str:
        """The editor's note for one section of a page (notes/NAME.md, notes/NAME.en.md), marked editorial."""
        return notes_include(self, name, self.repo_root) if self.repo_root else ""

    def reason(self, reason: str) -> str:
        """A removal reason (written in English in data/chrome.yml) in this page's language."""
        return self.ui.get("reasons", {}).get(reason, reason)

    # -- marked-up article text ---------------------------------------------------------------
    def rich_ar(self, start: int, end: int, actors: bool = True) -> str:
        """original[start:end] (inside one sentence), escaped, with glossary terms and actor
        mentions marked. A term is marked at its first mention on the page; where a term and an
        actor name overlap, the term wins."""
        idx = self._index()
        sentence = idx.sentence_at(start, end)
        marks = idx.within(idx.terms, start, end) + (idx.within(idx.actors, start, end) if actors else [])
        return self._marked(lambda a, b: sentence.text[a - sentence.start: b - sentence.start], start, end, marks)

    def rich_en(self, text: str) -> str:
        """English `text`, escaped, with glossary terms and actor names marked (whole words)."""
        marks = []
        for g in self.doc.glossary:
            for m in _words_pattern(g.terms.get("en", [])).finditer(text) if g.terms.get("en") else ():
                marks.append((m.start(), m.end(), 0, g))
        for actor in self.doc.actors:
            for m in _words_pattern(actor.names["en"]).finditer(text) if actor.names["en"] else ():
                marks.append((m.start(), m.end(), 1, actor))
        return self._marked(lambda a, b: text[a:b], 0, len(text), marks)

    def _marked(self, text_of, start: int, end: int, marks: list) -> str:
        """Escaped text with marks: terms first (longest at each place), then actor links where
        no chosen term overlaps them."""
        chosen: list[tuple[int, int, str]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= x or a >= y for x, y, _ in chosen)

        for a, b, kind, obj in sorted(marks, key=lambda m: (m[2], m[0], -(m[1] - m[0]))):
            if not free(a, b):
                continue
            inner = esc(text_of(a, b))
            if kind == 0:
                if obj.id in self.seen_terms:
                    continue
                html_ = self._term(obj, inner)
                if html_ is None:
                    continue
                self.seen_terms.add(obj.id)
            else:
                html_ = f'<a class="actor-mention" href="{self.href("actors", obj.id)}">{inner}</a>'
            chosen.append((a, b, html_))
        out, pos = [], start
        for a, b, html_ in sorted(chosen):
            out.append(esc(text_of(pos, a)))
            out.append(html_)
            pos = b
        out.append(esc(text_of(pos, end)))
        return "".join(out)

    def _term(self, entry, inner: str) -> str | None:
        """A glossary term linked to its entry, with its definition as a tooltip shown on hover
        and on keyboard focus; None when the entry has no definition in this language."""
        definition = entry.definition.get(self.lang)
        if not definition or self.page == "glossary":
            return None
        names = entry.terms.get(self.lang) or entry.terms["ar"]
        tip = f"tip-{entry.id}"
        return (
            f'<span class="term"><a class="term-link" href="{self.href("glossary", entry.id)}" aria-describedby="{tip}">{inner}</a>'
            f'<span class="term-tip" role="tooltip" id="{tip}" data-search-ignore><strong>{safe.in_lang(names[0], self.lang)}</strong>: '
            f'{esc(definition)} <small>[{esc(self.ui["editorial"])}]</small></span></span>'
        )

    def linked(self, sentence) -> str:
        """The Arabic text of `sentence`, escaped, with terms and actor mentions marked."""
        return self.rich_ar(sentence.start, sentence.end)

    def date(self, iso: str, inferred: list[str] | None = None) -> str:
        return human_date(self.ui, iso, inferred)

    def inferred_note(self, inferred: list[str] | None) -> str:
        return inferred_note(self.ui, inferred)

    def time(self, iso: str, inferred: list[str] | None = None) -> str:
        return time_html(self.ui, iso, inferred)

    def sentence_label(self, sid: str) -> str:
        """A sentence's place as a reader counts it: "paragraph 3, sentence 2" in this language."""
        s = self.doc.sentence(sid)
        if s.paragraph == 0:  # the headline, kept as a sentence for the statement it prints
            return self.ui["headline"]
        n = self._index().ordinal[sid]
        return self.ui["sentence_ref"].format(p=s.paragraph, s=n)

    def link_sentence(self, sid: str) -> str:
        """A link to a sentence of the article, labelled by its place (never by its id)."""
        return f'<a class="sentence-ref" href="{self.href("source", sid)}">{esc(self.sentence_label(sid))}</a>'


class _TextIndex:
    """Sentences by offset and id, and glossary and actor spans sorted by start, for lookups in
    logarithmic time (Context._index)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.sentences = doc.sentences
        self.starts = [s.start for s in doc.sentences]
        self.ordinal: dict[str, int] = {}
        counts: dict = {}
        for s in doc.sentences:
            counts[s.paragraph] = counts.get(s.paragraph, 0) + 1
            self.ordinal[s.id] = counts[s.paragraph]
        # in the order the model lists them (a stable sort by start keeps it for equal starts)
        self.terms = sorted(((a, b, 0, g) for g in doc.glossary for a, b in g.spans), key=lambda m: m[0])
        self.actors = sorted(((a, b, 1, actor) for actor in doc.actors for a, b in actor.spans), key=lambda m: m[0])
        self._term_starts = [m[0] for m in self.terms]
        self._actor_starts = [m[0] for m in self.actors]

    def sentence_at(self, start: int, end: int):
        """The first sentence holding original[start:end]."""
        i = bisect_right(self.starts, start) - 1
        if 0 <= i and self.sentences[i].start <= start and end <= self.sentences[i].end:
            return self.sentences[i]
        return next(s for s in self.sentences if s.start <= start and end <= s.end)

    def within(self, marks: list, start: int, end: int) -> list:
        """The marks of `marks` (self.terms or self.actors) lying inside [start, end]."""
        keys = self._term_starts if marks is self.terms else self._actor_starts
        out = []
        for k in range(bisect_left(keys, start), bisect_right(keys, end)):
            if marks[k][1] <= end:
                out.append(marks[k])
        return out


@lru_cache(maxsize=None)
def _words_pattern_cached(names: tuple[str, ...]) -> re.Pattern:
    alternatives = sorted((re.escape(n) for n in names if n), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


def _words_pattern(names: list[str]) -> re.Pattern:
    """Any of `names` as whole words (English is matched case-sensitively: "Iran" ≠ "iran")."""
    return _words_pattern_cached(tuple(names))


def page_file(slug: str, name: str, lang: str) -> str:
    """docs-relative path of a generated page (suffix i18n structure)."""
    return f"{slug}/{name}.md" if lang == "ar" else f"{slug}/{name}.{lang}.md"


def note_path(ctx: Context, name: str) -> str:
    """Repository-relative path of the editor's Markdown for page `name` in this language."""
    return ctx.notes_rel + "/" + (f"{name}.md" if ctx.lang == "ar" else f"{name}.{ctx.lang}.md")


def front_matter(ctx: Context, name: str, title: str, description: str, draft: bool = False) -> str:
    """YAML front matter whose first line says the file is generated and what to edit.
    `title_lang`/`description_lang: ar`: Arabic shown on a page of another language (the hooks
    and templates mark it). `english_draft` (English pages): the English side is a draft, so its
    pages carry `robots: noindex` and, with their Arabic pages (archive.english_draft), are no
    hreflang pair and stay out of the sitemap. The Arabic pages do not change with the English."""
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
        f"og_type: article",
        *([f"title_lang: ar"] if ctx.lang != "ar" and safe.arabic(title) else []),
        *([f"description_lang: ar"] if ctx.lang != "ar" and safe.arabic(description) else []),
        *(["english_draft: true", "robots: noindex"] if draft and ctx.lang != "ar" else []),
        f"schema: {_yaml_str(page_schema(ctx, name))}",
        "---",
        "",
    ]
    return "\n".join(lines)


def translation_notice(ctx: Context, progress: tuple[int, int] | None = None) -> str:
    """One visible note per page: the passages this page shows untranslated or under review
    (each passage once, however often the page shows it); on a draft English side (`progress`:
    passages translated, of all the explainer's) the same note is the draft banner."""
    states = list(ctx.untranslated.values())
    text = ctx.ui["translation_status"].format(missing=ctx.count("passage", states.count(MISSING)),
                                               fuzzy=ctx.count("passage", states.count(FUZZY)))
    if progress is not None:
        banner = ctx.ui["english_draft"].format(done=progress[0], total=progress[1])
        page = f'<p class="translation-notice">{esc(text)}</p>' if ctx.untranslated else ""
        return f'<div class="english-draft" role="note"><p><strong>{esc(banner)}</strong></p>{page}</div>\n\n'
    if not ctx.untranslated:
        return ""
    return f'<p class="translation-notice" role="note"><strong>{esc(text)}</strong></p>\n\n'


ENGLISH_STATES = ("draft", "published")


def english_draft(meta: dict, done: int, total: int, where: str = "meta.yml") -> bool:
    """Whether an explainer's English side is a draft: until every passage is translated (none
    missing or under review), unless meta.yml says `english: published`; `english: draft`
    keeps it a draft however far the translation is."""
    said = meta.get("english")
    if said is not None and said not in ENGLISH_STATES:
        raise DataError(f"{where}: english must be one of {', '.join(ENGLISH_STATES)}, found {said!r}")
    if said is not None:
        return said == "draft"
    return done < total


def notes_include(ctx: Context, name: str, repo_root: Path) -> str:
    """The editor's Markdown for this page, when the editor has written one, copied into the page
    (the generation record covers the notes, so a saved note regenerates the page under `mkdocs
    serve`). No include directive is left for the build to follow: the note is read here, from a
    real file inside the project, and nothing it says can pull in another file."""
    rel = note_path(ctx, name)
    path = repo_root / rel
    if not path.exists() and not path.is_symlink():
        return ""
    safe.check_path(path, repo_root, "note")
    try:
        note = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise safe.UnsafeValue(f"{rel}: not valid UTF-8 (byte {err.start}); save it as UTF-8") from None
    label = f'<p class="editorial-label"><small>[{esc(ctx.ui["editorial"])}]</small></p>'
    return f'<div class="editorial" markdown="1">\n{label}\n\n{note.strip()}\n\n</div>\n\n'


def editor_footer(ctx: Context, name: str) -> str:
    rel = note_path(ctx, name)
    return f'\n<p class="editor-hint" data-search-ignore><small>{esc(ctx.ui["generated_note"])} <code>{esc(rel)}</code></small></p>\n'


def _yaml_str(text: str) -> str:
    """One double-quoted YAML scalar on one line, whatever `text` holds (quotes, newlines,
    characters YAML may not carry raw): PyYAML's own emitter escapes them."""
    return yaml.dump(text, Dumper=yaml.SafeDumper, allow_unicode=True, default_style='"', width=10**9).rstrip("\n")


def render_source(doc: Document, meta: dict, catalogue: Catalogue, repo_root: Path) -> dict[str, str]:
    """All generated files of one source, as {docs-relative path: text}."""
    from .pages import PAGES  # the page bodies; imported here to keep this module the framework

    notes_rel = f"sources/{doc.slug}/notes"
    files: dict[str, str] = {}
    rendered = []
    for lang in LANGS:
        ctx = Context(doc, meta, lang, catalogue, notes_rel, repo_root=repo_root)
        for name, build in PAGES.items():
            ctx.page = name
            ctx.seen_terms = set()
            ctx.untranslated = {}
            title, description, body = build(ctx)
            if name != "index" and doc.source.title:  # say which explainer, in search results too
                description = f"{ctx.tr_plain('title', doc.source.title, shown=False)} — {description}"
            heading = ctx.inline(title, passage="title" if name == "index" and ctx.untranslated.get("title") == MISSING else None)
            rendered.append((ctx, name, lang, title, description, heading, body, dict(ctx.untranslated)))
    done, _, total = catalogue.coverage()
    draft = english_draft(meta, done, total, f"sources/{doc.slug}/meta.yml")
    for ctx, name, lang, title, description, heading, body, untranslated in rendered:
        ctx.page, ctx.untranslated = name, untranslated
        text = front_matter(ctx, name, title, description, draft)
        text += f"# {heading} {{#{name}}}\n\n"
        text += translation_notice(ctx, (done, total) if draft and lang != "ar" else None)
        text += notes_include(ctx, name, repo_root)
        text += body.rstrip() + "\n"
        text += editor_footer(ctx, name)
        files[page_file(doc.slug, name, lang)] = text
    files[f"data/{doc.slug}.json"] = doc.to_json()
    return files
