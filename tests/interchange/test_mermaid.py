"""Mermaid `journey` import and export: Mermaid's own examples, round trips, bad lines."""

from __future__ import annotations

import itertools

import pytest

from mapstudio.content.decoration_shop import build_decoration_shop
from mapstudio.interchange import mermaid
from mapstudio.interchange.errors import MermaidImportError
from mapstudio.interchange.mermaid import export_mermaid, import_mermaid, parse_mermaid
from mapstudio.model import operations as ops
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase

# The example of Mermaid's user-journey documentation, as written there.
DOCS_EXAMPLE = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""


def test_import_mermaid_documentation_example() -> None:
    result = import_mermaid(DOCS_EXAMPLE)
    assert result.problems == []
    project, map_id = result.project, result.map_id
    assert project.map(map_id).name == "My working day"
    assert [p.name for p in project.phases(map_id)] == ["Go to work", "Go home"]
    assert [(lane.title, lane.kind) for lane in project.lanes(map_id)] == [
        ("Touchpoints", LaneKind.TOUCHPOINTS)
    ]
    cards = project.touchpoints(map_id)
    assert [(c.title, c.emotion) for c in cards] == [
        ("Make tea", 2),
        ("Go upstairs", 0),
        ("Do work", -2),
        ("Go downstairs", 2),
        ("Sit down", 2),
    ]
    assert [p.name for p in project.personas()] == ["Cat", "Me"]
    assert project.persona(project.map(map_id).persona_id or "").name == "Me"
    assert {(f.source, f.target) for f in project.flows(map_id)} == {
        (a.id, b.id) for a, b in itertools.pairwise(cards)
    }


# Front matter, a directive, accessibility lines (both accDescr forms), comments
# of both kinds, odd spacing and case: all things Mermaid's parser accepts.
TOLERANT = """---
title: From front matter
config:
  theme: forest
---
%%{init: {"journey": {"useMaxWidth": false}}}%%
JOURNEY
  %% a comment line
    accTitle : Accessible title
    accDescr {
        A user journey for
        family shopping
    }
\tSection   Order from website # trailing comment
      A task:5:Alice,Bob ,  Charlie
   B task :  3  : Bob
      C task: 5
      E task: 5:
    section Another section
      #35;1 task#58; colons: 4: Me#44; myself
"""


def test_import_follows_mermaid_grammar_and_tolerance() -> None:
    parsed = parse_mermaid(TOLERANT)
    assert parsed.problems == []
    assert parsed.name == "From front matter"
    assert parsed.description == "A user journey for\nfamily shopping"
    assert parsed.phases == ["Order from website", "Another section"]
    titles = [(c.phase, c.card.title, c.card.emotion) for c in parsed.cards]
    assert titles == [
        ("Order from website", "A task", 2),
        ("Order from website", "B task", 0),
        ("Order from website", "C task", 2),
        ("Order from website", "E task", 2),
        ("Another section", "#1 task: colons", 1),
    ]
    assert parsed.personas == ["Alice", "Bob", "Charlie", "Me, myself"]


def test_accessibility_title_names_the_map_without_a_title() -> None:
    parsed = parse_mermaid("journey\naccTitle: Only this\naccDescr: One line\n")
    assert (parsed.name, parsed.description) == ("Only this", "One line")


def test_tasks_before_any_section_go_to_an_unnamed_first_phase() -> None:
    parsed = parse_mermaid("journey\nTask: 2\nsection S\nOther: 4\n")
    assert parsed.phases == ["", "S"]


BAD = """journey
    title Bad lines
    section One
      No score
      Too high: 6: Me
      Half: 2.5: Me
      Nothing:
      Semi; colon: 3
      Fine: 4: Me
      Journey planning: 3: Me
    : 3
"""


def test_bad_lines_give_line_numbered_messages() -> None:
    result = import_mermaid(BAD)
    lines = [line for line, _ in result.problems]
    assert lines == [4, 5, 6, 7, 8, 10, 11]
    messages = dict(result.problems)
    assert "needs a score" in messages[4]
    assert "6" in messages[5] and "1 to 5" in messages[5]
    assert "2.5" in messages[6]
    assert "“;”" in messages[8]
    assert "journey" in messages[10]
    assert [c.title for c in result.project.cards(result.map_id)] == ["Fine"]
    with pytest.raises(MermaidImportError) as caught:
        import_mermaid(BAD, strict=True)
    assert caught.value.problems[0][0] == 4
    assert str(caught.value).startswith("The Mermaid text cannot be imported: line 4:")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("flowchart TD\nA-->B\n", 1, "journey"),
        ("", 1, "journey"),
        ("journey\naccDescr {\n never closed\n", 2, "never closed"),
    ],
)
def test_not_a_journey_raises(text: str, line: int, words: str) -> None:
    with pytest.raises(MermaidImportError) as caught:
        parse_mermaid(text)
    assert caught.value.problems == [(line, caught.value.problems[0][1])]
    assert words in caught.value.problems[0][1]


