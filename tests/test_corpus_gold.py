"""Extraction on 40 real articles nobody here wrote, against our hand-written gold
(tests/corpus/ant/*.gold.yml, written before the rules they measure; see tests/corpus/README.md).

Floors are a ratchet: each is what the code achieves today (rounded down). A change that improves
a figure raises its floor in the same commit; lowering one needs a note here saying why.
`make eval` prints the same figures per article.
"""

from __future__ import annotations

import sys

import pytest

from helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import eval as gold_eval  # noqa: E402

# figure: (recall floor, precision floor)
FLOORS = {
    "actors": (0.92, 0.86),  # 455/491, 505/587 (seventh session)
    "statements": (0.93, 0.96),  # 450/483, 445/462 with headline statements (paragraph 0) (seventh session)
    "speaker": (0.84, 0.87),  # 410/483, 405/462 (raised 2026-12-07, issue 21, sixth session)
    "denials": (0.96, 1.00),  # 25/26, 24/24
    "denier": (0.88, 0.91),  # 23/26, 22/24 (seventh session)
}
# Notes on floors that went down (2026-11-29):
# - denials recall 0.65 → 0.61: a negated statement is no longer a denial (issue 11); one gold
#   denial ("نافيا" + a negation) had only been found that way.
# - speaker 0.36/0.55 → 0.35/0.53, statements precision 0.94 → 0.93, exact 0.34 → 0.33: with bodies
#   found by their head noun and people by their given name (actors recall 0.56 → 0.71), a few
#   statements now name a nearer, wrong actor, and a speaker is no longer borrowed from the
#   sentence before (which was right by luck as often as wrong).
# - statements precision 0.93 → 0.90, denials precision 0.76 → 0.70, answers 0.25 → 0.17 with
#   statement recall 0.66 → 0.77 (verbs of condemning, stressing, describing …, "وفقا لـ"/"بحسب",
#   object pronouns on cues); a denial now answers a claim only when they share three content
#   words (a wrong link says more than the article; "answers nothing" does not).
# - traps 23 → 25 with denial recall 0.65 → 0.69: «ووصفها بالانقلابية» (وصف is now a cue; the gold
#   reads it as part of the denial) and the article's typo «نفي إشارة» for «في إشارة».
# Raised 2026-12 (issue 11: speakers that agree with their verb, places that are no states, relayed
# and back-pointing statements, quotation marks at the boundaries …). Two eval.py changes came with
# it, neither in the gold: a denial trap inside a gold denial's own content («لا بل» in what is denied)
# and a city trap inside a gold actor's longer name found whole («مانشستر» in «مانشستر يونايتد») are
# not counted as taken, as a statement trap inside a gold statement already was not.
# Raised again 2026-12 (speaker 0.80/0.83, traps 2 → 1). One gold correction came with it: the
# outlet printed only in the byline, dateline or credit line of 31–40 (فرانس 24، سكاي نيوز عربية)
# was an actor there but a trap in 29 and 30; it is now a trap in all (tests/corpus/README.md
# "Bylines and datelines"): 10 fewer gold actors (actors recall 0.89 → 0.90), 10 more traps (145).
EXACT_FLOOR = 0.62  # found statements with exactly the gold quote boundaries
ANSWERS_FLOOR = 0.60  # found denials answering the right statement (15/25, sixth session)
# Raised 2026-12-07 (denials branch, on main with headline statements: answers 7/24 → 14/25, denier
# 20/26 → 22/26, denials 24/26 → 25/26): what a denial answers is linked by its anaphor, a
# demonstrative, a claim noun or an act's noun (claims.link_denials); no one denies his own
# accusation; a participle with the article is a noun («الداعية») or passive («المتهمة»).
# Raised again 2026-12-06 (traps 1 → 0, denier 0.69/0.75 → 0.73/0.79): a title, the body its holder is
# a member of, then the person ("القيادي في حركة … بوجمعة الرميلي"); "ووصفها بـ" + a description that
# does not dismiss what is denied is part of a denied noun, not the denier's statement.
# Then a name ends before a conditional or temporal particle («يهدد خاشقجي إذا ذهب»): speaker 388 → 390.
# Then a given name is never read after "ال" or in "لدينا", and a weekday ends a body's name: actors
# precision 0.85 (489/572, from 491/578). Then a title right after a name is that person's office, a known
# full name is not run on, prepositions end names: 486/567; the one recall lost (446) was a spurious person
# («رئيس الاتحاد الوطني») whose mention overlapped a gold body's name by chance.
TRAPS_CEILING = 0  # trap phrases taken (of 145)
# Lowered 2026-12-07 (issue 21), on purpose: speaker recall 395 → 387 of 483, precision 0.85 → 0.82,
# answers 8/24 → 7/24. A pronoun subject ("وأضاف", "وتابعت", a possessive "تصريحاته") used to skip
# back past the latest speaker to an earlier one of its gender or number; here that was right by
# luck 8 times more than it was wrong, but on 28 unseen articles (tests/corpus/ant2/) coreference
# was right 0.63 of the time and 0.73 with the chain rule, and the issue lists the skip as an error
# kind ("وأضافت after a man"). Now the latest speaker only, when it agrees; else "not identified".
# Precision figures also count one statement per sentence the outlet printed twice (an abstract
# repeating the lede), so their denominators fell (481 → 457 claims). Then 387 → 386 with given names
# that the list lacked (لمياء, الوليد …: on the 28 unseen articles speaker recall 0.60 → 0.62 and
# denier 0.53 → 0.59) and one more wrong "nearest" speaker here.
SHOWN_FLOOR = 0.98  # speakers shown as fact that are right (issue 21): 422/457 when it was added; 244/247 after
# the fourth session (statements inside another's words are shown as inferred)


