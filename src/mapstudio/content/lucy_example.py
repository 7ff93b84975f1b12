"""Lucy's worked example: the `b2b-lucy` template filled in, as a team would after workshops.

On top of the template it adds the touchpoints a real B2B purchase also has
(a webinar, a customer reference call, negotiation with purchasing, support
chat), the customer's path as flows, frustration markers found on touchpoints
with the opportunities that answer them, and a KPI lane. The figures are
illustrative: domain text 004 gives none.
"""

from __future__ import annotations

from mapstudio.content.b2b_lucy import (
    ANSWERS,
    COMMITTEE,
    COMPARISON,
    DECISION,
    MAP_ID,
    RESEARCH,
    ROLLOUT,
    TOUCHPOINTS,
    Words,
    lucy_builder,
)
from mapstudio.model.kinds import CardKind, Evidence, LaneKind, Mode
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Lane

KPIS = "lane-kpis"

# id, phase, title, description, channel, mode, emotion, owner
EXTRA_TOUCHPOINTS: tuple[tuple[str, str, Words, Words, str, Mode, int, Words], ...] = (
    (
        "tp-webinar",
        RESEARCH,
        ("Webinar on social media at scale", "Webinaire sur les réseaux sociaux à grande échelle"),
        ("", ""),
        "event",
        Mode.ONLINE,
        1,
        ("Content marketing", "Marketing de contenu"),
    ),
    (
        "tp-reference-call",
        COMPARISON,
        ("Call with a customer of the same size", "Échange avec un client de même taille"),
        ("", ""),
        "phone",
        Mode.PHONE,
        2,
        ("Sales", "Équipe commerciale"),
    ),
    (
        "tp-negotiation",
        DECISION,
        ("Negotiation with purchasing", "Négociation avec les achats"),
        ("", ""),
        "email",
        Mode.ONLINE,
        -1,
        ("Sales", "Équipe commerciale"),
    ),
    (
        "tp-support-chat",
        ROLLOUT,
        ("Support chat", "Chat d’assistance"),
        ("", ""),
        "chat",
        Mode.ONLINE,
        1,
        ("Customer success", "Customer success"),
    ),
)

# The path: template touchpoints and the extra ones, in the order Lucy meets them.
FLOWS: tuple[tuple[str, str], ...] = (
    ("tp-industry-articles", "tp-needs-survey"),
    ("tp-needs-survey", "tp-webinar"),
    ("tp-webinar", "tp-comparison-guide"),
    ("tp-comparison-guide", "tp-discovery-call"),
    ("tp-discovery-call", "tp-reference-call"),
    ("tp-reference-call", "tp-committee-demo"),
    ("tp-committee-demo", "tp-security-review"),
    ("tp-security-review", "tp-proposal"),
    ("tp-proposal", "tp-negotiation"),
    ("tp-negotiation", "tp-onboarding"),
    ("tp-onboarding", "tp-team-training"),
    ("tp-team-training", "tp-support-chat"),
)

# marker id, marked touchpoint, title, severity, answer id, answer title, priority, effort
MARKER_ROWS: tuple[tuple[str, str, Words, int, str, Words, int, int], ...] = (
    (
        "marker-generic-demo",
        "tp-committee-demo",
        ("The demo looks nothing like her brand", "Une démo qui ne ressemble pas à sa marque"),
        2,
        "opp-demo-own-accounts",
        ("Demo on Lucy’s own social accounts", "Démo sur les comptes sociaux de Lucy"),
        3,
        2,
    ),
    (
        "marker-security-questionnaire",
        "tp-security-review",
        ("A 200-question security questionnaire", "Un questionnaire sécurité de 200 questions"),
        3,
        "opp-prefilled-questionnaire",
        ("Pre-filled security questionnaire", "Questionnaire sécurité pré-rempli"),
        3,
        1,
    ),
    (
        "marker-purchasing-delay",
        "tp-negotiation",
        ("Purchasing restarts the price talks", "Les achats rouvrent la discussion du prix"),
        2,
        "opp-price-grid",
        ("Public price grid and volume terms", "Grille tarifaire publique et remises"),
        2,
        1,
    ),
)

# id, phase, name, value, target (illustrative figures)
KPI_ROWS: tuple[tuple[str, str, Words, Words, Words], ...] = (
    (
        "kpi-content-leads",
        RESEARCH,
        ("Leads from content", "Leads issus du contenu"),
        ("120 a month", "120 par mois"),
        ("150 a month", "150 par mois"),
    ),
    (
        "kpi-call-to-demo",
        COMPARISON,
        ("Discovery calls turned into demos", "Appels de découverte transformés en démo"),
        ("35 %", "35 %"),
        ("45 %", "45 %"),
    ),
    (
        "kpi-committee-days",
        COMMITTEE,
        ("Days in committee", "Jours en comité"),
        ("45 days", "45 jours"),
        ("30 days", "30 jours"),
    ),
    (
        "kpi-win-rate",
        DECISION,
        ("Win rate", "Taux de signature"),
        ("22 %", "22 %"),
        ("30 %", "30 %"),
    ),
    (
        "kpi-active-staff",
        ROLLOUT,
        ("Staff active after 30 days", "Collaborateurs actifs à 30 jours"),
        ("64 %", "64 %"),
        ("85 %", "85 %"),
    ),
)


def build_lucy_example(lang: str = "fr") -> JourneyProject:
    """Lucy's complete map in `lang` ("en" or "fr"), the same every time it is built."""
    builder, say = lucy_builder(
        lang,
        (
            "Lucy, marketing director: B2B buying journey",
            "Lucy, directrice marketing : parcours B2B",
        ),
        (
            "A worked example: Lucy’s purchase of a social media management tool, from"
            " her first research to the rollout to her team. Figures are illustrative.",
            "Un exemple complet : l’achat d’un outil de gestion des réseaux sociaux par Lucy,"
            " de sa première recherche au déploiement auprès de son équipe."
            " Les chiffres sont illustratifs.",
        ),
    )
    builder.lane(MAP_ID, Lane(id=KPIS, title=say("KPIs", "KPI"), kind=LaneKind.KPIS))
    builder.touchpoint_cards(EXTRA_TOUCHPOINTS, TOUCHPOINTS, say, evidence=Evidence.ANECDOTAL)
    for source, target in FLOWS:
        builder.flow(source, target)
    for marker_id, marked, title, severity, answer_id, answer, priority, effort in MARKER_ROWS:
        builder.card_marker(marker_id, marked, say(*title), severity=severity)
        builder.cell_card(
            CardKind.OPPORTUNITY,
            answer_id,
            builder.project.card(marked).phase_id or "",
            ANSWERS,
            say(*answer),
            answers=marker_id,
            priority=priority,
            effort=effort,
        )
    for card_id, phase, name, value, target in KPI_ROWS:
        builder.cell_card(
            CardKind.KPI,
            card_id,
            phase,
            KPIS,
            say(*name),
            description=say(
                f"Now {value[0]}, target {target[0]}", f"Actuel : {value[1]}, cible : {target[1]}"
            ),
            kpi_name=say(*name),
            kpi_value=say(*value),
            kpi_target=say(*target),
        )
    return builder.project
