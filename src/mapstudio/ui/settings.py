"""What the editor remembers between sessions: window layout, recent files, preferences.

Stored with QSettings under organization and application "MapStudio", so
they land where each platform keeps such things (registry, plist, ini file).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT_FILES = 10
DEFAULT_AUTOSAVE_MINUTES = 1
MAX_AUTOSAVE_MINUTES = 60
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

    # ----------------------------------------------------------- preferences
    def language(self) -> str:
        """The interface language: "en", "fr", or "" to follow the system locale."""
        value = self.store.value("ui/language", "")
        return value if value in ("", "en", "fr") else ""

    def set_language(self, language: str) -> None:
        self.store.setValue("ui/language", language)

    def autosave_minutes(self) -> int:
        """Minutes between autosaves of the open document (0 turns autosave off)."""
        value = self.store.value("autosave/minutes", DEFAULT_AUTOSAVE_MINUTES)
        try:
            minutes = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_AUTOSAVE_MINUTES
        return minutes if 0 <= minutes <= MAX_AUTOSAVE_MINUTES else DEFAULT_AUTOSAVE_MINUTES

    def set_autosave_minutes(self, minutes: int) -> None:
        self.store.setValue("autosave/minutes", max(0, min(MAX_AUTOSAVE_MINUTES, int(minutes))))

    def show_welcome(self) -> bool:
        """Whether a start without a file shows the welcome screen (default: yes)."""
        value = self.store.value("ui/showWelcome", True)
        return value not in (False, "false", "0", 0)

    def set_show_welcome(self, show: bool) -> None:
        self.store.setValue("ui/showWelcome", bool(show))

    def sync(self) -> None:
        self.store.sync()
