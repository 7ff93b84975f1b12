"""In-place title editing, deleting, context menus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from tests.ui.canvas_support import MAP, TP, card_center, make_canvas, view_point

from mapstudio.ui.canvas.context_menu import build_menu


def test_double_click_edits_card_title(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    qtbot.mouseDClick(
        canvas.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view_point(canvas, card_center(canvas, "t1")),
    )
    editor = canvas._editor
    assert editor is not None
    editor.setPlainText("Sees a poster")
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Return)
    assert canvas.document.project.card("t1").title == "Sees a poster"
    assert canvas._editor is None and editor.scene() is None


def test_escape_cancels_edit(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    canvas.edit_title("ph-a")
    canvas._editor.setPlainText("Changed")
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Escape)
    assert canvas.document.project.phase("ph-a").name == "Discover"
    assert canvas.document.undo_stack.count() == 0


def test_edit_phase_lane_and_map_names(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    project = canvas.document.project
    for node_id, text in (("ph-b", "Compare"), (TP, "Contacts"), (MAP, "Lamp journey")):
        canvas.edit_title(node_id)
        canvas._editor.setPlainText(text)
        canvas._editor.finish(commit=True)
    assert project.phase("ph-b").name == "Compare"
    assert project.lane(TP).title == "Contacts"
    assert project.map(MAP).name == "Lamp journey"


def test_delete_key_removes_selection_in_one_step(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    project = canvas.document.project
    canvas.select_ids(["t1", "t3", "ph-c"])
    canvas.setFocus()
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Delete)
    assert "t1" not in project and "t3" not in project and "ph-c" not in project
    assert "t4" not in project  # went with its phase
    assert canvas.map_scene.item_for("t1") is None
    assert canvas.document.undo_stack.count() == 1
    canvas.document.undo_stack.undo()
    assert project.phase_ids(MAP) == ["ph-a", "ph-b", "ph-c"]
    assert canvas.map_scene.item_for("t1") is not None


def test_context_menus_list_actions(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    extra = QAction("Copy", canvas)
    canvas.set_context_actions([extra])

    def labels(scene_pos) -> list[str]:
        menu = build_menu(canvas, scene_pos, canvas)
        return [a.text() for a in menu.actions() if not a.isSeparator()]

    card = labels(card_center(canvas, "t1"))
    assert "Edit title" in card and "Delete" in card and "Add frustration marker" in card
    assert "Remove flow" in card and card[-1] == "Copy"
    assert "Insert phase before" in labels(canvas.scene_rect_of("ph-a").center())
    assert "Insert lane above" in labels(canvas.scene_rect_of(TP).center())
    empty = canvas.scene_pos_of_cell("ph-c", TP)
    empty.setY(canvas.scene_rect_of("t4").bottom() + 10)
    assert "Add touchpoint here" in labels(empty)


def test_remove_flow_from_menu(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    menu = build_menu(canvas, card_center(canvas, "t1"), canvas)
    sub = next(a.menu() for a in menu.actions() if a.text() == "Remove flow")
    sub.actions()[0].trigger()
    assert canvas.document.project.flow("t1", "t2") is None
    assert canvas.map_scene.flow_item("t1", "t2") is None
