"""The Personas dock's editor is built when its tab is first shown: at
start-up the tab sits behind the inspector, so the window's first paint does
not wait for it; clicking the tab shows the project's personas."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QTabBar
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.model import operations
from mapstudio.model.records import Persona
from mapstudio.ui.document import Document
from mapstudio.ui.file_ops import blank_project
from mapstudio.ui.persona_editor import PersonaEditor


def _personas_tab(window: object) -> tuple[QTabBar, int]:
    for bar in window.findChildren(QTabBar):  # type: ignore[attr-defined]
        for index in range(bar.count()):
            if bar.tabText(index) == "Personas":
                return bar, index
    raise AssertionError("no Personas tab")


def test_persona_editor_is_built_when_its_tab_is_clicked(qtbot: QtBot, tmp_path: Path) -> None:
    project = blank_project()
    operations.add_persona(project, Persona(id="persona-lucy", name="Lucy")).apply(project)
    window = make_window(qtbot, tmp_path, Document(project))
    assert window.findChildren(PersonaEditor) == []

    bar, index = _personas_tab(window)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())

    qtbot.waitUntil(lambda: len(window.findChildren(PersonaEditor)) == 1)
    editor = window.findChild(PersonaEditor)
    assert window.persona_dock.widget() is editor
    qtbot.waitUntil(editor.isVisible)
    names = editor.findChild(QListWidget, "personaList")
    assert [names.item(i).text() for i in range(names.count())] == ["Lucy"]
