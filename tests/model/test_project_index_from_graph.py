"""A project opened from a graph indexes it as the edits would have.

`JourneyProject._index_graph` reads networkx's adjacency directly, once, when
a file is opened; its owners (phase or lane -> map) and cells ((phase, lane)
-> cards) must be those the edit primitives keep up to date while building.
"""

from __future__ import annotations

import pytest
from benchmarks.generate import generate_project

from mapstudio.content.building import LANGUAGES
from mapstudio.content.templates import TEMPLATES, load_template
from mapstudio.fileformat import project_from_bytes, project_to_bytes
from mapstudio.model import operations as ops
from mapstudio.model.project import JourneyProject
from tests.fileformat.builders import build_project


def edited() -> JourneyProject:
    """A project whose cards, phases and lanes moved around after they were made."""
    project = build_project()
    ops.move_card(project, "tp-0", "phase-2", "lane-t", 0).apply(project)
    ops.move_phase(project, "phase-2", 0).apply(project)
    ops.remove_cards(project, ["tp-1"]).apply(project)
    return project


CASES = {
    "builders": build_project,
    "edited": edited,
    "generated": lambda: generate_project(300, photos=False),
    **{
        f"{n}-{lang}": (lambda n=n, lang=lang: load_template(n, lang))
        for n in TEMPLATES
        for lang in LANGUAGES
    },
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_indexes_of_an_opened_graph_are_those_the_edits_kept(name: str) -> None:
    built = CASES[name]()
    opened = JourneyProject(built.copy_graph())
    assert opened._owners == built._owners
    assert opened._cells == built._cells
    loaded = project_from_bytes(project_to_bytes(built))
    assert loaded._owners == built._owners and loaded._cells == built._cells
