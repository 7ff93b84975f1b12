"""Small vector pictograms for the known channels, drawn as painter paths.

The shapes come from `export/channel_shapes.py` (shared with the PDF writer),
built once per channel as a unit-box path and scaled into the layout's icon
rect, so they stay crisp at every zoom and in exports. Unknown channels get
a dot.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath, QTransform

from mapstudio.export.channel_shapes import channel_ops, has_pictogram, is_filled

__all__ = ["channel_path", "is_filled"]

_CACHE: dict[str, QPainterPath] = {}


def _unit_path(channel: str) -> QPainterPath:
    """The channel's operations as a QPainterPath in the unit box."""
    p = QPainterPath()
    for op in channel_ops(channel):
        code, a = op[0], [float(v) for v in op[1:]]
        if code == "M":
            p.moveTo(a[0], a[1])
        elif code == "L":
            p.lineTo(a[0], a[1])
        elif code == "C":
            p.cubicTo(a[0], a[1], a[2], a[3], a[4], a[5])
        elif code == "Q":
            p.quadTo(a[0], a[1], a[2], a[3])
        elif code == "Z":
            p.closeSubpath()
        elif code == "E":
            p.addEllipse(QRectF(a[0], a[1], a[2], a[3]))
        elif code == "R":
            p.addRect(QRectF(a[0], a[1], a[2], a[3]))
        elif code == "RR":
            p.addRoundedRect(QRectF(a[0], a[1], a[2], a[3]), a[4], a[4])
    return p


def channel_path(channel: str, rect: QRectF) -> QPainterPath:
    """The pictogram for `channel`, scaled into `rect` (a dot when unknown)."""
    key = channel if has_pictogram(channel) else ""  # one cached dot for every other
    unit = _CACHE.get(key)
    if unit is None:
        unit = _CACHE[key] = _unit_path(key)
    transform = QTransform()
    transform.translate(rect.x(), rect.y())
    transform.scale(rect.width(), rect.height())
    return transform.map(unit)
