"""Regenerate the explainer pages (docs/<slug>/, docs/data/) at the start of every build (on_config, before the navigation is made).

`mkdocs build` and `mkdocs serve` therefore always show the current article, translations and
data: an editor who saves sources/<slug>/en.po or data/glossary.yml under `mkdocs serve` sees
the change without running anything else. Only files whose text changed are written, so a build
of an unchanged tree writes nothing (and `serve` does not loop), and an explainer whose inputs
and outputs still match its committed record (docs/<slug>/.generated.json) is not regenerated
at all, in a fresh clone too. Bad input stops the build with the pipeline's one-line error.
Under `EXPLAINER=<slug> make serve` only that explainer and the site-wide pages it serves are
checked and regenerated (serve_scope.py, explainer.cli.write_stale).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from explainer.cli import USER_ERRORS, write_stale  # noqa: E402
from i18n_state import inside_language_build  # noqa: E402
from serve_scope import explainer  # noqa: E402

log = logging.getLogger("mkdocs.hooks.generate")


@event_priority(100)  # before overrides/hooks/archive.py computes the navigation from the generated pages
def on_config(config):
    if inside_language_build(config):  # the English build runs inside the Arabic one: once is enough
        return config
    try:
        written = write_stale(use_cache=True, only=explainer())
    except USER_ERRORS as err:
        raise PluginError(f"error: {err}") from None
    if written:
        log.info("Regenerated " + ", ".join(str(p.relative_to(ROOT)) for p in written))
    return config
