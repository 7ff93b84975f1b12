"""The channel pictograms of `ui/canvas/channel_icons.py`, for reportlab.

Same unit-box drawings (0…1, y down), written as a tiny list of path
operations so the PDF writer needs no Qt. Keep the two in step when a
pictogram changes.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from mapstudio.model.geometry import Rect

Op = tuple[str | float, ...]


def _globe() -> list[Op]:
    return [
        ("E", 0.05, 0.05, 0.9, 0.9),
        ("E", 0.3, 0.05, 0.4, 0.9),
        ("M", 0.05, 0.5), ("L", 0.95, 0.5),
        ("M", 0.12, 0.28), ("L", 0.88, 0.28),
        ("M", 0.12, 0.72), ("L", 0.88, 0.72),
    ]  # fmt: skip


def _envelope() -> list[Op]:
    return [("R", 0.05, 0.2, 0.9, 0.6), ("M", 0.05, 0.2), ("L", 0.5, 0.55), ("L", 0.95, 0.2)]


def _phone() -> list[Op]:
    return [
        ("M", 0.2, 0.1), ("C", 0.05, 0.25, 0.25, 0.7, 0.7, 0.9), ("L", 0.88, 0.72),
        ("L", 0.68, 0.55), ("L", 0.55, 0.65), ("C", 0.45, 0.6, 0.38, 0.52, 0.33, 0.42),
        ("L", 0.43, 0.3), ("L", 0.28, 0.05), ("Z",),
    ]  # fmt: skip


def _shop() -> list[Op]:
    return [
        ("M", 0.1, 0.35), ("L", 0.18, 0.12), ("L", 0.82, 0.12), ("L", 0.9, 0.35), ("Z",),
        ("R", 0.15, 0.35, 0.7, 0.55), ("R", 0.4, 0.58, 0.2, 0.32),
    ]  # fmt: skip


def _social() -> list[Op]:
    ops: list[Op] = [
        ("RR", 0.05, 0.12, 0.9, 0.58, 0.15),
        ("M", 0.25, 0.7), ("L", 0.2, 0.92), ("L", 0.45, 0.7),
    ]  # fmt: skip
    ops += [("E", cx - 0.05, 0.36, 0.1, 0.1) for cx in (0.3, 0.5, 0.7)]
    return ops


def _chat() -> list[Op]:
    return [
        ("RR", 0.05, 0.08, 0.6, 0.42, 0.12), ("RR", 0.35, 0.42, 0.6, 0.4, 0.12),
        ("M", 0.75, 0.82), ("L", 0.85, 0.96), ("L", 0.88, 0.82),
    ]  # fmt: skip


def _magnifier() -> list[Op]:
    return [("E", 0.08, 0.08, 0.58, 0.58), ("M", 0.58, 0.58), ("L", 0.92, 0.92)]


def _calendar() -> list[Op]:
    ops: list[Op] = [("R", 0.08, 0.16, 0.84, 0.76), ("M", 0.08, 0.36), ("L", 0.92, 0.36)]
    for x in (0.3, 0.7):
        ops += [("M", x, 0.06), ("L", x, 0.24)]
    ops += [("R", x - 0.05, y - 0.05, 0.1, 0.1) for x in (0.3, 0.5, 0.7) for y in (0.52, 0.74)]
    return ops


def _page() -> list[Op]:
    ops: list[Op] = [
        ("M", 0.18, 0.05), ("L", 0.62, 0.05), ("L", 0.82, 0.25), ("L", 0.82, 0.95),
        ("L", 0.18, 0.95), ("Z",),
    ]  # fmt: skip
    for y in (0.4, 0.55, 0.7):
        ops += [("M", 0.3, y), ("L", 0.7, y)]
    return ops


def _mobile(label_dots: bool = False) -> list[Op]:
    ops: list[Op] = [
        ("RR", 0.25, 0.04, 0.5, 0.92, 0.08),
        ("M", 0.25, 0.16), ("L", 0.75, 0.16), ("M", 0.25, 0.8), ("L", 0.75, 0.8),
    ]  # fmt: skip
    if label_dots:
        ops.append(("RR", 0.33, 0.34, 0.34, 0.2, 0.05))
    else:
        ops += [("R", x - 0.06, y - 0.06, 0.12, 0.12) for x in (0.38, 0.62) for y in (0.32, 0.52)]
    return ops


def _word_of_mouth() -> list[Op]:
    return [
        ("E", 0.05, 0.3, 0.3, 0.3), ("M", 0.02, 0.92), ("Q", 0.2, 0.6, 0.38, 0.92),
        ("RR", 0.45, 0.08, 0.5, 0.34, 0.1),
        ("M", 0.52, 0.42), ("L", 0.46, 0.56), ("L", 0.64, 0.42),
    ]  # fmt: skip


def _dot() -> list[Op]:
    return [("E", 0.3, 0.3, 0.4, 0.4)]


_BUILDERS: dict[str, Callable[[], list[Op]]] = {
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


def is_filled(channel: str) -> bool:
    """Solid pictograms (the fallback dot, the phone) are filled, others stroked."""
    return channel not in _BUILDERS or channel == "phone"


def draw_channel_icon(canvas: Canvas, channel: str, rect: Rect) -> None:
    """Stroke (or fill) the channel's pictogram inside `rect`, with the current colours.

    The canvas is in layout coordinates (y down); the caller sets pen and fill.
    """
    ops = _BUILDERS.get(channel, _dot)()
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
