"""The bundled example: a decoration shop's customer journey, in French.

It retells the story of domain text 003: a shopper in a mall stops at a
decoration shop's window and ends up a loyal customer. Every "Ding !" of the
story is a touchpoint, in story order, joined by flows. Ids are fixed so the
saved example (`resources/examples/boutique-deco.mapstudio`) can be rebuilt and
compared: run `python -m mapstudio.content.decoration_shop OUT` to refresh it.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from mapstudio.content.avatar import portrait_png
from mapstudio.content.building import (
    FRUSTRATIONS,
    GOALS,
    KPIS,
    OPPORTUNITIES,
    THOUGHTS,
    TOUCHPOINTS,
    ProjectBuilder,
)
from mapstudio.model.kinds import BuyingRole, CardKind, Evidence, Mode
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Persona, Phase

MAP_ID = "map-boutique-deco"
PERSONA_ID = "persona-julien"


SALES = "Équipe de vente"
MERCH = "Marchandisage visuel"
MANAGER = "Gérante de la boutique"
DIGITAL = "Responsable marketing numérique"

# id, name, description, customer goal, KPIs (summary shown in the header)
PHASES: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "phase-decouverte",
        "Découverte",
        "Le consommateur flâne dans le centre commercial et remarque la vitrine.",
        "Trouver de l’inspiration en se promenant",
        "Taux d’arrêt devant la vitrine",
    ),
    (
        "phase-visite",
        "Visite de la boutique",
        "Il entre, découvre l’aménagement et l’ambiance, l’employée l’accueille.",
        "Explorer librement, sans pression",
        "Taux d’entrée des passants",
    ),
    (
        "phase-conseil",
        "Conseil et choix",
        "Un tableau abstrait le séduit ; l’employée le conseille et lève son doute.",
        "Choisir une œuvre qui ira bien chez lui",
        "Taux de conversion après conseil",
    ),
    (
        "phase-achat",
        "Achat",
        "Emballage, paiement et inscription à l’infolettre.",
        "Payer vite et repartir fier de son achat",
        "Taux d’inscription courriel",
    ),
    (
        "phase-fidelisation",
        "Après l’achat et fidélisation",
        "Le soir même et la semaine suivante : partage, avis, courriel de remerciement.",
        "Profiter du tableau et partager sa trouvaille",
        "Avis positifs, taux d’ouverture des courriels",
    ),
)

# The story's eleven-plus "Ding !", in order:
# id, phase, title, description, channel, mode, emotion, owner
TOUCHPOINT_ROWS: tuple[tuple[str, str, str, str, str, Mode, int, str], ...] = (
    (
        "tp-vitrine",
        "phase-decouverte",
        "Vitrine de la boutique",
        "En marchant dans le centre commercial, il voit la vitrine et s’arrête.",
        "shop",
        Mode.IN_PERSON,
        1,
        MERCH,
    ),
    (
        "tp-ambiance",
        "phase-visite",
        "Boutique aérée et musique d’ambiance",
        "Il entre, apprécie la disposition aérée et la musique d’ambiance.",
        "shop",
        Mode.IN_PERSON,
        1,
        MANAGER,
    ),
    (
        "tp-salutation",
        "phase-visite",
        "Salutation cordiale",
        "Une employée le salue cordialement, avec le sourire.",
        "shop",
        Mode.IN_PERSON,
        1,
        SALES,
    ),
    (
        "tp-tableau",
        "phase-conseil",
        "Tableau abstrait mis en valeur",
        "Un tableau abstrait, sur un mur bien éclairé, attire son intérêt.",
        "shop",
        Mode.IN_PERSON,
        2,
        MERCH,
    ),
    (
        "tp-interpellation",
        "phase-conseil",
        "« Très belle toile, n’est-ce pas ? »",
        "L’employée l’interpelle au bon moment, sans insister.",
        "shop",
        Mode.IN_PERSON,
        1,
        SALES,
    ),
    (
        "tp-argumentaire",
        "phase-conseil",
        "Argumentaire de vente",
        "Beauté, qualité, prix abordable, exclusivité… mais un doute sur la taille.",
        "shop",
        Mode.IN_PERSON,
        -1,
        SALES,
    ),
    (
        "tp-garantie",
        "phase-conseil",
        "Garantie d’échange ou de remboursement",
        "Si la taille ne convient pas, il pourra rapporter, échanger ou se faire rembourser."
        " Rassuré, il décide d’acheter.",
        "shop",
        Mode.IN_PERSON,
        1,
        SALES,
    ),
    (
        "tp-emballage",
        "phase-achat",
        "Félicitations à l’emballage et au paiement",
        "L’employée vante encore la beauté de l’œuvre : il est fier de son achat.",
        "shop",
        Mode.IN_PERSON,
        2,
        SALES,
    ),
    (
        "tp-courriel",
        "phase-achat",
        "Adresse courriel pour les nouveautés",
        "Il accepte de donner son adresse pour recevoir nouveautés et promotions.",
        "shop",
        Mode.IN_PERSON,
        0,
        SALES,
    ),
    (
        "tp-instagram",
        "phase-fidelisation",
        "Photo sur Instagram",
        "Le soir même, il publie le tableau installé chez lui en mentionnant la boutique.",
        "social",
        Mode.ONLINE,
        2,
        DIGITAL,
    ),
    (
        "tp-facebook",
        "phase-fidelisation",
        "« J’aime » Facebook et avis positif",
        "Il aime la page Facebook de la boutique et rédige un avis positif.",
        "social",
        Mode.ONLINE,
        2,
        DIGITAL,
    ),
    (
        "tp-remerciement",
        "phase-fidelisation",
        "Courriel de remerciement avec réduction",
        "La semaine suivante : merci d’être un fidèle client, nouveautés à venir"
        " et réduction sur le prochain achat.",
        "email",
        Mode.ONLINE,
        1,
        DIGITAL,
    ),
)

# phase, lane, id, kind, title — goals and thoughts, one per phase
SIMPLE_CARDS: tuple[tuple[str, str, str, CardKind, str], ...] = (
    ("phase-decouverte", GOALS, "goal-inspiration", CardKind.GOAL, "Trouver une idée déco"),
    ("phase-visite", GOALS, "goal-explorer", CardKind.GOAL, "Explorer sans être pressé"),
    ("phase-conseil", GOALS, "goal-choisir", CardKind.GOAL, "Choisir une œuvre adaptée à son mur"),
    ("phase-achat", GOALS, "goal-payer", CardKind.GOAL, "Payer vite, tableau bien protégé"),
    ("phase-fidelisation", GOALS, "goal-partager", CardKind.GOAL, "Montrer sa trouvaille"),
    ("phase-decouverte", THOUGHTS, "thought-jolie", CardKind.THOUGHT, "« Jolie vitrine… »"),
    ("phase-visite", THOUGHTS, "thought-agreable", CardKind.THOUGHT, "« On respire, ici. »"),
    (
        "phase-conseil",
        THOUGHTS,
        "thought-taille",
        CardKind.THOUGHT,
        "« Il est superbe… mais où vais-je le mettre ? »",
    ),
    ("phase-achat", THOUGHTS, "thought-trouvaille", CardKind.THOUGHT, "« Belle trouvaille ! »"),
    (
        "phase-fidelisation",
        THOUGHTS,
        "thought-revenir",
        CardKind.THOUGHT,
        "« J’y retournerai pour les nouveautés. »",
    ),
)

# phase, id, indicator, target
KPI_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("phase-decouverte", "kpi-arret-vitrine", "Taux d’arrêt devant la vitrine", "15 %"),
    ("phase-visite", "kpi-entree", "Taux d’entrée des passants arrêtés", "40 %"),
    ("phase-conseil", "kpi-conversion", "Taux de conversion après conseil", "30 %"),
    ("phase-achat", "kpi-inscription", "Taux d’inscription courriel", "60 %"),
    ("phase-fidelisation", "kpi-avis", "Avis positifs publiés par mois", "20"),
    ("phase-fidelisation", "kpi-ouverture", "Taux d’ouverture du courriel", "45 %"),
)


def _persona() -> Persona:
    return Persona(
        id=PERSONA_ID,
        name="Julien, le flâneur du centre commercial",
        photo=portrait_png(96),
        photo_type="image/png",
        quote="Quand un objet me plaît, je veux être sûr qu’il trouvera sa place chez moi.",
        gender="Homme",
        age_range="30–40 ans",
        profession="Technicien en informatique",
        salary_band="55 000 – 70 000 $ par an",
        region="Grand Montréal (Québec)",
        needs="Décorer son nouveau condo avec des pièces uniques à prix abordable.",
        concerns="Se tromper de taille ou de style ; acheter sans pouvoir rapporter.",
        frustrations="Les boutiques encombrées et les vendeurs insistants.",
        urgency="Faible : il achète sur un coup de cœur, en flânant.",
        buying_roles=(BuyingRole.USER, BuyingRole.BUYER, BuyingRole.DECISION_MAKER),
        requirements="Une politique d’échange claire.",
        goals="Un intérieur chaleureux qui lui ressemble.",
        notes="Actif sur Instagram et Facebook ; partage volontiers ses trouvailles.",
    )


def _frustrations_and_opportunities(builder: ProjectBuilder) -> None:
    """The doubt about the painting's size, the e-mail worry, and their answers."""
    builder.card(
        Card(
            id="marker-taille-tableau",
            kind=CardKind.FRUSTRATION,
            title="Le tableau sera-t-il trop grand pour mon mur ?",
            severity=2,
            marks="tp-tableau",
        )
    )
    builder.card(
        Card(
            id="frustration-visualiser",
            kind=CardKind.FRUSTRATION,
            title="Difficile d’imaginer le tableau chez soi",
            description="Sans les mesures de son mur, il hésite à acheter une grande toile.",
            severity=3,
            phase_id="phase-conseil",
            lane_id=FRUSTRATIONS,
            marks="tp-argumentaire",
        )
    )
    builder.card(
        Card(
            id="frustration-courriels",
            kind=CardKind.FRUSTRATION,
            title="Crainte de recevoir trop de courriels",
            severity=1,
            phase_id="phase-achat",
            lane_id=FRUSTRATIONS,
            marks="tp-courriel",
        )
    )
    builder.card(
        Card(
            id="opp-visualiser",
            kind=CardKind.OPPORTUNITY,
            title="Outil « Visualiser chez soi »",
            description="Photo du mur + tableau à l’échelle, sur tablette en boutique et en ligne.",
            priority=3,
            effort=2,
            phase_id="phase-conseil",
            lane_id=OPPORTUNITIES,
            answers="frustration-visualiser",
        )
    )
    builder.card(
        Card(
            id="opp-garantie-affichee",
            kind=CardKind.OPPORTUNITY,
            title="Afficher la garantie d’échange près des œuvres",
            priority=2,
            effort=1,
            phase_id="phase-conseil",
            lane_id=OPPORTUNITIES,
            answers="marker-taille-tableau",
        )
    )
    builder.card(
        Card(
            id="opp-frequence",
            kind=CardKind.OPPORTUNITY,
            title="Choisir la fréquence des envois à l’inscription",
            priority=1,
            effort=1,
            phase_id="phase-achat",
            lane_id=OPPORTUNITIES,
            answers="frustration-courriels",
        )
    )
    builder.card(
        Card(
            id="opp-mot-clic",
            kind=CardKind.OPPORTUNITY,
            title="Inviter à partager sa photo avec le mot-clic de la boutique",
            priority=2,
            effort=1,
            phase_id="phase-fidelisation",
            lane_id=OPPORTUNITIES,
        )
    )


