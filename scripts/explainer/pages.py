"""The bodies of the generated pages. Each function takes a render Context and returns
(title, description, Markdown body); render.py adds the header, the editor's notes and a footer.
"""

from __future__ import annotations

from . import svg
from .lexicon import fold
from .model import speakers
from .render import Context, esc, esc_attr


def overview(ctx: Context) -> tuple[str, str, str]:
    """What happened, who, when, in a few lines; then the article's metadata."""
    doc, ui = ctx.doc, ctx.ui
    src = doc.source
    title = ctx.tr_plain("title", src.title) if src.title else ui["overview"]
    out = []
    lead = doc.sentences[0]
    out.append(f"## {esc(ui['what'])} {{#what}}\n")
    out.append(f'<p class="lead">{ctx.tr_rich(lead.id, lead.text, lead.start)} {ctx.link_sentence(lead.id)}</p>\n')
    if doc.claims or doc.denials:
        out.append(f"## {esc(ui['who'])} {{#who}}\n")
        out.append(actor_diagram(ctx))
    if doc.events:
        out.append(f"## {esc(ui['when'])} {{#when}}\n")
        first, last = doc.events[0].date, doc.events[-1].date
        out.append(f'<p><time datetime="{first}">{esc(ctx.date(first))}</time> – <time datetime="{last}">{esc(ctx.date(last))}</time> · <a href="{ctx.href("timeline")}">{esc(ui["timeline"])}</a> · '
                   f'<a href="{ctx.href("denials")}">{esc(ui["denials"])} ({len(doc.denials)})</a> · '
                   f'<a href="{ctx.href("claims")}">{esc(ui["claims"])} ({len(doc.claims)})</a></p>\n')
    out.append(f"## {esc(ui['source'])} {{#article}}\n")
    rows = [
        (ui["headline"], ctx.tr("title", src.title) if src.title else esc(ui["unknown"])),
        (ui["byline"], _name(ctx, "byline", src.byline)),
        (ui["credit"], _name(ctx, "credit", src.credit)),
        (ui["tags"], ui["list_sep"].join(ctx.tr(f"tag{i}", t) for i, t in enumerate(src.tags, 1)) or esc(ui["unknown"])),
        (ui["sentences_count"].rstrip(":："), str(len(doc.sentences))),
    ]
    out.append('<dl class="article-meta">')
    for label, value in rows:
        out.append(f"<dt>{esc(label)}</dt><dd>{value}</dd>")
    out.append("</dl>\n")
    out.append(f'<p><a href="{ctx.href("source")}">{esc(ui["source"])}</a> · '
               f'<a href="{ctx.data_href()}" type="application/json">{esc(ui["data"])}</a></p>\n')
    description = ctx.tr_plain(lead.id, lead.text)
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
                f'<a class="sentence-id" data-search-ignore href="#{s.id}" title="{esc_attr(ui["sentence"])} {s.id}">'
                f'<small>[{s.id} · {esc(role)}]</small></a> {ctx.tr_rich(s.id, s.text, s.start)}{_items_of(ctx, s.id)}</span>'
            )
        out.append(f'<p class="source-paragraph" id="p{number}" data-search-section>' + " ".join(spans) + "</p>\n")
        if ctx.lang != "ar":
            original = " ".join(ctx.linked(s) for s in sentences)
            out.append(
                f'<details class="original"><summary>{esc(ui["original"])} (p{number})</summary>'
                f'<p lang="ar" dir="rtl">{original}</p></details>\n'
            )
    removed = doc.source.removed
    out.append(f'<details class="removed-chrome" id="removed"><summary>{esc(ui["removed"])} ({len(removed)})</summary>')
    out.append(f"<p>{esc(ui['removed_intro'])}</p><ul>")
    for k, r in enumerate(removed, 1):
        english = "" if ctx.lang == "ar" else f' ({ctx.tr(f"removed:{k}", r.text)})'
        out.append(f'<li><span lang="ar" dir="rtl">{esc(r.text)}</span>{english} — {esc(ctx.reason(r.reason))}</li>')
    out.append("</ul></details>\n")
    title = ui["source"]
    description = (doc.source.title or title) if ctx.lang == "ar" else ctx.tr_plain("title", doc.source.title or "")
    return title, description, "\n".join(out)


