"""Reuse terms (issue 24): the code is MIT (LICENSE), our editorial text and data CC BY 4.0, the
articles stay their publishers', the corpus is the ANT Corpus's (Apache-2.0 with citation), and
the fonts' OFL notices travel with the fonts, in fonts/ and beside the served WOFF2 files."""

from __future__ import annotations

import re

from helpers import ROOT


def test_the_code_is_mit_licensed():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) 2026 ")
    assert "Permission is hereby granted, free of charge, to any person obtaining a copy" in text
    assert 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND' in text


def test_the_readme_and_the_about_page_in_both_languages_state_the_reuse_terms(site):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Licences", 1)[1].split("\n## ", 1)[0]
    for words in ("MIT", "`LICENSE`", "CC BY 4.0", "ANT Corpus", "Apache-2.0", "SIL Open Font License"):
        assert words in section, words
    for page, words in ((site / "about" / "index.html", ("CC BY 4.0", "MIT", "ANT Corpus", "Apache-2.0", "OFL")),
                        (site / "en" / "about" / "index.html", ("CC BY 4.0", "MIT", "ANT Corpus", "Apache-2.0", "OFL",
                                                                "remains its publisher"))):
        html = page.read_text(encoding="utf-8")
        assert 'id="licence"' in html, page
        text = re.sub(r"<[^>]+>", "", html.split('id="licence"', 1)[1])
        for w in words:
            assert w in text, (page, w)
        assert 'href="https://creativecommons.org/licenses/by/4.0/"' in html


def test_every_fonts_copyright_notice_ships_beside_it_and_beside_the_served_files(site):
    from fontTools.ttLib import TTFont

    fonts = sorted((ROOT / "fonts").glob("*.ttf"))
    assert [f.name for f in fonts] == ["NotoNaskhArabic-Bold.ttf", "NotoNaskhArabic-Regular.ttf",
                                       "NotoSans-Bold.ttf", "NotoSans-Regular.ttf"]
    shipped = (ROOT / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    served = (site / "assets" / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert served == shipped
    for font in fonts:
        notice = TTFont(font)["name"].getDebugName(0)
        assert notice in shipped, (font.name, notice)
    assert "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007" in shipped
