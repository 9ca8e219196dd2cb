#!/usr/bin/env python3
"""Command line for the explainer pipeline.

  python scripts/explain.py extract ARTICLE.txt   print the model as JSON
  python scripts/explain.py build [--check]       regenerate docs/ from sources/ (or check it)
  python scripts/explain.py translations          translation coverage per source
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from explainer.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
