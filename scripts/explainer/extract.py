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
    dates = [m for s in doc.sentences for m in find_dates(s.id, s.text, s.start, tables)]
    resolve(dates, doc.source.published)
    # 3. who said and who denied what
    doc.claims, doc.denials = find_claims(doc, original, doc.actors, hits, dates, data_dir)
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
    doc.background = [s.id for s in doc.sentences if s.role == "background"]
    # 8. what the article sets side by side without saying one answers the other; the writer's own words
    link_related(doc, hits, data_dir)
    doc.writer = writer_passages(doc, hits)


def mark_inferred(doc: Document, data_dir: Path | None) -> None:
    """A speaker found by a kind of evidence our measurements show right less than 95 % of the
    time (`inferred_via` in data/cues.yml, with the figures) is shown as inferred, never as fact;
    an editor's choice (via "editor") is fact."""
    weak = set(load_data("cues.yml", data_dir).get("inferred_via", []))
    for item in doc.claims + doc.denials:
        item.inferred = item.by is not None and item.via in weak
