"""A small flat-colour portrait as PNG bytes, drawn in pure Python.

The bundled example needs a persona photo, but a real photo would be a
licensing question and a Qt drawing would need a display: a few geometric
shapes encoded with zlib give a deterministic, licence-free image.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

Colour = tuple[int, int, int]

BACKGROUND: Colour = (232, 240, 247)
DISC: Colour = (163, 201, 226)
SKIN: Colour = (241, 194, 160)
HAIR: Colour = (92, 64, 51)
SHIRT: Colour = (46, 110, 142)
COLLAR: Colour = (250, 250, 250)
EYE: Colour = (40, 40, 48)
MOUTH: Colour = (178, 80, 72)


def _inside_ellipse(x: float, y: float, cx: float, cy: float, rx: float, ry: float) -> bool:
    return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0


def _portrait_pixel(size: int) -> Callable[[int, int], Colour]:
    """The colour at (x, y) of a head-and-shoulders silhouette scaled to `size`."""
    s = size / 96.0

    def pixel(x: int, y: int) -> Colour:
        px, py = (x + 0.5) / s, (y + 0.5) / s  # work in a 96-unit square
        if not _inside_ellipse(px, py, 48, 48, 47, 47):
            return BACKGROUND
        colour = DISC
        if _inside_ellipse(px, py, 48, 100, 34, 26):
            colour = SHIRT
            if _inside_ellipse(px, py, 48, 76, 9, 6):
                colour = COLLAR
        if 42 <= px <= 54 and 58 <= py <= 76:
            colour = SKIN  # neck
        if _inside_ellipse(px, py, 48, 42, 18, 22):
            colour = SKIN
            if py < 36 and _inside_ellipse(px, py, 48, 36, 19, 18):
                colour = HAIR
            if _inside_ellipse(px, py, 41, 42, 2.2, 2.6) or _inside_ellipse(
                px, py, 55, 42, 2.2, 2.6
            ):
                colour = EYE
            if 51 <= py <= 54 and _inside_ellipse(px, py, 48, 51, 7, 4.5):
                colour = MOUTH
        elif _inside_ellipse(px, py, 48, 34, 20, 17) and py < 38:
            colour = HAIR
        return colour

    return pixel


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def portrait_png(size: int = 96) -> bytes:
    """A `size`×`size` RGB PNG of a simple illustrated portrait."""
    pixel = _portrait_pixel(size)
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter type: none
        for x in range(size):
            rows.extend(pixel(x, y))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _chunk(b"IEND", b"")
    )
