"""The channel pictograms as plain path operations, drawn by both screen and print.

Each pictogram is a list of operations in a unit box (0…1, y down): `M`/`L`
move and line, `C` cubic and `Q` quadratic curves, `Z` close, `E` ellipse,
`R` rectangle and `RR` rounded rectangle (x, y, w, h[, radius]). The canvas
turns them into a QPainterPath (`ui/canvas/channel_icons.py`) and the PDF
writer into a reportlab path (`export/pdf_icons.py`), so the two cannot
drift apart. No Qt and no reportlab here.
"""

from __future__ import annotations

from collections.abc import Callable

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


def channel_ops(channel: str) -> list[Op]:
    """The pictogram of `channel` in the unit box (a dot for an unknown channel)."""
    return _BUILDERS.get(channel, _dot)()


def has_pictogram(channel: str) -> bool:
    """Whether `channel` has its own pictogram (others, typed by the user, get a dot)."""
    return channel in _BUILDERS


def is_filled(channel: str) -> bool:
    """Solid pictograms (the fallback dot, the phone) are filled, others stroked."""
    return not has_pictogram(channel) or channel == "phone"
