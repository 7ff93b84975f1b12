"""`new`, `info` and `templates`, run in-process through `mapstudio.cli.main`."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from mapstudio import __version__
from mapstudio.cli import COMMAND_MODULES, main
from mapstudio.commands.info import project_counts
from mapstudio.content.decoration_shop import build_decoration_shop
from mapstudio.content.templates import TEMPLATES
from mapstudio.fileformat import load_project
from mapstudio.model.validate import project_problems


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"mapstudio {__version__}"


def test_commands_come_from_the_module_list() -> None:
    assert "mapstudio.commands.info" in COMMAND_MODULES


def test_templates_lists_names_and_titles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    for template in TEMPLATES.values():
        assert template.name in out
        assert template.title("en") in out


def test_info_json_reports_the_example(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(example), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    expected = project_counts(build_decoration_shop())
    for key in ("personas", "maps", "phases", "lanes", "cards", "flows", "frustrations"):
        assert counts[key] == expected[key], key
    assert counts["cards"]["touchpoint"] >= 11
    assert counts["personas"] == 1 and counts["maps"] == 1 and counts["phases"] == 5
    assert counts["lanes"] == 7 and counts["flows"] == counts["cards"]["touchpoint"] - 1
    assert counts["frustrations"] >= 1


def test_info_text(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(example)]) == 0
    out = capsys.readouterr().out
    assert "touchpoint" in out and "frustrations" in out


def test_committed_example_is_not_stale(example: Path) -> None:
    """If this fails: python -m mapstudio.content.decoration_shop <the example path>."""
    loaded = load_project(example)
    assert nx.utils.graphs_equal(loaded.graph, build_decoration_shop().graph)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_new_blank(tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "journey.mapstudio"
    assert main(["new", "-o", str(out), "--lang", lang]) == 0
    project = load_project(out)
    assert project_problems(project) == []
    (journey_map,) = project.maps()
    assert len(project.phases(journey_map.id)) == 5
    kinds = [lane.kind.value for lane in project.lanes(journey_map.id)]
    assert kinds == [
        "goals",
        "touchpoints",
        "thoughts",
        "emotions",
        "frustrations",
        "opportunities",
        "kpis",
    ]
    titles = [lane.title for lane in project.lanes(journey_map.id)]
    assert ("Objectifs du client" in titles) == (lang == "fr")
    assert project.cards(journey_map.id) == []


def test_new_from_the_example(tmp_path: Path) -> None:
    out = tmp_path / "deco.mapstudio"
    assert main(["new", "-o", str(out), "--template", "decoration-shop"]) == 0
    assert nx.utils.graphs_equal(load_project(out).graph, build_decoration_shop().graph)


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "keep.mapstudio"
    out.write_bytes(b"precious")
    assert main(["new", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mapstudio: error: ") and "--force" in err
    assert out.read_bytes() == b"precious"
    assert main(["new", "-o", str(out), "--force"]) == 0
    assert load_project(out).maps()
