"""Text objects written straight (`export/pdf_text.py`) are reportlab's, byte for byte.

The reference is reportlab's own `PDFTextObject`, driven as the writer drew
text before: setFont, setFillColorRGB, setTextTransform, textLine per line.
The texts use more characters than one font subset holds, so lines switch
subsets mid-line; the whole saved PDFs (embedded subsets included) must match.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from mapstudio.export import ExportOptions, export_project
from mapstudio.export.colours import RGB
from mapstudio.export.pdf_drawing import TEXT, TEXT_MUTED
from mapstudio.export.pdf_fonts import font_name, register_fonts
from mapstudio.export.pdf_text import text_writer
from mapstudio.model.geometry import MapLayout, Rect, TextBlock
from mapstudio.model.layout import layout_map

from .conftest import example_project, normalise
from .glyph_project import MAP_ID, glyph_project

Blocks = list[tuple[TextBlock, RGB]]

# A font switch right after a run of text: a line whose characters sit in two subsets.
MID_LINE_SWITCH = re.compile(r"\) Tj /F\d+\+(\d+) [\d.]+ Tf")


def _text_objects(layout: MapLayout) -> Iterator[Blocks]:
    """The text objects the map writer draws: headers, lane titles, then one per card."""
    for column in layout.phases:
        yield [(column.name, (1.0, 1.0, 1.0))]
    for row in layout.lanes:
        yield [(row.title, TEXT)]
    for box in layout.cards.values():
        blocks = [(box.title, TEXT)]
        if box.description is not None:
            blocks.append((box.description, TEXT_MUTED))
        yield blocks


def _reference(canvas: Canvas, blocks: Blocks) -> None:
    """What the writer did before: reportlab's text object, one textLine per line."""
    text = canvas.beginText()
    for block, colour in blocks:
        name = font_name(block.bold)
        text.setFont(name, block.font_size, block.line_height)
        text.setFillColorRGB(*colour)
        ascent, descent = pdfmetrics.getAscentDescent(name, block.font_size)
        baseline = (block.line_height - (ascent - descent)) / 2 + ascent
        text.setTextTransform(1, 0, 0, -1, block.rect.x, block.rect.y + baseline)
        for line in block.lines:
            text.textLine(line)
    canvas.drawText(text)


def _written(canvas: Canvas, blocks: Blocks) -> None:
    canvas.addLiteral(text_writer(canvas).text_object(blocks))


def _both(objects: list[Blocks]) -> tuple[Canvas, Canvas, io.BytesIO, io.BytesIO]:
    register_fonts()
    files = io.BytesIO(), io.BytesIO()
    reference, written = (Canvas(f, pageCompression=0, invariant=1) for f in files)
    for blocks in objects:
        _reference(reference, blocks)
        _written(written, blocks)
    return reference, written, *files


def _saved(canvas: Canvas, target: io.BytesIO) -> bytes:
    canvas.showPage()
    canvas.save()
    return target.getvalue()


@pytest.mark.parametrize("make", [glyph_project, example_project], ids=["glyphs", "example"])
def test_text_objects_are_reportlabs_byte_for_byte(make: object) -> None:
    project = make()  # type: ignore[operator]
    map_id = MAP_ID if make is glyph_project else project.maps()[0].id
    objects = list(_text_objects(layout_map(project, map_id)))
    reference, written, ref_file, written_file = _both(objects)
    assert written.getCurrentPageContent() == reference.getCurrentPageContent()
    assert _saved(written, written_file) == _saved(reference, ref_file)


def test_lines_that_span_two_subsets_switch_font_mid_line_as_reportlab_does() -> None:
    objects = list(_text_objects(layout_map(glyph_project(), MAP_ID)))
    reference, written, _, _ = _both(objects)
    content = written.getCurrentPageContent()
    switches = {int(subset) for subset in MID_LINE_SWITCH.findall(content)}
    assert 0 in switches and any(s > 0 for s in switches)  # into a later subset and back
    assert content == reference.getCurrentPageContent()


def test_new_characters_in_a_later_text_keep_their_first_code() -> None:
    """A character first met in the middle of the page keeps the code reportlab gave it."""
    block = TextBlock(("Été à Noël", "Ωμέγα « 12 € »", "", "Été Ωμέγα"), Rect(0, 0, 100, 60), 9, 11)
    late = TextBlock(("Привет Été",), Rect(0, 80, 100, 20), 9, 11, bold=True)
    objects: list[Blocks] = [[(block, TEXT)], [(late, TEXT_MUTED), (block, TEXT)]]
    reference, written, ref_file, written_file = _both(objects)
    assert written.getCurrentPageContent() == reference.getCurrentPageContent()
    assert _saved(written, written_file) == _saved(reference, ref_file)


def test_no_break_spaces_and_missing_glyphs_encode_as_reportlab() -> None:
    text = TextBlock(("12\u00a0€\u00a0HT", "漢字 ok", "\u00a0"), Rect(0, 0, 100, 40), 8, 10)
    reference, written, _, _ = _both([[(text, TEXT)], [(text, TEXT)]])
    assert written.getCurrentPageContent() == reference.getCurrentPageContent()


def test_every_glyph_title_is_selectable_text_in_the_pdf(tmp_path: Path) -> None:
    project = glyph_project()
    out = tmp_path / "glyphes.pdf"
    export_project(project, out, ExportOptions())
    text = normalise(PdfReader(out).pages[0].extract_text())
    titles = [card.title for card in project.cards(MAP_ID)]
    missing = [title for title in titles if normalise(title) not in text]
    assert not missing
