"""The map's fonts: bundled DejaVu Sans at the sizes the layout measured with.

`model.layout` wraps text with DejaVu Sans metrics at a size in points, and the
canvas scene is in points too (1 scene unit = 1 pt). Qt turns a font's point
size into pixels with the paint device's DPI (96 on most screens and images),
so a 9 pt font would come out 12 scene units tall and overflow its card, and
it rounds the resulting pixel size to a whole number, so 8.5 pt text is drawn
at 9 and overflows too. Hence two entry points:

- `map_font(size, bold, device)` scales the point size by 72 / DPI so one text
  pixel is one scene unit (good enough for the in-place editor);
- `exact_map_font(size, bold)` gives a font `TEXT_SCALE` times too big in whole
  pixels plus the factor to scale the painter by, so drawn text has exactly
  the layout's size and advance widths (how the canvas paints wrapped lines).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QPaintDevice

from mapstudio.resources import resource_path

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"
POINTS_PER_INCH = 72.0
TEXT_SCALE = 16.0  # fonts for exact drawing are this many times larger, in whole pixels


@cache
def map_font_family() -> str:
    """Register the bundled fonts once and name their family."""
    family = FALLBACK_FAMILY
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def map_font(size_pt: float, bold: bool = False, device: QPaintDevice | None = None) -> QFont:
    """DejaVu Sans sized so its text is `size_pt` scene units tall on `device`.

    Without a device the font is for a 72 dpi surface (PDF, layout checks),
    where points and pixels coincide. Kerning is off and hinting is off
    because the layout measures plain advance widths, as reportlab does.
    """
    dpi = float(device.logicalDpiY()) if device is not None else POINTS_PER_INCH
    font = _base_font(bold)
    font.setPointSizeF(max(0.5, size_pt * POINTS_PER_INCH / dpi))
    return font


@cache
def exact_map_font(size_pt: float, bold: bool = False) -> tuple[QFont, float]:
    """A large whole-pixel font and the painter scale that brings it to `size_pt`.

    Draw with `painter.scale(factor, factor)` and coordinates divided by
    `factor`; the text is then `size_pt` scene units tall whatever the device.
    """
    pixels = max(1, round(size_pt * TEXT_SCALE))
    font = _base_font(bold)
    font.setPixelSize(pixels)
    return font, size_pt / pixels


def _base_font(bold: bool) -> QFont:
    font = QFont(map_font_family())
    font.setBold(bold)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
