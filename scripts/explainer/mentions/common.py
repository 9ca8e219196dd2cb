"""What every pass shares: the Hit (one mention), and small helpers on printed words and names."""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import fold, stems, transliterate

DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "ذلك", "هؤلاء", "هاتين", "هذين", "هاتان", "هذان"})  # (folded)


@dataclass
class Hit:
    """One mention of an actor in a sentence."""

    actor: str
    sentence: str
    start: int  #: offsets into the original text
    end: int
    tok: int  #: index of the first token in the sentence
    adjective: bool = False  #: a state named only by a nationality adjective ("العدوان الأمريكي")
    implied: bool = False  #: the state or body another actor's mention implies ("الخارجية الأميركية" → the US)


def _head_form(forms: list[str], heads) -> str | None:
    """The form of a word that is a head noun, with its "ال" when printed with one: "وكالة" → "وكاله"
    (not "اله", which peeling و and ك would give), "والوزارة" → "الوزاره"."""
    head = next((f for f in forms if f in heads or "ال" + f in heads), None)
    if head is None:
        return None
    return "ال" + head if not head.startswith("ال") and "ال" + head in forms else head


_OPENERS = {'"': '"', "«": "»", "“": "”", "(": ")"}
_PUNCT = set('،,:"«»“”()[]-–—.؛;!?؟')


def _given_name_forms(word: str, not_names: set[str] = frozenset()) -> list[str]:
    """The forms under which a word may be a given name: as printed, after "و"/"ف" ("وسامي") or a
    preposition ("لروميلو"), never after "ال" ("العمر" is age, not عمر) and never a particle with a
    pronoun (`not_given_names`: "لدينا" is "we have", not "to Dina")."""
    if word in not_names:
        return []
    forms = stems(word)
    return [f for f in forms if "ال" + f not in forms]  # ("ألينا" folds to "الينا": no article peeled there)


def _pronoun_suffixed(text: str, toks, k: int) -> bool:
    """Whether token k, as printed, ends in an attached pronoun ("دعمه", "موقفها")."""
    printed = text[toks[k][0]:toks[k][1]]
    return printed.endswith(("ه", "ها", "هم", "هما")) and not printed.endswith(("الله", "ة"))


def _punct_before(text: str, toks, k: int) -> bool:
    """Whether punctuation stands between token k-1 and token k (or opens token k's run)."""
    start = toks[k - 1][1] if k else 0
    return any(c in _PUNCT for c in text[start:toks[k][0]])


def _addressee(word: str, heads: set[str]) -> bool:
    """'لوكالة', 'لصحيفة': the addressee of a statement, after its speaker."""
    return word.startswith("ل") and (word[1:] in heads or (word.startswith("لل") and "ال" + word[2:] in heads))


def _add(names: list[str], name: str | None) -> list[str]:
    return names + [name] if name and name not in names else names


def _surface(text: str, toks, i: int, j: int, base: str) -> str:
    """The name as printed, words joined by one space, without a proclitic glued to its first
    word ("والعراق" → "العراق", "للقوات" → "القوات")."""
    words = [text[a:b] for a, b, _ in toks[i:j]]
    word = toks[i][2]
    if word.startswith("لل") and base.startswith("ال") and word[2:] == base[2:]:
        words[0] = "ا" + words[0][1:]
    elif word.endswith(base) and 0 < len(word) - len(base) <= 3:
        cut = len(word) - len(base)
        words[0] = words[0][cut:].lstrip("ـ") if len(words[0]) - cut >= len(base) else words[0]  # ("لـCNN")
    return " ".join(words)


def _person_id(name: str) -> str:
    """A stable ASCII id for a person not in the gazetteer, from the folded name."""
    return "person-" + transliterate(fold(name))


def _verbal_noun_shaped(word: str) -> bool:
    """Whether a folded word with the article has the shape of a derived verbal noun (التعبير،
    الانسحاب، الاستمرار): after a definite head noun ("الحزب") only an adjective can stand in
    a body's name, so a word of this shape there is the verb's object ("وجدد الحزب التعبير عن …")."""
    if not word.startswith("ال") or word.endswith(("ي", "ه")):
        return False  # (a nisba adjective: "التقدمي", "الانتقالية")
    w = word[2:]
    return (len(w) == 5 and w[0] == "ت" and w[3] == "ي"  # تفعيل: التعبير، التأكيد
            or len(w) >= 6 and w[0] == "ا" and w[-2] == "ا"  # انفعال، افتعال، استفعال: الانسحاب، الاستمرار
            and not w.startswith("ال"))  # (not five letters: "الأنباء", "الأحزاب" are plurals of the same shape as "الإعلان")


def _no_adjective_after_definite_head(word: str) -> bool:
    """Whether a folded word with the article cannot be an adjective of a definite head noun, so it ends
    a body's name: a verbal noun ("وجدد الحزب التعبير عن") or a verb whose root opens with "ال" and that
    ends in "ت" ("الحكومة التزمت بـ…"; adjectives end in ة, plurals in ات)."""
    return _verbal_noun_shaped(word) or word.startswith("ال") and word.endswith("ت") and not word.endswith("ات") \
        or word.startswith("ال") and word.endswith("ات") and len(word) > 6  # "الجيش الغازات السامة": a plural noun, no adjective
