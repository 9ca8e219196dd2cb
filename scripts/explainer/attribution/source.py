"""Source: who said it (citron's source.py). `speaker()` holds the rules in the order they are
tried; each records in `self.rule` the rule that decided (Claim.rule / Denial.rule, review --why)
and in `self.via` how the speaker was found (direct, participle, coreference, nearest).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..actors import Hit
from .coreference import Coreference
from .cues import PREPOSITIONAL, RELATIVES, SPEAKER_KINDS, Cue, _is


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
         1. _unsourced_report       "تقارير تفيد": no one's statement
         2. _thing_described        "المبادرة التي اقترحتها روسيا": no statement
         3. _participle             "…، مؤكدا أن": the main clause's subject
         4. _verbal_noun            "في نفيه", "في نفي الوزارة": whose the denial is
         5. _possessive_noun        "إدانتها": the pronoun's antecedent
         6. _document_before_verb   "مشروع بيان يدعو": the document's issuer
         7. _titled_subject         "وأوضح الأمين العام لاتحاد … فوزي الشرفي أن": the title's holder
         8. _subject_after_verb     VS, agreeing; a joint subject is every party
         9. _pair_noun              "وقال البلدان": the two states named last
        10. _apposed_office         "نفى قائد المركز …، اللواء …،": the office's holder
        11. _noun_without_speaker   a reporting noun with no speaker is no statement
        12. _document_issuer_after  "ونفى بيان السفارة": the issuer
        13. _document_as_subject    "وأضاف البيان": the latest speaker
        14. _report_after_verb      "ذكرت تقارير أن": no one's statement
        15. _impersonal             "يتوقع أن": no one's statement
        16. _relative_antecedent    "… الذي أكد أن": the antecedent
        17. _subject_before_verb    SV: "الإمارات أكدت"
        18. _noun_subject           "إلا أن عدة مؤشرات أشارت": a thing, no speaker
        19. _unknown_subject        "سامر الحداد قال": a subject no list knows: not identified
        20. _number_group           "ونفى الثلاثة": a group named by its number: not identified
        21. _pronoun_subject        (coreference.py) the pronoun's antecedent, else not identified
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
        if relative and object_pronoun and not _is(toks[cue.tok][2], self.lex.predicative, verb=True) \
                and self.said_before(cue, toks, s) is None and not any(
                    toks[k][2] in self.lex.complementizers - PREPOSITIONAL for k in range(cue.end_tok, min(cue.end_tok + 6, len(toks)))):
            self.via = "impersonal"  # "المبادرة التي اقترحتها روسيا بشأن …": a thing described, no statement
            return None, cue.end_tok
        return None

    def _participle(self, ctx: CueContext):
        """A participle ("…، مؤكدا أن"): the main clause's subject."""
        cue, toks, s, main_subject, gender = ctx.cue, ctx.toks, ctx.s, ctx.main_subject, ctx.gender
        if cue.participle:  # "…، مؤكدا أن": the main clause's subject said it
            self.via = "participle"
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
        if cue.kind == "verb" and not cue.participle and cue.tok > 0 and toks[cue.tok][2][:1] in ("ي", "ت") \
                and toks[cue.tok - 1][2] in self.lex.documents and not self._punct_at(toks, cue.tok):
            # "ووزعت الولايات المتحدة مشروع بيان يدعو مجلس الأمن إلى …": the document is the subject, and
            # whoever issued it (the sentence's subject) says it; what follows the verb is its object
            issuer = self.sentence_subject(s, cue, toks, None)
            if issuer is not None and any(h.actor == issuer and h.sentence == s.id for h in self.hits_before(s, cue)):
                self.via = "direct"
                self.rule = "document: its issuer is the sentence's subject"
                return issuer, cue.end_tok
        return None

    def _subject_after_verb(self, ctx: CueContext):
        """The subject named right after the verb (VS), agreeing with it; a joint subject
        ("نفت أنقرة وموسكو") is every party."""
        cue, toks, hits, s, gender = ctx.cue, ctx.toks, ctx.hits, ctx.s, ctx.gender
        if cue.kind in ("verb", "denial") and not cue.participle and cue.tok > 1 and toks[cue.tok][2][:1] not in ("و", "ف") \
                and any(toks[h.tok - 1][2] == "ان" and not self._punct_at(toks, h.tok) for h in self.adjacent_subject(toks, s, cue, gender)
                        if h.sentence == s.id and h.tok > 0):
            return None  # "أن واشنطن تطالب كوريا الشمالية بـ…": after "أن" the noun before the verb is its subject (SV)
        reach = 4 if cue.kind == "statement" else 2
        after = [h for h in hits if cue.end_tok <= h.tok < cue.end_tok + reach and self.kind.get(h.actor) in SPEAKER_KINDS
                 and not h.adjective]
        if cue.kind != "statement":
            # the subject starts right after the verb (and its time words), or one word later when
            # that word is no preposition ("قالت دولة إسرائيل"); "قالت لراديو هيئة …" names an addressee
            first_tok = self.subject_token(toks, cue)
            if first_tok < len(toks) and self.opens_quote(self.sentence_text, toks[first_tok - 1][1], toks[first_tok][0]):
                first_tok = len(toks)  # 'وأضاف: "أعددنا الفريق …"': what follows is said, not who said it
            gap_ok = first_tok + 1 < len(toks) and not self._punct_at(toks, first_tok + 1) and \
                toks[first_tok][2] not in self.lex.prepositions and not toks[first_tok][2].startswith(("ل", "ب")) \
                and toks[first_tok][2] not in self.lex.complementizers  # "وأوضح أن لبنان …": a content, not a subject
            after = [h for h in hits if (h.tok == first_tok or h.tok == first_tok + 1 and gap_ok)
                     and self.kind.get(h.actor) in SPEAKER_KINDS and not h.adjective and not self.prepositional(h, toks)]
        if after:
            first = min(after, key=lambda h: (h.tok, self.kind.get(h.actor) == "state", -(h.end - h.start)))
            if cue.kind != "statement" and not self.agrees(gender, first.actor):
                after = []  # "وطالب الخارجية التونسية": a masculine verb, a feminine noun: its object
        if after:
            # the speaker's name runs to the end of every hit that starts at the same token
            end_off = max(h.end for h in after if h.tok == first.tok) - s.start
            end_tok = next((k for k, t in enumerate(toks) if t[1] >= end_off), first.tok) + 1
            self.via = "direct"
            self.rule = "subject after the verb (VS), agreeing"
            self.learn(first.actor, gender)
            # a joint subject: "نفت أنقرة وموسكو", "نفى كل من الأردن ومصر": every party is a speaker
            joint = [first.actor]
            while end_tok < len(toks):
                if self._punct_at(toks, end_tok) and "،" in self.sentence_text[toks[end_tok - 1][1]:toks[end_tok][0]]:
                    # "كل من سرايا القدس، الذراع المسلح لحركة الجهاد، وكتائب القسام": past an apposition
                    close = next((k for k in range(end_tok + 1, min(end_tok + 8, len(toks)))
                                  if "،" in self.sentence_text[toks[k - 1][1]:toks[k][0]]), None)
                    if close is None or not toks[close][2].startswith("و") or \
                            not any(h.tok == close for h in hits if self.kind.get(h.actor) in SPEAKER_KINDS):
                        break
                    end_tok = close
                if not toks[end_tok][2].startswith("و") or self._punct_at(toks, end_tok) and not \
                        self.sentence_text[toks[end_tok - 1][1]:toks[end_tok][0]].strip() == "،":
                    break
                more = [h for h in hits if h.tok == end_tok and self.kind.get(h.actor) in SPEAKER_KINDS and h.actor not in joint
                        and not h.adjective]
                if not more:
                    break
                nxt = max(more, key=lambda h: h.end)
                joint.append(nxt.actor)
                end_tok = next((k for k, t in enumerate(toks) if t[1] >= nxt.end - s.start), end_tok) + 1
            return (joint if len(joint) > 1 else first.actor), end_tok
        return None

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
            issuer = [h for h in hits if h.tok == first_tok + 1 and self.kind.get(h.actor) in SPEAKER_KINDS
                      and not h.adjective and not h.implied and not self._punct_at(toks, first_tok + 1)]
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

    def _report_after_verb(self, ctx: CueContext):
        """Unsourced reports after the verb ("ذكرت تقارير أن"): no one's statement."""
        cue, toks = ctx.cue, ctx.toks
        report_at = cue.end_tok + (cue.end_tok + 1 < len(toks) and toks[cue.end_tok][2] in self.lex.quantifiers)
        if report_at < len(toks) and _is(toks[report_at][2], self.lex.report_heads):
            self.via = "report"  # "ذكرت تقارير أن …", "تشير بعض التقارير": unsourced reports, no one's statement
            return None, report_at + 1
        return None

    def _impersonal(self, ctx: CueContext):
        """An impersonal verb opening its clause ("يتوقع أن"): no one's statement."""
        cue, toks = ctx.cue, ctx.toks
        w = toks[cue.tok][2]
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
        if noun is not None:  # "إلا أن عدة مؤشرات أشارت إلى …": the subject is a thing, no speaker;
            # "أن التحقيقات ترجح أنه …": the subject is an unsourced report
            self.via = "report" if any(_is(toks[k][2], self.lex.report_heads) for k in range(noun, cue.tok)) else "impersonal"
            return None, cue.end_tok
        return None

    def _unknown_subject(self, ctx: CueContext):
        """Words before the verb no list knows ("سامر الحداد قال إن"): not identified."""
        cue, toks = ctx.cue, ctx.toks
        if self.unknown_subject_before(toks, cue):
            self.rule = "subject before the verb that no list knows: not identified"
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
            return self.sentence_subject(s, cue, toks, None), cue.end_tok
        return None, cue.end_tok


# the speaker rules in the order they are tried (SourceRules.speaker)
SPEAKER_RULES = (
    SourceRules._unsourced_report,
    SourceRules._thing_described,
    SourceRules._participle,
    SourceRules._verbal_noun,
    SourceRules._possessive_noun,
    SourceRules._document_before_verb,
    SourceRules._titled_subject,
    SourceRules._subject_after_verb,
    SourceRules._pair_noun,
    SourceRules._apposed_office,
    SourceRules._noun_without_speaker,
    SourceRules._document_issuer_after,
    SourceRules._document_as_subject,
    SourceRules._report_after_verb,
    SourceRules._impersonal,
    SourceRules._relative_antecedent,
    SourceRules._subject_before_verb,
    SourceRules._noun_subject,
    SourceRules._unknown_subject,
    SourceRules._number_group,
    Coreference._pronoun_subject,
)
