"""The canvas follows edits item by item: the work of an edit or a drag move does
not grow with the map. Counted (items updated, items painted), never timed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.model.test_edits_property import ACTIONS, _build
from tests.model.test_layout_scaling import MAP, big_project, same_height_description
from tests.ui.canvas_support import view_point

from mapstudio.model import operations as ops
from mapstudio.model.errors import ModelError
from mapstudio.model.geometry import MapLayout
from mapstudio.model.layout import layout_map
from mapstudio.ui.canvas import MapCanvas, MapScene
from mapstudio.ui.canvas import card_item as card_item_module
from mapstudio.ui.canvas.axis_items import CellItem, LaneHeaderItem, PhaseHeaderItem
from mapstudio.ui.canvas.box_item import BoxItem
from mapstudio.ui.canvas.card_item import CardItem, MarkerItem
from mapstudio.ui.canvas.curve_items import EmotionCurveItem, EmotionPointItem, FlowItem
from mapstudio.ui.canvas.header_item import HeaderBandItem
from mapstudio.ui.canvas.layers import REGION, Layer
from mapstudio.ui.canvas.scene import LAYERED
from mapstudio.ui.document import Document

CARDS_PER_PHASE = 25  # the same density at every size: a bigger map is a longer journey
# Every way the scene changes an existing item: the methods that mirror a record.
MIRRORS = (
    (CardItem, "set_box"),
    (MarkerItem, "set_badge"),
    (CellItem, "set_cell"),
    (PhaseHeaderItem, "set_column"),
    (LaneHeaderItem, "set_row"),
    (EmotionPointItem, "set_point"),
    (EmotionCurveItem, "set_curve"),
    (FlowItem, "set_arrow"),
    (HeaderBandItem, "set_header"),
)
PAINTED = (CardItem, MarkerItem, CellItem, PhaseHeaderItem, LaneHeaderItem, FlowItem)


class Census:
    """Items the scene asked to mirror a record (`asked`), those that changed, paints."""

    def __init__(self) -> None:
        self.asked = 0
        self.changed: list[str] = []
        self.paints = 0


@contextmanager
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[Census]:
    census = Census()
    for cls, name in MIRRORS:
        original = getattr(cls, name)

        def mirror(item, *args, _original=original, _cls=cls):  # type: ignore[no-untyped-def]
            census.asked += 1
            changed = _original(item, *args)
            if changed:
                census.changed.append(_cls.__name__)
            return changed

        monkeypatch.setattr(cls, name, mirror)
    for cls in PAINTED:
        paint = cls.paint

        def counted(item, *args, _paint=paint):  # type: ignore[no-untyped-def]
            census.paints += 1
            return _paint(item, *args)

        monkeypatch.setattr(cls, "paint", counted)
    yield census


def open_canvas(qtbot: QtBot, cards: int) -> MapCanvas:
    project = big_project(cards, phases=cards // CARDS_PER_PHASE)
    canvas = MapCanvas(Document(project), MAP)
    qtbot.addWidget(canvas)
    canvas.resize(900, 700)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.zoom_reset()
    canvas.horizontalScrollBar().setValue(0)
    canvas.verticalScrollBar().setValue(0)
    settle()
    return canvas


def settle() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


# -------------------------------------------------------------- a field edit
def test_an_inspector_edit_touches_the_same_few_items_on_a_small_and_a_big_map(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    figures = []
    for cards in (200, 2000):
        with counting(monkeypatch) as census:  # from the first paint: items cache theirs
            canvas = open_canvas(qtbot, cards)
            document, project = canvas.document, canvas.document.project
            card_id = "card-4"  # a goal at the top left: on screen
            description = same_height_description(project, card_id)
            created = canvas.map_scene.created_count
            census.changed.clear()
            census.asked = census.paints = 0
            document.push(ops.set_fields(project, card_id, description=description))
            settle()
        assert canvas.current_layout() == layout_map(project, MAP)
        created = canvas.map_scene.created_count - created
        figures.append((census.asked, census.changed, created, census.paints))
        monkeypatch.undo()
    assert figures[0] == figures[1]
    asked, changed, created, paints = figures[1]
    assert asked <= 2  # the card (and the persona band, always asked: its photo may change)
    assert changed == ["CardItem"] and created == 0
    assert 0 < paints < 10  # the card and what it overlaps (its cell), not the map


def test_a_card_that_grows_moves_items_without_creating_any(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    canvas = open_canvas(qtbot, 400)
    document, project = canvas.document, canvas.document.project
    created = canvas.map_scene.created_count
    with counting(monkeypatch) as census:
        document.push(ops.set_fields(project, "card-1", title="A much longer title " * 4))
        settle()
    assert canvas.map_scene.created_count == created
    assert census.changed.count("CardItem") > 1  # the cards below moved down
    assert_scene_mirrors(canvas.map_scene, layout_map(project, MAP))


# ------------------------------------------------------------------ dragging
def drag_moves(
    qtbot: QtBot, cards: int, steps: int, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[int], list[int]]:
    """Press on a card of a new map, move it `steps` times: items moved and paints per move."""
    with counting(monkeypatch) as census:  # from the first paint: items cache theirs
        canvas = open_canvas(qtbot, cards)
        vp = canvas.viewport()
        start = view_point(canvas, canvas.scene_rect_of("card-4").center())
        qtbot.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        settle()
        items = [i for i in canvas.map_scene.items() if isinstance(i, BoxItem)]
        moved, paints = [], []
        for step in range(1, steps + 1):
            before = {id(i): i.pos() for i in items}
            census.paints = 0
            qtbot.mouseMove(vp, start + QPoint(12 * step, 9 * step))
            settle()
            moved.append(sum(1 for i in items if i.pos() != before[id(i)]))
            paints.append(census.paints)
        qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start)
        settle()
    monkeypatch.undo()
    return moved, paints


def test_a_drag_move_moves_one_item_and_repaints_as_much_on_any_map_size(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_moved, small_paints = drag_moves(qtbot, 200, 6, monkeypatch)
    big_moved, big_paints = drag_moves(qtbot, 2000, 6, monkeypatch)
    assert small_moved == big_moved == [1] * 6  # only the dragged card follows the mouse
    assert small_paints == big_paints
    assert 0 < max(big_paints) < 40  # what the card uncovers and covers, not the map


# ------------------------------------------------------------ painting a view
def test_layers_are_filed_under_their_region_and_never_found_by_a_click(
    qtbot: QtBot,
) -> None:
    """Qt files an item with an empty rect at the scene's origin: a layer filed
    there is drawn, with every child visited, whenever the map's top-left corner
    is on screen (measured: ~26 MB more on a 10,000-card map). Each layer's rect
    is its region's square, so the corner draws only its own few layers."""
    canvas = open_canvas(qtbot, 2000)
    scene = canvas.map_scene
    layers = [i for i in scene.items() if isinstance(i, Layer)]
    assert len(layers) > 20
    for layer in layers:
        region = layer.boundingRect()
        assert region.width() == region.height() == REGION
        for child in layer.childItems():
            assert region.contains(child.sceneBoundingRect().center())
    at_origin = [layer for layer in layers if layer.boundingRect().contains(QPointF(1.0, 1.0))]
    assert len(at_origin) <= len(LAYERED)
    card = canvas.scene_rect_of("card-4").center()
    assert not any(isinstance(i, Layer) for i in scene.items(card))
    assert isinstance(canvas.node_item_at_scene(card), CardItem)


