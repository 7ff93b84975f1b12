"""Helpers for the editor window tests: an isolated window, real drops and drags."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mapstudio.ui.canvas import MapCanvas
from mapstudio.ui.document import Document
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.palette import Palette
from mapstudio.ui.palette_mime import PaletteEntry
from mapstudio.ui.settings import EditorSettings


def isolated_settings(tmp_path: Path) -> EditorSettings:
    """Settings in a temporary ini file, so tests never touch the user's own."""
    return EditorSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def make_window(qtbot: QtBot, tmp_path: Path, document: Document | None = None) -> EditorWindow:
    window = EditorWindow(document, settings=isolated_settings(tmp_path))
    # Closing at teardown must not ask "save changes?" in a modal box.
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_saved())
    window.resize(1600, 1000)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()  # shortcuts only fire in the active window
    qtbot.waitUntil(window.isActiveWindow)
    canvas = window.current_canvas()
    if canvas is not None:
        canvas.fit_to_window()
    return window


def view_point(canvas: MapCanvas, scene_pos: QPointF) -> QPoint:
    return canvas.mapFromScene(scene_pos)


def palette_drop(
    canvas: MapCanvas, palette: Palette, entry: PaletteEntry, scene_pos: QPointF
) -> None:
    """Drag the palette's own payload for `entry` onto the canvas at `scene_pos`."""
    item = palette.item_for(entry)
    assert item is not None, entry
    mime = palette.mimeData([item])
    pos = view_point(canvas, scene_pos)
    vp = canvas.viewport()
    action = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(vp, QDragEnterEvent(pos, action, mime, buttons, mods))
    move = QDragMoveEvent(pos, action, mime, buttons, mods)
    QApplication.sendEvent(vp, move)
    assert move.isAccepted()
    QApplication.sendEvent(vp, QDropEvent(QPointF(pos), action, mime, buttons, mods))


def mouse_drag(qtbot: QtBot, canvas: MapCanvas, start: QPointF, end: QPointF) -> None:
    vp = canvas.viewport()
    a, b = view_point(canvas, start), view_point(canvas, end)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    qtbot.mouseMove(vp, (a + b) / 2)
    qtbot.mouseMove(vp, b)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
