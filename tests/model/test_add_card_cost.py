"""Adding cards one after another to one cell costs O(1) edits each.

An import or a paste appends many cards to one cell; renumbering the cell's
earlier cards on every add would make that quadratic. Counted in edits.
"""

from __future__ import annotations

from mapstudio.model import operations as ops
from mapstudio.model.edits import CompositeEdit
from mapstudio.model.kinds import CardKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card
from mapstudio.model.validate import project_problems
from tests.model.builders import small_project


def appended_edit_counts(project: JourneyProject, count: int) -> list[int]:
    counts = []
    for i in range(count):
        card = Card(
            id=f"many-{i}",
            kind=CardKind.GOAL,
            title=f"Goal {i}",
            phase_id="phase-2",
            lane_id="lane-goals",
        )
        edit = ops.add_card(project, card)
        assert isinstance(edit, CompositeEdit)
        counts.append(len(edit.edits))
        edit.apply(project)
    return counts


def test_appending_k_cards_to_one_cell_costs_o_of_k_edits() -> None:
    project = small_project()
    counts = appended_edit_counts(project, 200)
    assert max(counts) == min(counts)  # the 200th add costs what the first did
    assert sum(counts) == 200 * counts[0]
    ids = project.cell_card_ids("phase-2", "lane-goals")
    assert ids == [f"many-{i}" for i in range(200)]
    assert [project.card(i).order for i in ids] == list(range(200))
    assert project_problems(project) == []


def test_inserting_at_the_front_still_renumbers_the_cards_after() -> None:
    project = small_project()
    appended_edit_counts(project, 5)
    card = Card(id="first", kind=CardKind.GOAL, phase_id="phase-2", lane_id="lane-goals")
    ops.add_card(project, card, 0).apply(project)
    ids = project.cell_card_ids("phase-2", "lane-goals")
    assert ids == ["first", *(f"many-{i}" for i in range(5))]
    assert [project.card(i).order for i in ids] == list(range(6))
