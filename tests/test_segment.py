"""Segmentation and ingest: offsets always slice back; nothing of the body is lost or duplicated."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.ingest import InputError, ingest
from explainer.lexicon import fold, stems, tokens
from explainer.segment import segment, split_sentences

ARABIC_WORDS = ["العراق", "روسيا", "أعلنت", "إن", "الاتفاق", "«داعش»", '"الدولة"', "أ.ف.ب", "1.5", "٢٠١٥", "ـ", "؟", "،", "؛", "!", "."]
paragraph = st.lists(st.sampled_from(ARABIC_WORDS + ["قال", "مصدر", "سوري"]), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(paragraph, min_size=1, max_size=6))
def test_offsets_slice_back_and_cover_the_body(paragraphs):
    text = "\n\n".join("أعلنت الحكومة " + p for p in paragraphs)
    article = ingest(text)
    sentences = segment(article)
    for s in sentences:
        assert text[s.start:s.end] == s.text
    # Every non-space body character is in exactly one sentence.
    covered = [0] * len(text)
    for s in sentences:
        for k in range(s.start, s.end):
            covered[k] += 1
    for line in article.body:
        for k in range(line.start, line.end):
            assert covered[k] == 1 or (covered[k] == 0 and text[k].isspace()), (k, text[k])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="أعلنت الحكومة «» \". ؟!،ـ1.5", min_size=0, max_size=80))
def test_split_sentences_spans_are_ordered_and_trimmed(text):
    spans = split_sentences(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b


def test_arabic_punctuation_quotes_and_abbreviations():
    text = 'قال «هذا. وذاك» الوزير. هل وصل؟ نعم، وصل؛ نقلت أ.ف.ب الخبر. بلغ 1.5 مليون.'
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == ['قال «هذا. وذاك» الوزير.', "هل وصل؟", "نعم، وصل؛ نقلت أ.ف.ب الخبر.", "بلغ 1.5 مليون."]


def test_clitics_are_peeled_for_matching():
    assert "العراق" in stems(fold("والعراق"))
    assert "روسيا" in stems(fold("لروسيا"))
    assert "الوكاله" in stems(fold("بالوكالة"))
    assert [w for _, _, w in tokens("أيلول ـ سبتمبر")] == ["ايلول", "سبتمبر"]


def test_input_with_only_chrome_is_rejected():
    try:
        ingest("إعلان\nفيس بوك\n")
    except InputError as err:
        assert "no article body" in str(err)
    else:
        raise AssertionError("expected InputError")


def test_a_full_stop_without_its_space_ends_a_sentence_but_not_an_acronym_or_domain():
    from explainer.segment import split_sentences

    text = "وصل الوفد إلى بغداد.وقال المتحدث إن قناة سي.إن.إن وموقع العربية.نت نقلا الخبر."
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == ["وصل الوفد إلى بغداد.", "وقال المتحدث إن قناة سي.إن.إن وموقع العربية.نت نقلا الخبر."]


# -- the corpus format: "# source: URL", headline, date line, body ---------------------------------

CORPUS_FORMAT = ("# source: https://example.org/ar/news/1 (ANT Corpus, x, file y.txt)\n\nالوزير: لا اتفاق بعد\n\n"
                 "{date}\n\nقال الوزير خالد يوسف إن المفاوضات مستمرة.\n")


def test_a_source_line_and_a_date_line_are_metadata_not_headline_or_body():
    for printed, iso in (("09/11/2016", "2016-11-09"), ("2017-02-03T22:19:00+01:00", "2017-02-03"),
                         ("Tue, 29 May 2018 23:56:39 GMT", "2018-05-29"), ("Thu, 12 Apr 2018 09:58:37 +0400", "2018-04-12")):
        article = ingest(CORPUS_FORMAT.format(date=printed))
        assert article.source.title == "الوزير: لا اتفاق بعد"
        assert article.source.url == "https://example.org/ar/news/1" and article.source.published == iso
        assert [(r.text, r.reason) for r in article.source.removed] == [
            ("# source: https://example.org/ar/news/1 (ANT Corpus, x, file y.txt)", "source address"),
            (printed, "publication date")]
        assert [b.text for b in article.body] == ["قال الوزير خالد يوسف إن المفاوضات مستمرة."]


def test_an_impossible_date_or_a_date_inside_the_body_stays_text():
    article = ingest(CORPUS_FORMAT.format(date="31/02/2018"))
    assert article.source.published is None and "31/02/2018" in [b.text for b in article.body]
    article = ingest("قال الوزير إن المفاوضات مستمرة.\n\n09/11/2016\n")
    assert article.source.published is None and [b.text for b in article.body][-1] == "09/11/2016"


def test_the_printed_publication_date_dates_a_weekday_alone_and_gives_a_missing_year():
    from explainer.pipeline import explain

    doc = explain(CORPUS_FORMAT.format(date="Tue, 09 Jan 2018 06:05:47 +0000").replace(
        "قال الوزير خالد يوسف إن المفاوضات مستمرة.",
        "قال الوزير خالد يوسف الأربعاء إن المفاوضات بدأت في 2 يناير وإن الجولة الأولى كانت في 20 ديسمبر."))
    assert [(e.text, e.date, e.inferred) for e in doc.events] == [
        ("20 ديسمبر", "2017-12-20", ["year"]), ("2 يناير", "2018-01-02", ["year"]),
        ("الأربعاء", "2018-01-03", ["day", "month", "year"])]


def test_a_question_headline_above_the_date_line_is_the_headline_not_body():
    article = ingest(CORPUS_FORMAT.format(date="Wed, 20 Jun 2018 23:25:23 GMT").replace("الوزير: لا اتفاق بعد",
                                                                                       "لماذا تعثرت المفاوضات؟"))
    assert article.source.title == "لماذا تعثرت المفاوضات؟" and article.source.published == "2018-06-20"
    assert [b.text for b in article.body] == ["قال الوزير خالد يوسف إن المفاوضات مستمرة."]
