"""Quality checks of a translated en.po, with the field's own tool: translate-toolkit's `pofilter`
checks (numbers, web and mail addresses, brackets, quotes, placeholders, markup), plus two that
it cannot make for Arabic (a caseless script: its "unchanged" check skips such text): English that
still holds Arabic letters, and English identical to the Arabic.

translate-toolkit (GPL-3.0-or-later) is a tool this project calls from `explain.py translations`;
the site build does not import it.
"""

from __future__ import annotations

import re

import polib
from translate.filters import checks
from translate.storage import po as tt_po

# pofilter's checks that mean something from Arabic to English (its capitalisation, spacing and
# punctuation checks assume two Latin-script languages; `singlequoting` counts the apostrophes of
# English possessives).
POFILTER_CHECKS = ("numbers", "urls", "emails", "brackets", "doublequoting", "printf", "pythonbraceformat",
                   "xmltags", "escapes", "newlines")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def findings(text: str, name: str) -> list[str]:
    """`NAME:LINE: id: what [check]` for each problem in the translated entries (fuzzy ones too)
    of the PO text `text`; LINE is the entry's msgstr line."""
    checker = checks.StandardChecker(checks.CheckerConfig(targetlanguage="en"), limitfilters=list(POFILTER_CHECKS))
    lines = _msgstr_lines(text)
    out = []
    for entry in polib.pofile(text, wrapwidth=0):
        if entry.obsolete or not entry.msgstr or not entry.msgid:
            continue
        where = f"{name}:{lines.get(entry.msgctxt, entry.linenum)}: {entry.msgctxt}"
        unit = tt_po.pounit(entry.msgid)
        unit.target = entry.msgstr
        for check, failure in sorted(checker.run_filters(unit).items()):
            message = failure["message"] if isinstance(failure, dict) else str(failure)
            out.append(f"{where}: {message} [{check}]")
        if entry.msgstr.strip() == entry.msgid.strip():
            out.append(f"{where}: the English is the Arabic unchanged [unchanged]")
        if _ARABIC.search(entry.msgstr):
            out.append(f"{where}: Arabic text left in the English [arabic]")
    return out


def _msgstr_lines(text: str) -> dict[str, int]:
    """The line (from 1) of each live entry's msgstr, by msgctxt (obsolete `#~` lines are comments)."""
    found: dict[str, int] = {}
    ctx = None
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith("msgctxt "):
            ctx = polib.unescape(line[len("msgctxt "):].strip()[1:-1])
        elif line.startswith("msgstr") and ctx is not None:
            found.setdefault(ctx, number)
            ctx = None
    return found
