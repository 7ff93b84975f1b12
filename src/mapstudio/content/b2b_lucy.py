"""The `b2b-lucy` template: the persona-first B2B journey of domain text 004.

It starts from the buyer, Lucy, a marketing director in her late forties, with
every persona field the article lists (needs, concerns, frustrations, urgency,
place in the buying cycle, requirements). The map follows her through the
buying cycle, with lanes for her needs and requirements, the objections sales
must be ready for (frustration cards, each answered by an opportunity) and her
place in the cycle. The worked example (`lucy_example`) builds on this.
"""

from __future__ import annotations

from mapstudio.content.building import ProjectBuilder, Say, Words, wording
from mapstudio.model.kinds import BuyingRole, CardKind, LaneKind, Mode
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import JourneyMap, Lane, Persona, Phase

MAP_ID = "map-lucy"
PERSONA_ID = "persona-lucy"

RESEARCH = "phase-research"
COMPARISON = "phase-comparison"
COMMITTEE = "phase-committee"
DECISION = "phase-decision"
ROLLOUT = "phase-rollout"

NEEDS = "lane-needs"
REQUIREMENTS = "lane-requirements"
TOUCHPOINTS = "lane-touchpoints"
CONCERNS = "lane-concerns"
EMOTIONS = "lane-emotions"
FRUSTRATIONS = "lane-frustrations"
OBJECTIONS = "lane-objections"
ANSWERS = "lane-answers"
BUYING_CYCLE = "lane-buying-cycle"


# id, name, description, need (the phase's customer goal)
PHASES: tuple[tuple[str, Words, Words, Words], ...] = (
    (
        RESEARCH,
        ("Basic research", "Recherche initiale"),
        (
            "Lucy looks at what exists to streamline social media interactions.",
            "Lucy regarde ce qui existe pour rationaliser les interactions"
            " sur les réseaux sociaux.",
        ),
        ("Know what exists", "Savoir ce qui existe"),
    ),
    (
        COMPARISON,
        ("Comparison shopping", "Comparaison des solutions"),
        (
            "The “comparison shopping” stage of the funnel: she weighs offers side by side.",
            "Le stade du « shopping comparatif » : elle compare les offres entre elles.",
        ),
        (
            "Streamline social media without losing the brand’s personality",
            "Rationaliser les réseaux sociaux sans perdre la personnalité de la marque",
        ),
    ),
    (
        COMMITTEE,
        ("Presentations and committee", "Présentations et comité"),
        (
            "Presentations to attend, suggestions and approvals to gather;"
            " the committee adds time and features.",
            "Des présentations à suivre, des suggestions et des approbations à recueillir ;"
            " le comité allonge les délais et la liste des fonctionnalités.",
        ),
        ("Win the committee’s approval", "Obtenir l’accord du comité"),
    ),
    (
        DECISION,
        ("Decision", "Décision"),
        (
            "She wants to decide quickly and with confidence.",
            "Elle souhaite décider rapidement et en toute confiance.",
        ),
        ("Decide quickly, with confidence", "Décider vite, en toute confiance"),
    ),
    (
        ROLLOUT,
        ("Rollout to the team", "Déploiement auprès des équipes"),
        (
            "Dozens, even hundreds, of staff must adopt the tool, each at their own pace.",
            "Des dizaines, voire des centaines de collaborateurs doivent adopter l’outil,"
            " chacun à son rythme.",
        ),
        ("Get every staff member up to speed", "Faire adopter l’outil par chaque collaborateur"),
    ),
)

LANES: tuple[tuple[str, LaneKind, Words], ...] = (
    (NEEDS, LaneKind.GOALS, ("Needs", "Besoins")),
    (REQUIREMENTS, LaneKind.NOTES, ("Requirements", "Exigences")),
    (TOUCHPOINTS, LaneKind.TOUCHPOINTS, ("Touchpoints", "Points de contact")),
    (CONCERNS, LaneKind.THOUGHTS, ("Concerns", "Préoccupations")),
    (EMOTIONS, LaneKind.EMOTIONS, ("Emotions", "Émotions")),
    (FRUSTRATIONS, LaneKind.FRUSTRATIONS, ("Frustrations", "Frustrations")),
    (OBJECTIONS, LaneKind.FRUSTRATIONS, ("Objections", "Objections")),
    (ANSWERS, LaneKind.OPPORTUNITIES, ("Answers and opportunities", "Réponses et opportunités")),
    (
        BUYING_CYCLE,
        LaneKind.NOTES,
        ("Place in the buying cycle and urgency", "Place dans le cycle d’achat et urgence"),
    ),
)

