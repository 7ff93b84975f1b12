"""The `phygital-retail` template: the four-step omnichannel journey of domain text 002.

Need recognition and information search, comparison, decision, post-purchase
loyalty. Touchpoints sit in two lanes, digital and physical, and flows show
the connected shopper crossing between them (search online, try in the shop,
collect an online order in store). Frustrations come from the article's
warnings (too much asked too soon, intrusive reminders, paid delivery).
"""

from __future__ import annotations

from mapstudio.content.building import (
    EMOTIONS,
    FRUSTRATIONS,
    GOALS,
    KPIS,
    OPPORTUNITIES,
    THOUGHTS,
    ProjectBuilder,
    Say,
    Words,
    wording,
)
from mapstudio.model.kinds import CardKind, LaneKind, Mode
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import JourneyMap, Lane, Phase

MAP_ID = "map-phygital-retail"

NEED = "phase-need"
COMPARISON = "phase-comparison"
DECISION = "phase-decision"
LOYALTY = "phase-loyalty"

DIGITAL = "lane-digital-touchpoints"
PHYSICAL = "lane-physical-touchpoints"


# id, name, description, customer goal — each text as (English, French)
PHASES: tuple[tuple[str, Words, Words, Words], ...] = (
    (
        NEED,
        (
            "Need recognition and information search",
            "Reconnaissance du besoin et recherche d’informations",
        ),
        (
            "The customer becomes aware of a need and looks for general information:"
            " 95 % of people about to buy research first, mostly online.",
            "Le client prend conscience d’un besoin et cherche des informations générales :"
            " 95 % des personnes ayant une intention d’achat font des recherches avant,"
            " surtout en ligne.",
        ),
        (
            "Find general information, wherever they are",
            "Trouver des infos générales, où qu’il soit",
        ),
    ),
    (
        COMPARISON,
        ("Comparison of solutions", "Comparaison des solutions"),
        (
            "Deeper research: features, price and customer experience, with reviews;"
            " the shop is where a prospect becomes a customer.",
            "Des recherches plus poussées : caractéristiques, prix et expérience client, avis"
            " à l’appui ; le point de vente transforme le prospect en client.",
        ),
        ("Compare features, price and experience", "Comparer caractéristiques, prix et expérience"),
    ),
    (
        DECISION,
        ("Decision", "Prise de décision"),
        (
            "Price, payment and stock checked, the prospect knows when, where and how"
            " to buy; delivery and guarantees still count.",
            "Prix, moyen de paiement et stock vérifiés, le prospect sait quand, où et comment"
            " acheter ; restent la livraison et les garanties.",
        ),
        ("Buy when, where and how it suits them", "Acheter quand, où et comme il le souhaite"),
    ),
    (
        LOYALTY,
        ("Post-purchase loyalty", "Fidélisation post-achat"),
        (
            "A customer who comes back is worth more than a new one: thank them, ask"
            " for their opinion, suggest what goes with their purchase.",
            "Un client qui revient, c’est mieux qu’un nouveau client : remerciez-le,"
            " demandez son avis, proposez des produits complémentaires.",
        ),
        ("Enjoy the purchase and feel recognised", "Profiter de son achat et se sentir reconnu"),
    ),
)

