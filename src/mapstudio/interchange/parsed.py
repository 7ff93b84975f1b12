"""What an importer read, independent of the file format, and how it becomes a map.

Importers (CSV, Mermaid) only parse: they return a `ParsedMap` with the
problems they met, line by line. `build_import_edit` turns it into one
`CompositeEdit` that adds a new map (its personas, phases, lanes, cards,
markers, opportunities and flows), so the UI can first ask "import the rest?"
and then push a single undoable step; the CLI applies it directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from mapstudio.interchange.errors import Problem
from mapstudio.interchange.vocabulary import lane_title, normalize
from mapstudio.model import operations as ops
from mapstudio.model.edits import CompositeEdit, Edit
from mapstudio.model.kinds import DEFAULT_LANE_FOR_CARD, CardKind, LaneKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase

# What one imported map may hold besides its cards: a real journey has a handful
# of each. Both importers refuse a file beyond these, so a hostile file cannot
# build a map too big to draw.
MAX_PHASES = 200
MAX_LANES = 100
MAX_PERSONAS = 100
# Adding a card renumbers its cell, so one crowded cell costs quadratic time;
# 500 cards in one cell is already unreadable on any map.
MAX_CARDS_PER_CELL = 500


@dataclass
class ParsedMarker:
    """A frustration marker on a card or a phase, maybe answered by an opportunity."""

    description: str
    severity: int = 2
    opportunity: str = ""  # title of the opportunity card that answers it
    line: int = 0


@dataclass
class ParsedCard:
    """A card in a cell named by phase name and lane title."""

    line: int
    phase: str
    lane: str
    card: Card  # fields only: id, cell and links are filled in when building
    markers: list[ParsedMarker] = field(default_factory=list)


@dataclass
class ParsedMap:
    """One map as read from a file: names, not ids, in order of first appearance."""

    name: str = ""
    description: str = ""
    personas: list[str] = field(default_factory=list)  # the map is about the first
    phases: list[str] = field(default_factory=list)
    lanes: list[tuple[str, LaneKind]] = field(default_factory=list)
    cards: list[ParsedCard] = field(default_factory=list)
    phase_markers: list[tuple[str, ParsedMarker]] = field(default_factory=list)
    flows: list[tuple[int, int]] = field(default_factory=list)  # indexes into `cards`
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    lang: str = "en"  # language of names the importer must invent (new lanes)
    source: str = ""  # the file's name, for messages
    # Normalized phase name -> name as first written, so a file naming thousands
    # of phases is read in linear time (a lookup per row, not a scan).
    _phase_keys: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def add_phase(self, name: str) -> str:
        """The phase's name as first written (phases match ignoring case and accents)."""
        key = normalize(name)
        if len(self._phase_keys) != len(self.phases):  # `phases` was set from outside
            self._phase_keys = {normalize(p): p for p in reversed(self.phases)}
        existing = self._phase_keys.get(key)
        if existing is not None:
            return existing
        self.phases.append(name)
        self._phase_keys[key] = name
        return name

    def find_lane(self, title: str) -> str | None:
        key = normalize(title)
        return next((t for t, _ in self.lanes if normalize(t) == key), None)

    def add_lane(self, title: str, kind: LaneKind) -> str:
        existing = self.find_lane(title)
        if existing is not None:
            return existing
        self.lanes.append((title, kind))
        return title

    def lane_for_kind(self, kind: LaneKind) -> str:
        """The first lane of a kind, created (with a title in `lang`) if there is none."""
        for title, lane_kind in self.lanes:
            if lane_kind == kind:
                return title
        return self.add_lane(lane_title(kind, self.lang), kind)

    def default_lane(self, card_kind: CardKind) -> str:
        return self.lane_for_kind(DEFAULT_LANE_FOR_CARD[card_kind])


