"""The bodies of the generated pages. Each function takes a render Context and returns
(title, description, Markdown body); render.py adds the header, the editor's notes and a footer.
"""

from __future__ import annotations

from .render import Context, esc, esc_attr


def overview(ctx: Context) -> tuple[str, str, str]:
    """What happened, who, when, in a few lines; then the article's metadata."""
    doc, ui = ctx.doc, ctx.ui
    src = doc.source
    title = ctx.tr_plain("title", src.title) if src.title else ui["overview"]
    out = []
    lead = doc.sentences[0]
    out.append(f"## {esc(ui['what'])} {{#what}}\n")
    out.append(f'<p class="lead">{ctx.tr(lead.id, lead.text)} {ctx.link_sentence(lead.id)}</p>\n')
    speakers = list(dict.fromkeys(i.by for i in doc.claims + doc.denials if i.by))
    if speakers:
        out.append(f"## {esc(ui['who'])} {{#who}}\n")
        out.append("<ul>" + "".join(
            f"<li>{actor_name(ctx, a)}: " + ui["list_sep"].join(
                f'<a href="{ctx.href("claims" if i.id.startswith("c") else "denials", i.id)}">{i.id}</a>'
                for i in doc.claims + doc.denials if i.by == a) + "</li>" for a in speakers) + "</ul>\n")
    if doc.events:
        out.append(f"## {esc(ui['when'])} {{#when}}\n")
        first, last = doc.events[0].date, doc.events[-1].date
        out.append(f'<p><bdi>{esc(first)}</bdi> – <bdi>{esc(last)}</bdi> · <a href="{ctx.href("timeline")}">{esc(ui["timeline"])}</a> · '
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
                f'<a class="sentence-id" data-pagefind-ignore href="#{s.id}" title="{esc_attr(ui["sentence"])} {s.id}">'
                f'<small>[{s.id} · {esc(role)}]</small></a> {ctx.linked(s) if ctx.lang == "ar" else ctx.tr(s.id, s.text)}</span>'
            )
        out.append(f'<p class="source-paragraph" id="p{number}">' + " ".join(spans) + "</p>\n")
        if ctx.lang != "ar":
            original = " ".join(ctx.linked(s) for s in sentences)
            out.append(
                f'<details class="original"><summary>{esc(ui["original"])} (p{number})</summary>'
                f'<p lang="ar" dir="rtl">{original}</p></details>\n'
            )
    removed = doc.source.removed
    out.append(f'<details class="removed-chrome" id="removed"><summary>{esc(ui["removed"])} ({len(removed)})</summary>')
    out.append(f"<p>{esc(ui['removed_intro'])}</p><ul>")
    for r in removed:
        out.append(f'<li><span lang="ar" dir="rtl">{esc(r.text)}</span> — {esc(ctx.reason(r.reason))}</li>')
    out.append("</ul></details>\n")
    title = ui["source"]
    description = (doc.source.title or title) if ctx.lang == "ar" else ctx.tr_plain("title", doc.source.title or "")
    return title, description, "\n".join(out)


def _name(ctx: Context, key: str, value: str | None) -> str:
    if not value:
        return esc(ctx.ui["unknown"])
    return ctx.tr(key, value)




# -- pages built from the extracted model -------------------------------------------------------

def actor_name(ctx: Context, actor_id: str | None) -> str:
    """An actor's display name in the page language, linked to its section on the actors page."""
    if actor_id is None:
        return esc(ctx.ui["unattributed"])
    actor = next((a for a in ctx.doc.actors if a.id == actor_id), None)
    if actor is None:
        return esc(actor_id)
    return f'<a class="actor-ref" href="{ctx.href("actors", actor.id)}">{_actor_label(ctx, actor)}</a>'


def _actor_label(ctx: Context, actor) -> str:
    """The English name from the gazetteer when there is one, else the (translated) Arabic name."""
    if ctx.lang != "ar" and actor.names["en"]:
        return esc(actor.names["en"][0])
    return ctx.tr(f"actor:{actor.id}", actor.names["ar"][0])


