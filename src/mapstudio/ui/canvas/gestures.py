"""Mouse gestures that are more than a click, each a small state object.

The view starts a gesture on press and feeds it moves until release; the
gesture gives live feedback (items follow, a cell lights up, an insertion
line shows) and ends by pushing exactly one edit. Items never move in the
model by themselves: after the edit, the layout places them again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from mapstudio.model import operations
from mapstudio.model.geometry import MapLayout
from mapstudio.ui import style
from mapstudio.ui.canvas.card_item import Z_CARD, CardItem
from mapstudio.ui.canvas.curve_items import flow_shape

if TYPE_CHECKING:
    from mapstudio.ui.canvas.view import MapCanvas

DRAG_THRESHOLD_PX = 4.0
Z_DRAGGED = 40.0


class Gesture:
    """A press-move-release interaction; `finish` commits, `cancel` undoes feedback."""

    def __init__(self, canvas: MapCanvas, press_view: QPointF) -> None:
        self.canvas = canvas
        self.press_view = press_view
        self.press_scene = canvas.mapToScene(press_view.toPoint())
        self.active = False  # past the drag threshold

    def _past_threshold(self, view_pos: QPointF) -> bool:
        if not self.active:
            delta = view_pos - self.press_view
            self.active = abs(delta.x()) + abs(delta.y()) >= DRAG_THRESHOLD_PX
        return self.active

    def move(self, view_pos: QPointF, scene_pos: QPointF) -> None:
        raise NotImplementedError

    def finish(self, scene_pos: QPointF) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        self.canvas.map_scene.clear_feedback()


def index_among(positions: list[float], value: float) -> int:
    """How many of the (centre) positions lie before `value`: an insertion index."""
    return sum(1 for p in positions if p < value)


class CardDrag(Gesture):
    """Drag the selected cards to another cell (or another place in their cell)."""

    def __init__(self, canvas: MapCanvas, press_view: QPointF) -> None:
        super().__init__(canvas, press_view)
        scene = canvas.map_scene
        layout = canvas.current_layout()
        self.items = sorted(
            (
                i
                for i in scene.selectedItems()
                if isinstance(i, CardItem) and i.box.card_id in layout.cards
            ),
            key=lambda i: (i.box.rect.y, i.box.rect.x),
        )

    def move(self, view_pos: QPointF, scene_pos: QPointF) -> None:
        if not self.items or not self._past_threshold(view_pos):
            return
        delta = scene_pos - self.press_scene
        scene = self.canvas.map_scene
        for item in self.items:
            scene.lift(item, Z_DRAGGED)
            item.setPos(item.box.rect.x + delta.x(), item.box.rect.y + delta.y())
        cell = self.canvas.current_layout().cell_at(scene_pos.x(), scene_pos.y())
        rect = None if cell is None else QRectF(cell.rect.x, cell.rect.y, cell.rect.w, cell.rect.h)
        self.canvas.map_scene.show_highlight(rect)

    def finish(self, scene_pos: QPointF) -> None:
        self.canvas.map_scene.clear_feedback()
        if not self.active or not self.items:
            self._snap_back()
            return
        layout = self.canvas.current_layout()
        cell = layout.cell_at(scene_pos.x(), scene_pos.y())
        if cell is not None:
            siblings = self.canvas.document.project.cell_card_ids(cell.phase_id, cell.lane_id)
            index = card_index(layout, siblings, scene_pos.y(), self.ids())
            moves = [
                (card_id, cell.phase_id, cell.lane_id, index + k)
                for k, card_id in enumerate(self.ids())
            ]
            document = self.canvas.document
            if len(moves) == 1:
                document.try_push(operations.move_card, *moves[0])
            else:
                document.try_push(operations.move_cards, moves)
        self._snap_back()

    def ids(self) -> list[str]:
        return [item.box.card_id for item in self.items]

    def cancel(self) -> None:
        super().cancel()
        self._snap_back()

    def _snap_back(self) -> None:
        """Put every dragged item where the (possibly new) layout says it is."""
        scene = self.canvas.map_scene
        for item in self.items:
            if item.scene() is not None:
                scene.put_back(item, Z_CARD)
                item.setPos(item.box.rect.x, item.box.rect.y)


def card_index(layout: MapLayout, cell_cards: list[str], y: float, moving: list[str]) -> int:
    """Where a drop at height `y` lands among a cell's other cards (`cell_cards`)."""
    centres = [
        layout.cards[card_id].rect.center[1]
        for card_id in cell_cards
        if card_id not in moving and card_id in layout.cards
    ]
    return index_among(centres, y)


