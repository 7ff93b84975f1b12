"""`LiveLayout`: a map's layout kept in step with the project, edit by edit.

The first layout measures every card once (`layout.card_shape`). After an
edit, `update(change)` re-reads only the nodes the change names, re-measures
only the cards whose own record or badges changed, and builds new boxes only
for cards that moved: a card whose new text keeps its height costs one box;
one that grows pushes down its cell's later cards and, if its row grows,
every row below, whose cards are re-placed from their kept shapes, never
re-measured. Rows, cells and phase headers are kept the same way. The answer
is a `LayoutDelta`, so a view updates only the items that changed.

`layout.layout_map` is a `LiveLayout` built once: both paths share every rule,
and tests/model/test_layout_scaling.py checks that random edit sequences
give the layout a fresh one gives. `shaped` and `placed` count the cards
measured and the boxes built since creation: cheap counters that let tests
check the work is linear in the map and constant per edit, without timing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain

from mapstudio.model.bulk import collector_paused
from mapstudio.model.geometry import (
    CardBox,
    Cell,
    EmotionPoint,
    LaneRow,
    MapLayout,
    MarkerBadge,
    PhaseColumn,
    Rect,
)
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.layout import (
    BADGE_GAP,
    CARD_GAP,
    CELL_PADDING,
    COLUMN_WIDTH,
    EMOTION_LANE_HEIGHT,
    HEADER_CELL_PADDING,
    HEADER_GAP,
    HEADER_MIN_WIDTH,
    LANE_HEADER_WIDTH,
    MARGIN,
    PHASE_HEADER_MIN_HEIGHT,
    ROW_MIN_HEIGHT,
    badge_strip,
    badges,
    column_x,
    emotion_y,
    lane_title,
    persona_header,
    phase_name,
    place_card,
)
from mapstudio.model.layout_delta import CellKey, FlowKey, KeyedChanges, LayoutDelta
from mapstudio.model.live_cards import CardChanges, LiveCards
from mapstudio.model.live_paths import LiveCurve, LiveFlows
from mapstudio.model.project import JourneyProject, ProjectChange
from mapstudio.model.records import Lane, Phase
from mapstudio.model.text import TextMetrics


@dataclass
class _Plan:
    """What an update must redo, gathered from the change before arranging."""

    everything: bool = False  # phases or lanes added, removed or reordered
    phase_headers: bool = False  # a phase's name or badges changed
    lanes: set[str] = field(default_factory=set)  # lanes whose title or kind changed
    cards: CardChanges = field(default_factory=CardChanges)
    flows: set[FlowKey] = field(default_factory=set)  # flows added, removed or re-read


@dataclass(frozen=True, slots=True)
class _Row:
    """A lane's row as last arranged, reused whole while nothing in it moved."""

    lane: Lane
    y: float
    height: float
    line: LaneRow
    cells: tuple[Cell, ...]


