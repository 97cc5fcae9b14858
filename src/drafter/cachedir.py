"""The user's own cache folder for drafter: jieba's dictionary, the lexicon, compiled
templates, built schemas and corpus indexes are kept there, never in the shared temporary
folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_folder() -> Path | None:
    """This user's cache folder for drafter, made if need be; None when it cannot be made or
    written to. `%LOCALAPPDATA%\\drafter\\Cache` on Windows, `~/Library/Caches/drafter` on
    macOS, else `$XDG_CACHE_HOME/drafter` or `~/.cache/drafter`."""
    try:
        folder = _cache_location()
        if folder is None:
            return None
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except (OSError, RuntimeError):  # RuntimeError: no home folder to be found
        return None
    return folder if os.access(folder, os.W_OK | os.X_OK) else None


def _cache_location() -> Path | None:
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return Path(local, "drafter", "Cache") if local else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "drafter"
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    # The XDG spec: a relative path is invalid and to be ignored.
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "drafter"
