"""The kinds of wrong speaker seen on articles nobody here had read (issue 21), one made-up text
each. A wrong speaker is the worst error a page can publish; "speaker not identified" is honest.
Every expected value is written here by hand."""

from __future__ import annotations

from explainer.pipeline import explain

TRUMP = "قال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ."


def run(*paragraphs: str):
    return explain("خبر\n\n" + "\n\n".join(paragraphs) + "\n", slug="t")


def said(doc) -> list[tuple[str, str, list[str]]]:
    """(cue, content, printed names of the speakers) of every claim and denial, in reading order."""
    actors = {a.id: a for a in doc.actors}
    out = []
    for item in sorted(doc.claims + doc.denials, key=lambda i: i.start):
        ids = item.by if isinstance(item.by, list) else [] if item.by is None else [item.by]
        out.append((item.cue, item.text, [actors[i].names["ar"][0] for i in ids]))
    return out


# 1. an unknown name in the subject slot is the speaker, never the previous one
def test_an_unknown_name_after_the_verb_is_the_speaker_even_when_it_looks_like_a_word():
    # «الحداد» is also "mourning" ("أعلنت الحكومة الحداد"): inside a name it declares nothing
    doc = run(TRUMP, "وقال سامر الحداد إن الحكومة أخطأت.")
    assert said(doc)[1] == ("وقال", "الحكومة أخطأت", ["سامر الحداد"])


def test_an_unknown_name_before_the_verb_is_never_the_previous_speaker():
    doc = run(TRUMP, "سامر الحداد قال إن الحكومة أخطأت.")
    assert said(doc)[1][:2] == ("قال", "الحكومة أخطأت") and said(doc)[1][2] in ([], ["سامر الحداد"])


def test_a_condemnation_and_its_description_are_the_same_unknown_speakers():
    doc = run(TRUMP, "وندد مازن الخطيب بالقرار ووصفه بأنه ظالم.")
    assert [s[2] for s in said(doc)[1:]] == [["مازن الخطيب"], ["مازن الخطيب"]]


# 2. a title, a comma, the name
def test_a_name_between_commas_after_a_title_is_the_speaker():
    doc = run("نفى وزير الدولة المكلف بالهجرة، كمال العياري، أن تكون الحكومة قد رحلت المهاجرين.")
    assert said(doc) == [("نفى", "تكون الحكومة قد رحلت المهاجرين", ["كمال العياري"])]


# 3. a continuation verb refers back only along a chain the text supports
def test_a_continuation_verb_does_not_cross_another_party():
    doc = run(TRUMP + " وأعلنت وزارة الخارجية الإيرانية رفضها للعقوبات.", "وأضاف أن المفاوضات ستستمر.")
    assert said(doc)[-1] == ("وأضاف", "المفاوضات ستستمر", [])


def test_a_feminine_continuation_after_a_man_has_no_speaker():
    doc = run("وقالت وزيرة الداخلية سارة أحمد إن التحقيق مستمر. وقال خالد يوسف إن الشرطة مستعدة.",
              "وأضافت أن الحكومة ستعلن النتائج.")
    assert said(doc)[-1] == ("وأضافت", "الحكومة ستعلن النتائج", [])


def test_a_plural_continuation_after_one_person_has_no_speaker():
    doc = run(TRUMP, "وقالوا إن المفاوضات ستستمر.")
    assert said(doc)[-1][2] == []


def test_a_continuation_in_the_next_sentence_keeps_its_speaker():
    doc = run(TRUMP + " وأضاف أن المفاوضات ستستمر.")
    assert said(doc)[-1] == ("وأضاف", "المفاوضات ستستمر", ["دونالد ترامب"])
    assert doc.claims[-1].via == "coreference" and doc.claims[-1].inferred


# 4. unnamed sources are anonymous actors, never the person the sentence talks about
def test_some_analysts_are_the_speakers_not_the_president_they_talk_about():
    doc = run("وقال بعض المحللين إن تصريحات الرئيس الأمريكي دونالد ترامب تزيد التوتر.")
    assert said(doc) == [("وقال", "تصريحات الرئيس الأمريكي دونالد ترامب تزيد التوتر", ["بعض المحللين"])]


