"""A thin front on the model's operations for code that builds whole projects.

Templates and examples add dozens of records in a row; this keeps each step a
single call while still going through the operations (and their checks).
"""

from __future__ import annotations

from mapstudio.model import operations
from mapstudio.model.kinds import LaneKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase

# The lanes every new map starts with, top to bottom, with their names.
STANDARD_LANES: tuple[tuple[LaneKind, str, str], ...] = (
    (LaneKind.GOALS, "Customer goals", "Objectifs du client"),
    (LaneKind.TOUCHPOINTS, "Touchpoints", "Points de contact"),
    (LaneKind.THOUGHTS, "Thoughts", "Pensées"),
    (LaneKind.EMOTIONS, "Emotions", "Émotions"),
    (LaneKind.FRUSTRATIONS, "Frustrations", "Frustrations"),
    (LaneKind.OPPORTUNITIES, "Opportunities", "Opportunités"),
    (LaneKind.KPIS, "KPIs", "KPI"),
)

LANGUAGES: tuple[str, ...] = ("en", "fr")


def lane_id(kind: LaneKind) -> str:
    """The deterministic id of a standard lane, e.g. `lane-touchpoints`."""
    return f"lane-{kind.value}"


class ProjectBuilder:
    """Builds a project step by step, applying each operation's edit at once."""

    def __init__(self) -> None:
        self.project = JourneyProject()

    def persona(self, persona: Persona) -> str:
        operations.add_persona(self.project, persona).apply(self.project)
        return persona.id

    def journey_map(self, journey_map: JourneyMap) -> str:
        operations.add_map(self.project, journey_map).apply(self.project)
        return journey_map.id

    def phase(self, map_id: str, phase: Phase) -> str:
        operations.add_phase(self.project, map_id, phase).apply(self.project)
        return phase.id

    def lane(self, map_id: str, lane: Lane) -> str:
        operations.add_lane(self.project, map_id, lane).apply(self.project)
        return lane.id

    def standard_lanes(self, map_id: str, lang: str) -> None:
        """Add the standard lanes, named in `lang` ("en" or "fr")."""
        for kind, english, french in STANDARD_LANES:
            title = french if lang == "fr" else english
            self.lane(map_id, Lane(id=lane_id(kind), title=title, kind=kind))

    def card(self, card: Card) -> str:
        operations.add_card(self.project, card).apply(self.project)
        return card.id

    def flow(self, source: str, target: str, label: str = "") -> None:
        operations.add_flow(self.project, source, target, label).apply(self.project)
