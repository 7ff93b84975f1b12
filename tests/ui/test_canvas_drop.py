"""Palette drops delivered to the viewport as real drag-and-drop events."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.canvas_support import MAP, TP, card_center, make_canvas, view_point

from mapstudio.model.kinds import CardKind, LaneKind, Mode
from mapstudio.ui.palette_mime import PaletteEntry, PaletteItem


def deliver(canvas, entry: PaletteEntry, scene_pos: QPointF) -> bool:
    """Enter, move and drop at `scene_pos`; True when the move was accepted."""
    mime = entry.to_mime()
    pos = QPointF(view_point(canvas, scene_pos))
    vp = canvas.viewport()
    action = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), action, mime, buttons, mods)
    QApplication.sendEvent(vp, enter)
    move = QDragMoveEvent(pos.toPoint(), action, mime, buttons, mods)
    QApplication.sendEvent(vp, move)
    accepted = move.isAccepted()
    drop = QDropEvent(pos, action, mime, buttons, mods)
    QApplication.sendEvent(vp, drop)
    return accepted


def test_phase_drop_inserts_between_columns(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    project = canvas.document.project
    a, b = canvas.scene_rect_of("ph-a"), canvas.scene_rect_of("ph-b")
    assert deliver(canvas, PaletteEntry(PaletteItem.PHASE), QPointF(a.right() - 5, a.center().y()))
    ids = project.phase_ids(MAP)
    assert len(ids) == 4 and ids[0] == "ph-a" and ids[2:] == ["ph-b", "ph-c"]
    assert project.phase(ids[1]).name == "New phase"
    assert canvas.selected_ids() == [ids[1]]
    assert canvas.map_scene.item_for(ids[1]) is not None
    del b


def test_lane_drop_inserts_between_rows(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    project = canvas.document.project
    before = project.lane_ids(MAP)
    tp = canvas.scene_rect_of(TP)
    entry = PaletteEntry(PaletteItem.LANE, lane_kind=LaneKind.ACTIONS.value)
    assert deliver(canvas, entry, QPointF(tp.center().x() + 200, tp.bottom() - 3))
    after = project.lane_ids(MAP)
    index = before.index(TP) + 1
    assert after[:index] == before[:index] and after[index + 1 :] == before[index:]
    lane = project.lane(after[index])
    assert lane.kind == LaneKind.ACTIONS and lane.title == "Actions"


def test_card_drop_lands_in_cell_at_index(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    project = canvas.document.project
    t2, t3 = canvas.scene_rect_of("t2"), canvas.scene_rect_of("t3")
    between = QPointF(t2.center().x(), (t2.bottom() + t3.top()) / 2)
    entry = PaletteEntry(PaletteItem.CARD, card_kind=CardKind.TOUCHPOINT.value, channel="email")
    assert deliver(canvas, entry, between)
    ids = project.cell_card_ids("ph-b", TP)
    assert ids[0] == "t2" and ids[2] == "t3" and len(ids) == 3
    card = project.card(ids[1])
    assert card.kind == CardKind.TOUCHPOINT and card.channel == "email"
    assert card.mode == Mode.ONLINE and card.title == "New touchpoint"
    assert canvas.selected_ids() == [card.id]
    canvas.document.undo_stack.undo()
    assert project.cell_card_ids("ph-b", TP) == ["t2", "t3"]
    assert canvas.map_scene.item_for(card.id) is None


def test_marker_drop_on_card(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    project = canvas.document.project
    assert deliver(canvas, PaletteEntry(PaletteItem.MARKER), card_center(canvas, "t3"))
    markers = project.markers_of("t3")
    assert len(markers) == 1 and markers[0].kind == CardKind.FRUSTRATION
    assert canvas.map_scene.item_for(markers[0].id) is not None


def test_marker_drop_on_empty_cell_is_refused(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    count = canvas.document.undo_stack.count()
    empty = canvas.scene_pos_of_cell("ph-c", TP) + QPointF(0, 40)
    assert not deliver(canvas, PaletteEntry(PaletteItem.MARKER), empty)
    assert canvas.document.undo_stack.count() == count


def test_new_persona_drop_on_header_is_one_step(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    project = canvas.document.project
    header = canvas.scene_rect_of(MAP)
    assert deliver(canvas, PaletteEntry(PaletteItem.PERSONA), header.center())
    persona_id = project.map(MAP).persona_id
    assert persona_id != "persona-1" and project.persona(persona_id).name == "New persona"
    assert canvas.current_layout().header.persona_id == persona_id
    canvas.document.undo_stack.undo()
    assert project.map(MAP).persona_id == "persona-1"
    assert persona_id not in project


def test_existing_persona_drop(qtbot: QtBot) -> None:
    from mapstudio.model import operations
    from mapstudio.model.records import Persona

    canvas = make_canvas(qtbot)
    project = canvas.document.project
    canvas.document.push(operations.add_persona(project, Persona(id="persona-2", name="Marc")))
    entry = PaletteEntry(PaletteItem.PERSONA, persona_id="persona-2")
    assert deliver(canvas, entry, canvas.scene_rect_of(MAP).center())
    assert project.map(MAP).persona_id == "persona-2"
