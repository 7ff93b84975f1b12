"""The layout's vocabulary: what a map looks like, in points (1/72 in).

`model.layout.layout_map` produces a `MapLayout`; the canvas, the PDF and the
image exporters all draw from it, so screen and print agree. Every text is
already wrapped into `lines` that fit their box: drawers never re-wrap, they
draw each line at `TextBlock.line_height` spacing from the block's top.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mapstudio.model.kinds import CardKind, LaneKind


@dataclass(frozen=True)
class Rect:
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


@dataclass(frozen=True)
class TextBlock:
    """Wrapped text: `lines` drawn top-down from `rect`'s top-left."""

    lines: tuple[str, ...]
    rect: Rect
    font_size: float
    line_height: float
    bold: bool = False


@dataclass(frozen=True)
class MarkerBadge:
    """A frustration marker drawn as a red badge on the card or phase it marks."""

    marker_id: str
    rect: Rect
    severity: int


@dataclass(frozen=True)
class CardBox:
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


@dataclass(frozen=True)
class PhaseColumn:
    phase_id: str
    header: Rect  # the column's title box, above the lanes
    column: Rect  # header plus every lane's cell in this column
    name: TextBlock
    badges: tuple[MarkerBadge, ...] = ()


@dataclass(frozen=True)
class LaneRow:
    lane_id: str
    kind: LaneKind
    header: Rect  # the row's title box, left of the cells
    row: Rect  # header plus every cell of the row
    title: TextBlock


@dataclass(frozen=True)
class Cell:
    phase_id: str
    lane_id: str
    rect: Rect


@dataclass(frozen=True)
class EmotionPoint:
    """One touchpoint's score on the emotion curve (in the emotions lane)."""

    card_id: str
    x: float
    y: float
    emotion: int


@dataclass(frozen=True)
class FlowArrow:
    """The customer's path between two touchpoints, as a polyline."""

    source: str
    target: str
    points: tuple[tuple[float, float], ...]
    label: str = ""


@dataclass(frozen=True)
class PersonaHeader:
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

    def cell_at(self, x: float, y: float) -> Cell | None:
        for cell in self.cells:
            if cell.rect.contains_point(x, y):
                return cell
        return None
