"""Stage 3, extract: fill the model's actors, claims, denials, events, glossary and background."""

from __future__ import annotations

from pathlib import Path

from .actors import find_actors
from .claims import find_claims
from .dates import DateTables, find_dates, resolve
from .glossary import find_glossary
from .lexicon import load_data
from .model import Document, Event
from .overrides import apply_overrides
from .passages import link_related, writer_passages
from .relations import find_relations


def extract(doc: Document, original: str, data_dir: Path | None, overrides: dict) -> None:
    """Run every extractor over `doc` in dependency order, then apply the editor's overrides."""
    # 1. who is mentioned, and where
    doc.actors, hits = find_actors(doc, data_dir)
    # 2. every date expression, resolved in reading order
    tables = DateTables(data_dir)
    dates = [m for s in doc.sentences if s.paragraph for m in find_dates(s.id, s.text, s.start, tables)]  # (the body's: not the headline's)
    resolve(dates, doc.source.published)
    # 3. who said and who denied what
    doc.claims, doc.denials = find_claims(doc, original, doc.actors, hits, dates, data_dir)
    hits = headline_speakers_only(doc, hits)
    # the headline stays a sentence only when it holds a statement (then the pages link to it)
    said = {i.sentence for i in doc.claims + doc.denials}
    doc.sentences = [s for s in doc.sentences if s.paragraph or s.id in said]
    # 4. the timeline: one event per dated expression, in date order
    dated = [m for m in dates if m.iso]
    dated.sort(key=lambda m: (m.iso, m.start))
    doc.events = [
        Event(f"e{k}", m.iso, m.inferred, original[m.start:m.end], m.sentence, m.weekday_text, m.mismatch,
              list(m.inferred_parts or []))
        for k, m in enumerate(dated, 1)
    ]
    # a claim's or denial's date says which of its parts were inferred, as its event does
    for item in doc.claims + doc.denials:
        if item.date:
            mention = next((m for m in dated if m.sentence == item.sentence and m.iso == item.date), None)
            item.date_inferred = list(mention.inferred_parts or []) if mention else []
    # 5. terms a general reader may not know
    doc.glossary = find_glossary(doc, doc.actors, data_dir)
    apply_overrides(doc, overrides)
    mark_inferred(doc, data_dir)
    # 6. who the statements say works with whom (after overrides: they may drop a claim)
    doc.relations = find_relations(doc, hits, data_dir)
    # 7. roles: a sentence with a denial is a denial, with a claim a claim, else background
    roles = {c.sentence: "claim" for c in doc.claims} | {d.sentence: "denial" for d in doc.denials}
    for s in doc.sentences:
        s.role = roles.get(s.id, "background")
    doc.background = [s.id for s in doc.sentences if s.role == "background" and s.paragraph]  # (the headline is no background)
    # 8. what the article sets side by side without saying one answers the other; the writer's own words
    link_related(doc, hits, data_dir)
    doc.writer = writer_passages(doc, hits)


def headline_speakers_only(doc: Document, hits: list) -> list:
    """The headline (paragraph 0) is read for its statements: of the names it prints, only the
    speakers of those statements stay mentions ("فرنسا.. اعتقال …", "هجوم برلين : …" name places and
    events, the body says who acts); an actor named nowhere else is dropped."""
    title = {s.id for s in doc.sentences if s.paragraph == 0}
    if not title:
        return hits
    speakers = set()
    for item in doc.claims + doc.denials:
        if item.sentence in title:
            for by in (item.by if isinstance(item.by, list) else [item.by], item.relayed_by if isinstance(item.relayed_by, list) else [item.relayed_by]):
                speakers.update(a for a in by if a)
    # a speaker's mention is the one nearest the cue, outside what was said ("هجوم برلين : ألمانيا تتهم")
    keep = set()
    for item in doc.claims + doc.denials:
        if item.sentence in title:
            for aid in (item.by if isinstance(item.by, list) else [item.by]) + \
                    (item.relayed_by if isinstance(item.relayed_by, list) else [item.relayed_by]):
                near = [h for h in hits if h.sentence == item.sentence and h.actor == aid and not (item.start <= h.start < item.end)]
                if near:
                    keep.add(id(min(near, key=lambda h: abs(h.start - item.start))))
    gone = [h for h in hits if h.sentence in title and id(h) not in keep]
    if not gone:
        return hits
    kept = [h for h in hits if not (h.sentence in title and id(h) not in keep)]
    spans = {(h.actor, h.start, h.end) for h in gone}
    named = {h.actor for h in kept}
    belongs = {a.affiliation for a in doc.actors if a.affiliation and a.id in named}
    for a in doc.actors:
        if a.id not in speakers:
            a.mentions = [m for m in a.mentions if m not in title]
        a.spans = [sp for sp in a.spans if (a.id, sp[0], sp[1]) not in spans and not any(
            g.actor == a.id and g.start <= sp[0] < g.end for g in gone)]
    doc.actors = [a for a in doc.actors if a.id in named or a.id in belongs]
    return kept


def mark_inferred(doc: Document, data_dir: Path | None) -> None:
    """A speaker found by a kind of evidence our measurements show right less than 95 % of the
    time (`inferred_via` in data/cues.yml, with the figures), or by a rule of direct evidence measured
    so (`inferred_rules`), is shown as inferred, never as fact;
    an editor's choice (via "editor") is fact."""
    cues = load_data("cues.yml", data_dir)
    weak, weak_rules = set(cues.get("inferred_via", [])), set(cues.get("inferred_rules", []))
    for item in doc.claims + doc.denials:
        rule = (item.rule or "").split("; ")[0]  # ("inside another's quoted words; subject after the verb …")
        item.inferred = item.by is not None and (item.via in weak or item.via == "direct" and rule in weak_rules)
