"""A big map's items are made where the view looks, and nothing a user can reach
is missing: what scrolls in, a card selected from elsewhere, Select All, an
edit or a move into view. Counted (items and records), never timed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot
from tests.ui.test_canvas_incremental import (
    assert_scene_mirrors,
    open_canvas,
    play_edits_and_their_undo,
    settle,
)

from mapstudio.model import operations as ops
from mapstudio.model.geometry import MapLayout, Rect
from mapstudio.model.layout import layout_map
from mapstudio.ui.canvas import MapCanvas, MapScene
from mapstudio.ui.canvas import item_table as item_table_module
from mapstudio.ui.canvas import view as view_module
from mapstudio.ui.canvas.item_table import regions_in
from mapstudio.ui.document import Document

MAP = "map-1"


def visible_rect(canvas: MapCanvas) -> QRectF:
    return canvas.mapToScene(canvas.viewport().rect()).boundingRect()


def overlaps(rect: Rect, area: QRectF) -> bool:
    return QRectF(rect.x, rect.y, rect.w, rect.h).intersects(area)


def assert_everything_on_screen_has_its_item(canvas: MapCanvas) -> None:
    layout, scene, seen = canvas.current_layout(), canvas.map_scene, visible_rect(canvas)
    on_screen = [k for k, box in layout.cards.items() if overlaps(box.rect, seen)]
    assert on_screen
    assert [k for k in on_screen if k not in scene.cards] == []
    cells = [(c.phase_id, c.lane_id) for c in layout.cells if overlaps(c.rect, seen)]
    assert [k for k in cells if k not in scene.cells] == []


def test_a_long_map_opens_with_the_items_of_its_first_screens_only(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot, 2000)  # 80 phases, ~15,000 points wide
    scene, layout = canvas.map_scene, canvas.current_layout()
    assert_everything_on_screen_has_its_item(canvas)
    assert 0 < len(scene.cards) < len(layout.cards) / 4
    assert len(scene.cells) < len(layout.cells) / 4
    assert scene.waiting_count() > len(layout.cards) / 2
    far_right = max(layout.cards.values(), key=lambda box: box.rect.x)
    assert far_right.card_id not in scene.cards


def test_scrolling_makes_the_items_it_shows_before_they_are_painted(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot, 2000)
    created = canvas.map_scene.created_count
    bar = canvas.horizontalScrollBar()
    for value in (bar.maximum() // 3, bar.maximum()):
        bar.setValue(value)
        canvas.viewport().repaint()
        settle()
        assert_everything_on_screen_has_its_item(canvas)
    assert canvas.map_scene.created_count > created
    assert canvas.map_scene.waiting_count() > 0  # the middle of the map was skipped over


def test_a_card_selected_from_elsewhere_gets_its_item_and_comes_into_view(
    qtbot: QtBot,
) -> None:
    canvas = open_canvas(qtbot, 2000)
    layout = canvas.current_layout()
    far = max(layout.cards.values(), key=lambda box: box.rect.x).card_id
    assert far not in canvas.map_scene.cards
    with qtbot.waitSignal(canvas.selectionChangedIds) as signal:
        canvas.select_ids([far])
    assert signal.args == [[far]] and canvas.selected_ids() == [far]
    assert canvas.map_scene.cards[far].isSelected()
    assert visible_rect(canvas).intersects(canvas.scene_rect_of(far))


def test_select_all_selects_every_card_of_the_map(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot, 2000)
    project = canvas.document.project
    canvas.select_ids(project.card_ids(MAP))
    assert sorted(canvas.selected_ids()) == sorted(project.card_ids(MAP))


def test_an_edit_off_screen_makes_no_item_yet_and_shows_once_scrolled_to(
    qtbot: QtBot,
) -> None:
    canvas = open_canvas(qtbot, 2000)
    document, project, scene = canvas.document, canvas.document.project, canvas.map_scene
    far = max(canvas.current_layout().cards.values(), key=lambda box: box.rect.x).card_id
    created = scene.created_count
    document.push(ops.set_fields(project, far, title="Rappel par SMS « Ding! »"))
    settle()
    assert scene.created_count == created and far not in scene.cards
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().maximum())
    canvas.viewport().repaint()
    settle()
    assert scene.cards[far].box == canvas.current_layout().cards[far]
    assert scene.cards[far].box.title.lines[0].startswith("Rappel")


def test_a_card_moved_into_view_gets_its_item_at_once(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot, 2000)
    document, project, scene = canvas.document, canvas.document.project, canvas.map_scene
    layout = canvas.current_layout()
    far = max(layout.cards.values(), key=lambda box: box.rect.x).card_id
    card = project.card(far)
    document.push(ops.move_card(project, far, "phase-0", card.lane_id, 0))
    assert far in scene.cards  # no paint needed: its new place is shown already
    assert scene.cards[far].box == canvas.current_layout().cards[far]
    document.undo_stack.undo()
    assert scene.cards[far].box == canvas.current_layout().cards[far]  # made items stay


def test_a_card_deleted_before_it_was_shown_never_appears(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot, 2000)
    document, project, scene = canvas.document, canvas.document.project, canvas.map_scene
    far = max(canvas.current_layout().cards.values(), key=lambda box: box.rect.x).card_id
    document.push(ops.remove_cards(project, [far]))
    scene.reveal_all()
    assert far not in scene.cards and scene.waiting_count() == 0
    document.undo_stack.undo()
    assert far in scene.cards  # everything is shown now: it comes back with its item


def test_a_scene_for_export_makes_every_item_at_once() -> None:
    from tests.model.test_layout_scaling import big_project

    project = big_project(400, phases=16)
    scene = MapScene(MAP)
    scene.sync(layout_map(project, MAP), None)
    assert scene.waiting_count() == 0 and len(scene.cards) == 400


# ---------------------------------------------- any edit keeps the invariant
def assert_shown_regions_have_their_items(scene: MapScene, layout: MapLayout) -> None:
    """Every record touching a shown region has an item, and every item is current."""
    shown = scene.shown_regions()

    def touches(x: float, y: float, w: float, h: float) -> bool:
        return any(r in shown for r in regions_in(x, y, x + w, y + h))

    for key, box in layout.cards.items():
        assert not touches(*box.rect) or key in scene.cards, key
    for cell in layout.cells:
        key = (cell.phase_id, cell.lane_id)
        assert not touches(*cell.rect) or key in scene.cells, key
    for key, item in scene.cards.items():
        assert item.box == layout.cards[key], key


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_half_shown_scene_follows_any_edit_sequence_and_its_undo(
    qtbot: QtBot, data: st.DataObject
) -> None:
    """Regions of 60 points make the small map's scene mostly waiting, so edits
    land on items, on waiting records, and move records between the two."""
    from tests.model.builders import small_project

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(item_table_module, "REGION", 60.0)
        patch.setattr(view_module, "REGION", 60.0)  # the view opens on 120 x 120 points
        project = small_project()
        document = Document(project)
        canvas = MapCanvas(document, "map-1")
        qtbot.addWidget(canvas)
        scene = canvas.map_scene
        assert scene.waiting_count() > 0
        play_edits_and_their_undo(
            document, data, lambda layout: assert_shown_regions_have_their_items(scene, layout)
        )
        assert_scene_mirrors(scene, layout_map(project, "map-1"))