# id, phase, lane, title, description, channel, mode, emotion, owner key
TOUCHPOINT_ROWS: tuple[tuple[str, str, str, Words, Words, str, Mode, int, str], ...] = (
    (
        "tp-local-search",
        NEED,
        DIGITAL,
        ("Local search and SEO", "Recherche locale et référencement"),
        (
            "The customer looks the shop up online before going there.",
            "Le client cherche la boutique en ligne avant de s’y rendre.",
        ),
        "website",
        Mode.ONLINE,
        0,
        "digital",
    ),
    (
        "tp-business-profile",
        NEED,
        DIGITAL,
        ("Google Business Profile listing", "Fiche Google My Business"),
        ("Opening hours, address, photos, reviews.", "Horaires, adresse, photos et avis."),
        "website",
        Mode.ONLINE,
        1,
        "digital",
    ),
    (
        "tp-social-pages",
        NEED,
        DIGITAL,
        ("The brand’s social networks", "Réseaux sociaux de la marque"),
        ("", ""),
        "social",
        Mode.ONLINE,
        1,
        "digital",
    ),
    (
        "tp-first-contact",
        NEED,
        DIGITAL,
        ("First contact: name and email", "Premier contact : nom, prénom, e-mail"),
        (
            "Just the basics, to send useful emails and SMS later.",
            "Seulement l’essentiel, pour envoyer ensuite des e-mails et SMS utiles.",
        ),
        "website",
        Mode.ONLINE,
        0,
        "digital",
    ),
    (
        "tp-listening-advisor",
        NEED,
        PHYSICAL,
        ("An advisor who listens", "Un conseiller disponible et à l’écoute"),
        (
            "Takes the time to note the customer’s key criteria.",
            "Prend le temps de noter les critères essentiels du client.",
        ),
        "shop",
        Mode.IN_PERSON,
        1,
        "shop",
    ),
    (
        "tp-reviews",
        COMPARISON,
        DIGITAL,
        ("Customer reviews", "Avis clients"),
        ("Compared with other shops’.", "Comparés à ceux des autres enseignes."),
        "website",
        Mode.ONLINE,
        0,
        "digital",
    ),
    (
        "tp-reminder-email",
        COMPARISON,
        DIGITAL,
        ("Reminder email", "E-mail de relance"),
        ("Basket left unpaid, items viewed.", "Panier non soldé, articles consultés."),
        "email",
        Mode.ONLINE,
        -1,
        "crm",
    ),
    (
        "tp-drive-to-store",
        COMPARISON,
        DIGITAL,
        ("Drive-to-store invitation", "Invitation drive-to-store"),
        (
            "An SMS invites the prospect to see the product in the shop.",
            "Un SMS invite le prospect à découvrir le produit en magasin.",
        ),
        "sms",
        Mode.ONLINE,
        1,
        "crm",
    ),
    (
        "tp-shop-visit",
        COMPARISON,
        PHYSICAL,
        ("Try and get advice in the shop", "Essai et conseil en magasin"),
        (
            "The team shows its expertise and builds a relationship.",
            "L’équipe montre son expertise et crée du lien avec le client.",
        ),
        "shop",
        Mode.IN_PERSON,
        2,
        "shop",
    ),
    (
        "tp-price-stock",
        DECISION,
        DIGITAL,
        ("Price and stock check", "Vérification du prix et du stock"),
        ("", ""),
        "website",
        Mode.ONLINE,
        1,
        "digital",
    ),
    (
        "tp-delivery-choice",
        DECISION,
        DIGITAL,
        ("Choice of delivery", "Choix du mode de livraison"),
        (
            "Home delivery, click and collect or pick-up point.",
            "Livraison à domicile, click and collect ou point relais.",
        ),
        "website",
        Mode.ONLINE,
        -1,
        "digital",
    ),
    (
        "tp-click-and-collect",
        DECISION,
        PHYSICAL,
        ("Click and collect pick-up", "Retrait en click and collect"),
        ("", ""),
        "shop",
        Mode.IN_PERSON,
        1,
        "shop",
    ),
    (
        "tp-guarantee",
        DECISION,
        PHYSICAL,
        ("Guarantee if they change their mind", "Garantie en cas de changement d’avis"),
        ("Less apprehension about committing.", "Moins d’appréhension à s’engager."),
        "shop",
        Mode.IN_PERSON,
        1,
        "shop",
    ),
    (
        "tp-brand-story",
        DECISION,
        PHYSICAL,
        ("The brand’s story and values", "Histoire et valeurs de la marque"),
        ("They confirm the customer’s choice.", "Elles confortent le client dans son choix."),
        "shop",
        Mode.IN_PERSON,
        2,
        "shop",
    ),
    (
        "tp-thank-you-email",
        LOYALTY,
        DIGITAL,
        ("Thank-you email", "E-mail de remerciement"),
        ("", ""),
        "email",
        Mode.ONLINE,
        1,
        "crm",
    ),
    (
        "tp-feedback-sms",
        LOYALTY,
        DIGITAL,
        ("Feedback SMS a few weeks later", "SMS d’avis quelques semaines après"),
        ("", ""),
        "sms",
        Mode.ONLINE,
        1,
        "crm",
    ),
    (
        "tp-cross-selling",
        LOYALTY,
        DIGITAL,
        ("Similar or complementary products", "Produits similaires ou complémentaires"),
        ("", ""),
        "email",
        Mode.ONLINE,
        0,
        "crm",
    ),
    (
        "tp-return-visit",
        LOYALTY,
        PHYSICAL,
        ("Back in the shop for a new need", "Retour en magasin pour un nouveau besoin"),
        ("", ""),
        "shop",
        Mode.IN_PERSON,
        2,
        "shop",
    ),
    (
        "tp-recommendation",
        LOYALTY,
        PHYSICAL,
        ("Recommends the brand to friends", "Recommande la marque à son entourage"),
        ("Becomes an ambassador.", "Devient ambassadeur de la marque."),
        "word_of_mouth",
        Mode.OFFLINE,
        2,
        "shop",
    ),
)

