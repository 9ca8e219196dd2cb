"""Where a subject stands: the position tests the speaker rules (source.py) share — the token a
subject after the verb starts at, a mention governed by a preposition, an office and its holder
between commas, mentions right before the verb, a noun phrase that is the verb's subject, the
speaker candidates before a cue.
"""

from __future__ import annotations

from ..actors import Hit
from ..lexicon import fold, stems, tokens
from .cues import PREPOSITIONAL, RELATIVES, SPEAKER_KINDS, Cue, _is, _match

AN_FORMS = {"ان", "بان", "وان", "لان", "فان"}  # أن/إن/أنّ, with a glued particle, folded


class SubjectPositions:
    """ClaimFinder's subject-position tests (a mixin)."""

    def apposed_name(self, toks, hits: list[Hit], s, k: int) -> tuple[str, int] | None:
        """(person, token after the name) when the subject after the verb is an office and the
        person holding it follows between commas: "قائد المركز الروسي في سوريا، اللواء يوري
        يفتوشينكو،"; None otherwise."""
        if k >= len(toks) or not any(f in self.lex.offices for f in stems(toks[k][2])):
            return None
        if any(h.tok == k and self.kind.get(h.actor) == "person" for h in hits):
            return None  # "وأبلغ وزير الدفاع سيرغي شويغو، الرئيس فلاديمير بوتين،": the office is his, the next is whom he told
        for c in range(k + 1, min(k + 10, len(toks))):
            w = toks[c][2]
            if w in self.lex.complementizers or _is(w, self.lex.verbs | self.lex.denials, verb=True):
                return None
            if "،" in self.sentence_text[toks[c - 1][1]:toks[c][0]]:
                person = [h for h in hits if self.kind.get(h.actor) == "person" and (h.tok == c or h.tok == c + 1 and any(
                    f in self.lex.offices for f in stems(toks[c][2])))]  # ("…، الأمير الوليد بن طلال": his title first)
                if not person:
                    return None
                h = max(person, key=lambda h: h.end)
                end = next((t for t, tok in enumerate(toks) if tok[1] >= h.end - s.start), c) + 1
                return h.actor, end
        return None

    def title_holder(self, toks, hits: list[Hit], s, k: int) -> tuple[str, int] | None:
        """(person, token after the name) when the subject after the verb is a title that runs on,
        without a comma, to the name of its holder ending where a subject ends: "وأوضح الأمين العام
        لاتحاد أطباء الاختصاص والممارسة الحرة فوزي الشرفي أن …", "وقال رئيس إدارة الجريمة في
        الشرطة الوطنية بهولندا فيلبرت بوليسن إن …". The title must be definite somewhere (an
        indefinite one, "ممثل ادعاء اتحادي", is an unnamed office holder); it never runs over
        punctuation, a verb, a word with a pronoun ("نظيره") or a word of speakers.yml
        `title_stops` ("في مؤتمر مع …"); the first person named in it is the holder or no one."""
        lex = self.lex
        if k >= len(toks) or not any(f in lex.offices for f in stems(toks[k][2])):
            return None
        if any(h.tok == k and self.kind.get(h.actor) in SPEAKER_KINDS for h in hits):
            return None  # "قال رئيس الوزراء يوسف الشاهد": a title inside a mention, read as one
        definite = toks[k][2].startswith(("ال", "وال"))
        c = k + 1
        while c < min(k + 1 + lex.title_max, len(toks)):
            if self._punct_at(toks, c):
                return None
            at = [h for h in hits if h.tok == c and not h.adjective and not h.implied]
            person = [h for h in at if self.kind.get(h.actor) == "person"]
            if person:
                h = max(person, key=lambda h: h.end)
                end = next((t for t, tok in enumerate(toks) if tok[1] >= h.end - s.start), c) + 1
                if not definite or c == k + 1:
                    return None  # (a name right after the title is the rule of the subject after the verb)
                after = self.sentence_text[toks[end][0]:toks[end][1]] if end < len(toks) else ""
                if end >= len(toks) or self._punct_at(toks, end) or toks[end][2] in lex.complementizers - PREPOSITIONAL \
                        or toks[end][2] in lex.before_subject \
                        or after.endswith(("ه", "ها", "هم", "هما")) and not after.endswith("الله") and len(toks[end][2]) > 3:
                    return h.actor, end  # ("… جيم يونغ كيم دعمه القوي": the verb's object, with its pronoun)
                return None
            if at:  # a body or a place the office is of ("للبنك الدولي", "في الشرطة الوطنية")
                definite = True
                h = max(at, key=lambda h: h.end)
                c = next((t for t, tok in enumerate(toks) if tok[1] >= h.end - s.start), c) + 1
                continue
            w = toks[c][2]
            printed = self.sentence_text[toks[c][0]:toks[c][1]]
            if w in lex.title_stops or w in lex.complementizers or _is(w, lex.verbs | lex.denials, verb=True) \
                    or printed.endswith(("ه", "ها", "هم", "هما")) and not printed.endswith("الله") and len(w) > 3:
                return None
            if w == "في" and not (c + 1 < len(toks) and toks[c + 1][2].startswith("ال")):
                return None  # "في مؤتمر صحفي": an occasion, not the body the office is in
            definite = definite or w.startswith(("ال", "لل", "بال", "وال"))
            c += 1
        return None

    def identified_holder(self, toks, hits: list[Hit], s, k: int) -> tuple[str, int] | None:
        """(person, token after the name) when the subject after the verb is an office or a
        description that "وهو"/"وهي" identifies: "أشار كاتب سعودي معروف وهو عبد الرحمن الراشد في مقال
        أن …"; None otherwise."""
        if k >= len(toks) or not any(f in self.lex.offices for f in stems(toks[k][2])):
            return None
        for c in range(k + 1, min(k + 6, len(toks) - 1)):
            w = toks[c][2]
            if self._punct_at(toks, c) and "،" not in self.sentence_text[toks[c - 1][1]:toks[c][0]]:
                return None
            if w in ("وهو", "وهي"):
                person = [h for h in hits if h.tok == c + 1 and self.kind.get(h.actor) == "person" and not h.adjective]
                if not person:
                    return None
                h = max(person, key=lambda h: h.end)
                return h.actor, next((t for t, tok in enumerate(toks) if tok[1] >= h.end - s.start), c + 1) + 1
            if w in self.lex.complementizers or w in self.lex.title_stops or _is(w, self.lex.verbs | self.lex.denials, verb=True) \
                    or any(h.tok == c for h in hits if not h.adjective and not h.implied):
                return None
        return None

    def has_object_pronoun(self, toks, cue: Cue) -> bool:
        """Whether the cue's verb carries an object pronoun ("اتهمها", "نفاه", "اقترحتها")."""
        w = toks[cue.tok][2]
        printed = self.sentence_text[toks[cue.tok][0]:toks[cue.tok][1]]
        base = _match(w, self.lex.verbs | self.lex.denials | self.lex.verbs_with_an | self.lex.verbs_with_object, printed, verb=True)
        return base is not None and base not in stems(w)

    def adjacent_subject(self, toks, s, cue: Cue, gender: str | None) -> list[Hit]:
        """Mentions right before the verb that can be its subject (only linking words between); none
        when the verb carries a conjunction ("… مهاجم ليفربول وكتب": "و" opens a clause of its own,
        whose subject is not the noun before it; "وصفت" is a verb of its own, not "و" + "صفت")."""
        w = toks[cue.tok][2]
        if cue.kind in ("verb", "denial") and not cue.participle and not cue.noun and w[:1] in ("و", "ف") \
                and w not in self.lex.verbs and w not in self.lex.denials and len(w) > 3:
            return []
        return [h for h in self.hits_before(s, cue) if h.sentence == s.id and self.kind.get(h.actor) in SPEAKER_KINDS
                and not h.adjective and not self.prepositional(h, toks)
                and self._only_links_between(toks, h.end - s.start, cue.start - s.start) and self.agrees(gender, h.actor)]

    def subject_after_an(self, toks, s, cue: Cue, gender: str | None) -> bool:
        """Whether an actor stands between "أن"/"إن" and the verb ("ويذكر أن واشنطن تطالب روسيا
        بـ…"): the noun after أنّ is its subject, so the verb's subject is before it and a name after
        it is its object."""
        if cue.kind not in ("verb", "denial") or cue.participle or cue.noun or toks[cue.tok][2][:1] in ("و", "ف"):
            return False
        return any(h.tok > 0 and toks[h.tok - 1][2] in AN_FORMS and not self._punct_at(toks, h.tok)
                   for h in self.adjacent_subject(toks, s, cue, gender))

    def noun_subject(self, toks, cue: Cue) -> int | None:
        """The first token of the noun phrase between "أن"/"إن" and the verb, when there is one that
        names no actor ("إلا أن عدة مؤشرات أشارت"): it is the verb's subject, so no pronoun (and no
        earlier speaker) is. None otherwise."""
        if cue.kind != "verb" or cue.participle or toks[cue.tok][2][:1] in ("و", "ف"):
            return None
        k, words = cue.tok - 1, 0
        while k >= 0 and words < 3:
            if self._punct_at(toks, k + 1):
                return None
            w = toks[k][2]
            printed = self.sentence_text[toks[k][0]:toks[k][1]]
            if w == "ان":
                return k + 1 if words >= 1 else None
            if w in self.lex.complementizers or w in self.lex.subject_links or printed.endswith(("ه", "ها", "هم")) or any(
                    h.tok == k and not h.adjective for h in self.hits_in.get(self.sentence_id, [])):
                return None  # (an actor named there is the subject: see adjacent_subject)
            words, k = words + 1, k - 1
        return None

    def unknown_subject_before(self, toks, cue: Cue) -> bool:
        """Whether a verb with no "و"/"ف" of its own has words of its own clause before it that can
        be its subject (an SVO sentence: "سامر الحداد قال إن …"): then its subject is whoever they
        name, known or not, and no pronoun points back. A clause opened by a conjunction, a
        preposition or a particle ("وفي تصريح لاحق قال", "ثم قال") has no such subject."""
        if cue.kind not in ("verb", "denial") or cue.participle or cue.noun or toks[cue.tok][2][:1] in ("و", "ف"):
            return False
        k = cue.tok
        while k > 0 and not self._punct_at(toks, k):
            k -= 1
        before = toks[k:cue.tok]
        if before and before[0][2] in self.lex.subject_openers:
            before = before[1:]  # "لكن الجماعة نفت ذلك": the noun after the particle is the subject
        if not 1 <= len(before) <= self.lex.subject_max_words:
            return False
        lex = self.lex
        first = before[0][2]
        if first[:1] in ("و", "ف") or first in lex.prepositions or first in lex.clause_openers or first in lex.pronoun_openers:
            return False
        return not any(w in lex.complementizers or w in lex.clause_links or w in lex.negators or w in lex.prepositions
                       or w in lex.subject_links or w in RELATIVES or _is(w, lex.verbs | lex.denials, verb=True)
                       for _, _, w in before)

    def possessive(self, toks, cue: Cue) -> str | None:
        """The gender of the pronoun on a verbal noun ("إدانتها" f, "نفيه" m, "تصريحاتهم" pl), or None."""
        w = toks[cue.tok][2]
        printed = self.sentence_text[toks[cue.tok][0]:toks[cue.tok][1]]
        if printed.endswith("ة") or _match(w, self.lex.nouns | self.lex.denials | self.lex.denial_nouns) in stems(w):
            return None
        for suffix, g in (("هما", "pl"), ("هم", "pl"), ("ها", "f"), ("ه", "m")):
            if w.endswith(suffix):
                return g
        return None

    def subject_token(self, toks, cue: Cue) -> int:
        """The token where a subject after the verb would start: past time words and adverbs
        ("قال يوم الأحد …", "أكد أيضا …")."""
        k = cue.end_tok
        while k < len(toks) and k < cue.end_tok + 4 and toks[k][2] in self.lex.before_subject and not self._punct_at(toks, k):
            k += 1
        return k

    def prepositional(self, h: Hit, toks=None) -> bool:
        """Whether the mention is governed by a preposition ("من ليبيا", "لراديو …", "للمحققين"):
        then it is no subject."""
        text = self.text_of[h.sentence]
        toks = tokens(text)
        k = h.tok
        if k > 1 and toks[k - 1][2] == "من" and toks[k - 2][2] in ("كل", "وكل"):
            return False  # "أعلنت كل من سرايا القدس وكتائب القسام": "كل من" opens a joint subject
        if k > 0 and toks[k - 1][2] in self.lex.prepositions and not any(c in "،,:;؛.\"«»()" for c in text[toks[k - 1][1]:toks[k][0]]):
            return True
        if k > 1 and toks[k - 2][2] in self.lex.prepositions and toks[k - 1][2] in self.lex.compound_prepositions \
                and not any(c in "،,:;؛.\"«»()" for c in text[toks[k - 2][1]:toks[k][0]]):
            return True  # "لمداهمة من جانب مكتب التحقيقات": the agent of a noun, no subject
        if k > 0 and toks[k][2].startswith("و") and not any(c in "،,:;؛.\"«»()" for c in text[toks[k - 1][1]:toks[k][0]]):
            # "زيارتا الرئيس لبروكسل ولندن": a place joined to a word with a glued preposition (a place no
            # list knows) is governed by it too
            if self.kind.get(h.actor) == "state" and toks[k - 1][2][:1] in ("ل", "ب") and len(toks[k - 1][2]) > 3 \
                    and not any(g.tok == k - 1 for g in self.hits_in.get(h.sentence, [])):
                return True
        word = toks[k][2]
        # ("وكالة" is no "و" + "كالة": a head noun that opens with و or ف is read whole)
        word = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 and word not in self.lex.body_heads else word
        if k > 0 and word[:1] == "ل" and toks[k - 1][2] in self.lex.subject_with_li:
            return False  # "سبق لمسؤولين عراقيين أن نفوا": the "ل" marks the subject
        if k > 0 and word[:1] == "ل" and _is(toks[k - 1][2], self.lex.nouns) and word[1:] in self.lex.addressees:
            return True  # "وفي تصريح لوكالة الأنباء الألمانية، قال …": to whom it was said, never who said it
        if k > 0 and word[:1] == "ل" and _is(toks[k - 1][2], self.lex.nouns) and self.kind.get(h.actor) == "media":
            return True  # "في تصريح لـCNN": a medium after a statement noun is told it (not "تصريح لترامب": his)
        if k > 0 and word[:1] == "ل" and (_is(toks[k - 1][2], self.lex.nouns) or toks[k - 1][2] in self.lex.documents):
            return False  # "آخر تصريح لترامب", "بيان لوزارة الخارجية": whose the statement is
        if word.startswith(("لل", "بال", "كال")):
            return True
        if word[:1] in ("ل", "ب", "ك"):
            firsts = [fold(n).split()[0] for n in self.actor[h.actor].names.get("ar", []) if n.split()] if h.actor in self.actor else []
            # "لروسيا" is "ل" + "روسيا"; "بوتين" and "لافروف" begin with their own letter
            return any(word[1:].startswith(f.removeprefix("ال")[:3]) for f in firsts) and not any(word.startswith(f[:3]) for f in firsts)
        return False

    def _punct_at(self, toks, k: int) -> bool:
        """Whether punctuation stands right before token k of the current sentence."""
        return k > 0 and any(c in "،,:;؛.\"«»()" for c in self.sentence_text[toks[k - 1][1]:toks[k][0]])

    def _only_links_between(self, toks, a: int, b: int) -> bool:
        """Whether only linking words ("قد", "كان") stand between offsets a and b of a sentence."""
        if b - a > 40:
            return False  # (at most two short words and a comma: a long gap is never only links)
        gap = self.sentence_text[a:b]
        between = [t for t in toks if t[0] >= a and t[1] <= b] if gap.strip() else []
        if any(c in ":;؛.\"«»()" for c in gap):
            return False
        if "،" in gap or "," in gap:
            # "… في سوريا، واعتبروا": a comma ends the phrase before the verb, except after a topic
            # that opens the sentence or follows "أما" ("واشنطن، أعلنت", "أما مجلس …، فقد أعلن")
            opener = [t for t in toks if t[1] <= a]
            topic = not opener or len(opener) <= 4 and any(t[2] in ("اما", "واما") for t in opener[:1]) or \
                self.sentence_text[:a].strip().count(" ") < 3
            if not topic:
                return False
        return len(between) <= 2 and all(t[2] in self.lex.subject_links for t in between)

    def hits_before(self, s, cue: Cue) -> list[Hit]:
        """Speaker candidates before the cue in this or the previous sentence, outermost only."""
        index = self.order[s.id]
        before = self.doc.sentences[index - 1] if index else None
        previous = self.hits_in.get(before.id, []) if before is not None and before.paragraph else []  # (not the headline's)
        cands = [h for h in previous + self.hits_in.get(s.id, []) if h.end <= cue.start]
        # outermost: drop a hit inside a longer one (one sweep in order of start, longest first)
        outer, reach = [], -1
        for h in sorted(cands, key=lambda h: (h.start, -h.end)):
            inside = reach >= h.end and not (outer and (outer[-1].start, outer[-1].end) == (h.start, h.end))
            if not inside:
                outer.append(h)
            reach = max(reach, h.end)
        return outer  # in reading order: the last is the nearest
