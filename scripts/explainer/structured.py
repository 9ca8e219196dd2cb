"""Structured data for a generated page: the schema.org facts the generator knows.

The page's JSON-LD (written by overrides/hooks/structured_data.py) describes the page as a
WebPage `about` the actors it concerns and `isBasedOn` the source as a NewsArticle with its
author and agency credit when known. No ClaimReview: that type requires a verdict, which this
explainer does not give. Unknown facts (publication date, URL, outlet) are left out, not guessed.
"""

from __future__ import annotations

import json

from . import safe
from .model import speakers

SCHEMA_TYPES = {"state": "Country", "person": "Person", "organisation": "Organization",
                "armed_group": "Organization", "media": "Organization", "city": "City"}
UNKNOWN = {None, "", "unknown"}


def page_schema(ctx, name: str) -> str:
    """One-line JSON for the `schema` front-matter key of page `name`."""
    from .pages import actor_plain

    doc, meta = ctx.doc, ctx.meta
    if name in ("claims", "denials"):
        # who speaks on the page, and who the quoted words name
        items = doc.claims if name == "claims" else doc.denials + [c for c in doc.claims if any(d.denies == c.id for d in doc.denials)]
        ids = [a for i in items for a in speakers(i)] + [a.id for a in doc.actors for s in a.spans
                                        if any(i.start <= s[0] and s[1] <= i.end for i in items)]
    else:
        ids = [a.id for a in doc.actors]
    actors = {a.id: a for a in doc.actors}
    about = []
    for aid in dict.fromkeys(i for i in ids if i in actors):
        kind = SCHEMA_TYPES.get(actors[aid].kind)
        if kind:
            about.append({"@type": kind, "name": actor_plain(ctx, aid, shown=False)})
    article: dict = {"@type": "NewsArticle", "inLanguage": meta.get("language") or "ar"}
    if doc.source.title:
        article["headline"] = doc.source.title
        if ctx.lang != "ar":
            article["alternativeHeadline"] = ctx.tr_plain("title", doc.source.title, shown=False)
    author = meta.get("author") or doc.source.byline
    if author not in UNKNOWN:
        person = {"@type": "Person", "name": author}
        if ctx.lang != "ar":
            english = ctx.tr_plain("byline", author, shown=False)
            if english != author:
                person = {"@type": "Person", "name": english, "alternateName": author}
        article["author"] = person
    credit = meta.get("credit") or doc.source.credit
    if credit not in UNKNOWN:
        article["creditText"] = ctx.tr_plain("credit", credit, shown=False)  # meta.yml credit_en first (render.META_ENGLISH)
    printed = {"published": doc.source.published, "url": doc.source.url}  # lines printed above the article
    for key, field in (("published", "datePublished"), ("url", "url"), ("outlet", "publisher")):
        value = meta.get(key)
        if value in UNKNOWN:
            value = printed.get(key)
        if field == "url" and not safe.web_address(value):
            continue  # only an http(s) address, as on the page
        if value not in UNKNOWN:
            article[field] = {"@type": "Organization", "name": value} if field == "publisher" else str(value)
    data = {"@type": "WebPage", "about": about, "isBasedOn": article}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
