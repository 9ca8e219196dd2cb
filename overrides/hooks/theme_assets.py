"""Leave out the theme files this site never loads.

overrides/main.html does not load Material's JavaScript bundle (see the comment there) and the
site has its own search, so the bundle, its source maps, the lunr language files and the search
worker (about 1.2 MB in 40 files) would only be copied on every build and published unused.
"""

from __future__ import annotations

import re

UNUSED = re.compile(r"^assets/javascripts/(bundle\.[^/]+|lunr/.*|workers/.*)$|\.map$")


def on_files(files, config):
    for file in list(files):
        if not file.is_documentation_page() and UNUSED.search(file.src_uri):
            files.remove(file)
    return files
