"""The `checkout-failure` template: domain text 001's online checkout failure, worked through.

An older customer who rarely buys online recognises a brand from its ads and
tries its website. All goes smoothly until payment: each mistyped card number
wipes every other field and he must start again. The map shows that one
frustration (marked on the payment touchpoint and described in its lane), the
dip of the emotion curve, the two endings (he gives up, or gets through) and
the opportunity answering it: the form keeps the data and asks only for the
wrong field. Touchpoints say whether their facts come from analytics or from
anecdotal research, the two kinds of research the article describes.
"""

from __future__ import annotations

from mapstudio.content.building import (
    FRUSTRATIONS,
    GOALS,
    KPIS,
    OPPORTUNITIES,
    THOUGHTS,
    TOUCHPOINTS,
    ProjectBuilder,
    Say,
    Words,
    wording,
)
from mapstudio.model.kinds import BuyingRole, CardKind, Evidence, Mode
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import JourneyMap, Persona, Phase

MAP_ID = "map-checkout-failure"
PERSONA_ID = "persona-bernard"

ADS = "phase-ads"
WEBSITE = "phase-website"
BASKET = "phase-basket"
PAYMENT = "phase-payment"
AFTER = "phase-after"


# id, name, goal, thought
PHASES: tuple[tuple[str, Words, Words, Words], ...] = (
    (
        ADS,
        ("Sees the brand’s ads", "Découverte par la publicité"),
        ("Try a brand he trusts", "Essayer une marque de confiance"),
        ("“I know this brand.”", "« Cette marque, je la connais. »"),
    ),
    (
        WEBSITE,
        ("Visits the website", "Visite du site web"),
        ("Find the product easily", "Trouver facilement le produit"),
        ("“It’s easier than I thought.”", "« C’est plus simple que je pensais. »"),
    ),
    (
        BASKET,
        ("Fills the basket", "Constitution du panier"),
        ("Check what he is buying", "Vérifier ce qu’il achète"),
        ("“Right, let’s go!”", "« Allez, je me lance ! »"),
    ),
    (
        PAYMENT,
        ("Checkout and payment", "Commande et paiement"),
        ("Pay without making a mistake", "Payer sans se tromper"),
        ("“Not again! Everything is gone.”", "« Encore ! Tout est effacé. »"),
    ),
    (
        AFTER,
        ("After the attempt", "Après la tentative d’achat"),
        ("Receive his order", "Recevoir sa commande"),
        ("“Never again online.”", "« Plus jamais en ligne. »"),
    ),
)

# id, phase, title, description, channel, mode, emotion, evidence
TOUCHPOINT_ROWS: tuple[tuple[str, str, Words, Words, str, Mode, int, Evidence], ...] = (
    (
        "tp-brand-ads",
        ADS,
        ("The brand’s ads", "Publicités de la marque"),
        (
            "The brand is easy to recognise: he decides to give it a try.",
            "La marque est facilement reconnaissable : il décide d’essayer.",
        ),
        "print",
        Mode.OFFLINE,
        1,
        Evidence.ANECDOTAL,
    ),
    (
        "tp-home-page",
        WEBSITE,
        ("Home page", "Page d’accueil"),
        (
            "Eager, he goes straight to the website.",
            "Impatient, il se rend directement sur le site.",
        ),
        "website",
        Mode.ONLINE,
        1,
        Evidence.ANALYTICS,
    ),
    (
        "tp-product-pages",
        WEBSITE,
        ("Product pages", "Fiches produits"),
        ("Easy to navigate, all he wants to know.", "Navigation facile, toutes les infos utiles."),
        "website",
        Mode.ONLINE,
        1,
        Evidence.ANALYTICS,
    ),
    (
        "tp-basket",
        BASKET,
        ("Basket", "Panier"),
        ("So far, everything goes smoothly.", "Jusqu’ici, tout se déroule en douceur."),
        "website",
        Mode.ONLINE,
        1,
        Evidence.ANALYTICS,
    ),
    (
        "tp-delivery-form",
        PAYMENT,
        ("Delivery details form", "Formulaire de livraison"),
        (
            "Name, address, phone: many fields to type.",
            "Nom, adresse, téléphone : beaucoup à saisir.",
        ),
        "website",
        Mode.ONLINE,
        0,
        Evidence.ANALYTICS,
    ),
    (
        "tp-card-payment",
        PAYMENT,
        ("Card payment", "Paiement par carte"),
        (
            "A wrong card number erases every other field.",
            "Un mauvais numéro de carte efface tous les autres champs.",
        ),
        "website",
        Mode.ONLINE,
        -2,
        Evidence.ANALYTICS,
    ),
    (
        "tp-gives-up",
        AFTER,
        ("Gives up and says so on Facebook", "Abandonne et le dit sur Facebook"),
        ("", ""),
        "social",
        Mode.ONLINE,
        -2,
        Evidence.ANECDOTAL,
    ),
    (
        "tp-order-confirmation",
        AFTER,
        ("Order confirmation email", "E-mail de confirmation de commande"),
        ("When he finally gets through.", "Quand il finit par y arriver."),
        "email",
        Mode.ONLINE,
        1,
        Evidence.ANALYTICS,
    ),
)

