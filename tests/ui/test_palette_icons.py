"""The palette draws each entry's picture once per window: the Insert menu
shows the very same pictures rather than painting its own (start-up time)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.ui import palette as palette_module
from mapstudio.ui.palette_mime import PaletteEntry


def _menu_actions(menu: QMenu) -> list:
    actions = []
    for action in menu.actions():
        actions.append(action)
        if action.menu() is not None:
            actions += _menu_actions(action.menu())
    return actions


def test_the_insert_menu_shows_the_palettes_own_pictures(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[PaletteEntry] = []
    draw = palette_module.entry_icon

    def counting(entry: PaletteEntry) -> QIcon:
        drawn.append(entry)
        return draw(entry)

    monkeypatch.setattr(palette_module, "entry_icon", counting)
    window = make_window(qtbot, tmp_path)
    palette = window.palette
    entries = palette.entries()
    assert sorted(map(repr, drawn)) == sorted(map(repr, entries))  # one picture each

    menu = window.menuBar().findChild(QMenu, "insertMenu")
    assert menu is not None
    shown = [a for a in _menu_actions(menu) if not a.icon().isNull()]
    assert len(shown) == len(entries)  # a new map's project has no persona yet
    keys = {palette.item_for(e).icon(0).cacheKey() for e in entries}  # type: ignore[union-attr]
    assert len(keys) == len(entries)
    assert {a.icon().cacheKey() for a in shown} == keys