def test_a_source_in_a_ministers_office_is_anonymous():
    doc = run("قال مصدر في مكتب وزير الخارجية إن الزيارة تأجلت.")
    ((cue, text, who),) = said(doc)
    assert (cue, text) == ("قال", "الزيارة تأجلت") and who == ["مصدر في مكتب وزير الخارجية"]
    assert next(a for a in doc.actors if a.names["ar"][0] == who[0]).kind == "anonymous"


def test_one_of_the_residents_is_anonymous():
    doc = run("وقال أحد السكان إن القصف استمر طوال الليل.")
    assert said(doc) == [("وقال", "القصف استمر طوال الليل", ["أحد السكان"])]
    assert doc.actors[0].kind == "anonymous"


def test_officials_of_a_ministry_are_anonymous_officials_of_it():
    doc = run("وأفاد مسؤولون في وزارة الصحة بأن عدد الضحايا ارتفع.")
    ((_, text, who),) = said(doc)
    assert text == "عدد الضحايا ارتفع" and who == ["مسؤولون في وزارة الصحة"]


# 5. names in quotation marks
def test_a_quoted_name_after_its_head_is_the_denier_and_what_follows_is_denied():
    doc = run('نفت جماعة "العدل والإحسان" أن تكون قد دعت إلى التظاهر.')
    assert said(doc) == [("نفت", "تكون قد دعت إلى التظاهر", ["العدل والإحسان"])]


# 6. a demonstrative subject refers back to the group, and is no new name
def test_a_demonstrative_subject_makes_no_run_on_actor():
    doc = run("وتقاتل عدة فصائل معارضة في إدلب.", "ووجهت هذه الفصائل الاتهام إلى الحكومة بقصف المدنيين.")
    assert not [a for a in doc.actors if "الاتهام" in a.names["ar"][0]]


# 7. a statement's text is a clause, not a remnant
def test_a_statement_is_never_a_two_word_remnant():
    doc = run("قال المدعي العام إنه لا يستطيع تأكيد أو نفي وجود تحقيق.")
    assert [s[1] for s in said(doc)] == ["لا يستطيع تأكيد أو نفي وجود تحقيق"]
    assert doc.denials == []


# 8. text the outlet repeats (an abstract that repeats the lede) is one statement
def test_a_repeated_sentence_gives_no_second_claim():
    lede = "وقال وزير الخارجية المصري سامح شكري إن المحادثات بدأت."
    doc = run(lede, lede, "وأعلنت الحكومة أن الوفد سيعود غدا.")
    assert [s[1] for s in said(doc)] == ["المحادثات بدأت", "الوفد سيعود غدا"]


# 10. the longest name wins: a sports federation is not the European Union
def test_a_longer_name_is_not_the_shorter_known_one():
    doc = run("وقال الاتحاد الأوروبي لكرة اليد إن البطولة ستقام في موعدها.")
    assert "eu" not in {a.id for a in doc.actors}
    assert said(doc)[0][2] in ([], ["الاتحاد الأوروبي لكرة اليد"])


# 11. names that run on into the next word
def test_a_name_does_not_run_on_into_the_next_noun():
    doc = run("ورفع المحامي مازن الخطيب دعوى ضد الشركة. وأجرى الوزير سامر الحداد محادثات مع نظيره الأردني. "
              "واستقال النائب عماد حسن بسبب الأزمة.")
    assert {a.names["ar"][0] for a in doc.actors if a.kind == "person"} == {"مازن الخطيب", "سامر الحداد", "عماد حسن"}
    assert not [a for a in doc.actors if a.names["ar"][0].endswith(("محادثات", "بسبب", "دعوى"))]


