"""After a crash: find the autosaves left behind and offer to recover them.

A session in the recovery folder (see `ui/autosave.py`) is abandoned when its
lock can be taken: the MapStudio that wrote it no longer runs. Sessions of a
MapStudio still running elsewhere stay locked and are left alone. The user
picks what to do in `RecoveryDialog`: Recover (the document opens modified,
under its original file name, so only an explicit Save writes the user's
file), Discard (the autosave is deleted), or Later (kept for the next start).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QLockFile, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mapstudio import paths
from mapstudio.ui.autosave import SESSION_NAME, RecoveryFiles, read_sidecar
from mapstudio.ui.document import Document

if TYPE_CHECKING:
    from mapstudio.ui.editor_window import EditorWindow

OpenWindow = Callable[[], "EditorWindow"]


@dataclass
class RecoveryCandidate:
    """An abandoned autosave, locked by this process while it is on offer."""

    files: RecoveryFiles
    lock: QLockFile
    original: Path | None  # the user's file, None if it was never saved
    name: str
    saved_at: QDateTime

    def time_text(self) -> str:
        """When it was autosaved, in the user's local time and format."""
        return QLocale().toString(self.saved_at.toLocalTime(), QLocale.FormatType.ShortFormat)

    def release(self) -> None:
        """Leave it for a later start."""
        self.lock.unlock()

    def discard(self) -> None:
        self.files.remove()
        self.lock.unlock()


def find_candidates(directory: Path | None = None) -> list[RecoveryCandidate]:
    """Autosaves whose MapStudio is gone, newest first, each locked by this process."""
    directory = directory if directory is not None else paths.recovery_dir()
    try:
        names = sorted(p.stem for p in directory.iterdir() if SESSION_NAME.fullmatch(p.stem))
    except OSError:  # no recovery folder yet: nothing ever crashed
        return []
    candidates: list[RecoveryCandidate] = []
    for session in dict.fromkeys(names):
        files = RecoveryFiles(directory, session)
        lock = files.lock()
        if not lock.tryLock(0):
            continue  # its MapStudio still runs (or the folder refuses locks)
        if not files.project.is_file():  # a session removed half-way: tidy up
            files.remove()
            lock.unlock()
            continue
        candidates.append(_candidate(files, lock))
    candidates.sort(key=lambda c: c.saved_at.toMSecsSinceEpoch(), reverse=True)
    return candidates


def _candidate(files: RecoveryFiles, lock: QLockFile) -> RecoveryCandidate:
    info = read_sidecar(files.sidecar)
    original = info.get("original")
    original_path = Path(original) if isinstance(original, str) and original else None
    name = info.get("name")
    if not isinstance(name, str) or not name:
        name = (
            original_path.name
            if original_path is not None
            else QCoreApplication.translate("Recovery", "Untitled")
        )
    saved_at = QDateTime()
    if isinstance(info.get("saved_at"), str):
        saved_at = QDateTime.fromString(info["saved_at"], Qt.DateFormat.ISODate)
    if not saved_at.isValid():
        saved_at = QDateTime.fromSecsSinceEpoch(int(files.project.stat().st_mtime))
    return RecoveryCandidate(files, lock, original_path, name[:200], saved_at)


