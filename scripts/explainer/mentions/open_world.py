"""Open-world speakers: names no list knows, found by where they stand — between quotation marks,
or as the subject of a reporting verb ("وقال سامر الحداد")."""

from __future__ import annotations

from ..lexicon import fold, stems, transliterate
from .common import (_OPENERS, _addressee, _head_form, _no_adjective_after_definite_head, _person_id, _pronoun_suffixed,
                     _punct_before, _surface, _verbal_noun_shaped)


class OpenPasses:
    """ActorFinder's open-world passes (a mixin)."""

    def _quoted_names(self, sid, text, offset, toks, taken):
        """A head noun and a name in quotes or brackets right after it ('صحيفة (التايمز)', 'موقع
        "بازفيد"', 'منظمة "الخوذ البيضاء"'): the actor is the quoted name, of the head's kind."""
        gaz = self.gaz
        for i, (_, _, word) in enumerate(toks[:-1]):
            if taken[i] or taken[i + 1]:
                continue
            head = _head_form(stems(word), gaz.heads)
            if head is None or head.startswith("ال"):
                continue
            gap = text[toks[i][1]:toks[i + 1][0]]
            opening = next((c for c in gap if c in _OPENERS), None)
            if opening is None or any(c in gap for c in "،,:.") :
                continue
            closing = _OPENERS[opening]
            k = i + 2  # the token after the last word of the name
            while k < len(toks) and k - i <= 4 and closing not in text[toks[k - 1][1]:toks[k][0]] and not taken[k]:
                k += 1
            if k - i > 4 or closing not in text[toks[k - 1][1]:(toks[k][0] if k < len(toks) else len(text))]:
                continue
            name = text[toks[i + 1][0]:toks[k - 1][1]]
            kind = gaz.heads.get(head, gaz.heads.get("ال" + head, "organisation"))
            aid = ("org-" if kind != "person" else "person-") + transliterate(fold(name))
            if aid.endswith("-"):
                continue
            self._actor(aid, kind, name, [])
            self._hit(aid, sid, offset, toks, i, k, taken)  # the head belongs to the mention

    def _open_speakers(self, sid, text, offset, toks, taken):
        """A name no list knows, in speaker position: right after a reporting or denial verb and
        ended where a subject ends (a complementiser, punctuation, "لوكالة …", a time word). Its
        kind comes from its head noun (data/speakers.yml), else it is a person's name."""
        gaz = self.gaz
        for i, (_, _, word) in enumerate(toks):
            according = word in ("بحسب", "حسب", "وبحسب", "وحسب", "وفق")  # "بحسب وكالة دوغان": a body, by its head
            if not according and not any(f in gaz.speech_verbs for f in stems(word)) and not (  # "ووجهت سعاد الحداد تهمة …"
                    any(f in gaz.object_verbs for f in stems(word))
                    and any(f in gaz.object_nouns for t in toks[i + 2:i + 7] for f in stems(t[2]))):
                continue
            if according and not (i + 1 < len(toks) and not toks[i + 1][2].startswith("ال")
                                  and any(f in gaz.heads for f in stems(toks[i + 1][2]))):
                continue
            if any(f in gaz.verbs_with_an for f in stems(word)) and not any(t[2] == "عن" for t in toks[i + 1:i + 8]):
                continue  # "عبّر … عن": without its "عن", "عبر" is "through"
            if text[toks[i][0]:toks[i][1]].endswith("ي") and any(f in gaz.maqsura_verbs for f in stems(word)):
                continue  # "نفي" (a denial, or a typo for "في") is no "نفى" (he denied)
            if text[toks[i][0]:toks[i][1]].endswith("ى") and word.endswith("ي") and not any(f in gaz.maqsura_verbs for f in stems(word)):
                continue  # "امرأة تدعى منية" (is called) is no "تدعي" (she claims)
            if i > 0 and word in gaz.impersonal and toks[i - 1][2] in ("الذي", "التي", "والذي", "والتي"):
                continue  # "حي اليرموك الذي يعتبر أحد أحياء دمشق": what it is considered, no speaker
            j = i + 1
            while j < len(toks) and toks[j][2] in gaz.sp_skip and not _punct_before(text, toks, j):
                j += 1
            if j >= len(toks) or taken[j] or _punct_before(text, toks, j) or toks[j][2].startswith(("لل", "بال")):
                continue
            if toks[j][2] in gaz.quantifiers:
                self._group(sid, text, offset, toks, taken, j)
                continue
            if not toks[j][2].startswith(("ال", "و")) and _verbal_noun_shaped("ال" + toks[j][2]) and gaz.given_name(toks[j][2]) is None:
                continue  # "ووصف تحقيق مولر بأنه …": a verbal noun opens the object, no one's name
            if toks[j][2].startswith("ب") and text[toks[j][0]:toks[j][1]].endswith("ة") and gaz.given_name(toks[j][2]) is None:
                continue  # "أجاب بصراحة وصدق", "ردت بشدة": "ب" and a noun of manner, no one's name
            if any(f in gaz.apposition for f in stems(toks[j][2])) and self._title_holder(sid, text, offset, toks, taken, j):
                continue
            if self._witness(sid, text, offset, toks, taken, j):
                continue
            joined = self._open_subject(sid, text, offset, toks, taken, j)
            while joined is not None and not taken[joined]:  # "منظمة خيرية ومجموعة مراقبين": each party
                joined = self._open_subject(sid, text, offset, toks, taken, joined, after_wa=True)

    def _witness(self, sid, text, offset, toks, taken, j: int) -> bool:
        """An indefinite noun for a person in speaker position (speakers.yml `person_nouns`), alone or
        with where it is from, then where a subject ends: "وقالت امرأة من القرية: …", "وقال شاب
        إن …". An unnamed witness: an anonymous source."""
        gaz = self.gaz
        w = toks[j][2]
        if w not in gaz.person_nouns and not (w[:1] in ("و", "ف") and w[1:] in gaz.person_nouns):
            return False
        k = j + 1
        if k + 1 < len(toks) and toks[k][2] == "من" and not _punct_before(text, toks, k) and not _punct_before(text, toks, k + 1) \
                and (toks[k + 1][2].startswith("ال") or taken[k + 1]):
            k += 2  # "امرأة من القرية", "رجل من بغداد"
            while k < len(toks) and k - j < 5 and toks[k][2].startswith("ال") and not _punct_before(text, toks, k) and not taken[k]:
                k += 1
        if not (k == len(toks) or any(c in ':"«“،' for c in text[toks[k - 1][1]:toks[k][0]]) or toks[k][2] in gaz.complementizers
                or toks[k][2] in gaz.subject_ends):
            return False
        name = text[toks[j][0]:toks[k - 1][1]]
        name = name if w in gaz.person_nouns else name[1:]  # ("وامرأة": without its "و")
        aid = "anon-" + transliterate(fold(name))
        if aid.endswith("-"):
            return False
        self._actor(aid, "anonymous", name, [])
        self._hit(aid, sid, offset, toks, j, k, taken)
        return True

    def _title_holder(self, sid, text, offset, toks, taken, j: int) -> bool:
        """A title in speaker position that runs on, with no comma, to a name no list knows where
        the subject ends: "وقال رئيس إدارة الجريمة في الشرطة الوطنية بهولندا فيلبرت بوليسن إن",
        "أكدت الممثلة القارة للبنك الدولي ايلين موري، اليوم". The name is the two or three words
        before the end (a complementiser, punctuation, a time word, the verb's object with its
        pronoun: "دعمه") that have no article, no glued preposition, no pronoun and are no
        adjective; the title (definite somewhere: an indefinite one is an unnamed office holder)
        never runs over a verb or a word of speakers.yml `title_stops`. The attribution rule
        title_holder (attribution/subject.py) gives the person the statement."""
        gaz = self.gaz
        definite = toks[j][2].startswith(("ال", "وال"))
        c = j + 1
        while c < min(j + 1 + gaz.title_max + 3, len(toks)):
            w = toks[c][2]
            if _punct_before(text, toks, c) or w in gaz.complementizers or w in gaz.sp_skip \
                    or _pronoun_suffixed(text, toks, c) and len(w) > 3:
                break
            if w in gaz.title_stops or any(f in gaz.speech_verbs for f in stems(w)):
                return False
            if w == "في" and not (c + 1 < len(toks) and (toks[c + 1][2].startswith("ال") or taken[c + 1])):
                return False
            definite = definite or taken[c] or w.startswith(("ال", "لل", "بال", "وال"))
            c += 1
        else:
            return False
        if not definite and 1 < c - j <= 3 and not toks[j][2].startswith(("و", "ف")) and (
                c == len(toks) or _punct_before(text, toks, c) or toks[c][2] in gaz.complementizers or toks[c][2] in gaz.sp_skip) \
                and not any(taken[t] or toks[t][2] in gaz.not_names or _pronoun_suffixed(text, toks, t) for t in range(j, c)):
            # "قال ممثل ادعاء اتحادي الثلاثاء، إن": an indefinite office and what it is, no name: an unnamed
            # office holder, an anonymous source
            name = text[toks[j][0]:toks[c - 1][1]]
            aid = "anon-" + transliterate(fold(name))
            self._actor(aid, "anonymous", name, [])
            self._hit(aid, sid, offset, toks, j, c, taken)
            return True
        if not definite or (c < len(toks) and _pronoun_suffixed(text, toks, c) and not _punct_before(text, toks, c)
                            and toks[c][2] in gaz.not_names):
            return False
        start = c
        while start - 1 > j and c - start < gaz.name_max:
            w = toks[start - 1][2]
            printed = text[toks[start - 1][0]:toks[start - 1][1]]
            if taken[start - 1] or w.startswith(("ال", "وال", "لل", "بال")) or w in gaz.sp_stops or w in gaz.name_stops \
                    or w in gaz.not_names or w in gaz.title_stops or any(f in gaz.apposition or f in gaz.heads for f in stems(w)) \
                    or gaz.adjective(w) or _pronoun_suffixed(text, toks, start - 1) or printed.endswith("ة"):
                break
            start -= 1
        while start < c and toks[start][2][:1] in ("ب", "ل", "و") and gaz.given_name(toks[start][2]) is None \
                and c - start > 2:
            start += 1  # "بهولندا فيلبرت بوليسن": the place the office is in, then the name
        if gaz.given_name(toks[start - 1][2]) is not None or toks[start][2] in ("بن", "ابن", "بنت", "ابو", "ال"):
            return False  # "الأمير الوليد بن طلال": a name that opens with a given name is _named_people's
        if c - start < 2 or start == j + 1 and not taken[j]:
            return False  # one word is as likely a noun as a name; a name right after the title is _titled_people's
        name = text[toks[start][0]:toks[c - 1][1]]
        known = self._known_person(toks[start:c])
        actor = self._actor(known["id"] if known else _person_id(name), "person", name, known["en"] if known else [])
        title = text[toks[j][0]:toks[start - 1][1]]
        title = title[1:] if title.startswith(("و", "ف")) and fold(title[1:].split()[0]) in gaz.apposition else title
        actor.title = actor.title or title
        self._hit(actor.id, sid, offset, toks, start, c, taken)
        return True

    def _open_subject(self, sid, text, offset, toks, taken, j: int, after_wa: bool = False) -> int | None:
        """The unknown name that starts at token j in speaker position, made an actor when it ends
        where a subject ends; the token of a second subject joined by "و", if one follows."""
        gaz = self.gaz
        k, ended, strong, joint = j, False, False, None
        headed = any(f in gaz.heads for f in stems(toks[j][2]))
        media = any(gaz.heads.get(f) == "media" for f in stems(toks[j][2]))  # "صحيفة دي فيلت"
        paired = any(f in gaz.head_pairs for f in stems(toks[j][2]))  # "وسائل إعلام …"
        # (a group named by a head of two words may run one word longer: "وسائل إعلام موالية للنظام السوري")
        while k < len(toks) and k - j < gaz.sp_max + paired and (not taken[k] or (headed or paired) and k > j + 1 and not toks[k][2].startswith("ال")
                                                         and gaz.adjective(toks[k][2]) is not None
                                                         and not _punct_before(text, toks, k)):
            # ("وسائل إعلام سورية": after an indefinite head, "سورية" is its adjective, not the state)
            w = toks[k][2]
            if k > j and _punct_before(text, toks, k):
                ended = True
                strong = any(c in ':"«“' for c in text[toks[k - 1][1]:toks[k][0]]) or (
                    "،" in text[toks[k - 1][1]:toks[k][0]]
                    and (any(f in gaz.apposition for f in stems(w)) or w in gaz.complementizers)) \
                    or self._aside_then_said(text, toks, k)  # "تقول دانيالز، واسمها …، إن"
                break
            if headed and k > j + 1 and w.startswith("وال") and w.endswith("يه") and toks[k - 1][2].endswith("يه") \
                    and toks[k - 1][2].startswith("ال") and not gaz.adjective(w[1:]):
                k += 1  # "النقابات المهنية والعمالية": two adjectives of one body, not a second party
                continue
            if k > j and w.startswith("و") and (w[1:].startswith("ال") or any(f in gaz.heads for f in stems(w))):
                ended, joint = True, k  # "منظمة خيرية ومجموعة مراقبين": the first of joint subjects
                break
            if headed and k == j + 1 and not toks[j][2].startswith(("ال", "وال")) and (
                    w.endswith("يه") or w.endswith(("ين", "ون")) and len(w) > 4):
                k += 1  # "منظمة خيرية", "مجموعة مراقبين": an unnamed body described by what follows
                continue
            if headed and k == j + 1 and not toks[j][2].startswith(("ال", "وال")) and k + 1 < len(toks) \
                    and not w.startswith("ال") and any(f in gaz.place_heads for f in stems(w)) and not taken[k + 1] \
                    and not _punct_before(text, toks, k + 1):  # (not "قناة الجزيرة": an island with the article is a name)
                k += 2  # "حكومة إقليم كردستان": a body of a region, the region's head and name are its name
                continue
            if headed and k > j + 1 and gaz.adjective(toks[k - 1][2]) and any(f in gaz.title_heads for f in stems(w)):
                ended = True  # "وأوصت وزارة التجارة الأمريكية الرئيس بـ…": after its nationality, an office is the object
                break
            if headed and k > j and toks[j][2].startswith(("ال", "وال")) and (_no_adjective_after_definite_head(w) or w in gaz.public_nouns):
                break  # "وجدد الحزب التعبير عن …": the verb's object, after a head that is a back-reference
            if headed and k == j + 1 and toks[j][2].startswith(("ال", "وال")) and w.startswith("ال") \
                    and any(f in gaz.heads for f in stems(w)) and w not in gaz.adjective_heads:
                ended = True  # "واتهمت المعارضة الحكومة بـ…": a second head noun is the verb's object
                break
            if headed and k > j and not w.startswith(("ال", "لل", "ل")) and not media and (
                    toks[j][2].startswith(("ال", "وال")) or _pronoun_suffixed(text, toks, k) or w in gaz.sp_stops
                    or w in gaz.name_stops or gaz.adjective(w) or k - j > 3 or _verbal_noun_shaped("ال" + w)
                    or any(toks[t][2].startswith("ال") for t in range(j + 1, k))):  # ("مجلس الوزراء السعودي إنشاء …")
                # ("وقال مستشفى سانت ماري إن", "أعلنت شركة أبل أن": an indefinite head, then its name)
                ended = True  # a body's name is its head and what is definite after it
                break
            if w in gaz.complementizers or w in gaz.sp_skip or (k > j and _addressee(w, gaz.addressees)) \
                    or w in gaz.subject_ends and toks[j][2].endswith(("ون", "ين")):  # "وقال ناجون إنهم": a plural group
                ended = strong = True
                break
            if k > j and any(f in gaz.object_nouns for f in stems(w)):
                ended = strong = True  # "وجهت سعاد الحداد تهمة …": the name ends at what she directs
                break
            if w in gaz.sp_stops or w in gaz.name_stops or w.isdigit() or any(f in gaz.speech_verbs for f in stems(w)):
                break
            if not headed and k > j and any(f in gaz.apposition for f in stems(w)) and not self._after_connector(toks, k):
                ended = strong = True  # "وقالت جين كونورز قائدة عمليات الشرطة": the name, then its title
                break
            if not headed and not paired and self._ends_name(toks, j, k):
                break
            k += 1
        else:
            ended = k == len(toks) or (k < len(toks) and taken[k] and k > j)
            if media and k == j + 2 and k < len(toks) and taken[k] and not toks[j][2].startswith(("ال", "وال")):
                # "وكالة أنباء الإمارات": a medium named by its state is one name, never the agency and the state apart
                state = next((h for h in self.hits if h.sentence == sid and h.tok == k and self.actors[h.actor].kind == "state"
                              and not h.adjective), None)
                if state is not None:
                    k = next(t for t in range(k, len(toks)) if offset + toks[t][1] >= state.end) + 1
                known = next((h for h in self.hits if h.sentence == sid and h.tok == k and self.actors[h.actor].kind == "media"), None)
                if state is None and known is not None:  # "وكالة أنباء الأناضول": the known agency, named in full
                    end = next(t for t in range(k, len(toks)) if offset + toks[t][1] >= known.end) + 1
                    self._hit(known.actor, sid, offset, toks, j, end, taken)
                    return None
            if headed and self._described_known_body(sid, text, offset, toks, taken, j, k):
                return None  # "موقع التواصل الاجتماعي تويتر": what the known body is, then its name
        if not ended or k == j:
            return None  # no clear end: the words may be the verb's object, not its subject
        if k == j + 1 and headed and any(f.startswith("ال") for f in stems(toks[j][2])):
            return None  # "وقالت الوزارة": a back-reference, resolved by _headed_bodies
        if k == j + 1 and headed and k < len(toks) and taken[k]:
            return None  # "وقال مكتب نتنياهو": a body named by its leader, built by _headed_bodies
        kind = self._open_kind([t[2] for t in toks[j:k]], [text[a:b] for a, b, _ in toks[j:k]])
        if kind is None:
            return None
        if kind == "person" and not strong and gaz.given_name(toks[j][2]) is None:
            return None  # an unknown name must end where a subject ends: "إن", ":", a quote, "لوكالة"
        if kind == "person" and k == j + 1 and gaz.given_name(toks[j][2]) is None and not (
                k < len(toks) and (toks[k][2] in gaz.complementizers or ":" in text[toks[k - 1][1]:toks[k][0]]
                                   or self._aside_then_said(text, toks, k))):
            return None  # one word no list knows, then a quote, is as likely the verb's object ("ذكر وجود "…"")
            # as a surname; before "أن" or a colon it is the subject ("أكد باييت أنه …")
        base = toks[j][2] if kind == "person" else (_head_form(stems(toks[j][2]), gaz.heads) or toks[j][2])
        if after_wa and base == toks[j][2] and base.startswith("و"):
            base = base[1:]  # the second of joint subjects, without its "و"
        name = _surface(text, toks, j, k, base)
        aid = ("person-" if kind == "person" else "org-" if kind != "anonymous" else "anon-") + transliterate(fold(name))
        if aid.endswith("-"):
            return None
        state = next((gaz.adjective(t[2]) for t in toks[j + 1:k] if gaz.adjective(t[2])), None)
        actor = self._actor(aid, kind, name, [])
        actor.affiliation = actor.affiliation or state
        self._hit(aid, sid, offset, toks, j, k, taken)
        if joint is not None and headed and self._elided_head(sid, text, offset, toks, taken, j, k, kind):
            return None  # "ونفت القوات الروسية والسورية": the second party made already
        return joint

    def _aside_then_said(self, text, toks, k: int) -> bool:
        """Whether an aside between commas opens at token k and a complementiser follows it ("تقول
        دانيالز، واسمها الحقيقي ستيفاني كليفورد، إن …"): the word before it ended where a subject ends."""
        if k >= len(toks) or "،" not in text[toks[k - 1][1]:toks[k][0]]:
            return False
        close = next((m for m in range(k + 1, min(k + 9, len(toks))) if "،" in text[toks[m - 1][1]:toks[m][0]]), None)
        if close is None:
            return False
        if all(toks[m][2] in self.gaz.sp_skip for m in range(k, close)):
            # "وأعلنت إيتا، الخميس، عن حل نفسها": only a time between the commas, then what was said
            return toks[close][2] in self.gaz.complementizers
        return toks[close][2] in self.gaz.complementizers - {"الي", "الى", "علي", "عن", "ب"}

    def _group(self, sid, text, offset, toks, taken, q):
        """An unnamed group in speaker position, led by a quantifier: "بعض النقاد", "عدد من
        السينمائيين المصريين", "جميع صانعي السياسة النقدية", "عدد منهم", "البعض" (anonymous)."""
        gaz = self.gaz
        j = q + 1
        if toks[q][2] in gaz.quantifiers_with_min and (j >= len(toks) or toks[j][2] not in ("من", "منهم")):
            return  # "تقدر عدد المفقودين": the number of the missing, no group
        if j < len(toks) and toks[j][2] == "منهم" or toks[q][2].startswith("ال"):
            k = j + 1 if j < len(toks) and toks[j][2] == "منهم" else j
        else:
            if j < len(toks) and toks[j][2] == "من" and not _punct_before(text, toks, j):
                j += 1
            if j >= len(toks) or taken[j] or _punct_before(text, toks, j) or toks[j][2] in gaz.sp_stops \
                    or toks[j][2] in gaz.complementizers or any(f in gaz.not_names or f in gaz.report_heads for f in stems(toks[j][2])):
                return  # ("بعض التقارير", "عدد من الإحصاءات": reports, no one's statement)
            k = j + 1
            while k < len(toks) and k - j < 4 and not taken[k] and not _punct_before(text, toks, k) and \
                    toks[k][2].startswith("ال") and toks[k][2] not in gaz.sp_stops:
                k += 1
        name = _surface(text, toks, q, k, toks[q][2].removeprefix("و"))
        aid = "anon-" + transliterate(fold(name))
        if aid.endswith("-"):
            return
        state = next((gaz.adjective(t[2]) for t in toks[q:k] if gaz.adjective(t[2])), None)
        actor = self._actor(aid, "anonymous", name, [])
        actor.affiliation = actor.affiliation or state
        self._hit(aid, sid, offset, toks, q, k, taken)

    def _open_kind(self, words: list[str], printed: list[str]) -> str | None:
        """The kind of actor an unknown name in speaker position is, or None if it is no name."""
        gaz = self.gaz
        first = words[0]
        forms = stems(first)
        pair = next((gaz.head_pairs[f] for f in forms if f in gaz.head_pairs), None)
        if pair is not None and len(words) > 1 and words[1] in pair[1] and len(words) <= 6:
            # "وسائل الإعلام الروسية", "وكالات الأنباء": that body; "وسائل إعلام موالية للنظام السوري": an unnamed group
            return pair[0] if words[1].startswith("ال") else "anonymous"
        if any(f in gaz.not_names or f in gaz.report_heads for f in forms) or len(words) > 4:
            return None
        if printed[0].endswith(("ه", "ها", "هم", "هما", "كم")) and not printed[0].endswith("الله"):
            return None  # a noun with a pronoun suffix ("ثقته", "وقوفها") is an object, not a name
        if (printed[0].endswith("ًا") or printed[0].endswith("ا") and len(words) > 1 and words[1][:1] in ("ي", "ت")) \
                and len(first) > 3 and gaz.given_name(first) is None:
            return None  # an indefinite accusative ("نموذجا يمكن نقله"): the verb's object, no subject
        head = next((gaz.heads[f] for f in forms if f in gaz.heads), None)
        if head:
            definite = any(w.startswith("ال") for w in forms[-1:] + words[1:2]) or first.startswith(("ال", "لل"))
            if head == "media" and len(words) > 1:
                return "media"  # "صحيفة دي فيلت": a paper named after its head noun
            if len(words) > 2 and not words[1].startswith("ال") and any(f in gaz.place_heads for f in stems(words[1])):
                return head  # "حكومة إقليم كردستان": a body named by its region
            named = len(words) > 1 and not words[1].endswith(("يه", "ي", "ين", "ون", "ات")) and gaz.adjective(words[1]) is None
            return head if definite or named else "anonymous"  # ("شركة فيسبوك": named; "منظمة خيرية": unnamed)
        if len(words) == 2 and first.startswith("ال") and (first.endswith("ون") and len(first) > 6 or first.endswith("ين") and len(first) > 7) \
                and gaz.adjective(words[1]) and words[1].startswith("ال"):
            return "anonymous"  # "ورأى المغردون القطريون": a definite plural of people and their nationality, an unnamed group
        if any(f.startswith("ال") for f in forms[:1]):
            # one word with "ال": a family name (nisba, "العبادي"), else a common noun
            return "person" if len(words) == 1 and first.endswith("ي") and len(first) > 5 \
                and not any(f in gaz.title_heads or f in gaz.apposition for f in forms) else None  # (not "المفتي": an office)
        if len(words) <= 2 and any(f in gaz.anon_heads for f in forms):
            return "anonymous"  # "وقال نواب إن", "وقالت ناشطات إن": an unnamed group (data/sources.yml heads)
        if len(words) <= 2 and (first.endswith("ون") and len(first) > 4 or first.endswith("ين") and len(first) > 5) \
                and not any(f in gaz.first_names for f in forms):
            # "اعتبر محللون", "أكد محامون أميركيون": an unnamed group ("كوهين", "شاهين": a name, ين
            # after three letters; a plural in ين after a verb is rare, its stem longer: "محققين")
            return "anonymous"
        if len(words) >= 2 and not any(f in gaz.first_names for f in forms) and any(
                w.endswith("يه") and not pw.startswith(("ال", "وال")) for w, pw in zip(words[1:], printed[1:])):
            # "منظمات غير حكومية", "وسائل إعلام ألمانية", "عواصم أوروبية": a group described by an
            # indefinite feminine adjective; a person's name has none
            return "anonymous"
        return "person" if len(words) <= 3 else None
