"""Known actors: gazetteer phrases (states, capitals, organisations, people), a person's surname
alone after the full name, and nationality adjectives."""

from __future__ import annotations

from ..lexicon import fold, phrase_at, stems
from ..model import Actor
from .common import _add, _punct_before, _surface


class KnownPasses:
    """ActorFinder's gazetteer passes (a mixin)."""

    def _phrases(self, sid, text, offset, toks, taken):
        gaz = self.gaz
        words = [t[2] for t in toks]
        present = {form for w in words for form in stems(w)}  # skip phrases that cannot occur here
        for pattern, entry in gaz.phrases_from(present):
            if not present.issuperset(pattern):
                continue
            n = len(pattern)
            for i in range(len(toks) - n + 1):
                if any(taken[i : i + n]) or not phrase_at(pattern, words, i):
                    continue
                if entry["kind"] == "state" and n == 1 and i > 0 and gaz.adjective(words[i]) == entry["id"] and \
                        not _punct_before(text, toks, i) and (words[i].startswith("ال") and words[i - 1].startswith(("ال", "وال"))
                                                              or text[toks[i - 1][0]:toks[i][0]].rstrip().endswith("ة")):
                    continue  # "الخارجية السعودية", "طائرة مقاتلة سورية": the adjective of a noun, not the state named
                if entry["kind"] == "state" and (self._locative(text, toks, i, pattern[0]) or self._predicate(text, toks, i)):
                    for t in range(i, i + n):  # "في سوريا", "بتونس": a place, not the state acting
                        taken[t] = True
                    continue
                if entry.get("building") and i > 0 and toks[i - 1][2] in gaz.locative and not _punct_before(text, toks, i):
                    for t in range(i, i + n):  # "في البيت الأبيض": where someone was, not the body acting
                        taken[t] = True
                    continue
                if entry.get("platform") and self._published_on(text, toks, i, words[i] != pattern[0]):
                    for t in range(i, i + n):  # "كتب على تويتر", "بتويتر": where it was published, not the company
                        taken[t] = True
                    continue
                if entry["kind"] in ("organisation", "media", "armed_group") and self._runs_on(text, toks, i + n):
                    continue  # "الاتحاد الأوروبي لكرة اليد": a longer name, not the body the list knows
                state = self._following_adjective(toks, i + n) if entry["kind"] not in ("state", "person") else None
                if entry.get("needs_adjective") and not state:
                    continue
                name_end = i + n
                if entry.get("needs_adjective"):
                    actor = self._actor(f"{state}-{entry['id']}", entry["kind"], None,
                                        [f"{gaz.states[state]['adj_en']} {entry['en'][0]}"])
                    name_end = self._adjective_end(toks, i + n)
                else:
                    en = list(entry["en"])
                    if state and entry["kind"] != "person":
                        en = [f"{gaz.states[state]['adj_en']} {en[0]}"] + en
                    actor = self._actor(entry["id"], entry["kind"], None, en)
                actor.names["ar"] = _add(actor.names["ar"], _surface(text, toks, i, name_end, pattern[0]))
                actor.affiliation = actor.affiliation or entry.get("of") or (state if actor.kind != "state" else None)
                self._hit(actor.id, sid, offset, toks, i, name_end, taken)
                if actor.affiliation and actor.affiliation in gaz.states:
                    self._hit(actor.affiliation, sid, offset, toks, i, name_end, taken, mark=False)

    def _published_on(self, text, toks, i: int, glued: bool) -> bool:
        """Whether the network named at token i is where something was published: after a preposition
        or an account ("على تويتر", "في حسابه على "تويتر"", "على موقع التواصل الاجتماعي تويتر",
        data/speakers.yml `platform_places`, `platform_heads`), or with a glued preposition ("بتويتر")."""
        gaz = self.gaz
        if glued and toks[i][2][:1] in ("ب", "ل"):
            return True
        k = i - 1
        while k >= 0 and i - k <= 4 and text[toks[k][1]:toks[k + 1][0]].strip(' "«»“”') == "" and (
                toks[k][2].startswith("ال") or toks[k][2] in gaz.platform_heads):
            k -= 1  # past "موقع التواصل الاجتماعي"
        return k >= 0 and text[toks[k][1]:toks[k + 1][0]].strip(' "«»“”') == "" and toks[k][2] in gaz.platform_places

    def _runs_on(self, text, toks, k: int) -> bool:
        """Whether a known body's name printed up to token k goes on as a longer name: a noun with
        a glued "ل" right after it, in construct with a definite word ("… لكرة اليد", "… لحقوق
        الإنسان"), where no list entry starts."""
        if k + 1 >= len(toks) or _punct_before(text, toks, k):
            return False
        w = toks[k][2]
        return w.startswith("ل") and not w.startswith("لل") and len(w) > 3 and toks[k + 1][2].startswith("ال") \
            and not _punct_before(text, toks, k + 1)

    def _locative(self, text, toks, i, first: str) -> bool:
        """Whether the country or city named at token i is a place: after a preposition of place
        ("في سوريا", "إلى روسيا", "ومقره في بريطانيا"), with a glued "ب" ("سفير السعودية بتونس"),
        after a part of it ("شرق أوكرانيا"), after a number and "من" ("و7 من روسيا البيضاء": where
        seven people come from), or joined by "و" to a place ("في لبنان والأردن والعراق")."""
        word = toks[i][2]
        glued = word[: len(word) - len(first)] if word.endswith(first) else ""
        if "ب" in glued and not first.startswith("ب"):
            return True
        if i > 0 and not _punct_before(text, toks, i) and any(f in self.gaz.place_parts for f in stems(toks[i - 1][2])):
            return True
        if i > 1 and toks[i - 1][2] == "من" and toks[i - 2][2].lstrip("و").isdigit():
            return True
        if i > 2 and toks[i - 1][2] == "من" and toks[i - 2][2] == "كل" and toks[i - 3][2] in self.gaz.locative:
            return True  # "في كل من جنوب أفريقيا وتايوان"
        if i > 1 and toks[i - 1][2] == "مع" and any(f in self.gaz.place_parts for f in stems(toks[i - 2][2])):
            return True  # "الحدود مع بنغلاديش"
        if i > 1 and self.gaz.adjective(toks[i - 1][2]) and any(f in self.gaz.place_heads for f in stems(toks[i - 2][2])):
            return True  # "العاصمة التشيكية براغ"
        if "و" in glued and i > 0 and not _punct_before(text, toks, i):
            head = self._coordinated_head(text, toks, i - 1)
            if head is not None and self._locative(text, toks, head[0], head[1]):
                return True
        if i > 1 and toks[i - 1][2] == "من" and any(f in self.gaz.from_places for f in stems(toks[i - 2][2])):
            return True  # "آتيا من تركيا", "تقارير من سوريا": where from, not who
        if i > 0 and any(f in self.gaz.not_state_heads for f in stems(toks[i - 1][2])) and not any(
                f in ("دوله", "الدوله") for f in stems(toks[i - 1][2])):  # ("دولة إسرائيل" is the state)
            return True  # "مباراة مصر وروسيا", "هزيمة السعودية": a national team, not the state
        if i > 1 and toks[i][2].startswith("و") and any(f in self.gaz.not_state_heads for f in stems(toks[i - 2][2])):
            return True
        between = i > 0 and toks[i - 1][2] == "بين" or i > 1 and toks[i - 2][2] == "بين" and toks[i][2].startswith("و")
        if between and any(f in self.gaz.not_state_heads for t in toks[max(0, i - 12):i] for f in stems(t[2])):
            return True  # "نهائيات كأس العالم … بين فرنسا وكرواتيا": the teams
        return i > 0 and toks[i - 1][2] in self.gaz.locative and not _punct_before(text, toks, i)

    def _predicate(self, text, toks, i) -> bool:
        """Whether the country at token i is what a clause says something is: named right after
        "إنها"/"إنه", alone or in a list joined by "و"/"أو" ("تقول منظمات إنها رواندا أو أوغندا")."""
        k = i
        while k > 0 and not _punct_before(text, toks, k):
            before = toks[k - 1][2]
            if before in self.gaz.predicate_pronouns:
                return True
            if before == "او" and k > 1 and not _punct_before(text, toks, k - 1) and \
                    any(f in self.gaz.state_words for f in stems(toks[k - 2][2])):
                k -= 2  # "رواندا أو أوغندا"
            elif toks[k][2].startswith("و") and any(f in self.gaz.state_words for f in stems(before)):
                k -= 1  # "رواندا وأوغندا"
            else:
                return False
        return False

    def _coordinated_head(self, text, toks, k):
        """(token index, folded name) of the first state in a list of one-word states joined by "و"
        that ends at token k ("لبنان والأردن" ending at "والأردن" → "لبنان"), or None."""
        words = [t[2] for t in toks]
        while k >= 0:
            start, name = k, next((f for f in stems(toks[k][2]) if f in self.gaz.state_words), None)
            if name is None:  # a state of two or more words ("جنوب أفريقيا وتايوان")
                for pattern, _ in self.gaz.state_phrases:
                    if 1 < len(pattern) <= k + 1 and phrase_at(pattern, words, k - len(pattern) + 1):
                        start, name = k - len(pattern) + 1, pattern[0]
                        break
            if name is None:
                return None
            glued = toks[start][2][: len(toks[start][2]) - len(name)] if toks[start][2].endswith(name) else ""
            if "و" not in glued or start == 0 or _punct_before(text, toks, start):
                return start, name
            k = start - 1
        return None

    def _following_adjective(self, toks, j) -> str | None:
        """A nationality adjective right after a phrase, or after a short "للقوات المسلحة" link."""
        for k in range(j, min(j + 4, len(toks))):
            state = self.gaz.adjective(toks[k][2])
            if state:
                return state
            if not toks[k][2].startswith(("ال", "لل")):
                return None
        return None

    def _adjective_end(self, toks, j) -> int:
        for k in range(j, min(j + 4, len(toks))):
            if self.gaz.adjective(toks[k][2]):
                return k + 1
        return j

    def _surnames(self, sid, offset, toks, taken):
        """A person named in full before, now by the last word of the name alone ("أمبر راد" …
        "وأضافت راد", "عبد الرشيد دوستم" … "ودوستم الستيني"): the same person."""
        if not self.surnames and not self.full_names:
            return
        for i, (_, _, word) in enumerate(toks):
            if taken[i]:
                continue
            full = self._full_name_at(toks, i, taken) or self._first_and_last_at(toks, i, taken)
            if full is not None:  # the whole name printed again ("الوليد بن طلال يكشف"): all of it
                self._hit(full[0], sid, offset, toks, i, i + len(full[1]), taken)
                continue
            known = next((self.surnames[f] for f in stems(word)[:2] if f in self.surnames), None)
            if known is None:
                continue
            aid, words = known
            # the longest end of the full name printed here ("بن دالي", "محمد الناصر شويخة")
            start = i
            while start > 0 and i - start + 1 < len(words) and not taken[start - 1] and \
                    words[-(i - start + 2)] in stems(toks[start - 1][2])[:2]:
                start -= 1
            self._hit(aid, sid, offset, toks, start, i + 1, taken)

    def _first_and_last_at(self, toks, i: int, taken) -> tuple | None:
        """(person id, the words printed) when a person named in full before ("عبدالعزيز بن عبدالله آل
        الشيخ") is printed from token i by the first word and the last of the name, with the
        connector before it ("عبدالعزيز آل الشيخ"), or None."""
        for aid, words in (c for f in stems(toks[i][2])[:2] for c in self.full_names.get(f, ())):
            last = 2 if words[-2:-1] and words[-2] in self.gaz.connectors else 1
            n = 1 + last
            if len(words) > n and i + n <= len(toks) and not any(taken[i:i + n]) \
                    and [t[2] for t in toks[i + 1:i + n]] == words[-last:] \
                    and not any(_punct_before(self.current_text, toks, k) for k in range(i + 1, i + n)):
                return aid, words[:1] + words[-last:]
        return None

    def _full_name_at(self, toks, i: int, taken) -> tuple | None:
        """(person id, folded words) of the longest full name of a person named before that is
        printed whole from token i (a proclitic allowed on its first word), or None."""
        best = None
        for aid, words in (c for f in stems(toks[i][2])[:2] for c in self.full_names.get(f, ())):
            n = len(words)
            if i + n <= len(toks) and not any(taken[i:i + n]) \
                    and all(toks[i + k][2] == words[k] for k in range(1, n)) and (best is None or n > len(best[1])):
                best = (aid, words)
        return best

    def _remember_surname(self, actor: Actor) -> None:
        """Keep the last word of a person's full name, if it can stand for the person alone; and
        the full name, to be found whole again."""
        gaz = self.gaz
        for name in actor.names.get("ar", []):
            words = fold(name).split()
            if len(words) < 2:
                continue
            known = self.full_names.setdefault(words[0], [])
            if (actor.id, words) not in known:
                known.append((actor.id, words))
            if words[0].startswith("ال") and words[0] in gaz.first_names:
                # "الوليد بن طلال" … "ونفى الوليد": a given name printed with ال stands for the person alone
                self.surnames.setdefault(words[0], (actor.id, words[:1]))
            last = words[-1]
            if len(last.removeprefix("ال")) < 3 or last in gaz.name_stops or last in gaz.sp_stops or last in gaz.not_names \
                    or last in gaz.heads or last in gaz.title_heads or last in gaz.apposition or gaz.adjective(last) \
                    or last in gaz.first_names and not (last.startswith("ال") and len(words) >= 3 and words[-2] not in gaz.connectors) \
                    or last in gaz.connectors or last in gaz.state_phrase_words:
                continue  # (but "زيد رعد الحسين" … "وتابع الحسين": a given name with the article, last of three, is the family name)
            self.surnames.setdefault(last, (actor.id, words))

    def _adjectives(self, sid, text, offset, toks, taken):
        for i, (_, _, word) in enumerate(toks):
            if taken[i]:
                continue
            state = self.gaz.adjective(word)
            if state and i > 0 and any(f in self.gaz.not_state_heads for f in stems(toks[i - 1][2])):
                continue  # "الدولة الفلسطينية" (the idea of a state), "المنتخب المصري" (a team)
            if state and any(f in self.gaz.place_heads for k in range(max(0, i - 3), i) for f in stems(toks[k][2])) \
                    and not any(_punct_before(text, toks, k) for k in range(max(1, i - 2), i + 1)):
                continue  # "مدينة الحسيمة المغربية": where the town is, not the state acting
            if state:
                self._hit(state, sid, offset, toks, i, i + 1, taken)
                self.hits[-1].adjective = True
