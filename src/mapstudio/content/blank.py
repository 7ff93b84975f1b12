"""The `blank` template: one empty map with the standard lanes and buying phases."""

from __future__ import annotations

from mapstudio.content.building import ProjectBuilder, wording
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import JourneyMap, Phase

MAP_ID = "map-journey"

# The five phases of the buying journey (domain text 000): id suffix, en, fr.
# The French names are the ones French marketers use for these stages.
BUYING_PHASES: tuple[tuple[str, str, str], ...] = (
    ("awareness", "Awareness", "Notoriété"),
    ("research", "Information search", "Recherche d’informations"),
    ("evaluation", "Evaluation of options", "Évaluation des alternatives"),
    ("decision", "Decision", "Décision d’achat"),
    ("post-purchase", "Post-purchase", "Évaluation post-achat"),
)


def phase_id(suffix: str) -> str:
    """The id of a buying phase, e.g. `phase-awareness`."""
    return f"phase-{suffix}"


def build_blank(lang: str = "en") -> JourneyProject:
    """A project ready to fill in, named in `lang` ("en" or "fr")."""
    say = wording(lang)
    builder = ProjectBuilder()
    builder.journey_map(JourneyMap(id=MAP_ID, name=say("Customer journey", "Parcours client")))
    for suffix, english, french in BUYING_PHASES:
        builder.phase(MAP_ID, Phase(id=phase_id(suffix), name=say(english, french)))
    builder.standard_lanes(MAP_ID, lang)
    return builder.project