# id, phase, title, description, channel, mode, emotion, owner
TOUCHPOINT_ROWS: tuple[tuple[str, str, Words, Words, str, Mode, int, Words], ...] = (
    (
        "tp-industry-articles",
        RESEARCH,
        ("Industry articles and social media", "Articles spécialisés et réseaux sociaux"),
        ("Basic research on what exists.", "Une première recherche sur ce qui existe."),
        "website",
        Mode.ONLINE,
        0,
        ("Content marketing", "Marketing de contenu"),
    ),
    (
        "tp-needs-survey",
        RESEARCH,
        ("Short needs survey", "Court sondage sur ses besoins"),
        (
            "Tells an urgent need from plain curiosity.",
            "Distingue un besoin urgent d’une simple curiosité.",
        ),
        "email",
        Mode.ONLINE,
        1,
        ("Marketing", "Marketing"),
    ),
    (
        "tp-comparison-guide",
        COMPARISON,
        ("Comparison guide and reviews", "Guide comparatif et avis"),
        ("", ""),
        "website",
        Mode.ONLINE,
        0,
        ("Content marketing", "Marketing de contenu"),
    ),
    (
        "tp-discovery-call",
        COMPARISON,
        ("Discovery call with a sales rep", "Appel de découverte avec un commercial"),
        (
            "Questions on her current situation and tools.",
            "Des questions sur sa situation et ses outils actuels.",
        ),
        "phone",
        Mode.PHONE,
        1,
        ("Sales", "Équipe commerciale"),
    ),
    (
        "tp-committee-demo",
        COMMITTEE,
        ("Demo for the committee", "Démonstration devant le comité"),
        ("", ""),
        "event",
        Mode.IN_PERSON,
        0,
        ("Sales", "Équipe commerciale"),
    ),
    (
        "tp-security-review",
        COMMITTEE,
        ("IT and security review", "Revue informatique et sécurité"),
        ("", ""),
        "email",
        Mode.ONLINE,
        -1,
        ("Pre-sales engineers", "Avant-vente"),
    ),
    (
        "tp-proposal",
        DECISION,
        ("Proposal and approvals", "Proposition et validations"),
        ("", ""),
        "email",
        Mode.ONLINE,
        1,
        ("Sales", "Équipe commerciale"),
    ),
    (
        "tp-onboarding",
        ROLLOUT,
        ("Onboarding and documentation", "Prise en main et documentation"),
        ("", ""),
        "website",
        Mode.ONLINE,
        1,
        ("Customer success", "Customer success"),
    ),
    (
        "tp-team-training",
        ROLLOUT,
        ("Team training sessions", "Sessions de formation des équipes"),
        ("", ""),
        "event",
        Mode.IN_PERSON,
        2,
        ("Customer success", "Customer success"),
    ),
)

# (lane, phase, id, title): requirements, concerns and place in the buying cycle
NOTE_ROWS: tuple[tuple[str, str, str, Words], ...] = (
    (
        REQUIREMENTS,
        COMPARISON,
        "req-flexible",
        (
            "Adaptive and flexible: fits existing platforms and tools",
            "Adaptable et flexible : s’intègre aux plateformes et outils existants",
        ),
    ),
    (REQUIREMENTS, COMMITTEE, "req-cloud", ("Cloud-based access", "Accès dans le cloud")),
    (
        REQUIREMENTS,
        COMMITTEE,
        "req-security",
        ("Specific security protocols", "Protocoles de sécurité spécifiques"),
    ),
    (
        REQUIREMENTS,
        DECISION,
        "req-procedures",
        ("The company’s purchasing procedures", "Procédures d’achat de l’entreprise"),
    ),
    (
        REQUIREMENTS,
        ROLLOUT,
        "req-documentation",
        ("A well-documented product", "Un produit bien documenté"),
    ),
    (
        CONCERNS,
        RESEARCH,
        "concern-brand-voice",
        (
            "“Is there a tool that keeps our brand’s voice?”",
            "« Existe-t-il un outil qui garde la voix de notre marque ? »",
        ),
    ),
    (
        CONCERNS,
        COMPARISON,
        "concern-difference",
        (
            "“Which of these is really different?”",
            "« Laquelle de ces solutions est vraiment différente ? »",
        ),
    ),
    (
        CONCERNS,
        COMMITTEE,
        "concern-slow-committee",
        ("“The committee will slow everything down.”", "« Le comité va tout ralentir. »"),
    ),
    (
        CONCERNS,
        DECISION,
        "concern-no-mistake",
        ("“I can’t afford to get this wrong.”", "« Je n’ai pas droit à l’erreur. »"),
    ),
    (
        CONCERNS,
        ROLLOUT,
        "concern-pace",
        (
            "“Some of my team will need more time.”",
            "« Une partie de l’équipe aura besoin de plus de temps. »",
        ),
    ),
    (
        BUYING_CYCLE,
        RESEARCH,
        "cycle-initiator",
        (
            "Initiator. Urgency: curiosity turning into a need",
            "Initiatrice. Urgence : la curiosité devient un besoin",
        ),
    ),
    (
        BUYING_CYCLE,
        COMPARISON,
        "cycle-user-influencer",
        (
            "User and influencer; will decide soon",
            "Utilisatrice et prescriptrice ; décidera bientôt",
        ),
    ),
    (
        BUYING_CYCLE,
        COMMITTEE,
        "cycle-committee",
        ("Influencer: the committee decides", "Prescriptrice : le comité décide"),
    ),
    (
        BUYING_CYCLE,
        DECISION,
        "cycle-urgent",
        ("Urgency high: a quick, confident decision", "Urgence forte : décision rapide et sûre"),
    ),
    (
        BUYING_CYCLE,
        ROLLOUT,
        "cycle-user",
        ("User: leads the rollout", "Utilisatrice : pilote le déploiement"),
    ),
)

