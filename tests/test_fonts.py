"""The font hook (overrides/hooks/fonts.py): which characters it subsets for, and that subsetting
begun before the pages are rendered gives what the pages need."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from helpers import ROOT, html_pages

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import fonts  # noqa: E402


@pytest.fixture(scope="module")
def config():
    from mkdocs.config import load_config

    return load_config(str(ROOT / "mkdocs.yml"))


def test_characters_known_before_rendering_hold_every_character_of_the_built_pages(config, site):
    """The subsets started at pre_build are the ones shipped: post_build has nothing to redo."""
    known = fonts.input_characters(config)
    built = fonts.site_characters(site)
    missing = "".join(sorted(chr(c) for c in built - known))
    assert not missing, f"characters on the pages that pre_build did not see: {missing!r}"
    for script in ("arabic", "latin"):
        assert fonts.wanted(built | known, script) == fonts.wanted(known, script)


def test_only_the_built_languages_interface_strings_are_read(config):
    known = fonts.input_characters(config)
    assert ord("پ") not in known and ord("ß") not in known  # Persian and German partials are not read
    assert ord("ب") in known and ord("e") in known


def test_shipped_subsets_match_the_characters_known_before_rendering(config, site):
    known = fonts.input_characters(config)
    for source, target, unicodes in fonts.face_jobs(known, site, ROOT / "fonts"):
        cmap = set(TTFont(str(target)).getBestCmap())
        full = set(TTFont(str(source)).getBestCmap())
        assert cmap == unicodes & full, target.name


def test_a_character_only_the_pages_hold_is_still_subset(tmp_path, monkeypatch):
    """A hook or template may print a character no input file holds: post_build adds it."""
    monkeypatch.setattr(fonts, "CACHE_DIR", tmp_path / "cache")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html><body><p>عربي ڤ plain</p></body></html>", encoding="utf-8")
    fonts.build_fonts(site, ROOT / "fonts", known={ord(c) for c in "عربي plain"})
    assert ord("ڤ") in TTFont(str(site / "assets" / "fonts" / "naskh-400.woff2")).getBestCmap()
    assert "U+6A4" in (site / "assets" / "fonts" / "fonts.css").read_text(encoding="utf-8")


def test_background_workers_fill_the_cache_and_write_nothing_in_the_site(tmp_path, monkeypatch):
    """MkDocs empties the site folder after pre_build, so the workers must only fill the cache."""
    monkeypatch.setattr(fonts, "CACHE_DIR", tmp_path / "cache")
    site = tmp_path / "site"
    jobs = fonts.face_jobs({ord(c) for c in "سلام hello"}, site, ROOT / "fonts")
    workers = fonts.start_subsetting(jobs, cores=1)
    assert len(workers) == 1
    for worker in workers:
        worker.join()
        assert worker.exitcode == 0
    assert not site.exists()
    assert len(list((tmp_path / "cache").glob("*.woff2"))) == 4
    assert not list((tmp_path / "cache").glob("*.tmp"))
    assert fonts.start_subsetting(jobs, cores=2) == []  # all cached now: nothing to start
    covered = fonts.subset_face(*jobs[0])
    assert jobs[0][1].exists() and ord("س") in covered


def test_a_cache_that_cannot_be_written_still_gives_the_fonts(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setattr(fonts, "CACHE_DIR", blocker / "cache")  # mkdir fails, as on a read-only checkout
    target = tmp_path / "site" / "x.woff2"
    covered = fonts.subset_face(ROOT / "fonts" / "NotoSans-Regular.ttf", target, {ord("a")})
    assert target.exists() and ord("a") in covered


def test_every_letter_a_reader_sees_is_in_its_faces_subset(site):
    """A second computation, independent of fonts.py: the text of every built page as a browser
    reads it (lxml), plus its readable attributes; each Arabic letter must be in both Naskh
    subsets, each Latin letter and digit in both Sans subsets."""
    from lxml import html as lhtml

    seen: set[str] = set()
    for page in html_pages(site):
        tree = lhtml.fromstring(page.read_bytes())
        for bad in tree.xpath("//script|//style"):
            bad.drop_tree()
        seen.update(tree.text_content())
        for attr in ("alt", "title", "aria-label", "placeholder", "content"):
            for value in tree.xpath(f"//@{attr}"):
                seen.update(value)
    arabic = {ord(c) for c in seen if "\u0621" <= c <= "\u064A"}
    latin = {ord(c) for c in seen if c.isascii() and c.isalnum()}
    assert len(arabic) >= 30 and len(latin) >= 50  # nearly the whole alphabet of each
    for face, wanted in (("naskh", arabic), ("sans", latin)):
        for weight in (400, 700):
            cmap = set(TTFont(str(site / "assets" / "fonts" / f"{face}-{weight}.woff2")).getBestCmap())
            missing = "".join(sorted(chr(c) for c in wanted - cmap))
            assert not missing, f"{face}-{weight}: {missing!r}"


def test_a_face_wants_its_script_and_the_shared_marks_only():
    chars = {ord(c) for c in "بa1،«“—ـ"} | {0x200F}
    assert fonts.wanted(chars, "arabic") == {ord(c) for c in "ب1«“—"} | {0x060C, 0x0640, 0x200C, 0x200D, 0x200E, 0x200F, 0x25CC}
    latin = fonts.wanted(chars, "latin")
    assert ord("ب") not in latin and ord("،") not in latin and {ord("a"), ord("1"), ord("“"), ord("—")} <= latin
    assert set(range(0x20, 0x7F)) <= latin  # all of printable ASCII, for any later page
