"""Bare reportlab PDF export: the same N boxes with their wrapped text.

    python -m benchmarks.baselines.bare_pdf BARE.json OUT.pdf

The baseline of `mapstudio export BIG -o OUT.pdf`: one A4 landscape page, the
map fitted inside a 10 mm margin, DejaVu Sans embedded (accents print), each
card a rounded box with its title and description wrapped by reportlab's own
`simpleSplit` into real, selectable text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from benchmarks.baselines.bare_grid import (
    CARD_PADDING,
    CARD_WIDTH,
    DESCRIPTION_LINES,
    DESCRIPTION_SIZE,
    TEXT_GAP,
    TEXT_WIDTH,
    TITLE_LINES,
    TITLE_SIZE,
    card_height,
    load_data,
    place,
)

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN_PT = 10 / 25.4 * 72
LINE_SPACING = 1.25
FILLS = ((0.91, 0.95, 0.98), (1.0, 0.96, 0.88), (0.93, 0.97, 0.93), (0.96, 0.93, 0.98))


def main(argv: list[str]) -> int:
    source, target = Path(argv[0]), Path(argv[1])
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))
    data = load_data(source)
    title_lh, desc_lh = TITLE_SIZE * LINE_SPACING, DESCRIPTION_SIZE * LINE_SPACING
    wrapped = [
        (
            simpleSplit(title, BOLD, TITLE_SIZE, TEXT_WIDTH)[:TITLE_LINES],
            simpleSplit(description, REGULAR, DESCRIPTION_SIZE, TEXT_WIDTH)[:DESCRIPTION_LINES],
        )
        for _, _, title, description in data.cards
    ]
    heights = [card_height(len(t), len(d), title_lh, desc_lh) for t, d in wrapped]
    corners, width, height = place(data, heights)
    page_w, page_h = landscape(A4)
    scale = min((page_w - 2 * MARGIN_PT) / width, (page_h - 2 * MARGIN_PT) / height)
    canvas = Canvas(str(target), pagesize=(page_w, page_h), pageCompression=1)
    canvas.translate(MARGIN_PT, page_h - MARGIN_PT)  # y down from the top-left, like the map
    canvas.scale(scale, -scale)
    canvas.setLineWidth(0.8)
    canvas.setStrokeColorRGB(0.6, 0.65, 0.69)
    for (_, row, _, _), (title_lines, desc_lines), (x, y), card_h in zip(
        data.cards, wrapped, corners, heights, strict=True
    ):
        canvas.setFillColorRGB(*FILLS[row % len(FILLS)])
        canvas.roundRect(x, y, CARD_WIDTH, card_h, 5, stroke=1, fill=1)
        canvas.setFillColorRGB(0.1, 0.1, 0.12)
        text = canvas.beginText()
        text.setTextTransform(1, 0, 0, -1, x + CARD_PADDING, y + CARD_PADDING + TITLE_SIZE)
        text.setFont(BOLD, TITLE_SIZE, title_lh)
        for line in title_lines:
            text.textLine(line)
        if desc_lines:
            text.moveCursor(0, TEXT_GAP)
            text.setFont(REGULAR, DESCRIPTION_SIZE, desc_lh)
            for line in desc_lines:
                text.textLine(line)
        canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
