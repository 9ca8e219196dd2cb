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


# -- names the site itself uses (issue 24, items 4 and 5) ------------------------------------------

S = "iraq-russia-intelligence-2015"


def _one_error_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0 and len(lines) == 1 and lines[0].startswith("error: "), result.stderr[-2000:]
    return lines[0]


def test_a_source_folder_named_after_a_page_of_the_site_stops_both_commands(tmp_path):
    """`sources/about/` once replaced the About page in both languages, with exit 0 under --strict."""
    import shutil

    from helpers import repo_copy, run_in

    repo = repo_copy(tmp_path / "repo")
    shutil.copytree(repo / "sources" / S, repo / "sources" / "about")
    line = _one_error_line(run_in(repo, "explain", "build"))
    assert line.startswith("error: sources/about: the folder name 'about' is taken by the page docs/about.md"), line
    result = run_in(repo, "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site"))
    assert result.returncode != 0 and "error: sources/about: the folder name 'about' is taken by the page docs/about.md" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_name_the_site_uses_is_refused_for_a_folder_with_one_line_naming_the_clash(tmp_path):
    import shutil

    import pytest
    from explainer import archive, safe
    from helpers import ROOT

    shutil.copytree(ROOT / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns(S))
    shutil.copytree(ROOT / "docs" / S, tmp_path / "docs" / S)
    (tmp_path / "docs" / "method.en.md").write_text("# Method\n", encoding="utf-8")  # a page added by hand
    for name in ("about", "actors", "archive", "assets", "data", "en", "search", "feed", "404", "index",
                 "sitemap", "method"):
        with pytest.raises(safe.UnsafeValue) as err:
            archive.check_slug(name, f"sources/{name}", tmp_path)
        assert str(err.value).startswith(f"sources/{name}: the folder name '{name}' is taken by "), str(err.value)
    assert "taken by the page docs/method.en.md" in str(err.value)
    assert archive.check_slug(S, f"sources/{S}", tmp_path) == S  # an explainer's own generated folder is no clash


def test_an_actor_id_the_site_uses_is_refused_where_the_editor_wrote_it(tmp_path):
    """An actor `index` once replaced the actors' index with its own page."""
    from helpers import repo_copy, run_in

    repo = repo_copy(tmp_path / "repo")
    actors = repo / "data" / "actors.yml"
    text = actors.read_text(encoding="utf-8")
    assert text.count("{id: russia,") == 1
    actors.write_text(text.replace("{id: russia,", "{id: index,"), encoding="utf-8")
    line_no = 1 + text[:text.index("{id: russia,")].count("\n")
    line = _one_error_line(run_in(repo, "explain", "build"))
    assert line.startswith(f"error: data/actors.yml:{line_no}: "), line
    assert "actor id 'index' is taken by the actors' index" in line, line

    actors.write_text(text, encoding="utf-8")
    (repo / "sources" / S / "overrides.yml").write_text("actors:\n  merge:\n    russia: index\n", encoding="utf-8")
    line = _one_error_line(run_in(repo, "explain", "build"))
    assert line.startswith(f"error: sources/{S}/overrides.yml:3: "), line
    assert "actor id 'index' is taken by the actors' index" in line, line


def test_generated_actor_ids_never_take_a_name_the_site_uses():
    """Ids the generator makes carry their kind (person-, org-, anon-), so no name, however
    spelled, becomes `index` or `about` and none is refused."""
    found = actors_of('وقالت صحيفة "Index" إن الاتفاق مهم. وقال about إن الوضع صعب.')
    assert "org-index" in found and not {"index", "about"} & set(found)


# -- a deleted explainer (issue 24, item 8) ---------------------------------------------------------

def test_a_deleted_explainers_generated_files_are_removed_and_flagged_never_a_hand_written_one(tmp_path):
    """After `rm -rf sources/<slug>`, docs/<slug>/ and docs/data/<slug>.json stayed, `build --check`
    passed and `mkdocs build` published them."""
    import shutil

    from helpers import repo_copy, run_in

    for command in ("explain", "mkdocs"):
        repo = repo_copy(tmp_path / command / "repo")
        shutil.rmtree(repo / "sources" / S)
        hand = repo / "docs" / S / "credits.txt"  # a file no build wrote
        hand.write_text("photo: ANT Corpus\n", encoding="utf-8")
        check = run_in(repo, "explain", "build", "--check")
        assert check.returncode == 1, check.stdout + check.stderr
        assert f"docs/{S}/claims.md" in check.stderr and f"docs/data/{S}.json" in check.stderr
        assert f"docs/{S}/.generated.json" in check.stderr and "credits.txt" not in check.stderr
        if command == "explain":
            result = run_in(repo, "explain", "build")
        else:
            result = run_in(repo, "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / command / "site"))
        assert result.returncode == 0, result.stderr[-2000:]
        assert not (repo / "docs" / "data" / f"{S}.json").exists()
        assert sorted(p.name for p in (repo / "docs" / S).iterdir()) == ["credits.txt"]
        assert hand.read_text(encoding="utf-8") == "photo: ANT Corpus\n"
        assert run_in(repo, "explain", "build", "--check").returncode == 0
        if command == "mkdocs":
            site = tmp_path / command / "site"
            assert not (site / S / "index.html").exists() and not (site / "en" / S / "index.html").exists()
            assert not (site / "data" / f"{S}.json").exists()
            assert S not in (site / "sitemap.xml").read_text(encoding="utf-8")
