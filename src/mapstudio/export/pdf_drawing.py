"""Drawing a `MapLayout` on a reportlab canvas, with the canvas's look.

Everything is drawn in layout coordinates (points, y down): `begin_sheet`
flips the page once, so shapes use the layout's numbers as they are, and only
text and pictures are flipped back locally so they read upright. Text is real
PDF text in the embedded DejaVu Sans: selectable and searchable. The drawing
order follows the canvas's z-order (cells, header band, headers, curve,
faces, cards, flows, markers) and its sizes mirror `ui/canvas/*_item.py`.

A big map repeats the same few drawings thousands of times (a card's box,
an emotion face, a channel icon), so each is drawn once per document as a
PDF form and then placed (`pdf_forms.py`). A card's text is one PDF text
object, its lines placed by the text matrix and encoded by `pdf_text.py`.
What a 10,000-card map draws per card and per flow is written with as few
Python calls as reportlab's output allows, in the same bytes.
"""

from __future__ import annotations

import io
import math

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from mapstudio.export import colours as c
from mapstudio.export.pages import SheetPlan
from mapstudio.export.pdf_fonts import font_name, register_fonts
from mapstudio.export.pdf_forms import FormBook, FormSpec, form_book
from mapstudio.export.pdf_icons import draw_channel_icon
from mapstudio.export.pdf_text import TextWriter, text_writer
from mapstudio.model.geometry import (
    CardBox,
    EmotionPoint,
    FlowArrow,
    MapLayout,
    MarkerBadge,
    PersonaHeader,
    Rect,
    TextBlock,
)
from mapstudio.model.kinds import CardKind

CARD_RADIUS = 5.0
ACCENT_W = 4.0
CARD_BORDER = 0.8  # outline width
CARD_FACE_R = 6.0
CURVE_FACE_R = 8.0
ARROW = 7.0
PHOTO_RADIUS = 8.0
WHITE = (1.0, 1.0, 1.0)
TEXT = c.rgb(c.TEXT)
TEXT_MUTED = c.rgb(c.TEXT_MUTED)
WHOLE_EMOTIONS = (-2.0, -1.0, 0.0, 1.0, 2.0)  # faces of these scores are forms


def begin_sheet(canvas: Canvas, plan: SheetPlan) -> None:
    """Flip to page coordinates with the origin top-left and y down."""
    canvas.saveState()
    canvas.translate(0, plan.page_height)
    canvas.scale(1, -1)


def end_sheet(canvas: Canvas) -> None:
    canvas.restoreState()


def draw_map_on_sheet(
    canvas: Canvas, layout: MapLayout, plan: SheetPlan, photo: bytes | None
) -> None:
    """The map, scaled and clipped as the sheet plan says (page already flipped)."""
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(plan.clip.x, plan.clip.y, plan.clip.w, plan.clip.h)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.translate(*plan.offset)
    canvas.scale(plan.scale, plan.scale)
    draw_map(canvas, layout, photo)
    canvas.restoreState()


