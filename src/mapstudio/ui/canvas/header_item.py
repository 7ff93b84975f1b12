"""The persona band above the map: photo, name, details and the map's title."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from mapstudio.model.geometry import PersonaHeader
from mapstudio.ui import style
from mapstudio.ui.canvas.box_item import BoxItem
from mapstudio.ui.canvas.painting import draw_text_block, qrect, selection_pen

Z_BAND = 2.0


class HeaderBandItem(BoxItem):
    """Selectable as the map itself (its node id is the map's id)."""

    def __init__(self, map_id: str, header: PersonaHeader, photo: bytes | None) -> None:
        super().__init__(map_id, selectable=True)
        self.header = header
        self._photo_bytes: bytes | None = None
        self._pixmap: QPixmap | None = None
        self.drop_target = False
        self.setZValue(Z_BAND)
        self.set_header(header, photo)

    def set_header(self, header: PersonaHeader, photo: bytes | None) -> bool:
        if header == self.header and photo == self._photo_bytes and self.rect.w:
            return False
        self.header = header
        if photo != self._photo_bytes:
            self._photo_bytes = photo
            self._pixmap = None
            if photo:
                pixmap = QPixmap()
                if pixmap.loadFromData(photo):
                    self._pixmap = pixmap
        self.place(header.rect)
        return True

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        rect = self.local_rect()
        painter.fillRect(rect, style.DROP_HIGHLIGHT if self.drop_target else style.HEADER_BAND)
        painter.setPen(QPen(style.HEADER_BORDER, 0.8))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        origin = self.origin()
        if self.header.photo is not None:
            self._paint_photo(painter, qrect(self.header.photo, origin))
        draw_text_block(painter, self.header.name, origin)
        draw_text_block(painter, self.header.details, origin, style.TEXT_MUTED)
        draw_text_block(painter, self.header.title, origin)
        if self.isSelected() or self.drop_target:
            painter.setPen(selection_pen())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_photo(self, painter: QPainter, target: QRectF) -> None:
        clip = QPainterPath()
        clip.addRoundedRect(target, 8, 8)
        painter.save()
        painter.setClipPath(clip)
        if self._pixmap is not None and not self._pixmap.isNull():
            # Cover the rect: scale to fill, crop the overflow centrally.
            size = self._pixmap.size().scaled(
                target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatioByExpanding
            )
            dest = QRectF(0, 0, size.width(), size.height())
            dest.moveCenter(target.center())
            painter.drawPixmap(dest, self._pixmap, QRectF(self._pixmap.rect()))
        else:
            self._paint_avatar(painter, target)
        painter.restore()
        painter.setPen(QPen(style.HEADER_BORDER, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(clip)

    @staticmethod
    def _paint_avatar(painter: QPainter, target: QRectF) -> None:
        """A neutral head-and-shoulders silhouette for a persona without a photo."""
        painter.fillRect(target, style.AVATAR_BACKGROUND)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.AVATAR_FOREGROUND)
        w, h = target.width(), target.height()
        head = QPointF(target.center().x(), target.top() + h * 0.38)
        painter.drawEllipse(head, w * 0.18, w * 0.18)
        body = QRectF(target.left() + w * 0.18, target.top() + h * 0.62, w * 0.64, h * 0.7)
        painter.drawEllipse(body)
