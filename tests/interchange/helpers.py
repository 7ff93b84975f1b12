"""Crafted projects and a comparable summary of a map, for round-trip tests."""

from __future__ import annotations

from typing import Any

from mapstudio.model import operations as ops
from mapstudio.model.kinds import CardKind, LaneKind, Mode
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase


def rich_project() -> JourneyProject:
    """A map using every field CSV carries: markers, answers, empty phase and lane, odd text."""
    project = JourneyProject()
    ops.add_persona(project, Persona(id="p", name="Julie, la flâneuse")).apply(project)
    ops.add_map(project, JourneyMap(id="m", name="Parcours : boutique", persona_id="p")).apply(
        project
    )
    for i, name in enumerate(["Découverte", "Achat", "Vide", "Fidélité"]):
        ops.add_phase(project, "m", Phase(id=f"ph{i}", name=name)).apply(project)
    lanes = [
        ("l-goal", "Objectifs", LaneKind.GOALS),
        ("l-tp", "Parcours client", LaneKind.TOUCHPOINTS),
        ("l-empty", "Coulisses", LaneKind.NOTES),
        ("l-fr", "Frustrations", LaneKind.FRUSTRATIONS),
        ("l-opp", "Opportunités", LaneKind.OPPORTUNITIES),
        ("l-kpi", "KPI", LaneKind.KPIS),
    ]
    for lane_id, title, kind in lanes:
        ops.add_lane(project, "m", Lane(id=lane_id, title=title, kind=kind)).apply(project)
    cards = [
        Card(
            id="g1", kind=CardKind.GOAL, title="Trouver une idée", phase_id="ph0", lane_id="l-goal"
        ),
        Card(
            id="t1",
            title="Vitrine ; « Ding ! »",
            description='Il s’arrête.\nDeux lignes, une virgule, un "guillemet".',
            channel="shop",
            mode=Mode.IN_PERSON,
            emotion=1,
            owner="Merchandising",
            phase_id="ph0",
            lane_id="l-tp",
        ),
        Card(
            id="t2",
            title="=SUM(A1) pas une formule",
            channel="Salon du meuble",
            mode=Mode.ONLINE,
            emotion=-2,
            phase_id="ph0",
            lane_id="l-tp",
        ),
        Card(
            id="t3",
            title="-20 % en caisse",
            channel="phone",
            mode=Mode.PHONE,
            emotion=0,
            phase_id="ph1",
            lane_id="l-tp",
        ),
        Card(
            id="t4",
            title="Courriel merci",
            channel="email",
            mode=Mode.OFFLINE,
            emotion=2,
            phase_id="ph3",
            lane_id="l-tp",
        ),
        Card(
            id="f1",
            kind=CardKind.FRUSTRATION,
            title="Attente",
            severity=3,
            phase_id="ph1",
            lane_id="l-fr",
        ),
        Card(
            id="k1",
            kind=CardKind.KPI,
            title="Conversion",
            kpi_name="Taux",
            kpi_value="12 %",
            kpi_target="30 %",
            phase_id="ph1",
            lane_id="l-kpi",
        ),
        Card(
            id="o-free",
            kind=CardKind.OPPORTUNITY,
            title="Idée libre",
            phase_id="ph3",
            lane_id="l-opp",
        ),
    ]
    for card in cards:
        ops.add_card(project, card).apply(project)
    for marker_id, target, text, severity in [
        ("mk1", "t1", "Trop grand ?", 2),
        ("mk2", "t1", "Prix : pas affiché", 1),
        ("mk3", "ph1", "File d’attente", 3),
    ]:
        card = Card(
            id=marker_id, kind=CardKind.FRUSTRATION, title=text, severity=severity, marks=target
        )
        ops.add_card(project, card).apply(project)
    for opp_id, phase, answers in [("o1", "ph0", "mk1"), ("o3", "ph1", "mk3")]:
        card = Card(
            id=opp_id,
            kind=CardKind.OPPORTUNITY,
            title=f"Réponse {answers}",
            phase_id=phase,
            lane_id="l-opp",
            answers=answers,
        )
        ops.add_card(project, card).apply(project)
    ops.add_flow(project, "t1", "t3").apply(project)
    return project


CSV_FIELDS = ("kind", "title", "description", "channel", "mode", "emotion", "owner")
CSV_FIELDS += ("kpi_name", "kpi_value", "kpi_target")


def summary(project: JourneyProject, map_id: str, fields: tuple[str, ...] = CSV_FIELDS) -> Any:
    """Phases, lanes, cards by cell and markers with their answers, ids left out."""

    def marker_view(target: str) -> list[Any]:
        return sorted(
            (m.title, m.severity, sorted(o.title for o in project.opportunities_for(m.id)))
            for m in project.markers_of(target)
            if m.phase_id is None
        )

    phases = project.phases(map_id)
    lanes = project.lanes(map_id)
    cells = {}
    for phase in phases:
        for lane in lanes:
            cards = project.cards_in_cell(phase.id, lane.id)
            cells[(phase.name, lane.title)] = sorted(
                (
                    tuple(getattr(c, f) for f in fields),
                    c.severity if c.kind == CardKind.FRUSTRATION else None,
                    marker_view(c.id),
                )
                for c in cards
            )
    return {
        "phases": [p.name for p in phases],
        "lanes": [(lane.title, lane.kind) for lane in lanes],
        "cells": cells,
        "phase_markers": {p.name: marker_view(p.id) for p in phases},
    }
