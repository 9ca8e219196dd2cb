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
from .attribution.cues import PREPOSITIONAL, RELATIVES, SPEAKER_KINDS, Cue, Lexicon, QuoteIndex, find_cues
from .attribution.headline import HeadlineRules
from .attribution.relay import FrameRules
from .attribution.source import SourceRules
from .attribution.subject import SubjectPositions
from .dates import DateMention
from .lexicon import fold, phrase_at, stems, tokens
from .model import Actor, Claim, Denial, Document

# the names this module has always offered (the rules now live in attribution/: see its README)
__all__ = ["ANSWER_WINDOW", "HISTORY", "PREPOSITIONAL", "RELATIVES", "SPEAKER_KINDS", "ClaimFinder", "Cue", "Lexicon",
           "QuoteIndex", "find_claims", "find_cues", "first_comma", "quote_bounds"]

ANSWER_WINDOW = 200  # claims on either side of a denial that it may answer


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
                if (cue.kind == "noun" or cue.noun) and subject is None or self.via == "impersonal":
                    continue  # "إعلان" without a speaker is just a noun; "يتوقع أن" is impersonal
                back = self.said_before(cue, toks, s)
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
            if c_end <= c_start:
                continue
            frame_end = max(frame_end, c_start)
            said_until = c_end
            self.add(cue, subject, toks, text, s, c_start, c_end, relayed_by)
            if subject is None and main_subject is None and not cue.participle and cue.kind in ("verb", "denial") \
                    and not cue.noun:
                self.main_unknown = True  # "ونفى [unrecognised name] …، مؤكدا أن": the participle's speaker is as unknown
            # a statement quoted inside an earlier one ('وقالت الوزارة "تدين إسرائيل …"') is not the sentence's
            nested = self.quotes.inside(0, cue.start - s.start) and any(
                i.start <= cue.start < i.end and self.quotes.inside(max(0, i.start - s.start - 1), cue.start - s.start)
                for i in self.said_in(s.id)[:-1])
            if subject is not None and not (cue.tok > 0 and toks[cue.tok - 1][2] in RELATIVES) and \
                    (main_subject is None or cue.kind != "noun" and not nested):
                main_subject = subject  # (a relative clause's speaker is not the sentence's subject,
                # nor is the one a verbal noun names: "استنكر X تصريح Y": X goes on speaking)
        if main_subject is None:
            self.topic(s, toks, hits)
        elif self.history and self.history[-1] != main_subject and main_subject in self.history[-3:]:
            # the next pronoun subject ("واعتبر") refers to this sentence's subject, not to a speaker
            # a verbal noun or a relative clause named after it
            self.history.remove(main_subject)
            self.history.append(main_subject)

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
        if cue.kind == "denial" or negation is not None:
            if negation is not None and cue.kind != "denial":
                cue_text = text[toks[negation][0]:toks[min(negation + 1, len(toks) - 1)][1]]
            self.denials.append(Denial(f"d{len(self.denials) + 1}", subject, cue_text, span, s.id, date, None, start, end,
                                       self.via if subject else None, relayed_by, rule=self.rule))
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
        if subject is not None:
            self.last_speaker = subject
            if not self.history or self.history[-1] != subject:
                self.history.append(subject)
                del self.history[:-HISTORY]

    def date_between(self, a: int, b: int, sid: str) -> str | None:
        for d in self.dates_in.get(sid, []):
            if a <= d.start < b and d.iso:
                return d.iso
        return None

    def link_denials(self) -> None:
        """Point each denial at the claim or report it answers, when the article has one."""
        order = self.order
        claims_in: dict[str, list[Claim]] = {}
        for c in self.claims:
            claims_in.setdefault(c.sentence, []).append(c)
        words_of = {c.id: _content_words(c.text) for c in self.claims}
        # in reading order (the headline's claims, numbered after the body's, come first)
        reading = sorted(self.claims, key=lambda c: order[c.sentence])
        claim_at = [order[c.sentence] for c in reading]
        for d in self.denials:
            inside = [c for c in claims_in.get(d.sentence, []) if d.start <= c.start and c.end <= d.end]
            if inside:
                d.denies = inside[0].id
                continue
            # the claims a denial may answer: the nearest in reading order (all of them in any
            # real article; a bound for pathological input, so linking stays linear)
            at = bisect.bisect_left(claim_at, order[d.sentence])
            near = reading[max(0, at - ANSWER_WINDOW): at + ANSWER_WINDOW]
            noun = self.points_back.get(d.id)
            if noun is not None:
                earlier = [c for c in near if order[c.sentence] < order[d.sentence] and c.by != d.by]
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
            words = _content_words(d.text)
            best, score = None, 3
            for c in near:
                shared = len(words & words_of[c.id])
                if shared > score:
                    best, score = c.id, shared
            d.denies = best

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


def _content_words(text: str) -> set[str]:
    out = set()
    for _, _, w in tokens(text):
        base = stems(w)[-1]
        for suffix in ("ين", "ون", "ات", "ه", "ي"):
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
