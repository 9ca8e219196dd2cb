"""Source: who said it (citron's source.py). `speaker()` holds the rules in the order they are
tried; each records in `self.rule` the rule that decided (Claim.rule / Denial.rule, review --why)
and in `self.via` how the speaker was found (direct, participle, coreference, nearest).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..actors import Hit
from ..lexicon import fold, phrase_at, stems
from .coreference import Coreference
from ..mentions.common import DEMONSTRATIVES, _verbal_noun_shaped
from .cues import PREPOSITIONAL, RELATIVES, SPEAKER_KINDS, Cue, _is

APPOSITION_MARKS = ("،", "-", "–", "—")  # what opens and closes an apposition inside a joint subject


@dataclass(frozen=True)
class CueContext:
    """What every speaker rule reads about the cue at hand."""

    cue: Cue
    toks: list
    hits: list[Hit]
    s: object  #: the sentence
    main_subject: object  #: this sentence's speaker so far (for participles), or None
    gender: str | None  #: the verb's agreement (cue_gender)
    relative: bool  #: the verb follows a relative pronoun ("الذي أكد")
    object_pronoun: bool  #: the verb carries an object pronoun ("نفاه")


class SourceRules:
    """ClaimFinder's speaker rules (a mixin)."""

    def speaker(self, cue: Cue, toks, hits: list[Hit], s, main_subject: str | None = None) -> tuple[str | None, int]:
        """(actor id or None, token index after the speaker's name).

        The subject of the cue as a reader finds it: named right after the verb (VS) or right
        before it (SV), agreeing with it in gender ("وطالب الخارجية …" has the ministry as object);
        the antecedent of a relative pronoun; else, for a pronoun subject ("وأضاف", "وقالت إنها"),
        the latest earlier speaker that agrees with the verb.

        The rules are tried in the order of SPEAKER_RULES (below the class); the first that decides
        (returns a pair, its speaker possibly None) wins:
         0. _own_denial             "قال X إنه ينفي …": X
         1. _unsourced_report       "تقارير تفيد": no one's statement
         2. _thing_described        "المبادرة التي اقترحتها روسيا": no statement
         2b. _decision_described    "التصويت على قرار يدين …": the topic of a vote, no statement
         2c. _indefinite_described  "صديق يقول أمورا جيدة": a description of a noun, no statement
         3. _participle             "…، مؤكدا أن": the main clause's subject
         4. _verbal_noun            "في نفيه", "في نفي الوزارة": whose the denial is
         4b. _agent_of_noun         "اتهامه من قبل أربع نساء": the agent, not the pronoun
         5. _possessive_noun        "إدانتها": the pronoun's antecedent
         6. _document_before_verb   "مشروع بيان يدعو", "إصدار المحكمة قرارا تطالب فيه": the document's issuer
         6a. _the_latter            "ووصف الأخير له بـ…": the party named last before it
         6b. _fronted_subject       SV, the name opening the sentence: "ألمانيا تتهم تونس بـ…"
         6c. _accused_after_verb    "ويتهم مسلحو الجماعة بقتل": the accused: not identified
         7. _titled_subject         "وأوضح الأمين العام لاتحاد … فوزي الشرفي أن": the title's holder
         7b. _apposed_office        "نفى قائد المركز …، اللواء …،", "قال مراسل الجزيرة، محمد …،": the office's holder
         8. _subject_after_verb     VS, agreeing; a joint subject is every party
         8b. _considered_after_ma  "، ما عده متظاهرون …": a subject no list names: not identified
         9. _pair_noun              "وقال البلدان": the two states named last
         9b. _numeral_subject       "ونفى الثلاثة": the three persons named together before
        11. _noun_without_speaker   a reporting noun with no speaker is no statement
        12. _document_issuer_after  "ونفى بيان السفارة": the issuer
        13. _document_as_subject    "وأضاف البيان": the latest speaker
        14. _report_after_verb      "ذكرت تقارير أن": no one's statement
        15. _impersonal             "يتوقع أن": no one's statement
        16. _relative_with_resumptive "القرار الذي طالبت به جمعيات": the subject after it
        17. _relative_antecedent    "… الذي أكد أن": the antecedent
        18. _subject_before_verb    SV: "الإمارات أكدت"
        19. _noun_subject           "إلا أن عدة مؤشرات أشارت": a thing, no speaker
        20. _unknown_subject_after_back "وهو ما تنفيه الإمارة": a subject after it no list knows
        21. _unknown_subject_before_object "ونفت أربيل الاتهامات": a subject no list knows, then the object
        22. _unknown_subject        "سامر الحداد قال": a subject no list knows: not identified
        23. _issuer_of_document_before "البيان الذي أصدرته X، … تنفي فيه": the document's issuer
        24. _number_group           "ونفى الثلاثة": a group named by its number: not identified
        25. _common_noun_subject    "فأجاب الموظف:": a party of its own: not identified
        25b. _unknown_word_subject  "وقال بيج أثناء التحقيق إنه": a party of its own: not identified
        26. _pronoun_subject        (coreference.py) the pronoun's antecedent, else not identified
        """
        gender = self.cue_gender(toks, cue)
        relative = cue.tok > 0 and toks[cue.tok - 1][2] in RELATIVES
        object_pronoun = cue.kind in ("verb", "denial") and not cue.participle and self.has_object_pronoun(toks, cue)
        ctx = CueContext(cue, toks, hits, s, main_subject, gender, relative, object_pronoun)
        for rule in SPEAKER_RULES:
            found = rule(self, ctx)
            if found is not None:
                return found
        raise AssertionError("the last speaker rule always decides")

    def _own_denial(self, ctx: CueContext):
        """A denial right after "إنه"/"إنها" that opens what a speaker said ("وقال أحمد حسن إنه ينفي
        الاتهامات"): the pronoun is that speaker (claims.py records it in `own_denials`)."""
        own = self.own_denials.get((ctx.s.id, ctx.cue.tok))
        if own is None:
            return None
        self.via = "coreference"
        self.rule = "a denial after «إنه» in what a speaker said: that speaker"
        return own, ctx.cue.end_tok

    def _unsourced_report(self, ctx: CueContext):
        """An unsourced report ("تقارير تفيد"): no one's statement."""
        cue = ctx.cue
        if cue.kind == "report":
            self.rule = "unsourced report (تقارير تفيد): no one's statement"
            return None, cue.end_tok
        return None

    def _thing_described(self, ctx: CueContext):
        """A relative verb whose object pronoun is its antecedent ("المبادرة التي اقترحتها روسيا"):
        a thing described, no statement."""
        cue, toks, s, relative, object_pronoun = ctx.cue, ctx.toks, ctx.s, ctx.relative, ctx.object_pronoun
        # ("وفقا لما أوردته بوابة الأهرام": «ما» is the antecedent too)
        relative = relative or cue.tok > 0 and toks[cue.tok - 1][2] in ("ما", "لما", "مما", "بما")
        # "جلسة مجلس الأمن التي دعت روسيا لانعقادها": the antecedent's pronoun in what is called for
        object_pronoun = object_pronoun or relative and any(
            toks[k][2].startswith("ل") and len(toks[k][2]) > 4
            and self.sentence_text[toks[k][0]:toks[k][1]].endswith(("ها", "ه", "هم")) and not self._punct_at(toks, k)
            for k in range(cue.end_tok + 1, min(cue.end_tok + 3, len(toks))))
        if relative and object_pronoun and not _is(toks[cue.tok][2], self.lex.predicative, verb=True) \
                and self.said_before(cue, toks, s) is None and not any(
                    toks[k][2] in self.lex.complementizers - PREPOSITIONAL for k in range(cue.end_tok, min(cue.end_tok + 6, len(toks)))):
            self.via = "impersonal"  # "المبادرة التي اقترحتها روسيا بشأن …": a thing described, no statement
            return None, cue.end_tok
        return None

    def _decision_described(self, ctx: CueContext):
        """A present verb right after a decision with no resumptive pronoun ("التصويت على قرار يدين
        النظام"): what the decision is about, the topic of a vote, no one's statement (data/cues.yml
        `decisions`; "قرارا تطالب فيه" speaks for its issuer: see _document_before_verb)."""
        cue, toks = ctx.cue, ctx.toks
        if cue.kind == "verb" and not cue.participle and cue.tok > 0 and toks[cue.tok][2][:1] in ("ي", "ت") \
                and toks[cue.tok - 1][2] in self.lex.decisions and not self._punct_at(toks, cue.tok) \
                and not (cue.end_tok < len(toks) and toks[cue.end_tok][2] in self.lex.resumptive):
            self.via = "impersonal"
            self.rule = "a decision described: no one's statement"
            return None, cue.end_tok
        return None

    def _indefinite_described(self, ctx: CueContext):
        """A present verb right after an indefinite noun no list knows, in quoted words ("لن يكون لديك
        صديق يقول أمورا جيدة"): a description of that noun (a relative clause without a pronoun),
        no one's statement. Not after a name, an auxiliary ("ظل يؤكد", data/cues.yml
        `aspect_verbs`), nor outside quotation marks, where the word may be a place or a name
        ("هجوما ضد منطقة عفرين تقول إنه …")."""
        cue, toks, s, hits = ctx.cue, ctx.toks, ctx.s, ctx.hits
        k = cue.tok - 1
        if cue.kind != "verb" or cue.participle or cue.noun or k < 1 or toks[cue.tok][2][:1] not in ("ي", "ت") \
                or self._punct_at(toks, cue.tok) or self._punct_at(toks, k):
            return None
        if not self.quotes.inside(0, toks[k][0]):
            return None  # (only in quoted words: elsewhere an unknown word there may be a place or a name)
        w, printed = toks[k][2], self.sentence_text[toks[k][0]:toks[k][1]]
        lex = self.lex
        if w.startswith(("ال", "و", "ف", "ي", "ت", "ن", "ا", "ل")) or w in lex.decisions or any(h.tok <= k and toks[k][1] <= h.end - s.start for h in hits) \
                or printed.endswith(("ه", "ها", "هم", "هما", "نا")) or len(w) < 3 or w in lex.aspect_verbs \
                or w in lex.complementizers or w in lex.prepositions or w in lex.subject_links or w in lex.negators \
                or w in lex.before_subject or w in lex.not_names or w in DEMONSTRATIVES or w in RELATIVES \
                or w in lex.male_names or w in lex.female_names \
                or _is(w, lex.verbs | lex.denials | lex.report_heads | lex.nouns, verb=True) or w in lex.documents \
                or any(f in lex.offices or f in lex.speaker_nouns or f.removeprefix("ال") in lex.body_heads or f in lex.source_heads
                       for f in stems(w)):
            return None
        self.via = "impersonal"
        self.rule = "a present verb describing an indefinite noun (صديق يقول): no one's statement"
        return None, cue.end_tok

    def _participle(self, ctx: CueContext):
        """A participle ("…، مؤكدا أن"): the main clause's subject."""
        cue, toks, s, main_subject, gender = ctx.cue, ctx.toks, ctx.s, ctx.main_subject, ctx.gender
        if cue.participle and toks[cue.tok][2].removeprefix("و").startswith(("ال", "لل")):
            self.via = "report"  # "القوات البورمية، المتهمة بدورها بارتكاب …": accused by no one named
            self.rule = "passive participle with the article: no speaker named"
            return None, cue.end_tok
        if cue.participle:  # "…، مؤكدا أن": the main clause's subject said it
            self.via = "participle"
            reply = next((k for k in range(cue.tok - 1, max(cue.tok - 4, -1), -1)
                          if toks[k][2] in self.lex.reply_verbs or toks[k][2][:1] in ("و", "ف", "ل")
                          and toks[k][2][1:] in self.lex.reply_verbs), None)  # ("ورد": "رد" is too short to peel)
            if reply is not None and reply < cue.tok - 1 and not any(self._punct_at(toks, k) for k in range(reply + 1, cue.tok + 1)):
                # "ليرد المذيع قائلا: …": the subject of the verb of replying, named between them
                subject = [h for h in ctx.hits if reply < h.tok < cue.tok and self.kind.get(h.actor) in SPEAKER_KINDS
                           and not h.adjective and self.agrees(gender, h.actor)]
                self.rule = "participle after a verb of replying: that verb's subject"
                if subject:
                    return subject[0].actor, cue.end_tok
                self.someone_else()
                return None, cue.end_tok
            self.rule = "participle: the main clause's subject"
            if main_subject is not None and self.agrees(gender, main_subject):
                return main_subject, cue.end_tok
            if self.main_unknown:
                return None, cue.end_tok  # the main clause's speaker was not found: never borrow another name
            return self.sentence_subject(s, cue, toks, gender), cue.end_tok
        return None

    def _verbal_noun(self, ctx: CueContext):
        """A verbal noun of denying ("نفيه", "في نفي الوزارة"): whose it is (denier_of_noun)."""
        cue, toks, hits, s = ctx.cue, ctx.toks, ctx.hits, ctx.s
        if cue.noun:
            return self.denier_of_noun(cue, toks, hits, s)
        return None

    def _agent_of_noun(self, ctx: CueContext):
        """A reporting noun with a pronoun and its agent after "من قبل"/"من جانب" ("اتهامه من قبل أربع
        نساء بـ…"): the pronoun is who it is about (the accused), the agent speaks; one no list knows
        leaves the speaker not identified, never the pronoun's antecedent."""
        cue, toks, hits = ctx.cue, ctx.toks, ctx.hits
        k = cue.end_tok
        if cue.kind == "noun" and self.possessive(toks, cue) is not None and k < len(toks) and toks[k][2].startswith("ب") \
                and any(f[:-1] in self.lex.object_pronoun_nouns or f[:-2] in self.lex.object_pronoun_nouns
                        for f in stems(toks[cue.tok][2])):
            self.rule = "reporting noun whose pronoun is the accused: the accuser not identified"
            return None, k  # "اتهامه بارتكاب جريمة": he is accused, by no one named here (and may deny it next)
        accused = [h for h in hits if k <= h.tok <= k + 1 and not h.adjective and self.kind.get(h.actor) in SPEAKER_KINDS
                   and (h.tok == k or not self._punct_at(toks, k) and toks[k][2] in self.lex.body_heads)]
        # ("اتهام جماعة "الصليبيون" بالتآمر": a head noun, then the body's quoted name)
        if cue.kind == "noun" and accused and any(f in self.lex.object_pronoun_nouns for f in stems(toks[cue.tok][2])):
            after = next((t for t, tok in enumerate(toks) if tok[1] >= max(h.end for h in accused) - ctx.s.start), k) + 1
            if after < len(toks) and toks[after][2].startswith("ب") \
                    and not any(c in "،,:;؛." for c in self.sentence_text[toks[after - 1][1]:toks[after][0]]):
                # "وصف اتهام الحكومة السورية باستخدام تلك الأسلحة بـ…": the name, then the charge: the accused
                self.rule = "reporting noun, a name, then the charge: the accused, the accuser not identified"
                return None, after
        if not (cue.kind == "noun" or cue.noun) or k + 2 >= len(toks) or toks[k][2] != "من" \
                or toks[k + 1][2] not in self.lex.compound_prepositions or self._punct_at(toks, k):
            return None
        agent = [h for h in hits if h.tok == k + 2 and self.kind.get(h.actor) in SPEAKER_KINDS and not h.adjective]
        if agent:
            first = max(agent, key=lambda h: h.end - h.start)
            self.via = "direct"
            self.rule = "reporting noun: its agent after من قبل"
            return first.actor, next((t for t, tok in enumerate(toks) if tok[1] >= first.end - ctx.s.start), k + 2) + 1
        self.rule = "reporting noun: an agent after من قبل that no list knows: not identified"
        self.someone_else()
        return None, k + 2

    def _possessive_noun(self, ctx: CueContext):
        """A reporting noun with a pronoun ("إدانتها", "تصريحاته"): its antecedent in the sentence."""
        cue, toks, s = ctx.cue, ctx.toks, ctx.s
        if cue.kind == "noun" and self.possessive(toks, cue) is not None:
            # "إدانتها", "نفيه", "تصريحاته": the pronoun is the speaker, named before in the sentence
            self.via = "coreference"
            self.rule = "possessive noun: its pronoun's antecedent in the sentence"
            return self.sentence_subject(s, cue, toks, self.possessive(toks, cue), last=True), cue.end_tok
        return None

    def _document_before_verb(self, ctx: CueContext):
        """A document before a present verb ("مشروع بيان يدعو …"): its issuer, the sentence's subject."""
        cue, toks, s = ctx.cue, ctx.toks, ctx.s
        resumed = cue.end_tok < len(toks) and toks[cue.end_tok][2] in self.lex.resumptive
        doc = cue.tok - 1
        if doc > 1 and toks[doc][2] not in self.lex.documents:
            # "قدم … طلبا للمحكمة الجنائية الدولية يدعو إلى …": the document, to whom it went, then its verb
            back = next((k for k in range(doc - 1, max(0, doc - 4), -1) if toks[k][2] in self.lex.documents), None)
            if back is not None and toks[back + 1][2].startswith("ل") and not any(
                    self._punct_at(toks, m) for m in range(back + 1, cue.tok + 1)) and all(
                    toks[m][2].startswith("ال") for m in range(back + 2, cue.tok)):
                doc = back
        if cue.kind == "verb" and not cue.participle and cue.tok > 0 and toks[cue.tok][2][:1] in ("ي", "ت") \
                and (toks[doc][2] in self.lex.documents or resumed and toks[doc][2] in self.lex.decisions) \
                and not self._punct_at(toks, cue.tok):
            # "ووزعت الولايات المتحدة مشروع بيان يدعو مجلس الأمن إلى …": the document is the subject, and
            # whoever issued it (the sentence's subject) says it; what follows the verb is its object;
            # "بعد إصدار المحكمة قرارا تطالب فيه …": the agent of the issuing verb, when one is named
            named = self._issuer_named_before(toks, ctx.hits, doc, ctx.gender)
            if named is not None:
                self.via = "direct"
                self.rule = "resumptive pronoun: the issuer of the document named before"
                return named, cue.end_tok
            issuer = self.sentence_subject(s, cue, toks, None)
            if issuer is not None and any(h.actor == issuer and h.sentence == s.id for h in self.hits_before(s, cue)):
                self.via = "direct"
                self.rule = "document: its issuer is the sentence's subject"
                return issuer, cue.end_tok
        return None

    def _the_latter(self, ctx: CueContext):
        """«الأخير»/«الأخيرة» ("the latter") as the subject after the verb or its noun ("ووصف الأخير له
        بـ…"): the party named last before it, of its gender; else not identified."""
        cue, toks, s = ctx.cue, ctx.toks, ctx.s
        if cue.kind not in ("verb", "denial", "noun") or cue.participle:
            return None
        j = self.subject_token(toks, cue)
        if j >= len(toks) or toks[j][2] not in ("الاخير", "الاخيره") or self._punct_at(toks, j):
            return None
        gender = "f" if toks[j][2].endswith("ه") else "m"
        named = [h for h in self.hits_before(s, cue) if self.kind.get(h.actor) in SPEAKER_KINDS and not h.adjective
                 and self.agrees(gender, h.actor, pronoun=True)]
        # only a party named right before the clause ("… دونالد ترامب، ووصف الأخير"): past other words the
        # latter may be a noun no list knows ("بين الوزارة ومفوضية شؤون اللاجئين، بعد إعلان الأخيرة")
        named = [h for h in named[-1:] if h.sentence == s.id and sum(
            1 for t in toks if h.end - s.start <= t[0] and t[1] <= toks[cue.tok][0]) <= 1]
        self.via = "coreference" if named else None
        self.rule = "«الأخير»: the party named last before it" if named else "«الأخير» with no one named before: not identified"
        return (named[-1].actor if named else None), j + 1

    def _fronted_subject(self, ctx: CueContext):
        """A name opening the sentence (or a headline's words after its colon, or the clause of «أن»)
        right before the verb is its subject, whatever follows the verb: "ألمانيا تتهم تونس بـ…" (SVO,
        a headline's shape), "ويذكر أن واشنطن تطالب كوريا الشمالية بـ…": never the name after the verb."""
        cue, toks, s, gender = ctx.cue, ctx.toks, ctx.s, ctx.gender
        if cue.kind not in ("verb", "denial") or cue.participle or cue.noun or toks[cue.tok][2][:1] in ("و", "ف") \
                or ctx.relative:
            return None
        opening = [h for h in self.adjacent_subject(toks, s, cue, gender)
                   if h.tok == 0 or self.sentence_text[toks[h.tok - 1][1]:toks[h.tok][0]].strip() in (":", "：")
                   or toks[h.tok - 1][2] in ("ان", "بان")]
        if not opening:
            return None
        last = max(opening, key=lambda h: (h.end, self.kind.get(h.actor) != "state", h.end - h.start))
        if any(h.start < last.start and h.end >= last.end for h in opening) or \
                any(not (c.isalpha() or c.isspace()) for c in self.sentence_text[last.end - s.start:cue.start - s.start]):
            return None  # ("الخرطوم - اتهمت الحكومة …": a dateline, not a subject)
        self.via = "direct"
        self.rule = "subject before the verb (SV)"  # (opening the sentence: before any VS reading)
        self.learn(last.actor, gender)
        return last.actor, cue.end_tok

    def _subject_after_verb(self, ctx: CueContext):
        """The subject named right after the verb (VS), agreeing with it; a joint subject
        ("نفت أنقرة وموسكو") is every party."""
        cue, toks, hits, s, gender = ctx.cue, ctx.toks, ctx.hits, ctx.s, ctx.gender
        if self.subject_after_an(toks, s, cue, gender):
            return None  # "أن واشنطن تطالب روسيا بـ…": SV (see _subject_before_verb); روسيا is the object
        reach = 4 if cue.kind == "statement" else 2
        after = [h for h in hits if cue.end_tok <= h.tok < cue.end_tok + reach and self.kind.get(h.actor) in SPEAKER_KINDS
                 and not h.adjective]
        if cue.kind != "statement":
            # the subject starts right after the verb (and its time words), or one word later when
            # that word is no preposition ("قالت دولة إسرائيل"); "قالت لراديو هيئة …" names an addressee
            first_tok = self.subject_token(toks, cue)
            if first_tok < len(toks) and self.opens_quote(self.sentence_text, toks[first_tok - 1][1], toks[first_tok][0]):
                first_tok = len(toks)  # 'وأضاف: "أعددنا الفريق …"': what follows is said, not who said it
            quoted_name = first_tok + 1 < len(toks) and toks[first_tok][2] in self.lex.media_heads and all(
                c in ' "«»“”()' for c in self.sentence_text[toks[first_tok][1]:toks[first_tok + 1][0]])
            gap_ok = first_tok + 1 < len(toks) and (not self._punct_at(toks, first_tok + 1) or quoted_name) and \
                toks[first_tok][2] not in self.lex.prepositions and not toks[first_tok][2].startswith(("ل", "ب")) \
                and toks[first_tok][2] not in self.lex.complementizers \
                and not (self._object_like(toks, first_tok) and toks[first_tok][2] not in self.lex.resumptive)
            # ("وأوضح أن لبنان …", "يؤكد دعم مصر": a content, not a subject; "يعلن فيها جهاز …" is one)
            # "تعهد وزراء خارجية روسيا وتركيا وإيران": the ministers of states speak for them, each one
            ministers = first_tok + 2 < len(toks) and toks[first_tok][2] in self.lex.plural_offices \
                and not self._punct_at(toks, first_tok + 1) and not self._punct_at(toks, first_tok + 2)
            after = [h for h in hits if (h.tok == first_tok or h.tok == first_tok + 1 and gap_ok and (
                         self.kind.get(h.actor) == "person" or not self._definite_speaker_noun(toks[first_tok][2]))
                     or ministers and h.tok == first_tok + 2 and self.kind.get(h.actor) == "state")
                     and self.kind.get(h.actor) in SPEAKER_KINDS and not h.adjective and not self.prepositional(h, toks)
                     and not (cue.kind in ("verb", "denial") and not cue.noun and self._told(toks, h))]
            if ministers and any(h.tok == first_tok + 2 and self.kind.get(h.actor) == "state" for h in after):
                after = [h for h in after if h.tok == first_tok + 2]  # (the states, not "وزراء خارجية" as a group)
            # ("واتهم المصدر حزب الله …": the source spoke, the party after it is the object; but
            # "وقال الأمير الوليد بن طلال": a title, then its holder)
        if after:
            first = min(after, key=lambda h: (h.tok, self.kind.get(h.actor) == "state", -(h.end - h.start)))
            if cue.kind != "statement" and not self.agrees(gender, first.actor):
                after = []  # "وطالب الخارجية التونسية": a masculine verb, a feminine noun: its object
            elif cue.kind != "statement" and gender == "m" and self.kind.get(first.actor) == "state" \
                    and self.gender(first.actor) == "f" and ctx.main_subject is not None and first.actor != ctx.main_subject \
                    and toks[cue.tok][2][:1] in ("و", "ف"):
                after = []  # "اعتبر بولتون أن …، وحث موسكو على …": the speaker goes on, the state is whom he urged
        if after:
            # the speaker's name runs to the end of every hit that starts at the same token
            end_off = max(h.end for h in after if h.tok == first.tok) - s.start
            end_tok = next((k for k, t in enumerate(toks) if t[1] >= end_off), first.tok) + 1
            holder = next((h for h in hits if h.actor == first.actor and end_tok < h.tok <= end_tok + 6
                           and "،" in self.sentence_text[toks[h.tok - 1][1]:toks[h.tok][0]]), None)
            if holder is not None and not any(end_tok <= h.tok < holder.tok for h in hits if h.actor != first.actor
                                              and self.kind.get(h.actor) in SPEAKER_KINDS and not h.adjective):
                # "أعلن المدعي العام لولاية نيويورك، إريك شنايدرمان، استقالته": the office, then its holder
                end_tok = next((k for k, t in enumerate(toks) if t[1] >= holder.end - s.start), holder.tok) + 1
                self.apposed = True  # (the comma after the holder closes the apposition: what follows is said)
            if any("،" in self.sentence_text[toks[t - 1][1]:toks[t][0]] for t in range(first.tok + 1, min(end_tok, len(toks)))):
                self.apposed = True  # "وأكد وزير الدولة …، أنور قرقاش، رفض بلاده …": the subject held its own commas
            self.via = "direct"
            self.rule = "subject after the verb (VS), agreeing"
            self.learn(first.actor, gender)
            # a joint subject: "نفت أنقرة وموسكو", "نفى كل من الأردن ومصر": every party is a speaker
            joint = [first.actor]
            while end_tok < len(toks):
                mark = next((m for m in APPOSITION_MARKS if m in self.sentence_text[toks[end_tok - 1][1]:toks[end_tok][0]]), None)
                if mark is not None:
                    # "كل من سرايا القدس، الذراع المسلح لحركة الجهاد، وكتائب القسام", "أعلنت المقاومة
                    # الوطنية الأهوازية - وهي جماعة … - وتنظيم الدولة": past an apposition
                    close = next((k for k in range(end_tok + 1, min(end_tok + 10, len(toks)))
                                  if mark in self.sentence_text[toks[k - 1][1]:toks[k][0]]), None)
                    if close is None or not toks[close][2].startswith("و") or \
                            not any(h.tok == close for h in hits if self.kind.get(h.actor) in SPEAKER_KINDS):
                        break
                    end_tok = close
                if not toks[end_tok][2].startswith("و") or self._punct_at(toks, end_tok) and mark is None and not \
                        self.sentence_text[toks[end_tok - 1][1]:toks[end_tok][0]].strip() == "،":
                    break
                more = [h for h in hits if h.tok == end_tok and self.kind.get(h.actor) in SPEAKER_KINDS and h.actor not in joint
                        and not h.adjective]
                if not more:
                    more = self._titled_party(toks, hits, end_tok, joint)
                if not more:
                    break
                nxt = max(more, key=lambda h: h.end)
                joint.append(nxt.actor)
                end_tok = next((k for k, t in enumerate(toks) if t[1] >= nxt.end - s.start), end_tok) + 1
            if end_tok < len(toks) and toks[end_tok][2] in self.lex.body_appositions and not self._punct_at(toks, end_tok):
                # "وكتائب القسام الذراع المسلح لحركة حماس، مسؤوليتهما": what the body is, up to the comma
                close = next((k for k in range(end_tok + 1, min(end_tok + 8, len(toks)))
                              if "،" in self.sentence_text[toks[k - 1][1]:toks[k][0]]), None)
                if close is not None:
                    end_tok, self.apposed = close, True
            return (joint if len(joint) > 1 else first.actor), end_tok
        return None

    def _told(self, toks, h: Hit) -> bool:
        """Whether mention `h` carries a glued "ل" that none of its actor's names has ("قال لبوتين",
        "قالت للأمم المتحدة"): whom the speaker told, never the speaker."""
        word = toks[h.tok][2]
        if not word.startswith("ل"):
            return False
        words = {w for n in self.actor[h.actor].names.get("ar", []) for w in fold(n).split()}
        return bool(words) and word not in words  # (not "وقال ليشكا", a surname of "بوركارد ليشكا")

    def _accused_after_verb(self, ctx: CueContext):
        """An accusing verb with one party after it and then the charge ("ويتهم مسلحو الجماعة بقتل …",
        "اتهم الشيخ ومساعداه بقبول …"): a passive (he is accused) or a pronoun subject's object, never
        the accuser; "اتهمت الحكومة المعارضة بـ…" has its subject and its object. Not identified."""
        cue, toks, hits = ctx.cue, ctx.toks, ctx.hits
        if cue.kind != "verb" or cue.participle or ctx.relative or ctx.object_pronoun or not _is(toks[cue.tok][2], self.lex.direct, verb=True):
            return None
        first_tok = self.subject_token(toks, cue)
        after = [h for h in hits if first_tok <= h.tok <= first_tok + 2 and self.kind.get(h.actor) in SPEAKER_KINDS
                 and not h.adjective and not any(self._punct_at(toks, k) or toks[k][2] in self.lex.prepositions
                                                 or toks[k][2] in self.lex.complementizers for k in range(first_tok, h.tok + 1))]
        if not after or len({h.tok for h in after}) > 1:
            return None  # ("وتتهم أنقرة الداعية محمود سعيد بـ…": two parties, the accuser and the accused)
        start = min(h.tok for h in after)
        if start == first_tok and not all(self.agrees(ctx.gender, h.actor) for h in after if h.tok == start):
            return None  # "واتهم الإدارة الأمريكية بـ…": a noun of the other gender is the object of a pronoun subject
            # (one after another noun is its genitive: "مسلحو حركة …" agrees through "مسلحو")
        end_off = max(h.end for h in after) - ctx.s.start
        e = next((k for k, t in enumerate(toks) if t[1] >= end_off), start) + 1
        if e < len(toks) and toks[e][2].startswith("و") and not self._punct_at(toks, e) \
                and not any(h.tok == e for h in hits):
            e += 1  # "الشيخ سلمان ومساعداه": one party with those beside it
        if e < len(toks) and toks[e][2].startswith("ب") and not any(h.tok == e for h in hits) and (not self._punct_at(toks, e) or self.opens_quote(
                    self.sentence_text, toks[e - 1][1], toks[e][0])):
            main = ctx.main_subject
            if toks[cue.tok][2][:1] in ("و", "ف") and isinstance(main, str) and self.agrees(ctx.gender, main):
                # "وأكد الوزير أنور قرقاش …، واتهم طهران بشن حملة": the sentence's speaker goes on, accusing the party
                self.via = "coreference"
                self.rule = "continuation verb: this sentence's speaker goes on"
                return main, cue.end_tok
            self.via = None
            self.rule = "accusing verb, one party, then the charge: the accused, not the accuser: not identified"
            return None, cue.end_tok
        return None

    def _titled_party(self, toks, hits, k: int, joint: list) -> list:
        """A further party of a joint subject named by its office first ("أعلن … حيدر العبادي وأمير
        دولة قطر الشيخ تميم …"): «و» + an office word, then within a few words (its state or
        body, no punctuation, no verb) a person named: that person; or by its tie to the first
        ("وحليفتها روسيا", "ونظيره الروسي …"): the party right after; else []."""
        printed = self.sentence_text[toks[k][0]:toks[k][1]]
        if toks[k][2].startswith("و") and len(toks[k][2]) > 4 and printed.endswith(("ها", "ه")) and k + 1 < len(toks) \
                and not self._punct_at(toks, k + 1):
            # "وتنفي الحكومة السورية وحليفتها روسيا …": «و» + a noun with the first party's pronoun, then a party
            apposed = [h for h in hits if h.tok == k + 1 and self.kind.get(h.actor) in SPEAKER_KINDS and h.actor not in joint
                       and not h.adjective]
            if apposed:
                return apposed
        if not any(f in self.lex.offices for f in stems(toks[k][2])[1:2]) or not toks[k][2].startswith("و"):
            return []
        for j in range(k + 1, min(k + 6, len(toks))):
            if self._punct_at(toks, j) or toks[j][2] in self.lex.complementizers or _is(toks[j][2], self.lex.verbs, verb=True):
                return []
            people = [h for h in hits if h.tok == j and self.kind.get(h.actor) == "person" and h.actor not in joint]
            if people:
                return people
        return []

    def _considered_after_ma(self, ctx: CueContext):
        """"…، ما عدّه متظاهرون تراجعا": its subject follows it; one no list names is an unnamed
        party, never the sentence's speaker."""
        cue, toks = ctx.cue, ctx.toks
        if toks[cue.tok][2] not in self.lex.considered_after_ma:
            return None
        k = cue.end_tok
        end = k + 1 if k < len(toks) and toks[k][2].endswith(("ون", "ين")) and not self._punct_at(toks, k) else k
        self.via = None
        self.rule = "«ما عده …»: its subject after it, which no list names: not identified"
        self.someone_else()
        return None, end

    def _pair_noun(self, ctx: CueContext):
        """"وقال البلدان": the two states named last before it."""
        cue, toks, s = ctx.cue, ctx.toks, ctx.s
        pair_tok = self.subject_token(toks, cue)
        if cue.kind in ("verb", "denial") and pair_tok < len(toks) and toks[pair_tok][2] in self.lex.pair_nouns:
            # "وقال البلدان": the two states named last before it
            states = []
            for h in reversed(self.hits_before(s, cue)):
                if self.kind.get(h.actor) == "state" and not h.adjective and h.actor not in states:
                    states.append(h.actor)
                if len(states) == 2:
                    break
            if len(states) == 2:
                self.via = "coreference"
                self.rule = "pair noun: the two states named last"
                return states[::-1], pair_tok + 1
        return None

    def _apposed_office(self, ctx: CueContext):
        """An office after the verb and the person holding it between commas ("نفى قائد المركز …،
        اللواء …،")."""
        cue, toks, hits, s, gender = ctx.cue, ctx.toks, ctx.hits, ctx.s, ctx.gender
        if cue.kind in ("verb", "denial"):
            named = self.apposed_name(toks, hits, s, self.subject_token(toks, cue))
            if named is not None:  # "نفى قائد المركز الروسي …، اللواء يوري يفتوشينكو، استخدام …"
                self.via, self.apposed = "direct", True
                self.rule = "title, comma, name, comma"
                self.learn(named[0], gender)
                return named
        return None

    def _titled_subject(self, ctx: CueContext):
        """A title after the verb that runs on to its holder's name ("وأوضح الأمين العام لاتحاد
        أطباء الاختصاص فوزي الشرفي أن"), or a description that "وهو" identifies ("أشار كاتب سعودي
        معروف وهو عبد الرحمن الراشد"): the holder (title_holder, identified_holder)."""
        cue, toks, hits, s, gender = ctx.cue, ctx.toks, ctx.hits, ctx.s, ctx.gender
        if cue.kind in ("verb", "denial") and not cue.participle:
            named = self.title_holder(toks, hits, s, self.subject_token(toks, cue)) \
                or self.identified_holder(toks, hits, s, self.subject_token(toks, cue))
            if named is not None and self.agrees(gender, named[0]):
                self.via = "direct"
                self.rule = "title, then its holder's name where the subject ends"
                self.learn(named[0], gender)
                return named
        return None

    def _noun_without_speaker(self, ctx: CueContext):
        """A reporting noun no rule above gave a speaker: just a noun, no statement."""
        cue = ctx.cue
        if cue.kind == "noun":
            return None, cue.end_tok
        return None

    def _document_issuer_after(self, ctx: CueContext):
        """A document after the verb and its issuer after it ("ونفى بيان السفارة")."""
        cue, toks, hits, s = ctx.cue, ctx.toks, ctx.hits, ctx.s
        first_tok = self.subject_token(toks, cue)
        if first_tok < len(toks) and toks[first_tok][2] in self.lex.documents and not toks[first_tok][2].startswith("ال"):
            at = first_tok + 1
            if at + 1 < len(toks) and toks[at][2] in ("صادر", "الصادر", "صدر") and toks[at + 1][2] == "عن" \
                    and not self._punct_at(toks, at):
                at += 2  # "وذكر بيان صادر عن وزارة الداخلية أن …": its issuer after "صادر عن"
            issuer = [h for h in hits if h.tok == at and self.kind.get(h.actor) in SPEAKER_KINDS
                      and not h.adjective and not h.implied and not self._punct_at(toks, at)]
            if issuer:  # "تفيد بيانات المفوضية", "ونفى بيان السفارة": the issuer of the document says it
                h = max(issuer, key=lambda h: h.end - h.start)
                self.via = "direct"
                self.rule = "document: its issuer named after it"
                return h.actor, next((k for k, t in enumerate(toks) if t[1] >= h.end - s.start), h.tok) + 1
        return None

    def _document_as_subject(self, ctx: CueContext):
        """A document as the subject ("وأضاف البيان"): it speaks for the latest speaker."""
        cue, toks = ctx.cue, ctx.toks
        first_tok = self.subject_token(toks, cue)
        if first_tok < len(toks) and toks[first_tok][2].removeprefix("و") in self.lex.documents:
            # "وأضاف البيان أن …": the document speaks for the latest speaker, whatever its gender
            earlier = self.latest_speaker(None)
            issuer = first_tok + 1
            if earlier is not None and not toks[first_tok][2].removeprefix("و").startswith("ال") and issuer < len(toks) \
                    and not self._punct_at(toks, issuer) and not self._names(earlier, toks, issuer):
                self.via = None  # "وأوضح بيان وزير الداخلية أن" after "مصادر": its issuer, named, is another party
                self.rule = "document named by an issuer who is not the latest speaker: not identified"
                self.someone_else()
                return None, issuer + 1
            if earlier is not None and not toks[first_tok][2].removeprefix("و").startswith("ال") and issuer < len(toks) \
                    and not self._punct_at(toks, issuer) and not toks[issuer][2].startswith(("ال", "ل")) \
                    and toks[issuer][2] not in self.lex.complementizers and toks[issuer][2].endswith(("يه", "ي", "يين", "يون")):
                # "أظهرت بيانات رسمية …", "وذكر تقرير جديد": a document no one is named as issuing
                self.via = "report" if _is(toks[first_tok][2], self.lex.report_heads) else None
                self.rule = "document described but issued by no one named: not identified"
                return None, issuer + 1
            if earlier is not None:
                self.via = "coreference"
                self.rule = "document as subject: the latest speaker"
                end = first_tok + 1
                # "وأضاف البيان … وتابع أن": a pronoun of the document's gender goes on with its author
                self.document = (earlier, "f" if toks[first_tok][2].endswith("ه") else "m")
                if not toks[first_tok][2].removeprefix("و").startswith("ال") and end < len(toks) \
                        and toks[end][2].startswith("ال") and not self._punct_at(toks, end):
                    end += 1  # "وقال محضر الاجتماع": the document's name runs over its genitive
                return earlier, end
        return None

    def _described_noun(self, toks, j: int) -> bool:
        """Whether token j starts an indefinite noun described by "من"/"في" and a few words that end
        where a subject ends ("امرأة من القرية إن", "دراسة من جامعة هارفارد أن"): the verb's subject,
        which no list names."""
        lex = self.lex
        w = toks[j][2]
        printed = self.sentence_text[toks[j][0]:toks[j][1]]
        if w.startswith(("ال", "ل", "ب", "ك")) or len(w) < 3 or w in lex.prepositions or w in lex.complementizers \
                or w in lex.quantifiers or printed.endswith(("ه", "ها", "هم", "هما", "ا", "ًا")) \
                or w in lex.pronoun_openers or w in lex.before_subject or _is(w, lex.verbs | lex.denials, verb=True):
            return False
        if j + 1 >= len(toks) or toks[j + 1][2] not in ("من", "في") or self._punct_at(toks, j + 1):
            return False
        for k in range(j + 2, min(j + 6, len(toks))):
            if self.opens_quote(self.sentence_text, toks[k - 1][1], toks[k][0]) or \
                    not self._punct_at(toks, k) and toks[k][2] in lex.subject_ends - {"بان", "بانه", "بانها"}:
                return k > j + 2
            if self._punct_at(toks, k) or toks[k][2] in lex.complementizers:
                return False
        return False

    def _names(self, aid, toks, k: int) -> bool:
        """Whether the words at token k can name actor `aid`: an office its title begins with ("وزير
        الداخلية" for a minister of the interior), the head noun its name begins with ("الحكومة" for
        "الحكومة التونسية"); True for words that are neither (no one named there)."""
        head = toks[k][2].removeprefix("ال")
        office = any(f in self.lex.offices for f in stems(toks[k][2]))
        body = self.lex.body_heads.get(head)
        if not office and body is None:
            return True
        actor = self.actor.get(aid) if isinstance(aid, str) else None
        if actor is None:
            return False
        named = [w.removeprefix("ال") for w in (fold(actor.title or "") if actor.kind == "person"
                                               else fold((actor.names.get("ar") or [""])[0])).split()]
        return bool(named) and named[0] == head and (k + 1 >= len(toks) or len(named) < 2
                                                     or named[1] == toks[k + 1][2].removeprefix("ال"))

    def _report_after_verb(self, ctx: CueContext):
        """Unsourced reports after the verb ("ذكرت تقارير أن"): no one's statement."""
        cue, toks = ctx.cue, ctx.toks
        report_at = cue.end_tok + (cue.end_tok + 1 < len(toks) and toks[cue.end_tok][2] in self.lex.quantifiers)
        if cue.kind == "denial" and cue.tok > 0 and not self._punct_at(toks, cue.tok) \
                and toks[cue.tok - 1][2] not in self.lex.clause_openers:
            return None  # "لكن ذبيح الله مجاهد … نفى تقارير استعادة …": the subject came first, the reports are denied
        if report_at < len(toks) and _is(toks[report_at][2], self.lex.report_heads):
            self.via = "report"  # "ذكرت تقارير أن …", "تشير بعض التقارير": unsourced reports, no one's statement
            return None, report_at + 1
        return None

    def _impersonal(self, ctx: CueContext):
        """An impersonal verb opening its clause ("يتوقع أن"): no one's statement."""
        cue, toks = ctx.cue, ctx.toks
        w = toks[cue.tok][2]
        w = w[1:] if w[:1] in ("و", "ف") and w[1:] in self.lex.impersonal else w  # "ويعتقد أن": it is believed
        if cue.kind == "verb" and w in self.lex.impersonal and cue.end_tok < len(toks) and toks[cue.end_tok][2] == "ان" \
                and (cue.tok == 0 or self._punct_at(toks, cue.tok) or toks[cue.tok - 1][2] in self.lex.clause_openers):
            self.via = "impersonal"  # "يتوقع أن تكون القمة صعبة": it is expected; no one's statement
            return None, cue.end_tok
        return None

    def _relative_antecedent(self, ctx: CueContext):
        """A relative clause's verb ("… سيد فتحي الذي أكد أن"): its antecedent."""
        cue, toks, s, relative, object_pronoun = ctx.cue, ctx.toks, ctx.s, ctx.relative, ctx.object_pronoun
        w = toks[cue.tok][2]
        # a relative clause's verb: its subject is the antecedent ("… سيد فتحي الذي أكد أن")
        if relative and not object_pronoun:  # ("ألمانيا التي اتهمها بأنها …": the antecedent is the object)
            rel_start = toks[cue.tok - 1][0] + s.start
            antecedent = [h for h in self.hits_in.get(s.id, []) if h.end <= rel_start
                          and self.kind.get(h.actor) in SPEAKER_KINDS and not h.adjective
                          and (self._only_links_between(toks, h.end - s.start, rel_start - s.start)
                               or self.sentence_text[h.end - s.start:rel_start - s.start].strip() == "،")]
            if antecedent:
                self.via = "direct"
                self.rule = "relative clause: its antecedent"
                return max(antecedent, key=lambda h: h.end).actor, cue.end_tok
            if cue.tok > 1 and _is(toks[cue.tok - 2][2], self.lex.report_heads):
                self.via = "report"  # "الأنباء التي تحدثت عن …": unsourced reports
                return None, cue.end_tok
            if cue.kind == "verb" and w[:1] in ("ي", "ت"):
                self.via = "impersonal"  # "مناطق … التي تعتبر قاعدته": what something is considered, no statement
                return None, cue.end_tok
        return None

    def _subject_before_verb(self, ctx: CueContext):
        """The subject right before the verb (SV: "الإمارات أكدت", "مكتب نتنياهو قال")."""
        cue, toks, s, gender = ctx.cue, ctx.toks, ctx.s, ctx.gender
        # subject before the verb ("الإمارات أكدت", "مكتب نتنياهو قال", "الحزب فقد أكد")
        adjacent = self.adjacent_subject(toks, s, cue, gender)
        if adjacent:
            self.via = "direct"
            self.rule = "subject before the verb (SV)"
            # of hits ending together, the body named ("الخارجية الأميركية") before the state its adjective implies
            last = max(adjacent, key=lambda h: (h.end, self.kind.get(h.actor) != "state", h.end - h.start))
            self.learn(last.actor, gender)
            return last.actor, cue.end_tok
        return None

    def _noun_subject(self, ctx: CueContext):
        """A noun phrase naming no actor is the verb's subject ("إلا أن عدة مؤشرات أشارت"): no speaker."""
        cue, toks = ctx.cue, ctx.toks
        noun = self.noun_subject(toks, cue)
        if noun is not None and self._can_speak(toks[noun][2]) and noun >= 2 and toks[noun - 2][2] in self.lex.contrast_words:
            # (only after "غير أن", "إلا أن" (however): after a reporting verb's "أن", "الحركة تتوقع" is what was said)
            # "غير أن الشركة أكدت أنها …": a body or an office no list names said it: not identified
            self.rule = "subject before the verb that no list knows: not identified"
            self.someone_else()
            return None, cue.end_tok
        if noun is not None:  # "إلا أن عدة مؤشرات أشارت إلى …": the subject is a thing, no speaker;
            # "أن التحقيقات ترجح أنه …": the subject is an unsourced report
            self.via = "report" if any(_is(toks[k][2], self.lex.report_heads) for k in range(noun, cue.tok)) else "impersonal"
            return None, cue.end_tok
        return None

    def _unknown_subject_after_back(self, ctx: CueContext):
        """A back-pointing verb ("…، وهو ما تنفيه الإمارة الصغيرة") has its object in "ما": a
        definite noun after it is its subject; one no list knows leaves it not identified."""
        cue, toks, s = ctx.cue, ctx.toks, ctx.s
        if cue.kind not in ("verb", "denial") or cue.participle or cue.noun:
            return None
        first = self.subject_token(toks, cue)
        if first >= len(toks) or self._punct_at(toks, first) or not toks[first][2].startswith("ال") \
                or toks[first][2] in self.lex.before_subject or self.said_before(cue, toks, s) is None:
            return None
        self.rule = "back-pointing verb: a subject after it that no list knows: not identified"
        return None, first + 1

    def _issuer_of_document_before(self, ctx: CueContext):
        """A verb with a resumptive pronoun ("… تنفي فيه") after a document and its issuer named
        before it in the sentence ("البيان الذي أصدرته عائلة "آل الشيخ"، …، تنفي فيه", "أصدرت الوزارة
        بيانا تنفي فيه"): the issuer says it."""
        cue, toks, hits, s, gender = ctx.cue, ctx.toks, ctx.hits, ctx.s, ctx.gender
        if cue.kind not in ("verb", "denial") or cue.participle or cue.noun or cue.end_tok >= len(toks) \
                or toks[cue.end_tok][2] not in self.lex.resumptive:
            return None
        doc = next((k for k in range(cue.tok - 1, max(-1, cue.tok - 30), -1)
                    if any(f in self.lex.documents or f in self.lex.decisions for f in stems(toks[k][2]))), None)
        if doc is None:
            return None
        issuer = self._issuer_named_before(toks, hits, doc, gender, cue.tok)
        if issuer is not None:
            self.via = "direct"
            self.rule = "resumptive pronoun: the issuer of the document named before"
            return issuer, cue.end_tok
        return None

    def _issuer_named_before(self, toks, hits, doc: int, gender, until: int | None = None) -> str | None:
        """The party named right after an issuing verb or noun just before (or after) the document at
        token doc ("أصدرت الوزارة بيانا", "بعد إصدار المحكمة قرارا", "البيان الذي أصدرته عائلة …"), or None."""
        until = doc + 1 if until is None else until
        for v in list(range(doc + 1, min(doc + 3, until))) + list(range(max(0, doc - 4), doc)):
            if not _is(toks[v][2], self.lex.issuing_verbs, verb=True):
                continue
            issuer = [h for h in hits if h.tok == v + 1 and self.kind.get(h.actor) in SPEAKER_KINDS
                      and not h.adjective and self.agrees(gender, h.actor)]
            if issuer:
                return max(issuer, key=lambda h: h.end - h.start).actor
        return None

    def _numeral_subject(self, ctx: CueContext):
        """A definite numeral after the verb ("ونفى الثلاثة …", "وقال الاثنان"; speakers.yml
        `definite_numerals`): the latest persons named together, as many as it counts, in this
        sentence or the one before ("… كلا من أحمد علي وسمير يوسف وخالد حسن …"); else not identified."""
        cue, toks, s = ctx.cue, ctx.toks, ctx.s
        if cue.kind not in ("verb", "denial") or cue.participle or cue.noun:
            return None
        first = self.subject_token(toks, cue)
        if first >= len(toks) or self._punct_at(toks, first):
            return None
        kind = "person"
        if toks[first][2] in self.lex.state_group_heads and first + 1 < len(toks) and not self._punct_at(toks, first + 1) \
                and toks[first + 1][2] in self.lex.definite_numerals:
            kind, first = "state", first + 1  # "وقالت الدول الثلاث": the states named together before
        count = self.lex.definite_numerals.get(toks[first][2])
        if count is None:
            return None
        people = [h for h in self.hits_before(s, cue) if self.kind.get(h.actor) == kind and not h.adjective]
        groups, group = [], []
        for h in people:  # runs of persons joined only by "و" or a comma
            gap = self.original[group[-1].end:h.start] if group else ""
            if group and gap.strip(" ،,") in ("", "و") and len(gap) <= 4 and h.actor not in group:
                group.append(h)
            else:
                groups.append(group)
                group = [h]
        groups.append(group)
        run = next((g for g in reversed(groups) if len(g) == count), None)
        if run is not None and not any(len(g) > len(run) for g in groups[groups.index(run) + 1:]):
            self.via = "coreference"
            self.rule = f"definite numeral: the {kind}s named together before, as many"
            return [h.actor for h in run], first + 1
        self.rule = f"definite numeral: no {kind}s named together, as many: not identified"
        return None, first + 1

    def _unknown_subject_before_object(self, ctx: CueContext):
        """A definite noun or two after a denial verb, then what is denied pointing back ("ونفت
        الجماعة ذلك", "ونفى المتهمون هذه التهم", "ونفى الثلاثة الاتهامات"): the noun is the subject
        (VSO); one no list knows leaves the denier not identified, and is no part of what is denied."""
        cue, toks = ctx.cue, ctx.toks
        if cue.kind != "denial" or cue.participle or cue.noun or ctx.object_pronoun or ctx.relative:
            return None
        first = self.subject_token(toks, cue)
        if first >= len(toks) or self._punct_at(toks, first) or self._object_like(toks, first) \
                or toks[first][2] in self.lex.prepositions or toks[first][2][:1] in ("ل", "ب") \
                or toks[first][2] in self.lex.complementizers:
            return None
        words = [t[2] for t in toks]
        k = first + 1
        while k < len(toks) and k - first <= 3 and not self._punct_at(toks, k):
            if self._object_like(toks, k) or any(phrase_at(p, words, k) for p in self.lex.anaphors) \
                    or words[k] in self.lex.complementizers - PREPOSITIONAL:
                # "ونفت الجماعة ذلك", "ونفت أربيل الاتهامات", "ونفت قيادة البيشمركة أن …": the words before
                # what is denied are the subject (VSO), one no list knows: the denier is not identified
                self.rule = "denial: a subject before what it denies that no list knows: not identified"
                self.someone_else()
                return None, k
            if words[k] in ("في", "عبر") and k + 1 < len(toks) and _is(words[k + 1], self.lex.documents | self.lex.nouns):
                # "ونفت قيادة البيشمركة في بيان صادر عنها الأربعاء صحة الاتهامات": how it was denied
                self.rule = "denial: a subject before how it was denied that no list knows: not identified"
                self.someone_else()
                return None, k
            if words[k] in self.lex.prepositions or _is(words[k], self.lex.verbs | self.lex.denials, verb=True):
                return None
            k += 1
        return None

    def _definite_source(self, ctx: CueContext):
        """A definite head of an unnamed source right after the verb ("وذكر المصدر، …", "وأضاف المصدر
        المسؤول أن"): the latest unnamed source named by that head ("مصدر مسؤول في وزارة الخارجية"),
        even past other speakers; none: not identified, never the latest speaker of another kind."""
        cue, toks, gender = ctx.cue, ctx.toks, ctx.gender
        if cue.kind not in ("verb", "denial") or cue.participle or cue.noun or ctx.relative:
            return None
        j = self.subject_token(toks, cue)
        if j >= len(toks) or self._punct_at(toks, j) or not toks[j][2].startswith("ال") \
                or toks[j][2][2:] not in self.lex.source_heads:
            return None
        # ("وشدد المتحدث على أن": whoever spoke last, by what he does, see _common_noun_subject; but
        # "وتابع المسؤول" after "مسؤول بحركة الجهاد": that unnamed source)
        office_like = toks[j][2] in self.lex.speaker_nouns or any(f in self.lex.offices for f in stems(toks[j][2]))
        k = j + 1
        while k < len(toks) and k - j <= 2 and not self._punct_at(toks, k) and toks[k][2].startswith("ال") \
                and toks[k][2][2:] in self.lex.source_descriptors:
            k += 1  # "المصدر المسؤول", "المصادر الأمنية"
        head = toks[j][2][2:]
        for aid in reversed(self.history):
            actor = self.actor.get(aid) if isinstance(aid, str) else None
            if actor is not None and actor.kind == "anonymous" and any(
                    fold(n).split()[:1] == [head] for n in actor.names.get("ar", [])) and self.agrees(gender, aid, pronoun=True):
                self.via = "coreference"
                self.rule = "a definite unnamed source: the latest source of that head"
                return aid, k
        if office_like:
            return None
        self.rule = "a definite unnamed source no earlier source names: not identified"
        self.someone_else()
        return None, k

    def _definite_medium(self, ctx: CueContext):
        """A definite head of a medium right after the verb ("وأشارت الصحيفة إلى أن", "وقالت الوكالة
        إن"): the medium of that kind named latest in this sentence or the five before, as a speaker,
        a relayer or in passing ("نقلت صحيفة "يديعوت أحرونوت" عن …", "بحسب تقرير لصحيفة نيويورك
        تايمز"); none: not identified, never the latest speaker of another kind."""
        cue, toks, s = ctx.cue, ctx.toks, ctx.s
        if cue.kind not in ("verb", "denial") or cue.participle or cue.noun or ctx.relative:
            return None
        j = self.subject_token(toks, cue)
        if j >= len(toks) or self._punct_at(toks, j) or any(h.tok == j for h in ctx.hits):
            return None  # (a medium named at once: "الوكالة الوطنية للإعلام")
        word = toks[j][2]
        if not word.startswith("ال") or self.lex.body_heads.get(word[2:]) != "media":
            return None
        head, n = word[2:], self.order[s.id]
        for m in range(n, max(-1, n - 6), -1):
            sentence = self.doc.sentences[m]
            if sentence.paragraph == 0 and s.paragraph != 0:
                continue  # (the headline is read after the body)
            media = sorted((h for h in self.hits_in.get(sentence.id, []) if self.kind.get(h.actor) == "media"
                            and (m < n or h.end <= cue.start)), key=lambda h: -h.start)
            for h in media:
                names = [fold(x).split()[:1] for x in self.actor[h.actor].names.get("ar", []) + [self.original[h.start:h.end]]]
                before = fold(self.original[max(0, h.start - 12):h.start]).split()[-2:]
                if [head] in names or ["ال" + head] in names or any(t.endswith(head) for t in before):
                    self.via = "coreference"
                    self.rule = "a definite medium: the latest medium of that kind"
                    return h.actor, j + 1
        self.rule = "a definite medium no earlier medium of that kind names: not identified"
        self.someone_else()
        return None, j + 1

    def _definite_speaker_noun(self, word: str) -> bool:
        """Whether a word is a definite noun that names a speaker by itself ("المصدر", "المسؤول",
        "المتحدث", "الوزير"): a subject of its own, never a word to skip before one."""
        return word.startswith("ال") and (word in self.lex.speaker_nouns or word[2:] in self.lex.source_heads
                                          or word in self.lex.offices or word[2:] in self.lex.offices)

    def _object_like(self, toks, k: int) -> bool:
        """Whether token k opens what is denied rather than who denies: a claim or report noun, a
        demonstrative, a quantifier, a word that starts no name ("وجود", "صحة", "أي"), a verbal noun."""
        w = toks[k][2]
        forms = stems(w)
        printed = self.sentence_text[toks[k][0]:toks[k][1]]
        if len(w) > 4 and printed.endswith(("هم", "ها", "ه", "هما")) and not printed.endswith("الله"):
            return True  # "ونفى نعتهم الإرهابيين …": a verbal noun with its pronoun, what is denied
        return any(f in self.lex.claim_nouns or f in self.lex.rejected_claims or f in self.lex.not_names for f in forms) \
            or _is(w, self.lex.report_heads) or w in DEMONSTRATIVES or w in self.lex.quantifiers or _verbal_noun_shaped(w) \
            or not w.startswith(("ال", "و")) and _verbal_noun_shaped("ال" + w) and w not in self.lex.male_names \
            and w not in self.lex.female_names  # "ووصف مرارا تحقيق مولر بأنه": what is described (not "توفيق")

    def _relative_with_resumptive(self, ctx: CueContext):
        """A relative clause's verb followed by a preposition with the antecedent's pronoun ("القرار
        الذي طالبت به طويلا جمعيات …"): the antecedent is what is spoken of, the subject follows; a
        known party there speaks, else the speaker is not identified, never the sentence's subject."""
        cue, toks, hits = ctx.cue, ctx.toks, ctx.hits
        if not ctx.relative or cue.kind not in ("verb", "denial") or cue.participle or cue.end_tok >= len(toks) \
                or toks[cue.end_tok][2] not in self.lex.relative_resumptives:
            return None
        after = [h for h in hits if cue.end_tok < h.tok <= cue.end_tok + 3 and self.kind.get(h.actor) in SPEAKER_KINDS
                 and not h.adjective and (h.tok == cue.end_tok + 1 or not self.prepositional(h, toks))
                 and not any(self._punct_at(toks, k) for k in range(cue.end_tok + 1, h.tok + 1))]
        if after:
            first = min(after, key=lambda h: (h.tok, -(h.end - h.start)))
            self.via = "direct"
            self.rule = "relative clause with its resumptive pronoun: the subject after it"
            return first.actor, next((k for k, t in enumerate(toks) if t[1] >= first.end - ctx.s.start), first.tok) + 1
        self.via = None
        self.rule = "relative clause with its resumptive pronoun: a subject no list knows: not identified"
        self.someone_else()
        return None, cue.end_tok + 1

    def _can_speak(self, word: str) -> bool:
        """Whether a noun can be a speaker: the head of a body ("الشركة", "وزارة"), an office
        ("المتحدث"), a speaking noun or an anonymous source's head ("مصادر")."""
        return any(f.removeprefix("ال") in self.lex.body_heads or f in self.lex.offices or f in self.lex.speaker_nouns
                   for f in stems(word))

    def _unknown_subject(self, ctx: CueContext):
        """Words before the verb no list knows ("سامر الحداد قال إن"): not identified."""
        cue, toks = ctx.cue, ctx.toks
        if self.unknown_subject_before(toks, cue):
            self.rule = "subject before the verb that no list knows: not identified"
            self.someone_else()
            return None, cue.end_tok  # "سامر الحداد قال إن": a subject no list knows, never the last speaker
        return None

    def _number_group(self, ctx: CueContext):
        """A group named by its number right after the verb ("ونفى الثلاثة الاتهامات"): the subject,
        no list names it: not identified, never the latest speaker."""
        cue, toks = ctx.cue, ctx.toks
        k = self.subject_token(toks, cue)
        if cue.kind in ("verb", "denial") and not cue.participle and k < len(toks) and not self._punct_at(toks, k) \
                and toks[k][2] in self.lex.number_groups:
            self.rule = "a group named by its number after the verb: not identified"
            return None, k + 1
        return None

    def _common_noun_subject(self, ctx: CueContext):
        """A common noun no list knows right after the verb: a definite one ending where a subject
        ends ("فأجاب الموظف: …", "وقال المذيع إن …", "وأكدت الصحيفة أن …"), or an office whatever
        follows it ("وقالت الرئيسة التنفيذية لمجموعة …", "وقال نائب الوزير إن"): it is the subject, a
        party of its own, never the latest speaker of another name; the latest speaker only when
        named by that office or head ("وأضاف الوزير أن" after "وزير الخارجية …"). Else not identified."""
        cue, toks, hits, gender = ctx.cue, ctx.toks, ctx.hits, ctx.gender
        if cue.kind not in ("verb", "denial") or cue.participle or cue.noun or ctx.relative:
            return None
        lex = self.lex
        if _is(toks[cue.tok][2], lex.predicative | lex.direct | lex.calls_to | lex.object_verbs, verb=True):
            return None  # "ووصف الهجوم بأنه …", "ودعا الحكومة إلى …": the noun is the object
        j = self.subject_token(toks, cue)
        if j >= len(toks) or self._punct_at(toks, j) or any(h.tok == j for h in hits) \
                or toks[j][2] in lex.documents or _is(toks[j][2], lex.report_heads):
            return None
        if toks[j][2] in lex.speaker_nouns and (j + 1 >= len(toks) or self._punct_at(toks, j + 1)
                                                or toks[j + 1][2] in lex.complementizers):
            return None  # "وشدد المتحدث على أن": whoever spoke last, by what he does here
        if self._described_noun(toks, j):
            self.via = None  # "وقالت امرأة من القرية إن …": an unnamed party of its own
            self.rule = "an indefinite noun described after the verb (امرأة من القرية): not identified"
            self.someone_else()
            return None, j + 1
        office = any(f in lex.offices for f in stems(toks[j][2])) and not toks[j][2].startswith(("و", "ل", "ب"))
        k = j
        while k < len(toks) and k - j < 3 and toks[k][2].startswith("ال") and len(toks[k][2]) > 3 \
                and toks[k][2] not in lex.prepositions | lex.complementizers | lex.pronoun_openers and toks[k][2] not in RELATIVES \
                and not (k > j and self._punct_at(toks, k)):
            k += 1
        nominative = k > j and toks[j][2].endswith("ون") and len(toks[j][2]) > 5  # "توعد المحتجون …": a plural subject
        # "وقال المستشفى الذي يرقد فيه سكريبال إنه …": after a verb that takes no noun object, the relative's antecedent
        nominative = nominative or k > j and k < len(toks) and toks[k][2] in RELATIVES and not self._punct_at(toks, k) \
            and _is(toks[cue.tok][2], lex.no_object_verbs, verb=True)
        if not office and (k == j or not (k == len(toks) or nominative or self.opens_quote(self.sentence_text, toks[k - 1][1], toks[k][0])
                                          or not self._punct_at(toks, k) and toks[k][2] in lex.subject_ends)):
            return None  # no clear end: the words may be the verb's object ("وأكد الاتفاق على …")
        phrase = [t[2].removeprefix("ال") for t in toks[j:j + 2]]
        head = phrase[0]
        kind = "person" if office else "state" if toks[j][2] in lex.state_nouns else lex.body_heads.get(head)
        latest = self.history[-1] if self.history else None
        if kind is not None and isinstance(latest, str) and latest in self.actor and self.agrees(gender, latest, pronoun=True):
            actor = self.actor[latest]
            named = [w.removeprefix("ال") for w in (fold(actor.title or "") if actor.kind == "person"
                                                   else fold((actor.names.get("ar") or [""])[0])).split()]
            if office and actor.kind == "person" and not named:
                return None  # "وأبدى المدرب البرتغالي …" after a person the text gave no title: as a pronoun
            linked = toks[j + 2][2].removeprefix("ال") if j + 2 < len(toks) and toks[j + 1][2] in lex.title_links else None
            other_office = office and linked is not None and linked not in named[2:4]
            # ("قال المتحدث باسم شرطة الإقليم" after "المتحدث باسم طالبان": another office's holder)
            if not other_office and (
                    office and named[:1] == phrase[:1] and (named[1:2] in ([], phrase[1:2]) or k == j + 1 or len(phrase) < 2
                                                            or toks[j + 1][2] in lex.subject_ends)
                    or not office and head in named[:2] or kind == actor.kind == "state"):
                self.via = "coreference"  # "وأضاف الوزير أن" after "وزير الخارجية جان إيف لودريان"
                self.rule = "office or head as the subject: the latest speaker it names"
                return latest, max(k, j + 1)
            if kind == actor.kind and kind != "person":
                return None  # "وأعلنت الحكومة" after a body no list names by that head: as a pronoun
        if office and not (j + 1 < len(toks) and toks[j + 1][2] in lex.title_links):
            last_named = {}  # person → where the body last named them before the cue (not the headline)
            for hs in self.hits_in.values():
                for h in hs:
                    if h.start < cue.start and not h.sentence.startswith("p0"):
                        last_named[h.actor] = max(last_named.get(h.actor, -1), h.start)
            titled = sorted((a for a in self.actor.values() if a.kind == "person" and a.title and a.id in last_named
                             and [w.removeprefix("ال") for w in fold(a.title).split()][:1] == phrase[:1]),
                            key=lambda a: last_named[a.id])
            if titled and len({fold(a.title) for a in titled}) == 1 and self.agrees(gender, titled[-1].id, pronoun=True):
                # "وقال الوزير" after another speaker, when one office only was titled so ("وزير البيئة …
                # نيكولا أولو"): its holder (the latest named, if the name was spelt two ways)
                self.via = "coreference"
                self.rule = "office as the subject: the one person titled so before"
                return titled[-1].id, max(k, j + 1)
        self.via = None
        self.rule = "a common noun or an office as the subject after the verb (الموظف، نائب الوزير): not identified"
        self.someone_else()
        return None, max(k, j + 1) if not office else cue.end_tok

    def _unknown_word_subject(self, ctx: CueContext):
        """One word no list knows right after the verb, then what was said ("وقال بيج أثناء التحقيق
        إنه …", "وقال آخر إن …"): the subject, a party of its own, never the latest speaker.
        Not an adverb ("قائلا", "مجددا", "بدوره"), a time, a preposition or a demonstrative."""
        cue, toks, hits = ctx.cue, ctx.toks, ctx.hits
        if cue.kind not in ("verb", "denial") or cue.participle or cue.noun or ctx.relative:
            return None
        lex = self.lex
        j = self.subject_token(toks, cue)
        if j + 1 >= len(toks) or self._punct_at(toks, j) or any(h.tok == j for h in hits):
            return None
        w, printed = toks[j][2], self.sentence_text[toks[j][0]:toks[j][1]]
        if len(w) < 3 or w.startswith(("ال", "و", "ف", "لل", "بال")) or printed.endswith(("ا", "ًا", "ة", "ه", "ها", "هم", "هما", "نا")) \
                or w in DEMONSTRATIVES or w in lex.prepositions or w in lex.complementizers or w in lex.before_subject \
                or w in lex.subject_links or w in lex.not_names or w in lex.quantifiers or w in lex.documents or w in RELATIVES \
                or w in lex.title_stops or w in lex.subordinate_an or w in lex.clause_links or w in lex.negators \
                or _is(w, lex.verbs | lex.denials | lex.nouns | lex.report_heads, verb=True) or any(
                    f in lex.offices or f in lex.speaker_nouns or f.removeprefix("ال") in lex.body_heads for f in stems(w)):
            return None
        k = j + 1
        while k < len(toks) and k <= j + 4 and not self._punct_at(toks, k) and toks[k][2] not in lex.complementizers - PREPOSITIONAL:
            if k == j + 1 and toks[k][2] not in lex.prepositions and toks[k][2] not in lex.before_subject \
                    and toks[k][2] not in lex.title_stops:
                return None  # ("وأكد مرة أخرى أن": two words of another kind; only a time or a place may follow)
            k += 1
        said = k < len(toks) and (toks[k][2] in lex.complementizers - PREPOSITIONAL and not self._punct_at(toks, k)
                                  or k == j + 1 and ":" in self.sentence_text[toks[k - 1][1]:toks[k][0]])
        if not said:
            return None
        self.via = None
        self.rule = "a word no list knows in the subject slot, then what was said: not identified"
        self.someone_else()
        return None, j + 1

    def denier_of_noun(self, cue: Cue, toks, hits: list[Hit], s) -> tuple[str | None, int]:
        """Whose a verbal noun of denying is: its pronoun's antecedent ("سارعت الوزارة إلى نفيه"),
        the name after it ("في نفي الوزارة"), or with "ل"/"إلى" the sentence's subject ("لجأ إلى
        تويتر لتكذيب هذه المزاعم"); None when it says nothing of whose (then it is no denial)."""
        gender = self.possessive(toks, cue)
        word = toks[cue.tok][2]
        purpose = word.startswith(("ل", "ول")) or cue.tok > 0 and toks[cue.tok - 1][2] in ("الي", "الى")
        if gender is not None and not purpose:  # "في نفيه": his denial
            self.via = "coreference"
            self.rule = "verbal noun's pronoun: the sentence's subject"
            return self.sentence_subject(s, cue, toks, gender, last=True), cue.end_tok
        after = [h for h in hits if h.tok == cue.end_tok and self.kind.get(h.actor) in SPEAKER_KINDS and not h.adjective
                 and not self._punct_at(toks, cue.end_tok)]
        if after:
            first = max(after, key=lambda h: h.end - h.start)
            self.via = "direct"
            self.rule = "verbal noun: the name after it"
            end_tok = next((k for k, t in enumerate(toks) if t[1] >= first.end - s.start), first.tok) + 1
            return first.actor, end_tok
        if purpose:  # "لجأ إلى تويتر لتكذيب …", "سارعت الوزارة إلى نفيه" (to deny it): the subject's
            self.via = "coreference"
            self.rule = "verbal noun of purpose: the sentence's subject"
            subject = self.sentence_subject(s, cue, toks, None)
            if subject is None:  # a subject no list knows: a denial still, its denier not identified
                self.rule = "verbal noun of purpose: the sentence's subject, not identified"
            return subject, cue.end_tok
        return None, cue.end_tok


