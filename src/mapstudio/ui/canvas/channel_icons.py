"""Small vector pictograms for the known channels, drawn as painter paths.

Paths are built in a unit box (0…1) and scaled into the layout's icon rect,
so they stay crisp at every zoom and in exports. Unknown channels get a dot.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform


def _globe() -> QPainterPath:
    p = QPainterPath()
    p.addEllipse(QRectF(0.05, 0.05, 0.9, 0.9))
    p.addEllipse(QRectF(0.3, 0.05, 0.4, 0.9))
    p.moveTo(0.05, 0.5)
    p.lineTo(0.95, 0.5)
    p.moveTo(0.12, 0.28)
    p.lineTo(0.88, 0.28)
    p.moveTo(0.12, 0.72)
    p.lineTo(0.88, 0.72)
    return p


def _envelope() -> QPainterPath:
    p = QPainterPath()
    p.addRect(QRectF(0.05, 0.2, 0.9, 0.6))
    p.moveTo(0.05, 0.2)
    p.lineTo(0.5, 0.55)
    p.lineTo(0.95, 0.2)
    return p


def _phone() -> QPainterPath:
    p = QPainterPath()
    p.moveTo(0.2, 0.1)
    p.cubicTo(0.05, 0.25, 0.25, 0.7, 0.7, 0.9)
    p.lineTo(0.88, 0.72)
    p.lineTo(0.68, 0.55)
    p.lineTo(0.55, 0.65)
    p.cubicTo(0.45, 0.6, 0.38, 0.52, 0.33, 0.42)
    p.lineTo(0.43, 0.3)
    p.lineTo(0.28, 0.05)
    p.closeSubpath()
    return p


def _shop() -> QPainterPath:
    p = QPainterPath()
    p.moveTo(0.1, 0.35)
    p.lineTo(0.18, 0.12)
    p.lineTo(0.82, 0.12)
    p.lineTo(0.9, 0.35)
    p.closeSubpath()
    p.addRect(QRectF(0.15, 0.35, 0.7, 0.55))
    p.addRect(QRectF(0.4, 0.58, 0.2, 0.32))
    return p


def _bubble(x: float = 0.05, tail_left: bool = True) -> QPainterPath:
    p = QPainterPath()
    p.addRoundedRect(QRectF(x, 0.12, 0.9 - x + 0.05, 0.58), 0.15, 0.15)
    tx = 0.25 if tail_left else 0.7
    p.moveTo(tx, 0.7)
    p.lineTo(tx - 0.05 if tail_left else tx + 0.1, 0.92)
    p.lineTo(tx + 0.2 if tail_left else tx - 0.12, 0.7)
    return p


def _social() -> QPainterPath:
    p = _bubble()
    for cx in (0.3, 0.5, 0.7):
        p.addEllipse(QPointF(cx, 0.41), 0.05, 0.05)
    return p


def _chat() -> QPainterPath:
    p = QPainterPath()
    p.addRoundedRect(QRectF(0.05, 0.08, 0.6, 0.42), 0.12, 0.12)
    p.addRoundedRect(QRectF(0.35, 0.42, 0.6, 0.4), 0.12, 0.12)
    p.moveTo(0.75, 0.82)
    p.lineTo(0.85, 0.96)
    p.lineTo(0.88, 0.82)
    return p


def _magnifier() -> QPainterPath:
    p = QPainterPath()
    p.addEllipse(QRectF(0.08, 0.08, 0.58, 0.58))
    p.moveTo(0.58, 0.58)
    p.lineTo(0.92, 0.92)
    return p


def _calendar() -> QPainterPath:
    p = QPainterPath()
    p.addRect(QRectF(0.08, 0.16, 0.84, 0.76))
    p.moveTo(0.08, 0.36)
    p.lineTo(0.92, 0.36)
    for x in (0.3, 0.7):
        p.moveTo(x, 0.06)
        p.lineTo(x, 0.24)
    for x in (0.3, 0.5, 0.7):
        for y in (0.52, 0.74):
            p.addRect(QRectF(x - 0.05, y - 0.05, 0.1, 0.1))
    return p


def _page() -> QPainterPath:
    p = QPainterPath()
    p.moveTo(0.18, 0.05)
    p.lineTo(0.62, 0.05)
    p.lineTo(0.82, 0.25)
    p.lineTo(0.82, 0.95)
    p.lineTo(0.18, 0.95)
    p.closeSubpath()
    for y in (0.4, 0.55, 0.7):
        p.moveTo(0.3, y)
        p.lineTo(0.7, y)
    return p


def _mobile(label_dots: bool = False) -> QPainterPath:
    p = QPainterPath()
    p.addRoundedRect(QRectF(0.25, 0.04, 0.5, 0.92), 0.08, 0.08)
    p.moveTo(0.25, 0.16)
    p.lineTo(0.75, 0.16)
    p.moveTo(0.25, 0.8)
    p.lineTo(0.75, 0.8)
    if label_dots:
        p.addRoundedRect(QRectF(0.33, 0.34, 0.34, 0.2), 0.05, 0.05)
    else:
        for x in (0.38, 0.62):
            for y in (0.32, 0.52):
                p.addRect(QRectF(x - 0.06, y - 0.06, 0.12, 0.12))
    return p


def _word_of_mouth() -> QPainterPath:
    p = QPainterPath()
    p.addEllipse(QRectF(0.05, 0.3, 0.3, 0.3))
    p.moveTo(0.02, 0.92)
    p.quadTo(0.2, 0.6, 0.38, 0.92)
    p.addRoundedRect(QRectF(0.45, 0.08, 0.5, 0.34), 0.1, 0.1)
    p.moveTo(0.52, 0.42)
    p.lineTo(0.46, 0.56)
    p.lineTo(0.64, 0.42)
    return p


def _dot() -> QPainterPath:
    p = QPainterPath()
    p.addEllipse(QRectF(0.3, 0.3, 0.4, 0.4))
    return p


_BUILDERS: dict[str, Callable[[], QPainterPath]] = {
    "website": _globe,
    "email": _envelope,
    "direct_mail": _envelope,
    "phone": _phone,
    "shop": _shop,
    "social": _social,
    "search_ad": _magnifier,
    "event": _calendar,
    "print": _page,
    "chat": _chat,
    "app": _mobile,
    "sms": lambda: _mobile(label_dots=True),
    "word_of_mouth": _word_of_mouth,
}
_CACHE: dict[str, QPainterPath] = {}


def channel_path(channel: str, rect: QRectF) -> QPainterPath:
    """The pictogram for `channel`, scaled into `rect` (a dot when unknown)."""
    key = channel if channel in _BUILDERS else ""
    unit = _CACHE.get(key)
    if unit is None:
        unit = _CACHE[key] = _BUILDERS.get(key, _dot)()
    transform = QTransform()
    transform.translate(rect.x(), rect.y())
    transform.scale(rect.width(), rect.height())
    return transform.map(unit)


def is_filled(channel: str) -> bool:
    """Solid pictograms (the fallback dot, the phone) are filled, others stroked."""
    return channel not in _BUILDERS or channel == "phone"
