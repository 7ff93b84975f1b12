"""The persona sheet: one page about the customer a map is for, before the map.

Workshop participants read it first: photo, name, quote, then every persona
field that has a value. Labels are English for now (a small table below);
they move to the translation catalogue when the app is translated.
"""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from mapstudio.export import colours as c
from mapstudio.export.pages import MM, PageSize
from mapstudio.export.pdf_drawing import draw_photo, draw_string
from mapstudio.export.pdf_fonts import font_name, register_fonts
from mapstudio.model import wording
from mapstudio.model.geometry import Rect
from mapstudio.model.records import Persona

MARGIN = 18 * MM
PHOTO = 42 * MM
LABEL_W = 42 * MM


def persona_fields(persona: Persona, lang: str = "en") -> list[tuple[str, str]]:
    """(label, text) for every field with a value, in sheet order, labelled in `lang`."""
    rows: list[tuple[str, str]] = []
    for name in wording.PERSONA_FIELDS:
        value = getattr(persona, name)
        if name == "buying_roles":
            text = wording.buying_role_names(value, lang)
        else:
            text = str(value or "").strip()
        if text:
            rows.append((wording.persona_label(name, lang), text))
    return rows


def draw_persona_sheet(
    canvas: Canvas, persona: Persona, page: PageSize, subtitle: str, lang: str = "en"
) -> None:
    """Draw the sheet on the current page (already flipped: origin top-left, y down).

    The field text shrinks until everything fits, so a long persona never runs
    off the page.
    """
    register_fonts()
    x, y = MARGIN, MARGIN
    width = page.width - 2 * MARGIN
    draw_photo(canvas, Rect(x, y, PHOTO, PHOTO), persona.photo, radius=10)
    tx = x + PHOTO + 8 * MM
    text_w = page.width - MARGIN - tx
    size = 26.0
    name = persona.name or wording.persona_label("persona", lang)
    draw_string(canvas, name, tx, y + size, size, True, c.rgb(c.TEXT))
    ty = y + size + 8
    if subtitle:
        draw_string(canvas, subtitle, tx, ty + 11, 11, False, c.rgb(c.TEXT_MUTED))
        ty += 20
    if persona.quote.strip():
        quote = wording.quoted(persona.quote.strip(), lang)
        for line in simpleSplit(quote, font_name(False), 14, text_w)[:5]:
            ty += 18
            draw_string(canvas, line, tx, ty, 14, False, c.rgb(c.TEXT))
    top = max(y + PHOTO, ty) + 10 * MM
    canvas.setStrokeColorRGB(*c.rgb(c.HEADER_BORDER))
    canvas.setLineWidth(0.8)
    canvas.line(x, top - 5 * MM, x + width, top - 5 * MM)
    _draw_fields(
        canvas,
        persona_fields(persona, lang),
        Rect(x, top, width, page.height - MARGIN - top),
        base=11.0 * min(1.6, max(1.0, min(page.width, page.height) / 595.0)),
    )


def _draw_fields(canvas: Canvas, rows: list[tuple[str, str]], area: Rect, base: float) -> None:
    size = base
    while True:
        leading = size * 1.35
        # The label column fits the longest label (French ones run longer).
        label_w = max(
            [LABEL_W] + [stringWidth(label, font_name(True), size) + 4 * MM for label, _ in rows]
        )
        value_w = area.w - label_w
        wrapped = [
            (label, simpleSplit(text.replace("\n", " "), font_name(False), size, value_w))
            for label, text in rows
        ]
        height = sum(max(1, len(lines)) * leading + size * 0.8 for _, lines in wrapped)
        if height <= area.h or size <= 6:
            break
        size -= 0.5
    y = area.y
    for label, lines in wrapped:
        if y + leading > area.bottom:
            break
        draw_string(canvas, label, area.x, y + size, size, True, c.rgb(c.TEXT_MUTED))
        for line in lines:
            if y + leading > area.bottom + 0.01:
                break
            draw_string(canvas, line, area.x + label_w, y + size, size, False, c.rgb(c.TEXT))
            y += leading
        y += size * 0.8
