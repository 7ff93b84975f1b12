"""The PDF writer: one vector page per map (or COLS×ROWS poster sheets per map).

Drawn from the layout with reportlab, with DejaVu Sans embedded, so text is
selectable and searchable and every accent prints. Persona sheets, when
asked for, come first: one per persona of the exported maps.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from mapstudio import __version__
from mapstudio.export import colours as c
from mapstudio.export.layout_source import layout_for, persona_photo
from mapstudio.export.options import ExportOptions
from mapstudio.export.pages import MM, SheetPlan, crop_marks, sheet_label, sheet_plans
from mapstudio.export.pdf_drawing import begin_sheet, draw_map_on_sheet, draw_string, end_sheet
from mapstudio.export.pdf_fonts import font_name, register_fonts
from mapstudio.export.persona_sheet import draw_persona_sheet
from mapstudio.model.project import JourneyProject

LABEL_SIZE = 8.0


def write_pdf(
    project: JourneyProject, map_ids: list[str], target: Path | str, options: ExportOptions
) -> int:
    """Write the PDF to `target` (a path the caller will rename); returns the page count."""
    with _binary_streams():
        return _write_pdf(project, map_ids, target, options)


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Deflated streams stored as binary, not ASCII85 text, while our document is written.

    Binary streams are valid PDF (every reader takes them), a quarter smaller
    and quicker to write. reportlab reads this switch from its global config
    when pages and forms are formatted, so it is set for our writer only and
    restored after, for any other user of reportlab in the process.
    """
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _write_pdf(
    project: JourneyProject, map_ids: list[str], target: Path | str, options: ExportOptions
) -> int:
    register_fonts()
    page = options.sheet
    canvas = Canvas(
        str(target),
        pagesize=(page.width, page.height),
        pageCompression=1,
        initialFontName=font_name(False),
    )
    _set_metadata(canvas, project, map_ids, options)
    pages = 0
    if options.persona_sheet:
        for persona_id in _personas_of(project, map_ids):
            persona = project.persona(persona_id)
            maps = [project.map(m).name for m in map_ids if project.map(m).persona_id == persona_id]
            canvas.setPageSize((page.width, page.height))
            canvas.saveState()
            canvas.translate(0, page.height)
            canvas.scale(1, -1)
            draw_persona_sheet(canvas, persona, page, " · ".join(maps), options.lang)
            canvas.restoreState()
            canvas.showPage()
            pages += 1
    for map_id in map_ids:
        layout = layout_for(project, map_id, options.lang)
        photo = persona_photo(project, map_id)
        name = project.map(map_id).name
        for plan in sheet_plans(layout.width, layout.height, page, options.poster):
            canvas.setPageSize((plan.page_width, plan.page_height))
            begin_sheet(canvas, plan)
            draw_map_on_sheet(canvas, layout, plan, photo)
            if plan.is_poster_tile:
                _draw_poster_marks(canvas, plan, name)
            end_sheet(canvas)
            if pages == 0 or plan.index == 1:
                canvas.bookmarkPage(f"{map_id}-{plan.index}")
            canvas.showPage()
            pages += 1
    canvas.save()
    return pages


def _personas_of(project: JourneyProject, map_ids: list[str]) -> list[str]:
    seen: list[str] = []
    for map_id in map_ids:
        persona_id = project.map(map_id).persona_id
        if persona_id is not None and persona_id in project and persona_id not in seen:
            seen.append(persona_id)
    return seen


def _set_metadata(
    canvas: Canvas, project: JourneyProject, map_ids: list[str], options: ExportOptions
) -> None:
    """Title, author, subject and creator, as PDF readers and print queues show them."""
    names = [project.map(m).name for m in map_ids]
    title = options.title or (names[0] if len(names) == 1 else " · ".join(names))
    canvas.setTitle(title or "Customer journey map")
    if options.author:
        canvas.setAuthor(options.author)
    personas = [project.persona(p).name for p in _personas_of(project, map_ids)]
    subject = "Customer journey map"
    if personas:
        subject += " — " + ", ".join(p for p in personas if p)
    canvas.setSubject(subject)
    canvas.setCreator(f"MapStudio {__version__}")
    canvas.setProducer(f"MapStudio {__version__} (reportlab)")
    canvas.setKeywords(", ".join(["customer journey", *names]))


def _draw_poster_marks(canvas: Canvas, plan: SheetPlan, map_name: str) -> None:
    """Crop marks at the tile's corners and the sheet's place in the grid, outside the tile."""
    canvas.setStrokeColorRGB(*c.rgb(c.CROP_MARK))
    canvas.setLineWidth(0.5)
    for x1, y1, x2, y2 in crop_marks(plan.tile):
        canvas.line(x1, y1, x2, y2)
    label = sheet_label(plan, map_name)
    # The label sits in the bottom margin between the vertical crop marks.
    baseline = plan.page_height - 6 * MM
    cell = min(2.2 * MM, 7 * MM / plan.rows)
    grid_w, gap = plan.columns * cell, 3 * MM
    available = plan.tile.w - 6 * MM - grid_w - gap
    width = pdfmetrics.stringWidth(label, font_name(False), LABEL_SIZE)
    size = LABEL_SIZE if width <= available else max(4.0, LABEL_SIZE * available / width)
    width = pdfmetrics.stringWidth(label, font_name(False), size)
    x = (plan.page_width - width - grid_w - gap) / 2
    draw_string(canvas, label, x, baseline, size, False, c.rgb(c.TEXT_MUTED))
    _draw_grid_glyph(canvas, plan, x + width + gap, plan.page_height - 9.5 * MM, cell)


def _draw_grid_glyph(canvas: Canvas, plan: SheetPlan, x: float, y: float, cell: float) -> None:
    """A tiny COLS×ROWS grid with this sheet's square filled: where it goes on the wall."""
    canvas.setLineWidth(0.4)
    canvas.setStrokeColorRGB(*c.rgb(c.TEXT_MUTED))
    for r in range(plan.rows):
        for col in range(plan.columns):
            here = (r + 1, col + 1) == (plan.row, plan.column)
            canvas.setFillColorRGB(*c.rgb(c.TEXT_MUTED if here else c.MAP_BACKGROUND))
            canvas.rect(x + col * cell, y + r * cell, cell, cell, stroke=1, fill=1)
