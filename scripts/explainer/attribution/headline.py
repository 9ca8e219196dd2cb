"""Headline statements: «NAME: what was said» («عماد الحمامي: لا نرى مانعا …», «هولندا وأستراليا: روسيا
مسؤولة عن …»), the shape of headlines and sub-headlines across outlets. The colon is the cue.

The words before the colon must all be actors' names (one speaker, or several joined by «و»: a
joint statement); anything else there is a label, not a speaker ("الرياض:", "المصدر:", "اقرأ
أيضا:", "قمة هلسنكي:", "النزاع في سوريا:"). A single state before the colon is the story's place
("البحرين: تبرئة زعيم المعارضة …", "سوريا: دفعة جديدة …") unless what follows is a quotation or is
said in the first person («روسيا: لن نقبل …»). A statement is only read at the start of a paragraph (a
headline, a sub-headline, a line of an interview), from the sentence's first word.
"""

from __future__ import annotations

from ..lexicon import stems, tokens
from .cues import SPEAKER_KINDS, Cue, _is

_COLONS = ":："
_QUOTES = '"«»“”'


class HeadlineRules:
    """ClaimFinder's rule for «NAME: quote» (a mixin)."""

    def headline_statement(self, s, toks, hits) -> bool:
        """Record the statement of a sentence shaped «NAME: quote», if it is one; whether it was."""
        if not s.id.endswith("s1") or len(toks) < 3:
            return False
        text = s.text
        colon = next((k for k in range(1, min(len(toks), self.lex.subject_max_words + 3))
                      if any(c in _COLONS for c in text[toks[k - 1][1]:toks[k][0]])), None)
        if colon is None or any(c in "،,.؛;()" + _QUOTES for c in text[:toks[colon - 1][1]]):
            return False
        speakers, relayed_by = self._names_before_colon(s, toks, hits, colon)
        via, rule = "direct", "headline: NAME: what was said"
        kind = "verb"
        if not speakers:
            said = self._name_and_verb_before_colon(s, toks, hits, colon)
            if said is not None:  # "ترامب يهاجم نيويورك تايمز: تقرير مولر قصة وهمية"
                speakers, kind, rule = [said[0]], said[1], "headline: NAME says …: what was said"
        if not speakers and s.paragraph == 0:
            holder = self._office_in_the_lede(toks, colon)
            if holder is not None:  # "رئيس البنك الدولي : …" when the lede names him so
                speakers, via, rule = [holder], "coreference", "headline: an office whose holder the lede names"
        if not speakers:
            return False
        if len(toks) - colon < 2:
            return False  # one word is a label's value, not a statement
        if len(speakers) == 1 and self.kind.get(speakers[0]) == "state" and not self._speech_after_colon(text, toks, colon):
            return False  # "البحرين: تبرئة زعيم المعارضة …": the story's place
        at = text.index(next(c for c in text[toks[colon - 1][1]:toks[colon][0]] if c in _COLONS), toks[colon - 1][1])
        cue = Cue(kind, colon, colon, s.start + at, s.start + at + 1)
        subject = speakers[0] if len(speakers) == 1 else speakers
        self.via, self.rule = via, rule
        self.add(cue, subject, toks, text, s, colon, len(toks), relayed_by)
        return True

    def _names_before_colon(self, s, toks, hits, colon: int) -> tuple[list[str], str | None]:
        """The actors named by every word before the colon, in order (joined by «و»), and the
        medium they spoke to («فواز جرجس لـCNN:»: relayed by CNN) or None; ([], None) if a word
        there names no one."""
        covered: dict[int, str] = {}
        for h in sorted(hits, key=lambda h: (h.start, -h.end)):
            if h.adjective or h.implied:
                continue
            ks = [k for k in range(colon) if h.start <= s.start + toks[k][0] and s.start + toks[k][1] <= h.end]
            for k in ks:
                covered.setdefault(k, h.actor)
        out: list[str] = []
        relayed_by = None
        for k in range(colon):
            if k in covered:
                if self.kind.get(covered[k]) not in SPEAKER_KINDS or relayed_by is not None:
                    return [], None
                if not out or out[-1] != covered[k]:
                    if out and toks[k][2].startswith("ل") and self.kind.get(covered[k]) == "media" \
                            and all(covered.get(j) == covered[k] for j in range(k, colon)):
                        relayed_by = covered[k]  # "فواز جرجس لـCNN:": what he told CNN
                        continue
                    if out and not toks[k][2].startswith("و") and toks[k - 1][2] != "و":
                        return [], None  # two names side by side, no «و» between: not two speakers
                    out.append(covered[k])
            elif toks[k][2] != "و" or not out:
                return [], None
        return list(dict.fromkeys(out)), relayed_by

    def _name_and_verb_before_colon(self, s, toks, hits, colon: int) -> tuple[str, str] | None:
        """(speaker, "verb" or "denial") when the headline opens with an actor's name and, right
        after it, a verb of saying or denying in the present, the colon closing that clause ("ترامب
        يهاجم نيويورك تايمز:", "موسكو تنفي:"): what follows the colon is what the actor says; None
        otherwise."""
        first = [h for h in hits if not h.adjective and not h.implied and h.tok == 0 and self.kind.get(h.actor) in SPEAKER_KINDS]
        if not first:
            return None
        h = max(first, key=lambda h: h.end)
        v = next((k for k, t in enumerate(toks) if s.start + t[0] >= h.end), None)
        if v is None or v + 1 >= colon or toks[v][2][:1] not in ("ي", "ت"):
            return None  # ("موسكو تنفي: …": the verb right before the colon is a cue of its own)
        for words, kind in ((self.lex.denials, "denial"), (self.lex.verbs | self.lex.headline_verbs, "verb")):
            if _is(toks[v][2], words, verb=True):
                return h.actor, kind
        return None

    def _office_in_the_lede(self, toks, colon: int) -> str | None:
        """The person who speaks first in the body when the headline names him by an office
        («رئيس البنك الدولي :», «مفتي السعودية:», «عضو حزب التحرير :») and the lede's sentence
        prints that office and every other word of it («رئيس مجموعة البنك الدولي جيم يونغ كيم»,
        «مفتي عام المملكة العربية السعودية»); else None. (The headline is read after the body.)"""
        if not any(f in self.lex.offices for f in stems(toks[0][2])[:2]):
            return None
        lede = next((c for c in self.claims + self.denials if isinstance(c.by, str) and self.kind.get(c.by) == "person"
                     and self.order.get(c.sentence, 0) > 0), None)
        if lede is None or lede.sentence != min((c.sentence for c in self.claims + self.denials
                                                  if not c.sentence.startswith("p0")), key=lambda i: self.order[i]):
            return None  # only the lede's own speaker
        words = [set(stems(t[2])) for t in tokens(self.text_of[lede.sentence])]
        for k in range(colon):
            mine = stems(toks[k][2])
            if toks[k][2] != "و" and not any(f in w for w in words for f in mine[:2]) and \
                    not any(len(mine[-1]) >= 3 and mine[-1] in w for w in words):
                return None
        return lede.by

    def _speech_after_colon(self, text: str, toks, colon: int) -> bool:
        """Whether what follows the colon is a quotation, or first-person speech («نحن …», «لا نرى»)."""
        rest = text[toks[colon - 1][1]:].strip(" " + _COLONS)
        if rest[:1] in _QUOTES and rest.rstrip(" .…!؟?")[-1:] in _QUOTES:
            return True
        words = [toks[k][2] for k in range(colon, min(colon + 2, len(toks)))]
        if words[0] in self.lex.first_person:
            return True  # "نحن", "إننا"
        # "لا نرى", "لم نكن", "لن أقبل": a negated verb of the first person
        return len(words) == 2 and words[0] in self.lex.negators and words[1][:1] in "نا"