# 9. links to other stories left in the body are page chrome, listed as removed, never statements
def test_headlines_of_related_stories_are_removed_and_listed_not_read_as_statements():
    doc = explain("خبر\n\nوقال رئيس الوزراء إن الجهاز مهم.\n\nاقرأ أيضاً:\n\"عروس\": القرية التي أدارها الجهاز\n"
                  "نتنياهو: الرئيس الفلسطيني معاد للسامية\n\nوأضاف أن العمل مستمر.\n\n"
                  "للمزيد: كندا ترد على السعودية وتؤكد استمرارها في الدفاع عن حقوق الإنسان\n", slug="t")
    assert [(r.text, r.reason) for r in doc.source.removed] == [
        ("اقرأ أيضاً:", "related-articles link"),
        ('"عروس": القرية التي أدارها الجهاز', "related-articles link"),
        ("نتنياهو: الرئيس الفلسطيني معاد للسامية", "related-articles link"),
        ("للمزيد: كندا ترد على السعودية وتؤكد استمرارها في الدفاع عن حقوق الإنسان", "related-articles link")]
    assert [s.text for s in doc.sentences] == ["وقال رئيس الوزراء إن الجهاز مهم.", "وأضاف أن العمل مستمر."]


# 7/11. one unknown word after a verb, then a quote, is its object; before "أن" it is a surname
def test_one_unknown_word_before_a_quote_is_no_speaker_but_before_an_it_is():
    doc = run('وذكر وجود "تفاهم مؤكد" مع السلطات.', "وأكد باييت أنه جاهز لخوض النهائي.")
    assert [(s[0], s[2]) for s in said(doc)] == [("وذكر", []), ("وأكد", ["باييت"])]
    assert [a.names["ar"][0] for a in doc.actors] == ["باييت"]


# 1. a title, then a name whose given name the list had lacked (one starting with ل, one with ال)
def test_a_title_then_a_given_name_that_starts_like_a_preposition_or_an_article():
    doc = run("نفت وزيرة المالية لمياء الزريبي أن تكون قد صرحت بذلك.", "وقال الأمير الوليد بن طلال إنه بخير.")
    assert [s[2] for s in said(doc)] == [["لمياء الزريبي"], ["الوليد بن طلال"]]
    assert doc.actors[0].title == "وزيرة المالية"


# 11. a given name printed with ال: later alone it is the same person; it never runs on into its object
def test_a_definite_given_name_alone_is_the_person_named_before_and_stops_before_the_object():
    doc = run("قال الأمير الوليد بن طلال إنه بخير. ونفى الوليد الاتهامات حول تعرضه للتعذيب.")
    assert [s[2] for s in said(doc)] == [["الوليد بن طلال"], ["الوليد بن طلال"]]
    assert [a.names["ar"] for a in doc.actors] == [["الوليد بن طلال"]]


# wrong-speaker 1. a role noun in the subject slot ("فأجاب الموظف:", "وقال المذيع إن") is a party of
# its own, never the latest speaker; an office names the latest speaker only when it is his office
def test_a_role_noun_after_the_verb_is_never_the_latest_speaker():
    doc = run("قالت وزيرة الصحة سلمى العلي إن المستشفى مغلق. فأجابت الممرضة: \"لم يخبرنا أحد\". "
              "وقال المذيع إن الأمر غريب.")
    assert said(doc) == [("قالت", "المستشفى مغلق", ["سلمى العلي"]), ("فأجابت", "لم يخبرنا أحد", []),
                         ("وقال", "الأمر غريب", [])]


def test_an_office_after_the_verb_is_the_latest_speaker_holding_it():
    doc = run("قال وزير المالية خالد منصور إن العجز تراجع. وأضاف الوزير أن الديون مستقرة. وقال السفير إن الزيارة مهمة.")
    assert [s[2] for s in said(doc)] == [["خالد منصور"], ["خالد منصور"], []]


# wrong-speaker 2. "تقدر بحوالي …" is a passive measure (estimated at), no one's statement: the
# "according to" phrase after it says whose the clause is; "جريدة" heads a newspaper's name
def test_an_estimate_in_the_passive_is_no_statement_and_the_paper_after_hasb_is_the_source():
    doc = run("وتملك الشركة أصولا في هذا البلد تقدر بنحو 5 مليارات دولار حسب جريدة الصباح اليومية.")
    assert said(doc) == [("حسب", "وتملك الشركة أصولا في هذا البلد تقدر بنحو 5 مليارات دولار", ["جريدة الصباح اليومية"])]


