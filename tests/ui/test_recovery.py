"""Recovery at start-up: abandoned autosaves are offered with their time and
name; Recover, Discard and Later do what they say, driven on the real dialog."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.fileformat import load_project, project_to_bytes, save_project
from mapstudio.model import operations
from mapstudio.paths import DATA_DIR_VARIABLE
from mapstudio.ui import recovery
from mapstudio.ui.autosave import RecoveryFiles, sidecar_bytes
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.file_ops import blank_project
from mapstudio.ui.recovery import (
    Decision,
    RecoveryDialog,
    apply_decision,
    find_candidates,
    offer_recovery,
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "data"))
    path = tmp_path / "data" / "recovery"
    path.mkdir(parents=True)
    return path


def abandoned(folder: Path, name: str, original: Path | None) -> tuple[RecoveryFiles, str]:
    """A session as a crashed MapStudio leaves it: project and sidecar, nobody's lock."""
    project = blank_project()
    map_id = project.maps()[0].id
    operations.set_fields(project, map_id, name=f"{name} (unsaved)").apply(project)
    files = RecoveryFiles(folder, uuid.uuid4().hex)
    files.project.write_bytes(project_to_bytes(project))
    files.sidecar.write_bytes(sidecar_bytes(original, name))
    return files, map_id


def test_nothing_to_offer_without_a_recovery_folder(tmp_path: Path) -> None:
    assert find_candidates(tmp_path / "never-created") == []


def test_abandoned_session_is_a_candidate_with_its_name_and_time(folder: Path) -> None:
    original = folder.parent / "journey.mapstudio"
    files, _map_id = abandoned(folder, "journey.mapstudio", original)
    (folder / "notes.txt").write_text("not ours")
    [candidate] = find_candidates()
    assert candidate.files == files
    assert candidate.original == original
    assert candidate.name == "journey.mapstudio"
    age = candidate.saved_at.secsTo(QDateTime.currentDateTimeUtc())
    assert 0 <= age < 3600
    assert candidate.time_text()
    candidate.release()


def test_session_of_a_running_mapstudio_is_not_offered(
    qtbot: QtBot, tmp_path: Path, folder: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    map_id = window.current_canvas().map_id()
    window.document.try_push(operations.set_fields, map_id, name="Still open")
    assert window.autosave.autosave_now()
    assert find_candidates() == []  # its lock is held by a live process (this one)


def test_broken_sidecar_still_offers_the_autosave_as_untitled(folder: Path) -> None:
    files, _ = abandoned(folder, "x", None)
    files.sidecar.write_text("{not json")
    [candidate] = find_candidates()
    assert candidate.original is None and candidate.name == "Untitled"
    assert candidate.saved_at.isValid()
    candidate.release()


def test_half_removed_session_is_tidied_up(folder: Path) -> None:
    files, _ = abandoned(folder, "x", None)
    files.project.unlink()
    assert find_candidates() == []
    assert list(folder.iterdir()) == []


def test_recover_opens_the_work_modified_under_its_original_name(
    qtbot: QtBot, tmp_path: Path, folder: Path
) -> None:
    original = tmp_path / "journey.mapstudio"
    save_project(blank_project(), original)
    before = original.read_bytes()
    files, map_id = abandoned(folder, "journey.mapstudio", original)
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window)
    assert isinstance(dialog, RecoveryDialog) and dialog.isVisible()
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("journey.mapstudio — autosaved ")
    assert dialog.list.item(0).toolTip() == str(original)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    assert window.document.project.map(map_id).name == "journey.mapstudio (unsaved)"
    assert window.document.path == original
    assert window.isWindowModified()
    assert original.read_bytes() == before  # only Save writes the user's file
    assert window.autosave.files == files  # the session lives on, now this window's
    assert find_candidates() == []
    assert window.file_ops.save()
    assert load_project(original).map(map_id).name == "journey.mapstudio (unsaved)"
    assert not files.project.exists()


