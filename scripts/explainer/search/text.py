"""Words of a text → search terms: folding, proclitics, stems, spelling variants, transliteration.

The browser (overrides/assets/javascripts/search.js) applies the same steps to a query with the
rules shipped in meta.json; the tests compare both on the index's own vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[^\W_]+")
_LATIN = re.compile(r"[a-z]+")
_ARABIC = re.compile(r"[\u0621-\u064A]+")


def js_to_python_replacement(repl: str) -> str:
    """A replacement written for JavaScript ("$1") in Python's form ("\\1")."""
    return re.sub(r"\$(\d)", r"\\\1", repl)


class Folder:
    """Text → folded words → index keys, by the rules of data/search.yml and data/search/."""

    def __init__(self, rules: dict):
        self.rules = rules
        self.drop = re.compile("[" + rules["drop"] + "]")
        self.table = str.maketrans(rules["fold"])
        self.min_stem = int(rules["min_stem"])
        self.suffixes = [self.fold(s) for s in rules.get("arabic_suffixes", [])]
        self.arabic_min = int(rules.get("arabic_min_stem", 3))
        self.translit = [(re.compile(a), js_to_python_replacement(b)) for a, b in rules.get("transliteration", [])]
        self.aliases: dict[str, str] = {}  # stem of a variant → stem of the usual spelling
        self._porter = snowballstemmer.stemmer("porter")
        self.forms = lru_cache(maxsize=None)(self._forms)  # words repeat across pages
        self.stem = lru_cache(maxsize=None)(self._stem)

    def fold(self, text: str) -> str:
        return self.drop.sub("", unicodedata.normalize("NFC", text).lower()).translate(self.table)

    def words(self, text: str) -> list[str]:
        return _WORD.findall(self.fold(text))

    def _forms(self, word: str) -> list[str]:
        """The word and its forms with proclitics peeled, longest first."""
        r, out, w = self.rules, [word], word
        if len(w) > self.min_stem and w[0] in r["conjunctions"]:
            w = w[1:]
            out.append(w)
        if len(w) > self.min_stem and w[0] in r["prepositions"]:
            out.append(w[1:])
            if w.startswith("لل") and len(w) > self.min_stem + 1:
                out.append(r["article"] + w[2:])
            w = out[-1]
        if len(w) > self.min_stem + 1 and w.startswith(r["article"]):
            out.append(w[len(r["article"]):])
        return list(dict.fromkeys(out))

    def base(self, word: str) -> str:
        """The folded word with every proclitic peeled: what the index stores."""
        return self.forms(word)[-1]

    def _stem(self, base: str) -> str:
        """Porter (Snowball) for an English word; light suffix removal for an Arabic one."""
        if _LATIN.fullmatch(base):
            return self._porter.stemWord(base) if len(base) > 2 else base
        if _ARABIC.fullmatch(base):
            w = base
            for suffix in self.suffixes:
                if w.endswith(suffix) and len(w) - len(suffix) >= self.arabic_min:
                    w = w[: -len(suffix)]
            return w
        return base

    def key(self, base: str) -> str:
        """The term a word is found by: its stem, or the stem of its usual spelling."""
        s = self.stem(base)
        return self.aliases.get(s, s)

    def skeleton(self, base: str) -> str | None:
        """The transliteration skeleton of a Latin word of 4+ letters (None for other words)."""
        if not _LATIN.fullmatch(base) or len(base) < 4:
            return None
        for pattern, repl in self.translit:
            base = pattern.sub(repl, base)
        return base

    def add_variants(self, groups: list[list[str]]) -> None:
        """Spelling variants: every word of a group is found by the first one's term."""
        for group in groups:
            keys = [self.stem(self.base(w)) for word in group for w in self.words(word)[-1:]]
            for k in keys[1:]:
                if k != keys[0]:
                    self.aliases[k] = keys[0]