@pytest.fixture(scope="module")
def measured():
    paths = sorted((ROOT / "tests" / "corpus" / "ant").glob("*.gold.yml"))
    assert len(paths) >= 25, "the gold covers at least 25 real articles"
    return gold_eval.run(paths)


def test_the_gold_is_well_formed_and_verbatim():
    sys.path.insert(0, str(ROOT / "tests" / "corpus"))
    import validate_gold

    paths = sorted(p for d in ("ant", "ant2", "ant3", "ant4", "ant5", "ant6", "ant7", "sealed", "sealed3", "sealed4", "sealed5", "sealed6", "sealed7") for p in (ROOT / "tests" / "corpus" / d).glob("*.gold.yml"))
    assert len(paths) >= 40 + 28 + 18 + 30 + 17
    assert [p for path in paths for p in validate_gold.problems(path)] == []


@pytest.mark.parametrize("figure", list(FLOORS))
def test_figures_stay_at_or_above_their_floor(measured, figure):
    _, total = measured
    recall, precision = FLOORS[figure]
    t = total[figure]
    print(f"{figure}: recall {t.recall:.3f} precision {t.precision:.3f}")
    assert t.recall >= recall, f"{figure} recall {t.recall:.3f} < {recall}"
    assert t.precision >= precision, f"{figure} precision {t.precision:.3f} < {precision}"


def test_boundaries_answers_and_traps(measured):
    _, total = measured
    assert total["exact"].recall >= EXACT_FLOOR
    assert total["answers"].recall >= ANSWERS_FLOOR
    assert total["traps"].hit_gold <= TRAPS_CEILING
    assert total["shown"].precision >= SHOWN_FLOOR


def test_every_real_article_is_processed_quickly(measured):
    results, _ = measured
    assert [r.article for r in results if r.error] == []
    # CPU time: on a shared 2-core machine wall-clock time measures the other processes too
    # (eval prints both); the budget is the 0.5 s per article.
    assert max(r.cpu_seconds for r in results) < 0.5


# The 28 fresh development articles (tests/corpus/ant2/, gold written 2026-12-07 before the rules of
# issue 21 were developed on them): the same ratchet, set at the end of that work. Traps have a
# ceiling of what is taken today (the target is 0): places and a quoted population still taken.
ANT2_FLOORS = {
    "actors": (0.81, 0.86),  # 244/299, 288/334 (fifth session; precision 0.863 → 0.862: «جويو» found in full)
    "statements": (0.93, 0.95),  # 291/311, 297/311 (seventh session)
    "speaker": (0.84, 0.85),  # 264/311, 266/311 (seventh session); precision 0.81 → 0.80 (2026-12-07, third session): in 32, «التي
    # كشف عنها فيسبوك» was a nested statement credited to Match Group, who says the sentence around it, and
    # counted right because it overlaps her statement; its speaker is now not identified (Facebook is no actor there)
    "denials": (0.94, 0.94),  # 16/17, 16/17
    "denier": (0.82, 0.82),  # 14/17, 14/17
}
ANT2_ANSWERS_FLOOR = 0.68  # 11/16
ANT2_SHOWN_FLOOR = 0.98  # 173/175
ANT2_TRAPS_CEILING = 6  # of 166