def test_too_many_tasks_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mermaid, "MAX_TASKS", 2)
    with pytest.raises(MermaidImportError, match="more than 2 tasks"):
        parse_mermaid("journey\nsection s\na: 1\nb: 2\nc: 3\n")


def awkward_project() -> JourneyProject:
    """Names full of what Mermaid reserves: colons, #, ;, commas, %%, keywords."""
    project = JourneyProject()
    ops.add_persona(project, Persona(id="p", name="Julie, 35 ans; #1")).apply(project)
    journey_map = JourneyMap(
        id="m",
        name="Parcours : boutique #2",
        description="Première ligne : café.\nDeuxième ligne {avec} 100 %% de #tags",
        persona_id="p",
    )
    ops.add_map(project, journey_map).apply(project)
    for i, name in enumerate(["Découverte : vitrine", "Section finale; ok", "Vide"]):
        ops.add_phase(project, "m", Phase(id=f"ph{i}", name=name)).apply(project)
    ops.add_lane(project, "m", Lane(id="l", title="Touchpoints")).apply(project)
    titles = [
        ("ph0", "Vitrine : « Ding ! »", 2),
        ("ph0", "Journey planning", 0),
        ("ph0", "title page", -1),
        ("ph1", "%% not a comment", 1),
        ("ph1", "Deux\nlignes", -2),
        ("ph1", "accDescr: pas une description", 0),
    ]
    for i, (phase, title, emotion) in enumerate(titles):
        card = Card(id=f"c{i}", title=title, emotion=emotion, phase_id=phase, lane_id="l")
        ops.add_card(project, card).apply(project)
    return project


def view(project: JourneyProject, map_id: str) -> object:
    journey_map = project.map(map_id)
    persona = project.persona(journey_map.persona_id) if journey_map.persona_id else None
    return (
        journey_map.name,
        journey_map.description,
        persona.name if persona else None,
        [
            (
                p.name,
                [(c.title, c.emotion) for c in project.touchpoints(map_id) if c.phase_id == p.id],
            )
            for p in project.phases(map_id)
        ],
    )


@pytest.mark.parametrize("build", [awkward_project, build_decoration_shop])
def test_round_trip_keeps_what_mermaid_carries(build) -> None:  # type: ignore[no-untyped-def]
    project = build()
    map_id = project.maps()[0].id
    text = export_mermaid(project, map_id)
    result = import_mermaid(text)
    assert result.problems == [] and result.warnings == []
    assert view(result.project, result.map_id) == view(project, map_id)
    assert export_mermaid(result.project, result.map_id) == text


def test_export_uses_only_what_mermaid_grammar_allows() -> None:
    text = export_mermaid(awkward_project(), "m")
    lines = text.splitlines()
    assert lines[0] == "journey"
    assert lines[1] == "    title Parcours #58; boutique #35;2"
    assert "      #74;ourney planning: 3: Julie#44; 35 ans#59; #35;1" in lines
    assert "      #116;itle page: 2: Julie#44; 35 ans#59; #35;1" in lines
    assert "      #37;#37; not a comment: 4: Julie#44; 35 ans#59; #35;1" in lines
    assert "      Deux<br>lignes: 1: Julie#44; 35 ans#59; #35;1" in lines
    assert "    section Vide" in lines
    for line in lines:
        name = line.split(":")[0]
        assert ";" not in name.replace("#59;", "").split("#")[0]


def test_touchpoint_without_emotion_is_written_neutral() -> None:
    project = awkward_project()
    ops.set_fields(project, "c0", emotion=None).apply(project)
    assert "Vitrine #58; « Ding ! »: 3:" in export_mermaid(project, "m")


def test_only_touchpoints_are_exported() -> None:
    project = awkward_project()
    note = Card(id="n", kind=CardKind.NOTE, title="Internal", phase_id="ph0", lane_id="l")
    ops.add_card(project, note).apply(project)
    assert "Internal" not in export_mermaid(project, "m")
