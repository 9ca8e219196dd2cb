"""The bodies of the generated pages. Each function takes a render Context and returns
(title, description, Markdown body); render.py adds the header, the editor's notes and a footer.
"""

from __future__ import annotations

import re

from . import safe, svg
from .ingest import RENDERED_FROM_MODEL
from .lexicon import fold
from .model import speakers
from .render import Context, esc
from .translate import OK


def overview(ctx: Context) -> tuple[str, str, str]:
    """What happened, who, when, in a few lines; then the article's metadata."""
    doc, ui = ctx.doc, ctx.ui
    src = doc.source
    title = ctx.tr_plain("title", src.title) if src.title else ui["overview"]
    out = []
    lead = next((s for s in doc.sentences if s.paragraph), doc.sentences[0])  # (not the headline: it is the title)
    out.append(f"## {esc(ui['what'])} {{#what}}\n")
    out.append(f'<p class="lead">{ctx.tr_rich(lead.id, lead.text, lead.start)} {ctx.link_sentence(lead.id)}</p>\n')
    if doc.claims or doc.denials:
        out.append(f"## {esc(ui['who'])} {{#who}}\n")
        out.append(actor_diagram(ctx))
    if doc.events:
        out.append(f"## {esc(ui['when'])} {{#when}}\n")
        dates = _dates(ctx)
        (first, _, first_inferred), (last, _, last_inferred) = dates[0], dates[-1]
        out.append(f'<p>{ctx.time(first, first_inferred)} – {ctx.time(last, last_inferred)} · <a href="{ctx.href("timeline")}">{esc(ui["timeline"])}</a> · '
                   f'<a href="{ctx.href("denials")}">{esc(ui["denials"])} ({len(doc.denials)})</a> · '
                   f'<a href="{ctx.href("claims")}">{esc(ui["claims"])} ({len(doc.claims)})</a></p>\n')
    out.append(known_disputed_unknown(ctx))
    out.append(f"## {esc(ui['source'])} {{#article}}\n")
    rows = [
        (ui["headline"], ctx.tr("title", src.title) if src.title else esc(ui["unknown"])),
        (ui["byline"], _name(ctx, "byline", src.byline)),
        (ui["credit"], _name(ctx, "credit", src.credit or ctx.meta.get("credit"))),
        (ui["tags"], ui["list_sep"].join(ctx.tr(f"tag{i}", t) for i, t in enumerate(src.tags, 1)) or esc(ui["unknown"])),
        (ui["sentences_count"].rstrip(":："), str(len(doc.sentences))),
    ]
    if src.published:  # printed above the article (a date line), so known, not inferred
        rows.insert(3, (ui["published_printed"], ctx.time(src.published, [])))
    if src.url:  # untrusted text: a link only to a web address, anything else shown as text
        shown = esc(src.url)
        if ctx.lang != "ar" and safe.arabic(src.url):  # an address with Arabic words: its host, then …
            host = re.match(r"(?:https?://)?([^/\s]*)", src.url).group(1)
            shown = esc(f"{host}/…") if host and not safe.arabic(host) else shown
        if safe.web_address(src.url):
            shown = f'<a href="{safe.attr(src.url)}" rel="nofollow noopener noreferrer">{shown}</a>'
        rows.insert(3, (ui["original_address"], f'<bdi lang="en" dir="ltr">{shown}</bdi>'))
    out.append('<dl class="article-meta">')
    for label, value in rows:
        out.append(f"<dt>{esc(label)}</dt><dd>{value}</dd>")
    out.append("</dl>\n")
    out.append(f'<p><a href="{ctx.href("source")}">{esc(ui["source"])}</a> · '
               f'<a href="{ctx.data_href()}" type="application/json">{esc(ui["data"])}</a></p>\n')
    description = ctx.tr_plain(lead.id, lead.text, shown=False)
    return title, description, "\n".join(out)


