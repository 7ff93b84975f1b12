"""Autosave: a recovery copy of unsaved changes, never over the user's file,
removed by a clean close, a save or another document; failures go to the
status bar, never a dialog."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.fileformat import load_project, save_project
from mapstudio.model import operations
from mapstudio.paths import DATA_DIR_VARIABLE, recovery_dir
from mapstudio.ui.document import Document
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.file_ops import blank_project


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder))
    return folder


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("autosave must never open a dialog")

    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "work" / "journey.mapstudio"
    path.parent.mkdir()
    save_project(blank_project(), path)
    return path


def _window_on(qtbot: QtBot, tmp_path: Path, path: Path) -> EditorWindow:
    return make_window(qtbot, tmp_path, Document(load_project(path), path))


def _rename_map(window: EditorWindow, name: str) -> str:
    map_id = window.current_canvas().map_id()
    assert window.document.try_push(operations.set_fields, map_id, name=name)
    return map_id


def _session_files(data_dir: Path) -> list[str]:
    folder = data_dir / "recovery"
    return sorted(p.suffix for p in folder.iterdir()) if folder.exists() else []


def test_recovery_folder_follows_the_environment(data_dir: Path) -> None:
    assert recovery_dir() == data_dir / "recovery"


def test_autosave_writes_a_recovery_copy_and_leaves_the_user_file(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, user_file: Path, no_dialogs: None
) -> None:
    before = user_file.read_bytes()
    window = _window_on(qtbot, tmp_path, user_file)
    map_id = _rename_map(window, "Edited, not saved")
    assert window.autosave.autosave_now()
    assert user_file.read_bytes() == before
    assert not user_file.with_name(user_file.name + ".bak").exists()
    files = window.autosave.files
    assert files is not None and files.directory == data_dir / "recovery"
    assert _session_files(data_dir) == [".json", ".lock", ".mapstudio"]
    assert load_project(files.project).map(map_id).name == "Edited, not saved"
    sidecar = json.loads(files.sidecar.read_text(encoding="utf-8"))
    assert sidecar["original"] == str(user_file)
    assert sidecar["name"] == "journey.mapstudio"
    assert sidecar["pid"] == os.getpid()
    assert window.isWindowModified()  # an autosave is not a save


def test_only_changes_since_the_last_autosave_are_written(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, user_file: Path
) -> None:
    window = _window_on(qtbot, tmp_path, user_file)
    assert not window.autosave.autosave_now()  # nothing changed yet
    assert _session_files(data_dir) == []
    map_id = _rename_map(window, "First")
    assert window.autosave.autosave_now()
    assert not window.autosave.autosave_now()
    window.document.undo_stack.undo()
    window.document.undo_stack.redo()
    _rename_map(window, "Second")
    assert window.autosave.autosave_now()
    assert load_project(window.autosave.files.project).map(map_id).name == "Second"


def test_the_timer_autosaves_and_preferences_change_it(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, user_file: Path
) -> None:
    window = _window_on(qtbot, tmp_path, user_file)
    timer = window.autosave.timer
    assert timer.isActive() and timer.interval() == 60_000  # the default: every minute
    window.settings.set_autosave_minutes(0)
    window.apply_preferences()
    assert not timer.isActive()
    window.settings.set_autosave_minutes(5)
    window.apply_preferences()
    assert timer.isActive() and timer.interval() == 5 * 60_000
    _rename_map(window, "Timed")
    timer.setInterval(10)  # a real tick, without waiting five minutes
    with qtbot.waitSignal(window.autosave.saved, timeout=5000) as saved:
        pass
    assert saved.args == [window.autosave.files.project]


def test_a_tick_during_a_mouse_gesture_waits_until_the_button_is_released(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, user_file: Path
) -> None:
    """Writing a big map's copy freezes the UI for a moment: never mid-drag."""
    window = _window_on(qtbot, tmp_path, user_file)
    window.show()
    qtbot.waitExposed(window)
    _rename_map(window, "Dragging")
    autosave = window.autosave
    viewport = window.current_canvas().viewport()
    written: list[object] = []
    autosave.saved.connect(written.append)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    autosave.timer.setInterval(10)
    qtbot.waitUntil(autosave.gesture_retry.isActive, timeout=5000)
    qtbot.wait(50)  # more ticks come and go while the button is held
    assert written == [] and autosave.files is None
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    autosave.timer.stop()  # only the retry after the gesture may write now
    with qtbot.waitSignal(autosave.saved, timeout=5000):
        pass
    assert load_project(autosave.files.project).maps()[0].name == "Dragging"


def test_a_clean_close_removes_the_recovery_files(
    qtbot: QtBot,
    tmp_path: Path,
    data_dir: Path,
    user_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window_on(qtbot, tmp_path, user_file)
    _rename_map(window, "Dropped")
    assert window.autosave.autosave_now()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    assert window.close()
    assert _session_files(data_dir) == []


def test_cancelled_close_keeps_them(
    qtbot: QtBot,
    tmp_path: Path,
    data_dir: Path,
    user_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window_on(qtbot, tmp_path, user_file)
    _rename_map(window, "Kept")
    assert window.autosave.autosave_now()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert _session_files(data_dir) == [".json", ".lock", ".mapstudio"]


def test_saving_or_undoing_to_the_saved_state_removes_them(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, user_file: Path
) -> None:
    window = _window_on(qtbot, tmp_path, user_file)
    _rename_map(window, "Saved soon")
    assert window.autosave.autosave_now()
    assert window.file_ops.save()
    assert _session_files(data_dir) == []
    _rename_map(window, "Then undone")
    assert window.autosave.autosave_now()
    window.document.undo_stack.undo()
    assert _session_files(data_dir) == []


def test_another_document_in_the_window_removes_them(
    qtbot: QtBot,
    tmp_path: Path,
    data_dir: Path,
    user_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window_on(qtbot, tmp_path, user_file)
    _rename_map(window, "Replaced")
    assert window.autosave.autosave_now()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    window.file_ops.new()
    assert _session_files(data_dir) == []
    _rename_map(window, "New document's change")
    assert window.autosave.autosave_now()
    sidecar = json.loads(window.autosave.files.sidecar.read_text(encoding="utf-8"))
    assert sidecar["original"] is None and sidecar["name"] == "Untitled"


def test_failing_autosave_says_so_in_the_status_bar(
    qtbot: QtBot,
    tmp_path: Path,
    user_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_dialogs: None,
) -> None:
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(blocker / "data"))
    window = _window_on(qtbot, tmp_path, user_file)
    _rename_map(window, "Cannot be autosaved")
    with qtbot.waitSignal(window.autosave.failed) as failed:
        assert not window.autosave.autosave_now()
    assert failed.args[0].startswith("Autosave failed:")
    assert window.statusBar().currentMessage() == failed.args[0]
    assert window.isWindowModified()
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "data"))
    assert window.autosave.autosave_now()  # it tries again at the next tick
