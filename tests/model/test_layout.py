"""The layout engine: geometry invariants on fixed and random maps."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapstudio.model import layout as L
from mapstudio.model import operations as ops
from mapstudio.model.edits import AddEdge, AddNode
from mapstudio.model.geometry import MapLayout, Rect, TextBlock
from mapstudio.model.kinds import BuyingRole, CardKind, EdgeKind, LaneKind
from mapstudio.model.layout import layout_map, layout_project
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase
from mapstudio.model.text import TextMetrics
from tests.model.builders import small_project

METRICS = TextMetrics()
EPS = 1e-6


# ------------------------------------------------------------------ helpers
def new_map(
    phases: int, lanes: list[LaneKind], persona: Persona | None = None
) -> tuple[JourneyProject, list[str], list[str]]:
    project = JourneyProject()
    if persona is not None:
        ops.add_persona(project, persona).apply(project)
    about = persona.id if persona else None
    ops.add_map(project, JourneyMap(id="m", name="Parcours", persona_id=about)).apply(project)
    phase_ids = [f"p{i}" for i in range(phases)]
    lane_ids = [f"l{j}" for j in range(len(lanes))]
    for pid in phase_ids:
        ops.add_phase(project, "m", Phase(id=pid, name=f"Phase {pid}")).apply(project)
    for lid, kind in zip(lane_ids, lanes, strict=True):
        ops.add_lane(project, "m", Lane(id=lid, title=kind.value, kind=kind)).apply(project)
    return project, phase_ids, lane_ids


def touchpoint(cid: str, phase: str, lane: str, emotion: int | None = None, **kw: str) -> Card:
    return Card(
        id=cid,
        kind=CardKind.TOUCHPOINT,
        title=kw.get("title", cid),
        emotion=emotion,
        phase_id=phase,
        lane_id=lane,
    )


def add(project: JourneyProject, card: Card) -> None:
    ops.add_card(project, card).apply(project)


def within(outer: Rect, inner: Rect) -> bool:
    return (
        outer.x - EPS <= inner.x
        and outer.y - EPS <= inner.y
        and inner.right <= outer.right + EPS
        and inner.bottom <= outer.bottom + EPS
    )


def on_edge(rect: Rect, point: tuple[float, float]) -> bool:
    x, y = point
    inside = rect.contains_point(x, y)
    edge = min(abs(x - rect.x), abs(x - rect.right), abs(y - rect.y), abs(y - rect.bottom))
    return inside and edge < EPS


def check_text(block: TextBlock) -> None:
    assert abs(block.rect.h - len(block.lines) * block.line_height) < EPS
    for line in block.lines:
        assert METRICS.width(line, block.font_size, block.bold) <= block.rect.w + EPS


def check_invariants(project: JourneyProject, layout: MapLayout) -> None:
    page = Rect(0, 0, layout.width, layout.height)
    cells = {(c.phase_id, c.lane_id): c for c in layout.cells}
    assert len(cells) == len(layout.phases) * len(layout.lanes)
    for a, b in itertools.combinations(layout.cells, 2):
        assert not a.rect.intersects(b.rect)
    for cell in layout.cells:
        assert within(page, cell.rect)
    for phase in layout.phases:
        assert within(phase.column, phase.header)
        check_text(phase.name)
        assert within(phase.header, phase.name.rect)
        for badge in phase.badges:
            assert within(phase.header, badge.rect)
            assert not badge.rect.intersects(phase.name.rect)
    for lane in layout.lanes:
        assert within(lane.row, lane.header)
        check_text(lane.title)
        assert within(lane.header, lane.title.rect)
    header = layout.header
    assert within(page, header.rect)
    for block in (header.title, header.name, header.details):
        check_text(block)
        assert within(header.rect, block.rect)
    assert header.rect.bottom <= min((p.header.y for p in layout.phases), default=1e9)

    expected = {c.id for c in project.cards("m") if c.phase_id is not None}
    assert set(layout.cards) == expected
    for card in project.cards("m"):
        if card.phase_id is None:
            continue
        box = layout.cards[card.id]
        assert within(cells[(card.phase_id, card.lane_id)].rect, box.rect)
        for block in (box.title, box.description):
            if block is not None:
                check_text(block)
                assert within(box.rect, block.rect)
        for badge in box.badges:
            assert within(box.rect, badge.rect)
            assert not badge.rect.intersects(box.title.rect)
        for a, b in itertools.combinations(box.badges, 2):
            assert not a.rect.intersects(b.rect)
        if box.channel_icon is not None:
            assert within(box.rect, box.channel_icon)
    for a, b in itertools.combinations(layout.cards.values(), 2):
        assert not a.rect.intersects(b.rect)
    for arrow in layout.flows:
        assert on_edge(layout.cards[arrow.source].rect, arrow.points[0])
        assert on_edge(layout.cards[arrow.target].rect, arrow.points[-1])
        assert all(page.contains_point(x, y) for x, y in arrow.points)


# ------------------------------------------------------------- fixed maps
def test_small_project_layout() -> None:
    project = small_project()
    layout = layout_map(project, "map-1")
    check_invariants_for(project, "map-1", layout)
    assert [p.phase_id for p in layout.phases] == ["phase-0", "phase-1", "phase-2"]
    assert [lane.lane_id for lane in layout.lanes] == ["lane-goals", "lane-tp", "lane-fr"]
    assert layout.header.name.lines == ("Lucy",)
    assert layout.header.title.lines == ("Main",)
    assert layout.header.photo is not None  # placeholder avatar even without a photo
    music, shop = layout.cards["card-1"], layout.cards["card-0"]
    assert music.rect.y >= shop.rect.bottom + L.CARD_GAP - EPS  # stacked in order
    assert music.channel_icon is not None and music.channel == "shop"
    assert layout.emotion_band is None and layout.emotion_points == ()
    assert len(layout.flows) == 2


def check_invariants_for(project: JourneyProject, map_id: str, layout: MapLayout) -> None:
    """`check_invariants` reads map "m"; small_project's map has another id."""
    assert layout.map_id == map_id
    for card_id, box in layout.cards.items():
        card = project.card(card_id)
        cell = next(
            c for c in layout.cells if (c.phase_id, c.lane_id) == (card.phase_id, card.lane_id)
        )
        assert within(cell.rect, box.rect)
        check_text(box.title)


