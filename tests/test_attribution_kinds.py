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


# headlines: the title stays the title, but the statement it prints is a claim (paragraph 0)
def headline(title: str, *paragraphs: str):
    return explain(title + "\n\n" + "\n\n".join(paragraphs) + "\n", slug="t")


def test_a_headline_name_colon_quote_is_a_statement_of_that_name():
    doc = headline("كمال الدباغ : لن نقبل بتأجيل الانتخابات مرة أخرى",
                   "وقال وزير المالية كمال الدباغ إن الحزب يرفض أي تأجيل جديد للانتخابات.")
    assert doc.source.title == "كمال الدباغ : لن نقبل بتأجيل الانتخابات مرة أخرى"
    assert said(doc)[0] == (":", "لن نقبل بتأجيل الانتخابات مرة أخرى", ["كمال الدباغ"])
    head = doc.claims[-1]  # numbered after the body's: their ids stay what they were
    assert head.sentence == "p0s1" and head.via == "direct" and head.cue == ":"


def test_a_headline_colon_after_a_place_or_a_label_is_no_speaker():
    for title in ("لبنان: إغلاق المدارس الحكومية ثلاثة أيام", "المصدر: مقتل خمسة في انفجار",
                  "أزمة الوقود: طوابير أمام المحطات"):
        doc = headline(title, "قال وزير التربية إن المدارس ستغلق ثلاثة أيام.")
        assert not [c for c in doc.claims + doc.denials if c.sentence.startswith("p0")], title
        assert [s.paragraph for s in doc.sentences] == [1], title  # a headline with no statement is no sentence


def test_a_headline_state_colon_quotation_is_the_state_speaking():
    doc = headline('لبنان: "لن نسمح بتوطين اللاجئين"', "قالت الحكومة اللبنانية إنها لن تسمح بذلك.")
    assert said(doc)[0] == (":", "لن نسمح بتوطين اللاجئين", ["لبنان"])


def test_a_headline_present_verb_after_a_known_full_name_is_his_statement():
    # the name is printed whole in the headline; the body names him with his office
    # («الوليد» alone would stand for him too: the whole name is one mention, not a name and two words)
    doc = headline("الوليد بن سالم يكشف تفاصيل المفاوضات مع الدائنين",
                   "قال الوزير السابق الوليد بن سالم إن المفاوضات كانت صعبة.")
    assert said(doc)[0] == ("يكشف", "تفاصيل المفاوضات مع الدائنين", ["الوليد بن سالم"])
    (person,) = doc.actors
    assert [0, len("الوليد بن سالم")] in person.spans


def test_a_name_opening_a_headline_is_the_subject_not_the_name_after_the_verb():
    doc = headline("الأردن يتهم سوريا بالتقصير في ضبط الحدود", "وقال مسؤول أردني إن الحدود غير آمنة.")
    assert said(doc)[0] == ("يتهم", "سوريا بالتقصير في ضبط الحدود", ["الأردن"])  # (its object opens what is said)
    doc = run("ويذكر أن مصر تطالب إثيوبيا بوقف ملء السد.")
    assert said(doc)[0][2] == ["مصر"]


def test_the_headline_names_only_its_speaker():
    # «مصر..» is the story's place: no mention; the speaker's name stays one
    doc = headline("مصر.. الأردن يعلن فتح الحدود مع سوريا", "أعلنت الحكومة الأردنية فتح الحدود.")
    spans = {a.id: [s for s in a.spans if s[0] < doc.sentences[1].start] for a in doc.actors}
    assert not spans.get("egypt") and not spans.get("syria") and spans["jordan"]


def test_a_headline_denial_answers_the_statement_its_noun_names():
    doc = headline("السفير ينفي انتقاده لقرار البرلمان",
                   "انتقد السفير الفرنسي جان دوبون قرار البرلمان في مقابلة صحفية.",
                   "ونفت السفارة في بيان أن يكون السفير قد انتقد البرلمان.")
    title_denial = next(d for d in doc.denials if d.sentence == "p0s1")
    criticism = next(c for c in doc.claims if c.cue == "انتقد")
    assert title_denial.denies == criticism.id


def test_a_headline_joint_speakers_and_the_medium_they_spoke_to():
    doc = headline("مصر والأردن: الحل السياسي هو الطريق الوحيد في غزة", "قال وزيرا خارجية البلدين إن الحل سياسي.")
    (head,) = [c for c in doc.claims if c.sentence == "p0s1"]
    assert (head.cue, head.text, head.by) == (":", "الحل السياسي هو الطريق الوحيد في غزة", ["egypt", "jordan"])
    doc = headline("كمال الدباغ لـCNN: الانتخابات ستجري في موعدها", "وقال وزير المالية كمال الدباغ إن الموعد ثابت.")
    (head,) = [c for c in doc.claims if c.sentence == "p0s1"]
    actors = {a.id: a for a in doc.actors}
    assert actors[head.by].names["ar"] == ["كمال الدباغ"] and head.relayed_by == "cnn"
    assert head.text == "الانتخابات ستجري في موعدها"