class AxisDrag(Gesture):
    """Drag a phase header sideways or a lane header up and down to reorder."""

    def __init__(
        self, canvas: MapCanvas, press_view: QPointF, node_id: str, is_phase: bool
    ) -> None:
        super().__init__(canvas, press_view)
        self.node_id = node_id
        self.is_phase = is_phase

    def target(self, scene_pos: QPointF) -> tuple[int, QLineF]:
        return axis_insertion(
            self.canvas.current_layout(), self.is_phase, scene_pos, exclude=self.node_id
        )

    def move(self, view_pos: QPointF, scene_pos: QPointF) -> None:
        if self._past_threshold(view_pos):
            self.canvas.map_scene.show_insertion(self.target(scene_pos)[1])
            self.canvas.viewport().setCursor(
                Qt.CursorShape.SplitHCursor if self.is_phase else Qt.CursorShape.SplitVCursor
            )

    def finish(self, scene_pos: QPointF) -> None:
        self.cancel()
        if not self.active:
            return
        index = self.target(scene_pos)[0]
        build = operations.move_phase if self.is_phase else operations.move_lane
        self.canvas.document.try_push(build, self.node_id, index)

    def cancel(self) -> None:
        super().cancel()
        self.canvas.viewport().unsetCursor()


def axis_insertion(
    layout: MapLayout, is_phase: bool, scene_pos: QPointF, exclude: str | None = None
) -> tuple[int, QLineF]:
    """The insertion index for a phase (by x) or lane (by y), and the line to show it.

    With `exclude` (the phase or lane being dragged) the index is among the
    others, which is what `move_phase`/`move_lane` expect.
    """
    top, bottom = (layout.phases[0].header.y if layout.phases else 0.0), layout.height
    if is_phase:
        columns = [c for c in layout.phases if c.phase_id != exclude]
        index = index_among([c.column.center[0] for c in columns], scene_pos.x())
        if index < len(columns):
            x = columns[index].column.x
        elif columns:
            x = columns[-1].column.right
        else:
            x = layout.lanes[0].header.right if layout.lanes else 0.0
        return index, QLineF(x, top, x, bottom)
    rows = [r for r in layout.lanes if r.lane_id != exclude]
    index = index_among([r.row.center[1] for r in rows], scene_pos.y())
    if index < len(rows):
        y = rows[index].row.y
    elif rows:
        y = rows[-1].row.bottom
    else:
        y = top + (layout.phases[0].header.h if layout.phases else 0.0)
    return index, QLineF(0.0, y, layout.width, y)


class FlowDraw(Gesture):
    """Drag from a touchpoint's edge to another touchpoint to add a flow."""

    def __init__(self, canvas: MapCanvas, press_view: QPointF, source: CardItem) -> None:
        super().__init__(canvas, press_view)
        self.source = source
        self.preview = QGraphicsPathItem()
        pen = QPen(style.DROP_LINE, 1.6, Qt.PenStyle.DashLine)
        self.preview.setPen(pen)
        self.preview.setBrush(style.DROP_LINE)
        self.preview.setZValue(Z_DRAGGED)
        canvas.map_scene.addItem(self.preview)

    def move(self, view_pos: QPointF, scene_pos: QPointF) -> None:
        if not self._past_threshold(view_pos):
            return
        start = self.source.scene_box().center()
        path, head = flow_shape([start, scene_pos])
        path.addPolygon(head)
        self.preview.setPath(path)
        target = self._target(scene_pos)
        self.canvas.map_scene.show_highlight(None if target is None else target.scene_box())

    def _target(self, scene_pos: QPointF) -> CardItem | None:
        item = self.canvas.card_at_scene(scene_pos)
        if item is None or item is self.source or not item.is_touchpoint():
            return None
        return item

    def finish(self, scene_pos: QPointF) -> None:
        self.cancel()
        target = self._target(scene_pos)
        if self.active and target is not None:
            self.canvas.document.try_push(operations.add_flow, self.source.node_id, target.node_id)

    def cancel(self) -> None:
        super().cancel()
        if self.preview.scene() is not None:
            self.canvas.map_scene.removeItem(self.preview)
        self.preview.setPath(QPainterPath())


class Pan(Gesture):
    """Middle-button or Space+drag: scroll the view by the mouse's travel."""

    def __init__(self, canvas: MapCanvas, press_view: QPointF) -> None:
        super().__init__(canvas, press_view)
        self.last = press_view
        self.active = True
        canvas.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, view_pos: QPointF, scene_pos: QPointF) -> None:
        delta = view_pos - self.last
        self.last = view_pos
        bars = (self.canvas.horizontalScrollBar(), self.canvas.verticalScrollBar())
        bars[0].setValue(bars[0].value() - round(delta.x()))
        bars[1].setValue(bars[1].value() - round(delta.y()))

    def finish(self, scene_pos: QPointF) -> None:
        self.cancel()

    def cancel(self) -> None:
        self.canvas.viewport().unsetCursor()