def test_grid_dimensions() -> None:
    project, _, _ = new_map(3, [LaneKind.GOALS, LaneKind.TOUCHPOINTS])
    layout = layout_map(project, "m")
    for column in layout.phases:
        assert column.header.w == L.COLUMN_WIDTH == L.CARD_WIDTH + 2 * L.CELL_PADDING
    assert all(c.rect.h >= L.ROW_MIN_HEIGHT for c in layout.cells)
    xs = [p.header.x for p in layout.phases]
    assert xs == sorted(xs) and layout.phases[0].header.x == L.MARGIN + L.LANE_HEADER_WIDTH
    assert layout.width >= layout.phases[-1].header.right + L.MARGIN
    assert layout.height == layout.lanes[-1].row.bottom + L.MARGIN


def test_cells_grow_to_fit_and_rows_share_height() -> None:
    project, _, _ = new_map(2, [LaneKind.TOUCHPOINTS, LaneKind.NOTES])
    for i in range(6):
        add(project, touchpoint(f"c{i}", "p0", "l0", title="Un titre assez long " * 3))
    layout = layout_map(project, "m")
    check_invariants(project, layout)
    row = [c for c in layout.cells if c.lane_id == "l0"]
    assert row[0].rect.h == row[1].rect.h > L.ROW_MIN_HEIGHT
    last = layout.cards["c5"].rect
    assert last.bottom <= row[0].rect.bottom - L.CELL_PADDING + EPS


def test_long_title_and_description_are_clamped() -> None:
    project, _, _ = new_map(1, [LaneKind.NOTES])
    card = Card(
        id="c",
        kind=CardKind.NOTE,
        title="mot " * 200,
        description="l’expérience « client » à 12 € " * 50,
        phase_id="p0",
        lane_id="l0",
    )
    add(project, card)
    box = layout_map(project, "m").cards["c"]
    assert len(box.title.lines) == L.CARD_TITLE_MAX_LINES
    assert box.title.lines[-1].endswith("…")
    assert box.description is not None
    assert len(box.description.lines) == L.CARD_DESCRIPTION_MAX_LINES
    assert box.description.lines[-1].endswith("…")
    assert box.channel_icon is None and box.severity is None


def test_in_cell_frustration_has_severity() -> None:
    project, _, _ = new_map(1, [LaneKind.FRUSTRATIONS])
    add(
        project,
        Card(
            id="f",
            kind=CardKind.FRUSTRATION,
            title="Attente",
            severity=3,
            phase_id="p0",
            lane_id="l0",
        ),
    )
    assert layout_map(project, "m").cards["f"].severity == 3


