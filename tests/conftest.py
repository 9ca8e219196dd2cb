from __future__ import annotations

import shutil

import pytest

from helpers import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, build_site, free_port, serve


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
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
