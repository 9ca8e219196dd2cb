"""Where a person's name ends: the tests the people passes share (a name's words and stops, an
office link, a state or place named next, a person or body already known)."""

from __future__ import annotations

from ..lexicon import fold, phrase_at, stems
from .common import _head_form, _punct_before, _verbal_noun_shaped


class NameBounds:
    """ActorFinder's name-boundary tests (a mixin)."""

    def _member_of(self, text, toks, h: int) -> tuple[int, int] | None:
        """(head token, token where the person's name starts) for a body named by a head noun at h
        and then a person whose name starts with a known given name ("حركة نداء تونس بوجمعة الرميلي"):
        the body's name runs up to that given name, over at most four words and no punctuation.
        None when no given name follows, so a body alone ("القيادي في حركة النهضة،") names no one."""
        gaz = self.gaz
        if h >= len(toks) or not _head_form(stems(toks[h][2]), gaz.heads):
            return None
        # ("القيادي في الحركة محمود الزهار": a definite head alone points back to the body named before)
        for b in range(h + 1 if toks[h][2].startswith("ال") else h + 2, min(h + 6, len(toks) - 1)):
            if _punct_before(text, toks, b) or toks[b][2] in gaz.name_stops or toks[b][2] in gaz.sp_stops:
                return None
            if gaz.name_after_title(toks[b][2]) is not None and not _punct_before(text, toks, b + 1) \
                    and toks[b + 1][2] not in gaz.name_stops:
                return h, b
        return None

    def _name_words(self, toks, j: int, k: int) -> int:
        """Words of a name from j up to k, not counting connectors ("سلمان بن عبد العزيز" has three)."""
        return sum(1 for t in toks[j:k] if t[2] not in self.gaz.connectors and t[2] not in self.gaz.name_particles)

    def _after_connector(self, toks, k: int) -> bool:
        """Whether token k follows a name's connector ("آل", "بن", "أبو", "عبد"): then it is part of
        the name, whatever else it may be ("آل الشيخ": not the title "الشيخ")."""
        return k > 0 and toks[k - 1][2] in self.gaz.connectors and toks[k - 1][2] != "ولد"  # ("ولد": also "was born")

    def _stops_name(self, toks, k: int) -> bool:
        """Whether token k can be no part of a name: a stop word, alone or after "و" ("وكان"), or a
        number ("الـ31")."""
        w = toks[k][2]
        plain = lambda t: not toks[t][2].startswith("ال") and toks[t][2] not in self.gaz.name_stops \
            and not _punct_before(self.current_text, toks, t + 1)
        # (never before a verb in the present: "… كي يعود", so that he returns)
        if w in self.gaz.name_particles and k > 0 and k + 1 < len(toks) and not toks[k + 1][2].startswith(("ي", "ت")) and (
                k > 1 and plain(k - 2) and plain(k - 1)
                or plain(k - 1) and self.gaz.given_name(toks[k - 1][2]) is not None) \
                and toks[k + 1][2] not in self.gaz.name_stops and not toks[k + 1][2].startswith("ال") \
                and not _punct_before(self.current_text, toks, k) and not _punct_before(self.current_text, toks, k + 1):
            return False  # "جان إيف لو دريان": a particle inside a European name
        return w in self.gaz.name_stops or w[:1] == "و" and w[1:] in self.gaz.name_stops or any(c.isdigit() for c in w)

    def _inside_known_person(self, toks, i: int) -> bool:
        """Whether token i lies inside a known person's name that starts before it."""
        words = [t[2] for t in toks]
        for start in range(max(0, i - 3), i):
            for pattern, entry in self.gaz.phrases_at(words, start):
                if entry.get("kind") == "person" and start + len(pattern) > i and phrase_at(pattern, words, start):
                    return True
        return False

    def _after_a_name(self, text, toks, i: int) -> bool:
        """Whether the title at token i follows a person's name (a given name and one or two more
        words, a comma at most between): then it is that person's office, in apposition, and
        what follows it is no other person's name."""
        gaz = self.gaz
        if i < 2 or toks[i][2].startswith(("و", "ف")) and toks[i][2][1:] in gaz.title_heads:
            return False  # "وقال … ووزير الخارجية …": a second person, joined by "و"
        gap = text[toks[i - 1][1]:toks[i][0]].strip()
        if gap not in ("", "،", ","):
            return False
        for start in (i - 2, i - 3):
            if start < 0 or any(_punct_before(text, toks, k) for k in range(start + 1, i - 1 + 1) if k < i):
                continue
            if gaz.given_name(toks[start][2]) is not None \
                    and not any(toks[k][2] in gaz.name_stops for k in range(start, i)):
                return True
        return False

    def _office_link(self, toks, j: int) -> bool:
        """"لمصالحة الأطراف" in "قائد المركز الروسي لمصالحة الأطراف": a word with "ل" and a definite
        word after it continue an office, they are no name."""
        return toks[j][2].startswith("ل") and not toks[j][2].startswith("لل") and j + 1 < len(toks) \
            and toks[j + 1][2].startswith("ال") and len(toks[j][2]) > 3 and self.gaz.given_name(toks[j][2]) != toks[j][2]
        # ("وزيرة المالية لمياء الزريبي": a given name that begins with ل is the name, not "ل" + a word)

    def _ends_name(self, toks, j: int, k: int) -> bool:
        """Whether token k (after a name begun at j) cannot be part of that person's name: a
        prepositional phrase ("جاويد للبرلمان", "للمحققين"), an apposition or title ("محمد الناصر
        شويخة عضو …", "جين كونورز قائدة …"), a country or capital ("ساجد جاويد موسكو"), or, after
        two name words, a definite participle ("طارق رمضان الموقوف")."""
        gaz, w = self.gaz, toks[k][2]
        if k > j and self._after_connector(toks, k) and not w.startswith(("لل", "بال")):
            return False  # "عبدالعزيز بن عبدالله آل الشيخ": the word after "آل", "بن", "أبو" is the name's
        if w.startswith(("لل", "بال", "وبال", "ولل")):
            return True
        if k > j and w[:1] == "ل" and len(w) > 4 and gaz.given_name(w) is None and self.text_of_token(toks, k).endswith("ة"):
            return True  # "بوريس جونسون لمناقشة …", "… لمواجهة": "ل" and a verbal noun, why, not who
            # (not any "ل" word: "جان إيف لودريان", "عبد الوافي لفتيت" are names)
        if k >= j + 2 and w.startswith("با") and len(w) > 4 and gaz.given_name(w) is None:
            return True  # "فرانسوا مولانس باعتماد سن …": "ب" and a verbal noun, what was recommended
        if k > j and w in gaz.not_names or k >= j + 2 and w in gaz.person_name_stops:
            return True  # "أكد عبد الفتاح السيسي دعم مصر": a word that starts no name ends one too
            # ("سعد الحريري غير صحيح", but a group "منظمات غير حكومية")
        if k > j and w[:1] == "ل" and fold(w[1:]) in gaz.addressees:
            return True  # "أحمد سالم لوكالة رويترز": to whom it was said
        if k > j and w[:1] == "ل" and len(w) > 3 and gaz.given_name(w) is None and (
                w[1:] in self.surnames or any(pattern[:1] == [w[1:]] for pattern, _ in gaz.phrases_from([w[1:]]))):
            return True  # "قال أحمد حسن لبوتين": "ل" and a party named before or known, whom he told
        if k > j and any(f in gaz.statement_nouns for f in stems(w)):
            return True  # "محمد صالح بتصريح لـCNN", "خالد يوسف في بيان": how it was said
        if k > j and any(f in gaz.apposition for f in stems(w)):
            return True
        if k > j and self._place_at(toks, k):
            return True
        if k >= j + 2 and not w.startswith(("ال", "و")) and _verbal_noun_shaped("ال" + w) and gaz.given_name(w) is None:
            return True  # "خليفة حفتر استهداف المدنيين": a verbal noun after the name, what is denied
        if k > j and len(w) > 4 and self.text_of_token(toks, k).endswith(("ها", "هم", "هما")) and gaz.given_name(w) is None:
            return True  # "عضو تدابير يعتبرها …": a word with a pronoun attached ends a name
        if k >= j + 2 and len(w) >= 5 and (w.endswith("ات") or w.endswith(("ه", "ها", "هم")) and not w.endswith("الله")
                                          and self.text_of_token(toks, k)[-1:] != "ة"):
            return True  # "خالد يوسف انتقادات", "خالد يوسف حلفاءه": the verb's object, not a third name
        # a third word with "ال" is a family name only as a nisba ("طاهر محمود الأشرفي"), else what
        # the person does ("طارق رمضان الموقوف", "خالد يوسف الحصول على …")
        return self._name_words(toks, j, k) >= 2 and w.startswith(("ال", "وال")) and not w.endswith(("ي", "ه")) \
            and w not in gaz.connectors and toks[k - 1][2] not in gaz.connectors \
            and gaz.given_name(w) is None  # ("رامي عبد الرحمن", "آل سعود", "زيد رعد الحسين": a given name as family name)

    def _state_named_at(self, toks, k: int) -> str | None:
        """The state a one-word country name at token k names ("عاهل البحرين", "أمير الكويت")."""
        words = [t[2] for t in toks[k:k + 1]]
        return next((entry["id"] for pattern, entry in self.gaz.phrases_at(words, 0)
                     if entry["kind"] == "state" and len(pattern) == 1 and phrase_at(pattern, words, 0)), None)

    def text_of_token(self, toks, k: int) -> str:
        """Token k as printed (the sentence being read)."""
        return self.current_text[toks[k][0]:toks[k][1]]

    def _place_at(self, toks, k: int) -> bool:
        """Whether a country or capital of data/actors.yml is named at token k."""
        words = [t[2] for t in toks[k:k + 4]]
        return any(entry["kind"] == "state" and phrase_at(pattern, words, 0) for pattern, entry in self.gaz.phrases_at(words, 0))

    def _person_with_title(self, title: str) -> str | None:
        """The latest person named before with this title (compared folded, without "و"/"ف")."""
        want = " ".join(w for w in fold(title).split())
        want = want[1:] if want[:1] in ("و", "ف") and want[1:2] != " " else want
        for actor in reversed(list(self.actors.values())):
            if actor.kind == "person" and actor.title:
                have = fold(actor.title)
                if (have.endswith(want) and not self._governed(have, want) or want.endswith(have) and not self._governed(want, have)
                        or have.startswith(want + " ")):
                    return actor.id
        # "الوزير الفرنسي" after "وزير البيئة الفرنسي نيكولا أولو": the same head, every other word of
        # it in that title (a nationality too), and no other person titled so
        words = [w.removeprefix("ال") for w in want.split()]
        if len(words) >= 2:
            same = [a.id for a in self.actors.values() if a.kind == "person" and a.title
                    and [w.removeprefix("ال") for w in fold(a.title).split()][:1] == words[:1]
                    and set(words[1:]) <= {w.removeprefix("ال") for w in fold(a.title).split()[1:]}]
            if len({fold(self.actors[a].title) for a in same}) == 1:
                return same[-1]  # (one title printed for two spellings of a name: the latest named)
        return None

    def _governed(self, longer: str, shorter: str) -> bool:
        """Whether the title `longer` ends with `shorter` governed by a title of its own ("نائب الرئيس
        الأمريكي" is not "الرئيس الأمريكي": the deputy is another person)."""
        front = longer[: len(longer) - len(shorter)].split()
        return bool(front) and any(f in self.gaz.title_heads for f in stems(front[-1]))

    def _back_reference(self, title_toks) -> str | None:
        """The body a definite head noun after "باسم" points back to ("باسم الوزارة" → the latest
        ministry named), when exactly that head noun starts an earlier actor's name."""
        words = [t[2] for t in title_toks]
        for k, w in enumerate(words[:-1]):
            if w in self.gaz.title_links and words[k + 1].startswith("ال"):
                head = words[k + 1][2:]
                for actor in reversed(list(self.actors.values())):
                    if actor.kind in ("organisation", "media", "armed_group") and any(
                            fold(n).split()[0].removeprefix("ال") == head for n in actor.names["ar"] if n.split()):
                        return actor.id
        return None

    def _known_body(self, toks, j) -> tuple[int, dict] | None:
        """(token after it, its gazetteer entry) when a known organisation or state is named at token j."""
        words = [t[2] for t in toks]
        for pattern, entry in self.gaz.phrases_at(words, j):
            if entry.get("kind") != "person" and not entry.get("needs_adjective") and phrase_at(pattern, words, j):
                return j + len(pattern), entry
        return None

    def _known_person(self, name_toks):
        words = [t[2] for t in name_toks]
        for pattern, entry in self.gaz.phrases_from(words[:1]):
            if entry.get("kind") == "person" and pattern == words[: len(pattern)]:
                return entry
        return None

    def _known_end(self, name_toks, start: int, end: int) -> int:
        """Where a name found from `start` to `end` ends when a known person's full name (two words
        or more) begins it: a known name is not run on into the next words ("دونالد ترامب انسحاب
        بلاده", "بنيامين نتانياهو مرارا")."""
        words = [t[2] for t in name_toks[start:end]]
        for pattern, entry in self.gaz.phrases_from(words[:1]):
            if entry.get("kind") == "person" and 2 <= len(pattern) < len(words) and pattern == words[: len(pattern)]:
                return start + len(pattern)
        return end

    def _known_len(self, toks, j: int) -> int:
        """Words of the longest known person's name that starts at token j (0 if none)."""
        words = [t[2] for t in toks]
        return next((len(pattern) for pattern, entry in self.gaz.phrases_at(words, j)
                     if entry.get("kind") == "person" and phrase_at(pattern, words, j)), 0)
