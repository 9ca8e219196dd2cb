"""Stage 3, extract: fill the model's actors, claims, denials, events, glossary and background."""

from __future__ import annotations

from pathlib import Path

from .model import Document


def extract(doc: Document, data_dir: Path | None, overrides: dict) -> None:
    """Run every extractor over `doc` in dependency order."""
    doc.background = [s.id for s in doc.sentences if s.role == "background"]