# The path, ending either way after the payment.
FLOWS: tuple[tuple[str, str], ...] = (
    ("tp-brand-ads", "tp-home-page"),
    ("tp-home-page", "tp-product-pages"),
    ("tp-product-pages", "tp-basket"),
    ("tp-basket", "tp-delivery-form"),
    ("tp-delivery-form", "tp-card-payment"),
    ("tp-card-payment", "tp-gives-up"),
    ("tp-card-payment", "tp-order-confirmation"),
)

# id, phase, name, description
KPI_ROWS: tuple[tuple[str, str, Words, Words], ...] = (
    (
        "kpi-exit-pages",
        WEBSITE,
        ("Time on site and exit pages", "Temps passé et pages de sortie"),
        (
            "Web analytics: where customers are and when they leave.",
            "Analyse web : où sont les clients et quand ils partent.",
        ),
    ),
    (
        "kpi-click-tracking",
        BASKET,
        ("Pages with the most conversions", "Pages qui convertissent le plus"),
        ("Click tracking over several pages.", "Suivi des clics sur plusieurs pages."),
    ),
    (
        "kpi-checkout-abandonment",
        PAYMENT,
        ("Checkout abandonment rate", "Taux d’abandon au paiement"),
        ("", ""),
    ),
    (
        "kpi-payment-errors",
        PAYMENT,
        ("Payment errors per order", "Erreurs de saisie par commande"),
        ("", ""),
    ),
    (
        "kpi-social-mentions",
        AFTER,
        ("Mentions on social media", "Mentions sur les réseaux sociaux"),
        (
            "Anecdotal research: what customers say.",
            "Recherche anecdotique : ce que disent les clients.",
        ),
    ),
)


def _persona(say: Say) -> Persona:
    return Persona(
        id=PERSONA_ID,
        name=say("Bernard, occasional online shopper", "Bernard, acheteur en ligne occasionnel"),
        quote=say(
            "I rarely buy online, but I know this brand.",
            "J’achète rarement en ligne, mais cette marque, je la connais.",
        ),
        gender=say("Man", "Homme"),
        age_range=say("65–75", "65–75 ans"),
        profession=say("Retired", "Retraité"),
        needs=say(
            "Buy online as simply as in a shop.",
            "Acheter en ligne aussi simplement qu’en magasin.",
        ),
        concerns=say("Making a mistake when paying online.", "Se tromper en payant en ligne."),
        frustrations=say(
            "Forms that erase what he has typed.",
            "Les formulaires qui effacent ce qu’il a saisi.",
        ),
        urgency=say(
            "Keen to buy now, but quick to give up.", "Pressé d’acheter, mais prompt à abandonner."
        ),
        buying_roles=(BuyingRole.USER, BuyingRole.BUYER, BuyingRole.DECISION_MAKER),
        requirements=say(
            "Clear forms; error messages that say what to fix.",
            "Des formulaires clairs et des messages d’erreur qui disent quoi corriger.",
        ),
        goals=say(
            "Try buying online from a brand he trusts.",
            "Essayer l’achat en ligne auprès d’une marque de confiance.",
        ),
    )