# the speaker rules in the order they are tried (SourceRules.speaker)
SPEAKER_RULES = (
    SourceRules._own_denial,
    SourceRules._unsourced_report,
    SourceRules._thing_described,
    SourceRules._decision_described,
    SourceRules._indefinite_described,
    SourceRules._participle,
    SourceRules._verbal_noun,
    SourceRules._agent_of_noun,
    SourceRules._possessive_noun,
    SourceRules._document_before_verb,
    SourceRules._the_latter,
    SourceRules._fronted_subject,
    SourceRules._accused_after_verb,
    SourceRules._titled_subject,
    SourceRules._apposed_office,
    SourceRules._subject_after_verb,
    SourceRules._definite_source,
    SourceRules._definite_medium,
    SourceRules._considered_after_ma,
    SourceRules._pair_noun,
    SourceRules._numeral_subject,
    SourceRules._noun_without_speaker,
    SourceRules._document_issuer_after,
    SourceRules._document_as_subject,
    SourceRules._report_after_verb,
    SourceRules._impersonal,
    SourceRules._relative_with_resumptive,
    SourceRules._relative_antecedent,
    SourceRules._subject_before_verb,
    SourceRules._noun_subject,
    SourceRules._unknown_subject_after_back,
    SourceRules._unknown_subject_before_object,
    SourceRules._unknown_subject,
    SourceRules._issuer_of_document_before,
    SourceRules._number_group,
    SourceRules._common_noun_subject,
    SourceRules._unknown_word_subject,
    Coreference._pronoun_subject,
)
