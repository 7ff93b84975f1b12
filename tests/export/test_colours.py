"""The PDF's Qt-free palette must be the canvas's palette."""

from __future__ import annotations

from mapstudio.export import colours
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.ui import style


def test_card_and_lane_colours_match_the_canvas() -> None:
    for kind in CardKind:
        ui = style.card_colours(kind)
        assert colours.CARD_COLOURS[kind] == (ui.fill.name(), ui.border.name(), ui.accent.name())
    for kind in LaneKind:
        assert colours.LANE_HEADER_COLOURS[kind] == style.lane_header_colour(kind).name()


def test_named_colours_match_the_canvas() -> None:
    for name in (
        "MAP_BACKGROUND", "HEADER_BAND", "HEADER_BORDER", "PHASE_HEADER", "PHASE_HEADER_TEXT",
        "PHASE_HEADER_ALT", "CELL_GRID", "COLUMN_STRIPE", "TEXT", "TEXT_MUTED",
        "FRUSTRATION_RED", "FLOW", "EMOTION_LINE", "ZERO_LINE", "AVATAR_BACKGROUND",
        "AVATAR_FOREGROUND",
    ):  # fmt: skip
        assert getattr(colours, name) == getattr(style, name).name(), name


def test_emotion_ramp_matches() -> None:
    for score in (-2, -1, -0.5, 0, 1, 2):
        ui = style.emotion_colour(score)
        ours = colours.emotion_colour(score)
        assert abs(ui.redF() - ours[0]) < 0.01
        assert abs(ui.greenF() - ours[1]) < 0.01
        assert abs(ui.blueF() - ours[2]) < 0.01
