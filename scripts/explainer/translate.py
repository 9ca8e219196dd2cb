"""English translations in gettext PO files: one per source, msgctxt = the item's stable id.

`build` keeps the catalogue in step with the Arabic: it adds an empty entry for new text and
marks an entry fuzzy when its Arabic (msgid) changed, keeping the old English for review.
Translators edit msgstr in Poedit or Weblate; nothing else in the file is touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import polib

OK, FUZZY, MISSING = "ok", "fuzzy", "missing"


@dataclass
class Translation:
    """The English for one item and how far it can be trusted."""

    text: str  #: English, or the Arabic original when missing
    state: str  #: ok | fuzzy | missing


class Catalogue:
    """A source's en.po, looked up by stable id."""

    def __init__(self, path: Path):
        self.path = path
        self.po = polib.pofile(str(path), wrapwidth=0) if path.exists() else _new_po()
        self._by_ctx = {e.msgctxt: e for e in self.po if not e.obsolete}
        self.wanted: dict[str, str] = {}

    def get(self, ctx: str, arabic: str) -> Translation:
        """English for item `ctx` whose Arabic is `arabic`; records the item as wanted."""
        self.wanted[ctx] = arabic
        entry = self._by_ctx.get(ctx)
        if entry is None or not entry.msgstr:
            return Translation(arabic, MISSING)
        if entry.msgid != arabic or "fuzzy" in entry.flags:
            return Translation(entry.msgstr, FUZZY)
        return Translation(entry.msgstr, OK)

    def updated(self) -> str:
        """The PO text after adding wanted items and marking changed ones fuzzy."""
        for ctx, arabic in self.wanted.items():
            entry = self._by_ctx.get(ctx)
            if entry is None:
                entry = polib.POEntry(msgctxt=ctx, msgid=arabic, msgstr="")
                self.po.append(entry)
                self._by_ctx[ctx] = entry
            elif entry.msgid != arabic:
                entry.previous_msgid = entry.msgid
                entry.msgid = arabic
                if entry.msgstr and "fuzzy" not in entry.flags:
                    entry.flags.append("fuzzy")
        for entry in self.po:
            if entry.msgctxt not in self.wanted and not entry.obsolete:
                entry.obsolete = True
        self.po.sort(key=lambda e: (e.obsolete, _ctx_key(e.msgctxt or "")))
        return self.po.__unicode__()

    def pending(self) -> list[str]:
        """Ids of wanted items whose English is missing or under review."""
        return [ctx for ctx, arabic in self.wanted.items() if self.get(ctx, arabic).state != OK]

    def coverage(self) -> tuple[int, int, int]:
        """(translated, fuzzy, total) over the wanted items."""
        done = fuzzy = 0
        for ctx, arabic in self.wanted.items():
            state = self.get(ctx, arabic).state
            done += state == OK
            fuzzy += state == FUZZY
        return done, fuzzy, len(self.wanted)


def _ctx_key(ctx: str) -> tuple:
    """Sort ids naturally: p2s1 before p10s1."""
    return tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", ctx))


def _new_po() -> polib.POFile:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "explainer",
        "Language": "en",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    return po
