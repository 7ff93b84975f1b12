"""File > Save on a full disk or a read-only folder: a clear message, the
document stays open and modified, the old file and its backup are intact."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.fileformat import backup_path, load_project, save_project
from mapstudio.fileformat import save as save_module
from mapstudio.model import operations
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.file_ops import blank_project


@pytest.fixture
def saved_twice(tmp_path: Path) -> Path:
    """A project saved twice, so it has a `.bak` too."""
    path = tmp_path / "work" / "journey.mapstudio"
    path.parent.mkdir()
    save_project(blank_project(), path)
    save_project(load_project(path), path)
    return path


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    return shown


def _edited_window(qtbot: QtBot, tmp_path: Path, path: Path) -> EditorWindow:
    window = make_window(qtbot, tmp_path)
    assert window.file_ops.open_path(path)
    map_id = window.current_canvas().map_id()
    assert window.document.try_push(operations.set_fields, map_id, name="Unsaved work")
    return window


def _snapshot(path: Path) -> tuple[bytes, bytes]:
    return path.read_bytes(), backup_path(path).read_bytes()


def _litter(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def _assert_nothing_lost(window: EditorWindow, path: Path, before: tuple[bytes, bytes]) -> None:
    assert _snapshot(path) == before
    assert _litter(path.parent) == []
    assert window.isWindowModified() and window.document.is_modified()
    assert window.document.path == path
    assert window.document.project.maps()[0].name == "Unsaved work"


def test_disk_full_while_writing(
    qtbot: QtBot,
    tmp_path: Path,
    saved_twice: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _edited_window(qtbot, tmp_path, saved_twice)
    before = _snapshot(saved_twice)
    real_write = os.write
    written: list[int] = []

    def filling_write(fd: int, data: Any) -> int:
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(real_write(fd, bytes(data[:512])))  # a first chunk lands
        return written[0]

    monkeypatch.setattr(save_module.os, "write", filling_write)
    window.actions.save.trigger()
    monkeypatch.undo()
    assert len(messages) == 1
    assert "journey.mapstudio" in messages[0] and "the disk is full" in messages[0]
    assert "previous version is unchanged" in messages[0]
    _assert_nothing_lost(window, saved_twice, before)


def test_disk_full_when_flushing(
    qtbot: QtBot,
    tmp_path: Path,
    saved_twice: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _edited_window(qtbot, tmp_path, saved_twice)
    before = _snapshot(saved_twice)

    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(save_module.os, "fsync", no_room)
    window.actions.save.trigger()
    monkeypatch.undo()
    assert len(messages) == 1 and "the disk is full" in messages[0]
    _assert_nothing_lost(window, saved_twice, before)


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (errno.EROFS, "the drive is read-only"),
        (errno.EACCES, "you do not have permission to write in that folder"),
    ],
)
def test_read_only_folder(
    qtbot: QtBot,
    tmp_path: Path,
    saved_twice: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
    error: int,
    reason: str,
) -> None:
    """What the system answers in a read-only folder, whoever runs the test."""
    window = _edited_window(qtbot, tmp_path, saved_twice)
    before = _snapshot(saved_twice)
    real_open = os.open

    def refusing_open(path: Any, flags: int, *args: Any) -> int:
        if Path(path).parent == saved_twice.parent and flags & os.O_CREAT:
            raise OSError(error, os.strerror(error), str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(save_module.os, "open", refusing_open)
    window.actions.save.trigger()
    monkeypatch.undo()
    assert len(messages) == 1 and reason in messages[0]
    _assert_nothing_lost(window, saved_twice, before)


def test_really_read_only_folder(
    qtbot: QtBot, tmp_path: Path, saved_twice: Path, messages: list[str]
) -> None:
    window = _edited_window(qtbot, tmp_path, saved_twice)
    before = _snapshot(saved_twice)
    folder = saved_twice.parent
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("permissions are not enforced for this user")
        window.actions.save.trigger()
    finally:
        folder.chmod(0o755)
    assert len(messages) == 1 and "permission" in messages[0]
    _assert_nothing_lost(window, saved_twice, before)


def test_failed_save_when_closing_keeps_the_window_open(
    qtbot: QtBot,
    tmp_path: Path,
    saved_twice: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _edited_window(qtbot, tmp_path, saved_twice)
    before = _snapshot(saved_twice)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Save)

    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(save_module.os, "fsync", no_room)
    assert not window.close()
    assert window.isVisible()
    assert len(messages) == 1
    _assert_nothing_lost(window, saved_twice, before)


def test_autosave_keeps_the_work_while_saving_fails(
    qtbot: QtBot,
    tmp_path: Path,
    saved_twice: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MAPSTUDIO_DATA_DIR", str(tmp_path / "data"))
    window = _edited_window(qtbot, tmp_path, saved_twice)
    real_replace = os.replace

    def refusing_replace(src: Any, dst: Any) -> None:
        if Path(dst) == saved_twice:
            raise OSError(errno.EROFS, "Read-only file system")
        real_replace(src, dst)

    monkeypatch.setattr(save_module.os, "replace", refusing_replace)
    window.actions.save.trigger()
    assert len(messages) == 1 and "read-only" in messages[0]
    assert window.autosave.autosave_now()  # the recovery copy is elsewhere: it works
    assert load_project(window.autosave.files.project).maps()[0].name == "Unsaved work"
