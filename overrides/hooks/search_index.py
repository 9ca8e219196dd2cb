"""Build the site's search index after every build (logic: scripts/explainer/search/)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from i18n_state import inside_language_build
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from explainer.schema import DataError  # noqa: E402
from explainer.search import Folder, build_index, sections  # noqa: E402,F401  (Folder, sections, bucket: for tests)
from explainer.search.index import bucket  # noqa: E402,F401

log = logging.getLogger("mkdocs.hooks.search_index")


@event_priority(-300)  # after every language is written
def on_post_build(config):
    if inside_language_build(config):
        return
    try:
        counts = build_index(Path(config.site_dir), ROOT)
    except DataError as err:
        raise PluginError(f"error: {err}") from None
    log.info("Search index: " + ", ".join(f"{lang} {n} sections" for lang, n in counts.items()))