def source(ctx: Context) -> tuple[str, str, str]:
    """The cleaned article, every sentence anchored and its role marked; removed chrome listed."""
    doc, ui = ctx.doc, ctx.ui
    out = []
    paragraphs: dict[int, list] = {}
    for s in doc.sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    for number, sentences in paragraphs.items():
        spans = []
        for s in sentences:
            role = ui[f"role_{s.role}"]
            spans.append(
                f'<span class="source-sentence role-{s.role}" id="{s.id}">'
                f'<a class="sentence-id" data-search-ignore href="#{s.id}">'
                f'<small>[{esc(ctx.sentence_label(s.id))} · {esc(role)}]</small></a> {ctx.tr_rich(s.id, s.text, s.start)}{_items_of(ctx, s.id)}</span>'
            )
        out.append(f'<p class="source-paragraph" id="p{number}" data-search-section>' + " ".join(spans) + "</p>\n")
        if ctx.lang != "ar" and number:
            original = " ".join(ctx.linked(s) for s in sentences)
            out.append(
                f'<details class="original"><summary>{esc(ui["original"])} ({esc(ui["paragraph_n"].format(p=number))})</summary>'
                f'<p lang="ar" dir="rtl">{original}</p></details>\n'
            )
    removed = doc.source.removed
    out.append(f'<details class="removed-chrome" id="removed"><summary>{esc(ui["removed"])} ({len(removed)})</summary>')
    out.append(f"<p>{esc(ui['removed_intro'])}</p><ul>")
    for k, r in enumerate(removed, 1):
        english = "" if ctx.lang == "ar" or r.reason in RENDERED_FROM_MODEL else _beside(ctx, f"removed:{k}", r.text)
        out.append(f'<li><span lang="ar" dir="rtl">{esc(r.text)}</span>{english} — {esc(ctx.reason(r.reason))}</li>')
    out.append("</ul></details>\n")
    title = ui["source"]
    description = (doc.source.title or title) if ctx.lang == "ar" else ctx.tr_plain("title", doc.source.title or "", shown=False)
    return title, description, "\n".join(out)


def _items_of(ctx: Context, sid: str) -> str:
    """Links from a sentence to the claims and denials taken from it."""
    items = [i for i in ctx.doc.claims + ctx.doc.denials if i.sentence == sid]
    if not items:
        return ""
    links = ctx.ui["list_sep"].join(item_link(ctx, i, "item-ref") for i in items)
    return f' <small class="sentence-items" data-search-ignore>({links})</small>'


def _beside(ctx: Context, key: str, arabic: str) -> str:
    """" (English)" after Arabic the page already shows (a cue, a date expression, a removed
    line): the translation, marked when under review; when there is none, a note that says so,
    never the same Arabic again."""
    state = ctx.state(key, arabic)
    if state == "missing":
        return f' <small class="translation-missing" data-passage="{safe.attr(key)}">({esc(ctx.ui["not_translated"])})</small>'
    return f" ({ctx.tr(key, arabic)})"


def _name(ctx: Context, key: str, value: str | None) -> str:
    if isinstance(value, str) and value.strip().lower() == "unknown":
        value = None
    if not value:  # nothing printed: the editor's English (meta.yml) may still say it
        given = ctx.lookup(key, "") if ctx.lang != "ar" else None
        return esc(given.text) if given is not None and given.state == "ok" else esc(ctx.ui["unknown"])
    return ctx.tr(key, value)




# -- pages built from the extracted model -------------------------------------------------------

UNIDENTIFIED = "?unidentified"  # stands for "a speaker the pipeline could not identify" in `who`
FEW_WORDS = 6  # words of a statement shown in a reader's label of it


def who(item):
    """The speaker key of a claim or denial: its actor id (a tuple of ids for a joint subject);
    None for an unsourced report (the article names no one); UNIDENTIFIED when someone spoke but
    the pipeline does not know who."""
    if isinstance(item.by, list):
        return tuple(item.by)
    if item.by is not None:
        return item.by
    return None if getattr(item, "status", None) == "unconfirmed" else UNIDENTIFIED


def actor_name(ctx: Context, actor_id) -> str:
    """An actor's display name in the page language, linked to its section on the actors page
    (every party of a joint subject, joined)."""
    if isinstance(actor_id, (tuple, list)):
        return ctx.ui["list_sep"].join(actor_name(ctx, a) for a in actor_id)
    if actor_id is None:
        return esc(ctx.ui["unattributed"])
    if actor_id == UNIDENTIFIED:
        return f'<span class="speaker-unidentified">{esc(ctx.ui["unidentified"])}</span>'

    actor = next((a for a in ctx.doc.actors if a.id == actor_id), None)
    if actor is None:
        return esc(actor_id)
    return f'<a class="actor-ref" href="{ctx.href("actors", actor.id)}">{_actor_label(ctx, actor)}</a>'


def actor_plain(ctx: Context, actor_id, shown: bool = True) -> str:
    """An actor's name as plain text in the page language (for diagrams and descriptions;
    `shown`: the page shows it, so an untranslated name is counted)."""
    if isinstance(actor_id, (tuple, list)):
        return ctx.ui["list_sep"].join(actor_plain(ctx, a, shown) for a in actor_id)
    if actor_id is None:
        return ctx.ui["unattributed"]
    if actor_id == UNIDENTIFIED:
        return ctx.ui["unidentified"]
    actor = next((a for a in ctx.doc.actors if a.id == actor_id), None)
    if actor is None:
        return actor_id
    if ctx.lang != "ar" and actor.names["en"]:
        return actor.names["en"][0]
    draft = _draft_name(ctx, actor)
    if draft:
        return f"{draft} ({ctx.ui['name_draft']})"
    return ctx.display_name(ctx.tr_plain(f"actor:{actor.id}", actor.names["ar"][0], shown))


