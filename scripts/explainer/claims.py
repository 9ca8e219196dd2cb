"""Claims and denials: who said what, who denied what, when — from the cue lexicon data/cues.yml.

For each sentence: find cues (reporting verbs and nouns, statement phrases, unsourced reports,
"according to" phrases, relays, denial verbs, participles and verbal nouns). The speaker is the
grammatical subject of the cue as a reader finds it: named right after the verb (VS) or right before
it (SV), agreeing with it in gender and number and governed by no preposition; an office and the
person holding it between commas; the antecedent of a relative pronoun; the issuer of a document
("بيان الوزارة"); else, for a pronoun subject, this sentence's speaker or the latest earlier speaker
(or sentence topic) that agrees with the verb. The content runs from the complementiser (أن، إن،
بأن؛ عن، ب، على، إلى right after the speaker) or an opening quote or colon to the next cue outside
the quotation, a comma that opens a new event ("، فيما …", "، لكن …"), or the end of the sentence;
back-pointing cues ("…، وهو ما نفاه X") take the clause before. Negated reporting verbs, impersonal
passives ("يتوقع أن") and acts ("أعلنت حالة الطوارئ") are no statements. A statement headed by a
denial phrase ("لا صحة …") is a denial; one that is merely negated stays a statement.

This module walks the sentences; the rules live in attribution/ (cues.py, source.py with the
ordered SPEAKER_RULES, relay.py, subject.py, content.py, coreference.py: see the module map in
scripts/explainer/README.md).
"""

from __future__ import annotations

import bisect

from pathlib import Path

from .actors import Hit
from .attribution.content import ContentRules, first_comma, quote_bounds
from .attribution.coreference import HISTORY, Coreference, _plural_name
from .attribution.cues import PREPOSITIONAL, RELATIVES, SPEAKER_KINDS, Cue, Lexicon, QuoteIndex, _is, _match, find_cues
from .attribution.headline import HeadlineRules
from .attribution.relay import FrameRules
from .attribution.source import SourceRules
from .attribution.subject import SubjectPositions
from .dates import DateMention
from .lexicon import fold, phrase_at, stems, tokens
from .mentions.common import DEMONSTRATIVES
from .model import Actor, Claim, Denial, Document

# the names this module has always offered (the rules now live in attribution/: see its README)
__all__ = ["ANSWER_WINDOW", "HISTORY", "PREPOSITIONAL", "RELATIVES", "SPEAKER_KINDS", "ClaimFinder", "Cue", "Lexicon",
           "QuoteIndex", "find_claims", "find_cues", "first_comma", "quote_bounds"]

ANSWER_WINDOW = 200  # claims on either side of a denial that it may answer
TOPIC_REACH = 3  # sentences on either side where a claim on a denied accusation's topic may stand
QUOTED_RULE = "inside another's quoted words"  # the rule prefix of a statement quoted inside another's (inferred)
REPORTED_RULE = "inside another's reported words"  # … or inside what another statement says, unquoted
INSIDE_REACH = 80  # characters from a denial's start within which a statement inside it (in its
# first clause: no comma or quote before it) is what it denies


