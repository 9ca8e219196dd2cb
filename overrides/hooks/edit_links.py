"""Point each page's "edit" button at the file an editor should change.

Generated pages name their editor-owned Markdown in the front matter (`editor_file`, e.g.
sources/<slug>/notes/claims.md); hand-written pages are edited where they are (docs/...).
The button needs a web editor to link to: set EDIT_BASE (for example the "edit" URL of the
repository's main branch). Without it no button is shown, and generated pages still print the
path of the file to edit.
"""

import os
from pathlib import Path


def on_page_context(context, page, config, nav):
    base = (config.extra.get("edit_base") or "").strip()
    if not base:
        page.edit_url = None
        return context
    docs = Path(os.path.relpath(config.docs_dir, Path(config.config_file_path).parent)).as_posix()
    target = page.meta.get("editor_file") or f"{docs}/{page.file.src_uri}"
    page.edit_url = base.rstrip("/") + "/" + target
    return context
