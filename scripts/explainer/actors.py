"""Actors: states, organisations, people, armed groups, media and anonymous sources.

Everything is matched on folded tokens with proclitics peeled (lexicon.py), from the gazetteers in
data/actors.yml, data/people.yml and data/sources.yml. A nationality adjective ties a phrase to its
state ("قيادة العمليات المشتركة العراقية" → Iraq); a capital stands for its state ("موسكو" →
Russia); a title attaches to the name after it ("وزير الخارجية العراقي إبراهيم الجعفري").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .lexicon import balance_quotes, fold, load_data, phrase_at, phrase_pattern, stems, tokens, transliterate
from .model import Actor, Document


DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "ذلك", "هؤلاء", "هاتين", "هذين", "هاتان", "هذان"})  # (folded)


@dataclass
class Hit:
    """One mention of an actor in a sentence."""

    actor: str
    sentence: str
    start: int  #: offsets into the original text
    end: int
    tok: int  #: index of the first token in the sentence
    adjective: bool = False  #: a state named only by a nationality adjective ("العدوان الأمريكي")
    implied: bool = False  #: the state or body another actor's mention implies ("الخارجية الأميركية" → the US)


class Gazetteer:
    """The data files, folded for matching."""

    def __init__(self, data_dir: Path | None = None):
        data = load_data("actors.yml", data_dir)
        self.states = {s["id"]: s for s in data["states"]}
        self.adjectives: dict[str, str] = {}
        self.phrases: list[tuple[list[str], dict]] = []  # (folded words, entry) longest first
        for s in data["states"]:
            for adj in s.get("adjectives", []):
                # with its plurals ("بريطاني" → "بريطانيين", "بريطانيون"), unless listed otherwise
                base = fold(adj)
                plurals = [base + "ين", base + "ون"] if base.endswith("ي") else []
                for word in [base] + plurals:
                    for form in (word, "ال" + word):
                        self.adjectives.setdefault(form, s["id"])
            for name in s["ar"] + s.get("capitals", []) + s.get("plural", []):
                self.phrases.append((phrase_pattern(name), {"id": s["id"], "kind": "state", "ar": s["ar"], "en": s["en"]}))
        for org in data["organisations"]:
            for name in org["ar"]:
                self.phrases.append((phrase_pattern(name), org))
        for person in data["people"]:
            for name in person["ar"]:
                self.phrases.append((phrase_pattern(name), dict(person, kind="person")))
        self.phrases.sort(key=lambda p: -len(p[0]))
        self.state_phrases = [p for p in self.phrases if p[1]["kind"] == "state"]
        people = load_data("people.yml", data_dir)
        self.title_heads = {fold(w) for w in people["title_heads"]}
        self.name_stops = {fold(w) for w in people["name_stops"]}
        self.name_max = int(people["name_max_words"])
        self.title_links = {fold(w) for w in people.get("title_links", [])}
        self.membership_links = {fold(w) for w in people.get("membership_links", [])}
        from .ingest import dateline_pattern

        self.dateline = dateline_pattern(load_data("metadata.yml", data_dir))
        sp = load_data("speakers.yml", data_dir)
        cues = load_data("cues.yml", data_dir)
        self.speech_verbs = {fold(w) for w in cues["reporting_verbs"] + cues["denial_verbs"] + cues.get("verbs_with_an", [])}
        self.maqsura_verbs = {fold(w) for w in cues["reporting_verbs"] + cues["denial_verbs"] if w.endswith("ى")}
        self.verbs_with_an = {fold(w) for w in cues.get("verbs_with_an", [])} - {fold(w) for w in cues["reporting_verbs"]}
        self.complementizers = {fold(w) for w in cues["complementizers"]}
        self.statement_nouns = {fold(w) for w in cues["reporting_nouns"] + cues.get("documents", [])}
        self.report_heads = {fold(w) for w in cues["report_heads"]}  # "ذكرت تقارير": no one's name
        self.impersonal = {fold(w) for w in cues.get("impersonal", [])}  # "الذي يعتبر أحد …": is considered
        self.sp_max = int(sp["max_words"])
        self.sp_skip = {fold(w) for w in sp["skip"]}
        self.sp_stops = {fold(w) for w in sp["stops"]}
        self.addressees = {fold(w) for w in sp["addressee_heads"]}
        self.not_names = {fold(w) for w in sp["not_names"]}
        self.heads = {fold(w): kind for kind, words in sp["heads"].items() for w in words}
        self.head_pairs = {fold(first): (kind, {fold(w) for w in seconds})
                           for kind, pairs in sp.get("head_pairs", {}).items() for first, seconds in pairs.items()}
        self.standalone = {fold(w) for w in sp.get("standalone", [])}
        self.apposition = {fold(w) for w in sp.get("apposition_heads", [])} | self.title_heads
        self.locative = {fold(w) for w in sp.get("place_prepositions", [])}
        self.quantifiers = {fold(w) for w in sp.get("quantifiers", [])}
        self.called = {fold(w) for w in sp.get("called", [])}
        self.from_places = {fold(w) for w in sp.get("from_places", [])}
        self.not_state_heads = {fold(w) for w in sp.get("not_state_heads", [])}
        self.procedure_words = {fold(w) for w in sp.get("procedure_words", [])}
        names = load_data("first_names.yml", data_dir)
        self.first_names = {fold(w) for w in names["names"] + names.get("female", [])}
        self.connectors = {fold(w) for w in names["connectors"]}
        self.not_given_names = {fold(w) for w in names.get("not_given_names", [])}
        self.first_names_in_ta = {fold(w) for w in names["names"] if w.endswith("ة")}
        self.title_modifiers = {fold(w) for w in people.get("title_modifiers", [])}
        src = load_data("sources.yml", data_dir)
        self.anon_heads = {fold(k): v for k, v in src["heads"].items()}
        self.descriptors = {fold(k): v for k, v in src["descriptors"].items()}
        self.object_links = {fold(w) for w in src["object_links"]}
        self.affiliation_links = {fold(w) for w in src.get("affiliation_links", [])}

    def given_name(self, word: str) -> str | None:
        """The given name (folded) that a word is, as printed or after a proclitic (see
        _given_name_forms), or None."""
        return next((f for f in _given_name_forms(word, self.not_given_names) if f in self.first_names), None)

    def adjective(self, word: str) -> str | None:
        """The state a nationality adjective names, if `word` is one (clitics allowed)."""
        for form in stems(word):
            if form in self.adjectives:
                return self.adjectives[form]
        return None


class ActorFinder:
    """Finds actor mentions sentence by sentence and accumulates the actors."""

    def __init__(self, doc: Document, gaz: Gazetteer):
        self.doc, self.gaz = doc, gaz
        self.actors: dict[str, Actor] = {}
        self.hits: list[Hit] = []
        self.surnames: dict[str, tuple] = {}  # last word of a person's full name → (person id, folded words)
        self.text_of = {s.id: s.text for s in doc.sentences}

    def run(self) -> tuple[list[Actor], list[Hit]]:
        for s in self.doc.sentences:
            self.sentence(s.id, s.text, s.start)
        order = {a: k for k, a in enumerate(dict.fromkeys(h.actor for h in self.hits))}
        actors = sorted(self.actors.values(), key=lambda a: order.get(a.id, 0))
        return actors, self.hits

    # -- one sentence -------------------------------------------------------------------------
    def sentence(self, sid: str, text: str, offset: int) -> None:
        toks = tokens(text)
        self.current_text = text
        taken = [False] * len(toks)
        dateline = self.gaz.dateline.match(text)
        if dateline:  # "عمّان (رويترز) -": where the item was filed, not who is in it
            taken = [t[0] < dateline.end() for t in toks]
        self.current_taken = taken
        self._apposed_people(sid, text, offset, toks, taken)
        self._titled_people(sid, text, offset, toks, taken)
        self._phrases(sid, text, offset, toks, taken)
        self._surnames(sid, offset, toks, taken)
        self._anonymous(sid, text, offset, toks, taken)
        self._quoted_names(sid, text, offset, toks, taken)
        self._open_speakers(sid, text, offset, toks, taken)
        self._headed_bodies(sid, text, offset, toks, taken)
        self._named_people(sid, text, offset, toks, taken)
        self._adjectives(sid, offset, toks, taken)

    def _apposed_people(self, sid, text, offset, toks, taken):
        """A title, then the name of its holder between commas: "نفى وزير الدولة المكلف بالهجرة،
        كمال العياري، أن …". The name is a person's when it opens with a given name or is followed
        by what follows a subject (a complementiser, a verb's content); the title is its office."""
        gaz = self.gaz
        for i, (_, _, word) in enumerate(toks):
            if taken[i] or not any(f in gaz.title_heads for f in stems(word)):
                continue
            j = i + 1
            while j < len(toks) and j - i <= 8 and not _punct_before(text, toks, j):
                j += 1
            if j >= len(toks) or j == i + 1 or "،" not in text[toks[j - 1][1]:toks[j][0]]:
                continue
            k = j + 1
            while k < len(toks) and k - j <= 4 and not _punct_before(text, toks, k):
                k += 1
            if k >= len(toks) or "،" not in text[toks[k - 1][1]:toks[k][0]] or k - j < 2:
                continue
            words = [t[2] for t in toks[j:k]]
            if words[0].startswith(("ال", "و")) or any(w in gaz.name_stops or w in gaz.sp_stops or w in gaz.not_names
                                                      or any(f in gaz.title_heads for f in stems(w)) for w in words):
                continue
            strong = toks[k][2] in gaz.complementizers
            if not strong and gaz.given_name(words[0]) is None:
                continue
            if any(taken[t] for t in range(i, k)):
                continue
            name = text[toks[j][0]:toks[k - 1][1]]
            known = self._known_person(toks[j:k])
            actor = self._actor(known["id"] if known else _person_id(name), "person", name, known["en"] if known else [])
            title = text[toks[i][0]:toks[j - 1][1]]
            title = title[1:] if title.startswith(("و", "ف")) and fold(title[1:].split()[0]) in gaz.title_heads else title
            actor.title = actor.title or title
            self._hit(actor.id, sid, offset, toks, j, k, taken)
            # (the title is read by _titled_people: this person is the one it names, and the body it is of)

    def _titled_people(self, sid, text, offset, toks, taken):
        gaz = self.gaz
        for i, (_, _, word) in enumerate(toks):
            if taken[i] or not any(f in gaz.title_heads for f in stems(word)):
                continue
            if i > 0 and word.startswith("ال") and toks[i - 1][2].startswith(("ال", "وال")) and not taken[i - 1] \
                    and not _punct_before(text, toks, i) and not any(f in gaz.title_heads for f in stems(toks[i - 1][2])):
                continue  # "المؤتمر الصحفي", "الفريق المهاجم": an adjective of the noun before it, no title
            if self._inside_known_person(toks, i):
                continue  # "الباجي قائد السبسي": a title word inside a known name
            # "محمود ضياء مدير محتوى النسخة العربية": the office of the person just named, no one else's name
            apposed = self._after_a_name(text, toks, i)
            j, state, office, body_at = i + 1, None, None, None
            while j < len(toks) and j - i <= 6 and toks[j][2] not in gaz.name_stops and not (j > i + 1 and _punct_before(text, toks, j)) \
                    and not self._known_person(toks[j:j + 4]) and (  # "الرئيس الباجي قائد السبسي": a known name ends the title
                toks[j][2].startswith(("ال", "لل", "بال")) or (toks[j][2] in gaz.title_links and j + 1 < len(toks))
                or toks[j - 1][2] in gaz.title_links  # "المتحدث باسم شؤون السياسة …": the office, not a name
                or toks[j][2] in gaz.title_modifiers  # "مدير فني", "كاتب عام"
                or toks[j][2].startswith("وال") and (j == i + 1 or any(f in gaz.title_heads for f in stems(toks[j][2])))  # "الكاتب والإعلامي"
                or j >= i + 2 and toks[j - 2][2] in gaz.title_links and not toks[j - 1][2].startswith("ال")
                and _head_form(stems(toks[j - 1][2]), gaz.heads) and j + 1 < len(toks)  # "باسم شرطة كابول"
                or self._office_link(toks, j)
                or j == i + 1 and text[toks[j][0]:toks[j][1]].endswith(("ه", "ها")) and len(toks[j][2]) > 3
                and j + 1 < len(toks) and toks[j + 1][2].startswith("ال")  # "رئيس مكتبه السياسي ياسر دلوان"
            ):
                state = state or gaz.adjective(toks[j][2]) or self._state_named_at(toks, j)
                j += 1
                if toks[j - 1][2] in gaz.title_links:
                    office = self._known_body(toks, j)  # "المتحدث باسم قوات الدعم السريع الفاتح قرشي"
                    if office:
                        body_at, j = j, office[0]
                        break
            if office is None and j < len(toks) and toks[j][2][:1] in ("ب", "ل") and not _punct_before(text, toks, j):
                office = self._known_body(toks, j)  # "وزير التعليم بحركة حماس": the body the office is of
                if office:
                    body_at, j = j, office[0]
            body = None
            if office is None and j + 1 < len(toks) and toks[j][2] in gaz.membership_links and not _punct_before(text, toks, j):
                member = self._member_of(text, toks, j + 1)
                if member is not None:  # "القيادي في حركة نداء تونس بوجمعة الرميلي": title, body, person
                    head_at, j = member
                    office = self._known_body(toks, head_at)
                    if office and office[0] == j:
                        body = self._actor(office[1]["id"], office[1]["kind"], text[toks[head_at][0]:toks[j - 1][1]], office[1]["en"]).id
                        self._hit(body, sid, offset, toks, head_at, j, taken)
                    else:
                        self._body(sid, text, offset, toks, head_at, j, taken, gaz.heads.get(_head_form(stems(toks[head_at][2]), gaz.heads)))
                        body = self.hits[-1].actor if self.hits else None
                    office = (j, None)
            if not office and j < len(toks) and _head_form(stems(toks[j][2]), gaz.heads) and not toks[j][2].startswith("ال"):
                # "رئيس حركة النهضة، راشد الغنوشي": the title names a body, then (after a comma) the person
                b = j + 1
                while b < len(toks) and b - j <= 3 and toks[b][2].startswith(("ال", "لل")) and not _punct_before(text, toks, b):
                    b += 1
                if b > j + 1 and b < len(toks) and _punct_before(text, toks, b) and "،" in text[toks[b - 1][1]:toks[b][0]]:
                    self._body(sid, text, offset, toks, j, b, taken, gaz.heads.get(_head_form(stems(toks[j][2]), gaz.heads)))
                    office = (b, None)
                    body = self.hits[-1].actor if self.hits else None
                    j = b
            k = j
            # "الرئيس المنتخب.. انتهى …": only a comma may stand between a title and its name
            severed = j < len(toks) and j > i + 1 and _punct_before(text, toks, j) and (
                text[toks[j - 1][1]:toks[j][0]].strip(" \u00a0") not in ("،", ",")
                # after a comma, a name begins with a given name or a known person ("…، راشد الغنوشي")
                or gaz.given_name(toks[j][2]) is None and not self._known_person(toks[j:j + 3]))
            while not severed and k < len(toks) and self._name_words(toks, j, k) < gaz.name_max and not self._stops_name(toks, k):
                if k == j and self._known_len(toks, j) >= 2:
                    k = j + self._known_len(toks, j)  # a known name whole ("الباجي قائد السبسي")
                    break
                if k == j and toks[k][2].startswith("ال") and not office and gaz.given_name(toks[k][2]) is None:
                    # (after a known body, "الفاتح" is a name; "الأمير الوليد بن طلال": a given name printed with ال)
                    break
                if k == j and (toks[k][2][:1] in ("ب", "ل") and gaz.given_name(toks[k][2]) is None
                               or gaz.adjective(toks[k][2])):
                    break  # "بمدير فني جديد لتجديد …", "بمدرب مصري": no name after the title
                if k > j and (gaz.adjective(toks[k][2]) or toks[k][2].startswith("و") and toks[k][2] not in gaz.connectors):
                    break  # "لاعب وستهام الإنجليزي", "مدرب تشيلسي وريال مدريد": a nationality or a second name ends it
                if toks[k][2] in gaz.complementizers or any(f in gaz.speech_verbs for f in stems(toks[k][2])):
                    break
                if k > j and _punct_before(text, toks, k):
                    break  # "راشد الغنوشي، …": a name has no punctuation inside
                if self._ends_name(toks, j, k):
                    break
                k += 1
            if apposed:
                continue
            first = text[toks[j][0]:toks[j][1]] if j < len(toks) else ""
            if k - j < 2 or first.endswith(("ه", "ها", "هم", "هما")) and not first.endswith("الله") \
                    or any(f in gaz.not_names or f in gaz.sp_stops for f in stems(toks[j][2])) \
                    or _head_form(stems(toks[j][2]), gaz.heads):  # "رئيس مجلس الاحتياطي يوم …": an office, no name
                # no name after the title ("وأكد رئيس الوزراء الإسرائيلي ثقته"): the person named
                # earlier with the same title, if there is one
                same = self._person_with_title(text[toks[i][0]:toks[j - 1][1]])
                if same:
                    self._hit(same, sid, offset, toks, i, j, taken)
                    if office and office[1] is not None:  # "المتحدثة باسم الخارجية الأمريكية، هيذر نوريت،"
                        w = toks[body_at][2]
                        printed = _surface(text, toks, body_at, j, "ال" + w[2:] if w.startswith("لل") else w[1:] if w[:1] in "بل" else w)
                        body = self._actor(office[1]["id"], office[1]["kind"], printed, office[1]["en"])
                        self.actors[same].affiliation = self.actors[same].affiliation or body.id
                        self._hit(body.id, sid, offset, toks, body_at, j, taken, mark=False)
                elif (state and (gaz.adjective(toks[j - 1][2]) or self._state_named_at(toks, j - 1))
                      or office and office[1] is not None) and j > i + 1:
                    # "السفير الروسي", "المندوب البريطاني": an unnamed office holder, an actor of the story
                    role = _surface(text, toks, i, j, next(f for f in stems(toks[i][2]) if f in gaz.title_heads))
                    actor = self._actor(_person_id(role), "person", role, [])
                    actor.title = actor.title or role
                    if office and office[1] is not None:
                        w = toks[body_at][2]
                        printed = _surface(text, toks, body_at, j, "ال" + w[2:] if w.startswith("لل") else w[1:] if w[:1] in "بل" else w)
                        body = self._actor(office[1]["id"], office[1]["kind"], printed, office[1]["en"])
                        actor.affiliation = actor.affiliation or body.id
                    actor.affiliation = actor.affiliation or state
                    self._hit(actor.id, sid, offset, toks, i, j, taken)
                    if actor.affiliation:
                        self._hit(actor.affiliation, sid, offset, toks, i, j, taken, mark=False)
                continue
            k = self._known_end(toks, j, k)
            name = text[toks[j][0]:toks[k - 1][1]]
            title = text[toks[i][0]:toks[j - 1][1]]
            title = title[1:] if title.startswith(("و", "ف")) and fold(title[1:].split()[0]) in gaz.title_heads else title
            known = self._known_person(toks[j:k])
            actor = self._actor(known["id"] if known else _person_id(name), "person", name, known["en"] if known else [])
            actor.title = actor.title or title
            if office and office[1] is not None:  # the body the title names is mentioned too, inside the person's mention
                entry = office[1]
                body = self._actor(entry["id"], entry["kind"], text[toks[body_at][0]:toks[j - 1][1]], entry["en"]).id
            if body is None and office is None:  # "المتحدث باسم الوزارة": the ministry named before
                body = self._back_reference(toks[i + 1:j])
            actor.affiliation = actor.affiliation or (known or {}).get("of") or state or body
            self._hit(actor.id, sid, offset, toks, i, k, taken)  # the title belongs to the mention
            if actor.affiliation:
                self._hit(actor.affiliation, sid, offset, toks, i, j, taken, mark=False)

    def _member_of(self, text, toks, h: int) -> tuple[int, int] | None:
        """(head token, token where the person's name starts) for a body named by a head noun at h
        and then a person whose name starts with a known given name ("حركة نداء تونس بوجمعة الرميلي"):
        the body's name runs up to that given name, over at most four words and no punctuation.
        None when no given name follows, so a body alone ("القيادي في حركة النهضة،") names no one."""
        gaz = self.gaz
        if h >= len(toks) or not _head_form(stems(toks[h][2]), gaz.heads):
            return None
        for b in range(h + 2, min(h + 6, len(toks) - 1)):
            if _punct_before(text, toks, b) or toks[b][2] in gaz.name_stops or toks[b][2] in gaz.sp_stops:
                return None
            if gaz.given_name(toks[b][2]) is not None and not _punct_before(text, toks, b + 1) \
                    and toks[b + 1][2] not in gaz.name_stops:
                return h, b
        return None

    def _name_words(self, toks, j: int, k: int) -> int:
        """Words of a name from j up to k, not counting connectors ("سلمان بن عبد العزيز" has three)."""
        return sum(1 for t in toks[j:k] if t[2] not in self.gaz.connectors)

    def _stops_name(self, toks, k: int) -> bool:
        """Whether token k can be no part of a name: a stop word, alone or after "و" ("وكان"), or a
        number ("الـ31")."""
        w = toks[k][2]
        return w in self.gaz.name_stops or w[:1] == "و" and w[1:] in self.gaz.name_stops or any(c.isdigit() for c in w)

    def _inside_known_person(self, toks, i: int) -> bool:
        """Whether token i lies inside a known person's name that starts before it."""
        words = [t[2] for t in toks]
        for start in range(max(0, i - 3), i):
            for pattern, entry in self.gaz.phrases:
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
        if w.startswith(("لل", "بال", "وبال", "ولل")):
            return True
        if k > j and any(f in gaz.statement_nouns for f in stems(w)):
            return True  # "محمد صالح بتصريح لـCNN", "خالد يوسف في بيان": how it was said
        if k > j and any(f in gaz.apposition for f in stems(w)):
            return True
        if k > j and self._place_at(toks, k):
            return True
        if k >= j + 2 and len(w) >= 5 and (w.endswith("ات") or w.endswith(("ه", "ها", "هم")) and not w.endswith("الله")
                                          and self.text_of_token(toks, k)[-1:] != "ة"):
            return True  # "خالد يوسف انتقادات", "خالد يوسف حلفاءه": the verb's object, not a third name
        # a third word with "ال" is a family name only as a nisba ("طاهر محمود الأشرفي"), else what
        # the person does ("طارق رمضان الموقوف", "خالد يوسف الحصول على …")
        return self._name_words(toks, j, k) >= 2 and w.startswith(("ال", "وال")) and not w.endswith(("ي", "ه")) \
            and w not in gaz.connectors and toks[k - 1][2] not in gaz.connectors  # ("رامي عبد الرحمن", "آل سعود")

    def _state_named_at(self, toks, k: int) -> str | None:
        """The state a one-word country name at token k names ("عاهل البحرين", "أمير الكويت")."""
        words = [t[2] for t in toks[k:k + 1]]
        return next((entry["id"] for pattern, entry in self.gaz.state_phrases
                     if len(pattern) == 1 and phrase_at(pattern, words, 0)), None)

    def text_of_token(self, toks, k: int) -> str:
        """Token k as printed (the sentence being read)."""
        return self.current_text[toks[k][0]:toks[k][1]]

    def _place_at(self, toks, k: int) -> bool:
        """Whether a country or capital of data/actors.yml is named at token k."""
        words = [t[2] for t in toks[k:k + 4]]
        return any(entry["kind"] == "state" and phrase_at(pattern, words, 0) for pattern, entry in self.gaz.state_phrases)

    def _person_with_title(self, title: str) -> str | None:
        """The latest person named before with this title (compared folded, without "و"/"ف")."""
        want = " ".join(w for w in fold(title).split())
        want = want[1:] if want[:1] in ("و", "ف") and want[1:2] != " " else want
        for actor in reversed(list(self.actors.values())):
            if actor.kind == "person" and actor.title:
                have = fold(actor.title)
                if have.endswith(want) or want.endswith(have) or have.startswith(want + " "):
                    return actor.id
        return None

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
        for pattern, entry in self.gaz.phrases:
            if entry.get("kind") != "person" and not entry.get("needs_adjective") and phrase_at(pattern, words, j):
                return j + len(pattern), entry
        return None

    def _known_person(self, name_toks):
        words = [t[2] for t in name_toks]
        for pattern, entry in self.gaz.phrases:
            if entry.get("kind") == "person" and pattern == words[: len(pattern)]:
                return entry
        return None

    def _known_end(self, name_toks, start: int, end: int) -> int:
        """Where a name found from `start` to `end` ends when a known person's full name (two words
        or more) begins it: a known name is not run on into the next words ("دونالد ترامب انسحاب
        بلاده", "بنيامين نتانياهو مرارا")."""
        words = [t[2] for t in name_toks[start:end]]
        for pattern, entry in self.gaz.phrases:
            if entry.get("kind") == "person" and 2 <= len(pattern) < len(words) and pattern == words[: len(pattern)]:
                return start + len(pattern)
        return end

    def _known_len(self, toks, j: int) -> int:
        """Words of the longest known person's name that starts at token j (0 if none)."""
        words = [t[2] for t in toks]
        return next((len(pattern) for pattern, entry in self.gaz.phrases
                     if entry.get("kind") == "person" and phrase_at(pattern, words, j)), 0)

    def _phrases(self, sid, text, offset, toks, taken):
        gaz = self.gaz
        words = [t[2] for t in toks]
        present = {form for w in words for form in stems(w)}  # skip phrases that cannot occur here
        for pattern, entry in gaz.phrases:
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
                if entry["kind"] == "state" and self._locative(text, toks, i, pattern[0]):
                    for t in range(i, i + n):  # "في سوريا", "بتونس": a place, not the state acting
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
        ("في سوريا", "إلى روسيا", "ومقره في بريطانيا") or with a glued "ب" ("سفير السعودية بتونس")."""
        word = toks[i][2]
        glued = word[: len(word) - len(first)] if word.endswith(first) else ""
        if "ب" in glued and not first.startswith("ب"):
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
        if not self.surnames:
            return
        for i, (_, _, word) in enumerate(toks):
            if taken[i]:
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

    def _remember_surname(self, actor: Actor) -> None:
        """Keep the last word of a person's full name, if it can stand for the person alone."""
        gaz = self.gaz
        for name in actor.names.get("ar", []):
            words = fold(name).split()
            if len(words) < 2:
                continue
            if words[0].startswith("ال") and words[0] in gaz.first_names:
                # "الوليد بن طلال" … "ونفى الوليد": a given name printed with ال stands for the person alone
                self.surnames.setdefault(words[0], (actor.id, words[:1]))
            last = words[-1]
            if len(last.removeprefix("ال")) < 3 or last in gaz.name_stops or last in gaz.sp_stops or last in gaz.not_names \
                    or last in gaz.heads or last in gaz.title_heads or last in gaz.apposition or gaz.adjective(last) \
                    or last in gaz.first_names or last in gaz.connectors or any(last in p for p, _ in gaz.state_phrases):
                continue
            self.surnames.setdefault(last, (actor.id, words))

    def _anonymous(self, sid, text, offset, toks, taken):
        gaz = self.gaz
        for i, (_, _, word) in enumerate(toks):
            if taken[i]:
                continue
            head = next((f for f in stems(word) if f in gaz.anon_heads), None)
            if not head:
                continue
            if "ال" + head in stems(word) and not gaz.anon_heads[head].get("plural") and \
                    (i + 1 >= len(toks) or not gaz.adjective(toks[i + 1][2]) and toks[i + 1][2] not in gaz.descriptors):
                continue  # "وشدد المتحدث على أن": the person named before, by his office (claims.py)
            j, desc, state = i + 1, [], None
            while j < len(toks) and j - i <= 3:
                w = toks[j][2]
                if w in gaz.descriptors:
                    desc.append(gaz.descriptors[w])
                elif gaz.adjective(w):
                    state = gaz.adjective(w)
                else:
                    break
                j += 1
            end, belongs = j, self._affiliated(sid, offset, toks, j)
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
                        and not any(f in gaz.speech_verbs for f in stems(toks[end][2])):
                    end += 1
            elif not belongs and j < len(toks) and toks[j][2] in gaz.object_links:  # "منتقدون لسياسة باراك أوباما"
                end = min(j + 3, len(toks))
                while end > j + 1 and toks[end - 1][2] in gaz.name_stops:
                    end -= 1
            if not desc and not state and end == j and gaz.anon_heads[head].get("plural") and j < len(toks) and \
                    toks[j][2].endswith(("ين", "ون")) and not toks[j][2].startswith("ال") and not _punct_before(text, toks, j):
                end = j = j + 1  # "محللين اقتصاديين", "خبراء عسكريين": a group and what kind
            elif not desc and not state and end == j and not (gaz.anon_heads[head].get("plural") and "ال" + head in stems(word)):
                continue  # a bare "مصدر" is too vague to be an actor; "القضاة", "المحتجون" are a group of the story
            parts = ([gaz.states[state]["adj_en"]] if state and not belongs else []) + desc + [gaz.anon_heads[head]["en"]]
            english = [" ".join(parts)] if end == j else []
            if belongs:
                org_en = (self.actors[org].names.get("en") or [org])[0]
                english = [f"{' '.join(parts)} of the {org_en}"]
                parts += [org]
            aid = "anon-" + "-".join(p.lower().replace(" ", "-") for p in parts)
            name = _surface(text, toks, i, end, "ال" + head if "ال" + head in stems(word) else head)
            if in_unknown_body:  # named by a body no list knows: its id from the whole name, never merged
                aid = "anon-" + transliterate(fold(name))
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
        if j + 1 >= len(toks) or toks[j][2] not in self.gaz.affiliation_links:
            return None
        start = offset + toks[j + 1][0]
        if not any(h.sentence == sid and h.start == start for h in self.hits) and self.current_taken is not None \
                and not self.current_taken[j + 1] and _head_form(stems(toks[j + 1][2]), self.gaz.heads):
            # "مسؤول من المخابرات الإسرائيلية": the body (found by its head noun) is named before its source
            self._headed_bodies(sid, self.current_text, offset, toks, self.current_taken, only=j + 1)
        for h in self.hits:
            if h.sentence == sid and h.start == start and self.actors[h.actor].kind in ("organisation", "media"):
                end = next(k for k, t in enumerate(toks) if offset + t[1] >= h.end) + 1
                return end, h.actor
        return None

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
            if not any(f in gaz.speech_verbs for f in stems(word)):
                continue
            if any(f in gaz.verbs_with_an for f in stems(word)) and not any(t[2] == "عن" for t in toks[i + 1:i + 8]):
                continue  # "عبّر … عن": without its "عن", "عبر" is "through"
            if text[toks[i][0]:toks[i][1]].endswith("ي") and any(f in gaz.maqsura_verbs for f in stems(word)):
                continue  # "نفي" (a denial, or a typo for "في") is no "نفى" (he denied)
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
            joined = self._open_subject(sid, text, offset, toks, taken, j)
            while joined is not None and not taken[joined]:  # "منظمة خيرية ومجموعة مراقبين": each party
                joined = self._open_subject(sid, text, offset, toks, taken, joined, after_wa=True)

    def _open_subject(self, sid, text, offset, toks, taken, j: int, after_wa: bool = False) -> int | None:
        """The unknown name that starts at token j in speaker position, made an actor when it ends
        where a subject ends; the token of a second subject joined by "و", if one follows."""
        gaz = self.gaz
        k, ended, strong, joint = j, False, False, None
        headed = any(f in gaz.heads for f in stems(toks[j][2]))
        media = any(gaz.heads.get(f) == "media" for f in stems(toks[j][2]))  # "صحيفة دي فيلت"
        while k < len(toks) and k - j < gaz.sp_max and not taken[k]:
            w = toks[k][2]
            if k > j and _punct_before(text, toks, k):
                ended = True
                strong = any(c in ':"«“' for c in text[toks[k - 1][1]:toks[k][0]]) or (
                    "،" in text[toks[k - 1][1]:toks[k][0]]
                    and (any(f in gaz.apposition for f in stems(w)) or w in gaz.complementizers))
                break
            if k > j and w.startswith("و") and (w[1:].startswith("ال") or any(f in gaz.heads for f in stems(w))):
                ended, joint = True, k  # "منظمة خيرية ومجموعة مراقبين": the first of joint subjects
                break
            if headed and k == j + 1 and not toks[j][2].startswith(("ال", "وال")) and (
                    w.endswith("يه") or w.endswith(("ين", "ون")) and len(w) > 4):
                k += 1  # "منظمة خيرية", "مجموعة مراقبين": an unnamed body described by what follows
                continue
            if headed and k > j and not w.startswith(("ال", "لل", "ل")) and not media:
                ended = True  # a body's name is its head and what is definite after it
                break
            if w in gaz.complementizers or w in gaz.sp_skip or (k > j and _addressee(w, gaz.addressees)):
                ended = strong = True
                break
            if w in gaz.sp_stops or w in gaz.name_stops or w.isdigit() or any(f in gaz.speech_verbs for f in stems(w)):
                break
            if not headed and k > j and any(f in gaz.apposition for f in stems(w)):
                ended = strong = True  # "وقالت جين كونورز قائدة عمليات الشرطة": the name, then its title
                break
            if not headed and self._ends_name(toks, j, k):
                break
            k += 1
        else:
            ended = k == len(toks) or (k < len(toks) and taken[k] and k > j)
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
                k < len(toks) and (toks[k][2] in gaz.complementizers or ":" in text[toks[k - 1][1]:toks[k][0]])):
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

    def _group(self, sid, text, offset, toks, taken, q):
        """An unnamed group in speaker position, led by a quantifier: "بعض النقاد", "عدد من
        السينمائيين المصريين", "جميع صانعي السياسة النقدية", "عدد منهم", "البعض" (anonymous)."""
        gaz = self.gaz
        j = q + 1
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
            if i > 0 and toks[i - 1][2] in gaz.procedure_words and not _punct_before(text, toks, i):
                continue  # "موقوفون على ذمة مجلس التأديب": a procedure pending before a body, not the body acting
            definite = any(f.startswith("ال") for f in forms)
            k = i + 1
            pointed = i > 0 and toks[i - 1][2] in DEMONSTRATIVES and not _punct_before(text, toks, i)
            while not pointed and k < len(toks) and k - i <= 4 and not taken[k] and not _punct_before(text, toks, k):
                w = toks[k][2]
                if not w.startswith(("ال", "لل")) and not (not definite and k == i + 1 and w.startswith("ل") and len(w) > 3):
                    break
                if w in gaz.sp_stops or w in gaz.name_stops or w in gaz.sp_skip:
                    break  # ("الشرطة العسكرية الروسية الخميس": a weekday ends the body's name)
                k += 1
            bare = head.removeprefix("ال")
            if k == i + 1 and not definite and k < len(toks) and taken[k] and not _punct_before(text, toks, k):
                person = next((h for h in self.hits if h.sentence == sid and h.tok == k
                               and self.actors[h.actor].kind == "person"), None)
                if person is not None:  # "مكتب نتنياهو", "إدارة أوباما", "حزب أردوغان": a body named by its leader
                    end = next(t for t in range(k, len(toks)) if offset + toks[t][1] >= person.end) + 1
                    self._body(sid, text, offset, toks, i, end, taken, gaz.heads.get(head, gaz.heads.get("ال" + head)))
                    continue
            if k == i + 1:  # the head alone ("الوزارة", "هذه الفصائل": one named before)
                if not definite:
                    continue
                earlier = self._latest_with_head(bare, sid)
                if earlier:
                    self._hit(earlier, sid, offset, toks, i, k, taken)
                elif "ال" + bare in gaz.standalone and not pointed:
                    self._body(sid, text, offset, toks, i, k, taken, gaz.heads.get("ال" + bare, gaz.heads.get(bare)))
                continue
            kind = gaz.heads.get(head, gaz.heads.get("ال" + head))
            self._body(sid, text, offset, toks, i, k, taken, kind)
            self._elided_head(sid, text, offset, toks, taken, i, k, kind)

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

    def _latest_with_head(self, bare: str, sid: str) -> str | None:
        """The latest body named before whose name starts with the head noun `bare` (no "ال")."""
        for h in reversed(self.hits):
            actor = self.actors.get(h.actor)
            if actor and actor.kind in ("organisation", "media", "armed_group") and any(
                    n.split() and fold(n).split()[0].removeprefix("ال") == bare for n in actor.names["ar"]):
                return actor.id
        return None

    def _named_people(self, sid, text, offset, toks, taken):
        """A given name (data/first_names.yml) and one to three more name words, anywhere; or any
        one or two words after "يدعى"/"تدعى" ("امرأة تدعى منية")."""
        gaz = self.gaz
        for i, (_, _, word) in enumerate(toks):
            if i > 0 and toks[i - 1][2] in gaz.called and not taken[i] and not _punct_before(text, toks, i):
                k = i + 1
                if k < len(toks) and not taken[k] and not _punct_before(text, toks, k) and not self._ends_name(toks, i, k) \
                        and toks[k][2] not in gaz.name_stops and not toks[k][2].startswith("ال"):
                    k += 1
                name = text[toks[i][0]:toks[k - 1][1]]
                self._actor(_person_id(name), "person", name, [])
                # the mention holds the noun it names ("امرأة تدعى منية"), so it stands where a subject stands
                start = i - 2 if i > 1 and not taken[i - 2] and not toks[i - 2][2].startswith(("ال", "وال")) \
                    and not _punct_before(text, toks, i - 1) else i
                self._hit(_person_id(name), sid, offset, toks, start, k, taken)
                continue
            if taken[i]:
                continue
            given = gaz.given_name(word)
            if given is None:
                continue
            if text[toks[i][0]:toks[i][1]].endswith("ى") and not word.endswith("ى"):
                continue  # "على" (on) folds like "علي" (Ali)
            if text[toks[i][0]:toks[i][1]].endswith("ه") and word in gaz.first_names_in_ta:
                continue  # "ناديه" (his club) folds like "نادية" (Nadia)
            k = i + 1
            while k < len(toks) and self._name_words(toks, i, k) < gaz.name_max + 1 and not taken[k] and not _punct_before(text, toks, k):
                w = toks[k][2]
                if (self._stops_name(toks, k) or w in gaz.sp_stops or w in gaz.complementizers or w in gaz.sp_skip
                        or any(f in gaz.speech_verbs for f in stems(w)) or any(f in gaz.heads for f in stems(w))
                        or w.startswith("و") and k > i + 1 and w[1:] in gaz.first_names):
                    break
                if gaz.adjective(w):
                    break  # "محمد المصري" is ambiguous; a nationality ends a name here
                if self._ends_name(toks, i, k):
                    break
                if word.startswith("ال") and k == i + 1 and (w.startswith("ال") or _pronoun_suffixed(text, toks, k)):
                    break  # "نفى الوليد الاتهامات", "أكد الوليد دعمه": a name printed with ال, then its verb's object
                k += 1
            if k - i < 2:
                continue
            first = given
            k = self._known_end(toks, i, k)
            name = _surface(text, toks, i, k, first)  # "لروميلو لوكاكو" → "روميلو لوكاكو"
            known = self._known_person(toks[i:k])
            actor = self._actor(known["id"] if known else _person_id(name), "person", name, known["en"] if known else [])
            actor.affiliation = actor.affiliation or (known or {}).get("of")
            self._hit(actor.id, sid, offset, toks, i, k, taken)

    def _open_kind(self, words: list[str], printed: list[str]) -> str | None:
        """The kind of actor an unknown name in speaker position is, or None if it is no name."""
        gaz = self.gaz
        first = words[0]
        forms = stems(first)
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
            return head if definite else "anonymous"
        if any(f.startswith("ال") for f in forms[:1]):
            # one word with "ال": a family name (nisba, "العبادي"), else a common noun
            return "person" if len(words) == 1 and first.endswith("ي") and len(first) > 5 else None
        if len(words) <= 2 and first.endswith(("ون", "ين")) and len(first) > 4 and not any(f in gaz.first_names for f in forms):
            return "anonymous"  # "اعتبر محللون", "أكد محامون أميركيون": an unnamed group
        if len(words) >= 2 and not any(f in gaz.first_names for f in forms) and any(
                w.endswith("يه") and not pw.startswith(("ال", "وال")) for w, pw in zip(words[1:], printed[1:])):
            # "منظمات غير حكومية", "وسائل إعلام ألمانية", "عواصم أوروبية": a group described by an
            # indefinite feminine adjective; a person's name has none
            return "anonymous"
        return "person" if len(words) <= 3 else None

    def _adjectives(self, sid, offset, toks, taken):
        for i, (_, _, word) in enumerate(toks):
            if taken[i]:
                continue
            state = self.gaz.adjective(word)
            if state and i > 0 and any(f in self.gaz.not_state_heads for f in stems(toks[i - 1][2])):
                continue  # "الدولة الفلسطينية" (the idea of a state), "المنتخب المصري" (a team)
            if state:
                self._hit(state, sid, offset, toks, i, i + 1, taken)
                self.hits[-1].adjective = True

    # -- bookkeeping --------------------------------------------------------------------------
    def _actor(self, aid: str, kind: str, ar_name: str | None, en: list[str]) -> Actor:
        if aid not in self.actors:
            if aid in self.gaz.states:
                st = self.gaz.states[aid]
                self.actors[aid] = Actor(aid, "state", {"ar": [], "en": list(st["en"])})
            else:
                self.actors[aid] = Actor(aid, kind, {"ar": [], "en": list(en)})
        actor = self.actors[aid]
        if ar_name:
            actor.names["ar"] = _add(actor.names["ar"], ar_name)
        for name in en:
            actor.names["en"] = _add(actor.names["en"], name)
        return actor

    def _hit(self, aid, sid, offset, toks, i, j, taken, mark=True):
        if aid not in self.actors:
            self._actor(aid, "state", None, [])
        actor = self.actors[aid]
        if sid not in actor.mentions:
            actor.mentions.append(sid)
        self.hits.append(Hit(aid, sid, offset + toks[i][0], offset + toks[j - 1][1], i, implied=not mark))
        if actor.kind == "person" and mark:
            self._remember_surname(actor)
        if mark:  # a surface mention (not a state implied by another actor's adjective)
            text = self.text_of[sid]
            actor.spans.append([offset + toks[i][0], offset + balance_quotes(text, toks[i][0], toks[j - 1][1])])
            for t in range(i, j):
                taken[t] = True