class ClaimFinder(SourceRules, FrameRules, SubjectPositions, ContentRules, Coreference, HeadlineRules):
    """Reads an article sentence by sentence: its cues (attribution/cues.py), each cue's speaker
    (source.py, relay.py, subject.py, coreference.py) and content (content.py); then links each
    denial to the claim it answers. The rule families are mixins over this one state."""

    def __init__(self, doc: Document, original: str, actors: list[Actor], hits: list[Hit], dates: list[DateMention], lex: Lexicon):
        self.doc, self.original, self.lex, self.dates = doc, original, lex, dates
        self.kind = {a.id: a.kind for a in actors}
        self.actor = {a.id: a for a in actors}
        self.learned: dict[str, str] = {}  # person id → "f" | "m", from the verbs it was the subject of
        self.history: list = []  # speakers of the statements so far, latest last (ids or joint lists)
        self.items_in: dict[str, list] = {}  # sentence id → its claims and denials, in the order found
        self.points_back_next = False  # the next denial's pronoun is what it denies ("إلى نفيه")
        self.absorbed: set[tuple[str, int]] = set()  # (sentence id, cue token) inside what a denial denies
        self.own_denials: dict[tuple[str, int], object] = {}  # (sentence id, cue token) → the speaker of "قال X إنه ينفي"
        self.plural = {a.id: a.kind == "anonymous" and (a.id.endswith("s") or _plural_name(a, lex)) for a in actors}
        self.hits = hits
        # per-sentence indexes: every lookup below stays within a sentence or two, so the work
        # grows with the article's length, not with its square
        self.order = {x.id: k for k, x in enumerate(doc.sentences)}
        self.text_of = {x.id: x.text for x in doc.sentences}
        self.hits_in: dict[str, list[Hit]] = {}
        for h in hits:
            self.hits_in.setdefault(h.sentence, []).append(h)
        self.dates_in: dict[str, list[DateMention]] = {}
        for d in dates:
            self.dates_in.setdefault(d.sentence, []).append(d)
        self.claims: list[Claim] = []
        self.denials: list[Denial] = []
        self.points_back: dict[str, str] = {}  # denial id → noun of the anaphor after its verb
        self.denial_gender: dict[str, str | None] = {}  # denial id → its verb's agreement
        self._unnamed: dict[str, set[str]] = {}  # claim or denial id → its content words outside actors' names
        self.last_speaker: str | None = None  # the latest statement's speaker, for "وأضاف" and participles
        self.document = None  # (author, gender) of the latest document that spoke ("وأضاف البيان")
        self.seen: set[str] = set()  # sentences read so far, folded
        self.rule: str | None = None  # the rule that chose the current cue's speaker (review --why)

    def run(self) -> None:
        body = [s for s in self.doc.sentences if s.paragraph]
        for s in body:
            self.sentence(s)
        # then the headline (paragraph 0): its statements are numbered after the body's, whose ids
        # stay what they were; it speaks on its own (no pronoun of it points into the body), and a
        # headline the body prints again is the body's statement
        printed = [" ".join(fold(b.text).split()) for b in body]
        self.history, self.last_speaker, self.document = [], None, None
        for s in self.doc.sentences:
            if s.paragraph == 0 and not any(" ".join(fold(s.text).split()) in b for b in printed):
                self.sentence(s)
        self.link_denials()

    def sentence(self, s) -> None:
        text, toks = s.text, tokens(s.text)
        self.sentence_text, self.sentence_id = text, s.id
        if not toks:
            return
        printed = " ".join(fold(text).split())
        if printed in self.seen:
            return  # the outlet printed it twice (an abstract repeating the lede): one statement, not two
        self.seen.add(printed)
        self.quotes = QuoteIndex(text)
        hits = self.hits_in.get(s.id, [])
        named = frozenset(k for h in hits if self.kind.get(h.actor) == "person"
                          for k, t in enumerate(toks) if h.start <= s.start + t[0] and s.start + t[1] <= h.end)
        cues = find_cues(toks, self.lex, s.start, text, self.quotes, named)
        self.via, self.apposed, self.rule = None, False, None
        if self.headline_statement(s, toks, hits):  # «عماد الحمامي: لا نرى مانعا …»
            cues = [c for c in cues if c.kind != "verb" or c.participle]  # (the quote's own verbs are in it)
        frame_end = 0  # token where the last statement's content begins
        main_subject = None  # the subject of this sentence's last statement, for participles
        self.main_unknown = False  # a statement of this sentence whose speaker was not found
        said_until = 0  # token after the last statement's content, where an "according to" clause may start
        for n, cue in enumerate(cues):
            if (s.id, cue.tok) in self.absorbed:
                continue  # part of what an earlier denial of this sentence denies
            if cue.tok < frame_end and cue.kind != "report" and not cue.noun:
                continue  # part of the previous cue's frame: "وقال X في بيان إن …" is one statement
            if cue.kind in ("noun", "verb") and cue.tok > 0 and toks[cue.tok - 1][2] in ("في", "وفي") and n + 1 < len(cues) \
                    and cues[n + 1].kind in ("verb", "denial") and cues[n + 1].tok == cue.end_tok and not cues[n + 1].participle:
                continue  # "وفي دعواها تقول دانيالز إن …": where it was said (no verb after "في"), the verb's frame
                # (but "وقال X في نفيه للخبر إن …" is also his denial)
            # (an unsourced report there is what a denial answers: "نفوا تقارير تتحدث عن …")
            self.via, relayed_by, self.apposed, self.rule = None, None, False, None
            if cue.kind == "relay":
                found = self.relay(cue, toks, hits, s)
                if found is None:
                    continue
                relayed_by, subject, c_start = found
                c_end = self.content_end(cue, [c for c in cues[n + 1 :] if c.tok >= c_start], text, toks, c_start)
                frame_end = c_start
            elif cue.kind == "according":
                self.via = "direct"
                self.rule = "according: وفقا لـ / بحسب X"
                found = self.according(cue, cues[n + 1 :], toks, hits, s, said_until)
                if found is None:
                    continue
                subject, c_start, c_end, frame_end = found
            else:
                subject, after_subject = self.speaker(cue, toks, hits, s, main_subject)
                if (cue.kind == "noun" or cue.noun) and subject is None and not (self.rule or "").startswith(
                        "verbal noun of purpose") or self.via == "impersonal":
                    continue  # "إعلان" without a speaker is just a noun; "يتوقع أن" is impersonal
                back = self.said_before(cue, toks, s)
                if back is None:
                    back = self.denied_before(cue, toks, s, after_subject)  # "…، فيما نفت موسكو، …"
                if back is not None:  # "…، وهو ما نفاه X": what X denied is the clause before
                    c_start, c_end = back
                    frame_end = max(frame_end, after_subject)
                    said_until = after_subject
                    self.add(cue, subject, toks, text, s, c_start, c_end, relayed_by)
                    main_subject = subject if subject is not None else main_subject
                    continue
                relayed = self.relayed_from(toks, hits, s, after_subject)
                if relayed is not None:  # "وقالت مصادر أمنية أمريكية نقلا عن مسؤولي مخابرات بريطانيين إن …"
                    relayed_by, subject, after_subject = subject, relayed[0], relayed[1]
                reports = {c.tok for c in cues[n + 1 :] if c.kind == "report"}
                following = next((c.tok for c in cues[n + 1 :] if c.kind != "report" and c.tok > after_subject
                                  and not ((c.kind == "noun" or c.noun) and toks[c.tok - 1][2] == "في")), None)
                c_start = self.content_start(cue, toks, after_subject, s, reports, following)
                if c_start is None and cue.noun and self.possessive(toks, cue) is not None:
                    c_start = cue.tok  # "سارعت الوزارة إلى نفيه.": what is denied is "it", the claim before
                    self.points_back_next = True
                if c_start is None:
                    continue
                c_end = self.content_end(cue, cues[n + 1 :], text, toks, c_start)
            if (cue.kind == "noun" or cue.noun) and toks[c_start][2] in RELATIVES:
                continue  # "تصريحات فالس التي اعتبرها مسيئة": the statements described, nothing they say
            if subject is not None:  # "صرحت الخارجية بأنها اعترضت على اتهامات …": her own denial, inside what she said
                for c in cues[n + 1 :]:
                    if c.kind == "denial" and c_start <= c.tok <= max(c_start, c_end) and c.tok > 0 \
                            and toks[c.tok - 1][2] in self.lex.pronoun_complementizers:
                        self.own_denials[(s.id, c.tok)] = subject
            if c_end <= c_start or self.only_a_speaker(cue, toks, text, c_start, c_end):
                continue
            frame_end = max(frame_end, c_start)
            said_until = c_end
            if subject is not None and self.quoted_by_another(cue, s):
                self.rule = f"{QUOTED_RULE}; {self.rule}"
            elif subject is not None and self.reported_by_another(cue, s):
                self.rule = f"{REPORTED_RULE}; {self.rule}"
            self.add(cue, subject, toks, text, s, c_start, c_end, relayed_by)
            if subject is None and main_subject is None and not cue.participle and cue.kind in ("verb", "denial") \
                    and not cue.noun:
                self.main_unknown = True  # "ونفى [unrecognised name] …، مؤكدا أن": the participle's speaker is as unknown
            # a statement quoted inside an earlier one ('وقالت الوزارة "تدين إسرائيل …"') is not the sentence's
            nested = self.quotes.inside(0, cue.start - s.start) and any(
                i.start <= cue.start < i.end and self.quotes.inside(max(0, i.start - s.start - 1), cue.start - s.start)
                for i in self.said_in(s.id)[:-1])
            subordinate = cue.kind == "noun" and cue.tok > 0 and any(f in self.lex.subordinators for f in stems(toks[cue.tok - 1][2]))
            latter = (self.rule or "").startswith("«الأخير»")  # ("رد الأسد على ترامب، ووصف الأخير له بـ…، قائلا": not the latter)
            if subject is not None and not (cue.tok > 0 and toks[cue.tok - 1][2] in RELATIVES) and not subordinate and not latter and \
                    (main_subject is None or cue.kind != "noun" and not nested):
                main_subject = subject  # (a relative clause's speaker is not the sentence's subject,
                # nor is the one a verbal noun names: "استنكر X تصريح Y": X goes on speaking, nor one in a
                # phrase of time or concession: "غداة اتهام إسرائيل طهران …، نشرت الوكالة بيانا أكدت فيه")
        if main_subject is None:
            self.topic(s, toks, hits)
        elif self.history and self.history[-1] != main_subject and main_subject in self.history[-3:]:
            # the next pronoun subject ("واعتبر") refers to this sentence's subject, not to a speaker
            # a verbal noun or a relative clause named after it
            self.history.remove(main_subject)
            self.history.append(main_subject)

    def quoted_by_another(self, cue: Cue, s) -> bool:
        """Whether the cue stands inside the quoted words of a statement already found in this
        sentence ('توضح بولياكوفا، "أظهر بوتين قدرة مذهلة …"'): whoever its subject is, those are the
        quoted speaker's words about them."""
        at = cue.start - s.start
        return self.quotes.inside(0, at) and any(
            i.start <= cue.start < i.end and self.quotes.inside(max(0, i.start - s.start - 1), at) for i in self.said_in(s.id))

    def reported_by_another(self, cue: Cue, s) -> bool:
        """Whether the cue stands inside what a statement already found in this sentence says ("قال
        الوزير إن موسكو تدين الضربة"): its speaker is as that statement reports it."""
        return any(i.start <= cue.start < i.end for i in self.said_in(s.id))

    def only_a_speaker(self, cue: Cue, toks, text: str, c_start: int, c_end: int) -> bool:
        """Whether what follows a verb is only who speaks, cut off where the outlet's abstract ends
        ("وقال المدير العام لمنظمة التجارة العالمية" and no more): an office and its words, up to six,
        to the end of an unfinished sentence, no verb or "أن" among them. No statement then."""
        if cue.kind not in ("verb", "denial") or cue.participle or c_end != len(toks) or c_end - c_start > 6:
            return False
        if text.rstrip()[-1:] in ".!?؟…\"»”":
            return False
        words = [t[2] for t in toks[c_start:c_end]]
        return any(f in self.lex.offices for f in stems(words[0])) and not any(
            w in self.lex.complementizers or _is(w, self.lex.verbs | self.lex.denials, verb=True) for w in words)

    def said_in(self, sid: str) -> list:
        """The claims and denials found so far in sentence `sid`, in the order found."""
        return self.items_in.get(sid, [])

    def add(self, cue: Cue, subject, toks, text: str, s, c_start: int, c_end: int, relayed_by) -> None:
        """Record the claim or denial of `cue` whose content is tokens c_start..c_end."""
        a, b = quote_bounds(text, toks[c_start][0], toks[c_end - 1][1])
        span = text[a:b]
        start, end = s.start + a, s.start + b
        date = self.date_between(cue.start, start, s.id)
        cue_text = self.original[cue.start:cue.end]
        negation = self.negation(toks, c_start, c_end)
        described = None if cue.kind == "denial" or negation is not None else self.described_object(cue, toks, c_start)
        if described is not None:  # 'ووصف لافروف الاتهامات الأميركية بأنها "هراء"': those accusations, denied
            a, b = quote_bounds(text, toks[described[0]][0], toks[described[1] - 1][1])
            span, start, end, negation = text[a:b], s.start + a, s.start + b, c_start
        if cue.kind == "denial" or negation is not None:
            if negation is not None and cue.kind != "denial":
                cue_text = text[toks[negation][0]:toks[min(negation + 1, len(toks) - 1)][1]]
            self.denials.append(Denial(f"d{len(self.denials) + 1}", subject, cue_text, span, s.id, date, None, start, end,
                                       self.via if subject else None, relayed_by, rule=self.rule))
            self.denial_gender[self.denials[-1].id] = self.cue_gender(toks, cue)
            noun = self.anaphor_after(toks, cue.tok if negation is None or cue.kind == "denial" else negation)
            if self.points_back_next:
                noun, self.points_back_next = "", False
            if noun is not None:
                self.points_back[self.denials[-1].id] = noun
            self.items_in.setdefault(s.id, []).append(self.denials[-1])
        else:
            status = ("unconfirmed" if cue.kind == "report" or self.via == "report" else "unidentified") if subject is None \
                else "reported" if self.kind.get(subject if isinstance(subject, str) else subject[0]) == "anonymous" else "stated"
            self.claims.append(Claim(f"c{len(self.claims) + 1}", subject, cue_text, span, s.id, date, status, start, end,
                                     self.via if subject else None, relayed_by, rule=self.rule))
            self.items_in.setdefault(s.id, []).append(self.claims[-1])
            inner = self.inner_dismissal(toks, c_start, c_end)
            if inner is not None:  # "…، واتهاماتهم ضد المملكة خاطئة": the speaker denies those accusations too
                n_start, pred = inner
                da, db = quote_bounds(text, toks[n_start][0] + (text[toks[n_start][0]] == "و"), toks[pred - 1][1])
                pred_text = text[toks[pred][0]:toks[min(pred + 1, len(toks) - 1)][1]] if pred + 1 < len(toks) and \
                    toks[pred][2] not in self.lex.dismissive else text[toks[pred][0]:toks[pred][1]]
                self.denials.append(Denial(f"d{len(self.denials) + 1}", subject, pred_text, text[da:db], s.id, date, None,
                                           s.start + da, s.start + db, self.via if subject else None, relayed_by, rule=self.rule))
                self.denial_gender[self.denials[-1].id] = self.cue_gender(toks, cue)
                self.items_in[s.id].append(self.denials[-1])
        if subject is not None:
            self.last_speaker = subject
            if not self.history or self.history[-1] != subject:
                self.history.append(subject)
                del self.history[:-HISTORY]

    def described_object(self, cue: Cue, toks, c_start: int) -> tuple[int, int] | None:
        """(start, end) tokens of a claim noun that a verb of describing calls untrue ('ووصف لافروف
        الاتهامات الأميركية بأنها "هراء"'): the object between the verb and "بأنها", when what is said
        of it is a dismissive word (data/cues.yml `dismissive_predicates`); else None."""
        if not cue.tok < c_start - 1 or toks[c_start - 1][2] not in self.lex.pronoun_complementizers \
                or toks[c_start][2] not in self.lex.dismissive \
                or _match(toks[cue.tok][2], self.lex.described_as, self.sentence_text[toks[cue.tok][0]:toks[cue.tok][1]], verb=True) is None:
            return None
        noun = next((k for k in range(cue.end_tok, c_start - 1) if any(self._claim_noun(f) for f in stems(toks[k][2])[:2])), None)
        return (noun, c_start - 1) if noun is not None else None

    def date_between(self, a: int, b: int, sid: str) -> str | None:
        for d in self.dates_in.get(sid, []):
            if a <= d.start < b and d.iso:
                return d.iso
        return None

    def link_denials(self) -> None:
        """Point each denial at the claim or report it answers, when the article has one; tried in
        order, the first that finds one decides:
         1. a statement inside the denied clause ("نفت أن تكون قد صرحت بـ…")
         2. pointing back ("ذلك", "هذه الاتهامات"): the denier's own denial just before answers the
            same; else the latest claim of another party before it (in its sentence too), an
            accusation first for an accusation noun (accused_denies first checks who denies)
         2b. a verbal noun with a pronoun opening what is denied ("ينفي انتقاده لـ…"): the statement
            whose verb shares its root (the denier's own, by definition)
         3. a demonstrative in what is denied ("حدوث هذا الهجوم"): the latest claim on that noun
         4. a claim noun ("الاتهامات حول X", "الاتهامات التي وجهت إليه"): claim_noun_answer
         5. an act's noun ("استهدافها المستشفيات"): head_noun_answer
         6. content words shared past actors' names (more than three, a third of the shorter text)
        A denial never answers its own speaker's claim; two speakers not identified are not one."""
        order = self.order
        claims_in: dict[str, list[Claim]] = {}
        for c in self.claims:
            claims_in.setdefault(c.sentence, []).append(c)
        words_of = {c.id: _content_words(c.text) for c in self.claims}
        # in reading order (the headline's claims, numbered after the body's, come first)
        reading = sorted(self.claims, key=lambda c: order[c.sentence])
        claim_at = [order[c.sentence] for c in reading]
        for n, d in enumerate(self.denials):
            # a statement in the denied clause ("نفت أن تكون قد صرحت بـ…"); one after a comma or a
            # quote is the denier's own explanation ("…، بقولها إن "X قال إنه …"") and answers nothing
            inside = [c for c in claims_in.get(d.sentence, []) if d.start <= c.start and c.end <= d.end
                      and c.start - d.start <= INSIDE_REACH
                      and not any(m in self.original[d.start:c.start] for m in ("،", ",", ":", '"', "«", "“"))]
            if inside:
                d.denies = inside[0].id
                continue
            # the claims a denial may answer: the nearest in reading order (all of them in any
            # real article; a bound for pathological input, so linking stays linear)
            at = bisect.bisect_left(claim_at, order[d.sentence])
            near = reading[max(0, at - ANSWER_WINDOW): at + ANSWER_WINDOW]
            noun = self.points_back.get(d.id)
            if noun is not None and d.via in ("coreference", "nearest"):
                self.accused_denies(d, near)
            again = [e for e in self.denials[max(0, n - 4):n] if e.by is not None and e.by == d.by
                     and 0 <= order[d.sentence] - order[e.sentence] <= 1 and e.end <= d.start]
            if noun is not None and again:
                d.denies = again[-1].denies  # "نفى … استخدام الأسلحة الكيماوية، قائلا "ننفي بشدة هذه الادعاءات"":
                continue  # his own denial again, of what he denied just before
            if noun is not None:
                earlier = [c for c in near if (order[c.sentence] < order[d.sentence] or c.sentence == d.sentence and c.end <= d.start)
                           and (c.by != d.by or d.by is None)]
                # (before it in its own sentence too: "اتهم X موسكو …، ونفت روسيا هذه الاتهامات")
                # "هذه الاتهامات" answers the accusation (اتهمت) rather than a later quote, if there is one
                alike = [c for c in earlier if noun and any(f.startswith(noun[:3]) for f in stems(fold(c.cue.split()[0])))]
                if earlier:
                    d.denies = (alike or earlier)[-1].id
                    continue
            did = _possessed_noun(d.text)
            if did is not None:
                # "ينفي انتقاده لموقف تونس": he denies his criticism, the statement whose verb is "انتقد"
                # (his own, by definition: the denier may be its speaker)
                alike = [c for c in near if c.sentence != d.sentence and any(
                    f[:4] == did[:4] for f in stems(fold(c.cue.split()[0])) if len(f) >= 4)]
                before = [c for c in alike if order[c.sentence] < order[d.sentence]]
                after = [c for c in alike if order[c.sentence] > order[d.sentence]]
                if before or after:
                    d.denies = (before[-1] if before else after[0]).id
                    continue
            before = [c for c in near if (order[c.sentence] < order[d.sentence] or c.sentence == d.sentence and c.end <= d.start)
                      and (c.by != d.by or d.by is None)]  # (two speakers not identified are not the same party)
            pointed = _pointed_nouns(d.text)
            if pointed:  # "نفت … حدوث هذا الهجوم": the latest claim of another party about that attack
                about = [c for c in before if pointed & words_of[c.id]]
                if about:
                    d.denies = about[-1].id
                    continue
            opened = self.claim_noun_answer(d, near, before, words_of)
            if opened is not None:  # "نفى الاتهامات حول تعرضه للتعذيب", "نفى الثلاثة الاتهامات التي وجهت إليهم"
                d.denies = opened
                continue
            act = self.head_noun_answer(d, near, before)
            if act is not None:
                d.denies = act
                continue
            # shared content words, past the names of actors (an article about someone names him everywhere)
            # (more than three of them, and a third of the shorter text's: never its own speaker's claim)
            words = self.unnamed_words(d)
            best, score = None, 3
            for c in near:
                if c.by == d.by and d.by is not None:
                    continue
                theirs = self.unnamed_words(c)
                shared = len(words & theirs)
                if shared > score and 3 * shared >= min(len(words), len(theirs)):
                    best, score = c.id, shared
            d.denies = best

    def unnamed_words(self, item) -> set[str]:
        """The content words of a claim's or denial's text, outside the actors named in it."""
        if item.id in self._unnamed:
            return self._unnamed[item.id]
        text = self.original[item.start:item.end]
        for h in self.hits_in.get(item.sentence, []):
            a, b = max(h.start, item.start) - item.start, min(h.end, item.end) - item.start
            if a < b:
                text = text[:a] + " " * (b - a) + text[b:]
        self._unnamed[item.id] = words = _content_words(text)
        return words

    def claim_noun_answer(self, d: Denial, near: list, before: list, words_of: dict) -> str | None:
        """What a denial of a claim noun answers ("نفى الاتهامات …", data/cues.yml `claim_nouns`):
        with a topic ("الاتهامات حول تعرضه للتعذيب"), the nearest claim of another party that speaks
        of it, before or after; without one, the latest accusation of another party before it."""
        toks = tokens(d.text)
        words = [w for _, _, w in toks]
        at = next((k for k in range(min(6, len(words))) if any(f in self.lex.claim_nouns for f in stems(words[k]))), None)
        if at is None:
            return None
        accuser = self.accuser_after(d, toks, at)
        if accuser is not None:  # "نفى اتهامات ناشطين معارضين …": what that accuser said, before it, else after
            theirs = [c for c in near if accuser in (c.by if isinstance(c.by, list) else [c.by])
                      and not (c.sentence == d.sentence and d.start <= c.start < d.end)]
            earlier = [c for c in theirs if c in before]
            if earlier or theirs:
                return (earlier[-1] if earlier else theirs[0]).id
        clause = d.text.split("،")[0]
        topic_words = [w for w in [w for _, _, w in tokens(clause)][at + 1:]]
        if topic_words and topic_words[0] in self.lex.topic_links:
            topic = _content_words(" ".join(topic_words[1:]))
            order = self.order
            others = [c for c in near if c.by != d.by and not (c.sentence == d.sentence and d.start <= c.start < d.end)
                      and abs(order[c.sentence] - order[d.sentence]) <= TOPIC_REACH and topic & words_of[c.id]]
            if others:
                return max(others, key=lambda c: (len(topic & words_of[c.id]), -abs(order[c.sentence] - order[d.sentence]),
                                                  -abs(c.start - d.start))).id
            return None
        accusations = [c for c in before if self.accuses(c)]
        return accusations[-1].id if accusations else None

    def accuser_after(self, d: Denial, toks, at: int) -> str | None:
        """The party named right after the claim noun at token `at` of a denial's text ("اتهامات ناشطين
        معارضين", "مزاعم واشنطن"): whose accusation is denied; None when none is named there."""
        noun_end = d.start + toks[at][1]
        named = [h for h in self.hits_in.get(d.sentence, []) if noun_end < h.start <= noun_end + 2 and h.end <= d.end
                 and not h.adjective and self.kind.get(h.actor) in SPEAKER_KINDS]
        return max(named, key=lambda h: h.end - h.start).actor if named else None

    def accuses(self, c: Claim) -> bool:
        """Whether a claim is an accusation ("اتهم", data/cues.yml `direct_object_verbs`), or what it
        says opens with a claim noun ("وجهت واشنطن اتهامات إلى …")."""
        if bool(c.cue.split()) and _is(fold(c.cue.split()[0]), self.lex.direct, verb=True):
            return True
        first = tokens(c.text)[:1]
        return bool(first) and any(f in self.lex.claim_nouns for f in stems(first[0][2])[:2])

    def head_noun_answer(self, d: Denial, near: list, before: list) -> str | None:
        """What a denial of an act answers by the act's noun ("نفت … استهدافها المستشفيات", "نفت
        … التوصل إلى أي اتفاق"): the claim of another party just before it (this sentence or the
        one before) that names the act, else an accusation naming it a few sentences around."""
        words = [w for _, _, w in tokens(d.text) if w not in self.lex.embedding_links
                 and w not in self.lex.complementizers and w not in self.lex.head_skip]
        while len(words) > 1 and (words[0] in self.lex.report_heads or _unpossessed(words[0]) in self.lex.truth_nouns
                                  or words[0] in ("في", "ب")):
            words = words[1:]  # "نفى تقارير استعادة السيطرة …", "تنفي صحة الادعاء …", "ينفي ضلوعه بقبول …": the act
        if words and words[0].startswith("ب") and len(words[0]) > 4:
            words[0] = words[0][1:]  # ("بقبول": the act after the preposition)
        if not words:
            return None
        word = _content_words(words[0])
        if not word or len(next(iter(word))) < 4:
            return None
        order = self.order
        recent = [c for c in before if order[d.sentence] - order[c.sentence] <= 1]
        if recent and _same_root(word, _content_words(recent[-1].text)):
            return recent[-1].id
        accusations = [c for c in near if self.accuses(c) and (c.by != d.by or d.by is None)
                       and abs(order[c.sentence] - order[d.sentence]) <= TOPIC_REACH and _same_root(word, _content_words(c.text))]
        if accusations:
            return min(accusations, key=lambda c: abs(order[c.sentence] - order[d.sentence])).id
        # the report it denies printed right after it ("تنفي تأجير فرقاطتين … وكانت الصحيفة قد أوردت
        # مشروعا لتأجير اليونان فرقاطتين"): a claim of another party in the next sentence naming the act
        after = [c for c in near if 0 < order[c.sentence] - order[d.sentence] <= 1 and (c.by != d.by or d.by is None)
                 and _same_root(word, _content_words(c.text))]
        return after[0].id if after else None

    def accused_denies(self, d: Denial, near: list) -> None:
        """A denial pointing back ("غير أنه ينفي أي ضلوع له بذلك", "لتكذيب هذه المزاعم") whose
        inferred denier made the claim just before it (this sentence or the one before): no one
        denies his own words. When that claim accuses someone named where its content opens
        ("وتتهم أنقرة الداعية فتح الله غولن بـ…") and the verb agrees, the accused denies it;
        else the denier is not identified."""
        order = self.order
        prior = [c for c in near if 0 <= order[d.sentence] - order[c.sentence] <= 1
                 and (c.sentence != d.sentence or c.end <= d.start)]
        if not prior or d.by is None or prior[-1].by != d.by:
            return
        claim = prior[-1]
        accused = []
        if claim.cue.split() and _is(fold(claim.cue.split()[0]), self.lex.direct, verb=True):
            opening = claim.start + len(" ".join(claim.text.split()[:3]))
            gender = self.denial_gender.get(d.id)
            accused = [h for h in self.hits_in.get(claim.sentence, []) if claim.start <= h.start < opening
                       and self.kind.get(h.actor) in SPEAKER_KINDS and not h.adjective and h.actor != d.by
                       and self.agrees(gender, h.actor, pronoun=True)]
        d.by = accused[0].actor if accused else None
        d.via = "coreference" if accused else None
        d.rule = "denial of an accusation: the accused" if accused else \
            "denial of its own speaker's claim: not identified"

    def anaphor_after(self, toks, cue_tok: int) -> str | None:
        """The anaphor's noun (folded, without "ال"; "" for a bare "ذلك") when the denial's verb at
        `cue_tok` is followed within a few words (its speaker's name) by one such as "هذه
        الاتهامات"; else None."""
        words = [t[2] for t in toks]
        for k in range(cue_tok + 1, min(cue_tok + 12, len(toks))):
            for pattern in self.lex.anaphors:
                if phrase_at(pattern, words, k):
                    return pattern[-1].removeprefix("ال") if len(pattern) > 1 else ""
        return None


