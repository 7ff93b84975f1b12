"""The closed vocabularies of a journey project: node, edge, lane and card kinds.

Values are the strings written to the `.mapstudio` file, so they never change
once released; add new members rather than renaming old ones.
"""

from __future__ import annotations

from enum import StrEnum


class NodeKind(StrEnum):
    PERSONA = "persona"
    MAP = "map"
    PHASE = "phase"
    LANE = "lane"
    CARD = "card"


class EdgeKind(StrEnum):
    HAS_PHASE = "has_phase"  # map -> phase, ordered by the edge's `order`
    HAS_LANE = "has_lane"  # map -> lane, ordered by the edge's `order`
    IN_CELL = "in_cell"  # card -> phase and card -> lane
    ABOUT = "about"  # map -> persona
    FLOWS_TO = "flows_to"  # touchpoint -> touchpoint, the customer's path
    MARKS = "marks"  # frustration -> card or phase
    ANSWERS = "answers"  # opportunity -> frustration


class LaneKind(StrEnum):
    GOALS = "goals"
    TOUCHPOINTS = "touchpoints"
    ACTIONS = "actions"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    FRUSTRATIONS = "frustrations"
    OPPORTUNITIES = "opportunities"
    KPIS = "kpis"
    CHANNELS = "channels"
    NOTES = "notes"


class CardKind(StrEnum):
    TOUCHPOINT = "touchpoint"
    GOAL = "goal"
    ACTION = "action"
    THOUGHT = "thought"
    FRUSTRATION = "frustration"
    OPPORTUNITY = "opportunity"
    KPI = "kpi"
    NOTE = "note"


class Mode(StrEnum):
    """How the customer meets the touchpoint (domain text 000, step 4)."""

    ONLINE = "online"
    OFFLINE = "offline"
    IN_PERSON = "in_person"
    PHONE = "phone"


class Evidence(StrEnum):
    """Where a touchpoint's facts come from."""

    ANALYTICS = "analytics"
    ANECDOTAL = "anecdotal"


class BuyingRole(StrEnum):
    """A persona's place in the buying decision; a persona may hold several."""

    USER = "user"
    INFLUENCER = "influencer"
    INITIATOR = "initiator"
    DECISION_MAKER = "decision_maker"
    BUYER = "buyer"


# Channels are an extensible list: any non-empty string is a valid channel, and
# these are the ones the product knows how to name and draw an icon for.
KNOWN_CHANNELS: tuple[str, ...] = (
    "website",
    "search_ad",
    "social",
    "email",
    "sms",
    "phone",
    "shop",
    "event",
    "print",
    "word_of_mouth",
    "chat",
    "app",
    "direct_mail",
    "other",
)

# The lane kind a card kind lives in by default, used when a card is dropped
# without a lane and by importers that create missing lanes.
DEFAULT_LANE_FOR_CARD: dict[CardKind, LaneKind] = {
    CardKind.TOUCHPOINT: LaneKind.TOUCHPOINTS,
    CardKind.GOAL: LaneKind.GOALS,
    CardKind.ACTION: LaneKind.ACTIONS,
    CardKind.THOUGHT: LaneKind.THOUGHTS,
    CardKind.FRUSTRATION: LaneKind.FRUSTRATIONS,
    CardKind.OPPORTUNITY: LaneKind.OPPORTUNITIES,
    CardKind.KPI: LaneKind.KPIS,
    CardKind.NOTE: LaneKind.NOTES,
}

EMOTION_MIN = -2
EMOTION_MAX = 2
SEVERITY_MIN = 1
SEVERITY_MAX = 3
