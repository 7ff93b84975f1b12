"""The canvas's calm palette as QColors, from the one Qt-free table in `export/colours.py`.

Soft fills keep a dense map readable; a darker border and an accent strip of
the same hue tell card kinds apart at a glance. Red is kept for frustrations
and green for opportunities so those two stand out on any map. The hex
values live in `mapstudio.export.colours`, which the Qt-free PDF writer
reads too, so screen and print cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from mapstudio.export import colours as hex_colours
from mapstudio.model.kinds import CardKind, LaneKind


@dataclass(frozen=True)
class CardColours:
    fill: QColor
    border: QColor
    accent: QColor


CARD_COLOURS: dict[CardKind, CardColours] = {
    kind: CardColours(QColor(fill), QColor(border), QColor(accent))
    for kind, (fill, border, accent) in hex_colours.CARD_COLOURS.items()
}

LANE_HEADER_COLOURS: dict[LaneKind, QColor] = {
    kind: QColor(value) for kind, value in hex_colours.LANE_HEADER_COLOURS.items()
}

MAP_BACKGROUND = QColor(hex_colours.MAP_BACKGROUND)
HEADER_BAND = QColor(hex_colours.HEADER_BAND)
HEADER_BORDER = QColor(hex_colours.HEADER_BORDER)
PHASE_HEADER = QColor(hex_colours.PHASE_HEADER)
PHASE_HEADER_TEXT = QColor(hex_colours.PHASE_HEADER_TEXT)
PHASE_HEADER_ALT = QColor(hex_colours.PHASE_HEADER_ALT)
CELL_GRID = QColor(hex_colours.CELL_GRID)
COLUMN_STRIPE = QColor(hex_colours.COLUMN_STRIPE)
TEXT = QColor(hex_colours.TEXT)
TEXT_MUTED = QColor(hex_colours.TEXT_MUTED)
FRUSTRATION_RED = QColor(hex_colours.FRUSTRATION_RED)
OPPORTUNITY_GREEN = QColor(hex_colours.OPPORTUNITY_GREEN)
FLOW = QColor(hex_colours.FLOW)
EMOTION_LINE = QColor(hex_colours.EMOTION_LINE)
ZERO_LINE = QColor(hex_colours.ZERO_LINE)
AVATAR_BACKGROUND = QColor(hex_colours.AVATAR_BACKGROUND)
AVATAR_FOREGROUND = QColor(hex_colours.AVATAR_FOREGROUND)

# Screen-only colours: the page has no window background, selection or drop target.
CANVAS_BACKGROUND = QColor("#f3f4f6")
SELECTION = QColor("#2f7de1")
DROP_HIGHLIGHT = QColor(47, 125, 225, 40)
DROP_LINE = QColor("#2f7de1")


def emotion_colour(emotion: float) -> QColor:
    """Red at −2 through amber at 0 to green at +2, the same ramp as the PDF."""
    return QColor.fromRgbF(*hex_colours.emotion_colour(emotion))


def card_colours(kind: CardKind) -> CardColours:
    return CARD_COLOURS.get(kind, CARD_COLOURS[CardKind.NOTE])


def lane_header_colour(kind: LaneKind) -> QColor:
    return LANE_HEADER_COLOURS.get(kind, LANE_HEADER_COLOURS[LaneKind.NOTES])