def _item_block(ctx: Context, item, kind: str) -> str:
    """One claim or denial: speaker, cue, verbatim quote, date, and links to its sentence."""
    ui = ctx.ui
    sentence = ctx.doc.sentence(item.sentence)
    parts = [f'<div class="item item-{kind}" id="{item.id}" markdown="0">']
    parts.append(f'<p class="item-head"><strong>{item.id}</strong> · {actor_name(ctx, item.by)} · '
                 f'<span class="cue">{esc(ui["cue"])}: <q lang="ar" dir="rtl">{esc(item.cue)}</q></span>'
                 + (f' · <time datetime="{item.date}"><bdi>{esc(item.date)}</bdi></time>' if item.date else "")
                 + (f' · <span class="status status-{item.status}">{esc(ui["status_" + item.status])}</span>' if kind == "claim" else "")
                 + "</p>")
    parts.append(f'<blockquote class="quote-source" lang="ar" dir="rtl"><p>{esc(item.text)}</p></blockquote>')
    if ctx.lang != "ar":
        parts.append(f'<p class="translated-sentence"><small>{esc(ui["in_sentence"])}:</small> {ctx.tr(sentence.id, sentence.text)}</p>')
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
            out.append(f'<div class="denied" markdown="0"><p><small>{esc(ui["answers"])} '
                       f'<a href="{ctx.href("claims", c.id)}">{c.id}</a> ({actor_name(ctx, c.by)})</small></p>'
                       f'<blockquote class="quote-source" lang="ar" dir="rtl"><p>{esc(c.text)}</p></blockquote></div>')
        else:
            out.append(f'<p class="denied"><small>{esc(ui["answers_nothing"])}</small></p>')
        out.append("</div>\n")
    return ui["denials"], ui["denials_intro"], "\n".join(out)


def actors(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = []
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
        said = [c for c in ctx.doc.claims if c.by == a.id]
        denied = [d for d in ctx.doc.denials if d.by == a.id]
        if said:
            facts.append(f"<dt>{esc(ui['claims'])}</dt><dd>" + ", ".join(f'<a href="{ctx.href("claims", c.id)}">{c.id}</a>' for c in said) + "</dd>")
        if denied:
            facts.append(f"<dt>{esc(ui['denials'])}</dt><dd>" + ", ".join(f'<a href="{ctx.href("denials", d.id)}">{d.id}</a>' for d in denied) + "</dd>")
        facts.append(f"<dt>{esc(ui['mentions'])}</dt><dd>" + " ".join(ctx.link_sentence(s) for s in a.mentions) + "</dd>")
        out.append('<dl class="actor-facts">' + "".join(facts) + "</dl>\n")
    return ui["actors"], ui["actors_intro"], "\n".join(out)


def timeline(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = [f"<p>{esc(ui['timeline_intro'])}</p>\n", '<ol class="timeline">']
    for e in ctx.doc.events:
        sentence = ctx.doc.sentence(e.sentence)
        flags = []
        if e.date_inferred:
            flags.append(esc(ui["date_inferred"]))
        if e.weekday_mismatch:
            flags.append(esc(ui["weekday_mismatch"]))
        out.append(
            f'<li id="{e.id}"><time datetime="{e.date}"><bdi>{e.date}</bdi></time> '
            + (f'<small>({"، ".join(flags) if ctx.lang == "ar" else ", ".join(flags)})</small> ' if flags else "")
            + f'— <q lang="ar" dir="rtl">{esc(e.text)}</q>: {ctx.tr(sentence.id, sentence.text)} {ctx.link_sentence(e.sentence)}</li>'
        )
    out.append("</ol>")
    return ui["timeline"], ui["timeline_intro"], "\n".join(out)


def background(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = [f"<p>{esc(ui['background_intro'])}</p>\n"]
    for sid in ctx.doc.background:
        s = ctx.doc.sentence(sid)
        text = ctx.linked(s) if ctx.lang == "ar" else ctx.tr(sid, s.text)
        out.append(f'<p class="background-item" id="bg-{sid}">{text} {ctx.link_sentence(sid)}</p>\n')
    return ui["background"], ui["background_intro"], "\n".join(out)


def glossary(ctx: Context) -> tuple[str, str, str]:
    ui = ctx.ui
    out = [f"<p>{esc(ui['glossary_intro'])}</p>\n"]
    entries = sorted(ctx.doc.glossary, key=lambda g: (g.terms[ctx.lang] or g.terms["ar"])[0].lower())
    for g in entries:
        terms = g.terms[ctx.lang] or g.terms["ar"]
        out.append(f"## {esc(terms[0])} {{#{g.id}}}\n")
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


PAGES = {"index": overview, "background": background, "actors": actors, "claims": claims,
         "denials": denials, "timeline": timeline, "glossary": glossary, "source": source}
