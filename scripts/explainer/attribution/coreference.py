"""Coreference: agreement and the chain of speakers (citron's coreference.py).

A pronoun subject ("وأضاف", "وقالت إنها") refers to this sentence's speaker or to the latest
earlier speaker (or sentence topic) that agrees with the verb in gender and number, never past
another party named in between. The history is the list of speakers so far, latest last; a
person's gender is learned from the verbs it was the subject of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors import Hit
from ..lexicon import fold, stems
from ..model import Actor
from .cues import PREPOSITIONAL, SPEAKER_KINDS, Cue, Lexicon, _match

if TYPE_CHECKING:
    from .source import CueContext

UNNAMED = "?unnamed"  # in the history: a party no list names spoke here ("وقال المذيع إن …")
HISTORY = 12  # earlier speakers a pronoun subject may refer back to (the latest agreeing one wins)


DESCRIPTION_OPENERS = ("وهي", "وهو", "وهم", "وهما", "الذي", "التي", "الذين", "اللذين", "اللتين")


class Coreference:
    """ClaimFinder's agreement and history (a mixin)."""

    def topic(self, s, toks, hits: list[Hit]) -> None:
        """A person or body that opens a sentence without a statement ("ودوستم الستيني معروف …")
        is what the next pronoun subject may refer to ("إلا أنه نفى تلك التهم")."""
        # the first or second word: "ودوستم الستيني معروف", "أصدرت وزارة الخارجية بيانا"
        # (in a headline a state too: "روسيا تلوح بـ… .. وتتهم الغرب بالتحيز")
        kinds = ("person", "organisation", "anonymous", "media") + (("state",) if s.paragraph == 0 else ())
        opening = [h for h in hits if h.tok <= 1 and self.kind.get(h.actor) in kinds
                   and not h.adjective and not h.implied and not self.prepositional(h)
                   and not (h.tok == 1 and (toks[0][2] in self.lex.prepositions or self._punct_at(toks, 1)))]
        if opening:
            actor = max(opening, key=lambda h: h.end - h.start).actor
            if not self.history or self.history[-1] != actor:
                self.history.append(actor)
                del self.history[:-HISTORY]

    def _pronoun_subject(self, ctx: CueContext):
        """No subject of its own ("وأضاف أن", "وأكد ثقته بأن"): the pronoun's antecedent, tried
        in order — the pair named before (a dual verb), a name after this sentence's last statement
        (a continuation verb), this sentence's speaker, the nearest name before in the sentence, the
        author of the document that spoke last, the latest speaker that agrees; else not identified."""
        cue, toks, s, main_subject, gender = ctx.cue, ctx.toks, ctx.s, ctx.main_subject, ctx.gender
        # no subject of its own ("وأضاف أن", "وأكد ثقته بأن"): the pronoun refers to the latest speaker
        plural = gender == "pl"
        # a subject named earlier in this sentence, outside what was quoted ("يستمر منتقدون … واعتبروا")
        quoted = [(c.start, c.end) for c in self.said_in(s.id)]
        named = [h for h in self.hits_before(s, cue) if h.sentence == s.id
                 and self.kind.get(h.actor) in SPEAKER_KINDS and not h.adjective and not h.implied
                 and not any(a <= h.start and h.end <= b for a, b in quoted) and not self.prepositional(h, toks)
                 and (not plural or self._plural(h.actor)) and self.agrees(gender, h.actor)]
        continuing = toks[cue.tok][2].startswith(("و", "ف"))
        if plural:  # "بعث عاهل البحرين وأمير الكويت ببرقيتين …، أعربا فيهما": the pair named before
            pair = self.joint_before(toks, s, cue, quoted)
            if pair is not None:
                self.via = "coreference"
                self.rule = "dual verb: the pair named before in the sentence"
                return pair, cue.end_tok
        rel = next((r for r in range(cue.tok - 1, max(0, cue.tok - 12), -1) if toks[r][2] in ("التي", "الذي", "الذين")), None)
        suffixed = lambda k: len(toks[k][2]) > 4 and self.sentence_text[toks[k][0]:toks[k][1]].endswith(("ه", "ها", "هم", "هما"))
        if continuing and rel is not None and rel > 0 and rel + 1 < cue.tok and not suffixed(rel + 1) and not suffixed(cue.tok) \
                and not any(self._punct_at(toks, k) for k in range(rel, cue.tok + 1)) \
                and not any(toks[k][2] in self.lex.complementizers - PREPOSITIONAL for k in range(rel, cue.tok)) \
                and not any(toks[rel][0] <= h.start - s.start < toks[cue.tok][0] and self.kind.get(h.actor) in SPEAKER_KINDS
                            for h in self.hits_before(s, cue) if h.sentence == s.id):
            # (not "الصحافيين الذين ينتقدهم ويتهمهم": the antecedent is the object there; nor a clause that
            # names other parties, "الصواريخ التي أطلقت باتجاه السعودية إلى الحوثيين وأكدت")
            # "ونفت الشرطة الشائعات التي ترددت على مواقع التواصل وأفادت بأن …": the relative clause goes on,
            # its subject is the antecedent (an actor if one is named there, else no one identified)
            antecedent = [h for h in self.hits_before(s, cue) if h.sentence == s.id and h.end - s.start <= toks[rel][0]
                          and h.end - s.start >= toks[rel - 1][0] and self.kind.get(h.actor) in SPEAKER_KINDS]
            self.via = "coreference" if antecedent else None
            self.rule = "continuation of a relative clause: its antecedent" if antecedent else \
                "continuation of a relative clause: its antecedent, no one named: not identified"
            return (antecedent[-1].actor if antecedent else None), cue.end_tok
        if named and continuing and (not quoted or named[-1].start > max(b for _, b in quoted)):
            self.via = "coreference"  # named after this sentence's last statement
            self.rule = "continuation verb: named earlier in the sentence"
            return named[-1].actor, cue.end_tok
        if main_subject is not None and self.agrees(gender, main_subject, pronoun=True) and \
                (not plural or self._plural(main_subject)) and (not self.history or self.history[-1] == main_subject):
            self.via = "coreference"  # "نقل موقع … عن المندوب قوله إن … وأكد …": this sentence's speaker goes on
            self.rule = "continuation verb: this sentence's speaker goes on"
            return main_subject, cue.end_tok
        if named and continuing:
            self.via = "coreference"
            self.rule = "continuation verb: named earlier in the sentence"
            return named[-1].actor, cue.end_tok
        if named:  # "أصدرت إسرائيل بيانا قالت فيه": the subject named before in this sentence
            self.via = "nearest"
            self.rule = "nearest actor named before in the sentence"
            return named[-1].actor, cue.end_tok
        if continuing and self.document is not None and self.history and self.history[-1] == self.document[0] \
                and gender == self.document[1] and cue.end_tok < len(toks) and (
                    toks[cue.end_tok][2] in self.lex.complementizers - PREPOSITIONAL
                    or self.opens_quote(self.sentence_text, toks[cue.end_tok - 1][1], toks[cue.end_tok][0])):
            self.via = "coreference"
            self.rule = "continuation verb: the document's author goes on"
            return self.document[0], cue.end_tok
        earlier = self.latest_speaker(gender)
        self.via = "coreference" if earlier is not None else None
        self.rule = "pronoun subject: the latest speaker, agreeing" if earlier is not None else \
            "pronoun subject: the latest speaker does not agree, or there is none: not identified"
        return earlier, cue.end_tok

    def joint_before(self, toks, s, cue: Cue, quoted) -> list[str] | None:
        """The latest pair of actors joined by "و" before the cue in its sentence ("عاهل البحرين
        وأمير الكويت"), outside what was quoted and governed by no preposition; None if there is none."""
        cands = [h for h in self.hits_before(s, cue) if h.sentence == s.id and self.kind.get(h.actor) in SPEAKER_KINDS
                 and not h.adjective and not h.implied and not any(a <= h.start and h.end <= b for a, b in quoted)]
        for second in reversed(cands):
            if not toks[second.tok][2].startswith("و") or self._punct_at(toks, second.tok) \
                    and self.sentence_text[toks[second.tok - 1][1]:toks[second.tok][0]].strip() != "،":
                continue  # (a comma may close an apposition of the first party: see _joined)
            first = [h for h in cands if h.end - s.start <= toks[second.tok][0] and h.actor != second.actor
                     and not self.prepositional(h, toks)
                     and self._joined(self.sentence_text[h.end - s.start:toks[second.tok][0]], h, second, cands)]
            if first:
                return [max(first, key=lambda h: h.end - h.start).actor, second.actor]
        return None

    def cue_gender(self, toks, cue: Cue) -> str | None:
        """"f", "m" or "pl" (plural or dual) for the subject the cue's verb or participle agrees
        with ("قالت" f, "قال" m, "تقول" f, "قالوا" pl, "مؤكدة" f), or None when it does not say."""
        if cue.kind not in ("verb", "denial"):
            return None
        w = toks[cue.tok][2]
        printed = self.sentence_text[toks[cue.tok][0]:toks[cue.tok][1]]
        lex = self.lex
        words = lex.participles | lex.denial_participles if cue.participle else lex.verbs | lex.denials | lex.rejections | lex.verbs_with_an | lex.verbs_with_object
        base = _match(w, words, printed, verb=True)
        if base is None and (w.endswith("ان") and _match(w[:-2], words, verb=True) or w.endswith("ا") and _match(w[:-1], words, verb=True)):
            return "pl"  # "وتطالبان", "يؤكدان", "أعربا": two of them
        if base is None:
            return None
        if cue.participle:
            return "pl" if base.endswith(("ين", "ون")) else "f" if base.endswith("ه") else "m"
        if base.endswith(("وا", "ون", "تا")) or base.endswith("ا") and base[:-1] in words:
            return "pl"  # "قالوا", "ينفون", "قالتا", "أكدا"
        if base[0] in "يت" and "ي" + base[1:] in words and "ت" + base[1:] in words:
            return "f" if base[0] == "ت" else "m"  # "تقول" / "يقول" (a past "توقع", "تعهد" has no "يوقع")
        if base[0] == "ن" and "ي" + base[1:] in words:
            return None  # "ننفي": we
        if base.endswith("ت") and base + "ت" in words:
            return "m"  # "لفت" / "لفتت", "ثبت": the root ends in ت, its feminine adds one more
        return "f" if base.endswith("ت") else "m"

    def gender(self, aid) -> str | None:
        """"f", "m" or "pl" for an actor when its name or title says so; None for states and unknowns."""
        if isinstance(aid, list):
            return "pl"
        if aid in self.learned:
            return self.learned[aid]
        actor = self.actor.get(aid)
        if actor is None:
            return None
        if actor.kind == "state":  # "قالت إيران", "قال العراق"
            return "m" if aid in self.lex.masculine_states else "f"
        if actor.kind == "person":
            if actor.title:
                head = fold(actor.title).split()[0]
                return "f" if head.endswith("ه") and head not in self.lex.masculine_titles else "m"
            first = fold((actor.names.get("ar") or [""])[0]).split()[:1]
            if first and first[0] in self.lex.female_names:
                return "f"  # "ليلى منصور"
            if first and first[0] in self.lex.male_names:
                return "m"  # "طارق رمضان": never the subject of "وقالت"
            return None
        names = actor.names.get("ar") or []
        if not names or not names[0].split():
            return None
        head = stems(fold(names[0]).split()[0])[-1]
        if actor.kind == "anonymous":
            # a group of things with a feminine adjective ("عواصم أوروبية") takes a feminine verb
            described_f = any(fold(w).endswith("يه") and not w.startswith(("ال", "وال")) for w in names[0].split()[1:])
            return "pl" if self._plural(aid) else "f" if head.endswith("ه") or described_f else "m"
        if len(names[0].split()) == 1 and not fold(names[0]).startswith("ال") and head not in self.lex.body_heads \
                and head not in self.lex.feminine_heads:
            return "m" if head in self.lex.masculine_heads else None  # "برشلونة": a proper name, no gender of its own
        if head.endswith(("ه", "ات")) or head in self.lex.feminine_heads:
            return "f"
        return "m" if head in self.lex.masculine_heads else None

    def _joined(self, between: str, first, second, cands) -> bool:
        """Whether what stands between two parties lets "و" join them: nothing, or an apposition
        between commas that names no other party ("جماعة النصر، وهي جماعة معارضة، وتنظيم الدولة")."""
        between = between.strip()
        if between == "":
            return True
        if not (len(between) > 2 and between[0] == "،" and between[-1] == "،" and between.count("،") == 2):
            return False
        # a description ("، وهي جماعة معارضة للحكومة الإيرانية،") may name others; a list may not
        return between[1:].split()[0] in DESCRIPTION_OPENERS \
            or not any(first.end <= h.start and h.end <= second.start for h in cands)

    def agrees(self, gender: str | None, aid, pronoun: bool = False) -> bool:
        """Whether a subject can agree with a verb of that gender (unknowns agree with anything).
        A verb before its named subject may stay singular for a plural ("قال مسؤولون"); a pronoun
        subject ("وأضاف") never points back to a plural or joint one."""
        have = self.gender(aid)
        if pronoun and gender in ("f", "m") and (have == "pl" or self._plural(aid)):
            return False
        if not pronoun and isinstance(aid, str) and self.kind.get(aid) == "state":
            return True  # "قالت عمان" (its capital), "قال العراق": a named state agrees either way
        if gender is None or have is None or have == "pl":
            return True
        if gender == "pl":
            return have == "pl" or self._plural(aid)
        return have == gender

    def learn(self, aid, gender: str | None) -> None:
        """A person named as the subject of a verb takes its gender ("وقالت جين كونورز": f)."""
        if gender in ("f", "m") and isinstance(aid, str) and self.kind.get(aid) == "person" and not self.actor[aid].title:
            self.learned.setdefault(aid, gender)

    def someone_else(self) -> None:
        """Record that a party no list names spoke: a pronoun after it refers to no one we know."""
        if not self.history or self.history[-1] != UNNAMED:
            self.history.append(UNNAMED)
            del self.history[:-HISTORY]

    def latest_speaker(self, gender: str | None):
        """The latest earlier speaker when it agrees with the verb, else None: a pronoun subject
        refers back along the chain the text supports, never past another party named in between
        nor to an earlier one of the verb's gender ("وأضافت" after a man is no one we know)."""
        if not self.history:
            return None
        earlier = self.history[-1]
        if earlier == UNNAMED:
            return None  # "وقال نائب الوزير إن … وأضاف أن": the unnamed one goes on, not the one before him
        if self.agrees(gender, earlier, pronoun=True) and (gender != "pl" or self._plural(earlier)):
            return earlier
        return None

    def sentence_subject(self, s, cue: Cue, toks, gender: str | None, last: bool = False):
        """The subject a participle or a possessive pronoun refers to: the first (or, with `last`,
        the nearest) agreeing actor before it in the sentence that no preposition governs and no
        quote holds, else the latest earlier speaker that agrees."""
        quoted = [(c.start, c.end) for c in self.said_in(s.id)]
        cands = [h for h in self.hits_before(s, cue) if h.sentence == s.id and self.kind.get(h.actor) in SPEAKER_KINDS
                 and not h.adjective and not h.implied and not self.prepositional(h, toks) and self.agrees(gender, h.actor)
                 and not any(a <= h.start and h.end <= b for a, b in quoted)]
        if cands:
            return (cands[-1] if last else cands[0]).actor
        return self.latest_speaker(gender)

    def _plural(self, speaker) -> bool:
        """A plural subject: an anonymous group ("مسؤولون") or a joint one ("أنقرة وموسكو")."""
        return isinstance(speaker, list) or bool(self.plural.get(speaker))

    def _named_before(self, s, cue: Cue) -> bool:
        """Whether a possible speaker is named earlier in the same sentence."""
        return any(h.sentence == s.id and self.kind.get(h.actor) in ("person", "organisation", "anonymous", "media")
                   for h in self.hits_before(s, cue))


def _plural_name(actor: Actor, lex: "Lexicon") -> bool:
    """An unnamed group: "مراقبون", "محامون أميركيون", "بعض النقاد", "عدد من السينمائيين"."""
    names = actor.names.get("ar") or []
    if not names or not names[0].split():
        return False
    first = stems(fold(names[0]).split()[0])[-1]
    return first.endswith(("ون", "ين", "ات")) or first in lex.quantifiers or "ال" + first in lex.quantifiers \
        or first in lex.plural_heads  # "مصادر مقربة من …": a group of sources
