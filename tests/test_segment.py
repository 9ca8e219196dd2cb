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
