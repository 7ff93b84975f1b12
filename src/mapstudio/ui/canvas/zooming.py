"""Zoom for the canvas: steps, Ctrl+wheel around the cursor, pinch, fit.

The scene is in points; a zoom factor of 1.0 shows one point as one point on
the screen (the viewport's DPI / 72 pixels), like a PDF viewer at 100 %.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QNativeGestureEvent, QWheelEvent
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture

MIN_ZOOM = 0.1
MAX_ZOOM = 8.0


class Zooming:
    """Owns the view's scale; the view forwards wheel and gesture events here.

    `changed` runs after every change of scale, whatever made it (a menu
    command, Ctrl+wheel, a pinch, fit), so the status bar's percentage follows.
    """

    def __init__(self, view: QGraphicsView, changed: Callable[[], None] | None = None) -> None:
        self.view = view
        self._changed = changed
        view.viewport().grabGesture(Qt.GestureType.PinchGesture)

    def _unit(self) -> float:
        return self.view.viewport().logicalDpiX() / 72.0

    def factor(self) -> float:
        return self.view.transform().m11() / self._unit()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Scale to `factor`, keeping the scene point under `anchor` (view pixels) still."""
        factor = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        view = self.view
        if anchor is None:
            anchor = QPointF(view.viewport().rect().center())
        fixed = view.mapToScene(anchor.toPoint())
        scale = factor * self._unit()
        view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        view.resetTransform()
        view.scale(scale, scale)
        moved = view.mapFromScene(fixed)
        bars = view.horizontalScrollBar(), view.verticalScrollBar()
        bars[0].setValue(bars[0].value() + moved.x() - round(anchor.x()))
        bars[1].setValue(bars[1].value() + moved.y() - round(anchor.y()))
        self._notify()

    def zoom_by(self, step: float, anchor: QPointF | None = None) -> None:
        self.set_zoom(self.factor() * step, anchor)

    def fit(self, rect: QRectF) -> None:
        if rect.isEmpty():
            return
        self.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._notify()

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed()

    def wheel(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.15**steps, event.position())
        event.accept()

    def gesture_event(self, event: QEvent) -> bool:
        """Handle pinch (touchpad native gesture or QPinchGesture); True when consumed."""
        if (
            event.type() == QEvent.Type.NativeGesture
            and isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value(), event.position())
            return True
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                flags = pinch.changeFlags()
                if flags & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    center = self.view.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                    self.zoom_by(pinch.scaleFactor(), QPointF(center))
                event.accept()
                return True
        return False