OWNERS: dict[str, Words] = {
    "digital": ("Digital marketing", "Marketing digital"),
    "crm": ("Customer relationship", "Relation client"),
    "shop": ("Shop team", "Équipe du magasin"),
}

# The customer's path, online and in the shop, branching where they choose. Within
# a column a flow only joins touchpoints stacked next to each other, so no arrow
# runs across another card.
FLOWS: tuple[tuple[str, str], ...] = (
    ("tp-local-search", "tp-business-profile"),
    ("tp-business-profile", "tp-social-pages"),
    ("tp-social-pages", "tp-first-contact"),
    ("tp-first-contact", "tp-reviews"),
    ("tp-listening-advisor", "tp-shop-visit"),
    ("tp-reviews", "tp-reminder-email"),
    ("tp-reminder-email", "tp-drive-to-store"),
    ("tp-drive-to-store", "tp-shop-visit"),
    ("tp-shop-visit", "tp-price-stock"),
    ("tp-shop-visit", "tp-guarantee"),
    ("tp-price-stock", "tp-delivery-choice"),
    ("tp-delivery-choice", "tp-click-and-collect"),
    ("tp-delivery-choice", "tp-thank-you-email"),
    ("tp-click-and-collect", "tp-thank-you-email"),
    ("tp-guarantee", "tp-brand-story"),
    ("tp-brand-story", "tp-thank-you-email"),
    ("tp-thank-you-email", "tp-feedback-sms"),
    ("tp-feedback-sms", "tp-cross-selling"),
    ("tp-cross-selling", "tp-return-visit"),
    ("tp-return-visit", "tp-recommendation"),
)

# id, phase, name, description
KPI_ROWS: tuple[tuple[str, str, Words, Words], ...] = (
    (
        "kpi-local-visibility",
        NEED,
        ("Visibility in local searches", "Visibilité dans les recherches locales"),
        ("", ""),
    ),
    ("kpi-new-contacts", NEED, ("New contacts collected", "Nouveaux contacts collectés"), ("", "")),
    (
        "kpi-store-visits",
        COMPARISON,
        ("Shop visits from drive-to-store", "Visites en magasin issues du drive-to-store"),
        ("", ""),
    ),
    (
        "kpi-basket-abandonment",
        DECISION,
        ("Basket abandonment rate", "Taux d’abandon de panier"),
        (
            "42 % of shoppers abandon when delivery is charged.",
            "42 % des consommateurs abandonnent si la livraison est payante.",
        ),
    ),
    ("kpi-repeat-purchase", LOYALTY, ("Repeat purchase rate", "Taux de réachat"), ("", "")),
    (
        "kpi-satisfaction",
        LOYALTY,
        ("Satisfaction (SMS survey)", "Satisfaction (enquête par SMS)"),
        ("", ""),
    ),
)


def build_phygital_retail(lang: str = "en") -> JourneyProject:
    """The template in `lang` ("en" or "fr"), the same every time it is built."""
    say = wording(lang)
    builder = ProjectBuilder()
    builder.journey_map(
        JourneyMap(
            id=MAP_ID,
            name=say("Omnichannel retail journey", "Parcours client phygital"),
            description=say(
                "The four steps of a connected shopper’s journey, online and in the shop:"
                " be visible at every one.",
                "Les quatre étapes du parcours d’un client connecté, en ligne et en magasin :"
                " soyez visible à chacune.",
            ),
        )
    )
    for phase, name, description, goal in PHASES:
        kpis = [say(*kpi_name) for _id, p, kpi_name, _d in KPI_ROWS if p == phase]
        builder.phase(
            MAP_ID,
            Phase(
                id=phase,
                name=say(*name),
                description=say(*description),
                customer_goal=say(*goal),
                kpis=", ".join(kpis),
            ),
        )
    lanes = (
        (GOALS, LaneKind.GOALS, ("Customer goals", "Objectifs du client")),
        (DIGITAL, LaneKind.TOUCHPOINTS, ("Digital touchpoints", "Points de contact digitaux")),
        (PHYSICAL, LaneKind.TOUCHPOINTS, ("Physical touchpoints", "Points de contact physiques")),
        (THOUGHTS, LaneKind.THOUGHTS, ("Thoughts", "Pensées")),
        (EMOTIONS, LaneKind.EMOTIONS, ("Emotions", "Émotions")),
        (FRUSTRATIONS, LaneKind.FRUSTRATIONS, ("Frustrations", "Frustrations")),
        (OPPORTUNITIES, LaneKind.OPPORTUNITIES, ("Opportunities", "Opportunités")),
        (KPIS, LaneKind.KPIS, ("KPIs", "KPI")),
    )
    for lane, kind, title in lanes:
        builder.lane(MAP_ID, Lane(id=lane, title=say(*title), kind=kind))
    for phase, _name, _description, goal in PHASES:
        builder.cell_card(CardKind.GOAL, f"goal-{phase[6:]}", phase, GOALS, say(*goal))
    for card_id, phase, lane, title, description, channel, mode, emotion, owner in TOUCHPOINT_ROWS:
        builder.cell_card(
            CardKind.TOUCHPOINT,
            card_id,
            phase,
            lane,
            say(*title),
            description=say(*description),
            channel=channel,
            mode=mode,
            emotion=emotion,
            owner=say(*OWNERS[owner]),
        )
    for source, target in FLOWS:
        builder.flow(source, target)
    _thoughts(builder, say)
    _frustrations_and_opportunities(builder, say)
    builder.kpi_cards(KPI_ROWS, KPIS, say)
    return builder.project


