"""Bodies and anonymous sources: "مصادر أمنية عراقية", "مسؤولون أميركيون" (data/sources.yml), and
bodies no list names, by their head noun ("وزارة …", "حركة …"; data/speakers.yml)."""

from __future__ import annotations

from ..lexicon import fold, stems, tokens, transliterate
from .common import _no_adjective_after_definite_head, DEMONSTRATIVES, _head_form, _punct_before, _surface


class BodyPasses:
    """ActorFinder's passes for anonymous sources and headed bodies (a mixin)."""

    def _anonymous(self, sid, text, offset, toks, taken):
        gaz = self.gaz
        for i, (_, _, word) in enumerate(toks):
            if taken[i]:
                continue
            head = next((f for f in stems(word) if f in gaz.anon_heads), None)
            if not head:
                continue
            if head.startswith("ال") and head[2:] in gaz.anon_heads:
                head = head[2:]  # "المحتجون" listed as printed too: the head is "محتجون", with its article
            if gaz.anon_heads[head].get("group") and ("ال" + head in stems(word) or not self._after_speech_verb(toks, i)):
                continue  # "السكان", "أعضاء في ميليشيا": the story's people, no speaker
            if "ال" + head in stems(word) and not gaz.anon_heads[head].get("plural") and \
                    (i + 1 >= len(toks) or not gaz.adjective(toks[i + 1][2]) and toks[i + 1][2] not in gaz.descriptors):
                continue  # "وشدد المتحدث على أن": the person named before, by his office (claims.py)
            j, desc, state, unlisted = i + 1, [], None, False
            while j < len(toks) and j - i <= 3:
                w = toks[j][2]
                if w in gaz.descriptors:
                    desc.append(gaz.descriptors[w])
                elif gaz.adjective(w):
                    state = gaz.adjective(w)
                elif head.endswith("ا") and w.endswith("يا") and gaz.adjective(w[:-1]):
                    state = gaz.adjective(w[:-1])  # "مسؤولا مصريا": the accusative after "إن", "لكن"
                elif w.endswith("ي") and len(w) >= 5 and not w.startswith(("ال", "و")) and not taken[j] \
                        and not _punct_before(text, toks, j) and gaz.given_name(w) is None and w not in gaz.name_stops \
                        and not any(f in gaz.speech_verbs for f in stems(w)):
                    unlisted = True  # "مسؤول إقليمي بارز": a kind of source no list knows (no English for it)
                else:
                    break
                j += 1
            end, belongs = j, self._affiliated(sid, offset, toks, j)
            if not belongs and j == i + 1 and head.endswith(("و", "ي")) and gaz.anon_heads[head].get("plural") and j < len(toks):
                # "مسؤولو المحكمة الروسية": a plural in construct with the body it belongs to
                belongs = self._body_at(sid, offset, toks, j)
            in_unknown_body = False
            if belongs:  # "مسؤول في وزارة المالية": the source is named by the body it belongs to
                end, org = belongs
                state = state or self.actors[org].affiliation
            if not belongs and j + 1 < len(toks) and toks[j][2] in gaz.affiliation_links and not _punct_before(text, toks, j) \
                    and _head_form(stems(toks[j + 1][2]), gaz.heads) and not taken[j + 1]:
                # "مصدر في مكتب وزير الخارجية": a body no list knows; the source is named by it all
                end, in_unknown_body = j + 2, True
                while end < len(toks) and end - j <= 4 and not taken[end] and not _punct_before(text, toks, end) \
                        and toks[end][2] not in gaz.complementizers and toks[end][2] not in gaz.sp_stops \
                        and not any(f in gaz.speech_verbs or f in gaz.object_nouns for f in stems(toks[end][2])):
                    # ("ورفض مسؤول في الحركة اتهامات الرباط": what he rejected is no part of the body's name)
                    end += 1
            elif not belongs and not desc and not state and j + 2 < len(toks) and toks[j][2] in gaz.close_links and toks[j + 1][2] == "من" \
                    and not _punct_before(text, toks, j) and (toks[j + 2][2].startswith("ال") or taken[j + 2]):
                # "مصادر مقربة من الرئيس الفرنسي": named by whom it is close to, never that party itself
                # ("مصادر أمنية قريبة من التحقيق" is already named by its kind)
                end, in_unknown_body = j + 2, True
                while end < len(toks) and end - j <= 5 and (toks[end][2].startswith("ال") or taken[end]) \
                        and not _punct_before(text, toks, end) and toks[end][2] not in gaz.name_stops:
                    end += 1
            elif not belongs and j < len(toks) and toks[j][2] in gaz.object_links:  # "منتقدون لسياسة باراك أوباما"
                end = min(j + 3, len(toks))
                while end > j + 1 and toks[end - 1][2] in gaz.name_stops:
                    end -= 1
            if not desc and not state and end == j and gaz.anon_heads[head].get("plural") and j < len(toks) and \
                    toks[j][2].endswith(("ين", "ون")) and not toks[j][2].startswith("ال") and not _punct_before(text, toks, j):
                end = j = j + 1  # "محللين اقتصاديين", "خبراء عسكريين": a group and what kind
            elif not desc and not state and end == j and gaz.anon_heads[head].get("plural") and j + 1 < len(toks) \
                    and not toks[j][2].startswith(("ال", "و")) and not taken[j] and (toks[j + 1][2] in gaz.complementizers or toks[j + 1][2] in gaz.subject_ends) \
                    and not _punct_before(text, toks, j) and not _punct_before(text, toks, j + 1) and gaz.given_name(toks[j][2]) is None \
                    and "ال" + head not in stems(word) and not any(f in gaz.speech_verbs for f in stems(toks[j][2])):
                end = j = j + 1  # "قال نواب أكراد إنهم …": a group and a word of what kind, then what they said
            elif not desc and not state and end == j and not (gaz.anon_heads[head].get("plural") and "ال" + head in stems(word)) \
                    and not (gaz.anon_heads[head].get("plural") and i > 0 and any(f in gaz.according for f in stems(toks[i - 1][2]))):
                continue  # a bare "مصدر" is too vague to be an actor; "القضاة", "المحتجون" are a group of the story
                # (but "بحسب مسعفين", "وفقا لشهود": the group whose words these are)
            parts = ([gaz.states[state]["adj_en"]] if state and not belongs else []) + desc + [gaz.anon_heads[head]["en"]]
            english = [" ".join(parts)] if end == j else []
            if belongs:
                org_en = (self.actors[org].names.get("en") or [None])[0]
                # (a body with no English name yet: none for its source either, never its id as a name)
                english = [f"{' '.join(parts)} of the {org_en}"] if org_en else []
                parts += [org]
            aid = "anon-" + "-".join(p.lower().replace(" ", "-") for p in parts)
            name = _surface(text, toks, i, end, "ال" + head if "ال" + head in stems(word) else head)
            if in_unknown_body or unlisted:  # named by a body or a kind no list knows: its id from the whole
                aid = "anon-" + transliterate(fold(name))  # name, never merged with another source
                english = [] if unlisted else english
            if i > 0 and not taken[i - 1] and toks[i - 1][2] in gaz.quantifiers and not _punct_before(text, toks, i):
                # "بعض المحللين", "أحد المسؤولين": the quantifier is part of who speaks
                i = i - 1
                name = _surface(text, toks, i, end, toks[i][2].removeprefix("و"))
                aid = "anon-" + transliterate(fold(name))
            actor = self._actor(aid, "anonymous", name, english)
            actor.affiliation = actor.affiliation or (org if belongs else state)
            self._hit(aid, sid, offset, toks, i, end, taken)
            if state:
                self._hit(state, sid, offset, toks, i, end, taken, mark=False)

    def _affiliated(self, sid, offset, toks, j) -> tuple[int, str] | None:
        """(token after the body, its actor id) when token j links a source to an organisation
        found right after it ("في وزارة المالية", "من البنك المركزي")."""
        if j < len(toks) and toks[j][2][:1] == "ب" and len(toks[j][2]) > 3 and _head_form(stems(toks[j][2]), self.gaz.heads) \
                and not _punct_before(self.current_text, toks, j):
            return self._body_at(sid, offset, toks, j)  # "مسؤول بحركة الجهاد الإسلامي": "ب" for "في"
        if j + 1 >= len(toks) or toks[j][2] not in self.gaz.affiliation_links:
            return None
        return self._body_at(sid, offset, toks, j + 1)

    def _body_at(self, sid, offset, toks, j) -> tuple[int, str] | None:
        """(token after it, its actor id) of an organisation or medium whose mention starts at token j;
        one found by its head noun only is made first ("مسؤول من المخابرات الإسرائيلية": the body is
        named after its source)."""
        start = offset + toks[j][0]
        if not any(h.sentence == sid and h.start == start for h in self.hits) and self.current_taken is not None \
                and not self.current_taken[j] and _head_form(stems(toks[j][2]), self.gaz.heads):
            self._headed_bodies(sid, self.current_text, offset, toks, self.current_taken, only=j)
        for h in self.hits:
            if h.sentence == sid and h.start == start and self.actors[h.actor].kind in ("organisation", "media", "armed_group"):
                return next(k for k, t in enumerate(toks) if offset + t[1] >= h.end) + 1, h.actor
        return None

    def _headed_bodies(self, sid, text, offset, toks, taken, only: int | None = None):
        """Bodies named by a head noun and what follows it ("حزب اليسار", "مجلس حقوق الإنسان",
        "الحزب الديمقراطي الاشتراكي"), wherever they stand; a definite head alone ("الوزارة")
        is the latest body named with that head, or an actor of its own for a few ("الشرطة")."""
        gaz = self.gaz
        for i, (_, _, word) in enumerate(toks):
            if taken[i] or only is not None and i != only:
                continue
            forms = stems(word)
            head = next((f for f in forms if f in gaz.heads or "ال" + f in gaz.heads), None)
            if head is None:
                self._paired_head(sid, text, offset, toks, taken, i)
                continue
            if head.removeprefix("ال") in gaz.speaking_heads and not self._after_speech_verb(toks, i):
                continue  # "قصف مستشفى الجيزة": a building, a place; a body only when it speaks
            if i > 0 and toks[i - 1][2] in gaz.procedure_words and not _punct_before(text, toks, i):
                continue  # "موقوفون على ذمة مجلس التأديب": a procedure pending before a body, not the body acting
            if i > 0 and not word.startswith(("ال", "وال")) and "ال" + head.removeprefix("ال") in gaz.adjective_heads \
                    and not toks[i - 1][2].startswith(("ال", "وال")) and not _punct_before(text, toks, i):
                continue  # "جماعة معارضة للحكومة": after an indefinite noun, the adjective "opposing", no body
            if i > 0 and word in gaz.adjective_ministries and not _punct_before(text, toks, i) and (
                    toks[i - 1][2].startswith(("ال", "وال", "لل", "بال"))
                    or self.text_of_token(toks, i - 1).endswith(("ه", "ها", "هم", "ة")) and not self.text_of_token(toks, i - 1).endswith("الله")):
                continue  # "شبكته الداخلية للكمبيوتر", "السياسة الخارجية": an adjective of the noun before it, no ministry
            definite = any(f.startswith("ال") for f in forms)
            k = i + 1
            pointed = i > 0 and toks[i - 1][2] in DEMONSTRATIVES and not _punct_before(text, toks, i)
            while not pointed and k < len(toks) and k - i <= 4 and not taken[k] and not _punct_before(text, toks, k):
                w = toks[k][2]
                if not w.startswith(("ال", "لل")) and not (not definite and k == i + 1 and w.startswith("ل") and len(w) > 3):
                    break
                if w in gaz.sp_stops or w in gaz.name_stops or w in gaz.sp_skip:
                    break  # ("الشرطة العسكرية الروسية الخميس": a weekday ends the body's name)
                if w.startswith("لل") and (w[2:] in gaz.told_groups or "ال" + w[2:] in gaz.public_nouns
                                           or head.removeprefix("ال") in gaz.generic_heads and gaz.adjective(toks[k - 1][2])):
                    # "وقالت السلطات الجزائرية للصحفيين": whom it told; "رفض السلطات الجزائرية للتصريحات": what
                    # it rejected (the authorities of a state have no name after their nationality)
                    break
                if k > i + 1 and gaz.adjective(toks[k - 1][2]) and any(f in gaz.title_heads for f in stems(w)):
                    break  # "وزارة التجارة الأمريكية الرئيس": after its nationality, an office is another party
                if (definite or any(toks[t][2].startswith("ال") for t in range(i + 1, k))) \
                        and (_no_adjective_after_definite_head(w) or w in gaz.public_nouns):
                    # ("قوات الأمن ألقت القبض": after a construct, a verb folded like "ال…ت" ends the name)
                    break  # "وجدد الحزب التعبير عن …": a definite head takes adjectives, not a verbal noun
                if definite and k == i + 1 and w.startswith("ال") and any(f in gaz.heads for f in stems(w)) \
                        and w not in gaz.adjective_heads:
                    break  # "واتهمت المعارضة الحكومة بـ…": a second head noun is another body, the object
                k += 1
            bare = head.removeprefix("ال")
            if self._described_known_body(sid, text, offset, toks, taken, i, k):
                continue
            if k == i + 1 and not definite and k < len(toks) and taken[k] and not _punct_before(text, toks, k):
                person = next((h for h in self.hits if h.sentence == sid and h.tok == k
                               and self.actors[h.actor].kind == "person"), None)
                if person is not None:  # "مكتب نتنياهو", "إدارة أوباما", "حزب أردوغان": a body named by its leader
                    end = next(t for t in range(k, len(toks)) if offset + toks[t][1] >= person.end) + 1
                    self._body(sid, text, offset, toks, i, end, taken, gaz.heads.get(head, gaz.heads.get("ال" + head)))
                    continue
            if k == i + 1:  # the head alone ("الوزارة", "هذه الفصائل": one named before)
                if not definite:
                    named = self._named_before_verb(text, toks, taken, i)
                    if named is not None:  # "شركة فيسبوك تقول إنها …": a body's name no list knows, then its verb
                        self._body(sid, text, offset, toks, i, named, taken, gaz.heads.get(head, gaz.heads.get("ال" + head)))
                    continue
                earlier = self._latest_with_head(bare, sid, before=offset + toks[i][0])
                if earlier:
                    self._hit(earlier, sid, offset, toks, i, k, taken)
                elif ("ال" + bare in gaz.standalone or self._after_speech_verb(toks, i) and word.startswith("ال")
                      and gaz.heads.get(bare, gaz.heads.get("ال" + bare)) != "media"  # ("وقالت الوكالة": one named)
                      and not self._head_printed_before(bare, sid, toks[:i])) \
                        and not pointed and not (k < len(toks) and toks[k][2] == "عن"):
                    # ("الدفاع عن حقوقه": defending, a verbal noun, no body; "وقالت السلطات إن" with
                    # no authorities printed before: the subject of a verb of saying, a body of its own;
                    # "ونفت الجماعة" after "جماعة عسكر طيبة", a body no list knows: that one, not identified)
                    self._body(sid, text, offset, toks, i, k, taken, gaz.heads.get("ال" + bare, gaz.heads.get(bare)))
                continue
            kind = gaz.heads.get(head, gaz.heads.get("ال" + head))
            self._body(sid, text, offset, toks, i, k, taken, kind)
            self._elided_head(sid, text, offset, toks, taken, i, k, kind)

    def _described_known_body(self, sid, text, offset, toks, taken, i: int, k: int) -> bool:
        """A head noun and its definite adjectives (tokens i..k) right before a known body's name ("موقع
        التواصل الاجتماعي تويتر"): what that body is, one mention of it from token i. True when made."""
        if not (k > i + 1 and k < len(toks) and taken[k] and not _punct_before(text, toks, k)
                and all(toks[t][2].startswith("ال") for t in range(i + 1, k))):
            return False
        named = next((h for h in self.hits if h.sentence == sid and h.tok == k
                      and self.actors[h.actor].kind in ("organisation", "media", "armed_group")), None)
        if named is None:
            return False
        end = next(t for t in range(k, len(toks)) if offset + toks[t][1] >= named.end) + 1
        self._hit(named.actor, sid, offset, toks, i, end, taken)
        return True

    def _elided_head(self, sid, text, offset, toks, taken, i: int, k: int, kind) -> bool:
        """"القوات الروسية والسورية": after a body named by a head and a nationality (tokens i..k),
        "و" + another nationality names the same kind of body of that state, its head left out
        ("القوات السورية", a name composed from the printed words). True when one was made."""
        gaz = self.gaz
        if not (toks[i][2].startswith(("ال", "وال")) and k < len(toks) and gaz.adjective(toks[k - 1][2]) and not taken[k]
                and not _punct_before(text, toks, k) and toks[k][2].startswith("وال") and gaz.adjective(toks[k][2][1:])):
            return False
        head_word = _surface(text, toks, i, i + 1, _head_form(stems(toks[i][2]), gaz.heads) or toks[i][2])
        name = head_word + " " + text[toks[k][0]:toks[k][1]][1:]
        aid = "org-" + transliterate(fold(name).removeprefix("ال"))
        actor = self._actor(aid, kind or "organisation", name, [])
        actor.affiliation = actor.affiliation or gaz.adjective(toks[k][2][1:])
        self._hit(aid, sid, offset, toks, k, k + 1, taken)
        self._hit(actor.affiliation, sid, offset, toks, k, k + 1, taken, mark=False)
        return True

    def _after_speech_verb(self, toks, i: int) -> bool:
        """Whether token i follows a verb of saying, past time words ("وقال سكان", "قال أمس نواب"), or
        "according to" ("بحسب مسعفين", "وفقا لمسعفين": whose words they are)."""
        k = i - 1
        while k >= 0 and toks[k][2] in self.gaz.sp_skip:
            k -= 1
        return k >= 0 and any(f in self.gaz.speech_verbs or f in self.gaz.according for f in stems(toks[k][2]))

    def _paired_head(self, sid, text, offset, toks, taken, i):
        """A body whose head is two words (data/speakers.yml `head_pairs`): "وسائل الإعلام السورية
        الرسمية" is the Syrian state media; "وسائل النقل" names no one."""
        gaz = self.gaz
        first = next((f for f in stems(toks[i][2]) if f in gaz.head_pairs), None)
        if first is None or i + 1 >= len(toks) or _punct_before(text, toks, i + 1) or taken[i + 1]:
            return
        kind, seconds = gaz.head_pairs[first]
        if toks[i + 1][2] not in seconds or not toks[i + 1][2].startswith("ال"):
            return  # (indefinite, "وسائل إعلام ألمانية", it is an unnamed group: see _open_kind)
        k = i + 2
        while k < len(toks) and k - i <= 5 and not taken[k] and not _punct_before(text, toks, k) \
                and toks[k][2].startswith("ال") and toks[k][2] not in gaz.sp_skip:
            k += 1
        self._body(sid, text, offset, toks, i, k, taken, kind, base=first)

    def _body(self, sid, text, offset, toks, i, k, taken, kind, base: str | None = None):
        base = base or _head_form(stems(toks[i][2]), self.gaz.heads)
        name = _surface(text, toks, i, k, base)
        aid = "org-" + transliterate(fold(name).removeprefix("ال"))
        if aid == "org-":
            return
        state = next((self.gaz.adjective(t[2]) for t in toks[i + 1:k] if self.gaz.adjective(t[2])), None)
        actor = self._actor(aid, kind or "organisation", name, [])
        actor.affiliation = actor.affiliation or state
        self._hit(aid, sid, offset, toks, i, k, taken)
        if state:
            self._hit(state, sid, offset, toks, i, k, taken, mark=False)

    def _remember_short_name(self, toks, i: int, k: int, aid: str) -> None:
        """Keep the one definite word that names a body after its indefinite head ("حركة النهضة",
        "كتائب القسام"), so "وأكدت النهضة" is that body (see _short_names); not an adjective, a
        head noun or a short word ("حزب الله")."""
        gaz = self.gaz
        if k != i + 2 or toks[i][2].startswith(("ال", "وال", "لل")) or not any(f in gaz.heads for f in stems(toks[i][2])):
            return
        w = toks[i + 1][2]
        bare = w.removeprefix("ال")
        if not w.startswith("ال") or len(bare) < 4 or gaz.adjective(w) or any(f in gaz.heads for f in stems(w)) \
                or w.endswith(("يه", "ي")) or w in gaz.name_stops or w in gaz.sp_stops:
            return
        self.short_names.setdefault(w, aid)

    def _short_names(self, sid, text, offset, toks, taken):
        """A body named before by its head and one word ("حركة النهضة"), now by that word alone in
        speaker position: right after a verb of saying ("وأكدت النهضة"), or joined by "و" to a
        party there ("وقالت السرايا والقسام")."""
        if not self.short_names:
            return
        for i, (_, _, word) in enumerate(toks):
            if taken[i] or i == 0 or _punct_before(text, toks, i):
                continue
            aid = next((self.short_names[f] for f in stems(word)[:2] if f in self.short_names), None)
            if aid is None:
                continue
            spoken = self._after_speech_verb(toks, i) and not word.startswith("و")
            joined = word.startswith("و") and i > 1 and self._after_speech_verb(toks, i - 1)
            if spoken or joined:
                self._hit(aid, sid, offset, toks, i, i + 1, taken)

    def _named_before_verb(self, text, toks, taken, i: int) -> int | None:
        """End token of a body's name printed after an indefinite head noun at token i and right
        before a verb of saying ("شركة فيسبوك تقول", "منظمة هيومن رايتس ووتش قالت"): one to three
        words without the article, punctuation or a stop; None otherwise."""
        gaz = self.gaz
        for m in range(i + 2, min(i + 5, len(toks))):
            w = toks[m - 1][2]
            if taken[m - 1] or _punct_before(text, toks, m - 1) or w.startswith(("ال", "لل")) or w in gaz.name_stops \
                    or w in gaz.sp_stops or w in gaz.sp_skip or any(f in gaz.speech_verbs for f in stems(w)):
                return None
            if not _punct_before(text, toks, m) and any(f in gaz.speech_verbs for f in stems(toks[m][2])) \
                    and toks[m][2][:1] in ("ي", "ت", "ق", "أ", "ا") and not toks[m][2].startswith(("و", "ف")):
                return m
        return None

    def _head_printed_before(self, bare: str, sid: str, before) -> bool:
        """Whether the head noun `bare` (no "ال") is printed before token list `before` of sentence
        `sid`, in this sentence or any before it in reading order (the headline first)."""
        def printed(toks) -> bool:
            return any(f.removeprefix("ال") == bare for t in toks for f in stems(t[2]))
        if printed(before):
            return True
        for s in self.doc.sentences:
            if s.id == sid:
                return False
            if printed(tokens(s.text)):
                return True
        return False

    def _latest_with_head(self, bare: str, sid: str, before: int | None = None) -> str | None:
        """The latest body named before whose name starts with the head noun `bare` (no "ال"), or
        that was printed after it ("بحسب تقرير لصحيفة نيويورك تايمز … وقالت الصحيفة": the list's name
        is "نيويورك تايمز"), before offset `before` when given (not "وكالة رويترز" itself)."""
        for h in reversed(self.hits):
            if before is not None and h.sentence == sid and h.start >= before:
                continue
            actor = self.actors.get(h.actor)
            if actor and actor.kind in ("organisation", "media", "armed_group") and (any(
                    n.split() and fold(n).split()[0].removeprefix("ال") == bare for n in actor.names["ar"])
                    or not h.implied and self._printed_after_head(h, bare)):
                return actor.id
        return None

    def _printed_after_head(self, h, bare: str) -> bool:
        """Whether the word printed right before mention `h` is the head noun `bare` in construct with
        it ("لصحيفة نيويورك تايمز"; not "أجهزة المخابرات والشرطة": a definite head, then "و")."""
        start = self.sentence_start[h.sentence]
        text = self.text_of[h.sentence]
        before = tokens(text[:h.start - start])
        if not before or text[h.start - start:h.start - start + 1] == "و" or before[-1][2].startswith(("ال", "وال", "بال", "لل")):
            return False
        return any(f == bare for f in stems(before[-1][2]))
