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

# The header every en.po carries (fields a translator set are kept): what gettext, Poedit and
# Weblate need to know the language, its plural rule and the encoding.
HEADER = {
    "Project-Id-Version": "explainer",
    "Language": "en",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
}
PREFILLED = "Pre-filled from"  #: how the translator comment of a translation-memory entry begins
CONFIRMED_IN = "Name confirmed in"  #: the comment of a person's name taken from another explainer's confirmed entry
CONFIRMED_ACROSS = "actor:person-"  #: entries a confirmation anywhere confirms everywhere (people's names: issue 22, item 8)


@dataclass
class Translation:
    """The English for one item and how far it can be trusted."""

    text: str  #: English, or the Arabic original when missing
    state: str  #: ok | fuzzy | missing


class CatalogueError(ValueError):
    """An en.po that gettext would reject; the message is `FILE:LINE: what is wrong`."""


_STRING = re.compile(r'"(?:[^"\\]|\\(?:[\\"abfnrtv?\']|[0-7]{1,3}|x[0-9A-Fa-f]+))*"\s*\Z')
_KEYWORD = re.compile(r"(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+(.*)\Z")


def check_po(data: bytes, name: str) -> str:
    """The text of a PO file, or CatalogueError naming the line that `msgfmt --check` would
    reject: not UTF-8, a keyword without a quoted string, an unclosed string or a bad escape,
    a stray line, an entry without msgid or msgstr, a context and msgid given twice. polib
    accepts all of these and "repairs" them, which would rewrite a translator's text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise CatalogueError(f"{name}:1: saved as UTF-16; save it as UTF-8")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        raise CatalogueError(f"{name}:{line}: not valid UTF-8 (byte {err.start}); save it as UTF-8") from None
    seen: dict[tuple, int] = {}
    entry: dict[str, int] = {}
    last = None  # the keyword that a continuation string extends

    def close() -> None:
        if not entry:
            return
        start = min(entry.values())
        if "msgid" not in entry:
            raise CatalogueError(f"{name}:{start}: entry without msgid")
        if not any(k.startswith("msgstr") for k in entry):
            raise CatalogueError(f"{name}:{start}: msgid without msgstr")
        key = (values.get("msgctxt"), values.get("msgid"))
        if key in seen:
            raise CatalogueError(f"{name}:{start}: duplicate of the entry at line {seen[key]} (same msgctxt and msgid)")
        seen[key] = start
        entry.clear()
        values.clear()

    values: dict[str, str] = {}
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            if line.startswith("#") and entry and any(k.startswith("msgstr") for k in entry):
                close()
            last = None if line.startswith("#") else last
            continue
        if line.startswith('"'):
            if last is None:
                raise CatalogueError(f"{name}:{number}: a string that continues no msgid or msgstr")
            if not _STRING.match(line):
                raise CatalogueError(f"{name}:{number}: unterminated string or bad escape: {line[:60]}")
            values[last] += line
            continue
        m = _KEYWORD.match(line)
        if not m:
            raise CatalogueError(f"{name}:{number}: not a PO line (keyword and quoted string expected): {line[:60]}")
        keyword, rest = m.groups()
        if not rest.startswith('"'):
            raise CatalogueError(f'{name}:{number}: {keyword} needs a quoted string ("…")')
        if not _STRING.match(rest):
            raise CatalogueError(f"{name}:{number}: unterminated string or bad escape after {keyword}")
        if keyword in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in entry):
            close()
        if keyword in entry:
            raise CatalogueError(f"{name}:{number}: {keyword} given twice in one entry")
        if keyword == "msgid" and any(k.startswith("msgstr") for k in entry):
            raise CatalogueError(f"{name}:{number}: msgid after msgstr")
        if keyword == "msgid_plural" or keyword.startswith("msgstr["):
            raise CatalogueError(f"{name}:{number}: a plural entry ({keyword}); every entry here is one text: "
                                 "remove msgid_plural and write one msgstr")
        if keyword.startswith("msgstr") and "msgid" not in entry:
            raise CatalogueError(f"{name}:{number}: {keyword} without a msgid before it")
        entry[keyword] = number
        values[keyword] = rest
        last = keyword
    close()
    return text


class _LinesAtLF(str):
    """PO text whose lines end at LF only, as gettext reads them: polib splits with
    str.splitlines(), which also breaks at U+2028, U+0085, form feed … inside a msgstr."""

    def splitlines(self, keepends: bool = False) -> list[str]:
        lines = self.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return [line + "\n" for line in lines] if keepends else [line.removesuffix("\r") for line in lines]


class Catalogue:
    """A source's en.po, looked up by stable id."""

    def __init__(self, path: Path, name: str | None = None, data: bytes | None = None):
        self.path = path
        self.read_bytes = path.read_bytes() if path.exists() else None  #: what was read, to detect a save meanwhile
        data = self.read_bytes if data is None else data  # `data`: the text about to be written instead
        if data is None:
            self.po = _new_po()
        else:
            text = check_po(data, name or str(path))
            try:
                self.po = polib.pofile(_LinesAtLF(text), wrapwidth=0) if text.strip() else _new_po()
            except (OSError, ValueError) as err:  # check_po lets nothing through that polib refuses; if it did:
                line = re.search(r"line (\d+)", str(err))
                raise CatalogueError(f"{name or path}:{line.group(1) if line else 1}: {err}") from None
        self._by_ctx = {e.msgctxt: e for e in self.po if not e.obsolete}
        self._read = {id(e) for e in self._by_ctx.values()}  #: entries the file held when read (the memory pre-fills only new ones, and people's names)
        self.wanted: dict[str, str] = {}
        self.pages: dict[str, list[str]] = {}  #: item id → the pages that show it, in order
        self.newly_prefilled = 0  #: entries `updated` added with a translation from the memory

    def get(self, ctx: str, arabic: str, page: str | None = None) -> Translation:
        """English for item `ctx` whose Arabic is `arabic`; records the item as wanted (and
        `page`, the generated page that shows it, for the entry's reference)."""
        self.wanted[ctx] = arabic
        if page is not None and page not in self.pages.setdefault(ctx, []):
            self.pages[ctx].append(page)
        entry = self._by_ctx.get(ctx)
        if entry is None or not entry.msgstr:
            return Translation(arabic, MISSING)
        if entry.msgid != arabic or "fuzzy" in entry.flags:
            return Translation(entry.msgstr, FUZZY)
        return Translation(entry.msgstr, OK)

    def updated(self, notes: dict[str, tuple[str, list[str]]] | None = None, memory=None) -> str:
        """The PO text after adding wanted items and marking changed ones fuzzy. `notes` gives
        each item's context for the translator (the `#.` comment) and the pages showing it (`#:`),
        rewritten at every build; `memory` (called once, only when an entry is new) gives
        translations made in other explainers, which pre-fill a new entry as fuzzy."""
        notes = notes or {}
        for key, value in HEADER.items():  # a full header for Poedit, Weblate and gettext
            self.po.metadata.setdefault(key, value)
        for ctx, arabic in self.wanted.items():
            entry = self._by_ctx.get(ctx)
            if entry is None:
                entry = polib.POEntry(msgctxt=ctx, msgid=arabic, msgstr="")
                self.po.append(entry)
                self._by_ctx[ctx] = entry
            if not entry.msgstr and memory is not None and (entry.msgid == arabic or not entry.msgid) and (
                    ctx.startswith(CONFIRMED_ACROSS) or id(entry) not in self._read):
                memory = memory() if callable(memory) else memory
                found = memory.lookup(ctx, arabic)
                if found:
                    entry.msgstr, origin = found
                    if ctx.startswith(CONFIRMED_ACROSS):
                        # a person's English name confirmed in one explainer is confirmed in every one
                        entry.tcomment = f"{CONFIRMED_IN} {origin}"
                    else:
                        entry.flags.append("fuzzy")
                        entry.tcomment = f"{PREFILLED} {origin}; check it and remove the fuzzy flag"
                    self.newly_prefilled += 1
            elif entry.msgid != arabic:
                entry.previous_msgid = entry.msgid
                entry.msgid = arabic
                if entry.msgstr and "fuzzy" not in entry.flags:
                    entry.flags.append("fuzzy")
            if ctx in notes:
                entry.comment, places = notes[ctx]
                entry.occurrences = [(place, "") for place in places]
        for entry in self.po:
            if entry.msgctxt not in self.wanted and not entry.obsolete:
                entry.obsolete = True
        self.po.sort(key=lambda e: (e.obsolete, _ctx_key(e.msgctxt or "")))
        return _fill_references(self.po.__unicode__())

    def pending(self) -> list[str]:
        """Ids of wanted items whose English is missing or under review."""
        return [ctx for ctx, arabic in self.wanted.items() if self.get(ctx, arabic).state != OK]

    def prefilled(self) -> int:
        """Wanted entries pre-filled from another explainer and not yet confirmed (still fuzzy)."""
        return sum(1 for ctx in self.wanted if (e := self._by_ctx.get(ctx)) is not None
                   and "fuzzy" in e.flags and e.tcomment.startswith(PREFILLED))

    def coverage(self) -> tuple[int, int, int]:
        """(translated, fuzzy, total) over the wanted items."""
        done = fuzzy = 0
        for ctx, arabic in self.wanted.items():
            state = self.get(ctx, arabic).state
            done += state == OK
            fuzzy += state == FUZZY
        return done, fuzzy, len(self.wanted)


def _fill_references(text: str, width: int = 79) -> str:
    """`#:` lines filled as GNU gettext writes them (msgcat, msgmerge; Poedit and Weblate follow):
    as many references as fit in `width` columns, then a new `#:` line. polib folds them only
    when it also folds the strings, which we never do."""
    out = []
    for line in text.split("\n"):
        if not line.startswith("#: "):
            out.append(line)
            continue
        current = "#:"
        for ref in line[3:].split(" "):
            if current != "#:" and len(current) + 1 + len(ref) > width:
                out.append(current)
                current = "#:"
            current += " " + ref
        out.append(current)
    return "\n".join(out)


def _ctx_key(ctx: str) -> tuple:
    """Sort ids naturally: p2s1 before p10s1."""
    return tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", ctx))


def _new_po() -> polib.POFile:
    po = polib.POFile(wrapwidth=0)
    po.metadata = dict(HEADER)
    return po
