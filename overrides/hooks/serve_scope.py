"""Shared by the hooks (not a hook itself): whether this build is `EXPLAINER=<slug> make serve`.

With EXPLAINER=<slug>, `mkdocs serve` builds that explainer, the home, archive, actors' index and
about pages only, so an editor's saved en.po or note shows within a second or two however large
the archive. `mkdocs build` ignores EXPLAINER: a build for publishing is always the whole site.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from explainer import archive  # noqa: E402

_command = {"name": "build"}


def set_command(command: str) -> None:
    """Called by a hook's on_startup: "build", "gh-deploy" or "serve"."""
    _command["name"] = command


def serving() -> bool:
    return _command["name"] == "serve"


def explainer() -> str | None:
    """The slug served alone (checked: an existing source folder), or None for the whole site."""
    slug = os.environ.get("EXPLAINER")
    if not slug or not serving():
        return None
    return archive.served_explainer(ROOT, slug)
