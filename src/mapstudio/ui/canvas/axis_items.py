"""The map's grid: phase headers (columns), lane headers (rows) and cells."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from mapstudio.export.colours import alternate_phase
from mapstudio.model.geometry import Cell, LaneRow, PhaseColumn, Rect
from mapstudio.ui import style
from mapstudio.ui.canvas.box_item import BoxItem
from mapstudio.ui.canvas.painting import draw_text_block, selection_pen

Z_CELL = 0.0
Z_HEADER = 5.0
GRID_PEN = QPen(style.CELL_GRID, 0.8)


class PhaseHeaderItem(BoxItem):
    """A phase's title box above its column; selectable, dragged to reorder."""

    def __init__(self, column: PhaseColumn, index: int) -> None:
        super().__init__(column.phase_id, selectable=True)
        self.column = column
        self.index = index
        self.setZValue(Z_HEADER)
        self.place(column.header)

    def set_column(self, column: PhaseColumn, index: int) -> bool:
        if column == self.column and index == self.index:
            return False
        self.column, self.index = column, index
        self.place(column.header)
        return True

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        fill = style.PHASE_HEADER_ALT if alternate_phase(self.index) else style.PHASE_HEADER
        path = QPainterPath()
        path.addRoundedRect(self.local_rect().adjusted(1, 1, -1, -1), 4, 4)
        painter.fillPath(path, fill)
        draw_text_block(painter, self.column.name, self.origin(), style.PHASE_HEADER_TEXT)
        if self.isSelected():
            painter.setPen(selection_pen())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)


class LaneHeaderItem(BoxItem):
    """A lane's title box left of its row, tinted by the lane's kind."""

    def __init__(self, row: LaneRow) -> None:
        super().__init__(row.lane_id, selectable=True)
        self.row = row
        self.setZValue(Z_HEADER)
        self.place(row.header)

    def set_row(self, row: LaneRow) -> bool:
        if row == self.row:
            return False
        self.row = row
        self.place(row.header)
        return True

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.local_rect()
        painter.fillRect(rect, style.lane_header_colour(self.row.kind))
        painter.setPen(QPen(style.CELL_GRID, 0.8))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.fillRect(
            QRectF(0, 0, 3, rect.height()), style.lane_header_colour(self.row.kind).darker(125)
        )
        draw_text_block(painter, self.row.title, self.origin())
        if self.isSelected():
            painter.setPen(selection_pen())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))


class CellItem(BoxItem):
    """One (phase, lane) cell: a white box with a faint grid line; never interactive."""

    def __init__(self, cell: Cell, shaded: bool) -> None:
        super().__init__(f"{cell.phase_id}|{cell.lane_id}")
        self.cell = cell
        self.shaded = shaded
        self.setZValue(Z_CELL)
        self.place(cell.rect)

    def set_cell(self, cell: Cell, shaded: bool) -> bool:
        if cell == self.cell and shaded == self.shaded:
            return False
        self.cell, self.shaded = cell, shaded
        self.place(cell.rect)
        return True

    def bounds_for(self, rect: Rect) -> QRectF:
        return QRectF(0.0, 0.0, rect.w, rect.h)  # cells tile the grid: no outline margin

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_cell(painter, self.cell, self.shaded)


def paint_cell(painter: QPainter, cell: Cell, shaded: bool) -> None:
    """A cell in its own coordinates, for `CellItem` and exports alike."""
    rect = QRectF(0.0, 0.0, cell.rect.w, cell.rect.h)
    painter.fillRect(rect, style.COLUMN_STRIPE if shaded else style.MAP_BACKGROUND)
    painter.setPen(GRID_PEN)
    painter.drawLine(rect.topRight(), rect.bottomRight())
    painter.drawLine(rect.bottomLeft(), rect.bottomRight())
