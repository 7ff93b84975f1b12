"""Lock files beside open projects, so two people do not overwrite each other's work.

While a window shows a saved project, it holds `.~lock.NAME#` in the same
folder (LibreOffice's naming, which Dropbox and OneDrive leave unsynced) with a
`QLockFile`: it records the process id, application and host, and Qt removes a
lock whose process on this computer no longer runs (a crash). Opening a file
someone else holds asks first, naming who holds it. A folder where no lock can
be made (read-only, some network drives) never stops the file from opening.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSysInfo
from PySide6.QtWidgets import QMessageBox, QWidget

from mapstudio.ui.document import Document

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"


def lock_path(path: Path) -> Path:
    """Where the lock of project `path` lives: beside it, hidden on Unix."""
    return path.with_name(f"{LOCK_PREFIX}{path.name}{LOCK_SUFFIX}")


def _new_lock(path: Path) -> QLockFile:
    lock = QLockFile(str(lock_path(path)))
    # Only a dead owner makes a lock stale, never its age: a map stays open all day.
    lock.setStaleLockTime(0)
    return lock


def _same_file(a: Path, b: Path) -> bool:
    return a == b or a.resolve() == b.resolve()


@dataclass(frozen=True)
class LockOwner:
    """Who holds a project open, as the lock file says."""

    pid: int
    hostname: str

    def on_this_computer(self) -> bool:
        return not self.hostname or self.hostname == QSysInfo.machineHostName()

    def in_this_process(self) -> bool:
        return self.on_this_computer() and self.pid == QCoreApplication.applicationPid()


def _holder(lock: QLockFile) -> LockOwner | None:
    """Who holds the lock `lock` failed to take; None if its file says nothing usable."""
    if lock.error() != QLockFile.LockError.LockFailedError:
        return None  # read-only folder and the like: nobody can hold a lock there
    pid, hostname, _app = lock.getLockInfo()
    return LockOwner(pid, hostname) if pid > 0 else None


def lock_owner(path: Path) -> LockOwner | None:
    """Who else holds `path` open; None when nobody does or no lock can be made there.

    An unreadable lock file (cut short by a crash, or not ours) names nobody.
    """
    probe = _new_lock(path)
    if probe.tryLock(0):  # also clears the lock of a process that crashed
        probe.unlock()
        return None
    return _holder(probe)


def owner_text(path: Path, owner: LockOwner) -> str:
    """The warning's main sentence, naming the file and where it is open."""
    if owner.in_this_process():
        text = QCoreApplication.translate(
            "FileLock", "“{name}” is already open in another MapStudio window."
        )
    elif owner.on_this_computer():
        text = QCoreApplication.translate(
            "FileLock", "“{name}” is already open in MapStudio on this computer (process {pid})."
        )
    else:
        text = QCoreApplication.translate(
            "FileLock", "“{name}” is already open in MapStudio on the computer “{host}”."
        )
    return text.format(name=path.name, pid=owner.pid, host=owner.hostname)


class LockedFileBox(QMessageBox):
    """The question asked before opening a file held elsewhere; Cancel is the default.

    Built apart from `ask_open_locked` so tests can show it without blocking.
    """

    def __init__(self, parent: QWidget | None, path: Path, owner: LockOwner) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("File in use"))
        self.setText(owner_text(path, owner))
        self.setInformativeText(
            self.tr(
                "If you both change it, whoever saves last overwrites the other's work. "
                "Open it anyway?"
            )
        )
        self.open_anyway = self.addButton(self.tr("Open Anyway"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel)
        self.setEscapeButton(self.cancel)

    def chose_open(self) -> bool:
        return self.clickedButton() is self.open_anyway


def ask_open_locked(parent: QWidget | None, path: Path, owner: LockOwner) -> bool:
    """Ask whether to open a file held elsewhere; True for "Open Anyway"."""
    box = LockedFileBox(parent, path, owner)
    box.exec()
    return box.chose_open()


def may_open(parent: QWidget | None, path: Path, held: FileLock | None = None) -> bool:
    """Whether to go on opening `path`: free, held by `held` itself, or the user insists."""
    if held is not None and held.holds(path):
        return True
    owner = lock_owner(path)
    return owner is None or ask_open_locked(parent, path, owner)


class FileLock(QObject):
    """The lock of one window's open file, following the document's path."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock: QLockFile | None = None
        self._path: Path | None = None
        self._document: Document | None = None
        self.held_elsewhere: LockOwner | None = None  # set when the file was opened anyway

    @property
    def path(self) -> Path | None:
        """The file whose lock this window holds (None: untitled, or no lock was possible)."""
        return self._path if self._lock is not None else None

    def holds(self, path: Path) -> bool:
        return self._path is not None and _same_file(self._path, path)

    def follow_document(self, document: Document) -> None:
        """Hold the lock of `document`'s file, and move it when Save As renames it."""
        if self._document is not None and self._document is not document:
            self._document.pathChanged.disconnect(self.follow)
        if self._document is not document:
            document.pathChanged.connect(self.follow)
        self._document = document
        self.follow(document.path)

    def follow(self, path: Path | None) -> None:
        """Release the current lock and take the one of `path` (None: untitled)."""
        if path is not None and self.holds(path):
            return
        self.release()
        if path is None or not path.exists():  # nothing on disk to guard yet
            return
        self._path = path
        lock = _new_lock(path)
        if lock.tryLock(0):
            self._lock = lock
            return
        self.held_elsewhere = _holder(lock)
        unreadable = lock.error() == QLockFile.LockError.LockFailedError
        # A lock file naming nobody (garbage from a crash) is replaced.
        if self.held_elsewhere is None and unreadable and lock.removeStaleLockFile():
            self._lock = lock if lock.tryLock(0) else None

    def release(self) -> None:
        """Remove our lock file (on close, or when another file takes the window)."""
        if self._lock is not None:
            self._lock.unlock()
        self._lock = None
        self._path = None
        self.held_elsewhere = None
