"""The journey-project model: records, the graph, edits, layout. No Qt here."""

from mapstudio.model.errors import ModelError
from mapstudio.model.kinds import (
    KNOWN_CHANNELS,
    BuyingRole,
    CardKind,
    EdgeKind,
    Evidence,
    LaneKind,
    Mode,
    NodeKind,
)
from mapstudio.model.project import JourneyProject, ProjectChange
from mapstudio.model.records import Card, Flow, JourneyMap, Lane, Persona, Phase

__all__ = [
    "KNOWN_CHANNELS",
    "BuyingRole",
    "Card",
    "CardKind",
    "EdgeKind",
    "Evidence",
    "Flow",
    "JourneyMap",
    "JourneyProject",
    "Lane",
    "LaneKind",
    "Mode",
    "ModelError",
    "NodeKind",
    "Persona",
    "Phase",
    "ProjectChange",
]
