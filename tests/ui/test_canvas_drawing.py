"""The canvas mirrors the model: items per record, updated in place."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot
from tests.ui.canvas_support import MAP, PHASES, TP, make_canvas

from mapstudio.model import operations
from mapstudio.ui.canvas import MapCanvas
from mapstudio.ui.canvas.axis_items import LaneHeaderItem, PhaseHeaderItem
from mapstudio.ui.canvas.card_item import CardItem


def test_items_mirror_records(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    scene = canvas.map_scene
    assert canvas.objectName() == "canvas"
    assert canvas.map_id() == MAP
    for card_id in ("t1", "t2", "t3", "t4", "g1"):
        assert isinstance(scene.item_for(card_id), CardItem)
    for phase_id in PHASES:
        assert isinstance(scene.item_for(phase_id), PhaseHeaderItem)
    assert isinstance(scene.item_for(TP), LaneHeaderItem)
    assert scene.item_for(MAP) is scene.header
    assert set(scene.emotion_points) == {"t1", "t2", "t3", "t4"}
    assert scene.flow_item("t1", "t2") is not None
    rect = canvas.scene_rect_of("t1")
    cell = canvas.scene_pos_of_cell("ph-a", TP)
    assert rect.width() > 0 and abs(rect.center().x() - cell.x()) < rect.width()


def test_field_change_updates_in_place(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    scene = canvas.map_scene
    created = scene.created_count
    item = scene.item_for("t2")
    canvas.document.push(operations.set_fields(canvas.document.project, "t2", title="Renamed"))
    assert scene.item_for("t2") is item
    assert item.box.title.lines[0].startswith("Renamed")
    assert scene.created_count == created


def test_emotion_change_moves_curve_point(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    point = canvas.map_scene.emotion_point_item("t3")
    before = point.pos().y()
    canvas.document.push(operations.set_fields(canvas.document.project, "t3", emotion=2))
    assert canvas.map_scene.emotion_point_item("t3") is point
    assert point.pos().y() < before  # happier is higher
    canvas.document.undo_stack.undo()
    assert point.pos().y() == before


def test_other_map_changes_are_ignored(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    layout = canvas.current_layout()
    project = canvas.document.project
    from mapstudio.model.records import JourneyMap

    canvas.document.push(operations.add_map(project, JourneyMap(id="map-2", name="Other")))
    assert canvas.current_layout() is layout


def test_persona_change_updates_header(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    canvas.document.push(operations.set_fields(canvas.document.project, "persona-1", name="Zoé"))
    assert canvas.current_layout().header.name.lines[0].startswith("Zoé")


def test_select_ids_and_signal(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    with qtbot.waitSignal(canvas.selectionChangedIds) as blocker:
        canvas.select_ids(["t1", "ph-b", "missing"])
    assert sorted(blocker.args[0]) == ["ph-b", "t1"]
    assert sorted(canvas.selected_ids()) == ["ph-b", "t1"]


def test_zoom_changes_transform(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    canvas.zoom_reset()
    assert abs(canvas.zoom_factor() - 1.0) < 1e-6
    canvas.zoom_in()
    assert canvas.zoom_factor() > 1.2
    canvas.zoom_out()
    canvas.zoom_out()
    assert canvas.zoom_factor() < 1.0
    canvas.resize(300, 200)
    canvas.fit_to_window()
    assert canvas.zoom_factor() < 0.5


def test_renders_to_image(qtbot: QtBot) -> None:
    canvas: MapCanvas = make_canvas(qtbot)
    scene = canvas.map_scene
    rect = scene.sceneRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    assert not image.isNull()
