"""What a translator sees beside each en.po entry, and what other explainers already translated.

- `notes`: for every entry an extracted comment (`#.`: what the item is, the whole Arabic sentence
  it comes from, who says it) and references (`#:`: the English pages and anchors that show it),
  the conventions of gettext, Poedit and Weblate. Rewritten at every build from the model.
- `Memory`: the confirmed translations of every other explainer's en.po, by kind of entry, so a
  new entry whose Arabic was translated before (an actor's name or office, a reporting cue, a
  glossary term, an identical sentence) is pre-filled as fuzzy, naming where it came from.
"""

from __future__ import annotations

import re
from pathlib import Path

import polib

from .model import Document, speakers
from .translate import check_po

_ITEM = re.compile(r"(claim|denial|cue|actor|title|event|writer|glossary|removed):(.+)\Z")
_SENTENCE = re.compile(r"p\d+s\d+\Z")
_TAG = re.compile(r"tag\d+\Z")


def kind_of(ctx: str) -> str:
    """The kind of an entry id: claim, cue, actor, … ; sentence for `p3s2`, tag for `tag2`,
    else the id itself (title, byline, credit)."""
    m = _ITEM.match(ctx)
    if m:
        return m.group(1)
    return "sentence" if _SENTENCE.match(ctx) else "tag" if _TAG.match(ctx) else ctx


def _anchor(ctx: str) -> str:
    """The id an item carries on the page that shows it in full."""
    m = _ITEM.match(ctx)
    if m:
        return "removed" if m.group(1) == "removed" else m.group(2)
    return ctx if _SENTENCE.match(ctx) else "article"


def page_url(slug: str, page: str, lang: str = "en") -> str:
    """Site-relative address of a generated page (directory URLs), as the references give it."""
    return f"{lang}/{slug}/" + ("" if page == "index" else f"{page}/")


def references(slug: str, pages: dict[str, list[str]], files: dict[str, str]) -> dict[str, list[str]]:
    """For each item id, the English pages that show it (`en/<slug>/claims/#c5`), with the item's
    anchor where that page has it. `pages` is what the catalogue recorded while rendering;
    `files` the rendered pages, {docs-relative path: text}."""
    out: dict[str, list[str]] = {}
    for ctx, names in pages.items():
        anchor = _anchor(ctx)
        places = []
        for name in names:
            text = files.get(f"{slug}/{name}.en.md", "")
            has = f'id="{anchor}"' in text or f"{{#{anchor}}}" in text
            places.append(page_url(slug, name) + (f"#{anchor}" if has else ""))
        out[ctx] = places
    return out


def _actor_name(doc: Document, actor_id: str) -> str:
    actor = next((a for a in doc.actors if a.id == actor_id), None)
    if actor is None:
        return actor_id
    english = f" ({actor.names['en'][0]})" if actor.names.get("en") else ""
    return actor.names["ar"][0] + english


def _said_by(doc: Document, item) -> str:
    ids = speakers(item)
    if ids:
        return "Said by: " + " and ".join(_actor_name(doc, i) for i in ids)
    if getattr(item, "status", None) == "unconfirmed":
        return "Said by: nobody named (a report the article does not attribute)"
    return "Said by: someone the pipeline could not identify"


def _in_sentence(doc: Document, sid: str) -> str:
    return f"Sentence {sid}: {doc.sentence(sid).text}"


def comments(doc: Document, meta: dict) -> dict[str, str]:
    """The extracted comment (`#.`) of every entry id an explainer can ask for."""
    out: dict[str, str] = {}
    for s in doc.sentences:
        items = [i for i in doc.claims + doc.denials if i.sentence == s.id]
        said = "; ".join(f"{i.id}: {_said_by(doc, i)}" for i in items)
        out[s.id] = (f"Sentence {s.id} of the article (paragraph {s.paragraph})."
                     + (f" Statements in it: {said}" if said else " It quotes no one."))
    for item in doc.claims + doc.denials:
        kind = "claim" if item in doc.claims else "denial"
        where = f"{_said_by(doc, item)}\n{_in_sentence(doc, item.sentence)}"
        out[f"{kind}:{item.id}"] = f"What {item.id} says ({kind}, the words as quoted).\n{where}"
        out[f"cue:{item.id}"] = (f"The reporting cue of {item.id}: the verb or phrase that introduces the "
                                 f"statement «{item.text[:60]}».\n{where}")
    for a in doc.actors:
        first = f"\n{_in_sentence(doc, a.mentions[0])}" if a.mentions else ""
        draft = (f"\nDrafted English spelling (arabic-name-romanizer, shown as a draft until confirmed here): "
                 f"{a.en_draft}") if getattr(a, "en_draft", None) else ""
        out[f"actor:{a.id}"] = f"The name of an actor ({a.kind}) as printed in the article.{first}{draft}"
        if a.title:
            out[f"title:{a.id}"] = f"The office of {_actor_name(doc, a.id)}, printed before the name.{first}"
    for e in doc.events:
        out[f"event:{e.id}"] = (f"A date as the article writes it ({e.id}, {e.date}); the pages also give the "
                                f"date itself in English.\n{_in_sentence(doc, e.sentence)}")
    for w in doc.writer:
        out[f"writer:{w.id}"] = f"The writer's own words (no one is quoted), the start of a sentence.\n{_in_sentence(doc, w.sentence)}"
    for g in doc.glossary:
        first = f"\n{_in_sentence(doc, g.mentions[0])}" if g.mentions else ""
        out[f"glossary:{g.id}"] = f"A glossary term as the article prints it.{first}"
    src = doc.source
    out["title"] = "The article's headline."
    out["byline"] = "The author's name as printed in the article's byline."
    out["credit"] = "The news agency credited in the article."
    for k, _ in enumerate(src.tags, 1):
        out[f"tag{k}"] = "A section tag printed above the headline."
    for k, r in enumerate(src.removed, 1):
        out[f"removed:{k}"] = f"A line of the web page around the article, removed from it ({r.reason})."
    return out


def notes(doc: Document, meta: dict, pages: dict[str, list[str]], files: dict[str, str]) -> dict[str, tuple[str, list[str]]]:
    """Comment and references of every item id the English pages asked for."""
    said = comments(doc, meta)
    places = references(doc.slug, pages, files)
    return {ctx: (said.get(ctx, f"Item {ctx} of the article."), places[ctx]) for ctx in pages}


class Memory:
    """Confirmed translations (not fuzzy, not empty) of the other explainers' en.po files, looked
    up by the kind of entry and its exact Arabic: an actor's name or office, a cue, a glossary
    term, a sentence or quote. Entries of the same kind only: «إعلان» is a cue ("announcement")
    and a removed advertisement label ("Advertisement")."""

    def __init__(self, root: Path, slug: str):
        self.found: dict[tuple[str, str], tuple[str, str]] = {}
        for po_path in sorted((root / "sources").glob("*/en.po")):
            if po_path.parent.name == slug or po_path.is_symlink():
                continue
            rel = f"sources/{po_path.parent.name}/en.po"
            text = check_po(po_path.read_bytes(), rel)
            for entry in polib.pofile(text, wrapwidth=0) if text.strip() else ():
                if entry.obsolete or not entry.msgstr or "fuzzy" in entry.flags or not entry.msgctxt:
                    continue
                key = (kind_of(entry.msgctxt), entry.msgid)
                self.found.setdefault(key, (entry.msgstr, f"{rel} ({entry.msgctxt})"))

    def lookup(self, ctx: str, arabic: str) -> tuple[str, str] | None:
        """(English, where it came from) for a new entry, or None."""
        return self.found.get((kind_of(ctx), arabic))
