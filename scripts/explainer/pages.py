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
                f'<small>[{s.id} · {esc(role)}]</small></a> {ctx.tr(s.id, s.text)}</span>'
            )
        out.append(f'<p class="source-paragraph" id="p{number}">' + " ".join(spans) + "</p>\n")
        if ctx.lang != "ar":
            original = " ".join(esc(s.text) for s in sentences)
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


PAGES = {"index": overview, "source": source}
