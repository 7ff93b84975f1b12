"""The bare baselines' grid: cards stacked in 190-point columns, rows as tall as
their tallest cell. Pure Python, shared by the Qt and reportlab baselines.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

# The grid, in points (scene units): the same sizes as MapStudio's layout.
MARGIN = 24.0
LANE_HEADER = 130.0
HEADER_BAND = 120.0
COLUMN = 190.0
CELL_PADDING = 10.0
CARD_WIDTH = 170.0
CARD_PADDING = 8.0
CARD_GAP = 8.0
ROW_MIN = 64.0
TEXT_WIDTH = CARD_WIDTH - 2 * CARD_PADDING
TITLE_SIZE, TITLE_LINES = 10.0, 5
DESCRIPTION_SIZE, DESCRIPTION_LINES = 8.5, 4
TEXT_GAP = 3.0


@dataclass(frozen=True)
class BareData:
    """What `benchmarks.generate` writes to NAME.bare.json."""

    columns: int
    rows: int
    cards: list[tuple[int, int, str, str]]  # column, row, title, description


def load_data(path: Path) -> BareData:
    document = json.loads(path.read_text(encoding="utf-8"))
    cards = [(int(c), int(r), str(t), str(d)) for c, r, t, d in document["cards"]]
    return BareData(int(document["columns"]), int(document["rows"]), cards)


def card_height(title_lines: int, description_lines: int, title_lh: float, desc_lh: float) -> float:
    height = 2 * CARD_PADDING + title_lines * title_lh
    if description_lines:
        height += TEXT_GAP + description_lines * desc_lh
    return height


def place(data: BareData, heights: list[float]) -> tuple[list[tuple[float, float]], float, float]:
    """Top-left corners of the cards (in `data.cards` order), and the map's size."""
    cells: dict[tuple[int, int], list[int]] = {}
    for index, (column, row, _, _) in enumerate(data.cards):
        cells.setdefault((row, column), []).append(index)
    corners: list[tuple[float, float]] = [(0.0, 0.0)] * len(data.cards)
    y = MARGIN + HEADER_BAND
    for row in range(data.rows):
        tallest = ROW_MIN
        for column in range(data.columns):
            x = MARGIN + LANE_HEADER + column * COLUMN + CELL_PADDING
            card_y = y + CELL_PADDING
            for index in cells.get((row, column), ()):
                corners[index] = (x, card_y)
                card_y += heights[index] + CARD_GAP
            tallest = max(tallest, card_y - y + CELL_PADDING - CARD_GAP)
        y += tallest
    width = 2 * MARGIN + LANE_HEADER + data.columns * COLUMN
    return corners, width, y + MARGIN
