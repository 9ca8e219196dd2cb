from __future__ import annotations

import shutil
import tempfile
from urllib.parse import urlsplit

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

from helpers import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, build_site, checkout_state, free_port, serve

# Hypothesis keeps no example database, and its caches (constants, Unicode tables) live in a
# temporary folder, not in the checkout (tests never write into it).
set_hypothesis_home_dir(tempfile.mkdtemp(prefix="hypothesis-"))
settings.register_profile("explainer", database=None)
settings.load_profile("explainer")


def pytest_sessionstart(session):
    session.config.checkout_before = checkout_state()


@pytest.fixture(scope="session")
def port():
    return free_port()


@pytest.fixture(scope="session")
def site(tmp_path_factory, port):
    """The site built once per test session with `mkdocs build --strict`, with the URL it is served
    at as SITE_URL, so canonical and hreflang links point at the served copy (as when published)."""
    out = tmp_path_factory.mktemp("site") / "site"
    result = build_site(out, SITE_URL=f"http://127.0.0.1:{port}/")
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="session")
def base_url(site, port):
    server, url = serve(site, port)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make system-deps` (Debian package chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def page_factory(browser, base_url):
    """New pages that record every request leaving 127.0.0.1 and every console error."""
    opened = []

    def make(width=1280, height=900):
        page = browser.new_page(viewport={"width": width, "height": height})
        page.outside = []
        page.errors = []
        page.on("request", lambda r: page.outside.append(r.url) if urlsplit(r.url).hostname not in ("127.0.0.1", None) and not r.url.startswith("data:") else None)
        page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
        page.on("requestfailed", lambda r: page.errors.append(f"failed: {r.url}"))
        opened.append(page)
        return page

    yield make
    for page in opened:
        assert page.outside == [], f"requests left 127.0.0.1: {page.outside}"
        assert page.errors == [], page.errors
        page.close()


def pytest_terminal_summary(terminalreporter):
    """One summary line per outside checker that ran (axe-core, Nu HTML checker, Lighthouse)."""
    from checkers import SUMMARY

    for line in SUMMARY.values():
        terminalreporter.write_line(line)