# ------------------------------------------------------------ level of detail
def test_zoomed_far_out_cards_are_plain_boxes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    canvas = open_canvas(qtbot, 200)
    texts: list[object] = []
    original = card_item_module.draw_text_block
    monkeypatch.setattr(
        card_item_module, "draw_text_block", lambda *a: texts.append(a) or original(*a)
    )
    with counting(monkeypatch) as census:
        canvas.fit_to_window()  # 200 cards in 900 px: a few pixels per point
        assert canvas.zoom_factor() < card_item_module.SIMPLE_BELOW
        canvas.viewport().repaint()
        settle()
        far_paints, far_texts = census.paints, len(texts)
        canvas.zoom_reset()
        canvas.viewport().repaint()
        settle()
    assert far_paints > 0 and far_texts == 0
    assert len(texts) > 0  # at 100 % the cards show their text again


# ------------------------------------------------------- scene == fresh scene
def assert_scene_mirrors(scene: MapScene, layout: object) -> None:
    """The items an incrementally updated scene holds are those a fresh sync makes.

    On screen, records wait for their region to be shown: revealing them all
    first also proves the waiting records were kept current.
    """
    scene.reveal_all()
    fresh = MapScene(scene.map_id)
    fresh.sync(layout, None)  # type: ignore[arg-type]
    assert {k: i.box for k, i in scene.cards.items()} == {k: i.box for k, i in fresh.cards.items()}
    assert {k: (i.pos(), i.box.rect) for k, i in scene.cards.items()} == {
        k: (i.pos(), i.box.rect) for k, i in fresh.cards.items()
    }
    for table in ("markers", "phases", "lanes", "emotion_points", "flows"):
        mine, theirs = getattr(scene, table), getattr(fresh, table)
        assert set(mine) == set(theirs), table
        for key, item in mine.items():
            other = theirs[key]
            assert item.pos() == other.pos(), (table, key)
            assert item.boundingRect() == other.boundingRect(), (table, key)
    assert {k: (i.cell, i.shaded) for k, i in scene.cells.items()} == {
        k: (i.cell, i.shaded) for k, i in fresh.cells.items()
    }
    assert scene.curve.boundingRect() == fresh.curve.boundingRect()
    assert scene.header is not None and fresh.header is not None
    assert scene.header.header == fresh.header.header
    assert scene.sceneRect() == fresh.sceneRect()


def play_edits_and_their_undo(
    document: Document, data: st.DataObject, check: Callable[[MapLayout], None]
) -> None:
    """Push up to 8 random edits on map-1, then undo them all, calling `check`
    with the map's fresh layout after each step (while the map exists)."""
    project = document.project
    pushed = 0
    for _ in range(data.draw(st.integers(min_value=1, max_value=8))):
        if "map-1" not in project:
            break
        try:
            edit = _build(project, data.draw(st.sampled_from(ACTIONS)), data)
        except ModelError:
            continue
        if edit is None or not document.push(edit):
            continue
        pushed += 1
        if "map-1" in project:
            check(layout_map(project, "map-1"))
    for _ in range(pushed):
        document.undo_stack.undo()
        check(layout_map(project, "map-1"))


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_scene_follows_any_edit_sequence_and_its_undo(
    qtbot: QtBot, data: st.DataObject
) -> None:
    from tests.model.builders import small_project

    document = Document(small_project())
    canvas = MapCanvas(document, "map-1")
    qtbot.addWidget(canvas)
    play_edits_and_their_undo(
        document, data, lambda layout: assert_scene_mirrors(canvas.map_scene, layout)
    )


def test_drop_point_lookup_matches_a_scan(qtbot: QtBot) -> None:
    canvas = open_canvas(qtbot, 200)
    layout = canvas.current_layout()
    for cell in layout.cells[:: max(1, len(layout.cells) // 25)]:
        centre = QPointF(*cell.rect.center)
        assert layout.cell_at(centre.x(), centre.y()) == cell
