"""The states of data/actors.yml checked against ISO 3166-1 as pycountry (LGPL-2.1, a test-only
dependency) carries it: every entry is a real country, and its Arabic name is the one pycountry's
Arabic translation gives, after folding, unless an exception below says why not. No Arabic name,
capital or adjective belongs to two states, so no word can make one state's actor of another's."""

from __future__ import annotations

import gettext

import pycountry
import pytest
from helpers import ROOT  # noqa: F401  (puts scripts/ on sys.path)

from explainer.lexicon import fold, load_data

STATES = load_data("actors.yml")["states"]

# English names pycountry.countries.lookup does not know (it knows "Türkiye", "Russian Federation",
# "Palestine, State of" …): the ISO 3166-1 alpha-2 code they stand for.
ALIASES = {
    "Turkey": "TR", "Russia": "RU", "Palestine": "PS", "Vatican": "VA", "Ivory Coast": "CI",
    "Democratic Republic of the Congo": "CD", "Cape Verde": "CV", "East Timor": "TL", "Micronesia": "FM",
    "Brunei": "BN", "São Tomé and Príncipe": "ST",
}
# Named in the news as states but without an ISO 3166-1 code.
NOT_IN_ISO = {"kosovo"}

# pycountry's Arabic name, where none of ours folds to it, and why ours is the one printed in the news.
ARABIC_EXCEPTIONS = {
    "SY": "الجمهوريّة العربيّة السّوريّة: the official name; the news prints سوريا/سورية",
    "IR": "إيران، الجمهوريّة الإسلاميّة الإيرانيّة: «name, official name», a form no article prints",
    "RU": "الاتّحاد الرّوسي: ours are روسيا and روسيا الاتحادية",
    "TR": "pycountry has no Arabic for Türkiye; the news prints تركيا",
    "OM": "عمان is also Amman, the capital of Jordan: only سلطنة عمان names Oman",
    "PS": "دولة فلسطين: دولة is a not_state_head (speakers.yml); فلسطين is the name",
    "RS": "صربية: the feminine adjective too (listed as Serbia's adjective); the name is صربيا",
    "BO": "جمهورية بوليفيا: the news prints بوليفيا",
    "VE": "جمهورية فنزويلا البوليفارية: the news prints فنزويلا",
    "MD": "جمهورية مولدوفا: the news prints مولدوفا",
    "CD": "الكونغو، جمهوريّة الكونغو الدّيموقراطيّة: «short, official»; ours are both halves",
    "CG": "الكونغو: a bare الكونغو may be either Congo, so only جمهورية الكونغو and الكونغو برازافيل",
    "KR": "كوريا، جمهوريّة كوريا: «short, official»; ours: كوريا الجنوبية, جمهورية كوريا",
    "KP": "كوريا، جمهورية كوريا الشّعبيّة الدّيموقراطيّة: «short, official»; ours: كوريا الشمالية …",
    "FM": "ميكرونيزيا، ولايات ميكرونيزيا الموحّدة: «short, official»; ours: ميكرونيزيا",
    "TW": "تايوان، محافظة صينيّة: «name, a claim»; ours: تايوان",
    "TZ": "تنزانيا، جمهوريّة تنزانيا المتّحدة: «short, official»; ours: تنزانيا",
    "LA": "جمهوريّة لاو الدّيموقراطيّة الشّعبيّة: the news prints لاوس",
    "VA": "المقعد المقدّس (ولاية مدينة الفاتيكان): a word-for-word Holy See; ours: الفاتيكان, الكرسي الرسولي",
    "LT": "لثوانيا: a rare spelling; the news prints ليتوانيا",
    "ME": "المنتنيغرو: the news prints الجبل الأسود or مونتينيغرو",
    "HU": "المجر (هنغاريا): two names in one; ours are both",
    "VN": "الفييتنام: ours has فييتنام and الفيتنام",
    "TL": "تيمور-ليستي: the news prints تيمور الشرقية",
    "ML": "مالي is also «financial» (مالي, المالية): only جمهورية مالي names Mali",
    "BJ": "بنين is also «sons» (البنين): only جمهورية بنين names Benin",
    "MC": "موناكو alone is the football club as often (فريقه السابق موناكو): only إمارة موناكو names Monaco",
    "WS": "صاموا is also «they fasted» (الذين صاموا): the name is ساموا",
    "BT": "بوتان is also butane (غاز البوتان): only مملكة بوتان names Bhutan",
}


def _iso(state: dict) -> str | None:
    if state["id"] in NOT_IN_ISO:
        return None
    name = state["en"][0]
    return ALIASES[name] if name in ALIASES else pycountry.countries.lookup(name).alpha_2


def _arabic() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])


def test_every_state_is_an_iso_country_once():
    codes = [_iso(s) for s in STATES if s["id"] not in NOT_IN_ISO]
    assert len(codes) == len(set(codes)), sorted(c for c in codes if codes.count(c) > 1)
    assert len({s["id"] for s in STATES}) == len(STATES)


def test_every_un_member_state_is_listed():
    # 193 UN members + Palestine and the Holy See (observers) + Kosovo and Taiwan
    assert len(STATES) == 197


@pytest.mark.parametrize("state", STATES, ids=lambda s: s["id"])
def test_each_states_arabic_name_is_pycountrys_or_an_explained_exception(state):
    code = _iso(state)
    if code is None:
        return
    theirs = _arabic().gettext(pycountry.countries.get(alpha_2=code).name)
    ours = {fold(n) for n in state["ar"]}
    if fold(theirs).replace(" و ", " و") in ours:  # "البوسنة و الهرسك": the news glues the و
        assert code not in ARABIC_EXCEPTIONS, f"{code}: the exception is no longer needed"
    else:
        assert code in ARABIC_EXCEPTIONS, f"{state['id']}: pycountry says {theirs}, ours {state['ar']}"


def test_no_arabic_name_capital_or_adjective_belongs_to_two_states():
    owner: dict[str, str] = {}
    for s in STATES:
        words = s["ar"] + s.get("capitals", []) + s.get("plural", []) + s.get("adjectives", [])
        for w in {fold(w) for w in words}:
            assert owner.setdefault(w, s["id"]) == s["id"], (w, owner[w], s["id"])


def test_every_state_has_the_fields_the_gazetteer_reads():
    for s in STATES:
        assert s["ar"] and s["en"] and s["adj_en"], s["id"]
        assert all(isinstance(w, str) and w.strip() for w in s["ar"] + s.get("capitals", []) + s.get("adjectives", []))


# Words that also mean something else (or name either of two states): never a state's name,
# capital or adjective, with any clitic ("المالية", "والقمري").
NOT_STATES = ["مالي", "المالية", "ماليين", "مجرى", "القمري", "الرومانية", "البنين", "البوتان", "سيول", "كوبي",
              "كوبية", "بولونيا", "موناكو", "كوريا", "الكونغو", "داكار", "مدريد", "روما", "لاهاي", "أوسلو",
              "بروكسل", "صوفيا", "ديلي", "تركماني", "الأوزبكي", "الأرمني", "صاموا",
              "الهنود"]


@pytest.mark.parametrize("word", NOT_STATES)
def test_a_word_that_means_something_else_names_no_state(word):
    from explainer.lexicon import stems

    gaz = _gazetteer()
    assert gaz.adjective(fold(word)) is None
    assert not [e["id"] for f in stems(fold(word)) for p, e in gaz.state_phrases if p == [f]]


def _gazetteer():
    from explainer.mentions.gazetteer import Gazetteer

    if not hasattr(_gazetteer, "gaz"):
        _gazetteer.gaz = Gazetteer()
    return _gazetteer.gaz
