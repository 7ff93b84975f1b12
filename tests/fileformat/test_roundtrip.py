"""Saving and loading give back the same project, byte for byte and edge for edge."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import networkx as nx
import pytest

from mapstudio import __version__
from mapstudio.fileformat import (
    MIME_TYPE,
    SCHEMA_VERSION,
    ProjectFileError,
    load_project,
    project_from_bytes,
    project_from_json_dict,
    project_to_bytes,
    project_to_json_dict,
    save_project,
)
from mapstudio.model.project import JourneyProject
from mapstudio.model.validate import project_problems
from tests.fileformat.builders import build_project, document_of, png_bytes


def test_builder_makes_a_valid_project() -> None:
    assert project_problems(build_project()) == []


def test_round_trip_preserves_the_whole_graph(tmp_path: Path) -> None:
    project = build_project()
    path = tmp_path / "journey.mapstudio"
    save_project(project, path)
    loaded = load_project(path)
    assert nx.utils.graphs_equal(project.graph, loaded.graph)
    assert loaded.persona("persona-ana").photo == png_bytes()
    assert [p.name for p in loaded.phases("map-1")] == ["Use", "Buy", "Discover"]
    assert [m.id for m in loaded.maps()] == ["map-0", "map-1"]
    assert loaded.cell_card_ids("phase-1", "lane-t") == ["tp-2", "tp-1", "tp-0"]
    assert loaded.flow("tp-0", "tp-1").label == "clicks through"
    assert loaded.card("op-1").answers == "fr-1"
    assert project_problems(loaded) == []


def test_same_project_gives_the_same_bytes() -> None:
    first = project_to_bytes(build_project())
    assert project_to_bytes(build_project()) == first
    assert project_to_bytes(project_from_bytes(first)) == first


def test_empty_project_round_trips() -> None:
    loaded = project_from_bytes(project_to_bytes(JourneyProject()))
    assert loaded.graph.number_of_nodes() == 0


def test_archive_layout() -> None:
    data = project_to_bytes(build_project())
    assert data[30:61] == b"mimetypeapplication/x-mapstudio"  # a fixed offset, like ODF
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        assert infos[0].filename == "mimetype"
        assert infos[0].compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype") == MIME_TYPE.encode()
        assert infos[1].filename == "project.json"
        media = [i.filename for i in infos if i.filename.startswith("media/")]
        assert len(media) == 1 and media[0].endswith(".png")
        assert archive.read(media[0]) == png_bytes()
    document = document_of(data)
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["generator"]["version"] == __version__
    ana = next(n for n in document["nodes"] if n["id"] == "persona-ana")
    assert ana["photo"] == media[0]  # referenced, never inlined
    assert [n["type"] for n in document["nodes"]][:2] == ["persona", "persona"]
    assert list(document["nodes"][0])[:2] == ["id", "type"]


def test_json_dict_api_round_trips_with_media() -> None:
    project = build_project()
    media: dict[str, bytes] = {}
    document = project_to_json_dict(project, media)
    assert list(media.values()) == [png_bytes()]
    loaded = project_from_json_dict(document, media)
    assert nx.utils.graphs_equal(project.graph, loaded.graph)


def test_load_accepts_a_string_path(tmp_path: Path) -> None:
    path = tmp_path / "plain.mapstudio"
    save_project(build_project(), str(path))
    assert load_project(str(path)).map("map-1").persona_id == "persona-ana"


def test_json_dict_api_refuses_missing_media() -> None:
    document = project_to_json_dict(build_project())
    with pytest.raises(ProjectFileError, match=r"the clipboard.*photo.*missing"):
        project_from_json_dict(document, {}, source_name="the clipboard")
