"""The canvas's calm palette: one place for every colour a map is drawn with.

Soft fills keep a dense map readable; a darker border and an accent strip of
the same hue tell card kinds apart at a glance. Red is kept for frustrations
and green for opportunities so those two stand out on any map.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from mapstudio.model.kinds import EMOTION_MAX, EMOTION_MIN, CardKind, LaneKind


@dataclass(frozen=True)
class CardColours:
    fill: QColor
    border: QColor
    accent: QColor


def _card(fill: str, border: str, accent: str) -> CardColours:
    return CardColours(QColor(fill), QColor(border), QColor(accent))


CARD_COLOURS: dict[CardKind, CardColours] = {
    CardKind.TOUCHPOINT: _card("#eaf2fb", "#8fb1d6", "#4a7fb8"),
    CardKind.GOAL: _card("#eef0fb", "#a3a9d9", "#6670bd"),
    CardKind.ACTION: _card("#f1f5ee", "#a9bd9a", "#6f8f5a"),
    CardKind.THOUGHT: _card("#fbf6e6", "#d8c48a", "#b8973c"),
    CardKind.FRUSTRATION: _card("#fcecea", "#e0a49c", "#d0463a"),
    CardKind.OPPORTUNITY: _card("#e9f6ec", "#95cba3", "#2f9e55"),
    CardKind.KPI: _card("#f2eef8", "#b7a6d3", "#7d5fb0"),
    CardKind.NOTE: _card("#f4f4f2", "#c3c3bc", "#8a8a82"),
}

LANE_HEADER_COLOURS: dict[LaneKind, QColor] = {
    LaneKind.GOALS: QColor("#e4e7f7"),
    LaneKind.TOUCHPOINTS: QColor("#dde9f6"),
    LaneKind.ACTIONS: QColor("#e3ecdd"),
    LaneKind.THOUGHTS: QColor("#f5eed5"),
    LaneKind.EMOTIONS: QColor("#f7e6e9"),
    LaneKind.FRUSTRATIONS: QColor("#f7dedb"),
    LaneKind.OPPORTUNITIES: QColor("#d9efdf"),
    LaneKind.KPIS: QColor("#e8e1f2"),
    LaneKind.CHANNELS: QColor("#dcedf0"),
    LaneKind.NOTES: QColor("#ebebe7"),
}

CANVAS_BACKGROUND = QColor("#f3f4f6")
MAP_BACKGROUND = QColor("#ffffff")
HEADER_BAND = QColor("#f7f8fa")
HEADER_BORDER = QColor("#d5d9df")
PHASE_HEADER = QColor("#3f5573")
PHASE_HEADER_TEXT = QColor("#ffffff")
PHASE_HEADER_ALT = QColor("#4b6385")
CELL_GRID = QColor("#e3e6ea")
COLUMN_STRIPE = QColor("#fafbfc")
TEXT = QColor("#26303b")
TEXT_MUTED = QColor("#5d6873")
FRUSTRATION_RED = QColor("#d0463a")
OPPORTUNITY_GREEN = QColor("#2f9e55")
SELECTION = QColor("#2f7de1")
DROP_HIGHLIGHT = QColor(47, 125, 225, 40)
DROP_LINE = QColor("#2f7de1")
FLOW = QColor("#6d7f95")
EMOTION_LINE = QColor("#7a8797")
ZERO_LINE = QColor("#c9ced5")
AVATAR_BACKGROUND = QColor("#cfd8e3")
AVATAR_FOREGROUND = QColor("#8a9bb0")

_NEGATIVE = QColor("#d0463a")
_NEUTRAL = QColor("#e3b341")
_POSITIVE = QColor("#2f9e55")


def emotion_colour(emotion: float) -> QColor:
    """Red at −2 through amber at 0 to green at +2."""
    t = (min(max(emotion, EMOTION_MIN), EMOTION_MAX) - EMOTION_MIN) / (EMOTION_MAX - EMOTION_MIN)
    low, high, t = (_NEGATIVE, _NEUTRAL, t * 2) if t < 0.5 else (_NEUTRAL, _POSITIVE, t * 2 - 1)
    return QColor.fromRgbF(
        low.redF() + (high.redF() - low.redF()) * t,
        low.greenF() + (high.greenF() - low.greenF()) * t,
        low.blueF() + (high.blueF() - low.blueF()) * t,
    )


def card_colours(kind: CardKind) -> CardColours:
    return CARD_COLOURS.get(kind, CARD_COLOURS[CardKind.NOTE])


def lane_header_colour(kind: LaneKind) -> QColor:
    return LANE_HEADER_COLOURS.get(kind, LANE_HEADER_COLOURS[LaneKind.NOTES])
