"""What keeps the PDF export of a big map fast, counted rather than timed.

- Card text never goes through reportlab's per-character encoding
  (`PDFTextObject._formatText` -> `TTFont.splitString`) per line: splitString
  runs only for a line with a character not drawn before, so its calls are
  bounded by the map's alphabet, not by its lines.
- Repeated drawings (card boxes, icons, faces) are forms defined once.
- A flow is written as one literal that equals what the canvas calls write.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from benchmarks.generate import MAP_ID, generate_project
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from mapstudio.export import ExportOptions, export_project
from mapstudio.export import colours as c
from mapstudio.export.pdf_drawing import ARROW, _draw_flow
from mapstudio.model.geometry import FlowArrow, MapLayout
from mapstudio.model.layout import layout_map
from mapstudio.model.project import JourneyProject


def _count_calls(monkeypatch: pytest.MonkeyPatch, owner: type, name: str, calls: Counter) -> None:
    """Count calls of `owner.name` in `calls[name]` (until the monkeypatch is undone)."""
    original = getattr(owner, name)

    def counted(*args: Any, **kw: Any) -> Any:
        calls[name] += 1
        return original(*args, **kw)

    monkeypatch.setattr(owner, name, counted)


def _lines(layout: MapLayout) -> list[str]:
    blocks = [box.title for box in layout.cards.values()]
    blocks += [box.description for box in layout.cards.values() if box.description is not None]
    return [line for block in blocks for line in block.lines]


def _badges(layout: MapLayout) -> int:
    return sum(len(box.badges) for box in layout.cards.values()) + sum(
        len(column.badges) for column in layout.phases
    )


@pytest.mark.parametrize("cards", [80, 400])
def test_text_encoding_is_bounded_by_the_alphabet_not_the_lines(
    cards: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = generate_project(cards, photos=False)
    layout = layout_map(project, MAP_ID)
    lines = _lines(layout)
    alphabet = {char for line in lines for char in line}
    calls: Counter[str] = Counter()
    _count_calls(monkeypatch, TTFont, "splitString", calls)
    _count_calls(monkeypatch, PDFTextObject, "_formatText", calls)
    export_project(project, tmp_path / "carte.pdf", ExportOptions())
    monkeypatch.undo()
    badges = _badges(layout)
    # Only a badge's number is still drawn with reportlab's text object.
    assert calls["_formatText"] <= badges
    # Each other splitString call teaches the writer at least one new character.
    assert calls["splitString"] <= len(alphabet) + badges
    assert len(lines) > 3 * len(alphabet)  # so lines would have shown


def _form_work(project: JourneyProject, target: Path, monkeypatch: pytest.MonkeyPatch) -> Counter:
    defined: Counter[str] = Counter()
    placed: Counter[str] = Counter()
    begin, place = Canvas.beginForm, Canvas.doForm

    def begin_form(self: Canvas, name: str, *args: Any, **kw: Any) -> Any:
        defined[name] += 1
        return begin(self, name, *args, **kw)

    def do_form(self: Canvas, name: str) -> Any:
        placed[name] += 1
        return place(self, name)

    monkeypatch.setattr(Canvas, "beginForm", begin_form)
    monkeypatch.setattr(Canvas, "doForm", do_form)
    export_project(project, target, ExportOptions())
    monkeypatch.undo()
    assert set(defined) == set(placed)
    assert max(defined.values()) == 1  # no form drawn twice in one document
    return placed


def test_card_boxes_icons_and_faces_are_forms_drawn_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = generate_project(400, photos=False)
    placed = _form_work(project, tmp_path / "carte.pdf", monkeypatch)
    cards = len(layout_map(project, MAP_ID).cards)
    assert sum(placed.values()) >= cards  # every card's box at least
    assert len(placed) * 4 < sum(placed.values())


def _flow_by_canvas_calls(canvas: Canvas, arrow: FlowArrow) -> None:
    """The flow as drawn with reportlab's canvas methods (what `_draw_flow` writes)."""
    points = arrow.points
    (tx, ty), (bx, by) = points[-1], points[-2]
    angle = math.atan2(ty - by, tx - bx)
    back = (tx - ARROW * math.cos(angle), ty - ARROW * math.sin(angle))
    colour = c.rgb(c.FLOW)
    canvas.setStrokeColorRGB(*colour)
    canvas.setFillColorRGB(*colour)
    canvas.setLineWidth(1.6)
    canvas.setLineJoin(1)
    canvas.setLineCap(1)
    path = canvas.beginPath()
    path.moveTo(*points[0])
    for point in points[1:-1]:
        path.lineTo(*point)
    path.lineTo(*back)
    canvas.drawPath(path, stroke=1, fill=0)
    spread = ARROW * 0.55
    head = canvas.beginPath()
    head.moveTo(tx, ty)
    head.lineTo(back[0] + spread * math.sin(angle), back[1] - spread * math.cos(angle))
    head.lineTo(back[0] - spread * math.sin(angle), back[1] + spread * math.cos(angle))
    head.close()
    canvas.drawPath(head, stroke=0, fill=1)
    canvas.setLineJoin(0)
    canvas.setLineCap(0)


@pytest.mark.parametrize(
    "points",
    [
        ((10.0, 20.0), (200.0, 20.0)),
        ((10.5, 20.25), (60.0, 20.25), (60.0, 140.125), (190.0, 140.125)),
        ((300.0, 80.0), (300.0, 12.5)),
        ((0.1, 0.2), (33.333333, 66.666667), (-5.0, 1e-7)),
    ],
)
def test_a_flow_writes_what_the_canvas_calls_would(points: tuple[tuple[float, float], ...]) -> None:
    arrow = FlowArrow("a", "b", points)
    written, called = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    _draw_flow(written, arrow)
    _flow_by_canvas_calls(called, arrow)
    assert written.getCurrentPageContent() == called.getCurrentPageContent()
