"""Pin the build date so the same input gives byte-identical output.

MkDocs stamps the sitemap (and its .gz) with the build date unless SOURCE_DATE_EPOCH is set.
We set it, when the caller has not, to the time of the last git commit: a fact of the input,
not of the clock. Outside a git checkout we fall back to 0 (1970-01-01).
"""

import os
import subprocess


def on_startup(command, dirty):
    """Set SOURCE_DATE_EPOCH once, before any page is built."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], capture_output=True, text=True, check=True, timeout=10
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        out = ""
    os.environ["SOURCE_DATE_EPOCH"] = out if out.isdigit() else "0"
