"""The worked examples: committed files match their builders and are complete maps."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from pypdf import PdfReader

from mapstudio.content import examples
from mapstudio.content.examples import EXAMPLES, load_example
from mapstudio.export import ExportOptions, export_project
from mapstudio.fileformat import load_project
from mapstudio.model.analysis import Severity, check_project
from mapstudio.model.kinds import CardKind
from mapstudio.model.layout import layout_map
from mapstudio.model.project import JourneyProject
from mapstudio.model.validate import project_problems

from .layout_checks import arrows_crossing_cards, check_map_layout, clipped_texts

CASES = [(name, lang) for name, example in EXAMPLES.items() for lang in example.languages]


@pytest.fixture(scope="module", params=CASES, ids=[f"{n}-{lang}" for n, lang in CASES])
def case(request: pytest.FixtureRequest) -> tuple[str, str, JourneyProject]:
    name, lang = request.param
    return name, lang, load_example(name, lang)


def test_committed_file_is_not_stale(case: tuple[str, str, JourneyProject]) -> None:
    """If this fails: python -m mapstudio.content.examples resources/examples."""
    name, lang, loaded = case
    assert project_problems(loaded) == []
    assert nx.utils.graphs_equal(loaded.graph, EXAMPLES[name].build(lang).graph)


def test_examples_are_complete(case: tuple[str, str, JourneyProject]) -> None:
    """Emotions on every touchpoint, a path, frustrations each with an answer, no gaps."""
    _name, _lang, project = case
    (journey_map,) = project.maps()
    cards = project.cards(journey_map.id)
    touchpoints = [c for c in cards if c.kind == CardKind.TOUCHPOINT]
    assert len(touchpoints) >= 10
    assert all(t.emotion is not None for t in touchpoints)
    assert len(project.flows(journey_map.id)) >= len(touchpoints) - 1
    frustrations = [c for c in cards if c.kind == CardKind.FRUSTRATION]
    assert any(f.phase_id is None for f in frustrations), "a marker on a touchpoint"
    assert all(project.opportunities_for(f.id) for f in frustrations)
    assert any(c.kind == CardKind.KPI for c in cards)
    assert journey_map.persona_id is not None
    warnings = [f for f in check_project(project) if f.severity == Severity.WARNING]
    assert warnings == []
    layout = layout_map(project, journey_map.id)
    check_map_layout(project, journey_map.id, layout)
    assert arrows_crossing_cards(layout) == []
    assert clipped_texts(project, layout) == []


def test_lucy_reads_in_both_languages() -> None:
    lucy = EXAMPLES["lucy-b2b"]
    assert set(lucy.languages) == {"en", "fr"}
    assert lucy.file("de") == lucy.file(lucy.languages[0])
    english, french = load_example("lucy-b2b", "en"), load_example("lucy-b2b", "fr")
    assert set(english.graph.nodes) == set(french.graph.nodes)
    assert english.maps()[0].name != french.maps()[0].name
    kpis = [c for c in french.cards(french.maps()[0].id) if c.kind == CardKind.KPI]
    assert kpis and all(k.kpi_value and k.kpi_target for k in kpis)


def test_lucy_exports_with_her_persona_sheet(tmp_path: Path) -> None:
    project = load_example("lucy-b2b", "fr")
    out = tmp_path / "lucy.pdf"
    assert export_project(project, out, ExportOptions(persona_sheet=True)) == 2
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Lucy" in text and "directrice marketing" in text.casefold()


def test_every_example_has_titles_and_a_file() -> None:
    for example in EXAMPLES.values():
        assert example.title("en") and example.title("fr")
        for lang in example.languages:
            assert example.file(lang).is_file()
            assert load_project(example.file(lang)).maps()


def test_generator_writes_only_what_changed(tmp_path: Path) -> None:
    written = examples.write_examples(tmp_path)
    expected = {name for e in EXAMPLES.values() for name in e.files.values()}
    assert {p.name for p in written} == expected
    assert examples.write_examples(tmp_path) == []
    assert not list(tmp_path.glob("*.bak"))
    assert examples.main([]) == 2
