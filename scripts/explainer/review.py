"""What an editor should check in one explainer before publishing it, with the line to paste.

`explain.py review SLUG` lists: speakers shown as "attribution inferred" first (found through a
pronoun, a continuation verb, a participle or the nearest actor named before: evidence our
measurements show right less than 95 % of the time), then statements and denials whose speaker the
pipeline could not identify, joint subjects, and denials that answer no claim. Each item comes with
its sentence, the actors named around it as candidates, and a ready-to-paste
`sources/<slug>/overrides.yml` line (see overrides.py) whose speaker the editor fills in: the
pipeline's own guess is shown as a guess, never offered as the fix. `--why` adds, for every claim
and denial, the rule that chose its speaker (or found none).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Document, speakers

SPEAKING_KINDS = ("person", "organisation", "state", "armed_group", "media", "anonymous")


@dataclass
class ReviewItem:
    """One thing to check: what, where, and how to fix it if it is wrong."""

    item: str  #: claim or denial id
    problem: str  #: why it needs a look
    sentence: str  #: the sentence, verbatim
    quote: str  #: the item's quoted text
    fix: str  #: an overrides.yml line to paste (with a placeholder to fill in)
    candidates: list[str] = field(default_factory=list)  #: "id (name)" of actors named in or just before the sentence


def _candidates(doc: Document, sentence_id: str, names: dict[str, str], order: list[str]) -> list[str]:
    """Actors that can speak, named in the item's sentence or the one before it, nearest first
    (`order`: the sentence ids in reading order)."""
    k = order.index(sentence_id)
    near = [order[k]] + ([order[k - 1]] if k else [])
    found = []
    for sid in near:
        for a in doc.actors:
            if a.kind in SPEAKING_KINDS and sid in a.mentions and a.id not in found:
                found.append(a.id)
    return [f"{a} ({names[a]})" for a in found]


def review_items(doc: Document) -> list[ReviewItem]:
    """Every item of `doc` an editor should check: speakers shown as inferred first (a wrong
    speaker is the worst error a page can publish), then the rest, each group in reading order."""
    names = {a.id: (a.names.get("ar") or [a.id])[0] for a in doc.actors}
    order = [s.id for s in doc.sentences]
    first, rest = [], []
    for item in sorted(doc.claims + doc.denials, key=lambda i: i.start):
        kind = "claims" if item.id.startswith("c") else "denials"
        sentence = doc.sentence(item.sentence).text
        set_by = f"{kind}: {{set: {{{item.id}: {{by: ACTOR-ID}}}}}}"
        near = _candidates(doc, item.sentence, names, order)
        ids = speakers(item)
        if getattr(item, "inferred", False):
            how = {"coreference": "a pronoun or continuation verb", "participle": "a participle (حال)",
                   "nearest": "the nearest actor named before"}.get(item.via, item.via)
            first.append(ReviewItem(item.id, f"attribution inferred through {how}: the pipeline's guess is "
                                    f"«{'، '.join(names.get(a, a) for a in ids)}» ({', '.join(ids)}); put the speaker "
                                    f"the text supports, or null for not identified", sentence, item.text, set_by, near))
        elif item.by is None and getattr(item, "status", "") != "unconfirmed":
            rest.append(ReviewItem(item.id, "speaker not identified", sentence, item.text, set_by, near))
        elif isinstance(item.by, list):
            rest.append(ReviewItem(item.id, f"joint subject: {'، '.join(names.get(a, a) for a in ids)}", sentence, item.text,
                                   set_by.replace("ACTOR-ID", "[" + ", ".join(ids) + "]"), near))
        if kind == "denials" and item.denies is None:
            rest.append(ReviewItem(item.id, "denial answers no claim of the article", sentence, item.text,
                                   f"denials: {{attach: {{{item.id}: CLAIM-ID}}}}  # or leave it: the article may not print what was denied"))
    return first + rest


def format_review(slug: str, items: list[ReviewItem], doc: Document | None = None) -> str:
    """The review as plain text for the terminal; with `doc`, every item's rule too (--why)."""
    lines = [f"{slug}: nothing to review"] if not items else \
        [f"{slug}: {len(items)} items to check (paste a fix into sources/{slug}/overrides.yml)", ""]
    for r in items:
        lines += [f"{r.item}: {r.problem}", f"  sentence: {r.sentence}", f"  quote:    {r.quote}"]
        if r.candidates:
            lines.append(f"  named near it: {'; '.join(r.candidates)}")
        lines += [f"  fix:      {r.fix}", ""]
    if doc is not None:
        names = {a.id: (a.names.get("ar") or [a.id])[0] for a in doc.actors}
        lines += ["", "why: the rule that chose each speaker", ""]
        for item in sorted(doc.claims + doc.denials, key=lambda i: i.start):
            who = "، ".join(names.get(a, a) for a in speakers(item)) or "-"
            mark = " (inferred)" if getattr(item, "inferred", False) else ""
            lines.append(f"{item.id} [{item.cue}] {who}{mark}: {item.rule or 'no rule found a speaker'}")
    return "\n".join(lines) + "\n"
