"""The layout scales: linear work for a map, constant work for an edit.

Counted, never timed: `LiveLayout.shaped` (cards measured), `LiveLayout.placed`
(boxes built) and the text-wrap calls of a counting `TextMetrics`. And the
incremental layout must always equal a fresh one.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapstudio.model import operations as ops
from mapstudio.model.errors import ModelError
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.layout import layout_map
from mapstudio.model.live_layout import LiveLayout
from mapstudio.model.project import JourneyProject, ProjectChange
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase
from mapstudio.model.text import (
    TextMetrics,
    font_name,
    register_fonts,
)
from tests.model.builders import small_project
from tests.model.test_edits_property import ACTIONS, _build

MAP = "map-1"
LANES = (LaneKind.GOALS, LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS, LaneKind.FRUSTRATIONS)
WORDS = (
    "vitrine",
    "conseil",
    "caisse",
    "livraison",
    "retour",
    "lampe",
    "coussin",
    "accueil",
    "musique",
    "avis",
)


class CountingMetrics(TextMetrics):
    """DejaVu metrics that count how many texts the layout asks to wrap."""

    def __init__(self) -> None:
        self.wraps = 0

    def wrap(
        self,
        text: str,
        width: float,
        size: float,
        bold: bool = False,
        max_lines: int | None = None,
    ) -> tuple[str, ...]:
        self.wraps += 1
        return super().wrap(text, width, size, bold, max_lines)


def big_project(cards: int, phases: int = 8) -> JourneyProject:
    """A map with `cards` cards spread over `phases` phases and four lanes, with flows."""
    project = JourneyProject()
    ops.add_persona(project, Persona(id="persona-1", name="Julie")).apply(project)
    ops.add_map(project, JourneyMap(id=MAP, name="Programme", persona_id="persona-1")).apply(
        project
    )
    for i in range(phases):
        ops.add_phase(project, MAP, Phase(id=f"phase-{i}", name=f"Phase {i}")).apply(project)
    for kind in LANES:
        lane = Lane(id=f"lane-{kind.value}", title=kind.value, kind=kind)
        ops.add_lane(project, MAP, lane).apply(project)
    previous = None
    for i in range(cards):
        kind = LANES[i % len(LANES)]
        card_kind = {
            LaneKind.GOALS: CardKind.GOAL,
            LaneKind.FRUSTRATIONS: CardKind.FRUSTRATION,
        }.get(kind, CardKind.TOUCHPOINT)
        card = Card(
            id=f"card-{i}",
            kind=card_kind,
            title=" ".join(WORDS[(i + k) % len(WORDS)] for k in range(2 + i % 5)),
            description=" ".join(WORDS[(i * 3 + k) % len(WORDS)] for k in range(i % 9)),
            emotion=(i % 5) - 2 if card_kind == CardKind.TOUCHPOINT else None,
            phase_id=f"phase-{(i // len(LANES)) % phases}",
            lane_id=f"lane-{kind.value}",
        )
        ops.add_card(project, card).apply(project)
        if card_kind == CardKind.TOUCHPOINT:
            if previous is not None and i % 3 == 0:
                ops.add_flow(project, previous, card.id).apply(project)
            previous = card.id
    return project


def live(project: JourneyProject) -> tuple[LiveLayout, list[ProjectChange]]:
    """A live layout and the list every later change of the project lands in."""
    changes: list[ProjectChange] = []
    project.subscribe(changes.append)
    return LiveLayout(project, MAP, CountingMetrics()), changes


def apply_and_update(
    project: JourneyProject, layout: LiveLayout, changes: list[ProjectChange], edit: object
) -> object:
    edit.apply(project)  # type: ignore[attr-defined]
    (change,) = changes[-1:]
    return layout.update(change)


# ------------------------------------------------------------------ linearity
def test_a_layout_measures_each_card_once_and_twice_the_cards_costs_twice_the_wraps() -> None:
    small, large = LiveLayout(big_project(150), MAP, CountingMetrics()), None
    large = LiveLayout(big_project(300), MAP, CountingMetrics())
    assert (small.shaped, small.placed) == (150, 150)
    assert (large.shaped, large.placed) == (300, 300)
    assert isinstance(small.metrics, CountingMetrics)
    assert isinstance(large.metrics, CountingMetrics)
    # Two texts per card (title, description); the headers cost the same in both.
    assert large.metrics.wraps - small.metrics.wraps == 2 * 150
    assert len(large.layout.cards) == 300


# --------------------------------------------------------------- edits: O(1)
def same_height_description(project: JourneyProject, card_id: str) -> str:
    """A different description that wraps to as many lines as the current one."""
    current = project.card(card_id).description
    return current[:-1] + ("x" if not current.endswith("x") else "y")


def test_a_description_edit_that_keeps_the_height_measures_and_places_one_card() -> None:
    counts = []
    for size in (200, 2000):
        project = big_project(size)
        layout, changes = live(project)
        card_id = "card-101"  # a goal with a description, in the middle of its cell
        shaped, placed = layout.shaped, layout.placed
        edit = ops.set_fields(
            project, card_id, description=same_height_description(project, card_id)
        )
        delta = apply_and_update(project, layout, changes, edit)
        counts.append((layout.shaped - shaped, layout.placed - placed, len(delta.cards.changed)))
        assert layout.layout == layout_map(project, MAP)
        assert not delta.cells and not delta.axes and not delta.size and not delta.flows
    assert counts == [(1, 1, 1), (1, 1, 1)]


def test_a_card_that_grows_moves_the_rest_without_measuring_them_again() -> None:
    project = big_project(400)
    layout, changes = live(project)
    before = layout.layout
    shaped = layout.shaped
    edit = ops.set_fields(project, "card-1", title=" ".join(WORDS * 3))  # first row grows
    delta = apply_and_update(project, layout, changes, edit)
    assert layout.shaped - shaped == 1
    assert layout.layout == layout_map(project, MAP)
    moved = {
        card_id
        for card_id, box in layout.layout.cards.items()
        if box != before.cards[card_id]  # every card below the grown row
    }
    assert set(delta.cards.changed) == moved and len(moved) > 100
    assert delta.cells and delta.axes and delta.size


def test_an_emotion_edit_rescores_only_its_phase() -> None:
    project = big_project(400)
    layout, changes = live(project)
    touchpoint = next(
        c for c in project.cards(MAP) if c.kind == CardKind.TOUCHPOINT and c.emotion == 0
    )
    delta = apply_and_update(
        project, layout, changes, ops.set_fields(project, touchpoint.id, emotion=2)
    )
    assert layout.layout == layout_map(project, MAP)
    assert set(delta.emotion_points.changed) == {touchpoint.id}
    assert delta.curve and not delta.cells and not delta.axes


# ------------------------------------------------------- incremental == fresh
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_live_layouts_follow_any_edit_sequence_and_its_undo(data: st.DataObject) -> None:
    project = small_project()
    changes: list[ProjectChange] = []
    project.subscribe(changes.append)
    layouts = {m.id: LiveLayout(project, m.id) for m in project.maps()}

    def follow() -> None:
        for change in changes:
            for map_id in list(layouts):
                if map_id not in project:
                    del layouts[map_id]
                    continue
                layouts[map_id].update(change)
        changes.clear()
        for m in project.maps():
            layouts.setdefault(m.id, LiveLayout(project, m.id))
        for map_id, layout in layouts.items():
            fresh = layout_map(project, map_id)
            assert layout.layout == fresh
            assert list(layout.layout.cards) == list(fresh.cards)

    applied = []
    for _ in range(data.draw(st.integers(min_value=1, max_value=10))):
        try:
            edit = _build(project, data.draw(st.sampled_from(ACTIONS)), data)
        except ModelError:
            continue
        if edit is None:
            continue
        edit.apply(project)
        applied.append(edit)
        follow()
    for edit in reversed(applied):
        edit.revert(project)
        follow()


# ------------------------------------------------------------------- cell_at
def test_cell_at_finds_the_same_cell_as_a_scan_of_every_cell() -> None:
    project = big_project(60, phases=5)
    layout = layout_map(project, MAP)
    xs = sorted({c.rect.x for c in layout.cells} | {c.rect.right for c in layout.cells})
    ys = sorted({c.rect.y for c in layout.cells} | {c.rect.bottom for c in layout.cells})
    probes_x = [v + d for v in xs for d in (-0.5, 0.0, 0.5)] + [-5.0, layout.width + 5]
    probes_y = [v + d for v in ys for d in (-0.5, 0.0, 0.5)] + [-5.0, layout.height + 5]
    for x, y in itertools.product(probes_x, probes_y):
        scan = next((c for c in layout.cells if c.rect.contains_point(x, y)), None)
        assert layout.cell_at(x, y) == scan, (x, y)


# --------------------------------------------------------------- width tables
def test_text_widths_are_reportlabs() -> None:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    samples = ["", "Vitrine remarquée", "« Ding ! »\u00a012 €", "Œuvre — ça coûte…", "😀 x"]
    metrics = TextMetrics()
    for text, bold, size in itertools.product(samples, (False, True), (8.5, 10.0, 18.0)):
        expected = pdfmetrics.stringWidth(text, font_name(bold), size)
        assert metrics.width(text, size, bold) == pytest.approx(expected, rel=1e-12, abs=1e-9)
