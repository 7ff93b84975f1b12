"""The `blank` template: one empty map with the standard lanes and buying phases."""

from __future__ import annotations

from mapstudio.content.building import ProjectBuilder
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import JourneyMap, Phase

# The five phases of the buying journey (domain text 000): id suffix, en, fr.
BUYING_PHASES: tuple[tuple[str, str, str], ...] = (
    ("awareness", "Awareness", "Prise de conscience"),
    ("research", "Information search", "Recherche d’information"),
    ("evaluation", "Evaluation of options", "Évaluation des options"),
    ("decision", "Decision", "Décision"),
    ("post-purchase", "Post-purchase", "Après l’achat"),
)


def build_blank(lang: str = "en") -> JourneyProject:
    """A project ready to fill in, named in `lang` ("en" or "fr")."""
    builder = ProjectBuilder()
    name = "Parcours client" if lang == "fr" else "Customer journey"
    map_id = builder.journey_map(JourneyMap(id="map-journey", name=name))
    for suffix, english, french in BUYING_PHASES:
        builder.phase(map_id, Phase(id=f"phase-{suffix}", name=french if lang == "fr" else english))
    builder.standard_lanes(map_id, lang)
    return builder.project
