"""The synthetic projects behind `make bench`: exact size, valid, realistic, repeatable."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.baselines.bare_grid import load_data
from benchmarks.generate import (
    CARDS_PER_PHASE,
    MAP_ID,
    PERSONAS,
    bare_cards,
    generate_project,
    write_bench_files,
)

from mapstudio.fileformat import load_project, project_to_bytes
from mapstudio.model.kinds import EMOTION_MAX, EMOTION_MIN, KNOWN_CHANNELS, CardKind, NodeKind
from mapstudio.model.validate import project_problems


def card_nodes(project) -> list[str]:
    return [n for n in project.graph.nodes if project.node_kind(n) == NodeKind.CARD]


@pytest.mark.parametrize("cards", [1, 17, CARDS_PER_PHASE, 95])
def test_generator_makes_exactly_n_cards(cards: int) -> None:
    project = generate_project(cards, photos=False)
    assert len(card_nodes(project)) == cards
    assert len(project.card_ids(MAP_ID)) == cards  # every card is on the map
    assert len(project.phase_ids(MAP_ID)) == -(-cards // CARDS_PER_PHASE)


def test_generator_refuses_an_empty_map() -> None:
    with pytest.raises(ValueError, match="at least one card"):
        generate_project(0)


def test_a_generated_project_saves_loads_and_breaks_no_rule(tmp_path: Path) -> None:
    files = write_bench_files(90, tmp_path)
    loaded = load_project(files.project)
    assert project_problems(loaded) == []
    assert len(loaded.card_ids(MAP_ID)) == 90
    photos = [p.photo for p in loaded.personas() if p.photo]
    assert len(photos) == len(PERSONAS)
    assert all(photo.startswith(b"\x89PNG") for photo in photos)
    assert not list(tmp_path.glob("*.bak"))  # generated data keeps no backup


def test_the_map_holds_what_real_maps_hold() -> None:
    project = generate_project(3 * CARDS_PER_PHASE, photos=False)
    cards = project.cards(MAP_ID)
    touchpoints = [c for c in cards if c.kind == CardKind.TOUCHPOINT]
    assert touchpoints and all(c.channel in KNOWN_CHANNELS for c in touchpoints)
    assert all(EMOTION_MIN <= (c.emotion or 0) <= EMOTION_MAX for c in touchpoints)
    assert {c.emotion for c in touchpoints} == set(range(EMOTION_MIN, EMOTION_MAX + 1))
    assert len(project.flows(MAP_ID)) >= len(touchpoints) - 1
    markers = [c for c in cards if c.kind == CardKind.FRUSTRATION and c.phase_id is None]
    in_cells = [c for c in cards if c.kind == CardKind.FRUSTRATION and c.phase_id is not None]
    assert markers and all(c.marks for c in markers)
    assert in_cells and all(project.node_kind(c.marks) == NodeKind.CARD for c in in_cells)
    assert any(project.node_kind(c.marks) == NodeKind.PHASE for c in markers)
    assert any(c.answers for c in cards if c.kind == CardKind.OPPORTUNITY)
    assert {c.kind for c in cards} >= {CardKind.GOAL, CardKind.THOUGHT, CardKind.KPI}


def test_texts_are_mostly_distinct_and_of_realistic_length() -> None:
    cards = generate_project(400, photos=False).cards(MAP_ID)
    distinct = {(c.title, c.description) for c in cards}
    assert len(distinct) >= 0.75 * len(cards)
    assert any(len(c.description) > 150 for c in cards)
    assert any(not c.description for c in cards)
    assert any("é" in c.title or "è" in c.title for c in cards)


def test_the_same_seed_gives_the_same_bytes() -> None:
    first = project_to_bytes(generate_project(60, seed=3, photos=False))
    assert first == project_to_bytes(generate_project(60, seed=3, photos=False))
    assert first != project_to_bytes(generate_project(60, seed=4, photos=False))


def test_bare_data_holds_every_card_in_a_grid_cell(tmp_path: Path) -> None:
    files = write_bench_files(70, tmp_path, photos=False)
    data = load_data(files.bare)
    project = load_project(files.project)
    assert len(data.cards) == 70
    assert all(0 <= col < data.columns and 0 <= row < data.rows for col, row, _, _ in data.cards)
    titles = sorted(c.title for c in bare_cards(project))
    assert sorted(title for _, _, title, _ in data.cards) == titles
