"""Health check: one small crafted map per finding, plus translation and a clean map."""

from __future__ import annotations

import pytest

from mapstudio.model import operations as ops
from mapstudio.model.analysis import CODES, Finding, Severity, check_map, check_project
from mapstudio.model.analysis_messages import ENGLISH, FRENCH, translator
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase


def base(phases: int = 3) -> JourneyProject:
    """One persona's map with `phases` phases and a touchpoint and a frustration lane."""
    project = JourneyProject()
    ops.add_persona(project, Persona(id="p", name="Lucy")).apply(project)
    ops.add_map(project, JourneyMap(id="m", name="Main", persona_id="p")).apply(project)
    for i in range(phases):
        ops.add_phase(project, "m", Phase(id=f"ph{i}", name=f"P{i}")).apply(project)
    ops.add_lane(project, "m", Lane(id="tp", title="Touchpoints")).apply(project)
    lane = Lane(id="fr", title="Frustrations", kind=LaneKind.FRUSTRATIONS)
    ops.add_lane(project, "m", lane).apply(project)
    return project


def touch(project: JourneyProject, card_id: str, phase: int, **fields: object) -> None:
    values: dict[str, object] = {"channel": "shop", "emotion": 1, **fields}
    card = Card(id=card_id, title=card_id.upper(), phase_id=f"ph{phase}", lane_id="tp", **values)
    ops.add_card(project, card).apply(project)


def clean() -> JourneyProject:
    """A map with no problem: a touchpoint per phase, joined in order."""
    project = base()
    for i in range(3):
        touch(project, f"t{i}", i, emotion=i - 1)
    ops.add_flow(project, "t0", "t1").apply(project)
    ops.add_flow(project, "t1", "t2").apply(project)
    return project


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def only(findings: list[Finding], code: str) -> Finding:
    (found,) = [f for f in findings if f.code == code]
    return found


def test_a_clean_map_has_only_its_lowest_moment() -> None:
    findings = check_project(clean())
    assert codes(findings) == ["lowest-emotion"]
    assert findings[0].severity == Severity.INSIGHT
    assert findings[0].ids == ("t0",)
    assert findings[0].message == "The lowest emotional moment of “Main” is “T0” (P0), at -1."


def test_phase_without_touchpoint() -> None:
    project = base()
    touch(project, "t0", 0)
    touch(project, "t2", 2)
    finding = only(check_map(project, "m"), "phase-without-touchpoint")
    assert finding.ids == ("ph1",) and finding.severity == Severity.WARNING
    assert finding.params["phase"] == "P1"


def test_touchpoint_without_channel_and_without_emotion() -> None:
    project = clean()
    ops.set_fields(project, "t1", channel=" ", emotion=None).apply(project)
    findings = check_map(project, "m")
    assert only(findings, "touchpoint-without-channel").ids == ("t1",)
    assert only(findings, "touchpoint-without-emotion").ids == ("t1",)


def test_frustration_without_opportunity() -> None:
    project = clean()
    ops.add_card(
        project, Card(id="mk", kind=CardKind.FRUSTRATION, title="Queue", marks="t1")
    ).apply(project)
    answered = Card(id="f2", kind=CardKind.FRUSTRATION, title="Ok", phase_id="ph0", lane_id="fr")
    ops.add_card(project, answered).apply(project)
    idea = Card(id="o", kind=CardKind.OPPORTUNITY, title="Idea", phase_id="ph0", lane_id="fr")
    ops.add_card(project, idea.with_changes(answers="f2")).apply(project)
    finding = only(check_map(project, "m"), "frustration-without-opportunity")
    assert finding.ids == ("mk", "t1")
    assert finding.params["phase"] == "P1"  # a marker belongs to the phase of what it marks


def test_flow_dead_end_before_the_last_phase() -> None:
    project = clean()
    touch(project, "side", 1)
    ops.add_flow(project, "t0", "side").apply(project)
    findings = check_map(project, "m")
    assert only(findings, "flow-dead-end").ids == ("side",)  # t2, in the last phase, is fine
    assert "touchpoint-unreachable" not in codes(findings)


def test_touchpoint_unreachable_from_the_first_phase() -> None:
    project = clean()
    touch(project, "island", 2)
    touch(project, "detour", 1)
    ops.add_flow(project, "detour", "island").apply(project)
    findings = check_map(project, "m")
    assert sorted(f.ids[0] for f in findings if f.code == "touchpoint-unreachable") == [
        "detour",
        "island",
    ]


def test_a_map_without_flows_has_no_path_findings() -> None:
    project = base()
    touch(project, "a", 0)
    touch(project, "b", 1)
    touch(project, "c", 2)
    assert not {"flow-dead-end", "touchpoint-unreachable"} & set(codes(check_map(project, "m")))


def test_lowest_emotion_lists_every_tie() -> None:
    project = clean()
    touch(project, "low2", 2, emotion=-1)
    finding = only(check_map(project, "m"), "lowest-emotion")
    assert finding.ids == ("t0", "low2") and finding.params["count"] == 2


def test_frustration_cluster() -> None:
    project = clean()
    for i, target in enumerate(["t1", "t1", "ph1", "t0"]):
        card = Card(id=f"mk{i}", kind=CardKind.FRUSTRATION, title=f"F{i}", marks=target)
        ops.add_card(project, card).apply(project)
    finding = only(check_map(project, "m"), "frustration-cluster")
    assert finding.ids == ("ph1",)
    assert (finding.params["count"], finding.params["total"]) == (3, 4)
    assert finding.severity == Severity.INSIGHT


def test_one_frustration_per_phase_is_no_cluster() -> None:
    project = clean()
    ops.add_card(project, Card(id="mk", kind=CardKind.FRUSTRATION, title="F", marks="t1")).apply(
        project
    )
    assert "frustration-cluster" not in codes(check_map(project, "m"))


def test_persona_without_map() -> None:
    project = clean()
    ops.add_persona(project, Persona(id="q", name="Marc")).apply(project)
    finding = only(check_project(project), "persona-without-map")
    assert finding.ids == ("q",) and finding.message == "The persona “Marc” has no map."


def test_messages_in_french() -> None:
    project = base()
    touch(project, "t0", 0, channel="")
    findings = check_project(project, translator("fr"))
    assert only(findings, "touchpoint-without-channel").message == (
        "Le point de contact «\u00a0T0\u00a0» (P0) n’a pas de canal."
    )


@pytest.mark.parametrize("table", [ENGLISH, FRENCH], ids=["en", "fr"])
def test_every_code_has_a_message(table: dict[str, str]) -> None:
    assert set(table) == set(CODES)


def test_a_custom_translate_callable_is_used() -> None:
    findings = check_project(clean(), lambda code, params: f"<{code}>")
    assert [f.message for f in findings] == ["<lowest-emotion>"]
