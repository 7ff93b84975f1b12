"""Edit > Preferences: interface language, autosave interval, welcome screen.

The dialog only reads and writes `EditorSettings`; whoever owns a setting
acts on it. The language applies at the next start (Qt translates a widget's
texts when it is built), autosave is re-read by the window's
`apply_preferences()` when it has one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from mapstudio.ui.settings import MAX_AUTOSAVE_MINUTES, EditorSettings

if TYPE_CHECKING:
    from mapstudio.ui.editor_window import EditorWindow

# Each language by its own name, as language menus do everywhere: someone
# who cannot read the current interface must still find their language.
LANGUAGE_ENDONYMS: tuple[tuple[str, str], ...] = (("en", "English"), ("fr", "Français"))


class PreferencesDialog(QDialog):
    """The three preferences; OK stores them, Cancel leaves the settings as they were."""

    def __init__(self, settings: EditorSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        form = QFormLayout(self)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("System default"), "")
        for code, name in LANGUAGE_ENDONYMS:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(settings.language()))
        )
        form.addRow(self.tr("&Language:"), self.language_combo)
        note = QLabel(self.tr("A new language applies the next time MapStudio starts."), self)
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        form.addRow("", note)

        self.autosave_spin = QSpinBox(self)
        self.autosave_spin.setObjectName("autosaveSpin")
        self.autosave_spin.setRange(0, MAX_AUTOSAVE_MINUTES)
        self.autosave_spin.setSuffix(self.tr(" min"))
        self.autosave_spin.setSpecialValueText(self.tr("Off"))  # shown for 0
        self.autosave_spin.setValue(settings.autosave_minutes())
        self.autosave_spin.setToolTip(
            self.tr("Minutes between automatic backups of the open project; 0 turns them off.")
        )
        form.addRow(self.tr("&Autosave every:"), self.autosave_spin)

        self.welcome_check = QCheckBox(self.tr("Show the &welcome screen at start"), self)
        self.welcome_check.setObjectName("welcomeCheck")
        self.welcome_check.setChecked(settings.show_welcome())
        form.addRow(self.welcome_check)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        """ "" (follow the system), "en" or "fr"."""
        return str(self.language_combo.currentData() or "")

    def accept(self) -> None:
        self.settings.set_language(self.chosen_language())
        self.settings.set_autosave_minutes(self.autosave_spin.value())
        self.settings.set_show_welcome(self.welcome_check.isChecked())
        self.settings.sync()
        super().accept()


def edit_preferences(window: EditorWindow) -> bool:
    """Show the dialog over `window`; True when the user pressed OK.

    After OK the window re-reads what applies at once (autosave…) through its
    `apply_preferences()`, when it has one.
    """
    before = window.settings.language()
    dialog = PreferencesDialog(window.settings, window)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return False
    if window.settings.language() != before:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "PreferencesDialog", "A new language applies the next time MapStudio starts."
            ),
            8000,
        )
    apply = getattr(window, "apply_preferences", None)
    if callable(apply):
        apply()
    return True