def _items_of(ctx: Context, sid: str) -> str:
    """Links from a sentence to the claims and denials taken from it."""
    items = [(i.id, "claims") for i in ctx.doc.claims if i.sentence == sid] + \
            [(i.id, "denials") for i in ctx.doc.denials if i.sentence == sid]
    if not items:
        return ""
    links = ctx.ui["list_sep"].join(f'<a class="item-ref" href="{ctx.href(page, iid)}">{iid}</a>' for iid, page in items)
    return f' <small class="sentence-items" data-search-ignore>({links})</small>'


def _name(ctx: Context, key: str, value: str | None) -> str:
    if not value:
        return esc(ctx.ui["unknown"])
    return ctx.tr(key, value)




# -- pages built from the extracted model -------------------------------------------------------

UNIDENTIFIED = "?unidentified"  # stands for "a speaker the pipeline could not identify" in `who`


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


def actor_plain(ctx: Context, actor_id) -> str:
    """An actor's name as plain text in the page language (for diagrams and descriptions)."""
    if isinstance(actor_id, (tuple, list)):
        return ctx.ui["list_sep"].join(actor_plain(ctx, a) for a in actor_id)
    if actor_id is None:
        return ctx.ui["unattributed"]
    if actor_id == UNIDENTIFIED:
        return ctx.ui["unidentified"]
    actor = next((a for a in ctx.doc.actors if a.id == actor_id), None)
    if actor is None:
        return actor_id
    if ctx.lang != "ar" and actor.names["en"]:
        return actor.names["en"][0]
    return ctx.tr_plain(f"actor:{actor.id}", actor.names["ar"][0])


def _actor_label(ctx: Context, actor) -> str:
    """The English name from the gazetteer when there is one, else the (translated) Arabic name."""
    if ctx.lang != "ar" and actor.names["en"]:
        return esc(actor.names["en"][0])
    return ctx.tr(f"actor:{actor.id}", actor.names["ar"][0])


def _item_block(ctx: Context, item, kind: str) -> str:
    """One claim or denial: speaker, cue, verbatim quote (and, in English, the quote translated),
    date, and links to its sentence and to the items it answers or that answer it."""
    ui = ctx.ui
    cue = f'<q lang="ar" dir="rtl">{esc(item.cue)}</q>'
    if ctx.lang != "ar":
        cue += f" ({ctx.tr(f'cue:{item.id}', item.cue)})"
    parts = [f'<div class="item item-{kind}" id="{item.id}" data-search-section>']
    parts.append(f'<p class="item-head"><strong>{item.id}</strong> · {actor_name(ctx, who(item))} · '
                 f'<span class="cue">{esc(ui["cue"])}: {cue}</span>'
                 + (f' · {esc(ui["relayed_by"])} {actor_name(ctx, item.relayed_by)}' if item.relayed_by else "")
                 + (f' · <time datetime="{item.date}">{esc(ctx.date(item.date))}</time>' if item.date else "")
                 + (f' · <span class="status status-{item.status}">{esc(ui["status_" + item.status])}</span>' if kind == "claim" else "")
                 + "</p>")
    if ctx.lang == "ar":
        parts.append(f'<blockquote class="quote-source"><p>{ctx.rich_ar(item.start, item.end)}</p></blockquote>')
    else:
        parts.append(f'<blockquote class="quote-source" lang="ar" dir="rtl"><p>{esc(item.text)}</p></blockquote>')
        parts.append(f'<p class="quote-translated"><small>{esc(ui["translated_quote"])}:</small> '
                     f'<q>{ctx.tr_rich(f"{kind}:{item.id}", item.text, item.start)}</q></p>')
    parts.append(f'<p class="item-links"><small>{esc(ui["verbatim_from"])} {ctx.link_sentence(item.sentence)}</small></p>')
    parts.append("</div>")
    return "\n".join(parts)