# Frustrations and objections, each with the answer sales should have ready:
# frustration id, lane, phase, title, severity, answer id, answer title
OBJECTION_ROWS: tuple[tuple[str, str, str, Words, int, str, Words], ...] = (
    (
        "frustration-manual-social",
        FRUSTRATIONS,
        RESEARCH,
        (
            "Handling social media interactions by hand takes too long",
            "Gérer les interactions sur les réseaux sociaux à la main prend trop de temps",
        ),
        2,
        "opp-time-saved",
        ("Show the time saved on social media", "Chiffrer le temps gagné sur les réseaux sociaux"),
    ),
    (
        "objection-brand-personality",
        OBJECTIONS,
        COMPARISON,
        (
            "“We’ll lose the brand’s personality.”",
            "« Nous allons perdre la personnalité de la marque. »",
        ),
        2,
        "opp-brand-voice",
        (
            "Show replies that keep the brand’s tone",
            "Montrer des réponses fidèles au ton de la marque",
        ),
    ),
    (
        "objection-integration",
        OBJECTIONS,
        COMPARISON,
        ("“Will it fit our existing tools?”", "« Est-ce compatible avec nos outils ? »"),
        2,
        "opp-integrations",
        ("List the integrations with her current tools", "Lister les intégrations avec ses outils"),
    ),
    (
        "frustration-long-committee",
        FRUSTRATIONS,
        COMMITTEE,
        ("The committee stretches the timeline", "Le comité allonge les délais"),
        2,
        "opp-business-case",
        (
            "A ready-made business case for the committee",
            "Un argumentaire clé en main pour le comité",
        ),
    ),
    (
        "objection-security",
        OBJECTIONS,
        COMMITTEE,
        (
            "“Cloud access and security must satisfy IT.”",
            "« L’accès cloud et la sécurité doivent convaincre la DSI. »",
        ),
        3,
        "opp-security-file",
        (
            "A security file ready for IT: cloud, protocols",
            "Un dossier sécurité prêt pour la DSI : cloud, protocoles",
        ),
    ),
    (
        "objection-adoption",
        OBJECTIONS,
        ROLLOUT,
        (
            "“Not all my staff are tech-savvy.”",
            "« Tous mes collaborateurs ne sont pas à l’aise avec la technique. »",
        ),
        2,
        "opp-training-paths",
        ("Documentation and training by skill level", "Documentation et formation par niveau"),
    ),
)


