"""Glossary candidates: terms of data/glossary.yml found in the article, plus organisations and
armed groups among the actors that the glossary does not define yet (listed, definition pending).
"""

from __future__ import annotations

from pathlib import Path

from .lexicon import load_data, phrase_at, phrase_pattern, tokens
from .model import Actor, Document, GlossaryEntry

CANDIDATE_KINDS = ("organisation", "armed_group")


def find_glossary(doc: Document, actors: list[Actor], data_dir: Path | None = None) -> list[GlossaryEntry]:
    """Entries that occur in `doc`, in order of first mention, with every sentence they occur in."""
    entries = load_data("glossary.yml", data_dir).get("entries", [])
    sentence_tokens = [(s.id, [t[2] for t in tokens(s.text)]) for s in doc.sentences]
    found: list[tuple[int, GlossaryEntry]] = []
    covered_actors = set()
    for entry in entries:
        patterns = [phrase_pattern(t) for t in entry["ar"]]
        mentions = [sid for sid, words in sentence_tokens
                    if any(phrase_at(p, words, i) for p in patterns for i in range(len(words)))]
        if mentions:
            covered_actors.add(entry.get("actor"))
            item = GlossaryEntry(entry["id"], {"ar": list(entry["ar"]), "en": list(entry["en"])}, mentions,
                                 dict(entry.get("definition", {})))
            found.append((_position(doc, mentions[0]), item))
    for actor in actors:
        if actor.kind in CANDIDATE_KINDS and actor.id not in covered_actors:
            item = GlossaryEntry(actor.id, {"ar": list(actor.names["ar"]), "en": list(actor.names["en"])}, list(actor.mentions), {})
            found.append((_position(doc, actor.mentions[0]), item))
    found.sort(key=lambda x: (x[0], x[1].id))
    return [item for _, item in found]


def _position(doc: Document, sid: str) -> int:
    return next(k for k, s in enumerate(doc.sentences) if s.id == sid)
