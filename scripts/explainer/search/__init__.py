"""Site search: the index the build writes (index.py) from the words of the pages (text.py).

The browser side is overrides/assets/javascripts/search.js; data/search.yml and data/search/ hold
the rules, shipped in the index so query and pages are treated alike.
"""

from .index import build_index, load_rules, make_folder, sections
from .text import Folder

__all__ = ["Folder", "build_index", "load_rules", "make_folder", "sections"]