def draw_map(canvas: Canvas, layout: MapLayout, photo: bytes | None) -> None:
    """Every part of the map, in layout coordinates."""
    register_fonts()
    _fill_rect(canvas, Rect(0, 0, layout.width, layout.height), c.rgb(c.MAP_BACKGROUND))
    phase_index = {col.phase_id: i for i, col in enumerate(layout.phases)}
    for cell in layout.cells:
        shaded = c.alternate_phase(phase_index.get(cell.phase_id, 0))
        _fill_rect(canvas, cell.rect, c.rgb(c.COLUMN_STRIPE if shaded else c.MAP_BACKGROUND))
        _line(
            canvas,
            c.rgb(c.CELL_GRID),
            0.8,
            cell.rect.right,
            cell.rect.y,
            cell.rect.right,
            cell.rect.bottom,
        )
        _line(
            canvas,
            c.rgb(c.CELL_GRID),
            0.8,
            cell.rect.x,
            cell.rect.bottom,
            cell.rect.right,
            cell.rect.bottom,
        )
    _draw_header(canvas, layout.header, photo)
    for index, column in enumerate(layout.phases):
        fill = c.rgb(c.PHASE_HEADER_ALT if c.alternate_phase(index) else c.PHASE_HEADER)
        h = column.header
        canvas.setFillColorRGB(*fill)
        canvas.roundRect(h.x + 1, h.y + 1, h.w - 2, h.h - 2, 4, stroke=0, fill=1)
        draw_text_block(canvas, column.name, c.rgb(c.PHASE_HEADER_TEXT))
    for row in layout.lanes:
        tint = c.lane_header_colour(row.kind)
        h = row.header
        _fill_rect(canvas, h, tint)
        _line(canvas, c.rgb(c.CELL_GRID), 0.8, h.x, h.bottom, h.right, h.bottom)
        _fill_rect(canvas, Rect(h.x, h.y, 3, h.h), c.darker(tint, 1.25))
        draw_text_block(canvas, row.title, c.rgb(c.TEXT))
    _draw_curve(canvas, layout.emotion_band, layout.emotion_points)
    for point in layout.emotion_points:
        draw_face(canvas, point.x, point.y, CURVE_FACE_R, point.emotion)
    book, text = form_book(canvas), text_writer(canvas)
    for box in layout.cards.values():
        _draw_card(book, text, box)
    for arrow in layout.flows:
        _draw_flow(canvas, arrow)
    for badge in layout.marker_badges():
        draw_badge(canvas, badge)


# ------------------------------------------------------------------ primitives
def _fill_rect(canvas: Canvas, rect: Rect, colour: c.RGB) -> None:
    canvas.setFillColorRGB(*colour)
    canvas.rect(rect.x, rect.y, rect.w, rect.h, stroke=0, fill=1)


def _line(
    canvas: Canvas, colour: c.RGB, width: float, x1: float, y1: float, x2: float, y2: float
) -> None:
    canvas.setStrokeColorRGB(*colour)
    canvas.setLineWidth(width)
    canvas.line(x1, y1, x2, y2)


def draw_string(
    canvas: Canvas, text: str, x: float, baseline: float, size: float, bold: bool, colour: c.RGB
) -> None:
    """One upright line of real text whose baseline is at layout `baseline`."""
    canvas.saveState()
    canvas.translate(x, baseline)
    canvas.scale(1, -1)
    canvas.setFillColorRGB(*colour)
    canvas.setFont(font_name(bold), size)
    canvas.drawString(0, 0, text)
    canvas.restoreState()


def draw_text_block(canvas: Canvas, block: TextBlock, colour: c.RGB) -> None:
    """The layout's lines as they are: one per line height, never re-wrapped.

    One PDF text object (see `pdf_text.TextWriter`). It sets its own colour
    and font, so it needs no saved graphics state; it leaves the fill colour
    set to `colour`, which every shape drawn here sets again for itself.
    """
    if block.lines:
        canvas.addLiteral(text_writer(canvas).text_object(((block, colour),)))


def draw_face(canvas: Canvas, cx: float, cy: float, r: float, emotion: float) -> None:
    """A round face coloured and shaped by an emotion score (−2 … +2), as a form."""
    _place_face(form_book(canvas), cx, cy, r, emotion)


def _place_face(book: FormBook, cx: float, cy: float, r: float, emotion: float) -> None:
    name = book.names.get(("face", r, emotion))
    if name is None:
        if float(emotion) not in WHOLE_EMOTIONS:  # a one-off: drawn in place
            _draw_face_shapes(book.canvas, cx, cy, r, emotion)
            return
        name = book.name(("face", r, emotion), lambda: _face_form(r, emotion))
    book.place(name, cx, cy)


def _face_form(r: float, emotion: float) -> FormSpec:
    reach = r + max(0.6, r / 8)
    return (
        f"MsFace{round(r * 100)}E{round(emotion) + 2}",
        Rect(-reach, -reach, 2 * reach, 2 * reach),
        lambda form: _draw_face_shapes(form, 0.0, 0.0, r, emotion),
    )


