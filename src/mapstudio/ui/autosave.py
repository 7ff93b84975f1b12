"""Autosave: a copy of the open document every few minutes, so a crash costs little.

Each window keeps one *session* in the recovery folder (`paths.recovery_dir()`):
`<session>.mapstudio` (the project, written atomically, never over the user's
own file), `<session>.json` (where it came from and when) and `<session>.lock`
(a `QLockFile` held while this process lives, so a later start can tell an
abandoned session from one still open in another MapStudio). A clean close, a
save, or another document taking the window's place removes the session;
after a crash it stays for `ui/recovery.py` to offer.

Writing a big map's copy takes a noticeable moment on the UI thread (the
model is read there: ~0.2 s at 10,000 cards), so a tick that comes while a
mouse button is held (a card being dragged, a flow being drawn) waits until
the gesture ends instead of freezing it halfway.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from mapstudio import __version__, paths
from mapstudio.model.project import ProjectChange
from mapstudio.ui.document import Document
from mapstudio.ui.reasons import failure_reason

if TYPE_CHECKING:
    from mapstudio.ui.editor_window import EditorWindow

SIDECAR_FORMAT = "mapstudio-recovery"
SIDECAR_VERSION = 1
MAX_SIDECAR_BYTES = 64 * 1024
SESSION_NAME = re.compile(r"[0-9a-f]{32}")
_MS_PER_MINUTE = 60_000
_GESTURE_RETRY_MS = 1_000


@dataclass(frozen=True)
class RecoveryFiles:
    """The files of one autosave session in the recovery folder."""

    directory: Path
    session: str

    @property
    def project(self) -> Path:
        return self.directory / f"{self.session}.mapstudio"

    @property
    def sidecar(self) -> Path:
        return self.directory / f"{self.session}.json"

    @property
    def lock_file(self) -> Path:
        return self.directory / f"{self.session}.lock"

    def lock(self) -> QLockFile:
        """A lock on this session that only a dead owner's crash can leave stale."""
        lock = QLockFile(str(self.lock_file))
        lock.setStaleLockTime(0)  # age means nothing: a session may stay open for days
        return lock

    def remove(self) -> None:
        """Delete the session's data (not its lock); the project first, so a
        half-removed session never looks like one worth recovering."""
        leftovers = list(self.directory.glob(f".{self.session}.*.tmp"))
        for path in (self.project, self.sidecar, *leftovers):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


def sidecar_bytes(original: Path | None, name: str) -> bytes:
    """The sidecar's JSON: what `ui/recovery.py` shows when offering the session."""
    document = {
        "format": SIDECAR_FORMAT,
        "version": SIDECAR_VERSION,
        "original": str(original) if original is not None else None,
        "name": name,
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "app_version": __version__,
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_sidecar(path: Path) -> dict[str, Any]:
    """The sidecar's fields, or {} when it is missing, too big or not ours."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_SIDECAR_BYTES + 1)
        if len(data) > MAX_SIDECAR_BYTES:
            return {}
        document = json.loads(data.decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(document, dict) or document.get("format") != SIDECAR_FORMAT:
        return {}
    return document


class AutosaveController(QObject):
    """Writes the window's document to its recovery session while it has unsaved changes."""

    saved = Signal(object)  # Path of the recovery file just written
    failed = Signal(str)  # the reason, as shown in the status bar

    def __init__(self, window: EditorWindow, directory: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._directory = directory
        self.timer = QTimer(self)
        self.timer.setObjectName("autosaveTimer")
        self.timer.timeout.connect(self._tick)
        # While a gesture holds a mouse button, the tick is retried this often.
        self.gesture_retry = QTimer(self)
        self.gesture_retry.setObjectName("autosaveAfterGesture")
        self.gesture_retry.setSingleShot(True)
        self.gesture_retry.setInterval(_GESTURE_RETRY_MS)
        self.gesture_retry.timeout.connect(self._tick)
        self._document: Document | None = None
        self._files: RecoveryFiles | None = None
        self._lock: QLockFile | None = None
        self._dirty = False
        self.follow(window.document)
        self.apply_preferences()

    # ------------------------------------------------------------- settings
    def apply_preferences(self) -> None:
        """Re-read the interval (Preferences changed it); 0 minutes turns autosave off."""
        minutes = self.window.settings.autosave_minutes()
        if minutes <= 0:
            self.timer.stop()
        else:
            self.timer.start(minutes * _MS_PER_MINUTE)

    @property
    def files(self) -> RecoveryFiles | None:
        """The current session's files, once something has been autosaved."""
        return self._files

    # ------------------------------------------------------------- document
    def follow(self, document: Document) -> None:
        """Autosave `document` from now on; the previous one's session is removed."""
        if document is self._document:
            return
        if self._document is not None:
            self._document.changed.disconnect(self._on_change)
            self._document.undo_stack.cleanChanged.disconnect(self._on_clean_changed)
            self.discard()
        self._document = document
        document.changed.connect(self._on_change)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._dirty = document.is_modified()  # e.g. a recovered document: not on disk yet

    def adopt(self, files: RecoveryFiles, lock: QLockFile) -> None:
        """Continue a recovered session: its file already holds the current document."""
        self.discard()
        self._files = files
        self._lock = lock
        self._dirty = False

    def _on_change(self, _change: ProjectChange) -> None:
        self._dirty = True

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:  # saved (or undone back to the saved state): the user's file has it all
            self.discard()

    # --------------------------------------------------------------- writing
    def _tick(self) -> None:
        """The timer's autosave, unless a mouse gesture is under way: then after it."""
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.gesture_retry.start()
            return
        self.autosave_now()

    def autosave_now(self) -> bool:
        """Write the recovery copy if there are changes since the last one; True if written."""
        document = self._document
        if document is None or not self._dirty or not document.is_modified():
            return False
        from mapstudio.fileformat import ProjectFileError, project_to_bytes
        from mapstudio.fileformat.save import write_atomically
        from mapstudio.ui.file_ops import display_name

        try:
            data = project_to_bytes(document.project)
            files = self._session()
            write_atomically(files.project, data)
            write_atomically(files.sidecar, sidecar_bytes(document.path, display_name(document)))
        except (ProjectFileError, OSError) as exc:
            reason = failure_reason(exc)
            message = QCoreApplication.translate(
                "Autosave", "Autosave failed: {reason}. Save your work to keep it."
            ).format(reason=reason)
            # Never a dialog: autosave runs in the background while the user works.
            self.window.statusBar().showMessage(message, 10_000)
            self.failed.emit(message)
            return False
        self._dirty = False
        self.saved.emit(files.project)
        return True

    def _session(self) -> RecoveryFiles:
        if self._files is None:
            import uuid  # like `paths`' platformdirs: not needed before the first autosave

            directory = self._directory if self._directory is not None else paths.recovery_dir()
            directory.mkdir(parents=True, exist_ok=True)
            files = RecoveryFiles(directory, uuid.uuid4().hex)
            lock = files.lock()
            # Without the lock (a folder refusing it) the copy is still worth writing.
            self._lock = lock if lock.tryLock(0) else None
            self._files = files
        return self._files

    def discard(self) -> None:
        """Remove the session's files and lock: its document is safe or no longer wanted."""
        if self._files is not None:
            self._files.remove()
        if self._lock is not None:
            self._lock.unlock()
        self._files = None
        self._lock = None
        self._dirty = False
