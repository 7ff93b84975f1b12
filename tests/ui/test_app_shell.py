"""The minimal application shell: names, fonts, the window, the first paint."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox, QWidget

from mapstudio.content.decoration_shop import build_decoration_shop
from mapstudio.ui.app import FirstPaintWatcher, application, open_project
from mapstudio.ui.canvas import MapCanvas
from mapstudio.ui.document import Document
from mapstudio.ui.editor_window import EditorWindow


def test_application_is_named_and_has_the_bundled_fonts(qapp: object) -> None:
    app = application()
    assert app.applicationName() == "MapStudio"
    assert app.organizationName() == "MapStudio"
    assert "DejaVu Sans" in QFontDatabase.families()


def test_run_app_window_is_the_editor_on_the_example(qtbot) -> None:
    window = EditorWindow(Document(build_decoration_shop(), Path("boutique-deco.mapstudio")))
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("boutique-deco.mapstudio")
    canvas = window.findChild(MapCanvas, "canvas")
    assert canvas is not None
    titles = {box.title.lines[0] for box in canvas.current_layout().cards.values()}
    assert "Vitrine de la boutique" in titles


def test_broken_file_shows_a_dialog_then_an_empty_project(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.mapstudio"
    broken.write_bytes(b"not a project")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    project, path = open_project(broken, quiet=False)
    assert len(shown) == 1 and shown[0]
    assert path is None and project.maps() == []


def test_first_paint_watcher_fires_once(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    watcher = FirstPaintWatcher(widget, lambda: calls.append(1))
    widget.show()
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)
    widget.update()
    qtbot.wait(50)
    assert watcher.fired and calls == [1]