def _pointed_nouns(text: str) -> set[str]:
    """The content words of the nouns a demonstrative points at in `text` ("حدوث هذا الهجوم",
    "أن تكون هذه المناورات استفزازا"): what the denial takes as already said."""
    words = [w for _, _, w in tokens(text)]
    return set().union(*(_content_words(words[k + 1]) for k in range(len(words) - 1)
                         if words[k] in DEMONSTRATIVES and words[k + 1].startswith("ال")))


def _possessed_noun(text: str) -> str | None:
    """The verbal noun opening what a denial denies when it carries a pronoun ("انتقاده", "تصريحاتها"):
    folded, without its pronoun; else None."""
    toks = tokens(text)
    if not toks:
        return None
    w = toks[0][2]
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4 and not text[toks[0][0]:toks[0][1]].endswith("ة"):
            return w[: -len(suffix)]
    return None


def _unpossessed(word: str) -> str:
    """A noun without its possessive pronoun ("ضلوعه" → "ضلوع")."""
    return next((word[: -len(p)] for p in ("هما", "هم", "ها", "ه") if word.endswith(p) and len(word) - len(p) >= 3), word)


def _same_root(words: set[str], others: set[str]) -> bool:
    """Whether a content word of `words` is one of `others`, or is it but for the ending of a verbal
    noun or a plural verb ("استعاده"/"استعادوا", "اغاره"/"اغاروا")."""
    if words & others:
        return True
    bare = lambda w: next((w[: -len(e)] for e in ("وا", "ون", "ين", "ه") if w.endswith(e) and len(w) - len(e) >= 4), w)
    return bool({bare(w) for w in words if len(w) >= 4} & {bare(o) for o in others if len(o) >= 4})


def _content_words(text: str) -> set[str]:
    out = set()
    for _, _, w in tokens(text):
        base = stems(w)[-1]
        for suffix in ("هما", "هم", "ها", "ين", "ون", "ات", "ه", "ي"):
            if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                base = base[: -len(suffix)]
                break
        if len(base) >= 3:
            out.add(base)
    return out


def find_claims(doc: Document, original: str, actors, hits, dates, data_dir: Path | None = None) -> tuple[list[Claim], list[Denial]]:
    """Every claim and denial of `doc`, in reading order."""
    finder = ClaimFinder(doc, original, actors, hits, dates, Lexicon(data_dir))
    finder.run()
    return finder.claims, finder.denials