def test_recovered_untitled_work_stays_untitled(qtbot: QtBot, tmp_path: Path, folder: Path) -> None:
    _files, map_id = abandoned(folder, "Untitled", None)
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window)
    assert dialog is not None
    dialog.recover_button.click()
    assert window.document.path is None
    assert window.document.project.map(map_id).name == "Untitled (unsaved)"
    assert window.isWindowModified()


def test_discard_deletes_the_autosave(qtbot: QtBot, tmp_path: Path, folder: Path) -> None:
    abandoned(folder, "x", None)
    window = make_window(qtbot, tmp_path)
    document = window.document
    dialog = offer_recovery(window)
    assert dialog is not None
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert window.document is document
    assert [p for p in folder.iterdir() if p.suffix != ".lock"] == []
    assert find_candidates() == []


def test_later_keeps_it_for_the_next_start(qtbot: QtBot, tmp_path: Path, folder: Path) -> None:
    abandoned(folder, "x", None)
    window = make_window(qtbot, tmp_path)
    document = window.document
    dialog = offer_recovery(window)
    assert dialog is not None
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert window.document is document
    assert len(find_candidates()) == 1  # released: the next start offers it again


def test_escape_means_later(qtbot: QtBot, tmp_path: Path, folder: Path) -> None:
    abandoned(folder, "x", None)
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window)
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.decision == Decision.LATER
    assert len(find_candidates()) == 1


def test_two_autosaves_recover_into_two_windows_and_unticked_stay(
    qtbot: QtBot, tmp_path: Path, folder: Path
) -> None:
    for name in ("first", "second", "third"):
        abandoned(folder, name, None)
    window = make_window(qtbot, tmp_path)
    others: list[EditorWindow] = []

    def open_window() -> EditorWindow:
        others.append(make_window(qtbot, tmp_path))
        return others[-1]

    candidates = find_candidates()
    dialog = RecoveryDialog(candidates, window)
    qtbot.addWidget(dialog)
    for row, candidate in enumerate(candidates):
        if candidate.name == "third":
            dialog.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    recovered = apply_decision(window, Decision.RECOVER, dialog.chosen(), candidates, open_window)
    assert recovered == [window, *others] and len(others) == 1
    names = {w.document.project.maps()[0].name for w in recovered}
    assert names == {"first (unsaved)", "second (unsaved)"}
    [left] = find_candidates()
    assert left.name == "third"
    left.release()


def test_unreadable_autosave_is_reported_and_kept(
    qtbot: QtBot, tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files, _ = abandoned(folder, "broken.mapstudio", None)
    files.project.write_bytes(b"the disk died mid-write")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window = make_window(qtbot, tmp_path)
    document = window.document
    dialog = offer_recovery(window)
    assert dialog is not None
    dialog.recover_button.click()
    assert window.document is document
    assert len(shown) == 1 and "broken.mapstudio" in shown[0] and str(folder) in shown[0]
    assert files.project.exists()


def test_sidecar_is_small_plain_json(folder: Path) -> None:
    files, _ = abandoned(folder, "journey.mapstudio", None)
    document = json.loads(files.sidecar.read_text(encoding="utf-8"))
    assert document["format"] == "mapstudio-recovery"
    assert set(document) == {
        "format",
        "version",
        "original",
        "name",
        "saved_at",
        "pid",
        "app_version",
    }


def test_second_recovery_gets_a_window_of_its_own(
    qtbot: QtBot, tmp_path: Path, folder: Path
) -> None:
    for name in ("first", "second"):
        abandoned(folder, name, None)
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window)
    assert dialog is not None
    dialog.recover_button.click()
    [other] = recovery._extra_windows.values()
    assert other.isVisible() and other.settings is window.settings
    names = {w.document.project.maps()[0].name for w in (window, other)}
    assert names == {"first (unsaved)", "second (unsaved)"}
    other.document.mark_saved()
    other.close()
    qtbot.waitUntil(lambda: not recovery._extra_windows)
