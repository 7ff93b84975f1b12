"""The map palette as plain RGB hex: the one table both screen and print draw with.

The PDF writer must run without Qt, so the colours live here as hex;
`ui/style.py` wraps them as QColors for the canvas, so screen and print
cannot drift apart.
"""

from __future__ import annotations

import functools

from mapstudio.model.kinds import EMOTION_MAX, EMOTION_MIN, CardKind, LaneKind

# fill, border, accent
CARD_COLOURS: dict[CardKind, tuple[str, str, str]] = {
    CardKind.TOUCHPOINT: ("#eaf2fb", "#8fb1d6", "#4a7fb8"),
    CardKind.GOAL: ("#eef0fb", "#a3a9d9", "#6670bd"),
    CardKind.ACTION: ("#f1f5ee", "#a9bd9a", "#6f8f5a"),
    CardKind.THOUGHT: ("#fbf6e6", "#d8c48a", "#b8973c"),
    CardKind.FRUSTRATION: ("#fcecea", "#e0a49c", "#d0463a"),
    CardKind.OPPORTUNITY: ("#e9f6ec", "#95cba3", "#2f9e55"),
    CardKind.KPI: ("#f2eef8", "#b7a6d3", "#7d5fb0"),
    CardKind.NOTE: ("#f4f4f2", "#c3c3bc", "#8a8a82"),
}

LANE_HEADER_COLOURS: dict[LaneKind, str] = {
    LaneKind.GOALS: "#e4e7f7",
    LaneKind.TOUCHPOINTS: "#dde9f6",
    LaneKind.ACTIONS: "#e3ecdd",
    LaneKind.THOUGHTS: "#f5eed5",
    LaneKind.EMOTIONS: "#f7e6e9",
    LaneKind.FRUSTRATIONS: "#f7dedb",
    LaneKind.OPPORTUNITIES: "#d9efdf",
    LaneKind.KPIS: "#e8e1f2",
    LaneKind.CHANNELS: "#dcedf0",
    LaneKind.NOTES: "#ebebe7",
}

MAP_BACKGROUND = "#ffffff"
HEADER_BAND = "#f7f8fa"
HEADER_BORDER = "#d5d9df"
PHASE_HEADER = "#3f5573"
PHASE_HEADER_TEXT = "#ffffff"
PHASE_HEADER_ALT = "#4b6385"
CELL_GRID = "#e3e6ea"
COLUMN_STRIPE = "#fafbfc"
TEXT = "#26303b"
TEXT_MUTED = "#5d6873"
FRUSTRATION_RED = "#d0463a"
OPPORTUNITY_GREEN = "#2f9e55"
FLOW = "#6d7f95"
EMOTION_LINE = "#7a8797"
ZERO_LINE = "#c9ced5"
AVATAR_BACKGROUND = "#cfd8e3"
AVATAR_FOREGROUND = "#8a9bb0"
CROP_MARK = "#000000"

_NEGATIVE = "#d0463a"
_NEUTRAL = "#e3b341"
_POSITIVE = "#2f9e55"

RGB = tuple[float, float, float]


def alternate_phase(index: int) -> bool:
    """Whether the phase at `index` takes the alternate tints (`PHASE_HEADER_ALT`,
    `COLUMN_STRIPE`): every other column, so the eye can follow one down."""
    return index % 2 == 1


def rgb(hex_colour: str) -> RGB:
    """`#rrggbb` as 0…1 floats, the form reportlab's setFillColorRGB takes."""
    value = hex_colour.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def darker(colour: RGB, factor: float) -> RGB:
    """Like QColor.darker(factor*100) for the pastel tints used here (value / factor)."""
    return (colour[0] / factor, colour[1] / factor, colour[2] / factor)


@functools.cache
def emotion_colour(emotion: float) -> RGB:
    """Red at −2 through amber at 0 to green at +2 (same ramp as the canvas).

    Cached: a map's faces share a handful of scores, asked for once per face.
    """
    t = (min(max(emotion, EMOTION_MIN), EMOTION_MAX) - EMOTION_MIN) / (EMOTION_MAX - EMOTION_MIN)
    if t < 0.5:
        low, high, t = rgb(_NEGATIVE), rgb(_NEUTRAL), t * 2
    else:
        low, high, t = rgb(_NEUTRAL), rgb(_POSITIVE), t * 2 - 1
    return tuple(a + (b - a) * t for a, b in zip(low, high, strict=True))  # type: ignore[return-value]


@functools.cache
def card_colours(kind: CardKind) -> tuple[RGB, RGB, RGB]:
    """Fill, border and accent of a card kind; cached, as every card of a map asks."""
    fill, border, accent = CARD_COLOURS.get(kind, CARD_COLOURS[CardKind.NOTE])
    return rgb(fill), rgb(border), rgb(accent)


def lane_header_colour(kind: LaneKind) -> RGB:
    return rgb(LANE_HEADER_COLOURS.get(kind, LANE_HEADER_COLOURS[LaneKind.NOTES]))