@dataclass
class ImportResult:
    """A map added to a project, and the lines that were left out."""

    project: JourneyProject
    map_id: str
    edit: CompositeEdit  # already applied; revert it to take the import back
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def build_import_edit(
    project: JourneyProject, parsed: ParsedMap, map_name: str | None = None
) -> tuple[CompositeEdit, str]:
    """One edit adding `parsed` as a new map of `project`, and the new map's id.

    Personas are reused when the project already has one of the same name.
    The edit is not applied.
    """
    map_id = ops.new_id("map")
    steps: list[Callable[[], Edit]] = []
    persona_ids: list[str] = []
    known = {normalize(p.name): p.id for p in project.personas()}
    for name in parsed.personas:
        key = normalize(name)
        if key not in known:
            known[key] = ops.new_id("persona")
            persona = Persona(id=known[key], name=name)
            steps.append(lambda p=persona: ops.add_persona(project, p))
        persona_ids.append(known[key])
    journey_map = JourneyMap(
        id=map_id,
        name=map_name or parsed.name or "Imported map",
        description=parsed.description,
        persona_id=persona_ids[0] if persona_ids else None,
    )
    steps.append(lambda: ops.add_map(project, journey_map))
    phase_ids = {normalize(name): ops.new_id("phase") for name in parsed.phases}
    for name in parsed.phases:
        phase = Phase(id=phase_ids[normalize(name)], name=name)
        steps.append(lambda p=phase: ops.add_phase(project, map_id, p))
    lanes = list(parsed.lanes)
    markers = [(i, m, c.phase) for i, c in enumerate(parsed.cards) for m in c.markers]
    markers += [(-1, m, p) for p, m in parsed.phase_markers]
    if any(m.opportunity for _, m, _ in markers) and all(
        kind != LaneKind.OPPORTUNITIES for _, kind in lanes
    ):
        lanes.append((lane_title(LaneKind.OPPORTUNITIES, parsed.lang), LaneKind.OPPORTUNITIES))
    lane_ids = {normalize(title): ops.new_id("lane") for title, _ in lanes}
    for title, kind in lanes:
        lane = Lane(id=lane_ids[normalize(title)], title=title, kind=kind)
        steps.append(lambda lane=lane: ops.add_lane(project, map_id, lane))
    opportunity_lane = next(
        (lane_ids[normalize(t)] for t, k in lanes if k == LaneKind.OPPORTUNITIES), ""
    )

    card_ids: list[str] = []
    for parsed_card in parsed.cards:
        card = parsed_card.card.with_changes(
            id=ops.new_id("card"),
            phase_id=phase_ids[normalize(parsed_card.phase)],
            lane_id=lane_ids[normalize(parsed_card.lane)],
        )
        card_ids.append(card.id)
        steps.append(lambda c=card: ops.add_card(project, c))
    for index, marker, phase_name in markers:
        target = card_ids[index] if index >= 0 else phase_ids[normalize(phase_name)]
        marker_card = Card(
            id=ops.new_id("card"),
            kind=CardKind.FRUSTRATION,
            title=marker.description,
            severity=marker.severity,
            marks=target,
        )
        steps.append(lambda c=marker_card: ops.add_card(project, c))
        if marker.opportunity:
            answer = Card(
                id=ops.new_id("card"),
                kind=CardKind.OPPORTUNITY,
                title=marker.opportunity,
                phase_id=phase_ids[normalize(phase_name)],
                lane_id=opportunity_lane,
                answers=marker_card.id,
            )
            steps.append(lambda c=answer: ops.add_card(project, c))
    for source, target in parsed.flows:
        steps.append(lambda s=card_ids[source], t=card_ids[target]: ops.add_flow(project, s, t))
    return ops.sequence(project, "Import map", steps), map_id


def apply_import(
    parsed: ParsedMap, project: JourneyProject | None, map_name: str | None
) -> ImportResult:
    """Add `parsed` to `project` (a new project when None) and say what was left out."""
    project = project if project is not None else JourneyProject()
    edit, map_id = build_import_edit(project, parsed, map_name)
    edit.apply(project)
    return ImportResult(project, map_id, edit, list(parsed.problems), list(parsed.warnings))
