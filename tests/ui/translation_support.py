"""Helpers for the translation tests: the catalogue's entries, a French UI, a text walker."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QSpinBox,
    QToolButton,
    QTreeWidget,
    QWidget,
)
from tools.ts_status import Entry, entries

from mapstudio.resources import resource_path
from mapstudio.ui import i18n
from mapstudio.ui.preferences import LANGUAGE_ENDONYMS
from mapstudio.ui.settings import EditorSettings

TS_FILE = resource_path("translations", "mapstudio_fr.ts")
QM_FILE = resource_path("translations", "mapstudio_fr.qm")


def ts_messages(ts_file: Path = TS_FILE) -> list[Entry]:
    """The catalogue's live messages (obsolete and vanished ones left out), as
    `make translations` reads them (`tools/ts_status.py`)."""
    return entries(ts_file)


def translated_sources() -> set[str]:
    """Every source text with a finished translation, whatever its context."""
    return {m.source for m in ts_messages() if m.finished}


def qt_tool(name: str) -> str | None:
    """A PySide6 tool (pyside6-lupdate, pyside6-lrelease) of this venv, or None."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def install_french(app: QCoreApplication, settings: EditorSettings) -> Iterator[None]:
    """French catalogues for one test; English again (and the old language) afterwards."""
    before = i18n.current_language()
    settings.set_language("fr")
    assert i18n.install_translators(app, settings) == "fr"
    try:
        yield
    finally:
        i18n.remove_translators(app)
        i18n.set_current_language(before)


@pytest.fixture
def french_ui(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    from tests.ui.editor_support import isolated_settings

    yield from install_french(qapp, isolated_settings(tmp_path))


# ------------------------------------------------------------------ walker
def menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    """Texts of a menu, its actions (with tooltips set on purpose) and submenus."""
    yield where, menu.title()
    for action in menu.actions():
        yield from action_texts(action, f"{where} > {action.text()}")


def action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    if action.isSeparator():
        return
    if action.menu() is not None:
        yield from menu_texts(action.menu(), where)
        return
    yield where, action.text()
    default_tip = QAction(action.text()).toolTip()  # what Qt shows when nobody set one
    if action.toolTip() != default_tip:
        yield f"{where} (tooltip)", action.toolTip()
    if action.statusTip():
        yield f"{where} (status tip)", action.statusTip()


def is_endonym(combo: QComboBox, index: int) -> bool:
    """A language offered by its own name: "Français" reads "Français" in every interface."""
    codes = {code for code, _name in LANGUAGE_ENDONYMS}
    return combo.objectName() == "languageCombo" and combo.itemData(index) in codes


def _own_text(widget: QWidget) -> str:
    """The one text a widget shows itself ("" for none)."""
    if isinstance(widget, QDockWidget):
        return widget.windowTitle()
    if isinstance(widget, QLabel) and not widget.objectName().startswith("qt_"):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        box = widget.parent()
        if isinstance(box, QDialogButtonBox) and widget.text() == _qt_button_text(box, widget):
            return ""  # Qt's own text for a standard button: Qt's catalogue translates it
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QLineEdit):
        return widget.placeholderText()
    return ""


def _qt_button_text(box: QDialogButtonBox, button: QAbstractButton) -> str:
    """The text Qt itself gives this standard button ("" for a button of our own)."""
    which = box.standardButton(button)
    if which == QDialogButtonBox.StandardButton.NoButton:
        return ""
    fresh = QDialogButtonBox(which)
    text = fresh.button(which).text()
    fresh.deleteLater()
    return text


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """Every text a person can read in `root`'s widgets, except what the user typed.

    Left out by construction: the canvas (it paints the map: the user's
    names), the contents of text fields, list rows (the persona list: names),
    toolbar buttons (their actions are walked), and the standard buttons
    of QDialogButtonBox (Qt's own catalogue
    translates those; see `qt_standard_buttons`). Names the user gave that
    show up elsewhere (tabs, combos, the palette's personas) are recognised by
    the caller, whose project wraps every name in ⟨⟩.
    """
    for widget in [root, *root.findChildren(QWidget)]:
        if _inside(widget, QGraphicsView) or _inside(widget, QListWidget):
            continue
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            continue  # a toolbar button shows its action, walked with the menus
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        yield where, _own_text(widget)
        yield f"{where} (tooltip)", widget.toolTip()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                if not is_endonym(widget, index):
                    yield f"{where} item {index}", widget.itemText(index)
        if isinstance(widget, QSpinBox):
            yield f"{where} (suffix)", widget.suffix()
            yield f"{where} (prefix)", widget.prefix()
        if isinstance(widget, QAbstractSpinBox):
            yield f"{where} (special value)", widget.specialValueText()
        if isinstance(widget, QTreeWidget):
            yield from _tree_texts(widget, where)


def _tree_texts(tree: QTreeWidget, where: str) -> Iterator[tuple[str, str]]:
    pending = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop()
        yield f"{where} row", item.text(0)
        yield f"{where} row (tooltip)", item.toolTip(0)
        pending += [item.child(i) for i in range(item.childCount())]


def _inside(widget: QWidget, kind: type) -> bool:
    """Whether one of `widget`'s parents is a `kind` (the widget itself may be one)."""
    parent: QWidget | None = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


def is_language(text: str) -> bool:
    """Texts with no letter ("×", "—", "100 %", a face) are the same in every language."""
    return any(ch.isalpha() for ch in text)


def qt_standard_buttons(root: QWidget) -> list[QAbstractButton]:
    return [
        button
        for box in root.findChildren(QDialogButtonBox)
        for button in box.buttons()
        if box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
    ]
