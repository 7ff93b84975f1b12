"""The `buying-journey` template: the five-phase buying journey of domain text 000.

Awareness, information search, evaluation of options, decision and
post-purchase evaluation, with the standard lanes. The starter cards are the
article's own ideas: the touchpoints it lists per phase, the indicators it
names (bounce rate, unfilled forms, calls to customer service) and the
frustrations its research steps uncover, each with an opportunity answering it.
There are no flows: the touchpoints are ideas to keep or drop, not a path.
"""

from __future__ import annotations

from mapstudio.content.blank import BUYING_PHASES, phase_id
from mapstudio.content.building import (
    FRUSTRATIONS,
    GOALS,
    KPIS,
    OPPORTUNITIES,
    THOUGHTS,
    TOUCHPOINTS,
    ProjectBuilder,
    Say,
    wording,
)
from mapstudio.model.kinds import CardKind, Evidence, Mode
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import JourneyMap, Phase

MAP_ID = "map-buying-journey"

AWARENESS = phase_id("awareness")
RESEARCH = phase_id("research")
EVALUATION = phase_id("evaluation")
DECISION = phase_id("decision")
POST_PURCHASE = phase_id("post-purchase")


# phase suffix -> (description, customer goal), each as (English, French)
PHASE_TEXTS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "awareness": (
        (
            "The prospect realises they face a problem and considers solving it"
            " by buying a product or a service.",
            "Le prospect réalise qu’il fait face à un problème et envisage de le"
            " régler par l’achat d’un produit ou d’un service.",
        ),
        (
            "Understand the problem and whether it can be solved",
            "Comprendre son problème et savoir s’il a une solution",
        ),
    ),
    "research": (
        (
            "The prospect researches to understand and define the problem better.",
            "Le prospect effectue des recherches pour mieux comprendre et définir son problème.",
        ),
        ("Get answers to every question", "Obtenir des réponses à toutes ses questions"),
    ),
    "evaluation": (
        (
            "With a clear idea of the problem, the prospect weighs the options and"
            " compares offers with the competition or other alternatives.",
            "Avec une idée claire de son problème, le prospect évalue les options et"
            " compare les offres de la concurrence ou d’autres alternatives.",
        ),
        (
            "Compare offers and spot the real added value",
            "Comparer les offres et la valeur ajoutée",
        ),
    ),
    "decision": (
        (
            "Having weighed the solutions, the prospect chooses the provider who will"
            " help solve the problem.",
            "Après avoir évalué les solutions, le prospect choisit le fournisseur qui"
            " l’aidera à résoudre son problème.",
        ),
        ("Choose a provider with confidence", "Choisir un fournisseur en toute confiance"),
    ),
    "post-purchase": (
        (
            "Satisfied, the customer recommends you to those around them;"
            " dissatisfied, they weigh on future purchases.",
            "Satisfait, le client vous recommande à son entourage ; insatisfait,"
            " il pèsera sur les processus d’achat futurs.",
        ),
        ("Get the results expected from the purchase", "Obtenir les résultats attendus"),
    ),
}

# The indicators of domain text 000, step 3, in the phase where they are read:
# id, phase, (name en, fr), (description en, fr)
KPI_ROWS: tuple[tuple[str, str, tuple[str, str], tuple[str, str]], ...] = (
    (
        "kpi-bounce-rate",
        RESEARCH,
        ("Website bounce rate", "Taux de rebond du site web"),
        ("Visitors who leave after one page.", "Visiteurs qui repartent après une seule page."),
    ),
    (
        "kpi-service-calls",
        RESEARCH,
        (
            "Calls and information requests to customer service",
            "Appels et demandes de renseignements au service client",
        ),
        (
            "The questions the website did not answer.",
            "Les questions restées sans réponse en ligne.",
        ),
    ),
    (
        "kpi-unfilled-forms",
        DECISION,
        ("Share of forms left unfilled", "Pourcentage de formulaires non remplis"),
        ("Forms started but never sent.", "Formulaires commencés mais jamais envoyés."),
    ),
    (
        "kpi-satisfaction",
        POST_PURCHASE,
        ("Customer satisfaction score", "Score de satisfaction client"),
        ("From the satisfaction surveys.", "Issu des questionnaires de satisfaction."),
    ),
)


