"""Where everything of a journey map goes, in points: the one layout all views draw.

`layout_map` turns a map into a `geometry.MapLayout`: a persona header band,
a row of phase headers, a column of lane headers, a grid of cells with their
cards stacked inside, frustration badges, the emotion curve and flow arrows.
The canvas and the PDF exporter both draw from it, so screen and print match.

The grid's columns have a fixed width (one card plus padding) and its rows
grow to their tallest cell, so the layout is a single pass over the cards:
linear in their number, with text wrapping cached in `model.text`.
Everything starts at (0, 0); y grows downwards.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from mapstudio.model.geometry import (
    CardBox,
    Cell,
    EmotionPoint,
    FlowArrow,
    LaneRow,
    MapLayout,
    MarkerBadge,
    PersonaHeader,
    PhaseColumn,
    Rect,
    TextBlock,
)
from mapstudio.model.kinds import EMOTION_MAX, EMOTION_MIN, CardKind, LaneKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Persona
from mapstudio.model.text import TextMetrics

# ---------------------------------------------------------------- page
MARGIN = 24.0  # around the whole map

# ------------------------------------------------------- persona header
HEADER_MIN_WIDTH = 560.0  # the band is as wide as the grid, never narrower than this
HEADER_PADDING = 14.0
HEADER_MIN_HEIGHT = 48.0
PHOTO_SIZE = 72.0  # square, left of the text; reserved even without a photo
HEADER_TEXT_GAP = 4.0  # between the map title, persona name and details
MAP_TITLE_SIZE = 18.0
MAP_TITLE_MAX_LINES = 2
PERSONA_NAME_SIZE = 13.0
PERSONA_NAME_MAX_LINES = 2
DETAILS_SIZE = 9.0
DETAILS_MAX_LINES = 6
HEADER_GAP = 16.0  # between the header band and the grid

# ------------------------------------------------------- grid headers
LANE_HEADER_WIDTH = 130.0
LANE_TITLE_SIZE = 10.0
LANE_TITLE_MAX_LINES = 6
PHASE_NAME_SIZE = 11.0
PHASE_NAME_MAX_LINES = 3
PHASE_HEADER_MIN_HEIGHT = 36.0
HEADER_CELL_PADDING = 8.0  # inside lane and phase header boxes

# --------------------------------------------------------- cells, cards
CARD_WIDTH = 170.0
CELL_PADDING = 10.0
COLUMN_WIDTH = CARD_WIDTH + 2 * CELL_PADDING
ROW_MIN_HEIGHT = 64.0
EMOTION_LANE_HEIGHT = 110.0
EMOTION_MARGIN = 14.0  # the curve's +2 and -2 stay this far inside the band
CARD_GAP = 8.0  # between cards stacked in a cell
CARD_PADDING = 8.0
CARD_MIN_HEIGHT = 32.0
CARD_TEXT_WIDTH = CARD_WIDTH - 2 * CARD_PADDING
CARD_TITLE_SIZE = 10.0
CARD_TITLE_MAX_LINES = 5
CARD_DESCRIPTION_SIZE = 8.5
CARD_DESCRIPTION_MAX_LINES = 4
CARD_TEXT_GAP = 3.0  # title to description, text to the touchpoint strip
TOUCHPOINT_STRIP = 18.0  # channel icon and emotion face at a touchpoint's foot
CHANNEL_ICON_SIZE = 14.0

# -------------------------------------------------------------- badges
BADGE_SIZE = 16.0
BADGE_GAP = 3.0
BADGE_INSET = 4.0  # from the top-right corner of the card or phase header


def layout_map(
    project: JourneyProject, map_id: str, metrics: TextMetrics | None = None
) -> MapLayout:
    """The geometry of one map. Pure: the same project gives an equal layout."""
    return _MapLayouter(project, map_id, metrics or TextMetrics()).run()


def layout_project(project: JourneyProject, metrics: TextMetrics | None = None) -> list[MapLayout]:
    """Layouts of every map, in tab order (for multi-map exports)."""
    metrics = metrics or TextMetrics()
    return [layout_map(project, m.id, metrics) for m in project.maps()]


@dataclass(frozen=True)
class _CardShape:
    """A card measured but not yet placed: its height and offsets from its top."""

    card: Card
    markers: tuple[Card, ...]
    title: tuple[str, ...]
    title_y: float
    description: tuple[str, ...]
    description_y: float
    strip_y: float | None
    height: float


def _badges(markers: tuple[Card, ...], right: float, top: float, width: float) -> list[MarkerBadge]:
    """Badges right to left from (`right`, `top`), wrapping onto further rows."""
    per_row = _badges_per_row(width)
    result = []
    for i, marker in enumerate(markers):
        row, col = divmod(i, per_row)
        x = right - BADGE_INSET - (col + 1) * BADGE_SIZE - col * BADGE_GAP
        y = top + BADGE_INSET + row * (BADGE_SIZE + BADGE_GAP)
        rect = Rect(x, y, BADGE_SIZE, BADGE_SIZE)
        result.append(MarkerBadge(marker.id, rect, marker.severity))
    return result


def _badges_per_row(width: float) -> int:
    return max(1, int((width - 2 * BADGE_INSET + BADGE_GAP) // (BADGE_SIZE + BADGE_GAP)))


def _badge_strip(count: int, width: float) -> float:
    """Height taken at the top of a box by `count` badges (0 for none)."""
    if not count:
        return 0.0
    rows = -(-count // _badges_per_row(width))
    return BADGE_INSET + rows * BADGE_SIZE + (rows - 1) * BADGE_GAP


class _MapLayouter:
    """One run of the layout; holds the map's data read once from the project."""

    def __init__(self, project: JourneyProject, map_id: str, metrics: TextMetrics) -> None:
        self.project = project
        self.map_id = map_id
        self.metrics = metrics
        self.journey_map: JourneyMap = project.map(map_id)
        self.phases = project.phases(map_id)
        self.lanes = project.lanes(map_id)
        # One read of the cards, grouped by cell; cards() lists them in cell order.
        self.cells: dict[tuple[str, str], list[Card]] = defaultdict(list)
        self.markers: dict[str, list[Card]] = defaultdict(list)
        for card in project.cards(map_id):
            if card.phase_id is not None and card.lane_id is not None:
                self.cells[(card.phase_id, card.lane_id)].append(card)
            elif card.marks is not None:
                self.markers[card.marks].append(card)
        for group in self.markers.values():
            group.sort(key=lambda c: (-c.severity, c.order, c.id))  # as `markers_of`

    def _block(
        self, text: str, x: float, y: float, w: float, size: float, bold: bool, max_lines: int
    ) -> TextBlock:
        lines = self.metrics.wrap(text, w, size, bold, max_lines)
        line_height = self.metrics.line_height(size)
        return TextBlock(lines, Rect(x, y, w, len(lines) * line_height), size, line_height, bold)

    # --------------------------------------------------------------- run
    def run(self) -> MapLayout:
        grid_width = LANE_HEADER_WIDTH + len(self.phases) * COLUMN_WIDTH
        content_width = max(HEADER_MIN_WIDTH, grid_width)
        header = self._header(content_width)
        grid_top = header.rect.bottom + HEADER_GAP
        phase_header_h = self._phase_header_height()
        rows_top = grid_top + phase_header_h

        lanes: list[LaneRow] = []
        cells: list[Cell] = []
        boxes: dict[str, CardBox] = {}
        emotion_band: Rect | None = None
        y = rows_top
        for lane in self.lanes:
            title = self._lane_title(lane.title, y)
            shapes = [
                [self._card_shape(c) for c in self.cells.get((p.id, lane.id), ())]
                for p in self.phases
            ]
            height = max(
                ROW_MIN_HEIGHT,
                title.rect.h + 2 * HEADER_CELL_PADDING,
                *(self._stack_height(column) for column in shapes),
            )
            if lane.kind == LaneKind.EMOTIONS:
                height = max(height, EMOTION_LANE_HEIGHT)
                if emotion_band is None and self.phases:
                    emotion_band = Rect(
                        MARGIN + LANE_HEADER_WIDTH, y, grid_width - LANE_HEADER_WIDTH, height
                    )
            header_rect = Rect(MARGIN, y, LANE_HEADER_WIDTH, height)
            lanes.append(
                LaneRow(lane.id, lane.kind, header_rect, Rect(MARGIN, y, grid_width, height), title)
            )
            for i, (phase, column) in enumerate(zip(self.phases, shapes, strict=True)):
                x = MARGIN + LANE_HEADER_WIDTH + i * COLUMN_WIDTH
                cells.append(Cell(phase.id, lane.id, Rect(x, y, COLUMN_WIDTH, height)))
                card_y = y + CELL_PADDING
                for shape in column:
                    boxes[shape.card.id] = self._place(shape, x + CELL_PADDING, card_y)
                    card_y += shape.height + CARD_GAP
            y += height

        phases = self._phase_columns(grid_top, phase_header_h, y - grid_top)
        return MapLayout(
            map_id=self.map_id,
            width=MARGIN + content_width + MARGIN,
            height=y + MARGIN,
            header=header,
            phases=tuple(phases),
            lanes=tuple(lanes),
            cells=tuple(cells),
            cards=boxes,
            emotion_points=self._emotion_points(boxes, emotion_band),
            emotion_band=emotion_band,
            flows=self._flows(boxes),
        )

    # ------------------------------------------------------------ header
    def _header(self, width: float) -> PersonaHeader:
        persona_id = self.journey_map.persona_id
        persona = self.project.persona(persona_id) if persona_id is not None else None
        top = MARGIN + HEADER_PADDING
        photo = None
        text_x = MARGIN + HEADER_PADDING
        if persona is not None:
            photo = Rect(text_x, top, PHOTO_SIZE, PHOTO_SIZE)
            text_x += PHOTO_SIZE + HEADER_PADDING
        text_w = MARGIN + width - HEADER_PADDING - text_x
        title = self._block(
            self.journey_map.name, text_x, top, text_w, MAP_TITLE_SIZE, True, MAP_TITLE_MAX_LINES
        )
        y = title.rect.bottom
        name = self._block(
            persona.name if persona else "",
            text_x,
            y + HEADER_TEXT_GAP if persona else y,
            text_w,
            PERSONA_NAME_SIZE,
            True,
            PERSONA_NAME_MAX_LINES,
        )
        y = name.rect.bottom
        details_text = _persona_details(persona) if persona else ""
        details = self._block(
            details_text,
            text_x,
            y + HEADER_TEXT_GAP if details_text else y,
            text_w,
            DETAILS_SIZE,
            False,
            DETAILS_MAX_LINES,
        )
        content_bottom = max(details.rect.bottom, photo.bottom if photo else top)
        height = max(HEADER_MIN_HEIGHT, content_bottom + HEADER_PADDING - MARGIN)
        rect = Rect(MARGIN, MARGIN, width, height)
        return PersonaHeader(rect, persona_id, photo, name, details, title)

    # ------------------------------------------------------ phases, lanes
    def _phase_name(self, name: str, x: float, y: float) -> TextBlock:
        return self._block(
            name,
            x + HEADER_CELL_PADDING,
            y,
            COLUMN_WIDTH - 2 * HEADER_CELL_PADDING,
            PHASE_NAME_SIZE,
            True,
            PHASE_NAME_MAX_LINES,
        )

    def _phase_header_height(self) -> float:
        if not self.phases:
            return 0.0
        tallest = 0.0
        for phase in self.phases:
            strip = _badge_strip(len(self.markers.get(phase.id, ())), COLUMN_WIDTH)
            tallest = max(tallest, strip + self._phase_name(phase.name, 0, 0).rect.h)
        return max(PHASE_HEADER_MIN_HEIGHT, tallest + 2 * HEADER_CELL_PADDING)

    def _phase_columns(self, top: float, header_h: float, total_h: float) -> list[PhaseColumn]:
        result = []
        for i, phase in enumerate(self.phases):
            x = MARGIN + LANE_HEADER_WIDTH + i * COLUMN_WIDTH
            markers = tuple(self.markers.get(phase.id, ()))
            strip = _badge_strip(len(markers), COLUMN_WIDTH)
            name = self._phase_name(
                phase.name, x, top + max(HEADER_CELL_PADDING, strip + BADGE_GAP)
            )
            badges = _badges(markers, x + COLUMN_WIDTH, top, COLUMN_WIDTH)
            result.append(
                PhaseColumn(
                    phase.id,
                    Rect(x, top, COLUMN_WIDTH, header_h),
                    Rect(x, top, COLUMN_WIDTH, total_h),
                    name,
                    tuple(badges),
                )
            )
        return result

    def _lane_title(self, title: str, y: float) -> TextBlock:
        return self._block(
            title,
            MARGIN + HEADER_CELL_PADDING,
            y + HEADER_CELL_PADDING,
            LANE_HEADER_WIDTH - 2 * HEADER_CELL_PADDING,
            LANE_TITLE_SIZE,
            True,
            LANE_TITLE_MAX_LINES,
        )

    # ------------------------------------------------------------- cards
    def _card_shape(self, card: Card) -> _CardShape:
        metrics = self.metrics
        markers = tuple(self.markers.get(card.id, ()))
        strip = _badge_strip(len(markers), CARD_WIDTH)
        y = max(CARD_PADDING, strip + BADGE_GAP) if markers else CARD_PADDING
        title = metrics.wrap(
            card.title, CARD_TEXT_WIDTH, CARD_TITLE_SIZE, True, CARD_TITLE_MAX_LINES
        )
        title_y = y
        y += len(title) * metrics.line_height(CARD_TITLE_SIZE)
        description = metrics.wrap(
            card.description,
            CARD_TEXT_WIDTH,
            CARD_DESCRIPTION_SIZE,
            False,
            CARD_DESCRIPTION_MAX_LINES,
        )
        if description and title:
            y += CARD_TEXT_GAP
        description_y = y
        y += len(description) * metrics.line_height(CARD_DESCRIPTION_SIZE)
        strip_y = None
        if card.kind == CardKind.TOUCHPOINT:
            if title or description:
                y += CARD_TEXT_GAP
            strip_y = y
            y += TOUCHPOINT_STRIP
        height = max(CARD_MIN_HEIGHT, y + CARD_PADDING)
        return _CardShape(
            card, markers, title, title_y, description, description_y, strip_y, height
        )

    @staticmethod
    def _stack_height(column: list[_CardShape]) -> float:
        if not column:
            return 0.0
        return 2 * CELL_PADDING + sum(s.height for s in column) + CARD_GAP * (len(column) - 1)

    def _place(self, shape: _CardShape, x: float, y: float) -> CardBox:
        card = shape.card
        text_x = x + CARD_PADDING
        title_lh = self.metrics.line_height(CARD_TITLE_SIZE)
        title = TextBlock(
            shape.title,
            Rect(text_x, y + shape.title_y, CARD_TEXT_WIDTH, len(shape.title) * title_lh),
            CARD_TITLE_SIZE,
            title_lh,
            True,
        )
        description = None
        if shape.description:
            lh = self.metrics.line_height(CARD_DESCRIPTION_SIZE)
            rect = Rect(
                text_x, y + shape.description_y, CARD_TEXT_WIDTH, len(shape.description) * lh
            )
            description = TextBlock(shape.description, rect, CARD_DESCRIPTION_SIZE, lh)
        icon = None
        if shape.strip_y is not None:
            icon_y = y + shape.strip_y + (TOUCHPOINT_STRIP - CHANNEL_ICON_SIZE) / 2
            icon = Rect(text_x, icon_y, CHANNEL_ICON_SIZE, CHANNEL_ICON_SIZE)
        return CardBox(
            card_id=card.id,
            kind=card.kind,
            rect=Rect(x, y, CARD_WIDTH, shape.height),
            title=title,
            description=description,
            channel=card.channel,
            emotion=card.emotion,
            severity=card.severity if card.kind == CardKind.FRUSTRATION else None,
            channel_icon=icon,
            badges=tuple(_badges(shape.markers, x + CARD_WIDTH, y, CARD_WIDTH)),
        )

    # ------------------------------------------------- emotions and flows
    def _emotion_points(
        self, boxes: dict[str, CardBox], band: Rect | None
    ) -> tuple[EmotionPoint, ...]:
        """Touchpoints' scores in map order: phase, then lane, then place in the cell."""
        if band is None:
            return ()
        top = band.y + EMOTION_MARGIN
        span = band.h - 2 * EMOTION_MARGIN
        points = []
        for phase in self.phases:
            scored = [
                card
                for lane in self.lanes
                for card in self.cells.get((phase.id, lane.id), ())
                if card.kind == CardKind.TOUCHPOINT and card.emotion is not None
            ]
            # Stacked touchpoints share a column: spread their points across its
            # width so the curve moves forward in time instead of jumping in place.
            for index, card in enumerate(scored):
                rect = boxes[card.id].rect
                x = rect.x + rect.w * (index + 0.5) / len(scored)
                y = top + span * (EMOTION_MAX - card.emotion) / (EMOTION_MAX - EMOTION_MIN)
                points.append(EmotionPoint(card.id, x, y, card.emotion))
        return tuple(points)

    def _flows(self, boxes: dict[str, CardBox]) -> tuple[FlowArrow, ...]:
        """Arrows for the map's flows (read from all flows: one pass over the
        edges, cheaper than `flows(map_id)`, which walks every cell again)."""
        arrows = []
        for flow in self.project.flows():
            source, target = boxes.get(flow.source), boxes.get(flow.target)
            if source is None or target is None:
                continue
            points = _flow_path(source.rect, target.rect)
            arrows.append(FlowArrow(flow.source, flow.target, points, flow.label))
        return tuple(arrows)


