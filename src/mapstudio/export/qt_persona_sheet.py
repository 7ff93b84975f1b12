"""The persona sheet painted with Qt, for the printer (the PDF uses persona_sheet.py).

Same content and order as the PDF's sheet: photo, name, quote, then every
field with a value under the same English labels.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPainterPath

from mapstudio.export import colours as c
from mapstudio.export.pages import PageSize
from mapstudio.export.persona_sheet import LABEL_W, MARGIN, PHOTO, persona_fields
from mapstudio.model import wording
from mapstudio.model.records import Persona
from mapstudio.ui.fonts import map_font


def paint_persona_sheet(
    painter: QPainter, persona: Persona, page: PageSize, subtitle: str, lang: str = "en"
) -> None:
    """Paint the sheet in page points (the caller scaled the painter from device pixels)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(QRectF(0, 0, page.width, page.height), QColor(c.MAP_BACKGROUND))
    photo = QRectF(MARGIN, MARGIN, PHOTO, PHOTO)
    clip = QPainterPath()
    clip.addRoundedRect(photo, 10, 10)
    image = QImage.fromData(persona.photo or b"")
    painter.save()
    painter.setClipPath(clip)
    if image.isNull():
        painter.fillRect(photo, QColor(c.AVATAR_BACKGROUND))
    else:
        painter.drawImage(photo, image)
    painter.restore()
    x = MARGIN + PHOTO + 8 * 72 / 25.4
    width = page.width - MARGIN - x
    y = MARGIN
    quote = wording.quoted(persona.quote.strip(), lang) if persona.quote.strip() else ""
    for text, size, bold, colour in (
        (persona.name or wording.persona_label("persona", lang), 26.0, True, c.TEXT),
        (subtitle, 11.0, False, c.TEXT_MUTED),
        (quote, 14.0, False, c.TEXT),
    ):
        if not text:
            continue
        y = _paint_wrapped(painter, text, QRectF(x, y, width, page.height), size, bold, colour)
        y += 6
    top = max(MARGIN + PHOTO, y) + 10 * 72 / 25.4
    body = min(page.width, page.height) / 595.0 * 11.0
    for label, text in persona_fields(persona, lang):
        if top > page.height - MARGIN:
            break
        _paint_wrapped(painter, label, QRectF(MARGIN, top, LABEL_W, 100), body, True, c.TEXT_MUTED)
        area = QRectF(MARGIN + LABEL_W, top, page.width - 2 * MARGIN - LABEL_W, page.height)
        top = _paint_wrapped(painter, text, area, body, False, c.TEXT) + body * 0.8
    painter.restore()


def _paint_wrapped(
    painter: QPainter, text: str, area: QRectF, size: float, bold: bool, colour: str
) -> float:
    """Word-wrapped text from the area's top; returns the y below it."""
    font = map_font(size, bold, painter.device())
    painter.setFont(font)
    painter.setPen(QColor(colour))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    metrics = QFontMetricsF(font, painter.device())
    bounds = metrics.boundingRect(area, int(flags), text)
    painter.drawText(area, int(flags), text)
    return area.y() + bounds.height()