def build_buying_journey(lang: str = "en") -> JourneyProject:
    """The template in `lang` ("en" or "fr"), the same every time it is built."""
    say = wording(lang)
    builder = ProjectBuilder()
    builder.journey_map(
        JourneyMap(
            id=MAP_ID,
            name=say("Buying journey", "Parcours d’achat"),
            description=say(
                "The five phases a buyer goes through before, during and after a purchase,"
                " with starter touchpoints to adapt to your business.",
                "Les cinq phases que l’acheteur traverse avant, pendant et après l’achat,"
                " avec des idées de points de contact à adapter à votre entreprise.",
            ),
        )
    )
    for suffix, english, french in BUYING_PHASES:
        description, goal = PHASE_TEXTS[suffix]
        kpis = [say(*name) for _id, phase, name, _d in KPI_ROWS if phase == phase_id(suffix)]
        builder.phase(
            MAP_ID,
            Phase(
                id=phase_id(suffix),
                name=say(english, french),
                description=say(*description),
                customer_goal=say(*goal),
                kpis=", ".join(kpis),
            ),
        )
    builder.standard_lanes(MAP_ID, lang)
    for suffix, _english, _french in BUYING_PHASES:
        goal = PHASE_TEXTS[suffix][1]
        builder.cell_card(CardKind.GOAL, f"goal-{suffix}", phase_id(suffix), GOALS, say(*goal))
    _touchpoints(builder, say)
    _thoughts(builder, say)
    _frustrations_and_opportunities(builder, say)
    builder.kpi_cards(KPI_ROWS, KPIS, say)
    return builder.project