class Decision(Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


class RecoveryDialog(QDialog):
    """Lists abandoned autosaves (all ticked) with Recover, Discard and Later.

    Unticked ones are kept for later whatever the button. `decision` says which
    button closed the dialog; closing it any other way means Later.
    """

    def __init__(self, candidates: list[RecoveryCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        self.candidates = candidates
        self.decision = Decision.LATER
        intro = QLabel(
            self.tr(
                "MapStudio was not closed properly. It autosaved changes you had not "
                "saved yet. Tick what to recover or discard:"
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for candidate in candidates:
            where = (
                str(candidate.original)
                if candidate.original is not None
                else self.tr("never saved to a file")
            )
            item = QListWidgetItem(
                self.tr("{name} — autosaved {time}").format(
                    name=candidate.name, time=candidate.time_text()
                )
            )
            item.setToolTip(where)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        self.recover_button = buttons.addButton(
            self.tr("Recover"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            self.tr("Discard"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later_button = buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(lambda: self._decide(Decision.RECOVER))
        self.discard_button.clicked.connect(lambda: self._decide(Decision.DISCARD))
        self.later_button.clicked.connect(lambda: self._decide(Decision.LATER))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _decide(self, decision: Decision) -> None:
        self.decision = decision
        if decision == Decision.LATER:
            self.reject()
        else:
            self.accept()

    def chosen(self) -> list[RecoveryCandidate]:
        """The ticked candidates, in the order shown."""
        return [
            candidate
            for row, candidate in enumerate(self.candidates)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]


# Windows opened for a second recovered document, kept alive until closed.
_extra_windows: dict[int, EditorWindow] = {}


def new_window(like: EditorWindow) -> EditorWindow:
    """Another editor window with the same settings, shown (for a second recovery)."""
    from mapstudio.ui.editor_window import EditorWindow

    window = EditorWindow(settings=like.settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    key = id(window)
    _extra_windows[key] = window
    window.destroyed.connect(lambda *_args: _extra_windows.pop(key, None))
    window.show()
    return window


def apply_decision(
    window: EditorWindow,
    decision: Decision,
    chosen: list[RecoveryCandidate],
    candidates: list[RecoveryCandidate],
    open_window: OpenWindow | None = None,
) -> list[EditorWindow]:
    """Carry out the user's choice; the windows that received a recovered document."""
    picked = {id(c) for c in chosen} if decision != Decision.LATER else set()
    for candidate in candidates:
        if id(candidate) not in picked:
            candidate.release()
    if decision == Decision.DISCARD:
        for candidate in chosen:
            candidate.discard()
        return []
    if decision != Decision.RECOVER:
        return []
    recovered: list[EditorWindow] = []
    for candidate in chosen:
        target = window if not recovered else (open_window or (lambda: new_window(window)))()
        if recover_into(target, candidate):
            recovered.append(target)
    return recovered


def recover_into(window: EditorWindow, candidate: RecoveryCandidate) -> bool:
    """Open `candidate` in `window` as a modified document under its original name.

    The window's autosave takes the session over, so the recovered work stays
    safe on disk without writing it again. If the autosave cannot be read, says
    so and keeps it for a later look.
    """
    from mapstudio.fileformat import ProjectFileError, load_project

    try:
        project = load_project(candidate.files.project)
    except ProjectFileError as exc:
        candidate.release()
        QMessageBox.warning(
            window,
            QCoreApplication.translate("Recovery", "Cannot recover"),
            QCoreApplication.translate(
                "Recovery",
                "“{name}” could not be recovered.\n\n{reason}\n\nThe autosave is kept in {folder}.",
            ).format(name=candidate.name, reason=str(exc), folder=candidate.files.directory),
        )
        return False
    if not window.file_ops.maybe_save():
        candidate.release()
        return False
    document = Document(project, candidate.original)
    document.mark_unsaved()
    window.set_document(document)
    window.autosave.adopt(candidate.files, candidate.lock)
    window.statusBar().showMessage(
        QCoreApplication.translate("Recovery", "Recovered “{name}” as autosaved {time}").format(
            name=candidate.name, time=candidate.time_text()
        ),
        10_000,
    )
    return True


def offer_recovery(
    window: EditorWindow,
    candidates: list[RecoveryCandidate] | None = None,
    open_window: OpenWindow | None = None,
) -> RecoveryDialog | None:
    """Show the recovery dialog over `window` if anything was left by a crash.

    The dialog is window-modal but does not block the caller (`QDialog.open`),
    so start-up and tests go on; the choice is carried out when it closes.
    Returns the dialog, or None when there was nothing to recover.
    """
    candidates = find_candidates() if candidates is None else candidates
    if not candidates:
        return None
    dialog = RecoveryDialog(candidates, window)
    dialog.finished.connect(
        lambda _result: apply_decision(
            window, dialog.decision, dialog.chosen(), candidates, open_window
        )
    )
    dialog.open()
    return dialog