def claims(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = [f"<p>{esc(ui['claims_intro'])}</p>\n"]
    for c in ctx.doc.claims:
        out.append(_item_block(ctx, c, "claim"))
        answered = [d for d in ctx.doc.denials if d.denies == c.id]
        if answered:
            links = ", ".join(f'<a href="{ctx.href("denials", d.id)}">{d.id}</a>' for d in answered)
            out.append(f'<p class="answered-by"><small>{esc(ui["denied_by"])}: {links}</small></p>')
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
            out.append(f'<div class="denied"><p><small>{esc(ui["answers"])} '
                       f'<a href="{ctx.href("claims", c.id)}">{c.id}</a> ({actor_name(ctx, who(c))})</small></p>'
                       f'<blockquote class="quote-source" lang="ar" dir="rtl"><p>{esc(c.text)}</p></blockquote>'
                       + ("" if ctx.lang == "ar" else f'<p class="quote-translated"><small>{esc(ui["translated_quote"])}:</small> '
                          f'<q>{ctx.tr(f"claim:{c.id}", c.text)}</q></p>')
                       + "</div>")
        else:
            out.append(f'<p class="denied"><small>{esc(ui["answers_nothing"])}</small></p>')
        out.append("</div>\n")
    return ui["denials"], ui["denials_intro"], "\n".join(out)


def _speaker_rows(ctx: Context) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each speaker (unattributed reports last) with the items they claim or deny, as pill labels."""
    arrow = "→"  # the label is a left-to-right run ("d1 → c8") in both languages
    speakers = list(dict.fromkeys(who(i) for i in ctx.doc.claims + ctx.doc.denials))
    speakers.sort(key=lambda a: (a == UNIDENTIFIED, a is None))
    rows = []
    for by in speakers:
        items = [(c.id, "dg-claim") for c in ctx.doc.claims if who(c) == by]
        items += [(f"{d.id} {arrow} {d.denies}" if d.denies else d.id, "dg-denial") for d in ctx.doc.denials if who(d) == by]
        rows.append((actor_plain(ctx, by), items))
    return rows


def _relation_rows(ctx: Context) -> list[tuple[str, list[str], list[str]]]:
    ui = ctx.ui
    rows = []
    for r in ctx.doc.relations:
        item = next(i for i in ctx.doc.claims + ctx.doc.denials if i.id == r.item)
        heading = f"{r.item} · {actor_plain(ctx, who(item))}"
        denied = [d.id for d in ctx.doc.denials if d.denies == r.item]
        if denied:
            heading += f" · {ui['denied_by']} {ui['list_sep'].join(denied)}"
        rows.append((heading, [actor_plain(ctx, a) for a in r.parties], [actor_plain(ctx, a) for a in r.against]))
    return rows


def actor_diagram(ctx: Context) -> str:
    """Who claims, who denies, who the statements say cooperates: an SVG and the same as text."""
    ui = ctx.ui
    labels = {"title": ui["diagram_title"], "said": ui["diagram_said"], "cooperates": ui["diagram_cooperates"],
              "against": ui["diagram_against"], "list_sep": ui["list_sep"], "clause_sep": ui["clause_sep"]}
    svg_text, _ = svg.actor_diagram(_speaker_rows(ctx), _relation_rows(ctx), labels, ctx.dir == "rtl")
    text = ['<div class="diagram-text">', f"<p><strong>{esc(ui['diagram_said'])}</strong></p><ul>"]
    for by in dict.fromkeys(sorted((who(i) for i in ctx.doc.claims + ctx.doc.denials), key=lambda a: (a == UNIDENTIFIED, a is None))):
        links = [f'<a href="{ctx.href("claims", c.id)}">{c.id}</a>' for c in ctx.doc.claims if who(c) == by]
        links += [f'<a href="{ctx.href("denials", d.id)}">{d.id}</a>'
                  + (f' ({esc(ui["answers"])} <a href="{ctx.href("claims", d.denies)}">{d.denies}</a>)' if d.denies else "")
                  for d in ctx.doc.denials if who(d) == by]
        text.append(f"<li>{actor_name(ctx, by)}: {ui['list_sep'].join(links)}</li>")
    text.append("</ul>")
    if ctx.doc.relations:
        text.append(f"<p><strong>{esc(ui['diagram_cooperates'])}</strong></p><ul>")
        for r in ctx.doc.relations:
            page = "claims" if r.item.startswith("c") else "denials"
            denied = [d.id for d in ctx.doc.denials if d.denies == r.item]
            line = (f'<a href="{ctx.href(page, r.item)}">{r.item}</a>: '
                    + ui["list_sep"].join(actor_name(ctx, a) for a in r.parties))
            if r.against:
                line += f"{ui['clause_sep']}{esc(ui['diagram_against'])} " + ui["list_sep"].join(actor_name(ctx, a) for a in r.against)
            if denied:
                line += f" ({esc(ui['denied_by'])} " + ui["list_sep"].join(f'<a href="{ctx.href("denials", d)}">{d}</a>' for d in denied) + ")"
            text.append(f"<li>{line}</li>")
        text.append("</ul>")
    text.append("</div>")
    return svg.figure("actor-diagram", svg_text, ui["diagram_caption"]) + "\n\n" + "".join(text) + "\n"


def actors(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = [f"<p>{esc(ui['actors_intro'])}</p>\n", f"## {esc(ui['diagram_title'])} {{#diagram}}\n", actor_diagram(ctx)]
    for a in ctx.doc.actors:
        out.append(f"## {_actor_label(ctx, a)} {{#{a.id}}}\n")
        facts = [f"<dt>{esc(ui['kind'])}</dt><dd>{esc(ui['kind_' + a.kind])}</dd>",
                 f"<dt>{esc(ui['names_ar'])}</dt><dd lang=\"ar\" dir=\"rtl\">{ui['list_sep_ar'].join(esc(n) for n in a.names['ar'])}</dd>"]
        if a.names["en"]:
            facts.append(f"<dt>{esc(ui['names_en'])}</dt><dd lang=\"en\" dir=\"ltr\">{', '.join(esc(n) for n in a.names['en'])}</dd>")
        if a.title:
            facts.append(f"<dt>{esc(ui['title'])}</dt><dd>{ctx.tr(f'title:{a.id}', a.title)}</dd>")
        if a.affiliation:
            facts.append(f"<dt>{esc(ui['affiliation'])}</dt><dd>{actor_name(ctx, a.affiliation)}</dd>")
        said = [c for c in ctx.doc.claims if a.id in speakers(c)]
        denied = [d for d in ctx.doc.denials if a.id in speakers(d)]
        if said:
            facts.append(f"<dt>{esc(ui['claims'])}</dt><dd>" + ", ".join(f'<a href="{ctx.href("claims", c.id)}">{c.id}</a>' for c in said) + "</dd>")
        if denied:
            facts.append(f"<dt>{esc(ui['denials'])}</dt><dd>" + ", ".join(f'<a href="{ctx.href("denials", d.id)}">{d.id}</a>' for d in denied) + "</dd>")
        partners = [r for r in ctx.doc.relations if a.id in r.parties or a.id in r.against]
        if partners:
            facts.append(f"<dt>{esc(ui['diagram_cooperates'])}</dt><dd>" + ", ".join(
                f'<a href="{ctx.href("claims" if r.item.startswith("c") else "denials", r.item)}">{r.item}</a>' for r in partners) + "</dd>")
        facts.append(f"<dt>{esc(ui['mentions'])}</dt><dd>" + " ".join(ctx.link_sentence(s) for s in a.mentions) + "</dd>")
        out.append('<dl class="actor-facts">' + "".join(facts) + "</dl>\n")
    return ui["actors"], ui["actors_intro"], "\n".join(out)


def _event_summary(ctx: Context, e) -> str:
    """What a dated sentence says, in a few words: its items with their speakers, else its role."""
    ui = ctx.ui
    items = [(i, "claim") for i in ctx.doc.claims if i.sentence == e.sentence] + \
            [(i, "denial") for i in ctx.doc.denials if i.sentence == e.sentence]
    if items:
        by_speaker: dict = {}
        for i, kind in items:
            by_speaker.setdefault(who(i), []).append(f"{ui['role_' + kind]} {i.id}")
        return ui["list_sep"].join(f"{actor_plain(ctx, by)}: {ui['list_sep'].join(parts)}" for by, parts in by_speaker.items())
    return f"{ui['role_background']} ({e.sentence})"


def timeline(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = [f"<p>{esc(ui['timeline_intro'])}</p>\n"]
    rows, previous = [], None
    for e in ctx.doc.events:
        year = int(e.date[:4])
        rows.append((ctx.date(e.date), _event_summary(ctx, e), previous is not None and year - previous > 1))
        previous = year
    if rows:
        labels = {"title": ui["timeline"], "gap": ui["timeline_gap"]}
        svg_text, _ = svg.timeline_diagram(rows, labels, ctx.dir == "rtl")
        out.append(svg.figure("timeline-diagram", svg_text, ui["timeline_caption"]) + "\n")
    out.append('<ol class="timeline">')
    for e in ctx.doc.events:
        sentence = ctx.doc.sentence(e.sentence)
        flags = []
        if e.date_inferred:
            flags.append(esc(ui["date_inferred"]))
        if e.weekday_mismatch:
            flags.append(esc(ui["weekday_mismatch"]))
        expression = f'<q lang="ar" dir="rtl">{esc(e.text)}</q>'
        if ctx.lang != "ar":
            expression += f" ({ctx.tr(f'event:{e.id}', e.text)})"
        out.append(
            f'<li id="{e.id}" data-search-section><time datetime="{e.date}"><strong>{esc(ctx.date(e.date))}</strong></time> '
            + (f'<small>({ui["list_sep"].join(flags)})</small> ' if flags else "")
            + f'— {expression}: {ctx.tr_rich(sentence.id, sentence.text, sentence.start)} {ctx.link_sentence(e.sentence)}</li>'
        )
    out.append("</ol>")
    return ui["timeline"], ui["timeline_intro"], "\n".join(out)


def background(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = [f"<p>{esc(ui['background_intro'])}</p>\n"]
    for sid in ctx.doc.background:
        s = ctx.doc.sentence(sid)
        text = ctx.tr_rich(sid, s.text, s.start)
        out.append(f'<p class="background-item" id="bg-{sid}" data-search-section>{text} {ctx.link_sentence(sid)}</p>\n')
    return ui["background"], ui["background_intro"], "\n".join(out)


def _glossary_key(ctx: Context, terms: list[str]) -> str:
    """Alphabetical order in the page language: Arabic on folded letters (أ إ آ sort with ا)."""
    return fold(terms[0]) if ctx.lang == "ar" else terms[0].casefold()


def glossary(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = [f"<p>{esc(ui['glossary_intro'])}</p>\n"]
    entries = sorted(ctx.doc.glossary, key=lambda g: (_glossary_key(ctx, _terms(ctx, g)), g.id))
    for g in entries:
        terms = _terms(ctx, g)
        heading = esc(terms[0]) if g.terms.get(ctx.lang) else ctx.tr(f"glossary:{g.id}", terms[0])
        out.append(f"## {heading} {{#{g.id}}}\n")
        other = "en" if ctx.lang == "ar" else "ar"
        variants = [esc(t) for t in terms[1:]] + [f'<span lang="{other}" dir="{"rtl" if other == "ar" else "ltr"}">{esc(t)}</span>' for t in g.terms[other]]
        out.append(f'<p class="variants"><small>{esc(ui["variants"])}:</small> {ui["list_sep"].join(variants)}</p>')
        definition = g.definition.get(ctx.lang)
        if definition:
            out.append(f'<p class="editorial definition"><small>[{esc(ui["editorial"])}]</small> {esc(definition)}</p>')
        else:
            out.append(f'<p class="definition-pending"><small>{esc(ui["definition_pending"])}</small></p>')
        out.append(f'<p><small>{esc(ui["mentions"])}:</small> ' + " ".join(ctx.link_sentence(s) for s in g.mentions) + "</p>\n")
    return ui["glossary"], ui["glossary_intro"], "\n".join(out)


def _terms(ctx: Context, g) -> list[str]:
    return g.terms.get(ctx.lang) or g.terms["ar"]


PAGES = {"index": overview, "background": background, "actors": actors, "claims": claims,
         "denials": denials, "timeline": timeline, "glossary": glossary, "source": source}
