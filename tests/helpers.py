"""Shared helpers for the tests: paths, building the site, serving it, parsing pages."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts"
# Screenshots and reports: outside the checkout (tests never write into it); TEST_ARTIFACTS moves them.
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS") or Path(tempfile.gettempdir()) / "explainer-test-artifacts")
ARTICLE = ROOT / "sources" / "iraq-russia-intelligence-2015" / "article.ar.txt"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))


def build_site(site_dir: Path, **extra_env: str) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` into `site_dir`, in a fresh copy of the project beside it (the
    build regenerates stale pages, and tests never write into the checkout). The build date is
    the checkout's last commit, as reproducible.py sets it in a clone."""
    repo = repo_copy(Path(tempfile.mkdtemp(prefix="build-", dir=site_dir.parent if site_dir.parent.exists() else None)) / "repo")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH=last_commit_time(), **extra_env)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=repo, capture_output=True, text=True, env=env, timeout=600,
    )


@functools.lru_cache(maxsize=None)
def last_commit_time() -> str:
    """SOURCE_DATE_EPOCH of the checkout (what overrides/hooks/reproducible.py uses)."""
    out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return out if out.isdigit() else "0"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class GzipHandler(QuietHandler):
    """Serves text files gzip-compressed when the client accepts it, as a static host does
    (used by the benchmark and the budget tests, so Lighthouse sees realistic transfer sizes)."""

    COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map")

    def send_head(self):
        from urllib.parse import urlsplit

        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not urlsplit(self.path).path.endswith("/"):
                return super().send_head()  # the redirect to the slash URL
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not accepts or not path.endswith(self.COMPRESSIBLE) or not os.path.isfile(path):
            return super().send_head()
        import gzip
        import io

        with open(path, "rb") as fh:
            body = gzip.compress(fh.read(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def free_port() -> int:
    """A TCP port that is free on 127.0.0.1 now (for a site built with its own URL)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(directory: Path, port: int = 0, gzip: bool = False) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve `directory` on 127.0.0.1 (on `port`, or a free one); returns the server and its base URL."""
    handler = functools.partial(GzipHandler if gzip else QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


COPY_IGNORE = (".git", ".venv", "node_modules", "site", "test-artifacts", ".pytest_cache", ".hypothesis", "__pycache__")


def checkout_state() -> list[str]:
    """What git sees in the checkout, ignored files included (Python's own __pycache__ aside):
    compared before and after the suite to prove no test wrote into it."""
    out = subprocess.run(["git", "status", "--porcelain", "--ignored", "--untracked-files=all", "--", ".",
                          ":!.venv", ":!node_modules"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return sorted(line for line in out.splitlines() if "__pycache__" not in line)


def repo_copy(dest: Path) -> Path:
    """A copy of the project as a fresh clone has it (plus the font cache, to save time), for
    tests that change inputs or build: they never write into the checkout."""
    import shutil

    shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns(*COPY_IGNORE), symlinks=True)
    return dest


def run_in(repo: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run a command of the project (`explain.py …` or `mkdocs …`) inside the copy `repo`."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    cmd = [sys.executable, "scripts/explain.py", *args[1:]] if args[0] == "explain" else [sys.executable, "-m", *args]
    return subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env, timeout=timeout)
