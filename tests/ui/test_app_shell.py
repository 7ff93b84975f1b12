"""The minimal application shell: names, fonts, the window, the first paint."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsView, QMessageBox, QWidget

from mapstudio.content.decoration_shop import build_decoration_shop
from mapstudio.model.project import JourneyProject
from mapstudio.ui.app import FirstPaintWatcher, application, open_project
from mapstudio.ui.main_window import MainWindow


def test_application_is_named_and_has_the_bundled_fonts(qapp: object) -> None:
    app = application()
    assert app.applicationName() == "MapStudio"
    assert app.organizationName() == "MapStudio"
    assert "DejaVu Sans" in QFontDatabase.families()


def test_window_draws_the_example_read_only(qtbot) -> None:
    window = MainWindow(build_decoration_shop(), Path("boutique-deco.mapstudio"))
    qtbot.addWidget(window)
    assert window.windowTitle() == "boutique-deco.mapstudio — MapStudio"
    view = window.findChild(QGraphicsView, "canvas")
    assert view is not None and view.scene() is window.scene
    assert not view.isInteractive()
    lines = [i.text() for i in window.scene.items() if isinstance(i, QGraphicsSimpleTextItem)]
    text = " ".join(lines)
    for word in ("Découverte", "Achat", "Vitrine"):
        assert word in text


def test_window_on_an_empty_project(qtbot) -> None:
    window = MainWindow(JourneyProject())
    qtbot.addWidget(window)
    assert window.windowTitle() == "Untitled — MapStudio"
    assert window.scene.items() == []


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
