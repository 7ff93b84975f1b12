"""Translated names for the model's closed vocabularies (channels, kinds, roles).

The model stores stable English keys; every widget that shows one to a
marketer goes through here, so a French catalogue translates them in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mapstudio.model.kinds import BuyingRole, CardKind, Evidence, LaneKind, Mode

_CONTEXT = "Vocabulary"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def channel_name(channel: str) -> str:
    """A known channel's display name; an unknown (user-typed) channel as is."""
    names = {
        "website": _tr("Website"),
        "search_ad": _tr("Search ad"),
        "social": _tr("Social network"),
        "email": _tr("Email"),
        "sms": _tr("SMS"),
        "phone": _tr("Phone"),
        "shop": _tr("Shop / point of sale"),
        "event": _tr("Event"),
        "print": _tr("Print / magazine"),
        "word_of_mouth": _tr("Word of mouth"),
        "chat": _tr("Chat"),
        "app": _tr("Mobile app"),
        "direct_mail": _tr("Direct mail"),
        "other": _tr("Other"),
    }
    return names.get(channel, channel)


def card_kind_name(kind: CardKind) -> str:
    names = {
        CardKind.TOUCHPOINT: _tr("Touchpoint"),
        CardKind.GOAL: _tr("Goal"),
        CardKind.ACTION: _tr("Action"),
        CardKind.THOUGHT: _tr("Thought"),
        CardKind.FRUSTRATION: _tr("Frustration"),
        CardKind.OPPORTUNITY: _tr("Opportunity"),
        CardKind.KPI: _tr("KPI"),
        CardKind.NOTE: _tr("Note"),
    }
    return names[kind]


def lane_kind_name(kind: LaneKind) -> str:
    names = {
        LaneKind.GOALS: _tr("Customer goals"),
        LaneKind.TOUCHPOINTS: _tr("Touchpoints"),
        LaneKind.ACTIONS: _tr("Actions"),
        LaneKind.THOUGHTS: _tr("Thoughts"),
        LaneKind.EMOTIONS: _tr("Emotions"),
        LaneKind.FRUSTRATIONS: _tr("Frustrations"),
        LaneKind.OPPORTUNITIES: _tr("Opportunities"),
        LaneKind.KPIS: _tr("KPIs"),
        LaneKind.CHANNELS: _tr("Channels"),
        LaneKind.NOTES: _tr("Notes"),
    }
    return names[kind]


def mode_name(mode: Mode) -> str:
    names = {
        Mode.ONLINE: _tr("Online"),
        Mode.OFFLINE: _tr("Offline"),
        Mode.IN_PERSON: _tr("In person"),
        Mode.PHONE: _tr("By phone"),
    }
    return names[mode]


def evidence_name(evidence: Evidence) -> str:
    names = {
        Evidence.ANALYTICS: _tr("Analytics (measured)"),
        Evidence.ANECDOTAL: _tr("Anecdotal (reported)"),
    }
    return names[evidence]


def buying_role_name(role: BuyingRole) -> str:
    names = {
        BuyingRole.USER: _tr("User"),
        BuyingRole.INFLUENCER: _tr("Influencer"),
        BuyingRole.INITIATOR: _tr("Initiator"),
        BuyingRole.DECISION_MAKER: _tr("Decision maker"),
        BuyingRole.BUYER: _tr("Buyer"),
    }
    return names[role]


# Emotion scores -2…+2 and the face that stands for each.
EMOTION_FACES: dict[int, str] = {-2: "😞", -1: "🙁", 0: "😐", 1: "🙂", 2: "😄"}


def emotion_name(score: int) -> str:
    names = {
        -2: _tr("Very negative"),
        -1: _tr("Negative"),
        0: _tr("Neutral"),
        1: _tr("Positive"),
        2: _tr("Very positive"),
    }
    return names.get(score, str(score))


def level_names(field: str) -> dict[int, str]:
    """Labels for the 1…3 levels of severity, priority and effort."""
    if field == "severity":
        return {1: _tr("1 — Minor"), 2: _tr("2 — Annoying"), 3: _tr("3 — Blocking")}
    if field == "effort":
        return {1: _tr("1 — Small"), 2: _tr("2 — Medium"), 3: _tr("3 — Large")}
    return {1: _tr("1 — Low"), 2: _tr("2 — Medium"), 3: _tr("3 — High")}
