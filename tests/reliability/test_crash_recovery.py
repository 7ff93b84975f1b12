"""A crash costs at most the last autosave interval.

A real MapStudio process opens a project, takes an edit on its undo stack,
lets the autosave timer fire, and is killed with SIGKILL (no clean-up of any
kind). The next start finds the abandoned autosave, the user clicks Recover
in the real dialog, and the edit is back, under the original file name, with
the original file untouched until the user saves.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.fileformat import load_project, save_project
from mapstudio.paths import DATA_DIR_VARIABLE
from mapstudio.ui import app as app_module
from mapstudio.ui import settings as settings_module
from mapstudio.ui import welcome as welcome_module
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.file_lock import lock_path
from mapstudio.ui.file_ops import blank_project
from mapstudio.ui.recovery import RecoveryDialog, find_candidates, offer_recovery

ROOT = Path(__file__).resolve().parents[2]
EDITED = "Parcours après la panne"

# The first run: the real editor window, the real open, an edit on the undo
# stack, the real autosave timer (shortened), then it waits to be killed.
FIRST_RUN = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from mapstudio.model import operations
from mapstudio.ui.app import application
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.settings import EditorSettings

path, ini, name = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
app = application()
window = EditorWindow(settings=EditorSettings(QSettings(ini, QSettings.Format.IniFormat)))
window.show()
assert window.file_ops.open_path(path)
map_id = window.current_canvas().map_id()
assert window.document.try_push(operations.set_fields, map_id, name=name)
window.autosave.saved.connect(lambda file: print("autosaved", file, flush=True))
window.autosave.timer.setInterval(50)
app.exec()
"""


@pytest.fixture
def crashed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A project file whose editor was killed after autosaving an unsaved edit."""
    data = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(data))
    project = tmp_path / "clients" / "boutique.mapstudio"
    project.parent.mkdir()
    save_project(blank_project(), project)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", DATA_DIR_VARIABLE: str(data)}
    child = subprocess.Popen(
        [sys.executable, "-c", FIRST_RUN, str(project), str(tmp_path / "first.ini"), EDITED],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("autosaved "), child.stderr.read() if child.stderr else line
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    yield project


def test_killed_editor_edit_is_recovered_at_the_next_start(
    qtbot: QtBot, tmp_path: Path, crashed: Path
) -> None:
    before = crashed.read_bytes()
    assert load_project(crashed).maps()[0].name != EDITED  # never saved
    assert lock_path(crashed).exists()  # the killed process could not clean up
    window = make_window(qtbot, tmp_path)
    dialog = offer_recovery(window)
    assert isinstance(dialog, RecoveryDialog)
    assert dialog.list.item(0).text().startswith("boutique.mapstudio — autosaved ")
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    assert window.document.project.maps()[0].name == EDITED
    assert window.document.path == crashed
    assert window.isWindowModified()
    assert crashed.read_bytes() == before
    assert window.file_lock.path == crashed  # the dead process's lock was stale
    assert window.file_ops.save()
    assert load_project(crashed).maps()[0].name == EDITED
    assert find_candidates() == []


def test_start_up_offers_the_recovery_before_anything_else(
    qtbot: QtBot, tmp_path: Path, crashed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`run_app` itself: the window shows, then the recovery dialog over it."""
    ini = tmp_path / "second.ini"
    monkeypatch.setattr(
        settings_module, "open_settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )
    monkeypatch.setattr(app_module, "install_translators", lambda *args: None)
    # run_app loads the welcome screen when it greets the user, from its own module.
    monkeypatch.setattr(welcome_module, "show_welcome", lambda window: pytest.fail("welcome first"))
    shown: list[EditorWindow] = []

    def one_turn_of_the_event_loop(_app: QApplication) -> int:
        dialog = None

        def find() -> bool:
            nonlocal dialog
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, EditorWindow) and widget.isVisible():
                    dialog = widget.findChild(RecoveryDialog)
                    if dialog is not None and dialog.isVisible():
                        shown.append(widget)
                        return True
            return False

        qtbot.waitUntil(find)
        assert dialog is not None
        dialog.recover_button.click()
        return 0

    monkeypatch.setattr(QApplication, "exec", one_turn_of_the_event_loop)
    assert app_module.run_app(None, exit_when_ready=False) == 0
    [window] = shown
    assert window.document.project.maps()[0].name == EDITED
    assert window.document.path == crashed
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    window.close()  # discards: a clean close removes the autosave
    assert find_candidates() == []