def test_empty_map_is_header_only() -> None:
    project, _, _ = new_map(0, [])
    layout = layout_map(project, "m")
    assert layout.phases == () and layout.lanes == () and layout.cells == ()
    assert layout.cards == {} and layout.flows == ()
    assert layout.header.photo is None and layout.header.name.lines == ()
    assert layout.header.title.lines == ("Parcours",)
    assert layout.width >= L.HEADER_MIN_WIDTH + 2 * L.MARGIN
    assert layout.height >= layout.header.rect.bottom + L.MARGIN
    check_invariants(project, layout)


def test_persona_header_details() -> None:
    persona = Persona(
        id="pers",
        name="Lucie Martin",
        quote="Je veux payer vite",
        profession="Architecte",
        age_range="35–44",
        region="Île-de-France",
        buying_roles=(BuyingRole.DECISION_MAKER, BuyingRole.BUYER),
    )
    project, _, _ = new_map(2, [LaneKind.TOUCHPOINTS], persona)
    header = layout_map(project, "m").header
    assert header.persona_id == "pers"
    assert header.photo is not None and header.photo.w == header.photo.h == L.PHOTO_SIZE
    assert header.name.bold and header.name.lines == ("Lucie Martin",)
    text = " ".join(header.details.lines)
    for part in ("“Je veux payer vite”", "Architecte", "35–44", "Île-de-France"):
        assert part in text
    assert "Decision maker, buyer" in text
    assert header.title.rect.x >= header.photo.right
    assert header.rect.bottom >= header.photo.bottom
    french = " ".join(layout_map(project, "m", lang="fr").header.details.lines)
    assert "«\u00a0Je veux payer vite\u00a0»" in french
    assert "Décideur, acheteur" in french and "decision" not in french.lower()


# ---------------------------------------------------------------- emotions
def test_emotion_points_follow_touchpoints() -> None:
    project, _, _ = new_map(3, [LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS])
    add(project, touchpoint("a", "p0", "l0", 2))
    add(project, touchpoint("b", "p0", "l0", None))
    add(project, touchpoint("c", "p1", "l0", -2))
    add(project, touchpoint("d", "p2", "l0", 0))
    layout = layout_map(project, "m")
    check_invariants(project, layout)
    band = layout.emotion_band
    assert band is not None
    emotion_cells = [c.rect for c in layout.cells if c.lane_id == "l1"]
    assert band == Rect(
        emotion_cells[0].x,
        emotion_cells[0].y,
        emotion_cells[-1].right - emotion_cells[0].x,
        emotion_cells[0].h,
    )
    assert band.h >= L.EMOTION_LANE_HEIGHT
    points = layout.emotion_points
    assert [p.card_id for p in points] == ["a", "c", "d"]
    assert [p.x for p in points] == [layout.cards[c].rect.center[0] for c in "acd"]
    by_id = {p.card_id: p for p in points}
    assert band.y < by_id["a"].y < by_id["d"].y < by_id["c"].y < band.bottom
    assert abs(by_id["d"].y - band.center[1]) < EPS


def test_emotions_lane_stacks_its_own_cards() -> None:
    project, _, _ = new_map(1, [LaneKind.EMOTIONS])
    for i in range(8):
        add(project, touchpoint(f"c{i}", "p0", "l0", 1, title="Très long titre " * 4))
    layout = layout_map(project, "m")
    check_invariants(project, layout)
    assert layout.emotion_band is not None
    assert layout.emotion_band.h > L.EMOTION_LANE_HEIGHT
    assert len(layout.emotion_points) == 8


# ----------------------------------------------------------------- markers
def test_markers_become_badges_on_cards_and_phases() -> None:
    project, _, _ = new_map(2, [LaneKind.TOUCHPOINTS])
    add(project, touchpoint("a", "p0", "l0", 1))
    for severity in (1, 3, 2):
        ops.add_marker(project, "a", "Trop lent", severity).apply(project)
    ops.add_marker(project, "p1", "Confus", 2).apply(project)
    layout = layout_map(project, "m")
    check_invariants(project, layout)
    box = layout.cards["a"]
    assert [b.severity for b in box.badges] == [3, 2, 1]  # most severe first
    assert {b.marker_id for b in box.badges} == {m.id for m in project.markers_of("a")}
    assert all(b.rect.w == L.BADGE_SIZE for b in box.badges)
    assert box.badges[0].rect.right == box.rect.right - L.BADGE_INSET  # top-right corner
    assert len({b.rect.y for b in box.badges}) == 1  # side by side
    phase = layout.phases[1]
    assert len(phase.badges) == 1 and phase.badges[0].severity == 2
    assert layout.phases[0].badges == ()
    assert all(m.id not in layout.cards for m in project.markers_of("a"))


