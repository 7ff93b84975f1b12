"""The editor end to end, driven like a user: palette → canvas → inspector → undo → file."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window, mouse_drag, palette_drop

from mapstudio.fileformat import load_project
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.ui.inspector.fields import EmotionField
from mapstudio.ui.palette_mime import PaletteEntry, PaletteItem


def _curve_point(canvas, card_id: str):
    return next((p for p in canvas.current_layout().emotion_points if p.card_id == card_id), None)


def test_palette_to_canvas_to_inspector_undo_redo_save_reopen(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    document = window.document
    project = document.project
    canvas = window.current_canvas()
    map_id = canvas.map_id()
    phases = project.phase_ids(map_id)
    touchpoints = next(
        lane.id for lane in project.lanes(map_id) if lane.kind == LaneKind.TOUCHPOINTS
    )
    initial = project.copy_graph()

    # 1. drop "touchpoint / website" from the palette into (phase 1, touchpoints)
    website = PaletteEntry(PaletteItem.CARD, card_kind=CardKind.TOUCHPOINT, channel="website")
    palette_drop(canvas, window.palette, website, canvas.scene_pos_of_cell(phases[0], touchpoints))
    [card_id] = project.cell_card_ids(phases[0], touchpoints)
    card = project.card(card_id)
    assert (card.kind, card.channel) == (CardKind.TOUCHPOINT, "website")

    # 2. drag it with the mouse to phase 3
    target = canvas.scene_pos_of_cell(phases[2], touchpoints)
    mouse_drag(qtbot, canvas, canvas.scene_rect_of(card_id).center(), target)
    assert project.card(card_id).phase_id == phases[2]

    # 3. drop a frustration marker on it
    marker = PaletteEntry(PaletteItem.MARKER)
    palette_drop(canvas, window.palette, marker, canvas.scene_rect_of(card_id).center())
    [mark] = project.markers_of(card_id)
    assert mark.kind == CardKind.FRUSTRATION

    # 4. select it; the inspector's emotion slider moves the curve point
    canvas.select_ids([card_id])
    form = window.inspector.current_form()
    assert form is not None and form.node_id == card_id
    emotion = form.fields["emotion"]
    assert isinstance(emotion, EmotionField)
    emotion.slider.setValue(2)
    assert project.card(card_id).emotion == 2
    high = _curve_point(canvas, card_id)
    assert high is not None
    emotion.slider.setValue(-1)
    assert project.card(card_id).emotion == -1
    low = _curve_point(canvas, card_id)
    assert low is not None and low.y > high.y
    assert window.isWindowModified()
    done = project.copy_graph()

    # 5. Ctrl+Z back to the start, Ctrl+Shift+Z forward again
    window.activateWindow()
    steps = document.undo_stack.count()
    assert steps == 5  # add, move, mark, emotion ×2
    for _ in range(steps):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert nx.utils.graphs_equal(project.graph, initial)
    assert not window.isWindowModified()
    assert emotion.slider.value() == 0 or card_id not in project
    for _ in range(steps):
        qtbot.keyClick(
            window,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert nx.utils.graphs_equal(project.graph, done)

    # 6. save, reopen: the same map
    path = tmp_path / "journey.mapstudio"
    assert window.file_ops.save_to(path)
    assert not window.isWindowModified()
    assert "journey.mapstudio" in window.windowTitle()
    assert nx.utils.graphs_equal(load_project(path).graph, done)
    assert window.file_ops.open_path(path)
    assert window.document is not document
    assert nx.utils.graphs_equal(window.document.project.graph, done)
    assert window.tabs.count() == 1


def test_undo_shortcut_is_the_platform_one(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    assert (
        QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)[0]
        in window.actions.undo.shortcuts()
    )
    assert QKeySequence("Ctrl+Shift+Z") in window.actions.redo.shortcuts()


def test_keyboard_insert_from_palette_lands_in_the_matching_lane(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    project = window.document.project
    canvas = window.current_canvas()
    map_id = canvas.map_id()
    entry = PaletteEntry(PaletteItem.CARD, card_kind=CardKind.GOAL)
    item = window.palette.item_for(entry)
    window.palette.setCurrentItem(item)
    window.palette.setFocus()
    qtbot.keyClick(window.palette, Qt.Key.Key_Return)
    goals = next(lane for lane in project.lanes(map_id) if lane.kind == LaneKind.GOALS)
    first = project.phase_ids(map_id)[0]
    [card_id] = project.cell_card_ids(first, goals.id)
    assert canvas.selected_ids() == [card_id]
    # a second insert goes beside the selected card
    window.insert_entry(entry)
    assert len(project.cell_card_ids(first, goals.id)) == 2
    # a marker needs something to mark: with a card selected it marks it
    window.insert_entry(PaletteEntry(PaletteItem.MARKER))
    assert len(project.markers_of(project.cell_card_ids(first, goals.id)[1])) == 1
    canvas.select_ids([])
    window.insert_entry(PaletteEntry(PaletteItem.MARKER))
    assert "Select a card" in window.statusBar().currentMessage()
