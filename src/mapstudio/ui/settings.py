"""What the editor remembers between sessions: window layout, recent files, preferences.

Stored with QSettings under organization and application "MapStudio", so
they land where each platform keeps such things (registry, plist, ini file).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT_FILES = 10
ORGANIZATION = "MapStudio"
APPLICATION = "MapStudio"


def open_settings() -> QSettings:
    """The user's settings store (tests replace this with a temporary file)."""
    return QSettings(ORGANIZATION, APPLICATION)


class EditorSettings:
    """Typed access to the keys the editor uses."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else open_settings()

    # ---------------------------------------------------------------- window
    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self.store.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    # ---------------------------------------------------------- recent files
    def recent_files(self) -> list[Path]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):  # QSettings gives a lone string for a 1-item list
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(v) for v in value if isinstance(v, str) and v]

    def add_recent_file(self, path: Path) -> None:
        """Put `path` first, without duplicates, keeping at most MAX_RECENT_FILES."""
        resolved = str(path.resolve())
        others = [str(p) for p in self.recent_files() if str(p) != resolved]
        self.store.setValue("files/recent", [resolved, *others][:MAX_RECENT_FILES])

    def remove_recent_file(self, path: Path) -> None:
        kept = [str(p) for p in self.recent_files() if p != path]
        self.store.setValue("files/recent", kept)

    def clear_recent_files(self) -> None:
        self.store.setValue("files/recent", [])

    def last_directory(self) -> str:
        value = self.store.value("files/lastDirectory", "")
        return value if isinstance(value, str) else ""

    def set_last_directory(self, directory: Path) -> None:
        self.store.setValue("files/lastDirectory", str(directory))

    def sync(self) -> None:
        self.store.sync()
