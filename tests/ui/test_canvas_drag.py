"""Mouse gestures on the real widget: drag cards, reorder headers, draw flows."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot
from tests.ui.canvas_support import GOALS, MAP, TP, card_center, make_canvas, view_point

from mapstudio.model.kinds import LaneKind


def drag(
    qtbot, canvas, start: QPointF, end: QPointF, modifier=Qt.KeyboardModifier.NoModifier
) -> None:
    vp = canvas.viewport()
    a, b = view_point(canvas, start), view_point(canvas, end)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, modifier, a)
    mid = (a + b) / 2
    qtbot.mouseMove(vp, mid)
    qtbot.mouseMove(vp, b)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, modifier, b)


def test_drag_card_to_another_cell_and_undo(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    project = canvas.document.project
    target = canvas.scene_pos_of_cell("ph-c", TP) + QPointF(0, 30)
    drag(qtbot, canvas, card_center(canvas, "t1"), target)
    card = project.card("t1")
    assert (card.phase_id, card.lane_id) == ("ph-c", TP)
    assert project.cell_card_ids("ph-c", TP) == ["t4", "t1"]
    # the item snapped to its new laid-out place
    item = canvas.map_scene.item_for("t1")
    assert item.pos().x() == canvas.current_layout().cards["t1"].rect.x
    canvas.document.undo_stack.undo()
    assert project.card("t1").phase_id == "ph-a"


def test_drop_above_a_card_inserts_before_it(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    project = canvas.document.project
    top = canvas.scene_rect_of("t2").top() + 2
    drag(qtbot, canvas, card_center(canvas, "t1"), QPointF(card_center(canvas, "t2").x(), top))
    assert project.cell_card_ids("ph-b", TP) == ["t1", "t2", "t3"]


def test_multi_select_move_is_one_undo_step(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    project = canvas.document.project
    vp = canvas.viewport()
    qtbot.mouseClick(
        vp, Qt.MouseButton.LeftButton, pos=view_point(canvas, card_center(canvas, "t2"))
    )
    qtbot.mouseClick(
        vp,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        view_point(canvas, card_center(canvas, "t3")),
    )
    assert sorted(canvas.selected_ids()) == ["t2", "t3"]
    count = canvas.document.undo_stack.count()
    below_goal = QPointF(card_center(canvas, "g1").x(), canvas.scene_rect_of("g1").bottom() + 2)
    drag(qtbot, canvas, card_center(canvas, "t2"), below_goal)
    assert project.cell_card_ids("ph-a", GOALS) == ["g1", "t2", "t3"]
    assert canvas.document.undo_stack.count() == count + 1
    canvas.document.undo_stack.undo()
    assert project.cell_card_ids("ph-b", TP) == ["t2", "t3"]


def test_click_on_empty_cell_does_not_move(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    canvas.select_ids(["t1"])
    qtbot.mouseClick(
        canvas.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view_point(canvas, canvas.scene_pos_of_cell("ph-c", GOALS)),
    )
    assert canvas.selected_ids() == []
    assert canvas.document.undo_stack.count() == 0


def test_reorder_phase_by_dragging_header(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    project = canvas.document.project
    start = canvas.scene_rect_of("ph-a").center()
    end = canvas.scene_rect_of("ph-c").center() + QPointF(
        canvas.scene_rect_of("ph-c").width() * 0.4, 0
    )
    drag(qtbot, canvas, start, end)
    assert project.phase_ids(MAP) == ["ph-b", "ph-c", "ph-a"]
    canvas.document.undo_stack.undo()
    assert project.phase_ids(MAP) == ["ph-a", "ph-b", "ph-c"]


def test_reorder_lane_by_dragging_header(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    project = canvas.document.project
    start = canvas.scene_rect_of(TP).center()
    goals = canvas.scene_rect_of(GOALS)
    drag(qtbot, canvas, start, QPointF(goals.center().x(), goals.top() + 2))
    assert project.lane_ids(MAP)[:2] == [TP, GOALS]
    assert project.lane(project.lane_ids(MAP)[0]).kind == LaneKind.TOUCHPOINTS


def test_draw_flow_from_edge_zone(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    project = canvas.document.project
    source = canvas.scene_rect_of("t3")
    edge = QPointF(source.right() - 3, source.center().y())
    drag(qtbot, canvas, edge, card_center(canvas, "t4"))
    assert project.flow("t3", "t4") is not None
    assert canvas.map_scene.flow_item("t3", "t4") is not None
    assert project.card("t3").phase_id == "ph-b"  # drawing a flow does not move the card