# wrong-speaker 3. "بقولها إن "…"": by saying — the pronoun is the speaker (the subject named
# before), not the name the quote opens with
def test_by_her_saying_is_her_statement_not_the_quoted_name():
    doc = run('وقالت الوزيرة سلمى العلي إن الحوار مستمر، بقولها إن "الرئيس يدعم هذه المفاوضات".')
    assert said(doc)[1] == ("بقولها", "الرئيس يدعم هذه المفاوضات", ["سلمى العلي"])


# wrong-speaker 4. an accusing verb with one party after it and then the charge ("ويُتهم مسلحو الجماعة
# بقتل …"): the party is the accused, never the accuser; with a subject and an object both are there
def test_the_one_party_before_the_charge_is_the_accused_not_the_accuser():
    doc = run(TRUMP, "ويتهم مسلحو حركة حماس بقتل عشرة مدنيين. واتهمت منظمة العفو الدولية الجيش بارتكاب جرائم.")
    assert [(s[0], s[2]) for s in said(doc)[1:]] == [("ويتهم", []), ("واتهمت", ["منظمة العفو الدولية"])]


# wrong-speaker 5. an office after the verb whose holder no list names ("وقالت الرئيسة التنفيذية
# للشركة …"): never the body or the person of another office who spoke last
def test_an_office_after_the_verb_is_never_a_body_or_another_office_holder():
    doc = run("وقالت الحكومة الهولندية إنها ستحاسب المسؤولين. وقالت الرئيسة التنفيذية للشركة إن الأدلة كافية.",
              "وقال مستشار الأمن القومي الأمريكي جون بولتون إن العقوبات باقية. وقال نائب الوزير إن هذا تهديد.")
    assert [s[2] for s in said(doc)] == [["الحكومة الهولندية"], [], ["جون بولتون"], []]


# wrong-speaker 6. "نقلت القناة عن مصادر أمنية قريبة من التحقيق قولها إن …": the relayed source says
# what follows its "قولها", past the words describing it; the channel only relays it
def test_a_relayed_source_described_at_length_says_what_follows_its_qawl():
    doc = run("ونقلت قناة الجزيرة عن مصادر أمنية قريبة من التحقيق قولها إن المشتبه بهم اعتقلوا فجرا.")
    actors = {a.id: a.names["ar"][0] for a in doc.actors}
    c = doc.claims[0]
    assert (c.text, actors[c.by], actors[c.relayed_by]) == ("المشتبه بهم اعتقلوا فجرا", "مصادر أمنية", "قناة الجزيرة")


# wrong-speaker 7. "وأوضح بيان وزير الداخلية أن …": a document named by its issuer's office speaks for
# the latest speaker only when that is the office holder
def test_a_statement_of_an_office_is_not_the_latest_speakers_of_another_kind():
    doc = run("وقالت مصادر أمنية إن الموقوفين عشرة. وأوضح بيان وزير الداخلية أن التحقيق مستمر.",
              "وقال وزير الداخلية سامي العبد إن التهديد كبير. وأضاف بيان وزير الداخلية أن العمل مستمر.")
    assert [s[2] for s in said(doc)] == [["مصادر أمنية"], [], ["سامي العبد"], ["سامي العبد"]]


# wrong-speaker 9. "…، وذلك تعليقا على تقارير إعلامية عن أن …": what unsourced reports say is no
# one's statement, not more of the statement before them
def test_reports_that_followed_by_an_are_no_ones_statement():
    doc = run("أكدت وزارة الخارجية الفرنسية أن باريس لم تكن على علم بالخطة، وذلك ردا على تقارير صحفية عن أن "
              "المخابرات رصدت اتصالات مريبة.")
    assert said(doc) == [("أكدت", "باريس لم تكن على علم بالخطة", ["وزارة الخارجية الفرنسية"]),
                         ("تقارير صحفية", "المخابرات رصدت اتصالات مريبة", [])]