def _thoughts(builder: ProjectBuilder, say: Say) -> None:
    rows = (
        ("thought-need", NEED, say("“What’s out there?”", "« Qu’est-ce qui existe ? »")),
        (
            "thought-comparison",
            COMPARISON,
            say("“Is it cheaper somewhere else?”", "« Est-ce moins cher ailleurs ? »"),
        ),
        (
            "thought-decision",
            DECISION,
            say("“Will delivery cost extra?”", "« La livraison sera-t-elle payante ? »"),
        ),
        ("thought-loyalty", LOYALTY, say("“They remember me.”", "« Ils se souviennent de moi. »")),
    )
    for card_id, phase, title in rows:
        builder.cell_card(CardKind.THOUGHT, card_id, phase, THOUGHTS, title)


def _frustrations_and_opportunities(builder: ProjectBuilder, say: Say) -> None:
    builder.cell_card(
        CardKind.FRUSTRATION,
        "frustration-asked-too-much",
        NEED,
        FRUSTRATIONS,
        say("Asked for too much, too early", "Trop de questions, trop tôt"),
        description=say(
            "At first the customer only wants general information.",
            "Au début, le client ne cherche que des informations générales.",
        ),
        severity=2,
        marks="tp-first-contact",
    )
    builder.card_marker(
        "marker-intrusive-reminders",
        "tp-reminder-email",
        say("Reminders feel intrusive", "Relances jugées envahissantes"),
        severity=2,
    )
    builder.cell_card(
        CardKind.FRUSTRATION,
        "frustration-paid-delivery",
        DECISION,
        FRUSTRATIONS,
        say("Delivery is charged", "Livraison payante"),
        description=say(
            "42 % of shoppers abandon their basket when delivery is charged.",
            "42 % des consommateurs abandonnent leur panier si la livraison est payante.",
        ),
        severity=3,
        marks="tp-delivery-choice",
    )
    builder.cell_card(
        CardKind.FRUSTRATION,
        "frustration-generic-offers",
        LOYALTY,
        FRUSTRATIONS,
        say("Offers unrelated to the purchase", "Des offres sans rapport avec son achat"),
        severity=1,
    )
    rows = (
        (
            "opp-basic-details",
            NEED,
            say("Ask only name and email at first", "Ne demander que nom, prénom et e-mail"),
            "frustration-asked-too-much",
            2,
            1,
        ),
        (
            "opp-sparing-reminders",
            COMPARISON,
            say("One sparing reminder, with the items viewed", "Une relance parcimonieuse, ciblée"),
            "marker-intrusive-reminders",
            2,
            1,
        ),
        (
            "opp-free-collection",
            DECISION,
            say(
                "Free click and collect; delivery costs shown on the product page",
                "Click and collect gratuit ; frais de livraison affichés dès la fiche produit",
            ),
            "frustration-paid-delivery",
            3,
            2,
        ),
        (
            "opp-history-cross-selling",
            LOYALTY,
            say(
                "Suggest complementary products from the purchase history",
                "Proposer des produits complémentaires selon l’historique d’achat",
            ),
            "frustration-generic-offers",
            2,
            2,
        ),
    )
    for card_id, phase, title, answers, priority, effort in rows:
        builder.cell_card(
            CardKind.OPPORTUNITY,
            card_id,
            phase,
            OPPORTUNITIES,
            title,
            answers=answers,
            priority=priority,
            effort=effort,
        )
