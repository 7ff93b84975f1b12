"""The words importers accept for kinds, modes, channels and lanes, in English or French.

People type these by hand in Excel, so matching ignores case, accents, spaces,
hyphens and underscores: "Point de contact", "point_de_contact" and
"POINT-DE-CONTACT" are the same word. Exporters write the canonical values (or
the French words), which read back unchanged.
"""

from __future__ import annotations

import unicodedata

from mapstudio.model.kinds import KNOWN_CHANNELS, CardKind, LaneKind, Mode


def normalize(word: str) -> str:
    """The matching key of a word: casefolded, accents dropped, separators as one space."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    for separator in "_-’'":
        plain = plain.replace(separator, " ")
    return " ".join(plain.split())


def _table(entries: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, aliases in entries.items():
        for alias in (canonical, *aliases):
            table[normalize(alias)] = canonical
    return table


CARD_KIND_FR: dict[CardKind, str] = {
    CardKind.TOUCHPOINT: "point de contact",
    CardKind.GOAL: "objectif",
    CardKind.ACTION: "action",
    CardKind.THOUGHT: "pensée",
    CardKind.FRUSTRATION: "frustration",
    CardKind.OPPORTUNITY: "opportunité",
    CardKind.KPI: "kpi",
    CardKind.NOTE: "note",
}
MODE_FR: dict[Mode, str] = {
    Mode.ONLINE: "en ligne",
    Mode.OFFLINE: "hors ligne",
    Mode.IN_PERSON: "en personne",
    Mode.PHONE: "téléphone",
}
LANE_KIND_FR: dict[LaneKind, str] = {
    LaneKind.GOALS: "Objectifs",
    LaneKind.TOUCHPOINTS: "Points de contact",
    LaneKind.ACTIONS: "Actions",
    LaneKind.THOUGHTS: "Pensées",
    LaneKind.EMOTIONS: "Émotions",
    LaneKind.FRUSTRATIONS: "Frustrations",
    LaneKind.OPPORTUNITIES: "Opportunités",
    LaneKind.KPIS: "KPI",
    LaneKind.CHANNELS: "Canaux",
    LaneKind.NOTES: "Notes",
}
LANE_KIND_EN: dict[LaneKind, str] = {
    LaneKind.GOALS: "Goals",
    LaneKind.TOUCHPOINTS: "Touchpoints",
    LaneKind.ACTIONS: "Actions",
    LaneKind.THOUGHTS: "Thoughts",
    LaneKind.EMOTIONS: "Emotions",
    LaneKind.FRUSTRATIONS: "Frustrations",
    LaneKind.OPPORTUNITIES: "Opportunities",
    LaneKind.KPIS: "KPIs",
    LaneKind.CHANNELS: "Channels",
    LaneKind.NOTES: "Notes",
}

_CARD_KINDS = _table(
    {
        CardKind.TOUCHPOINT.value: ("point de contact", "touch point", "contact"),
        CardKind.GOAL.value: ("objectif", "but"),
        CardKind.ACTION.value: ("action",),
        CardKind.THOUGHT.value: ("pensee",),
        CardKind.FRUSTRATION.value: ("frustration", "pain point", "irritant"),
        CardKind.OPPORTUNITY.value: ("opportunite",),
        CardKind.KPI.value: ("indicateur",),
        CardKind.NOTE.value: ("remarque",),
    }
)
_MODES = _table(
    {
        Mode.ONLINE.value: ("en ligne", "web", "digital", "numerique"),
        Mode.OFFLINE.value: ("hors ligne", "physique"),
        Mode.IN_PERSON.value: ("en personne", "face a face", "in person"),
        Mode.PHONE.value: ("telephone", "par telephone", "telephone call"),
    }
)
_LANE_KINDS = _table(
    {
        LaneKind.GOALS.value: ("goal", "objectifs", "objectif", "objectifs du client", "buts"),
        LaneKind.TOUCHPOINTS.value: ("touchpoint", "points de contact", "point de contact"),
        LaneKind.ACTIONS.value: ("action", "actions du client"),
        LaneKind.THOUGHTS.value: ("thought", "pensees", "pensee"),
        LaneKind.EMOTIONS.value: ("emotion", "emotions", "ressenti"),
        LaneKind.FRUSTRATIONS.value: ("frustration", "pain points", "irritants"),
        LaneKind.OPPORTUNITIES.value: ("opportunity", "opportunites", "opportunite"),
        LaneKind.KPIS.value: ("kpi", "indicateurs"),
        LaneKind.CHANNELS.value: ("channel", "canaux", "canal"),
        LaneKind.NOTES.value: ("note", "remarques"),
    }
)
_CHANNELS = _table(
    {
        "website": ("site web", "site internet", "site", "web site"),
        "search_ad": ("publicite", "annonce", "search ads", "publicite en ligne"),
        "social": ("reseaux sociaux", "reseau social", "social media", "social network"),
        "email": ("e mail", "courriel", "mail"),
        "sms": ("texto", "text message"),
        "phone": ("telephone", "appel"),
        "shop": ("boutique", "magasin", "store"),
        "event": ("evenement", "salon"),
        "print": ("imprime", "presse", "flyer", "prospectus"),
        "word_of_mouth": ("bouche a oreille",),
        "chat": ("messagerie", "tchat"),
        "app": ("application", "appli", "application mobile", "mobile app"),
        "direct_mail": ("courrier", "publipostage", "mailing"),
        "other": ("autre",),
    }
)
assert set(_CHANNELS.values()) == set(KNOWN_CHANNELS)


def card_kind(word: str) -> CardKind | None:
    """The card kind a word names (English or French), or None."""
    value = _CARD_KINDS.get(normalize(word))
    return CardKind(value) if value else None


def mode(word: str) -> Mode | None:
    value = _MODES.get(normalize(word))
    return Mode(value) if value else None


def lane_kind(word: str) -> LaneKind | None:
    """The lane kind a lane title or kind word names, or None for a custom title."""
    value = _LANE_KINDS.get(normalize(word))
    return LaneKind(value) if value else None


def channel(word: str) -> str:
    """A known channel for a known word (English or French); other words stay as typed."""
    return _CHANNELS.get(normalize(word), word.strip())


def lane_title(kind: LaneKind, lang: str) -> str:
    """The title given to a lane an importer has to create."""
    return (LANE_KIND_FR if lang == "fr" else LANE_KIND_EN)[kind]
