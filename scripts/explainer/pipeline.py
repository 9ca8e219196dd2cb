"""The pipeline facade: runs the stages in order over one article. Library code: raises, never exits."""

from __future__ import annotations

from pathlib import Path

from .ingest import ingest
from .model import Document
from .segment import segment


def explain(text: str, slug: str = "article", data_dir: Path | None = None, overrides: dict | None = None,
            names: bool = True) -> Document:
    """Turn checked article text into the full model (`names=False`: without drafted English names,
    for measuring extraction alone; the drafting loads a model once per process)."""
    # 1. ingest: chrome removed and listed, metadata kept, body lines with offsets
    article = ingest(text, data_dir)
    # 2. segment: paragraphs and sentences addressed into the original text
    sentences = segment(article)
    doc = Document(slug=slug, source=article.source, sentences=sentences)
    # 3. extract: actors, claims, denials, events, glossary, background
    from .extract import extract

    extract(doc, article.original, data_dir, overrides or {})
    # 4. names: a drafted English spelling for each person no list names in English
    if names:
        from .names import draft_english_names

        draft_english_names(doc)
    return doc
