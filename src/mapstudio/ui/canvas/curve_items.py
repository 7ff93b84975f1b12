"""The emotion curve with its faces, and the flow arrows between touchpoints."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from mapstudio.model.geometry import EmotionPoint, FlowArrow, Rect
from mapstudio.ui import style
from mapstudio.ui.canvas.painting import draw_face

Z_CURVE = 8.0
Z_FACE = 9.0
Z_FLOW = 20.0
FACE_R = 8.0
ARROW = 7.0
HEAD_SPREAD = ARROW * 0.55  # half the width of an arrow head
FACE_BOUNDS = QRectF(-FACE_R - 1, -FACE_R - 1, 2 * FACE_R + 2, 2 * FACE_R + 2)


def smooth_path(points: list[tuple[float, float]], top: float, bottom: float) -> QPainterPath:
    """A Catmull-Rom spline through `points` as cubic Béziers, kept inside the band.

    Plain float arithmetic (what QPointF's operators compute, without a Qt
    value per step): a big map's curve has thousands of points.
    """
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(*points[0])
    if len(points) == 1:
        return path
    pts = [points[0], *points, points[-1]]
    for i in range(1, len(pts) - 2):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        low_x, high_x = (x1, x2) if x1 <= x2 else (x2, x1)
        # No overshoot: no loops, no bulge outside the band.
        c1x = min(max(x1 + (x2 - x0) / 6.0, low_x), high_x)
        c1y = min(max(y1 + (y2 - y0) / 6.0, top), bottom)
        c2x = min(max(x2 - (x3 - x1) / 6.0, low_x), high_x)
        c2y = min(max(y2 - (y3 - y1) / 6.0, top), bottom)
        path.cubicTo(c1x, c1y, c2x, c2y, x2, y2)
    return path


class EmotionCurveItem(QGraphicsItem):
    """The smooth line through the emotion points, over a faint zero line."""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_CURVE)
        self._band: Rect | None = None
        self._points: tuple[EmotionPoint, ...] = ()
        self._path = QPainterPath()
        self._bounds = QRectF()

    def set_curve(self, band: Rect | None, points: tuple[EmotionPoint, ...]) -> bool:
        if band == self._band and points == self._points:
            return False
        self.prepareGeometryChange()
        self._band, self._points = band, points
        if band is None:
            self._path, self._bounds = QPainterPath(), QRectF()
        else:
            xy = [(p.x, p.y) for p in points]  # map order, as laid out
            self._path = smooth_path(xy, band.y + 2, band.bottom - 2)
            self._bounds = QRectF(band.x, band.y, band.w, band.h).adjusted(-2, -2, 2, 2)
        self.update()
        return True

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._band is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        zero_y = self._band.y + self._band.h / 2
        pen = QPen(style.ZERO_LINE, 0.8, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(self._band.x + 4, zero_y), QPointF(self._band.right - 4, zero_y))
        line = QPen(style.EMOTION_LINE, 2.0)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(line)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)


class EmotionPointItem(QGraphicsItem):
    """One touchpoint's face on the curve; its key is the touchpoint's card id."""

    def __init__(self, point: EmotionPoint) -> None:
        super().__init__()
        self.node_id = point.card_id
        self.point = point
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_FACE)
        self.setPos(point.x, point.y)

    def set_point(self, point: EmotionPoint) -> bool:
        if point == self.point:
            return False
        self.point = point
        self.setPos(point.x, point.y)
        self.update()
        return True

    def boundingRect(self) -> QRectF:
        return FACE_BOUNDS

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_emotion_point(painter, self.point)


def paint_emotion_point(painter: QPainter, point: EmotionPoint) -> None:
    """A face on the curve, centred on 0, 0: for `EmotionPointItem` and exports."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    draw_face(painter, QPointF(0, 0), FACE_R, point.emotion)


class FlowItem(QGraphicsItem):
    """A flow arrow: the layout's polyline ending in an arrow head.

    Its path is built when first painted or hit-tested, not when created: a
    big map has thousands of flows, most of them off screen when it opens.
    The bounds come from the points alone (the head stays within `HEAD_SPREAD`
    of the tip, which is one of them).
    """

    def __init__(self, arrow: FlowArrow) -> None:
        super().__init__()
        self.node_id = f"{arrow.source}->{arrow.target}"
        self.arrow: FlowArrow | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_FLOW)
        self._shape: tuple[QPainterPath, QPolygonF] | None = None  # built on first use
        self._bounds = QRectF()
        self.set_arrow(arrow)

    def set_arrow(self, arrow: FlowArrow) -> bool:
        if arrow == self.arrow:
            return False
        self.prepareGeometryChange()
        self.arrow = arrow
        self._shape = None
        xs = [x for x, _ in arrow.points]
        ys = [y for _, y in arrow.points]
        margin = HEAD_SPREAD + 3 if len(xs) >= 2 else 3
        if xs:
            self._bounds = QRectF(
                min(xs) - margin,
                min(ys) - margin,
                max(xs) - min(xs) + 2 * margin,
                max(ys) - min(ys) + 2 * margin,
            )
        else:
            self._bounds = QRectF()
        self.update()
        return True

    def path_and_head(self) -> tuple[QPainterPath, QPolygonF]:
        """The polyline and the arrow head, built on first use."""
        if self._shape is None:
            assert self.arrow is not None
            self._shape = flow_shape([QPointF(x, y) for x, y in self.arrow.points])
        return self._shape

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(6)
        return stroker.createStroke(self.path_and_head()[0])

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        path, head = self.path_and_head()
        paint_flow(painter, path, head, style.FLOW)


def flow_shape(points: list[QPointF]) -> tuple[QPainterPath, QPolygonF]:
    """The polyline (stopping short of the tip) and the arrow head at its end."""
    path = QPainterPath()
    if len(points) < 2:
        return path, QPolygonF()
    tip, before = points[-1], points[-2]
    angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
    back = QPointF(tip.x() - ARROW * math.cos(angle), tip.y() - ARROW * math.sin(angle))
    path.moveTo(points[0])
    for point in points[1:-1]:
        path.lineTo(point)
    path.lineTo(back)
    spread = HEAD_SPREAD
    head = QPolygonF(
        [
            tip,
            QPointF(back.x() + spread * math.sin(angle), back.y() - spread * math.cos(angle)),
            QPointF(back.x() - spread * math.sin(angle), back.y() + spread * math.cos(angle)),
        ]
    )
    return path, head


def paint_flow_arrow(painter: QPainter, arrow: FlowArrow) -> None:
    """A flow drawn once straight from its record, in scene coordinates (exports):
    what `FlowItem` paints, without keeping the path."""
    path, head = flow_shape([QPointF(x, y) for x, y in arrow.points])
    paint_flow(painter, path, head, style.FLOW)


def paint_flow(painter: QPainter, path: QPainterPath, head: QPolygonF, colour: QColor) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(colour, 1.6)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(head)