def build_checkout_failure(lang: str = "en") -> JourneyProject:
    """The worked example in `lang` ("en" or "fr"), the same every time it is built."""
    say = wording(lang)
    builder = ProjectBuilder()
    builder.persona(_persona(say))
    builder.journey_map(
        JourneyMap(
            id=MAP_ID,
            name=say("Online checkout failure", "Échec de la caisse en ligne"),
            description=say(
                "A worked example: a smooth online journey broken at payment, the frustration"
                " it causes and the opportunity that answers it.",
                "Un exemple concret : un parcours en ligne fluide jusqu’au paiement,"
                " la frustration qu’il provoque et l’opportunité qui y répond.",
            ),
            persona_id=PERSONA_ID,
        )
    )
    for phase, name, goal, _thought in PHASES:
        kpis = [say(*kpi) for _id, p, kpi, _d in KPI_ROWS if p == phase]
        builder.phase(
            MAP_ID,
            Phase(id=phase, name=say(*name), customer_goal=say(*goal), kpis=", ".join(kpis)),
        )
    builder.standard_lanes(MAP_ID, lang)
    for phase, _name, goal, thought in PHASES:
        builder.cell_card(CardKind.GOAL, f"goal-{phase[6:]}", phase, GOALS, say(*goal))
        builder.cell_card(CardKind.THOUGHT, f"thought-{phase[6:]}", phase, THOUGHTS, say(*thought))
    for card_id, phase, title, description, channel, mode, emotion, evidence in TOUCHPOINT_ROWS:
        builder.cell_card(
            CardKind.TOUCHPOINT,
            card_id,
            phase,
            TOUCHPOINTS,
            say(*title),
            description=say(*description),
            channel=channel,
            mode=mode,
            emotion=emotion,
            owner=say("Marketing", "Marketing")
            if phase == ADS
            else say("E-commerce team", "Équipe e-commerce"),
            evidence=evidence,
        )
    for source, target in FLOWS:
        builder.flow(source, target)
    _frustrations_and_opportunities(builder, say)
    builder.kpi_cards(KPI_ROWS, KPIS, say)
    return builder.project


def _frustrations_and_opportunities(builder: ProjectBuilder, say: Say) -> None:
    """The checkout failure, marked where it happens, and what answers it."""
    builder.card_marker(
        "marker-form-wiped",
        "tp-card-payment",
        say("Every error wipes the whole form", "Chaque erreur efface tout le formulaire"),
        severity=3,
    )
    builder.cell_card(
        CardKind.FRUSTRATION,
        "frustration-start-over",
        PAYMENT,
        FRUSTRATIONS,
        say("Starting again from scratch", "Repartir de zéro"),
        description=say(
            "He must retype everything each time he mistypes the card number.",
            "Il doit tout ressaisir à chaque erreur de numéro de carte.",
        ),
        severity=3,
    )
    builder.cell_card(
        CardKind.FRUSTRATION,
        "frustration-lost-trust",
        AFTER,
        FRUSTRATIONS,
        say("Lost trust in buying online", "Confiance perdue dans l’achat en ligne"),
        severity=2,
        marks="tp-gives-up",
    )
    rows = (
        (
            "opp-keep-data",
            PAYMENT,
            say(
                "Keep the data; ask again only for the wrong field",
                "Garder les données ; ne redemander que le champ erroné",
            ),
            say(
                "The order form keeps the rest of the page when one field is wrong.",
                "Le formulaire de commande conserve le reste de la page si un champ est faux.",
            ),
            "marker-form-wiped",
            3,
            1,
        ),
        (
            "opp-check-card-number",
            PAYMENT,
            say("Check the card number as it is typed", "Vérifier le numéro de carte à la saisie"),
            say(
                "A clear message says what to fix before sending.",
                "Un message clair dit quoi corriger avant l’envoi.",
            ),
            "frustration-start-over",
            2,
            2,
        ),
        (
            "opp-watch-social",
            AFTER,
            say("Answer complaints on social media quickly", "Répondre vite aux plaintes en ligne"),
            say(
                "Invite him back with help to finish his order.",
                "L’inviter à revenir, avec de l’aide pour finir sa commande.",
            ),
            "frustration-lost-trust",
            2,
            1,
        ),
    )
    for card_id, phase, title, description, answers, priority, effort in rows:
        builder.cell_card(
            CardKind.OPPORTUNITY,
            card_id,
            phase,
            OPPORTUNITIES,
            title,
            description=description,
            answers=answers,
            priority=priority,
            effort=effort,
        )
