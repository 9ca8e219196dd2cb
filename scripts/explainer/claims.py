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
"""

from __future__ import annotations

import bisect

from dataclasses import dataclass
from pathlib import Path

from .actors import Hit
from .dates import DateMention
from .lexicon import fold, load_data, phrase_at, phrase_pattern, stems, tokens
from .model import Actor, Claim, Denial, Document

ANSWER_WINDOW = 200  # claims on either side of a denial that it may answer
HISTORY = 12  # earlier speakers a pronoun subject may refer back to (the latest agreeing one wins)
PREPOSITIONAL = {"عن", "ب", "الي", "الى", "علي"}  # complementisers that are prepositions ("دعا إلى", "طالب ب"), folded
RELATIVES = ("الذي", "التي", "الذين", "اللذين", "اللتين", "والذي", "والتي", "والذين")
SPEAKER_KINDS = {"person", "organisation", "anonymous", "media", "state", "armed_group"}


@dataclass
class Cue:
    kind: str  #: verb | noun | statement | report | denial
    tok: int  #: first token of the cue
    end_tok: int  #: token after the cue
    start: int  #: offsets in the original text
    end: int
    participle: bool = False  #: a حال ("مؤكدا"): its speaker is the main clause's subject
    noun: bool = False  #: a verbal noun of denying ("نفيه", "لتكذيب"): a denial only when it says whose


class Lexicon:
    def __init__(self, data_dir: Path | None = None):
        d = load_data("cues.yml", data_dir)
        self.verbs = {fold(w) for w in d["reporting_verbs"]}
        self.verbs_with_an = {fold(w) for w in d.get("verbs_with_an", [])}
        self.verbs_with_object = {fold(w) for w in d.get("verbs_with_object", [])}
        self.object_nouns = {fold(w) for w in d.get("object_nouns", [])}
        self.impersonal = {fold(w) for w in d.get("impersonal", [])}
        self.predicative = {fold(w) for w in d.get("predicative_verbs", [])}
        self.described_as = {fold(w) for w in d.get("described_as", [])}
        given = load_data("first_names.yml", data_dir)
        self.female_names = {fold(w) for w in given.get("female", [])}
        self.male_names = {fold(w) for w in given["names"]} - self.female_names
        self.time_phrases = sorted((phrase_pattern(p) for p in d.get("time_phrases", [])), key=lambda p: -len(p))
        self.dismissive = {fold(w) for w in d.get("dismissive_predicates", [])}
        self.calls_to = {fold(w) for w in d.get("calls_to", [])}
        self.new_events = {fold(w) for w in d.get("new_events", [])}
        self.negators = {fold(w) for w in d.get("negators", [])}
        self.declared_acts = {fold(w) for w in d.get("declared_acts", [])}
        self.clause_openers = {fold(w) for w in d.get("clause_openers", [])}
        self.negative_verbs = {fold(w) for w in d.get("negative_verbs", [])}
        self.subject_max_words = load_data("speakers.yml", data_dir)["max_words"]
        self.pronoun_openers = {fold(w) for w in d.get("pronoun_openers", [])}
        self.quantifiers = {fold(w) for w in load_data("speakers.yml", data_dir)["quantifiers"]}
        self.embedding_links = {fold(w) for w in d.get("embedding_links", [])}
        self.maqsura = {fold(w) for w in d["reporting_verbs"] if w.endswith("ى")}  # "رأى", "ادعى"
        self.nouns = {fold(w) for w in d["reporting_nouns"]}
        self.statements = sorted((phrase_pattern(p) for p in d["statement_cues"]), key=lambda p: -len(p))
        self.report_heads = {fold(w) for w in d["report_heads"]}
        self.report_verbs = {fold(w) for w in d["report_verbs"]}
        self.denials = {fold(w) for w in d["denial_verbs"]}
        self.denial_nouns = {fold(w) for w in d.get("denial_nouns", [])}
        self.participles = {fold(w) for w in d.get("participles", [])}
        self.according = {fold(w) for w in d.get("according", [])}
        self.relay_verbs = {fold(w) for w in d.get("relay_verbs", [])}
        self.clause_links = {fold(w) for w in d.get("clause_links", [])}
        self.relay_words = {fold(w) for w in d.get("relay_words", [])}
        self.denial_participles = {fold(w) for w in d.get("denial_participles", [])}
        self.negations = [phrase_pattern(w) for w in d.get("denial_phrases", [])]
        self.denial_blockers = {fold(w) for w in d.get("denial_blockers", [])}
        self.complementizers = {fold(w) for w in d["complementizers"]}
        self.subordinators = {fold(w) for w in d["subordinators"]}
        self.not_cues = [phrase_pattern(p) for p in d.get("not_cues", [])]
        self.direct = {fold(w) for w in d.get("direct_object_verbs", [])}
        links = load_data("speakers.yml", data_dir).get("between_subject_and_verb", [])
        self.subject_links = {w for p in links for w in phrase_pattern(p)}
        self.before_subject = {fold(w) for w in load_data("speakers.yml", data_dir).get("skip", []) + d.get("before_subject", [])}
        self.quantifiers = {fold(w) for w in load_data("speakers.yml", data_dir).get("quantifiers", [])}
        self.offices = {fold(w) for w in load_data("people.yml", data_dir)["title_heads"]} | \
            {fold(w) for w in load_data("speakers.yml", data_dir).get("apposition_heads", [])}
        self.prepositions = {fold(w) for w in d.get("prepositions", [])}
        self.subject_with_li = {fold(w) for w in d.get("subject_with_li", [])}
        self.resumptive = {fold(w) for w in d.get("resumptive", [])}
        self.according_nouns = {fold(w) for w in d.get("according_nouns", [])}
        self.subordinate_an = {fold(w) for w in d.get("subordinate_an", [])}
        self.documents = {fold(w) for w in d.get("documents", [])}
        self.pair_nouns = {fold(w) for w in d.get("pair_nouns", [])}
        self.masculine_states = {st["id"] for st in load_data("actors.yml", data_dir).get("states", []) if st.get("gender") == "m"}
        genders = load_data("speakers.yml", data_dir).get("head_gender", {})
        self.feminine_heads = {fold(w).removeprefix("ال") for w in genders.get("feminine", [])}
        self.masculine_heads = {fold(w).removeprefix("ال") for w in genders.get("masculine", [])}
        self.anaphors = sorted((phrase_pattern(p) for p in d.get("anaphors", [])), key=lambda p: -len(p))


_ENCLITICS = ("هما", "هم", "ها", "ه", "كم")


def _is(word: str, words: set[str], printed: str = "", verb: bool = False) -> bool:
    """Whether `word`, with proclitics peeled and at most one object pronoun off its end
    ("أدانتها", "اعتبرته", "نفاه"), is one of `words`. A printed ta marbuta ("قدرة", "إشادة")
    is no pronoun, though both fold to "ه". A verb takes no preposition ("بقدر" is no "قدر")."""
    return _match(word, words, printed, verb) is not None


def _match(word: str, words: set[str], printed: str = "", verb: bool = False) -> str | None:
    """The form of `words` that `word` is (see _is), or None."""
    forms = stems(word)
    if verb:  # a verb carries "و" or "ف" at most: "بقدر" (as much as) is no "قدر" (he estimated)
        forms = [f for f in forms if len(word) - len(f) <= 1]
    for f in forms:
        if f in words:
            return f
        if printed.endswith("ة"):
            continue
        for suffix in _ENCLITICS:
            if f.endswith(suffix) and len(f) - len(suffix) >= 3:
                base = f[: -len(suffix)]
                if base in words:
                    return base
                if base.endswith("ا") and base[:-1] + "ي" in words:  # "نفاه": "نفى" + "ه"
                    return base[:-1] + "ي"
    return None


def find_cues(toks, lex: Lexicon, offset: int, text: str = "", quotes: "QuoteIndex | None" = None,
              named: frozenset[int] = frozenset()) -> list[Cue]:
    """The reporting cues of a sentence's tokens; `named`: tokens inside a person's name."""
    cues: list[Cue] = []
    quotes = quotes or QuoteIndex(text)
    quiet = _not_cue_tokens(toks, lex)
    i = 0
    while i < len(toks):
        w = toks[i][2]
        printed = text[toks[i][0]:toks[i][1]] if text else ""
        kind, end = None, i + 1
        if i in quiet:
            i += 1
            continue
        for pattern in lex.statements:
            if _phrase_starts(pattern, toks, i):
                kind, end = "statement", i + len(pattern)
                break
        if not kind and _is(w, lex.report_heads):
            for k in range(i + 1, min(i + 4, len(toks))):
                if toks[k][2] in lex.negators:
                    break  # "التقارير الأولية لم تتحدث عن …": the reports did not say it
                if _is(toks[k][2], lex.report_verbs):
                    kind, end = "report", k + 1
                    break
        participle = False
        if not kind and any(f in lex.according for f in stems(w)):
            kind = "according"
        if not kind and _is(w, lex.verbs_with_an, printed, verb=True) and i + 1 < len(toks) and \
                not toks[i + 1][2].endswith(("ها", "ه", "هم")) and any(t[2] == "عن" for t in toks[i + 1:i + 8]):
            kind = "verb"  # "عبّر الحزب عن استغرابه"; "عبر قنواتها" is no cue
        if not kind and _is(w, lex.verbs_with_object, printed, verb=True):
            obj = next((k for k in range(i + 1, min(i + 7, len(toks))) if _is(toks[k][2], lex.object_nouns)), None)
            if obj is not None:
                kind = "verb"  # "وجه مورينيو انتقاداته إلى لاعبيه": the criticism is what he said
        if not kind and _is(w, lex.relay_verbs, printed) and any(t[2] == "عن" for t in toks[i + 1:i + 9]):
            kind = "relay"  # "نقلت X عن Y"; "طائرة نقل" (transport) is no cue
        if not kind and (_is(w, lex.participles, printed) or _is(w, lex.denial_participles, printed)) and \
                not quotes.inside(0, toks[i][0]):  # "يبدو مرجحا أنه" inside a quote is no participle of speech
            kind, participle = ("denial" if _is(w, lex.denial_participles, printed) else "verb"), True
        noun = False
        if not kind and _is(w, lex.denial_nouns, printed) and not printed.endswith("ى") and not w.startswith(("ال", "وال")) \
                and not any(toks[k][2] in lex.denial_blockers for k in range(max(0, i - 2), i)) \
                and not (i > 0 and toks[i - 1][2] in ("ما", "الذي", "التي") and _is(w, lex.denials, printed, verb=True)):
            # ("وهو ما نفاه الرئيس": after "ما", a verb with its object pronoun, not "his denial")
            kind, noun = "denial", True  # "نفيه", "في نفي الوزارة", "لتكذيب": a verbal noun
        if not kind and _is(w, lex.denials, printed, verb=True) and not w.startswith(("ال", "وال")) and not any(
                toks[k][2] in lex.denial_blockers or _is(toks[k][2], lex.denial_blockers) for k in range(max(0, i - 2), i)):
            kind = "denial"
        elif not kind and (base := _match(w, lex.verbs, printed, verb=True)) and not (
                base in lex.maqsura and printed.endswith("ي")):  # "رأي" (an opinion) is no "رأى" (he saw)
            kind = "verb"
        if kind == "verb" and _declares_an_act(toks, i, lex, text, named):
            kind = None  # "أعلنت الحكومة حالة الطوارئ": an act, not a statement; "وأضاف الثاني بنفسه": a goal
        if kind == "verb" and i > 0 and toks[i - 1][2] in lex.negators and not _is(w, lex.negative_verbs, verb=True):
            kind = None  # "ولم يوجه انتقادات", "لم تتحدث التقارير": a statement not made ("لم يستبعد" is one)
        elif not kind and w.endswith("ان") and w[:1] in "يتوف" and _match(w[:-2], lex.verbs, verb=True):
            kind = "verb"  # a dual present: "وتطالبان", "يؤكدان"
        elif not kind and w.endswith("ا") and len(w) > 3 and _match(w[:-1], lex.verbs, verb=True) in stems(w[:-1]):
            kind = "verb"  # a dual past: "أعربا", "وأكدا", "وقالتا"
        elif not kind and _is(w, lex.nouns, printed) and not (w[:1] == "ب" and _is(w[1:], lex.nouns, printed)):
            kind = "noun"  # ("بتصريح لـCNN": how it was said, in a frame of its own verb)
        if kind:
            cues.append(Cue(kind, i, end, offset + toks[i][0], offset + toks[end - 1][1], participle, noun))
            i = end
            continue
        i += 1
    return cues


_PAIRS = {"«": "»", "“": "”", '"': '"'}


def quote_bounds(text: str, a: int, b: int) -> tuple[int, int]:
    """The content text[a:b] with its quotation marks as the boundary rules have them: a quotation
    that wraps the whole content is left out (both marks); one that opens the content and closes
    inside it keeps its opening mark ('"فكرة الدولة انتهت" بعد …'); a closing mark right after
    the content is kept when a quotation opened inside it ('… مع "داعش"').  (tests/corpus/README.md)"""
    p = a - 1
    while p >= 0 and text[p] in " \u00a0":
        p -= 1
    opening = text[p] if p >= 0 and text[p] in _PAIRS else None
    if opening == '"' and text.count('"', 0, p) % 2 == 1:
        opening = None  # a closing straight quote, not an opening one
    inner = text[a:b]
    if opening is not None:
        closing = _PAIRS[opening]
        if closing in inner:
            return p, _closed(text, p, b)  # it closes inside: the content holds the whole quotation
        return a, b  # it wraps the whole content: both marks are left out
    return a, _closed(text, a, b)


def _closed(text: str, a: int, b: int) -> int:
    """b, or b past the closing marks that close a quotation opened in text[a:b]."""
    while b < len(text) and text[b] in '"»”':
        inner = text[a:b]
        # (straight quotes do not nest: any one opened in the content may be the one that closes here,
        # 'جاء "مع تزايد قلق … مع "داعش"')
        if text[b] == '"' and '"' not in inner or text[b] == "»" and inner.count("«") <= inner.count("»") \
                or text[b] == "”" and inner.count("“") <= inner.count("”"):
            break
        b += 1
    return b


def _declares_an_act(toks, i: int, lex: Lexicon, text: str, named: frozenset[int] = frozenset()) -> bool:
    """Whether one of `declared_acts` follows the verb at token i within its subject's reach, before
    any complementiser or punctuation ("أعلنت الحكومة حالة الطوارئ"); never inside a person's name
    ("وقال سامر الحداد": a surname, not mourning)."""
    for k in range(i + 1, min(i + 4, len(toks))):
        if toks[k][2] in lex.complementizers or text and _punct_before_token(text, toks, k):
            return False
        if k in named:
            continue
        if any(f in lex.declared_acts for f in stems(toks[k][2])):
            return True
    return False


class QuoteIndex:
    """Running counts of quotation marks in a sentence, so that whether an offset lies inside a
    quotation is answered in constant time (a long sentence with many cues stays linear)."""

    MARKS = '«»“”"'

    def __init__(self, text: str):
        self.counts = [(0,) * len(self.MARKS)]
        for c in text:
            last = self.counts[-1]
            self.counts.append(tuple(n + (c == m) for n, m in zip(last, self.MARKS)))

    def inside(self, a: int, b: int) -> bool:
        """Whether offset b lies inside a quotation opened at or after offset a."""
        b = min(b, len(self.counts) - 1)
        a = min(a, b)
        n = [y - x for x, y in zip(self.counts[a], self.counts[b])]
        return n[0] > n[1] or n[2] > n[3] or n[4] % 2 == 1


def _punct_before_token(text: str, toks, i: int) -> bool:
    """Whether punctuation stands right before token i of a sentence."""
    return i > 0 and any(c in "،,:;؛.\"«»()" for c in text[toks[i - 1][1]:toks[i][0]])


def _phrase_starts(pattern: list[str], toks, i: int) -> bool:
    """Whether the folded phrase starts at token i (a proclitic allowed on its first word only)."""
    n = len(pattern)
    return i + n <= len(toks) and pattern[0] in stems(toks[i][2]) and all(toks[i + k][2] == pattern[k] for k in range(1, n))


def _not_cue_tokens(toks, lex: Lexicon) -> set[int]:
    """Token indexes inside a phrase of `not_cues` (data/cues.yml)."""
    return {i + k for pattern in lex.not_cues for i in range(len(toks)) if _phrase_starts(pattern, toks, i)
            for k in range(len(pattern))}


class ClaimFinder:
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
        for s in self.doc.sentences:
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

    def topic(self, s, toks, hits: list[Hit]) -> None:
        """A person or body that opens a sentence without a statement ("ودوستم الستيني معروف …")
        is what the next pronoun subject may refer to ("إلا أنه نفى تلك التهم")."""
        # the first or second word: "ودوستم الستيني معروف", "أصدرت وزارة الخارجية بيانا"
        opening = [h for h in hits if h.tok <= 1 and self.kind.get(h.actor) in ("person", "organisation", "anonymous", "media")
                   and not h.adjective and not h.implied and not self.prepositional(h)
                   and not (h.tok == 1 and (toks[0][2] in self.lex.prepositions or self._punct_at(toks, 1)))]
        if opening:
            actor = max(opening, key=lambda h: h.end - h.start).actor
            if not self.history or self.history[-1] != actor:
                self.history.append(actor)
                del self.history[:-HISTORY]

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

    def said_before(self, cue: Cue, toks, s) -> tuple[int, int] | None:
        """(start, end) tokens of the clause a back-pointing cue takes as its content: "…، وهو ما
        نفاه X", "…، الأمر الذي نفته X", "…، ما أكدته X": the verb's object pronoun is the clause
        before; it is the statement that ends there, else the clause after the last comma or
        complementiser. None for any other cue."""
        k = cue.tok
        w = toks[k][2]
        printed = self.sentence_text[toks[k][0]:toks[k][1]]
        base = _match(w, self.lex.verbs | self.lex.denials | self.lex.verbs_with_an, printed, verb=True)
        if base is None or base in stems(w) or k < 2 or toks[k - 1][2] not in ("ما", "الذي", "التي"):
            return None
        end = k - 1
        while end > 0 and toks[end - 1][2] in ("وهو", "وهي", "الامر", "وذلك", "هو", "وهذا"):
            end -= 1
        if end <= 0 or not self._punct_at(toks, end):
            return None
        text, stop = self.sentence_text, s.start + toks[end - 1][1]
        for item in reversed(self.said_in(s.id)):
            if 0 <= stop - item.end <= 2:
                first = next(t for t, tok in enumerate(toks) if s.start + tok[0] >= item.start)
                return first, end
        start = 0
        for t in range(end - 1, 0, -1):
            if "،" in text[toks[t - 1][1]:toks[t][0]] or toks[t - 1][2] in self.lex.complementizers - PREPOSITIONAL:
                start = t
                break
        while start < end - 1 and toks[start][2] == "عن":
            start += 1
        return start, end

    def relay(self, cue: Cue, toks, hits: list[Hit], s):
        """(relaying medium, speaker, content start) of "نقلت X عن Y قوله إن …", or None when the
        sentence does not have that shape (then "نقل" is no cue)."""
        an = next((k for k in range(cue.end_tok, min(cue.end_tok + 8, len(toks))) if toks[k][2] == "عن"), None)
        if an is None:
            return None
        by_medium = [h for h in hits if cue.end_tok <= h.tok < an and self.kind.get(h.actor) in SPEAKER_KINDS]
        spoke = [h for h in hits if h.tok == an + 1 and self.kind.get(h.actor) in SPEAKER_KINDS]
        if not spoke:
            return None
        h = max(spoke, key=lambda h: h.end)
        k = next((k for k, t in enumerate(toks) if t[1] >= h.end - s.start), an + 1) + 1
        while k < len(toks) and (_is(toks[k][2], self.lex.relay_words) or toks[k][2] in self.lex.complementizers
                                 or toks[k][2] in ("قبل", "بعد", "التصويت")):
            k += 1  # "قوله إن", "قوله قبل التصويت، إن"
        if k >= len(toks):
            return None
        self.via = "direct"
        self.rule = "relay: نقلت X عن Y قوله"
        rank = {"media": 0, "organisation": 1}
        medium = min(by_medium, key=lambda m: (rank.get(self.kind.get(m.actor), 2), -(m.end - m.start)), default=None)
        return (medium.actor if medium else None), h.actor, k

    def relayed_from(self, toks, hits: list[Hit], s, k: int) -> tuple[str, int] | None:
        """(speaker, token after the name) when "نقلا عن Y" follows the subject at token k: then Y
        said it and the subject relays it."""
        if k + 2 >= len(toks) or toks[k][2] != "نقلا" or toks[k + 1][2] != "عن":
            return None
        named = [h for h in hits if h.tok == k + 2 and self.kind.get(h.actor) in SPEAKER_KINDS and not h.adjective]
        if not named:
            return None
        h = max(named, key=lambda h: h.end - h.start)
        return h.actor, next((t for t, tok in enumerate(toks) if tok[1] >= h.end - s.start), h.tok) + 1

    def according(self, cue: Cue, later: list[Cue], toks, hits: list[Hit], s, said_until: int):
        """(speaker, content start, content end, frame end) of "…، وفقا لـ X" / "بحسب X، …" /
        "حسبما أفاد X" / "وفق ما أفاد به X" / "بحسب رأي X" / "وفقا لبيان صادر عن X", or None. The
        speaker is the subject of the verb after the phrase, else named right after it (past a
        noun such as "رأي", "بيان صادر عن"); "وفقا لتقارير" is an unsourced report. The content is
        the clause before the phrase, or after the speaker when it opens the sentence."""
        verb = next((c for c in later if c.tok <= cue.end_tok + 2 and c.kind in ("verb", "statement")), None)
        actor, name_end = None, None
        if verb is not None:
            actor, name_end = self.speaker(verb, toks, hits, s)
            if self.via not in ("direct",):
                actor = None
        if actor is None:
            first = verb.end_tok if verb else cue.end_tok
            while first < len(toks) and first < cue.end_tok + 6 and _is(toks[first][2], self.lex.according_nouns):
                first += 1
            if first < len(toks) and _is(toks[first][2], self.lex.report_heads):
                self.via = "report"  # "وفقا لتقارير إعلامية": no one's statement
                name_end = first + 1  # and its adjective ("تقارير إعلامية")
                if name_end < len(toks) and not self._punct_at(toks, name_end) and toks[name_end][2] not in self.lex.complementizers:
                    name_end += 1
            if actor is None and self.via != "report":
                after = [h for h in hits if first <= h.tok < first + 3 and self.kind.get(h.actor) in SPEAKER_KINDS
                         and not h.adjective and not h.implied]
                if not after:
                    return None
                h = min(after, key=lambda h: (h.tok, -(h.end - h.start)))
                actor = h.actor
                name_end = next((k for k, t in enumerate(toks) if t[1] >= h.end - s.start), h.tok) + 1
                self.via = "direct"
                self.rule = "according: the name after the phrase"
        if cue.tok <= 1 or cue.tok <= said_until:  # "وبحسب المرصد، …": what follows is the source's
            start = name_end
            while start < len(toks) and toks[start][2] in self.lex.complementizers - PREPOSITIONAL:
                start += 1
            end = self.content_end(cue, [c for c in later if c.tok >= start], s.text, toks, start)
            return (actor, start, end, name_end) if end > start else None
        return actor, said_until, cue.tok, max(name_end, verb.end_tok if verb else 0)

    def speaker(self, cue: Cue, toks, hits: list[Hit], s, main_subject: str | None = None) -> tuple[str | None, int]:
        """(actor id or None, token index after the speaker's name).

        The subject of the cue as a reader finds it: named right after the verb (VS) or right
        before it (SV), agreeing with it in gender ("وطالب الخارجية …" has the ministry as object);
        the antecedent of a relative pronoun; else, for a pronoun subject ("وأضاف", "وقالت إنها"),
        the latest earlier speaker that agrees with the verb."""
        if cue.kind == "report":
            self.rule = "unsourced report (تقارير تفيد): no one's statement"
            return None, cue.end_tok
        gender = self.cue_gender(toks, cue)
        relative = cue.tok > 0 and toks[cue.tok - 1][2] in RELATIVES
        object_pronoun = cue.kind in ("verb", "denial") and not cue.participle and self.has_object_pronoun(toks, cue)
        if relative and object_pronoun and not _is(toks[cue.tok][2], self.lex.predicative, verb=True) \
                and self.said_before(cue, toks, s) is None and not any(
                    toks[k][2] in self.lex.complementizers - PREPOSITIONAL for k in range(cue.end_tok, min(cue.end_tok + 6, len(toks)))):
            self.via = "impersonal"  # "المبادرة التي اقترحتها روسيا بشأن …": a thing described, no statement
            return None, cue.end_tok
        if cue.participle:  # "…، مؤكدا أن": the main clause's subject said it
            self.via = "participle"
            self.rule = "participle: the main clause's subject"
            if main_subject is not None and self.agrees(gender, main_subject):
                return main_subject, cue.end_tok
            if self.main_unknown:
                return None, cue.end_tok  # the main clause's speaker was not found: never borrow another name
            return self.sentence_subject(s, cue, toks, gender), cue.end_tok
        if cue.noun:
            return self.denier_of_noun(cue, toks, hits, s)
        if cue.kind == "noun" and self.possessive(toks, cue) is not None:
            # "إدانتها", "نفيه", "تصريحاته": the pronoun is the speaker, named before in the sentence
            self.via = "coreference"
            self.rule = "possessive noun: its pronoun's antecedent in the sentence"
            return self.sentence_subject(s, cue, toks, self.possessive(toks, cue), last=True), cue.end_tok
        if cue.kind == "verb" and not cue.participle and cue.tok > 0 and toks[cue.tok][2][:1] in ("ي", "ت") \
                and toks[cue.tok - 1][2] in self.lex.documents and not self._punct_at(toks, cue.tok):
            # "ووزعت الولايات المتحدة مشروع بيان يدعو مجلس الأمن إلى …": the document is the subject, and
            # whoever issued it (the sentence's subject) says it; what follows the verb is its object
            issuer = self.sentence_subject(s, cue, toks, None)
            if issuer is not None and any(h.actor == issuer and h.sentence == s.id for h in self.hits_before(s, cue)):
                self.via = "direct"
                self.rule = "document: its issuer is the sentence's subject"
                return issuer, cue.end_tok
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
        if cue.kind in ("verb", "denial"):
            named = self.apposed_name(toks, hits, s, self.subject_token(toks, cue))
            if named is not None:  # "نفى قائد المركز الروسي …، اللواء يوري يفتوشينكو، استخدام …"
                self.via, self.apposed = "direct", True
                self.rule = "title, comma, name, comma"
                self.learn(named[0], gender)
                return named
        if cue.kind == "noun":
            return None, cue.end_tok
        first_tok = self.subject_token(toks, cue)
        if first_tok < len(toks) and toks[first_tok][2] in self.lex.documents and not toks[first_tok][2].startswith("ال"):
            issuer = [h for h in hits if h.tok == first_tok + 1 and self.kind.get(h.actor) in SPEAKER_KINDS
                      and not h.adjective and not h.implied and not self._punct_at(toks, first_tok + 1)]
            if issuer:  # "تفيد بيانات المفوضية", "ونفى بيان السفارة": the issuer of the document says it
                h = max(issuer, key=lambda h: h.end - h.start)
                self.via = "direct"
                self.rule = "document: its issuer named after it"
                return h.actor, next((k for k, t in enumerate(toks) if t[1] >= h.end - s.start), h.tok) + 1
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
        report_at = cue.end_tok + (cue.end_tok + 1 < len(toks) and toks[cue.end_tok][2] in self.lex.quantifiers)
        if report_at < len(toks) and _is(toks[report_at][2], self.lex.report_heads):
            self.via = "report"  # "ذكرت تقارير أن …", "تشير بعض التقارير": unsourced reports, no one's statement
            return None, report_at + 1
        w = toks[cue.tok][2]
        if cue.kind == "verb" and w in self.lex.impersonal and cue.end_tok < len(toks) and toks[cue.end_tok][2] == "ان" \
                and (cue.tok == 0 or self._punct_at(toks, cue.tok) or toks[cue.tok - 1][2] in self.lex.clause_openers):
            self.via = "impersonal"  # "يتوقع أن تكون القمة صعبة": it is expected; no one's statement
            return None, cue.end_tok
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
        # subject before the verb ("الإمارات أكدت", "مكتب نتنياهو قال", "الحزب فقد أكد")
        adjacent = self.adjacent_subject(toks, s, cue, gender)
        if adjacent:
            self.via = "direct"
            self.rule = "subject before the verb (SV)"
            # of hits ending together, the body named ("الخارجية الأميركية") before the state its adjective implies
            last = max(adjacent, key=lambda h: (h.end, self.kind.get(h.actor) != "state", h.end - h.start))
            self.learn(last.actor, gender)
            return last.actor, cue.end_tok
        noun = self.noun_subject(toks, cue)
        if noun is not None:  # "إلا أن عدة مؤشرات أشارت إلى …": the subject is a thing, no speaker;
            # "أن التحقيقات ترجح أنه …": the subject is an unsourced report
            self.via = "report" if any(_is(toks[k][2], self.lex.report_heads) for k in range(noun, cue.tok)) else "impersonal"
            return None, cue.end_tok
        if self.unknown_subject_before(toks, cue):
            self.rule = "subject before the verb that no list knows: not identified"
            return None, cue.end_tok  # "سامر الحداد قال إن": a subject no list knows, never the last speaker
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

    # -- agreement ------------------------------------------------------------------------------
    def apposed_name(self, toks, hits: list[Hit], s, k: int) -> tuple[str, int] | None:
        """(person, token after the name) when the subject after the verb is an office and the
        person holding it follows between commas: "قائد المركز الروسي في سوريا، اللواء يوري
        يفتوشينكو،"; None otherwise."""
        if k >= len(toks) or not any(f in self.lex.offices for f in stems(toks[k][2])):
            return None
        for c in range(k + 1, min(k + 10, len(toks))):
            w = toks[c][2]
            if w in self.lex.complementizers or _is(w, self.lex.verbs | self.lex.denials, verb=True):
                return None
            if "،" in self.sentence_text[toks[c - 1][1]:toks[c][0]]:
                person = [h for h in hits if h.tok == c and self.kind.get(h.actor) == "person"]
                if not person:
                    return None
                h = max(person, key=lambda h: h.end)
                end = next((t for t, tok in enumerate(toks) if tok[1] >= h.end - s.start), c) + 1
                return h.actor, end
        return None

    def joint_before(self, toks, s, cue: Cue, quoted) -> list[str] | None:
        """The latest pair of actors joined by "و" before the cue in its sentence ("عاهل البحرين
        وأمير الكويت"), outside what was quoted and governed by no preposition; None if there is none."""
        cands = [h for h in self.hits_before(s, cue) if h.sentence == s.id and self.kind.get(h.actor) in SPEAKER_KINDS
                 and not h.adjective and not h.implied and not any(a <= h.start and h.end <= b for a, b in quoted)]
        for second in reversed(cands):
            if not toks[second.tok][2].startswith("و") or self._punct_at(toks, second.tok):
                continue
            first = [h for h in cands if h.end - s.start <= toks[second.tok][0] and h.actor != second.actor
                     and not self.prepositional(h, toks)
                     and self.sentence_text[h.end - s.start:toks[second.tok][0]].strip() == ""]
            if first:
                return [max(first, key=lambda h: h.end - h.start).actor, second.actor]
        return None

    def has_object_pronoun(self, toks, cue: Cue) -> bool:
        """Whether the cue's verb carries an object pronoun ("اتهمها", "نفاه", "اقترحتها")."""
        w = toks[cue.tok][2]
        printed = self.sentence_text[toks[cue.tok][0]:toks[cue.tok][1]]
        base = _match(w, self.lex.verbs | self.lex.denials | self.lex.verbs_with_an | self.lex.verbs_with_object, printed, verb=True)
        return base is not None and base not in stems(w)

    def adjacent_subject(self, toks, s, cue: Cue, gender: str | None) -> list[Hit]:
        """Mentions right before the verb that can be its subject (only linking words between)."""
        return [h for h in self.hits_before(s, cue) if h.sentence == s.id and self.kind.get(h.actor) in SPEAKER_KINDS
                and not h.adjective and not self.prepositional(h, toks)
                and self._only_links_between(toks, h.end - s.start, cue.start - s.start) and self.agrees(gender, h.actor)]

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
        if not 1 <= len(before) <= self.lex.subject_max_words:
            return False
        lex = self.lex
        first = before[0][2]
        if first[:1] in ("و", "ف") or first in lex.prepositions or first in lex.clause_openers or first in lex.pronoun_openers:
            return False
        return not any(w in lex.complementizers or w in lex.clause_links or w in lex.negators or w in lex.prepositions
                       or w in lex.subject_links or w in RELATIVES or _is(w, lex.verbs | lex.denials, verb=True)
                       for _, _, w in before)

    def cue_gender(self, toks, cue: Cue) -> str | None:
        """"f", "m" or "pl" (plural or dual) for the subject the cue's verb or participle agrees
        with ("قالت" f, "قال" m, "تقول" f, "قالوا" pl, "مؤكدة" f), or None when it does not say."""
        if cue.kind not in ("verb", "denial"):
            return None
        w = toks[cue.tok][2]
        printed = self.sentence_text[toks[cue.tok][0]:toks[cue.tok][1]]
        lex = self.lex
        words = lex.participles | lex.denial_participles if cue.participle else lex.verbs | lex.denials | lex.verbs_with_an | lex.verbs_with_object
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
                return "f" if head.endswith("ه") else "m"
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
        if head.endswith(("ه", "ات")) or head in self.lex.feminine_heads:
            return "f"
        return "m" if head in self.lex.masculine_heads else None

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

    def latest_speaker(self, gender: str | None):
        """The latest earlier speaker when it agrees with the verb, else None: a pronoun subject
        refers back along the chain the text supports, never past another party named in between
        nor to an earlier one of the verb's gender ("وأضافت" after a man is no one we know)."""
        if not self.history:
            return None
        earlier = self.history[-1]
        if self.agrees(gender, earlier, pronoun=True) and (gender != "pl" or self._plural(earlier)):
            return earlier
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
        if k > 0 and toks[k][2].startswith("و") and not any(c in "،,:;؛.\"«»()" for c in text[toks[k - 1][1]:toks[k][0]]):
            # "زيارتا الرئيس لبروكسل ولندن": a place joined to a word with a glued preposition (a place no
            # list knows) is governed by it too
            if self.kind.get(h.actor) == "state" and toks[k - 1][2][:1] in ("ل", "ب") and len(toks[k - 1][2]) > 3 \
                    and not any(g.tok == k - 1 for g in self.hits_in.get(h.sentence, [])):
                return True
        word = toks[k][2]
        word = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
        if k > 0 and word[:1] == "ل" and toks[k - 1][2] in self.lex.subject_with_li:
            return False  # "سبق لمسؤولين عراقيين أن نفوا": the "ل" marks the subject
        if k > 0 and word[:1] == "ل" and (_is(toks[k - 1][2], self.lex.nouns) or toks[k - 1][2] in self.lex.documents):
            return False  # "آخر تصريح لترامب", "بيان لوزارة الخارجية": whose the statement is
        if word.startswith(("لل", "بال", "كال")):
            return True
        if word[:1] in ("ل", "ب", "ك"):
            firsts = [fold(n).split()[0] for n in self.actor[h.actor].names.get("ar", []) if n.split()] if h.actor in self.actor else []
            # "لروسيا" is "ل" + "روسيا"; "بوتين" and "لافروف" begin with their own letter
            return any(word[1:].startswith(f.removeprefix("ال")[:3]) for f in firsts) and not any(word.startswith(f[:3]) for f in firsts)
        return False

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

    def _punct_at(self, toks, k: int) -> bool:
        """Whether punctuation stands right before token k of the current sentence."""
        return k > 0 and any(c in "،,:;؛.\"«»()" for c in self.sentence_text[toks[k - 1][1]:toks[k][0]])

    def _plural(self, speaker) -> bool:
        """A plural subject: an anonymous group ("مسؤولون") or a joint one ("أنقرة وموسكو")."""
        return isinstance(speaker, list) or bool(self.plural.get(speaker))

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

    def _named_before(self, s, cue: Cue) -> bool:
        """Whether a possible speaker is named earlier in the same sentence."""
        return any(h.sentence == s.id and self.kind.get(h.actor) in ("person", "organisation", "anonymous", "media")
                   for h in self.hits_before(s, cue))

    def hits_before(self, s, cue: Cue) -> list[Hit]:
        """Speaker candidates before the cue in this or the previous sentence, outermost only."""
        index = self.order[s.id]
        previous = self.hits_in.get(self.doc.sentences[index - 1].id, []) if index else []
        cands = [h for h in previous + self.hits_in.get(s.id, []) if h.end <= cue.start]
        # outermost: drop a hit inside a longer one (one sweep in order of start, longest first)
        outer, reach = [], -1
        for h in sorted(cands, key=lambda h: (h.start, -h.end)):
            inside = reach >= h.end and not (outer and (outer[-1].start, outer[-1].end) == (h.start, h.end))
            if not inside:
                outer.append(h)
            reach = max(reach, h.end)
        return outer  # in reading order: the last is the nearest

    def content_start(self, cue: Cue, toks, after_subject: int, s, reports: set[int] = frozenset(),
                      next_cue: int | None = None) -> int | None:
        j = max(cue.end_tok, after_subject)
        if cue.kind == "verb" and _is(toks[cue.tok][2], self.lex.verbs_with_object, verb=True):
            obj = next((k for k in range(j, min(j + 6, len(toks))) if _is(toks[k][2], self.lex.object_nouns)), None)
            if obj is not None:  # "أدلت واشنطن وموسكو في الأشهر الماضية بتصريحات …": from the object on
                return obj
        direct = cue.kind == "verb" and _is(toks[cue.tok][2], self.lex.direct)
        # a denial's object follows it ("نفى تلك التهم"): only an أن (not عن، ب) before the next cue opens a clause
        reach = min(j + 14, len(toks), next_cue if next_cue is not None else len(toks))
        text = s.text
        past_comma = False
        first_word = j  # past a resumptive pronoun or a time word ("أعربا فيهما عن")
        while first_word < len(toks) and (toks[first_word][2] in self.lex.resumptive or toks[first_word][2] in self.lex.before_subject):
            first_word += 1
        for k in range(j, j if direct else reach):
            w = toks[k][2]
            gap_at = toks[k - 1][1] if k else 0
            if cue.kind != "denial" and self.opens_quote(text, gap_at, toks[k][0]) and (
                    k == j or k - j <= 6 and (toks[j][2].startswith("ل") or toks[j][2] in ("في", "عبر") or toks[j][2] in self.lex.before_subject)):
                return k  # 'قالت "نعم، …"', 'وأضافت لراديو … "يبدو …"', 'وقال تيلرسون: "…"': the quote is the content
            if cue.kind == "denial" and k in reports:
                return k  # what is denied is the report itself: "نفوا تقارير تتحدث عن …"
            if cue.kind == "denial" and w in ("عن", "ب", "الى", "الي"):
                continue
            if k > 0 and toks[k - 1][2] in self.lex.subordinate_an:
                continue  # "دون أن يتعرض", "بعد أن": a clause of its own, not what is said
            if k > j and "،" in text[toks[k - 1][1]:toks[k][0]]:
                past_comma = True
            if w in PREPOSITIONAL and (past_comma or k > first_word and cue.kind not in ("noun", "report") and (
                    w != "الي" or not _is(toks[cue.tok][2], self.lex.calls_to, verb=True))):
                continue  # "عن"/"ب" only right after the speaker ("أعرب الوزير عن"): "قال فلان، الممثل عن الحزب"
                # and "أكدت مصر تضامنها مع الرياض، كما بعث … إلى الملك" are not this verb's
            if w in self.lex.complementizers or (cue.kind in ("noun", "report") and w in ("عن", "ب")):
                k += 1
                while k < len(toks) and toks[k][2] in self.lex.complementizers - PREPOSITIONAL:
                    k += 1  # "إلى أنه في مرحلة ما …": past the "أنه" too
                return k if k < len(toks) else None
        if cue.kind == "noun" and cue.tok > 0 and toks[cue.tok - 1][2] in self.lex.complementizers - PREPOSITIONAL \
                and any(i.start <= cue.start < i.end for i in self.said_in(s.id)):
            return None  # "قال محللون إن تصريحات الرئيس تزيد التوتر": the subject of what they said, not a statement made
        # no complementizer: the content follows the speaker, past a date or time words, a
        # resumptive "فيه" ("بيانا أدانت فيه الهجوم") and an apposition between commas ("وتنفي
        # دمشق وموسكو، أكبر حلفاء النظام، حدوث …")
        dates = [(d.start - s.start, d.end - s.start) for d in self.dates_in.get(s.id, []) if d.start >= cue.start]
        if cue.kind == "denial" and not cue.noun and j == cue.end_tok and j < len(toks) and toks[j][2].startswith("ال") \
                and any(f in self.lex.offices for f in stems(toks[j][2])):
            # "ونفى القيادي في حركة … فلان، في تصريح …، الاتهامات": a subject no list knows, up to its comma
            comma = next((k for k in range(j + 1, min(j + 10, len(toks))) if "،" in text[toks[k - 1][1]:toks[k][0]]), None)
            if comma is not None and not any(toks[k][2] in self.lex.complementizers for k in range(j, comma)):
                j = comma
        if cue.kind != "noun" and not cue.noun and j > cue.end_tok and j < len(toks) and not self._punct_at(toks, j) \
                and any(f in self.lex.offices for f in stems(toks[j][2])):
            # "استنكر فلان الفلاني نائب رئيس الاتحاد …، تصريح …": the named speaker's office, up to its comma
            comma = next((k for k in range(j + 1, min(j + 10, len(toks))) if "،" in text[toks[k - 1][1]:toks[k][0]]), None)
            if comma is not None and not any(toks[k][2] in self.lex.complementizers or
                                             _is(toks[k][2], self.lex.verbs | self.lex.denials, verb=True)
                                             for k in range(j, comma)):
                j = comma
        if j < len(toks) and self._punct_at(toks, j) and "،" in text[toks[j - 1][1]:toks[j][0]] and not self.apposed:
            close = next((k for k in range(j + 1, min(j + 9, len(toks))) if "،" in text[toks[k - 1][1]:toks[k][0]]), None)
            if close is not None and not any(toks[k][2] in self.lex.complementizers for k in range(j, close)):
                j = close
        while j < len(toks):
            if toks[j][2] in self.lex.before_subject or toks[j][2] in self.lex.resumptive or any(a <= toks[j][0] < b for a, b in dates):
                j += 1
                continue
            words = [t[2] for t in toks[j:j + 4]]
            phrase = next((p for p in self.lex.time_phrases if words[:len(p)] == p), None)
            if phrase is None:  # ("في وقت سابق": when it was said, not what)
                break
            j += len(phrase)
        return j if j < len(toks) else None

    def opens_quote(self, text: str, a: int, b: int) -> bool:
        """Whether text[a:b] (a gap between words) holds a colon or an opening quotation mark."""
        for x in range(a, b):
            c = text[x]
            if c in ":«“" or c == '"' and self.quotes.counts[x][4] % 2 == 0:
                return True
        return False

    def content_end(self, cue: Cue, later: list[Cue], text: str, toks, c_start: int) -> int:
        end = len(toks)
        opened_at = toks[c_start - 1][1] if c_start else 0  # a quotation opened from here on holds the next cues
        for other in later:
            if other.tok >= c_start and self.quotes.inside(opened_at, toks[other.tok][0]):
                continue  # 'وقالت الوزارة "تدين إسرائيل …"': a cue inside the quote is part of what is said
            if other.tok == c_start and other.kind == "noun":
                continue  # "عبرت الجبهة عن إدانتها لهذا العدوان": the noun is what was expressed
            if other.tok > c_start and other.kind in ("verb", "denial", "noun") and not other.participle \
                    and not self._punct_at(toks, other.tok) and toks[other.tok][2][:1] not in ("و", "ف") \
                    and toks[other.tok - 1][2] in self.lex.embedding_links:
                if cue.kind == "denial" or other.kind == "noun" or other.noun:
                    # "نفت الجماعة أن تكون قد دعت إلى التظاهر": what is denied, no statement;
                    # "قال إنه لا يستطيع تأكيد …": what he cannot do, no statement of its own
                    self.absorbed.add((self.sentence_id, other.tok))
                continue  # a verb inside the content's own clause ("أن الحكومة قد أعلنت …") goes on with it
            if cue.kind == "denial" and self.denied_description(toks, c_start, other):
                self.absorbed.add((self.sentence_id, other.tok))
                continue  # "نفى الاتهامات … ووصفها بالانقلابية": what the accusers said, denied
            if other.tok >= c_start and not (cue.kind == "denial" and other.kind == "report"):
                end = other.tok
                while end - 1 > c_start and toks[end - 1][2] in self.lex.clause_links:
                    end -= 1  # "نزعته للعنف كما | أكد": the link belongs to the next statement
                break
        if cue.tok > 0 and any(f in self.lex.subordinators for f in stems(toks[cue.tok - 1][2])) or _is(toks[cue.tok][2], self.lex.subordinators):
            end = min(end, first_comma(text, toks, c_start))
        for k in range(c_start + 1, min(end, len(toks) - 1)):
            # "…، كما بعث عاهل البحرين …", "…، فيما رفضت المملكة …": a new event, not what was said
            if "،" not in text[toks[k - 1][1]:toks[k][0]] or self.quotes.inside(toks[c_start][0], toks[k][0]):
                continue
            if toks[k][2] in self.lex.new_events and toks[k + 1][2] not in self.lex.complementizers \
                    or toks[k][2] in self.lex.subordinate_an and toks[k + 1][2] == "ان" \
                    or toks[k][2] == "نقلا" and toks[k + 1][2] == "عن":  # "…، نقلا عن وسائل إعلام": who relays it
                return k  # (and "…، دون أن يتعرض …": a clause of its own)
        return end

    def denied_description(self, toks, c_start: int, other: Cue) -> bool:
        """Whether cue `other`, inside a denial whose content starts at c_start, is a verbal noun of
        describing joined to a denied noun ("نفى الاتهامات … ووصفها بالانقلابية"): the content is a
        noun phrase, the cue is "و" + a describing word + an object pronoun, then "بـ" + a description
        that does not dismiss what is denied (not "بالكاذبة", not "بأنها …")."""
        w = toks[other.tok][2]
        if other.tok <= c_start or other.participle or not w.startswith("و") or other.end_tok >= len(toks) \
                or toks[c_start][2] in self.lex.complementizers or not self.has_object_pronoun(toks, other) \
                or _match(w, self.lex.described_as, self.sentence_text[toks[other.tok][0]:toks[other.tok][1]], verb=True) is None:
            return False
        said = toks[other.end_tok][2]
        if not said.startswith("ب") or said in self.lex.complementizers or said.startswith("بان"):
            return False
        return said[1:] not in self.lex.dismissive and said[1:].removeprefix("ال") not in self.lex.dismissive

    def negation(self, toks, a: int, b: int) -> int | None:
        """Index of a denial phrase ("لا صحة", "عار عن الصحة") heading the content, if any."""
        for k in range(a, min(a + 4, b)):
            for pattern in self.lex.negations:
                n = len(pattern)
                if [t[2] for t in toks[k : k + n]] == pattern:
                    return k
        return None

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
        claim_at = [order[c.sentence] for c in self.claims]  # in reading order
        for d in self.denials:
            inside = [c for c in claims_in.get(d.sentence, []) if d.start <= c.start and c.end <= d.end]
            if inside:
                d.denies = inside[0].id
                continue
            # the claims a denial may answer: the nearest in reading order (all of them in any
            # real article; a bound for pathological input, so linking stays linear)
            at = bisect.bisect_left(claim_at, order[d.sentence])
            near = self.claims[max(0, at - ANSWER_WINDOW): at + ANSWER_WINDOW]
            noun = self.points_back.get(d.id)
            if noun is not None:
                earlier = [c for c in near if order[c.sentence] < order[d.sentence] and c.by != d.by]
                # "هذه الاتهامات" answers the accusation (اتهمت) rather than a later quote, if there is one
                alike = [c for c in earlier if noun and any(f.startswith(noun[:3]) for f in stems(fold(c.cue.split()[0])))]
                if earlier:
                    d.denies = (alike or earlier)[-1].id
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


def _plural_name(actor: Actor, lex: "Lexicon") -> bool:
    """An unnamed group: "مراقبون", "محامون أميركيون", "بعض النقاد", "عدد من السينمائيين"."""
    names = actor.names.get("ar") or []
    if not names or not names[0].split():
        return False
    first = stems(fold(names[0]).split()[0])[-1]
    return first.endswith(("ون", "ين", "ات")) or first in lex.quantifiers or "ال" + first in lex.quantifiers


def first_comma(text: str, toks, c_start: int) -> int:
    """Index of the first token after an Arabic comma, from the content's second token on."""
    for k in range(c_start + 1, len(toks)):
        if "،" in text[toks[k - 1][1]:toks[k][0]]:
            return k
    return len(toks)


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