def _touchpoints(builder: ProjectBuilder, say: Say) -> None:
    """The touchpoint ideas of domain text 000, step 4, phase by phase."""
    marketing = say("Marketing", "Marketing")
    content = say("Content team", "Équipe contenu")
    sales = say("Sales", "Équipe commerciale")
    service = say("Customer service", "Service client")
    account = say("Account management", "Chargés de clientèle")

    def touchpoint(
        card_id: str,
        phase: str,
        title: str,
        channel: str,
        mode: Mode,
        emotion: int,
        owner: str,
        description: str = "",
        evidence: Evidence | None = None,
    ) -> None:
        builder.cell_card(
            CardKind.TOUCHPOINT,
            card_id,
            phase,
            TOUCHPOINTS,
            title,
            description=description,
            channel=channel,
            mode=mode,
            emotion=emotion,
            owner=owner,
            evidence=evidence,
        )

    online, offline, phone = Mode.ONLINE, Mode.OFFLINE, Mode.PHONE
    touchpoint(
        "tp-search-ads",
        AWARENESS,
        say("Search engine ads", "Publicités sur les moteurs de recherche"),
        "search_ad",
        online,
        0,
        marketing,
        say("Found while searching for the problem.", "Découvert en cherchant une solution."),
    )
    touchpoint(
        "tp-social-ad",
        AWARENESS,
        say("Social network ad", "Annonce sur les réseaux sociaux"),
        "social",
        online,
        0,
        marketing,
    )
    touchpoint(
        "tp-trade-magazine",
        AWARENESS,
        say("Specialist magazine", "Magazine spécialisé"),
        "print",
        offline,
        1,
        marketing,
    )
    touchpoint(
        "tp-direct-marketing",
        AWARENESS,
        say("Direct marketing campaign", "Opération de marketing direct"),
        "direct_mail",
        offline,
        0,
        marketing,
    )
    touchpoint(
        "tp-classic-media",
        AWARENESS,
        say("Insert in traditional media", "Encart dans les médias classiques"),
        "print",
        offline,
        0,
        marketing,
    )
    touchpoint(
        "tp-blog",
        RESEARCH,
        say("Blog articles", "Articles de blog"),
        "website",
        online,
        1,
        content,
        say(
            "Answers to the questions the prospect asks.",
            "Des réponses aux questions que se pose le prospect.",
        ),
    )
    touchpoint("tp-ebooks", RESEARCH, say("E-books", "E-books"), "website", online, 1, content)
    touchpoint(
        "tp-video-conferences",
        RESEARCH,
        say("Video conferences", "Vidéoconférences"),
        "event",
        online,
        1,
        content,
    )
    touchpoint(
        "tp-website-pages",
        RESEARCH,
        say("Website pages", "Pages du site web"),
        "website",
        online,
        -1,
        marketing,
        say(
            "Many visitors leave the journey on one particular page.",
            "De nombreux visiteurs quittent le parcours sur une page précise.",
        ),
        Evidence.ANALYTICS,
    )
    touchpoint(
        "tp-service-call",
        RESEARCH,
        say("Call to customer service", "Appel au service client"),
        "phone",
        phone,
        0,
        service,
        say("To ask what the website did not say.", "Pour demander ce que le site ne dit pas."),
        Evidence.ANECDOTAL,
    )
    touchpoint(
        "tp-store-information",
        RESEARCH,
        say("Information in shops and branches", "Informations en point de vente et en agence"),
        "shop",
        Mode.IN_PERSON,
        1,
        sales,
        say(
            "The same content, adapted to shops and branches.",
            "Les mêmes contenus, adaptés aux points de vente et aux agences.",
        ),
    )
    touchpoint(
        "tp-case-studies",
        EVALUATION,
        say("Case studies", "Études de cas"),
        "website",
        online,
        1,
        content,
    )
    touchpoint(
        "tp-benchmarks",
        EVALUATION,
        say("Benchmarks", "Benchmarks"),
        "website",
        online,
        0,
        content,
    )
    touchpoint(
        "tp-benefits",
        EVALUATION,
        say("Benefits of buying from you", "Bénéfices d’un achat chez vous"),
        "website",
        online,
        0,
        marketing,
        say(
            "Beyond customer service: what is your added value?",
            "Au-delà du service client : quelle est votre valeur ajoutée ?",
        ),
    )
    touchpoint(
        "tp-request-form",
        DECISION,
        say("Request form", "Formulaire de demande"),
        "website",
        online,
        -1,
        marketing,
        say(
            "Needed to book a consultation or a demo.",
            "Nécessaire pour réserver une consultation ou une démonstration.",
        ),
        Evidence.ANALYTICS,
    )
    touchpoint(
        "tp-free-consultation",
        DECISION,
        say("Free consultation", "Consultation gratuite"),
        "phone",
        phone,
        1,
        sales,
    )
    touchpoint(
        "tp-demonstration",
        DECISION,
        say("Demonstration", "Démonstration"),
        "event",
        Mode.IN_PERSON,
        2,
        sales,
    )
    touchpoint(
        "tp-promotional-offer",
        DECISION,
        say("Promotional offer", "Offre promotionnelle"),
        "email",
        online,
        1,
        marketing,
    )
    touchpoint(
        "tp-performance-reports",
        POST_PURCHASE,
        say("Performance reports", "Rapports de performance"),
        "email",
        online,
        1,
        account,
    )
    touchpoint(
        "tp-follow-up-calls",
        POST_PURCHASE,
        say("Follow-up phone calls", "Appels téléphoniques de suivi"),
        "phone",
        phone,
        1,
        account,
    )
    touchpoint(
        "tp-satisfaction-survey",
        POST_PURCHASE,
        say("Satisfaction survey", "Questionnaire de satisfaction"),
        "email",
        online,
        0,
        service,
    )


