"""People: a title and the name of its holder ("وزير الخارجية العراقي إبراهيم الجعفري", "نفى
وزير الدولة …، كمال العياري، أن"), and names that open with a given name."""

from __future__ import annotations

from ..lexicon import fold, stems, transliterate
from .common import _head_form, _person_id, _pronoun_suffixed, _punct_before, _surface


class PeoplePasses:
    """ActorFinder's passes for titled, apposed and named people (a mixin)."""

    def _apposed_people(self, sid, text, offset, toks, taken):
        """A title, then the name of its holder between commas: "نفى وزير الدولة المكلف بالهجرة،
        كمال العياري، أن …". The name is a person's when it opens with a given name or is followed
        by what follows a subject (a complementiser, a verb's content); the title is its office."""
        gaz = self.gaz
        for i, (_, _, word) in enumerate(toks):
            if taken[i] or not any(f in gaz.apposition for f in stems(word)):
                continue
            j = i + 1
            while j < len(toks) and j - i <= 8 and not _punct_before(text, toks, j):
                j += 1
            if j >= len(toks) or j == i + 1 or "،" not in text[toks[j - 1][1]:toks[j][0]]:
                continue
            k = j + 1
            while k < len(toks) and k - j <= 4 and not _punct_before(text, toks, k):
                k += 1
            # the name closes with a comma, or ends the sentence ("وفق ما أفادت المتحدثة باسم …، أنجي صدقي.")
            final = k == len(toks) and k - j >= 2 and self._unlisted_name(text, toks, j, k)
            if not final and (k >= len(toks) or "،" not in text[toks[k - 1][1]:toks[k][0]] or k - j < 2):
                continue
            close = k
            while k - j > 2 and toks[k - 1][2] in gaz.sp_skip:
                k -= 1  # "…، أكساندر ياكوفينكو الخميس، إلى أن": a time after the name, before the comma
            words = [t[2] for t in toks[j:k]]
            if words[0].startswith(("ال", "و")) or any(w in gaz.name_stops or w in gaz.sp_stops or w in gaz.not_names
                                                      or any(f in gaz.title_heads for f in stems(w)) for w in words):
                continue
            strong = final or toks[close][2] in gaz.complementizers or self._unlisted_name(text, toks, j, k)
            if not strong and gaz.given_name(words[0]) is None:
                continue
            if any(taken[t] for t in range(i, k)):
                continue
            name = text[toks[j][0]:toks[k - 1][1]]
            known = self._known_person(toks[j:k])
            actor = self._actor(known["id"] if known else _person_id(name), "person", name, known["en"] if known else [])
            title = text[toks[i][0]:toks[j - 1][1]]
            # (without a proclitic: "وقال وزير …", "بيان لنائب وزير …")
            title = title[1:] if title.startswith(("و", "ف", "ل", "ب")) and fold(title[1:].split()[0]) in gaz.title_heads else title
            actor.title = actor.title or title
            self._hit(actor.id, sid, offset, toks, j, k, taken)
            # (the title is read by _titled_people: this person is the one it names, and the body it is of)

    def _titled_people(self, sid, text, offset, toks, taken):
        gaz = self.gaz
        def leads(t: int) -> bool:
            """Whether the title head at token t governs another ("نائب رئيس الوزراء", "نائب وزير
            الخارجية الكوري الشمالي كيم كي غوان"): the title opens with it, the office is the next one's."""
            return t + 1 < len(toks) and not taken[t] and not toks[t][2].startswith(("ال", "وال", "فال")) \
                and any(f in gaz.title_heads for f in stems(toks[t][2])) and not toks[t + 1][2].startswith("ال") \
                and (toks[t + 1][2] in gaz.title_heads or not toks[t + 1][2].startswith("و")  # ("وزير", not "و" + "رئيس")
                     and any(f in gaz.title_heads for f in stems(toks[t + 1][2]))) and not _punct_before(text, toks, t + 1)

        for i, (_, _, word) in enumerate(toks):
            if taken[i] or not any(f in gaz.title_heads for f in stems(word)) or leads(i):
                continue
            lead = i - 1 if i > 0 and leads(i - 1) else i  # where the title, and the mention, start
            if lead > 0 and toks[lead][2].startswith("ال") and toks[lead - 1][2].startswith(("ال", "وال")) and not taken[lead - 1] \
                    and not _punct_before(text, toks, lead) and not any(f in gaz.title_heads for f in stems(toks[lead - 1][2])) \
                    and toks[lead - 1][2] not in gaz.sp_skip:  # (after "الأربعاء" or "الماضي", a time, a title may begin)
                continue  # "المؤتمر الصحفي", "الفريق المهاجم": an adjective of the noun before it, no title
            if self._inside_known_person(toks, lead):
                continue  # "الباجي قائد السبسي": a title word inside a known name
            if lead > 0 and toks[lead - 1][2] in gaz.connectors and not _punct_before(text, toks, lead):
                continue  # "عبدالعزيز آل الشيخ": after "آل", "بن", "أبو" a title word is a name
            # "محمود ضياء مدير محتوى النسخة العربية": the office of the person just named, no one else's name
            apposed = self._after_a_name(text, toks, lead)
            j, state, office, body_at = i + 1, None, None, None
            construct = not toks[i][2].startswith(("ال", "وال", "فال"))  # "سفير روسيا", not "الرئيس قطر"
            envoy = any(f in gaz.envoy_heads for f in stems(word))
            while j < len(toks) and j - i <= 6 and (toks[j][2] not in gaz.name_stops or envoy and toks[j][2] in gaz.envoy_links) \
                    and not (toks[j][2].startswith("لل") and toks[j][2][2:] in gaz.told_groups) \
                    and not (j > i + 1 and _punct_before(text, toks, j)) \
                    and not self._known_person(toks[j:j + 4]) and (  # "الرئيس الباجي قائد السبسي": a known name ends the title
                toks[j][2].startswith(("ال", "لل", "بال")) or (toks[j][2] in gaz.title_links and j + 1 < len(toks))
                or envoy and j > i + 1 and j + 2 < len(toks) and toks[j][2] in gaz.envoy_links
                and (self._state_named_at(toks, j + 1) is not None or self._place_at(toks, j + 1)
                     or self._known_body(toks, j + 1))  # "لدى واشنطن", "لدى الأمم المتحدة"
                or envoy and j > i + 2 and toks[j - 1][2] in gaz.envoy_links  # (the place posted to)
                or toks[j - 1][2] in gaz.title_links  # "المتحدث باسم شؤون السياسة …": the office, not a name
                or toks[j][2] in gaz.title_modifiers  # "مدير فني", "كاتب عام"
                or toks[j][2].startswith("وال") and (j == i + 1 or any(f in gaz.title_heads for f in stems(toks[j][2])))  # "الكاتب والإعلامي"
                # "رئيس الوزراء الإيرلندي وعضو الاتحاد الأوروبي ليو فارادكار": a second office, joined by "و"
                or j > i + 1 and toks[j][2].startswith("و") and not toks[j][2].startswith("وال") and toks[j][2] not in gaz.title_heads
                and any(f in gaz.title_heads for f in stems(toks[j][2])[1:2]) and j + 1 < len(toks) and toks[j + 1][2].startswith("ال")
                and any(gaz.given_name(toks[t][2]) is not None and not toks[t][2].startswith("ال") and not _punct_before(text, toks, t)
                        for t in range(j + 2, min(j + 7, len(toks))))  # (a name follows: "عاهل البحرين وأمير الكويت" are two)
                or j >= i + 2 and toks[j - 2][2] in gaz.title_links and not toks[j - 1][2].startswith("ال")
                and _head_form(stems(toks[j - 1][2]), gaz.heads) and j + 1 < len(toks)  # "باسم شرطة كابول"
                or self._office_link(toks, j)
                # "سفير روسيا", "رئيس وزراء هولندا", "وزير خارجية أستراليا": the state the office is of
                or construct and state is None and self._state_named_at(toks, j) is not None and not toks[j][2].startswith("و")
                or construct and state is None and j + 1 < len(toks) and self._state_named_at(toks, j + 1) is not None
                and not _punct_before(text, toks, j + 1)
                and not toks[j + 1][2].startswith("و") and gaz.given_name(toks[j][2]) is None
                and not any(f in gaz.not_state_heads - {"دوله", "الدوله"} for f in stems(toks[j][2]))  # "نجم منتخب مصر"
                or j == i + 1 and text[toks[j][0]:toks[j][1]].endswith(("ه", "ها")) and len(toks[j][2]) > 3
                and j + 1 < len(toks) and toks[j + 1][2].startswith("ال")  # "رئيس مكتبه السياسي ياسر دلوان"
                # "رئيس إقليم كردستان مسعود بارزاني": the office is of a region, head and name, then the holder
                or construct and j == i + 1 and j + 2 < len(toks) and not toks[j][2].startswith("ال")
                and any(f in gaz.place_heads for f in stems(toks[j][2]))
                and not _punct_before(text, toks, j + 1)
            ):
                if j > i + 1 and toks[j][2].startswith("لل") and self._known_body(toks, j):
                    break  # "الأمين العام للأمم المتحدة": the known body the office is of (taken below)
                if construct and j == i + 1 and not toks[j][2].startswith("ال") and any(f in gaz.place_heads for f in stems(toks[j][2])) \
                        and j + 2 < len(toks):
                    j += 1  # (the region's name is part of the title, whatever it is)
                state = state or gaz.adjective(toks[j][2]) or self._state_named_at(toks, j)
                j += 1
                if toks[j - 1][2] in gaz.title_links:
                    office = self._known_body(toks, j)  # "المتحدث باسم قوات الدعم السريع الفاتح قرشي"
                    if office:
                        body_at, j = j, office[0]
                        break
            if office is None and j < len(toks) and toks[j][2][:1] in ("ب", "ل") and not _punct_before(text, toks, j) \
                    and not self._known_as_printed(toks, j):  # ("لندن", "بغداد": a name that opens with ل or ب)
                office = self._known_body(toks, j)  # "وزير التعليم بحركة حماس": the body the office is of
                if office:
                    body_at, j = j, office[0]
            body = None
            if office is None and j + 1 < len(toks) and toks[j][2] in gaz.membership_links and not _punct_before(text, toks, j):
                member = self._member_of(text, toks, j + 1)
                if member is not None:  # "القيادي في حركة نداء تونس بوجمعة الرميلي": title, body, person
                    head_at, j = member
                    office = self._known_body(toks, head_at)
                    if j == head_at + 1 and toks[head_at][2].startswith("ال"):  # "في الحركة": the body named before
                        body = self._latest_with_head(toks[head_at][2][2:], sid)
                    elif office and office[0] == j:
                        body = self._actor(office[1]["id"], office[1]["kind"], text[toks[head_at][0]:toks[j - 1][1]], office[1]["en"]).id
                        self._hit(body, sid, offset, toks, head_at, j, taken)
                    else:
                        self._body(sid, text, offset, toks, head_at, j, taken, gaz.heads.get(_head_form(stems(toks[head_at][2]), gaz.heads)))
                        body = self.hits[-1].actor if self.hits else None
                    office = (j, None)
            if office is None and j + 1 < len(toks) and toks[j][2] in gaz.membership_links and not _punct_before(text, toks, j):
                office = self._known_body(toks, j + 1)  # "المفوض الأعلى لحقوق الإنسان في الأمم المتحدة"
                if office and office[1].get("kind") == "state":
                    office = None  # "الوزير في برلين": where he is, not the body he is of
                if office:
                    body_at, j = j + 1, office[0]
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
            if j < len(toks) and toks[j][2].startswith("وال") and j > i + 1 and not _punct_before(text, toks, j):
                # "الكاتب العام لجامعة المعلمين والأساتذة الجامعيين سامي …", "وزير التكوين المهني والتشغيل
                # عماد …": the title goes on over a conjunct and its adjectives; no name opens with "وال"
                j += 1
                while j < len(toks) and j - i <= 9 and toks[j][2].startswith("ال") and not _punct_before(text, toks, j) \
                        and gaz.given_name(toks[j][2]) is None:
                    j += 1
            title_end = j
            if j + 1 < len(toks) and j > i + 1 and text[toks[j - 1][1]:toks[j][0]].strip(" \u00a0") in ("،", ",") \
                    and any(f in gaz.single_name_titles for f in stems(toks[j][2])) and gaz.given_name(toks[j + 1][2]) is not None:
                j += 1  # "مفتي عام المملكة، الشيخ عبدالعزيز …": an honorific before the holder's name
            k = j
            # "الرئيس المنتخب.. انتهى …": only a comma may stand between a title and its name
            severed = j < len(toks) and j > i + 1 and _punct_before(text, toks, j) and (
                text[toks[j - 1][1]:toks[j][0]].strip(" \u00a0") not in ("،", ",")
                # after a comma, a name begins with a given name or a known person ("…، راشد الغنوشي")
                or gaz.name_after_title(toks[j][2]) is None and not self._known_person(toks[j:j + 3]))
            # "النائب العام سيشنز بطرد …" after "جيف سيشنز": the surname of a person named before, alone
            # (not one that is also a given name: "الوزير حسن علي" is not Ahmed Hassan)
            surname = None if severed or j >= len(toks) or gaz.given_name(toks[j][2]) is not None \
                else next((self.surnames[f] for f in stems(toks[j][2])[:2] if f in self.surnames), None)
            if surname is not None and not (j + 1 < len(toks) and self._known_person(toks[j:j + 3])):
                k = j + 1
            while surname is None and not severed and k < len(toks) and self._name_words(toks, j, k) < gaz.name_max and (
                    not self._stops_name(toks, k) or k > j and self.text_of_token(toks, k) == "علي"):
                if k > j and self.text_of_token(toks, k) == "علي" and not _punct_before(text, toks, k):
                    k += 1  # "ليلى أولاد علي", "أحمد علي": the name Ali as printed, not the preposition "على"
                    continue
                if k == j and self._known_len(toks, j) >= 2:
                    k = j + self._known_len(toks, j)  # a known name whole ("الباجي قائد السبسي")
                    break
                if k == j and toks[k][2].startswith("ال") and not office and gaz.given_name(toks[k][2]) is None:
                    # (after a known body, "الفاتح" is a name; "الأمير الوليد بن طلال": a given name printed with ال)
                    break
                if k == j == i + 1 and not toks[i][2].startswith(("ال", "وال")) and toks[k][2].endswith("ي") \
                        and gaz.given_name(toks[k][2]) is None:
                    break  # "مستشار حكومي", "مسؤول أمني": an indefinite office and its adjective, no name
                ranked = gaz.name_after_title(toks[k][2]) is not None and k > 0 and any(f in gaz.title_heads for f in stems(toks[k - 1][2]))
                w0 = toks[k][2]
                governed = w0[:1] in ("ب", "ل") and gaz.given_name(w0) is None and (
                    w0.startswith(("بال", "لل")) or any(f in gaz.title_heads or _head_form([f], gaz.heads) or f in gaz.not_names
                                                        for f in stems(w0[1:])) or len(w0) <= 3 or not office)
                # ("بمدير فني جديد", "بمؤسسة …": a preposition; after a known body, "بهرام قاسمي" is a name)
                if k == j and (governed or gaz.adjective(w0) and not ranked or state and self._place_at(toks, k)):
                    # ("العقيد تركي المالكي": after a rank, a given name that is also an adjective is a name)
                    break  # "بمدير فني جديد لتجديد …", "بمدرب مصري", "رئيس مصر قطر": no name after the title
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
            if surname is not None and k == j + 1:
                actor = self.actors[surname[0]]
                actor.title = actor.title or text[toks[lead][0]:toks[title_end - 1][1]]
                self._hit(actor.id, sid, offset, toks, lead, k, taken)
                continue
            first = text[toks[j][0]:toks[j][1]] if j < len(toks) else ""
            single = k - j == 1 and any(f in gaz.single_name_titles for f in stems(toks[i][2])) and j == i + 1 \
                and not toks[j][2].startswith(("ال", "و", "ل", "ب")) and (k == len(toks) or _punct_before(text, toks, k)
                                                                        or toks[k][2] in gaz.complementizers or toks[k][2] in gaz.name_stops)
            # ("البابا فرنسيس إلى …", "الملك سلمان أن …": one name, then where a subject ends)
            if k - j < 2 and not single or first.endswith(("ه", "ها", "هم", "هما")) and not first.endswith("الله") \
                    or any(f in gaz.not_names or f in gaz.sp_stops for f in stems(toks[j][2])) \
                    or _head_form(stems(toks[j][2]), gaz.heads):  # "رئيس مجلس الاحتياطي يوم …": an office, no name
                # no name after the title ("وأكد رئيس الوزراء الإسرائيلي ثقته"): the person named
                # earlier with the same title, if there is one
                posted = next((t for t in range(i + 2, j) if envoy and toks[t][2] in gaz.envoy_links), None)
                if posted is not None:
                    j = posted  # "ووصل السفير الروسي إلى دمشق": with no name after it, where it went is no title
                of_body = None if office or state else self._unnamed_body_after(text, toks, j)
                if of_body is not None:
                    body_at, j = j, of_body  # "وقالت الرئيسة التنفيذية لمجموعة ماتش إن": the office of a body no list knows
                linked_at = None if office or state or of_body is not None else next(
                    (t + 1 for t in range(i + 1, j - 1) if toks[t][2] in gaz.title_links and not toks[t + 1][2].startswith("ال")
                     and _head_form(stems(toks[t + 1][2]), gaz.heads) and all(toks[u][2].startswith("ال") for u in range(t + 2, j))), None)
                # ("وقال المتحدث باسم شرطة الإقليم إن": the office of a body no list knows, named after "باسم")
                same = self._person_with_title(text[toks[lead][0]:toks[j - 1][1]])
                back = None if office else self._back_reference(toks[i + 1:j])
                if same:
                    self._hit(same, sid, offset, toks, lead, j, taken)
                    if office and office[1] is not None:  # "المتحدثة باسم الخارجية الأمريكية، هيذر نوريت،"
                        printed = _body_as_printed(text, toks, body_at, j)
                        body = self._actor(office[1]["id"], office[1]["kind"], printed, office[1]["en"])
                        self.actors[same].affiliation = self.actors[same].affiliation or body.id
                        self._hit(body.id, sid, offset, toks, body_at, j, taken, mark=False)
                elif (state and (gaz.adjective(toks[j - 1][2]) or self._state_named_at(toks, j - 1))
                      or office and office[1] is not None
                      or back is not None or of_body is not None or linked_at is not None) and j > i + 1 \
                        and not self._holder_apposed(text, toks, j):
                    # ("وقال المتحدث باسم السفارة" after "السفارة الروسية": the office of the body named before)
                    # ("المفوض الأعلى لحقوق الإنسان في الأمم المتحدة": an office of a body it names)
                    # "السفير الروسي", "المندوب البريطاني": an unnamed office holder, an actor of the story
                    base = next(f for f in stems(toks[lead][2]) if f in gaz.title_heads)
                    if "ال" + base in toks[lead][2] and not base.startswith("ال"):
                        base = "ال" + base  # ("السفيرة" when only "سفيرة" is listed: the article is part of the office)
                    role = _surface(text, toks, lead, j, base)
                    actor = self._actor(_person_id(role), "person", role, [])
                    actor.title = actor.title or role
                    if office and office[1] is not None:
                        printed = _body_as_printed(text, toks, body_at, j)
                        body = self._actor(office[1]["id"], office[1]["kind"], printed, office[1]["en"])
                        actor.affiliation = actor.affiliation or body.id
                    if of_body is not None:
                        name = _body_as_printed(text, toks, body_at, j)
                        head = _head_form(stems(toks[body_at][2][1:]), gaz.heads)
                        back = self._actor("org-" + transliterate(fold(name).removeprefix("ال")),
                                           gaz.heads.get(head) or "organisation", name, []).id
                    if linked_at is not None and back is None:
                        name = text[toks[linked_at][0]:toks[j - 1][1]]
                        head = _head_form(stems(toks[linked_at][2]), gaz.heads)
                        back = self._actor("org-" + transliterate(fold(name).removeprefix("ال")),
                                           gaz.heads.get(head) or "organisation", name, []).id
                    actor.affiliation = actor.affiliation or state or back
                    self._hit(actor.id, sid, offset, toks, lead, j, taken)
                    if actor.affiliation:
                        self._hit(actor.affiliation, sid, offset, toks, lead, j, taken, mark=False)
                continue
            k = self._known_end(toks, j, k)
            name = text[toks[j][0]:toks[k - 1][1]]
            title = text[toks[lead][0]:toks[title_end - 1][1]]
            # (without a proclitic: "وقال وزير …", "بيان لنائب وزير …")
            title = title[1:] if title.startswith(("و", "ف", "ل", "ب")) and fold(title[1:].split()[0]) in gaz.title_heads else title
            known = self._known_person(toks[j:k])
            actor = self._actor(known["id"] if known else _person_id(name), "person", name, known["en"] if known else [])
            actor.title = actor.title or title
            if office and office[1] is not None:  # the body the title names is mentioned too, inside the person's mention
                entry = office[1]
                body = self._actor(entry["id"], entry["kind"], _body_as_printed(text, toks, body_at, j), entry["en"]).id
            if body is None and office is None:  # "المتحدث باسم الوزارة": the ministry named before
                body = self._back_reference(toks[i + 1:j])
            actor.affiliation = actor.affiliation or (known or {}).get("of") or state or body
            self._hit(actor.id, sid, offset, toks, lead, k, taken)  # the title belongs to the mention
            if actor.affiliation:
                self._hit(actor.affiliation, sid, offset, toks, lead, j, taken, mark=False)

    def _unlisted_name(self, text, toks, j: int, k: int) -> bool:
        """Whether tokens j..k, between the commas after a title, are a name no list knows ("المدعي
        العام لولاية نيويورك، إريك شنايدرمان، استقالته"): two or three words, none with the article,
        a preposition, a pronoun, a digit, a place, a nationality or a word that ends a name."""
        gaz = self.gaz
        if not 2 <= k - j <= 3:
            return False
        for t in range(j, k):
            w, printed = toks[t][2], self.text_of_token(toks, t)
            if w.startswith(("ال", "لل", "بال")) or w[:1] in ("ب", "ل", "ك") and len(w) <= 4 or any(c.isdigit() for c in w) \
                    or w in gaz.sp_skip or w in gaz.name_stops or gaz.adjective(w) or self._place_at(toks, t) \
                    or printed.endswith(("ها", "هم", "هما")) or t > j and self._ends_name(toks, j, t):
                return False
        return True

    def _known_as_printed(self, toks, j: int) -> bool:
        """Whether a name the lists know starts with token j as printed, its first letter included
        ("لندن", "بغداد", "بيروت"), so that letter is no preposition."""
        words = [t[2] for t in toks]
        return any(pattern[:1] == [words[j]] for pattern, _ in self.gaz.phrases_at(words, j))

    def _unnamed_body_after(self, text, toks, j: int) -> int | None:
        """The token after a body no list knows that an office at token j is of, named by "ل" and a head
        noun, one word and its definite adjectives, then the end of a subject ("الرئيسة التنفيذية لمجموعة ماتش إن",
        "المدير العام لشركة أرامكو،"); None otherwise."""
        gaz = self.gaz
        if j >= len(toks) or toks[j][2][:1] != "ل" or toks[j][2].startswith("لل") or _punct_before(text, toks, j) \
                or not _head_form(stems(toks[j][2][1:]), gaz.heads):
            return None
        e = j + 1
        while e < len(toks) and e - j <= 3 and (e == j + 1 or toks[e][2].startswith("ال")) \
                and not _punct_before(text, toks, e) and toks[e][2] not in gaz.complementizers \
                and toks[e][2] not in gaz.subject_ends and toks[e][2] not in gaz.name_stops and toks[e][2] not in gaz.sp_skip \
                and not any(f in gaz.speech_verbs for f in stems(toks[e][2])):
            e += 1
        ended = e == len(toks) or _punct_before(text, toks, e) or toks[e][2] in gaz.complementizers or toks[e][2] in gaz.subject_ends
        return e if e > j + 1 and ended else None

    def _holder_apposed(self, text, toks, j: int) -> bool:
        """Whether the office ending before token j is followed, after a comma, by its holder's rank
        or name ("قائد المركز الروسي … في سوريا، اللواء يوري يفتوشينكو،"): the holder is a person named
        there, not an unnamed office. A place may stand before the comma ("المتحدثة باسم اللجنة
        الدولية للصليب الأحمر في دمشق، أنجي صدقي")."""
        if j < len(toks) and toks[j][2] in self.gaz.membership_links and not _punct_before(text, toks, j):
            j = next((t for t in range(j + 2, min(j + 4, len(toks))) if _punct_before(text, toks, t)), j)
        if j >= len(toks) or "،" not in text[toks[j - 1][1]:toks[j][0]] and "," not in text[toks[j - 1][1]:toks[j][0]]:
            return False
        if any(f in self.gaz.title_heads for f in stems(toks[j][2])) or self.gaz.given_name(toks[j][2]) is not None:
            return True
        k = next((t for t in range(j + 1, min(j + 4, len(toks))) if _punct_before(text, toks, t)), len(toks))
        return (k == len(toks) or "،" in text[toks[k - 1][1]:toks[k][0]]) and self._unlisted_name(text, toks, j, k)

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
                    if toks[k - 1][2] in gaz.connectors and k < len(toks) and not taken[k] and not _punct_before(text, toks, k):
                        k += 1  # "يدعى صالح عبد اللاوي": a connector does not end the name
                name = text[toks[i][0]:toks[k - 1][1]]
                self._actor(_person_id(name), "person", name, [])
                # the mention holds the noun it names ("امرأة تدعى منية"), so it stands where a subject stands;
                # not a place with a glued preposition ("فني بمخبر بقابس يدعى …")
                start = i - 2 if i > 1 and not taken[i - 2] and not toks[i - 2][2].startswith(("ال", "وال", "ب", "ل", "ك")) \
                    and not _punct_before(text, toks, i - 1) else i
                self._hit(_person_id(name), sid, offset, toks, start, k, taken)
                continue
            if taken[i]:
                continue
            if word in ("بن", "ابن", "ابو") and i + 1 < len(toks) and not taken[i + 1] \
                    and not _punct_before(text, toks, i + 1) and not toks[i + 1][2].startswith(("ال", "و")) \
                    and toks[i + 1][2] not in gaz.name_stops and not any(f in gaz.heads for f in stems(toks[i + 1][2])) \
                    and (i == 0 or not _punct_before(text, toks, i)):
                # "ونفى بن سلمان أي خلاف", "وقال أبو مازن إن": a name opening with "بن"/"أبو": the person named
                # in full whose name ends so ("محمد بن سلمان"), anywhere; else, as a verb's subject, a person of its own
                pair = [toks[i][2], toks[i + 1][2]]
                same = next((a.id for a in self.actors.values() if a.kind == "person"
                             and any(fold(n).split()[-2:] == pair for n in a.names.get("ar", []))), None)
                name = text[toks[i][0]:toks[i + 1][1]]
                if same is None and i > 0 and any(f in gaz.speech_verbs for f in stems(toks[i - 1][2])):
                    same = self._actor(_person_id(name), "person", name, []).id
                if same is not None:
                    self._hit(same, sid, offset, toks, i, i + 2, taken)
                    continue
            given = gaz.given_name(word)
            if given is None:
                continue
            if text[toks[i][0]:toks[i][1]].endswith("ى") and given not in gaz.first_names_in_maqsura:
                continue  # "على" (on) folds like "علي" (Ali); "ليلى", "موسى" are listed so
            if i > 0 and any(f in gaz.work_heads for f in stems(toks[i - 1][2])) \
                    and all(c in ' "«»“”\u00a0' for c in text[toks[i - 1][1]:toks[i][0]]):  # (also 'لبرنامج "اندرو مار"')
                continue  # "برنامج أندرو مار", "جائزة نوبل": a work or a prize named after someone, not that person
            if text[toks[i][0]:toks[i][1]].endswith("ه") and word in gaz.first_names_in_ta:
                continue  # "ناديه" (his club) folds like "نادية" (Nadia)
            k = i + 1
            while k < len(toks) and self._name_words(toks, i, k) < gaz.name_max + 1 and not taken[k] and not _punct_before(text, toks, k):
                w = toks[k][2]
                if (self._stops_name(toks, k) or w in gaz.sp_stops or w in gaz.complementizers or w in gaz.sp_skip
                        or any(f in gaz.speech_verbs for f in stems(w)) or any(f in gaz.heads for f in stems(w))
                        or w.startswith("و") and k > i + 1 and w[1:] in gaz.first_names
                        or w.startswith("و") and w not in gaz.connectors and gaz.given_name(w) is None and len(w) > 3):
                    break  # ("سيرغي ويوليا": two people joined by "و"; "محمد وليد": one name)
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


def _body_as_printed(text: str, toks, i: int, j: int) -> str:
    """A body's name after the office it holds, without the preposition glued to it ("للأمم المتحدة",
    "بحركة حماس")."""
    w = toks[i][2]
    return _surface(text, toks, i, j, "ال" + w[2:] if w.startswith("لل") else w[1:] if w[:1] in "بل" else w)
