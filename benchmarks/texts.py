"""Marketing text of realistic length for synthetic maps, in French and English.

The layout's cost is mostly word-wrapping, so a benchmark map needs text that
wraps like a real workshop's: short titles of one to four lines, descriptions
from nothing to a few sentences, accents and « guillemets ».
The fragments echo the domain articles (the buying journey, the decoration
shop's "Ding !"), recombined by a seeded random generator so every run gets
the same words. Qualifiers and figures make most texts unique, as on a real
map: a benchmark whose fifty titles repeat would only measure the wrap cache.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from mapstudio.model.kinds import CardKind

# Languages and the share of cards written in each (most workshops here are in French).
FRENCH_SHARE = 0.7
QUALIFIED_SHARE = 0.6  # titles with a "where/when" qualifier

_TITLES: dict[CardKind, dict[str, tuple[str, ...]]] = {
    CardKind.TOUCHPOINT: {
        "fr": (
            "Voit une publicité sur les réseaux sociaux",
            "Compare les prix sur le site web",
            "Lit les avis clients",
            "Appelle le service client",
            "Reçoit le courriel de bienvenue",
            "Entre dans la boutique",
            "Salutation cordiale de l’employée",
            "Essaie le produit en magasin",
            "Paie à la caisse",
            "Clique sur l’annonce Google",
            "Discute avec le conseiller par clavardage",
            "Reçoit la facture par courriel",
            "Télécharge l’application mobile",
            "Laisse un avis positif",
            "Inscription à l’infolettre",
            "Reçoit un SMS de confirmation de livraison",
            "« Très belle toile, n’est-ce pas ? »",
        ),
        "en": (
            "Sees an ad on social media",
            "Compares prices on the website",
            "Reads customer reviews",
            "Calls customer service",
            "Gets the welcome e-mail",
            "Walks into the shop",
            "Chats with an adviser",
            "Pays at the till",
            "Downloads the mobile app",
            "Signs up for the newsletter",
            "Receives the delivery text message",
        ),
    },
    CardKind.GOAL: {
        "fr": (
            "Trouver une idée déco",
            "Choisir une œuvre adaptée à son mur",
            "Payer vite, produit bien protégé",
            "Être rassuré avant d’acheter",
            "Comprendre l’offre sans jargon",
        ),
        "en": (
            "Find a gift idea",
            "Be sure it fits before buying",
            "Get an answer without waiting",
        ),
    },
    CardKind.THOUGHT: {
        "fr": (
            "« Jolie vitrine… »",
            "« Il est superbe… mais où vais-je le mettre ? »",
            "« J’y retournerai pour les nouveautés. »",
            "« Encore un formulaire à remplir ? »",
            "« Le prix est-il vraiment le meilleur ? »",
        ),
        "en": (
            "“Nice window…”",
            "“Is this really the best price?”",
            "“Another form to fill in?”",
        ),
    },
    CardKind.FRUSTRATION: {
        "fr": (
            "Temps d’attente trop long au téléphone",
            "Difficile d’imaginer le tableau chez soi",
            "Crainte de recevoir trop de courriels",
            "Frais de livraison découverts au dernier moment",
            "Formulaire de contact qui ne fonctionne pas sur mobile",
        ),
        "en": (
            "Long wait on the phone",
            "Delivery costs shown only at checkout",
            "The contact form fails on mobile",
        ),
    },
    CardKind.OPPORTUNITY: {
        "fr": (
            "Outil « Visualiser chez soi »",
            "Afficher la garantie d’échange près des œuvres",
            "Choisir la fréquence des envois à l’inscription",
            "Rappel automatique au lieu de l’attente",
            "Afficher les frais de livraison dès la fiche produit",
        ),
        "en": (
            "Call-back instead of hold music",
            "Show delivery costs on the product page",
            "Let customers choose how often we write",
        ),
    },
    CardKind.KPI: {
        "fr": (
            "Taux d’arrêt devant la vitrine",
            "Taux de conversion après conseil",
            "Taux d’ouverture des courriels",
            "Avis positifs publiés par mois",
            "Délai moyen de réponse",
        ),
        "en": (
            "Conversion rate after advice",
            "E-mail open rate",
            "Average response time",
        ),
    },
}

_SENTENCES: dict[str, tuple[str, ...]] = {
    "fr": (
        "En marchant dans le centre commercial, il voit la vitrine et s’arrête.",
        "L’employée l’interpelle au bon moment, sans insister.",
        "Beauté, qualité, prix abordable, exclusivité… mais un doute sur la taille.",
        "Si la taille ne convient pas, il pourra rapporter, échanger ou se faire rembourser.",
        "Le soir même, il publie une photo en mentionnant la boutique.",
        "Il compare trois sites avant de revenir sur le nôtre.",
        "Source : entretiens clients et statistiques du site.",
        "Chaque interaction compte : c’est un « Ding ! » de plus.",
        "Le client veut une réponse claire en moins de deux minutes.",
        "À mesurer chaque mois avec l’équipe de vente.",
    ),
    "en": (
        "While walking through the mall, he notices the window and stops.",
        "She compares three websites before coming back to ours.",
        "Source: customer interviews and web analytics.",
        "The customer wants a clear answer within two minutes.",
        "Measured every month with the sales team.",
        "Every interaction counts: one more “Ding!”.",
    ),
}

_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "fr": (
        "en magasin",
        "sur mobile",
        "le week-end",
        "après la première visite",
        "pendant les soldes",
        "pour un cadeau",
        "avec un proche",
        "au centre commercial",
        "en soirée",
        "depuis son bureau",
    ),
    "en": (
        "on mobile",
        "at the weekend",
        "during the sales",
        "for a gift",
        "after the first visit",
        "from the office",
    ),
}

# A figure from the research behind the card; {n} is a number.
_DETAILS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Observé {n} fois pendant les entretiens.",
        "Panier moyen : {n} €.",
        "Cité par {n} répondants.",
        "Délai constaté : {n} minutes.",
        "Vague d’enquête n° {n}.",
    ),
    "en": (
        "Seen {n} times in interviews.",
        "Average basket: €{n}.",
        "Mentioned by {n}% of respondents.",
        "Measured wait: {n} minutes.",
    ),
}

OWNERS: tuple[str, ...] = (
    "Équipe de vente",
    "Marchandisage visuel",
    "Responsable marketing numérique",
    "Service client",
    "Customer success",
)

# How many sentences a description holds, and how likely each count is:
# many cards have none, most one or two, a few three (cut by the layout).
_DESCRIPTION_SENTENCES = (0, 1, 2, 3)
_DESCRIPTION_WEIGHTS = (3, 4, 2, 1)


@dataclass(frozen=True)
class CardText:
    title: str
    description: str


def language(rng: random.Random) -> str:
    return "fr" if rng.random() < FRENCH_SHARE else "en"


def card_text(rng: random.Random, kind: CardKind) -> CardText:
    """A title and description for a card of `kind`, of realistic length."""
    lang = language(rng)
    titles = _TITLES.get(kind, _TITLES[CardKind.THOUGHT])[lang]
    title = rng.choice(titles)
    if rng.random() < QUALIFIED_SHARE:
        title = f"{title} {rng.choice(_QUALIFIERS[lang])}"
    count = rng.choices(_DESCRIPTION_SENTENCES, _DESCRIPTION_WEIGHTS)[0]
    sentences = rng.sample(_SENTENCES[lang], count)
    if count:
        detail = rng.choice(_DETAILS[lang]).format(n=rng.randint(2, 999))
        sentences.insert(rng.randint(0, count), detail)
    return CardText(title, " ".join(sentences))


def phase_name(index: int) -> str:
    """A phase name such as "Découverte 3" (the five stages of the buying journey)."""
    stages = (
        "Découverte",
        "Considération",
        "Conseil et choix",
        "Achat",
        "Après l’achat et fidélisation",
    )
    return f"{stages[index % len(stages)]} {index // len(stages) + 1}"
