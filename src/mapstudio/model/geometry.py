"""The layout's vocabulary: what a map looks like, in points (1/72 in).

`model.layout.layout_map` produces a `MapLayout`; the canvas, the PDF and the
image exporters all draw from it, so screen and print agree. Every text is
already wrapped into `lines` that fit their box: drawers never re-wrap, they
draw each line at `TextBlock.line_height` spacing from the block's top.

The pieces are immutable named tuples rather than frozen dataclasses: a
10,000-card map holds some 60,000 of them, and a named tuple is built four
times faster and takes half the memory.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import NamedTuple

from mapstudio.model.kinds import CardKind, LaneKind


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def intersects(self, other: Rect) -> bool:
        """True when the interiors overlap (touching edges do not count)."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def contains(self, other: Rect) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def contains_point(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom


class TextBlock(NamedTuple):
    """Wrapped text: `lines` drawn top-down from `rect`'s top-left."""

    lines: tuple[str, ...]
    rect: Rect
    font_size: float
    line_height: float
    bold: bool = False


class MarkerBadge(NamedTuple):
    """A frustration marker drawn as a red badge on the card or phase it marks."""

    marker_id: str
    rect: Rect
    severity: int


class CardBox(NamedTuple):
    card_id: str
    kind: CardKind
    rect: Rect
    title: TextBlock
    description: TextBlock | None
    channel: str
    emotion: int | None
    severity: int | None  # frustrations only
    channel_icon: Rect | None  # where the channel icon goes (touchpoints)
    badges: tuple[MarkerBadge, ...] = ()


class PhaseColumn(NamedTuple):
    phase_id: str
    header: Rect  # the column's title box, above the lanes
    column: Rect  # header plus every lane's cell in this column
    name: TextBlock
    badges: tuple[MarkerBadge, ...] = ()


class LaneRow(NamedTuple):
    lane_id: str
    kind: LaneKind
    header: Rect  # the row's title box, left of the cells
    row: Rect  # header plus every cell of the row
    title: TextBlock


class Cell(NamedTuple):
    phase_id: str
    lane_id: str
    rect: Rect


class EmotionPoint(NamedTuple):
    """One touchpoint's score on the emotion curve (in the emotions lane)."""

    card_id: str
    x: float
    y: float
    emotion: int


class FlowArrow(NamedTuple):
    """The customer's path between two touchpoints, as a polyline."""

    source: str
    target: str
    points: tuple[tuple[float, float], ...]
    label: str = ""


class PersonaHeader(NamedTuple):
    """The band above the map: who the map is about."""

    rect: Rect
    persona_id: str | None
    photo: Rect | None
    name: TextBlock
    details: TextBlock  # quote, profession, age range, region…
    title: TextBlock  # the map's name


@dataclass(frozen=True)
class MapLayout:
    map_id: str
    width: float
    height: float
    header: PersonaHeader
    phases: tuple[PhaseColumn, ...]
    lanes: tuple[LaneRow, ...]
    cells: tuple[Cell, ...]
    cards: dict[str, CardBox] = field(default_factory=dict)
    emotion_points: tuple[EmotionPoint, ...] = ()
    emotion_band: Rect | None = None  # the emotions lane's cells, where the curve runs
    flows: tuple[FlowArrow, ...] = ()

    def marker_badges(self) -> list[MarkerBadge]:
        """Every marker's badge, on cards then on phases: the order they are stacked in."""
        badges = [badge for box in self.cards.values() for badge in box.badges]
        return badges + [badge for column in self.phases for badge in column.badges]

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The cell under a point (on a shared edge, the first listed).

        A binary search in the grid's columns and rows, not a scan of every
        cell: a drag asks this at every mouse move.
        """
        grid = self._grid
        if grid is None:
            return next((c for c in self.cells if c.rect.contains_point(x, y)), None)
        rights, bottoms = grid
        column, row = bisect_left(rights, x), bisect_left(bottoms, y)
        if column == len(rights) or row == len(bottoms):
            return None
        cell = self.cells[row * len(rights) + column]
        return cell if cell.rect.contains_point(x, y) else None

    @cached_property
    def _grid(self) -> tuple[list[float], list[float]] | None:
        """Column right edges and row bottoms, when `cells` is a regular grid.

        Regular: listed lane by lane, phases left to right, every column one
        x range, every row one y range, both ascending without overlap. Then
        the first listed cell containing a point is in the first column and
        the first row reaching it, which a bisection finds.
        """
        columns, rows = len(self.phases), len(self.lanes)
        if not columns or not rows or len(self.cells) != columns * rows:
            return None
        first_row = [c.rect for c in self.cells[:columns]]
        first_column = [self.cells[r * columns].rect for r in range(rows)]
        for index, cell in enumerate(self.cells):
            row, column = divmod(index, columns)
            across, down = first_row[column], first_column[row]
            if (cell.rect.x, cell.rect.w, cell.rect.y, cell.rect.h) != (
                across.x,
                across.w,
                down.y,
                down.h,
            ):
                return None
        for earlier, later in pairwise(first_row):
            if later.x < earlier.right or later.right <= earlier.right:
                return None
        for earlier, later in pairwise(first_column):
            if later.y < earlier.bottom or later.bottom <= earlier.bottom:
                return None
        return [r.right for r in first_row], [r.bottom for r in first_column]