def _draft_name(ctx: Context, actor) -> str | None:
    """On an English page, a person's drafted English name (names.py) while no translator has
    confirmed one in en.po (the entry stays untranslated in en.po and in its coverage). None otherwise."""
    if ctx.lang == "ar" or not getattr(actor, "en_draft", None):
        return None
    key = f"actor:{actor.id}"
    if ctx.lookup(key, actor.names["ar"][0]).state == OK:
        return None
    return actor.en_draft


def speaker_name(ctx: Context, item) -> str:
    """Who said a claim or denial (linked), and, when the speaker rests on weak evidence, the visible
    mark "attribution inferred" («الإسناد مستنتج»): never shown as fact."""
    name = actor_name(ctx, who(item))
    if getattr(item, "inferred", False):
        name += f' <small class="attribution-inferred">({esc(ctx.ui["attribution_inferred"])})</small>'
    return name


def speaker_plain(ctx: Context, item) -> str:
    """As speaker_name, as plain text."""
    name = actor_plain(ctx, who(item))
    return f"{name} ({ctx.ui['attribution_inferred']})" if getattr(item, "inferred", False) else name


def _actor_label(ctx: Context, actor) -> str:
    """The English name from the gazetteer when there is one, else the (translated) Arabic name;
    on Arabic pages the name as a label (nominative)."""
    if ctx.lang != "ar" and actor.names["en"]:
        return esc(actor.names["en"][0])
    draft = _draft_name(ctx, actor)
    if draft:  # "Samer Al-Haddad (draft name)": a likely spelling, not yet confirmed
        return f'{esc(draft)} <small class="name-draft">({esc(ctx.ui["name_draft"])})</small>'
    if ctx.lang == "ar":
        return esc(ctx.display_name(actor.names["ar"][0]))
    return ctx.tr_inline(f"actor:{actor.id}", actor.names["ar"][0])


# -- reader labels of claims and denials: never their ids ---------------------------------------

def _kind(item) -> str:
    return "claim" if hasattr(item, "status") else "denial"


def _page(item) -> str:
    return "claims" if _kind(item) == "claim" else "denials"


def item_label(ctx: Context, item) -> str:
    """"Claim 3" / «الادعاء 3»: the item's number in its list, in the page's language."""
    items = ctx.doc.claims if _kind(item) == "claim" else ctx.doc.denials
    number = next(k for k, i in enumerate(items, 1) if i.id == item.id)
    return ctx.ui[f"{_kind(item)}_n"].format(n=number)


def _few(ctx: Context, item) -> tuple[str, bool]:
    """The first words of the statement in the page's language (its translation on English
    pages), without quotation marks, and whether they are the Arabic (no translation yet)."""
    key = f"{_kind(item)}:{item.id}"
    text = ctx.tr_plain(key, item.text)
    words = text.split()
    short = " ".join(words[:FEW_WORDS]) + ("…" if len(words) > FEW_WORDS else "")
    return short.strip('"«»“”'), ctx.lang != "ar" and text == item.text


def few_words(ctx: Context, item) -> str:
    """The first words of the statement, in the quotation marks of their language."""
    short, arabic = _few(ctx, item)
    return f"«{short}»" if arabic else ctx.ui["quote_open"] + short + ctx.ui["quote_close"]


def few_words_html(ctx: Context, item) -> str:
    """As few_words, as HTML: Arabic words on an English page marked as Arabic, in «»."""
    short, arabic = _few(ctx, item)
    if arabic:
        return ctx.inline(short, quote=True, passage=f"{_kind(item)}:{item.id}")
    return esc(ctx.ui["quote_open"] + short + ctx.ui["quote_close"])


def item_summary(ctx: Context, item) -> str:
    """Its number, who said it and a few words of it, as plain text:
    "Denial 1 — Iraqi officials: “reports of …”" / «النفي 1 — مسؤولون عراقيون: «تقارير …»»."""
    return f"{item_label(ctx, item)} — {speaker_plain(ctx, item)}: {few_words(ctx, item)}"


def item_summary_html(ctx: Context, item) -> str:
    """As item_summary, as HTML: the Arabic parts (an untranslated name, the first words)
    marked as Arabic on an English page."""
    return f"{esc(item_label(ctx, item) + ' — ')}{_speaker_inline(ctx, item)}{esc(': ')}{few_words_html(ctx, item)}"