def _thoughts(builder: ProjectBuilder, say: Say) -> None:
    rows = (
        (
            AWARENESS,
            say("“There must be a way to fix this.”", "« Il doit bien y avoir une solution. »"),
        ),
        (
            RESEARCH,
            say(
                "“I want to understand before anyone sells me anything.”",
                "« Je veux comprendre avant qu’on me vende quoi que ce soit. »",
            ),
        ),
        (
            EVALUATION,
            say(
                "“What do they offer that others don’t?”", "« Qu’ont-ils de plus que les autres ? »"
            ),
        ),
        (
            DECISION,
            say("“I want to try before I commit.”", "« Je veux essayer avant de m’engager. »"),
        ),
        (POST_PURCHASE, say("“Did I make the right choice?”", "« Ai-je fait le bon choix ? »")),
    )
    for phase, title in rows:
        builder.cell_card(CardKind.THOUGHT, f"thought-{phase[6:]}", phase, THOUGHTS, title)


def _frustrations_and_opportunities(builder: ProjectBuilder, say: Say) -> None:
    """Domain text 000, step 5: the pain points, and a quick win for each."""
    builder.card_marker(
        "marker-exit-page",
        "tp-website-pages",
        say("High exit rate on this page", "Taux de départ élevé sur cette page"),
        severity=2,
    )
    builder.cell_card(
        CardKind.FRUSTRATION,
        "frustration-no-answer",
        RESEARCH,
        FRUSTRATIONS,
        say("Can’t find the answer online", "Pas de réponse en ligne"),
        description=say(
            "So the prospect leaves, or calls customer service.",
            "Le prospect repart, ou appelle le service client.",
        ),
        severity=2,
        marks="tp-service-call",
    )
    builder.cell_card(
        CardKind.FRUSTRATION,
        "frustration-offers-alike",
        EVALUATION,
        FRUSTRATIONS,
        say("Every offer looks the same", "Toutes les offres se ressemblent"),
        description=say(
            "Nothing shows what you add beyond customer service.",
            "Rien ne montre ce que vous apportez au-delà du service client.",
        ),
        severity=2,
    )
    builder.card_marker(
        "marker-long-form",
        "tp-request-form",
        say("Too many fields: the form is left unfilled", "Trop de champs : formulaire abandonné"),
        severity=3,
    )
    builder.cell_card(
        CardKind.FRUSTRATION,
        "frustration-no-news",
        POST_PURCHASE,
        FRUSTRATIONS,
        say("No news after the sale", "Plus de nouvelles après la vente"),
        severity=1,
    )

    def opportunity(
        card_id: str, phase: str, title: str, answers: str, priority: int, effort: int
    ) -> None:
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

    opportunity(
        "opp-rework-exit-pages",
        RESEARCH,
        say("Rework the pages visitors leave most", "Retravailler les pages les plus quittées"),
        "marker-exit-page",
        3,
        2,
    )
    opportunity(
        "opp-answer-online",
        RESEARCH,
        say(
            "Answer online the questions customer service hears most",
            "Publier en ligne les réponses aux questions fréquentes du service client",
        ),
        "frustration-no-answer",
        2,
        2,
    )
    opportunity(
        "opp-prove-value",
        EVALUATION,
        say(
            "Show case studies and measured benefits side by side",
            "Mettre en avant études de cas et bénéfices chiffrés",
        ),
        "frustration-offers-alike",
        3,
        2,
    )
    opportunity(
        "opp-short-form",
        DECISION,
        say("Ask only what the consultation needs", "Ne demander que l’essentiel"),
        "marker-long-form",
        3,
        1,
    )
    opportunity(
        "opp-first-report",
        POST_PURCHASE,
        say(
            "Send a first performance report within a month",
            "Envoyer un premier rapport sous un mois",
        ),
        "frustration-no-news",
        2,
        1,
    )
