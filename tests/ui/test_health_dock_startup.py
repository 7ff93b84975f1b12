"""The Health Check waits for the window: no analysis before its first paint,
none at all while the dock is hidden."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import isolated_settings

from mapstudio.content.decoration_shop import build_decoration_shop
from mapstudio.model import analysis
from mapstudio.ui import health_dock
from mapstudio.ui.document import Document
from mapstudio.ui.editor_window import EditorWindow


class PaintSeen(QObject):
    """Notes when the watched window paints for the first time."""

    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.painted = False
        window.installEventFilter(self)  # installed last, so it hears the paint first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


class CheckLog:
    """Each map check the dock runs, as whether the window had painted by then."""

    def __init__(self) -> None:
        self.checks: list[bool] = []
        self.watcher: PaintSeen | None = None

    def record(self) -> None:
        self.checks.append(self.watcher is not None and self.watcher.painted)


@pytest.fixture
def log(monkeypatch: pytest.MonkeyPatch) -> CheckLog:
    found = CheckLog()

    def recording(*args: object, **kwargs: object) -> list[analysis.Finding]:
        found.record()
        return analysis.check_map(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(health_dock, "check_map", recording)
    return found


def _window(qtbot: QtBot, tmp_path: Path, log: CheckLog) -> EditorWindow:
    window = EditorWindow(Document(build_decoration_shop()), settings=isolated_settings(tmp_path))
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_saved())
    log.watcher = PaintSeen(window)
    return window


def test_the_first_check_runs_after_the_first_paint(
    qtbot: QtBot, tmp_path: Path, log: CheckLog
) -> None:
    window = _window(qtbot, tmp_path, log)
    assert log.checks == []  # building the window checked nothing
    window.show()
    qtbot.waitUntil(lambda: not window.health_dock.is_stale())
    assert log.checks and all(log.checks), "a map was checked before the window had painted"
    assert window.health_dock.finding_items()  # and the list is filled


def test_a_hidden_dock_checks_nothing_after_the_paint_either(
    qtbot: QtBot, tmp_path: Path, log: CheckLog
) -> None:
    window = _window(qtbot, tmp_path, log)
    window.health_dock.hide()
    window.show()
    assert log.watcher is not None
    qtbot.waitUntil(lambda: log.watcher.painted)
    qtbot.wait(health_dock.REFRESH_DELAY_MS)  # time enough for a pending check to run
    assert log.checks == [] and window.health_dock.is_stale()
    window.health_dock.show()
    qtbot.waitUntil(lambda: not window.health_dock.is_stale())
    assert log.checks and all(log.checks)
