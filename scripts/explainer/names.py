"""Stage 3b, names: a drafted English name for each person no list gives one.

The draft comes from `arabic-name-romanizer` (MIT; an index of ~60,000 spellings attested on
Wikidata and a small ONNX model for names it has not seen; offline, on the CPU). A draft is a
likely spelling, not a checked one: pages show it marked "draft name" until a translator confirms
it in the explainer's en.po (`actor:<id>`). Organisations and other bodies get no draft: their
English name comes from the gazetteer (data/actors.yml) or from a translator.
"""

from __future__ import annotations

from functools import lru_cache

from .model import Document


@lru_cache(maxsize=1)
def _transliterator():
    from arabic_name_romanizer import Transliterator  # loaded on first use (a 14 MB index, a small model)

    return Transliterator()


def draft_names(arabic: list[str]) -> list[str | None]:
    """The likeliest Latin spelling of each person's Arabic name (None where there is none), in one
    batch: the library resolves the names' shared parts once."""
    if not arabic:
        return []
    try:
        latin = _transliterator().transliterate_many(arabic)
    except Exception:  # noqa: BLE001 - a name it cannot read gets no draft, never a failed build
        return [None] * len(arabic)
    return [" ".join(str(t).split()) or None for t in latin]


def draft_english_names(doc: Document) -> None:
    """Fill `en_draft` for every person of `doc` whose English name no list gives."""
    # (not a person named only by an office, "رئيس الحرس الثوري": a title is translated, never spelt out)
    people = [a for a in doc.actors if a.kind == "person" and not a.names.get("en") and a.names.get("ar")
              and not (a.title and " ".join(a.names["ar"][0].split()) == " ".join(a.title.split()))]
    for actor, latin in zip(people, draft_names([a.names["ar"][0] for a in people])):
        actor.en_draft = latin