def build_decoration_shop() -> JourneyProject:
    """The example project, the same every time it is built."""
    builder = ProjectBuilder()
    builder.persona(_persona())
    builder.journey_map(
        JourneyMap(
            id=MAP_ID,
            name="Parcours client – boutique de décoration",
            description="D’un passant devant la vitrine à un client fidèle : chaque « Ding ! »"
            " est un point de contact.",
            persona_id=PERSONA_ID,
        )
    )
    for phase_id, name, description, goal, kpis in PHASES:
        builder.phase(
            MAP_ID,
            Phase(id=phase_id, name=name, description=description, customer_goal=goal, kpis=kpis),
        )
    builder.standard_lanes(MAP_ID, "fr")
    for tp_id, phase_id, title, description, channel, mode, emotion, owner in TOUCHPOINT_ROWS:
        builder.card(
            Card(
                id=tp_id,
                kind=CardKind.TOUCHPOINT,
                title=title,
                description=description,
                channel=channel,
                mode=mode,
                emotion=emotion,
                owner=owner,
                evidence=Evidence.ANECDOTAL,
                phase_id=phase_id,
                lane_id=TOUCHPOINTS,
            )
        )
    for phase_id, lane, card_id, kind, title in SIMPLE_CARDS:
        builder.card(Card(id=card_id, kind=kind, title=title, phase_id=phase_id, lane_id=lane))
    for phase_id, card_id, name, target in KPI_ROWS:
        builder.card(
            Card(
                id=card_id,
                kind=CardKind.KPI,
                title=name,
                kpi_name=name,
                kpi_target=target,
                phase_id=phase_id,
                lane_id=KPIS,
            )
        )
    _frustrations_and_opportunities(builder)
    story = [row[0] for row in TOUCHPOINT_ROWS]
    for source, target in itertools.pairwise(story):
        builder.flow(source, target)
    return builder.project


def main(argv: list[str] | None = None) -> int:
    """Write the example to the path given (the repo keeps it in resources/examples/)."""
    from mapstudio.fileformat import backup_path, save_project

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m mapstudio.content.decoration_shop OUT.mapstudio", file=sys.stderr)
        return 2
    out = Path(args[0])
    save_project(build_decoration_shop(), out)
    backup_path(out).unlink(missing_ok=True)  # generated content: no backup to keep
    return 0


if __name__ == "__main__":
    sys.exit(main())
