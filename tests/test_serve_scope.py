"""The editor's loop in a large archive, `EXPLAINER=<slug> make serve` (overrides/hooks/serve_scope.py,
archive.py, generate.py; explainer.cli.write_stale, explainer.archive): one explainer is checked,
regenerated and served, one rebuild per save; without EXPLAINER, and in `mkdocs build` whatever
EXPLAINER says, the whole site. Each test works in a copy of the project (never in the checkout)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from helpers import free_port, repo_copy

SLUG = "iraq-russia-intelligence-2015"
OTHER = "second-explainer"
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")


@pytest.fixture(scope="module")
def archive_of_two(tmp_path_factory):
    """A copy of the project with a second explainer, generated (as a build leaves it)."""
    repo = repo_copy(tmp_path_factory.mktemp("serve-scope") / "repo")
    shutil.copytree(repo / "sources" / SLUG, repo / "sources" / OTHER)
    done = subprocess.run([sys.executable, "scripts/explain.py", "build"], cwd=repo, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return repo


def regenerate(repo, only=None):
    """What the generate hook does, in `repo`: the files written and the sources whose inputs were read."""
    code = ("import json, sys; sys.path.insert(0, 'scripts'); from explainer import cli\n"
            "read = []; inputs_of = cli._inputs_of\n"
            "cli._inputs_of = lambda src: read.append(src.name) or inputs_of(src)\n"
            f"written = cli.write_stale(use_cache=True, only={only!r})\n"
            "print(json.dumps({'written': sorted(str(p.relative_to(cli.ROOT)) for p in written), 'read': sorted(set(read))}))")
    done = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_explainer_mode_reads_and_regenerates_that_explainer_only_and_a_full_run_the_rest(archive_of_two):
    repo = archive_of_two
    for slug in (SLUG, OTHER):  # a translation that reaches the explainer's pages and an actor page
        po = repo / "sources" / slug / "en.po"
        text = po.read_text(encoding="utf-8")
        assert 'msgstr "Iraq, Syria' in text
        po.write_text(text.replace('msgstr "Iraq, Syria', 'msgstr "IRAQ, Syria'), encoding="utf-8")
    served = regenerate(repo, only=SLUG)
    assert served["read"] == [SLUG]
    assert f"docs/{SLUG}/claims.en.md" in served["written"]
    served_alone = (f"docs/{SLUG}/", f"sources/{SLUG}/", "docs/archive/index", "docs/actors/index")
    assert all(p.startswith(served_alone) for p in served["written"]), served["written"]

    full = regenerate(repo)  # no EXPLAINER: every source and every site-wide page
    assert full["read"] == sorted([SLUG, OTHER])
    assert f"docs/{OTHER}/claims.en.md" in full["written"] and f"docs/{SLUG}/claims.en.md" not in full["written"]
    assert "docs/actors/joint-operations-command.en.md" in full["written"]  # left stale by the served run
    check = subprocess.run([sys.executable, "scripts/explain.py", "build", "--check"], cwd=repo, capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stderr


def test_explainer_mode_generates_a_new_folder_never_generated(tmp_path):
    """The listings the served build shows need every explainer's generated pages: a folder
    added while another explainer is served is generated once, then left alone."""
    repo = repo_copy(tmp_path / "repo")
    shutil.copytree(repo / "sources" / SLUG, repo / "sources" / OTHER)
    served = regenerate(repo, only=SLUG)
    assert served["read"] == sorted([SLUG, OTHER]) and f"docs/{OTHER}/claims.md" in served["written"]
    assert "docs/archive/index.md" in served["written"]  # it lists the new explainer
    assert regenerate(repo, only=SLUG) == {"written": [], "read": [SLUG]}


def hooks_config(repo, command, **env):
    """The explainers in the navigation and which of a few pages are left out, after the hooks'
    on_config and on_files, as `mkdocs <command>` sees them (Arabic build)."""
    code = ("import json; from mkdocs.config import load_config; from mkdocs.structure.files import get_files\n"
            "config = load_config('mkdocs.yml')\n"
            f"config.plugins.on_startup(command={command!r}, dirty=False)\n"
            "config = config.plugins.on_config(config)\n"
            "files = config.plugins.on_files(get_files(config), config=config)\n"
            "sections = [p for item in config['nav'] if isinstance(item, dict) for p in next(iter(item.values()))]\n"
            "probe = ('second-explainer/claims.md', 'data/second-explainer.json', 'actors/iraq.md', 'actors/index.md',\n"
            "         'iraq-russia-intelligence-2015/claims.md', 'data/iraq-russia-intelligence-2015.json', 'about.md')\n"
            "print(json.dumps({'explainers': sorted({p.split('/')[0] for p in sections}),\n"
            "                  'excluded': sorted(p for p in probe if files.get_file_from_path(p) is None)}))")
    done = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, timeout=300, env=dict(ENV, **env))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_explainer_narrows_serve_only_and_a_build_stays_the_whole_site(archive_of_two):
    whole = {"explainers": sorted([SLUG, OTHER]), "excluded": []}
    assert hooks_config(archive_of_two, "serve", EXPLAINER=SLUG) == {
        "explainers": [SLUG], "excluded": ["actors/iraq.md", f"data/{OTHER}.json", f"{OTHER}/claims.md"]}
    assert hooks_config(archive_of_two, "build", EXPLAINER=SLUG) == whole
    assert hooks_config(archive_of_two, "serve") == whole


def test_an_unknown_explainer_stops_make_serve_with_one_line(tmp_path):
    """Through the Makefile (EXPLAINER reaches mkdocs), with the checkout's .venv: `-o setup`
    keeps make from reinstalling it for the copy's newer requirements.txt."""
    repo = repo_copy(tmp_path / "repo")
    venv = os.path.dirname(os.path.dirname(sys.executable))
    make = subprocess.Popen(["make", "-o", "setup", "serve", f"VENV={venv}"], cwd=repo, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True,
                            env=dict(ENV, EXPLAINER="no-such-explainer"))
    try:
        _, stderr = make.communicate(timeout=60)
    except subprocess.TimeoutExpired:  # it serves: stop make and the server it started
        os.killpg(make.pid, signal.SIGTERM)
        make.communicate(timeout=30)
        pytest.fail("EXPLAINER=no-such-explainer make serve started serving")
    assert make.returncode != 0
    ours = [line for line in stderr.splitlines() if "error:" in line]
    assert len(ours) == 1 and "EXPLAINER: no explainer 'no-such-explainer'" in ours[0], stderr


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, ""
    except OSError:
        return 0, ""


def test_a_saved_note_is_served_after_one_rebuild(archive_of_two, tmp_path):
    """The generator's own writes under docs/ do not set off a second rebuild (the watcher leaves
    the generated pages out; their inputs are watched), and the other explainer is not served."""
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                  cwd=archive_of_two, stdout=out, stderr=subprocess.STDOUT, env=dict(ENV, EXPLAINER=SLUG))
    note = archive_of_two / "sources" / SLUG / "notes" / "index.md"
    original = note.read_text(encoding="utf-8")
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while fetch(base + "/")[0] != 200:
            assert time.monotonic() < deadline and server.poll() is None, log.read_text()
            time.sleep(0.2)
        assert fetch(f"{base}/{SLUG}/")[0] == 200 and fetch(f"{base}/{OTHER}/")[0] == 404
        time.sleep(1)
        note.write_text(original + "\nnoteeditedwhileserving\n", encoding="utf-8")
        deadline = time.monotonic() + 60
        while "noteeditedwhileserving" not in fetch(f"{base}/{SLUG}/")[1]:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        time.sleep(3)  # time for the watcher to notice the regenerated pages, were they watched
        assert log.read_text().count("Building documentation") == 2, log.read_text()  # the first build and one rebuild
    finally:
        note.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=30)