def _speaker_inline(ctx: Context, item) -> str:
    """The speaker as HTML text (no link: the summary is inside one), Arabic marked."""
    name = actor_inline(ctx, who(item))
    return name + (esc(f" ({ctx.ui['attribution_inferred']})") if getattr(item, "inferred", False) else "")


def actor_inline(ctx: Context, actor_id) -> str:
    """As actor_plain, as HTML text: an untranslated name on an English page marked as Arabic."""
    if isinstance(actor_id, (tuple, list)):
        return ctx.ui["list_sep"].join(actor_inline(ctx, a) for a in actor_id)
    actor = next((a for a in ctx.doc.actors if a.id == actor_id), None)
    if actor is None or ctx.lang == "ar" or actor.names["en"]:
        return esc(actor_plain(ctx, actor_id))
    return ctx.tr_inline(f"actor:{actor.id}", actor.names["ar"][0])


def item_link(ctx: Context, item, cls: str = "", words: bool = False) -> str:
    """A link to a claim or denial, labelled by its number (and, with `words`, its speaker and words)."""
    text = item_summary_html(ctx, item) if words else esc(item_label(ctx, item))
    attr = f' class="{cls}"' if cls else ""
    return f'<a{attr} href="{ctx.href(_page(item), item.id)}">{text}</a>'


def _items_by_id(ctx: Context) -> dict:
    return {i.id: i for i in ctx.doc.claims + ctx.doc.denials}


def _item_block(ctx: Context, item, kind: str) -> str:
    """One claim or denial: speaker, cue, verbatim quote (and, in English, the quote translated),
    date, and links to its sentence and to the items it answers or that answer it."""
    ui = ctx.ui
    if any(ch.isalpha() for ch in item.cue):
        cue = f'<q lang="ar" dir="rtl">{esc(item.cue)}</q>'
        if ctx.lang != "ar":
            cue += _beside(ctx, f"cue:{item.id}", item.cue)
    else:  # «NAME: quote» (a headline): the colon is the cue; it is named, not quoted or translated
        cue = esc(ui["cue_colon"])
    parts = [f'<div class="item item-{kind}" id="{item.id}" data-search-section>']
    parts.append(f'<p class="item-head"><strong>{esc(item_label(ctx, item))}</strong> · {speaker_name(ctx, item)} · '
                 f'<span class="cue">{esc(ui["cue"])}: {cue}</span>'
                 + (f' · {esc(ui["relayed_by"])} {actor_name(ctx, item.relayed_by)}' if item.relayed_by else "")
                 + (f' · {ctx.time(item.date, item.date_inferred)}' if item.date else "")
                 + (f' · <span class="status status-{item.status}">{esc(ui["status_" + item.status])}</span>' if kind == "claim" else "")
                 + "</p>")
    if ctx.lang == "ar":
        parts.append(f'<blockquote class="quote-source"><p>{ctx.rich_ar(item.start, item.end)}</p></blockquote>')
    else:
        parts.append(f'<blockquote class="quote-source" lang="ar" dir="rtl"><p>{esc(item.text)}</p></blockquote>')
        parts.append(_translated_quote(ctx, f"{kind}:{item.id}", item.text, item.start))
    parts.append(f'<p class="item-links"><small>{esc(ui["verbatim_from"])} {ctx.link_sentence(item.sentence)}</small></p>')
    parts.append(_related_lines(ctx, item))
    parts.append("</div>")
    return "\n".join(p for p in parts if p)


def _translated_quote(ctx: Context, key: str, arabic: str, start: int) -> str:
    """"Translated quote: “…”" under the Arabic quote of an English page; without a translation,
    one note that there is none yet (the Arabic is just above, never repeated)."""
    label = f'<small>{esc(ctx.ui["translated_quote"])}:</small>'
    if ctx.state(key, arabic) == "missing":
        return (f'<p class="quote-translated">{label} <span class="translation-missing" data-passage="{safe.attr(key)}">'
                f'{esc(ctx.ui["not_translated"])}</span></p>')
    return f'<p class="quote-translated">{label} <q>{ctx.tr_rich(key, arabic, start)}</q></p>'


def _related_lines(ctx: Context, item) -> str:
    """What the article sets beside this item, and what it sets this item beside: labelled as
    related, never as a denial or an answer."""
    ui, by_id = ctx.ui, _items_by_id(ctx)
    lines = []
    if item.related in by_id:
        lines.append(f'{esc(ui["related_to"])} {item_link(ctx, by_id[item.related], words=True)}')
    for other in ctx.doc.claims + ctx.doc.denials:
        if other.related == item.id:
            lines.append(f'{esc(ui["related_from"])} {item_link(ctx, other, words=True)}')
    return "".join(f'<p class="related"><small>{line}</small></p>' for line in lines)