@pytest.fixture(scope="module")
def measured_ant2():
    paths = sorted((ROOT / "tests" / "corpus" / "ant2").glob("*.gold.yml"))
    assert len(paths) == 28
    return gold_eval.run(paths)


def below_floors(total, floors: dict, answers: float, shown: float, traps: int) -> list[str]:
    """The figures of a development set under their floors (recall, precision), or over the traps ceiling."""
    low = [f"{figure} {total[figure].recall:.3f}/{total[figure].precision:.3f} < {floor}"
           for figure, floor in floors.items()
           if total[figure].recall < floor[0] or total[figure].precision < floor[1]]
    low += [f"answers {total['answers'].recall:.3f} < {answers}"] if total["answers"].recall < answers else []
    low += [f"shown {total['shown'].precision:.3f} < {shown}"] if total["shown"].precision < shown else []
    return low + ([f"traps {total['traps'].hit_gold} > {traps}"] if total["traps"].hit_gold > traps else [])


def test_the_development_gold_figures_stay_at_or_above_their_floors(measured_ant2):
    _, total = measured_ant2
    assert below_floors(total, ANT2_FLOORS, ANT2_ANSWERS_FLOOR, ANT2_SHOWN_FLOOR, ANT2_TRAPS_CEILING) == []


# The 18 development articles of the third batch (tests/corpus/ant3/, gold written 2026-12-07 by
# annotators who never saw the pipeline; first look at 638919f: speaker 126/214, denials 5/13, traps
# 19): the ratchet at the end of that session's work.
ANT3_FLOORS = {
    "actors": (0.89, 0.87),  # 160/179, 187/214 (seventh session)
    "statements": (0.90, 0.95),  # 194/214, 171/180 (seventh session)
    "speaker": (0.78, 0.83),  # 168/214, 150/180 (seventh session)
    "denials": (0.84, 1.0),  # 11/13, 11/11
    "denier": (0.61, 0.72),  # 8/13, 8/11
}
ANT3_ANSWERS_FLOOR = 0.72  # 8/11
ANT3_SHOWN_FLOOR = 0.99  # 114/115
ANT3_TRAPS_CEILING = 10  # of 177



def test_eval_prints_precision_per_rule_on_request_but_never_for_the_sealed_gold(capsys):
    path = sorted((ROOT / "tests" / "corpus" / "ant").glob("*.gold.yml"))[0]
    assert gold_eval.main(["--rules", str(path)]) == 0
    out = capsys.readouterr().out
    assert "speaker precision per rule: " in out and "subject after the verb" in out
    with pytest.raises(SystemExit):
        gold_eval.main(["--sealed", "--rules"])
    with pytest.raises(SystemExit):
        gold_eval.main(["--sealed", "ant3", "--errors"])


# The 20 development articles of the fourth batch (tests/corpus/ant4/, gold written 2026-12-07 by
# annotators who never saw the pipeline; first look at fc3df2d: speaker 130/198, shown 80/88, denier
# 13/20, answers 7/19): the ratchet at the end of that session's work.
ANT4_FLOORS = {
    "actors": (0.90, 0.85),  # 179/198, 202/235 (seventh session)
    "statements": (0.87, 0.95),  # 174/198, 163/171 (seventh session)
    "speaker": (0.80, 0.88),  # 159/198, 151/171 (seventh session)
    "denials": (1.0, 1.0),  # 20/20, 19/19
    "denier": (0.95, 0.94),  # 19/20, 18/19
}
ANT4_ANSWERS_FLOOR = 0.65  # 13/20 (sixth session)
ANT4_SHOWN_FLOOR = 0.99  # 93/93
ANT4_TRAPS_CEILING = 13  # of 191 (fifth session: an app promotion is page chrome)

