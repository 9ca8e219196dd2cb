"""Build the Pagefind search index from the rendered HTML, as part of every build.

Pagefind reads each page's <html lang> and writes one index per language, so a reader
searching on an Arabic page only gets Arabic pages. Only elements marked
`data-pagefind-body` (the article of a content page) are indexed; 404 pages are not.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from i18n_state import inside_language_build
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.search_index")


def build_index(site_dir: Path) -> None:
    """Run the Pagefind binary shipped by the `pagefind[bin]` wheel over `site_dir`."""
    cmd = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", "pagefind", "--silent"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise PluginError(f"Pagefind failed: {(result.stderr or result.stdout).strip()}")
    canonicalise_entry(site_dir / "pagefind" / "pagefind-entry.json")


def canonicalise_entry(path: Path) -> None:
    """Sort the keys of pagefind-entry.json.

    Pagefind writes its per-language map from a hash map, so the order of "ar" and "en" changes
    between runs; everything else it writes is content-addressed. Sorting keeps the same JSON
    value and makes the build byte-identical.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")


@event_priority(-300)  # after the fonts and every language are written
def on_post_build(config):
    if inside_language_build(config):
        return
    build_index(Path(config.site_dir))
    log.info("Pagefind index written to pagefind/")
