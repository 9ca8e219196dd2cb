"""Ids of actors and folder names (issue 24): generated ids follow the id rule, never merge two
different names, and never take a name the site itself uses."""

from __future__ import annotations

from explainer.pipeline import explain


def actors_of(text: str) -> dict:
    doc = explain(text + "\n", slug="t")
    return {a.id: a.names["ar"] for a in doc.actors}


def test_generated_actor_ids_are_lower_case_and_one_actor_whatever_the_capitals():
    found = actors_of('وقالت صحيفة "The Times" إن الاتفاق مهم. وقالت صحيفة "THE TIMES" إن الوضع صعب.')
    assert found == {"org-the-times": ["The Times", "THE TIMES"]}


def test_two_people_whose_names_differ_in_one_letter_are_two_actors():
    found = actors_of("وقال خالد السعدي إن الاتفاق مهم. وقال خالد الصعدي إن الوضع صعب.")
    assert found == {"person-5ald-als3dy": ["خالد السعدي"], "person-5ald-al93dy": ["خالد الصعدي"]}


def test_the_id_romanisation_gives_every_arabic_letter_its_own_latin():
    from explainer.lexicon import transliterate

    pairs = ["سص", "حه", "تط", "دض", "زظ", "عء", "ثذ", "شخ", "غق"]
    for pair in pairs:
        a, b = (transliterate(c) for c in pair)
        assert a and b and a != b, pair
    # a letter never reads as two others (ت+ه once gave the "th" of ث)
    assert transliterate("ته") != transliterate("ث") and transliterate("سه") != transliterate("ش")
    # ids already published keep their form
    assert transliterate("احمد ابو زيد") == "ahmd-abw-zyd"