class LiveLayout:
    """The layout of one map, updated in place of being recomputed."""

    def __init__(
        self,
        project: JourneyProject,
        map_id: str,
        metrics: TextMetrics | None = None,
        lang: str = "en",
    ) -> None:
        self.project = project
        self.map_id = map_id
        self.lang = lang  # of the words the layout adds (buying roles, quotation marks)
        self.metrics = metrics or TextMetrics()
        self.placed = 0  # card boxes built so far
        self._phases: list[Phase] = []
        self._lanes: list[Lane] = []
        self._phase_index: dict[str, int] = {}
        self._lane_index: dict[str, int] = {}
        self._flows = LiveFlows(project)
        self._curve = LiveCurve()
        self._boxes: dict[str, CardBox] = {}
        self._rows: dict[str, _Row] = {}
        self._phase_header_h = 0.0
        self._cell_parts: list[tuple[Cell, ...]] = []  # each row's cells, as last assembled
        self._layout: MapLayout | None = None
        with collector_paused():  # one read of the whole map, then every card placed
            self._read_axes()
            self._cards = LiveCards(project, map_id, self.metrics)
            self._flows.read(self._cards.placed_ids())
            self._arrange(_Plan(everything=True, flows=self._flows.keys()))

    @property
    def shaped(self) -> int:
        """Cards measured (their texts wrapped) so far."""
        return self._cards.shaped

    @property
    def layout(self) -> MapLayout:
        """The current layout (a new object after each update that changed anything)."""
        assert self._layout is not None
        return self._layout

    # --------------------------------------------------------------- update
    def update(self, change: ProjectChange) -> LayoutDelta:
        """Bring the layout up to date with one change of the project (its map must exist)."""
        plan = _Plan()
        self._update_axes(change, plan)
        plan.cards = self._cards.update(change.touched, self._phase_index)
        plan.phase_headers = plan.phase_headers or plan.cards.phase_badges
        for card_id in plan.cards.seen:
            plan.flows |= self._flows.reread(card_id, in_map=card_id in self._cards.records)
        return self._arrange(plan)

    def _read_axes(self) -> None:
        self._phases = self.project.phases(self.map_id)
        self._lanes = self.project.lanes(self.map_id)
        self._phase_index = {p.id: i for i, p in enumerate(self._phases)}
        self._lane_index = {lane.id: i for i, lane in enumerate(self._lanes)}

    def _update_axes(self, change: ProjectChange, plan: _Plan) -> None:
        """Phases and lanes again: all of them only when the map's own links changed."""
        if self.map_id in change.touched:  # phases or lanes added, removed, reordered
            phases, lanes = self._phases, self._lanes
            self._read_axes()
            plan.everything = [p.id for p in phases] != list(self._phase_index) or [
                lane.id for lane in lanes
            ] != list(self._lane_index)
            plan.phase_headers = phases != self._phases
            plan.lanes = {
                new.id for old, new in zip(lanes, self._lanes, strict=False) if old != new
            }
            return
        for node_id in change.touched:
            if node_id in self._phase_index:
                index = self._phase_index[node_id]
                phase = self.project.phase(node_id)
                if phase != self._phases[index]:
                    self._phases[index] = phase
                    plan.phase_headers = True
            elif node_id in self._lane_index:
                index = self._lane_index[node_id]
                lane = self.project.lane(node_id)
                if lane != self._lanes[index]:
                    self._lanes[index] = lane
                    plan.lanes.add(node_id)

    # -------------------------------------------------------------- arrange
    def _arrange(self, plan: _Plan) -> LayoutDelta:
        """Place what the plan names (or moved), then assemble layout and delta."""
        old = self._layout
        project, metrics = self.project, self.metrics
        grid_width = LANE_HEADER_WIDTH + len(self._phases) * COLUMN_WIDTH
        content_width = max(HEADER_MIN_WIDTH, grid_width)
        journey_map = project.map(self.map_id)
        persona_id = journey_map.persona_id
        persona = project.persona(persona_id) if persona_id is not None else None
        header = persona_header(metrics, journey_map, persona, content_width, self.lang)
        if old is not None and header == old.header:
            header = old.header
        grid_top = header.rect.bottom + HEADER_GAP
        if old is None or plan.everything or plan.phase_headers:
            self._phase_header_h = self._phase_header_height()

        changed: dict[str, CardBox] = {}
        for card_id in plan.cards.removed:
            self._boxes.pop(card_id, None)
        if plan.everything:
            self._rows = {}
        rows = self._arrange_rows(grid_top + self._phase_header_h, grid_width, plan, changed)
        bottom = rows[-1].y + rows[-1].height if rows else grid_top + self._phase_header_h
        band = next(
            (
                Rect(MARGIN + LANE_HEADER_WIDTH, row.y, grid_width - LANE_HEADER_WIDTH, row.height)
                for row in rows
                if row.lane.kind == LaneKind.EMOTIONS
            ),
            None,
        )
        if not self._phases:
            band = None

        columns = self._phase_columns(grid_top, bottom - grid_top, plan, old)
        lane_rows = tuple(row.line for row in rows)
        if old is not None and lane_rows == old.lanes:
            lane_rows = old.lanes
        grid_cells, cell_changes = self._grid_cells(rows, old, plan)

        added = old is None or any(card_id not in old.cards for card_id in changed)
        if plan.everything or plan.cards.regrouped or plan.cards.removed or added:
            self._boxes = {  # the full layout's order: lane by lane, phases left to right
                card.id: self._boxes[card.id]
                for lane in self._lanes
                for phase in self._phases
                for card in self._cards.cells.get((phase.id, lane.id), ())
            }
        points, point_changes = self._emotion_points(band, plan, old)
        flows, flow_changes = self._flows.arrows(
            plan.flows, chain(changed, plan.cards.removed), self._boxes, old.flows if old else None
        )
        layout = MapLayout(
            map_id=self.map_id,
            width=MARGIN + content_width + MARGIN,
            height=bottom + MARGIN,
            header=header,
            phases=columns,
            lanes=lane_rows,
            cells=grid_cells,
            cards=dict(self._boxes),
            emotion_points=points,
            emotion_band=band,
            flows=flows,
        )
        self._layout = layout
        removed = frozenset(c for c in plan.cards.removed if old is not None and c in old.cards)
        return LayoutDelta(
            cards=KeyedChanges(changed, removed),
            markers=_badge_changes(old, layout, changed, removed),
            cells=cell_changes,
            emotion_points=point_changes,
            flows=flow_changes,
            header=old is None or header is not old.header,
            axes=old is None or columns is not old.phases or lane_rows is not old.lanes,
            shading=old is None or plan.everything,
            curve=old is None or band != old.emotion_band or points is not old.emotion_points,
            size=old is None or (layout.width, layout.height) != (old.width, old.height),
        )

    def _arrange_rows(
        self, top: float, grid_width: float, plan: _Plan, changed: dict[str, CardBox]
    ) -> list[_Row]:
        """Every lane's row from `top` down; rows that neither changed nor moved are kept."""
        dirty: dict[str, list[str]] = {}
        for phase_id, lane_id in plan.cards.cells:
            if phase_id in self._phase_index and lane_id in self._lane_index:
                dirty.setdefault(lane_id, []).append(phase_id)
        grown = {lane_id for _, lane_id in plan.cards.stacks}
        rows = []
        y = top
        for lane in self._lanes:
            row = self._rows.get(lane.id)
            phases = dirty.get(lane.id, [])
            if row is not None and row.y == y and not phases and lane.id not in plan.lanes:
                rows.append(row)
                y += row.height
                continue
            title = lane_title(self.metrics, lane.title, y)
            if row is not None and lane.id not in plan.lanes and lane.id not in grown:
                height = row.height  # no cell of the row changed height: no scan of its cells
            else:
                height = self._row_height(lane, title.rect.h)
            moved = row is None or row.y != y
            if row is not None and (row.y, row.height) == (y, height):
                cells = row.cells
            else:
                cells = tuple(
                    Cell(p.id, lane.id, Rect(column_x(i), y, COLUMN_WIDTH, height))
                    for i, p in enumerate(self._phases)
                )
            line = LaneRow(
                lane.id,
                lane.kind,
                Rect(MARGIN, y, LANE_HEADER_WIDTH, height),
                Rect(MARGIN, y, grid_width, height),
                title,
            )
            row = _Row(lane, y, height, line, cells)
            self._rows[lane.id] = row
            rows.append(row)
            for phase_id in self._phase_index if moved else phases:
                x = column_x(self._phase_index[phase_id]) + CELL_PADDING
                self._place_cell((phase_id, lane.id), x, y + CELL_PADDING, moved, plan, changed)
            y += height
        return rows

    def _row_height(self, lane: Lane, title_h: float) -> float:
        """The tallest of the row's cells, its title and the row's minimum."""
        height = max(
            ROW_MIN_HEIGHT,
            title_h + 2 * HEADER_CELL_PADDING,
            *(self._cards.stacks.get((p.id, lane.id), 0.0) for p in self._phases),
        )
        if lane.kind == LaneKind.EMOTIONS:
            height = max(height, EMOTION_LANE_HEIGHT)
        return height

    def _place_cell(
        self,
        key: CellKey,
        x: float,
        top: float,
        moved: bool,
        plan: _Plan,
        changed: dict[str, CardBox],
    ) -> None:
        """Box the cell's cards from `top` down; only those that moved or changed."""
        card_y = top
        shapes, boxes = self._cards.shapes, self._boxes  # locals: this loop runs per card
        reshaped, metrics = plan.cards.reshaped, self.metrics
        for card in self._cards.cells.get(key, ()):
            card_id = card.id
            shape = shapes[card_id]
            old = boxes.get(card_id)
            if moved or old is None or card_id in reshaped or old.rect.y != card_y:
                box = place_card(metrics, shape, x, card_y)
                self.placed += 1
                if box != old:
                    boxes[card_id] = box
                    changed[card_id] = box
            card_y += shape.height + CARD_GAP

    # ------------------------------------------------------ headers, cells
    def _phase_header_height(self) -> float:
        if not self._phases:
            return 0.0
        tallest = 0.0
        for phase in self._phases:
            strip = badge_strip(len(self._cards.markers.get(phase.id, ())), COLUMN_WIDTH)
            tallest = max(tallest, strip + phase_name(self.metrics, phase.name, 0, 0).rect.h)
        return max(PHASE_HEADER_MIN_HEIGHT, tallest + 2 * HEADER_CELL_PADDING)

    def _phase_columns(
        self, top: float, total_h: float, plan: _Plan, old: MapLayout | None
    ) -> tuple[PhaseColumn, ...]:
        """The phase headers, kept while no phase changed and the grid kept its height."""
        header_h = self._phase_header_h
        if old is not None and not (plan.everything or plan.phase_headers):
            first = old.phases[0] if old.phases else None
            if first is None or (first.header.y, first.header.h, first.column.h) == (
                top,
                header_h,
                total_h,
            ):
                return old.phases
        result = []
        for i, phase in enumerate(self._phases):
            x = column_x(i)
            markers = self._cards.markers.get(phase.id, ())
            strip = badge_strip(len(markers), COLUMN_WIDTH)
            name = phase_name(
                self.metrics, phase.name, x, top + max(HEADER_CELL_PADDING, strip + BADGE_GAP)
            )
            result.append(
                PhaseColumn(
                    phase.id,
                    Rect(x, top, COLUMN_WIDTH, header_h),
                    Rect(x, top, COLUMN_WIDTH, total_h),
                    name,
                    tuple(badges(markers, x + COLUMN_WIDTH, top, COLUMN_WIDTH)),
                )
            )
        columns = tuple(result)
        return old.phases if old is not None and columns == old.phases else columns

    def _grid_cells(
        self, rows: list[_Row], old: MapLayout | None, plan: _Plan
    ) -> tuple[tuple[Cell, ...], KeyedChanges[CellKey, Cell]]:
        """All cells, lane by lane, and those that changed (rows reuse unchanged cells)."""
        parts = [row.cells for row in rows]
        previous, self._cell_parts = self._cell_parts, parts
        if old is not None and not plan.everything and len(parts) == len(previous):
            if all(a is b for a, b in zip(parts, previous, strict=True)):
                return old.cells, KeyedChanges()
            changed = {
                (c.phase_id, c.lane_id): c
                for part, before in zip(parts, previous, strict=True)
                if part is not before
                for c in part
            }
            return tuple(chain.from_iterable(parts)), KeyedChanges(changed)
        cells = tuple(chain.from_iterable(parts))
        fresh = {(c.phase_id, c.lane_id): c for c in cells}
        gone = {(c.phase_id, c.lane_id) for c in old.cells} - fresh.keys() if old else set()
        return cells, KeyedChanges(fresh, frozenset(gone))

    # ------------------------------------------------------------ emotions
    def _emotion_points(
        self, band: Rect | None, plan: _Plan, old: MapLayout | None
    ) -> tuple[tuple[EmotionPoint, ...], KeyedChanges[str, EmotionPoint]]:
        """Touchpoints' scores in map order: phase, then lane, then place in the cell.

        Only the phases whose cells changed are scored again, unless the band moved.
        """
        if old is None or plan.everything or band != old.emotion_band:
            dirty = set(self._phase_index) | self._curve.phases()
        else:
            dirty = {phase_id for phase_id, _ in plan.cards.cells}

        def score(phase_id: str) -> tuple[EmotionPoint, ...]:
            return self._score_phase(phase_id, band) if phase_id in self._phase_index else ()

        previous = old.emotion_points if old is not None else None
        return self._curve.update(list(self._phase_index), dirty, score, previous, plan.everything)

    def _score_phase(self, phase_id: str, band: Rect | None) -> tuple[EmotionPoint, ...]:
        if band is None:
            return ()
        scored = [
            card
            for lane in self._lanes
            for card in self._cards.cells.get((phase_id, lane.id), ())
            if card.kind == CardKind.TOUCHPOINT and card.emotion is not None
        ]
        # Stacked touchpoints share a column: spread their points across its
        # width so the curve moves forward in time instead of jumping in place.
        points = []
        for index, card in enumerate(scored):
            rect = self._boxes[card.id].rect
            x = rect.x + rect.w * (index + 0.5) / len(scored)
            emotion = card.emotion or 0
            points.append(EmotionPoint(card.id, x, emotion_y(band, emotion), emotion))
        return tuple(points)


def _badge_changes(
    old: MapLayout | None,
    layout: MapLayout,
    changed: dict[str, CardBox],
    removed: frozenset[str],
) -> KeyedChanges[str, MarkerBadge]:
    """Badges differ only on boxes that changed and on phase headers that changed."""
    before: dict[str, MarkerBadge] = {}
    after: dict[str, MarkerBadge] = {}
    if old is not None:
        for card_id in chain(changed, removed):
            box = old.cards.get(card_id)
            if box is not None:
                before.update((b.marker_id, b) for b in box.badges)
        if old.phases is not layout.phases:
            before.update((b.marker_id, b) for column in old.phases for b in column.badges)
    for box in changed.values():
        if box.badges:
            after.update((b.marker_id, b) for b in box.badges)
    if old is None or old.phases is not layout.phases:
        after.update((b.marker_id, b) for column in layout.phases for b in column.badges)
    return KeyedChanges(
        {k: b for k, b in after.items() if before.get(k) != b},
        frozenset(before.keys() - after.keys()),
    )
