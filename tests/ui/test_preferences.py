"""Edit > Preferences: language, autosave interval and welcome screen, stored on OK only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import isolated_settings, make_window

from mapstudio.ui.preferences import PreferencesDialog
from mapstudio.ui.settings import EditorSettings


def _dialog(qtbot: QtBot, settings: EditorSettings) -> PreferencesDialog:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _choose(qtbot: QtBot, dialog: PreferencesDialog, language_name: str) -> None:
    """Pick a language the way a keyboard user does: focus the combo, type its name."""
    combo = dialog.language_combo
    combo.setFocus()
    index = combo.findText(language_name)
    assert index >= 0, language_name
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def _press(qtbot: QtBot, dialog: PreferencesDialog, which: QDialogButtonBox.StandardButton) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def test_languages_are_named_in_their_own_language(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, isolated_settings(tmp_path))
    combo = dialog.language_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[1:] == ["English", "Français"]
    assert combo.currentData() == ""  # a fresh install follows the system


def test_ok_stores_every_preference(qtbot: QtBot, tmp_path: Path) -> None:
    settings = isolated_settings(tmp_path)
    dialog = _dialog(qtbot, settings)
    _choose(qtbot, dialog, "Français")
    dialog.autosave_spin.setFocus()
    dialog.autosave_spin.selectAll()
    qtbot.keyClicks(dialog.autosave_spin, "5")
    qtbot.mouseClick(dialog.welcome_check, Qt.MouseButton.LeftButton)
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.result() == QDialog.DialogCode.Accepted
    reread = isolated_settings(tmp_path)  # what the next start will read from disk
    assert reread.language() == "fr"
    assert reread.autosave_minutes() == 5
    assert reread.show_welcome() is False


def test_zero_minutes_reads_off(qtbot: QtBot, tmp_path: Path) -> None:
    settings = isolated_settings(tmp_path)
    dialog = _dialog(qtbot, settings)
    dialog.autosave_spin.setValue(0)
    assert dialog.autosave_spin.text() == "Off"
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert settings.autosave_minutes() == 0


def test_cancel_leaves_the_settings_untouched(qtbot: QtBot, tmp_path: Path) -> None:
    settings = isolated_settings(tmp_path)
    settings.set_language("en")
    settings.set_autosave_minutes(3)
    dialog = _dialog(qtbot, settings)
    assert dialog.language_combo.currentText() == "English"
    assert dialog.autosave_spin.value() == 3
    _choose(qtbot, dialog, "Français")
    dialog.autosave_spin.setValue(10)
    dialog.welcome_check.setChecked(False)
    _press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert (settings.language(), settings.autosave_minutes(), settings.show_welcome()) == (
        "en",
        3,
        True,
    )


def _answer_next_preferences(qtbot: QtBot, choose: str | None) -> list[PreferencesDialog]:
    """Once the dialog opens, pick `choose` and press OK (None: press Cancel)."""
    seen: list[PreferencesDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog)
        if choose is None:
            _press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
        else:
            _choose(qtbot, dialog, choose)
            _press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    QTimer.singleShot(0, answer)
    return seen


def test_edit_menu_opens_preferences_and_applies_them(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    action = window.findChild(QAction, "preferencesAction")
    assert action is window.actions.preferences
    edit_menu = window.findChild(QMenu, "editMenu")
    assert edit_menu is not None and action in edit_menu.actions()
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    applied: list[bool] = []
    monkeypatch.setattr(window, "apply_preferences", lambda: applied.append(True), raising=False)
    seen = _answer_next_preferences(qtbot, "Français")
    action.trigger()
    assert seen and seen[0].objectName() == "preferencesDialog"
    assert window.settings.language() == "fr"
    assert applied == [True]  # the window re-reads what applies at once (autosave)
    assert "next time" in window.statusBar().currentMessage()


def test_cancelled_preferences_apply_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    applied: list[bool] = []
    monkeypatch.setattr(window, "apply_preferences", lambda: applied.append(True), raising=False)
    seen = _answer_next_preferences(qtbot, None)
    window.actions.preferences.trigger()
    assert seen
    assert window.settings.language() == ""
    assert applied == []