def test_many_markers_wrap_into_rows() -> None:
    project, _, _ = new_map(1, [LaneKind.TOUCHPOINTS])
    add(project, touchpoint("a", "p0", "l0"))
    for _ in range(20):
        ops.add_marker(project, "a", "x", 1).apply(project)
    layout = layout_map(project, "m")
    check_invariants(project, layout)
    assert len(layout.cards["a"].badges) == 20


# ------------------------------------------------------------------- flows
def test_flow_paths_between_columns_and_within_a_column() -> None:
    project, _, _ = new_map(3, [LaneKind.TOUCHPOINTS, LaneKind.ACTIONS])
    add(project, touchpoint("a", "p0", "l0"))
    add(project, touchpoint("b", "p0", "l0"))
    add(project, touchpoint("c", "p2", "l1"))
    add(project, touchpoint("d", "p1", "l0"))
    for source, target in [("a", "b"), ("b", "a"), ("b", "c"), ("c", "d"), ("a", "d")]:
        ops.add_flow(project, source, target, label=f"{source}{target}").apply(project)
    layout = layout_map(project, "m")
    check_invariants(project, layout)
    arrows = {(f.source, f.target): f for f in layout.flows}
    a, b, c, d = (layout.cards[k].rect for k in "abcd")
    assert arrows[("a", "b")].points == ((a.center[0], a.bottom), (b.center[0], b.y))
    assert arrows[("b", "a")].points == ((b.center[0], b.y), (a.center[0], a.bottom))
    assert arrows[("b", "c")].points[0] == (b.right, b.center[1])
    assert arrows[("b", "c")].points[-1] == (c.x, c.center[1])
    assert arrows[("c", "d")].points[0] == (c.x, c.center[1])  # leftwards
    assert arrows[("c", "d")].points[-1] == (d.right, d.center[1])
    assert arrows[("a", "d")].points == ((a.right, a.center[1]), (d.x, d.center[1]))
    assert arrows[("b", "c")].label == "bc"
    for arrow in layout.flows:  # orthogonal segments
        for (x1, y1), (x2, y2) in itertools.pairwise(arrow.points):
            assert x1 == x2 or y1 == y2


# ---------------------------------------------------------- random maps
ALPHABET = [*"abcdefghijklmnopqrstuvwxyzéàèçÉ€’«»-!?0123456789 ", "\u00a0"]
TITLES = st.text(alphabet=st.sampled_from(ALPHABET), max_size=90)
LANE_KINDS = st.sampled_from(list(LaneKind))


