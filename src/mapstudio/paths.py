"""Where MapStudio keeps its own files (not the user's projects). No Qt here.

Autosaved copies of open documents live in the platform's per-user data
folder, found with platformdirs, so they survive a crash and never sit beside
(or over) the user's own file. `MAPSTUDIO_DATA_DIR` moves the whole folder:
tests point it at a temporary directory, and a portable install can keep its
data next to itself.

platformdirs is imported when a folder is first asked for (the first autosave,
a minute or more after start-up), not when this module is.
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_VARIABLE = "MAPSTUDIO_DATA_DIR"
APP_NAME = "MapStudio"
APP_AUTHOR = "MapStudio"


def data_dir() -> Path:
    """MapStudio's per-user data folder (not created here).

    Linux `~/.local/share/MapStudio`, macOS `~/Library/Application Support/MapStudio`,
    Windows `%LOCALAPPDATA%\\MapStudio\\MapStudio`; `$MAPSTUDIO_DATA_DIR` when set.
    """
    override = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def recovery_dir() -> Path:
    """Where autosaves wait until their document is closed cleanly (not created here)."""
    return data_dir() / "recovery"
