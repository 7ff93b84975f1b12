"""The main window's conventions: menus, docks, shortcuts, title, tabs, files, closing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import isolated_settings, make_window

from mapstudio.fileformat import load_project, save_project
from mapstudio.model import operations
from mapstudio.model.kinds import LaneKind
from mapstudio.ui import settings as settings_module
from mapstudio.ui.document import Document
from mapstudio.ui.editor_window import EditorWindow, open_editor
from mapstudio.ui.file_ops import blank_project

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "boutique-deco.mapstudio"

Key = QKeySequence.StandardKey


def _menu_titles(window: EditorWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions() if a.menu()]


def test_menus_docks_and_toolbar(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    assert _menu_titles(window) == ["File", "Edit", "View", "Insert", "Map", "Help"]
    for name in ("palette", "inspector", "personaEditor", "history"):
        assert isinstance(window.findChild(QDockWidget, name), QDockWidget), name
    assert window.findChild(QDockWidget, "palette").isVisible()
    assert window.toolbar.actions()
    assert window.statusBar() is not None


def test_standard_shortcuts(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    a = window.actions
    pairs = {
        Key.New: a.new,
        Key.Open: a.open,
        Key.Save: a.save,
        Key.SaveAs: a.save_as,
        Key.Close: a.close,
        Key.Undo: a.undo,
        Key.Redo: a.redo,
        Key.Cut: a.cut,
        Key.Copy: a.copy,
        Key.Paste: a.paste,
        Key.Delete: a.delete,
        Key.SelectAll: a.select_all,
        Key.ZoomIn: a.zoom_in,
        Key.ZoomOut: a.zoom_out,
        Key.Print: a.print,
    }
    for key, action in pairs.items():
        bindings = QKeySequence.keyBindings(key)
        if bindings:  # some keys have no binding on some platforms
            assert bindings[0] in action.shortcuts(), key
    assert QKeySequence("Ctrl+Shift+Z") in a.redo.shortcuts()


def test_new_window_has_one_standard_map(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    project = window.document.project
    [journey] = project.maps()
    assert len(project.phase_ids(journey.id)) == 5
    kinds = [lane.kind for lane in project.lanes(journey.id)]
    assert LaneKind.TOUCHPOINTS in kinds and LaneKind.EMOTIONS in kinds
    assert window.tabs.count() == 1 and window.tabs.tabText(0) == journey.name


def test_title_shows_file_name_and_modified_marker(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    assert window.windowTitle() == "Untitled[*] — MapStudio"
    assert not window.isWindowModified()
    map_id = window.current_canvas().map_id()
    window.document.try_push(operations.set_fields, map_id, name="Lucy buys software")
    assert window.isWindowModified()
    assert window.tabs.tabText(0) == "Lucy buys software"
    window.document.undo_stack.undo()
    assert not window.isWindowModified()
    path = tmp_path / "lucy.mapstudio"
    window.document.try_push(operations.set_fields, map_id, name="Lucy")
    assert window.file_ops.save_to(path)
    assert window.windowTitle() == "lucy.mapstudio[*] — MapStudio"
    assert not window.isWindowModified()


def test_tabs_follow_maps_added_removed_renamed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Second journey", True))
    window.actions.new_map.trigger()
    assert window.tabs.count() == 2
    assert window.tabs.tabText(1) == "Second journey"
    assert window.tabs.currentIndex() == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Renamed", True))
    window.actions.rename_map.trigger()
    assert window.tabs.tabText(1) == "Renamed"
    window.actions.duplicate_map.trigger()
    assert window.tabs.count() == 3 and window.tabs.tabText(2) == "Renamed (copy)"
    window.actions.delete_map.trigger()
    assert window.tabs.count() == 2
    window.document.undo_stack.undo()
    assert window.tabs.count() == 3
    for _ in range(3):
        window.document.undo_stack.undo()
    assert window.tabs.count() == 1


def test_map_persona_dialog(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, tmp_path)
    window.persona_editor.add_persona()
    persona = window.document.project.personas()[0]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (persona.name, True))
    window.actions.map_persona.trigger()
    map_id = window.current_canvas().map_id()
    assert window.document.project.map(map_id).persona_id == persona.id


def test_bad_file_keeps_the_document_and_says_why(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    document = window.document
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    bad = tmp_path / "broken.mapstudio"
    bad.write_bytes(b"this is not a project")
    assert not window.file_ops.open_path(bad)
    assert window.document is document
    assert len(shown) == 1 and "broken.mapstudio" in shown[0]


def test_save_failure_keeps_the_document_modified(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    window.document.try_push(operations.set_fields, window.current_canvas().map_id(), name="X")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    target = tmp_path / "missing-folder" / "x.mapstudio"
    assert not window.file_ops.save_to(target)
    assert shown and window.isWindowModified() and window.document.path is None


def test_close_with_unsaved_changes_asks(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    window.document.try_push(operations.set_fields, window.current_canvas().map_id(), name="X")
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):
        def ask(_parent, _title, text, *_args):
            asked.append(text)
            return button

        return ask

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    assert not window.close()
    assert window.isVisible() and len(asked) == 1
    path = tmp_path / "saved.mapstudio"
    monkeypatch.setattr(
        "mapstudio.ui.file_ops.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), "")
    )
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Save))
    assert window.close()
    assert path.exists() and len(asked) == 2


def test_close_discard_does_not_save(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    window.document.try_push(operations.set_fields, window.current_canvas().map_id(), name="X")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_recent_files_and_reopen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.mapstudio"
    save_project(blank_project(), path)
    window = make_window(qtbot, tmp_path)
    assert window.file_ops.open_path(path)
    assert window.settings.recent_files() == [path.resolve()]
    actions = [a for a in window.actions.recent_menu.actions() if a.text() == "a.mapstudio"]
    assert actions
    window.document.try_push(
        operations.set_fields, window.current_canvas().map_id(), name="changed"
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    actions[0].trigger()
    assert window.document.path == path.resolve() or window.document.path == path
    assert not window.isWindowModified()


def test_a_recent_file_that_is_gone_leaves_open_recent(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gone.mapstudio"
    save_project(blank_project(), path)
    window = make_window(qtbot, tmp_path)
    assert window.file_ops.open_path(path)
    window.file_ops.new()
    path.unlink()  # deleted or moved by the user since
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: errors.append(text))
    [entry] = [a for a in window.actions.recent_menu.actions() if a.text() == "gone.mapstudio"]
    entry.trigger()
    assert len(errors) == 1 and "gone.mapstudio" in errors[0]
    assert window.settings.recent_files() == []
    assert "gone.mapstudio" not in [a.text() for a in window.actions.recent_menu.actions()]


def test_geometry_and_state_are_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.history_dock.show()
    window.close()
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert store.value("window/geometry") is not None
    again = EditorWindow(settings=isolated_settings(tmp_path))
    qtbot.addWidget(again)
    assert again.history_dock.isVisibleTo(again) or not again.history_dock.isHidden()


def test_open_editor_for_app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ini = tmp_path / "open-editor.ini"
    monkeypatch.setattr(
        settings_module, "open_settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )
    path = tmp_path / "b.mapstudio"
    save_project(blank_project(), path)
    window = open_editor(path)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_saved())
    assert window.isVisible() and window.document.path == path
    empty = open_editor(None)
    qtbot.addWidget(empty, before_close_func=lambda w: w.document.mark_saved())
    assert empty.document.path is None and empty.tabs.count() == 1


def test_print_and_about(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, tmp_path)
    printed: list[tuple] = []
    monkeypatch.setattr(
        "mapstudio.ui.printing.print_document", lambda *args: printed.append(args) or False
    )
    window.actions.print.trigger()
    assert printed == [(window, window.document, window.current_canvas().map_id())]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    window.actions.about.trigger()
    assert "MapStudio" in shown[0]


def test_document_given_to_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    document = Document(blank_project(), tmp_path / "given.mapstudio")
    window = make_window(qtbot, tmp_path, document)
    assert window.document is document
    assert window.windowTitle().startswith("given.mapstudio")


def test_dragging_a_tab_reorders_the_maps(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Second", True))
    window.actions.new_map.trigger()
    first, second = (m.id for m in window.document.project.maps())
    window.tabs.tabBar().moveTab(1, 0)
    assert [m.id for m in window.document.project.maps()] == [second, first]
    assert [c.map_id() for c in window.canvases()] == [second, first]
    window.document.undo_stack.undo()
    assert [c.map_id() for c in window.canvases()] == [first, second]
    assert window.tabs.tabText(0) != "Second"


def test_refused_gesture_is_reported_in_the_status_bar(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.document.try_push(operations.remove_map, "no-such-map")
    assert "no-such-map" in window.statusBar().currentMessage()


def test_the_inspector_starts_wide_enough_for_a_card_form(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QScrollArea

    from mapstudio.ui.editor_window import INSPECTOR_WIDTH

    window = make_window(qtbot, tmp_path, Document(load_project(EXAMPLE), EXAMPLE))
    assert window.inspector_dock.width() >= INSPECTOR_WIDTH - 20
    canvas = window.current_canvas()
    canvas.select_ids([window.document.project.card_ids(canvas.map_id())[0]])
    qtbot.waitUntil(lambda: window.inspector.findChild(QScrollArea) is not None)
    scroll = window.inspector.findChild(QScrollArea)
    QApplication.processEvents()
    assert not scroll.horizontalScrollBar().isVisible()


def test_the_status_bar_zoom_follows_ctrl_wheel_and_the_menu(qtbot: QtBot, tmp_path: Path) -> None:
    """The percentage follows every way of zooming, not only the menu's."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    window = make_window(qtbot, tmp_path)
    canvas = window.current_canvas()
    assert canvas is not None
    window.actions.zoom_reset.trigger()
    assert window.zoom_label.text() == "100 %"
    centre = QPointF(canvas.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(canvas.viewport().mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120),  # one notch away from the user: zoom in
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas.viewport(), wheel)
    assert canvas.zoom_factor() == pytest.approx(1.15)
    assert window.zoom_label.text() == "115 %"
    window.actions.zoom_out.trigger()
    assert window.zoom_label.text() == f"{round(1.15 / 1.25 * 100)} %"
    window.actions.fit.trigger()
    assert window.zoom_label.text() == f"{round(canvas.zoom_factor() * 100)} %"
