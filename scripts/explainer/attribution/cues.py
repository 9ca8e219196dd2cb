"""Cues: the words that report speech — reporting verbs and nouns, statement phrases, unsourced
reports, "according to" phrases, relays, denial verbs, participles and verbal nouns — from the cue
lexicon data/cues.yml (with data/speakers.yml, data/people.yml, data/first_names.yml).

`find_cues` reads one sentence's tokens and returns its cues in order; the speaker and content
rules (source.py, content.py) read the Cue and the Lexicon. Like citron's cue.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..lexicon import fold, load_data, phrase_pattern, stems

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
        self.manner_words = {fold(w) for w in d.get("manner_words", [])}
        self.denial_emphasis = {fold(w) for w in d.get("denial_emphasis", [])}
        self.relative_resumptives = {fold(w) for w in d.get("relative_resumptives", [])}
        self.contrast_words = {fold(w) for w in d.get("contrast_words", [])}
        self.verbs_with_bi = {fold(w) for w in d.get("verbs_with_bi", [])}
        self.verbs_with_ala = {fold(w) for w in d.get("verbs_with_ala", [])}
        self.not_names = {fold(w) for w in load_data("speakers.yml", data_dir).get("not_names", [])}
        self.addressees = {fold(w) for w in load_data("speakers.yml", data_dir).get("addressee_heads", [])}
        self.plural_heads = {fold(w) for w, e in load_data("sources.yml", data_dir).get("heads", {}).items() if e.get("plural")}
        self.source_heads = {fold(w) for w in load_data("sources.yml", data_dir).get("heads", {})}
        self.source_descriptors = {fold(w) for w in load_data("sources.yml", data_dir).get("descriptors", {})}
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
        self.subject_openers = {fold(w) for w in d.get("subject_openers", [])}
        self.first_person = {fold(w) for w in d.get("first_person", [])}
        self.headline_verbs = {fold(w) for w in d.get("headline_verbs", [])}
        self.request_verbs = {fold(w) for w in d.get("request_verbs", [])}
        self.irrealis = {fold(w) for w in d.get("irrealis", [])}
        # "صحيفة «لوموند»": a medium's head noun, then its name between quotation marks
        self.media_heads = {fold(w) for w in load_data("speakers.yml", data_dir).get("heads", {}).get("media", [])}
        self.quantifiers = {fold(w) for w in load_data("speakers.yml", data_dir)["quantifiers"]}
        self.embedding_links = {fold(w) for w in d.get("embedding_links", [])}
        self.maqsura = {fold(w) for w in d["reporting_verbs"] if w.endswith("ى")}  # "رأى", "ادعى"
        self.nouns = {fold(w) for w in d["reporting_nouns"]}
        self.statements = sorted((phrase_pattern(p) for p in d["statement_cues"]), key=lambda p: -len(p))
        self.report_heads = {fold(w) for w in d["report_heads"]}
        self.report_verbs = {fold(w) for w in d["report_verbs"]}
        self.denials = {fold(w) for w in d["denial_verbs"]}
        self.denial_nouns = {fold(w) for w in d.get("denial_nouns", [])}
        self.rejections = {fold(w) for w in d.get("rejection_verbs", [])}
        self.claim_nouns = {fold(w) for w in d.get("claim_nouns", [])}
        self.topic_links = {fold(w) for w in d.get("topic_links", [])}
        self.head_skip = {fold(w) for w in d.get("head_skip", [])}
        self.truth_nouns = {fold(w) for w in d.get("truth_nouns", [])}
        self.rejected_claims = {fold(w) for w in d.get("rejected_claims", [])}
        self.participles = {fold(w) for w in d.get("participles", [])}
        self.according = {fold(w) for w in d.get("according", [])}
        self.relay_verbs = {fold(w) for w in d.get("relay_verbs", [])}
        self.clause_links = {fold(w) for w in d.get("clause_links", [])}
        self.relay_words = {fold(w) for w in d.get("relay_words", [])}
        self.denial_participles = {fold(w) for w in d.get("denial_participles", [])}
        self.passive_participles = {fold(w) for w in d.get("passive_participles", [])}
        self.negations = [phrase_pattern(w) for w in d.get("denial_phrases", [])]
        self.denial_blockers = {fold(w) for w in d.get("denial_blockers", [])}
        self.complementizers = {fold(w) for w in d["complementizers"]}
        # "إنه", "بأنها": a complementiser with its pronoun, the subject of the verb right after it
        self.pronoun_complementizers = {w for w in self.complementizers if w.startswith(("ان", "بان")) and w not in ("ان", "بان")}
        self.subordinators = {fold(w) for w in d["subordinators"]}
        self.not_cues = [phrase_pattern(p) for p in d.get("not_cues", [])]
        self.direct = {fold(w) for w in d.get("direct_object_verbs", [])}
        self.subject_ends = {fold(w) for w in d.get("subject_ends", [])}
        self.object_verbs = {fold(w) for w in d.get("addressee_verbs", [])}
        self.measure_verbs = {fold(w) for w in d.get("measure_verbs", [])}
        self.considered_after_ma = {fold(w) for w in d.get("considered_after_ma", [])}
        self.reply_verbs = {fold(w) for w in d.get("reply_verbs", [])}
        self.speaker_nouns = {fold(w) for w in d.get("speaker_nouns", [])}
        self.no_object_verbs = {fold(w) for w in d.get("no_object_verbs", [])}
        self.considered_verbs = {fold(w) for w in d.get("considered_verbs", [])}
        self.party_links = [phrase_pattern(p) for p in d.get("party_links", [])]
        self.denial_manner = [phrase_pattern(p) for p in d.get("denial_manner", [])]
        self.state_nouns = {fold(w) for w in d.get("state_nouns", [])}
        self.body_heads = {fold(w).removeprefix("ال"): kind for kind, words in load_data("speakers.yml", data_dir)["heads"].items()
                           for w in words}
        # the first words of two-word heads ("وسائل الإعلام", "وكالات الأنباء") are read whole too
        self.body_heads |= {fold(w).removeprefix("ال"): kind for kind, pairs in
                            load_data("speakers.yml", data_dir).get("head_pairs", {}).items() for w in pairs}
        links = load_data("speakers.yml", data_dir).get("between_subject_and_verb", [])
        self.subject_links = {w for p in links for w in phrase_pattern(p)}
        self.before_subject = {fold(w) for w in load_data("speakers.yml", data_dir).get("skip", []) + d.get("before_subject", [])}
        self.quantifiers = {fold(w) for w in load_data("speakers.yml", data_dir).get("quantifiers", [])}
        self.title_links = {fold(w) for w in load_data("people.yml", data_dir).get("title_links", [])}
        self.offices = {fold(w) for w in load_data("people.yml", data_dir)["title_heads"]} | \
            {fold(w) for w in load_data("speakers.yml", data_dir).get("apposition_heads", [])}
        self.masculine_titles = {fold(w) for w in load_data("people.yml", data_dir).get("masculine_titles", [])}
        self.prepositions = {fold(w) for w in d.get("prepositions", [])}
        self.number_groups = {fold(w) for w in load_data("speakers.yml", data_dir).get("number_groups", [])}
        self.compound_prepositions = {fold(w) for w in d.get("compound_prepositions", [])}
        self.object_pronoun_nouns = {fold(w) for w in d.get("object_pronoun_nouns", [])}
        self.title_stops = {fold(w) for w in load_data("speakers.yml", data_dir).get("title_stops", [])}
        self.body_appositions = {fold(w) for w in load_data("speakers.yml", data_dir).get("body_appositions", [])}
        self.title_max = load_data("speakers.yml", data_dir).get("title_max_words", 9)
        self.subject_with_li = {fold(w) for w in d.get("subject_with_li", [])}
        self.resumptive = {fold(w) for w in d.get("resumptive", [])}
        self.issuing_verbs = {fold(w) for w in d.get("issuing_verbs", [])}
        self.according_nouns = {fold(w) for w in d.get("according_nouns", [])}
        self.subordinate_an = {fold(w) for w in d.get("subordinate_an", [])}
        self.documents = {fold(w) for w in d.get("documents", [])}
        self.decisions = {fold(w) for w in d.get("decisions", [])}
        self.aspect_verbs = {fold(w) for w in d.get("aspect_verbs", [])}
        self.plural_offices = {fold(w) for w in d.get("plural_offices", [])}
        self.pair_nouns = {fold(w) for w in d.get("pair_nouns", [])}
        self.state_group_heads = {fold(w) for w in load_data("speakers.yml", data_dir).get("state_group_heads", [])}
        self.definite_numerals = {fold(w): n for n, ws in (load_data("speakers.yml", data_dir).get("definite_numerals") or {}).items()
                                  for w in ws}
        self.masculine_states = {st["id"] for st in load_data("actors.yml", data_dir).get("states", []) if st.get("gender") == "m"}
        genders = load_data("speakers.yml", data_dir).get("head_gender", {})
        self.feminine_heads = {fold(w).removeprefix("ال") for w in genders.get("feminine", [])}
        self.masculine_heads = {fold(w).removeprefix("ال") for w in genders.get("masculine", [])}
        self.anaphors = sorted((phrase_pattern(p) for p in d.get("anaphors", [])), key=lambda p: -len(p))


_ENCLITICS = ("هما", "هم", "ها", "ه", "كم")


def _definite(word: str) -> bool:
    """Whether a word carries the article ("الداعية", "والمتهمة", "للمطالبة")."""
    return word.removeprefix("و").removeprefix("ف").startswith(("ال", "لل"))


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
            if _phrase_starts(pattern, toks, i) and not (
                    w == "في" and cues and cues[-1].kind in ("verb", "denial") and not cues[-1].participle and i - cues[-1].end <= 8):
                # ("ونفت حركة حماس في بيان صحة …": how the verb before it was said, no cue of its own)
                kind, end = "statement", i + len(pattern)
                break
        if not kind and _is(w, lex.report_heads):
            for k in range(i + 1, min(i + 4, len(toks))):
                if toks[k][2] in lex.negators:
                    break  # "التقارير الأولية لم تتحدث عن …": the reports did not say it
                if _is(toks[k][2], lex.report_verbs):
                    kind, end = "report", k + 1
                    break
                if k <= i + 2 and (toks[k][2] == "عن" and k + 1 < len(toks) and toks[k + 1][2] in ("ان", "انه", "انها")
                                   or toks[k][2] in ("بان", "بانه", "بانها")) and not (text and _punct_before_token(text, toks, k)):
                    kind, end = "report", k  # "تقارير إعلامية عن أن …", "أنباء بأن …": what unsourced reports say
                    break
                if text and _punct_before_token(text, toks, k) or toks[k][2].startswith("و"):
                    break
        participle = False
        if not kind and any(f in lex.according for f in stems(w)):
            kind = "according"
        if not kind and _is(w, lex.verbs_with_an, printed, verb=True) and i + 1 < len(toks) and \
                not toks[i + 1][2].endswith(("ها", "ه", "هم")) and any(t[2] == "عن" for t in toks[i + 1:i + 8]):
            kind = "verb"  # "عبّر الحزب عن استغرابه"; "عبر قنواتها" is no cue
        if not kind and _is(w, lex.verbs_with_object, printed, verb=True):
            obj = None
            for k in _past_an_aside(text, toks, i + 1, 8):
                if _is(toks[k][2], lex.object_nouns):
                    obj = k
                    break
                if _is(toks[k][2], lex.predicative | lex.denials, verb=True):
                    break  # ("وتحمل الصين مَن تصفهم بأنهم … المسؤولية": another verb of saying first, its own cue)
            if obj is not None:
                kind = "verb"  # "وجه مورينيو انتقاداته إلى لاعبيه": the criticism is what he said
        if not kind and _is(w, lex.relay_verbs, printed) and any(t[2] == "عن" for t in toks[i + 1:i + 9]):
            kind = "relay"  # "نقلت X عن Y"; "طائرة نقل" (transport) is no cue
        elif not kind and _is(w, lex.relay_verbs, printed) and not w.startswith("ال") and not w.endswith(("ه", "ها", "هم")) and any(
                t[2] in lex.complementizers - PREPOSITIONAL for t in toks[i + 1:i + 7]):
            kind = "verb"  # "ونقلت وكالة الأناضول أن …": it reported, with no one named as its source
            # (not "، ونقله موقع القدس العربي، أن …": who relayed it, an aside)
        if not kind and (_is(w, lex.participles, printed) or _is(w, lex.denial_participles, printed)) and \
                not quotes.inside(0, toks[i][0]) and not (i > 0 and toks[i - 1][2].lstrip("وف").isdigit()) and \
                (not _definite(w) or _is(w, lex.passive_participles, printed) and text and i > 0 and _punct_before_token(text, toks, i)):
            # ("يبدو مرجحا أنه" inside a quote is no participle of speech; "1539 متهما": people, counted;
            # "الداعية فتح الله غولن" with the article is a noun, the preacher, no حال; "القوات المتهمة بـ…"
            # in apposition, after a comma, is accused by no one named; "القوات المتهمة بـ…" without one describes)
            kind, participle = ("denial" if _is(w, lex.denial_participles, printed) else "verb"), True
        noun = False
        if not kind and _is(w, lex.denial_nouns, printed) and not printed.endswith("ى") and not w.startswith(("ال", "وال")) \
                and not any(toks[k][2] in lex.denial_blockers for k in range(max(0, i - 2), i)) \
                and not (i > 0 and toks[i - 1][2] in ("ما", "الذي", "التي") and _is(w, lex.denials, printed, verb=True)):
            # ("وهو ما نفاه الرئيس": after "ما", a verb with its object pronoun, not "his denial")
            kind, noun = "denial", True  # "نفيه", "في نفي الوزارة", "لتكذيب": a verbal noun
        if not kind and _match(w, lex.denials, printed, verb=True) == "كذب" and not (
                i == 0 or text and _punct_before_token(text, toks, i)):
            i += 1  # "محض افتراء وكذب" (lying, a noun) is no "كذّب" (he denied), which opens its clause
            continue
        if not kind and _is(w, lex.denials, printed, verb=True) and not w.startswith(("ال", "وال")) and not any(
                toks[k][2] in lex.denial_blockers or _is(toks[k][2], lex.denial_blockers) for k in range(max(0, i - 2), i)):
            kind = "denial"
        elif not kind and _rejects_a_claim(toks, i, lex, text, printed):
            kind = "denial"  # "رفضت روسيا نتائج التحقيق": rejecting a claim denies it
        elif not kind and (base := _match(w, lex.verbs, printed, verb=True)) and not (
                base in lex.maqsura and printed.endswith("ي")) and not (  # "رأي" (an opinion) is no "رأى" (he saw)
                base not in lex.maqsura and base.endswith("ي") and printed.endswith("ى")):
            kind = "verb"  # (and "يدعى" (is called) is no "يدعي" (claims))
        if not kind and (w in lex.reply_verbs or w[:1] in ("و", "ف") and w[1:] in lex.reply_verbs) and _replies_that(toks, i, text):
            kind = "verb"  # "ورد المتحدث باسم الخارجية … بأن تصريحات نتنياهو كاذبة": a reply, and what it said
        if not kind and i > 0 and toks[i - 1][2] in ("ما", "مما") and w in lex.considered_after_ma and not printed.endswith("ة"):
            kind = "verb"  # "، ما عده متظاهرون تراجعا": what its subject considers the clause before
        if kind == "verb" and not participle and _is(w, lex.verbs_with_bi, printed, verb=True) and not any(
                toks[k][2].startswith("ب") and toks[k][2] not in ("بعد", "بين", "بسبب", "بشان", "بينما", "بدون", "بلا", "بها", "به")
                for k in range(i + 1, min(i + 13, len(toks)))):
            kind = None  # "إيران تهدد المنطقة": threatening someone, with nothing threatened, says nothing
        if kind == "verb" and not participle and _is(w, lex.verbs_with_ala, printed, verb=True) and not any(
                toks[k][2] in ("علي", "عليه", "عليها") for k in range(i + 1, min(i + 9, len(toks)))):
            kind = None  # "علقت الحكومة العمل بالدستور": suspending, not commenting on something
        if kind == "verb" and _declares_an_act(toks, i, lex, text, named):
            kind = None  # "أعلنت الحكومة حالة الطوارئ": an act, not a statement; "وأضاف الثاني بنفسه": a goal
        if kind == "verb" and _is(w, lex.measure_verbs, printed, verb=True) and _measured(toks, i, text):
            kind = None  # "استثمارات تقدر بحوالي 20 مليار دولار": estimated at, no one's statement
        if kind == "verb" and not participle and _is(w, lex.considered_verbs, printed, verb=True) and _considered_passive(toks, i, lex, text):
            kind = None  # "تونس تعتبر اليوم نموذجا", "ويعتبر الاتفاق خطوة مهمة": is considered, no one's statement
        if kind == "verb" and i > 0 and toks[i - 1][2] in lex.negators and not _is(w, lex.negative_verbs, verb=True):
            kind = None  # "ولم يوجه انتقادات", "لم تتحدث التقارير": a statement not made ("لم يستبعد" is one)
        elif kind == "verb" and i > 0 and not participle and any(f in lex.irrealis for f in stems(toks[i - 1][2])[:2]):
            kind = None  # "حتى يطلب منهم دوستم التوقف", "إذا أعلنت الحكومة": nothing said yet
        elif not kind and w.endswith("ان") and w[:1] in "يتوف" and _match(w[:-2], lex.verbs, verb=True):
            kind = "verb"  # a dual present: "وتطالبان", "يؤكدان"
        elif not kind and w.endswith("ا") and len(w) > 3 and _match(w[:-1], lex.verbs, verb=True) in stems(w[:-1]):
            kind = "verb"  # a dual past: "أعربا", "وأكدا", "وقالتا"
        elif not kind and _is(w, lex.nouns, printed) and not (w[:1] == "ب" and _is(w[1:], lex.nouns, printed)
                                                                and (w[1:] not in lex.relay_words or w[1:].startswith("ال"))):
            kind = "noun"  # ("بتصريح لـCNN": how it was said, in a frame of its own verb; but "بقولها إن": by saying)
            if any(f.startswith("ال") and f[2:] in lex.object_pronoun_nouns for f in stems(w)):
                kind = None  # "لتوجيه الاتهام إلى رمضان": the charge, named by no one (only "اتهام X" is someone's)
        if kind:
            cues.append(Cue(kind, i, end, offset + toks[i][0], offset + toks[end - 1][1], participle, noun))
            i = end
            continue
        i += 1
    return cues




def _rejects_a_claim(toks, i: int, lex: Lexicon, text: str, printed: str) -> bool:
    """Whether the verb at token i rejects ("رفضت") a claim named within its subject's reach, before
    any punctuation but an aside between commas ("رفضت روسيا نتائج التحقيق", "ورفض وزير الخارجية
    الروسي سيرغي لافروف، الجمعة، مزاعم …"), and no negation or blocker stands before it."""
    if not _is(toks[i][2], lex.rejections, printed, verb=True) or any(
            toks[k][2] in lex.denial_blockers or toks[k][2] in lex.negators for k in range(max(0, i - 2), i)):
        return False
    aside = False  # inside ", الجمعة،": a time or an office between commas, past which the subject goes on
    for k in range(i + 1, min(i + 9, len(toks))):
        if text and _punct_before_token(text, toks, k):
            gap = text[toks[k - 1][1]:toks[k][0]].strip()
            opens = gap in ("،", ",") and not aside and any(
                text[toks[m - 1][1]:toks[m][0]].strip() in ("،", ",") for m in range(k + 1, min(k + 4, len(toks))))
            if not (opens or aside and gap in ("،", ",")):
                return False
            aside = opens
        if _is(toks[k][2], lex.rejected_claims):
            return True
    return False


def _replies_that(toks, i: int, text: str) -> bool:
    """Whether "بأن" or "بالقول" follows the verb of replying at token i, within eight words and no
    punctuation ("ورد الوزير بأن …"; not "وردت أنباء عن …", "ورد في البيان أن …": was mentioned)."""
    for k in range(i + 1, min(i + 9, len(toks))):
        if text and _punct_before_token(text, toks, k):
            return False
        if toks[k][2] in ("بان", "بانه", "بانها", "بانهم", "بالقول"):
            return True
    return False


def _considered_passive(toks, i: int, lex: Lexicon, text: str) -> bool:
    """Whether "يعتبر"/"تعتبر" at token i reads "is considered": no "أن" follows in its clause, and
    after it (and its time words) stands an indefinite word not followed by a definite one ("تعتبر
    رائدة في …", "تعتبر تونس رائدة"; but "وتعتبر واشنطن الاتفاق …" has a subject and an object), or a
    definite noun and then an indefinite one ("ويعتبر الاتفاق خطوة مهمة"). With an object pronoun
    ("التي تعتبرهما تركيا امتدادا …") it is active."""
    if toks[i][2] not in lex.considered_verbs and toks[i][2][1:] not in lex.considered_verbs:
        return False  # ("تعتبرهما", "يعتبره": someone considers it)
    for m in range(i + 1, min(i + 7, len(toks))):
        if text and _punct_before_token(text, toks, m):
            break
        if toks[m][2] in lex.complementizers - PREPOSITIONAL:
            return False
    k = i + 1
    while k < len(toks) and toks[k][2] in lex.before_subject and not (text and _punct_before_token(text, toks, k)):
        k += 1
    if k >= len(toks) or text and _punct_before_token(text, toks, k):
        return False
    second = toks[k + 1][2] if k + 1 < len(toks) and not (text and _punct_before_token(text, toks, k + 1)) else None
    if not toks[k][2].startswith("ال"):
        return second is None or not second.startswith("ال")
    return second is not None and not second.startswith("ال") and second not in lex.prepositions and second not in lex.complementizers


def _measured(toks, i: int, text: str) -> bool:
    """Whether "بـ" follows the verb at token i, right after it or past one noun with a pronoun
    ("تقدر بحوالي", "يقدر عددها بعشرين"), with no punctuation between."""
    for k in (i + 1, i + 2):
        if k >= len(toks) or text and _punct_before_token(text, toks, k):
            return False
        w = toks[k][2]
        if w.startswith("ب") and not w.startswith("بان"):
            return True
        if not w.endswith(("ها", "ه", "هم")):
            return False
    return False


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


def _past_an_aside(text: str, toks, start: int, width: int, aside: int = 30):
    """The next `width` token indexes from `start`, not counting an aside between two commas
    ("وتوجه امرأة تدعى منية، وهي مرافقة سابقة …، تهمة الاغتصاب": the object comes after it)."""
    counted, inside, k = 0, False, start
    while k < len(toks) and counted < width and k < start + aside:
        if text and k > 0 and any(c in text[toks[k - 1][1]:toks[k][0]] for c in "،,"):
            inside = not inside
        if not inside:
            counted += 1
            yield k
        k += 1


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

