"""Content: where what was said begins and ends (citron's content.py).

It runs from the complementiser (أن، إن، بأن؛ عن، ب، على، إلى right after the speaker) or an opening
quote or colon to the next cue outside the quotation, a comma that opens a new event ("، فيما …",
"، لكن …"), or the end of the sentence; back-pointing cues ("…، وهو ما نفاه X") take the clause
before. A statement headed by a denial phrase ("لا صحة …") is a denial.
"""

from __future__ import annotations

from ..mentions.common import DEMONSTRATIVES

from .cues import PREPOSITIONAL, RELATIVES, Cue, _is, _match
from ..lexicon import stems

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




def first_comma(text: str, toks, c_start: int) -> int:
    """Index of the first token after an Arabic comma, from the content's second token on."""
    for k in range(c_start + 1, len(toks)):
        if "،" in text[toks[k - 1][1]:toks[k][0]]:
            return k
    return len(toks)


class ContentRules:
    """ClaimFinder's content rules (a mixin: it reads the finder's lexicon and current sentence)."""

    def denied_before(self, cue: Cue, toks, s, after_subject: int) -> tuple[int, int] | None:
        """(start, end) tokens of the statement a bare denial denies: a denial verb whose clause ends
        with its subject ("اتهمت لندن موسكو بالوقوف وراء التسميم، فيما نفت موسكو، …"): the latest
        statement of this sentence before it. None for any other cue."""
        despite = cue.noun and cue.tok > 1 and (toks[cue.tok - 1][2] in ("رغم", "بالرغم", "برغم", "وسط") or
                                                 toks[cue.tok - 1][2] == "من" and toks[cue.tok - 2][2] in ("الرغم", "بالرغم"))
        # ("…، على الرغم من نفي روسيا.": despite its denial of what was just said; "نفي روسيا المتكرر": repeated)
        if despite and after_subject < len(toks) and toks[after_subject][2].startswith("ال") \
                and (after_subject + 1 == len(toks) or self._punct_at(toks, after_subject + 1)):
            after_subject += 1
        if cue.kind != "denial" or cue.participle or cue.noun and not despite or after_subject <= cue.end_tok \
                or after_subject < len(toks) and not self._punct_at(toks, after_subject):
            return None
        earlier = [i for i in self.said_in(s.id) if i.end <= cue.start]
        if not earlier:
            return None
        first = next(t for t, tok in enumerate(toks) if s.start + tok[0] >= earlier[-1].start)
        end = next((t for t, tok in enumerate(toks) if s.start + tok[0] >= earlier[-1].end), len(toks))
        return (first, end) if first < end else None

    def said_before(self, cue: Cue, toks, s) -> tuple[int, int] | None:
        """(start, end) tokens of the clause a back-pointing cue takes as its content: "…، وهو ما
        نفاه X", "…، الأمر الذي نفته X", "…، ما أكدته X": the verb's object pronoun is the clause
        before; it is the statement that ends there, else the clause after the last comma or
        complementiser. None for any other cue."""
        k = cue.tok
        w = toks[k][2]
        printed = self.sentence_text[toks[k][0]:toks[k][1]]
        base = _match(w, self.lex.verbs | self.lex.denials | self.lex.verbs_with_an, printed, verb=True)
        if base is not None and base not in stems(w) and base in self.lex.denials and k >= 1 \
                and any(f in self.lex.claim_nouns or f in self.lex.rejected_claims for f in stems(toks[k - 1][2])) \
                and not self._punct_at(toks, k):
            return k - 1, k  # "وهي اتهامات تنفيها طهران": an indefinite noun described by the denial of it
        rel = k - 1
        if rel >= 2 and toks[rel][2] in ("كان", "كانت", "كانوا", "قد") and not self._punct_at(toks, rel + 1):
            rel -= 1  # "الأمر الذي كانت أعلنته السلطات": the relative, then an auxiliary
        if base is None or base in stems(w) or rel < 1 or toks[rel][2] not in ("ما", "الذي", "التي"):
            return None
        end = rel
        if base in self.lex.denials and toks[rel][2] in ("الذي", "التي") and toks[rel - 1][2].startswith("ال") \
                and toks[rel - 1][2] not in ("الامر", "الشيء"):  # ("الأمر الذي نفته": the clause before, below)
            # "وهي الاتهامات التي تنفيها قطر", "قصة هذه العلاقة التي ينفيها الرئيس": what is denied is
            # the antecedent, a definite noun (and its demonstrative)
            first = rel - 1
            while first > 0 and rel - 1 - first < 2 and toks[first - 1][2].startswith("ال") and not self._punct_at(toks, first):
                first -= 1
            if first > 0 and toks[first - 1][2] in DEMONSTRATIVES and not self._punct_at(toks, first):
                first -= 1
            return first, rel
        while end > 0 and toks[end - 1][2] in ("وهو", "وهي", "الامر", "وذلك", "هو", "وهذا"):
            end -= 1
        opened = end < rel and toks[end][2] in ("وهو", "وهي", "وذلك", "وهذا")  # "… بدعم الإرهاب وهو ما نفته"
        if end <= 0 or not (self._punct_at(toks, end) or opened):
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

    def content_start(self, cue: Cue, toks, after_subject: int, s, reports: set[int] = frozenset(),
                      next_cue: int | None = None) -> int | None:
        j = max(cue.end_tok, after_subject)
        if cue.kind == "noun" and cue.tok > 0 and toks[cue.tok - 1][2] in ("علي", "حول") and not any(
                toks[k][2] in self.lex.complementizers - PREPOSITIONAL for k in range(j, min(j + 6, len(toks)))
                if not any(self._punct_at(toks, m) for m in range(j, k + 1))):
            return None  # "وتعليقا على تصريحات جماعة "الإخوان المسلمين"، قال …": words referred to, not given
        if cue.kind == "verb" and _is(toks[cue.tok][2], self.lex.verbs_with_object, verb=True):
            obj = None
            for k in range(j, min(j + 8, len(toks))):
                if _is(toks[k][2], self.lex.object_nouns):
                    obj = k
                    break
                if _is(toks[k][2], self.lex.predicative | self.lex.denials, verb=True):
                    break
            if obj is not None:  # "أدلت واشنطن وموسكو في الأشهر الماضية بتصريحات …": from the object on
                return obj
        direct = cue.kind == "verb" and _is(toks[cue.tok][2], self.lex.direct)
        with_an = cue.kind == "verb" and _is(toks[cue.tok][2], self.lex.verbs_with_an, verb=True)  # "تحدث … عن"
        # a denial's object follows it ("نفى تلك التهم"): only an أن (not عن، ب) before the next cue opens a clause
        reach = min(j + 14, len(toks), next_cue if next_cue is not None else len(toks))
        text = s.text
        past_comma = False
        j = self.skip_parties(toks, s, j)  # "ونفى الكرملين على لسان المتحدث باسمه …": who spoke for it
        first_word = j  # past a resumptive pronoun or a time word ("أعربا فيهما عن")
        while first_word < len(toks) and (toks[first_word][2] in self.lex.resumptive or toks[first_word][2] in self.lex.before_subject):
            first_word += 1
        if cue.kind == "noun" and j > cue.end_tok and j < len(toks) and toks[j][2][:1] == "ي" and len(toks[j][2]) >= 4 \
                and not toks[j][2].startswith("يوم") and self.lex.male_names.isdisjoint(stems(toks[j][2])):
            return None  # 'إعلان نتانياهو "يعزز" أهمية الاتفاق': the noun and its owner are the verb's subject, nothing said
        if cue.kind == "noun" and j < len(toks) and any(f in self.lex.object_pronoun_nouns for f in stems(toks[cue.tok][2])):
            return j  # "اتهام إسرائيل طهران بقيامها بـ…": the accused and the charge, whatever "على" follows
        for k in range(j, j if direct else reach):
            w = toks[k][2]
            gap_at = toks[k - 1][1] if k else 0
            if cue.kind != "denial" and self.opens_quote(text, gap_at, toks[k][0]) and not (k > 0 and toks[k - 1][2] == "ل") and (
                    k == j or k - j <= 6 and (toks[j][2].startswith("ل") or toks[j][2] in ("في", "عبر") or toks[j][2] in self.lex.before_subject)
                    or toks[j][2] in RELATIVES and ":" in text[gap_at:toks[k][0]]):
                # ('وتابع المسؤول الذي فضل عدم ذكر اسمه في تصريح لـCNN: "…"': past what describes the speaker)
                return k  # 'قالت "نعم، …"', 'وأضافت لراديو … "يبدو …"', 'وقال تيلرسون: "…"': the quote is the content
                # (but 'لـ"العربية.نت" أن': a quoted addressee)
            if k > j and toks[k][2][:1] in ("و", "ف") and _is(toks[k][2], self.lex.verbs | self.lex.denials | self.lex.described_as, verb=True):
                break  # "رأى المغردون فيه تصعيدا … ووصفوا الخطوة بأنها …": that "بأنها" is the next verb's
            if cue.kind == "denial" and k in reports:
                return k  # what is denied is the report itself: "نفوا تقارير تتحدث عن …"
            if cue.kind == "denial" and w in ("عن", "ب", "الى", "الي"):
                continue
            if k > 0 and toks[k - 1][2] in self.lex.subordinate_an:
                continue  # "دون أن يتعرض", "بعد أن": a clause of its own, not what is said
            if k > j and "،" in text[toks[k - 1][1]:toks[k][0]]:
                past_comma = True
                if cue.kind == "denial" and first_word < k and (toks[first_word][2] in DEMONSTRATIVES
                                                               or toks[first_word][2] in self.lex.claim_nouns):
                    break  # "أنكرت روسيا هذه الاتهامات مرارا، بل لمح السفير إلى أن …": the object is what is denied
            if with_an and w in PREPOSITIONAL and w != "عن":
                continue  # "وتحدث ناشطون على وسائل التواصل عن قصف …": what they spoke of follows "عن"
            if with_an and w == "عن" and not past_comma:
                return k + 1 if k + 1 < len(toks) else None
            if w in PREPOSITIONAL and (past_comma or k > first_word and cue.kind not in ("noun", "report") and (
                    w != "الي" or not _is(toks[cue.tok][2], self.lex.calls_to, verb=True))):
                continue  # "عن"/"ب" only right after the speaker ("أعرب الوزير عن"): "قال فلان، الممثل عن الحزب"
                # and "أكدت مصر تضامنها مع الرياض، كما بعث … إلى الملك" are not this verb's
            if w in PREPOSITIONAL and cue.kind == "verb" and k == first_word:
                colon = next((m for m in range(k + 1, min(k + 6, len(toks))) if self._punct_at(toks, m)), None)
                if colon is not None and ":" in text[toks[colon - 1][1]:toks[colon][0]] and not any(
                        toks[m][2] in self.lex.complementizers - PREPOSITIONAL or _is(toks[m][2], self.lex.verbs | self.lex.denials, verb=True)
                        for m in range(k, colon)):  # (not "أثنى على منافسه عندما قال: …": another verb's quote)
                    return colon  # 'وكتب على حسابه في تويتر: "…"': where it was written, then what
            if w in PREPOSITIONAL and cue.kind == "verb" and k == first_word and any(
                    toks[m][2] in self.lex.complementizers - PREPOSITIONAL and toks[m - 1][2] not in self.lex.subordinate_an
                    for m in range(k + 2, min(k + 6, len(toks)))
                    if not any(self._punct_at(toks, q) or _is(toks[q][2], self.lex.nouns | self.lex.verbs) for q in range(k + 1, m))
                    and not self._punct_at(toks, m)):
                continue  # "وكتب على تويتر أن …", "كتب على حسابه في تويتر أن": where it was written, then what
            if w in self.lex.complementizers and any(h.tok <= k and toks[k][1] < h.end - s.start
                                                     for h in self.hits_in.get(s.id, [])):
                continue  # "في مقابلة مع شبكة إن بي سي": a word of a name, not a complementiser
            if w in self.lex.complementizers or (cue.kind in ("noun", "report") and w in ("عن", "ب")):
                k += 1
                while k < len(toks) and toks[k][2] in self.lex.complementizers - PREPOSITIONAL:
                    k += 1  # "إلى أنه في مرحلة ما …": past the "أنه" too
                return k if k < len(toks) else None
        if cue.kind == "noun" and cue.tok > 0 and toks[cue.tok - 1][2] in self.lex.complementizers - PREPOSITIONAL:
            return None  # "قال محللون إن تصريحات الرئيس تزيد التوتر", "ورد … بأن تصريحات نتنياهو كاذبة": the
            # subject of what is said (whether or not its verb was found), not a statement made
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
        if j + 1 < len(toks) and toks[j][2] == "من" and _is(toks[cue.tok][2], self.lex.request_verbs, verb=True):
            # "طلبت هولندا وأستراليا من روسيا، الجمعة، الدخول في حوار": whom they ask, then what
            asked = [h for h in self.hits_in.get(s.id, []) if h.tok == j + 1]
            if asked:
                end = max(h.end for h in asked) - s.start
                j = next((k for k in range(j + 1, len(toks)) if toks[k][0] >= end), len(toks))
        if j < len(toks) and self._punct_at(toks, j) and "،" in text[toks[j - 1][1]:toks[j][0]] and not self.apposed:
            close = next((k for k in range(j + 1, min(j + 9, len(toks))) if "،" in text[toks[k - 1][1]:toks[k][0]]), None)
            if close is not None and not any(toks[k][2] in self.lex.complementizers for k in range(j, close)):
                j = close
        first_after = j
        while j < len(toks):
            if toks[j][2] in self.lex.before_subject or toks[j][2] in self.lex.resumptive or any(a <= toks[j][0] < b for a, b in dates):
                j += 1
                continue
            if j == first_after and j > cue.end_tok and any(h.adjective and h.tok == j for h in self.hits_in.get(s.id, [])):
                j += 1  # "وكذبت وزارة الداخلية المغربية الخميس هذه الأخبار": the subject's nationality, not what is denied
                continue
            if cue.kind == "denial" and toks[j][2] in self.lex.denial_emphasis and j + 1 < len(toks):
                j += 1  # "ينفي نفيا قاطعا تهم …": how firmly, not what
                continue
            manner = next((len(p) for p in self.lex.denial_manner if [t[2] for t in toks[j:j + len(p)]] == p), 0)
            if cue.kind == "denial" and manner and j + manner < len(toks):
                j += manner  # "تنفي بشكل قاطع هذه الاتهامات": how firmly, not what
                continue
            if cue.kind == "denial" and toks[j][2] in ("في", "عبر") and j + 2 < len(toks) \
                    and _is(toks[j + 1][2], self.lex.documents | self.lex.nouns):
                j += 2  # "ونفت الرئاسة في بيان ما وصفته …": how it was denied, not what
                skipped = 0
                while j + 1 < len(toks) and skipped < 3 and (toks[j][2] in self.lex.manner_words or toks[j][2] in self.lex.before_subject):
                    j, skipped = j + 1, skipped + 1  # "في بيان صادر عنها الأربعاء"
                continue
            party = self.skip_parties(toks, s, j)
            if party != j:
                j = party  # "لوكالة الأنباء الفرنسية", "بقيادة خليفة حفتر", "في بغداد"
                continue
            words = [t[2] for t in toks[j:j + 4]]
            phrase = next((p for p in self.lex.time_phrases if words[:len(p)] == p), None)
            if phrase is None:  # ("في وقت سابق": when it was said, not what)
                break
            j += len(phrase)
        return j if j < len(toks) else None

    def skip_parties(self, toks, s, j: int) -> int:
        """The token past the parties named at token j that are not what is said (party_after), and
        past an aside between commas after them ("…، في بيان صدر الأحد، ما تناقلته …")."""
        text = s.text
        while j < len(toks):
            party = self.party_after(toks, s, j)
            if party is None:
                return j
            j = party
            if j < len(toks) and "،" in text[toks[j - 1][1]:toks[j][0]]:
                close = next((k for k in range(j + 1, min(j + 9, len(toks))) if "،" in text[toks[k - 1][1]:toks[k][0]]), None)
                if close is not None and not any(toks[k][2] in self.lex.complementizers for k in range(j, close)):
                    j = close
        return j

    def party_after(self, toks, s, j: int) -> int | None:
        """The token after a party named at token j who is not what is said: an addressee ("لوكالة
        الأنباء الفرنسية"), the mouth it was said through ("على لسان المتحدث باسمه ديمتري بيسكوف"),
        a leader ("بقيادة خليفة حفتر") or the place of the speaking body ("السفارة الأمريكية في
        بغداد"); None when no such party stands there."""
        words = [t[2] for t in toks[j:j + 2]]
        link = next((len(p) for p in self.lex.party_links if words[:len(p)] == p), 0)
        at = j + link
        if link == 0 and toks[j][2] == "في":
            at = j + 1  # (a place: only a state or capital the lists know)
        reach = at + 3 if link else at  # (after a link, the party's office may come first: "المتحدث باسمه ديمتري بيسكوف")
        hits = [h for h in self.hits_in.get(s.id, []) if at <= h.tok <= reach and not h.adjective
                and not any(self._punct_at(toks, k) for k in range(at + 1, h.tok + 1))
                and (link or toks[j][2] != "في" or self.kind.get(h.actor) == "state")]
        if not hits or link == 0 and toks[j][2] != "في" and not toks[j][2].startswith("ل"):
            return None
        end = max(h.end for h in hits) - s.start
        return next((k for k in range(at, len(toks)) if toks[k][0] >= end), len(toks))

    def opens_quote(self, text: str, a: int, b: int) -> bool:
        """Whether text[a:b] (a gap between words) holds a colon or an opening quotation mark."""
        for x in range(a, b):
            c = text[x]
            if c in ":«“" or c == '"' and self.quotes.counts[x][4] % 2 == 0:
                return True
        return False

    def _apposed_subject(self, text: str, toks, c_start: int, verb: int) -> bool:
        """Whether tokens c_start..verb are a subject with its apposition between two commas, the
        second right before the verb ("إن رئيس الوزراء الياباني، شينزو آبي، قال …"), at most nine
        words and no other punctuation."""
        if not c_start < verb <= c_start + 9:
            return False
        gaps = [text[toks[k - 1][1]:toks[k][0]] for k in range(c_start + 1, verb + 1)]
        marks = [k for k, g in enumerate(gaps) if any(c in g for c in "،,:;؛.\"«»()")]
        return len(marks) == 2 and marks[-1] == len(gaps) - 1 and all(("،" in gaps[k] or "," in gaps[k]) for k in marks)

    def content_end(self, cue: Cue, later: list[Cue], text: str, toks, c_start: int) -> int:
        end = len(toks)
        opened_at = toks[c_start - 1][1] if c_start else 0  # a quotation opened from here on holds the next cues
        for other in later:
            if other.tok == c_start and other.kind == "verb" and not other.participle and not other.noun \
                    and c_start > 0 and toks[c_start - 1][2] in self.lex.pronoun_complementizers:
                # "وقالت الحركتان إنهما تحذران الاحتلال": the speaker's own verb after "إنهما" is what
                # was said, not a statement of its own (the pronoun is the speaker)
                self.absorbed.add((self.sentence_id, other.tok))
                continue
            if other.kind == "denial" and not other.participle and not other.noun and c_start <= other.tok <= c_start + 1 \
                    and other.tok > 0 and toks[other.tok - 1][2] in self.lex.pronoun_complementizers:
                continue  # "صرحت الخارجية بأنها اعترضت على اتهامات …": her denial is what she said (and a denial of hers)
            if other.tok >= c_start and self.quotes.inside(opened_at, toks[other.tok][0]):
                continue  # 'وقالت الوزارة "تدين إسرائيل …"': a cue inside the quote is part of what is said
            if other.tok == c_start and other.kind == "noun":
                continue  # "عبرت الجبهة عن إدانتها لهذا العدوان": the noun is what was expressed
            if other.tok == c_start + 1 and other.kind == "noun" and toks[c_start][2] in DEMONSTRATIVES:
                self.absorbed.add((self.sentence_id, other.tok))
                continue  # "ووصف … تلك التصريحات بالفاضحة": the words pointed at are what is described
            if other.tok > c_start and other.kind in ("verb", "denial", "noun") and not other.participle \
                    and not self._punct_at(toks, other.tok) and toks[other.tok][2][:1] not in ("و", "ف") \
                    and toks[other.tok - 1][2] in self.lex.embedding_links \
                    and not (other.tok > 1 and toks[other.tok - 2][2] in ("الذي", "التي", "ما")):
                # (but "…، الأمر الذي كانت أعلنته السلطات": a statement of its own about the clause before)
                if cue.kind == "denial" or other.kind == "noun" or other.noun:
                    # "نفت الجماعة أن تكون قد دعت إلى التظاهر": what is denied, no statement;
                    # "قال إنه لا يستطيع تأكيد …": what he cannot do, no statement of its own
                    self.absorbed.add((self.sentence_id, other.tok))
                continue  # a verb inside the content's own clause ("أن الحكومة قد أعلنت …") goes on with it
            if other.kind in ("verb", "denial") and not other.participle and not other.noun and c_start > 0 \
                    and toks[c_start - 1][2] in self.lex.complementizers - PREPOSITIONAL \
                    and toks[other.tok][2][:1] not in ("و", "ف") and (
                        c_start < other.tok <= c_start + 4 and not any(self._punct_at(toks, k) for k in range(c_start + 1, other.tok + 1))
                        or self._apposed_subject(text, toks, c_start, other.tok)) \
                    and not any(toks[k][2] in self.lex.clause_links for k in range(c_start, other.tok)):
                if cue.kind == "denial":  # "نفت أن روسيا أعلنت انسحابها": what is denied, no statement of its own
                    self.absorbed.add((self.sentence_id, other.tok))
                continue  # "قال إن موسكو تدين الضربة": the verb of the content's own clause, whose subject opens it
            if cue.kind == "denial" and other.tok == c_start + 1 and toks[c_start][2] in ("صحه", "حقيقه") \
                    and (other.kind == "noun" or other.noun) and other.end_tok < len(toks) \
                    and toks[other.end_tok][2].startswith(("ان", "بان")):
                self.absorbed.add((self.sentence_id, other.tok))
                continue  # "وتنفي الحكومة صحة الإدعاء بأنها …": the claim whose truth is denied, and what it says
            if cue.kind == "denial" and other.tok == c_start + 1 and toks[c_start][2] == "ما" and not other.participle:
                self.absorbed.add((self.sentence_id, other.tok))
                continue  # "تنفي ما صرحت به حول …", "نفى ما أعلنته الوزارة": what was said is what is denied
            if other.tok == c_start + 1 and toks[c_start][2] == "ما" and self.relative_denied(toks, c_start) is not None:
                continue  # "صرح مصدر أن ما ذكره الرئيس … غير صحيح": what was said, and that it is untrue
            if cue.kind == "denial" and self.denied_description(toks, c_start, other):
                self.absorbed.add((self.sentence_id, other.tok))
                continue  # "نفى الاتهامات … ووصفها بالانقلابية": what the accusers said, denied
            if other.tok >= c_start and not (cue.kind == "denial" and other.kind == "report"):
                end = other.tok
                while end - 1 > c_start and (toks[end - 1][2] in self.lex.clause_links
                                             or other.kind == "noun" and toks[end - 1][2] in self.lex.prepositions):
                    end -= 1  # "نزعته للعنف كما | أكد": the link belongs to the next statement
                    # ("استقالته، الاثنين، بعيد ساعات على | اتهامه": the preposition governs the noun after it)
                break
        if cue.tok > 0 and any(f in self.lex.subordinators for f in stems(toks[cue.tok - 1][2])) or _is(toks[cue.tok][2], self.lex.subordinators):
            end = min(end, first_comma(text, toks, c_start))
        if cue.tok > 0 and toks[cue.tok - 1][2] == "ما":
            untrue = self.relative_denied(toks, cue.tok - 1)
            if untrue is not None and untrue > c_start:
                end = min(end, untrue)  # "ما ذكره الرئيس بأن السعودية احتجزت الحريري | غير صحيح": not his words
        for k in range(c_start + 1, min(end, len(toks) - 1)):
            # "…، كما بعث عاهل البحرين …", "…، فيما رفضت المملكة …": a new event, not what was said
            if "،" not in text[toks[k - 1][1]:toks[k][0]] or self.quotes.inside(toks[c_start][0], toks[k][0]):
                continue
            if toks[k][2] in self.lex.new_events and toks[k + 1][2] not in self.lex.complementizers \
                    or toks[k][2] in self.lex.subordinate_an and toks[k + 1][2] == "ان" \
                    or toks[k][2] == "نقلا" and toks[k + 1][2] == "عن" \
                    or toks[k][2] in ("الامر", "وهو", "وهي", "وهذا", "وذلك") and toks[k + 1][2] in ("الذي", "ما") \
                    or (toks[k][2] in ("رغم", "بالرغم", "برغم") or toks[k][2] == "علي" and toks[k + 1][2] == "الرغم") \
                    and toks[k + 1][2] not in self.lex.complementizers:  # "…، نقلا عن وسائل إعلام": who relays it
                # ("…، على الرغم من نفي روسيا": the writer's concession, not what was said; "…، الأمر الذي
                # أعلنته السلطات": a statement of its own about the clause before)
                return k  # (and "…، دون أن يتعرض …": a clause of its own)
            if cue.kind == "denial" and toks[k][2].startswith("با") and len(toks[k][2]) > 5 \
                    and toks[k][2] not in self.lex.complementizers and not _is(toks[k][2], self.lex.nouns) \
                    and not (c_start > 0 and toks[c_start - 1][2] in self.lex.complementizers - PREPOSITIONAL) \
                    and not self.quotes.inside(toks[c_start][0], toks[k][0]):
                # "اعترضت على اتهامات …، باستدعاء سفير الرباط": how it was denied (a verbal noun with
                # "ب" after a comma), not what was denied; an "أن" clause runs on
                return k
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

    def relative_denied(self, toks, m: int) -> int | None:
        """Index of a denial phrase that is the predicate of "ما" + a verb of saying at token m ("ما
        ذكره الرئيس الفرنسي في مقابلة بأن السعودية احتجزت الحريري غير صحيح"): the words said are the
        subject, the phrase says they are untrue; searched up to the clause's end (punctuation)."""
        for k in range(m + 2, min(m + 30, len(toks))):
            if self._punct_at(toks, k):
                return None
            for pattern in self.lex.negations:
                if [t[2] for t in toks[k : k + len(pattern)]] == pattern:
                    return k
        return None

    def negation(self, toks, a: int, b: int) -> int | None:
        """Index of a denial phrase ("لا صحة", "عار عن الصحة") heading the content, or of a
        dismissive predicate whose subject is a claim noun heading it ("هذه الاتهامات باطلة",
        "اتهاماتهم ضد المملكة خاطئة"), if any."""
        for k in range(a, min(a + 12, b)):
            if k > a and (toks[k][2] in self.lex.complementizers - PREPOSITIONAL or any(
                    c in ".،,؛:!?؟" for c in self.sentence_text[toks[k - 1][1]:toks[k][0]])):
                break  # (only the predicate of the content's own first clause: 'إن ما توصلت إليه الوزارة "لا أساس له …"')
            for pattern in self.lex.negations:
                n = len(pattern)
                if [t[2] for t in toks[k : k + n]] == pattern:
                    return k
        if b - a > 2 and toks[a][2] == "ما":
            untrue = self.relative_denied(toks, a)
            if untrue is not None and untrue < b:
                return untrue  # "أن ما ذكره الرئيس … بأن … غير صحيح": past the relative's own "بأن"
        k = a + (a < b and toks[a][2] in DEMONSTRATIVES)
        if k < b and any(self._claim_noun(f) for f in stems(toks[k][2])):
            for j in range(k + 1, min(k + 5, b)):
                if self._punct_at(toks, j) and self.sentence_text[toks[j - 1][1]:toks[j][0]].strip(' "«»“”') != "":
                    break  # (a quote is no end: 'وصف الاتهامات بأنها "هراء"')
                if toks[j][2] in self.lex.dismissive:
                    return j
        return None

    def inner_dismissal(self, toks, a: int, b: int) -> tuple[int, int] | None:
        """(start of the noun, index of the predicate) of a later clause of a statement's content that
        dismisses a claim noun: "أدعو الإخوان …، واتهاماتهم ضد المملكة خاطئة", "إلقاء الاتهامات التي
        لا أساس لها": the speaker denies those too. None when there is none (the content's first
        clause is read by `negation`)."""
        for k in range(a + 1, b):
            word = toks[k][2]
            forms = stems(word)
            if not any(self._claim_noun(f) for f in forms[:2]):
                continue
            if k > a + 1 and toks[k - 1][2] in DEMONSTRATIVES:
                start = k - 1
            else:
                start = k
            for j in range(k + 1, min(k + 6, b)):
                if self._punct_at(toks, j) or toks[j][2] in self.lex.complementizers - PREPOSITIONAL:
                    break
                at = j + 1 if toks[j][2] in RELATIVES and j == k + 1 else j  # "الاتهامات التي لا أساس لها"
                if toks[at][2] in self.lex.dismissive and at == j or any(
                        [t[2] for t in toks[at:at + len(p)]] == p for p in self.lex.negations):
                    return start, at
        return None

    def _claim_noun(self, word: str) -> bool:
        """A claim noun, bare or with a possessive pronoun ("الاتهامات", "اتهاماتهم", "مزاعمه")."""
        if word in self.lex.claim_nouns:
            return True
        return any(word.endswith(p) and word[: -len(p)] in self.lex.claim_nouns for p in ("هم", "ها", "ه", "هما"))