def _flow_path(s: Rect, t: Rect) -> tuple[tuple[float, float], ...]:
    """An orthogonal path from edge to edge of two cards.

    Between columns it leaves sideways and turns on the cell boundary next to
    the source (in the padding, clear of cards); within a column it runs
    straight down or up.
    """
    sy, ty = s.center[1], t.center[1]
    if t.x >= s.right or t.right <= s.x:
        forward = t.x >= s.right
        start_x = s.right if forward else s.x
        end_x = t.x if forward else t.right
        turn_x = start_x + CELL_PADDING if forward else start_x - CELL_PADDING
        if sy == ty:
            return ((start_x, sy), (end_x, ty))
        return ((start_x, sy), (turn_x, sy), (turn_x, ty), (end_x, ty))
    cx = s.center[0]
    if t.y >= s.bottom:
        return ((cx, s.bottom), (t.center[0], t.y))
    return ((cx, s.y), (t.center[0], t.bottom))


def _persona_details(persona: Persona) -> str:
    """The header's detail lines: quote, then who they are, then buying roles."""
    paragraphs = []
    if persona.quote.strip():
        paragraphs.append(f"“{persona.quote.strip()}”")
    who = [v.strip() for v in (persona.profession, persona.age_range, persona.region) if v.strip()]
    if who:
        paragraphs.append(" · ".join(who))
    if persona.buying_roles:
        paragraphs.append(", ".join(role.value.replace("_", " ") for role in persona.buying_roles))
    return "\n".join(paragraphs)
