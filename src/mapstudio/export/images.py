"""PNG and SVG: the map rendered by Qt onto the chosen page.

The rule (docs/export.md): an image is one page of the chosen size and
orientation (A4 landscape unless told otherwise), the map fitted inside a
10 mm margin exactly as on a PDF page. A PNG is therefore
round(page width in inches × DPI) by round(page height in inches × DPI)
pixels; an SVG is the page in points (its viewBox) with real text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from mapstudio.export import colours as c
from mapstudio.export.errors import ExportError
from mapstudio.export.options import MAX_IMAGE_PIXELS, ExportOptions
from mapstudio.export.pages import PageSize, fit_plan
from mapstudio.export.qt_sheets import map_drawing, paint_sheet
from mapstudio.model.project import JourneyProject

POINTS_PER_INCH = 72.0
# Qt maps a PNG's quality q to zlib level (100 − q) × 9 // 91, the default
# being zlib's 6: 80 is level 1, still lossless; at 10,000 cards it halves the
# encoding time for a file about a seventh larger.
PNG_QUALITY = 80


def png_size(page: PageSize, dpi: int) -> tuple[int, int]:
    """Pixel size of a PNG of `page` at `dpi`: the page in inches times the DPI."""
    return (
        round(page.width / POINTS_PER_INCH * dpi),
        round(page.height / POINTS_PER_INCH * dpi),
    )


def _background(options: ExportOptions) -> QColor | None:
    return None if options.transparent else QColor(c.MAP_BACKGROUND)


def render_png(project: JourneyProject, map_id: str, options: ExportOptions) -> QImage:
    """The map on one page as an ARGB image at the options' DPI."""
    page = options.sheet
    width, height = png_size(page, options.dpi)
    if width * height > MAX_IMAGE_PIXELS:
        raise ExportError(
            f"a {width}×{height} pixel image is too large: lower the resolution or the page size"
        )
    drawing = map_drawing(project, map_id, options.lang)
    layout = drawing.layout
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(f"not enough memory for a {width}×{height} pixel image")
    dots_per_metre = round(options.dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.scale(width / page.width, height / page.height)
        plan = fit_plan(layout.width, layout.height, page)
        paint_sheet(painter, drawing, layout, plan, project.map(map_id).name, _background(options))
    finally:
        painter.end()
    return image


def write_png(project: JourneyProject, map_id: str, target: Path, options: ExportOptions) -> None:
    image = render_png(project, map_id, options)
    if not image.save(str(target), "PNG", PNG_QUALITY):
        raise ExportError(f"the image could not be written to {target}")


def write_svg(project: JourneyProject, map_id: str, target: Path, options: ExportOptions) -> None:
    """The page as SVG in points (1 user unit = 1 pt), text kept as text."""
    page = options.sheet
    drawing = map_drawing(project, map_id, options.lang)
    layout = drawing.layout
    journey = project.map(map_id)
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    generator.setResolution(round(POINTS_PER_INCH))
    generator.setSize(QSize(round(page.width), round(page.height)))
    generator.setViewBox(QRectF(0, 0, page.width, page.height))
    generator.setTitle(journey.name)
    generator.setDescription("Customer journey map, exported by MapStudio")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(f"the SVG could not be written to {target}")
    try:
        plan = fit_plan(layout.width, layout.height, page)
        paint_sheet(painter, drawing, layout, plan, journey.name, _background(options))
    finally:
        painter.end()