def _draw_face_shapes(canvas: Canvas, cx: float, cy: float, r: float, emotion: float) -> None:
    colour = c.emotion_colour(emotion)
    canvas.setFillColorRGB(*colour)
    canvas.setStrokeColorRGB(*c.darker(colour, 1.3))
    canvas.setLineWidth(max(0.6, r / 8))
    canvas.circle(cx, cy, r, stroke=1, fill=1)
    canvas.setFillColorRGB(*WHITE)
    for dx in (-0.35, 0.35):
        canvas.circle(cx + dx * r, cy - 0.25 * r, r * 0.12, stroke=0, fill=1)
    canvas.setStrokeColorRGB(*WHITE)
    canvas.setLineWidth(max(0.8, r / 6))
    canvas.setLineCap(1)
    x0, y0, x2 = cx - 0.45 * r, cy + 0.3 * r, cx + 0.45 * r
    qy = y0 + 0.22 * r * float(emotion)
    mouth = canvas.beginPath()
    mouth.moveTo(x0, y0)
    mouth.curveTo(
        x0 + 2 / 3 * (cx - x0),
        y0 + 2 / 3 * (qy - y0),
        x2 + 2 / 3 * (cx - x2),
        y0 + 2 / 3 * (qy - y0),
        x2,
        y0,
    )
    canvas.drawPath(mouth, stroke=1, fill=0)
    canvas.setLineCap(0)


def draw_badge(canvas: Canvas, badge: MarkerBadge) -> None:
    """A red round badge with the frustration's severity number."""
    r = badge.rect
    canvas.setFillColorRGB(*c.rgb(c.FRUSTRATION_RED))
    canvas.setStrokeColorRGB(*WHITE)
    canvas.setLineWidth(1.2)
    canvas.ellipse(r.x, r.y, r.right, r.bottom, stroke=1, fill=1)
    size = r.h * 0.62
    text = str(badge.severity)
    width = pdfmetrics.stringWidth(text, font_name(True), size)
    ascent, descent = pdfmetrics.getAscentDescent(font_name(True), size)
    baseline = r.y + r.h / 2 + (ascent + descent) / 2
    draw_string(canvas, text, r.x + (r.w - width) / 2, baseline, size, True, WHITE)


# -------------------------------------------------------------------- header
def _draw_header(canvas: Canvas, header: PersonaHeader, photo: bytes | None) -> None:
    r = header.rect
    _fill_rect(canvas, r, c.rgb(c.HEADER_BAND))
    _line(canvas, c.rgb(c.HEADER_BORDER), 0.8, r.x, r.bottom, r.right, r.bottom)
    if header.photo is not None:
        draw_photo(canvas, header.photo, photo)
    draw_text_block(canvas, header.name, c.rgb(c.TEXT))
    draw_text_block(canvas, header.details, c.rgb(c.TEXT_MUTED))
    draw_text_block(canvas, header.title, c.rgb(c.TEXT))


def _image(photo: bytes | None) -> ImageReader | None:
    if not photo:
        return None
    try:
        reader = ImageReader(io.BytesIO(photo))
        reader.getSize()
    except Exception:  # an unreadable photo prints as the neutral avatar
        return None
    return reader


def draw_photo(
    canvas: Canvas, target: Rect, photo: bytes | None, radius: float = PHOTO_RADIUS
) -> None:
    """The persona's photo covering `target` (cropped centrally), or an avatar."""
    canvas.saveState()
    clip = canvas.beginPath()
    clip.roundRect(target.x, target.y, target.w, target.h, radius)
    canvas.clipPath(clip, stroke=0, fill=0)
    reader = _image(photo)
    if reader is not None:
        iw, ih = reader.getSize()
        scale = max(target.w / iw, target.h / ih)
        w, h = iw * scale, ih * scale
        x, y = target.x + (target.w - w) / 2, target.y + (target.h - h) / 2
        canvas.translate(x, y + h)
        canvas.scale(1, -1)
        canvas.drawImage(reader, 0, 0, w, h, mask="auto")
    else:
        _draw_avatar(canvas, target)
    canvas.restoreState()
    canvas.setStrokeColorRGB(*c.rgb(c.HEADER_BORDER))
    canvas.setLineWidth(1.0)
    canvas.roundRect(target.x, target.y, target.w, target.h, radius, stroke=1, fill=0)