def lucy(say: Say) -> Persona:
    """Lucy, with every field of the persona record, from domain text 004."""
    return Persona(
        id=PERSONA_ID,
        name=say("Lucy, marketing director", "Lucy, directrice marketing"),
        quote=say(
            "I want a solution I can trust, quickly, without losing our brand’s personality.",
            "Je veux une solution fiable, vite, sans perdre la personnalité de notre marque.",
        ),
        gender=say("Woman", "Femme"),
        age_range=say("Late forties", "Fin de quarantaine"),
        profession=say("Marketing director", "Directrice marketing"),
        responsibilities=say(
            "Generates leads, manages sales and gathers competitive intelligence;"
            " organises and prioritises the campaigns.",
            "Générer des leads, gérer les ventes et collecter des informations"
            " concurrentielles ; organiser et prioriser les campagnes.",
        ),
        salary_band=say("€90,000–110,000 a year", "90 000 – 110 000 € par an"),
        region=say("Lyon, France", "Lyon (Auvergne-Rhône-Alpes)"),
        company_size=say("Mid-size company, 500 staff", "ETI de 500 salariés"),
        needs=say(
            "A well-documented product, adaptive and flexible enough for the existing"
            " platforms and tools, to streamline social media interactions.",
            "Un produit bien documenté, adaptable et flexible pour les plateformes et outils"
            " existants, afin de rationaliser les interactions sur les réseaux sociaux.",
        ),
        concerns=say(
            "Losing the brand’s personality; staff who are less tech-savvy than others.",
            "Perdre la personnalité de la marque ; des collaborateurs moins à l’aise"
            " avec la technique que d’autres.",
        ),
        frustrations=say(
            "Social media keeps growing and handling it by hand no longer scales;"
            " committees that stretch the timeline.",
            "Les réseaux sociaux explosent et tout gérer à la main ne suit plus ;"
            " les comités qui allongent les délais.",
        ),
        urgency=say(
            "High: she wants to decide quickly and with confidence.",
            "Forte : elle souhaite décider rapidement et en toute confiance.",
        ),
        buying_roles=(BuyingRole.INITIATOR, BuyingRole.USER, BuyingRole.INFLUENCER),
        requirements=say(
            "Cloud-based access, specific security protocols, the company’s procedures.",
            "Accès dans le cloud, protocoles de sécurité spécifiques, procédures internes.",
        ),
        goals=say(
            "Strengthen the brand and customer loyalty in a very competitive market.",
            "Renforcer la marque et la fidélité des clients sur un marché très concurrentiel.",
        ),
        notes=say(
            "Comparison shopping: she has done the basic research and will soon decide;"
            " a committee has the final say.",
            "Au stade du « shopping comparatif » : recherche de base faite, elle décidera"
            " bientôt ; un comité a le dernier mot.",
        ),
    )


def lucy_builder(lang: str, name: Words, description: Words) -> tuple[ProjectBuilder, Say]:
    """A builder holding Lucy, her map (named `name`), its phases, lanes and starter cards."""
    say = wording(lang)
    builder = ProjectBuilder()
    builder.persona(lucy(say))
    builder.journey_map(
        JourneyMap(id=MAP_ID, name=say(*name), description=say(*description), persona_id=PERSONA_ID)
    )
    for phase, phase_name, phase_description, need in PHASES:
        builder.phase(
            MAP_ID,
            Phase(
                id=phase,
                name=say(*phase_name),
                description=say(*phase_description),
                customer_goal=say(*need),
            ),
        )
    for lane, kind, title in LANES:
        builder.lane(MAP_ID, Lane(id=lane, title=say(*title), kind=kind))
    for phase, _name, _description, need in PHASES:
        builder.cell_card(CardKind.GOAL, f"need-{phase[6:]}", phase, NEEDS, say(*need))
    builder.touchpoint_cards(TOUCHPOINT_ROWS, TOUCHPOINTS, say)
    for lane, phase, card_id, title in NOTE_ROWS:
        kind = CardKind.THOUGHT if lane == CONCERNS else CardKind.NOTE
        builder.cell_card(kind, card_id, phase, lane, say(*title))
    for card_id, lane, phase, title, severity, answer_id, answer in OBJECTION_ROWS:
        builder.cell_card(
            CardKind.FRUSTRATION, card_id, phase, lane, say(*title), severity=severity
        )
        builder.cell_card(
            CardKind.OPPORTUNITY, answer_id, phase, ANSWERS, say(*answer), answers=card_id
        )
    return builder, say


def build_b2b_lucy(lang: str = "en") -> JourneyProject:
    """The template in `lang` ("en" or "fr"), the same every time it is built."""
    builder, _say = lucy_builder(
        lang,
        ("B2B buying journey: Lucy", "Parcours d’achat B2B : Lucy"),
        (
            "A persona-first map: who the buyer is, what she needs, and the objections"
            " to answer before they become problems.",
            "Une carte centrée sur le persona : qui est l’acheteuse, ce dont elle a besoin,"
            " et les objections à traiter avant qu’elles ne deviennent des problèmes.",
        ),
    )
    return builder.project
