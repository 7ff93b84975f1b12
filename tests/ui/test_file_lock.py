"""Lock files: a file open in another MapStudio warns before opening; stale
locks of crashed processes are taken over; folders refusing locks still open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSysInfo, Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.fileformat import save_project
from mapstudio.model import operations
from mapstudio.ui import file_lock
from mapstudio.ui.file_lock import LockedFileBox, LockOwner, lock_owner, lock_path
from mapstudio.ui.file_ops import blank_project

# Another MapStudio, as far as the lock is concerned: a process holding it.
HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication, QLockFile
app = QCoreApplication([])
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "failed", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "shared" / "journey.mapstudio"
    path.parent.mkdir()
    save_project(blank_project(), path)
    return path


@pytest.fixture
def other_instance(project_file: Path) -> Iterator[subprocess.Popen[str]]:
    """A second process holding the project's lock until the test ends."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_path(project_file))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    yield child
    if child.poll() is None:
        child.communicate("", timeout=30)


def _no_question(*args: object) -> bool:
    raise AssertionError("no question expected")


def test_open_holds_the_lock_and_close_releases_it(
    qtbot: QtBot, tmp_path: Path, project_file: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    assert window.file_ops.open_path(project_file)
    assert lock_path(project_file).name == ".~lock.journey.mapstudio#"
    assert lock_path(project_file).exists()
    assert window.file_lock.path == project_file
    window.close()
    assert not lock_path(project_file).exists()


def test_file_open_elsewhere_asks_and_cancel_keeps_the_document(
    qtbot: QtBot,
    tmp_path: Path,
    project_file: Path,
    other_instance: subprocess.Popen[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(qtbot, tmp_path)
    document = window.document
    asked: list[LockOwner] = []
    monkeypatch.setattr(
        file_lock, "ask_open_locked", lambda _parent, _path, owner: asked.append(owner) or False
    )
    assert not window.file_ops.open_path(project_file)
    assert window.document is document
    assert asked == [LockOwner(other_instance.pid, QSysInfo.machineHostName())]
    assert lock_owner(project_file) == asked[0]  # their lock is untouched


def test_open_anyway_opens_without_taking_their_lock(
    qtbot: QtBot,
    tmp_path: Path,
    project_file: Path,
    other_instance: subprocess.Popen[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(file_lock, "ask_open_locked", lambda *_args: True)
    assert window.file_ops.open_path(project_file)
    assert window.document.path == project_file
    assert window.file_lock.path is None
    assert window.file_lock.held_elsewhere is not None
    assert window.file_lock.held_elsewhere.pid == other_instance.pid
    window.close()  # must not remove the other instance's lock
    assert lock_owner(project_file) is not None


def test_the_question_names_the_holder_and_defaults_to_cancel(
    qtbot: QtBot, tmp_path: Path, project_file: Path
) -> None:
    here = LockOwner(4242, QSysInfo.machineHostName())
    box = LockedFileBox(None, project_file, here)
    qtbot.addWidget(box)
    assert "journey.mapstudio" in box.text() and "4242" in box.text()
    assert box.defaultButton() is box.cancel
    box.open()
    qtbot.mouseClick(box.open_anyway, Qt.MouseButton.LeftButton)
    assert box.chose_open()
    elsewhere = LockedFileBox(None, project_file, LockOwner(7, "laptop-of-camille"))
    qtbot.addWidget(elsewhere)
    assert "laptop-of-camille" in elsewhere.text()
    elsewhere.open()
    elsewhere.cancel.click()
    assert not elsewhere.chose_open()


def test_real_question_blocks_until_answered(
    qtbot: QtBot,
    tmp_path: Path,
    project_file: Path,
    other_instance: subprocess.Popen[str],
) -> None:
    """`ask_open_locked` runs the real modal box; a timer answers it like a person."""
    window = make_window(qtbot, tmp_path)
    seen: list[str] = []

    def answer() -> None:
        box = next(w for w in window.findChildren(QMessageBox) if isinstance(w, LockedFileBox))
        seen.append(box.text())
        box.open_anyway.click()

    QTimer.singleShot(50, answer)
    assert window.file_ops.open_path(project_file)
    assert seen and "journey.mapstudio" in seen[0]


def test_stale_lock_of_a_crashed_instance_is_taken_over(
    qtbot: QtBot, tmp_path: Path, project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_path(project_file))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert lock_path(project_file).exists()  # the crash left it behind
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(file_lock, "ask_open_locked", _no_question)
    assert window.file_ops.open_path(project_file)
    assert window.file_lock.path == project_file
    assert QLockFile(str(lock_path(project_file))).getLockInfo()[0] == os.getpid()


def test_folder_refusing_locks_still_opens(
    qtbot: QtBot, tmp_path: Path, project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Lock files pointed into a folder that does not exist: none can be created,
    # as on a read-only folder (which root, running CI, could still write to).
    nowhere = tmp_path / "no-such-folder"
    monkeypatch.setattr(file_lock, "lock_path", lambda path: nowhere / f"{path.name}.lock")
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(file_lock, "ask_open_locked", _no_question)
    assert window.file_ops.open_path(project_file)
    assert window.document.path == project_file
    assert window.file_lock.path is None


def test_unreadable_lock_file_is_replaced_without_a_question(
    qtbot: QtBot, tmp_path: Path, project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock_path(project_file).write_text("half a lock, written as the power went out")
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(file_lock, "ask_open_locked", _no_question)
    assert window.file_ops.open_path(project_file)
    assert window.file_lock.path == project_file
    assert QLockFile(str(lock_path(project_file))).getLockInfo()[0] == os.getpid()


def test_something_in_the_way_of_the_lock_does_not_stop_opening(
    qtbot: QtBot, tmp_path: Path, project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock_path(project_file).mkdir()  # a folder where the lock file should go
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(file_lock, "ask_open_locked", _no_question)
    assert window.file_ops.open_path(project_file)
    assert window.file_lock.path is None


def test_read_only_folder_still_opens(
    qtbot: QtBot, tmp_path: Path, project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = project_file.parent
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("permissions are not enforced for this user")
        window = make_window(qtbot, tmp_path)
        monkeypatch.setattr(file_lock, "ask_open_locked", _no_question)
        assert window.file_ops.open_path(project_file)
        assert window.file_lock.path is None
    finally:
        folder.chmod(0o755)


def test_save_as_moves_the_lock_and_new_releases_it(
    qtbot: QtBot, tmp_path: Path, project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    assert window.file_ops.open_path(project_file)
    copy = project_file.with_name("copy.mapstudio")
    monkeypatch.setattr(
        "mapstudio.ui.file_ops.QFileDialog.getSaveFileName", lambda *a, **k: (str(copy), "")
    )
    assert window.file_ops.save_as()
    assert not lock_path(project_file).exists()
    assert lock_path(copy).exists() and window.file_lock.path == copy
    window.document.try_push(operations.set_fields, window.current_canvas().map_id(), name="X")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    window.file_ops.new()
    assert not lock_path(copy).exists() and window.file_lock.path is None


def test_reopening_the_same_file_in_its_window_does_not_ask(
    qtbot: QtBot, tmp_path: Path, project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    assert window.file_ops.open_path(project_file)
    monkeypatch.setattr(file_lock, "ask_open_locked", _no_question)
    assert window.file_ops.open_path(project_file)
    assert lock_path(project_file).exists()