# The 17 development articles of the fifth batch (tests/corpus/ant5/, gold written 2026-12-07 by
# annotators who never saw the pipeline; first look at df344c2: speaker 135/201, shown 83/86, denier
# 8/14, answers 2/10, traps 19): the ratchet at the end of that session's work.
ANT5_FLOORS = {
    "actors": (0.85, 0.86),  # 157/184, 168/195 (seventh session)
    "statements": (0.92, 0.92),  # 185/201, 176/191
    "speaker": (0.80, 0.81),  # 161/201, 156/191 (seventh session)
    "denials": (0.78, 1.0),  # 11/14, 10/10
    "denier": (0.78, 1.0),  # 11/14, 10/10
}
ANT5_ANSWERS_FLOOR = 0.54  # 6/11 (sixth session)
ANT5_SHOWN_FLOOR = 0.99  # 92/92
ANT5_TRAPS_CEILING = 12  # of 171

# The 19 development articles of the sixth batch (tests/corpus/ant6/, gold written 2026-12-07 by
# annotators who never saw the pipeline; first look at 4f545a7: speaker 167/252, shown 110/115,
# denials 11/19, answers 1/11, traps 18): the ratchet at the end of that session's work.
ANT6_FLOORS = {
    "actors": (0.89, 0.89),  # 171/191, 195/219 (seventh session)
    "statements": (0.86, 0.92),  # 219/252, 196/211 (seventh session)
    "speaker": (0.76, 0.83),  # 192/252, 177/211 (seventh session)
    "denials": (0.73, 0.93),  # 14/19, 14/15 (seventh session)
    "denier": (0.73, 0.93),  # 14/19, 14/15 (seventh session)
}
ANT6_ANSWERS_FLOOR = 0.14  # 2/14 (seventh session: one more denial found, «أنكرت روسيا هذه الاتهامات», its answer not the gold's; still 2 right)
ANT6_SHOWN_FLOOR = 0.99  # 130/130 (seventh session)
ANT6_TRAPS_CEILING = 18  # of 183


# The 19 development articles of the seventh batch (tests/corpus/ant7/, gold written 2026-12-08 by
# annotators who never saw the pipeline; first look at baa0414: speaker 152/233, shown 94/98, denials
# 12/20, denier 7/20, answers 7/12, traps 6): the ratchet.
ANT7_FLOORS = {
    "actors": (0.88, 0.82),  # 198/223, 208/251 (end of the seventh session)
    "statements": (0.92, 0.91),  # 216/233, 224/244
    "speaker": (0.75, 0.72),  # 176/233, 178/244
    "denials": (0.65, 0.92),  # 13/20, 13/14
    "denier": (0.50, 0.71),  # 10/20, 10/14
}
ANT7_ANSWERS_FLOOR = 0.53  # 7/13 (one more denial found, «أنكرت روسيا هذه الاتهامات», its answer not the gold's; still 7 right)
ANT7_SHOWN_FLOOR = 0.99  # 109/110 (end of the seventh session)
ANT7_TRAPS_CEILING = 6  # of 108


@pytest.mark.parametrize("batch, articles, floors", [
    ("ant3", 18, (ANT3_FLOORS, ANT3_ANSWERS_FLOOR, ANT3_SHOWN_FLOOR, ANT3_TRAPS_CEILING)),
    ("ant4", 20, (ANT4_FLOORS, ANT4_ANSWERS_FLOOR, ANT4_SHOWN_FLOOR, ANT4_TRAPS_CEILING)),
    ("ant5", 17, (ANT5_FLOORS, ANT5_ANSWERS_FLOOR, ANT5_SHOWN_FLOOR, ANT5_TRAPS_CEILING)),
    ("ant6", 19, (ANT6_FLOORS, ANT6_ANSWERS_FLOOR, ANT6_SHOWN_FLOOR, ANT6_TRAPS_CEILING)),
    ("ant7", 19, (ANT7_FLOORS, ANT7_ANSWERS_FLOOR, ANT7_SHOWN_FLOOR, ANT7_TRAPS_CEILING)),
])
def test_the_later_batches_development_figures_stay_at_or_above_their_floors(batch, articles, floors):
    paths = sorted((ROOT / "tests" / "corpus" / batch).glob("*.gold.yml"))
    assert len(paths) == articles
    _, total = gold_eval.run(paths)
    assert below_floors(total, *floors) == []