@st.composite
def random_maps(draw: st.DrawFn) -> JourneyProject:
    lane_kinds = draw(st.lists(LANE_KINDS, max_size=5))
    project, phases, lanes = new_map(draw(st.integers(0, 5)), lane_kinds)
    for pid in phases:
        ops.set_fields(project, pid, name=draw(TITLES)).apply(project)
    for lid in lanes:
        ops.set_fields(project, lid, title=draw(TITLES)).apply(project)
    if not (phases and lanes):
        return project
    touchpoints: list[str] = []
    for i in range(draw(st.integers(0, 25))):
        kind = draw(st.sampled_from([CardKind.TOUCHPOINT, CardKind.NOTE, CardKind.FRUSTRATION]))
        card = Card(
            id=f"c{i}",
            kind=kind,
            title=draw(TITLES),
            description=draw(TITLES),
            emotion=draw(st.none() | st.integers(-2, 2)) if kind == CardKind.TOUCHPOINT else None,
            severity=draw(st.integers(1, 3)),
            phase_id=draw(st.sampled_from(phases)),
            lane_id=draw(st.sampled_from(lanes)),
        )
        add(project, card)
        if kind == CardKind.TOUCHPOINT:
            touchpoints.append(card.id)
    targets = [c.id for c in project.cards("m")] + phases
    for _ in range(draw(st.integers(0, 6))):
        ops.add_marker(project, draw(st.sampled_from(targets)), draw(TITLES)).apply(project)
    for source, target in draw(
        st.lists(st.tuples(st.sampled_from(touchpoints), st.sampled_from(touchpoints)), max_size=6)
        if len(touchpoints) > 1
        else st.just([])
    ):
        if source != target and project.flow(source, target) is None:
            ops.add_flow(project, source, target).apply(project)
    return project


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_maps())
def test_random_maps_keep_the_invariants(project: JourneyProject) -> None:
    layout = layout_map(project, "m")
    check_invariants(project, layout)
    assert layout_map(project, "m") == layout  # deterministic
    assert layout_map(project, "m", TextMetrics()) == layout
    band = layout.emotion_band
    has_emotions = any(lane.kind == LaneKind.EMOTIONS for lane in project.lanes("m"))
    assert (band is not None) == (has_emotions and bool(layout.phases))
    xs = [p.x for p in layout.emotion_points]
    assert xs == sorted(xs)
    for point in layout.emotion_points:
        assert band is not None and band.y < point.y < band.bottom
    markers = [c for c in project.cards("m") if c.phase_id is None]
    badges = [b for box in layout.cards.values() for b in box.badges]
    badges += [b for phase in layout.phases for b in phase.badges]
    assert sorted(b.marker_id for b in badges) == sorted(m.id for m in markers)


# ------------------------------------------------------------------- scale
class CountingMetrics(TextMetrics):
    """Counts wrap calls, to check the work grows with the cards, not faster."""

    def __init__(self) -> None:
        self.calls = 0

    def wrap(self, *args: object, **kwargs: object) -> tuple[str, ...]:  # type: ignore[override]
        self.calls += 1
        return super().wrap(*args, **kwargs)  # type: ignore[arg-type]


def bulk_map(cards: int, phases: int = 10, lanes: int = 5) -> JourneyProject:
    """A big map built with raw edits: `ops.add_card` renumbers the cell each time."""
    project, phase_ids, lane_ids = new_map(phases, [LaneKind.TOUCHPOINTS] * lanes)
    with project.batch():
        for k in range(cards):
            card = touchpoint(
                f"c{k}", phase_ids[k % phases], lane_ids[(k // phases) % lanes], k % 5 - 2
            )
            card = card.with_changes(order=k, description=f"Étape {k} de l’expérience")
            AddNode(card.id, card.to_attrs()).apply(project)
            AddEdge(card.id, card.phase_id, EdgeKind.IN_CELL).apply(project)
            AddEdge(card.id, card.lane_id, EdgeKind.IN_CELL).apply(project)
    return project


def test_text_work_grows_linearly() -> None:
    counts = []
    for n in (200, 400, 800):
        metrics = CountingMetrics()
        layout_map(bulk_map(n), "m", metrics)
        counts.append(metrics.calls)
    fixed = counts[0] - 2 * 200  # header, phases, lanes: two wraps per card besides
    assert counts == [fixed + 2 * n for n in (200, 400, 800)]


def test_five_thousand_cards_lay_out() -> None:
    project = bulk_map(5000, phases=20, lanes=6)
    layout = layout_map(project, "m")
    assert len(layout.cards) == 5000
    assert len(layout.emotion_points) == 0  # no emotions lane
    column = [b.rect for b in layout.cards.values() if b.rect.x == layout.cards["c0"].rect.x]
    column.sort(key=lambda r: r.y)
    assert all(not a.intersects(b) for a, b in itertools.pairwise(column))


def test_layout_project_in_tab_order() -> None:
    project, _, _ = new_map(1, [LaneKind.TOUCHPOINTS])
    ops.add_map(project, JourneyMap(id="first", name="Avant"), index=0).apply(project)
    assert [lay.map_id for lay in layout_project(project)] == ["first", "m"]


def test_emotion_points_of_one_phase_spread_across_its_column() -> None:
    project, _, _ = new_map(2, [LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS])
    for name, score in (("a", 1), ("b", -1), ("c", 2)):
        add(project, touchpoint(name, "p0", "l0", score))
    add(project, touchpoint("d", "p1", "l0", 0))
    layout = layout_map(project, "m")
    xs = [p.x for p in layout.emotion_points]
    assert xs == sorted(xs) and len(set(xs)) == 4
    card = layout.cards["a"].rect
    assert all(card.x < x < card.right for x in xs[:3])