def _head_form(forms: list[str], heads) -> str | None:
    """The form of a word that is a head noun, with its "ال" when printed with one: "وكالة" → "وكاله"
    (not "اله", which peeling و and ك would give), "والوزارة" → "الوزاره"."""
    head = next((f for f in forms if f in heads or "ال" + f in heads), None)
    if head is None:
        return None
    return "ال" + head if not head.startswith("ال") and "ال" + head in forms else head


_OPENERS = {'"': '"', "«": "»", "“": "”", "(": ")"}
_PUNCT = set('،,:"«»“”()[]-–—.؛;!?؟')


def _given_name_forms(word: str, not_names: set[str] = frozenset()) -> list[str]:
    """The forms under which a word may be a given name: as printed, after "و"/"ف" ("وسامي") or a
    preposition ("لروميلو"), never after "ال" ("العمر" is age, not عمر) and never a particle with a
    pronoun (`not_given_names`: "لدينا" is "we have", not "to Dina")."""
    if word in not_names:
        return []
    forms = stems(word)
    return [f for f in forms if "ال" + f not in forms]  # ("ألينا" folds to "الينا": no article peeled there)


def _pronoun_suffixed(text: str, toks, k: int) -> bool:
    """Whether token k, as printed, ends in an attached pronoun ("دعمه", "موقفها")."""
    printed = text[toks[k][0]:toks[k][1]]
    return printed.endswith(("ه", "ها", "هم", "هما")) and not printed.endswith(("الله", "ة"))


