"""Shared fixtures: the bundled example, and PDFs made once per test session."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mapstudio.content.decoration_shop import build_decoration_shop
from mapstudio.export import ExportOptions, export_project
from mapstudio.export.pages import parse_page_size
from mapstudio.model import operations as ops
from mapstudio.model.kinds import LaneKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import JourneyMap, Lane, Phase

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "boutique-deco.mapstudio"


def example_project() -> JourneyProject:
    """The example as shipped, or rebuilt when the file is not there yet."""
    if EXAMPLE.exists():
        from mapstudio.fileformat import load_project

        return load_project(EXAMPLE)
    return build_decoration_shop()


def two_map_project() -> JourneyProject:
    """The example plus a small second map about the same persona."""
    project = build_decoration_shop()
    persona_id = project.maps()[0].persona_id
    ops.add_map(
        project, JourneyMap(id="map-2", name="Deuxième visite", order=1, persona_id=persona_id)
    ).apply(project)
    ops.add_phase(project, "map-2", Phase(id="p2-1", name="Retour — 12 € “Ωμέγα” Привет")).apply(
        project
    )
    ops.add_lane(
        project, "map-2", Lane(id="l2-1", title="Émotions ressenties", kind=LaneKind.EMOTIONS)
    ).apply(project)
    return project


def normalise(text: str) -> str:
    """Collapse whitespace so wrapped lines compare with their one-line source."""
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="session")
def project() -> JourneyProject:
    return example_project()


@pytest.fixture(scope="session")
def a3_pdf(tmp_path_factory: pytest.TempPathFactory, project: JourneyProject) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "carte-a3.pdf"
    export_project(
        project,
        path,
        ExportOptions(page=parse_page_size("A3"), title="Boutique déco", author="Équipe CX"),
    )
    return path
