"""Glossary candidates: terms of data/glossary.yml found in the article, plus organisations and
armed groups among the actors that the glossary does not define yet (listed, definition pending).

Terms are matched on folded words with proclitics peeled (lexicon.phrase_at), not on regex word
boundaries, so "والعراق", "بالوكالة" and "للقوات" are found. Each occurrence keeps its offsets
(whole printed words, clitics included) so the renderer can mark it in the text.
"""

from __future__ import annotations

from pathlib import Path

from .lexicon import balance_quotes, load_data, phrase_at, phrase_pattern, tokens
from .model import Actor, Document, GlossaryEntry

CANDIDATE_KINDS = ("organisation", "armed_group")


def term_spans(doc: Document, variants: list[str]) -> list[tuple[str, int, int]]:
    """Every occurrence of any of `variants` as (sentence id, start, end), longest variant first
    at each position, occurrences never overlapping."""
    patterns = sorted((phrase_pattern(t) for t in variants), key=len, reverse=True)
    patterns = [p for p in patterns if p]
    found = []
    for s in doc.sentences:
        toks = tokens(s.text)
        words = [t[2] for t in toks]
        i = 0
        while i < len(words):
            hit = next((p for p in patterns if phrase_at(p, words, i)), None)
            if hit:
                a, b = toks[i][0], balance_quotes(s.text, toks[i][0], toks[i + len(hit) - 1][1])
                found.append((s.id, s.start + a, s.start + b))
                i += len(hit)
            else:
                i += 1
    return found


def find_glossary(doc: Document, actors: list[Actor], data_dir: Path | None = None) -> list[GlossaryEntry]:
    """Entries that occur in `doc`, in order of first mention, with every sentence they occur in."""
    entries = load_data("glossary.yml", data_dir).get("entries", [])
    found: list[tuple[int, GlossaryEntry]] = []
    covered_actors = set()
    for entry in entries:
        hits = term_spans(doc, entry["ar"])
        if hits:
            covered_actors.add(entry.get("actor"))
            mentions = list(dict.fromkeys(sid for sid, _, _ in hits))
            item = GlossaryEntry(entry["id"], {"ar": list(entry["ar"]), "en": list(entry.get("en") or [])}, mentions,
                                 dict(entry.get("definition", {})), [[a, b] for _, a, b in hits])
            found.append((_position(doc, mentions[0]), item))
    for actor in actors:
        if actor.kind in CANDIDATE_KINDS and actor.id not in covered_actors and actor.spans:
            item = GlossaryEntry(actor.id, {"ar": list(actor.names["ar"]), "en": list(actor.names["en"])},
                                 list(actor.mentions), {}, [list(s) for s in actor.spans])
            found.append((_position(doc, actor.mentions[0]), item))
    found.sort(key=lambda x: (x[0], x[1].id))
    return [item for _, item in found]


def _position(doc: Document, sid: str) -> int:
    return next(k for k, s in enumerate(doc.sentences) if s.id == sid)
