"""Data files (gazetteers, cue lists, month names) and Arabic normalisation for matching.

Matching never changes the article: it works on folded copies and maps back to offsets.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path


from .safe import INVISIBLE

DATA_DIR = Path(__file__).resolve().parents[2] / "data"

_DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ـ": None})
_INVISIBLE = {ord(c): None for c in INVISIBLE}  # bidi controls and zero-width characters
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Proclitics that attach to a word: conjunctions و ف, prepositions ب ل ك, then the article ال.
_PROCLITICS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
_TOKEN = re.compile(r"[\w\u064B-\u065F\u0670\u06D6-\u06ED]+")  # letters, digits, tatweel, marks; not ، ؛ ؟



@lru_cache(maxsize=64)
def _load(path: str, name: str, stamp: tuple) -> dict:
    """The checked data of one file; `stamp` (mtime, size, inode) is part of the key, so a file
    saved under `mkdocs serve` is read again and the build never runs on stale data."""
    from .schema import DATA_SPECS, DataError, load_checked

    try:
        data = Path(path).read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise DataError(f"{name}: not valid UTF-8 (byte {err.start})") from None
    return load_checked(data, name, DATA_SPECS.get(Path(path).name, {}))


def load_data(name: str, data_dir: Path | None = None) -> dict:
    """Load an editor-owned YAML data file from `data/`, checked against its shape (schema.py)."""
    path = (data_dir or DATA_DIR) / name
    from .safe import check_path

    check_path(path, path.parent.parent, "data file")
    st = path.stat()
    return _load(str(path), f"{path.parent.name}/{name}", (st.st_mtime_ns, st.st_size, st.st_ino))


def fold(text: str) -> str:
    """Fold Arabic spelling variants for matching: diacritics, tatweel, hamza/alef, ى/ي, ة/ه."""
    text = unicodedata.normalize("NFC", text)
    return _DIACRITICS.sub("", text).translate(_FOLD).translate(_DIGITS).translate(_INVISIBLE)


def fold_keep_length(text: str) -> str:
    """`fold` that keeps one character per input character, so offsets stay valid.

    Removed marks (diacritics, tatweel) become a tatweel, which `tokens` drops from words.
    """
    return text.translate(_KEEP_LENGTH)


# One table for fold_keep_length: marks → tatweel, then the letter and digit folds (str.translate
# runs in C; a loop over characters was the slowest step on long articles).
_KEEP_LENGTH = {cp: "ـ" for a, b in ((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED))
                for cp in range(a, b + 1)}
_KEEP_LENGTH.update({k: v for k, v in _FOLD.items() if v is not None})
# bidi controls and zero-width characters never take part in matching (see safe.INVISIBLE)
_KEEP_LENGTH.update({ord(c): "ـ" for c in INVISIBLE})
_KEEP_LENGTH.update(_DIGITS)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of `text` as (start, end, folded word); offsets point into `text`."""
    return list(_tokens(text))


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:  # every stage tokenises the same sentences
    keep = fold_keep_length(text)
    result = []
    for m in _TOKEN.finditer(keep):
        word = m.group().replace("ـ", "")
        if word:
            result.append((m.start(), m.end(), word))
    return tuple(result)


@lru_cache(maxsize=65536)
def _stems(word: str) -> tuple[str, ...]:
    return tuple(_stems_uncached(word))


def stems(word: str) -> list[str]:
    """The word with proclitics peeled off, longest form first ("والعراق" → والعراق, العراق, عراق)."""
    return list(_stems(word))


def _stems_uncached(word: str) -> list[str]:
    """The word with proclitics peeled off, longest form first ("والعراق" → والعراق, العراق, عراق)."""
    forms = [word]
    w = word
    if len(w) > 3 and w.startswith(_PROCLITICS):
        w = w[1:]
        forms.append(w)
    if len(w) > 3 and w.startswith(_PREPOSITIONS):
        forms.append(w[1:])
        if w.startswith("لل") and len(w) > 4:  # ل + ال contracts to لل: "للقوات" → القوات
            forms.append("ال" + w[2:])
        w = forms[-1]
    if len(w) > 4 and w.startswith("ال"):
        forms.append(w[2:])
    return list(dict.fromkeys(forms))


def phrase_pattern(phrase: str) -> list[str]:
    """A gazetteer phrase as a list of folded words, for token matching."""
    return [m.group() for m in _TOKEN.finditer(fold(phrase))]


def phrase_at(pattern: list[str], words: list[str], i: int) -> bool:
    """Whether the folded phrase `pattern` starts at word `i` of folded `words`; each word may
    carry proclitics ("والعراق" matches "العراق", "لروسيا" matches "روسيا")."""
    return i + len(pattern) <= len(words) and all(pattern[k] in stems(words[i + k]) for k in range(len(pattern)))


_QUOTES = {'"': '"', "«": "»", "“": "”"}


def balance_quotes(text: str, a: int, b: int) -> int:
    """End offset widened over a closing quote when the span opened one ('تنظيم "الدولة الإسلامية'
    + '"'), so a marked term never holds half a quotation."""
    for opening, closing in _QUOTES.items():
        inner = text[a:b]
        opened = inner.count(opening) - (inner.count(closing) if opening != closing else 0)
        if opening == closing:
            opened %= 2
        if opened > 0 and text[b:b + 1] == closing:
            return b + 1
    return b


# One Latin character per Arabic letter, a different one for each letter, so two names that
# differ in a letter never get one id (س/ص, ح/ه, ت/ط, د/ض once all read alike, and ت+ه read as
# the "th" of ث). Ids already published keep their form: a b t j h d r z s f q k l m n w y as
# before; Arabizi digits where chat Arabic has one (ء 2, ع 3, خ 5, ط 6, ص 9), Buckwalter's
# lower-case letters (ث v, غ g), and free ones for the rest (ذ c, ش x, ض 0, ظ 1, ه and the ة
# folded into it e).
_TRANSLIT = dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهويء",
                     ["a", "b", "t", "v", "j", "h", "5", "d", "c", "r", "z", "s", "x", "9", "0", "6", "1", "3", "g",
                      "f", "q", "k", "l", "m", "n", "e", "w", "y", "2"]))


def transliterate(folded: str) -> str:
    """An ASCII form of folded Arabic for ids and anchors, one character per letter and
    lower-case ("ابراهيم الجعفري" → "abrahym-alj3fry", "The Times" → "the-times")."""
    out = "".join(_TRANSLIT.get(c, c.lower() if c.isascii() and c.isalnum() else "-" if c.isspace() else "")
                  for c in folded)
    return "-".join(p for p in out.split("-") if p)