def test_a_sub_headline_newspaper_colon_quote_is_the_newspapers_statement():
    doc = run(TRUMP, "الغارديان: الحكومة تخفي أرقام البطالة الحقيقية", "وقال وزير العمل إن الأرقام صحيحة.")
    assert (":", "الحكومة تخفي أرقام البطالة الحقيقية", ["الغارديان"]) in said(doc)


def test_according_to_a_newspaper_and_its_nationality_says_nothing_after_it():
    doc = run("وقال الوزير إن الاستثمارات كبيرة، وتقدر بنحو عشرة مليارات دولار حسب صحيفة لوموند الفرنسية.")
    assert not [s for s in said(doc) if s[1] == "الفرنسية"]


def test_a_known_newspaper_in_quotation_marks_after_its_head_noun_is_the_speaker():
    for text in ('وذكرت صحيفة "واشنطن بوست" أن المفاوضات توقفت.', "وقالت صحيفة «لوموند» الفرنسية إن المفاوضات توقفت."):
        (first,) = said(run(text))
        assert first[1] == "المفاوضات توقفت" and first[2] in (["واشنطن بوست"], ["لوموند"]), text


def test_a_joint_subject_whose_second_party_is_named_after_its_office():
    for second, name in (("وأمير دولة الكويت الشيخ أحمد الجابر", "أحمد الجابر"), ("ورئيس الوزراء الأردني عمر الرزاز", "عمر الرزاز")):
        doc = run(f"أعلن الرئيس الفرنسي إيمانويل ماكرون {second} أن المحادثات كانت مثمرة.")
        assert said(doc) == [("أعلن", "المحادثات كانت مثمرة", ["إيمانويل ماكرون", name])]


def test_more_reporting_verbs_of_news_prose():
    doc = run("طلبت فرنسا وألمانيا من إيران، الاثنين، الإفراج عن المعتقلين.")
    assert said(doc) == [("طلبت", "الإفراج عن المعتقلين", ["فرنسا", "ألمانيا"])]
    doc = run("وبرر الرئيس الأمريكي دونالد ترامب قراره بضرورة حماية الاقتصاد.")
    assert said(doc)[0][:1] == ("وبرر",) and said(doc)[0][2] == ["دونالد ترامب"]
    doc = run("وأوردت وكالة رويترز تفاصيل جديدة عن الصفقة.")
    assert said(doc)[0][0] == "وأوردت" and said(doc)[0][1].startswith("تفاصيل جديدة")
    doc = run("وروى الرئيس الأمريكي دونالد ترامب قصة لقائه بالموظف.")
    assert said(doc)[0][0] == "وروى" and said(doc)[0][2] == ["دونالد ترامب"]


def test_a_pledge_participle_is_the_main_speakers_second_statement():
    doc = run("وأدان الاتحاد الأوروبي القرار، متعهدا بحماية الشركات الأوروبية.")
    assert [(s[0], s[2]) for s in said(doc)] == [("وأدان", ["الاتحاد الأوروبي"]), ("متعهدا", ["الاتحاد الأوروبي"])]


def test_according_to_what_an_unknown_outlet_reported_is_no_statement_of_its_own():
    doc = run("وقضت المحكمة بسجن المتهمين عشر سنوات وفقا لما أوردته بوابة الأخبار.")
    assert not [s for s in said(doc) if s[0] == "أوردته"]


def test_a_headline_state_opening_a_headline_is_the_subject_of_its_next_verb():
    doc = headline("إيران تلوح بإغلاق المضيق.. وتتهم الغرب بالتصعيد", "قال مسؤول إيراني إن بلاده لن تتراجع.")
    head = [s for s in said(doc) if s[0] == "وتتهم"]
    assert head == [("وتتهم", "الغرب بالتصعيد", ["إيران"])]


def test_a_statement_that_contained_something_is_its_issuers():
    doc = run("تضمن بيان لطهران الثلاثاء تحذيرات من أي تصعيد في الخليج.")
    assert said(doc) == [("تضمن بيان", "تحذيرات من أي تصعيد في الخليج", ["طهران"])]


def test_a_reporting_verb_of_a_time_to_come_or_a_condition_reports_nothing():
    doc = run("وتعهد المحتجون بمواصلة الاعتصام حتى يطلب منهم الرئيس الأمريكي دونالد ترامب المغادرة.")
    assert [s[0] for s in said(doc)] == ["وتعهد"]
    doc = run("وقال مسؤولون إن المفاوضات ستتوقف إذا أعلنت إيران استئناف التخصيب.")
    assert [s[0] for s in said(doc)] == ["وقال"]


def test_a_participle_after_a_number_is_people_counted_not_a_statement():
    doc = headline("320 متهما بالفساد في الوزارة خلال عام", "وقالت هيئة النزاهة إنها أحالت الملفات إلى القضاء.")
    assert [s[0] for s in said(doc)] == ["وقالت"]