# wrong-speaker 10. "وقالت امرأة من القرية إن …": an indefinite noun described after the verb is its
# subject, an unnamed party, never the body that spoke before; "القوات المتهمة بـ…" (definite) is an
# adjective, no participle of speech
def test_a_woman_from_the_village_is_not_the_body_that_spoke_before():
    doc = run("قالت منظمة العفو الدولية إن القوات المتهمة بارتكاب الجرائم لم تحاسب. "
              "وقالت امرأة من القرية إن الجنود قتلوا الرجال.")
    assert said(doc) == [("قالت", "القوات المتهمة بارتكاب الجرائم لم تحاسب", ["منظمة العفو الدولية"]),
                         ("وقالت", "الجنود قتلوا الرجال", [])]


# wrong-speaker 11. "…، ما عدّه متظاهرون تراجعا": the subject follows the verb after "ما"; one no list
# names is an unnamed party, never the speaker of the clause before
def test_what_protesters_considered_a_retreat_is_not_the_councils():
    doc = run("وجاء ذلك بعد تصريحات لوزارة الصحة بالدعوة إلى التهدئة، ما عده معارضون تراجعا في موقف الحكومة.")
    assert said(doc) == [("تصريحات", "التهدئة", ["وزارة الصحة"]), ("عده", "تراجعا في موقف الحكومة", [])]


# wrong-speaker 12. "أظهرت بيانات رسمية …", "وذكر تقرير جديد أن …": a document described but issued by
# no one named is no statement of the latest speaker
def test_official_data_are_not_the_latest_speakers():
    doc = run("وقال الخبير الاقتصادي سامي النجار إن الأسعار سترتفع. وأظهرت بيانات رسمية ارتفاع معدل البطالة.")
    assert said(doc) == [("وقال", "الأسعار سترتفع", ["سامي النجار"]), ("وأظهرت", "ارتفاع معدل البطالة", [])]


# wrong-speaker 13. after a party no list names ("وقال نائب الوزير إن …"), "وأضاف", "مشيرا" go on with
# that party: not identified, never the speaker named before him
def test_a_continuation_after_an_unnamed_party_is_not_the_one_before_him():
    doc = run("وقال مستشار الأمن القومي الأمريكي جون بولتون إن العقوبات باقية. وقال نائب الوزير إن هذا تهديد.",
              "وأضاف أن الحوار انتهى، مشيرا إلى أن الرد قادم.")
    assert [s[2] for s in said(doc)] == [["جون بولتون"], [], [], []]


# wrong-speaker 14. "ليرد المذيع قائلا: …": a participle after a verb of replying is that verb's subject,
# not the main speaker of the story
def test_a_participle_after_a_reply_verb_is_the_replier():
    doc = run('وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ. ورد المذيع قائلا: "الناس لا يفهمون ذلك".')
    assert said(doc) == [("وقال", "الاتفاق سيئ", ["دونالد ترامب"]), ("قائلا", "الناس لا يفهمون ذلك", [])]


# wrong-speaker 15. "طالب لجوء" (an asylum seeker) is a noun, no "طالب" (he demanded) of the actor before it
def test_an_asylum_seeker_demands_nothing():
    doc = run("وقالت ألمانيا إنها سترحل كل طالب لجوء مرفوض خلال شهر.")
    assert said(doc) == [("وقالت", "سترحل كل طالب لجوء مرفوض خلال شهر", ["ألمانيا"])]


# wrong-speaker 16. "حيث توعد المحتجون الأحد بمواصلة …": a definite plural in -ون after the verb is its
# (nominative) subject, never the leader who spoke before
def test_protesters_after_the_verb_are_not_the_leader_before():
    doc = run("وقال وزير الداخلية خالد منصور إن الاحتجاجات مستمرة، حيث توعد المتظاهرون الأحد بمواصلة الاعتصام.")
    assert [(s[0], s[2]) for s in said(doc)] == [("وقال", ["خالد منصور"]), ("توعد", [])]