def claims(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = [f"<p>{esc(ui['claims_intro'])}</p>\n"]
    if ctx.doc.writer:
        out.append(f'<p class="writer-pointer"><small>{esc(ui["writer_pointer"])} '
                   f'<a href="{ctx.href("background", "writer")}">{esc(ui["writer_heading"])}</a></small></p>\n')
    for c in ctx.doc.claims:
        out.append(_item_block(ctx, c, "claim"))
        answered = [d for d in ctx.doc.denials if d.denies == c.id]
        if answered:
            links = ui["list_sep"].join(item_link(ctx, d, words=True) for d in answered)
            out.append(f'<p class="answered-by"><small>{esc(ui["denied_by"])} {links}</small></p>')
        out.append("")
    return ui["claims"], ui["claims_intro"], "\n".join(out)


def denials(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = [f"<p>{esc(ui['denials_intro'])}</p>\n"]
    claims_by_id = {c.id: c for c in ctx.doc.claims}
    for d in ctx.doc.denials:
        out.append('<div class="pair">')
        out.append(_item_block(ctx, d, "denial"))
        if d.denies and d.denies in claims_by_id:
            c = claims_by_id[d.denies]
            out.append(f'<div class="denied"><p><small>{esc(ui["answers"])} {item_link(ctx, c, words=True)}</small></p>'
                       f'<blockquote class="quote-source" lang="ar" dir="rtl"><p>{esc(c.text)}</p></blockquote>'
                       + ("" if ctx.lang == "ar" else _translated_quote(ctx, f"claim:{c.id}", c.text, c.start))
                       + "</div>")
        else:
            out.append(f'<p class="denied"><small>{esc(ui["answers_nothing"])}</small></p>')
        out.append("</div>\n")
    return ui["denials"], ui["denials_intro"], "\n".join(out)


def _speakers_in_order(ctx: Context) -> list:
    found = list(dict.fromkeys(who(i) for i in ctx.doc.claims + ctx.doc.denials))
    found.sort(key=lambda a: (a == UNIDENTIFIED, a is None))
    return found


def _inferred_tag(ctx: Context, item) -> str:
    """" (inferred)" after an item whose speaker is inferred, as plain text; else nothing."""
    return f" ({ctx.ui['inferred_short']})" if getattr(item, "inferred", False) else ""


def _speaker_rows(ctx: Context) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each speaker (unattributed reports last) with the items they claim or deny, as pill labels
    ("Denial 1 → Claim 8"; the arrow points along the page's reading direction)."""
    arrow = ctx.ui["arrow"]
    by_id = _items_by_id(ctx)
    rows = []
    for by in _speakers_in_order(ctx):
        items = [(item_label(ctx, c) + _inferred_tag(ctx, c), "dg-claim") for c in ctx.doc.claims if who(c) == by]
        items += [((f"{item_label(ctx, d)} {arrow} {item_label(ctx, by_id[d.denies])}" if d.denies in by_id else item_label(ctx, d))
                   + _inferred_tag(ctx, d), "dg-denial")
                  for d in ctx.doc.denials if who(d) == by]
        rows.append((actor_plain(ctx, by), items))
    return rows


def _relation_rows(ctx: Context) -> list[tuple[str, list[str], list[str]]]:
    ui, by_id = ctx.ui, _items_by_id(ctx)
    rows = []
    for r in ctx.doc.relations:
        item = by_id[r.item]
        heading = f"{item_label(ctx, item)} · {speaker_plain(ctx, item)}"
        denied = [item_label(ctx, d) for d in ctx.doc.denials if d.denies == r.item]
        if denied:
            heading += f" · {ui['denied_by']} {ui['list_sep'].join(denied)}"
        rows.append((heading, [actor_plain(ctx, a) for a in r.parties], [actor_plain(ctx, a) for a in r.against]))
    return rows


def actor_diagram(ctx: Context) -> str:
    """Who claims, who denies, who the statements say cooperates: an SVG and the same as text."""
    ui, by_id = ctx.ui, _items_by_id(ctx)
    labels = {"title": ui["diagram_title"], "said": ui["diagram_said"], "cooperates": ui["diagram_cooperates"],
              "against": ui["diagram_against"], "list_sep": ui["list_sep"], "clause_sep": ui["clause_sep"]}
    svg_text, _ = svg.actor_diagram(_speaker_rows(ctx), _relation_rows(ctx), labels, ctx.dir == "rtl", "actor-diagram-text")
    text = ['<div class="diagram-text" id="actor-diagram-text">', f"<p><strong>{esc(ui['diagram_said'])}</strong></p><ul>"]
    for by in _speakers_in_order(ctx):
        links = [item_link(ctx, c) + esc(_inferred_tag(ctx, c)) for c in ctx.doc.claims if who(c) == by]
        links += [item_link(ctx, d) + esc(_inferred_tag(ctx, d))
                  + (f' ({esc(ui["answers"])} {item_link(ctx, by_id[d.denies])})' if d.denies in by_id else "")
                  for d in ctx.doc.denials if who(d) == by]
        text.append(f"<li>{actor_name(ctx, by)}: {ui['list_sep'].join(links)}</li>")
    text.append("</ul>")
    if ctx.doc.relations:
        text.append(f"<p><strong>{esc(ui['diagram_cooperates'])}</strong></p><ul>")
        for r in ctx.doc.relations:
            denied = [d for d in ctx.doc.denials if d.denies == r.item]
            line = f"{item_link(ctx, by_id[r.item])}: " + ui["list_sep"].join(actor_name(ctx, a) for a in r.parties)
            if r.against:
                line += f"{ui['clause_sep']}{esc(ui['diagram_against'])} " + ui["list_sep"].join(actor_name(ctx, a) for a in r.against)
            if denied:
                line += f" ({esc(ui['denied_by'])} " + ui["list_sep"].join(item_link(ctx, d) for d in denied) + ")"
            text.append(f"<li>{line}</li>")
        text.append("</ul>")
    text.append("</div>")
    return svg.figure("actor-diagram", svg_text, ui["diagram_caption"]) + "\n\n" + "".join(text) + "\n"


def actors(ctx: Context) -> tuple[str, str, str]:
    ui, by_id = ctx.ui, _items_by_id(ctx)
    out = [f"<p>{esc(ui['actors_intro'])}</p>\n", f"## {esc(ui['diagram_title'])} {{#diagram}}\n", actor_diagram(ctx)]
    for a in ctx.doc.actors:
        out.append(f"## {_actor_label(ctx, a)} {{#{a.id}}}\n")
        facts = [f"<dt>{esc(ui['kind'])}</dt><dd>{esc(ui['kind_' + a.kind])}</dd>",
                 f"<dt>{esc(ui['names_ar'])}</dt><dd class=\"as-printed\" lang=\"ar\" dir=\"rtl\">{ui['list_sep_ar'].join(esc(n) for n in a.names['ar'])}</dd>"]
        if a.names["en"]:
            facts.append(f"<dt>{esc(ui['names_en'])}</dt><dd lang=\"en\" dir=\"ltr\">{', '.join(esc(n) for n in a.names['en'])}</dd>")
        if a.title:
            facts.append(f"<dt>{esc(ui['title'])}</dt><dd>{ctx.tr(f'title:{a.id}', a.title)}</dd>")
        if a.affiliation:
            facts.append(f"<dt>{esc(ui['affiliation'])}</dt><dd>{actor_name(ctx, a.affiliation)}</dd>")
        said = [c for c in ctx.doc.claims if a.id in speakers(c)]
        denied = [d for d in ctx.doc.denials if a.id in speakers(d)]
        if said:
            facts.append(f"<dt>{esc(ui['claims'])}</dt><dd>" + ui["list_sep"].join(item_link(ctx, c, words=True) for c in said) + "</dd>")
        if denied:
            facts.append(f"<dt>{esc(ui['denials'])}</dt><dd>" + ui["list_sep"].join(item_link(ctx, d, words=True) for d in denied) + "</dd>")
        # a party of the cooperation, and separately the one it is said to be against: never mixed
        partners = [r for r in ctx.doc.relations if a.id in r.parties]
        opposed = [r for r in ctx.doc.relations if a.id in r.against]
        if partners:
            facts.append(f"<dt>{esc(ui['diagram_cooperates'])}</dt><dd>" + ui["list_sep"].join(
                item_link(ctx, by_id[r.item], words=True) for r in partners) + "</dd>")
        if opposed:
            facts.append(f"<dt>{esc(ui['named_against'])}</dt><dd>" + ui["list_sep"].join(
                item_link(ctx, by_id[r.item], words=True) for r in opposed) + "</dd>")
        facts.append(f"<dt>{esc(ui['mentions'])}</dt><dd>" + ui["list_sep"].join(ctx.link_sentence(s) for s in a.mentions) + "</dd>")
        out.append('<dl class="actor-facts">' + "".join(facts) + "</dl>\n")
    return ui["actors"], ui["actors_intro"], "\n".join(out)


def _dates(ctx: Context) -> list[tuple[str, list, list[str]]]:
    """One entry per date: (ISO date, its events in reading order, the parts inferred in every
    mention of it: a day printed once is printed)."""
    groups: dict[str, list] = {}
    for e in ctx.doc.events:
        groups.setdefault(e.date, []).append(e)
    out = []
    for date, events in groups.items():
        inferred = [p for p in ("day", "month", "year") if all(p in e.inferred for e in events)]
        out.append((date, events, inferred))
    return out


def _date_summary(ctx: Context, date: str, events: list) -> str:
    """What the article dates to `date`, in a few words: the statements dated to it (with their
    speakers), else the role of the sentences that mention it."""
    ui = ctx.ui
    items = [i for i in ctx.doc.claims + ctx.doc.denials if i.date == date]
    if items:
        return ui["list_sep"].join(item_summary(ctx, i) for i in items)
    return ui["list_sep"].join(f"{ui['role_background' if ctx.doc.sentence(e.sentence).role == 'background' else 'role_' + ctx.doc.sentence(e.sentence).role]} "
                               f"({ctx.sentence_label(e.sentence)})" for e in events)


def timeline(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = [f"<p>{esc(ui['timeline_intro'])}</p>\n"]
    rows, previous = [], None
    dates = _dates(ctx)
    for date, events, inferred in dates:
        year = int(date[:4])
        rows.append((ctx.date(date, inferred), _date_summary(ctx, date, events), previous is not None and year - previous > 1))
        previous = year
    if rows:
        labels = {"title": ui["timeline"], "gap": ui["timeline_gap"]}
        svg_text, _ = svg.timeline_diagram(rows, labels, ctx.dir == "rtl", "timeline-list")
        out.append(svg.figure("timeline-diagram", svg_text, ui["timeline_caption"]) + "\n")
    out.append('<ol class="timeline" id="timeline-list">')
    for date, events, inferred in dates:
        mentions = []
        for e in events:
            sentence = ctx.doc.sentence(e.sentence)
            flags = []
            note = ctx.inferred_note(e.inferred)
            if note:
                flags.append(esc(note))
            if e.weekday_mismatch:
                flags.append(esc(ui["weekday_mismatch"]))
            expression = f'<q lang="ar" dir="rtl">{esc(e.text)}</q>'
            if ctx.lang != "ar":
                expression += _beside(ctx, f"event:{e.id}", e.text)
            mentions.append(f'<p id="{e.id}">{expression}'
                            + (f' <small>({ui["list_sep"].join(flags)})</small>' if flags else "")
                            + f': {ctx.tr_rich(sentence.id, sentence.text, sentence.start)} {ctx.link_sentence(e.sentence)}</p>')
        dated = [i for i in ctx.doc.claims + ctx.doc.denials if i.date == date]
        if dated:  # what the diagram says of this date, as text too
            mentions.append('<p class="dated-items"><small>' + ctx.ui["list_sep"].join(item_link(ctx, i, words=True) for i in dated)
                            + "</small></p>")
        out.append(f'<li id="date-{date}" data-search-section><time datetime="{date}"><strong>{esc(ctx.date(date))}</strong></time>'
                   + (f' <small class="date-inferred">({esc(ctx.inferred_note(inferred))})</small>' if inferred else "")
                   + "".join(mentions) + "</li>")
    out.append("</ol>")
    return ui["timeline"], ui["timeline_intro"], "\n".join(out)


def background(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = [f"<p>{esc(ui['background_intro'])}</p>\n"]
    for sid in ctx.doc.background:
        s = ctx.doc.sentence(sid)
        text = ctx.tr_rich(sid, s.text, s.start)
        out.append(f'<p class="background-item" id="bg-{sid}" data-search-section>{text} {ctx.link_sentence(sid)}</p>\n')
    if ctx.doc.writer:
        out.append(f"## {esc(ui['writer_heading'])} {{#writer}}\n")
        out.append(f"<p>{esc(ui['writer_intro'])}</p>\n")
        for w in ctx.doc.writer:
            out.append(f'<p class="writer-item" id="{w.id}" data-search-section>{ctx.tr_rich(f"writer:{w.id}", w.text, w.start)} … '
                       f'{ctx.link_sentence(w.sentence)}</p>\n')
    return ui["background"], ui["background_intro"], "\n".join(out)


# -- what is known, disputed, not known: built from the model, attributed, no verdicts ----------

def known_disputed_unknown(ctx: Context) -> str:
    """Three sections of the overview (anchors known, disputed, not-known, the same in both
    languages): statements on record; denials and what the article sets beside them; unsourced or
    unnamed reports, unidentified speakers, inferred dates and what meta.yml says is unknown.
    Each item is attributed; an editor's note (notes/known.md …) may add to a section."""
    ui, doc = ctx.ui, ctx.doc
    denied = {d.denies for d in doc.denials if d.denies}
    related = {i.related for i in doc.claims + doc.denials if i.related} | \
              {i.id for i in doc.claims + doc.denials if i.related}
    known = [item_link(ctx, c, words=True) for c in doc.claims
             if c.status == "stated" and c.id not in denied and c.id not in related]
    disputed = []
    for d in doc.denials:
        line = item_link(ctx, d, words=True)
        target = next((c for c in doc.claims if c.id == d.denies), None)
        if target is not None:
            line += f" — {esc(ui['answers'])} {item_link(ctx, target, words=True)}"
        disputed.append(line)
    for c in doc.claims:
        if c.status == "stated" and c.id in denied:
            disputed.append(f"{item_link(ctx, c, words=True)} — {esc(ui['denied_by'])} "
                            + ui["list_sep"].join(item_link(ctx, d) for d in doc.denials if d.denies == c.id))
    for i in doc.claims + doc.denials:
        if i.related:
            other = _items_by_id(ctx).get(i.related)
            if other is not None:
                disputed.append(f"{item_link(ctx, i, words=True)} — {esc(ui['related_to'])} {item_link(ctx, other)}")
    unknown = []
    for c in doc.claims:
        if c.status in ("reported", "unconfirmed", "unidentified") and c.id not in denied:
            unknown.append(f"{item_link(ctx, c, words=True)} — {esc(ui['unknown_' + c.status])}")
    for date, events, inferred in _dates(ctx):
        for e in events:
            if e.inferred:
                unknown.append(f"{esc(ui['unknown_date'].format(date=ctx.date(date), parts=ctx.inferred_note(e.inferred)))} "
                               f"{ctx.link_sentence(e.sentence)}")
    printed = {"published": doc.source.published, "url": doc.source.url}  # known from lines above the article
    for key in ("published", "outlet", "url", "author"):
        value = ctx.meta.get(key)
        if value is not None and str(value).strip().lower() in ("unknown", "") and not printed.get(key):
            unknown.append(esc(ui["unknown_meta_" + key]))
    out = []
    for anchor, title, intro, lines in (("known", ui["known"], ui["known_intro"], known),
                                        ("disputed", ui["disputed"], ui["disputed_intro"], disputed),
                                        ("not-known", ui["not_known"], ui["not_known_intro"], unknown)):
        out.append(f"## {esc(title)} {{#{anchor}}}\n")
        out.append(f"<p>{esc(intro)}</p>\n")
        out.append("<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>\n" if lines
                   else f"<p><small>{esc(ui['nothing_here'])}</small></p>\n")
        out.append(ctx.section_note(anchor))
    return "\n".join(out)


def _glossary_key(ctx: Context, terms: list[str]) -> str:
    """Alphabetical order in the page language: Arabic on folded letters (أ إ آ sort with ا)."""
    return fold(terms[0]) if ctx.lang == "ar" else terms[0].casefold()


def glossary(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = [f"<p>{esc(ui['glossary_intro'])}</p>\n"]
    entries = sorted(ctx.doc.glossary, key=lambda g: (_glossary_key(ctx, _terms(ctx, g)), g.id))
    for g in entries:
        terms = _terms(ctx, g)
        heading = esc(terms[0]) if g.terms.get(ctx.lang) else ctx.tr_inline(f"glossary:{g.id}", terms[0])
        out.append(f"## {heading} {{#{g.id}}}\n")
        other = "en" if ctx.lang == "ar" else "ar"
        variants = [ctx.inline(t) for t in terms[1:]] + [f'<span lang="{other}" dir="{"rtl" if other == "ar" else "ltr"}">{esc(t)}</span>' for t in g.terms[other]]
        out.append(f'<p class="variants"><small>{esc(ui["variants"])}:</small> {ui["list_sep"].join(variants)}</p>')
        definition = g.definition.get(ctx.lang)
        if definition:  # a shipped source has every definition (`build --check` says which is missing)
            out.append(f'<p class="editorial definition"><small>[{esc(ui["editorial"])}]</small> {esc(definition)}</p>')
        out.append(f'<p><small>{esc(ui["mentions"])}:</small> ' + ui["list_sep"].join(ctx.link_sentence(s) for s in g.mentions) + "</p>\n")
    return ui["glossary"], ui["glossary_intro"], "\n".join(out)


def _terms(ctx: Context, g) -> list[str]:
    return g.terms.get(ctx.lang) or g.terms["ar"]


PAGES = {"index": overview, "background": background, "actors": actors, "claims": claims,
         "denials": denials, "timeline": timeline, "glossary": glossary, "source": source}