def _draw_avatar(canvas: Canvas, t: Rect) -> None:
    """A neutral head-and-shoulders silhouette for a persona without a photo."""
    _fill_rect(canvas, t, c.rgb(c.AVATAR_BACKGROUND))
    canvas.setFillColorRGB(*c.rgb(c.AVATAR_FOREGROUND))
    head_x, head_y = t.x + t.w / 2, t.y + t.h * 0.38
    canvas.circle(head_x, head_y, t.w * 0.18, stroke=0, fill=1)
    canvas.ellipse(
        t.x + t.w * 0.18, t.y + t.h * 0.62, t.x + t.w * 0.82, t.y + t.h * 1.32, stroke=0, fill=1
    )


# --------------------------------------------------------------------- cards
def _draw_card(book: FormBook, text: TextWriter, box: CardBox) -> None:
    """Box, title and description, channel icon, emotion face: ~four literals per card.

    Cards of one kind and size look the same: their box is one form, placed;
    icons and faces likewise. The form keys are plain tuples, so a card asks
    for no name, rectangle or drawing unless its form is new.
    """
    kind, r = box.kind, box.rect
    book.place(book.name((kind, r.w, r.h), lambda: _card_form(kind, r)), r.x, r.y)
    # Title and description: one text object per card, as bare reportlab would.
    blocks = [(box.title, TEXT)] if box.title.lines else []
    if box.description is not None and box.description.lines:
        blocks.append((box.description, TEXT_MUTED))
    book.canvas.addLiteral(text.text_object(blocks))
    icon = box.channel_icon
    if icon is not None:
        channel = box.channel
        name = book.name(("icon", channel, kind, icon.w), lambda: _icon_form(channel, kind, icon))
        book.place(name, icon.x, icon.y)
    if box.emotion is not None and kind == CardKind.TOUCHPOINT:
        # Like CardItem._paint_face: at the right end of the icon strip.
        cy = icon.center[1] if icon is not None else r.y + CARD_FACE_R + 6
        _place_face(book, r.right - CARD_FACE_R - 8, cy, CARD_FACE_R, box.emotion)


def _card_form(kind: CardKind, r: Rect) -> FormSpec:
    fill, border, accent = c.card_colours(kind)
    return (
        f"MsCard{kind.value}W{round(r.w * 100)}H{round(r.h * 100)}",
        Rect(-CARD_BORDER, -CARD_BORDER, r.w + 2 * CARD_BORDER, r.h + 2 * CARD_BORDER),
        lambda form: _draw_card_box(form, Rect(0, 0, r.w, r.h), fill, border, accent),
    )


def _icon_form(channel: str, kind: CardKind, icon: Rect) -> FormSpec:
    accent = c.card_colours(kind)[2]
    margin = max(0.9, icon.w / 14)
    return (
        f"MsIcon{_form_key(channel)}K{kind.value}S{round(icon.w * 100)}",
        Rect(-margin, -margin, icon.w + 2 * margin, icon.h + 2 * margin),
        lambda form: _draw_icon(form, channel, Rect(0, 0, icon.w, icon.h), accent),
    )


def _draw_card_box(canvas: Canvas, r: Rect, fill: c.RGB, border: c.RGB, accent: c.RGB) -> None:
    """A card's rounded box: filled, its accent strip clipped to the corners, outlined."""
    canvas.saveState()
    shape = canvas.beginPath()
    shape.roundRect(r.x, r.y, r.w, r.h, CARD_RADIUS)
    canvas.setFillColorRGB(*fill)
    canvas.clipPath(shape, stroke=0, fill=1)
    _fill_rect(canvas, Rect(r.x, r.y, ACCENT_W, r.h), accent)
    canvas.restoreState()
    canvas.setStrokeColorRGB(*border)
    canvas.setLineWidth(CARD_BORDER)
    canvas.roundRect(r.x, r.y, r.w, r.h, CARD_RADIUS, stroke=1, fill=0)


