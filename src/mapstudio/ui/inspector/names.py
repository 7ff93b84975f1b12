"""Translated names for the model's closed vocabularies (channels, kinds, roles).

The model stores stable English keys; every widget that shows one to a
marketer goes through here, so a French catalogue translates them in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mapstudio.model.kinds import BuyingRole, CardKind, Evidence, LaneKind, Mode

_CONTEXT = "Vocabulary"


def channel_name(channel: str) -> str:
    """A known channel's display name; an unknown (user-typed) channel as is."""
    names = {
        "website": QCoreApplication.translate("Vocabulary", "Website"),
        "search_ad": QCoreApplication.translate("Vocabulary", "Search ad"),
        "social": QCoreApplication.translate("Vocabulary", "Social network"),
        "email": QCoreApplication.translate("Vocabulary", "Email"),
        "sms": QCoreApplication.translate("Vocabulary", "SMS"),
        "phone": QCoreApplication.translate("Vocabulary", "Phone"),
        "shop": QCoreApplication.translate("Vocabulary", "Shop / point of sale"),
        "event": QCoreApplication.translate("Vocabulary", "Event"),
        "print": QCoreApplication.translate("Vocabulary", "Print / magazine"),
        "word_of_mouth": QCoreApplication.translate("Vocabulary", "Word of mouth"),
        "chat": QCoreApplication.translate("Vocabulary", "Chat"),
        "app": QCoreApplication.translate("Vocabulary", "Mobile app"),
        "direct_mail": QCoreApplication.translate("Vocabulary", "Direct mail"),
        "other": QCoreApplication.translate("Vocabulary", "Other"),
    }
    return names.get(channel, channel)


def card_kind_name(kind: CardKind) -> str:
    names = {
        CardKind.TOUCHPOINT: QCoreApplication.translate("Vocabulary", "Touchpoint"),
        CardKind.GOAL: QCoreApplication.translate("Vocabulary", "Goal"),
        CardKind.ACTION: QCoreApplication.translate("Vocabulary", "Action"),
        CardKind.THOUGHT: QCoreApplication.translate("Vocabulary", "Thought"),
        CardKind.FRUSTRATION: QCoreApplication.translate("Vocabulary", "Frustration"),
        CardKind.OPPORTUNITY: QCoreApplication.translate("Vocabulary", "Opportunity"),
        CardKind.KPI: QCoreApplication.translate("Vocabulary", "KPI"),
        CardKind.NOTE: QCoreApplication.translate("Vocabulary", "Note"),
    }
    return names[kind]


def lane_kind_name(kind: LaneKind) -> str:
    names = {
        LaneKind.GOALS: QCoreApplication.translate("Vocabulary", "Customer goals"),
        LaneKind.TOUCHPOINTS: QCoreApplication.translate("Vocabulary", "Touchpoints"),
        LaneKind.ACTIONS: QCoreApplication.translate("Vocabulary", "Actions"),
        LaneKind.THOUGHTS: QCoreApplication.translate("Vocabulary", "Thoughts"),
        LaneKind.EMOTIONS: QCoreApplication.translate("Vocabulary", "Emotions"),
        LaneKind.FRUSTRATIONS: QCoreApplication.translate("Vocabulary", "Frustrations"),
        LaneKind.OPPORTUNITIES: QCoreApplication.translate("Vocabulary", "Opportunities"),
        LaneKind.KPIS: QCoreApplication.translate("Vocabulary", "KPIs"),
        LaneKind.CHANNELS: QCoreApplication.translate("Vocabulary", "Channels"),
        LaneKind.NOTES: QCoreApplication.translate("Vocabulary", "Notes"),
    }
    return names[kind]


def mode_name(mode: Mode) -> str:
    names = {
        Mode.ONLINE: QCoreApplication.translate("Vocabulary", "Online"),
        Mode.OFFLINE: QCoreApplication.translate("Vocabulary", "Offline"),
        Mode.IN_PERSON: QCoreApplication.translate("Vocabulary", "In person"),
        Mode.PHONE: QCoreApplication.translate("Vocabulary", "By phone"),
    }
    return names[mode]


def evidence_name(evidence: Evidence) -> str:
    names = {
        Evidence.ANALYTICS: QCoreApplication.translate("Vocabulary", "Analytics (measured)"),
        Evidence.ANECDOTAL: QCoreApplication.translate("Vocabulary", "Anecdotal (reported)"),
    }
    return names[evidence]


def buying_role_name(role: BuyingRole) -> str:
    names = {
        BuyingRole.USER: QCoreApplication.translate("Vocabulary", "User"),
        BuyingRole.INFLUENCER: QCoreApplication.translate("Vocabulary", "Influencer"),
        BuyingRole.INITIATOR: QCoreApplication.translate("Vocabulary", "Initiator"),
        BuyingRole.DECISION_MAKER: QCoreApplication.translate("Vocabulary", "Decision maker"),
        BuyingRole.BUYER: QCoreApplication.translate("Vocabulary", "Buyer"),
    }
    return names[role]


# Emotion scores -2…+2 and the face that stands for each.
EMOTION_FACES: dict[int, str] = {-2: "😞", -1: "🙁", 0: "😐", 1: "🙂", 2: "😄"}


def emotion_name(score: int) -> str:
    names = {
        -2: QCoreApplication.translate("Vocabulary", "Very negative"),
        -1: QCoreApplication.translate("Vocabulary", "Negative"),
        0: QCoreApplication.translate("Vocabulary", "Neutral"),
        1: QCoreApplication.translate("Vocabulary", "Positive"),
        2: QCoreApplication.translate("Vocabulary", "Very positive"),
    }
    return names.get(score, str(score))


def level_names(field: str) -> dict[int, str]:
    """Labels for the 1…3 levels of severity, priority and effort."""
    if field == "severity":
        return {
            1: QCoreApplication.translate("Vocabulary", "1 — Minor"),
            2: QCoreApplication.translate("Vocabulary", "2 — Annoying"),
            3: QCoreApplication.translate("Vocabulary", "3 — Blocking"),
        }
    if field == "effort":
        return {
            1: QCoreApplication.translate("Vocabulary", "1 — Small"),
            2: QCoreApplication.translate("Vocabulary", "2 — Medium"),
            3: QCoreApplication.translate("Vocabulary", "3 — Large"),
        }
    return {
        1: QCoreApplication.translate("Vocabulary", "1 — Low"),
        2: QCoreApplication.translate("Vocabulary", "2 — Medium"),
        3: QCoreApplication.translate("Vocabulary", "3 — High"),
    }
