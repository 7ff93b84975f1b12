"""Drawing the channel pictograms of `export/channel_shapes.py` with reportlab."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from mapstudio.export.channel_shapes import channel_ops, is_filled
from mapstudio.model.geometry import Rect


def draw_channel_icon(canvas: Canvas, channel: str, rect: Rect) -> None:
    """Stroke (or fill) the channel's pictogram inside `rect`, with the current colours.

    The canvas is in layout coordinates (y down); the caller sets pen and fill.
    """
    ops = channel_ops(channel)
    sx, sy = rect.w, rect.h

    def pt(x: float, y: float) -> tuple[float, float]:
        return rect.x + x * sx, rect.y + y * sy

    path = canvas.beginPath()
    last = (0.0, 0.0)
    for op in ops:
        code, args = op[0], [float(a) for a in op[1:]]
        if code == "M":
            path.moveTo(*pt(*args))
            last = (args[0], args[1])
        elif code == "L":
            path.lineTo(*pt(*args))
            last = (args[0], args[1])
        elif code == "C":
            path.curveTo(*pt(args[0], args[1]), *pt(args[2], args[3]), *pt(args[4], args[5]))
            last = (args[4], args[5])
        elif code == "Q":  # quadratic as cubic
            (x0, y0), (qx, qy), (x2, y2) = last, (args[0], args[1]), (args[2], args[3])
            c1 = (x0 + 2 / 3 * (qx - x0), y0 + 2 / 3 * (qy - y0))
            c2 = (x2 + 2 / 3 * (qx - x2), y2 + 2 / 3 * (qy - y2))
            path.curveTo(*pt(*c1), *pt(*c2), *pt(x2, y2))
            last = (x2, y2)
        elif code == "Z":
            path.close()
        elif code == "E":
            x, y = pt(args[0], args[1])
            path.ellipse(x, y, args[2] * sx, args[3] * sy)
        elif code == "R":
            x, y = pt(args[0], args[1])
            path.rect(x, y, args[2] * sx, args[3] * sy)
        elif code == "RR":
            x, y = pt(args[0], args[1])
            path.roundRect(x, y, args[2] * sx, args[3] * sy, args[4] * min(sx, sy))
    filled = is_filled(channel)
    canvas.drawPath(path, stroke=0 if filled else 1, fill=1 if filled else 0)