def _draw_icon(canvas: Canvas, channel: str, icon: Rect, accent: c.RGB) -> None:
    canvas.setStrokeColorRGB(*accent)
    canvas.setFillColorRGB(*accent)
    canvas.setLineWidth(max(0.9, icon.w / 14))
    canvas.setLineJoin(1)
    canvas.setLineCap(1)
    draw_channel_icon(canvas, channel, icon)


def _form_key(channel: str) -> str:
    """A PDF-name-safe key for any channel (channels are free text)."""
    return "".join(ch if ch.isascii() and ch.isalnum() else f"_{ord(ch):x}" for ch in channel)


# ------------------------------------------------------------- curve, flows
def _smooth(
    canvas: Canvas, points: list[tuple[float, float]], top: float, bottom: float
) -> PDFPathObject:
    """A Catmull-Rom spline through the points, as the canvas's `smooth_path` draws it.

    Control points stay between their segment's ends horizontally and inside
    the band vertically: no loops, no bulge outside the emotions lane.
    """
    path = canvas.beginPath()
    path.moveTo(*points[0])
    pts = [points[0], *points, points[-1]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        low_x, high_x = sorted((p1[0], p2[0]))
        controls = [
            (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6),
            (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6),
        ]
        (c1x, c1y), (c2x, c2y) = (
            (min(max(x, low_x), high_x), min(max(y, top), bottom)) for x, y in controls
        )
        path.curveTo(c1x, c1y, c2x, c2y, *p2)
    return path


def _draw_curve(canvas: Canvas, band: Rect | None, points: tuple[EmotionPoint, ...]) -> None:
    if band is None:
        return
    zero_y = band.y + band.h / 2
    canvas.setDash(3, 2)
    _line(canvas, c.rgb(c.ZERO_LINE), 0.8, band.x + 4, zero_y, band.right - 4, zero_y)
    canvas.setDash()
    ordered = list(points)  # map order, as laid out (like the canvas)
    if len(ordered) < 2:
        return
    canvas.setStrokeColorRGB(*c.rgb(c.EMOTION_LINE))
    canvas.setLineWidth(2.0)
    canvas.setLineCap(1)
    path = _smooth(canvas, [(p.x, p.y) for p in ordered], band.y + 2, band.bottom - 2)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.setLineCap(0)


def _draw_flow(canvas: Canvas, arrow: FlowArrow) -> None:
    """The layout's polyline, stopping short of the tip, then a filled arrow head.

    Written as one literal, the operators the canvas's own calls would write
    (pen, path stroked, head filled, joins and caps back to the default): a
    big map has thousands of flows, and a Python call per operator showed.
    `tests/export/test_pdf_work.py` checks it against those calls.
    """
    points = arrow.points
    if len(points) < 2:
        return
    (tx, ty), (bx, by) = points[-1], points[-2]
    angle = math.atan2(ty - by, tx - bx)
    cos, sin = math.cos(angle), math.sin(angle)
    back_x, back_y = tx - ARROW * cos, ty - ARROW * sin
    spread = ARROW * 0.55
    stroke = " ".join(
        [
            "n",
            f"{fp_str(points[0])} m",
            *[f"{fp_str(point)} l" for point in points[1:-1]],
            f"{fp_str(back_x, back_y)} l",
        ]
    )
    head = (
        f"n {fp_str(tx, ty)} m {fp_str(back_x + spread * sin, back_y - spread * cos)} l "
        f"{fp_str(back_x - spread * sin, back_y + spread * cos)} l h"
    )
    # "f*": reportlab canvases fill even-odd unless told otherwise (ours never are).
    canvas.addLiteral(f"{_FLOW_PEN}\n{stroke}\nS\n{head}\nf*\n0 j\n0 J")


# setStrokeColorRGB, setFillColorRGB, setLineWidth(1.6), setLineJoin(1), setLineCap(1)
_FLOW_PEN = "\n".join(
    (f"{fp_str(c.rgb(c.FLOW))} RG", f"{fp_str(c.rgb(c.FLOW))} rg", f"{fp_str(1.6)} w", "1 j", "1 J")
)
