"""What an editor should check in one explainer before publishing it, with the line to paste.

`explain.py review SLUG` lists: statements and denials whose speaker the pipeline could not
identify, speakers found only by coreference (a pronoun, a continuation verb, a participle) or
as the nearest actor named before, and denials that answer no claim. Each item comes with its
sentence and a ready-to-paste `sources/<slug>/overrides.yml` line (see overrides.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Document, speakers


@dataclass
class ReviewItem:
    """One thing to check: what, where, and how to fix it if it is wrong."""

    item: str  #: claim or denial id
    problem: str  #: why it needs a look
    sentence: str  #: the sentence, verbatim
    quote: str  #: the item's quoted text
    fix: str  #: an overrides.yml line to paste (with a placeholder to fill in)


def review_items(doc: Document) -> list[ReviewItem]:
    """Every item of `doc` an editor should check: speakers shown as inferred first (a wrong
    speaker is the worst error a page can publish), then the rest, each group in reading order."""
    items = _review_items(doc)
    inferred = {i.id for i in doc.claims + doc.denials if getattr(i, "inferred", False)}
    return sorted(items, key=lambda r: r.item not in inferred or not r.problem.startswith("speaker"))


def _review_items(doc: Document) -> list[ReviewItem]:
    names = {a.id: (a.names.get("ar") or [a.id])[0] for a in doc.actors}
    out = []
    for item in sorted(doc.claims + doc.denials, key=lambda i: i.start):
        kind = "claims" if item.id.startswith("c") else "denials"
        sentence = doc.sentence(item.sentence).text
        set_by = f"{kind}: {{set: {{{item.id}: {{by: ACTOR-ID}}}}}}"
        if item.by is None and getattr(item, "status", "") != "unconfirmed":
            out.append(ReviewItem(item.id, "speaker not identified", sentence, item.text, set_by))
        elif item.via in ("coreference", "participle", "nearest"):
            how = {"coreference": "a pronoun or continuation verb", "participle": "a participle (حال)",
                   "nearest": "the nearest actor named before"}[item.via]
            ids = speakers(item)
            out.append(ReviewItem(item.id, f"speaker «{'، '.join(names.get(a, a) for a in ids)}» ({', '.join(ids)}) found through {how}",
                                  sentence, item.text, set_by.replace("ACTOR-ID", ids[0] if len(ids) == 1 else "[" + ", ".join(ids) + "]")))
        elif isinstance(item.by, list):
            ids = item.by
            out.append(ReviewItem(item.id, f"joint subject: {'، '.join(names.get(a, a) for a in ids)}", sentence, item.text,
                                  set_by.replace("ACTOR-ID", "[" + ", ".join(ids) + "]")))
        if kind == "denials" and item.denies is None:
            out.append(ReviewItem(item.id, "denial answers no claim of the article", sentence, item.text,
                                  f"denials: {{attach: {{{item.id}: CLAIM-ID}}}}  # or leave it: the article may not print what was denied"))
    return out


def format_review(slug: str, items: list[ReviewItem]) -> str:
    """The review as plain text for the terminal."""
    if not items:
        return f"{slug}: nothing to review\n"
    lines = [f"{slug}: {len(items)} items to check (paste a fix into sources/{slug}/overrides.yml)", ""]
    for r in items:
        lines += [f"{r.item}: {r.problem}", f"  sentence: {r.sentence}", f"  quote:    {r.quote}", f"  fix:      {r.fix}", ""]
    return "\n".join(lines)