def _punct_before(text: str, toks, k: int) -> bool:
    """Whether punctuation stands between token k-1 and token k (or opens token k's run)."""
    start = toks[k - 1][1] if k else 0
    return any(c in _PUNCT for c in text[start:toks[k][0]])


def _addressee(word: str, heads: set[str]) -> bool:
    """'لوكالة', 'لصحيفة': the addressee of a statement, after its speaker."""
    return word.startswith("ل") and (word[1:] in heads or (word.startswith("لل") and "ال" + word[2:] in heads))


def _add(names: list[str], name: str | None) -> list[str]:
    return names + [name] if name and name not in names else names


def _surface(text: str, toks, i: int, j: int, base: str) -> str:
    """The name as printed, words joined by one space, without a proclitic glued to its first
    word ("والعراق" → "العراق", "للقوات" → "القوات")."""
    words = [text[a:b] for a, b, _ in toks[i:j]]
    word = toks[i][2]
    if word.startswith("لل") and base.startswith("ال") and word[2:] == base[2:]:
        words[0] = "ا" + words[0][1:]
    elif word.endswith(base) and 0 < len(word) - len(base) <= 3:
        cut = len(word) - len(base)
        words[0] = words[0][cut:].lstrip("ـ") if len(words[0]) - cut >= len(base) else words[0]  # ("لـCNN")
    return " ".join(words)


def _person_id(name: str) -> str:
    """A stable ASCII id for a person not in the gazetteer, from the folded name."""
    return "person-" + transliterate(fold(name))


def find_actors(doc: Document, data_dir: Path | None = None) -> tuple[list[Actor], list[Hit]]:
    """All actors of `doc`, in order of first mention, and every mention."""
    gaz = Gazetteer(data_dir)
    actors, hits = ActorFinder(doc, gaz).run()
    # a state named only by nationality adjectives ("المهاجر التونسي") is no actor of the story,
    # unless another actor belongs to it ("مصادر عسكرية عراقية")
    named = {h.actor for h in hits if not h.adjective}
    belongs = {a.affiliation for a in actors if a.affiliation}
    dropped = {a.id for a in actors if a.kind == "state" and a.id not in named and a.id not in belongs}
    if dropped:
        actors = [a for a in actors if a.id not in dropped]
        hits = [h for h in hits if h.actor not in dropped]
    for a in actors:
        if not a.names["ar"] and a.id in gaz.states:
            a.names["ar"] = list(gaz.states[a.id]["ar"][:1])  # mentioned only by adjective
    return actors, hits
