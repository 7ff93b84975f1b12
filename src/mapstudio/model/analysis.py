"""Health check: the graph questions a map's owner cares about (docs/health-check.md).

Each finding has a stable public `code`, a `severity`, the `ids` it concerns
(so the UI can select them) and `params`, from which a `translate` callable
writes the message in the user's language. Problems (`WARNING`) are gaps to
fill; insights (`INSIGHT`: the lowest emotional moment, where frustrations
cluster) are facts worth a look, not defects.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

import networkx as nx

from mapstudio.model.analysis_messages import Translate, english
from mapstudio.model.kinds import CardKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card

CODES: tuple[str, ...] = (
    "phase-without-touchpoint",
    "touchpoint-without-channel",
    "touchpoint-without-emotion",
    "frustration-without-opportunity",
    "flow-dead-end",
    "touchpoint-unreachable",
    "lowest-emotion",
    "frustration-cluster",
    "persona-without-map",
)


class Severity(StrEnum):
    WARNING = "warning"  # something is missing or broken on the map
    INSIGHT = "insight"  # worth a look, not a defect


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str
    ids: tuple[str, ...]
    params: Mapping[str, object] = field(default_factory=dict)


def check_project(project: JourneyProject, translate: Translate = english) -> list[Finding]:
    """Every finding of every map, then the personas without a map."""
    findings: list[Finding] = []
    for journey_map in project.maps():
        findings += check_map(project, journey_map.id, translate)
    for persona in project.personas():
        if not project.maps_about(persona.id):
            findings.append(
                _finding(translate, "persona-without-map", (persona.id,), name=persona.name)
            )
    return findings


def check_map(
    project: JourneyProject, map_id: str, translate: Translate = english
) -> list[Finding]:
    """The findings of one map, in the order of `CODES`."""
    return _MapCheck(project, map_id, translate).run()


def _finding(translate: Translate, code: str, ids: tuple[str, ...], **params: object) -> Finding:
    severity = (
        Severity.INSIGHT
        if code in ("lowest-emotion", "frustration-cluster")
        else (Severity.WARNING)
    )
    return Finding(code, severity, translate(code, params), ids, params)


class _MapCheck:
    def __init__(self, project: JourneyProject, map_id: str, translate: Translate) -> None:
        self.project = project
        self.translate = translate
        self.map_name = project.map(map_id).name
        self.phases = project.phases(map_id)
        self.phase_names = {p.id: p.name for p in self.phases}
        self.phase_index = {p.id: i for i, p in enumerate(self.phases)}
        self.cards = project.cards(map_id)
        self.touchpoints = [c for c in self.cards if c.kind == CardKind.TOUCHPOINT]
        self.flows = project.flows(map_id)
        self.findings: list[Finding] = []

    def add(self, code: str, ids: tuple[str, ...], **params: object) -> None:
        self.findings.append(_finding(self.translate, code, ids, map=self.map_name, **params))

    def about(self, card: Card) -> dict[str, object]:
        return {"title": card.title, "phase": self.phase_names.get(self.phase_of(card) or "", "")}

    def phase_of(self, card: Card) -> str | None:
        """A card's phase; for a marker, the phase of what it marks."""
        if card.phase_id is not None:
            return card.phase_id
        if card.marks is None:
            return None
        if card.marks in self.phase_index:
            return card.marks
        return self.project.card(card.marks).phase_id

    def run(self) -> list[Finding]:
        with_touchpoints = {c.phase_id for c in self.touchpoints}
        for phase in self.phases:
            if phase.id not in with_touchpoints:
                self.add("phase-without-touchpoint", (phase.id,), phase=phase.name)
        for card in self.touchpoints:
            if not card.channel.strip():
                self.add("touchpoint-without-channel", (card.id,), **self.about(card))
        for card in self.touchpoints:
            if card.emotion is None:
                self.add("touchpoint-without-emotion", (card.id,), **self.about(card))
        frustrations = [c for c in self.cards if c.kind == CardKind.FRUSTRATION]
        for card in frustrations:
            if not self.project.opportunities_for(card.id):
                ids = (card.id, card.marks) if card.marks else (card.id,)
                self.add("frustration-without-opportunity", ids, **self.about(card))
        self.check_path()
        self.check_lowest_emotion()
        self.check_cluster(frustrations)
        return self.findings

    def check_path(self) -> None:
        """Dead ends and unreachable touchpoints, on the flows as a directed graph."""
        if not self.flows or not self.touchpoints:
            return  # a map without any flow has no path to check
        path = nx.DiGraph()
        path.add_nodes_from(c.id for c in self.touchpoints)
        path.add_edges_from((f.source, f.target) for f in self.flows)
        last = len(self.phases) - 1
        for card in self.touchpoints:
            stops = path.in_degree(card.id) and not path.out_degree(card.id)
            if stops and self.phase_index.get(card.phase_id or "", last) < last:
                self.add("flow-dead-end", (card.id,), **self.about(card))
        first = min(self.phase_index[c.phase_id or ""] for c in self.touchpoints)
        starts = [c.id for c in self.touchpoints if self.phase_index[c.phase_id or ""] == first]
        reached = set(starts).union(*(nx.descendants(path, s) for s in starts))
        for card in self.touchpoints:
            if card.id not in reached:
                self.add("touchpoint-unreachable", (card.id,), **self.about(card))

    def check_lowest_emotion(self) -> None:
        felt = [c for c in self.touchpoints if c.emotion is not None]
        if not felt:
            return
        lowest = min(c.emotion for c in felt if c.emotion is not None)
        at_lowest = [c for c in felt if c.emotion == lowest]
        self.add(
            "lowest-emotion",
            tuple(c.id for c in at_lowest),
            emotion=lowest,
            count=len(at_lowest),
            **self.about(at_lowest[0]),
        )

    def check_cluster(self, frustrations: list[Card]) -> None:
        """The phase holding the most frustrations, when it holds at least two."""
        counts = Counter(p for p in (self.phase_of(c) for c in frustrations) if p is not None)
        if not counts:
            return
        top = max(counts.values())
        if top < 2:
            return
        phases = [p.id for p in self.phases if counts.get(p.id) == top]
        self.add(
            "frustration-cluster",
            tuple(phases),
            phase=", ".join(self.phase_names[p] for p in phases),
            count=top,
            total=sum(counts.values()),
        )
